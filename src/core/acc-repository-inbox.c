/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-inbox.c — what a person's inbox asks of the messages book:
 * their messages (and those of the people they stand in for) with the urgent
 * and overdue ones first, each message's history, the messages that arrived
 * since the last look, and the next due time to wake up for.
 *
 * The set of recipients is bound as one JSON array (json_each), so that the
 * SQL text stays a constant whatever the number of people. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-message-event.h"
#include "acc-repository-private.h"

/* The same columns, in the same order, as acc-repository-messages.c reads
 * them: _acc_message_from_row() reads rows of this shape. */
#define INBOX_MESSAGE_COLUMNS \
  "m.id, m.created_at, m.taken_by_id, t.name, m.recipient_id, r.name, m.source, " \
  "m.interaction_id, m.contact_id, m.name, m.organisation, m.phone, m.email, m.reason, " \
  "m.body, m.urgent, m.due_at, m.status, m.resolution, m.status_changed_at"

#define INBOX_MESSAGE_JOINS \
  "LEFT JOIN staff t ON t.id = m.taken_by_id LEFT JOIN staff r ON r.id = m.recipient_id "

#define IN_RECIPIENTS "m.recipient_id IN (SELECT value FROM json_each(:recipients))"

/* Open: new, read, in progress (acc_message_is_open()). */
#define IS_OPEN "m.status < :done"

/* The same, written as the partial index messages_open_due (migration 3)
 * is: the planner uses that index only when the query says it literally. */
#define IS_OPEN_LITERALLY "m.status < 3"
G_STATIC_ASSERT (ACC_MESSAGE_STATUS_DONE == 3 && ACC_MESSAGE_STATUS_FORWARDED > 3);

typedef struct
{
  char *recipients;            /* JSON array of ids: "[3,7]" */
  AccMessageFilterStatus status;
  gint64 now_us;
  gint64 after;                /* an id or a time, depending on the query */
  gint64 until;
  gint64 taken_by_id;
} InboxQuery;

static void
inbox_query_free (gpointer data)
{
  InboxQuery *query = data;

  g_free (query->recipients);
  g_free (query);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InboxQuery, inbox_query_free)

/* Ids are integers we print ourselves: the JSON text cannot carry anything
 * but numbers. */
static char *
recipients_json (const gint64 *recipient_ids,
                 guint         n_recipient_ids)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < n_recipient_ids; i++)
    {
      if (recipient_ids[i] <= 0)
        continue;
      if (json->len > 1)
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, recipient_ids[i]);
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static InboxQuery *
inbox_query_new (const gint64 *recipient_ids,
                 guint         n_recipient_ids)
{
  InboxQuery *query = g_new0 (InboxQuery, 1);

  query->recipients = recipients_json (recipient_ids, n_recipient_ids);
  return query;
}

/* Binds whichever of the query's parameters the statement has. */
static void
bind_inbox_query (sqlite3_stmt  *stmt,
                  gconstpointer  data)
{
  const InboxQuery *query = data;

  if (sqlite3_bind_parameter_index (stmt, ":recipients") > 0)
    _acc_bind_text (stmt, ":recipients", query->recipients);
  if (sqlite3_bind_parameter_index (stmt, ":done") > 0)
    _acc_bind_int64 (stmt, ":done", ACC_MESSAGE_STATUS_DONE);
  if (sqlite3_bind_parameter_index (stmt, ":new") > 0)
    _acc_bind_int64 (stmt, ":new", ACC_MESSAGE_STATUS_NEW);
  if (sqlite3_bind_parameter_index (stmt, ":which") > 0)
    _acc_bind_int64 (stmt, ":which", query->status);
  if (sqlite3_bind_parameter_index (stmt, ":now") > 0)
    _acc_bind_int64 (stmt, ":now", query->now_us);
  if (sqlite3_bind_parameter_index (stmt, ":after") > 0)
    _acc_bind_int64 (stmt, ":after", query->after);
  if (sqlite3_bind_parameter_index (stmt, ":until") > 0)
    _acc_bind_int64 (stmt, ":until", query->until);
  if (sqlite3_bind_parameter_index (stmt, ":taker") > 0)
    _acc_bind_int64 (stmt, ":taker", query->taken_by_id);
}

