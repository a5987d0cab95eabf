/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schedule.c — AccSchedule: whether the desk is inside a phone slot, and
 * when that changes next, with closures, back-to-back ranges, week-ends, an
 * empty schedule and the daylight-saving days of Europe/Paris (29 March and
 * 25 October 2026). No database: the schedule is built from list stores.
 */
#include "acc-core.h"

#define HOUR_S G_GINT64_CONSTANT (3600)

typedef struct
{
  guint weekday;
  guint start_h, start_min;
  guint end_h, end_min;
} RangeSpec;

typedef struct
{
  AccClosureKind kind;
  const char *first_day;
  const char *last_day;
  const char *label;
} ClosureSpec;

static GTimeZone *paris;

/* Mon–Fri 9:00–12:00 and 14:00–17:00, Saturday 9:00–12:00. */
static const RangeSpec office_slots[] = {
  { 1, 9, 0, 12, 0 }, { 1, 14, 0, 17, 0 },
  { 2, 9, 0, 12, 0 }, { 2, 14, 0, 17, 0 },
  { 3, 9, 0, 12, 0 }, { 3, 14, 0, 17, 0 },
  { 4, 9, 0, 12, 0 }, { 4, 14, 0, 17, 0 },
  { 5, 9, 0, 12, 0 }, { 5, 14, 0, 17, 0 },
  { 6, 9, 0, 12, 0 },
};

/* Easter Monday 2026 is 6 April; the agency closes the week of 10 August. */
static const ClosureSpec office_closures[] = {
  { ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-04-06", "2026-04-06", "Lundi de Pâques" },
  { ACC_CLOSURE_EXCEPTIONAL, "2026-08-10", "2026-08-14", "Fermeture estivale" },
};

static AccSchedule *
make_schedule (const RangeSpec   *ranges,
               guint              n_ranges,
               const ClosureSpec *closures,
               guint              n_closures)
{
  g_autoptr(GListStore) range_store = g_list_store_new (ACC_TYPE_SCHEDULE_RANGE);
  g_autoptr(GListStore) closure_store = g_list_store_new (ACC_TYPE_CLOSURE);

  for (guint i = 0; i < n_ranges; i++)
    {
      g_autoptr(AccScheduleRange) range =
        acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, ranges[i].weekday,
                                ranges[i].start_h * 60 + ranges[i].start_min,
                                ranges[i].end_h * 60 + ranges[i].end_min);
      g_list_store_append (range_store, range);
    }
  for (guint i = 0; i < n_closures; i++)
    {
      g_autoptr(AccClosure) closure = acc_closure_new (closures[i].kind, closures[i].first_day,
                                                       closures[i].last_day, closures[i].label);
      g_list_store_append (closure_store, closure);
    }
  return acc_schedule_new (G_LIST_MODEL (range_store), G_LIST_MODEL (closure_store));
}

static AccSchedule *
make_office (void)
{
  return make_schedule (office_slots, G_N_ELEMENTS (office_slots),
                        office_closures, G_N_ELEMENTS (office_closures));
}

/* A wall-clock time in Paris that exists once. */
static GDateTime *
paris_at (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  GDateTime *when = g_date_time_new (paris, year, month, day, hour, minute, 0);

  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_get_hour (when), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (when), ==, minute);
  return when;
}

/* An instant given in UTC, seen in Paris: how to name either of the two
 * 02:30 of 25 October. */
static GDateTime *
paris_from_utc (int year,
                int month,
                int day,
                int hour,
                int minute)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_timezone (utc, paris);
}

static char *
describe (GDateTime *when)
{
  if (when == NULL)
    return g_strdup ("(none)");
  return g_date_time_format (when, "%Y-%m-%d %H:%M:%S %Z (%z)");
}

#define assert_same_instant(a, b) \
  G_STMT_START { \
    g_autofree char *_a = describe (a); \
    g_autofree char *_b = describe (b); \
    g_assert_cmpstr (_a, ==, _b); \
    if ((a) != NULL && (b) != NULL) \
      g_assert_true (g_date_time_equal ((a), (b))); \
  } G_STMT_END

/* The next change after @when is @expected; returns it, for chains. */
static GDateTime *
assert_next (AccSchedule *schedule,
             GDateTime   *when,
             GDateTime   *expected)
{
  GDateTime *next = acc_schedule_get_next_change (schedule, when);

  assert_same_instant (next, expected);
  if (next != NULL)
    {
      /* In the caller's time zone, and a real change. */
      g_assert_true (g_date_time_get_timezone (next) == g_date_time_get_timezone (when)
                     || g_strcmp0 (g_time_zone_get_identifier (g_date_time_get_timezone (next)),
                                   g_time_zone_get_identifier (g_date_time_get_timezone (when))) == 0);
      g_assert_cmpint (g_date_time_compare (next, when), >, 0);
      g_assert_true (acc_schedule_is_open_at (schedule, next) != acc_schedule_is_open_at (schedule, when));
    }
  return next;
}

static void
assert_open (AccSchedule *schedule,
             int year, int month, int day, int hour, int minute,
             gboolean expected)
{
  g_autoptr(GDateTime) when = paris_at (year, month, day, hour, minute);

  g_test_message ("%04d-%02d-%02d %02d:%02d should be %s", year, month, day, hour, minute,
                  expected ? "open" : "closed");
  g_assert_cmpint (acc_schedule_is_open_at (schedule, when), ==, expected);
}

