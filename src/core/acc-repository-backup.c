/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-backup.c — copies of the database and getting them back.
 *
 * Every copy goes through SQLite's online backup API, on a connection of its
 * own (a worker thread's, for the GUI): it sees what the WAL holds and a
 * consistent state while others write, unlike a plain file copy. A copy is
 * written to a temporary name in the destination's folder, mode 0600, and
 * only renamed once complete, so that a crash or a full disk never leaves a
 * half copy under a backup's name.
 *
 * The automatic copies live in a `backups` folder next to the database
 * (0700), one a day, `<name>-YYYY-MM-DD.db`; acc_backup_select_kept() says
 * which to keep. Nothing here ever deletes or overwrites a database: a
 * damaged one is renamed aside with its WAL, the data replaced by a restore
 * is copied aside first.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "acc-repository-backup.h"
#include "acc-repository-private.h"

/* Pages copied per step: small enough to report progress and notice a
 * cancellation often, large enough not to slow the copy down. */
#define PAGES_PER_STEP 256

static const char * const database_companions[] = { "-wal", "-shm", "-journal" };

/* _acc_repository_set_error() for a connection without a repository: it
 * reads nothing but ->db. */
static void
set_sqlite_error (sqlite3  *db,
                  int       rc,
                  GError  **error)
{
  AccRepository bare = { .db = db };

  _acc_repository_set_error (&bare, error, rc);
}

static void
remove_database_files (const char *path)
{
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (database_companions); i++)
    {
      g_autofree char *companion = g_strconcat (path, database_companions[i], NULL);
      g_unlink (companion);
    }
}

void
acc_backup_info_free (AccBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info);
}

/* Progress, posted to the caller's main context (or called directly when
 * @context is NULL). */
typedef struct
{
  AccBackupProgressFunc func;
  gpointer data;
  GMainContext *context;
} Progress;

typedef struct
{
  AccBackupProgressFunc func;
  gpointer data;
  double fraction;
} ProgressCall;

static gboolean
progress_call_run (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->func (call->fraction, call->data);
  return G_SOURCE_REMOVE;
}

static void
progress_report (const Progress *progress,
                 double          fraction)
{
  ProgressCall *call;

  if (progress == NULL || progress->func == NULL)
    return;
  if (progress->context == NULL)
    {
      progress->func (fraction, progress->data);
      return;
    }
  call = g_new (ProgressCall, 1);
  call->func = progress->func;
  call->data = progress->data;
  call->fraction = fraction;
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT,
                              progress_call_run, call, g_free);
}

static sqlite3 *
open_connection (const char  *path,
                 int          flags,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  /* A writer in another process holds its lock for one transaction. */
  sqlite3_busy_timeout (db, 10000);
  return db;
}

/* Copies @source's main database into @destination's, step by step.
 * A busy source (a writer's commit) is simply retried. */
static gboolean
run_backup (sqlite3         *source,
            sqlite3         *destination,
            GCancellable    *cancellable,
            const Progress  *progress,
            GError         **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (destination, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      set_sqlite_error (destination, sqlite3_errcode (destination), error);
      return FALSE;
    }

  progress_report (progress, 0.0);
  do
    {
      int total;

      if (g_cancellable_is_cancelled (cancellable))
        {
          sqlite3_backup_finish (backup);
          return !g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        {
          g_usleep (10 * 1000);
          continue;
        }
      total = sqlite3_backup_pagecount (backup);
      if (total > 0)
        progress_report (progress, 1.0 - (double) sqlite3_backup_remaining (backup) / total);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      /* The source's error says "not a database"; the destination's says
       * "disk full". */
      set_sqlite_error ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT ? source : destination,
                        rc, error);
      return FALSE;
    }
  progress_report (progress, 1.0);
  return TRUE;
}

/* Writes @source into a new file at @destination_path, through a temporary
 * name in the same folder. */
