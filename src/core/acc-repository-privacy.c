/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-privacy.c — personal data (RGPD): the purge of old calls,
 * visits and messages, a person's data exported on request (right of
 * access) or erased (right to erasure), the log of all three; and the
 * texts of the procedure document, kept in the settings table. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

#define PROCEDURE_PREFIX "procedure."

/* What an anonymised row's name becomes: NOT NULL columns need a value. */
#define ANONYMOUS_NAME "—"

/* The rows a purge anonymises: older than the cutoff, not anonymised yet,
 * and either of nobody known or of a contact with nothing newer. Whatever
 * the indicators count (dates, outcome, channel, checklist, staff, reason,
 * status, due and handled times) is kept. */
#define CONTACT_IS_STALE(col) \
  "(" col " IS NULL OR (" \
  " NOT EXISTS (SELECT 1 FROM interactions j WHERE j.contact_id = " col " AND j.started_at >= :cutoff)" \
  " AND NOT EXISTS (SELECT 1 FROM messages n WHERE n.contact_id = " col " AND n.created_at >= :cutoff)))"
#define STALE_INTERACTIONS \
  "SELECT i.id FROM interactions i WHERE i.started_at < :cutoff AND i.name <> '" ANONYMOUS_NAME "' " \
  "AND " CONTACT_IS_STALE ("i.contact_id")
#define STALE_MESSAGES \
  "SELECT m.id FROM messages m WHERE m.created_at < :cutoff AND m.name <> '" ANONYMOUS_NAME "' " \
  "AND " CONTACT_IS_STALE ("m.contact_id")
#define STALE_PROSPECTS \
  "SELECT c.id FROM contacts c WHERE c.kind = 1 AND c.updated_at < :cutoff " \
  "AND " CONTACT_IS_STALE ("c.id")

/* ---- Procedure texts ---------------------------------------------------- */

/**
 * acc_repository_get_procedure_text:
 * @key: the task's key, e.g. "phone.answer"
 *
 * Returns: (transfer full) (nullable): the manager's text for the task of
 * the procedure document, or %NULL when the default applies.
 */
