/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-page.c — the Téléphone tab: the banner about the phone slot,
 * the buttons of the procedure (a new call, the voicemail, the tools at
 * hand), and the calls book (cahier des appels) with its search and
 * filters. Opening a call of the book shows it for correction. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "acc-book-view.h"
#include "acc-entry-dialog.h"
#include "acc-phone-banner.h"
#include "acc-phone-page.h"
#include "acc-phone-tools.h"
#include "acc-voicemail-dialog.h"
#include "acc-window.h"

/* The period menu, in the order of the .ui. */
typedef enum
{
  PERIOD_ALL,
  PERIOD_TODAY,
  PERIOD_THIS_WEEK,
  PERIOD_THIS_MONTH,
  PERIOD_RANGE,
} Period;

struct _AccPhonePage
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;

  /* Template widgets */
  AccPhoneBanner *banner;
  AccPhoneTools *tools;
  GtkSearchEntry *book_search;
  GtkDropDown *period_dropdown;
  GtkRevealer *period_revealer;
  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkDropDown *outcome_dropdown;
  GtkLabel *filter_error;
  AccBookView *book;
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

/* Filters ---------------------------------------------------------------- */

static gint64
local_midnight_us (int year,
                   int month,
                   int day)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_local (year, month, day, 0, 0, 0);

  return g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
}

