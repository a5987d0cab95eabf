/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-schedule.c — the weekly phone slots and opening hours, and
 * the closures (public holidays, exceptional closures). */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

#include <string.h>

static GObject *
schedule_range_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (ACC_TYPE_SCHEDULE_RANGE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "kind", sqlite3_column_int (stmt, 1),
                       "weekday", (guint) sqlite3_column_int (stmt, 2),
                       "start-minute", (guint) sqlite3_column_int (stmt, 3),
                       "end-minute", (guint) sqlite3_column_int (stmt, 4),
                       NULL);
}

static GObject *
closure_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *first_day = _acc_column_text (stmt, 2);
  g_autofree char *last_day = _acc_column_text (stmt, 3);
  g_autofree char *label = _acc_column_text (stmt, 4);

  return g_object_new (ACC_TYPE_CLOSURE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "kind", sqlite3_column_int (stmt, 1),
                       "first-day", first_day,
                       "last-day", last_day,
                       "label", label,
                       NULL);
}

static void
bind_kind (sqlite3_stmt  *stmt,
           gconstpointer  data)
{
  _acc_bind_int64 (stmt, ":kind", GPOINTER_TO_INT (data));
}

/**
 * acc_repository_list_schedule:
 *
 * Returns: (transfer full): the #AccScheduleRange of one kind, by weekday
 * and time.
 */
GListModel *
acc_repository_list_schedule (AccRepository    *self,
                              AccScheduleKind   kind,
                              GError          **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_SCHEDULE_RANGE,
                                   "SELECT id, kind, weekday, start_minute, end_minute FROM schedule_ranges "
                                   "WHERE kind = :kind ORDER BY weekday, start_minute",
                                   bind_kind, GINT_TO_POINTER (kind),
                                   schedule_range_from_row, error);
}

gboolean
acc_repository_save_schedule_range (AccRepository     *self,
                                    AccScheduleRange  *range,
                                    GError           **error)
{
  gboolean inserting;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (range), FALSE);

  if (acc_schedule_range_get_start_minute (range) >= acc_schedule_range_get_end_minute (range))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A time range must end after it starts."));
      return FALSE;
    }

  inserting = acc_schedule_range_get_id (range) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_SCHEDULE, error))
    return FALSE;
  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO schedule_ranges (kind, weekday, start_minute, end_minute) "
                                    "VALUES (:kind, :weekday, :start, :end)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE schedule_ranges SET kind = :kind, weekday = :weekday, "
                                    "start_minute = :start, end_minute = :end WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":kind", acc_schedule_range_get_kind (range));
  _acc_bind_int64 (stmt, ":weekday", acc_schedule_range_get_weekday (range));
  _acc_bind_int64 (stmt, ":start", acc_schedule_range_get_start_minute (range));
  _acc_bind_int64 (stmt, ":end", acc_schedule_range_get_end_minute (range));
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_schedule_range_get_id (range));
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    acc_schedule_range_set_id (range, sqlite3_last_insert_rowid (self->db));
  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_schedule_range_set_id (range, 0);
      return FALSE;
    }
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/* Deletes one row by id; @sql is a constant of this file. */
static gboolean
delete_row (AccRepository  *self,
            const char     *sql,
            gint64          id,
            GError        **error)
{
  sqlite3_stmt *stmt;

  if (!_acc_repository_begin (self, ACC_CHANGE_SCHEDULE, error))
    return FALSE;
  stmt = _acc_repository_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":id", id);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!_acc_repository_check_updated (self, error))
    goto failed;
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_delete_schedule_range:
 * @id: the range's id
 *
 * Removes one weekly range. A range already deleted (by another window)
 * fails with %ACC_REPOSITORY_ERROR_NOT_FOUND.
 */
gboolean
acc_repository_delete_schedule_range (AccRepository  *self,
                                      gint64          id,
                                      GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  return delete_row (self, "DELETE FROM schedule_ranges WHERE id = :id", id, error);
}

/**
 * acc_repository_delete_closure:
 * @id: the closure's id
 *
 * Removes one closure; %ACC_REPOSITORY_ERROR_NOT_FOUND when it is gone.
 */
gboolean
acc_repository_delete_closure (AccRepository  *self,
                               gint64          id,
                               GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  return delete_row (self, "DELETE FROM closures WHERE id = :id", id, error);
}

GListModel *
acc_repository_list_closures (AccRepository  *self,
                              GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_CLOSURE,
                                   "SELECT id, kind, first_day, last_day, label FROM closures "
                                   "ORDER BY first_day, id",
                                   NULL, NULL, closure_from_row, error);
}

static gboolean
is_day (const char *text)
{
  g_autoptr(GDate) date = NULL;
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  parts = g_strsplit (text, "-", 3);
  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL))
    return FALSE;
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
acc_repository_save_closure (AccRepository  *self,
                             AccClosure     *closure,
                             GError        **error)
{
  const char *first_day, *last_day;
  gboolean inserting;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_CLOSURE (closure), FALSE);

  first_day = acc_closure_get_first_day (closure);
  last_day = acc_closure_get_last_day (closure) ? acc_closure_get_last_day (closure) : first_day;
  if (!is_day (first_day) || !is_day (last_day) || g_strcmp0 (first_day, last_day) > 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A closure needs a first and a last day, in that order."));
      return FALSE;
    }
  if (!acc_limits_check (error, _("Label"), acc_closure_get_label (closure), ACC_LIMIT_NAME, NULL))
    return FALSE;

  inserting = acc_closure_get_id (closure) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_SCHEDULE, error))
    return FALSE;
  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO closures (kind, first_day, last_day, label) "
                                    "VALUES (:kind, :first, :last, :label)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE closures SET kind = :kind, first_day = :first, "
                                    "last_day = :last, label = :label WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":kind", acc_closure_get_kind (closure));
  _acc_bind_text (stmt, ":first", first_day);
  _acc_bind_text (stmt, ":last", last_day);
  _acc_bind_text (stmt, ":label", acc_closure_get_label (closure));
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_closure_get_id (closure));
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    acc_closure_set_id (closure, sqlite3_last_insert_rowid (self->db));
  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_closure_set_id (closure, 0);
      return FALSE;
    }
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_load_schedule:
 * @kind: phone slots or opening hours
 *
 * Returns: (transfer full): the weekly ranges of @kind with every closure,
 * as one #AccSchedule, or %NULL with @error set.
 */
AccSchedule *
acc_repository_load_schedule (AccRepository    *self,
                              AccScheduleKind   kind,
                              GError          **error)
{
  g_autoptr(GListModel) ranges = NULL;
  g_autoptr(GListModel) closures = NULL;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  ranges = acc_repository_list_schedule (self, kind, error);
  if (ranges == NULL)
    return NULL;
  closures = acc_repository_list_closures (self, error);
  if (closures == NULL)
    return NULL;
  return acc_schedule_new (ranges, closures);
}
