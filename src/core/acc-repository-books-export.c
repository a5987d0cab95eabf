/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-books-export.c — reading the books for an export, on a
 * connection of its own (DESIGN.md: anything that scans runs on a worker
 * thread with its own connection). */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-books-export.h"
#include "acc-labels.h"
#include "acc-repository-private.h"

#define MAX_COLUMNS 16

const char *
acc_book_to_string (AccBook book)
{
  switch (book)
    {
    case ACC_BOOK_CALLS:
      return "calls";
    case ACC_BOOK_VISITS:
      return "visits";
    case ACC_BOOK_MESSAGES:
      return "messages";
    default:
      return NULL;
    }
}

gboolean
acc_book_from_string (const char *text,
                      AccBook    *book)
{
  for (AccBook b = ACC_BOOK_CALLS; b <= ACC_BOOK_MESSAGES; b++)
    if (g_strcmp0 (text, acc_book_to_string (b)) == 0)
      {
        *book = b;
        return TRUE;
      }
  return FALSE;
}

const char *
acc_book_get_title (AccBook book)
{
  switch (book)
    {
    case ACC_BOOK_CALLS:
      return _("Calls book");
    case ACC_BOOK_VISITS:
      return _("Visits register");
    case ACC_BOOK_MESSAGES:
    default:
      return _("Messages book");
    }
}

/**
 * acc_book_get_headers:
 * @n_columns: (out) (optional)
 *
 * Returns: (transfer none): the translated column headers of @book.
 */
const char * const *
acc_book_get_headers (AccBook  book,
                      guint   *n_columns)
{
  /* Translated once per thread is not needed: gettext is thread-safe, but
   * the array must outlive the call, so it is filled on each call. */
  static const char *interactions[11];
  static const char *messages[14];
  static GMutex lock;
  const char **headers;

  g_mutex_lock (&lock);
  if (book == ACC_BOOK_MESSAGES)
    {
      const char *h[] = {
        _("Date"), _("Taken by"), _("Recipient"), _("Source"), _("Name"),
        _("Organisation"), _("Phone"), _("Reason"), _("Message"), _("Urgent"),
        _("Due"), _("Status"), _("Resolution"), NULL,
      };
      memcpy (messages, h, sizeof h);
      headers = messages;
    }
  else
    {
      const char *h[] = {
        _("Date"), _("End"), _("Staff member"), _("Name"), _("Organisation"),
        _("Phone"), _("Reason"), _("Outcome"), _("Details"), _("Notes"), NULL,
      };
      memcpy (interactions, h, sizeof h);
      headers = interactions;
    }
  g_mutex_unlock (&lock);
  if (n_columns != NULL)
    *n_columns = g_strv_length ((char **) headers);
  return (const char * const *) headers;
}

const double *
acc_book_get_column_weights (AccBook book)
{
  static const double interactions[] = { 1.55, 0.6, 1.2, 1.4, 1.3, 1.35, 1.4, 1.1, 1.5, 1.6 };
  static const double messages[] = { 1.55, 1.0, 1.0, 0.7, 1.2, 1.0, 1.35, 1.1, 1.8, 0.6, 1.55, 0.9, 1.3 };

  return book == ACC_BOOK_MESSAGES ? messages : interactions;
}

/**
 * acc_book_format_time:
 * @time_us: a stored UTC time, in unix microseconds
 *
 * Returns: (transfer full): dd/mm/yyyy hh:mm in local time, as French
 * spreadsheets read a date; "" for no time.
 */
char *
acc_book_format_time (gint64 time_us)
{
  g_autoptr(GDateTime) local = NULL;

  if (time_us <= 0)
    return g_strdup ("");
  local = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);
  if (local == NULL)
    return g_strdup ("");
  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

static const char *const interactions_count_sql =
  "SELECT count(*) FROM interactions "
  "WHERE channel = :channel AND started_at >= :from AND started_at < :to";
static const char *const interactions_sql =
  "SELECT i.started_at, i.ended_at, s.name, i.name, i.organisation, i.phone, "
  "       i.reason, i.outcome, "
  "       coalesce(i.outcome_detail, sup.name, d.name), i.notes "
  "FROM interactions i "
  "LEFT JOIN staff s ON s.id = i.staff_id "
  "LEFT JOIN staff sup ON sup.id = i.supervisor_id "
  "LEFT JOIN directory d ON d.id = i.directory_id "
  "WHERE i.channel = :channel AND i.started_at >= :from AND i.started_at < :to "
  "ORDER BY i.started_at, i.id";
