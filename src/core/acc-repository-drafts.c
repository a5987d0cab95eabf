/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-drafts.c — the forms in progress: what was typed in a
 * call, visit or message form not saved yet, so that a crash or a close
 * loses nothing. One draft per kind of form and per owner (the staff member
 * at the desk, or 0 for the desk when nobody is named); the form saves it
 * every few seconds while it is typed in, so saving is one upsert. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-repository-private.h"

/* The layout of the fields column: the text of an a{sv} GVariant. A later
 * layout gets a new number; a draft of a layout this build does not know
 * is left alone, as if there were none. */
#define DRAFT_FORMAT 1

static gboolean
is_draft_kind (AccDraftKind kind)
{
  return kind == ACC_DRAFT_CALL || kind == ACC_DRAFT_VISIT || kind == ACC_DRAFT_MESSAGE;
}

/**
 * acc_repository_save_draft:
 * @kind: the form
 * @owner_id: the staff member at the desk, or 0
 * @fields: (transfer floating): an a{sv} dictionary of the form's fields
 *
 * Keeps @fields as the draft of @kind for @owner_id, replacing any, dated
 * now. A "contact" field (x) is the contact the form is linked to: erasing
 * that person (acc_repository_erase_person()) deletes the draft. Emits no
 * ::changed: no list shows drafts.
 */
gboolean
acc_repository_save_draft (AccRepository  *self,
                           AccDraftKind    kind,
                           gint64          owner_id,
                           GVariant       *fields,
                           GError        **error)
{
  g_autoptr(GVariant) owned = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  gint64 contact_id = 0;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (is_draft_kind (kind), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  owned = g_variant_ref_sink (fields);
  g_return_val_if_fail (g_variant_is_of_type (owned, G_VARIANT_TYPE_VARDICT), FALSE);

  text = g_variant_print (owned, TRUE);
  g_variant_lookup (owned, "contact", "x", &contact_id);
  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO drafts (kind, owner_id, format, fields, contact_id, updated_at) "
                                  "VALUES (:kind, :owner, :format, :fields, :contact, :at) "
                                  "ON CONFLICT (kind, owner_id) DO UPDATE SET format = excluded.format, "
                                  "fields = excluded.fields, contact_id = excluded.contact_id, "
                                  "updated_at = excluded.updated_at",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":kind", kind);
  _acc_bind_int64 (stmt, ":owner", MAX (owner_id, 0));
  _acc_bind_int64 (stmt, ":format", DRAFT_FORMAT);
  _acc_bind_text (stmt, ":fields", text);
  _acc_bind_id (stmt, ":contact", contact_id);
  _acc_bind_int64 (stmt, ":at", _acc_repository_now ());
  return _acc_repository_step_done (self, stmt, error);
}

/**
 * acc_repository_load_draft:
 * @kind: the form
 * @owner_id: the staff member at the desk, or 0
 * @updated_at: (out) (optional): when it was last saved, µs UTC
 *
 * Returns: (transfer full) (nullable): the a{sv} fields of the draft, or
 *   %NULL with no error set when there is none (or none this build can
 *   read).
 */
GVariant *
acc_repository_load_draft (AccRepository  *self,
                           AccDraftKind    kind,
                           gint64          owner_id,
                           gint64         *updated_at,
                           GError        **error)
{
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *text = NULL;
  GVariant *fields = NULL;
  sqlite3_stmt *stmt;
  gint64 format = 0;
  gint64 at = 0;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (is_draft_kind (kind), NULL);

  if (updated_at != NULL)
    *updated_at = 0;

  stmt = _acc_repository_prepare (self,
                                  "SELECT format, fields, updated_at FROM drafts "
                                  "WHERE kind = :kind AND owner_id = :owner",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":kind", kind);
  _acc_bind_int64 (stmt, ":owner", MAX (owner_id, 0));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      format = sqlite3_column_int64 (stmt, 0);
      text = _acc_column_text (stmt, 1);
      at = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  if (rc == SQLITE_DONE || format != DRAFT_FORMAT || text == NULL)
    return NULL;

  fields = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &parse_error);
  if (fields == NULL)
    {
      /* Only this file writes drafts: a damaged one is worth a note in the
       * log, not a form that cannot open. */
      g_warning ("Draft %d of owner %" G_GINT64_FORMAT " cannot be read: %s",
                 kind, owner_id, parse_error->message);
      return NULL;
    }
  if (updated_at != NULL)
    *updated_at = at;
  /* g_variant_parse() gives a reference of our own already, not a
   * floating one. */
  return fields;
}

/**
 * acc_repository_discard_draft:
 * @kind: the form
 * @owner_id: the staff member at the desk, or 0
 *
 * Forgets the draft, if any: the form was saved, or the person threw what
 * they typed away.
 */
gboolean
acc_repository_discard_draft (AccRepository  *self,
                              AccDraftKind    kind,
                              gint64          owner_id,
                              GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (is_draft_kind (kind), FALSE);

  stmt = _acc_repository_prepare (self, "DELETE FROM drafts WHERE kind = :kind AND owner_id = :owner", error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":kind", kind);
  _acc_bind_int64 (stmt, ":owner", MAX (owner_id, 0));
  return _acc_repository_step_done (self, stmt, error);
}
