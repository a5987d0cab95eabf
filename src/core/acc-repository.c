/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository.c — the connection to the SQLite file: opening it with the
 * storage rules of DESIGN.md, migrating its schema, transactions, and change
 * detection across processes. The tables each have a store file of their own
 * (acc-repository-*.c).
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "acc-enums.h"
#include "acc-repository-private.h"

#define LATEST_SCHEMA_VERSION 7
#define MIGRATIONS_PATH RESOURCE_BASE "/migrations"

/* A few seconds: long enough to wait for another process's writes,
 * short enough that a stuck lock is reported instead of freezing the desk. */
#define BUSY_TIMEOUT_MS 10000

G_DEFINE_FINAL_TYPE (AccRepository, acc_repository, G_TYPE_OBJECT)
G_DEFINE_QUARK (acc-repository-error-quark, acc_repository_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The core's resources (migrations) are linked in a static library: register
 * them explicitly, since nothing else would pull the constructor in. */
GResource *acc_core_get_resource (void);

static void
ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      g_resources_register (acc_core_get_resource ());
      g_once_init_leave (&registered, 1);
    }
}

gint64
_acc_repository_now (void)
{
  return g_get_real_time ();
}

void
_acc_repository_set_error (AccRepository  *self,
                           GError        **error,
                           int             rc)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_BUSY,
                   _("The database is in use by another program; try again in a moment."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
                   _("The file is not an Accueil database, or it is damaged (%s)."), detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_READ_ONLY,
                   _("The database cannot be written to (%s)."), detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_DISK_FULL,
                   _("The disk is full: nothing was saved."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("The data breaks a rule of the database (%s)."), detail);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("The database file cannot be opened (%s)."), detail);
      break;
    default:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED,
                   _("Database error: %s."), detail);
      break;
    }
}

/* SQLite's own busy handler sleeps longer and longer (up to 100 ms): a
 * process that commits in a loop frees the lock for microseconds between
 * two transactions, so the waiting one keeps missing it and gives up with
 * SQLITE_BUSY. Short, slightly random naps give it a fair chance. */
static int
on_busy (void *user_data,
         int   n_calls)
{
  gint64 *deadline = user_data;
  gint64 now = g_get_monotonic_time ();

  if (n_calls == 0)
    *deadline = now + (gint64) BUSY_TIMEOUT_MS * 1000;
  else if (now >= *deadline)
    return 0;

  g_usleep (500 + g_random_int_range (0, 1500));
  return 1;
}

/* Checkpoints.
 *
 * In WAL mode a commit appends the pages it changed to the -wal file and
 * syncs it: that is what makes a save durable. A checkpoint later copies
 * those pages back into the database file and syncs that. SQLite runs one
 * by itself inside the commit that takes the WAL past 1000 pages: on the
 * big database (about 28 pages a call with its message) one save in ~35
 * then copied 4 MB and synced twice (issue 8).
 *
 * So the commit only looks at the WAL's size (the WAL hook, which replaces
 * SQLite's automatic checkpoints on this connection). Past
 * background_pages, a worker thread waits for a pause in the saves
 * (CHECKPOINT_QUIET_MS without a commit: its writes would slow a save's
 * sync), then opens a connection of its own and runs a PASSIVE checkpoint,
 * which neither waits for nor blocks a writer. When it has copied
 * everything, the next commit starts the WAL over from its beginning,
 * rewriting the same file instead of growing it; that commit also syncs the
 * WAL's new header, which is why the WAL holds about 140 calls between two
 * restarts rather than 35.
 *
 * When saves never pause (an import, a benchmark), past limit_pages the
 * committing thread checkpoints itself, as SQLite would have: the WAL stays
 * bounded whatever the load. */
#define CHECKPOINT_BACKGROUND_PAGES 4000   /* 16 MB of 4 KiB pages */
#define CHECKPOINT_LIMIT_PAGES 8000
#define CHECKPOINT_QUIET_MS 100

