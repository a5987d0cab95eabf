/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-staff.c — the staff table: who is at the desk, who
 * supervises, who manages. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

#define STAFF_COLUMNS "id, name, role, phone, email, active"

GObject *
_acc_staff_member_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = _acc_column_text (stmt, 1);
  g_autofree char *phone = _acc_column_text (stmt, 3);
  g_autofree char *email = _acc_column_text (stmt, 4);

  return g_object_new (ACC_TYPE_STAFF_MEMBER,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", name,
                       "role", sqlite3_column_int (stmt, 2),
                       "phone", phone,
                       "email", email,
                       "active", sqlite3_column_int (stmt, 5) != 0,
                       NULL);
}

/**
 * acc_repository_list_staff:
 * @active_only: leave out the people who left
 *
 * Returns: (transfer full): a #GListStore of #AccStaffMember, by name. The
 * staff is a small set, read at once.
 */
GListModel *
acc_repository_list_staff (AccRepository  *self,
                           gboolean        active_only,
                           GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  if (active_only)
    return _acc_repository_read_all (self, ACC_TYPE_STAFF_MEMBER,
                                     "SELECT " STAFF_COLUMNS " FROM staff WHERE active ORDER BY name",
                                     NULL, NULL, _acc_staff_member_from_row, error);
  return _acc_repository_read_all (self, ACC_TYPE_STAFF_MEMBER,
                                   "SELECT " STAFF_COLUMNS " FROM staff ORDER BY name",
                                   NULL, NULL, _acc_staff_member_from_row, error);
}

static AccStaffMember *
read_one (AccRepository  *self,
          sqlite3_stmt   *stmt,
          const char     *what,
          GError        **error)
{
  AccStaffMember *member = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    member = ACC_STAFF_MEMBER (_acc_staff_member_from_row (stmt));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                 _("No staff member is called “%s”."), what);
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return member;
}

AccStaffMember *
acc_repository_get_staff (AccRepository  *self,
                          gint64          id,
                          GError        **error)
{
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self, "SELECT " STAFF_COLUMNS " FROM staff WHERE id = :id", error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":id", id);
  what = g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return read_one (self, stmt, what, error);
}

/**
 * acc_repository_find_staff_by_name:
 *
 * Names are unique, ignoring case: « véronique martin » finds « Véronique
 * Martin » as far as SQLite's NOCASE folds (ASCII letters).
 */
AccStaffMember *
acc_repository_find_staff_by_name (AccRepository  *self,
                                   const char     *name,
                                   GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = _acc_repository_prepare (self, "SELECT " STAFF_COLUMNS " FROM staff WHERE name = :name", error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_text (stmt, ":name", name);
  return read_one (self, stmt, name, error);
}

gboolean
acc_repository_save_staff (AccRepository   *self,
                           AccStaffMember  *member,
                           GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  sqlite3_stmt *stmt;
  gboolean inserting;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (member), FALSE);

  name = g_strstrip (g_strdup (acc_staff_member_get_name (member) ? acc_staff_member_get_name (member) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A staff member needs a name."));
      return FALSE;
    }
  if (!acc_limits_check (error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Phone"), acc_staff_member_get_phone (member), ACC_LIMIT_PHONE,
                         NULL)
      || !acc_limits_check_email (_("E-mail"), acc_staff_member_get_email (member), error))
    return FALSE;

  phone = g_strdup (acc_staff_member_get_phone (member));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;

  inserting = acc_staff_member_get_id (member) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_STAFF, error))
    return FALSE;

  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO staff (name, role, phone, email, active, created_at) "
                                    "VALUES (:name, :role, :phone, :email, :active, :now)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE staff SET name = :name, role = :role, phone = :phone, "
                                    "email = :email, active = :active WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;

  _acc_bind_text (stmt, ":name", name);
  _acc_bind_int64 (stmt, ":role", acc_staff_member_get_role (member));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", acc_staff_member_get_email (member));
  _acc_bind_int64 (stmt, ":active", acc_staff_member_get_active (member));
  if (inserting)
    _acc_bind_int64 (stmt, ":now", _acc_repository_now ());
  else
    _acc_bind_int64 (stmt, ":id", acc_staff_member_get_id (member));

  if (!_acc_repository_step_done (self, stmt, &local_error))
    {
      if (g_error_matches (local_error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID))
        g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                     _("A staff member is already called “%s”."), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    acc_staff_member_set_id (member, sqlite3_last_insert_rowid (self->db));

  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_staff_member_set_id (member, 0);
      return FALSE;
    }
  acc_staff_member_set_name (member, name);
  acc_staff_member_set_phone (member, phone);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}
