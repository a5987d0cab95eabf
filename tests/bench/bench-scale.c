/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-scale.c — Accueil on a million calls (issue 8): every figure beside
 * its baseline, measured in the same run, and whether its goal is met.
 *
 * The database (`accueil-cli demo --contacts 100000 --calls 1000000
 * --visits 200000 --messages 100000`) is built once and kept at --db; it is
 * built again only when missing or of another schema version.
 *
 *  - start to the first frame painted with rows, and peak RSS: accueil with
 *    ACCUEIL_BENCH_FIRST_FRAME=1 (src/gui/acc-bench-hook.c) beside
 *    bench-floor, a minimal GTK window with an empty list, started the same
 *    way; the time from just before the spawn to the child's own
 *    "first-frame" stamp (the same monotonic clock), the peak RSS from
 *    wait4(); median of --runs of each, interleaved;
 *  - the contacts look-up as you type (acc_repository_search_contacts(),
 *    1 to 6 characters, with and without accents, phone digits) beside the
 *    same statements, bound the same way and reading the same columns,
 *    straight through the sqlite3 C API (the SQL is the product's, from
 *    _acc_contact_search_sql()); interleaved, after a warm-up of both;
 *  - keystroke to results painted in the call form and memory after
 *    scrolling the whole calls book: bench-gui, the real widgets in one
 *    process;
 *  - exporting the calls to CSV with accueil-cli beside `sqlite3 -csv` on
 *    the same query (_acc_book_export_sql());
 *  - saving a call with its message (acc_repository_save_interaction());
 *    the rows saved are removed afterwards, the database stays as built.
 *
 * Runs under a display: `build-aux/dev bench` starts it through
 * tests/run-with-display.sh (Xvfb, GSK_RENDERER=cairo, its own D-Bus).
 * Exits 0 when every goal is met, 1 when one is missed, 2 on failure. Not
 * a test: benchmarks are programs with a printed table. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "acc-core.h"
#include "acc-repository-private.h"
#include "lookup-timing.h"

#define LOOKUP_ROUNDS 30
#define SAVES 1000
#define EXPORT_RUNS 3
#define START_TIMEOUT_S 120

typedef struct
{
  const char *db;
  const char *cli;
  const char *app;
  const char *floor;
  const char *gui;
  const char *sqlite3;
  int runs;
  int scroll_steps;
  gboolean all_met;
} Bench;

/* The table ---------------------------------------------------------------- */

/* 1000000 → "1,000,000", as the issue writes counts. */
static char *
format_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  GString *text = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && g_ascii_isdigit (digits[i - 1]))
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

static GString *table;
static GString *notes;

static void
row (Bench      *bench,
     const char *what,
     const char *ours,
     const char *baseline,
     const char *goal,
     gboolean    met)
{
  g_string_append_printf (table, "| %s | %s | %s | %s | %s |\n",
                          what, ours, baseline, goal, met ? "met" : "MISSED");
  if (!met)
    bench->all_met = FALSE;
}

static void
print_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *meminfo = NULL;
  g_autofree char *model = NULL;
  guint64 ram_kb = 0;
  const char *line;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL)
      && (line = strstr (cpuinfo, "model name")) != NULL)
    {
      const char *colon = strchr (line, ':');
      const char *end = strchr (line, '\n');

      if (colon != NULL && end != NULL && colon < end)
        model = g_strstrip (g_strndup (colon + 1, end - colon - 1));
    }
  if (g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL)
      && (line = strstr (meminfo, "MemTotal:")) != NULL)
    ram_kb = g_ascii_strtoull (line + strlen ("MemTotal:"), NULL, 10);

  printf ("Machine: %s, %u cores, %.0f GiB RAM; SQLite %s, GLib %u.%u.%u\n",
           model != NULL ? model : "unknown CPU", g_get_num_processors (),
           ram_kb / 1048576.0, sqlite3_libversion (),
           glib_major_version, glib_minor_version, glib_micro_version);
}

/* Processes ------------------------------------------------------------ */