typedef struct _AccCheckpointer
{
  GMutex lock;
  GCond cond;                 /* wanted, stopping, or a checkpoint done */
  GThread *thread;            /* started at the first checkpoint */
  char *path;
  guint background_pages;
  guint limit_pages;
  gboolean wanted;
  gboolean running;
  gboolean stopping;
  gint64 last_commit;         /* monotonic µs, while one is wanted */

  /* What was done, for the tests. */
  guint n_background;
  guint n_inline;
  GThread *last_thread;
} AccCheckpointer;

/* Its own connection, opened for each checkpoint and closed after: between
 * two checkpoints the worker holds nothing on the file, which a backup
 * restore may move aside. */
static void
checkpoint_passive (const char *path)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      /* A connection finds the file in WAL mode at its first read; until
       * then a checkpoint does nothing. */
      rc = sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }
  /* Nothing is lost when it fails: the pages stay in the WAL, where the
   * next checkpoint finds them. */
  if (rc != SQLITE_OK)
    g_debug ("Background checkpoint of %s: %s", path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_close (db);
}

static gpointer
checkpointer_run (gpointer data)
{
  AccCheckpointer *checkpointer = data;

  g_mutex_lock (&checkpointer->lock);
  for (;;)
    {
      gint64 quiet_from;

      while (!checkpointer->wanted && !checkpointer->stopping)
        g_cond_wait (&checkpointer->cond, &checkpointer->lock);
      if (checkpointer->stopping)
        break;

      /* Each commit meanwhile moves the pause further. */
      quiet_from = checkpointer->last_commit + CHECKPOINT_QUIET_MS * 1000;
      if (g_get_monotonic_time () < quiet_from)
        {
          g_cond_wait_until (&checkpointer->cond, &checkpointer->lock, quiet_from);
          continue;
        }
      checkpointer->wanted = FALSE;
      checkpointer->running = TRUE;
      g_mutex_unlock (&checkpointer->lock);

      checkpoint_passive (checkpointer->path);

      g_mutex_lock (&checkpointer->lock);
      checkpointer->running = FALSE;
      checkpointer->n_background++;
      checkpointer->last_thread = g_thread_self ();
      g_cond_broadcast (&checkpointer->cond);
    }
  g_mutex_unlock (&checkpointer->lock);
  return NULL;
}

static AccCheckpointer *
checkpointer_new (const char *path)
{
  AccCheckpointer *checkpointer = g_new0 (AccCheckpointer, 1);

  g_mutex_init (&checkpointer->lock);
  g_cond_init (&checkpointer->cond);
  checkpointer->path = g_strdup (path);
  checkpointer->background_pages = CHECKPOINT_BACKGROUND_PAGES;
  checkpointer->limit_pages = CHECKPOINT_LIMIT_PAGES;
  return checkpointer;
}

/* Waits for the checkpoint under way, if any; the pages still in the WAL
 * are the closing connection's to copy. */
static void
checkpointer_free (AccCheckpointer *checkpointer)
{
  g_mutex_lock (&checkpointer->lock);
  checkpointer->stopping = TRUE;
  g_cond_broadcast (&checkpointer->cond);
  g_mutex_unlock (&checkpointer->lock);
  if (checkpointer->thread != NULL)
    g_thread_join (checkpointer->thread);

  g_mutex_clear (&checkpointer->lock);
  g_cond_clear (&checkpointer->cond);
  g_free (checkpointer->path);
  g_free (checkpointer);
}

/* After each commit, on the committing thread, with the number of pages
 * now in the WAL (copied back or not). */
