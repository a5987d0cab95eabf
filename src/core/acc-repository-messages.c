/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-messages.c — the messages book (cahier des messages): what
 * the front desk hands on, to whom, and every change of its status with who
 * and when. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

#define MESSAGE_COLUMNS \
  "m.id, m.created_at, m.taken_by_id, t.name, m.recipient_id, r.name, m.source, " \
  "m.interaction_id, m.contact_id, m.name, m.organisation, m.phone, m.email, m.reason, " \
  "m.body, m.urgent, m.due_at, m.status, m.resolution, m.status_changed_at"

#define MESSAGE_JOINS \
  "LEFT JOIN staff t ON t.id = m.taken_by_id LEFT JOIN staff r ON r.id = m.recipient_id "

GObject *
_acc_message_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *taken_by_name = _acc_column_text (stmt, 3);
  g_autofree char *recipient_name = _acc_column_text (stmt, 5);
  g_autofree char *name = _acc_column_text (stmt, 9);
  g_autofree char *organisation = _acc_column_text (stmt, 10);
  g_autofree char *phone = _acc_column_text (stmt, 11);
  g_autofree char *email = _acc_column_text (stmt, 12);
  g_autofree char *reason = _acc_column_text (stmt, 13);
  g_autofree char *body = _acc_column_text (stmt, 14);
  g_autofree char *resolution = _acc_column_text (stmt, 18);

  return g_object_new (ACC_TYPE_MESSAGE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "created-at", sqlite3_column_int64 (stmt, 1),
                       "taken-by-id", sqlite3_column_int64 (stmt, 2),
                       "taken-by-name", taken_by_name,
                       "recipient-id", sqlite3_column_int64 (stmt, 4),
                       "recipient-name", recipient_name,
                       "source", sqlite3_column_int (stmt, 6),
                       "interaction-id", sqlite3_column_int64 (stmt, 7),
                       "contact-id", sqlite3_column_int64 (stmt, 8),
                       "name", name,
                       "organisation", organisation,
                       "phone", phone,
                       "email", email,
                       "reason", reason,
                       "body", body,
                       "urgent", sqlite3_column_int (stmt, 15) != 0,
                       "due-at", sqlite3_column_int64 (stmt, 16),
                       "status", sqlite3_column_int (stmt, 17),
                       "resolution", resolution,
                       "status-changed-at", sqlite3_column_int64 (stmt, 19),
                       NULL);
}

static gboolean
record_event (AccRepository     *self,
              gint64             message_id,
              gint64             at,
              gint64             staff_id,
              AccMessageStatus   status,
              const char        *note,
              gint64             forwarded_to_id,
              GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO message_events (message_id, at, staff_id, status, note, forwarded_to_id) "
                                  "VALUES (:message, :at, :staff, :status, :note, :forwarded_to)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":message", message_id);
  _acc_bind_int64 (stmt, ":at", at);
  _acc_bind_id (stmt, ":staff", staff_id);
  _acc_bind_int64 (stmt, ":status", status);
  _acc_bind_text (stmt, ":note", note);
  _acc_bind_id (stmt, ":forwarded_to", forwarded_to_id);
  return _acc_repository_step_done (self, stmt, error);
}

/* The organisation's response deadline counts opening hours only: 48 hours
 * from a Friday-evening message is the Wednesday after, not Sunday. Without
 * opening hours, hours are counted round the clock. */
static gboolean
compute_due_time (AccRepository  *self,
                  gint64          created_at,
                  gint64         *due_at,
                  GError        **error)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) due = NULL;
  GTimeSpan deadline;

  if (self->opening_hours == NULL)
    {
      g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (self, error);

      if (organisation == NULL)
        return FALSE;
      self->opening_hours = acc_repository_load_schedule (self, ACC_SCHEDULE_OPENING_HOURS, error);
      if (self->opening_hours == NULL)
        return FALSE;
      self->message_deadline_hours = acc_organisation_get_message_deadline_hours (organisation);
    }

  deadline = (GTimeSpan) self->message_deadline_hours * G_TIME_SPAN_HOUR;
  created = g_date_time_new_from_unix_local (created_at / G_USEC_PER_SEC);
  if (created != NULL)
    due = acc_schedule_add_open_time (self->opening_hours, created, deadline);

  if (due != NULL)
    *due_at = g_date_time_to_unix (due) * G_USEC_PER_SEC + created_at % G_USEC_PER_SEC;
  else
    *due_at = created_at + deadline;
  return TRUE;
}

