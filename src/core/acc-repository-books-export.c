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

/* The last second GDateTime can hold, 9999-12-31 23:59:59 UTC. */
#define MAX_UNIX_SECONDS G_GINT64_CONSTANT (253402300799)

/* Days since 1970-01-01 to a date of the proleptic Gregorian calendar, as
 * GDateTime counts them (H. Hinnant's civil_from_days, for days from
 * 1969-12-31 on). */
static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 z = days + 719468;
  gint64 era = z / 146097;
  guint doe = (guint) (z - era * 146097);                          /* [0, 146096] */
  guint yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
  guint doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* [0, 365] */
  guint mp = (5 * doy + 2) / 153;                                    /* from March */

  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (era * 400 + yoe + (*month <= 2 ? 1 : 0));
}

static inline char *
put_2_digits (char *p,
              int   n)
{
  p[0] = (char) ('0' + n / 10);
  p[1] = (char) ('0' + n % 10);
  return p + 2;
}

/**
 * acc_book_format_time_in:
 * @tz: the time zone the book is read in (the local one)
 * @time_us: a stored UTC time, in unix microseconds
 * @buf: (out caller-allocates): where the text goes
 *
 * acc_book_format_time() without its costs, for an export's million rows:
 * a GDateTime per row looked the local time zone up each time (a stat and
 * a readlink of /etc/localtime: half of the export's time), and
 * g_date_time_format() parses its format and allocates. Here the offset
 * comes from @tz's own transitions, as GDateTime takes it, and the digits
 * are written by hand: the same text, a DST change included.
 *
 * Returns: @buf, holding dd/mm/yyyy hh:mm, or "" for no time or a time
 * GDateTime cannot hold.
 */
const char *
acc_book_format_time_in (GTimeZone *tz,
                         gint64     time_us,
                         char       buf[ACC_BOOK_TIME_SIZE])
{
  gint64 utc, local, days;
  int seconds_of_day, year, month, day;
  char *p = buf;

  buf[0] = '\0';
  if (time_us <= 0)
    return buf;
  utc = time_us / G_USEC_PER_SEC;
  if (utc > MAX_UNIX_SECONDS)
    return buf;
  local = utc + g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, utc));
  if (local > MAX_UNIX_SECONDS)
    return buf;
  /* West of Greenwich, the first hours of 1970 are in 1969. */
  days = local / 86400;
  seconds_of_day = (int) (local % 86400);
  if (seconds_of_day < 0)
    {
      seconds_of_day += 86400;
      days--;
    }
  civil_from_days (days, &year, &month, &day);

  p = put_2_digits (p, day);
  *p++ = '/';
  p = put_2_digits (p, month);
  *p++ = '/';
  p = put_2_digits (p, year / 100);
  p = put_2_digits (p, year % 100);
  *p++ = ' ';
  p = put_2_digits (p, seconds_of_day / 3600);
  *p++ = ':';
  p = put_2_digits (p, seconds_of_day / 60 % 60);
  *p = '\0';
  return buf;
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
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  char buf[ACC_BOOK_TIME_SIZE];

  return g_strdup (acc_book_format_time_in (local, time_us, buf));
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
  AccChannel channel = book == ACC_BOOK_VISITS ? ACC_CHANNEL_VISIT : ACC_CHANNEL_PHONE;
  g_autoptr(GTimeZone) tz = NULL;
  const char *outcomes[ACC_OUTCOME_MESSAGE + 1];
  const char *yes, *no;
  /* The columns written from a number: times, outcome, source, status… */
  guint32 as_number = messages ? (1u << 0 | 1u << 3 | 1u << 9 | 1u << 10 | 1u << 11)
                               : (1u << 0 | 1u << 1 | 1u << 7);
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
  /* Looked up once for the whole export rather than once per row. */
  tz = g_time_zone_new_local ();
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    outcomes[i] = acc_outcome_label_for_channel (i, channel);
  yes = _("Yes");
  no = _("No");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *fields[MAX_COLUMNS] = { NULL };
      char t0[ACC_BOOK_TIME_SIZE];
      char t1[ACC_BOOK_TIME_SIZE];
      gboolean accepted;

      /* The times and codes are read as numbers: asking for their text
       * first would have SQLite print them for nothing. */
      for (guint i = 0; i < n_columns; i++)
        if (!(as_number & (1u << i)))
          fields[i] = (const char *) sqlite3_column_text (stmt, i);
      fields[0] = acc_book_format_time_in (tz, sqlite3_column_int64 (stmt, 0), t0);
      if (messages)
        {
          fields[3] = acc_message_source_label (sqlite3_column_int (stmt, 3));
          fields[9] = sqlite3_column_int (stmt, 9) ? yes : no;
          fields[10] = acc_book_format_time_in (tz, sqlite3_column_int64 (stmt, 10), t1);
          fields[11] = acc_message_status_label (sqlite3_column_int (stmt, 11));
        }
      else
        {
          int outcome = sqlite3_column_int (stmt, 7);

          acc_book_format_time_in (tz, sqlite3_column_int64 (stmt, 1), t1);
          /* The end as the hour alone: the day is the start's. */
          fields[1] = t1[0] != '\0' ? t1 + 11 : t1;
          fields[7] = outcome >= 0 && outcome < (int) G_N_ELEMENTS (outcomes)
                      ? outcomes[outcome]
                      : acc_outcome_label_for_channel (outcome, channel);
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
