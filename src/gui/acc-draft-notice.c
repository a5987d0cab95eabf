/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-draft-notice.c — the line at the top of a form that says what was
 * typed before a crash or a close has been put back: "Draft from 14:32
 * restored.", and a Discard button that empties the form (the form does
 * that, on ::discard). Hidden, not merely unrevealed, when there is
 * nothing to say: a hidden widget is out of the accessible tree too.
 *
 * libadwaita 1.2 has no AdwBanner; this is the same idea, in the form. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-draft-notice.h"

struct _AccDraftNotice
{
  GtkBox parent_instance;

  GtkLabel *label;
};

G_DEFINE_FINAL_TYPE (AccDraftNotice, acc_draft_notice, GTK_TYPE_BOX)

enum {
  DISCARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_discard_clicked (AccDraftNotice *self)
{
  g_signal_emit (self, signals[DISCARD], 0);
}

static void
acc_draft_notice_class_init (AccDraftNoticeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * AccDraftNotice::discard:
   *
   * The person wants the restored draft gone: the form clears its fields
   * and forgets the draft.
   */
  signals[DISCARD] =
    g_signal_new ("discard",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* Read out when it appears, as a status line is. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
  gtk_widget_class_set_css_name (widget_class, "acc-draft-notice");
}

static void
acc_draft_notice_init (AccDraftNotice *self)
{
  GtkWidget *button;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_set_margin_start (GTK_WIDGET (self), 24);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 24);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->label), 6);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->label));

  /* No mnemonic: the forms' letters are all taken by their steps and
   * fields, and the button is one Tab away from nothing in particular. */
  button = gtk_button_new_with_label (_("Discard"));
  gtk_widget_set_tooltip_text (button, _("Empty the form and forget the draft"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (button, 6);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_discard_clicked), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), button);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * acc_draft_notice_show:
 * @saved_at: when the draft was last saved, µs UTC
 *
 * Says that the draft of @saved_at was restored: its time alone when it is
 * from today, its date too otherwise.
 */
void
acc_draft_notice_show (AccDraftNotice *self,
                       gint64          saved_at)
{
  g_autoptr(GDateTime) saved = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (ACC_IS_DRAFT_NOTICE (self));

  saved = g_date_time_new_from_unix_local (saved_at / G_USEC_PER_SEC);
  now = g_date_time_new_now_local ();
  if (g_date_time_get_year (saved) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (saved) == g_date_time_get_day_of_year (now))
    when = g_date_time_format (saved, "%H:%M");
  else
    when = g_date_time_format (saved, "%x %H:%M");
  /* Translators: at the top of a call, visit or message form put back as
   * it was left; %s is when it was last saved, e.g. 14:32 */
  text = g_strdup_printf (_("Draft from %s restored."), when);
  gtk_label_set_text (self->label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

void
acc_draft_notice_hide (AccDraftNotice *self)
{
  g_return_if_fail (ACC_IS_DRAFT_NOTICE (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * acc_draft_notice_get_text:
 *
 * Returns: what the notice says ("" before it was shown).
 */
const char *
acc_draft_notice_get_text (AccDraftNotice *self)
{
  g_return_val_if_fail (ACC_IS_DRAFT_NOTICE (self), NULL);

  return gtk_label_get_text (self->label);
}
