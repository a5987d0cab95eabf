/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-query-model.c — a lazy GListModel over an SQL query.
 *
 * The books hold tens of thousands of rows, a federation's a million: the
 * count comes from SQL, rows are read a page at a time when a view asks for
 * them, a few pages stay cached, and the same object is returned for the same
 * position as long as someone holds it. Sorting and filtering are the query's
 * own (ORDER BY, WHERE), never a GtkSortListModel walking every row.
 *
 * The model follows the repository's ::changed signal: when a table it reads
 * changes, it counts again and tells its views.
 *
 * At a million rows two things would block the window (issue 8):
 *
 * - Counting. The count runs on the main thread within a small budget; a
 *   list too long for it (or a broad search) is counted on a worker thread
 *   with a connection of its own, while the model shows the rows of its
 *   first page; the views are told when the count comes.
 *
 * - Deep pages. "LIMIT 64 OFFSET 500000" walks half a million index entries.
 *   A list that knows its sort key (_acc_query_model_set_keyset()) reads a
 *   page from the nearest row whose key it knows — a cached page's first or
 *   last row, the end of the list, or a rung of the "ladder" of keys the
 *   worker noted every LADDER_STEP rows while counting — with only a short
 *   OFFSET from there, forwards or backwards. Equal keys are told apart by
 *   the row's id, the sort's last column.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-repository-private.h"

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 16

/* Counting on the GUI's thread stops after this; a worker takes over. A
 * frame is 16 ms and the first page must fit in it too. */
#define SYNC_COUNT_BUDGET_US 8000

/* The worker notes one key every LADDER_STEP rows: a page is then never
 * more than LADDER_STEP / 2 rows from a known key (a million rows, 489
 * keys). Keys noted while reading pages are forgotten beyond MAX_KEYS. */
#define LADDER_STEP 2048
#define MAX_KEYS 4096

/* A search's ids are kept up to this many (4 MB); beyond, its pages are
 * read by key. */
#define MAX_IDS 500000

/* More rows than this, and a list in an order no index gives (a search by
 * rank, the inbox's urgent first) is read by id even when it was counted
 * at once: each page would sort them all again (30,000 contacts by rank:
 * 20 ms; 1,300 open messages, cold: 70 ms, their rows read to sort). */
#define MAX_SORTED_MATCHES 1000

/* The sort key of the row at a position: the sort column's value and the
 * id, which breaks ties. */
typedef struct
{
  sqlite3_value *key;
  gint64 id;
  gboolean rung;   /* noted by the counting worker: kept until a refresh */
} RowKey;

static void
row_key_free (gpointer data)
{
  RowKey *row_key = data;

  sqlite3_value_free (row_key->key);
  g_free (row_key);
}

struct _AccQueryModel
{
  GObject parent_instance;

  AccRepository *repository;
  GType item_type;
  AccChangeFlags depends_on;
  char *count_sql;
  char *page_sql;
  AccQueryBinder bind;
  gpointer query_data;
  GDestroyNotify query_data_free;
  AccRowReader read_row;

  /* Keyset paging (all NULL without it): the rows after a key, the rows
   * before it in reverse order, and the last rows in reverse order; each
   * with the sort key and the id as its last two columns, as page_sql then
   * has too. */
  char *after_sql;
  char *before_sql;
  char *last_sql;
  char *keys_sql;          /* every row's sort key and id, in order */
  GHashTable *keys;        /* position → RowKey */

  /* Lists of ids (searches): the worker lists the matching ids in order,
   * and a page is then read by its ids alone, whatever the search costs. */
  char *ids_sql;           /* every row's id (its last column), in order */
  char *rows_sql;          /* the rows of the ids of the JSON array :ids, in its order */
  GArray *ids;             /* gint64, from the worker; NULL until then */

  guint n_items;
  gboolean counted;        /* n_items holds a count, exact or not */
  gboolean exact;          /* …the list's count, not only its first rows */
  GCancellable *counting;  /* the worker counting, if any */
  guint generation;        /* bumped by every refresh */
  gint64 sync_budget_us;
  guint ladder_step;

  /* page index → GPtrArray of items; the queue holds the page indexes, most
   * recently used first. */
  GHashTable *pages;
  GQueue lru;