static int
on_wal_commit (void       *user_data,
               sqlite3    *db,
               const char *db_name,
               int         n_pages)
{
  AccCheckpointer *checkpointer = user_data;
  guint background_pages, limit_pages;

  g_mutex_lock (&checkpointer->lock);
  background_pages = checkpointer->background_pages;
  limit_pages = checkpointer->limit_pages;
  g_mutex_unlock (&checkpointer->lock);

  if (n_pages >= 0 && (guint) n_pages >= limit_pages)
    {
      /* BUSY only means the worker is checkpointing right now. */
      sqlite3_wal_checkpoint_v2 (db, db_name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
      g_mutex_lock (&checkpointer->lock);
      checkpointer->n_inline++;
      checkpointer->last_thread = g_thread_self ();
      g_mutex_unlock (&checkpointer->lock);
    }
  else if (n_pages >= 0 && (guint) n_pages >= background_pages)
    {
      g_mutex_lock (&checkpointer->lock);
      checkpointer->wanted = TRUE;
      checkpointer->last_commit = g_get_monotonic_time ();
      if (checkpointer->thread == NULL)
        checkpointer->thread = g_thread_new ("accueil-checkpoint", checkpointer_run, checkpointer);
      g_cond_signal (&checkpointer->cond);
      g_mutex_unlock (&checkpointer->lock);
    }
  return SQLITE_OK;
}

void
_acc_repository_set_checkpoint_pages (AccRepository *self,
                                      guint          background_pages,
                                      guint          limit_pages)
{
  g_return_if_fail (ACC_IS_REPOSITORY (self) && self->checkpointer != NULL);
  g_return_if_fail (background_pages > 0 && background_pages <= limit_pages);

  g_mutex_lock (&self->checkpointer->lock);
  self->checkpointer->background_pages = background_pages;
  self->checkpointer->limit_pages = limit_pages;
  g_mutex_unlock (&self->checkpointer->lock);
}

void
_acc_repository_wait_checkpoints (AccRepository *self)
{
  AccCheckpointer *checkpointer;

  g_return_if_fail (ACC_IS_REPOSITORY (self) && self->checkpointer != NULL);

  checkpointer = self->checkpointer;
  g_mutex_lock (&checkpointer->lock);
  while (checkpointer->wanted || checkpointer->running)
    g_cond_wait (&checkpointer->cond, &checkpointer->lock);
  g_mutex_unlock (&checkpointer->lock);
}

void
_acc_repository_get_checkpoints (AccRepository  *self,
                                 guint          *n_background,
                                 guint          *n_inline,
                                 GThread       **last_thread)
{
  AccCheckpointer *checkpointer;

  g_return_if_fail (ACC_IS_REPOSITORY (self) && self->checkpointer != NULL);

  checkpointer = self->checkpointer;
  g_mutex_lock (&checkpointer->lock);
  *n_background = checkpointer->n_background;
  *n_inline = checkpointer->n_inline;
  *last_thread = checkpointer->last_thread;
  g_mutex_unlock (&checkpointer->lock);
}

/* Slow calls on the main thread.
 *
 * A window freezes while its thread waits for the database: the GUI asks to
 * be told of any statement that takes longer than a frame or two on its
 * thread. SQLite times each statement itself (the profile trace, from its
 * first step to its end or reset), so every store file's statements are
 * watched without a timer around each call. The warning has a log domain of
 * its own, which tests can tell apart from other warnings. */
static GThread *slow_thread;          /* NULL: not watched */
static gint64 slow_threshold_ns;

/**
 * acc_repository_warn_slow_calls:
 * @threshold_ms: the longest a statement may take, 0 to stop watching
 *
 * From now on, a statement run on the calling thread (the GUI's) by any
 * repository that takes longer than @threshold_ms is reported with a
 * warning in the %ACC_SLOW_CALL_LOG_DOMAIN log domain, naming the
 * statement's first words and its time. Worker threads are not watched:
 * they are where slow work belongs.
 */
void
acc_repository_warn_slow_calls (guint threshold_ms)
{
  g_atomic_pointer_set (&slow_thread, threshold_ms > 0 ? g_thread_self () : NULL);
  slow_threshold_ns = (gint64) threshold_ms * 1000000;
}

/* Whether the calling thread is the one watched for slow calls: the GUI's,
 * where nothing may take long. */
gboolean
_acc_repository_is_watched_thread (void)
{
  GThread *watched = g_atomic_pointer_get (&slow_thread);

  return watched != NULL && watched == g_thread_self ();
}

/* The start of @sql on one line, enough to find it in the source. */
static char *
sql_first_words (const char *sql)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (const char *p = sql; *p != '\0' && words->len < 60; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (words->len > 0 && words->str[words->len - 1] != ' ')
            g_string_append_c (words, ' ');
        }
      else
        g_string_append_c (words, *p);
    }
  if (words->len >= 60)
    g_string_append (words, "…");
  return g_string_free (g_steal_pointer (&words), FALSE);
}