/* History ----------------------------------------------------------------- */

static GObject *
message_event_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *staff_name = _acc_column_text (stmt, 4);
  g_autofree char *note = _acc_column_text (stmt, 6);
  g_autofree char *forwarded_to_name = _acc_column_text (stmt, 8);

  return g_object_new (ACC_TYPE_MESSAGE_EVENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "message-id", sqlite3_column_int64 (stmt, 1),
                       "at", sqlite3_column_int64 (stmt, 2),
                       "staff-id", sqlite3_column_int64 (stmt, 3),
                       "staff-name", staff_name,
                       "status", sqlite3_column_int (stmt, 5),
                       "note", note,
                       "forwarded-to-id", sqlite3_column_int64 (stmt, 7),
                       "forwarded-to-name", forwarded_to_name,
                       NULL);
}

static void
bind_message_id (sqlite3_stmt  *stmt,
                 gconstpointer  data)
{
  _acc_bind_int64 (stmt, ":message", *(const gint64 *) data);
}

/**
 * acc_repository_list_message_events:
 * @message_id: the message whose history to read
 *
 * A message forwarded to someone continues as a new message: its history
 * starts with its own creation (new, by whoever forwarded it).
 *
 * Returns: (transfer full) (nullable): a #GListStore of #AccMessageEvent,
 *   oldest first, with the names of who made each change and of whom it was
 *   forwarded to; %NULL with @error set on failure.
 */
GListModel *
acc_repository_list_message_events (AccRepository  *self,
                                    gint64          message_id,
                                    GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_MESSAGE_EVENT,
                                   "SELECT e.id, e.message_id, e.at, e.staff_id, s.name, e.status, "
                                   "e.note, e.forwarded_to_id, f.name "
                                   "FROM message_events e "
                                   "LEFT JOIN staff s ON s.id = e.staff_id "
                                   "LEFT JOIN staff f ON f.id = e.forwarded_to_id "
                                   "WHERE e.message_id = :message ORDER BY e.at, e.id",
                                   bind_message_id, &message_id,
                                   message_event_from_row, error);
}

/* The inbox ---------------------------------------------------------------- */

#define INBOX_WHERE \
  "WHERE " IN_RECIPIENTS " " \
  "AND (:which = 0 OR (:which = 1 AND " IS_OPEN ") OR (:which = 2 AND m.status >= :done))"

/* Open messages that are urgent or past their due time come first; then
 * everything newest first. A closed message is never in the first group. */
#define INBOX_ORDER \
  "ORDER BY (" IS_OPEN " AND (m.urgent OR (m.due_at IS NOT NULL AND m.due_at < :now))) DESC, " \
  "m.created_at DESC, m.id DESC"

static const char inbox_count_sql[] =
  "SELECT count(*) FROM messages m " INBOX_WHERE;

/* A person's messages: the (recipient, created_at) index finds them; the
 * page's ids are chosen first, then only its rows are joined. */
static const char inbox_page_sql[] =
  "SELECT " INBOX_MESSAGE_COLUMNS " FROM "
  "(SELECT m.id FROM messages m " INBOX_WHERE " " INBOX_ORDER " LIMIT :limit OFFSET :offset) AS page "
  "JOIN messages m ON m.id = page.id " INBOX_MESSAGE_JOINS INBOX_ORDER;

/* Urgent and overdue first is no index's order: each page sorts all of a
 * person's messages (13,000 in a large file, 30-70 ms). Beyond a
 * thousand, the list's worker lists their ids in that order once, and
 * pages are read by id (acc-query-model.c). */
static const char inbox_ids_sql[] =
  "SELECT m.id FROM messages m " INBOX_WHERE " " INBOX_ORDER;
