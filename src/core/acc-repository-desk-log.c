/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-desk-log.c — the desk's log, the auditor's evidence that the
 * phone procedure is applied: the answering machine switched off at the start
 * of each slot and on again at its end, and the voicemail checked, with the
 * messages it held forwarded to their recipients. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-repository-private.h"

/**
 * acc_repository_record_answering_machine:
 * @switched_on: %TRUE when the machine was switched back on (a slot ended),
 *   %FALSE when it was switched off (a slot started)
 * @boundary_us: the start or end of the slot the confirmation is for, UTC
 *   microseconds, as acc_schedule_get_next_change() gave it
 * @staff_id: who confirmed it, 0 when unknown
 *
 * Records the agent's confirmation, now. Confirming a boundary already
 * confirmed (from another window, another workstation) succeeds and keeps
 * the first confirmation as it was.
 */
gboolean
acc_repository_record_answering_machine (AccRepository  *self,
                                         gboolean        switched_on,
                                         gint64          boundary_us,
                                         gint64          staff_id,
                                         GError        **error)
{
  return acc_repository_record_answering_machine_at (self, switched_on, boundary_us, staff_id,
                                                     _acc_repository_now (), error);
}

/**
 * acc_repository_record_answering_machine_at:
 * @at_us: when the confirmation was given, UTC microseconds
 *
 * acc_repository_record_answering_machine() at a given time, for imports and
 * demo data.
 */
gboolean
acc_repository_record_answering_machine_at (AccRepository  *self,
                                            gboolean        switched_on,
                                            gint64          boundary_us,
                                            gint64          staff_id,
                                            gint64          at_us,
                                            GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (boundary_us <= 0 || at_us <= 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("The answering machine confirmation needs the time of the slot it is for."));
      return FALSE;
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_DESK_LOG, error))
    return FALSE;
  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO answering_machine_events (at, staff_id, switched_on, boundary_at) "
                                  "VALUES (:at, :staff, :on, :boundary) "
                                  "ON CONFLICT (boundary_at, switched_on) DO NOTHING",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":at", at_us);
  _acc_bind_id (stmt, ":staff", staff_id);
  _acc_bind_int64 (stmt, ":on", switched_on ? 1 : 0);
  _acc_bind_int64 (stmt, ":boundary", boundary_us);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_answering_machine_confirmed:
 * @switched_on: which confirmation: on again (end of a slot) or off (start)
 * @boundary_us: the slot boundary, UTC microseconds
 * @confirmed: (out): whether someone already confirmed it
 *
 * What the banner asks before prompting: a boundary confirmed in another
 * window is not asked again.
 */
