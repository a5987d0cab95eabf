/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-contacts.c — the contacts file (fichier prospects/clients)
 * and its search: names and organisations through FTS5, ignoring case and
 * accents; phone numbers by their digits, whatever way they are written. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-phone.h"
#include "acc-limits.h"
#include "acc-repository-private.h"

#include <string.h>

#define CONTACT_COLUMNS \
  "c.id, c.name, c.organisation, c.phone, c.email, c.address, c.kind, c.notes, c.created_at, c.updated_at"

GObject *
_acc_contact_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = _acc_column_text (stmt, 1);
  g_autofree char *organisation = _acc_column_text (stmt, 2);
  g_autofree char *phone = _acc_column_text (stmt, 3);
  g_autofree char *email = _acc_column_text (stmt, 4);
  g_autofree char *address = _acc_column_text (stmt, 5);
  g_autofree char *notes = _acc_column_text (stmt, 7);

  return g_object_new (ACC_TYPE_CONTACT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", name,
                       "organisation", organisation,
                       "phone", phone,
                       "email", email,
                       "address", address,
                       "kind", sqlite3_column_int (stmt, 6),
                       "notes", notes,
                       "created-at", sqlite3_column_int64 (stmt, 8),
                       "updated-at", sqlite3_column_int64 (stmt, 9),
                       NULL);
}

/* What a search text asks for: words for the full-text index, or digits of
 * a phone number. */
typedef struct
{
  char *match;          /* FTS5 query: "word"* "word"* */
  char *phone_pattern;  /* GLOB on phone_digits: 612* */
} ContactQuery;

static void
contact_query_free (gpointer data)
{
  ContactQuery *query = data;

  g_free (query->match);
  g_free (query->phone_pattern);
  g_free (query);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContactQuery, contact_query_free)

/* Text made of digits and the signs of a phone number (« 06 12 », « +33 6 »)
 * is a number; anything with a letter is a name. */
static gboolean
looks_like_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr (" .-+()/", *p))
        return FALSE;
    }
  return digits >= 2;
}

static ContactQuery *
contact_query_new (const char *text)
{
  ContactQuery *query = g_new0 (ContactQuery, 1);

  if (text == NULL)
    return query;

  if (looks_like_phone (text))
    {
      g_autofree char *digits = acc_phone_search_digits (text);
      if (*digits != '\0')
        query->phone_pattern = g_strconcat (digits, "*", NULL);
    }
  else
    query->match = _acc_fts_prefix_query (text);
  return query;
}

static void
bind_contact_query (sqlite3_stmt  *stmt,
                    gconstpointer  data)
{
  const ContactQuery *query = data;

  if (query->match != NULL)
    _acc_bind_text (stmt, ":match", query->match);
  else if (query->phone_pattern != NULL)
    _acc_bind_text (stmt, ":pattern", query->phone_pattern);
}

static const char count_all_sql[] = "SELECT count(*) FROM contacts";
/* The page's ids come from the name index alone; only its rows are read. */
static const char page_all_sql[] =
  "SELECT " CONTACT_COLUMNS " FROM "
  "(SELECT id FROM contacts ORDER BY name COLLATE NOCASE, id LIMIT :limit OFFSET :offset) AS page "
  "JOIN contacts c ON c.id = page.id ORDER BY c.name COLLATE NOCASE, c.id";
static const char count_match_sql[] =
  "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH :match";
static const char page_match_sql[] =
  "SELECT " CONTACT_COLUMNS " FROM contacts_fts f JOIN contacts c ON c.id = f.rowid "
  "WHERE contacts_fts MATCH :match ORDER BY f.rank, c.id LIMIT :limit OFFSET :offset";
/* The call form's look-up, as each key is typed: one or two letters match
 * tens of thousands of contacts, and ranking them all costs 60 ms and more
 * on 100,000 contacts. FTS5 walks its matches in rowid order and stops at
 * the LIMIT: the 200 most recently added matches are ranked, in a
 * millisecond. Once the words are narrower than that, which a third letter
 * or a second word usually makes them, this is the full ranking. */