char *
acc_repository_get_procedure_text (AccRepository  *self,
                                   const char     *key,
                                   GError        **error)
{
  g_autofree char *full_key = NULL;
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  full_key = g_strconcat (PROCEDURE_PREFIX, key, NULL);
  stmt = _acc_repository_prepare (self, "SELECT value FROM settings WHERE key = :key", error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_text (stmt, ":key", full_key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _acc_repository_set_error (self, error, rc);
  return value;
}

/**
 * acc_repository_set_procedure_text:
 * @key: the task's key
 * @text: (nullable): the new text; %NULL or blank brings back the default
 */
gboolean
acc_repository_set_procedure_text (AccRepository  *self,
                                   const char     *key,
                                   const char     *text,
                                   GError        **error)
{
  g_autofree char *full_key = NULL;
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (key != NULL && *key != '\0', FALSE);

  full_key = g_strconcat (PROCEDURE_PREFIX, key, NULL);
  clean = g_strstrip (g_strdup (text ? text : ""));
  if (!acc_limits_check (error, _("Text"), clean, ACC_LIMIT_TEXT, NULL))
    return FALSE;

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return FALSE;
  if (*clean == '\0')
    stmt = _acc_repository_prepare (self, "DELETE FROM settings WHERE key = :key", error);
  else
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_text (stmt, ":key", full_key);
  if (*clean != '\0')
    _acc_bind_text (stmt, ":value", clean);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/* ---- Helpers ------------------------------------------------------------- */

static gint64
cutoff_for_months (guint months)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (_acc_repository_now () / G_USEC_PER_SEC);
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -(int) MIN (months, 12 * 200));

  return g_date_time_to_unix (then) * G_USEC_PER_SEC;
}

static gboolean
count_rows (AccRepository  *self,
            const char     *sql,
            gint64          cutoff,
            gint64          contact_id,
            guint          *count,
            GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (cutoff != 0)
    _acc_bind_int64 (stmt, ":cutoff", cutoff);
  if (contact_id != 0)
    _acc_bind_int64 (stmt, ":contact", contact_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run (AccRepository  *self,
     const char     *sql,
     gint64          cutoff,
     gint64          contact_id,
     GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (cutoff != 0)
    _acc_bind_int64 (stmt, ":cutoff", cutoff);
  if (contact_id != 0)
    _acc_bind_int64 (stmt, ":contact", contact_id);
  return _acc_repository_step_done (self, stmt, error);
}

static gboolean
log_action (AccRepository     *self,
            AccPrivacyAction   action,
            gint64             contact_id,
            guint              rows,
            const char        *detail,
            GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO privacy_log (at, action, contact_id, rows, detail) "
                                  "VALUES (:at, :action, :contact, :rows, :detail)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":at", _acc_repository_now ());
  _acc_bind_int64 (stmt, ":action", action);
  if (contact_id != 0)
    _acc_bind_int64 (stmt, ":contact", contact_id);
  _acc_bind_int64 (stmt, ":rows", rows);
  _acc_bind_text (stmt, ":detail", detail);
  return _acc_repository_step_done (self, stmt, error);
}

/* ---- Purge --------------------------------------------------------------- */

/**
 * acc_repository_purge_preview:
 * @older_than_months: the retention, in months after the last interaction
 * @counts: (out): what a purge would anonymise or delete
 *
 * Changes nothing.
 */
gboolean
acc_repository_purge_preview (AccRepository  *self,
                              guint           older_than_months,
                              AccPurgeCounts *counts,
                              GError        **error)
{
  gint64 cutoff;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  cutoff = cutoff_for_months (older_than_months);
  return count_rows (self, "SELECT count(*) FROM (" STALE_INTERACTIONS " AND i.channel = 0)",
                     cutoff, 0, &counts->calls, error)
         && count_rows (self, "SELECT count(*) FROM (" STALE_INTERACTIONS " AND i.channel = 1)",
                        cutoff, 0, &counts->visits, error)
         && count_rows (self, "SELECT count(*) FROM (" STALE_MESSAGES ")",
                        cutoff, 0, &counts->messages, error)
         && count_rows (self, "SELECT count(*) FROM (" STALE_PROSPECTS ")",
                        cutoff, 0, &counts->contacts, error);
}

static const char * const purge_statements[] = {
  "UPDATE interaction_changes SET old_value = NULL, new_value = NULL "
  "WHERE interaction_id IN (" STALE_INTERACTIONS ")",
  "UPDATE message_events SET note = NULL WHERE message_id IN (" STALE_MESSAGES ")",
  /* Prospects first: their rows are then of nobody, and still stale. */
  "DELETE FROM contacts WHERE id IN (" STALE_PROSPECTS ")",
  "UPDATE messages SET name = '" ANONYMOUS_NAME "', organisation = NULL, phone = NULL, email = NULL, "
  "body = NULL, resolution = NULL, contact_id = NULL WHERE id IN (" STALE_MESSAGES ")",
  "UPDATE interactions SET name = '" ANONYMOUS_NAME "', organisation = NULL, phone = NULL, email = NULL, "
  "notes = NULL, outcome_detail = NULL, contact_id = NULL WHERE id IN (" STALE_INTERACTIONS ")",
  /* A form left in progress that long is not coming back, and it holds
   * what was typed about someone. */
  "DELETE FROM drafts WHERE updated_at < :cutoff",
};

/**
 * acc_repository_purge:
 * @older_than_months: the retention, in months after the last interaction
 * @counts: (out) (optional): what was anonymised or deleted
 *
 * Anonymises the calls, visits and messages of people whose last
 * interaction is older than the retention, and deletes such prospects from
 * the contacts file; logs it in the privacy log. Dates, outcomes, channels,
 * checklists, staff, statuses and due and handled times stay, so the
 * indicators count the same.
 */
gboolean
acc_repository_purge (AccRepository  *self,
                      guint           older_than_months,
                      AccPurgeCounts *counts,
                      GError        **error)
{
  AccPurgeCounts done;
  g_autofree char *detail = NULL;
  gint64 cutoff;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_ALL, error))
    return FALSE;
  if (!acc_repository_purge_preview (self, older_than_months, &done, error))
    goto failed;
  /* The same cutoff as the preview's, to the second. */
  cutoff = cutoff_for_months (older_than_months);
  for (guint i = 0; i < G_N_ELEMENTS (purge_statements); i++)
    if (!run (self, purge_statements[i], cutoff, 0, error))
      goto failed;
  detail = g_strdup_printf ("older-than-months=%u calls=%u visits=%u messages=%u contacts=%u",
                            older_than_months, done.calls, done.visits, done.messages, done.contacts);
  if (!log_action (self, ACC_PRIVACY_PURGE, 0,
                   done.calls + done.visits + done.messages + done.contacts, detail, error))
    goto failed;
  if (!_acc_repository_commit (self, error))
    return FALSE;
  if (counts != NULL)
    *counts = done;
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/* ---- On a worker ---------------------------------------------------------- */

typedef struct
{
  char *path;
  guint months;
  gboolean apply;          /* purge, not only preview */
  AccPurgeCounts counts;
} PurgeTask;

static void
purge_task_free (gpointer data)
{
  PurgeTask *purge = data;

  g_free (purge->path);
  g_free (purge);
}

/* A cancelled purge stops within a few thousand SQLite instructions; its
 * transaction is rolled back, so nothing is half done. */
static int
on_purge_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static void
purge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PurgeTask *purge = task_data;
  g_autoptr(AccRepository) repository = NULL;
  GError *error = NULL;
  gboolean done;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* Its own connection, on the same file: the window's stays free. */
  repository = acc_repository_open (purge->path, &error);
  if (repository == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (cancellable != NULL)
    sqlite3_progress_handler (repository->db, 1000, on_purge_progress, cancellable);
  if (purge->apply)
    done = acc_repository_purge (repository, purge->months, &purge->counts, &error);
  else
    done = acc_repository_purge_preview (repository, purge->months, &purge->counts, &error);
  sqlite3_progress_handler (repository->db, 0, NULL, NULL);

  if (g_task_return_error_if_cancelled (task))
    g_clear_error (&error);
  else if (!done)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_purge_task (AccRepository       *self,
                  guint                older_than_months,
                  gboolean             apply,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PurgeTask *purge;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  purge = g_new0 (PurgeTask, 1);
  purge->path = g_strdup (acc_repository_get_path (self));
  purge->months = older_than_months;
  purge->apply = apply;
  g_task_set_task_data (task, purge, purge_task_free);
  g_task_run_in_thread (task, purge_thread);
}

static gboolean
finish_purge_task (AccRepository   *self,
                   GAsyncResult    *result,
                   AccPurgeCounts  *counts,
                   GError         **error)
{
  PurgeTask *purge = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (counts != NULL)
    *counts = purge->counts;
  return TRUE;
}

/**
 * acc_repository_purge_preview_async:
 *
 * acc_repository_purge_preview() on a worker thread, with a connection of
 * its own: at a million calls, finding the stale ones takes a while.
 */
void
acc_repository_purge_preview_async (AccRepository       *self,
                                    guint                older_than_months,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (ACC_IS_REPOSITORY (self));

  start_purge_task (self, older_than_months, FALSE, acc_repository_purge_preview_async,
                    cancellable, callback, user_data);
}

gboolean
acc_repository_purge_preview_finish (AccRepository   *self,
                                     GAsyncResult    *result,
                                     AccPurgeCounts  *counts,
                                     GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == acc_repository_purge_preview_async, FALSE);

  return finish_purge_task (self, result, counts, error);
}

/**
 * acc_repository_purge_async:
 * @cancellable: (nullable): stops the purge; then nothing is changed
 *
 * acc_repository_purge() on a worker thread, with a connection of its own.
 * When it is done, @self tells its views (::changed) at once, without
 * waiting for its watch.
 */
void
acc_repository_purge_async (AccRepository       *self,
                            guint                older_than_months,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (ACC_IS_REPOSITORY (self));

  start_purge_task (self, older_than_months, TRUE, acc_repository_purge_async,
                    cancellable, callback, user_data);
}

/**
 * acc_repository_purge_finish:
 * @counts: (out) (optional): what was anonymised or deleted
 *
 * Returns: whether the purge was committed; %FALSE with @error set
 * (%G_IO_ERROR_CANCELLED when cancelled) when nothing was changed.
 */
gboolean
acc_repository_purge_finish (AccRepository   *self,
                             GAsyncResult    *result,
                             AccPurgeCounts  *counts,
                             GError         **error)
{
  gboolean done;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == acc_repository_purge_async, FALSE);

  done = finish_purge_task (self, result, counts, error);
  /* Another connection wrote: the lists of this one read again now. */
  acc_repository_check_for_changes (self);
  return done;
}

/* ---- A person's data ----------------------------------------------------- */

static void
append_json_string (GString    *out,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

/* One JSON array of objects, a row each, every column by its name. */
static gboolean
append_rows (AccRepository  *self,
             GString        *out,
             const char     *member,
             const char     *sql,
             gint64          contact_id,
             GError        **error)
{
  sqlite3_stmt *stmt = _acc_repository_prepare (self, sql, error);
  gboolean first = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":contact", contact_id);
  g_string_append_printf (out, ",\n  \"%s\": [", member);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append (out, first ? "\n    {" : ",\n    {");
      first = FALSE;
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          if (c > 0)
            g_string_append (out, ", ");
          append_json_string (out, sqlite3_column_name (stmt, c));
          g_string_append (out, ": ");
          switch (sqlite3_column_type (stmt, c))
            {
            case SQLITE_NULL:
              g_string_append (out, "null");
              break;
            case SQLITE_INTEGER:
              g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, c));
              break;
            default:
              {
                g_autofree char *text = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, c), -1);
                append_json_string (out, text);
              }
            }
        }
      g_string_append_c (out, '}');
    }
  sqlite3_reset (stmt);
  g_string_append (out, first ? "]" : "\n  ]");
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

