/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-book-page.c — a book with its search and filters, as both tabs show
 * it: the calls book (cahier des appels) on Téléphone, the visits register
 * (registre des visites) on Physique. Words, a period (today, this week,
 * this month, or two days typed as the French write them) and an outcome,
 * all filtered in SQL by the lazy book; opening an entry shows it for
 * correction, with its history. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "acc-book-page.h"
#include "acc-book-view.h"
#include "acc-entry-dialog.h"
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

struct _AccBookPage
{
  GtkWidget parent_instance;

  AccChannel channel;
  AccRepository *repository;
  AccStaffMember *staff;

  /* Template widgets */
  GtkSearchEntry *book_search;
  GtkDropDown *period_dropdown;
  GtkRevealer *period_revealer;
  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkDropDown *outcome_dropdown;
  GtkLabel *filter_error;
  AccBookView *book;

  /* "Today", "This week" and "This month" move on at midnight. */
  guint midnight_source;
};

G_DEFINE_FINAL_TYPE (AccBookPage, acc_book_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHANNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_window (AccBookPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A short word at the bottom of the window. */
static void
tell (AccBookPage *self,
      const char  *text)
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
show_filter_error (AccBookPage *self,
                   GtkWidget   *entry,
                   const char  *text)
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
read_filter (AccBookPage          *self,
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

static void apply_filter (AccBookPage *self,
                          gboolean     explain);

static gboolean
on_midnight (gpointer user_data)
{
  AccBookPage *self = user_data;

  self->midnight_source = 0;
  apply_filter (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* A period relative to today is read again just after the next local
 * midnight: a book left open on "Today" shows the new day's rows. */
static void
follow_midnight (AccBookPage *self)
{
  Period period = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  int year, month, day;

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  if (period != PERIOD_TODAY && period != PERIOD_THIS_WEEK && period != PERIOD_THIS_MONTH)
    return;

  now = g_date_time_new_now_local ();
  g_date_time_get_ymd (now, &year, &month, &day);
  today = g_date_time_new_local (year, month, day, 0, 0, 0);
  midnight = g_date_time_add_days (today, 1);
  self->midnight_source = g_timeout_add_seconds ((guint) (g_date_time_difference (midnight, now) / G_USEC_PER_SEC) + 1,
                                                 on_midnight, self);
}

static void
apply_filter (AccBookPage *self,
              gboolean     explain)
{
  AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;

  follow_midnight (self);
  if (!read_filter (self, &filter, explain))
    return;
  show_filter_error (self, NULL, NULL);
  acc_book_view_set_filter (self->book, &filter);
}

/* A search typed (after the entry's delay), an outcome or a day chosen: the
 * book reads its rows again, filtered in SQL. An unfinished day is not an
 * error yet, only not applied. */
static void
on_filter_changed (AccBookPage *self)
{
  apply_filter (self, FALSE);
}

/* Enter in a day: now an unreadable day is explained. */
static void
on_date_activate (AccBookPage *self)
{
  apply_filter (self, TRUE);
}

static void
on_period_selected (AccBookPage *self)
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
on_search_activate (AccBookPage *self)
{
  /* Enter: to the rows, where Enter opens one. */
  acc_book_view_focus_list (self->book);
}

static void
on_search_stop (AccBookPage *self)
{
  /* Escape: clears the search, then leaves it. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->book_search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->book_search), "");
  else
    acc_book_view_focus_list (self->book);
}

/* The words that differ between the two books. */
static void
apply_channel (AccBookPage *self)
{
  gboolean visit = self->channel == ACC_CHANNEL_VISIT;
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);

  /* gtk_search_entry_set_placeholder_text() is GTK 4.10. */
  g_object_set (self->book_search, "placeholder-text",
                visit ? _("Search visits: name, organisation, reason (Ctrl+F)")
                      : _("Search calls: name, organisation, reason (Ctrl+F)"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->book_search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  visit ? _("Search the visits register") : _("Search the calls book"),
                                  -1);

  /* In AccOutcome order, after "all". */
  gtk_string_list_append (outcomes, _("All outcomes"));
  for (AccOutcome outcome = ACC_OUTCOME_ANSWERED; outcome <= ACC_OUTCOME_MESSAGE; outcome++)
    gtk_string_list_append (outcomes, acc_outcome_label_for_channel (outcome, self->channel));
  gtk_drop_down_set_model (self->outcome_dropdown, G_LIST_MODEL (outcomes));
  gtk_drop_down_set_selected (self->outcome_dropdown, 0);
}

/* The book --------------------------------------------------------------- */

static void
on_correction_saved (AccBookPage *self)
{
  tell (self, _("Correction saved; the entry’s history keeps it."));
}

static void
on_book_activated (AccBookPage    *self,
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

/* Object ----------------------------------------------------------------- */

static void
acc_book_page_constructed (GObject *object)
{
  AccBookPage *self = ACC_BOOK_PAGE (object);

  G_OBJECT_CLASS (acc_book_page_parent_class)->constructed (object);

  /* The template made the book before the page knew its channel. */
  acc_book_view_set_channel (self->book, self->channel);
  apply_channel (self);
}

static void
acc_book_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccBookPage *self = ACC_BOOK_PAGE (object);

  switch (prop_id)
    {
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_book_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccBookPage *self = ACC_BOOK_PAGE (object);

  switch (prop_id)
    {
    case PROP_CHANNEL:
      self->channel = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_book_page_dispose (GObject *object)
{
  AccBookPage *self = ACC_BOOK_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_BOOK_PAGE);
  /* The template's outer box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_book_page_parent_class)->dispose (object);
}

static void
acc_book_page_class_init (AccBookPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = acc_book_page_constructed;
  object_class->get_property = acc_book_page_get_property;
  object_class->set_property = acc_book_page_set_property;
  object_class->dispose = acc_book_page_dispose;

  /**
   * AccBookPage:channel:
   *
   * The calls book or the visits register.
   */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, ACC_TYPE_CHANNEL, ACC_CHANNEL_PHONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ACC_TYPE_BOOK_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-book-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, book_search);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, period_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, filter_error);
  gtk_widget_class_bind_template_child (widget_class, AccBookPage, book);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_book_activated);
}

static void
acc_book_page_init (AccBookPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * acc_book_page_set_repository:
 *
 * Where the book reads its rows and the corrections are saved.
 */
void
acc_book_page_set_repository (AccBookPage   *self,
                              AccRepository *repository)
{
  g_return_if_fail (ACC_IS_BOOK_PAGE (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (g_set_object (&self->repository, repository))
    acc_book_view_set_repository (self->book, repository);
}

/**
 * acc_book_page_set_staff:
 * @staff: (nullable): who is at the desk: who corrects
 */
void
acc_book_page_set_staff (AccBookPage    *self,
                         AccStaffMember *staff)
{
  g_return_if_fail (ACC_IS_BOOK_PAGE (self));
  g_return_if_fail (staff == NULL || ACC_IS_STAFF_MEMBER (staff));

  g_set_object (&self->staff, staff);
}

/**
 * acc_book_page_get_book:
 *
 * Returns: (transfer none): the book.
 */
AccBookView *
acc_book_page_get_book (AccBookPage *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_PAGE (self), NULL);
  return self->book;
}

/**
 * acc_book_page_focus_search:
 *
 * Ctrl+F: the keyboard to the search.
 */
gboolean
acc_book_page_focus_search (AccBookPage *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_PAGE (self), FALSE);
  return gtk_widget_grab_focus (GTK_WIDGET (self->book_search));
}