static gboolean
copy_connection_to_file (sqlite3         *source,
                         const char      *destination_path,
                         gboolean         overwrite,
                         GCancellable    *cancellable,
                         const Progress  *progress,
                         GError         **error)
{
  g_autofree char *folder = g_path_get_dirname (destination_path);
  g_autofree char *base = g_path_get_basename (destination_path);
  g_autofree char *temporary = NULL;
  sqlite3 *destination = NULL;
  gboolean ok;
  int fd;

  if (!overwrite && g_file_test (destination_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("The file %s already exists; it was left as it is."), destination_path);
      return FALSE;
    }

  temporary = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, ACC_REPOSITORY_ERROR,
                   saved_errno == ENOSPC ? ACC_REPOSITORY_ERROR_DISK_FULL : ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("Cannot write in the folder %s: %s."), folder, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  destination = open_connection (temporary, SQLITE_OPEN_READWRITE, error);
  ok = destination != NULL && run_backup (source, destination, cancellable, progress, error);
  sqlite3_close (destination);

  /* The copy carries the source's header, which says WAL: a backup is one
   * self-contained file, so it goes back to a rollback journal. */
  if (ok)
    {
      destination = open_connection (temporary, SQLITE_OPEN_READWRITE, error);
      ok = destination != NULL;
      if (ok)
        {
          int rc = sqlite3_exec (destination, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
          if (rc != SQLITE_OK)
            {
              set_sqlite_error (destination, rc, error);
              ok = FALSE;
            }
        }
      sqlite3_close (destination);
    }

  if (ok)
    {
      /* Without --force, link() refuses a file that appeared meanwhile. */
      if (!overwrite ? link (temporary, destination_path) != 0 : g_rename (temporary, destination_path) != 0)
        {
          int saved_errno = errno;
          if (saved_errno == EEXIST)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                         _("The file %s already exists; it was left as it is."), destination_path);
          else
            g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                         _("Cannot write %s: %s."), destination_path, g_strerror (saved_errno));
          ok = FALSE;
        }
    }
  remove_database_files (temporary);
  return ok;
}

static gboolean
copy_file (const char      *source_path,
           const char      *destination_path,
           gboolean         overwrite,
           GCancellable    *cancellable,
           const Progress  *progress,
           GError         **error)
{
  sqlite3 *source;
  gboolean ok;

  if (!g_file_test (source_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("The database %s does not exist."), source_path);
      return FALSE;
    }
  source = open_connection (source_path, SQLITE_OPEN_READONLY, error);
  if (source == NULL)
    return FALSE;
  ok = copy_connection_to_file (source, destination_path, overwrite, cancellable, progress, error);
  sqlite3_close (source);
  return ok;
}

/**
 * acc_backup_copy_file:
 * @overwrite: whether an existing @destination_path may be replaced
 * @progress: (nullable): called on this thread
 *
 * Copies the database at @source_path to @destination_path through the
 * online backup API, on a connection of its own: blocks, for the command
 * line, tests and worker threads.
 */
gboolean
acc_backup_copy_file (const char             *source_path,
                      const char             *destination_path,
                      gboolean                overwrite,
                      GCancellable           *cancellable,
                      AccBackupProgressFunc   progress,
                      gpointer                progress_data,
                      GError                **error)
{
  Progress sink = { progress, progress_data, NULL };

  g_return_val_if_fail (source_path != NULL, FALSE);
  g_return_val_if_fail (destination_path != NULL, FALSE);

  return copy_file (source_path, destination_path, overwrite, cancellable, &sink, error);
}

/* What a worker thread needs: the database's path (for a connection of
 * its own), the other file (a copy's destination or a backup to restore)
 * and where to post progress. */
typedef struct
{
  char *database;
  char *other;
  gboolean overwrite;
  Progress progress;
} CopyData;

static void
copy_data_free (CopyData *data)
{
  g_free (data->database);
  g_free (data->other);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  g_free (data);
}

static CopyData *
copy_data_new (AccRepository         *self,
               const char            *other,
               gboolean               overwrite,
               AccBackupProgressFunc  progress,
               gpointer               progress_data)
{
  CopyData *data = g_new0 (CopyData, 1);

  data->database = g_strdup (acc_repository_get_path (self));
  data->other = g_strdup (other);
  data->overwrite = overwrite;
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  return data;
}

