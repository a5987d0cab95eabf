/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-schedule.c — the weekly ranges of one kind (phone slots or opening
 * hours) together with the closures: is the desk open now, and until when?
 *
 * The rule is the wall clock's. An instant is open when the clock on the wall
 * (in the instant's own time zone) shows a weekday and a minute inside a
 * range, and no closure covers the day the clock shows. Everything else
 * follows from that rule, daylight-saving days included:
 *
 * - in spring the clock jumps from 02:00 to 03:00: a slot 02:00–03:00 on that
 *   Sunday never opens; a slot 01:30–02:30 closes at the jump (03:00 summer
 *   time, after 30 real minutes); a slot 02:30–04:00 opens at the jump;
 * - in autumn the clock shows 02:00–03:00 twice: a slot 02:00–03:00 is open
 *   for two real hours; a slot 01:00–02:30 closes at the first 02:30, and
 *   opens again from 02:00 to 02:30 once the clock has gone back, because the
 *   clock then shows a minute of the slot again;
 * - days are as long as the clock makes them (23 or 25 hours).
 *
 * acc_schedule_get_next_change() looks for the first instant after the given
 * one at which that rule gives another answer. The answer can only change
 * where the wall clock reaches the start or the end of a range, at a local
 * midnight (closures begin and end there), or where the zone changes its
 * offset from UTC. The instants where the clock shows a given time are
 * computed from the zone's offsets rather than with g_date_time_new(), which
 * silently moves a time that does not exist and picks one of two times that
 * exist twice: here a time in the spring gap has no instant, and a time of
 * the repeated autumn hour has two.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-schedule.h"
#include "acc-closure.h"
#include "acc-schedule-range.h"

#define MINUTES_PER_DAY (24 * 60)
#define SECONDS_PER_DAY G_GINT64_CONSTANT (86400)
/* How far acc_schedule_get_next_change() looks before giving up. */
#define HORIZON_DAYS 400
/* Days of boundaries sorted and examined together. */
#define CHUNK_DAYS 7
/* Offsets from UTC change a few times a year, never twice within this. */
#define OFFSET_SCAN_STEP_S (3 * 3600)

typedef struct
{
  guint start;   /* minutes after local midnight */
  guint end;     /* excluded; up to 1440 */
} Stretch;

struct _AccSchedule
{
  GObject parent_instance;

  /* Index 1..7 (ISO weekday): a sorted array of disjoint, non-adjacent
   * Stretch, the ranges of that day merged. */
  GArray *days[8];
  /* AccClosure, copies of the ones given: the schedule does not change when
   * the caller edits its own objects. */
  GPtrArray *closures;
  gboolean empty;
};

G_DEFINE_FINAL_TYPE (AccSchedule, acc_schedule, G_TYPE_OBJECT)

static int
compare_stretches (gconstpointer a,
                   gconstpointer b)
{
  const Stretch *sa = a;
  const Stretch *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return 0;
}

/* Overlapping and back-to-back ranges (9:00–12:00, 12:00–17:00) become one
 * stretch: 12:00 is no change. */
static void
merge_stretches (GArray *stretches)
{
  guint kept = 0;

  if (stretches->len == 0)
    return;

  g_array_sort (stretches, compare_stretches);
  for (guint i = 1; i < stretches->len; i++)
    {
      Stretch *last = &g_array_index (stretches, Stretch, kept);
      const Stretch *next = &g_array_index (stretches, Stretch, i);

      if (next->start <= last->end)
        last->end = MAX (last->end, next->end);
      else
        g_array_index (stretches, Stretch, ++kept) = *next;
    }
  g_array_set_size (stretches, kept + 1);
}

static void
acc_schedule_finalize (GObject *object)
{
  AccSchedule *self = ACC_SCHEDULE (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    g_clear_pointer (&self->days[i], g_array_unref);
  g_clear_pointer (&self->closures, g_ptr_array_unref);

  G_OBJECT_CLASS (acc_schedule_parent_class)->finalize (object);
}

static void
acc_schedule_class_init (AccScheduleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = acc_schedule_finalize;
}

static void
acc_schedule_init (AccSchedule *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    self->days[i] = g_array_new (FALSE, FALSE, sizeof (Stretch));
  self->closures = g_ptr_array_new_with_free_func (g_object_unref);
  self->empty = TRUE;
}

/**
 * acc_schedule_new:
 * @ranges: (nullable): the #AccScheduleRange of one kind
 * @closures: (nullable): the #AccClosure that apply
 *
 * Takes a copy of what the models hold now: later changes to them, or to
 * their items, do not change the schedule. Ranges that end before they start
 * are ignored.
 *
 * Returns: (transfer full): the schedule.
 */
AccSchedule *
acc_schedule_new (GListModel *ranges,
                  GListModel *closures)
{
  AccSchedule *self;

  g_return_val_if_fail (ranges == NULL || G_IS_LIST_MODEL (ranges), NULL);
  g_return_val_if_fail (closures == NULL || G_IS_LIST_MODEL (closures), NULL);

  self = g_object_new (ACC_TYPE_SCHEDULE, NULL);

  for (guint i = 0; ranges != NULL && i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (ranges, i);
      AccScheduleRange *range;
      Stretch stretch;
      guint weekday;

      if (!ACC_IS_SCHEDULE_RANGE (item))
        continue;
      range = ACC_SCHEDULE_RANGE (item);
      weekday = acc_schedule_range_get_weekday (range);
      stretch.start = acc_schedule_range_get_start_minute (range);
      stretch.end = MIN (acc_schedule_range_get_end_minute (range), MINUTES_PER_DAY);
      if (weekday < 1 || weekday > 7 || stretch.start >= stretch.end)
        continue;
      g_array_append_val (self->days[weekday], stretch);
      self->empty = FALSE;
    }
  for (guint weekday = 1; weekday <= 7; weekday++)
    merge_stretches (self->days[weekday]);

  for (guint i = 0; closures != NULL && i < g_list_model_get_n_items (closures); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (closures, i);
      AccClosure *closure;

      if (!ACC_IS_CLOSURE (item))
        continue;
      closure = ACC_CLOSURE (item);
      g_ptr_array_add (self->closures,
                       acc_closure_new (acc_closure_get_kind (closure),
                                        acc_closure_get_first_day (closure),
                                        acc_closure_get_last_day (closure),
                                        acc_closure_get_label (closure)));
    }

  return self;
}

/* The closure of a local day, "YYYY-MM-DD". */
static AccClosure *
find_closure (AccSchedule *self,
              const char  *day)
{
  for (guint i = 0; i < self->closures->len; i++)
    {
      AccClosure *closure = g_ptr_array_index (self->closures, i);

      if (acc_closure_covers (closure, day))
        return closure;
    }
  return NULL;
}

static char *
format_local_day (GDateTime *when)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * acc_schedule_is_closed_day:
 * @day: any instant of the day, in the time zone whose calendar counts
 * @label: (out) (optional) (transfer full) (nullable): the closure's label
 *   ("Lundi de Pâques"), when there is one
 *
 * Returns: whether a closure covers the local date of @day.
 */
gboolean
acc_schedule_is_closed_day (AccSchedule  *self,
                            GDateTime    *day,
                            char        **label)
{
  g_autofree char *date = NULL;
  AccClosure *closure;

  if (label != NULL)
    *label = NULL;

  g_return_val_if_fail (ACC_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  date = format_local_day (day);
  closure = find_closure (self, date);
  if (closure == NULL)
    return FALSE;
  if (label != NULL)
    *label = g_strdup (acc_closure_get_label (closure));
  return TRUE;
}

static gboolean
day_has_minute (AccSchedule *self,
                guint        weekday,
                guint        minute)
{
  GArray *stretches = self->days[weekday];

  for (guint i = 0; i < stretches->len; i++)
    {
      const Stretch *stretch = &g_array_index (stretches, Stretch, i);

      if (minute < stretch->start)
        return FALSE;
      if (minute < stretch->end)
        return TRUE;
    }
  return FALSE;
}

/**
 * acc_schedule_is_open_at:
 * @when: an instant, in the time zone whose wall clock counts
 *
 * Returns: whether the wall clock at @when shows a weekday and a minute
 * inside a range, on a day that no closure covers.
 */
gboolean
acc_schedule_is_open_at (AccSchedule *self,
                         GDateTime   *when)
{
  g_autofree char *date = NULL;
  guint minute;

  g_return_val_if_fail (ACC_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  minute = (guint) (g_date_time_get_hour (when) * 60 + g_date_time_get_minute (when));
  if (!day_has_minute (self, (guint) g_date_time_get_day_of_week (when), minute))
    return FALSE;

  date = format_local_day (when);
  return find_closure (self, date) == NULL;
}

/**
 * acc_schedule_is_empty:
 *
 * Returns: whether the schedule has no range at all, and so is never open.
 */
gboolean
acc_schedule_is_empty (AccSchedule *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE (self), TRUE);
  return self->empty;
}

/* The next change. Instants are unix seconds; "local seconds" are what the
 * wall clock shows, counted as if its zone were UTC. */

static gint32
offset_at (GTimeZone *tz,
           gint64     instant)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, instant);

  return g_time_zone_get_offset (tz, MAX (interval, 0));
}

/* The instants at which the wall clock shows @local: none in a spring gap,
 * two in a repeated autumn hour, one otherwise. Returns how many, sorted. */
static guint
instants_showing (GTimeZone *tz,
                  gint64     local,
                  gint64     instants[2])
{
  gint32 offsets[4];
  guint n = 0;

  /* The offsets in force around that time: a day before and after, and at
   * the instants those offsets give. */
  offsets[0] = offset_at (tz, local - SECONDS_PER_DAY);
  offsets[1] = offset_at (tz, local + SECONDS_PER_DAY);
  offsets[2] = offset_at (tz, local - offsets[0]);
  offsets[3] = offset_at (tz, local - offsets[1]);

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      gint64 instant = local - offsets[i];
      gboolean known = FALSE;

      if (offset_at (tz, instant) != offsets[i])
        continue;
      for (guint j = 0; j < n; j++)
        known = known || instants[j] == instant;
      if (!known && n < 2)
        instants[n++] = instant;
    }
  if (n == 2 && instants[0] > instants[1])
    {
      gint64 swap = instants[0];
      instants[0] = instants[1];
      instants[1] = swap;
    }
  return n;
}

