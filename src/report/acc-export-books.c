/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-export-books.c — the books as CSV or PDF, for the auditor. The rows
 * are read on a connection of the worker thread's own and streamed to the
 * CSV or PDF writer (which holds one page of rows); for printing, they are
 * kept as strings (not layouts). */
#define G_LOG_DOMAIN "accueil-report"

#include "config.h"

#include "acc-export-books.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>

typedef struct
{
  AccExportProgressFunc func;
  gpointer              data;
  GMainContext         *context;   /* NULL: call directly */
  gint64                last_us;
} Progress;

typedef struct
{
  AccExportProgressFunc func;
  gpointer              data;
  double                fraction;
} ProgressCall;

static gboolean
progress_call_run (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->func (call->fraction, call->data);
  return G_SOURCE_REMOVE;
}

static void
progress_report (Progress *progress,
                 double    fraction,
                 gboolean  force)
{
  gint64 now;
  ProgressCall *call;

  if (progress == NULL || progress->func == NULL)
    return;
  now = g_get_monotonic_time ();
  if (!force && now - progress->last_us < 100 * 1000)
    return;
  progress->last_us = now;
  if (progress->context == NULL)
    {
      progress->func (fraction, progress->data);
      return;
    }
  call = g_new (ProgressCall, 1);
  call->func = progress->func;
  call->data = progress->data;
  call->fraction = fraction;
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT,
                              progress_call_run, call, g_free);
}

/**
 * acc_export_parse_date:
 * @text: YYYY-MM-DD or dd/mm/yyyy
 *
 * Returns: whether @text is a valid date, then set in @date.
 */
gboolean
acc_export_parse_date (const char *text,
                       GDate      *date)
{
  guint d = 0, m = 0, y = 0;
  char end = 0;

  if (text == NULL)
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3
      && sscanf (text, "%2u/%2u/%4u%c", &d, &m, &y, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * acc_export_format_period:
 *
 * Returns: (transfer full): the period in words, for a report's subtitle.
 */
char *
acc_export_format_period (const GDate *from,
                          const GDate *to)
{
  char a[32], b[32];

  g_date_strftime (a, sizeof a, "%d/%m/%Y", from);
  g_date_strftime (b, sizeof b, "%d/%m/%Y", to);
  /* Translators: a report's period, e.g. From 01/11/2026 to 30/11/2026 */
  return g_strdup_printf (_("From %s to %s"), a, b);
}

static gint64
local_midnight_us (const GDate *date,
                   int          add_days)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (date),
                                                    g_date_get_month (date),
                                                    g_date_get_day (date), 0, 0, 0);
  g_autoptr(GDateTime) shifted = g_date_time_add_days (day, add_days);

  return g_date_time_to_unix (shifted) * G_USEC_PER_SEC;
}

static char *
organisation_name (AccRepository *repository)
{
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repository, NULL);
  const char *name = organisation != NULL ? acc_organisation_get_name (organisation) : NULL;

  return g_strdup (name != NULL && *name != '\0' ? name : "Accueil");
}

typedef struct
{
  AccRepository   *repository;
  AccBook          book;
  GDate            from;
  GDate            to;
  AccExportFormat  format;
  char            *path;
  char            *title;
  Progress         progress;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->repository);
  g_free (data->path);
  g_free (data->title);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  g_free (data);
}

typedef struct
{
  AccCsvWriter   *csv;
  AccReportPdf   *pdf;
  AccReportTable *table;
  GCancellable   *cancellable;
  Progress       *progress;
  double          scale;
  guint           rows;
} Sink;

static gboolean
sink_row (const char * const *fields,
          guint               n_fields,
          guint               row_no,
          guint               total,
          gpointer            user_data,
          GError            **error)
{
  Sink *sink = user_data;

  if (sink->csv != NULL
      && !acc_csv_writer_write_row (sink->csv, fields, n_fields, sink->cancellable, error))
    return FALSE;
  if (sink->pdf != NULL)
    acc_report_pdf_add_row (sink->pdf, fields, total);
  if (sink->table != NULL)
    acc_report_table_add_row (sink->table, fields);
  sink->rows++;
  if ((sink->rows & 63) == 0)
    progress_report (sink->progress, sink->scale * (total > 0 ? (double) row_no / total : 1.0), FALSE);
  return TRUE;
}

/* The book's table, with its title, period and columns, and no rows. */
static AccReportTable *
empty_table (ExportData *data)
{
  g_autofree char *period = acc_export_format_period (&data->from, &data->to);
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", acc_book_get_title (data->book), period);
  const char * const *headers;
  guint n_columns;
  AccReportTable *table;

  headers = acc_book_get_headers (data->book, &n_columns);
  table = acc_report_table_new (data->title, subtitle, headers, n_columns);
  acc_report_table_set_column_weights (table, acc_book_get_column_weights (data->book));
  return table;
}

static gboolean
read_rows (ExportData   *data,
           Sink         *sink,
           GCancellable *cancellable,
           GError      **error)
{
  return acc_repository_read_book (data->repository, data->book,
                                   local_midnight_us (&data->from, 0),
                                   local_midnight_us (&data->to, 1),
                                   sink_row, sink, cancellable, error);
}