static void
test_open_at (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();

  g_assert_false (acc_schedule_is_empty (schedule));

  /* Tuesday 10 March 2026: both slots, the ends excluded. */
  assert_open (schedule, 2026, 3, 10, 8, 59, FALSE);
  assert_open (schedule, 2026, 3, 10, 9, 0, TRUE);
  assert_open (schedule, 2026, 3, 10, 11, 59, TRUE);
  assert_open (schedule, 2026, 3, 10, 12, 0, FALSE);
  assert_open (schedule, 2026, 3, 10, 13, 59, FALSE);
  assert_open (schedule, 2026, 3, 10, 14, 0, TRUE);
  assert_open (schedule, 2026, 3, 10, 16, 59, TRUE);
  assert_open (schedule, 2026, 3, 10, 17, 0, FALSE);
  assert_open (schedule, 2026, 3, 10, 0, 0, FALSE);

  /* Saturday morning only; never on Sunday. */
  assert_open (schedule, 2026, 3, 14, 10, 0, TRUE);
  assert_open (schedule, 2026, 3, 14, 15, 0, FALSE);
  assert_open (schedule, 2026, 3, 15, 10, 0, FALSE);
  assert_open (schedule, 2026, 3, 15, 15, 0, FALSE);

  /* Closures: Easter Monday, the summer week. */
  assert_open (schedule, 2026, 4, 6, 10, 0, FALSE);
  assert_open (schedule, 2026, 4, 7, 10, 0, TRUE);
  assert_open (schedule, 2026, 8, 7, 10, 0, TRUE);
  assert_open (schedule, 2026, 8, 10, 10, 0, FALSE);
  assert_open (schedule, 2026, 8, 12, 15, 0, FALSE);
  assert_open (schedule, 2026, 8, 14, 16, 0, FALSE);
  assert_open (schedule, 2026, 8, 15, 10, 0, TRUE);

  /* The seconds within the last minute still count as inside. */
  {
    g_autoptr(GDateTime) almost = g_date_time_new (paris, 2026, 3, 10, 11, 59, 59.999);
    g_assert_true (acc_schedule_is_open_at (schedule, almost));
  }

  /* The wall clock of the instant's own zone decides: 08:30 UTC is 09:30
   * in Paris. */
  {
    g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 3, 10, 8, 30, 0);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, paris);

    g_assert_false (acc_schedule_is_open_at (schedule, utc));
    g_assert_true (acc_schedule_is_open_at (schedule, local));
  }
}

static void
test_closed_day (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();

  {
    g_autoptr(GDateTime) day = paris_at (2026, 4, 6, 15, 0);
    g_autofree char *label = NULL;

    g_assert_true (acc_schedule_is_closed_day (schedule, day, &label));
    g_assert_cmpstr (label, ==, "Lundi de Pâques");
  }
  {
    /* The first and the last day of a closure both belong to it. */
    g_autoptr(GDateTime) first = paris_at (2026, 8, 10, 0, 0);
    g_autoptr(GDateTime) last = paris_at (2026, 8, 14, 23, 59);
    g_autoptr(GDateTime) after = paris_at (2026, 8, 15, 0, 0);
    g_autofree char *label = NULL;

    g_assert_true (acc_schedule_is_closed_day (schedule, first, NULL));
    g_assert_true (acc_schedule_is_closed_day (schedule, last, &label));
    g_assert_cmpstr (label, ==, "Fermeture estivale");
    g_clear_pointer (&label, g_free);
    g_assert_false (acc_schedule_is_closed_day (schedule, after, &label));
    g_assert_null (label);
  }
  {
    /* The local date counts: 23:30 UTC on 5 April is 6 April in Paris. */
    g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 4, 5, 23, 30, 0);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, paris);

    g_assert_false (acc_schedule_is_closed_day (schedule, utc, NULL));
    g_assert_true (acc_schedule_is_closed_day (schedule, local, NULL));
  }
  {
    /* A closure without a label. */
    static const ClosureSpec unlabelled[] = { { ACC_CLOSURE_EXCEPTIONAL, "2026-05-04", "2026-05-04", NULL } };
    g_autoptr(AccSchedule) other = make_schedule (office_slots, G_N_ELEMENTS (office_slots),
                                                  unlabelled, G_N_ELEMENTS (unlabelled));
    g_autoptr(GDateTime) day = paris_at (2026, 5, 4, 10, 0);
    /* Not allocated: the call must set it to NULL, not free it. */
    char stale[] = "stale";
    char *label = stale;

    g_assert_true (acc_schedule_is_closed_day (other, day, &label));
    g_assert_null (label);
  }
}

/* The banner's case: the app stays open all day, asking each time when the
 * next change comes, from the change it was told of. */
static void
test_slot_ending_while_running (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();
  g_autoptr(GDateTime) start = paris_at (2026, 3, 10, 10, 0);
  g_autoptr(GDateTime) noon = paris_at (2026, 3, 10, 12, 0);
  g_autoptr(GDateTime) two = paris_at (2026, 3, 10, 14, 0);
  g_autoptr(GDateTime) five = paris_at (2026, 3, 10, 17, 0);
  g_autoptr(GDateTime) wednesday = paris_at (2026, 3, 11, 9, 0);
  g_autoptr(GDateTime) n1 = NULL;
  g_autoptr(GDateTime) n2 = NULL;
  g_autoptr(GDateTime) n3 = NULL;
  g_autoptr(GDateTime) n4 = NULL;

  n1 = assert_next (schedule, start, noon);
  g_assert_false (acc_schedule_is_open_at (schedule, n1));
  n2 = assert_next (schedule, n1, two);
  g_assert_true (acc_schedule_is_open_at (schedule, n2));
  n3 = assert_next (schedule, n2, five);
  n4 = assert_next (schedule, n3, wednesday);

  /* Just before the end, to the microsecond, and just after the start. */
  {
    g_autoptr(GDateTime) almost = g_date_time_new (paris, 2026, 3, 10, 11, 59, 59.999999);
    g_autoptr(GDateTime) just_after = g_date_time_new (paris, 2026, 3, 10, 14, 0, 0.5);
    g_autoptr(GDateTime) a = assert_next (schedule, almost, noon);
    g_autoptr(GDateTime) b = assert_next (schedule, just_after, five);
  }
  /* Before the first slot of the day. */
  {
    g_autoptr(GDateTime) early = paris_at (2026, 3, 10, 6, 15);
    g_autoptr(GDateTime) nine = paris_at (2026, 3, 10, 9, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, early, nine);
  }
}

