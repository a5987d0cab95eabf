/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-schedule-status.c — what the banners of both tabs share: where a
 * schedule stands now (open or closed, a closure today, the next change),
 * the words for « until 12:00 » and « tomorrow at 09:00 », the status line's
 * look, and the one timeout that wakes a banner when its answer can change.
 * The Téléphone tab reads the phone slots, the Physique tab the opening
 * hours; each words the sentence its own way. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-schedule-status.h"

/* A timeout is counted on the monotonic clock, which stops while the
 * computer sleeps: wake at least this often to look at the wall clock. */
#define MAX_SLEEP_S (15 * 60)

/**
 * acc_schedule_status_read:
 * @schedule: (nullable): the schedule; %NULL reads as empty
 * @now: the moment, in the time zone whose wall clock counts
 *
 * Fills @status (zeroed, or read before), which acc_schedule_status_clear()
 * empties afterwards.
 */
void
acc_schedule_status_read (AccScheduleStatus *status,
                          AccSchedule       *schedule,
                          GDateTime         *now)
{
  g_return_if_fail (status != NULL);
  g_return_if_fail (now != NULL);

  acc_schedule_status_clear (status);
  status->open = FALSE;
  status->closed_today = FALSE;
  status->empty = schedule == NULL || acc_schedule_is_empty (schedule);
  if (schedule == NULL)
    return;

  status->closed_today = acc_schedule_is_closed_day (schedule, now, &status->closure_label);
  if (status->closure_label != NULL && *status->closure_label == '\0')
    g_clear_pointer (&status->closure_label, g_free);
  if (status->empty)
    return;
  status->open = acc_schedule_is_open_at (schedule, now);
  status->next = acc_schedule_get_next_change (schedule, now);
}

void
acc_schedule_status_clear (AccScheduleStatus *status)
{
  g_return_if_fail (status != NULL);

  g_clear_pointer (&status->closure_label, g_free);
  g_clear_pointer (&status->next, g_date_time_unref);
}

/**
 * acc_schedule_days_between:
 *
 * Returns: how many days there are between the local dates of two
 * instants: 0 on the same day, 1 from today to tomorrow.
 */
int
acc_schedule_days_between (GDateTime *from,
                           GDateTime *to)
{
  int y1, m1, d1, y2, m2, d2;
  GDate a, b;

  g_date_time_get_ymd (from, &y1, &m1, &d1);
  g_date_time_get_ymd (to, &y2, &m2, &d2);
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, (GDateDay) d1, (GDateMonth) m1, (GDateYear) y1);
  g_date_set_dmy (&b, (GDateDay) d2, (GDateMonth) m2, (GDateYear) y2);
  return g_date_days_between (&a, &b);
}

/**
 * acc_schedule_format_until:
 *
 * Returns: (transfer full): when an open stretch ends: « 12:00 » today,
 * « lundi 09:00 » another day.
 */
char *
acc_schedule_format_until (GDateTime *when,
                           GDateTime *now)
{
  if (acc_schedule_days_between (now, when) == 0)
    /* Translators: the end of the phone slot, or the closing time, today; see g_date_time_format() */
    return g_date_time_format (when, C_("slot end today", "%H:%M"));
  /* Translators: the end of the phone slot, or the closing time, another day; see g_date_time_format() */
  return g_date_time_format (when, C_("slot end", "%A %H:%M"));
}

/**
 * acc_schedule_format_next:
 *
 * Returns: (transfer full): when the next stretch starts: « aujourd'hui à
 * 14:00 », « demain à 09:00 », « lundi 09:00 », « lundi 4 janvier 09:00 ».
 */
char *
acc_schedule_format_next (GDateTime *when,
                          GDateTime *now)
{
  int days = acc_schedule_days_between (now, when);

  if (days == 0)
    /* Translators: the next phone slot, or the reopening, is today; see g_date_time_format() */
    return g_date_time_format (when, C_("next slot", "today at %H:%M"));
  if (days == 1)
    /* Translators: the next phone slot, or the reopening, is tomorrow; see g_date_time_format() */
    return g_date_time_format (when, C_("next slot", "tomorrow at %H:%M"));
  if (days < 7)
    /* Translators: the next phone slot, or the reopening, is this week; see g_date_time_format() */
    return g_date_time_format (when, C_("next slot", "%A %H:%M"));
  /* Translators: the next phone slot, or the reopening, is in more than a week; see g_date_time_format() */
  return g_date_time_format (when, C_("next slot", "%A %-d %B %H:%M"));
}

/**
 * acc_schedule_status_show:
 * @box: the status line, styled "open" or "closed"
 *
 * Shows @text with @icon_name on a banner's status line.
 */
void
acc_schedule_status_show (GtkWidget  *box,
                          GtkImage   *icon,
                          GtkLabel   *label,
                          const char *text,
                          const char *icon_name,
                          gboolean    open)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_image_set_from_icon_name (icon, icon_name);
  gtk_widget_add_css_class (box, open ? "open" : "closed");
  gtk_widget_remove_css_class (box, open ? "closed" : "open");
}

/**
 * acc_schedule_wake_at:
 * @wake_us: when the banner's answer can change next, wall-clock µs; 0 for
 *   no known time
 *
 * A timeout for @func a little after @wake_us, or sooner (the monotonic
 * clock stops while the computer sleeps). @func is called once.
 *
 * Returns: the source's id.
 */
guint
acc_schedule_wake_at (gint64       now_us,
                      gint64       wake_us,
                      GSourceFunc  func,
                      gpointer     data,
                      const char  *name)
{
  gint64 delay_ms;
  guint id;

  if (wake_us <= 0 || wake_us - now_us > MAX_SLEEP_S * G_USEC_PER_SEC)
    wake_us = now_us + MAX_SLEEP_S * G_USEC_PER_SEC;
  /* A little after the change, so that the wall clock has reached it. */
  delay_ms = MAX (0, (wake_us - now_us) / 1000) + 50;
  id = g_timeout_add ((guint) delay_ms, func, data);
  g_source_set_name_by_id (id, name);
  return id;
}