static gint64
date_midnight_us (const GDate *date)
{
  return local_midnight_us (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* A day as the French write it: 14/03/2026, 14/3/26, 14/03 (this year),
 * 14.03.2026; or 2026-03-14. */
static gboolean
parse_day (const char *text,
           GDate      *date)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint64 numbers[3] = { 0, 0, 0 };
  gsize lengths[3] = { 0, 0, 0 };
  guint n_parts;
  guint64 day, month, year;

  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  parts = g_strsplit_set (stripped, "/.-", -1);
  n_parts = g_strv_length (parts);
  if (n_parts < 2 || n_parts > 3)
    return FALSE;
  for (guint i = 0; i < n_parts; i++)
    {
      const char *part = g_strstrip (parts[i]);

      lengths[i] = strlen (part);
      if (lengths[i] == 0 || !g_ascii_string_to_unsigned (part, 10, 0, 9999, &numbers[i], NULL))
        return FALSE;
    }

  if (n_parts == 3 && lengths[0] == 4)
    {
      year = numbers[0];
      month = numbers[1];
      day = numbers[2];
    }
  else
    {
      day = numbers[0];
      month = numbers[1];
      year = n_parts == 3 ? numbers[2] : (guint64) g_date_time_get_year (now);
      if (n_parts == 3 && lengths[2] <= 2)
        year += 2000;
    }

  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static void
show_filter_error (AccPhonePage *self,
                   GtkWidget    *entry,
                   const char   *text)
{
  gtk_label_set_text (self->filter_error, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->filter_error), text != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  if (entry != NULL)
    gtk_widget_add_css_class (entry, "error");
}

/* Reads the filter bar. Returns FALSE, and says why when @explain, when
 * the period typed is not (yet) a period. */
static gboolean
read_filter (AccPhonePage         *self,
             AccInteractionFilter *filter,
             gboolean              explain)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;
  guint outcome = gtk_drop_down_get_selected (self->outcome_dropdown);

  g_date_time_get_ymd (now, &year, &month, &day);
  filter->from_us = 0;
  filter->to_us = 0;
  filter->outcome = outcome == 0 || outcome == GTK_INVALID_LIST_POSITION ? -1 : (int) outcome - 1;
  filter->search = gtk_editable_get_text (GTK_EDITABLE (self->book_search));

  switch ((Period) gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_TODAY:
      {
        GDate today;

        g_date_clear (&today, 1);
        g_date_set_dmy (&today, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
        filter->from_us = date_midnight_us (&today);
        g_date_add_days (&today, 1);
        filter->to_us = date_midnight_us (&today);
      }
      break;

    case PERIOD_THIS_WEEK:
      {
        GDate monday;

        g_date_clear (&monday, 1);
        g_date_set_dmy (&monday, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
        g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
        filter->from_us = date_midnight_us (&monday);
        g_date_add_days (&monday, 7);
        filter->to_us = date_midnight_us (&monday);
      }
      break;

    case PERIOD_THIS_MONTH:
      filter->from_us = local_midnight_us (year, month, 1);
      filter->to_us = month == 12 ? local_midnight_us (year + 1, 1, 1) : local_midnight_us (year, month + 1, 1);
      break;

    case PERIOD_RANGE:
      {
        const char *from_text = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
        const char *to_text = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
        GDate from, to;
        gboolean has_from = *from_text != '\0';
        gboolean has_to = *to_text != '\0';

        g_date_clear (&from, 1);
        g_date_clear (&to, 1);
        if (has_from && !parse_day (from_text, &from))
          {
            if (explain)
              show_filter_error (self, GTK_WIDGET (self->from_entry),
                                 _("Type the first day as DD/MM/YYYY, for example 01/03/2026."));
            return FALSE;
          }
        if (has_to && !parse_day (to_text, &to))
          {
            if (explain)
              show_filter_error (self, GTK_WIDGET (self->to_entry),
                                 _("Type the last day as DD/MM/YYYY, for example 31/03/2026."));
            return FALSE;
          }
        if (has_from && has_to && g_date_compare (&from, &to) > 0)
          {
            if (explain)
              show_filter_error (self, GTK_WIDGET (self->to_entry),
                                 _("The last day comes before the first day."));
            return FALSE;
          }
        if (has_from)
          filter->from_us = date_midnight_us (&from);
        if (has_to)
          {
            /* The last day is included: up to the next midnight. */
            g_date_add_days (&to, 1);
            filter->to_us = date_midnight_us (&to);
          }
      }
      break;

    case PERIOD_ALL:
    default:
      break;
    }

  return TRUE;
}

static void
apply_filter (AccPhonePage *self,
              gboolean      explain)
{
  AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;

  if (!read_filter (self, &filter, explain))
    return;
  show_filter_error (self, NULL, NULL);
  acc_book_view_set_filter (self->book, &filter);
}

/* A search typed (after the entry's delay), an outcome or a day chosen: the
 * book reads its rows again, filtered in SQL. An unfinished day is not an
 * error yet, only not applied. */
static void
on_filter_changed (AccPhonePage *self)
{
  apply_filter (self, FALSE);
}

/* Enter in a day: now an unreadable day is explained. */
static void
on_date_activate (AccPhonePage *self)
{
  apply_filter (self, TRUE);
}

static void
on_period_selected (AccPhonePage *self)
{
  gboolean range = gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_RANGE;

  gtk_revealer_set_reveal_child (self->period_revealer, range);
  if (range)
    {
      /* A start that already reads as a period: today to today. */
      if (*gtk_editable_get_text (GTK_EDITABLE (self->from_entry)) == '\0'
          && *gtk_editable_get_text (GTK_EDITABLE (self->to_entry)) == '\0')
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *today = g_date_time_format (now, "%d/%m/%Y");

          gtk_editable_set_text (GTK_EDITABLE (self->from_entry), today);
          gtk_editable_set_text (GTK_EDITABLE (self->to_entry), today);
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->from_entry));
    }
  apply_filter (self, range);
}

static void
on_search_activate (AccPhonePage *self)
{
  /* Enter: to the rows, where Enter opens one. */
  acc_book_view_focus_list (self->book);
}

static void
on_search_stop (AccPhonePage *self)
{
  /* Escape: clears the search, then leaves it. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->book_search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->book_search), "");
  else
    acc_book_view_focus_list (self->book);
}

/* The calls book --------------------------------------------------------- */

static void
on_correction_saved (AccPhonePage *self)
{
  tell (self, _("Correction saved; the entry’s history keeps it."));
}

static void
on_book_activated (AccPhonePage   *self,
                   AccInteraction *interaction)
{
  g_autoptr(GError) error = NULL;
  AccEntryDialog *dialog;

  if (self->repository == NULL)
    return;
  dialog = acc_entry_dialog_present (get_window (self), self->repository,
                                     acc_interaction_get_id (interaction), self->staff, &error);
  if (dialog == NULL)
    {
      tell (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_correction_saved), self, G_CONNECT_SWAPPED);
}

/* Actions ---------------------------------------------------------------- */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccPhonePage *self = ACC_PHONE_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->book_search));
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
update_actions (AccPhonePage *self)
{
  gboolean ready = self->repository != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.voicemail", ready && self->staff != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.supervisors", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.directory", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.documents", ready);
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

  g_type_ensure (ACC_TYPE_BOOK_VIEW);
  g_type_ensure (ACC_TYPE_PHONE_BANNER);
  g_type_ensure (ACC_TYPE_PHONE_TOOLS);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-phone-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, banner);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, tools);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, book_search);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, period_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, filter_error);
  gtk_widget_class_bind_template_child (widget_class, AccPhonePage, book);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_book_activated);

  gtk_widget_class_install_action (widget_class, "phone.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "phone.voicemail", NULL, voicemail_action);
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

  acc_book_view_set_repository (self->book, repository);
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
  return self->book;
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
