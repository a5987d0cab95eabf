/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-directory.c — the directory of local services (annuaire
 * des services du territoire) and the documents to keep current. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-repository-private.h"

static GObject *
directory_entry_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = _acc_column_text (stmt, 1);
  g_autofree char *category = _acc_column_text (stmt, 2);
  g_autofree char *phone = _acc_column_text (stmt, 3);
  g_autofree char *email = _acc_column_text (stmt, 4);
  g_autofree char *address = _acc_column_text (stmt, 5);
  g_autofree char *website = _acc_column_text (stmt, 6);
  g_autofree char *hours = _acc_column_text (stmt, 7);
  g_autofree char *notes = _acc_column_text (stmt, 8);

  return g_object_new (ACC_TYPE_DIRECTORY_ENTRY,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", name,
                       "category", category,
                       "phone", phone,
                       "email", email,
                       "address", address,
                       "website", website,
                       "hours", hours,
                       "notes", notes,
                       NULL);
}

static GObject *
document_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *title = _acc_column_text (stmt, 1);
  g_autofree char *location = _acc_column_text (stmt, 3);

  return g_object_new (ACC_TYPE_DOCUMENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "title", title,
                       "kind", sqlite3_column_int (stmt, 2),
                       "location", location,
                       "reviewed-at", sqlite3_column_int64 (stmt, 4),
                       "reviewed-by-id", sqlite3_column_int64 (stmt, 5),
                       "review-interval-days", (guint) sqlite3_column_int (stmt, 6),
                       NULL);
}

GListModel *
acc_repository_list_directory (AccRepository  *self,
                               GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_DIRECTORY_ENTRY,
                                   "SELECT id, name, category, phone, email, address, website, hours, notes "
                                   "FROM directory ORDER BY category, name",
                                   NULL, NULL, directory_entry_from_row, error);
}

gboolean
acc_repository_save_directory_entry (AccRepository      *self,
                                     AccDirectoryEntry  *entry,
                                     GError            **error)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  gboolean inserting;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (entry), FALSE);

  name = g_strstrip (g_strdup (acc_directory_entry_get_name (entry) ? acc_directory_entry_get_name (entry) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A directory entry needs a name."));
      return FALSE;
    }
  phone = g_strdup (acc_directory_entry_get_phone (entry));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;

  inserting = acc_directory_entry_get_id (entry) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_DIRECTORY, error))
    return FALSE;
  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO directory (name, category, phone, email, address, website, hours, notes) "
                                    "VALUES (:name, :category, :phone, :email, :address, :website, :hours, :notes)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE directory SET name = :name, category = :category, phone = :phone, "
                                    "email = :email, address = :address, website = :website, hours = :hours, "
                                    "notes = :notes WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_text (stmt, ":name", name);
  _acc_bind_text (stmt, ":category", acc_directory_entry_get_category (entry));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", acc_directory_entry_get_email (entry));
  _acc_bind_text (stmt, ":address", acc_directory_entry_get_address (entry));
  _acc_bind_text (stmt, ":website", acc_directory_entry_get_website (entry));
  _acc_bind_text (stmt, ":hours", acc_directory_entry_get_hours (entry));
  _acc_bind_text (stmt, ":notes", acc_directory_entry_get_notes (entry));
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_directory_entry_get_id (entry));
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    acc_directory_entry_set_id (entry, sqlite3_last_insert_rowid (self->db));
  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_directory_entry_set_id (entry, 0);
      return FALSE;
    }
  acc_directory_entry_set_name (entry, name);
  acc_directory_entry_set_phone (entry, phone);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

GListModel *
acc_repository_list_documents (AccRepository  *self,
                               GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_DOCUMENT,
                                   "SELECT id, title, kind, location, reviewed_at, reviewed_by_id, "
                                   "review_interval_days FROM documents ORDER BY kind, title",
                                   NULL, NULL, document_from_row, error);
}

gboolean
acc_repository_save_document (AccRepository  *self,
                              AccDocument    *document,
                              GError        **error)
{
  g_autofree char *title = NULL;
  gboolean inserting;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_DOCUMENT (document), FALSE);

  title = g_strstrip (g_strdup (acc_document_get_title (document) ? acc_document_get_title (document) : ""));
  if (*title == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("A document needs a title."));
      return FALSE;
    }

  inserting = acc_document_get_id (document) == 0;
  if (!_acc_repository_begin (self, ACC_CHANGE_DOCUMENTS, error))
    return FALSE;
  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO documents (title, kind, location, reviewed_at, reviewed_by_id, "
                                    "review_interval_days) VALUES (:title, :kind, :location, :reviewed_at, "
                                    ":reviewed_by, :interval)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE documents SET title = :title, kind = :kind, location = :location, "
                                    "reviewed_at = :reviewed_at, reviewed_by_id = :reviewed_by, "
                                    "review_interval_days = :interval WHERE id = :id",
                                    error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_text (stmt, ":title", title);
  _acc_bind_int64 (stmt, ":kind", acc_document_get_kind (document));
  _acc_bind_text (stmt, ":location", acc_document_get_location (document));
  _acc_bind_id (stmt, ":reviewed_at", acc_document_get_reviewed_at (document));
  _acc_bind_id (stmt, ":reviewed_by", acc_document_get_reviewed_by_id (document));
  _acc_bind_int64 (stmt, ":interval", acc_document_get_review_interval_days (document));
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_document_get_id (document));
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (!inserting && !_acc_repository_check_updated (self, error))
    goto failed;
  if (inserting)
    acc_document_set_id (document, sqlite3_last_insert_rowid (self->db));
  if (!_acc_repository_commit (self, error))
    {
      if (inserting)
        acc_document_set_id (document, 0);
      return FALSE;
    }
  acc_document_set_title (document, title);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}
