/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-directory.c — the directory of local services (annuaire
 * des services du territoire) and the documents to keep current, with the
 * history of their reviews. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
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

#define DOCUMENT_COLUMNS \
  "d.id, d.title, d.kind, d.location, d.reviewed_at, d.reviewed_by_id, " \
  "d.review_interval_days, s.name"

static GObject *
document_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *title = _acc_column_text (stmt, 1);
  g_autofree char *location = _acc_column_text (stmt, 3);
  g_autofree char *reviewed_by_name = _acc_column_text (stmt, 7);
  int interval = sqlite3_column_int (stmt, 6);

  return g_object_new (ACC_TYPE_DOCUMENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "title", title,
                       "kind", sqlite3_column_int (stmt, 2),
                       "location", location,
                       "reviewed-at", sqlite3_column_int64 (stmt, 4),
                       "reviewed-by-id", sqlite3_column_int64 (stmt, 5),
                       "reviewed-by-name", reviewed_by_name,
                       "review-interval-days",
                       (guint) CLAMP (interval, 1, ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS),
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
  if (!acc_limits_check (error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Category"), acc_directory_entry_get_category (entry), ACC_LIMIT_NAME,
                         _("Phone"), acc_directory_entry_get_phone (entry), ACC_LIMIT_PHONE,
                         _("Address"), acc_directory_entry_get_address (entry), ACC_LIMIT_LINE,
                         _("Website"), acc_directory_entry_get_website (entry), ACC_LIMIT_LINE,
                         _("Hours"), acc_directory_entry_get_hours (entry), ACC_LIMIT_LINE,
                         _("Notes"), acc_directory_entry_get_notes (entry), ACC_LIMIT_TEXT,
                         NULL)
      || !acc_limits_check_email (_("E-mail"), acc_directory_entry_get_email (entry), error))
    return FALSE;
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
                                   "SELECT " DOCUMENT_COLUMNS " FROM documents d "
                                   "LEFT JOIN staff s ON s.id = d.reviewed_by_id ORDER BY d.kind, d.title",
                                   NULL, NULL, document_from_row, error);
}

/**
 * acc_repository_get_document:
 * @id: a document of the register
 *
 * Returns: (transfer full): the document as stored now, with the name of
 * who reviewed it last, or %NULL with @error set (NOT_FOUND when it is gone).
 */
AccDocument *
acc_repository_get_document (AccRepository  *self,
                             gint64          id,
                             GError        **error)
{
  AccDocument *document = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self,
                                  "SELECT " DOCUMENT_COLUMNS " FROM documents d "
                                  "LEFT JOIN staff s ON s.id = d.reviewed_by_id WHERE d.id = :id",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":id", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    document = ACC_DOCUMENT (document_from_row (stmt));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                 _("This document is no longer in the register."));
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return document;
}

/* The review a document carries (its reviewed_at and reviewed_by_id), kept
 * in the history once: a document saved with a review date, or marked
 * reviewed, leaves a row there. */