#define PERSON_INTERACTIONS \
  "SELECT id FROM interactions WHERE contact_id = :contact " \
  "OR (phone IS NOT NULL AND phone = (SELECT phone FROM contacts WHERE id = :contact)) " \
  "OR (email IS NOT NULL AND email = (SELECT email FROM contacts WHERE id = :contact) COLLATE NOCASE)"
#define PERSON_MESSAGES \
  "SELECT id FROM messages WHERE contact_id = :contact " \
  "OR interaction_id IN (" PERSON_INTERACTIONS ") " \
  "OR (phone IS NOT NULL AND phone = (SELECT phone FROM contacts WHERE id = :contact)) " \
  "OR (email IS NOT NULL AND email = (SELECT email FROM contacts WHERE id = :contact) COLLATE NOCASE)"

static gboolean
ensure_contact (AccRepository  *self,
                gint64          contact_id,
                GError        **error)
{
  guint n = 0;

  if (!count_rows (self, "SELECT count(*) FROM contacts WHERE id = :contact", 0, contact_id, &n, error))
    return FALSE;
  if (n == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                   _("There is no contact number %lld."), (long long) contact_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * acc_repository_export_person:
 * @contact_id: the contact
 *
 * Everything about a contact (the right of access): the contact card, the
 * calls and visits, the messages and their history, as one JSON document.
 * The export is logged.
 *
 * Returns: (transfer full): the JSON text, or %NULL on error
 */
char *
acc_repository_export_person (AccRepository  *self,
                              gint64          contact_id,
                              GError        **error)
{
  g_autoptr(GString) out = g_string_new ("{\n  \"format\": \"accueil-person-export\", \"version\": 1");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported_at = g_date_time_format_iso8601 (now);

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return NULL;
  if (!ensure_contact (self, contact_id, error))
    goto failed;
  g_string_append (out, ",\n  \"exported_at\": ");
  append_json_string (out, exported_at);
  if (!append_rows (self, out, "contact", "SELECT * FROM contacts WHERE id = :contact", contact_id, error)
      || !append_rows (self, out, "interactions",
                       "SELECT * FROM interactions WHERE id IN (" PERSON_INTERACTIONS ") ORDER BY started_at",
                       contact_id, error)
      || !append_rows (self, out, "interaction_changes",
                       "SELECT * FROM interaction_changes WHERE interaction_id IN (" PERSON_INTERACTIONS ") ORDER BY at",
                       contact_id, error)
      || !append_rows (self, out, "messages",
                       "SELECT * FROM messages WHERE id IN (" PERSON_MESSAGES ") ORDER BY created_at",
                       contact_id, error)
      || !append_rows (self, out, "message_events",
                       "SELECT * FROM message_events WHERE message_id IN (" PERSON_MESSAGES ") ORDER BY at",
                       contact_id, error))
    goto failed;
  g_string_append (out, "\n}\n");
  if (!log_action (self, ACC_PRIVACY_EXPORT, contact_id, 1, NULL, error))
    goto failed;
  if (!_acc_repository_commit (self, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);

failed:
  _acc_repository_rollback (self);
  return NULL;
}

/**
 * acc_repository_export_person_to_file:
 * @path: where to write; the file is private to the user (0600)
 */
gboolean
acc_repository_export_person_to_file (AccRepository  *self,
                                      gint64          contact_id,
                                      const char     *path,
                                      GError        **error)
{
  g_autofree char *json = acc_repository_export_person (self, contact_id, error);

  if (json == NULL)
    return FALSE;
  if (!g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  /* An existing file keeps its mode through the rename: make sure. */
  if (g_chmod (path, 0600) != 0)
    g_warning ("Could not make %s private", path);
  return TRUE;
}

/**
 * acc_repository_erase_person:
 * @contact_id: the contact
 * @n_rows: (out) (optional): the calls, visits and messages anonymised
 *
 * The right to erasure: the contact is deleted and its calls, visits and
 * messages (linked to it, or carrying its phone number or e-mail) are
 * anonymised as a purge would; a form in progress linked to it (a draft)
 * is deleted. The erasure is logged, by contact id only.
 */
gboolean
acc_repository_erase_person (AccRepository  *self,
                             gint64          contact_id,
                             guint          *n_rows,
                             GError        **error)
{
  static const char * const statements[] = {
    "UPDATE interaction_changes SET old_value = NULL, new_value = NULL "
    "WHERE interaction_id IN (" PERSON_INTERACTIONS ")",
    "UPDATE message_events SET note = NULL WHERE message_id IN (" PERSON_MESSAGES ")",
    "UPDATE messages SET name = '" ANONYMOUS_NAME "', organisation = NULL, phone = NULL, email = NULL, "
    "body = NULL, resolution = NULL, contact_id = NULL WHERE id IN (" PERSON_MESSAGES ")",
    "UPDATE interactions SET name = '" ANONYMOUS_NAME "', organisation = NULL, phone = NULL, email = NULL, "
    "notes = NULL, outcome_detail = NULL, contact_id = NULL WHERE id IN (" PERSON_INTERACTIONS ")",
    /* A call or visit of theirs still being typed. */
    "DELETE FROM drafts WHERE contact_id = :contact",
    "DELETE FROM contacts WHERE id = :contact",
  };
  guint n_interactions = 0, n_messages = 0;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_ALL, error))
    return FALSE;
  if (!ensure_contact (self, contact_id, error)
      || !count_rows (self, "SELECT count(*) FROM (" PERSON_INTERACTIONS ")", 0, contact_id, &n_interactions, error)
      || !count_rows (self, "SELECT count(*) FROM (" PERSON_MESSAGES ")", 0, contact_id, &n_messages, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    if (!run (self, statements[i], 0, contact_id, error))
      goto failed;
  if (!log_action (self, ACC_PRIVACY_ERASE, contact_id, n_interactions + n_messages, NULL, error))
    goto failed;
  if (!_acc_repository_commit (self, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = n_interactions + n_messages;
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_count_privacy_log:
 * @action: an #AccPrivacyAction, or -1 for all
 *
 * Returns: how many times it was logged, or -1 on error
 */
int
acc_repository_count_privacy_log (AccRepository  *self,
                                  int             action,
                                  GError        **error)
{
  guint n = 0;
  gboolean ok;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), -1);
  if (action < 0)
    ok = count_rows (self, "SELECT count(*) FROM privacy_log", 0, 0, &n, error);
  else
    {
      /* :contact carries the action: the helper binds nothing else. */
      ok = count_rows (self, "SELECT count(*) FROM privacy_log WHERE action = :contact - 1",
                       0, action + 1, &n, error);
    }
  return ok ? (int) n : -1;
}
