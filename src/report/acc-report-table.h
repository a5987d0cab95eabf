/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-report-table.h — a table drawn over as many A4 landscape pages as it
 * needs: a title, a subtitle, the column headers on every page and
 * « page n / N » in the footer. The same drawing code serves the PDF writer
 * and GtkPrintOperation's draw-page. No GTK here: the CLI links it. */
#pragma once

#include <gio/gio.h>
#include <cairo.h>

G_BEGIN_DECLS

/* An A4 landscape page in PostScript points. */
#define ACC_REPORT_A4_LANDSCAPE_WIDTH_PT  841.8898
#define ACC_REPORT_A4_LANDSCAPE_HEIGHT_PT 595.2756

typedef struct _AccReportTable AccReportTable;

/* Called from the thread that writes, @done of @total pages written. */
typedef void (*AccReportProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

AccReportTable *acc_report_table_new            (const char          *title,
                                                 const char          *subtitle,
                                                 const char * const  *headers,
                                                 guint                n_columns);
void            acc_report_table_free           (AccReportTable      *table);
/* Relative widths of the columns (default: all equal). */
void            acc_report_table_set_column_weights (AccReportTable  *table,
                                                 const double        *weights);
/* Copies the @n_columns fields (a %NULL field is drawn empty). Cells are
 * drawn on one line, ellipsized: rows have a fixed height, so pages are
 * counted without laying out each row. */
void            acc_report_table_add_row        (AccReportTable      *table,
                                                 const char * const  *fields);
guint           acc_report_table_get_n_rows     (AccReportTable      *table);
/* Pages needed on a page of this size (at least 1, even with no rows). */
guint           acc_report_table_get_n_pages    (AccReportTable      *table,
                                                 double               page_width,
                                                 double               page_height);
/* Draws page @page_no (from 0, as GtkPrintOperation counts) on @cr, whose
 * origin is the page's top-left corner, in points (1/72 inch). */
void            acc_report_table_draw_page      (AccReportTable      *table,
                                                 cairo_t             *cr,
                                                 double               page_width,
                                                 double               page_height,
                                                 guint                page_no);
/* The same, for a table inside a longer document: the foot reads
 * « page @shown_page / @shown_total », the document's numbering. */
void            acc_report_table_draw_page_of   (AccReportTable      *table,
                                                 cairo_t             *cr,
                                                 double               page_width,
                                                 double               page_height,
                                                 guint                page_no,
                                                 guint                shown_page,
                                                 guint                shown_total);

/* Writing a table to a PDF as its rows arrive, A4 landscape: only one
 * page of rows is held at a time, whatever the number of rows. Written
 * beside @path and renamed by acc_report_pdf_finish(): a failed or
 * cancelled export leaves no partial file and spoils no older one. */
typedef struct _AccReportPdf AccReportPdf;

/* Takes @table (its title, headers and column weights; it must hold no
 * rows), to hold each page's rows. */
AccReportPdf   *acc_report_pdf_new              (AccReportTable      *table,
                                                 const char          *path);
/* @total_rows: how many rows the whole table will have (for « page n / N »). */
void            acc_report_pdf_add_row          (AccReportPdf        *pdf,
                                                 const char * const  *fields,
                                                 guint                total_rows);
/* Draws what is left and renames the file into place; frees @pdf. */
gboolean        acc_report_pdf_finish           (AccReportPdf        *pdf,
                                                 GError             **error);
/* Gives up: removes the partial file; frees @pdf. */
void            acc_report_pdf_free             (AccReportPdf        *pdf);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccReportTable, acc_report_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccReportPdf, acc_report_pdf_free)

G_END_DECLS