static gboolean
record_review (AccRepository  *self,
               gint64          document_id,
               GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO document_reviews (document_id, at, staff_id) "
                                  "SELECT d.id, d.reviewed_at, d.reviewed_by_id FROM documents d "
                                  "WHERE d.id = :id AND d.reviewed_at IS NOT NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM document_reviews r "
                                  "WHERE r.document_id = d.id AND r.at = d.reviewed_at)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":id", document_id);
  return _acc_repository_step_done (self, stmt, error);
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
  if (!acc_limits_check (error,
                         _("Title"), title, ACC_LIMIT_NAME,
                         _("Location"), acc_document_get_location (document), ACC_LIMIT_LINE,
                         NULL))
    return FALSE;

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
  if (!record_review (self, acc_document_get_id (document), error))
    {
      if (inserting)
        acc_document_set_id (document, 0);
      goto failed;
    }
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

/**
 * acc_repository_mark_document_reviewed:
 * @document: a document of the register
 * @staff_id: who checked that it is current: the person at the desk
 *
 * Records that @document was reviewed now by @staff_id (« Marquer comme
 * vérifié »): the document's last review, and a row of its history, which
 * the auditor reads with acc_repository_list_document_reviews(). @document
 * is updated (reviewed-at, reviewed-by-id, reviewed-by-name) once saved.
 *
 * Returns: %FALSE with @error set when nobody is named, the document is
 * gone or the database refuses; nothing is saved then.
 */
gboolean
acc_repository_mark_document_reviewed (AccRepository  *self,
                                       AccDocument    *document,
                                       gint64          staff_id,
                                       GError        **error)
{
  g_autoptr(AccStaffMember) reviewer = NULL;
  gint64 now = _acc_repository_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_DOCUMENT (document), FALSE);

  if (staff_id <= 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Say who reviewed the document: the review is recorded in their name."));
      return FALSE;
    }
  if (acc_document_get_id (document) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Only a document already in the register can be marked as reviewed."));
      return FALSE;
    }

  if (!_acc_repository_begin (self, ACC_CHANGE_DOCUMENTS, error))
    return FALSE;

  reviewer = acc_repository_get_staff (self, staff_id, error);
  if (reviewer == NULL)
    goto failed;

  stmt = _acc_repository_prepare (self,
                                  "UPDATE documents SET reviewed_at = :at, reviewed_by_id = :staff WHERE id = :id",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":at", now);
  _acc_bind_int64 (stmt, ":staff", staff_id);
  _acc_bind_int64 (stmt, ":id", acc_document_get_id (document));
  if (!_acc_repository_step_done (self, stmt, error)
      || !_acc_repository_check_updated (self, error))
    goto failed;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO document_reviews (document_id, at, staff_id) "
                                  "VALUES (:id, :at, :staff)",
                                  error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":id", acc_document_get_id (document));
  _acc_bind_int64 (stmt, ":at", now);
  _acc_bind_int64 (stmt, ":staff", staff_id);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;

  if (!_acc_repository_commit (self, error))
    return FALSE;

  acc_document_set_reviewed_at (document, now);
  acc_document_set_reviewed_by_id (document, staff_id);
  acc_document_set_reviewed_by_name (document, acc_staff_member_get_name (reviewer));
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

static GObject *
document_review_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *staff_name = _acc_column_text (stmt, 4);

  return g_object_new (ACC_TYPE_DOCUMENT_REVIEW,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "document-id", sqlite3_column_int64 (stmt, 1),
                       "at", sqlite3_column_int64 (stmt, 2),
                       "staff-id", sqlite3_column_int64 (stmt, 3),
                       "staff-name", staff_name,
                       NULL);
}

static void
bind_document_id (sqlite3_stmt  *stmt,
                  gconstpointer  data)
{
  _acc_bind_int64 (stmt, ":document", *(const gint64 *) data);
}

/**
 * acc_repository_list_document_reviews:
 * @document_id: a document of the register
 *
 * Returns: (transfer full): the #AccDocumentReview of the document, newest
 * first, with the names of who made them; empty when it was never
 * reviewed.
 */
GListModel *
acc_repository_list_document_reviews (AccRepository  *self,
                                      gint64          document_id,
                                      GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_DOCUMENT_REVIEW,
                                   "SELECT r.id, r.document_id, r.at, r.staff_id, s.name "
                                   "FROM document_reviews r LEFT JOIN staff s ON s.id = r.staff_id "
                                   "WHERE r.document_id = :document ORDER BY r.at DESC, r.id DESC",
                                   bind_document_id, &document_id,
                                   document_review_from_row, error);
}

/**
 * acc_repository_delete_directory_entry:
 * @id: the entry to delete
 *
 * Deletes an entry of the directory; the calls that were forwarded to it
 * keep their record (directory_id becomes NULL).
 */
gboolean
acc_repository_delete_directory_entry (AccRepository  *self,
                                       gint64          id,
                                       GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  if (!_acc_repository_begin (self, ACC_CHANGE_DIRECTORY | ACC_CHANGE_INTERACTIONS, error))
    return FALSE;
  stmt = _acc_repository_prepare (self, "DELETE FROM directory WHERE id = :id", error);
  if (stmt == NULL)
    goto failed;
  _acc_bind_int64 (stmt, ":id", id);
  if (!_acc_repository_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                   _("This directory entry no longer exists."));
      goto failed;
    }
  return _acc_repository_commit (self, error);

failed:
  _acc_repository_rollback (self);
  return FALSE;
}
