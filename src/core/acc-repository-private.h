/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-private.h — what the repository's store files share.
 *
 * Only the core's store files (acc-repository*.c, acc-query-model.c) include
 * this header, and so only they see SQLite: the rest of the program speaks
 * in GObjects, GListModels and GErrors.
 */
#pragma once

#include <sqlite3.h>

#include "acc-repository.h"
#include "acc-books-export.h"
#include "acc-query-model.h"

G_BEGIN_DECLS

struct _AccRepository
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;
  char *backup_path;
  int schema_version;

  /* SQL text → prepared statement, kept for the connection's life. */
  GHashTable *statements;

  /* Nested transactions run inside the outermost one. */
  guint transaction_depth;
  gboolean rollback_only;
  AccChangeFlags pending_changes;

  gint64 data_version;
  guint watch_source;
  gint64 busy_deadline;   /* for the busy handler, per connection */

  /* What a message's due time is computed from, read once and forgotten
   * when the settings or the schedule change. */
  AccSchedule *opening_hours;
  guint message_deadline_hours;

  /* The WAL's checkpoints, run by a thread of their own (acc-repository.c). */
  struct _AccCheckpointer *checkpointer;

  /* The look-up as you type runs on worker threads, on a read connection
   * of its own (opened by the first one, then reused): the main thread's
   * connection is never touched off the main thread. One look-up at a
   * time holds it. */
  GMutex search_lock;
  AccRepository *search_connection;
};

typedef GObject *(*AccRowReader)   (sqlite3_stmt *stmt);
typedef void     (*AccQueryBinder) (sqlite3_stmt *stmt,
                                    gconstpointer query_data);

sqlite3_stmt  *_acc_repository_prepare      (AccRepository  *self,
                                             const char     *sql,
                                             GError        **error);
gboolean       _acc_repository_exec         (AccRepository  *self,
                                             const char     *sql,
                                             GError        **error);
gboolean       _acc_repository_step_done    (AccRepository  *self,
                                             sqlite3_stmt   *stmt,
                                             GError        **error);
gboolean       _acc_repository_check_updated (AccRepository *self,
                                             GError        **error);
void           _acc_repository_set_error    (AccRepository  *self,
                                             GError        **error,
                                             int             rc);
gboolean       _acc_repository_begin        (AccRepository  *self,
                                             AccChangeFlags  touches,
                                             GError        **error);
gboolean       _acc_repository_commit       (AccRepository  *self,
                                             GError        **error);
void           _acc_repository_rollback     (AccRepository  *self);
void           _acc_repository_emit_changed (AccRepository  *self,
                                             AccChangeFlags  flags);
gint64         _acc_repository_now          (void);
gboolean       _acc_repository_is_watched_thread (void);
GListModel    *_acc_repository_read_all     (AccRepository  *self,
                                             GType           item_type,
                                             const char     *sql,
                                             AccQueryBinder  bind,
                                             gconstpointer   query_data,
                                             AccRowReader    read_row,
                                             GError        **error);

/* Binding and reading columns: NULL and "" are stored as NULL. */
void           _acc_bind_text               (sqlite3_stmt   *stmt,
                                             const char     *name,
                                             const char     *text);
void           _acc_bind_int64              (sqlite3_stmt   *stmt,
                                             const char     *name,
                                             gint64          value);
void           _acc_bind_id                 (sqlite3_stmt   *stmt,
                                             const char     *name,
                                             gint64          id);
char          *_acc_column_text             (sqlite3_stmt   *stmt,
                                             int             column);

/* Search: the FTS5 MATCH expression for what the user typed, every word a
 * quoted prefix term; NULL when there is no word. */
char          *_acc_fts_prefix_query        (const char     *text);

/* The look-up's and the exports' SQL, for the benchmark and the look-up
 * speed test, which run it through plain SQLite beside the repository. */
gboolean       _acc_contact_search_sql      (const char     *text,
                                             const char    **sql,
                                             char          **match,
                                             char          **phone_pattern);
const char    *_acc_book_export_sql         (AccBook         book);

AccQueryModel *_acc_query_model_new         (AccRepository  *repository,
                                             GType           item_type,
                                             AccChangeFlags  depends_on,
                                             const char     *count_sql,
                                             const char     *page_sql,
                                             AccQueryBinder  bind,
                                             gpointer        query_data,
                                             GDestroyNotify  query_data_free,
                                             AccRowReader    read_row);

void           _acc_query_model_set_keyset  (AccQueryModel  *self,
                                             const char     *after_sql,
                                             const char     *before_sql,
                                             const char     *last_sql,
                                             const char     *keys_sql);
void           _acc_query_model_set_id_list (AccQueryModel  *self,
                                             const char     *ids_sql,
                                             const char     *rows_sql);
#define ACC_QUERY_MODEL_COUNT_IN_WORKER (-2)
void           _acc_query_model_set_tuning  (AccQueryModel  *self,
                                             gint64          sync_budget_us,
                                             guint           ladder_step);

/* Row readers of each store file, for lists built elsewhere. */
GObject       *_acc_staff_member_from_row   (sqlite3_stmt   *stmt);
GObject       *_acc_contact_from_row        (sqlite3_stmt   *stmt);
GObject       *_acc_interaction_from_row    (sqlite3_stmt   *stmt);
GObject       *_acc_message_from_row        (sqlite3_stmt   *stmt);
GObject       *_acc_change_from_row         (sqlite3_stmt   *stmt);

/* The checkpoints, for the tests: how many pages in the WAL ask the
 * worker for one, how many make the committing thread run it itself; wait
 * until the worker has none left to do; what it did. */
void           _acc_repository_set_checkpoint_pages (AccRepository *self,
                                                     guint          background_pages,
                                                     guint          limit_pages);
void           _acc_repository_wait_checkpoints     (AccRepository *self);
void           _acc_repository_get_checkpoints      (AccRepository *self,
                                                     guint         *n_background,
                                                     guint         *n_inline,
                                                     GThread      **last_thread);

gboolean       _acc_normalize_phone_field     (char         **phone,
                                               GError       **error);
gboolean       _acc_repository_insert_message (AccRepository *self,
                                               AccMessage    *message,
                                               GError       **error);

G_END_DECLS