static void
test_week_end (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();
  g_autoptr(GDateTime) friday_evening = paris_at (2026, 3, 13, 17, 0);
  g_autoptr(GDateTime) saturday_nine = paris_at (2026, 3, 14, 9, 0);
  g_autoptr(GDateTime) saturday_noon = paris_at (2026, 3, 14, 12, 0);
  g_autoptr(GDateTime) sunday = paris_at (2026, 3, 15, 15, 30);
  g_autoptr(GDateTime) monday_nine = paris_at (2026, 3, 16, 9, 0);
  g_autoptr(GDateTime) a = assert_next (schedule, friday_evening, saturday_nine);
  g_autoptr(GDateTime) b = assert_next (schedule, saturday_nine, saturday_noon);
  g_autoptr(GDateTime) c = assert_next (schedule, saturday_noon, monday_nine);
  g_autoptr(GDateTime) d = assert_next (schedule, sunday, monday_nine);
}

static void
test_closures_skipped (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();

  /* Easter week-end: Saturday noon to Tuesday 9:00, Monday skipped. */
  {
    g_autoptr(GDateTime) saturday_noon = paris_at (2026, 4, 4, 12, 0);
    g_autoptr(GDateTime) tuesday = paris_at (2026, 4, 7, 9, 0);
    g_autoptr(GDateTime) holiday = paris_at (2026, 4, 6, 10, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, saturday_noon, tuesday);
    g_autoptr(GDateTime) b = assert_next (schedule, holiday, tuesday);
  }
  /* The summer week: from the Saturday before to the Saturday after. */
  {
    g_autoptr(GDateTime) before = paris_at (2026, 8, 8, 12, 0);
    g_autoptr(GDateTime) inside = paris_at (2026, 8, 12, 10, 0);
    g_autoptr(GDateTime) reopening = paris_at (2026, 8, 15, 9, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, before, reopening);
    g_autoptr(GDateTime) b = assert_next (schedule, inside, reopening);
  }
}

static void
test_adjacent_ranges (void)
{
  /* Tuesday 9–12, 12–17 and 10–11 inside: one stretch 9–17. Thursday
   * evening into Friday night: one stretch across midnight. */
  static const RangeSpec ranges[] = {
    { 2, 12, 0, 17, 0 }, { 2, 9, 0, 12, 0 }, { 2, 10, 0, 11, 0 },
    { 4, 20, 0, 24, 0 }, { 5, 0, 0, 6, 0 },
  };
  g_autoptr(AccSchedule) schedule = make_schedule (ranges, G_N_ELEMENTS (ranges), NULL, 0);

  assert_open (schedule, 2026, 3, 10, 12, 0, TRUE);
  {
    g_autoptr(GDateTime) morning = paris_at (2026, 3, 10, 9, 30);
    g_autoptr(GDateTime) five = paris_at (2026, 3, 10, 17, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, morning, five);
  }
  assert_open (schedule, 2026, 3, 12, 23, 59, TRUE);
  assert_open (schedule, 2026, 3, 13, 0, 0, TRUE);
  {
    g_autoptr(GDateTime) evening = paris_at (2026, 3, 12, 21, 0);
    g_autoptr(GDateTime) six = paris_at (2026, 3, 13, 6, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, evening, six);
  }

  /* When the Friday is closed, the stretch ends at midnight. */
  {
    static const ClosureSpec closed_friday[] = { { ACC_CLOSURE_EXCEPTIONAL, "2026-03-13", "2026-03-13", "Inventaire" } };
    g_autoptr(AccSchedule) closed = make_schedule (ranges, G_N_ELEMENTS (ranges),
                                                   closed_friday, G_N_ELEMENTS (closed_friday));
    g_autoptr(GDateTime) evening = paris_at (2026, 3, 12, 21, 0);
    g_autoptr(GDateTime) midnight = paris_at (2026, 3, 13, 0, 0);
    g_autoptr(GDateTime) tuesday = paris_at (2026, 3, 17, 9, 0);
    g_autoptr(GDateTime) a = assert_next (closed, evening, midnight);
    g_autoptr(GDateTime) b = assert_next (closed, midnight, tuesday);
  }
  /* A range ending at midnight with nothing the next morning. */
  {
    static const RangeSpec late[] = { { 4, 20, 0, 24, 0 } };
    g_autoptr(AccSchedule) alone = make_schedule (late, G_N_ELEMENTS (late), NULL, 0);
    g_autoptr(GDateTime) evening = paris_at (2026, 3, 12, 23, 0);
    g_autoptr(GDateTime) midnight = paris_at (2026, 3, 13, 0, 0);
    g_autoptr(GDateTime) a = assert_next (alone, evening, midnight);
  }
}