/* The instants in [@from, @to) at which the zone's offset changes: where
 * the wall clock jumps, forward or back. */
static void
add_offset_changes (GTimeZone *tz,
                    gint64     from,
                    gint64     to,
                    GArray    *candidates)
{
  for (gint64 step_start = from; step_start < to; step_start += OFFSET_SCAN_STEP_S)
    {
      gint64 low = step_start;
      gint64 high = MIN (step_start + OFFSET_SCAN_STEP_S, to);
      int before = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, low);

      if (g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, high) == before)
        continue;
      /* The first second of the new interval is in (low, high]. */
      while (high - low > 1)
        {
          gint64 middle = low + (high - low) / 2;

          if (g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, middle) == before)
            low = middle;
          else
            high = middle;
        }
      g_array_append_val (candidates, high);
    }
}

static gint64
local_midnight (const GDate *date)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1970);
  return (gint64) g_date_days_between (&epoch, date) * SECONDS_PER_DAY;
}

static void
add_instants_showing (GTimeZone *tz,
                      gint64     local,
                      GArray    *candidates)
{
  gint64 instants[2];
  guint n = instants_showing (tz, local, instants);

  g_array_append_vals (candidates, instants, n);
}

static int
compare_instants (gconstpointer a,
                  gconstpointer b)
{
  gint64 ia = *(const gint64 *) a;
  gint64 ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

static gboolean
is_open_at_instant (AccSchedule *self,
                    GTimeZone   *tz,
                    gint64       instant)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return acc_schedule_is_open_at (self, local);
}