  /* position → AliveItem, without a reference on the item: the items still
   * alive, so that a position asked again gives the same object even when
   * its page left the cache. */
  GHashTable *alive;
};

static void acc_query_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AccQueryModel, acc_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, acc_query_model_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  AccQueryModel *model;
  guint position;
  GObject *item;
} AliveItem;

static void
on_item_finalized (gpointer  data,
                   GObject  *where_the_object_was)
{
  AliveItem *alive = data;

  g_hash_table_remove (alive->model->alive, GUINT_TO_POINTER (alive->position));
}

static void
remember_alive (AccQueryModel *self,
                guint          position,
                GObject       *item)
{
  AliveItem *alive = g_new (AliveItem, 1);

  alive->model = self;
  alive->position = position;
  alive->item = item;
  g_object_weak_ref (item, on_item_finalized, alive);
  g_hash_table_insert (self->alive, GUINT_TO_POINTER (position), alive);
}

static void
forget_alive_items (AccQueryModel *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->alive);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      AliveItem *alive = value;
      g_object_weak_unref (alive->item, on_item_finalized, alive);
    }
  g_hash_table_remove_all (self->alive);
}

static void count_in_worker (AccQueryModel *self);

/* Stops a statement of the main thread once its budget is spent. */
static int
on_budget_progress (void *user_data)
{
  return g_get_monotonic_time () > *(gint64 *) user_data;
}

/* Counts on the main thread within @budget_us (no limit when 0).
 * Returns: FALSE when the budget was spent first. */
static gboolean
count_rows (AccQueryModel *self,
            gint64         budget_us,
            guint         *count)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gint64 deadline = g_get_monotonic_time () + budget_us;
  gboolean done = TRUE;
  int rc;

  *count = 0;
  stmt = _acc_repository_prepare (self->repository, self->count_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count the rows of a list: %s", error->message);
      return TRUE;
    }
  db = sqlite3_db_handle (stmt);
  if (self->bind != NULL)
    self->bind (stmt, self->query_data);
  if (budget_us > 0)
    sqlite3_progress_handler (db, 1000, on_budget_progress, &deadline);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_INTERRUPT)
    done = FALSE;
  else
    g_warning ("Cannot count the rows of a list: %s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
  if (budget_us > 0)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  return done;
}

static GPtrArray *lookup_page (AccQueryModel *self,
                               guint          page);

static void
ensure_counted (AccQueryModel *self)
{
  GPtrArray *first;
  gint64 budget_us;

  if (self->counted)
    return;

  /* Only where a window waits (the thread watched for slow calls) is the
   * count given a budget: elsewhere (accueil-cli) no main loop would ever
   * deliver a worker's count. */
  if (self->sync_budget_us == ACC_QUERY_MODEL_COUNT_IN_WORKER)
    budget_us = -1;
  else if (self->sync_budget_us >= 0)
    budget_us = self->sync_budget_us;
  else
    budget_us = _acc_repository_is_watched_thread () ? SYNC_COUNT_BUDGET_US : 0;

  self->counted = TRUE;
  if (budget_us >= 0 && count_rows (self, budget_us, &self->n_items))
    {
      self->exact = TRUE;
      /* Quick to count, but each page of so many matches would sort them
       * all again (by rank): listed on the worker instead. */
      if (self->ids_sql == NULL || budget_us == 0 || self->n_items <= MAX_SORTED_MATCHES)
        return;
    }

  /* Too long to count here: the first page is shown meanwhile, unless
   * it costs as much as the count (a search): then the rows come with the
   * worker's list of ids. */
  self->exact = FALSE;
  if (self->ids_sql != NULL)
    self->n_items = 0;
  else
    {
      self->n_items = PAGE_SIZE;
      first = lookup_page (self, 0);
      self->n_items = first->len;
    }
  count_in_worker (self);
}

/* Keys --------------------------------------------------------------------- */