typedef struct
{
  gboolean ok;
  double seconds;        /* spawn to exit */
  gint64 stamp_us;       /* "first-frame N" from the child, 0 when none */
  gint64 spawned_us;     /* g_get_monotonic_time () just before the spawn */
  guint64 max_rss_kb;
  char *out;
} Child;

static void
child_clear (Child *child)
{
  g_clear_pointer (&child->out, g_free);
}

/* Runs @argv with @envp, reading its stdout; its stderr is ours (what
 * goes wrong is seen) unless @quiet. Its peak RSS from wait4(). Killed
 * after @timeout_s. */
static Child
run_child (const char * const *argv,
           char              **envp,
           gboolean            quiet,
           int                 timeout_s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Child child = { FALSE, 0, 0, 0, 0, NULL };
  struct rusage usage;
  GPid pid;
  int out_fd, status = 0;
  gint64 start_ns, deadline;
  const char *stamp;

  child.spawned_us = g_get_monotonic_time ();
  start_ns = lookup_timing_now_ns ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH
                                 | (quiet ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("Cannot run %s: %s\n", argv[0], error->message);
      return child;
    }
  deadline = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;
  for (;;)
    {
      struct pollfd fd = { out_fd, POLLIN, 0 };
      gint64 left = deadline - g_get_monotonic_time ();
      char buffer[4096];
      ssize_t n;

      if (left <= 0)
        {
          g_printerr ("%s took more than %d s: stopped\n", argv[0], timeout_s);
          kill (pid, SIGKILL);
          break;
        }
      if (poll (&fd, 1, (int) MIN (left / 1000 + 1, 1000)) < 0 && errno != EINTR)
        break;
      if (fd.revents == 0)
        continue;
      n = read (out_fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (out, buffer, n);
    }
  close (out_fd);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  child.seconds = (lookup_timing_now_ns () - start_ns) / 1e9;
  child.max_rss_kb = (guint64) usage.ru_maxrss;
  child.ok = WIFEXITED (status) && WEXITSTATUS (status) == 0;
  if (!child.ok)
    g_printerr ("%s failed (status %d)\n", argv[0], status);
  stamp = strstr (out->str, "first-frame ");
  if (stamp != NULL)
    child.stamp_us = g_ascii_strtoll (stamp + strlen ("first-frame "), NULL, 10);
  child.out = g_string_free (g_steal_pointer (&out), FALSE);
  return child;
}

/* The value of "key N" in a child's output, or -1. */
static double
child_value (const Child *child,
             const char  *key)
{
  g_autofree char *needle = g_strconcat (key, " ", NULL);
  const char *found = child->out != NULL ? strstr (child->out, needle) : NULL;

  while (found != NULL && found != child->out && found[-1] != '\n')
    found = strstr (found + 1, needle);
  return found != NULL ? g_ascii_strtod (found + strlen (needle), NULL) : -1;
}

/* The database ----------------------------------------------------------- */

static int
schema_version_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return -1;
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
}

static gboolean
ensure_database (Bench *bench)
{
  g_autofree char *building = g_strconcat (bench->db, ".building", NULL);
  g_autofree char *dir = g_path_get_dirname (bench->db);
  const char *argv[] = {
    bench->cli, "--database", building, "demo",
    "--contacts", "100000", "--calls", "1000000", "--visits", "200000", "--messages", "100000",
    NULL,
  };
  Child child;
  int version = schema_version_of (bench->db);

  if (version == acc_repository_latest_schema_version ())
    {
      printf ("Database: %s (kept; delete it to build it again)\n", bench->db);
      return TRUE;
    }
  if (version >= 0)
    printf ("Database: schema version %d, this build's is %d: building it again\n",
             version, acc_repository_latest_schema_version ());
  g_mkdir_with_parents (dir, 0700);
  remove_database (bench->db);
  remove_database (building);
  printf ("Database: building %s (accueil-cli demo: 100,000 contacts, 1,000,000 calls, "
           "200,000 visits, 100,000 messages)…\n", bench->db);
  child = run_child (argv, NULL, FALSE, 3600);
  child_clear (&child);
  if (!child.ok)
    return FALSE;
  printf ("Database: built in %.0f s\n", child.seconds);
  /* Only a complete database gets the name: an interrupted build is
   * built again next time. */
  remove_database (bench->db);
  return g_rename (building, bench->db) == 0;
}

