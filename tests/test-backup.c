/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-backup.c — copies of the database (acc-repository-backup.c): the
 * online backup to a file, the daily copies and their retention over
 * simulated months, listing them, checking one, restoring one over a live
 * database, replacing a damaged file (its bytes kept aside), and the plain
 * reason a bad file does not open, its checksum unchanged.
 *
 * sqlite3.h is used only to damage files from outside (a schema version
 * from the future, a page count cut short).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accueil-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

typedef struct
{
  AccRepository *repo;
  const char *prefix;
  guint count;
} StaffBatch;

static gboolean
save_staff_batch (gpointer   user_data,
                  GError   **error)
{
  StaffBatch *batch = user_data;

  for (guint i = 0; i < batch->count; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %04u, agent d’accueil", batch->prefix, i);
      g_autoptr(AccStaffMember) member = acc_staff_member_new (name, ACC_ROLE_RECEPTION);

      if (!acc_repository_save_staff (batch->repo, member, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_staff (AccRepository *repo,
           const char    *prefix,
           guint          count)
{
  g_autoptr(GError) error = NULL;
  StaffBatch batch = { repo, prefix, count };

  g_assert_true (acc_repository_run_in_transaction (repo, ACC_CHANGE_STAFF, save_staff_batch, &batch, &error));
  g_assert_no_error (error);
}

static guint
count_staff (AccRepository *repo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = acc_repository_list_staff (repo, FALSE, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (staff);
}

static guint
count_staff_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (path, &error);

  g_assert_no_error (error);
  return count_staff (repo);
}

static char *
checksum_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A closed database of @n_staff rows, checkpointed: one file, no WAL. */
static void
make_database (const char *path,
               guint       n_staff)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (path, &error);

  g_assert_no_error (error);
  add_staff (repo, "Agent", n_staff);
}

/* Retention ---------------------------------------------------------------- */

/* Runs 60 (or @n_days) days of daily copies, skipping the days @skip says,
 * applying the retention after each, and checks the survivors each day. */
static void
simulate_days (guint    n_days,
               gboolean weekdays_only)
{
  g_autoptr(GArray) copies = g_array_new (FALSE, TRUE, sizeof (GDate));
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, G_DATE_SEPTEMBER, 2026);   /* a Tuesday */

  for (guint d = 0; d < n_days; d++, g_date_add_days (&day, 1))
    {
      g_autofree gboolean *keep = NULL;
      g_autoptr(GArray) kept = g_array_new (FALSE, TRUE, sizeof (GDate));
      g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
      guint n_daily = 0;

      if (weekdays_only && g_date_get_weekday (&day) >= G_DATE_SATURDAY)
        continue;

      g_array_append_val (copies, day);
      keep = g_new0 (gboolean, copies->len);
      acc_backup_select_kept ((GDate *) copies->data, copies->len, keep);

      for (guint i = 0; i < copies->len; i++)
        if (keep[i])
          g_array_append_val (kept, g_array_index (copies, GDate, i));

      /* Today's copy is always kept, and never more than 7 + 4. */
      g_assert_true (keep[copies->len - 1]);
      g_assert_cmpuint (kept->len, <=, ACC_BACKUP_KEEP_DAILY + ACC_BACKUP_KEEP_WEEKLY);
      /* Nothing is dropped while there are fewer than 7 copies. */
      if (copies->len <= ACC_BACKUP_KEEP_DAILY)
        g_assert_cmpuint (kept->len, ==, copies->len);

      /* kept is in date order: the newest 7 are the 7 newest copies made. */
      for (guint i = 0; i < MIN (kept->len, ACC_BACKUP_KEEP_DAILY); i++)
        {
          const GDate *k = &g_array_index (kept, GDate, kept->len - 1 - i);
          const GDate *c = &g_array_index (copies, GDate, copies->len - 1 - i);
          g_assert_cmpint (g_date_compare (k, c), ==, 0);
          n_daily++;
        }
      /* The older ones: one per week, in different weeks. */
      for (guint i = ACC_BACKUP_KEEP_DAILY; i < kept->len; i++)
        {
          GDate *k = &g_array_index (kept, GDate, kept->len - 1 - i);
          guint monday = g_date_get_julian (k) - (g_date_get_weekday (k) - 1);

          g_assert_false (g_hash_table_contains (weeks, GUINT_TO_POINTER (monday)));
          g_hash_table_add (weeks, GUINT_TO_POINTER (monday));
        }

      /* What the retention drops is deleted: the next day starts from
       * what is kept. */
      g_array_set_size (copies, 0);
      g_array_append_vals (copies, kept->data, kept->len);
    }

  /* After months: 7 daily and 4 weekly copies. */
  g_assert_cmpuint (copies->len, ==, ACC_BACKUP_KEEP_DAILY + ACC_BACKUP_KEEP_WEEKLY);

  /* The 4 weeks follow one another; a week wholly older than the daily
   * copies keeps its last copy: a Sunday, or a Friday when the desk is
   * closed at weekends. (The newest of the 4 may share its week with the
   * oldest daily copies, and keep an earlier day.) */
  for (guint i = 0; i < ACC_BACKUP_KEEP_WEEKLY; i++)
    {
      const GDate *weekly = &g_array_index (copies, GDate, i);
      const GDate *oldest_daily = &g_array_index (copies, GDate, ACC_BACKUP_KEEP_WEEKLY);
      guint monday = g_date_get_julian (weekly) - (g_date_get_weekday (weekly) - 1);

      if (monday + 6 < g_date_get_julian (oldest_daily))
        g_assert_cmpint (g_date_get_weekday (weekly), ==, weekdays_only ? G_DATE_FRIDAY : G_DATE_SUNDAY);
      if (i > 0)
        {
          const GDate *previous = &g_array_index (copies, GDate, i - 1);
          guint previous_monday = g_date_get_julian (previous) - (g_date_get_weekday (previous) - 1);
          g_assert_cmpuint (monday - previous_monday, ==, 7);
        }
    }
}

static void
test_retention_every_day (void)
{
  simulate_days (60, FALSE);
}

static void
test_retention_weekdays (void)
{
  simulate_days (60, TRUE);
}

/* Copies in any order, one day twice: the result does not depend on order. */
static void
test_retention_unordered (void)
{
  GDate dates[14];
  gboolean keep[14];
  guint n_kept = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_date_clear (&dates[i], 1);
      /* Every third day from 1 October, shuffled by the modulo. */
      g_date_set_dmy (&dates[i], 1, G_DATE_OCTOBER, 2026);
      g_date_add_days (&dates[i], 3 * ((i * 5) % 14));
    }

  acc_backup_select_kept (dates, G_N_ELEMENTS (dates), keep);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    n_kept += keep[i];
  /* 7 newest copies (3 days apart), then 14 days of older ones spread
   * over 3 weeks at most: each week has its newest. */
  g_assert_cmpuint (n_kept, >=, ACC_BACKUP_KEEP_DAILY + 2);
  g_assert_cmpuint (n_kept, <=, ACC_BACKUP_KEEP_DAILY + ACC_BACKUP_KEEP_WEEKLY);
  acc_backup_select_kept (dates, 0, keep);
}

/* Copies ------------------------------------------------------------------- */

/* Even while a connection is open with committed rows still in its WAL, the
 * copy has them all; it is a separate 0600 file, and an existing file is
 * refused untouched unless overwrite. */
static void
test_copy_file (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (f->path, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copie.db", NULL);
  g_autofree char *wal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  add_staff (repo, "Agent", 500);
  wal = g_strconcat (f->path, "-wal", NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (acc_backup_copy_file (f->path, copy, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (copy), ==, 0600);
  g_assert_cmpuint (count_staff_in (copy), ==, 500);
  g_assert_true (acc_backup_check_file (copy, &error));
  g_assert_no_error (error);

  /* An existing destination: refused, unchanged. */
  add_staff (repo, "Nouvel agent", 3);
  before = checksum_of (copy);
  g_assert_false (acc_backup_copy_file (f->path, copy, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  after = checksum_of (copy);
  g_assert_cmpstr (before, ==, after);

  /* Overwrite is explicit. */
  g_assert_true (acc_backup_copy_file (f->path, copy, TRUE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_staff_in (copy), ==, 503);
}

static void
record_fraction (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  acc_repository_backup_finish (ACC_REPOSITORY (source), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* The asynchronous copy reports rising fractions up to 1 on this thread's
 * main context; a cancelled one leaves no file behind. */
static void
test_copy_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (f->path, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copie.db", NULL);
  g_autofree char *cancelled_copy = g_build_filename (f->dir, "annulée.db", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_no_error (error);
  add_staff (repo, "Agent", 3000);

  acc_repository_backup_async (repo, copy, FALSE, NULL, record_fraction, fractions, on_backup_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
  g_clear_error (&error);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpuint (fractions->len, >=, 3);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_assert_cmpuint (count_staff_in (copy), ==, 3000);

  g_cancellable_cancel (cancellable);
  acc_repository_backup_async (repo, cancelled_copy, FALSE, cancellable, NULL, NULL, on_backup_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (cancelled_copy, G_FILE_TEST_EXISTS));
  /* No temporary file is left either. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "."));
}

/* Daily copies over 40 simulated days: at most one a day, in a 0700 folder,
 * listed newest first, 7 + 4 left at the end; each one sound. */
static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, 1, 9, 30, 0);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *folder = acc_backup_folder_for (f->path);
  g_autofree char *stray = NULL;
  g_autoptr(AccBackupInfo) latest = NULL;

  make_database (f->path, 20);
  /* Another file in the folder is not a copy of this database. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  stray = g_build_filename (folder, "autre-2026-10-01.db", NULL);
  g_assert_true (g_file_set_contents (stray, "x", 1, NULL));

  for (guint day = 0; day < 40; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (start, day);
      g_autoptr(GDateTime) evening = g_date_time_add_hours (now, 8);
      g_autofree char *taken = NULL;
      g_autofree char *again = NULL;

      g_assert_true (acc_backup_take_daily (f->path, now, &taken, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (taken);
      g_assert_cmpuint (file_mode (taken), ==, 0600);

      /* The same day again: nothing new. */
      g_assert_true (acc_backup_take_daily (f->path, evening, &again, NULL, &error));
      g_assert_no_error (error);
      g_assert_null (again);
    }

  g_assert_cmpuint (file_mode (folder), ==, 0700);
  list = acc_backup_list (f->path);
  g_assert_cmpuint (list->len, ==, ACC_BACKUP_KEEP_DAILY + ACC_BACKUP_KEEP_WEEKLY);
  for (guint i = 1; i < list->len; i++)
    g_assert_cmpint (g_date_compare (&((AccBackupInfo *) list->pdata[i - 1])->date,
                                     &((AccBackupInfo *) list->pdata[i])->date), >, 0);
  /* The newest is the 40th day: 9 November 2026. */
  g_assert_cmpuint (g_date_get_day (&((AccBackupInfo *) list->pdata[0])->date), ==, 9);
  g_assert_cmpuint (g_date_get_month (&((AccBackupInfo *) list->pdata[0])->date), ==, 11);
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));

  latest = acc_backup_find_latest_sound (f->path);
  g_assert_nonnull (latest);
  g_assert_cmpstr (latest->path, ==, ((AccBackupInfo *) list->pdata[0])->path);
  g_assert_cmpuint (count_staff_in (latest->path), ==, 20);
}

/* A copy left half-written by a process that ended during it is removed by
 * the next daily copy once it is an hour old; a fresh one may be another
 * process's copy in progress and stays. */
static void
test_daily_removes_stale_temporaries (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = acc_backup_folder_for (f->path);
  g_autofree char *stale = NULL;
  g_autofree char *stale_journal = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *taken = NULL;
  struct utimbuf two_hours_ago;

  make_database (f->path, 3);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  stale = g_build_filename (folder, ".accueil-2026-10-01.db.ABC123", NULL);
  stale_journal = g_strconcat (stale, "-journal", NULL);
  fresh = g_build_filename (folder, ".accueil-2026-10-02.db.DEF456", NULL);
  g_assert_true (g_file_set_contents (stale, "half a copy", -1, NULL));
  g_assert_true (g_file_set_contents (stale_journal, "its journal", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "a copy in progress", -1, NULL));
  two_hours_ago.actime = two_hours_ago.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - 2 * 3600);
  g_assert_cmpint (g_utime (stale, &two_hours_ago), ==, 0);
  g_assert_cmpint (g_utime (stale_journal, &two_hours_ago), ==, 0);

  g_assert_true (acc_backup_take_daily (f->path, NULL, &taken, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (taken);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_unlink (fresh);
}

/* A damaged newest copy is skipped for the one before. */
static void
test_latest_sound_skips_damaged (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day1 = g_date_time_new_local (2026, 10, 1, 9, 0, 0);
  g_autoptr(GDateTime) day2 = g_date_time_new_local (2026, 10, 2, 9, 0, 0);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(AccBackupInfo) latest = NULL;

  make_database (f->path, 5);
  g_assert_true (acc_backup_take_daily (f->path, day1, &first, NULL, &error));
  g_assert_true (acc_backup_take_daily (f->path, day2, &second, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (second, "pas une base", -1, NULL));

  g_assert_false (acc_backup_check_file (second, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT);
  g_clear_error (&error);

  latest = acc_backup_find_latest_sound (f->path);
  g_assert_nonnull (latest);
  g_assert_cmpstr (latest->path, ==, first);
}

/* Restoring over the live database: the connection still open sees the
 * backup's rows; the data replaced is kept aside, whole. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (f->path, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copie.db", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  add_staff (repo, "Agent", 10);
  g_assert_true (acc_backup_copy_file (f->path, copy, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  add_staff (repo, "Après la copie", 7);
  g_assert_cmpuint (count_staff (repo), ==, 17);

  /* A bad copy: refused before anything is written. */
  g_assert_true (g_file_set_contents (garbage, "garbage garbage garbage", -1, NULL));
  before = checksum_of (f->path);
  g_assert_null (acc_repository_restore (repo, garbage, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_staff (repo), ==, 17);
  after = checksum_of (f->path);
  g_assert_cmpstr (before, ==, after);

  aside = acc_repository_restore (repo, copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (strstr (aside, "accueil.db.before-restore-") != NULL);
  g_assert_cmpuint (count_staff (repo), ==, 10);
  g_assert_cmpuint (count_staff_in (aside), ==, 17);
  g_assert_cmpuint (file_mode (aside), ==, 0600);

  /* The restored database takes new rows as usual. */
  add_staff (repo, "Après la restauration", 1);
  g_assert_cmpuint (count_staff (repo), ==, 11);
}

/* Bad files ------------------------------------------------------------------ */

static void
expect_refused (const char     *path,
                AccOpenProblem  problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum_of (path);
  g_autofree char *after = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (path, &error);

  g_assert_null (repo);
  g_assert_nonnull (error);
  g_assert_cmpint (acc_open_problem_from_error (path, error), ==, problem);
  g_assert_nonnull (acc_open_problem_describe (problem));
  after = checksum_of (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_garbage (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 10000)
    g_string_append (text, "Ceci n’est pas une base de données. ");
  g_assert_true (g_file_set_contents (f->path, text->str, text->len, NULL));
  expect_refused (f->path, ACC_OPEN_PROBLEM_NOT_A_DATABASE);
}

/* A real database cut in the middle: refused as damaged at opening, not in
 * the middle of the day. */
static void
test_bad_truncated (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_database (f->path, 3000);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100 * 1024);
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  expect_refused (f->path, ACC_OPEN_PROBLEM_DAMAGED);
}

static void
test_bad_newer (Fixture       *f,
                gconstpointer  data)
{
  sqlite3 *db = NULL;

  make_database (f->path, 2);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  expect_refused (f->path, ACC_OPEN_PROBLEM_NEWER_VERSION);
}

/* Another program's database: not ours. */
static void
test_bad_foreign (Fixture       *f,
                  gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recettes (nom TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  expect_refused (f->path, ACC_OPEN_PROBLEM_NOT_A_DATABASE);
}

/* A file of 0 bytes is what Accueil itself creates before its first
 * opening: it is a new, empty database, not a bad file. */
static void
test_empty_file_is_new (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (acc_repository_needs_setup (repo));
}

/* Read-only: a 0444 file in a 0555 folder. Root ignores permissions, so the
 * check runs in a subprocess that gives up root's effective identity
 * first. */
static void
test_bad_read_only (Fixture       *f,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_strdup (g_getenv ("ACC_TEST_READ_ONLY_DIR"));
      g_autofree char *path = g_build_filename (dir, "accueil.db", NULL);

      if (geteuid () == 0)
        g_assert_cmpint (seteuid (65534), ==, 0);
      g_assert_cmpint (faccessat (AT_FDCWD, path, W_OK, AT_EACCESS), !=, 0);
      expect_refused (path, ACC_OPEN_PROBLEM_READ_ONLY);
      /* Back to root, to clean this process's own folder up. */
      if (getuid () == 0)
        g_assert_cmpint (seteuid (0), ==, 0);
      return;
    }

  make_database (f->path, 2);
  /* "others" may read: the subprocess runs as nobody. */
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("ACC_TEST_READ_ONLY_DIR", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_chmod (f->dir, 0700);
}

/* Opening the last backup in place of a damaged file: the damaged bytes
 * are moved aside unchanged, the backup's data is at the original path. */
static void
test_replace_damaged (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *aside_sum = NULL;
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  gsize length = 0;

  make_database (f->path, 3000);
  g_assert_true (acc_backup_take_daily (f->path, NULL, &taken, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  damaged_sum = checksum_of (f->path);

  /* A bad backup: nothing moves. */
  g_assert_true (g_file_set_contents (garbage, "garbage garbage garbage", -1, NULL));
  g_assert_false (acc_backup_replace_damaged (garbage, f->path, &aside, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (aside);
  aside_sum = checksum_of (f->path);
  g_assert_cmpstr (aside_sum, ==, damaged_sum);
  g_clear_pointer (&aside_sum, g_free);

  g_assert_true (acc_backup_replace_damaged (taken, f->path, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (strstr (aside, "accueil.db.damaged-") != NULL);
  aside_sum = checksum_of (aside);
  g_assert_cmpstr (aside_sum, ==, damaged_sum);
  g_assert_cmpuint (count_staff_in (f->path), ==, 3000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/retention/every-day", test_retention_every_day);
  g_test_add_func ("/backup/retention/weekdays", test_retention_weekdays);
  g_test_add_func ("/backup/retention/unordered", test_retention_unordered);
  g_test_add ("/backup/copy/file", Fixture, NULL, setup, test_copy_file, teardown);
  g_test_add ("/backup/copy/async", Fixture, NULL, setup, test_copy_async, teardown);
  g_test_add ("/backup/daily", Fixture, NULL, setup, test_daily, teardown);
  g_test_add ("/backup/daily/stale-temporaries", Fixture, NULL, setup, test_daily_removes_stale_temporaries, teardown);
  g_test_add ("/backup/latest-sound", Fixture, NULL, setup, test_latest_sound_skips_damaged, teardown);
  g_test_add ("/backup/restore", Fixture, NULL, setup, test_restore, teardown);
  g_test_add ("/backup/bad/garbage", Fixture, NULL, setup, test_bad_garbage, teardown);
  g_test_add ("/backup/bad/truncated", Fixture, NULL, setup, test_bad_truncated, teardown);
  g_test_add ("/backup/bad/newer", Fixture, NULL, setup, test_bad_newer, teardown);
  g_test_add ("/backup/bad/foreign", Fixture, NULL, setup, test_bad_foreign, teardown);
  g_test_add ("/backup/bad/read-only", Fixture, NULL, setup, test_bad_read_only, teardown);
  g_test_add ("/backup/empty-file-is-new", Fixture, NULL, setup, test_empty_file_is_new, teardown);
  g_test_add ("/backup/replace-damaged", Fixture, NULL, setup, test_replace_damaged, teardown);

  return g_test_run ();
}