static int
on_statement_traced (unsigned int  type,
                     void         *user_data,
                     void         *p,
                     void         *x)
{
  gint64 elapsed_ns = *(sqlite3_int64 *) x;
  GThread *watched = g_atomic_pointer_get (&slow_thread);

  if (type == SQLITE_TRACE_PROFILE && watched != NULL && watched == g_thread_self ()
      && elapsed_ns > slow_threshold_ns)
    {
      const char *sql = sqlite3_sql (p);
      g_autofree char *words = sql_first_words (sql != NULL ? sql : "?");

      g_log (ACC_SLOW_CALL_LOG_DOMAIN, G_LOG_LEVEL_WARNING,
             "Slow database call on the main thread: %.1f ms for “%s”",
             elapsed_ns / 1e6, words);
    }
  return 0;
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/**
 * _acc_repository_prepare:
 *
 * Returns: (transfer none): the statement for @sql, prepared once per
 * connection, reset and with its bindings cleared.
 */
sqlite3_stmt *
_acc_repository_prepare (AccRepository  *self,
                         const char     *sql,
                         GError        **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_acc_repository_exec (AccRepository  *self,
                      const char     *sql,
                      GError        **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

/**
 * _acc_repository_check_updated:
 *
 * After an UPDATE … WHERE id = :id: fails with NOT_FOUND when the row is
 * gone, deleted meanwhile by another window or process.
 */
gboolean
_acc_repository_check_updated (AccRepository  *self,
                               GError        **error)
{
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
               _("This entry no longer exists: someone deleted it meanwhile."));
  return FALSE;
}

gboolean
_acc_repository_step_done (AccRepository  *self,
                           sqlite3_stmt   *stmt,
                           GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _acc_repository_set_error (self, error, rc);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
_acc_bind_text (sqlite3_stmt *stmt,
                const char   *name,
                const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  g_return_if_fail (index > 0);
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_acc_bind_int64 (sqlite3_stmt *stmt,
                 const char   *name,
                 gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  g_return_if_fail (index > 0);
  sqlite3_bind_int64 (stmt, index, value);
}

/* A reference to another row: 0 means none, stored as NULL. */
void
_acc_bind_id (sqlite3_stmt *stmt,
              const char   *name,
              gint64        id)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  g_return_if_fail (index > 0);
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

char *
_acc_column_text (sqlite3_stmt *stmt,
                  int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * _acc_fts_prefix_query:
 * @text: (nullable): what the user typed in a search field
 *
 * Each word becomes a quoted prefix term ("word"*), so that nothing the user
 * types is read as FTS5 syntax: quotes are doubled inside the term, and
 * operators (AND, NEAR, column filters, a leading minus) become plain words.
 * Case and accents are left to the index's tokenizer.
 *
 * Returns: (transfer full) (nullable): the MATCH expression, or %NULL when
 * @text holds no word.
 */
char *
_acc_fts_prefix_query (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = NULL;

  if (text == NULL)
    return NULL;

  words = g_str_tokenize_and_fold (text, NULL, NULL);
  query = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = g_strsplit (words[i], "\"", -1);

      escaped = g_strjoinv ("\"\"", parts);
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_printf (query, "\"%s\"*", escaped);
    }
  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

/* Transactions.
 *
 * Every write runs in BEGIN IMMEDIATE: a deferred transaction that reads and
 * then writes would fail at once with SQLITE_BUSY when another process holds
 * the lock, ignoring busy_timeout. Nested calls join the outermost
 * transaction; a failure anywhere rolls the whole of it back. */
gboolean
_acc_repository_begin (AccRepository  *self,
                       AccChangeFlags  touches,
                       GError        **error)
{
  if (self->transaction_depth == 0)
    {
      if (!_acc_repository_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->rollback_only = FALSE;
      self->pending_changes = 0;
    }
  self->transaction_depth++;
  self->pending_changes |= touches;
  return TRUE;
}

gboolean
_acc_repository_commit (AccRepository  *self,
                        GError        **error)
{
  AccChangeFlags changes;

  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return TRUE;
    }

  if (self->rollback_only)
    {
      _acc_repository_rollback (self);
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED,
                   _("A part of the change failed: nothing was saved."));
      return FALSE;
    }

  if (!_acc_repository_exec (self, "COMMIT", error))
    {
      _acc_repository_rollback (self);
      return FALSE;
    }

  self->transaction_depth = 0;
  changes = self->pending_changes;
  self->pending_changes = 0;
  _acc_repository_emit_changed (self, changes);
  return TRUE;
}

void
_acc_repository_rollback (AccRepository *self)
{
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      self->rollback_only = TRUE;
      return;
    }

  /* Without autocommit off there is nothing left to undo: SQLite already
   * rolled back on some errors (SQLITE_FULL, SQLITE_IOERR…). */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->transaction_depth = 0;
  self->rollback_only = FALSE;
  self->pending_changes = 0;
}

void
_acc_repository_emit_changed (AccRepository  *self,
                              AccChangeFlags  flags)
{
  if (flags & (ACC_CHANGE_SETTINGS | ACC_CHANGE_SCHEDULE))
    g_clear_object (&self->opening_hours);
  if (flags != 0)
    g_signal_emit (self, signals[CHANGED], 0, flags);
}

/**
 * acc_repository_run_in_transaction:
 * @touches: the tables @func writes, for the ::changed signal
 *
 * Runs @func in one write transaction: every save it makes is committed
 * together, or none is. This is also how large batches (demo data, imports)
 * stay fast: one commit for many rows.
 */
gboolean
acc_repository_run_in_transaction (AccRepository       *self,
                                   AccChangeFlags       touches,
                                   AccTransactionFunc   func,
                                   gpointer             user_data,
                                   GError             **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!_acc_repository_begin (self, touches, error))
    return FALSE;
  if (!func (user_data, error))
    {
      _acc_repository_rollback (self);
      return FALSE;
    }
  return _acc_repository_commit (self, error);
}

GListModel *
_acc_repository_read_all (AccRepository  *self,
                          GType           item_type,
                          const char     *sql,
                          AccQueryBinder  bind,
                          gconstpointer   query_data,
                          AccRowReader    read_row,
                          GError        **error)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (bind != NULL)
    bind (stmt, query_data);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = read_row (stmt);
      g_list_store_append (store, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
query_int (AccRepository  *self,
           const char     *sql,
           gint64         *value,
           GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _acc_repository_set_error (self, error, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Opening. */

/**
 * acc_repository_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/accueil/accueil.db`.
 */
char *
acc_repository_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "accueil", "accueil.db", NULL);
}

int
acc_repository_latest_schema_version (void)
{
  return LATEST_SCHEMA_VERSION;
}

/* The file holds people's personal data: a 0700 folder, a 0600 file. The
 * folder's mode is set only when we create it; an existing folder is the
 * user's choice. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder %s: %s."), folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, ACC_REPOSITORY_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? ACC_REPOSITORY_ERROR_READ_ONLY : ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("Cannot create the database %s: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* A copy of the whole database through SQLite's online backup API, which
 * sees the WAL's content, unlike a plain file copy. */
static gboolean
backup_to (AccRepository  *self,
           const char     *backup_path,
           GError        **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!create_private_file (backup_path, error))
    return FALSE;

  rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED,
                   _("Cannot back up the database to %s before updating it: %s."),
                   backup_path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (AccRepository  *self,
         GError        **error)
{
  int from = self->schema_version;

  if (from >= LATEST_SCHEMA_VERSION)
    return TRUE;

  /* A database that already holds data is copied first: a failed or
   * regretted migration can always be undone by hand. */
  if (from > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *backup_path = g_strdup_printf ("%s.v%d-%s.bak", self->path, from, stamp);

      if (!backup_to (self, backup_path, error))
        return FALSE;
      g_free (self->backup_path);
      self->backup_path = g_steal_pointer (&backup_path);
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_ALL, error))
    return FALSE;

  for (int version = from + 1; version <= LATEST_SCHEMA_VERSION; version++)
    {
      g_autofree char *resource = g_strdup_printf (MIGRATIONS_PATH "/%03d.sql", version);
      g_autoptr(GBytes) sql = NULL;
      g_autofree char *sql_text = NULL;
      g_autofree char *set_version = NULL;

      sql = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (sql == NULL)
        {
          _acc_repository_rollback (self);
          return FALSE;
        }
      sql_text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));

      /* The version number is ours, never user text. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
      if (!_acc_repository_exec (self, sql_text, error)
          || !_acc_repository_exec (self, set_version, error))
        {
          g_prefix_error (error, _("Updating the database to version %d failed: "), version);
          _acc_repository_rollback (self);
          return FALSE;
        }
    }

  if (!_acc_repository_commit (self, error))
    return FALSE;

  self->schema_version = LATEST_SCHEMA_VERSION;
  return TRUE;
}

/* A file cut short (a copy interrupted, a full disk) opens fine, since
 * only its first page is read, and fails later, in the middle of the day.
 * Its header says how many pages it has: fewer bytes than that is damage.
 * With a WAL of committed pages not yet copied back, the file may rightly be
 * shorter, so only a file without one is measured. */
static gboolean
check_not_truncated (AccRepository  *self,
                     GError        **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  GStatBuf file_stat, wal_stat;
  gint64 page_count = 0, page_size = 0;

  if (g_stat (wal, &wal_stat) == 0 && wal_stat.st_size > 0)
    return TRUE;
  if (g_stat (self->path, &file_stat) != 0)
    return TRUE;
  if (!query_int (self, "PRAGMA page_count", &page_count, error)
      || !query_int (self, "PRAGMA page_size", &page_size, error))
    return FALSE;
  if ((gint64) file_stat.st_size < page_count * page_size)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
                   _("The database is incomplete: the file was cut short. It was left untouched."));
      return FALSE;
    }
  return TRUE;
}