/* Inside a transaction: the new message and its first event. */
gboolean
_acc_repository_insert_message (AccRepository  *self,
                                AccMessage     *message,
                                GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *phone = NULL;
  sqlite3_stmt *stmt;
  gint64 created_at;
  gint64 due_at;

  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  name = g_strstrip (g_strdup (acc_message_get_name (message) ? acc_message_get_name (message) : ""));
  reason = g_strstrip (g_strdup (acc_message_get_reason (message) ? acc_message_get_reason (message) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A message needs the name of the person who left it."));
      return FALSE;
    }
  if (*reason == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A message needs a reason."));
      return FALSE;
    }
  if (!acc_limits_check (error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Organisation"), acc_message_get_organisation (message), ACC_LIMIT_NAME,
                         _("Phone"), acc_message_get_phone (message), ACC_LIMIT_PHONE,
                         _("Reason"), reason, ACC_LIMIT_LINE,
                         _("Message"), acc_message_get_body (message), ACC_LIMIT_TEXT,
                         NULL)
      || !acc_limits_check_email (_("E-mail"), acc_message_get_email (message), error))
    return FALSE;
  if (acc_message_get_recipient_id (message) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A message needs a recipient."));
      return FALSE;
    }
  phone = g_strdup (acc_message_get_phone (message));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;

  created_at = acc_message_get_created_at (message);
  if (created_at == 0)
    created_at = _acc_repository_now ();
  due_at = acc_message_get_due_at (message);
  if (due_at == 0 && !compute_due_time (self, created_at, &due_at, error))
    return FALSE;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO messages (created_at, taken_by_id, recipient_id, source, "
                                  "interaction_id, contact_id, name, organisation, phone, email, reason, "
                                  "body, urgent, due_at, status, status_changed_at) "
                                  "VALUES (:created, :taken_by, :recipient, :source, :interaction, :contact, "
                                  ":name, :organisation, :phone, :email, :reason, :body, :urgent, :due, "
                                  ":status, :created)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":created", created_at);
  _acc_bind_id (stmt, ":taken_by", acc_message_get_taken_by_id (message));
  _acc_bind_int64 (stmt, ":recipient", acc_message_get_recipient_id (message));
  _acc_bind_int64 (stmt, ":source", acc_message_get_source (message));
  _acc_bind_id (stmt, ":interaction", acc_message_get_interaction_id (message));
  _acc_bind_id (stmt, ":contact", acc_message_get_contact_id (message));
  _acc_bind_text (stmt, ":name", name);
  _acc_bind_text (stmt, ":organisation", acc_message_get_organisation (message));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", acc_message_get_email (message));
  _acc_bind_text (stmt, ":reason", reason);
  _acc_bind_text (stmt, ":body", acc_message_get_body (message));
  _acc_bind_int64 (stmt, ":urgent", acc_message_get_urgent (message));
  _acc_bind_int64 (stmt, ":due", due_at);
  _acc_bind_int64 (stmt, ":status", ACC_MESSAGE_STATUS_NEW);
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;

  acc_message_set_id (message, sqlite3_last_insert_rowid (self->db));
  acc_message_set_created_at (message, created_at);
  acc_message_set_due_at (message, due_at);
  acc_message_set_status_changed_at (message, created_at);
  acc_message_set_status (message, ACC_MESSAGE_STATUS_NEW);
  acc_message_set_name (message, name);
  acc_message_set_reason (message, reason);
  acc_message_set_phone (message, phone);

  return record_event (self, acc_message_get_id (message), created_at,
                       acc_message_get_taken_by_id (message), ACC_MESSAGE_STATUS_NEW,
                       NULL, 0, error);
}

/**
 * acc_repository_save_message:
 * @message: a new message (id 0), with at least a name, a reason and a
 *   recipient
 *
 * Forwards the message: it is in its recipient's inbox once this returns.
 */
gboolean
acc_repository_save_message (AccRepository  *self,
                             AccMessage     *message,
                             GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_MESSAGE (message), FALSE);
  g_return_val_if_fail (acc_message_get_id (message) == 0, FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_MESSAGES, error))
    return FALSE;
  if (!_acc_repository_insert_message (self, message, error))
    {
      _acc_repository_rollback (self);
      acc_message_set_id (message, 0);
      return FALSE;
    }
  if (!_acc_repository_commit (self, error))
    {
      acc_message_set_id (message, 0);
      return FALSE;
    }
  return TRUE;
}

AccMessage *
acc_repository_get_message (AccRepository  *self,
                            gint64          id,
                            GError        **error)
{
  AccMessage *message = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self,
                                  "SELECT " MESSAGE_COLUMNS " FROM messages m " MESSAGE_JOINS "WHERE m.id = :id",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":id", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    message = ACC_MESSAGE (_acc_message_from_row (stmt));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                 _("This message no longer exists."));
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return message;
}

/* new → read → in progress → done, or forwarded from any open status. A
 * message that is done or forwarded is closed. */
