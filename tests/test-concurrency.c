/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-concurrency.c — two writer processes (crash-writer, from
 * ACCUEIL_WRITER_BIN) on one database file at the same time, 5,000 calls
 * each, one transaction per call as the GUI saves them: no error reaches
 * either of them (busy_timeout and BEGIN IMMEDIATE absorb SQLITE_BUSY),
 * 10,000 rows afterwards, and acc_repository_check() finds nothing wrong.
 */
#include "acc-core.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#define N_WRITERS 2
#define N_PER_WRITER 5000

static void
remove_folder (const char *folder)
{
  GDir *dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (folder);
}

static gint64
count_rows (const char *database,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (database, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_two_writers (void)
{
  const char *writer = g_getenv ("ACCUEIL_WRITER_BIN");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *database = NULL;
  g_autofree char *recipient = NULL;
  g_autofree char *count = g_strdup_printf ("%d", N_PER_WRITER);
  g_auto(GStrv) problems = NULL;
  GPid pids[N_WRITERS];
  int outs[N_WRITERS];
  int errs[N_WRITERS];
  gint64 first_id[N_WRITERS];
  gint64 last_id[N_WRITERS];
  gint64 started;

  if (writer == NULL)
    {
      g_test_skip ("ACCUEIL_WRITER_BIN is not set");
      return;
    }
  folder = g_dir_make_tmp ("accueil-concurrency-XXXXXX", &error);
  g_assert_no_error (error);
  database = g_build_filename (folder, "test.db", NULL);

  /* The file is created (and migrated) before the writers start. */
  {
    g_autoptr(AccRepository) repo = acc_repository_open (database, &error);
    g_autoptr(AccStaffMember) member = acc_staff_member_new ("Véronique Martin", ACC_ROLE_SUPERVISOR);

    g_assert_no_error (error);
    g_assert_true (acc_repository_save_staff (repo, member, &error));
    g_assert_no_error (error);
    recipient = g_strdup_printf ("%" G_GINT64_FORMAT, acc_staff_member_get_id (member));
  }

  started = g_get_monotonic_time ();
  for (int w = 0; w < N_WRITERS; w++)
    {
      g_autofree char *tag = g_strdup_printf ("w%d", w);
      const char *argv[] = { writer, database, recipient, count, tag, NULL };

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pids[w], NULL, &outs[w], &errs[w], &error));
      g_assert_no_error (error);
    }

  for (int w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GIOChannel) out_channel = g_io_channel_unix_new (outs[w]);
      g_autoptr(GIOChannel) err_channel = g_io_channel_unix_new (errs[w]);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) lines = NULL;
      int status = 0;

      /* Each writer's stdout is read to its end while the other runs too:
       * a full pipe would only slow the writer, never deadlock, as stderr
       * stays near empty unless something fails. */
      g_io_channel_set_close_on_unref (out_channel, TRUE);
      g_io_channel_set_close_on_unref (err_channel, TRUE);
      g_io_channel_set_encoding (out_channel, NULL, NULL);
      g_io_channel_set_encoding (err_channel, NULL, NULL);
      g_io_channel_read_to_end (out_channel, &out, NULL, &error);
      g_assert_no_error (error);
      g_io_channel_read_to_end (err_channel, &err, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (waitpid (pids[w], &status, 0), ==, pids[w]);
      g_spawn_close_pid (pids[w]);

      g_assert_cmpstr (err, ==, "");
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      lines = g_strsplit (g_strchomp (out), "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, N_PER_WRITER);
      first_id[w] = g_ascii_strtoll (lines[0], NULL, 10);
      last_id[w] = g_ascii_strtoll (lines[N_PER_WRITER - 1], NULL, 10);
    }
  /* The two really wrote at the same time: their rows are interleaved. */
  g_assert_cmpint (first_id[0], <, last_id[1]);
  g_assert_cmpint (first_id[1], <, last_id[0]);
  g_test_message ("%d writers x %d calls: %.1f s", N_WRITERS, N_PER_WRITER,
                  (g_get_monotonic_time () - started) / 1e6);

  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM interactions"), ==, N_WRITERS * N_PER_WRITER);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM messages"), ==, N_WRITERS * (N_PER_WRITER / 2));
  g_assert_cmpint (count_rows (database, "SELECT count(DISTINCT name) FROM interactions"), ==, N_WRITERS * N_PER_WRITER);

  {
    g_autoptr(AccRepository) repo = acc_repository_open (database, &error);

    g_assert_no_error (error);
    g_assert_true (acc_repository_check (repo, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems != NULL ? g_strv_length (problems) : 0, ==, 0);
  }

  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/concurrency/two-writers", test_two_writers);
  return g_test_run ();
}
