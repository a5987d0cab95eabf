/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-export-books.h — exporting the calls book, the visits register and
 * the messages book for a period, as CSV (for French spreadsheets) or PDF
 * (through AccReportTable), on a worker thread with a connection of its
 * own. The rows come from acc_repository_read_book() in the core. */
#pragma once

#include <gio/gio.h>

#include "acc-core.h"
#include "acc-report-table.h"

G_BEGIN_DECLS

typedef enum
{
  ACC_EXPORT_FORMAT_CSV,
  ACC_EXPORT_FORMAT_PDF,
} AccExportFormat;

/* Called on the main context of the thread that started the export, at
 * most about ten times a second; @fraction from 0 to 1. */
typedef void (*AccExportProgressFunc) (double   fraction,
                                       gpointer user_data);

/* "From 01/11/2026 to 30/11/2026", translated. */
char           *acc_export_format_period   (const GDate     *from,
                                            const GDate     *to);
/* YYYY-MM-DD or dd/mm/yyyy. */
gboolean        acc_export_parse_date      (const char      *text,
                                            GDate           *date);

/* The book's rows from @from to @to (whole days, local time, both
 * included) as a table titled with the organisation's name; for printing.
 * Blocks: call it on a worker thread for a long period. */
AccReportTable *acc_export_book_to_table   (AccRepository   *repository,
                                            AccBook          book,
                                            const GDate     *from,
                                            const GDate     *to,
                                            GCancellable    *cancellable,
                                            GError         **error);

/* Writes @path (replaced; on error or cancellation nothing is left at
 * @path). _finish gives the number of rows written. */
void            acc_export_book_async      (AccRepository        *repository,
                                            AccBook               book,
                                            const GDate          *from,
                                            const GDate          *to,
                                            AccExportFormat       format,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            AccExportProgressFunc progress,
                                            gpointer              progress_data,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean        acc_export_book_finish     (AccRepository        *repository,
                                            GAsyncResult         *result,
                                            guint                *n_rows,
                                            GError              **error);
/* The same, blocking; @progress is called on the calling thread. */
gboolean        acc_export_book            (AccRepository        *repository,
                                            AccBook               book,
                                            const GDate          *from,
                                            const GDate          *to,
                                            AccExportFormat       format,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            AccExportProgressFunc progress,
                                            gpointer              progress_data,
                                            guint                *n_rows,
                                            GError              **error);

G_END_DECLS
