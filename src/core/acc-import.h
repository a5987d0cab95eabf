/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-import.h — importing contacts and directory entries from CSV or vCard,
 * and exporting them; see acc-repository-import.c.
 *
 * For a dialog:
 *   1. acc_import_preview() (or its _async pair) on the chosen file: the
 *      detected format, the header, the guessed mapping, the first rows.
 *   2. The user changes the mapping; the options carry it.
 *   3. acc_repository_import_async(): progress on the caller's main context,
 *      then an AccImportReport from _finish.
 */
#pragma once

#include <gio/gio.h>

#include "acc-csv.h"
#include "acc-repository.h"

G_BEGIN_DECLS

#define ACC_IMPORT_ERROR (acc_import_error_quark ())

typedef enum
{
  /* Neither CSV nor vCard, or vCard for the directory. */
  ACC_IMPORT_ERROR_UNSUPPORTED,
  /* No column is mapped to the name. */
  ACC_IMPORT_ERROR_NO_NAME_COLUMN,
} AccImportError;

typedef enum
{
  ACC_IMPORT_TARGET_CONTACTS,
  ACC_IMPORT_TARGET_DIRECTORY,
} AccImportTarget;

typedef enum
{
  ACC_IMPORT_FORMAT_CSV,
  ACC_IMPORT_FORMAT_VCARD,
} AccImportFormat;

/* What a column holds. FIRST_NAME is put before NAME (« prénom » + « nom »);
 * KIND is for contacts, CATEGORY, WEBSITE and HOURS for the directory. */
typedef enum
{
  ACC_IMPORT_FIELD_IGNORE = 0,
  ACC_IMPORT_FIELD_NAME,
  ACC_IMPORT_FIELD_FIRST_NAME,
  ACC_IMPORT_FIELD_ORGANISATION,
  ACC_IMPORT_FIELD_PHONE,
  ACC_IMPORT_FIELD_EMAIL,
  ACC_IMPORT_FIELD_ADDRESS,
  ACC_IMPORT_FIELD_NOTES,
  ACC_IMPORT_FIELD_KIND,
  ACC_IMPORT_FIELD_CATEGORY,
  ACC_IMPORT_FIELD_WEBSITE,
  ACC_IMPORT_FIELD_HOURS,
  ACC_IMPORT_N_FIELDS
} AccImportField;

typedef enum
{
  /* A bad line stops the import: nothing is stored (every bad line is
   * still reported). */
  ACC_IMPORT_ON_ERROR_ABORT,
  /* Bad lines are reported and left out; the rest is stored. */
  ACC_IMPORT_ON_ERROR_SKIP,
} AccImportOnError;

typedef enum
{
  /* The existing contact's empty fields are filled from the line. */
  ACC_IMPORT_DUPLICATES_MERGE,
  /* The line is left out. */
  ACC_IMPORT_DUPLICATES_SKIP,
} AccImportDuplicates;

typedef struct
{
  AccImportTarget      target;
  AccImportOnError     on_error;
  AccImportDuplicates  duplicates;
  /* NULL: mapped from the header row by acc_import_field_from_header().
   * Else one field per CSV column (n_columns of them); the first row is
   * still the header and is not imported. Ignored for vCard. */
  const AccImportField *mapping;
  guint                n_columns;
} AccImportOptions;

#define ACC_IMPORT_OPTIONS_INIT { ACC_IMPORT_TARGET_CONTACTS, ACC_IMPORT_ON_ERROR_ABORT, \
                                  ACC_IMPORT_DUPLICATES_MERGE, NULL, 0 }

typedef struct
{
  guint  line;     /* of the file, from 1 (a row's first line) */
  char  *reason;   /* a sentence, translated */
} AccImportProblem;