static const char inbox_rows_by_ids_sql[] =
  "SELECT " INBOX_MESSAGE_COLUMNS ", m.id FROM json_each (:ids) AS j JOIN messages m ON m.id = j.value "
  INBOX_MESSAGE_JOINS "ORDER BY j.key";

/**
 * acc_repository_list_inbox:
 * @recipient_ids: (array length=n_recipient_ids): whose messages: the person
 *   at the desk, and the people they stand in for
 * @status: open, closed or all messages
 * @now_us: the time against which "overdue" is judged (UTC µs); the caller
 *   makes a new list when the next due time passes
 *
 * Returns: (transfer full): a lazy list of #AccMessage: open messages that
 *   are urgent or overdue first, then the newest first. It follows the
 *   repository's changes.
 */
GListModel *
acc_repository_list_inbox (AccRepository          *self,
                           const gint64           *recipient_ids,
                           guint                   n_recipient_ids,
                           AccMessageFilterStatus  status,
                           gint64                  now_us)
{
  InboxQuery *query;
  AccQueryModel *model;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (recipient_ids != NULL || n_recipient_ids == 0, NULL);

  query = inbox_query_new (recipient_ids, n_recipient_ids);
  query->status = status;
  query->now_us = now_us;

  model = _acc_query_model_new (self, ACC_TYPE_MESSAGE,
                                ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF,
                                inbox_count_sql, inbox_page_sql,
                                bind_inbox_query, query, inbox_query_free,
                                _acc_message_from_row);
  _acc_query_model_set_id_list (model, inbox_ids_sql, inbox_rows_by_ids_sql);
  return G_LIST_MODEL (model);
}

/**
 * acc_repository_count_unread_in_inbox:
 * @recipient_ids: (array length=n_recipient_ids): whose messages
 *
 * Returns: how many of their messages are new (not read yet).
 */
guint
acc_repository_count_unread_in_inbox (AccRepository  *self,
                                      const gint64   *recipient_ids,
                                      guint           n_recipient_ids,
                                      GError        **error)
{
  g_autoptr(InboxQuery) query = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), 0);

  query = inbox_query_new (recipient_ids, n_recipient_ids);
  stmt = _acc_repository_prepare (self,
                                  "SELECT count(*) FROM messages m WHERE " IN_RECIPIENTS " AND m.status = :new",
                                  error);
  if (stmt == NULL)
    return 0;
  bind_inbox_query (stmt, query);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return count;
}

/* Arrivals ----------------------------------------------------------------- */

/**
 * acc_repository_get_last_message_id:
 * @last_id: (out): the highest message id so far, 0 when there is none
 *
 * Where to start watching for new messages (see
 * acc_repository_list_new_messages()).
 */