static void
test_empty (void)
{
  g_autoptr(AccSchedule) nothing = acc_schedule_new (NULL, NULL);
  g_autoptr(GListStore) no_ranges = g_list_store_new (ACC_TYPE_SCHEDULE_RANGE);
  g_autoptr(AccSchedule) empty_store = acc_schedule_new (G_LIST_MODEL (no_ranges), NULL);
  g_autoptr(GDateTime) when = paris_at (2026, 3, 10, 10, 0);

  g_assert_true (acc_schedule_is_empty (nothing));
  g_assert_true (acc_schedule_is_empty (empty_store));
  g_assert_false (acc_schedule_is_open_at (nothing, when));
  g_assert_false (acc_schedule_is_open_at (empty_store, when));
  g_assert_null (acc_schedule_get_next_change (nothing, when));
  g_assert_null (acc_schedule_get_next_change (empty_store, when));
  g_assert_false (acc_schedule_is_closed_day (nothing, when, NULL));

  /* Open around the clock: no change to announce. */
  {
    static const RangeSpec always[] = {
      { 1, 0, 0, 24, 0 }, { 2, 0, 0, 24, 0 }, { 3, 0, 0, 24, 0 }, { 4, 0, 0, 24, 0 },
      { 5, 0, 0, 24, 0 }, { 6, 0, 0, 24, 0 }, { 7, 0, 0, 24, 0 },
    };
    g_autoptr(AccSchedule) schedule = make_schedule (always, G_N_ELEMENTS (always), NULL, 0);

    g_assert_true (acc_schedule_is_open_at (schedule, when));
    g_assert_null (acc_schedule_get_next_change (schedule, when));
  }
  /* Closed for longer than the 400 days looked at. */
  {
    static const ClosureSpec long_closure[] = { { ACC_CLOSURE_EXCEPTIONAL, "2026-01-01", "2027-12-31", "Travaux" } };
    g_autoptr(AccSchedule) schedule = make_schedule (office_slots, G_N_ELEMENTS (office_slots),
                                                     long_closure, G_N_ELEMENTS (long_closure));

    g_assert_false (acc_schedule_is_empty (schedule));
    g_assert_false (acc_schedule_is_open_at (schedule, when));
    g_assert_null (acc_schedule_get_next_change (schedule, when));
  }
  /* Ranges that end before they start count for nothing. */
  {
    static const RangeSpec backwards[] = { { 1, 12, 0, 9, 0 } };
    g_autoptr(AccSchedule) schedule = make_schedule (backwards, G_N_ELEMENTS (backwards), NULL, 0);

    g_assert_true (acc_schedule_is_empty (schedule));
  }
}

/* The schedule keeps what it was given: editing the models or their items
 * afterwards changes nothing. */
static void
test_snapshot (void)
{
  g_autoptr(GListStore) ranges = g_list_store_new (ACC_TYPE_SCHEDULE_RANGE);
  g_autoptr(GListStore) closures = g_list_store_new (ACC_TYPE_CLOSURE);
  g_autoptr(AccScheduleRange) range = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 2, 9 * 60, 12 * 60);
  g_autoptr(AccClosure) closure = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-03-17", "2026-03-17", "Férié");
  g_autoptr(AccSchedule) schedule = NULL;
  g_autoptr(GDateTime) tuesday = paris_at (2026, 3, 10, 10, 0);

  g_list_store_append (ranges, range);
  g_list_store_append (closures, closure);
  schedule = acc_schedule_new (G_LIST_MODEL (ranges), G_LIST_MODEL (closures));

  acc_schedule_range_set_weekday (range, 3);
  acc_closure_set_first_day (closure, "2026-03-10");
  g_list_store_remove_all (ranges);

  g_assert_true (acc_schedule_is_open_at (schedule, tuesday));
}

/* The wall clock of the instant's own zone, whatever the zone: UTC, a fixed
 * offset, the local one. */
static void
test_other_zones (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) kolkata = g_time_zone_new_offset (5 * 3600 + 30 * 60);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  GTimeZone *zones[] = { utc, kolkata, local };

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(GDateTime) ten = g_date_time_new (zones[i], 2026, 3, 10, 10, 0, 0);
      g_autoptr(GDateTime) noon = g_date_time_new (zones[i], 2026, 3, 10, 12, 0, 0);
      g_autoptr(GDateTime) saturday_noon = g_date_time_new (zones[i], 2026, 3, 14, 12, 0, 0);
      g_autoptr(GDateTime) next = NULL;
      g_autoptr(GDateTime) monday = NULL;

      g_test_message ("zone %s", g_time_zone_get_identifier (zones[i]));
      g_assert_true (acc_schedule_is_open_at (schedule, ten));
      next = acc_schedule_get_next_change (schedule, ten);
      g_assert_nonnull (next);
      g_assert_true (g_date_time_equal (next, noon));
      g_assert_cmpint (g_date_time_get_hour (next), ==, 12);
      monday = acc_schedule_get_next_change (schedule, saturday_noon);
      g_assert_nonnull (monday);
      g_assert_cmpint (g_date_time_get_day_of_week (monday), ==, 1);
      g_assert_cmpint (g_date_time_get_hour (monday), ==, 9);
    }
}

/* Weekdays 9:00–18:00 without Saturday: from Friday 18:00 to Monday 9:00 is
 * 63 hours on the wall clock. */
static const RangeSpec weekdays_nine_to_six[] = {
  { 1, 9, 0, 18, 0 }, { 2, 9, 0, 18, 0 }, { 3, 9, 0, 18, 0 }, { 4, 9, 0, 18, 0 }, { 5, 9, 0, 18, 0 },
};

static void
test_dst_week_end (void)
{
  g_autoptr(AccSchedule) schedule = make_schedule (weekdays_nine_to_six, G_N_ELEMENTS (weekdays_nine_to_six), NULL, 0);

  /* An ordinary week-end first. */
  {
    g_autoptr(GDateTime) friday = paris_at (2026, 3, 20, 18, 0);
    g_autoptr(GDateTime) monday = paris_at (2026, 3, 23, 9, 0);
    g_autoptr(GDateTime) next = assert_next (schedule, friday, monday);

    g_assert_cmpint (g_date_time_difference (next, friday), ==, 63 * HOUR_S * G_USEC_PER_SEC);
  }
  /* 29 March 2026: the clocks go forward, an hour less. */
  {
    g_autoptr(GDateTime) friday = paris_at (2026, 3, 27, 18, 0);
    g_autoptr(GDateTime) monday = paris_at (2026, 3, 30, 9, 0);
    g_autoptr(GDateTime) next = assert_next (schedule, friday, monday);

    g_assert_cmpint (g_date_time_get_utc_offset (friday), ==, 1 * HOUR_S * G_USEC_PER_SEC);
    g_assert_cmpint (g_date_time_get_utc_offset (next), ==, 2 * HOUR_S * G_USEC_PER_SEC);
    g_assert_cmpint (g_date_time_difference (next, friday), ==, 62 * HOUR_S * G_USEC_PER_SEC);
  }
  /* 25 October 2026: the clocks go back, an hour more. */
  {
    g_autoptr(GDateTime) friday = paris_at (2026, 10, 23, 18, 0);
    g_autoptr(GDateTime) monday = paris_at (2026, 10, 26, 9, 0);
    g_autoptr(GDateTime) next = assert_next (schedule, friday, monday);

    g_assert_cmpint (g_date_time_get_utc_offset (friday), ==, 2 * HOUR_S * G_USEC_PER_SEC);
    g_assert_cmpint (g_date_time_get_utc_offset (next), ==, 1 * HOUR_S * G_USEC_PER_SEC);
    g_assert_cmpint (g_date_time_difference (next, friday), ==, 64 * HOUR_S * G_USEC_PER_SEC);
  }
}