static gboolean
transition_allowed (AccMessageStatus from,
                    AccMessageStatus to)
{
  switch (to)
    {
    case ACC_MESSAGE_STATUS_READ:
      return from == ACC_MESSAGE_STATUS_NEW;
    case ACC_MESSAGE_STATUS_IN_PROGRESS:
      return from == ACC_MESSAGE_STATUS_NEW || from == ACC_MESSAGE_STATUS_READ;
    case ACC_MESSAGE_STATUS_DONE:
    case ACC_MESSAGE_STATUS_FORWARDED:
      return from == ACC_MESSAGE_STATUS_NEW || from == ACC_MESSAGE_STATUS_READ
             || from == ACC_MESSAGE_STATUS_IN_PROGRESS;
    case ACC_MESSAGE_STATUS_NEW:
    default:
      return FALSE;
    }
}

static gboolean
forward_copy (AccRepository  *self,
              AccMessage     *message,
              gint64          by_staff_id,
              gint64          forward_to_id,
              gint64          now,
              GError        **error)
{
  sqlite3_stmt *stmt;

  /* The same message for the new recipient, new again, pointing back to the
   * one it continues. */
  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO messages (created_at, taken_by_id, recipient_id, source, "
                                  "interaction_id, contact_id, name, organisation, phone, email, reason, "
                                  "body, urgent, due_at, status, status_changed_at, forwarded_from_id) "
                                  "SELECT created_at, taken_by_id, :recipient, source, interaction_id, "
                                  "contact_id, name, organisation, phone, email, reason, body, urgent, "
                                  "due_at, :status, :now, id FROM messages WHERE id = :id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":recipient", forward_to_id);
  _acc_bind_int64 (stmt, ":status", ACC_MESSAGE_STATUS_NEW);
  _acc_bind_int64 (stmt, ":now", now);
  _acc_bind_int64 (stmt, ":id", acc_message_get_id (message));
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;

  return record_event (self, sqlite3_last_insert_rowid (self->db), now, by_staff_id,
                       ACC_MESSAGE_STATUS_NEW, NULL, 0, error);
}

/**
 * acc_repository_set_message_status:
 * @by_staff_id: who makes the change
 * @note: (nullable): the resolution, required when the message is done
 * @forward_to_id: the new recipient, required when forwarding
 *
 * Moves a message along new → read → in progress → done, or forwards it
 * to someone else, and records who did it and when. Going back is refused.
 */
gboolean
acc_repository_set_message_status (AccRepository     *self,
                                   AccMessage        *message,
                                   AccMessageStatus   status,
                                   gint64             by_staff_id,
                                   const char        *note,
                                   gint64             forward_to_id,
                                   GError           **error)
{
  return acc_repository_set_message_status_at (self, message, status, by_staff_id, note,
                                               forward_to_id, _acc_repository_now (), error);
}

/**
 * acc_repository_set_message_status_at:
 * @at_us: when the change happened (UTC µs)
 *
 * acc_repository_set_message_status() at a given time, for data written
 * after the fact: the demo's history, an import from another tool.
 */
gboolean
acc_repository_set_message_status_at (AccRepository     *self,
                                      AccMessage        *message,
                                      AccMessageStatus   status,
                                      gint64             by_staff_id,
                                      const char        *note,
                                      gint64             forward_to_id,
                                      gint64             at_us,
                                      GError           **error)
{
  g_autofree char *clean_note = NULL;
  AccMessageStatus from;
  sqlite3_stmt *stmt;
  gint64 now = at_us;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_MESSAGE (message), FALSE);

  from = acc_message_get_status (message);
  if (!transition_allowed (from, status))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A message that is “%s” cannot become “%s”."),
                   acc_message_status_to_string (from), acc_message_status_to_string (status));
      return FALSE;
    }

  clean_note = g_strstrip (g_strdup (note ? note : ""));
  if (status == ACC_MESSAGE_STATUS_DONE && *clean_note == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Say how the message was handled before marking it done."));
      return FALSE;
    }
  if (!acc_limits_check (error, _("Note"), clean_note, ACC_LIMIT_TEXT, NULL))
    return FALSE;
  if (status == ACC_MESSAGE_STATUS_FORWARDED
      && (forward_to_id == 0 || forward_to_id == acc_message_get_recipient_id (message)))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Choose someone else to forward the message to."));
      return FALSE;
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_MESSAGES, error))
    return FALSE;

  /* The status in the row, not the object's, decides: another window may
   * have moved the message on meanwhile. */
  stmt = _acc_repository_prepare (self,
                                  "UPDATE messages SET status = :status, status_changed_at = :now, "
                                  "resolution = coalesce(:resolution, resolution) "
                                  "WHERE id = :id AND status = :from",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":status", status);
  _acc_bind_int64 (stmt, ":now", now);
  _acc_bind_text (stmt, ":resolution", status == ACC_MESSAGE_STATUS_DONE ? clean_note : NULL);
  _acc_bind_int64 (stmt, ":id", acc_message_get_id (message));
  _acc_bind_int64 (stmt, ":from", from);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Someone else changed this message meanwhile; look at it again."));
      goto failed;
    }

  if (!record_event (self, acc_message_get_id (message), now, by_staff_id, status,
                     *clean_note ? clean_note : NULL,
                     status == ACC_MESSAGE_STATUS_FORWARDED ? forward_to_id : 0, error))
    goto failed;

  if (status == ACC_MESSAGE_STATUS_FORWARDED
      && !forward_copy (self, message, by_staff_id, forward_to_id, now, error))
    goto failed;

  if (!_acc_repository_commit (self, error))
    return FALSE;

  acc_message_set_status (message, status);
  acc_message_set_status_changed_at (message, now);
  if (status == ACC_MESSAGE_STATUS_DONE)
    acc_message_set_resolution (message, clean_note);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