gboolean
acc_repository_get_last_message_id (AccRepository  *self,
                                    gint64         *last_id,
                                    GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (last_id != NULL, FALSE);

  *last_id = 0;
  stmt = _acc_repository_prepare (self, "SELECT coalesce(max(id), 0) FROM messages", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *last_id = sqlite3_column_int64 (stmt, 0);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/**
 * acc_repository_list_new_messages:
 * @recipient_ids: (array length=n_recipient_ids): whose messages
 * @after_id: the last message id already seen
 *
 * The messages that arrived since @after_id for these people and that are
 * still unread (a forwarded message arrives as a new one), oldest first: what
 * a desktop notification announces.
 *
 * Returns: (transfer full) (nullable): a #GListStore of #AccMessage.
 */
GListModel *
acc_repository_list_new_messages (AccRepository  *self,
                                  const gint64   *recipient_ids,
                                  guint           n_recipient_ids,
                                  gint64          after_id,
                                  GError        **error)
{
  g_autoptr(InboxQuery) query = NULL;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  query = inbox_query_new (recipient_ids, n_recipient_ids);
  query->after = after_id;
  /* The primary key finds the few rows above after_id. */
  return _acc_repository_read_all (self, ACC_TYPE_MESSAGE,
                                   "SELECT " INBOX_MESSAGE_COLUMNS " FROM messages m " INBOX_MESSAGE_JOINS
                                   "WHERE m.id > :after AND m.status = :new AND " IN_RECIPIENTS " "
                                   "ORDER BY m.id",
                                   bind_inbox_query, query, _acc_message_from_row, error);
}

/* Due times ---------------------------------------------------------------- */

/**
 * acc_repository_get_next_message_due:
 * @recipient_ids: (array length=n_recipient_ids): whose inbox
 * @taken_by_id: also the messages this person took, 0 for none
 * @after_us: only due times strictly after this one
 * @due_at: (out): the earliest due time after @after_us among the open
 *   messages of these recipients or taken by @taken_by_id; 0 when none
 *
 * When the inbox must sort again and the person who took a message must be
 * reminded of it: one timer to this time is enough.
 */
gboolean
acc_repository_get_next_message_due (AccRepository  *self,
                                     const gint64   *recipient_ids,
                                     guint           n_recipient_ids,
                                     gint64          taken_by_id,
                                     gint64          after_us,
                                     gint64         *due_at,
                                     GError        **error)
{
  g_autoptr(InboxQuery) query = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (due_at != NULL, FALSE);

  *due_at = 0;
  query = inbox_query_new (recipient_ids, n_recipient_ids);
  query->after = after_us;
  query->taken_by_id = taken_by_id;

  stmt = _acc_repository_prepare (self,
                                  "SELECT coalesce(min(m.due_at), 0) FROM messages m "
                                  "WHERE " IS_OPEN_LITERALLY " AND m.due_at > :after "
                                  "AND (" IN_RECIPIENTS " OR m.taken_by_id = :taker)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  bind_inbox_query (stmt, query);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *due_at = sqlite3_column_int64 (stmt, 0);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/**
 * acc_repository_list_messages_fallen_due:
 * @taken_by_id: who took the messages
 * @from_us: (exclusive) and @until_us: (inclusive): the period in which the
 *   due times passed
 *
 * The messages that @taken_by_id took, still open, whose due time passed in
 * the period: the ones to remind them of.
 *
 * Returns: (transfer full) (nullable): a #GListStore of #AccMessage, by due
 *   time.
 */
GListModel *
acc_repository_list_messages_fallen_due (AccRepository  *self,
                                         gint64          taken_by_id,
                                         gint64          from_us,
                                         gint64          until_us,
                                         GError        **error)
{
  g_autoptr(InboxQuery) query = NULL;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  query = inbox_query_new (NULL, 0);
  query->taken_by_id = taken_by_id;
  query->after = from_us;
  query->until = until_us;
  return _acc_repository_read_all (self, ACC_TYPE_MESSAGE,
                                   "SELECT " INBOX_MESSAGE_COLUMNS " FROM messages m " INBOX_MESSAGE_JOINS
                                   "WHERE " IS_OPEN_LITERALLY " AND m.due_at > :after AND m.due_at <= :until "
                                   "AND m.taken_by_id = :taker "
                                   "ORDER BY m.due_at, m.id",
                                   bind_inbox_query, query, _acc_message_from_row, error);
}

/* The messages book with search ------------------------------------------- */

typedef struct
{
  AccMessageFilter filter;
  char *match;
} MessageSearch;

static void
message_search_free (gpointer data)
{
  MessageSearch *search = data;

  g_free (search->match);
  g_free (search);
}

static void
bind_message_search (sqlite3_stmt  *stmt,
                     gconstpointer  data)
{
  const MessageSearch *search = data;

  if (sqlite3_bind_parameter_index (stmt, ":recipient") > 0)
    _acc_bind_int64 (stmt, ":recipient", search->filter.recipient_id);
  _acc_bind_int64 (stmt, ":which", search->filter.status);
  _acc_bind_int64 (stmt, ":done", ACC_MESSAGE_STATUS_DONE);
  _acc_bind_int64 (stmt, ":from", search->filter.from_us);
  _acc_bind_int64 (stmt, ":to", search->filter.to_us > 0 ? search->filter.to_us : G_MAXINT64);
  _acc_bind_text (stmt, ":match", search->match);
}

/* As acc_repository_list_messages() filters, plus the words: the full-text
 * index gives the set of matching rows, which the walk down the
 * (recipient,) created_at index tests ids against, in the book's order. */
#define SEARCH_PERIOD_STATUS_MATCH \
  "m.created_at >= :from AND m.created_at < :to " \
  "AND (:which = 0 OR (:which = 1 AND m.status < :done) OR (:which = 2 AND m.status >= :done)) " \
  "AND m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match)"
#define SEARCH_WHERE_RECIPIENT "WHERE m.recipient_id = :recipient AND " SEARCH_PERIOD_STATUS_MATCH
#define SEARCH_WHERE_ALL "WHERE " SEARCH_PERIOD_STATUS_MATCH

#define NEWEST_MESSAGES_FIRST "ORDER BY m.created_at DESC, m.id DESC"

#define SEARCH_PAGE_SQL(where) \
  "SELECT " INBOX_MESSAGE_COLUMNS " FROM " \
  "(SELECT m.id FROM messages m " where " ORDER BY m.created_at DESC, m.id DESC " \
  " LIMIT :limit OFFSET :offset) AS page " \
  "JOIN messages m ON m.id = page.id " INBOX_MESSAGE_JOINS \
  "ORDER BY m.created_at DESC, m.id DESC"

/**
 * acc_repository_search_messages:
 * @filter: (nullable): whose messages, which statuses, which period
 * @search: (nullable): words of the name, organisation or reason, each a
 *   prefix, ignoring case and accents (« helene dup » finds « Hélène
 *   Dupré »); nothing typed is read as search syntax
 *
 * The messages book as acc_repository_list_messages() lists it, narrowed to
 * the messages that match @search. Without a word in @search, it is
 * acc_repository_list_messages().
 *
 * Returns: (transfer full): a lazy list of #AccMessage, newest first.
 */
GListModel *
acc_repository_search_messages (AccRepository          *self,
                                const AccMessageFilter *filter,
                                const char             *search)
{
  g_autofree char *match = NULL;
  MessageSearch *query;
  AccQueryModel *model;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  match = search != NULL ? _acc_fts_prefix_query (search) : NULL;
  if (match == NULL)
    return acc_repository_list_messages (self, filter);

  query = g_new0 (MessageSearch, 1);
  if (filter != NULL)
    query->filter = *filter;
  query->match = g_steal_pointer (&match);

  if (query->filter.recipient_id != 0)
    model = _acc_query_model_new (self, ACC_TYPE_MESSAGE,
                                  ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF,
                                  "SELECT count(*) FROM messages m " SEARCH_WHERE_RECIPIENT,
                                  SEARCH_PAGE_SQL (SEARCH_WHERE_RECIPIENT),
                                  bind_message_search, query, message_search_free,
                                  _acc_message_from_row);
  else
    model = _acc_query_model_new (self, ACC_TYPE_MESSAGE,
                                  ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF,
                                  "SELECT count(*) FROM messages m " SEARCH_WHERE_ALL,
                                  SEARCH_PAGE_SQL (SEARCH_WHERE_ALL),
                                  bind_message_search, query, message_search_free,
                                  _acc_message_from_row);

  /* Each page builds the set of matches again (« m »: 30,000 of 100,000
   * messages, 27 ms): a broad search is listed once by the list's worker
   * and read by id (acc-query-model.c). */
  _acc_query_model_set_id_list (model,
                                query->filter.recipient_id != 0
                                  ? "SELECT m.id FROM messages m " SEARCH_WHERE_RECIPIENT " " NEWEST_MESSAGES_FIRST
                                  : "SELECT m.id FROM messages m " SEARCH_WHERE_ALL " " NEWEST_MESSAGES_FIRST,
                                inbox_rows_by_ids_sql);
  return G_LIST_MODEL (model);
}