#define LOOKUP_CANDIDATES "200"
static const char lookup_match_sql[] =
  "SELECT " CONTACT_COLUMNS " FROM "
  "(SELECT rowid AS id, rank AS score FROM contacts_fts WHERE contacts_fts MATCH :match "
  " ORDER BY rowid DESC LIMIT " LOOKUP_CANDIDATES ") AS m "
  "JOIN contacts c ON c.id = m.id ORDER BY m.score, c.id LIMIT :limit OFFSET :offset";
/* A broad search's ids, listed once by the list's worker, and the rows of
 * a page of them (acc-query-model.c). */
static const char ids_match_sql[] =
  "SELECT c.id FROM contacts_fts f JOIN contacts c ON c.id = f.rowid "
  "WHERE contacts_fts MATCH :match ORDER BY f.rank, c.id";
static const char rows_by_ids_sql[] =
  "SELECT " CONTACT_COLUMNS ", c.id FROM json_each (:ids) AS j JOIN contacts c ON c.id = j.value "
  "ORDER BY j.key";
static const char count_phone_sql[] =
  "SELECT count(*) FROM contacts WHERE phone_digits GLOB :pattern";
static const char page_phone_sql[] =
  "SELECT " CONTACT_COLUMNS " FROM contacts c WHERE c.phone_digits GLOB :pattern "
  "ORDER BY c.phone_digits, c.id LIMIT :limit OFFSET :offset";

/**
 * acc_repository_list_contacts:
 * @search: (nullable): words of a name or organisation, or phone digits
 *
 * Returns: (transfer full): a lazy list of #AccContact: by name, or the
 * best matches first.
 */
GListModel *
acc_repository_list_contacts (AccRepository *self,
                              const char    *search)
{
  ContactQuery *query;
  AccQueryModel *model;
  const char *count_sql = count_all_sql;
  const char *page_sql = page_all_sql;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  query = contact_query_new (search);
  if (query->match != NULL)
    {
      count_sql = count_match_sql;
      page_sql = page_match_sql;
    }
  else if (query->phone_pattern != NULL)
    {
      count_sql = count_phone_sql;
      page_sql = page_phone_sql;
    }

  model = _acc_query_model_new (self, ACC_TYPE_CONTACT, ACC_CHANGE_CONTACTS,
                                count_sql, page_sql,
                                bind_contact_query, query, contact_query_free,
                                _acc_contact_from_row);
  if (count_sql == count_match_sql)
    _acc_query_model_set_id_list (model, ids_match_sql, rows_by_ids_sql);
  return G_LIST_MODEL (model);
}

/**
 * acc_repository_search_contacts:
 * @text: what the agent typed: a name, an organisation, phone digits
 * @limit: the most to return
 *
 * The look-up of the call form, as you type: « helene » finds « Hélène »,
 * « 06 12 » and « +336 12 » find 06 12 34 56 78.
 *
 * Returns: (transfer full) (element-type AccContact): the best matches.
 */
/* The look-up's query on @connection: the main thread's for
 * acc_repository_search_contacts(), the look-ups' own for the _async one. */