static void
note_key (AccQueryModel *self,
          guint          position,
          sqlite3_value *key,
          gint64         id,
          gboolean       rung)
{
  RowKey *row_key;

  if (self->keys == NULL || g_hash_table_contains (self->keys, GUINT_TO_POINTER (position)))
    return;

  /* Memory stays bounded: the keys of pages read long ago go, the
   * worker's rungs stay. */
  if (!rung && g_hash_table_size (self->keys) >= MAX_KEYS)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->keys);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (!((RowKey *) value)->rung)
          g_hash_table_iter_remove (&iter);
    }

  row_key = g_new0 (RowKey, 1);
  row_key->key = sqlite3_value_dup (key);
  row_key->id = id;
  row_key->rung = rung;
  g_hash_table_insert (self->keys, GUINT_TO_POINTER (position), row_key);
}

typedef enum
{
  FROM_START,   /* page_sql: OFFSET from the first row */
  AFTER_KEY,    /* after_sql: OFFSET from the row after a known one */
  BEFORE_KEY,   /* before_sql: backwards, from the row before a known one */
  FROM_END,     /* last_sql: backwards, from the last row */
} PageFrom;

typedef struct
{
  PageFrom from;
  guint offset;
  guint anchor;       /* AFTER_KEY, BEFORE_KEY: the known row's position */
  RowKey *key;
} PagePlan;

/* The cheapest way to rows [@start, @start + @want): the fewest rows
 * skipped. */
static PagePlan
plan_page (AccQueryModel *self,
           guint          start,
           guint          want)
{
  PagePlan plan = { FROM_START, start, 0, NULL };
  GHashTableIter iter;
  gpointer key, value;

  if (self->keys == NULL || start == 0)
    return plan;

  if (self->exact && self->n_items - (start + want) < plan.offset)
    {
      plan.from = FROM_END;
      plan.offset = self->n_items - (start + want);
    }

  g_hash_table_iter_init (&iter, self->keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint position = GPOINTER_TO_UINT (key);

      if (position < start && start - position - 1 < plan.offset)
        {
          plan.from = AFTER_KEY;
          plan.offset = start - position - 1;
          plan.anchor = position;
          plan.key = value;
        }
      else if (position >= start + want && position - (start + want) < plan.offset)
        {
          plan.from = BEFORE_KEY;
          plan.offset = position - (start + want);
          plan.anchor = position;
          plan.key = value;
        }
    }
  return plan;
}

/* Pages -------------------------------------------------------------------- */

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* Rows [@start, @start + @want) of a list whose ids are known: no walk,
 * no offset, only those rows. */
static GPtrArray *
load_page_by_ids (AccQueryModel *self,
                  guint          start,
                  guint          want,
                  GPtrArray     *items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("[");
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = start; i < start + want && i < self->ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > start ? "," : "", g_array_index (self->ids, gint64, i));
  g_string_append_c (json, ']');

  stmt = _acc_repository_prepare (self->repository, self->rows_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read a page of a list: %s", error->message);
      return items;
    }
  _acc_bind_text (stmt, ":ids", json->str);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint position = start + items->len;
      AliveItem *alive;
      GObject *item;

      /* A row deleted meanwhile by another process leaves a gap: the
       * page stops there, the next refresh corrects the count. */
      if (position >= self->ids->len
          || sqlite3_column_int64 (stmt, sqlite3_column_count (stmt) - 1) != g_array_index (self->ids, gint64, position))
        break;
      alive = g_hash_table_lookup (self->alive, GUINT_TO_POINTER (position));
      if (alive != NULL)
        item = g_object_ref (alive->item);
      else
        {
          item = self->read_row (stmt);
          remember_alive (self, position, item);
        }
      g_ptr_array_add (items, item);
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_warning ("Cannot read a page of a list: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
  return items;
}