typedef struct
{
  guint      rows_read;   /* data rows or cards, the header not counted */
  guint      imported;    /* new rows stored */
  guint      merged;      /* duplicates merged into an existing row */
  guint      skipped;     /* duplicates left out (--duplicates skip) */
  /* TRUE when a bad line (ON_ERROR_ABORT) or an unreadable file stopped the
   * import: nothing was stored, whatever the counts above say. */
  gboolean   aborted;
  GPtrArray *problems;    /* AccImportProblem *, in line order */
} AccImportReport;

typedef struct
{
  AccImportFormat  format;
  char             separator;    /* CSV: ';', ',' or '\t' */
  AccCsvEncoding   encoding;     /* CSV */
  guint            n_columns;
  GStrv            header;       /* n_columns names; for vCard, the fields' */
  AccImportField  *mapping;      /* n_columns fields */
  GPtrArray       *rows;         /* GStrv of n_columns each, at most n_rows */
} AccImportPreview;

/* Called on the main context of the thread that started the work, at most
 * about ten times a second. @fraction is from 0 to 1. */
typedef void (*AccImportProgressFunc) (double    fraction,
                                       guint     rows_done,
                                       gpointer  user_data);

GQuark            acc_import_error_quark        (void);

const char       *acc_import_field_to_string    (AccImportField   field);
const char       *acc_import_field_get_label    (AccImportField   field);
AccImportField    acc_import_field_from_header  (const char      *header,
                                                 AccImportTarget  target);
gboolean          acc_import_field_from_string  (const char      *text,
                                                 AccImportField  *field);

/* vCard when the file's first line is BEGIN:VCARD, else CSV. */
AccImportPreview *acc_import_preview            (GFile           *file,
                                                 AccImportTarget  target,
                                                 guint            n_rows,
                                                 GCancellable    *cancellable,
                                                 GError         **error);
void              acc_import_preview_async      (GFile              *file,
                                                 AccImportTarget     target,
                                                 guint               n_rows,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
AccImportPreview *acc_import_preview_finish     (GAsyncResult       *result,
                                                 GError            **error);
void              acc_import_preview_free       (AccImportPreview *preview);

void              acc_import_report_free        (AccImportReport *report);

/* acc-repository-import.c: on a worker thread, with its own connection to
 * the same database, in one transaction. _finish returns the report, also
 * when it was aborted (report->aborted); NULL with @error set when the file
 * or the database cannot be read or written, or on cancellation — nothing
 * is stored then either. */
void              acc_repository_import_async   (AccRepository          *self,
                                                 GFile                  *file,
                                                 const AccImportOptions *options,
                                                 GCancellable           *cancellable,
                                                 AccImportProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
AccImportReport  *acc_repository_import_finish  (AccRepository          *self,
                                                 GAsyncResult           *result,
                                                 GError                **error);
/* The same, blocking the calling thread (the command line, tests). */
AccImportReport  *acc_repository_import         (AccRepository          *self,
                                                 GFile                  *file,
                                                 const AccImportOptions *options,
                                                 GCancellable           *cancellable,
                                                 AccImportProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 GError                **error);

/* Export: CSV (UTF-8 with BOM, ';', CRLF, a header row of the fields'
 * names as acc_import_field_to_string() gives them, so that a file
 * exported imports back) or vCard 4.0 (contacts only), written to @stream,
 * which is not closed. Returns the number of rows written in _finish. */
void              acc_repository_export_async   (AccRepository          *self,
                                                 AccImportTarget         target,
                                                 AccImportFormat         format,
                                                 GOutputStream          *stream,
                                                 GCancellable           *cancellable,
                                                 AccImportProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
gboolean          acc_repository_export_finish  (AccRepository          *self,
                                                 GAsyncResult           *result,
                                                 guint                  *n_rows,
                                                 GError                **error);
gboolean          acc_repository_export         (AccRepository          *self,
                                                 AccImportTarget         target,
                                                 AccImportFormat         format,
                                                 GOutputStream          *stream,
                                                 GCancellable           *cancellable,
                                                 AccImportProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 guint                  *n_rows,
                                                 GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccImportPreview, acc_import_preview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccImportReport, acc_import_report_free)

G_END_DECLS