/**
 * acc_repository_open:
 * @path: the database file, created if missing
 *
 * Opens the database with WAL, synchronous=FULL, foreign keys and a busy
 * timeout, and brings its schema up to date. A database written by a newer
 * Accueil is refused before anything is written to it.
 *
 * Returns: (transfer full): the repository, or %NULL with @error set.
 */
AccRepository *
acc_repository_open (const char  *path,
                     GError     **error)
{
  g_autoptr(AccRepository) self = NULL;
  gint64 version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  ensure_resources ();

  self = g_object_new (ACC_TYPE_REPOSITORY, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_private_file (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_handler (self->db, on_busy, &self->busy_deadline);
  sqlite3_trace_v2 (self->db, SQLITE_TRACE_PROFILE, on_statement_traced, NULL);

  /* Read the version before anything that writes (journal_mode does): a
   * newer or foreign file must stay exactly as it is. Reading it is also
   * what finds a file that is not a database. */
  if (!query_int (self, "PRAGMA user_version", &version, error))
    return NULL;
  if (version > LATEST_SCHEMA_VERSION)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NEWER_SCHEMA,
                   _("This database was written by a newer version of Accueil (schema %d; this version knows up to %d). It was left untouched."),
                   (int) version, LATEST_SCHEMA_VERSION);
      return NULL;
    }
  self->schema_version = (int) version;

  /* Version 0 is a new, empty file; a version-0 file with tables belongs to
   * another program and is not ours to change. */
  if (version == 0)
    {
      gint64 n_tables = 0;

      if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
        return NULL;
      if (n_tables > 0)
        {
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
                       _("This file is the database of another program, not an Accueil database. It was left untouched."));
          return NULL;
        }
    }

  /* SQLite quietly opens a file it may not write read-only; the first save
   * would then fail. Say it now, before anything else. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_READ_ONLY,
                   _("The database cannot be written to: the file is read-only."));
      return NULL;
    }

  if (!check_not_truncated (self, error))
    return NULL;

  if (!_acc_repository_exec (self, "PRAGMA journal_mode = WAL", error)
      || !_acc_repository_exec (self, "PRAGMA synchronous = FULL", error)
      || !_acc_repository_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  /* Checkpoints off the saving thread (see on_wal_commit()). */
  self->checkpointer = checkpointer_new (path);
  sqlite3_wal_hook (self->db, on_wal_commit, self->checkpointer);

  if (!migrate (self, error))
    return NULL;

  if (!query_int (self, "PRAGMA data_version", &self->data_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
acc_repository_get_path (AccRepository *self)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  return self->path;
}

int
acc_repository_get_schema_version (AccRepository *self)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), 0);
  return self->schema_version;
}