static GPtrArray *
load_page (AccQueryModel *self,
           guint          page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint start = page * PAGE_SIZE;
  guint want = MIN (PAGE_SIZE, self->n_items - MIN (start, self->n_items));
  const char *sql = self->page_sql;
  PagePlan plan;
  sqlite3_stmt *stmt;
  guint k = 0;
  int rc;

  if (want == 0)
    return items;

  if (self->ids != NULL)
    return load_page_by_ids (self, start, want, items);

  plan = plan_page (self, start, want);
  switch (plan.from)
    {
    case FROM_START: sql = self->page_sql; break;
    case AFTER_KEY: sql = self->after_sql; break;
    case BEFORE_KEY: sql = self->before_sql; break;
    case FROM_END: sql = self->last_sql; break;
    }

  stmt = _acc_repository_prepare (self->repository, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read a page of a list: %s", error->message);
      return items;
    }
  if (self->bind != NULL)
    self->bind (stmt, self->query_data);
  _acc_bind_int64 (stmt, ":limit", plan.from == FROM_START ? PAGE_SIZE : want);
  _acc_bind_int64 (stmt, ":offset", plan.offset);
  if (plan.key != NULL)
    {
      sqlite3_bind_value (stmt, sqlite3_bind_parameter_index (stmt, ":key"), plan.key->key);
      _acc_bind_int64 (stmt, ":key_id", plan.key->id);
    }

  /* Backwards, rows come last first: each goes to its slot. */
  slots = g_ptr_array_new_full (PAGE_SIZE, unref_if_set);
  g_ptr_array_set_size (slots, PAGE_SIZE);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && k < PAGE_SIZE)
    {
      guint position;
      AliveItem *alive;
      GObject *item;

      switch (plan.from)
        {
        case BEFORE_KEY: position = plan.anchor - 1 - plan.offset - k; break;
        case FROM_END: position = self->n_items - 1 - plan.offset - k; break;
        case AFTER_KEY:
        case FROM_START:
        default: position = start + k; break;
        }
      k++;
      if (position < start || position >= start + PAGE_SIZE)
        continue;

      alive = g_hash_table_lookup (self->alive, GUINT_TO_POINTER (position));
      if (alive != NULL)
        item = g_object_ref (alive->item);
      else
        {
          item = self->read_row (stmt);
          remember_alive (self, position, item);
        }
      g_ptr_array_index (slots, position - start) = item;

      /* The page's first and last rows are known rows from now on. */
      if (self->keys != NULL && (position == start || position == start + want - 1))
        {
          int n_columns = sqlite3_column_count (stmt);

          note_key (self, position, sqlite3_column_value (stmt, n_columns - 2),
                    sqlite3_column_int64 (stmt, n_columns - 1), FALSE);
        }
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_warning ("Cannot read a page of a list: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);

  /* In order, up to the first gap (rows deleted meanwhile by another
   * process: the next refresh corrects the count). */
  for (guint i = 0; i < PAGE_SIZE && g_ptr_array_index (slots, i) != NULL; i++)
    g_ptr_array_add (items, g_steal_pointer (&g_ptr_array_index (slots, i)));
  return items;
}

static GPtrArray *
lookup_page (AccQueryModel *self,
             guint          page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    {
      g_queue_remove (&self->lru, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));
      return items;
    }

  items = load_page (self, page);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));

  while (g_queue_get_length (&self->lru) > MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));

  return items;
}

/* Counting on a worker ------------------------------------------------------ */

typedef struct
{
  char *path;
  char *count_sql;
  char *ladder_sql;      /* every row's key and id, in order: counts, notes keys */
  gboolean list_ids;     /* …and lists every id */
  guint ladder_step;
  guint generation;
} CountData;

typedef struct
{
  guint count;
  GArray *positions;     /* guint */
  GPtrArray *keys;       /* RowKey */
  GArray *ids;           /* gint64, when listed */
} CountResult;

static void
count_data_free (gpointer data)
{
  CountData *count = data;

  g_free (count->path);
  g_free (count->count_sql);
  g_free (count->ladder_sql);
  g_free (count);
}

static void
count_result_free (gpointer data)
{
  CountResult *result = data;

  g_clear_pointer (&result->positions, g_array_unref);
  g_clear_pointer (&result->keys, g_ptr_array_unref);
  g_clear_pointer (&result->ids, g_array_unref);
  g_free (result);
}