static gboolean
run_export (ExportData   *data,
            GCancellable *cancellable,
            guint        *n_rows,
            GError      **error)
{
  g_autofree char *partial = NULL;

  *n_rows = 0;
  progress_report (&data->progress, 0.0, TRUE);
  if (data->format == ACC_EXPORT_FORMAT_PDF)
    {
      g_autoptr(AccReportPdf) pdf = acc_report_pdf_new (empty_table (data), data->path);
      Sink sink = { 0 };

      sink.pdf = pdf;
      sink.cancellable = cancellable;
      sink.progress = &data->progress;
      sink.scale = 1.0;
      if (!read_rows (data, &sink, cancellable, error)
          || !acc_report_pdf_finish (g_steal_pointer (&pdf), error))
        return FALSE;
      *n_rows = sink.rows;
    }
  else
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFileOutputStream) stream = NULL;
      g_autoptr(AccCsvWriter) csv = NULL;
      const char * const *headers;
      guint n_columns;
      Sink sink = { 0 };
      gboolean ok;

      /* Written beside the file and renamed at the end: a cancelled or
       * failed export leaves no partial file. */
      partial = g_strconcat (data->path, ".part", NULL);
      file = g_file_new_for_path (partial);
      stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
      if (stream == NULL)
        return FALSE;
      csv = acc_csv_writer_new (G_OUTPUT_STREAM (stream));
      headers = acc_book_get_headers (data->book, &n_columns);
      sink.csv = csv;
      sink.cancellable = cancellable;
      sink.progress = &data->progress;
      sink.scale = 1.0;
      ok = acc_csv_writer_write_row (csv, headers, n_columns, cancellable, error)
           && read_rows (data, &sink, cancellable, error)
           && acc_csv_writer_flush (csv, cancellable, error)
           && g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
      if (ok && g_rename (partial, data->path) != 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("The export cannot be written to %s: %s"), data->path, g_strerror (saved));
          ok = FALSE;
        }
      if (!ok)
        {
          g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
          g_unlink (partial);
          return FALSE;
        }
      *n_rows = sink.rows;
    }
  progress_report (&data->progress, 1.0, TRUE);
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object G_GNUC_UNUSED,
               gpointer      task_data,
               GCancellable *cancellable)
{
  guint n_rows = 0;
  GError *error = NULL;

  if (!run_export (task_data, cancellable, &n_rows, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n_rows);
}

static ExportData *
export_data_new (AccRepository        *repository,
                 AccBook               book,
                 const GDate          *from,
                 const GDate          *to,
                 AccExportFormat       format,
                 const char           *path,
                 AccExportProgressFunc progress,
                 gpointer              progress_data)
{
  ExportData *data = g_new0 (ExportData, 1);

  data->repository = g_object_ref (repository);
  data->book = book;
  data->from = *from;
  data->to = *to;
  data->format = format;
  data->path = g_strdup (path);
  /* Read here, on the caller's connection: a short query. */
  data->title = organisation_name (repository);
  data->progress.func = progress;
  data->progress.data = progress_data;
  return data;
}

/**
 * acc_export_book_async:
 * @from: the first day, local time
 * @to: the last day, included
 * @progress: (nullable): called on the thread-default main context of the
 *   caller
 *
 * Exports @book on a worker thread, with a connection of its own to the
 * database.
 */
void
acc_export_book_async (AccRepository        *repository,
                       AccBook               book,
                       const GDate          *from,
                       const GDate          *to,
                       AccExportFormat       format,
                       const char           *path,
                       GCancellable         *cancellable,
                       AccExportProgressFunc progress,
                       gpointer              progress_data,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (ACC_IS_REPOSITORY (repository));
  g_return_if_fail (from != NULL && to != NULL && path != NULL);

  task = g_task_new (repository, cancellable, callback, user_data);
  g_task_set_source_tag (task, acc_export_book_async);
  data = export_data_new (repository, book, from, to, format, path, progress, progress_data);
  data->progress.context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
acc_export_book_finish (AccRepository  *repository,
                        GAsyncResult   *result,
                        guint          *n_rows,
                        GError        **error)
{
  gssize rows;

  g_return_val_if_fail (g_task_is_valid (result, repository), FALSE);

  rows = g_task_propagate_int (G_TASK (result), error);
  if (rows < 0)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = (guint) rows;
  return TRUE;
}

/**
 * acc_export_book:
 *
 * acc_export_book_async(), blocking the calling thread (the command line,
 * tests); @progress is called on the calling thread.
 */
gboolean
acc_export_book (AccRepository        *repository,
                 AccBook               book,
                 const GDate          *from,
                 const GDate          *to,
                 AccExportFormat       format,
                 const char           *path,
                 GCancellable         *cancellable,
                 AccExportProgressFunc progress,
                 gpointer              progress_data,
                 guint                *n_rows,
                 GError              **error)
{
  ExportData *data;
  guint rows = 0;
  gboolean ok;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), FALSE);

  data = export_data_new (repository, book, from, to, format, path, progress, progress_data);
  ok = run_export (data, cancellable, &rows, error);
  export_data_free (data);
  if (n_rows != NULL)
    *n_rows = rows;
  return ok;
}

/**
 * acc_export_book_to_table:
 *
 * Returns: (transfer full): the table, for GtkPrintOperation.
 */
AccReportTable *
acc_export_book_to_table (AccRepository  *repository,
                          AccBook         book,
                          const GDate    *from,
                          const GDate    *to,
                          GCancellable   *cancellable,
                          GError        **error)
{
  ExportData *data;
  AccReportTable *table;
  Sink sink = { 0 };

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  data = export_data_new (repository, book, from, to, ACC_EXPORT_FORMAT_PDF, "", NULL, NULL);
  table = empty_table (data);
  sink.table = table;
  sink.cancellable = cancellable;
  if (!read_rows (data, &sink, cancellable, error))
    g_clear_pointer (&table, acc_report_table_free);
  export_data_free (data);
  return table;
}
