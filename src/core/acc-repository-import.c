/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-import.c — importing contacts and directory entries from
 * CSV or vCard, and exporting them, on a worker thread with a connection of
 * its own (DESIGN.md: anything that scans reports progress off the main
 * thread). An import is one transaction: a failed one stores nothing.
 * Duplicates (the same phone in E.164, or the same e-mail ignoring case)
 * are found through the contacts' indexes. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "acc-import-private.h"
#include "acc-phone.h"
#include "acc-limits.h"
#include "acc-repository-private.h"
#include "acc-vcard.h"

/* Progress, posted to the caller's main context at most every 100 ms. */
typedef struct
{
  AccImportProgressFunc func;
  gpointer data;
  GMainContext *context;   /* NULL: called directly */
  gint64 last_us;
} Progress;

typedef struct
{
  AccImportProgressFunc func;
  gpointer data;
  double fraction;
  guint rows;
} ProgressCall;

static gboolean
progress_call_run (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->func (call->fraction, call->rows, call->data);
  return G_SOURCE_REMOVE;
}

static void
progress_report (Progress *progress,
                 double    fraction,
                 guint     rows,
                 gboolean  force)
{
  gint64 now;
  ProgressCall *call;

  if (progress->func == NULL)
    return;
  now = g_get_monotonic_time ();
  if (!force && now - progress->last_us < 100 * 1000)
    return;
  progress->last_us = now;
  if (progress->context == NULL)
    {
      progress->func (fraction, rows, progress->data);
      return;
    }
  call = g_new (ProgressCall, 1);
  call->func = progress->func;
  call->data = progress->data;
  call->fraction = fraction;
  call->rows = rows;
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT,
                              progress_call_run, call, g_free);
}

static void
problem_free (gpointer data)
{
  AccImportProblem *problem = data;

  g_free (problem->reason);
  g_free (problem);
}

static void
add_problem (AccImportReport *report,
             guint            line,
             char            *reason)
{
  AccImportProblem *problem = g_new0 (AccImportProblem, 1);

  problem->line = line;
  problem->reason = reason;
  g_ptr_array_add (report->problems, problem);
}

/* The reader's messages begin with « Line N: »: the report gives the line
 * apart. */
static char *
reason_without_line (const char *message,
                     guint       line)
{
  g_autofree char *prefix = g_strdup_printf (_("Line %u: %s"), line, "");

  if (g_str_has_prefix (message, prefix))
    return g_strdup (message + strlen (prefix));
  return g_strdup (message);
}

static gboolean
parse_kind (const char     *text,
            AccContactKind *kind)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  g_autofree char *key = g_ascii_strdown (g_strstrip (ascii), -1);
  static const struct { const char *name; AccContactKind kind; } kinds[] = {
    { "client", ACC_CONTACT_KIND_CLIENT }, { "cliente", ACC_CONTACT_KIND_CLIENT },
    { "prospect", ACC_CONTACT_KIND_PROSPECT },
    { "partner", ACC_CONTACT_KIND_PARTNER }, { "partenaire", ACC_CONTACT_KIND_PARTNER },
    { "other", ACC_CONTACT_KIND_OTHER }, { "autre", ACC_CONTACT_KIND_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (key, kinds[i].name))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* A row read and checked by the reader thread, stored by the writer: the
 * phone numbers are normalised while the previous rows are written. */
typedef struct
{
  guint line;
  const char *values[ACC_IMPORT_N_FIELDS];   /* into text */
  char *text;
  char *phone;      /* E.164, or NULL: none, or unreadable */
  char *digits;
} Record;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_free (record->text);
  g_free (record->phone);
  g_free (record->digits);
  g_free (record);
}

static Record *
record_new (const char **values,
            guint        line)
{
  Record *record = g_new0 (Record, 1);
  gsize size = 0, offset = 0;
  const char *raw_phone;

  record->line = line;
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    size += strlen (values[i]) + 1;
  record->text = g_malloc (size);
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    {
      gsize len = strlen (values[i]) + 1;
      memcpy (record->text + offset, values[i], len);
      record->values[i] = record->text + offset;
      offset += len;
    }
  raw_phone = record->values[ACC_IMPORT_FIELD_PHONE];
  if (*raw_phone != '\0')
    {
      record->phone = acc_phone_normalize (raw_phone);
      if (record->phone != NULL)
        record->digits = acc_phone_search_digits (record->phone);
    }
  return record;
}