static int
on_cancel_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  AccQueryModel *self = source_object;
  CountData *data = task_data;
  g_autoptr(AccRepository) repository = NULL;
  CountResult *result;
  GError *error = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* Its own connection, on the same file. */
  repository = acc_repository_open (data->path, &error);
  if (repository == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  stmt = _acc_repository_prepare (repository, data->ladder_sql != NULL ? data->ladder_sql : data->count_sql,
                                  &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  db = sqlite3_db_handle (stmt);
  /* The query data is the model's; it does not change while it lives, and
   * the task holds the model. */
  if (self->bind != NULL)
    self->bind (stmt, self->query_data);
  sqlite3_progress_handler (db, 1000, on_cancel_progress, cancellable);

  result = g_new0 (CountResult, 1);
  result->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  result->keys = g_ptr_array_new_with_free_func (row_key_free);
  if (data->list_ids)
    result->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (data->ladder_sql == NULL)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          result->count = (guint) sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
    }
  else
    {
      int n_columns = sqlite3_column_count (stmt);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (result->ids != NULL)
            {
              gint64 id = sqlite3_column_int64 (stmt, n_columns - 1);

              if (result->ids->len < MAX_IDS)
                g_array_append_val (result->ids, id);
              else
                g_clear_pointer (&result->ids, g_array_unref);
            }
          if (n_columns >= 2 && result->count % data->ladder_step == 0)
            {
              RowKey *row_key = g_new0 (RowKey, 1);

              row_key->key = sqlite3_value_dup (sqlite3_column_value (stmt, n_columns - 2));
              row_key->id = sqlite3_column_int64 (stmt, n_columns - 1);
              row_key->rung = TRUE;
              g_array_append_val (result->positions, result->count);
              g_ptr_array_add (result->keys, row_key);
            }
          result->count++;
        }
    }
  sqlite3_reset (stmt);
  sqlite3_progress_handler (db, 0, NULL, NULL);

  if (g_task_return_error_if_cancelled (task))
    count_result_free (result);
  else if (rc != SQLITE_DONE)
    {
      count_result_free (result);
      g_task_return_new_error (task, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED,
                               "%s", sqlite3_errmsg (db));
    }
  else
    g_task_return_pointer (task, result, count_result_free);
}

static void
on_counted (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  AccQueryModel *self = ACC_QUERY_MODEL (source);
  CountData *data = g_task_get_task_data (G_TASK (res));
  g_autoptr(GError) error = NULL;
  CountResult *result;
  guint old_n_items;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  /* A refresh since: its own count is the one that matters. */
  if (data->generation != self->generation)
    {
      g_clear_pointer (&result, count_result_free);
      return;
    }
  g_clear_object (&self->counting);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot count the rows of a list: %s", error->message);
      return;
    }

  for (guint i = 0; i < result->keys->len; i++)
    {
      RowKey *row_key = g_ptr_array_index (result->keys, i);

      note_key (self, g_array_index (result->positions, guint, i), row_key->key, row_key->id, TRUE);
    }

  old_n_items = self->n_items;
  self->n_items = result->count;
  self->exact = TRUE;
  if (result->ids != NULL)
    {
      /* The rows shown meanwhile, if any, were read the other way: the
       * same rows, at the same positions. */
      g_clear_pointer (&self->ids, g_array_unref);
      self->ids = g_steal_pointer (&result->ids);
    }
  count_result_free (result);

  /* Told even when the count is what was shown (none found): a view
   * waiting for the count to say "nothing matches" hears it. */
  if (self->n_items > old_n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n_items, 0, self->n_items - old_n_items);
  else if (self->n_items < old_n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), self->n_items, old_n_items - self->n_items, 0);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 0);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
count_in_worker (AccQueryModel *self)
{
  g_autoptr(GTask) task = NULL;
  CountData *data;

  g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  self->counting = g_cancellable_new ();

  data = g_new0 (CountData, 1);
  data->path = g_strdup (acc_repository_get_path (self->repository));
  data->count_sql = g_strdup (self->count_sql);
  data->ladder_sql = g_strdup (self->ids_sql != NULL ? self->ids_sql : self->keys_sql);
  data->list_ids = self->ids_sql != NULL;
  data->ladder_step = self->ladder_step;
  data->generation = self->generation;

  task = g_task_new (self, self->counting, on_counted, NULL);
  g_task_set_source_tag (task, count_in_worker);
  g_task_set_task_data (task, data, count_data_free);
  g_task_run_in_thread (task, count_thread);
}

static GType
acc_query_model_get_item_type (GListModel *model)
{
  return ACC_QUERY_MODEL (model)->item_type;
}