static void
backup_thread (GTask        *task,
               gpointer      source_object G_GNUC_UNUSED,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CopyData *data = task_data;
  GError *error = NULL;

  if (copy_file (data->database, data->other, data->overwrite, cancellable, &data->progress, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * acc_repository_backup_async:
 * @progress: (nullable): called on the caller's thread-default main context
 *
 * Copies the database to @destination_path on a worker thread with a
 * connection of its own.
 */
void
acc_repository_backup_async (AccRepository          *self,
                             const char             *destination_path,
                             gboolean                overwrite,
                             GCancellable           *cancellable,
                             AccBackupProgressFunc   progress,
                             gpointer                progress_data,
                             GAsyncReadyCallback     callback,
                             gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ACC_IS_REPOSITORY (self));
  g_return_if_fail (destination_path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_backup_async);
  g_task_set_task_data (task, copy_data_new (self, destination_path, overwrite, progress, progress_data),
                        (GDestroyNotify) copy_data_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
acc_repository_backup_finish (AccRepository  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Checking a copy */

static gboolean
read_int (sqlite3     *db,
          const char  *sql,
          gint64      *value,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    set_sqlite_error (db, rc == SQLITE_DONE ? SQLITE_ERROR : rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

static gboolean
check_connection (sqlite3     *db,
                  const char  *path,
                  gint64      *version,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean sound = FALSE;
  int rc;

  if (!read_int (db, "PRAGMA user_version", version, error))
    return FALSE;
  if (*version > acc_repository_latest_schema_version ())
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NEWER_SCHEMA,
                   _("The copy %s was made by a newer version of Accueil."), path);
      return FALSE;
    }
  if (*version < 1)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
                   _("The copy %s is not an Accueil database."), path);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    sound = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!sound)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
                   _("The copy %s is damaged."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_file (const char  *path,
            gint64      *version,
            GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                   _("The copy %s does not exist."), path);
      return FALSE;
    }
  db = open_connection (path, SQLITE_OPEN_READONLY, error);
  if (db == NULL)
    return FALSE;
  ok = check_connection (db, path, version, error);
  sqlite3_close (db);
  return ok;
}

/**
 * acc_backup_check_file:
 *
 * Whether @path is a sound Accueil database that this version can open:
 * SQLite's integrity check, and a schema version it knows. Reads only.
 */
gboolean
acc_backup_check_file (const char  *path,
                       GError     **error)
{
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  return check_file (path, &version, error);
}

/* The automatic daily copies */

/**
 * acc_backup_folder_for:
 *
 * Returns: (transfer full): the `backups` folder next to @database_path.
 */
char *
acc_backup_folder_for (const char *database_path)
{
  g_autofree char *folder = g_path_get_dirname (database_path);

  return g_build_filename (folder, "backups", NULL);
}

/* "accueil.db" → "accueil": the daily copies are "accueil-YYYY-MM-DD.db". */
static char *
backup_prefix_for (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_strconcat (base, "-", NULL);
}

static char *
daily_path_for (const char  *database_path,
                const GDate *date)
{
  g_autofree char *folder = acc_backup_folder_for (database_path);
  g_autofree char *prefix = backup_prefix_for (database_path);
  g_autofree char *name = g_strdup_printf ("%s%04u-%02u-%02u.db", prefix,
                                           g_date_get_year (date), g_date_get_month (date),
                                           g_date_get_day (date));

  return g_build_filename (folder, name, NULL);
}

/* The Julian day of the Monday that starts @date's week. */
static guint32
week_of (const GDate *date)
{
  return g_date_get_julian (date) - (g_date_get_weekday (date) - G_DATE_MONDAY);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  const GDate *dates = user_data;
  guint i = *(const guint *) a;
  guint j = *(const guint *) b;

  return g_date_compare (&dates[j], &dates[i]);
}

/**
 * acc_backup_select_kept:
 * @dates: (array length=n_dates): the days of the copies, in any order
 * @keep: (out caller-allocates) (array length=n_dates): whether to keep each
 *
 * The retention of the automatic copies, as a pure function: the newest
 * copy of each of the %ACC_BACKUP_KEEP_DAILY most recent days that have
 * one, then, among the older copies, the newest of each of the
 * %ACC_BACKUP_KEEP_WEEKLY most recent weeks (Monday to Sunday). Counting
 * days that have a copy, not calendar days, means a desk closed for the
 * holidays comes back to find its last copies still there.
 */
void
acc_backup_select_kept (const GDate *dates,
                        guint        n_dates,
                        gboolean    *keep)
{
  g_autofree guint *order = g_new (guint, MAX (n_dates, 1));
  guint n_daily = 0, n_weekly = 0;
  guint32 last_day = 0, last_week = 0;

  for (guint i = 0; i < n_dates; i++)
    {
      order[i] = i;
      keep[i] = FALSE;
    }
  g_qsort_with_data (order, (gint) n_dates, sizeof (guint), compare_newest_first, (gpointer) dates);

  for (guint k = 0; k < n_dates; k++)
    {
      const GDate *date = &dates[order[k]];

      if (!g_date_valid (date))
        continue;
      if (n_daily < ACC_BACKUP_KEEP_DAILY)
        {
          if (n_daily > 0 && g_date_get_julian (date) == last_day)
            continue;
          keep[order[k]] = TRUE;
          last_day = g_date_get_julian (date);
          n_daily++;
        }
      else if (n_weekly < ACC_BACKUP_KEEP_WEEKLY
               && (n_weekly == 0 || week_of (date) != last_week))
        {
          keep[order[k]] = TRUE;
          last_week = week_of (date);
          n_weekly++;
        }
    }
}

static int
compare_info_newest_first (gconstpointer a,
                           gconstpointer b)
{
  const AccBackupInfo *first = *(AccBackupInfo * const *) a;
  const AccBackupInfo *second = *(AccBackupInfo * const *) b;

  return g_date_compare (&second->date, &first->date);
}

/**
 * acc_backup_list:
 *
 * Returns: (transfer full) (element-type AccBackupInfo): the automatic
 *   copies of @database_path, newest first; empty when there are none.
 */
GPtrArray *
acc_backup_list (const char *database_path)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) acc_backup_info_free);
  g_autofree char *folder = acc_backup_folder_for (database_path);
  g_autofree char *prefix = backup_prefix_for (database_path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_return_val_if_fail (database_path != NULL, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      unsigned year, month, day;
      char tail[4] = "";
      AccBackupInfo *info;

      /* Exactly <prefix>YYYY-MM-DD.db: not another database's copies, nor
       * temporary files. */
      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 13
          || sscanf (name + strlen (prefix), "%4u-%2u-%2u%3s", &year, &month, &day, tail) != 4
          || strcmp (tail, ".db") != 0
          || !g_date_valid_dmy (day, month, year))
        continue;

      info = g_new0 (AccBackupInfo, 1);
      info->path = g_build_filename (folder, name, NULL);
      g_date_clear (&info->date, 1);
      g_date_set_dmy (&info->date, day, month, year);
      g_ptr_array_add (list, info);
    }
  g_ptr_array_sort (list, compare_info_newest_first);
  return g_steal_pointer (&list);
}