/* 29 March 2026 in Paris: at 01:00 UTC the clock jumps from 02:00 to 03:00. */
static void
test_dst_spring_forward (void)
{
  /* Sunday slots that touch the missing hour, each in its own schedule. */
  static const RangeSpec in_gap[] = { { 7, 2, 0, 3, 0 } };
  static const RangeSpec ends_in_gap[] = { { 7, 1, 0, 2, 30 } };
  static const RangeSpec starts_in_gap[] = { { 7, 2, 30, 4, 0 } };
  static const RangeSpec whole_sunday[] = { { 7, 0, 0, 24, 0 } };
  g_autoptr(GDateTime) jump = paris_from_utc (2026, 3, 29, 1, 0);

  g_assert_cmpint (g_date_time_get_hour (jump), ==, 3);

  /* 02:00–03:00: the clock never shows it that day; the next is a week on. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (in_gap, 1, NULL, 0);
    g_autoptr(GDateTime) saturday = paris_at (2026, 3, 28, 23, 0);
    g_autoptr(GDateTime) before = paris_from_utc (2026, 3, 29, 0, 59);
    g_autoptr(GDateTime) next_week = paris_at (2026, 4, 5, 2, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, saturday, next_week);

    g_assert_false (acc_schedule_is_open_at (schedule, before));
    g_assert_false (acc_schedule_is_open_at (schedule, jump));
  }
  /* 01:00–02:30: closes at the jump, after 30 real minutes from 01:30. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (ends_in_gap, 1, NULL, 0);
    g_autoptr(GDateTime) half_past_one = paris_at (2026, 3, 29, 1, 30);
    g_autoptr(GDateTime) next = assert_next (schedule, half_past_one, jump);

    g_assert_true (acc_schedule_is_open_at (schedule, half_past_one));
    g_assert_cmpint (g_date_time_difference (next, half_past_one), ==, 30 * 60 * G_USEC_PER_SEC);
  }
  /* 02:30–04:00: opens at the jump (03:00 summer time), closes at 04:00. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (starts_in_gap, 1, NULL, 0);
    g_autoptr(GDateTime) midnight = paris_at (2026, 3, 29, 0, 0);
    g_autoptr(GDateTime) four = paris_at (2026, 3, 29, 4, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, midnight, jump);
    g_autoptr(GDateTime) b = assert_next (schedule, jump, four);

    g_assert_cmpint (g_date_time_difference (four, jump), ==, HOUR_S * G_USEC_PER_SEC);
  }
  /* The whole Sunday: a 23-hour day. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (whole_sunday, 1, NULL, 0);
    g_autoptr(GDateTime) saturday = paris_at (2026, 3, 28, 12, 0);
    g_autoptr(GDateTime) sunday = paris_at (2026, 3, 29, 0, 0);
    g_autoptr(GDateTime) monday = paris_at (2026, 3, 30, 0, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, saturday, sunday);
    g_autoptr(GDateTime) b = assert_next (schedule, sunday, monday);

    g_assert_cmpint (g_date_time_difference (b, a), ==, 23 * HOUR_S * G_USEC_PER_SEC);
  }
}

/* 25 October 2026 in Paris: at 01:00 UTC the clock goes back from 03:00 to
 * 02:00, and shows 02:00–03:00 twice. */
static void
test_dst_fall_back (void)
{
  static const RangeSpec repeated[] = { { 7, 2, 0, 3, 0 } };
  static const RangeSpec ends_in_repeat[] = { { 7, 1, 0, 2, 30 } };
  static const RangeSpec whole_sunday[] = { { 7, 0, 0, 24, 0 } };

  /* 02:00–03:00 lasts two real hours, from 00:00 to 02:00 UTC. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (repeated, 1, NULL, 0);
    g_autoptr(GDateTime) one = paris_at (2026, 10, 25, 1, 0);
    g_autoptr(GDateTime) first_two = paris_from_utc (2026, 10, 25, 0, 0);
    g_autoptr(GDateTime) three = paris_from_utc (2026, 10, 25, 2, 0);
    g_autoptr(GDateTime) first_half_past = paris_from_utc (2026, 10, 25, 0, 30);
    g_autoptr(GDateTime) second_half_past = paris_from_utc (2026, 10, 25, 1, 30);
    g_autoptr(GDateTime) a = assert_next (schedule, one, first_two);
    g_autoptr(GDateTime) b = assert_next (schedule, first_two, three);

    g_assert_cmpint (g_date_time_get_hour (three), ==, 3);
    g_assert_true (acc_schedule_is_open_at (schedule, first_half_past));
    g_assert_true (acc_schedule_is_open_at (schedule, second_half_past));
    g_assert_cmpint (g_date_time_difference (b, a), ==, 2 * HOUR_S * G_USEC_PER_SEC);
  }
  /* 01:00–02:30: closes at the first 02:30, opens again when the clock goes
   * back to 02:00, closes at the second 02:30. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (ends_in_repeat, 1, NULL, 0);
    g_autoptr(GDateTime) one = paris_at (2026, 10, 25, 1, 0);
    g_autoptr(GDateTime) first_half_past = paris_from_utc (2026, 10, 25, 0, 30);
    g_autoptr(GDateTime) back_to_two = paris_from_utc (2026, 10, 25, 1, 0);
    g_autoptr(GDateTime) second_half_past = paris_from_utc (2026, 10, 25, 1, 30);
    g_autoptr(GDateTime) a = assert_next (schedule, one, first_half_past);
    g_autoptr(GDateTime) b = assert_next (schedule, a, back_to_two);
    g_autoptr(GDateTime) c = assert_next (schedule, b, second_half_past);

    g_assert_cmpint (g_date_time_get_hour (b), ==, 2);
    g_assert_cmpint (g_date_time_get_minute (b), ==, 0);
    g_assert_cmpint (g_date_time_get_utc_offset (b), ==, HOUR_S * G_USEC_PER_SEC);
    g_assert_false (acc_schedule_is_open_at (schedule, c));
  }
  /* The whole Sunday: a 25-hour day. */
  {
    g_autoptr(AccSchedule) schedule = make_schedule (whole_sunday, 1, NULL, 0);
    g_autoptr(GDateTime) saturday = paris_at (2026, 10, 24, 12, 0);
    g_autoptr(GDateTime) sunday = paris_at (2026, 10, 25, 0, 0);
    g_autoptr(GDateTime) monday = paris_at (2026, 10, 26, 0, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, saturday, sunday);
    g_autoptr(GDateTime) b = assert_next (schedule, sunday, monday);

    g_assert_cmpint (g_date_time_difference (b, a), ==, 25 * HOUR_S * G_USEC_PER_SEC);
  }
}

/* The office schedule through both changes: the slots keep their wall-clock
 * times on either side. */
static void
test_dst_office (void)
{
  g_autoptr(AccSchedule) schedule = make_office ();

  {
    g_autoptr(GDateTime) saturday_noon = paris_at (2026, 3, 28, 12, 0);
    g_autoptr(GDateTime) monday_nine = paris_at (2026, 3, 30, 9, 0);
    g_autoptr(GDateTime) next = assert_next (schedule, saturday_noon, monday_nine);

    g_assert_cmpint (g_date_time_difference (next, saturday_noon), ==, 44 * HOUR_S * G_USEC_PER_SEC);
  }
  {
    g_autoptr(GDateTime) saturday_noon = paris_at (2026, 10, 24, 12, 0);
    g_autoptr(GDateTime) monday_nine = paris_at (2026, 10, 26, 9, 0);
    g_autoptr(GDateTime) next = assert_next (schedule, saturday_noon, monday_nine);

    g_assert_cmpint (g_date_time_difference (next, saturday_noon), ==, 46 * HOUR_S * G_USEC_PER_SEC);
  }
}

/* Random schedules around both changes of 2026, checked against a plain
 * walk through every minute: in Paris the answer can only change on a whole
 * minute, so the first minute with the other answer is the next change. */
static void
test_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260329);
  static const int weeks[][3] = { { 2026, 3, 25 }, { 2026, 10, 21 }, { 2026, 7, 1 } };

  for (guint sample = 0; sample < 300; sample++)
    {
      g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (RangeSpec));
      g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) closures = g_array_new (FALSE, FALSE, sizeof (ClosureSpec));
      g_autoptr(AccSchedule) schedule = NULL;
      g_autoptr(GDateTime) week = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autoptr(GDateTime) next = NULL;
      gint64 expected = 0;
      gint64 start;
      gboolean open_then;
      const int *w = weeks[sample % G_N_ELEMENTS (weeks)];

      for (guint weekday = 1; weekday <= 7; weekday++)
        {
          guint n = (guint) g_rand_int_range (rand, 0, 4);

          for (guint i = 0; i < n; i++)
            {
              /* Half hours, with the small hours well represented. */
              guint a = (guint) g_rand_int_range (rand, 0, 49);
              guint b = (guint) g_rand_int_range (rand, 0, 49);
              RangeSpec range = { weekday, MIN (a, b) / 2, MIN (a, b) % 2 * 30, MAX (a, b) / 2, MAX (a, b) % 2 * 30 };

              if (g_rand_boolean (rand))
                {
                  range.start_h = MIN (range.start_h, 4);
                  range.end_h = MIN (MAX (range.end_h, range.start_h + 1), 24);
                  if (range.end_h == 24)
                    range.end_min = 0;
                }
              g_array_append_val (ranges, range);
            }
        }
      for (guint i = 0; i < (guint) g_rand_int_range (rand, 0, 3); i++)
        {
          char *day = g_strdup_printf ("%04d-%02d-%02d", w[0], w[1], w[2] + g_rand_int_range (rand, 0, 7));
          ClosureSpec closure = { ACC_CLOSURE_EXCEPTIONAL, day, day, NULL };

          g_ptr_array_add (days, day);
          g_array_append_val (closures, closure);
        }
      schedule = make_schedule ((const RangeSpec *) (gpointer) ranges->data, ranges->len,
                                (const ClosureSpec *) (gpointer) closures->data, closures->len);

      week = g_date_time_new (paris, w[0], w[1], w[2], 0, 0, 0);
      if (sample % 4 < 2 && w[1] != 7)
        {
          /* Close to the change itself: 01:00 UTC on the Sunday. */
          g_autoptr(GDateTime) change = g_date_time_new_utc (w[0], w[1], w[1] == 3 ? 29 : 25, 1, 0, 0);
          g_autoptr(GDateTime) change_here = g_date_time_to_timezone (change, paris);

          when = g_date_time_add_seconds (change_here, g_rand_double_range (rand, -6 * 3600, 3 * 3600));
        }
      else
        when = g_date_time_add_seconds (week, g_rand_double_range (rand, 0, 7 * 86400));
      open_then = acc_schedule_is_open_at (schedule, when);

      /* Every whole minute after @when, for ten days. */
      start = g_date_time_to_unix (when) / 60 * 60 + 60;
      for (gint64 minute = start; minute < start + 10 * 86400; minute += 60)
        {
          g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (minute);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, paris);

          if (acc_schedule_is_open_at (schedule, local) != open_then)
            {
              expected = minute;
              break;
            }
        }

      next = acc_schedule_get_next_change (schedule, when);
      {
        g_autofree char *from = describe (when);
        g_autofree char *found = describe (next);

        g_test_message ("sample %u: %u ranges, from %s (%s): next %s, expected %" G_GINT64_FORMAT,
                        sample, ranges->len, from, open_then ? "open" : "closed", found, expected);
      }
      if (expected != 0)
        {
          g_assert_nonnull (next);
          if (next != NULL)
            g_assert_cmpint (g_date_time_to_unix (next), ==, expected);
        }
      else if (next != NULL)
        g_assert_cmpint (g_date_time_to_unix (next), >=, start + 10 * 86400);
    }
}