static guint
acc_query_model_get_n_items (GListModel *model)
{
  AccQueryModel *self = ACC_QUERY_MODEL (model);

  ensure_counted (self);
  return self->n_items;
}

static gpointer
acc_query_model_get_item (GListModel *model,
                          guint       position)
{
  AccQueryModel *self = ACC_QUERY_MODEL (model);
  GPtrArray *items;
  guint offset;

  ensure_counted (self);
  if (position >= self->n_items)
    return NULL;

  items = lookup_page (self, position / PAGE_SIZE);
  offset = position % PAGE_SIZE;
  /* Rows deleted by another process since the count: the next refresh
   * corrects the count. */
  if (offset >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, offset));
}

static void
acc_query_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = acc_query_model_get_item_type;
  iface->get_n_items = acc_query_model_get_n_items;
  iface->get_item = acc_query_model_get_item;
}

/**
 * acc_query_model_refresh:
 *
 * Forgets the cached rows and counts again; views are told that every row
 * may have changed.
 */
void
acc_query_model_refresh (AccQueryModel *self)
{
  guint old_n_items;
  gboolean was_counted;

  g_return_if_fail (ACC_IS_QUERY_MODEL (self));

  was_counted = self->counted;
  old_n_items = self->n_items;

  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  forget_alive_items (self);
  if (self->keys != NULL)
    g_hash_table_remove_all (self->keys);
  g_clear_pointer (&self->ids, g_array_unref);
  self->counted = FALSE;
  self->exact = FALSE;
  self->generation++;
  g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);

  /* Nobody has looked yet: nothing to tell. */
  if (!was_counted)
    return;

  ensure_counted (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_repository_changed (AccQueryModel  *self,
                       AccChangeFlags  flags)
{
  if (flags & self->depends_on)
    acc_query_model_refresh (self);
}

guint
acc_query_model_get_page_size (void)
{
  return PAGE_SIZE;
}

/**
 * acc_query_model_get_n_cached:
 *
 * Returns: how many rows are held in memory, for tests and benchmarks that
 * check the model stays lazy.
 */
guint
acc_query_model_get_n_cached (AccQueryModel *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (ACC_IS_QUERY_MODEL (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}

static void
acc_query_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccQueryModel *self = ACC_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, acc_query_model_get_n_items (G_LIST_MODEL (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_query_model_dispose (GObject *object)
{
  AccQueryModel *self = ACC_QUERY_MODEL (object);

  if (self->pages != NULL)
    g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  if (self->alive != NULL)
    forget_alive_items (self);
  g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_query_model_parent_class)->dispose (object);
}

static void
acc_query_model_finalize (GObject *object)
{
  AccQueryModel *self = ACC_QUERY_MODEL (object);

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->alive, g_hash_table_unref);
  g_clear_pointer (&self->count_sql, g_free);
  g_clear_pointer (&self->page_sql, g_free);
  g_clear_pointer (&self->after_sql, g_free);
  g_clear_pointer (&self->before_sql, g_free);
  g_clear_pointer (&self->last_sql, g_free);
  g_clear_pointer (&self->keys_sql, g_free);
  g_clear_pointer (&self->ids_sql, g_free);
  g_clear_pointer (&self->rows_sql, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  if (self->query_data_free != NULL)
    g_clear_pointer (&self->query_data, self->query_data_free);

  G_OBJECT_CLASS (acc_query_model_parent_class)->finalize (object);
}

static void
acc_query_model_class_init (AccQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_query_model_get_property;
  object_class->dispose = acc_query_model_dispose;
  object_class->finalize = acc_query_model_finalize;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_query_model_init (AccQueryModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->alive = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_queue_init (&self->lru);
  self->sync_budget_us = -1;
  self->ladder_step = LADDER_STEP;
}

/**
 * _acc_query_model_new:
 * @count_sql: `SELECT count(*) …` with the same WHERE as @page_sql
 * @page_sql: the rows, with `LIMIT :limit OFFSET :offset`
 * @bind: (nullable): binds the query's own parameters on both statements
 * @read_row: makes an item of @item_type from the current row
 *
 * The SQL texts are the store files' own constants; user input only ever
 * reaches them through @bind.
 */
AccQueryModel *
_acc_query_model_new (AccRepository  *repository,
                      GType           item_type,
                      AccChangeFlags  depends_on,
                      const char     *count_sql,
                      const char     *page_sql,
                      AccQueryBinder  bind,
                      gpointer        query_data,
                      GDestroyNotify  query_data_free,
                      AccRowReader    read_row)
{
  AccQueryModel *self = g_object_new (ACC_TYPE_QUERY_MODEL, NULL);

  self->repository = g_object_ref (repository);
  self->item_type = item_type;
  self->depends_on = depends_on;
  self->count_sql = g_strdup (count_sql);
  self->page_sql = g_strdup (page_sql);
  self->bind = bind;
  self->query_data = query_data;
  self->query_data_free = query_data_free;
  self->read_row = read_row;

  g_signal_connect_object (repository, "changed",
                           G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * _acc_query_model_set_keyset:
 * @after_sql: the rows after the row of sort key `:key` and id `:key_id`,
 *   in the list's order, with `LIMIT :limit OFFSET :offset`
 * @before_sql: the rows before it, in reverse order, likewise
 * @last_sql: the list's last rows, in reverse order, likewise
 * @keys_sql: every row's sort key and id, in the list's order
 *
 * Lets the model read any page from a nearby row whose key it knows,
 * instead of skipping every row before it. Every SQL text, the model's
 * page_sql included, ends its columns with the sort key and the id.
 * Call it before the model is first read.
 */
void
_acc_query_model_set_keyset (AccQueryModel *self,
                             const char    *after_sql,
                             const char    *before_sql,
                             const char    *last_sql,
                             const char    *keys_sql)
{
  g_return_if_fail (ACC_IS_QUERY_MODEL (self));
  g_return_if_fail (!self->counted);

  self->after_sql = g_strdup (after_sql);
  self->before_sql = g_strdup (before_sql);
  self->last_sql = g_strdup (last_sql);
  self->keys_sql = g_strdup (keys_sql);
  self->keys = g_hash_table_new_full (NULL, NULL, NULL, row_key_free);
}

/**
 * _acc_query_model_set_tuning:
 * @sync_budget_us: how long counting may take on the calling thread before
 *   a worker counts instead; 0 for no limit, -1 for the default (a budget
 *   only on the thread watched for slow calls),
 *   %ACC_QUERY_MODEL_COUNT_IN_WORKER to always count on a worker
 * @ladder_step: the worker notes a key every @ladder_step rows
 *
 * For tests, which check the slow paths on small lists.
 */
void
_acc_query_model_set_tuning (AccQueryModel *self,
                             gint64         sync_budget_us,
                             guint          ladder_step)
{
  g_return_if_fail (ACC_IS_QUERY_MODEL (self));
  g_return_if_fail (ladder_step > 0);

  self->sync_budget_us = sync_budget_us;
  self->ladder_step = ladder_step;
}

/**
 * acc_query_model_is_counted:
 *
 * Returns: whether the number of items is the list's count, and not yet
 * only its first rows while a worker counts.
 */
gboolean
acc_query_model_is_counted (AccQueryModel *self)
{
  g_return_val_if_fail (ACC_IS_QUERY_MODEL (self), FALSE);

  return self->counted && self->exact;
}

/**
 * _acc_query_model_set_id_list:
 * @ids_sql: every row's id, as its last column, in the list's order (with
 *   the sort key before it when the list has a keyset too)
 * @rows_sql: the rows whose ids are in the JSON array `:ids`, in its order,
 *   the id as their last column
 *
 * For searches, whose every page costs as much as the whole search: when
 * the list is counted on a worker, the worker lists its ids too, and pages
 * are then read by id. Call it before the model is first read.
 */
void
_acc_query_model_set_id_list (AccQueryModel *self,
                              const char    *ids_sql,
                              const char    *rows_sql)
{
  g_return_if_fail (ACC_IS_QUERY_MODEL (self));
  g_return_if_fail (!self->counted);

  self->ids_sql = g_strdup (ids_sql);
  self->rows_sql = g_strdup (rows_sql);
}