/**
 * acc_backup_find_latest_sound:
 *
 * Returns: (transfer full) (nullable): the newest automatic copy that passes
 *   acc_backup_check_file(), or %NULL.
 */
AccBackupInfo *
acc_backup_find_latest_sound (const char *database_path)
{
  g_autoptr(GPtrArray) list = acc_backup_list (database_path);

  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (acc_backup_check_file (((AccBackupInfo *) list->pdata[i])->path, &error))
        return g_ptr_array_steal_index (list, i);
      g_debug ("Skipping a backup: %s", error->message);
    }
  return NULL;
}

static void
remove_old_copies (const char *database_path)
{
  g_autoptr(GPtrArray) list = acc_backup_list (database_path);
  g_autofree GDate *dates = g_new0 (GDate, MAX (list->len, 1));
  g_autofree gboolean *keep = g_new0 (gboolean, MAX (list->len, 1));

  for (guint i = 0; i < list->len; i++)
    dates[i] = ((AccBackupInfo *) list->pdata[i])->date;
  acc_backup_select_kept (dates, list->len, keep);
  for (guint i = 0; i < list->len; i++)
    if (!keep[i] && g_unlink (((AccBackupInfo *) list->pdata[i])->path) != 0)
      g_debug ("Cannot remove an old backup: %s", g_strerror (errno));
}

