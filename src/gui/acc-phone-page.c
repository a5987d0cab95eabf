/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-page.c — the Téléphone tab: the banner about the phone slot,
 * the buttons of the procedure (a new call, the voicemail, the tools at
 * hand), and the calls book (cahier des appels) with its search and
 * filters (AccBookPage, shared with the Physique tab). */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "acc-book-page.h"
#include "acc-book-view.h"
#include "acc-export-dialog.h"
#include "acc-phone-banner.h"
#include "acc-phone-page.h"
#include "acc-phone-tools.h"
#include "acc-voicemail-dialog.h"
#include "acc-window.h"
#include "acc-wrap-box.h"

struct _AccPhonePage
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;

  /* Template widgets */
  AccPhoneBanner *banner;
  AccPhoneTools *tools;
  AccBookPage *book_page;
};

G_DEFINE_FINAL_TYPE (AccPhonePage, acc_phone_page, GTK_TYPE_WIDGET)

static GtkWindow *
get_window (AccPhonePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A short word at the bottom of the window. */
static void
tell (AccPhonePage *self,
      const char   *text)
{
  GtkWindow *window = get_window (self);

  if (ACC_IS_WINDOW (window))
    acc_window_show_message (ACC_WINDOW (window), text);
}

/* Actions ---------------------------------------------------------------- */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);

  acc_book_page_focus_search (self->book_page);
}

static void
on_voicemail_saved (AccPhonePage *self,
                    guint         count,
                    guint         n_entered)
{
  g_autofree char *text = NULL;

  if (n_entered == 0)
    text = g_strdup (_("Voicemail check recorded."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Voicemail check recorded; %u message forwarded.",
                                         "Voicemail check recorded; %u messages forwarded.",
                                         n_entered),
                            n_entered);
  tell (self, text);
}

static void
voicemail_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);
  AccVoicemailDialog *dialog;

  if (self->repository == NULL)
    return;
  dialog = acc_voicemail_dialog_present (get_window (self), self->repository, self->staff);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_voicemail_saved), self, G_CONNECT_SWAPPED);
}

static void
tool_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);

  /* "phone.supervisors" → "supervisors" */
  acc_phone_tools_popup (self->tools, strchr (action_name, '.') + 1);
}

static void
answering_machine_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);

  acc_phone_banner_confirm_answering_machine (self->banner);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);

  if (self->repository != NULL)
    acc_export_dialog_present (get_window (self), self->repository, ACC_BOOK_CALLS);
}

static void
update_actions (AccPhonePage *self)
{
  gboolean ready = self->repository != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.voicemail", ready && self->staff != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.supervisors", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.directory", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.documents", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.answering-machine",
                                 ready && acc_phone_banner_get_prompt (self->banner) != ACC_ANSWERING_MACHINE_PROMPT_NONE);
}

/* Object ----------------------------------------------------------------- */

static void
acc_phone_page_dispose (GObject *object)
{
  AccPhonePage *self = ACC_PHONE_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_PHONE_PAGE);
  /* The template's outer box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_phone_page_parent_class)->dispose (object);
}

static void
acc_phone_page_class_init (AccPhonePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_phone_page_dispose;

  g_type_ensure (ACC_TYPE_BOOK_PAGE);
  g_type_ensure (ACC_TYPE_WRAP_BOX);
  g_type_ensure (ACC_TYPE_PHONE_BANNER);
  g_type_ensure (ACC_TYPE_PHONE_TOOLS);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-phone-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, banner);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, tools);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, book_page);

  gtk_widget_class_install_action (widget_class, "phone.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "phone.voicemail", NULL, voicemail_action);
  gtk_widget_class_install_action (widget_class, "phone.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "phone.supervisors", NULL, tool_action);
  gtk_widget_class_install_action (widget_class, "phone.directory", NULL, tool_action);
  gtk_widget_class_install_action (widget_class, "phone.documents", NULL, tool_action);
  gtk_widget_class_install_action (widget_class, "phone.answering-machine", NULL, answering_machine_action);
}

static void
acc_phone_page_init (AccPhonePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->banner, "notify::prompt",
                           G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

/**
 * acc_phone_page_set_repository:
 *
 * Where the page reads the slots, the calls book and the tools, and saves
 * the desk log and corrections.
 */
void
acc_phone_page_set_repository (AccPhonePage  *self,
                               AccRepository *repository)
{
  g_return_if_fail (ACC_IS_PHONE_PAGE (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (!g_set_object (&self->repository, repository))
    return;

  acc_book_page_set_repository (self->book_page, repository);
  acc_phone_tools_set_repository (self->tools, repository);
  acc_phone_banner_set_repository (self->banner, repository);
  update_actions (self);
}

/**
 * acc_phone_page_set_staff:
 * @staff: (nullable): who is at the desk: who confirms, checks the
 *   voicemail and corrects
 */
void
acc_phone_page_set_staff (AccPhonePage   *self,
                          AccStaffMember *staff)
{
  g_return_if_fail (ACC_IS_PHONE_PAGE (self));
  g_return_if_fail (staff == NULL || ACC_IS_STAFF_MEMBER (staff));

  if (!g_set_object (&self->staff, staff))
    return;

  acc_phone_banner_set_staff (self->banner, staff);
  acc_book_page_set_staff (self->book_page, staff);
  update_actions (self);
}

void
acc_phone_page_set_settings (AccPhonePage *self,
                             GSettings    *settings)
{
  g_return_if_fail (ACC_IS_PHONE_PAGE (self));

  acc_phone_banner_set_settings (self->banner, settings);
}

/**
 * acc_phone_page_get_book:
 *
 * Returns: (transfer none): the calls book.
 */
AccBookView *
acc_phone_page_get_book (AccPhonePage *self)
{
  g_return_val_if_fail (ACC_IS_PHONE_PAGE (self), NULL);
  return acc_book_page_get_book (self->book_page);
}

/**
 * acc_phone_page_get_banner:
 *
 * Returns: (transfer none): the banner about the phone slot.
 */
AccPhoneBanner *
acc_phone_page_get_banner (AccPhonePage *self)
{
  g_return_val_if_fail (ACC_IS_PHONE_PAGE (self), NULL);
  return self->banner;
}
