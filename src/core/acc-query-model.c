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
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-repository-private.h"

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 16

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

  guint n_items;
  gboolean counted;

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

static guint
count_rows (AccQueryModel *self)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;

  stmt = _acc_repository_prepare (self->repository, self->count_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count the rows of a list: %s", error->message);
      return 0;
    }
  if (self->bind != NULL)
    self->bind (stmt, self->query_data);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    g_warning ("Cannot count the rows of a list: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
  return count;
}

static void
ensure_counted (AccQueryModel *self)
{
  if (!self->counted)
    {
      self->n_items = count_rows (self);
      self->counted = TRUE;
    }
}

static GPtrArray *
load_page (AccQueryModel *self,
           guint          page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _acc_repository_prepare (self->repository, self->page_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read a page of a list: %s", error->message);
      return items;
    }
  if (self->bind != NULL)
    self->bind (stmt, self->query_data);
  _acc_bind_int64 (stmt, ":limit", PAGE_SIZE);
  _acc_bind_int64 (stmt, ":offset", (gint64) page * PAGE_SIZE);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint position = page * PAGE_SIZE + items->len;
      AliveItem *alive = g_hash_table_lookup (self->alive, GUINT_TO_POINTER (position));
      GObject *item;

      if (alive != NULL)
        item = g_object_ref (alive->item);
      else
        {
          item = self->read_row (stmt);
          remember_alive (self, position, item);
        }
      g_ptr_array_add (items, item);
    }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read a page of a list: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
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
  self->counted = FALSE;

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