guint
acc_repository_count_unread_messages (AccRepository  *self,
                                      gint64          recipient_id,
                                      GError        **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), 0);

  stmt = _acc_repository_prepare (self,
                                  "SELECT count(*) FROM messages WHERE recipient_id = :recipient AND status = :new",
                                  error);
  if (stmt == NULL)
    return 0;
  _acc_bind_int64 (stmt, ":recipient", recipient_id);
  _acc_bind_int64 (stmt, ":new", ACC_MESSAGE_STATUS_NEW);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return count;
}

static void
bind_message_filter (sqlite3_stmt  *stmt,
                     gconstpointer  data)
{
  const AccMessageFilter *filter = data;

  if (filter->recipient_id != 0)
    _acc_bind_int64 (stmt, ":recipient", filter->recipient_id);
  _acc_bind_int64 (stmt, ":which", filter->status);
  _acc_bind_int64 (stmt, ":done", ACC_MESSAGE_STATUS_DONE);
  _acc_bind_int64 (stmt, ":from", filter->from_us);
  _acc_bind_int64 (stmt, ":to", filter->to_us > 0 ? filter->to_us : G_MAXINT64);
}

#define MESSAGE_PERIOD_AND_STATUS \
  "m.created_at >= :from AND m.created_at < :to " \
  "AND (:which = 0 OR (:which = 1 AND m.status < :done) OR (:which = 2 AND m.status >= :done))"

/* One inbox, on the (recipient, created_at) index; or every message, the
 * messages book, on the created_at index. Both indexes cover the filters,
 * so that skipping to a deep page never reads the table. */
#define MESSAGE_WHERE_RECIPIENT "WHERE m.recipient_id = :recipient AND " MESSAGE_PERIOD_AND_STATUS
#define MESSAGE_WHERE_ALL "WHERE " MESSAGE_PERIOD_AND_STATUS

#define MESSAGE_PAGE_SQL(where) \
  "SELECT " MESSAGE_COLUMNS " FROM " \
  "(SELECT m.id FROM messages m " where " ORDER BY m.created_at DESC, m.id DESC " \
  " LIMIT :limit OFFSET :offset) AS page " \
  "JOIN messages m ON m.id = page.id " MESSAGE_JOINS \
  "ORDER BY m.created_at DESC, m.id DESC"

/**
 * acc_repository_list_messages:
 * @filter: (nullable): whose messages, which statuses, which period
 *
 * Returns: (transfer full): a lazy list of #AccMessage, newest first.
 */
GListModel *
acc_repository_list_messages (AccRepository          *self,
                              const AccMessageFilter *filter)
{
  AccMessageFilter *query = g_new0 (AccMessageFilter, 1);

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  if (filter != NULL)
    *query = *filter;

  if (query->recipient_id != 0)
    return G_LIST_MODEL (_acc_query_model_new (self, ACC_TYPE_MESSAGE,
                                               ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF,
                                               "SELECT count(*) FROM messages m " MESSAGE_WHERE_RECIPIENT,
                                               MESSAGE_PAGE_SQL (MESSAGE_WHERE_RECIPIENT),
                                               bind_message_filter, query, g_free,
                                               _acc_message_from_row));

  return G_LIST_MODEL (_acc_query_model_new (self, ACC_TYPE_MESSAGE,
                                             ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF,
                                             "SELECT count(*) FROM messages m " MESSAGE_WHERE_ALL,
                                             MESSAGE_PAGE_SQL (MESSAGE_WHERE_ALL),
                                             bind_message_filter, query, g_free,
                                             _acc_message_from_row));
}