/* A copy is written to a hidden temporary name beside its final one
 * (copy_file()). A process that ends in the middle of a copy (killed, or
 * quit while the daily copy ran) leaves that file behind; one untouched
 * for an hour is no copy in progress. */
#define STALE_TEMPORARY_S (60 * 60)

static void
remove_stale_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now_s = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf info;

      if (name[0] != '.' || strstr (name, ".db.") == NULL)
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &info) == 0 && S_ISREG (info.st_mode)
          && now_s - (gint64) info.st_mtime > STALE_TEMPORARY_S)
        g_unlink (path);
    }
}

/**
 * acc_backup_take_daily:
 * @now: (nullable): the time whose local day names the copy; now if %NULL
 * @taken_path: (out) (optional) (transfer full) (nullable): the new copy,
 *   %NULL when the day already had one
 *
 * Copies the database into its backups folder unless today's copy exists,
 * then removes the copies that acc_backup_select_kept() does not keep.
 * Blocks: the GUI calls acc_repository_backup_daily_async().
 */
gboolean
acc_backup_take_daily (const char    *database_path,
                       GDateTime     *now,
                       char         **taken_path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GDateTime) local_now = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  g_autofree char *folder = acc_backup_folder_for (database_path);
  g_autofree char *path = NULL;
  GDate today;

  g_return_val_if_fail (database_path != NULL, FALSE);

  if (taken_path != NULL)
    *taken_path = NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now), g_date_time_get_year (local_now));
  path = daily_path_for (database_path, &today);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, ACC_REPOSITORY_ERROR,
                   saved_errno == ENOSPC ? ACC_REPOSITORY_ERROR_DISK_FULL : ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder %s: %s."), folder, g_strerror (saved_errno));
      return FALSE;
    }
  remove_stale_temporaries (folder);
  if (!copy_file (database_path, path, FALSE, cancellable, NULL, error))
    return FALSE;

  /* Only once today's copy is safely there. */
  remove_old_copies (database_path);
  if (taken_path != NULL)
    *taken_path = g_steal_pointer (&path);
  return TRUE;
}