/**
 * acc_repository_get_backup_path:
 *
 * Returns: (nullable): the copy made before the last migration, if any.
 */
const char *
acc_repository_get_backup_path (AccRepository *self)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  return self->backup_path;
}

/* Change detection. sqlite3_update_hook does not see other processes;
 * PRAGMA data_version does: it changes when another connection commits. */

/**
 * acc_repository_check_for_changes:
 *
 * Emits ::changed with %ACC_CHANGE_ALL when another connection (another
 * window, accueil-cli, another session) committed since the last check.
 *
 * Returns: whether something changed.
 */
gboolean
acc_repository_check_for_changes (AccRepository *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (self->transaction_depth > 0)
    return FALSE;

  if (!query_int (self, "PRAGMA data_version", &version, &error))
    {
      g_debug ("Cannot read data_version: %s", error->message);
      return FALSE;
    }
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  _acc_repository_emit_changed (self, ACC_CHANGE_ALL);
  return TRUE;
}

static gboolean
on_watch_timeout (gpointer user_data)
{
  acc_repository_check_for_changes (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * acc_repository_watch:
 * @interval_ms: how often to look, 0 to stop
 *
 * Looks for other processes' changes on the thread-default main context.
 */
void
acc_repository_watch (AccRepository *self,
                      guint          interval_ms)
{
  g_return_if_fail (ACC_IS_REPOSITORY (self));

  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (interval_ms > 0)
    self->watch_source = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, interval_ms,
                                             on_watch_timeout, self, NULL);
}

static gboolean
collect_rows (AccRepository  *self,
              const char     *sql,
              GPtrArray      *problems,
              const char     *ok_text,
              GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GString) row = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);
          if (i > 0)
            g_string_append (row, " ");
          g_string_append (row, text != NULL ? text : "NULL");
        }
      if (ok_text == NULL || g_strcmp0 (row->str, ok_text) != 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", sql, row->str));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

/**
 * acc_repository_check:
 * @problems: (out) (transfer full): one line per problem found
 *
 * Runs SQLite's integrity check, the foreign key check and the full-text
 * index's own check, and compares the schema version with this program's.
 *
 * Returns: %FALSE when the checks could not run; the database is sound when
 * this returns %TRUE and @problems is empty.
 */
gboolean
acc_repository_check (AccRepository  *self,
                      GStrv          *problems,
                      GError        **error)
{
  static const struct { const char *table; const char *sql; } fts_checks[] = {
    { "contacts_fts", "INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')" },
    { "interactions_fts", "INSERT INTO interactions_fts (interactions_fts) VALUES ('integrity-check')" },
    { "messages_fts", "INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')" },
  };
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!collect_rows (self, "PRAGMA integrity_check", found, "ok", error)
      || !collect_rows (self, "PRAGMA foreign_key_check", found, NULL, error))
    return FALSE;

  /* The full-text indexes check themselves (FTS5's integrity-check). */
  for (guint i = 0; i < G_N_ELEMENTS (fts_checks); i++)
    {
      g_autoptr(GError) fts_error = NULL;

      if (!_acc_repository_exec (self, fts_checks[i].sql, &fts_error))
        g_ptr_array_add (found, g_strdup_printf ("%s: %s", fts_checks[i].table, fts_error->message));
    }

  if (self->schema_version != LATEST_SCHEMA_VERSION)
    g_ptr_array_add (found, g_strdup_printf ("schema version %d, expected %d",
                                             self->schema_version, LATEST_SCHEMA_VERSION));

  g_ptr_array_add (found, NULL);
  *problems = (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

/**
 * acc_repository_needs_setup:
 *
 * Returns: whether the organisation has no name or no staff yet, which is
 * when the first-run dialog asks for them.
 */
gboolean
acc_repository_needs_setup (AccRepository *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  gint64 staff_count = 0;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), TRUE);

  organisation = acc_repository_load_organisation (self, &error);
  if (organisation == NULL)
    return TRUE;
  if (acc_organisation_get_name (organisation) == NULL || *acc_organisation_get_name (organisation) == '\0')
    return TRUE;
  if (!query_int (self, "SELECT count(*) FROM staff WHERE active", &staff_count, &error))
    return TRUE;
  return staff_count == 0;
}