static GPtrArray *
search_contacts_on (AccRepository       *connection,
                    const ContactQuery  *query,
                    guint                limit,
                    GError             **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (query->match == NULL && query->phone_pattern == NULL)
    return g_steal_pointer (&found);

  stmt = _acc_repository_prepare (connection, query->match != NULL ? lookup_match_sql : page_phone_sql, error);
  if (stmt == NULL)
    return NULL;
  bind_contact_query (stmt, query);
  _acc_bind_int64 (stmt, ":limit", limit);
  _acc_bind_int64 (stmt, ":offset", 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, _acc_contact_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (connection, error, rc);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/**
 * _acc_contact_search_sql:
 * @text: what the agent typed, as given to acc_repository_search_contacts()
 * @sql: (out): the statement that look-up runs
 * @match: (out) (transfer full) (nullable): the value bound to :match
 * @phone_pattern: (out) (transfer full) (nullable): the value bound to :pattern
 *
 * For the benchmark and the look-up speed test (tests/bench/, tests/):
 * the exact statement and values of the look-up, so that plain SQLite can
 * run the very same query beside it and our overhead can be measured.
 * :limit and :offset are bound as the look-up binds them.
 *
 * Returns: %FALSE when @text asks for nothing (no statement is run).
 */
gboolean
_acc_contact_search_sql (const char  *text,
                         const char **sql,
                         char       **match,
                         char       **phone_pattern)
{
  g_autoptr(ContactQuery) query = contact_query_new (text);

  *sql = query->match != NULL ? lookup_match_sql : page_phone_sql;
  *match = g_steal_pointer (&query->match);
  *phone_pattern = g_steal_pointer (&query->phone_pattern);
  return *match != NULL || *phone_pattern != NULL;
}

/**
 * acc_repository_search_contacts:
 * @text: what the agent typed: a name, an organisation, phone digits
 * @limit: the most to return
 *
 * The look-up of the call form, as you type: « helene » finds « Hélène »,
 * « 06 12 » and « +336 12 » find 06 12 34 56 78.
 *
 * Returns: (transfer full) (element-type AccContact): the best matches.
 */
GPtrArray *
acc_repository_search_contacts (AccRepository  *self,
                                const char     *text,
                                guint           limit,
                                GError        **error)
{
  g_autoptr(ContactQuery) query = NULL;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  query = contact_query_new (text);
  return search_contacts_on (self, query, limit, error);
}

typedef struct
{
  ContactQuery *query;
  guint limit;
} SearchData;

static void
search_data_free (gpointer data)
{
  SearchData *search = data;

  contact_query_free (search->query);
  g_free (search);
}

/* Called by SQLite every few thousand instructions of a look-up: a
 * cancelled one stops at once (SQLITE_INTERRUPT) instead of running to its
 * end while newer keystrokes wait for the connection. */
static int
on_search_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static void
search_contacts_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  AccRepository *self = source_object;
  SearchData *search = task_data;
  g_autoptr(GMutexLocker) locker = NULL;
  GPtrArray *found;
  GError *error = NULL;

  /* Overtaken by a newer keystroke while waiting for a thread. */
  if (g_task_return_error_if_cancelled (task))
    return;

  locker = g_mutex_locker_new (&self->search_lock);
  if (g_task_return_error_if_cancelled (task))
    return;

  if (self->search_connection == NULL)
    {
      self->search_connection = acc_repository_open (self->path, &error);
      if (self->search_connection == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  sqlite3_progress_handler (self->search_connection->db, 1000, on_search_progress, cancellable);
  found = search_contacts_on (self->search_connection, search->query, search->limit, &error);
  sqlite3_progress_handler (self->search_connection->db, 0, NULL, NULL);

  if (g_task_return_error_if_cancelled (task))
    {
      g_clear_error (&error);
      g_clear_pointer (&found, g_ptr_array_unref);
    }
  else if (found == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, found, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * acc_repository_search_contacts_async:
 * @text: what the agent typed
 * @limit: the most to return
 * @cancellable: (nullable): cancelled when a newer text replaces @text
 *
 * acc_repository_search_contacts() on a worker thread, with a read
 * connection of its own: a keystroke never waits for the look-up. A
 * cancelled look-up finishes with %G_IO_ERROR_CANCELLED, even when its
 * query had already ended.
 */
void
acc_repository_search_contacts_async (AccRepository       *self,
                                      const char          *text,
                                      guint                limit,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *search;

  g_return_if_fail (ACC_IS_REPOSITORY (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_search_contacts_async);
  /* Every look-up is an answer to one keystroke: none is worth keeping a
   * result for once it is cancelled. */
  g_task_set_return_on_cancel (task, FALSE);
  search = g_new0 (SearchData, 1);
  search->query = contact_query_new (text);
  search->limit = limit;
  g_task_set_task_data (task, search, search_data_free);
  g_task_run_in_thread (task, search_contacts_thread);
}

/**
 * acc_repository_search_contacts_finish:
 *
 * Returns: (transfer full) (element-type AccContact): the best matches, or
 * %NULL with @error set.
 */
GPtrArray *
acc_repository_search_contacts_finish (AccRepository  *self,
                                       GAsyncResult   *result,
                                       GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

AccContact *
acc_repository_get_contact (AccRepository  *self,
                            gint64          id,
                            GError        **error)
{
  AccContact *contact = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self, "SELECT " CONTACT_COLUMNS " FROM contacts c WHERE c.id = :id", error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":id", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    contact = ACC_CONTACT (_acc_contact_from_row (stmt));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                 _("This contact no longer exists."));
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return contact;
}

/**
 * _acc_normalize_phone_field:
 * @phone: (inout): the number as typed, replaced by its E.164 form
 *
 * Returns: %FALSE with @error set when the number cannot be read.
 */
gboolean
_acc_normalize_phone_field (char    **phone,
                            GError  **error)
{
  char *e164;

  if (*phone == NULL || **phone == '\0')
    return TRUE;

  e164 = acc_phone_normalize (*phone);
  if (e164 == NULL)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("“%s” is not a phone number."), *phone);
      return FALSE;
    }
  g_free (*phone);
  *phone = e164;
  return TRUE;
}

/**
 * acc_repository_save_contact:
 *
 * Inserts a contact (id 0) or updates it. The phone number is stored in
 * E.164, and the object is updated to match.
 */
gboolean
acc_repository_save_contact (AccRepository  *self,
                             AccContact     *contact,
                             GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *digits = NULL;
  sqlite3_stmt *stmt;
  gboolean inserting;
  gint64 now = _acc_repository_now ();

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_CONTACT (contact), FALSE);

  name = g_strstrip (g_strdup (acc_contact_get_name (contact) ? acc_contact_get_name (contact) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A contact needs a name."));
      return FALSE;
    }
  if (!acc_limits_check (error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Organisation"), acc_contact_get_organisation (contact), ACC_LIMIT_NAME,
                         _("Phone"), acc_contact_get_phone (contact), ACC_LIMIT_PHONE,
                         _("Address"), acc_contact_get_address (contact), ACC_LIMIT_LINE,
                         _("Notes"), acc_contact_get_notes (contact), ACC_LIMIT_TEXT,
                         NULL)
      || !acc_limits_check_email (_("E-mail"), acc_contact_get_email (contact), error))
    return FALSE;
  phone = g_strdup (acc_contact_get_phone (contact));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;
  digits = phone != NULL ? acc_phone_search_digits (phone) : NULL;

  inserting = acc_contact_get_id (contact) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_CONTACTS, error))
    return FALSE;

  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO contacts (name, organisation, phone, phone_digits, email, "
                                    "address, kind, notes, created_at, updated_at) "
                                    "VALUES (:name, :organisation, :phone, :digits, :email, :address, "
                                    ":kind, :notes, :now, :now)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE contacts SET name = :name, organisation = :organisation, "
                                    "phone = :phone, phone_digits = :digits, email = :email, "
                                    "address = :address, kind = :kind, notes = :notes, updated_at = :now "
                                    "WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;

  _acc_bind_text (stmt, ":name", name);
  _acc_bind_text (stmt, ":organisation", acc_contact_get_organisation (contact));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":digits", digits);
  _acc_bind_text (stmt, ":email", acc_contact_get_email (contact));
  _acc_bind_text (stmt, ":address", acc_contact_get_address (contact));
  _acc_bind_int64 (stmt, ":kind", acc_contact_get_kind (contact));
  _acc_bind_text (stmt, ":notes", acc_contact_get_notes (contact));
  _acc_bind_int64 (stmt, ":now", now);
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_contact_get_id (contact));

  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    {
      acc_contact_set_id (contact, sqlite3_last_insert_rowid (self->db));
      acc_contact_set_created_at (contact, now);
    }

  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_contact_set_id (contact, 0);
      return FALSE;
    }

  acc_contact_set_name (contact, name);
  acc_contact_set_phone (contact, phone);
  acc_contact_set_updated_at (contact, now);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_delete_contact:
 * @id: the contact to delete
 *
 * Deletes a contact. The books keep their calls, visits and messages: they
 * carry the caller's name themselves, and their link to the contact becomes
 * NULL (ON DELETE SET NULL).
 */
gboolean
acc_repository_delete_contact (AccRepository  *self,
                               gint64          id,
                               GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_CONTACTS | ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES,
                              error))
    return FALSE;
  stmt = _acc_repository_prepare (self, "DELETE FROM contacts WHERE id = :id", error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":id", id);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                   _("This contact no longer exists."));
      goto failed;
    }
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
move_contact_rows (AccRepository  *self,
                   const char     *sql,
                   gint64          keep_id,
                   gint64          merge_id,
                   GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":keep", keep_id);
  _acc_bind_int64 (stmt, ":merge", merge_id);
  return _acc_repository_step_done (self, stmt, error);
}