/* Start to the first frame ------------------------------------------------- */

static char **
child_environment (const char *db,
                   gboolean    first_frame)
{
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "ACCUEIL_DATABASE", db, TRUE);
  if (first_frame)
    envp = g_environ_setenv (envp, "ACCUEIL_BENCH_FIRST_FRAME", "1", TRUE);
  return envp;
}

static gboolean
bench_first_frame (Bench *bench)
{
  g_auto(GStrv) app_env = child_environment (bench->db, TRUE);
  g_auto(GStrv) floor_env = child_environment (bench->db, FALSE);
  g_autoptr(GArray) app_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_rss = g_array_new (FALSE, FALSE, sizeof (double));
  const char *app_argv[] = { bench->app, "--database", bench->db, NULL };
  const char *floor_argv[] = { bench->floor, NULL };
  g_autofree char *ours = NULL;
  g_autofree char *baseline = NULL;
  g_autofree char *ours_rss = NULL;
  g_autofree char *baseline_rss = NULL;
  double app_median, floor_median, app_rss_median, floor_rss_median;

  /* One of each first, not counted: the files in the page cache. */
  for (int i = -1; i < bench->runs; i++)
    {
      Child floor = run_child (floor_argv, floor_env, FALSE, START_TIMEOUT_S);
      Child app = run_child (app_argv, app_env, FALSE, START_TIMEOUT_S);

      if (!floor.ok || floor.stamp_us == 0 || !app.ok || app.stamp_us == 0)
        {
          g_printerr ("First frame: %s printed no first-frame line\n",
                      floor.stamp_us == 0 ? "bench-floor" : "accueil");
          child_clear (&floor);
          child_clear (&app);
          return FALSE;
        }
      if (i >= 0)
        {
          double v;

          v = app.stamp_us - app.spawned_us;
          g_array_append_val (app_us, v);
          v = floor.stamp_us - floor.spawned_us;
          g_array_append_val (floor_us, v);
          v = app.max_rss_kb;
          g_array_append_val (app_rss, v);
          v = floor.max_rss_kb;
          g_array_append_val (floor_rss, v);
        }
      child_clear (&floor);
      child_clear (&app);
    }

  app_median = lookup_timing_percentile (app_us, 50);
  floor_median = lookup_timing_percentile (floor_us, 50);
  app_rss_median = lookup_timing_percentile (app_rss, 50);
  floor_rss_median = lookup_timing_percentile (floor_rss, 50);

  ours = g_strdup_printf ("%.0f ms (%.2f× the floor)", app_median / 1e3, app_median / MAX (floor_median, 1));
  baseline = g_strdup_printf ("%.0f ms", floor_median / 1e3);
  {
    g_autofree char *what = g_strdup_printf ("Start to first frame with rows (GSK_RENDERER=cairo, Xvfb), median of %d",
                                             bench->runs);
    row (bench, what, ours, baseline, "≤ 1.5× the floor", app_median <= 1.5 * floor_median);
  }
  ours_rss = g_strdup_printf ("%.1f MB (floor + %.1f MB)", app_rss_median / 1024.0,
                              (app_rss_median - floor_rss_median) / 1024.0);
  baseline_rss = g_strdup_printf ("%.1f MB", floor_rss_median / 1024.0);
  row (bench, "Peak RSS up to that frame", ours_rss, baseline_rss, "≤ the floor + 40 MB",
       app_rss_median <= floor_rss_median + 40 * 1024);
  return TRUE;
}

/* The look-up ----------------------------------------------------------- */