static void
acc_repository_dispose (GObject *object)
{
  AccRepository *self = ACC_REPOSITORY (object);

  g_clear_handle_id (&self->watch_source, g_source_remove);
  g_clear_object (&self->opening_hours);

  G_OBJECT_CLASS (acc_repository_parent_class)->dispose (object);
}

static void
acc_repository_finalize (GObject *object)
{
  AccRepository *self = ACC_REPOSITORY (object);

  if (self->transaction_depth > 0)
    {
      g_warning ("Repository finalized inside a transaction: rolling back");
      self->transaction_depth = 1;
      _acc_repository_rollback (self);
    }

  /* The worker first: it must not start a checkpoint on a closed file. */
  if (self->db != NULL)
    sqlite3_wal_hook (self->db, NULL, NULL);
  g_clear_pointer (&self->checkpointer, checkpointer_free);

  /* Look-ups hold a reference on the repository while they run: none is
   * left by now. */
  g_clear_object (&self->search_connection);
  g_mutex_clear (&self->search_lock);

  /* Statements first: sqlite3_close refuses a connection with live ones. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* The last connection to close copies the whole WAL back and deletes
       * it; when another process still has the file open, copy what can be
       * copied now, without waiting, so that the WAL does not stay long. */
      sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
      sqlite3_close (self->db);
    }
  self->db = NULL;
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (acc_repository_parent_class)->finalize (object);
}

static void
acc_repository_class_init (AccRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = acc_repository_dispose;
  object_class->finalize = acc_repository_finalize;

  /**
   * AccRepository::changed:
   * @flags: the #AccChangeFlags of what changed
   *
   * A write was committed, by this connection or, seen through
   * acc_repository_check_for_changes(), by another one.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACC_TYPE_CHANGE_FLAGS);
}

static void
acc_repository_init (AccRepository *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  g_mutex_init (&self->search_lock);
}