typedef struct
{
  AccRepository *repository;
  AccImportReport *report;
  const AccImportOptions *options;
  gint64 now;
  /* The directory has no index on phones and e-mails: its entries are few,
   * and read once. */
  GHashTable *directory_keys;   /* "p:+33…" or "e:lower@case" → id */
} Importer;

static gint64
find_contact (Importer    *importer,
              const char  *phone,
              const char  *digits,
              const char  *email,
              GError     **error)
{
  AccRepository *self = importer->repository;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (phone != NULL)
    {
      stmt = _acc_repository_prepare (self,
                                      "SELECT id FROM contacts WHERE phone_digits = :digits "
                                      "AND phone = :phone LIMIT 1", error);
      if (stmt == NULL)
        return -1;
      _acc_bind_text (stmt, ":digits", digits);
      _acc_bind_text (stmt, ":phone", phone);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _acc_repository_set_error (self, error, rc);
          return -1;
        }
      if (id != 0)
        return id;
    }
  if (email != NULL)
    {
      stmt = _acc_repository_prepare (self,
                                      "SELECT id FROM contacts WHERE email = :email COLLATE NOCASE LIMIT 1",
                                      error);
      if (stmt == NULL)
        return -1;
      _acc_bind_text (stmt, ":email", email);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _acc_repository_set_error (self, error, rc);
          return -1;
        }
    }
  return id;
}

