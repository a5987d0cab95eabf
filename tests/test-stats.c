/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-stats.c — the indicators of the « Tableau de bord »: on demo data
 * (a fixed seed, in a temporary database), every figure of
 * acc_repository_compute_stats() equals a count computed here with plain SQL
 * on the file, written independently of the repository's queries; and
 * `accueil-cli stats --format json` gives the same numbers. */
#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "acc-core.h"

#define DAY_US (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

typedef struct
{
  char *folder;
  char *path;
  AccRepository *repository;
  sqlite3 *db;
  gint64 from_us;
  gint64 to_us;
  gint64 now_us;
} Fixture;

static gint64
local_midnight_us (int days_from_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (today, days_from_today);

  return g_date_time_to_unix (day) * G_USEC_PER_SEC;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AccDemoSizes sizes = ACC_DEMO_SIZES_DEFAULT;

  fixture->folder = g_dir_make_tmp ("accueil-stats-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "accueil.db", NULL);
  fixture->repository = acc_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (acc_demo_fill (fixture->repository, &sizes, 20261127, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &fixture->db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  /* A period that starts and ends inside the demo's months, whole local
   * days, ending before today so that nothing in it changes while the test
   * runs. */
  fixture->from_us = local_midnight_us (-45);
  fixture->to_us = local_midnight_us (-2);
  fixture->now_us = g_get_real_time ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sqlite3_close (fixture->db);
  g_clear_object (&fixture->repository);
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (fixture->folder, name, NULL);
        g_remove (file);
      }
  }
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* One integer from @sql, its ?1 and ?2 bound to the period and ?3 to now,
 * and ?4 to @extra. */
static gint64
sql_int (Fixture    *fixture,
         const char *sql,
         gint64      extra)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (fixture->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (fixture->db));
  sqlite3_bind_int64 (stmt, 1, fixture->from_us);
  sqlite3_bind_int64 (stmt, 2, fixture->to_us);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, fixture->now_us);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    sqlite3_bind_int64 (stmt, 4, extra);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static AccStats *
compute (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  AccStats *stats = acc_repository_compute_stats (fixture->repository, fixture->from_us, fixture->to_us, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stats);
  return stats;
}

static void
test_interactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AccStats) stats = compute (fixture);
  guint total = 0;

  for (int channel = 0; channel < 2; channel++)
    {
      guint count = sql_int (fixture, "SELECT count(*) FROM interactions "
                                      "WHERE started_at BETWEEN ?1 AND ?2 - 1 AND channel = ?4", channel);

      g_assert_cmpuint (acc_stats_get_count (stats, channel), ==, count);
      g_assert_cmpuint (count, >, 0);

      for (int outcome = 0; outcome < 4; outcome++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                  "AND started_at < ?2 AND channel = ?4 AND outcome = %d", outcome);

          g_assert_cmpuint (acc_stats_get_outcome_count (stats, channel, outcome), ==, sql_int (fixture, sql, channel));
        }
      for (guint step = 0; step < (channel == 0 ? 4u : 5u); step++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                  "AND started_at < ?2 AND channel = ?4 AND (checklist >> %u) %% 2 = 1",
                                                  step);

          g_assert_cmpuint (acc_stats_get_step_count (stats, channel, step), ==, sql_int (fixture, sql, channel));
        }

      /* The heat map: every cell, the weekday and hour as SQLite reads the
       * local time (%w: 0 = Sunday; SQLite 3.40 has no %u). */
      for (int weekday = 1; weekday <= 7; weekday++)
        for (int hour = 0; hour < 24; hour++)
          {
            g_autofree char *sql = g_strdup_printf (
              "SELECT count(*) FROM interactions WHERE started_at >= ?1 AND started_at < ?2 AND channel = ?4 "
              "AND strftime('%%w', datetime(started_at / 1000000, 'unixepoch', 'localtime')) = '%d' "
              "AND strftime('%%H', datetime(started_at / 1000000, 'unixepoch', 'localtime')) = '%02d'",
              weekday % 7, hour);
            guint cell = acc_stats_get_week_hour_count (stats, channel, weekday, hour);

            if (cell != sql_int (fixture, sql, channel))
              g_error ("channel %d, weekday %d, hour %d: %u, SQL %" G_GINT64_FORMAT, channel, weekday, hour, cell, sql_int (fixture, sql, channel));
            total += cell;
          }
    }
  g_assert_cmpuint (total, ==, acc_stats_get_count (stats, 0) + acc_stats_get_count (stats, 1));

  /* Per day: every day listed, with its counts; together, every row. */
  total = 0;
  for (guint i = 0; i < acc_stats_get_n_days (stats); i++)
    {
      guint calls, visits;
      const char *day = acc_stats_get_day (stats, i, &calls, &visits);
      g_autofree char *sql_calls = g_strdup_printf ("SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                    "AND started_at < ?2 AND channel = 0 AND "
                                                    "date(started_at / 1000000, 'unixepoch', 'localtime') = '%s'", day);
      g_autofree char *sql_visits = g_strdup_printf ("SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                     "AND started_at < ?2 AND channel = 1 AND "
                                                     "date(started_at / 1000000, 'unixepoch', 'localtime') = '%s'", day);

      g_assert_cmpuint (calls, ==, sql_int (fixture, sql_calls, 0));
      g_assert_cmpuint (visits, ==, sql_int (fixture, sql_visits, 0));
      if (i > 0)
        g_assert_cmpstr (acc_stats_get_day (stats, i - 1, NULL, NULL), <, day);
      total += calls + visits;
    }
  g_assert_cmpuint (total, ==, acc_stats_get_count (stats, 0) + acc_stats_get_count (stats, 1));

  /* Orientations by body. */
  total = 0;
  for (guint i = 0; i < acc_stats_get_n_orientations (stats); i++)
    {
      gint64 id;
      guint count;
      const char *name = acc_stats_get_orientation (stats, i, &id, &count);

      if (id == 0)
        {
          g_assert_null (name);
          g_assert_cmpuint (count, ==, sql_int (fixture, "SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                         "AND started_at < ?2 AND outcome = 2 AND directory_id IS NULL", 0));
        }
      else
        {
          g_assert_nonnull (name);
          g_assert_cmpuint (count, ==, sql_int (fixture, "SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                         "AND started_at < ?2 AND outcome = 2 AND directory_id = ?4", id));
        }
      total += count;
    }
  g_assert_cmpuint (total, ==, sql_int (fixture, "SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                 "AND started_at < ?2 AND outcome = 2", 0));
}

/* The median of a column of delays, by SQL alone: the middle row (the mean of
 * the two middle rows) of the ordered values. */
static gint64
sql_median (Fixture    *fixture,
            const char *delays)
{
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM (%s)", delays);
  gint64 n = sql_int (fixture, count_sql, 0);
  g_autofree char *median_sql = NULL;

  if (n == 0)
    return -1;
  median_sql = g_strdup_printf ("SELECT CAST(sum(d) / count(*) AS INTEGER) FROM "
                                "(SELECT d FROM (%s) ORDER BY d LIMIT %d OFFSET %" G_GINT64_FORMAT ")",
                                delays, n % 2 == 1 ? 1 : 2, (n - 1) / 2);
  return sql_int (fixture, median_sql, 0);
}

static void
test_messages (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AccStats) stats = compute (fixture);
  const char *read_delays =
    "SELECT e.at - m.created_at AS d FROM messages m JOIN message_events e ON e.message_id = m.id "
    "WHERE m.created_at >= ?1 AND m.created_at < ?2 AND e.status <> 0 "
    "AND NOT EXISTS (SELECT 1 FROM message_events f WHERE f.message_id = m.id AND f.status <> 0 "
    "                AND (f.at < e.at OR (f.at = e.at AND f.id < e.id)))";
  const char *handle_delays =
    "SELECT e.at - m.created_at AS d FROM messages m JOIN message_events e ON e.message_id = m.id "
    "WHERE m.created_at >= ?1 AND m.created_at < ?2 AND e.status IN (3, 4) "
    "AND NOT EXISTS (SELECT 1 FROM message_events f WHERE f.message_id = m.id AND f.status IN (3, 4) "
    "                AND (f.at < e.at OR (f.at = e.at AND f.id < e.id)))";
  g_autofree char *n_read = g_strdup_printf ("SELECT count(*) FROM (%s)", read_delays);
  g_autofree char *n_handled = g_strdup_printf ("SELECT count(*) FROM (%s)", handle_delays);
  gint64 median_read = sql_median (fixture, read_delays);
  gint64 median_handle = sql_median (fixture, handle_delays);

  g_assert_cmpuint (acc_stats_get_message_count (stats), ==,
                    sql_int (fixture, "SELECT count(*) FROM messages WHERE created_at >= ?1 AND created_at < ?2", 0));
  g_assert_cmpuint (acc_stats_get_message_count (stats), >, 0);
  g_assert_cmpuint (acc_stats_get_messages_read (stats), ==, sql_int (fixture, n_read, 0));
  g_assert_cmpuint (acc_stats_get_messages_handled (stats), ==, sql_int (fixture, n_handled, 0));
  /* SQL's integer division and ours may differ by the odd microsecond. */
  g_assert_cmpint (ABS (acc_stats_get_median_read_us (stats) - median_read), <=, 1);
  g_assert_cmpint (ABS (acc_stats_get_median_handle_us (stats) - median_handle), <=, 1);

  /* Handled by the due time, of those with a due time that are handled or
   * past due. */
  g_assert_cmpuint (acc_stats_get_messages_with_due (stats), ==,
                    sql_int (fixture, "SELECT count(*) FROM messages m WHERE m.created_at >= ?1 AND m.created_at < ?2 "
                                      "AND m.due_at IS NOT NULL AND (m.due_at <= ?3 OR EXISTS "
                                      "(SELECT 1 FROM message_events e WHERE e.message_id = m.id AND e.status IN (3, 4)))", 0));
  g_assert_cmpuint (acc_stats_get_messages_on_time (stats), ==,
                    sql_int (fixture, "SELECT count(*) FROM messages m WHERE m.created_at >= ?1 AND m.created_at < ?2 "
                                      "AND m.due_at IS NOT NULL AND m.due_at >= "
                                      "(SELECT min(e.at) FROM message_events e WHERE e.message_id = m.id "
                                      " AND e.status IN (3, 4))", 0));
  g_assert_cmpuint (acc_stats_get_messages_on_time (stats), <=, acc_stats_get_messages_with_due (stats));
  /* Overdue now: open, in the whole book. */
  g_assert_cmpuint (acc_stats_get_messages_overdue_now (stats), ==,
                    sql_int (fixture, "SELECT count(*) FROM messages WHERE ?1 = ?1 AND ?2 = ?2 "
                                      "AND status IN (0, 1, 2) AND due_at < ?3", 0));
}

/* The phone slots' starts and ends, from the schedule's table: every day of
 * the period not closed, every weekly range on its weekday. */
static gint64
sql_boundaries (Fixture    *fixture,
                const char *minute_column)
{
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE days (day) AS ("
    "  SELECT date(?1 / 1000000, 'unixepoch', 'localtime') "
    "  UNION ALL SELECT date(day, '+1 day') FROM days "
    "  WHERE date(day, '+1 day') < date(?2 / 1000000, 'unixepoch', 'localtime')) "
    "SELECT count(*) FROM days JOIN schedule_ranges r "
    "  ON r.kind = 0 AND r.weekday %% 7 = CAST(strftime('%%w', days.day) AS INTEGER) "
    "WHERE ?3 = ?3 AND NOT EXISTS (SELECT 1 FROM closures c WHERE days.day BETWEEN c.first_day AND c.last_day) "
    "AND NOT EXISTS (SELECT 1 FROM schedule_ranges o WHERE o.kind = 0 AND o.weekday = r.weekday "
    "                AND o.id <> r.id AND o.%s = r.%s)",
    minute_column, g_str_equal (minute_column, "end_minute") ? "start_minute" : "end_minute");

  return sql_int (fixture, sql, 0);
}

static void
test_answering_machine (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AccStats) stats = compute (fixture);

  g_assert_cmpuint (acc_stats_get_boundaries_expected (stats, FALSE), ==, sql_boundaries (fixture, "end_minute"));
  g_assert_cmpuint (acc_stats_get_boundaries_expected (stats, TRUE), ==, sql_boundaries (fixture, "start_minute"));
  g_assert_cmpuint (acc_stats_get_boundaries_expected (stats, FALSE), >, 0);
  for (int on = 0; on < 2; on++)
    {
      guint confirmed = sql_int (fixture, "SELECT count(*) FROM answering_machine_events "
                                          "WHERE boundary_at >= ?1 AND boundary_at < ?2 AND switched_on = ?4", on);

      g_assert_cmpuint (acc_stats_get_boundaries_confirmed (stats, on), ==, confirmed);
      g_assert_cmpuint (confirmed, <=, acc_stats_get_boundaries_expected (stats, on));
    }
}

static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStats) stats = acc_repository_compute_stats (fixture->repository, fixture->to_us, fixture->from_us, &error);

  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_null (stats);
}

static void
stats_ready (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AccStats **stats = user_data;
  g_autoptr(GError) error = NULL;

  *stats = acc_repository_compute_stats_finish (ACC_REPOSITORY (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AccStats) sync = compute (fixture);
  g_autoptr(AccStats) async = NULL;

  acc_repository_compute_stats_async (fixture->repository, fixture->from_us, fixture->to_us, NULL,
                                      stats_ready, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (acc_stats_get_count (async, 0), ==, acc_stats_get_count (sync, 0));
  g_assert_cmpuint (acc_stats_get_count (async, 1), ==, acc_stats_get_count (sync, 1));
  g_assert_cmpuint (acc_stats_get_message_count (async), ==, acc_stats_get_message_count (sync));
  g_assert_cmpuint (acc_stats_get_boundaries_confirmed (async, FALSE), ==,
                    acc_stats_get_boundaries_confirmed (sync, FALSE));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in the output:\n%s", needle, haystack);
}

static void
test_cli_json (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AccStats) stats = compute (fixture);
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (fixture->from_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (fixture->to_us / G_USEC_PER_SEC - 1);
  g_autofree char *from_text = g_date_time_format (from, "%Y-%m-%d");
  g_autofree char *to_text = g_date_time_format (last, "%Y-%m-%d");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const char *argv[] = { g_getenv ("ACCUEIL_CLI_BIN"), "--database", fixture->path, "stats",
                         "--from", from_text, "--to", to_text, "--format", "json", NULL };
  int status = 0;

  if (argv[0] == NULL)
    {
      g_test_skip ("ACCUEIL_CLI_BIN is not set");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("accueil-cli stats failed: %s", err);

  /* The same numbers as the core's, each checked against SQL above; the
   * counts once more against SQL here. */
  for (int channel = 0; channel < 2; channel++)
    {
      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("\"%s\": {\n    \"count\": %u,\n    \"outcomes\": { \"answered\": %u, "
                                  "\"transferred\": %u, \"oriented\": %u, \"message\": %u }",
                                  channel == 0 ? "calls" : "visits",
                                  (guint) sql_int (fixture, "SELECT count(*) FROM interactions WHERE started_at >= ?1 "
                                                            "AND started_at < ?2 AND channel = ?4", channel),
                                  acc_stats_get_outcome_count (stats, channel, 0),
                                  acc_stats_get_outcome_count (stats, channel, 1),
                                  acc_stats_get_outcome_count (stats, channel, 2),
                                  acc_stats_get_outcome_count (stats, channel, 3));
      assert_contains (out, expected);
      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("\"checklist\": { \"%s\": %u",
                                  channel == 0 ? "greeted" : "introduced",
                                  acc_stats_get_step_count (stats, channel, 0));
      assert_contains (out, expected);
    }
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\"messages\": {\n    \"count\": %u,\n    \"read\": %u,",
                              (guint) sql_int (fixture, "SELECT count(*) FROM messages WHERE created_at >= ?1 "
                                                        "AND created_at < ?2", 0),
                              acc_stats_get_messages_read (stats));
  assert_contains (out, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\"overdue_now\": %u", acc_stats_get_messages_overdue_now (stats));
  assert_contains (out, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\"slot_starts\": { \"expected\": %u, \"confirmed\": %u }",
                              acc_stats_get_boundaries_expected (stats, FALSE),
                              acc_stats_get_boundaries_confirmed (stats, FALSE));
  assert_contains (out, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\"slot_ends\": { \"expected\": %u, \"confirmed\": %u }",
                              acc_stats_get_boundaries_expected (stats, TRUE),
                              acc_stats_get_boundaries_confirmed (stats, TRUE));
  assert_contains (out, expected);
}

/* The « dossier d'audit »: one PDF with every table, read back with
 * pdftotext. */
static void
test_cli_pdf (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(AccStats) stats = compute (fixture);
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (fixture->from_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (fixture->to_us / G_USEC_PER_SEC - 1);
  g_autofree char *from_text = g_date_time_format (from, "%Y-%m-%d");
  g_autofree char *to_text = g_date_time_format (last, "%Y-%m-%d");
  g_autofree char *pdf = g_build_filename (fixture->folder, "audit.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("ACCUEIL_CLI_BIN"), "--database", fixture->path, "stats",
                         "--from", from_text, "--to", to_text, "--format", "pdf", "--output", pdf, NULL };
  const char *to_text_argv[] = { pdftotext, "-layout", pdf, "-", NULL };
  int status = 0;

  if (argv[0] == NULL || pdftotext == NULL)
    {
      g_test_skip ("ACCUEIL_CLI_BIN is not set or pdftotext is missing");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("accueil-cli stats --format pdf failed: %s", err);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_spawn_sync (NULL, (char **) to_text_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  assert_contains (text, "Audit file");
  assert_contains (text, "Outcomes");
  assert_contains (text, "Orientations by body");
  assert_contains (text, "Procedure checklist");
  assert_contains (text, "Calls by day of the week and hour");
  /* Numbered as one document: page i of n on the i-th page. */
  {
    g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
    guint n_pages = g_strv_length (pages) - 1;   /* after the last \f: nothing */

    g_assert_cmpuint (n_pages, >, 1);
    for (guint i = 0; i < n_pages; i++)
      {
        g_autofree char *foot = g_strdup_printf ("page %u / %u", i + 1, n_pages);

        assert_contains (pages[i], foot);
      }
  }
  /* The summary's counts, on lines of their own. */
  expected = g_strdup_printf ("%u\n", acc_stats_get_count (stats, ACC_CHANNEL_PHONE));
  assert_contains (text, expected);
}

int
main (int    argc,
      char **argv)
{
  /* Local time is the organisation's: the same for the core and for
   * SQLite's 'localtime' here. */
  g_setenv ("TZ", "Europe/Paris", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stats/interactions", Fixture, NULL, fixture_set_up, test_interactions, fixture_tear_down);
  g_test_add ("/stats/messages", Fixture, NULL, fixture_set_up, test_messages, fixture_tear_down);
  g_test_add ("/stats/answering-machine", Fixture, NULL, fixture_set_up, test_answering_machine, fixture_tear_down);
  g_test_add ("/stats/empty-period", Fixture, NULL, fixture_set_up, test_empty_period, fixture_tear_down);
  g_test_add ("/stats/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/stats/cli-json", Fixture, NULL, fixture_set_up, test_cli_json, fixture_tear_down);
  g_test_add ("/stats/cli-pdf", Fixture, NULL, fixture_set_up, test_cli_pdf, fixture_tear_down);

  return g_test_run ();
}
