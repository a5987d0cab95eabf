/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-stats.c — the indicators of a period (« Tableau de bord »):
 * calls and visits by day and by hour of the week, outcomes, orientations,
 * the messages' delays, the checklist's compliance and the answering-machine
 * confirmations. A scan: the GUI runs it on a worker thread with a connection
 * of its own. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-repository-private.h"
#include "acc-repository-stats.h"

static gint64
time_us (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* Runs @stmt (bound to :from and :to) to its end, handing every row to
 * @read_row. */
typedef void (*RowFunc) (AccStats *stats, sqlite3_stmt *stmt, gpointer data);

static gboolean
run_query (AccRepository  *self,
           AccStats       *stats,
           const char     *sql,
           gint64          now_us,
           RowFunc         read_row,
           gpointer        data,
           GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_index (stmt, ":from") > 0)
    _acc_bind_int64 (stmt, ":from", acc_stats_get_from (stats));
  if (sqlite3_bind_parameter_index (stmt, ":to") > 0)
    _acc_bind_int64 (stmt, ":to", acc_stats_get_to (stats));
  if (sqlite3_bind_parameter_index (stmt, ":now") > 0)
    _acc_bind_int64 (stmt, ":now", now_us);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read_row (stats, stmt, data);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
valid_channel (int channel)
{
  return channel == ACC_CHANNEL_PHONE || channel == ACC_CHANNEL_VISIT;
}

static void
read_totals (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  int channel = sqlite3_column_int (stmt, 0);

  if (!valid_channel (channel))
    return;
  _acc_stats_set_count (stats, channel, sqlite3_column_int (stmt, 1));
  for (guint step = 0; step < 8; step++)
    _acc_stats_set_step_count (stats, channel, step, sqlite3_column_int (stmt, 2 + step));
}

static void
read_week_hour (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  int channel = sqlite3_column_int (stmt, 0);
  int weekday = sqlite3_column_int (stmt, 1);   /* 0 = Sunday */
  int hour = sqlite3_column_int (stmt, 2);

  if (!valid_channel (channel) || weekday < 0 || weekday > 6 || hour < 0 || hour > 23)
    return;
  _acc_stats_add_week_hour (stats, channel, weekday == 0 ? 7 : weekday, hour, sqlite3_column_int (stmt, 3));
}

static void
read_day (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  _acc_stats_add_day (stats, (const char *) sqlite3_column_text (stmt, 0),
                      sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2));
}

static void
read_outcome (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  int channel = sqlite3_column_int (stmt, 0);
  int outcome = sqlite3_column_int (stmt, 1);

  if (valid_channel (channel) && outcome >= 0 && outcome < ACC_STATS_N_OUTCOMES)
    _acc_stats_set_outcome_count (stats, channel, outcome, sqlite3_column_int (stmt, 2));
}

static void
read_orientation (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  _acc_stats_add_orientation (stats, sqlite3_column_int64 (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1),
                              sqlite3_column_int (stmt, 2));
}

typedef struct
{
  GArray *read_delays;     /* gint64 */
  GArray *handle_delays;   /* gint64 */
  guint count;
  guint with_due;
  guint on_time;
} MessageScan;

static void
read_message (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  MessageScan *scan = data;
  gint64 created_at = sqlite3_column_int64 (stmt, 0);
  gboolean has_due = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
  gint64 due_at = sqlite3_column_int64 (stmt, 1);
  gboolean read = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
  gboolean handled = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  gboolean due_passed = sqlite3_column_int (stmt, 4) != 0;

  scan->count++;
  if (read)
    {
      gint64 delay = sqlite3_column_int64 (stmt, 2) - created_at;
      g_array_append_val (scan->read_delays, delay);
    }
  if (handled)
    {
      gint64 handled_at = sqlite3_column_int64 (stmt, 3);
      gint64 delay = handled_at - created_at;

      g_array_append_val (scan->handle_delays, delay);
      if (has_due && handled_at <= due_at)
        scan->on_time++;
    }
  if (has_due && (handled || due_passed))
    scan->with_due++;
}

static void
read_single_count (AccStats *stats, sqlite3_stmt *stmt, gpointer data)
{
  *(guint *) data = sqlite3_column_int (stmt, 0);
}

static int
compare_int64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The median of @values (sorted here), the mean of the two middle ones for
 * an even count; -1 when empty. */
static gint64
median (GArray *values)
{
  guint n = values->len;

  if (n == 0)
    return -1;
  g_array_sort (values, compare_int64);
  if (n % 2 == 1)
    return g_array_index (values, gint64, n / 2);
  return (g_array_index (values, gint64, n / 2 - 1) + g_array_index (values, gint64, n / 2)) / 2;
}