static const char *
nullable (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* One row: FALSE only for a database error; a bad row is a problem of the
 * report. */
static gboolean
import_contact (Importer      *importer,
                const Record  *record,
                GError       **error)
{
  const char * const *values = record->values;
  guint line = record->line;
  AccRepository *self = importer->repository;
  AccImportReport *report = importer->report;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *digits = NULL;
  const char *email = nullable (values[ACC_IMPORT_FIELD_EMAIL]);
  const char *raw_phone = nullable (values[ACC_IMPORT_FIELD_PHONE]);
  const char *kind_text = nullable (values[ACC_IMPORT_FIELD_KIND]);
  AccContactKind kind = ACC_CONTACT_KIND_PROSPECT;
  g_autoptr(GError) length_error = NULL;
  sqlite3_stmt *stmt;
  gint64 existing;

  if (*values[ACC_IMPORT_FIELD_FIRST_NAME] != '\0' && *values[ACC_IMPORT_FIELD_NAME] != '\0')
    name = g_strconcat (values[ACC_IMPORT_FIELD_FIRST_NAME], " ", values[ACC_IMPORT_FIELD_NAME], NULL);
  else if (*values[ACC_IMPORT_FIELD_NAME] != '\0')
    name = g_strdup (values[ACC_IMPORT_FIELD_NAME]);
  else if (*values[ACC_IMPORT_FIELD_FIRST_NAME] != '\0')
    name = g_strdup (values[ACC_IMPORT_FIELD_FIRST_NAME]);
  else if (*values[ACC_IMPORT_FIELD_ORGANISATION] != '\0')
    name = g_strdup (values[ACC_IMPORT_FIELD_ORGANISATION]);
  else
    {
      add_problem (report, line, g_strdup (_("The contact has no name.")));
      return TRUE;
    }

  if (raw_phone != NULL)
    {
      if (record->phone == NULL)
        {
          add_problem (report, line,
                       g_strdup_printf (_("The phone number “%s” cannot be read."), raw_phone));
          return TRUE;
        }
      phone = g_strdup (record->phone);
      digits = g_strdup (record->digits);
    }
  if (email != NULL && !acc_email_is_valid (email))
    {
      add_problem (report, line, g_strdup_printf (_("The e-mail address “%s” is not valid."), email));
      return TRUE;
    }
  /* A text too long for the forms is reported, never cut short. */
  if (!acc_limits_check (&length_error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Organisation"), values[ACC_IMPORT_FIELD_ORGANISATION], ACC_LIMIT_NAME,
                         _("Address"), values[ACC_IMPORT_FIELD_ADDRESS], ACC_LIMIT_LINE,
                         _("Notes"), values[ACC_IMPORT_FIELD_NOTES], ACC_LIMIT_TEXT,
                         NULL))
    {
      add_problem (report, line, g_strdup (length_error->message));
      return TRUE;
    }
  if (kind_text != NULL && !parse_kind (kind_text, &kind))
    {
      add_problem (report, line,
                   g_strdup_printf (_("Unknown kind “%s”: use client, prospect, partner or other."),
                                    kind_text));
      return TRUE;
    }

  /* After a bad line, an import that aborts only reads on, to report them
   * all. */
  if (report->problems->len > 0 && importer->options->on_error == ACC_IMPORT_ON_ERROR_ABORT)
    return TRUE;

  existing = find_contact (importer, phone, digits, email, error);
  if (existing < 0)
    return FALSE;
  if (existing > 0 && importer->options->duplicates == ACC_IMPORT_DUPLICATES_SKIP)
    {
      report->skipped++;
      return TRUE;
    }
  if (existing > 0)
    {
      stmt = _acc_repository_prepare (self,
                                      "UPDATE contacts SET "
                                      "organisation = coalesce (nullif (organisation, ''), :organisation), "
                                      "phone_digits = CASE WHEN nullif (phone, '') IS NULL THEN :digits ELSE phone_digits END, "
                                      "phone = coalesce (nullif (phone, ''), :phone), "
                                      "email = coalesce (nullif (email, ''), :email), "
                                      "address = coalesce (nullif (address, ''), :address), "
                                      "notes = coalesce (nullif (notes, ''), :notes), "
                                      "updated_at = :now WHERE id = :id",
                                      error);
      if (stmt == NULL)
        return FALSE;
      _acc_bind_int64 (stmt, ":id", existing);
    }
  else
    {
      stmt = _acc_repository_prepare (self,
                                      "INSERT INTO contacts (name, organisation, phone, phone_digits, email, "
                                      "address, kind, notes, created_at, updated_at) "
                                      "VALUES (:name, :organisation, :phone, :digits, :email, :address, "
                                      ":kind, :notes, :now, :now)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      _acc_bind_text (stmt, ":name", name);
      _acc_bind_int64 (stmt, ":kind", kind);
    }
  _acc_bind_text (stmt, ":organisation", values[ACC_IMPORT_FIELD_ORGANISATION]);
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":digits", digits);
  _acc_bind_text (stmt, ":email", email);
  _acc_bind_text (stmt, ":address", values[ACC_IMPORT_FIELD_ADDRESS]);
  _acc_bind_text (stmt, ":notes", values[ACC_IMPORT_FIELD_NOTES]);
  _acc_bind_int64 (stmt, ":now", importer->now);
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;
  if (existing > 0)
    report->merged++;
  else
    report->imported++;
  return TRUE;
}

static gboolean
load_directory_keys (Importer  *importer,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  importer->directory_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stmt = _acc_repository_prepare (importer->repository,
                                  "SELECT id, phone, lower (email) FROM directory", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *phone = (const char *) sqlite3_column_text (stmt, 1);
      const char *email = (const char *) sqlite3_column_text (stmt, 2);

      if (phone != NULL && *phone != '\0')
        g_hash_table_insert (importer->directory_keys, g_strconcat ("p:", phone, NULL), GSIZE_TO_POINTER (id));
      if (email != NULL && *email != '\0')
        g_hash_table_insert (importer->directory_keys, g_strconcat ("e:", email, NULL), GSIZE_TO_POINTER (id));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (importer->repository, error, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_directory_entry (Importer      *importer,
                        const Record  *record,
                        GError       **error)
{
  const char * const *values = record->values;
  guint line = record->line;
  AccRepository *self = importer->repository;
  AccImportReport *report = importer->report;
  const char *name = nullable (values[ACC_IMPORT_FIELD_NAME]);
  const char *raw_phone = nullable (values[ACC_IMPORT_FIELD_PHONE]);
  const char *email = nullable (values[ACC_IMPORT_FIELD_EMAIL]);
  g_autofree char *phone = NULL;
  g_autofree char *phone_key = NULL;
  g_autofree char *email_key = NULL;
  g_autoptr(GError) length_error = NULL;
  gint64 existing = 0;
  sqlite3_stmt *stmt;
  gpointer id;

  if (name == NULL)
    {
      add_problem (report, line, g_strdup (_("The entry has no name.")));
      return TRUE;
    }
  if (raw_phone != NULL)
    {
      phone = g_strdup (record->phone);
      if (phone == NULL)
        {
          add_problem (report, line,
                       g_strdup_printf (_("The phone number “%s” cannot be read."), raw_phone));
          return TRUE;
        }
      phone_key = g_strconcat ("p:", phone, NULL);
    }
  if (email != NULL && !acc_email_is_valid (email))
    {
      add_problem (report, line, g_strdup_printf (_("The e-mail address “%s” is not valid."), email));
      return TRUE;
    }
  if (!acc_limits_check (&length_error,
                         _("Name"), name, ACC_LIMIT_NAME,
                         _("Category"), values[ACC_IMPORT_FIELD_CATEGORY], ACC_LIMIT_NAME,
                         _("Address"), values[ACC_IMPORT_FIELD_ADDRESS], ACC_LIMIT_LINE,
                         _("Website"), values[ACC_IMPORT_FIELD_WEBSITE], ACC_LIMIT_LINE,
                         _("Hours"), values[ACC_IMPORT_FIELD_HOURS], ACC_LIMIT_LINE,
                         _("Notes"), values[ACC_IMPORT_FIELD_NOTES], ACC_LIMIT_TEXT,
                         NULL))
    {
      add_problem (report, line, g_strdup (length_error->message));
      return TRUE;
    }
  if (email != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (email, -1);
      email_key = g_strconcat ("e:", lower, NULL);
    }
  if (report->problems->len > 0 && importer->options->on_error == ACC_IMPORT_ON_ERROR_ABORT)
    return TRUE;

  if (phone_key != NULL && g_hash_table_lookup_extended (importer->directory_keys, phone_key, NULL, &id))
    existing = GPOINTER_TO_SIZE (id);
  else if (email_key != NULL && g_hash_table_lookup_extended (importer->directory_keys, email_key, NULL, &id))
    existing = GPOINTER_TO_SIZE (id);

  if (existing > 0 && importer->options->duplicates == ACC_IMPORT_DUPLICATES_SKIP)
    {
      report->skipped++;
      return TRUE;
    }
  if (existing > 0)
    {
      stmt = _acc_repository_prepare (self,
                                      "UPDATE directory SET "
                                      "category = coalesce (nullif (category, ''), :category), "
                                      "phone = coalesce (nullif (phone, ''), :phone), "
                                      "email = coalesce (nullif (email, ''), :email), "
                                      "address = coalesce (nullif (address, ''), :address), "
                                      "website = coalesce (nullif (website, ''), :website), "
                                      "hours = coalesce (nullif (hours, ''), :hours), "
                                      "notes = coalesce (nullif (notes, ''), :notes) WHERE id = :id",
                                      error);
      if (stmt == NULL)
        return FALSE;
      _acc_bind_int64 (stmt, ":id", existing);
    }
  else
    {
      stmt = _acc_repository_prepare (self,
                                      "INSERT INTO directory (name, category, phone, email, address, website, hours, notes) "
                                      "VALUES (:name, :category, :phone, :email, :address, :website, :hours, :notes)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      _acc_bind_text (stmt, ":name", name);
    }
  _acc_bind_text (stmt, ":category", values[ACC_IMPORT_FIELD_CATEGORY]);
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", email);
  _acc_bind_text (stmt, ":address", values[ACC_IMPORT_FIELD_ADDRESS]);
  _acc_bind_text (stmt, ":website", values[ACC_IMPORT_FIELD_WEBSITE]);
  _acc_bind_text (stmt, ":hours", values[ACC_IMPORT_FIELD_HOURS]);
  _acc_bind_text (stmt, ":notes", values[ACC_IMPORT_FIELD_NOTES]);
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;

  if (existing > 0)
    report->merged++;
  else
    {
      existing = sqlite3_last_insert_rowid (self->db);
      report->imported++;
    }
  if (phone_key != NULL && !g_hash_table_contains (importer->directory_keys, phone_key))
    g_hash_table_insert (importer->directory_keys, g_steal_pointer (&phone_key), GSIZE_TO_POINTER (existing));
  if (email_key != NULL && !g_hash_table_contains (importer->directory_keys, email_key))
    g_hash_table_insert (importer->directory_keys, g_steal_pointer (&email_key), GSIZE_TO_POINTER (existing));
  return TRUE;
}

/* The reader thread: rows read, copied and their phones normalised, handed
 * over in batches; at most MAX_BATCHES wait, so that memory stays bounded
 * whatever the size of the file. */
#define BATCH_SIZE 512
#define MAX_BATCHES 8

typedef struct
{
  GPtrArray *records;   /* Record * */
  double fraction;
  gboolean last;
  GError *error;        /* with last: what stopped the reading, if not the end */
  guint error_line;
} Batch;

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->records);
  g_clear_error (&batch->error);
  g_free (batch);
}

typedef struct
{
  AccImportSource *source;
  GCancellable *cancellable;
  GAsyncQueue *full;      /* Batch *, to store */
  GAsyncQueue *tokens;    /* room for one more batch */
  gint stop;
} Pipeline;

static gpointer
reader_thread (gpointer data)
{
  Pipeline *pipeline = data;
  const char *values[ACC_IMPORT_N_FIELDS];
  gboolean more = TRUE;
  guint line = 0;

  while (more)
    {
      Batch *batch = g_new0 (Batch, 1);
      GError *error = NULL;

      g_async_queue_pop (pipeline->tokens);
      batch->records = g_ptr_array_new_full (BATCH_SIZE, record_free);
      while (batch->records->len < BATCH_SIZE)
        {
          if (g_atomic_int_get (&pipeline->stop)
              || !_acc_import_source_next (pipeline->source, values, NULL, NULL, &line,
                                           pipeline->cancellable, &error))
            {
              more = FALSE;
              break;
            }
          g_ptr_array_add (batch->records, record_new (values, line));
        }
      batch->fraction = _acc_import_source_fraction (pipeline->source);
      if (!more)
        {
          batch->last = TRUE;
          batch->error = error;
          batch->error_line = line;
        }
      g_async_queue_push (pipeline->full, batch);
    }
  return NULL;
}

static AccImportReport *
run_import (const char              *path,
            GFile                   *file,
            const AccImportOptions  *options,
            GCancellable            *cancellable,
            Progress                *progress,
            GError                 **error)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccImportSource) source = NULL;
  g_autoptr(AccImportReport) report = g_new0 (AccImportReport, 1);
  g_autoptr(GError) read_error = NULL;
  Importer importer = { 0 };
  gboolean contacts = options->target == ACC_IMPORT_TARGET_CONTACTS;
  guint line = 0;

  report->problems = g_ptr_array_new_with_free_func (problem_free);

  source = _acc_import_source_open (file, options->target, options->mapping, options->n_columns,
                                    cancellable, error);
  if (source == NULL)
    return NULL;
  if (contacts ? !(_acc_import_source_has_field (source, ACC_IMPORT_FIELD_NAME)
                   || _acc_import_source_has_field (source, ACC_IMPORT_FIELD_FIRST_NAME)
                   || _acc_import_source_has_field (source, ACC_IMPORT_FIELD_ORGANISATION))
               : !_acc_import_source_has_field (source, ACC_IMPORT_FIELD_NAME))
    {
      g_set_error (error, ACC_IMPORT_ERROR, ACC_IMPORT_ERROR_NO_NAME_COLUMN,
                   _("No column holds the name: name one « nom » or « name », or choose it in the mapping."));
      return NULL;
    }

  /* Its own connection, on the same file. */
  repository = acc_repository_open (path, error);
  if (repository == NULL)
    return NULL;
  /* A large transaction stays in memory rather than spilling pages to the
   * WAL before it commits. */
  if (!_acc_repository_exec (repository, "PRAGMA cache_size = -131072", error))
    return NULL;
  importer.repository = repository;
  importer.report = report;
  importer.options = options;
  importer.now = _acc_repository_now ();

  if (!_acc_repository_begin (repository, contacts ? ACC_CHANGE_CONTACTS : ACC_CHANGE_DIRECTORY, error))
    return NULL;
  if (!contacts && !load_directory_keys (&importer, error))
    goto failed;

  progress_report (progress, 0.0, 0, TRUE);
  {
    Pipeline pipeline = { source, cancellable, g_async_queue_new (), g_async_queue_new (), 0 };
    GThread *thread;
    gboolean finished = FALSE, ok = TRUE;

    for (guint i = 0; i < MAX_BATCHES; i++)
      g_async_queue_push (pipeline.tokens, GINT_TO_POINTER (1));
    thread = g_thread_new ("accueil-import", reader_thread, &pipeline);
    while (!finished)
      {
        Batch *batch = g_async_queue_pop (pipeline.full);

        for (guint i = 0; ok && i < batch->records->len; i++)
          {
            const Record *record = batch->records->pdata[i];

            report->rows_read++;
            ok = contacts ? import_contact (&importer, record, error)
                          : import_directory_entry (&importer, record, error);
          }
        if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
          ok = FALSE;
        if (ok)
          progress_report (progress, batch->fraction, report->rows_read, FALSE);
        if (batch->last)
          {
            finished = TRUE;
            read_error = g_steal_pointer (&batch->error);
            line = batch->error_line;
          }
        if (!ok)
          g_atomic_int_set (&pipeline.stop, 1);
        batch_free (batch);
        g_async_queue_push (pipeline.tokens, GINT_TO_POINTER (1));
      }
    g_thread_join (thread);
    g_async_queue_unref (pipeline.full);
    g_async_queue_unref (pipeline.tokens);
    if (!ok)
      goto failed;
  }

  if (read_error != NULL)
    {
      if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          || (read_error->domain != ACC_CSV_ERROR && read_error->domain != ACC_VCARD_ERROR))
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          goto failed;
        }
      /* The rest of the file cannot be read: nothing is stored. */
      add_problem (report, line, reason_without_line (read_error->message, line));
      report->aborted = TRUE;
    }
  if (report->problems->len > 0 && options->on_error == ACC_IMPORT_ON_ERROR_ABORT)
    report->aborted = TRUE;

  if (report->aborted)
    _acc_repository_rollback (repository);
  else if (!_acc_repository_commit (repository, error))
    goto failed_committing;

  g_clear_pointer (&importer.directory_keys, g_hash_table_unref);
  progress_report (progress, 1.0, report->rows_read, TRUE);
  return g_steal_pointer (&report);