static const char *const messages_count_sql =
  "SELECT count(*) FROM messages WHERE created_at >= :from AND created_at < :to";
static const char *const messages_sql =
  "SELECT m.created_at, t.name, r.name, m.source, m.name, m.organisation, m.phone, "
  "       m.reason, m.body, m.urgent, m.due_at, m.status, m.resolution "
  "FROM messages m "
  "LEFT JOIN staff t ON t.id = m.taken_by_id "
  "LEFT JOIN staff r ON r.id = m.recipient_id "
  "WHERE m.created_at >= :from AND m.created_at < :to "
  "ORDER BY m.created_at, m.id";

/**
 * _acc_book_export_sql:
 *
 * For the benchmark (tests/bench/): the statement an export of @book
 * reads its rows with, bound with :channel (books of calls and visits),
 * :from and :to, so that `sqlite3 -csv` can run the very same query.
 */
const char *
_acc_book_export_sql (AccBook book)
{
  return book == ACC_BOOK_MESSAGES ? messages_sql : interactions_sql;
}

static void
bind_period (sqlite3_stmt *stmt,
             AccBook       book,
             gint64        from_us,
             gint64        to_us)
{
  int index = sqlite3_bind_parameter_index (stmt, ":channel");

  if (index > 0)
    sqlite3_bind_int (stmt, index, book == ACC_BOOK_VISITS ? ACC_CHANNEL_VISIT : ACC_CHANNEL_PHONE);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":from"), from_us);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":to"), to_us);
}

/**
 * acc_repository_read_book:
 * @from_us: the period's start, UTC unix microseconds, included
 * @to_us: the period's end, excluded
 * @func: called for each row, on the calling thread
 *
 * Returns: whether every row was read and accepted by @func.
 */
gboolean
acc_repository_read_book (AccRepository  *self,
                          AccBook         book,
                          gint64          from_us,
                          gint64          to_us,
                          AccBookRowFunc  func,
                          gpointer        user_data,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(AccRepository) own = NULL;
  gboolean messages = book == ACC_BOOK_MESSAGES;
  sqlite3_stmt *stmt;
  guint total = 0;
  guint row = 0;
  guint n_columns;
  gboolean ok = FALSE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  acc_book_get_headers (book, &n_columns);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  own = acc_repository_open (self->path, error);
  if (own == NULL)
    return FALSE;

  /* One read transaction: the count and the rows agree. */
  if (!_acc_repository_exec (own, "BEGIN", error))
    return FALSE;
  stmt = _acc_repository_prepare (own, messages ? messages_count_sql : interactions_count_sql, error);
  if (stmt == NULL)
    goto out;
  bind_period (stmt, book, from_us, to_us);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    total = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  stmt = _acc_repository_prepare (own, messages ? messages_sql : interactions_sql, error);
  if (stmt == NULL)
    goto out;
  bind_period (stmt, book, from_us, to_us);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *fields[MAX_COLUMNS] = { NULL };
      g_autofree char *t0 = NULL;
      g_autofree char *t1 = NULL;
      gboolean accepted;

      for (guint i = 0; i < n_columns; i++)
        fields[i] = (const char *) sqlite3_column_text (stmt, i);
      t0 = acc_book_format_time (sqlite3_column_int64 (stmt, 0));
      fields[0] = t0;
      if (messages)
        {
          fields[3] = acc_message_source_label (sqlite3_column_int (stmt, 3));
          fields[9] = sqlite3_column_int (stmt, 9) ? _("Yes") : _("No");
          t1 = acc_book_format_time (sqlite3_column_int64 (stmt, 10));
          fields[10] = t1;
          fields[11] = acc_message_status_label (sqlite3_column_int (stmt, 11));
        }
      else
        {
          t1 = acc_book_format_time (sqlite3_column_int64 (stmt, 1));
          /* The end as the hour alone: the day is the start's. */
          fields[1] = strlen (t1) > 11 ? t1 + 11 : t1;
          fields[7] = acc_outcome_label_for_channel (sqlite3_column_int (stmt, 7),
                                                     book == ACC_BOOK_VISITS ? ACC_CHANNEL_VISIT
                                                                             : ACC_CHANNEL_PHONE);
        }
      accepted = func (fields, n_columns, row, total, user_data, error);
      if (!accepted)
        break;
      row++;
      if ((row & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    goto out;   /* refused, or cancelled */
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (own, error, rc);
      goto out;
    }
  ok = !g_cancellable_set_error_if_cancelled (cancellable, error);

out:
  _acc_repository_exec (own, "ROLLBACK", NULL);
  return ok;
}