static void
daily_thread (GTask        *task,
              gpointer      source_object G_GNUC_UNUSED,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (acc_backup_take_daily (task_data, NULL, NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * acc_repository_backup_daily_async:
 *
 * acc_backup_take_daily() for today, on a worker thread with a connection
 * of its own.
 */
void
acc_repository_backup_daily_async (AccRepository       *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ACC_IS_REPOSITORY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_backup_daily_async);
  g_task_set_task_data (task, g_strdup (acc_repository_get_path (self)), g_free);
  g_task_run_in_thread (task, daily_thread);
}

gboolean
acc_repository_backup_daily_finish (AccRepository  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Restoring */

/* "<path>.<what>-YYYYMMDD-HHMMSS", with a number added if that exists. */
static char *
aside_path_for (const char *path,
                const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *aside = g_strdup_printf ("%s.%s-%s", path, what, stamp);

  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.%s-%s-%u", path, what, stamp, n);
    }
  return aside;
}

/* Renames the database and its companions (the WAL holds committed data
 * too) to @aside; on failure, puts back what was moved. */
static gboolean
move_database_files (const char  *path,
                     const char  *aside,
                     GError     **error)
{
  guint moved = 0;

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, ACC_REPOSITORY_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
                     ? ACC_REPOSITORY_ERROR_READ_ONLY : ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("Cannot move %s aside: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  for (; moved < G_N_ELEMENTS (database_companions); moved++)
    {
      g_autofree char *from = g_strconcat (path, database_companions[moved], NULL);
      g_autofree char *to = g_strconcat (aside, database_companions[moved], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          while (moved-- > 0)
            {
              g_autofree char *back_from = g_strconcat (aside, database_companions[moved], NULL);
              g_autofree char *back_to = g_strconcat (path, database_companions[moved], NULL);
              g_rename (back_from, back_to);
            }
          g_rename (aside, path);
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                       _("Cannot move %s aside: %s."), from, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * acc_backup_replace_damaged:
 * @moved_aside: (out) (optional) (transfer full): where the damaged file went
 *
 * For a database that does not open because it is damaged: checks
 * @backup_path, renames the damaged file (and its WAL) to
 * `<database>.damaged-YYYYMMDD-HHMMSS`, its bytes unchanged, then copies the
 * backup to @database_path. On failure, the damaged file is back where it
 * was. Blocks: the GUI runs it on a worker thread.
 */
gboolean
acc_backup_replace_damaged (const char  *backup_path,
                            const char  *database_path,
                            char       **moved_aside,
                            GError     **error)
{
  g_autofree char *aside = NULL;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (database_path != NULL, FALSE);

  if (!acc_backup_check_file (backup_path, error))
    return FALSE;

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      aside = aside_path_for (database_path, "damaged");
      if (!move_database_files (database_path, aside, error))
        return FALSE;
    }

  if (!copy_file (backup_path, database_path, FALSE, NULL, NULL, error))
    {
      if (aside != NULL)
        {
          g_autoptr(GError) back_error = NULL;
          if (!move_database_files (aside, database_path, &back_error))
            g_warning ("The damaged database stays at %s: %s", aside, back_error->message);
        }
      return FALSE;
    }

  if (moved_aside != NULL)
    *moved_aside = g_steal_pointer (&aside);
  return TRUE;
}

/* Copies the current data aside, then the backup's pages over the live
 * database through a connection of its own: the other connections (this
 * program's windows, another process) see a commit and reload, as they do
 * for any other writer. */
static char *
restore_into (const char      *database_path,
              const char      *backup_path,
              GCancellable    *cancellable,
              const Progress  *progress,
              GError         **error)
{
  g_autofree char *aside = NULL;
  sqlite3 *source = NULL;
  sqlite3 *destination = NULL;
  gint64 version = 0;
  gboolean ok;

  source = open_connection (backup_path, SQLITE_OPEN_READONLY, error);
  if (source == NULL)
    return NULL;
  if (!check_connection (source, backup_path, &version, error))
    {
      sqlite3_close (source);
      return NULL;
    }
  /* A copy from before an update would need the update run again, which
   * only opening it does. */
  if (version != acc_repository_latest_schema_version ())
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("This copy was made by an older version of Accueil: open it with Accueil instead of restoring it."));
      sqlite3_close (source);
      return NULL;
    }

  aside = aside_path_for (database_path, "before-restore");
  if (!copy_file (database_path, aside, FALSE, cancellable, NULL, error))
    {
      sqlite3_close (source);
      return NULL;
    }

  destination = open_connection (database_path, SQLITE_OPEN_READWRITE, error);
  ok = destination != NULL && run_backup (source, destination, cancellable, progress, error);
  sqlite3_close (destination);
  sqlite3_close (source);
  return ok ? g_steal_pointer (&aside) : NULL;
}

static void
restore_thread (GTask        *task,
                gpointer      source_object G_GNUC_UNUSED,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CopyData *data = task_data;
  GError *error = NULL;
  char *aside = restore_into (data->database, data->other, cancellable, &data->progress, &error);

  if (aside != NULL)
    g_task_return_pointer (task, aside, g_free);
  else
    g_task_return_error (task, error);
}

/**
 * acc_repository_restore_async:
 * @backup_path: a copy, checked before anything is written
 * @progress: (nullable): called on the caller's thread-default main context
 *
 * Replaces the database's content with @backup_path's, on a worker thread
 * with a connection of its own, after copying the current data to
 * `<database>.before-restore-YYYYMMDD-HHMMSS`. The repository's lists
 * reload once acc_repository_restore_finish() is called.
 */
void
acc_repository_restore_async (AccRepository          *self,
                              const char             *backup_path,
                              GCancellable           *cancellable,
                              AccBackupProgressFunc   progress,
                              gpointer                progress_data,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ACC_IS_REPOSITORY (self));
  g_return_if_fail (backup_path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_restore_async);
  g_task_set_task_data (task, copy_data_new (self, backup_path, FALSE, progress, progress_data),
                        (GDestroyNotify) copy_data_free);
  g_task_run_in_thread (task, restore_thread);
}

/**
 * acc_repository_restore_finish:
 *
 * Returns: (transfer full) (nullable): where the data replaced was copied.
 */
char *
acc_repository_restore_finish (AccRepository  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  /* The worker's connection wrote: this one's lists catch up. */
  acc_repository_check_for_changes (self);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * acc_repository_restore:
 *
 * acc_repository_restore_async() for tests and the command line: blocks.
 *
 * Returns: (transfer full) (nullable): where the data replaced was copied.
 */
char *
acc_repository_restore (AccRepository  *self,
                        const char     *backup_path,
                        GCancellable   *cancellable,
                        GError        **error)
{
  char *aside;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  aside = restore_into (acc_repository_get_path (self), backup_path, cancellable, NULL, error);
  acc_repository_check_for_changes (self);
  return aside;
}

/* Files that do not open */

/**
 * acc_open_problem_from_error:
 * @error: what acc_repository_open() said about @path
 *
 * Tells the cases the person can act on apart; reads at most the first 100
 * bytes of @path, never writes.
 */
AccOpenProblem
acc_open_problem_from_error (const char   *path,
                             const GError *error)
{
  g_return_val_if_fail (error != NULL, ACC_OPEN_PROBLEM_CANNOT_OPEN);

  if (error->domain != ACC_REPOSITORY_ERROR)
    return ACC_OPEN_PROBLEM_CANNOT_OPEN;

  switch ((AccRepositoryError) error->code)
    {
    case ACC_REPOSITORY_ERROR_NEWER_SCHEMA:
      return ACC_OPEN_PROBLEM_NEWER_VERSION;
    case ACC_REPOSITORY_ERROR_READ_ONLY:
      return ACC_OPEN_PROBLEM_READ_ONLY;
    case ACC_REPOSITORY_ERROR_DISK_FULL:
      return ACC_OPEN_PROBLEM_DISK_FULL;
    case ACC_REPOSITORY_ERROR_CORRUPT:
      {
        guchar header[100] = { 0 };
        gssize length = 0;
        int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

        if (fd >= 0)
          {
            length = read (fd, header, sizeof header);
            close (fd);
          }
        /* A SQLite header with a schema version (bytes 60–63) is an
         * Accueil database gone bad; no header, or version 0, is some
         * other file. */
        if (length == sizeof header && memcmp (header, "SQLite format 3", 16) == 0
            && (header[60] | header[61] | header[62] | header[63]) != 0)
          return ACC_OPEN_PROBLEM_DAMAGED;
        return ACC_OPEN_PROBLEM_NOT_A_DATABASE;
      }
    case ACC_REPOSITORY_ERROR_CANNOT_OPEN:
      /* SQLite cannot create the WAL's files next to a file it may only
       * read: that is a read-only database too. */
      if (g_file_test (path, G_FILE_TEST_EXISTS) && faccessat (AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
        return ACC_OPEN_PROBLEM_READ_ONLY;
      return ACC_OPEN_PROBLEM_CANNOT_OPEN;
    case ACC_REPOSITORY_ERROR_FAILED:
    case ACC_REPOSITORY_ERROR_BUSY:
    case ACC_REPOSITORY_ERROR_NOT_FOUND:
    case ACC_REPOSITORY_ERROR_INVALID:
    default:
      return ACC_OPEN_PROBLEM_CANNOT_OPEN;
    }
}

/**
 * acc_open_problem_describe:
 *
 * Returns: one plain sentence for the person at the desk, translated.
 */
const char *
acc_open_problem_describe (AccOpenProblem problem)
{
  switch (problem)
    {
    case ACC_OPEN_PROBLEM_NOT_A_DATABASE:
      return _("This file is not an Accueil database.");
    case ACC_OPEN_PROBLEM_DAMAGED:
      return _("This database is damaged or incomplete, so Accueil cannot use it.");
    case ACC_OPEN_PROBLEM_NEWER_VERSION:
      return _("This database comes from a newer version of Accueil; update Accueil to open it.");
    case ACC_OPEN_PROBLEM_READ_ONLY:
      return _("Accueil is not allowed to write to this database.");
    case ACC_OPEN_PROBLEM_DISK_FULL:
      return _("The disk is full, so Accueil cannot open this database.");
    case ACC_OPEN_PROBLEM_CANNOT_OPEN:
    default:
      return _("Accueil cannot open this database.");
    }
}