/**
 * acc_schedule_get_next_change:
 * @when: the instant to start from, in the time zone whose wall clock counts
 *
 * When the schedule is open at @when, this is the end of the current
 * stretch: back-to-back and overlapping ranges, also across midnight (a
 * range ending at 24:00 and one starting at 00:00 the next day), are one
 * stretch. When it is closed, this is the start of the next open stretch,
 * closed days skipped. Daylight-saving changes follow the wall clock: see
 * the top of acc-schedule.c.
 *
 * Returns: (transfer full) (nullable): the first instant strictly after
 * @when at which acc_schedule_is_open_at() gives the other answer, in
 * @when's time zone; %NULL when nothing changes within 400 days.
 */
GDateTime *
acc_schedule_get_next_change (AccSchedule *self,
                              GDateTime   *when)
{
  GTimeZone *tz;
  gint64 when_us;
  gboolean open_now;
  GDate first_day;
  int year, month, day;

  g_return_val_if_fail (ACC_IS_SCHEDULE (self), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  if (self->empty)
    return NULL;

  tz = g_date_time_get_timezone (when);
  when_us = g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
  open_now = acc_schedule_is_open_at (self, when);

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (&first_day, 1);
  g_date_set_dmy (&first_day, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  /* A chunk of days at a time: their boundaries, sorted, looked at in
   * order. The answer can only change at one of them, and the answer at a
   * boundary holds until the next one, so the first boundary after @when
   * with the other answer is the change, provided it comes before the next
   * chunk's first boundary, its first midnight. */
  for (guint chunk_start = 0; chunk_start <= HORIZON_DAYS; chunk_start += CHUNK_DAYS)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint chunk_end = MIN (chunk_start + CHUNK_DAYS, HORIZON_DAYS + 1);
      gint64 accept_before;
      gint64 scan_from, scan_to;

      for (guint i = chunk_start; i < chunk_end; i++)
        {
          GDate date = first_day;
          gint64 midnight;
          GArray *stretches;

          g_date_add_days (&date, i);
          midnight = local_midnight (&date);
          stretches = self->days[g_date_get_weekday (&date)];

          add_instants_showing (tz, midnight, candidates);
          for (guint s = 0; s < stretches->len; s++)
            {
              const Stretch *stretch = &g_array_index (stretches, Stretch, s);

              add_instants_showing (tz, midnight + stretch->start * 60, candidates);
              if (stretch->end < MINUTES_PER_DAY)
                add_instants_showing (tz, midnight + stretch->end * 60, candidates);
            }
        }

      /* The next chunk's first midnight; when a jump skips that midnight,
       * the jump. */
      {
        GDate date = first_day;
        gint64 midnight, instants[2];

        g_date_add_days (&date, chunk_end);
        midnight = local_midnight (&date);
        if (instants_showing (tz, midnight, instants) > 0)
          accept_before = instants[0];
        else
          accept_before = midnight - offset_at (tz, midnight - SECONDS_PER_DAY);
      }

      /* Where the clock jumps, from the first midnight of the chunk to the
       * next one's, with a margin of two days on each side. */
      {
        GDate date = first_day;

        g_date_add_days (&date, chunk_start);
        scan_from = local_midnight (&date) - 2 * SECONDS_PER_DAY;
        scan_to = scan_from + (gint64) (chunk_end - chunk_start + 4) * SECONDS_PER_DAY;
        add_offset_changes (tz, scan_from, scan_to, candidates);
      }

      g_array_sort (candidates, compare_instants);
      for (guint i = 0; i < candidates->len; i++)
        {
          gint64 instant = g_array_index (candidates, gint64, i);

          if (instant * G_USEC_PER_SEC <= when_us)
            continue;
          if (instant >= accept_before)
            break;
          if (is_open_at_instant (self, tz, instant) != open_now)
            {
              g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
              return g_date_time_to_timezone (utc, tz);
            }
        }
    }

  return NULL;
}

/**
 * acc_schedule_add_open_time:
 * @from: when the count starts
 * @duration: how much open time to count
 *
 * Counts @duration of open time from @from, skipping the hours outside the
 * ranges and the closed days: a message's deadline of 48 opening hours.
 *
 * Returns: (transfer full) (nullable): the instant the count reaches
 * @duration, in @from's time zone; %NULL when the schedule never opens
 * again (an empty schedule, or no open time within its horizon).
 */
GDateTime *
acc_schedule_add_open_time (AccSchedule *self,
                            GDateTime   *from,
                            GTimeSpan    duration)
{
  g_autoptr(GDateTime) cursor = NULL;

  g_return_val_if_fail (ACC_IS_SCHEDULE (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (duration >= 0, NULL);

  if (self->empty)
    return NULL;

  cursor = g_date_time_ref (from);
  for (;;)
    {
      g_autoptr(GDateTime) change = acc_schedule_get_next_change (self, cursor);
      GTimeSpan stretch;

      if (!acc_schedule_is_open_at (self, cursor))
        {
          /* Closed: jump to the next opening. */
          if (change == NULL)
            return NULL;
          g_date_time_unref (cursor);
          cursor = g_steal_pointer (&change);
          continue;
        }

      /* Open until the next change (or for ever, for a schedule that never
       * closes again). */
      if (change == NULL)
        return g_date_time_add (cursor, duration);
      stretch = g_date_time_difference (change, cursor);
      if (stretch >= duration)
        return g_date_time_add (cursor, duration);

      duration -= stretch;
      g_date_time_unref (cursor);
      cursor = g_steal_pointer (&change);
    }
}