/**
 * acc_repository_merge_contacts:
 * @keep_id: the contact that stays
 * @merge_id: its duplicate, which goes
 *
 * Joins two duplicates in one transaction: the kept contact's empty fields
 * are filled from the other, the other's calls, visits and messages move to
 * the kept one, and the other is deleted.
 */
gboolean
acc_repository_merge_contacts (AccRepository  *self,
                               gint64          keep_id,
                               gint64          merge_id,
                               GError        **error)
{
  g_autoptr(AccContact) keep = NULL;
  g_autoptr(AccContact) merge = NULL;
  g_autofree char *notes = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (keep_id == merge_id)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A contact cannot be merged with itself."));
      return FALSE;
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_CONTACTS | ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES,
                              error))
    return FALSE;

  keep = acc_repository_get_contact (self, keep_id, error);
  if (keep == NULL)
    goto failed;
  merge = acc_repository_get_contact (self, merge_id, error);
  if (merge == NULL)
    goto failed;

  if (is_empty (acc_contact_get_organisation (keep)))
    acc_contact_set_organisation (keep, acc_contact_get_organisation (merge));
  if (is_empty (acc_contact_get_phone (keep)))
    acc_contact_set_phone (keep, acc_contact_get_phone (merge));
  if (is_empty (acc_contact_get_email (keep)))
    acc_contact_set_email (keep, acc_contact_get_email (merge));
  if (is_empty (acc_contact_get_address (keep)))
    acc_contact_set_address (keep, acc_contact_get_address (merge));
  /* Notes are worth keeping from both. */
  if (is_empty (acc_contact_get_notes (keep)))
    notes = g_strdup (acc_contact_get_notes (merge));
  else if (!is_empty (acc_contact_get_notes (merge))
           && g_strcmp0 (acc_contact_get_notes (keep), acc_contact_get_notes (merge)) != 0)
    notes = g_strconcat (acc_contact_get_notes (keep), "\n", acc_contact_get_notes (merge), NULL);
  else
    notes = g_strdup (acc_contact_get_notes (keep));
  acc_contact_set_notes (keep, notes);

  if (!move_contact_rows (self, "UPDATE interactions SET contact_id = :keep WHERE contact_id = :merge",
                          keep_id, merge_id, error)
      || !move_contact_rows (self, "UPDATE messages SET contact_id = :keep WHERE contact_id = :merge",
                             keep_id, merge_id, error))
    goto failed;

  stmt = _acc_repository_prepare (self, "DELETE FROM contacts WHERE id = :id", error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":id", merge_id);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;

  /* Nested: it commits with the rest. */
  if (!acc_repository_save_contact (self, keep, error))
    goto failed;

  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_list_contact_messages:
 * @contact_id: a contact of the contacts file
 * @limit: the most to return
 *
 * Returns: (transfer full) (element-type AccMessage): the messages left by
 * or about the contact, newest first.
 */
GPtrArray *
acc_repository_list_contact_messages (AccRepository  *self,
                                      gint64          contact_id,
                                      guint           limit,
                                      GError        **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  /* The same columns, in the same order, as acc-repository-messages.c. */
  stmt = _acc_repository_prepare (self,
                                  "SELECT m.id, m.created_at, m.taken_by_id, t.name, m.recipient_id, r.name, "
                                  "m.source, m.interaction_id, m.contact_id, m.name, m.organisation, m.phone, "
                                  "m.email, m.reason, m.body, m.urgent, m.due_at, m.status, m.resolution, "
                                  "m.status_changed_at FROM messages m "
                                  "LEFT JOIN staff t ON t.id = m.taken_by_id "
                                  "LEFT JOIN staff r ON r.id = m.recipient_id "
                                  "WHERE m.contact_id = :contact "
                                  "ORDER BY m.created_at DESC, m.id DESC LIMIT :limit",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":contact", contact_id);
  _acc_bind_int64 (stmt, ":limit", limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, _acc_message_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&found);
}