static gboolean
compute_messages (AccRepository  *self,
                  AccStats       *stats,
                  gint64          now_us,
                  GError        **error)
{
  MessageScan scan = { 0 };
  guint overdue = 0;
  gboolean ok;

  scan.read_delays = g_array_new (FALSE, FALSE, sizeof (gint64));
  scan.handle_delays = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Read: the first change of status away from « new »; handled: the first
   * closing one (done, or forwarded to someone else). */
  ok = run_query (self, stats,
                  "SELECT m.created_at, m.due_at, "
                  "  (SELECT min(e.at) FROM message_events e WHERE e.message_id = m.id AND e.status >= 1), "
                  "  (SELECT min(e.at) FROM message_events e WHERE e.message_id = m.id AND e.status IN (3, 4)), "
                  "  m.due_at <= :now "
                  "FROM messages m WHERE m.created_at >= :from AND m.created_at < :to",
                  now_us, read_message, &scan, error)
       && run_query (self, stats,
                     "SELECT count(*) FROM messages WHERE status < 3 AND due_at IS NOT NULL AND due_at < :now",
                     now_us, read_single_count, &overdue, error);
  if (ok)
    {
      guint n_read = scan.read_delays->len, n_handled = scan.handle_delays->len;

      _acc_stats_set_messages (stats, scan.count, n_read, median (scan.read_delays),
                               n_handled, median (scan.handle_delays),
                               scan.with_due, scan.on_time, overdue);
    }
  g_array_unref (scan.read_delays);
  g_array_unref (scan.handle_delays);
  return ok;
}

/* The phone slots' starts and ends in the period, up to now: at each one the
 * agent is asked to confirm the answering machine (acc-phone-banner.c). */
static gboolean
compute_boundaries (AccRepository  *self,
                    AccStats       *stats,
                    gint64          now_us,
                    GError        **error)
{
  g_autoptr(AccSchedule) schedule = acc_repository_load_schedule (self, ACC_SCHEDULE_PHONE_SLOT, error);
  g_autoptr(GDateTime) when = NULL;
  gint64 end_us = MIN (acc_stats_get_to (stats), now_us);
  guint expected[2] = { 0, 0 }, confirmed[2] = { 0, 0 };
  sqlite3_stmt *stmt;

  if (schedule == NULL)
    return FALSE;
  stmt = _acc_repository_prepare (self,
                                  "SELECT EXISTS (SELECT 1 FROM answering_machine_events "
                                  "WHERE boundary_at = :boundary AND switched_on = :on)",
                                  error);
  if (stmt == NULL)
    return FALSE;

  /* A boundary exactly at the start of the period belongs to it. */
  when = g_date_time_new_from_unix_local (acc_stats_get_from (stats) / G_USEC_PER_SEC - 1);
  while (when != NULL && !acc_schedule_is_empty (schedule))
    {
      g_autoptr(GDateTime) next = acc_schedule_get_next_change (schedule, when);
      gint64 at_us;
      gboolean switched_on;
      int rc;

      if (next == NULL)
        break;
      at_us = time_us (next);
      if (at_us >= end_us)
        break;
      if (at_us >= acc_stats_get_from (stats))
        {
          switched_on = !acc_schedule_is_open_at (schedule, next);
          expected[switched_on]++;
          _acc_bind_int64 (stmt, ":boundary", at_us);
          _acc_bind_int64 (stmt, ":on", switched_on);
          rc = sqlite3_step (stmt);
          if (rc != SQLITE_ROW)
            {
              sqlite3_reset (stmt);
              _acc_repository_set_error (self, error, rc);
              return FALSE;
            }
          if (sqlite3_column_int (stmt, 0) != 0)
            confirmed[switched_on]++;
          sqlite3_reset (stmt);
        }
      g_date_time_unref (when);
      when = g_steal_pointer (&next);
    }
  _acc_stats_set_boundaries (stats, FALSE, expected[0], confirmed[0]);
  _acc_stats_set_boundaries (stats, TRUE, expected[1], confirmed[1]);
  return TRUE;
}

/**
 * acc_repository_compute_stats:
 * @from_us: the start of the period, UTC microseconds
 * @to_us: its end, excluded
 *
 * Computes the indicators of the period: calls and visits started in it,
 * messages created in it, the slot boundaries in it up to now. Days and
 * hours are local time. A scan of the period: from the GUI, use
 * acc_repository_compute_stats_async().
 *
 * Returns: (transfer full): the indicators, or %NULL with @error set
 */