static gboolean
bench_lookup (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repository = acc_repository_open (bench->db, &error);
  g_autoptr(LookupTimingRaw) raw = NULL;
  g_autoptr(GPtrArray) texts = lookup_timing_texts ();
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func ((GDestroyNotify) lookup_timing_query_free);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *ours_text = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *what = NULL;
  double ours_p50, ours_p95, plain_p50, plain_p95;

  if (repository == NULL || (raw = lookup_timing_raw_open (bench->db, &error)) == NULL)
    {
      g_printerr ("Look-up: %s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < texts->len; i++)
    {
      LookupTimingQuery *query = lookup_timing_query_new (g_ptr_array_index (texts, i));

      if (query != NULL)
        g_ptr_array_add (queries, query);
    }

  /* Round -1 warms both up; then each text through both, the order
   * alternating, so that neither always runs on a cache the other warmed. */
  for (int round = -1; round < LOOKUP_ROUNDS; round++)
    for (guint q = 0; q < queries->len; q++)
      {
        const LookupTimingQuery *query = g_ptr_array_index (queries, q);
        const char *text = lookup_timing_query_text (query);
        gboolean ours_first = (round + q) % 2 == 0;
        double ours_ms = 0, plain_ms = 0;
        guint n_ours = 0, n_plain = 0;

        for (int pass = 0; pass < 2; pass++)
          {
            gint64 start = lookup_timing_now_ns ();

            if ((pass == 0) == ours_first)
              {
                g_autoptr(GPtrArray) found = acc_repository_search_contacts (repository, text,
                                                                             LOOKUP_TIMING_LIMIT, &error);

                if (found == NULL)
                  g_error ("Look-up of “%s”: %s", text, error->message);
                n_ours = found->len;
                ours_ms = (lookup_timing_now_ns () - start) / 1e6;
              }
            else
              {
                n_plain = lookup_timing_raw_run (raw, query, NULL);
                plain_ms = (lookup_timing_now_ns () - start) / 1e6;
              }
          }
        if (n_ours != n_plain)
          g_error ("Look-up of “%s”: %u contacts through the repository, %u through sqlite3", text, n_ours, n_plain);
        if (round >= 0)
          {
            g_array_append_val (ours, ours_ms);
            g_array_append_val (plain, plain_ms);
          }
      }

  ours_p50 = lookup_timing_percentile (ours, 50);
  ours_p95 = lookup_timing_percentile (ours, 95);
  plain_p50 = lookup_timing_percentile (plain, 50);
  plain_p95 = lookup_timing_percentile (plain, 95);
  ours_text = g_strdup_printf ("p50 %.2f ms, p95 %.2f ms (%.2f× raw)", ours_p50, ours_p95,
                               ours_p95 / MAX (plain_p95, 1e-6));
  plain_text = g_strdup_printf ("p50 %.2f ms, p95 %.2f ms (same SQL, sqlite3 C API)", plain_p50, plain_p95);
  what = g_strdup_printf ("Contact look-up as you type, %u texts of 1 to 6 characters × %d rounds",
                          queries->len, LOOKUP_ROUNDS);
  row (bench, what, ours_text, plain_text, "p95 ≤ 10 ms and ≤ 1.5× raw",
       ours_p95 <= 10.0 && ours_p95 <= 1.5 * plain_p95);
  return TRUE;
}

/* The real widgets ------------------------------------------------------ */

static gboolean
bench_gui (Bench *bench)
{
  g_auto(GStrv) envp = child_environment (bench->db, FALSE);
  g_autofree char *steps = g_strdup_printf ("%d", bench->scroll_steps);
  const char *argv[] = { bench->gui, steps, NULL };
  g_autofree char *ours = NULL;
  g_autofree char *baseline = NULL;
  g_autofree char *what = NULL;
  g_autofree char *count = NULL;
  Child child = run_child (argv, envp, FALSE, 1800);
  double p50 = child_value (&child, "keystroke-p50-us");
  double p95 = child_value (&child, "keystroke-p95-us");
  double n = child_value (&child, "keystrokes");
  double lost = child_value (&child, "keystrokes-lost");
  double before = child_value (&child, "rss-before-kb");
  double after = child_value (&child, "rss-after-kb");
  double seconds = child_value (&child, "scroll-seconds");
  double rows = child_value (&child, "rows");
  gboolean ok = child.ok && p95 >= 0 && before > 0 && after > 0;

  if (!ok)
    {
      g_printerr ("bench-gui failed; its output:\n%s\n", child.out != NULL ? child.out : "");
      child_clear (&child);
      return FALSE;
    }

  /* Which texts showed nothing new: worth knowing when the row is missed. */
  {
    g_auto(GStrv) lines = g_strsplit (child.out, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "lost "))
        g_string_append_printf (notes, "- Call form: typing “%s” showed no new results within 5 s\n",
                                lines[i] + strlen ("lost "));
  }
  what = g_strdup_printf ("Keystroke to results painted in the call form, %.0f keystrokes", n);
  ours = g_strdup_printf ("p50 %.0f ms, p95 %.0f ms%s", p50 / 1e3, p95 / 1e3,
                          lost > 0 ? " (some showed nothing new)" : "");
  row (bench, what, ours, "—", "p95 ≤ 100 ms", p95 <= 100e3 && lost <= 0);
  g_clear_pointer (&what, g_free);
  g_clear_pointer (&ours, g_free);

  count = format_count ((gint64) rows);
  what = g_strdup_printf ("Memory after scrolling the calls book (%s rows) top to bottom, %d painted steps in %.0f s",
                          count, bench->scroll_steps, seconds);
  ours = g_strdup_printf ("%.1f MB (+%.1f MB)", after / 1024.0, (after - before) / 1024.0);
  baseline = g_strdup_printf ("%.1f MB before the scroll", before / 1024.0);
  row (bench, what, ours, baseline, "≤ before + 20 MB", after <= before + 20 * 1024);
  child_clear (&child);
  return TRUE;
}

/* The export ------------------------------------------------------------ */

static gboolean
bench_export (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accueil-bench-XXXXXX", &error);
  g_autofree char *ours_csv = NULL;
  g_autofree char *raw_csv = NULL;
  g_autofree char *channel = g_strdup_printf (".parameter set :channel %d", ACC_CHANNEL_PHONE);
  g_autofree char *output = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *baseline = NULL;
  g_autoptr(GArray) ours_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *what = NULL;
  g_autofree char *count = NULL;
  double ours_median, raw_median;
  gint64 n_calls = 0;

  if (dir == NULL)
    {
      g_printerr ("Export: %s\n", error->message);
      return FALSE;
    }
  ours_csv = g_build_filename (dir, "calls.csv", NULL);
  raw_csv = g_build_filename (dir, "raw.csv", NULL);
  output = g_strdup_printf (".output %s", raw_csv);

  for (int i = 0; i < EXPORT_RUNS; i++)
    {
      /* Every call: the demo's are within the past six months. */
      const char *ours_argv[] = {
        bench->cli, "--database", bench->db, "export", "calls", "--format", "csv",
        "--from", "2000-01-01", "--to", "2099-12-31", "--output", ours_csv, NULL,
      };
      const char *raw_argv[] = {
        bench->sqlite3, "-csv", "-separator", ";", bench->db,
        ".parameter init", channel, ".parameter set :from 0",
        ".parameter set :to 9223372036854775807", output, _acc_book_export_sql (ACC_BOOK_CALLS), NULL,
      };
      /* accueil-cli says how many rows it wrote, on stderr: not in the table. */
      Child a = run_child (ours_argv, NULL, TRUE, 1800);
      Child b = run_child (raw_argv, NULL, TRUE, 1800);
      gboolean ok = a.ok && b.ok;

      g_array_append_val (ours_s, a.seconds);
      g_array_append_val (raw_s, b.seconds);
      child_clear (&a);
      child_clear (&b);
      if (!ok)
        return FALSE;
    }
  {
    GStatBuf ours_stat, raw_stat;

    if (g_stat (ours_csv, &ours_stat) != 0 || g_stat (raw_csv, &raw_stat) != 0
        || ours_stat.st_size < 1000000 || raw_stat.st_size < 1000000)
      {
        g_printerr ("Export: a CSV file is missing or nearly empty\n");
        return FALSE;
      }
  }
  g_remove (ours_csv);
  g_remove (raw_csv);
  g_rmdir (dir);

  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_open_v2 (bench->db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
        && sqlite3_prepare_v2 (db, "SELECT count(*) FROM interactions WHERE channel = ?", -1, &stmt, NULL) == SQLITE_OK)
      {
        sqlite3_bind_int (stmt, 1, ACC_CHANNEL_PHONE);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          n_calls = sqlite3_column_int64 (stmt, 0);
      }
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  ours_median = lookup_timing_percentile (ours_s, 50);
  raw_median = lookup_timing_percentile (raw_s, 50);
  ours = g_strdup_printf ("%.1f s (%.2f× sqlite3)", ours_median, ours_median / MAX (raw_median, 1e-6));
  baseline = g_strdup_printf ("%.1f s", raw_median);
  count = format_count (n_calls);
  what = g_strdup_printf ("Export of the %s calls to CSV (accueil-cli), median of %d", count, EXPORT_RUNS);
  row (bench, what, ours, baseline, "≤ 2× sqlite3", ours_median <= 2 * raw_median);
  return TRUE;
}

/* Saving ---------------------------------------------------------------- */

static gint64
max_id (sqlite3    *db,
        const char *table_name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(id), 0) FROM %s", table_name);
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* What the saves added goes: the database stays as the demo built it. */
static gboolean
remove_saved (sqlite3 *db,
              gint64   last_interaction,
              gint64   last_message)
{
  g_autofree char *sql = g_strdup_printf (
    "BEGIN IMMEDIATE;"
    "DELETE FROM message_events WHERE message_id > %" G_GINT64_FORMAT ";"
    "DELETE FROM messages WHERE id > %" G_GINT64_FORMAT ";"
    "DELETE FROM interaction_documents WHERE interaction_id > %" G_GINT64_FORMAT ";"
    "DELETE FROM interaction_changes WHERE interaction_id > %" G_GINT64_FORMAT ";"
    "DELETE FROM interactions WHERE id > %" G_GINT64_FORMAT ";"
    "COMMIT;",
    last_message, last_message, last_interaction, last_interaction, last_interaction);
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_printerr ("Removing the saved calls: %s\n", message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
bench_save (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repository = acc_repository_open (bench->db, &error);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *ours = NULL;
  sqlite3 *db = NULL;
  gint64 last_interaction, last_message;
  gint64 agent_id = 0, recipient_id = 0;
  gboolean ok = TRUE;
  double p50, p99;

  if (repository == NULL)
    {
      g_printerr ("Save: %s\n", error->message);
      return FALSE;
    }
  staff = acc_repository_list_staff (repository, TRUE, &error);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);

      if (acc_staff_member_get_role (member) == ACC_ROLE_RECEPTION && agent_id == 0)
        agent_id = acc_staff_member_get_id (member);
      else if (acc_staff_member_get_role (member) == ACC_ROLE_SUPERVISOR && recipient_id == 0)
        recipient_id = acc_staff_member_get_id (member);
    }
  if (agent_id == 0 || recipient_id == 0 || sqlite3_open_v2 (bench->db, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_printerr ("Save: no agent, no supervisor or no database\n");
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_busy_timeout (db, 10000);
  last_interaction = max_id (db, "interactions");
  last_message = max_id (db, "messages");

  /* As the call form saves a call that ends with a message. */
  for (guint i = 0; i < SAVES && ok; i++)
    {
      g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
      g_autoptr(AccMessage) message = acc_message_new ();
      g_autofree char *name = g_strdup_printf ("Appelant de mesure %u", i);
      gint64 now_us = g_get_real_time ();
      gint64 start;
      double ms;

      acc_interaction_set_started_at (call, now_us - 2 * 60 * G_USEC_PER_SEC);
      acc_interaction_set_ended_at (call, now_us);
      acc_interaction_set_staff_id (call, agent_id);
      acc_interaction_set_name (call, name);
      acc_interaction_set_phone (call, "+33612345678");
      acc_interaction_set_reason (call, "Demande de rappel");
      acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);
      acc_message_set_taken_by_id (message, agent_id);
      acc_message_set_recipient_id (message, recipient_id);
      acc_message_set_name (message, name);
      acc_message_set_phone (message, "+33612345678");
      acc_message_set_reason (message, "Demande de rappel");
      acc_message_set_body (message, "Merci de rappeler avant 17 h, « c’est urgent ».");

      start = lookup_timing_now_ns ();
      ok = acc_repository_save_interaction (repository, call, message, &error);
      ms = (lookup_timing_now_ns () - start) / 1e6;
      g_array_append_val (times, ms);
    }
  if (!ok)
    g_printerr ("Save: %s\n", error->message);
  g_clear_object (&repository);
  ok = remove_saved (db, last_interaction, last_message) && ok;
  sqlite3_close (db);
  if (!ok)
    return FALSE;

  p50 = lookup_timing_percentile (times, 50);
  p99 = lookup_timing_percentile (times, 99);
  ours = g_strdup_printf ("p50 %.2f ms, p99 %.2f ms", p50, p99);
  row (bench, "Saving a call with its message, 1,000 saves", ours, "—", "p99 ≤ 5 ms", p99 <= 5.0);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— Accueil on a million calls");
  g_autoptr(GError) error = NULL;
  Bench bench = { NULL, "accueil-cli", "accueil", "bench-floor", "bench-gui", "sqlite3", 5, 1000, TRUE };
  g_autofree char *db = NULL;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The big database, built when missing", "FILE" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &bench.cli, "accueil-cli", "PATH" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &bench.app, "accueil", "PATH" },
    { "floor", 0, 0, G_OPTION_ARG_FILENAME, &bench.floor, "bench-floor", "PATH" },
    { "gui", 0, 0, G_OPTION_ARG_FILENAME, &bench.gui, "bench-gui", "PATH" },
    { "sqlite3", 0, 0, G_OPTION_ARG_FILENAME, &bench.sqlite3, "The sqlite3 shell", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &bench.runs, "Starts of each program (default 5)", "N" },
    { "scroll-steps", 0, 0, G_OPTION_ARG_INT, &bench.scroll_steps, "Painted steps of the scroll (default 1000)", "N" },
    { NULL }
  };
  gboolean ok;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || db == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: bench-scale --db FILE [OPTION…]");
      return 2;
    }
  bench.db = db;
  bench.runs = MAX (bench.runs, 1);
  bench.scroll_steps = MAX (bench.scroll_steps, 1);
  table = g_string_new (NULL);
  notes = g_string_new (NULL);
  /* The progress lines show as they come, through a pipe too. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  print_machine ();
  if (!ensure_database (&bench))
    return 2;

  g_string_append (table, "| What is measured | Accueil | Baseline, same run | Goal | |\n");
  g_string_append (table, "|---|---|---|---|---|\n");
  printf ("Measuring: the start…\n");
  ok = bench_first_frame (&bench);
  if (ok)
    printf ("Measuring: the contact look-up…\n");
  ok = ok && bench_lookup (&bench);
  if (ok)
    printf ("Measuring: the call form and the scroll of the calls book (bench-gui)…\n");
  ok = ok && bench_gui (&bench);
  if (ok)
    printf ("Measuring: the export of the calls…\n");
  ok = ok && bench_export (&bench);
  if (ok)
    printf ("Measuring: saving calls…\n");
  ok = ok && bench_save (&bench);

  printf ("\n%s", table->str);
  if (notes->len > 0)
    printf ("\n%s", notes->str);
  g_string_free (table, TRUE);
  g_string_free (notes, TRUE);
  if (!ok)
    {
      g_printerr ("The benchmark stopped on a failure: the table is incomplete\n");
      return 2;
    }
  printf ("\n%s\n", bench.all_met ? "Every goal met." : "Some goals MISSED.");
  return bench.all_met ? 0 : 1;
}