failed:
  _acc_repository_rollback (repository);
failed_committing:
  g_clear_pointer (&importer.directory_keys, g_hash_table_unref);
  return NULL;
}

typedef struct
{
  char *path;
  GFile *file;
  AccImportOptions options;
  AccImportField *mapping;
  Progress progress;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_free (data->path);
  g_object_unref (data->file);
  g_free (data->mapping);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source_object G_GNUC_UNUSED,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;
  AccImportReport *report;

  report = run_import (data->path, data->file, &data->options, cancellable, &data->progress, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) acc_import_report_free);
}

/**
 * acc_repository_import_async:
 * @file: a CSV or vCard file
 * @options: the target, what a bad line and a duplicate do, and the
 *   mapping; copied
 * @progress: (nullable): called on the thread-default main context of the
 *   caller, with the fraction of the file read and the rows read
 *
 * Imports @file on a worker thread, with a connection of its own to the
 * database, in one transaction. The repository's lists see the new rows
 * once acc_repository_import_finish() is called.
 */
void
acc_repository_import_async (AccRepository          *self,
                             GFile                  *file,
                             const AccImportOptions *options,
                             GCancellable           *cancellable,
                             AccImportProgressFunc   progress,
                             gpointer                progress_data,
                             GAsyncReadyCallback     callback,
                             gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (ACC_IS_REPOSITORY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (options != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_import_async);

  data = g_new0 (ImportData, 1);
  data->path = g_strdup (acc_repository_get_path (self));
  data->file = g_object_ref (file);
  data->options = *options;
  if (options->mapping != NULL)
    {
      data->mapping = g_memdup2 (options->mapping, MAX (options->n_columns, 1) * sizeof (AccImportField));
      data->options.mapping = data->mapping;
    }
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

AccImportReport *
acc_repository_import_finish (AccRepository  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  /* The worker's connection wrote: the lists of this one catch up. */
  acc_repository_check_for_changes (self);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * acc_repository_import:
 *
 * acc_repository_import_async() for the command line and tests: it blocks,
 * and @progress is called on the calling thread.
 */
AccImportReport *
acc_repository_import (AccRepository          *self,
                       GFile                  *file,
                       const AccImportOptions *options,
                       GCancellable           *cancellable,
                       AccImportProgressFunc   progress,
                       gpointer                progress_data,
                       GError                **error)
{
  Progress sink = { progress, progress_data, NULL, 0 };
  AccImportReport *report;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  report = run_import (acc_repository_get_path (self), file, options, cancellable, &sink, error);
  acc_repository_check_for_changes (self);
  return report;
}

/* Export */

static const AccImportField contact_columns[] = {
  ACC_IMPORT_FIELD_NAME, ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_PHONE,
  ACC_IMPORT_FIELD_EMAIL, ACC_IMPORT_FIELD_ADDRESS, ACC_IMPORT_FIELD_KIND, ACC_IMPORT_FIELD_NOTES,
};
static const AccImportField directory_columns[] = {
  ACC_IMPORT_FIELD_NAME, ACC_IMPORT_FIELD_CATEGORY, ACC_IMPORT_FIELD_PHONE, ACC_IMPORT_FIELD_EMAIL,
  ACC_IMPORT_FIELD_ADDRESS, ACC_IMPORT_FIELD_WEBSITE, ACC_IMPORT_FIELD_HOURS, ACC_IMPORT_FIELD_NOTES,
};

static gboolean
write_text (GOutputStream  *stream,
            GString        *buffer,
            gboolean        force,
            GCancellable   *cancellable,
            GError        **error)
{
  if (buffer->len == 0 || (!force && buffer->len < 64 * 1024))
    return TRUE;
  if (!g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (buffer, 0);
  return TRUE;
}

static gboolean
run_export (const char      *path,
            AccImportTarget  target,
            AccImportFormat  format,
            GOutputStream   *stream,
            GCancellable    *cancellable,
            Progress        *progress,
            guint           *n_rows,
            GError         **error)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccCsvWriter) csv = NULL;
  g_autoptr(GString) buffer = g_string_new (NULL);
  gboolean contacts = target == ACC_IMPORT_TARGET_CONTACTS;
  const AccImportField *columns = contacts ? contact_columns : directory_columns;
  guint n_columns = contacts ? G_N_ELEMENTS (contact_columns) : G_N_ELEMENTS (directory_columns);
  const char *fields[G_N_ELEMENTS (directory_columns) + 1] = { NULL };
  sqlite3_stmt *stmt;
  gint64 total = 0;
  guint rows = 0;
  gboolean ok = FALSE;
  int rc;

  *n_rows = 0;
  if (format == ACC_IMPORT_FORMAT_VCARD && !contacts)
    {
      g_set_error (error, ACC_IMPORT_ERROR, ACC_IMPORT_ERROR_UNSUPPORTED,
                   _("The directory is exported as CSV only."));
      return FALSE;
    }
  repository = acc_repository_open (path, error);
  if (repository == NULL)
    return FALSE;

  /* One read transaction: the count and the rows agree. */
  if (!_acc_repository_exec (repository, "BEGIN", error))
    return FALSE;
  stmt = _acc_repository_prepare (repository,
                                  contacts ? "SELECT count(*) FROM contacts" : "SELECT count(*) FROM directory",
                                  error);
  if (stmt == NULL)
    goto out;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    total = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (format == ACC_IMPORT_FORMAT_CSV)
    {
      csv = acc_csv_writer_new (stream);
      for (guint i = 0; i < n_columns; i++)
        fields[i] = acc_import_field_to_string (columns[i]);
      if (!acc_csv_writer_write_row (csv, fields, n_columns, cancellable, error))
        goto out;
    }

  stmt = _acc_repository_prepare (repository,
                                  contacts
                                  ? "SELECT name, organisation, phone, email, address, kind, notes "
                                    "FROM contacts ORDER BY name COLLATE NOCASE, id"
                                  : "SELECT name, category, phone, email, address, website, hours, notes "
                                    "FROM directory ORDER BY category, name, id",
                                  error);
  if (stmt == NULL)
    goto out;
  progress_report (progress, 0.0, 0, TRUE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < n_columns; i++)
        fields[i] = (const char *) sqlite3_column_text (stmt, i);
      if (contacts)
        fields[5] = acc_contact_kind_to_string (sqlite3_column_int (stmt, 5));

      if (format == ACC_IMPORT_FORMAT_CSV)
        {
          if (!acc_csv_writer_write_row (csv, fields, n_columns, cancellable, error))
            break;
        }
      else
        {
          AccVcard card = {
            0, (char *) fields[0], (char *) fields[1], (char *) fields[2],
            (char *) fields[3], (char *) fields[4], (char *) fields[6],
          };
          acc_vcard_append (buffer, &card);
          if (!write_text (stream, buffer, FALSE, cancellable, error))
            break;
        }
      rows++;
      if ((rows & 255) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            break;
          progress_report (progress, total > 0 ? (double) rows / total : 1.0, rows, FALSE);
        }
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    goto out;   /* a write failed, or cancelled */
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (repository, error, rc);
      goto out;
    }
  if (csv != NULL ? !acc_csv_writer_flush (csv, cancellable, error)
                  : !write_text (stream, buffer, TRUE, cancellable, error))
    goto out;
  if (!g_output_stream_flush (stream, cancellable, error))
    goto out;
  *n_rows = rows;
  progress_report (progress, 1.0, rows, TRUE);
  ok = TRUE;

out:
  _acc_repository_exec (repository, "ROLLBACK", NULL);
  return ok;
}

typedef struct
{
  char *path;
  AccImportTarget target;
  AccImportFormat format;
  GOutputStream *stream;
  Progress progress;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->path);
  g_object_unref (data->stream);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object G_GNUC_UNUSED,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;
  guint n_rows = 0;

  if (!run_export (data->path, data->target, data->format, data->stream, cancellable,
                   &data->progress, &n_rows, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n_rows);
}

/**
 * acc_repository_export_async:
 * @format: CSV for both targets, vCard for contacts only
 * @stream: where to write; not closed
 *
 * Writes the contacts or the directory, by name, on a worker thread with a
 * connection of its own, as it reads them.
 */
void
acc_repository_export_async (AccRepository          *self,
                             AccImportTarget         target,
                             AccImportFormat         format,
                             GOutputStream          *stream,
                             GCancellable           *cancellable,
                             AccImportProgressFunc   progress,
                             gpointer                progress_data,
                             GAsyncReadyCallback     callback,
                             gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (ACC_IS_REPOSITORY (self));
  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_repository_export_async);
  data = g_new0 (ExportData, 1);
  data->path = g_strdup (acc_repository_get_path (self));
  data->target = target;
  data->format = format;
  data->stream = g_object_ref (stream);
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
acc_repository_export_finish (AccRepository  *self,
                              GAsyncResult   *result,
                              guint          *n_rows,
                              GError        **error)
{
  GError *local_error = NULL;
  gssize rows;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  rows = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (n_rows != NULL)
    *n_rows = rows;
  return TRUE;
}

gboolean
acc_repository_export (AccRepository    *self,
                       AccImportTarget   target,
                       AccImportFormat   format,
                       GOutputStream    *stream,
                       GCancellable     *cancellable,
                       AccImportProgressFunc progress,
                       gpointer          progress_data,
                       guint            *n_rows,
                       GError          **error)
{
  Progress sink = { progress, progress_data, NULL, 0 };
  guint rows = 0;
  gboolean ok;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);

  ok = run_export (acc_repository_get_path (self), target, format, stream, cancellable, &sink, &rows, error);
  if (n_rows != NULL)
    *n_rows = rows;
  return ok;
}
