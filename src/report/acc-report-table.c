/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-report-table.c — a table report over A4 landscape pages. Rows have a
 * fixed height and cells are ellipsized on one line, so that the page count
 * is known without laying out a million rows, and each page lays out only
 * its own cells through one reused PangoLayout. */
#define G_LOG_DOMAIN "accueil-report"

#include "config.h"

#include "acc-report-table.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <errno.h>

#define FONT_FAMILY   "Sans"
#define MARGIN_PT     28.0
#define TITLE_H       22.0
#define SUBTITLE_H    16.0
#define HEADER_GAP    8.0
#define HEADER_H      18.0
#define ROW_H         14.0
#define FOOTER_H      18.0
#define CELL_PAD      3.0

struct _AccReportTable
{
  char         *title;
  char         *subtitle;
  guint         n_columns;
  char        **headers;
  double       *weights;
  GStringChunk *strings;
  /* n_rows × n_columns interned strings, row after row. */
  GPtrArray    *cells;
};

/**
 * acc_report_table_new:
 * @title: the report's title, e.g. the organisation's name
 * @subtitle: (nullable): e.g. the period
 * @headers: the @n_columns column headers
 *
 * Returns: (transfer full): an empty table; free with acc_report_table_free().
 */
AccReportTable *
acc_report_table_new (const char         *title,
                      const char         *subtitle,
                      const char * const *headers,
                      guint               n_columns)
{
  AccReportTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (headers != NULL, NULL);

  table = g_new0 (AccReportTable, 1);
  table->title = g_strdup (title != NULL ? title : "");
  table->subtitle = g_strdup (subtitle);
  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->weights = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      table->headers[i] = g_strdup (headers[i] != NULL ? headers[i] : "");
      table->weights[i] = 1.0;
    }
  table->strings = g_string_chunk_new (64 * 1024);
  table->cells = g_ptr_array_new ();
  return table;
}

void
acc_report_table_free (AccReportTable *table)
{
  if (table == NULL)
    return;
  g_free (table->title);
  g_free (table->subtitle);
  g_strfreev (table->headers);
  g_free (table->weights);
  g_string_chunk_free (table->strings);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

/**
 * acc_report_table_set_column_weights:
 * @weights: n_columns positive relative widths
 */
void
acc_report_table_set_column_weights (AccReportTable *table,
                                     const double   *weights)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (weights != NULL);

  for (guint i = 0; i < table->n_columns; i++)
    table->weights[i] = weights[i] > 0 ? weights[i] : 1.0;
}

/**
 * acc_report_table_add_row:
 * @fields: n_columns strings, copied; a %NULL field is drawn empty
 *
 * Identical strings are stored once (labels, names repeat a lot).
 */
void
acc_report_table_add_row (AccReportTable     *table,
                          const char * const *fields)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *field = fields[i];

      g_ptr_array_add (table->cells,
                       field != NULL && *field != '\0'
                         ? g_string_chunk_insert_const (table->strings, field)
                         : NULL);
    }
}

guint
acc_report_table_get_n_rows (AccReportTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->cells->len / table->n_columns;
}

static guint
rows_per_page (double page_height)
{
  double body = page_height - 2 * MARGIN_PT - TITLE_H - SUBTITLE_H - HEADER_GAP
                - HEADER_H - FOOTER_H;

  return MAX (1, (guint) (body / ROW_H));
}

/**
 * acc_report_table_get_n_pages:
 *
 * Returns: how many pages of @page_width × @page_height points the table
 * needs; at least 1, so that an empty period still gives a page that says
 * so.
 */
guint
acc_report_table_get_n_pages (AccReportTable *table,
                              double          page_width,
                              double          page_height)
{
  guint n_rows;
  guint per_page;

  g_return_val_if_fail (table != NULL, 1);

  n_rows = acc_report_table_get_n_rows (table);
  per_page = rows_per_page (page_height);
  return MAX (1, (n_rows + per_page - 1) / per_page);
}