gboolean
acc_repository_answering_machine_confirmed (AccRepository  *self,
                                            gboolean        switched_on,
                                            gint64          boundary_us,
                                            gboolean       *confirmed,
                                            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (confirmed != NULL, FALSE);

  *confirmed = FALSE;
  stmt = _acc_repository_prepare (self,
                                  "SELECT EXISTS (SELECT 1 FROM answering_machine_events "
                                  "WHERE boundary_at = :boundary AND switched_on = :on)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":boundary", boundary_us);
  _acc_bind_int64 (stmt, ":on", switched_on ? 1 : 0);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *confirmed = sqlite3_column_int (stmt, 0) != 0;
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/* What saving a voicemail message changes on the object, to give it back as
 * it was when the transaction fails. */
typedef struct
{
  AccMessageSource source;
  gint64 taken_by_id;
} SavedMessageState;

static void
restore_messages (GPtrArray               *messages,
                  const SavedMessageState *states)
{
  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      AccMessage *message = g_ptr_array_index (messages, i);

      acc_message_set_id (message, 0);
      acc_message_set_source (message, states[i].source);
      acc_message_set_taken_by_id (message, states[i].taken_by_id);
    }
}

/**
 * acc_repository_save_voicemail_check:
 * @staff_id: who listened to the voicemail
 * @n_messages: how many messages it held
 * @messages: (nullable) (element-type AccMessage): the messages entered from
 *   it, each new (id 0) with a name, a reason and a recipient; at most
 *   @n_messages of them
 *
 * Records the check, now, and forwards each message to its recipient as a
 * voicemail message taken by @staff_id (unless the message names someone
 * else), all in one transaction: the check and its messages are saved
 * together or not at all.
 */
gboolean
acc_repository_save_voicemail_check (AccRepository  *self,
                                     gint64          staff_id,
                                     guint           n_messages,
                                     GPtrArray      *messages,
                                     GError        **error)
{
  return acc_repository_save_voicemail_check_at (self, staff_id, n_messages, messages,
                                                 _acc_repository_now (), error);
}

/**
 * acc_repository_save_voicemail_check_at:
 * @at_us: when the voicemail was checked, UTC microseconds
 *
 * acc_repository_save_voicemail_check() at a given time, for imports and
 * demo data.
 */
gboolean
acc_repository_save_voicemail_check_at (AccRepository  *self,
                                        gint64          staff_id,
                                        guint           n_messages,
                                        GPtrArray      *messages,
                                        gint64          at_us,
                                        GError        **error)
{
  g_autofree SavedMessageState *states = NULL;
  guint n_given = messages != NULL ? messages->len : 0;
  sqlite3_stmt *stmt;
  gint64 check_id;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  for (guint i = 0; i < n_given; i++)
    {
      AccMessage *message = g_ptr_array_index (messages, i);

      g_return_val_if_fail (ACC_IS_MESSAGE (message), FALSE);
      g_return_val_if_fail (acc_message_get_id (message) == 0, FALSE);
    }

  if (at_us <= 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A voicemail check needs the time it was made."));
      return FALSE;
    }
  if (n_messages < n_given)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("More messages were entered (%u) than the voicemail held (%u)."),
                   n_given, n_messages);
      return FALSE;
    }

  states = g_new0 (SavedMessageState, MAX (n_given, 1));
  for (guint i = 0; i < n_given; i++)
    {
      AccMessage *message = g_ptr_array_index (messages, i);

      states[i].source = acc_message_get_source (message);
      states[i].taken_by_id = acc_message_get_taken_by_id (message);
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_DESK_LOG | (n_given > 0 ? ACC_CHANGE_MESSAGES : 0), error))
    return FALSE;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO voicemail_checks (at, staff_id, message_count) "
                                  "VALUES (:at, :staff, :count)",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":at", at_us);
  _acc_bind_id (stmt, ":staff", staff_id);
  _acc_bind_int64 (stmt, ":count", n_messages);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  check_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < n_given; i++)
    {
      AccMessage *message = g_ptr_array_index (messages, i);

      acc_message_set_source (message, ACC_MESSAGE_SOURCE_VOICEMAIL);
      if (acc_message_get_taken_by_id (message) == 0)
        acc_message_set_taken_by_id (message, staff_id);
      if (!_acc_repository_insert_message (self, message, error))
        goto failed;

      stmt = _acc_repository_prepare (self,
                                      "UPDATE messages SET voicemail_check_id = :check WHERE id = :id",
                                      error);
      if (stmt == NULL)
        goto failed;
      _acc_bind_int64 (stmt, ":check", check_id);
      _acc_bind_int64 (stmt, ":id", acc_message_get_id (message));
      if (!_acc_repository_step_done (self, stmt, error)
          || !_acc_repository_check_updated (self, error))
        goto failed;
    }

  if (!_acc_repository_commit (self, error))
    {
      restore_messages (messages, states);
      return FALSE;
    }
  return TRUE;

failed:
  _acc_repository_rollback (self);
  restore_messages (messages, states);
  return FALSE;
}

/**
 * acc_repository_get_last_voicemail_check:
 * @at_us: (out): when the voicemail was last checked, UTC microseconds; 0
 *   when it never was
 *
 * What the reminder after an absence compares with.
 */
gboolean
acc_repository_get_last_voicemail_check (AccRepository  *self,
                                         gint64         *at_us,
                                         GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (at_us != NULL, FALSE);

  *at_us = 0;
  stmt = _acc_repository_prepare (self, "SELECT max(at) FROM voicemail_checks", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *at_us = sqlite3_column_int64 (stmt, 0);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}
