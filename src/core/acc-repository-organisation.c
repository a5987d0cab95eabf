/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-organisation.c — the organisation's settings (name,
 * contact details, greetings, message deadline) and its list of reasons
 * (motifs). */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

/* Each property of AccOrganisation is one row of the settings table, under
 * "organisation.<property>": a new setting needs no migration. */
#define SETTING_PREFIX "organisation."

static gboolean
is_stored_property (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE
         && (pspec->value_type == G_TYPE_STRING || pspec->value_type == G_TYPE_UINT);
}

AccOrganisation *
acc_repository_load_organisation (AccRepository  *self,
                                  GError        **error)
{
  g_autoptr(AccOrganisation) organisation = acc_organisation_new ();
  GObjectClass *klass = G_OBJECT_GET_CLASS (organisation);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self,
                                  "SELECT substr(key, length(:prefix) + 1), value FROM settings "
                                  "WHERE key GLOB :prefix || '*'",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_text (stmt, ":prefix", SETTING_PREFIX);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *property = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      guint64 number;

      /* A setting from a newer version, or one that no longer exists. */
      if (pspec == NULL || !is_stored_property (pspec))
        continue;

      if (pspec->value_type == G_TYPE_STRING)
        g_object_set (organisation, property, value, NULL);
      else if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
        g_object_set (organisation, property, (guint) number, NULL);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&organisation);
}

gboolean
acc_repository_save_organisation (AccRepository    *self,
                                  AccOrganisation  *organisation,
                                  GError          **error)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_ORGANISATION (organisation), FALSE);

  if (!acc_limits_check (error,
                         _("Name"), acc_organisation_get_name (organisation), ACC_LIMIT_NAME,
                         _("Address"), acc_organisation_get_address (organisation), ACC_LIMIT_LINE,
                         _("Phone"), acc_organisation_get_phone (organisation), ACC_LIMIT_PHONE,
                         _("Website"), acc_organisation_get_website (organisation), ACC_LIMIT_LINE,
                         _("Phone greeting"), acc_organisation_get_phone_greeting (organisation), ACC_LIMIT_TEXT,
                         _("Visit greeting"), acc_organisation_get_visit_greeting (organisation), ACC_LIMIT_TEXT,
                         NULL)
      || !acc_limits_check_email (_("E-mail"), acc_organisation_get_email (organisation), error))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (organisation), &n_pspecs);

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return FALSE;

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *key = NULL;
      g_autofree char *text = NULL;
      sqlite3_stmt *stmt;
      gboolean remove;

      if (!is_stored_property (pspecs[i]))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (organisation), pspecs[i]->name, &value);
      if (pspecs[i]->value_type == G_TYPE_STRING)
        text = g_value_dup_string (&value);
      else
        text = g_strdup_printf ("%u", g_value_get_uint (&value));

      key = g_strconcat (SETTING_PREFIX, pspecs[i]->name, NULL);
      /* An empty or default setting is no setting: the default applies,
       * even when a later version improves it. */
      remove = text == NULL || *text == '\0' || g_param_value_defaults (pspecs[i], &value);
      if (remove)
        stmt = _acc_repository_prepare (self, "DELETE FROM settings WHERE key = :key", error);
      else
        stmt = _acc_repository_prepare (self,
                                        "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                        error);
      if (stmt == NULL)
        goto failed;
      _acc_bind_text (stmt, ":key", key);
      if (!remove)
        _acc_bind_text (stmt, ":value", text);
      if (!_acc_repository_step_done (self, stmt, error))
        goto failed;
    }

  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

gboolean
acc_repository_add_reason (AccRepository  *self,
                           const char     *label,
                           GError        **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  clean = g_strstrip (g_strdup (label ? label : ""));
  if (*clean == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A reason cannot be empty."));
      return FALSE;
    }
  if (!acc_limits_check (error, _("Reason"), clean, ACC_LIMIT_NAME, NULL))
    return FALSE;

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return FALSE;
  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO reasons (label, position) "
                                  "SELECT :label, coalesce(max(position), 0) + 1 FROM reasons WHERE true "
                                  "ON CONFLICT (label) DO UPDATE SET active = 1",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_text (stmt, ":label", clean);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

/**
 * acc_repository_list_reasons:
 *
 * Returns: (transfer full): the active reasons, in the organisation's order.
 */
GStrv
acc_repository_list_reasons (AccRepository  *self,
                             GError        **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self, "SELECT label FROM reasons WHERE active ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

/**
 * acc_repository_remove_reason:
 * @label: a reason of the list
 *
 * Takes a reason off the list offered by the forms. The calls that gave it
 * keep their text; adding it again brings it back.
 */
gboolean
acc_repository_remove_reason (AccRepository  *self,
                              const char     *label,
                              GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return FALSE;
  stmt = _acc_repository_prepare (self, "UPDATE reasons SET active = 0 WHERE label = :label AND active", error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_text (stmt, ":label", label);
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
 * acc_repository_move_reason:
 * @label: an active reason
 * @position: its new place among the active reasons, from 0; beyond the
 *   end means last
 *
 * Reorders the list: every active reason gets its position again, so the
 * order is the one acc_repository_list_reasons() shows.
 */
gboolean
acc_repository_move_reason (AccRepository  *self,
                            const char     *label,
                            guint           position,
                            GError        **error)
{
  g_auto(GStrv) reasons = NULL;
  g_autoptr(GPtrArray) order = NULL;
  const char *moved = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_SETTINGS, error))
    return FALSE;
  /* Read inside the transaction: another window may reorder meanwhile. */
  reasons = acc_repository_list_reasons (self, error);
  if (reasons == NULL)
    goto failed;
  order = g_ptr_array_new ();
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      if (g_strcmp0 (reasons[i], label) == 0)
        moved = reasons[i];
      else
        g_ptr_array_add (order, reasons[i]);
    }
  if (moved == NULL)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                   _("This entry no longer exists: someone deleted it meanwhile."));
      goto failed;
    }
  g_ptr_array_insert (order, (int) MIN (position, order->len), (gpointer) moved);

  stmt = _acc_repository_prepare (self, "UPDATE reasons SET position = :position WHERE label = :label", error);
  if (stmt == NULL)
    goto failed;
  for (guint i = 0; i < order->len; i++)
    {
      _acc_bind_int64 (stmt, ":position", i + 1);
      _acc_bind_text (stmt, ":label", g_ptr_array_index (order, i));
      if (!_acc_repository_step_done (self, stmt, error))
        goto failed;
    }
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}