static void
set_font (PangoLayout *layout,
          const char  *font)
{
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       height,
           PangoAlignment alignment)
{
  int text_height;

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_width (layout, (int) (MAX (1.0, width) * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_get_size (layout, NULL, &text_height);
  /* Centred vertically in its band. */
  cairo_move_to (cr, x, y + (height - (double) text_height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

/**
 * acc_report_table_draw_page:
 * @cr: where to draw, in points, the page's top left at 0,0
 * @page_no: the page, from 0
 *
 * Paints one page: the title and subtitle, the column headers, the page's
 * rows and « page n / N ». GtkPrintOperation's draw-page handler calls it
 * (unit points, full page) as the PDF writer does.
 */
void
acc_report_table_draw_page (AccReportTable *table,
                            cairo_t        *cr,
                            double          page_width,
                            double          page_height,
                            guint           page_no)
{
  acc_report_table_draw_page_of (table, cr, page_width, page_height, page_no, page_no + 1,
                                 acc_report_table_get_n_pages (table, page_width, page_height));
}

/**
 * acc_report_table_draw_page_of:
 * @page_no: the table's page, from 0
 * @shown_page: the number its foot shows, from 1
 * @shown_total: the document's number of pages
 *
 * As acc_report_table_draw_page(), for a table that is one part of a
 * document (the audit file): the foot counts the document's pages.
 */
void
acc_report_table_draw_page_of (AccReportTable *table,
                               cairo_t        *cr,
                               double          page_width,
                               double          page_height,
                               guint           page_no,
                               guint           shown_page,
                               guint           shown_total)
{
  PangoContext *context;
  PangoLayout *layout;
  double left = MARGIN_PT;
  double width = page_width - 2 * MARGIN_PT;
  double y = MARGIN_PT;
  double total_weight = 0;
  g_autofree double *x = NULL;
  g_autofree double *w = NULL;
  guint per_page, n_rows, first, last;
  g_autofree char *footer = NULL;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cr != NULL);

  n_rows = acc_report_table_get_n_rows (table);
  per_page = rows_per_page (page_height);
  first = MIN (page_no * per_page, n_rows);
  last = MIN (first + per_page, n_rows);

  cairo_save (cr);
  /* Sizes in points, whatever the surface's resolution. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  layout = pango_layout_new (context);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* The title and the period. */
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  set_font (layout, FONT_FAMILY " Bold 14");
  show_text (cr, layout, table->title, left, y, width, TITLE_H, PANGO_ALIGN_LEFT);
  y += TITLE_H;
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  set_font (layout, FONT_FAMILY " 10");
  show_text (cr, layout, table->subtitle, left, y, width, SUBTITLE_H, PANGO_ALIGN_LEFT);
  y += SUBTITLE_H + HEADER_GAP;

  /* The columns. */
  x = g_new (double, table->n_columns);
  w = g_new (double, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    total_weight += table->weights[i];
  {
    double acc = left;

    for (guint i = 0; i < table->n_columns; i++)
      {
        w[i] = width * table->weights[i] / total_weight;
        x[i] = acc;
        acc += w[i];
      }
  }

  /* The header band, on every page. */
  cairo_set_source_rgb (cr, 0.88, 0.91, 0.95);
  cairo_rectangle (cr, left, y, width, HEADER_H);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  set_font (layout, FONT_FAMILY " Bold 9");
  for (guint i = 0; i < table->n_columns; i++)
    show_text (cr, layout, table->headers[i], x[i] + CELL_PAD, y, w[i] - 2 * CELL_PAD,
               HEADER_H, PANGO_ALIGN_LEFT);
  y += HEADER_H;

  /* The rows, a pale band every other one. */
  set_font (layout, FONT_FAMILY " 8.5");
  for (guint row = first; row < last; row++)
    {
      const char **cells = (const char **) table->cells->pdata + (gsize) row * table->n_columns;

      if ((row - first) % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.96, 0.96, 0.96);
          cairo_rectangle (cr, left, y, width, ROW_H);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      for (guint i = 0; i < table->n_columns; i++)
        show_text (cr, layout, cells[i], x[i] + CELL_PAD, y, w[i] - 2 * CELL_PAD,
                   ROW_H, PANGO_ALIGN_LEFT);
      y += ROW_H;
    }
  if (n_rows == 0)
    {
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_text (cr, layout, _("Nothing in this period."), left + CELL_PAD, y,
                 width, ROW_H, PANGO_ALIGN_LEFT);
    }

  /* The foot. */
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, page_height - MARGIN_PT - FOOTER_H);
  cairo_line_to (cr, left + width, page_height - MARGIN_PT - FOOTER_H);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  set_font (layout, FONT_FAMILY " 8");
  /* Translators: the foot of each page of a report: page 2 / 5 */
  footer = g_strdup_printf (_("page %u / %u"), shown_page, shown_total);
  show_text (cr, layout, footer, left, page_height - MARGIN_PT - FOOTER_H, width,
             FOOTER_H, PANGO_ALIGN_RIGHT);

  g_object_unref (layout);
  g_object_unref (context);
  cairo_restore (cr);
}

/* The PDF writer -------------------------------------------------------- */

struct _AccReportPdf
{
  AccReportTable  *table;      /* the rows of the page being filled */
  char            *path;
  char            *partial;
  cairo_surface_t *surface;
  cairo_t         *cr;
  guint            total_rows;
  guint            pages_done;
};

static const double pdf_width = ACC_REPORT_A4_LANDSCAPE_WIDTH_PT;
static const double pdf_height = ACC_REPORT_A4_LANDSCAPE_HEIGHT_PT;

AccReportPdf *
acc_report_pdf_new (AccReportTable *table,
                    const char     *path)
{
  AccReportPdf *pdf;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (acc_report_table_get_n_rows (table) == 0, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  pdf = g_new0 (AccReportPdf, 1);
  pdf->table = table;
  pdf->path = g_strdup (path);
  pdf->partial = g_strconcat (path, ".part", NULL);
  pdf->surface = cairo_pdf_surface_create (pdf->partial, pdf_width, pdf_height);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, table->title);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATOR, "Accueil " PACKAGE_VERSION);
  pdf->cr = cairo_create (pdf->surface);
  return pdf;
}

static guint
pdf_total_pages (AccReportPdf *pdf)
{
  guint per_page = rows_per_page (pdf_height);

  return MAX (1, (pdf->total_rows + per_page - 1) / per_page);
}

/* Draws the rows held as the next page, and forgets them. */
static void
pdf_flush_page (AccReportPdf *pdf)
{
  acc_report_table_draw_page_of (pdf->table, pdf->cr, pdf_width, pdf_height, 0,
                                 pdf->pages_done + 1, MAX (pdf_total_pages (pdf), pdf->pages_done + 1));
  cairo_show_page (pdf->cr);
  pdf->pages_done++;
  g_ptr_array_set_size (pdf->table->cells, 0);
  g_string_chunk_clear (pdf->table->strings);
}

void
acc_report_pdf_add_row (AccReportPdf       *pdf,
                        const char * const *fields,
                        guint               total_rows)
{
  g_return_if_fail (pdf != NULL);

  pdf->total_rows = MAX (total_rows, pdf->total_rows);
  acc_report_table_add_row (pdf->table, fields);
  if (acc_report_table_get_n_rows (pdf->table) == rows_per_page (pdf_height))
    pdf_flush_page (pdf);
}

static void
pdf_close (AccReportPdf *pdf)
{
  g_clear_pointer (&pdf->cr, cairo_destroy);
  if (pdf->surface != NULL)
    {
      cairo_surface_finish (pdf->surface);
      g_clear_pointer (&pdf->surface, cairo_surface_destroy);
    }
}

void
acc_report_pdf_free (AccReportPdf *pdf)
{
  if (pdf == NULL)
    return;
  if (pdf->surface != NULL)
    {
      pdf_close (pdf);
      g_unlink (pdf->partial);
    }
  acc_report_table_free (pdf->table);
  g_free (pdf->path);
  g_free (pdf->partial);
  g_free (pdf);
}

/**
 * acc_report_pdf_finish:
 *
 * Draws the last page (or the one page of an empty table, which says so)
 * and puts the file in place.
 *
 * Returns: whether the PDF was written at its path.
 */
gboolean
acc_report_pdf_finish (AccReportPdf  *pdf,
                       GError       **error)
{
  g_autoptr(AccReportPdf) owned = pdf;
  cairo_status_t status;

  g_return_val_if_fail (pdf != NULL, FALSE);

  if (acc_report_table_get_n_rows (pdf->table) > 0 || pdf->pages_done == 0)
    pdf_flush_page (pdf);
  status = cairo_status (pdf->cr);
  cairo_surface_finish (pdf->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (pdf->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report cannot be written to %s: %s"), pdf->path,
                   cairo_status_to_string (status));
      return FALSE;   /* acc_report_pdf_free() removes the partial file */
    }
  pdf_close (pdf);
  if (g_rename (pdf->partial, pdf->path) != 0)
    {
      int saved = errno;

      g_unlink (pdf->partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The report cannot be written to %s: %s"), pdf->path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