/* Opening hours as the Physique tab reads them: a lunch break most days,
 * Wednesday mornings only, closures that overlap (Christmas inside the
 * year-end closure) and run into the next year. */
static void
test_opening_hours_closures (void)
{
  static const RangeSpec hours[] = {
    { 1, 9, 0, 12, 30 }, { 1, 13, 30, 17, 30 },
    { 2, 9, 0, 12, 30 }, { 2, 13, 30, 17, 30 },
    { 3, 9, 0, 12, 30 },
    { 4, 9, 0, 12, 30 }, { 4, 13, 30, 17, 30 },
    { 5, 9, 0, 12, 30 }, { 5, 13, 30, 16, 30 },
    { 6, 9, 0, 12, 0 },
  };
  static const ClosureSpec closures[] = {
    { ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-12-24", "2026-12-26", "Noël" },
    { ACC_CLOSURE_EXCEPTIONAL, "2026-12-26", "2027-01-02", "Fermeture de fin d’année" },
  };
  g_autoptr(AccSchedule) schedule = make_schedule (hours, G_N_ELEMENTS (hours),
                                                   closures, G_N_ELEMENTS (closures));

  /* The lunch break: closed from 12:30, open again at 13:30. */
  assert_open (schedule, 2026, 12, 21, 12, 29, TRUE);
  assert_open (schedule, 2026, 12, 21, 12, 30, FALSE);
  assert_open (schedule, 2026, 12, 21, 13, 30, TRUE);
  {
    g_autoptr(GDateTime) lunch = paris_at (2026, 12, 21, 12, 45);
    g_autoptr(GDateTime) afternoon = paris_at (2026, 12, 21, 13, 30);
    g_autoptr(GDateTime) evening = paris_at (2026, 12, 21, 17, 30);
    g_autoptr(GDateTime) a = assert_next (schedule, lunch, afternoon);
    g_autoptr(GDateTime) b = assert_next (schedule, afternoon, evening);
  }

  /* Wednesday morning only: from noon, the next opening is Thursday's…
   * which is Christmas Eve, closed; and so is every day up to 2 January:
   * the premises reopen on Monday 4 January 2027. */
  assert_open (schedule, 2026, 12, 23, 14, 0, FALSE);
  assert_open (schedule, 2026, 12, 24, 10, 0, FALSE);
  assert_open (schedule, 2026, 12, 28, 10, 0, FALSE);
  assert_open (schedule, 2027, 1, 2, 10, 0, FALSE);
  assert_open (schedule, 2027, 1, 4, 9, 0, TRUE);
  {
    g_autoptr(GDateTime) wednesday = paris_at (2026, 12, 23, 10, 0);
    g_autoptr(GDateTime) half_past_noon = paris_at (2026, 12, 23, 12, 30);
    g_autoptr(GDateTime) reopening = paris_at (2027, 1, 4, 9, 0);
    g_autoptr(GDateTime) inside = paris_at (2026, 12, 30, 11, 0);
    g_autoptr(GDateTime) a = assert_next (schedule, wednesday, half_past_noon);
    g_autoptr(GDateTime) b = assert_next (schedule, half_past_noon, reopening);
    g_autoptr(GDateTime) c = assert_next (schedule, inside, reopening);
  }

  /* The day both closures cover is named after the first one; each day of
   * the second is named after it, across the new year. */
  {
    g_autoptr(GDateTime) boxing_day = paris_at (2026, 12, 26, 10, 0);
    g_autoptr(GDateTime) new_year = paris_at (2027, 1, 1, 10, 0);
    g_autoptr(GDateTime) after = paris_at (2027, 1, 3, 10, 0);
    g_autofree char *label = NULL;

    g_assert_true (acc_schedule_is_closed_day (schedule, boxing_day, &label));
    g_assert_cmpstr (label, ==, "Noël");
    g_clear_pointer (&label, g_free);
    g_assert_true (acc_schedule_is_closed_day (schedule, new_year, &label));
    g_assert_cmpstr (label, ==, "Fermeture de fin d’année");
    g_assert_false (acc_schedule_is_closed_day (schedule, after, NULL));
  }

  /* A closure that begins at midnight inside an evening stretch running
   * into the next morning: the stretch ends at midnight. */
  {
    static const RangeSpec night[] = { { 5, 20, 0, 24, 0 }, { 6, 0, 0, 6, 0 } };
    static const ClosureSpec saturday[] = { { ACC_CLOSURE_EXCEPTIONAL, "2026-03-14", "2026-03-14", "Inventaire" } };
    g_autoptr(AccSchedule) other = make_schedule (night, G_N_ELEMENTS (night), saturday, G_N_ELEMENTS (saturday));
    g_autoptr(GDateTime) friday = paris_at (2026, 3, 13, 21, 0);
    g_autoptr(GDateTime) midnight = paris_at (2026, 3, 14, 0, 0);
    g_autoptr(GDateTime) next_friday = paris_at (2026, 3, 20, 20, 0);
    g_autoptr(GDateTime) a = assert_next (other, friday, midnight);
    g_autoptr(GDateTime) b = assert_next (other, midnight, next_friday);
  }
}

/* A message's due time: the deadline counted in opening hours only. */
static void
assert_due (AccSchedule *schedule,
            GDateTime   *from,
            guint        hours,
            GDateTime   *expected)
{
  g_autoptr(GDateTime) due = acc_schedule_add_open_time (schedule, from, (GTimeSpan) hours * G_TIME_SPAN_HOUR);

  assert_same_instant (due, expected);
}

static void
test_due_time (void)
{
  /* Office hours: Mon–Fri 9–12 and 14–17 (6 h a day), Saturday 9–12. */
  g_autoptr(AccSchedule) office = make_office ();
  g_autoptr(AccSchedule) weekdays = make_schedule (weekdays_nine_to_six, G_N_ELEMENTS (weekdays_nine_to_six), NULL, 0);

  /* Inside the hours: the same day. Tuesday 3 March 2026, 10:00 + 3 h:
   * 2 h until noon, then 1 h from 14:00. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 3, 10, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 3, 15, 0);
    assert_due (office, from, 3, due);
  }
  /* Left in the evening: the count starts at the next opening. Tuesday
   * 20:00 + 2 h is Wednesday 11:00. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 3, 20, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 4, 11, 0);
    assert_due (office, from, 2, due);
  }
  /* Across the week-end: Friday 6 March 16:00 + 5 h = 1 h Friday, 3 h
   * Saturday morning, 1 h Monday: Monday 10:00. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 6, 16, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 9, 10, 0);
    assert_due (office, from, 5, due);
  }
  /* The default 48 opening hours, Monday 9:00 on 9-hour weekdays: five
   * whole days (45 h), then 3 h the next Monday: 12:00 a week later. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 2, 9, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 9, 12, 0);
    assert_due (weekdays, from, 48, due);
  }
  /* A closure is skipped: Easter Monday 6 April 2026. Saturday 4 April
   * 11:00 + 2 h: 1 h on Saturday, Monday closed, 1 h on Tuesday: 10:00. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 4, 4, 11, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 4, 7, 10, 0);
    assert_due (office, from, 2, due);
  }
  /* Daylight saving: the week-end of 29 March loses an hour, but opening
   * hours are wall-clock hours. Friday 27 March 17:00 + 2 h on 9–18 weekdays
   * is Monday 10:00 summer time: 1 h Friday, 1 h Monday. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 27, 17, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 30, 10, 0);
    assert_due (weekdays, from, 2, due);
    g_assert_cmpint (g_date_time_get_utc_offset (due), ==, 2 * HOUR_S * G_USEC_PER_SEC);
  }
  /* And the week-end of 25 October gains one. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 10, 23, 17, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 10, 26, 10, 0);
    assert_due (weekdays, from, 2, due);
    g_assert_cmpint (g_date_time_get_utc_offset (due), ==, 1 * HOUR_S * G_USEC_PER_SEC);
  }
  /* No deadline: due at once when open, at the next opening when closed. */
  {
    g_autoptr(GDateTime) from = paris_at (2026, 3, 3, 20, 0);
    g_autoptr(GDateTime) due = paris_at (2026, 3, 4, 9, 0);
    g_autoptr(GDateTime) open = paris_at (2026, 3, 4, 10, 0);
    assert_due (office, from, 0, due);
    assert_due (office, open, 0, open);
  }
}

/* Without opening hours there is nothing to count: no due time from the
 * schedule (the repository then counts hours round the clock). */
static void
test_due_time_empty (void)
{
  g_autoptr(AccSchedule) empty = make_schedule (NULL, 0, NULL, 0);
  g_autoptr(GDateTime) from = paris_at (2026, 3, 3, 10, 0);
  g_autoptr(GDateTime) due = acc_schedule_add_open_time (empty, from, 48 * G_TIME_SPAN_HOUR);

  g_assert_null (due);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  paris = g_time_zone_new_identifier ("Europe/Paris");
  g_assert_nonnull (paris);

  g_test_add_func ("/schedule/open-at", test_open_at);
  g_test_add_func ("/schedule/closed-day", test_closed_day);
  g_test_add_func ("/schedule/next-change/slot-ending-while-running", test_slot_ending_while_running);
  g_test_add_func ("/schedule/next-change/week-end", test_week_end);
  g_test_add_func ("/schedule/next-change/closures", test_closures_skipped);
  g_test_add_func ("/schedule/next-change/adjacent-ranges", test_adjacent_ranges);
  g_test_add_func ("/schedule/next-change/other-zones", test_other_zones);
  g_test_add_func ("/schedule/empty", test_empty);
  g_test_add_func ("/schedule/snapshot", test_snapshot);
  g_test_add_func ("/schedule/dst/week-end", test_dst_week_end);
  g_test_add_func ("/schedule/dst/spring-forward", test_dst_spring_forward);
  g_test_add_func ("/schedule/dst/fall-back", test_dst_fall_back);
  g_test_add_func ("/schedule/dst/office", test_dst_office);
  g_test_add_func ("/schedule/dst/brute-force", test_brute_force);
  g_test_add_func ("/schedule/opening-hours/closures", test_opening_hours_closures);
  g_test_add_func ("/schedule/due-time", test_due_time);
  g_test_add_func ("/schedule/due-time/empty", test_due_time_empty);

  status = g_test_run ();
  g_time_zone_unref (paris);
  return status;
}