AccStats *
acc_repository_compute_stats (AccRepository  *self,
                              gint64          from_us,
                              gint64          to_us,
                              GError        **error)
{
  g_autoptr(AccStats) stats = NULL;
  gint64 now_us = _acc_repository_now ();
  gboolean own_transaction;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  if (from_us >= to_us)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("The period is empty: its start comes after its end."));
      return NULL;
    }
  stats = acc_stats_new (from_us, to_us);

  /* One read transaction: every figure from the same snapshot (unless the
   * caller already runs one). */
  own_transaction = sqlite3_get_autocommit (self->db) != 0;
  if (own_transaction && !_acc_repository_exec (self, "BEGIN", error))
    return NULL;
  if (!run_query (self, stats,
                  "SELECT channel, count(*), "
                  "  sum(checklist & 1 != 0), sum(checklist & 2 != 0), sum(checklist & 4 != 0), "
                  "  sum(checklist & 8 != 0), sum(checklist & 16 != 0), sum(checklist & 32 != 0), "
                  "  sum(checklist & 64 != 0), sum(checklist & 128 != 0) "
                  "FROM interactions WHERE started_at >= :from AND started_at < :to GROUP BY channel",
                  now_us, read_totals, NULL, error)
      || !run_query (self, stats,
                     "SELECT channel, "
                     "  CAST(strftime('%w', started_at / 1000000, 'unixepoch', 'localtime') AS INTEGER), "
                     "  CAST(strftime('%H', started_at / 1000000, 'unixepoch', 'localtime') AS INTEGER), "
                     "  count(*) "
                     "FROM interactions WHERE started_at >= :from AND started_at < :to GROUP BY 1, 2, 3",
                     now_us, read_week_hour, NULL, error)
      || !run_query (self, stats,
                     "SELECT date(started_at / 1000000, 'unixepoch', 'localtime') AS day, "
                     "  sum(channel = 0), sum(channel = 1) "
                     "FROM interactions WHERE started_at >= :from AND started_at < :to "
                     "GROUP BY day ORDER BY day",
                     now_us, read_day, NULL, error)
      || !run_query (self, stats,
                     "SELECT channel, outcome, count(*) "
                     "FROM interactions WHERE started_at >= :from AND started_at < :to GROUP BY 1, 2",
                     now_us, read_outcome, NULL, error)
      || !run_query (self, stats,
                     "SELECT coalesce(i.directory_id, 0), d.name, count(*) AS n "
                     "FROM interactions i LEFT JOIN directory d ON d.id = i.directory_id "
                     "WHERE i.started_at >= :from AND i.started_at < :to AND i.outcome = 2 "
                     "GROUP BY 1 ORDER BY n DESC, d.name COLLATE NOCASE",
                     now_us, read_orientation, NULL, error)
      || !compute_messages (self, stats, now_us, error)
      || !compute_boundaries (self, stats, now_us, error))
    {
      if (own_transaction)
        _acc_repository_exec (self, "ROLLBACK", NULL);
      return NULL;
    }
  if (own_transaction)
    _acc_repository_exec (self, "COMMIT", NULL);
  return g_steal_pointer (&stats);
}

typedef struct
{
  char *path;
  gint64 from_us;
  gint64 to_us;
} StatsData;

static void
stats_data_free (StatsData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
stats_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  StatsData *data = task_data;
  g_autoptr(AccRepository) repository = NULL;
  GError *error = NULL;
  AccStats *stats;

  /* Its own connection, on the same file. */
  repository = acc_repository_open (data->path, &error);
  if (repository == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  stats = acc_repository_compute_stats (repository, data->from_us, data->to_us, &error);
  if (stats == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, stats, g_object_unref);
  else
    g_object_unref (stats);
}

/**
 * acc_repository_compute_stats_async:
 *
 * acc_repository_compute_stats() on a worker thread, with a connection of
 * its own to the same file.
 */
void
acc_repository_compute_stats_async (AccRepository       *self,
                                    gint64               from_us,
                                    gint64               to_us,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  StatsData *data;

  g_return_if_fail (ACC_IS_REPOSITORY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_compute_stats_async);
  data = g_new0 (StatsData, 1);
  data->path = g_strdup (acc_repository_get_path (self));
  data->from_us = from_us;
  data->to_us = to_us;
  g_task_set_task_data (task, data, (GDestroyNotify) stats_data_free);
  g_task_run_in_thread (task, stats_thread);
}

/**
 * acc_repository_compute_stats_finish:
 *
 * Returns: (transfer full): the indicators, or %NULL with @error set
 */
AccStats *
acc_repository_compute_stats_finish (AccRepository  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
