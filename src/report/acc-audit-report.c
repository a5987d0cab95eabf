/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-audit-report.c — the « dossier d'audit »: every table of the
 * dashboard, one after the other, in one PDF. Each table is an
 * AccReportTable, so its pages have the same title, headers and footer as
 * the books' exports. */
#define G_LOG_DOMAIN "accueil-report"

#include "config.h"

#include <errno.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "acc-audit-report.h"
#include "acc-report-table.h"

static char *
format_share (guint part,
              guint whole)
{
  if (whole == 0)
    return g_strdup ("—");
  return g_strdup_printf ("%u / %u (%.0f %%)", part, whole, 100.0 * part / whole);
}

static void
add_pair (AccReportTable *table,
          const char     *label,
          char           *value)   /* taken */
{
  const char *fields[] = { label, value };

  acc_report_table_add_row (table, fields);
  g_free (value);
}

static GPtrArray *
build_tables (AccStats   *stats,
              const char *subtitle)
{
  static const char * const call_steps[ACC_STATS_N_CALL_STEPS] = {
    N_("Greeting given"), N_("Reason asked"), N_("Name asked"), N_("Organisation presented"),
  };
  static const char * const visit_steps[ACC_STATS_N_VISIT_STEPS] = {
    N_("Introduced oneself"), N_("Reason asked"), N_("Informed"), N_("Supervisor called"), N_("Oriented"),
  };
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) acc_report_table_free);
  guint calls = acc_stats_get_count (stats, ACC_CHANNEL_PHONE);
  guint visits = acc_stats_get_count (stats, ACC_CHANNEL_VISIT);
  AccReportTable *table;

  {
    const char *headers[] = { _("Indicator"), _("Value") };

    table = acc_report_table_new (_("Audit file — summary"), subtitle, headers, 2);
    add_pair (table, _("Calls"), g_strdup_printf ("%u", calls));
    add_pair (table, _("Visits"), g_strdup_printf ("%u", visits));
    add_pair (table, _("Messages taken"), g_strdup_printf ("%u", acc_stats_get_message_count (stats)));
    add_pair (table, _("Median time to read a message"), acc_format_delay (acc_stats_get_median_read_us (stats)));
    add_pair (table, _("Median time to handle a message"), acc_format_delay (acc_stats_get_median_handle_us (stats)));
    add_pair (table, _("Messages handled by the due time"),
              format_share (acc_stats_get_messages_on_time (stats), acc_stats_get_messages_with_due (stats)));
    add_pair (table, _("Messages overdue now"), g_strdup_printf ("%u", acc_stats_get_messages_overdue_now (stats)));
    add_pair (table, _("Answering machine switched off at the start of a slot"),
              format_share (acc_stats_get_boundaries_confirmed (stats, FALSE),
                            acc_stats_get_boundaries_expected (stats, FALSE)));
    add_pair (table, _("Answering machine switched on at the end of a slot"),
              format_share (acc_stats_get_boundaries_confirmed (stats, TRUE),
                            acc_stats_get_boundaries_expected (stats, TRUE)));
    g_ptr_array_add (tables, table);
  }
  {
    const char *headers[] = { _("Outcome"), _("Calls"), _("Visits") };

    table = acc_report_table_new (_("Outcomes"), subtitle, headers, 3);
    for (guint o = 0; o < ACC_STATS_N_OUTCOMES; o++)
      {
        g_autofree char *c = g_strdup_printf ("%u", acc_stats_get_outcome_count (stats, ACC_CHANNEL_PHONE, o));
        g_autofree char *v = g_strdup_printf ("%u", acc_stats_get_outcome_count (stats, ACC_CHANNEL_VISIT, o));
        const char *fields[] = { acc_outcome_label (o), c, v };

        acc_report_table_add_row (table, fields);
      }
    g_ptr_array_add (tables, table);
  }
  {
    const char *headers[] = { _("Body"), _("Orientations") };

    table = acc_report_table_new (_("Orientations by body"), subtitle, headers, 2);
    for (guint i = 0; i < acc_stats_get_n_orientations (stats); i++)
      {
        guint count;
        const char *name = acc_stats_get_orientation (stats, i, NULL, &count);

        add_pair (table, name != NULL ? name : _("(no body recorded)"), g_strdup_printf ("%u", count));
      }
    g_ptr_array_add (tables, table);
  }
  {
    const char *headers[] = { _("Step of the procedure"), _("Done") };

    table = acc_report_table_new (_("Procedure checklist"), subtitle, headers, 2);
    for (guint s = 0; s < ACC_STATS_N_CALL_STEPS; s++)
      {
        g_autofree char *label = g_strdup_printf (_("Call: %s"), _(call_steps[s]));

        add_pair (table, label, format_share (acc_stats_get_step_count (stats, ACC_CHANNEL_PHONE, s), calls));
      }
    for (guint s = 0; s < ACC_STATS_N_VISIT_STEPS; s++)
      {
        g_autofree char *label = g_strdup_printf (_("Visit: %s"), _(visit_steps[s]));

        add_pair (table, label, format_share (acc_stats_get_step_count (stats, ACC_CHANNEL_VISIT, s), visits));
      }
    g_ptr_array_add (tables, table);
  }
  {
    static const char * const days[] = { N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
                                         N_("Friday"), N_("Saturday"), N_("Sunday") };
    const char *headers[1 + 14];
    char *hour_texts[14] = { NULL };

    /* 7 h to 20 h: the hours of a front desk; earlier and later calls are
     * counted in the first and last columns. */
    headers[0] = _("Day");
    for (int h = 0; h < 14; h++)
      {
        hour_texts[h] = h == 0 ? g_strdup (_("≤ 7 h")) : h == 13 ? g_strdup (_("≥ 20 h")) : g_strdup_printf (_("%d h"), h + 7);
        headers[1 + h] = hour_texts[h];
      }
    table = acc_report_table_new (_("Calls by day of the week and hour"), subtitle, headers, 15);
    for (int d = 1; d <= 7; d++)
      {
        char *cells[14] = { NULL };
        const char *fields[15];

        fields[0] = _(days[d - 1]);
        for (int column = 0; column < 14; column++)
          {
            guint n = 0;

            for (int h = 0; h < 24; h++)
              if ((column == 0 && h <= 7) || (column == 13 && h >= 20) || h == column + 7)
                n += acc_stats_get_week_hour_count (stats, ACC_CHANNEL_PHONE, d, h);
            cells[column] = g_strdup_printf ("%u", n);
            fields[1 + column] = cells[column];
          }
        acc_report_table_add_row (table, fields);
        for (int column = 0; column < 14; column++)
          g_free (cells[column]);
      }
    for (int h = 0; h < 14; h++)
      g_free (hour_texts[h]);
    g_ptr_array_add (tables, table);
  }
  {
    const char *headers[] = { _("Day"), _("Calls"), _("Visits") };

    table = acc_report_table_new (_("Calls and visits by day"), subtitle, headers, 3);
    for (guint i = 0; i < acc_stats_get_n_days (stats); i++)
      {
        guint c, v;
        const char *day = acc_stats_get_day (stats, i, &c, &v);
        g_autofree char *c_text = g_strdup_printf ("%u", c);
        g_autofree char *v_text = g_strdup_printf ("%u", v);
        const char *fields[] = { day, c_text, v_text };

        acc_report_table_add_row (table, fields);
      }
    g_ptr_array_add (tables, table);
  }
  return tables;
}

/**
 * acc_audit_report_write_pdf:
 * @organisation: (nullable): the organisation's name, in the subtitle
 * @path: the PDF to write, replaced if it exists
 *
 * Writes the « dossier d'audit » of @stats: a summary, the outcomes, the
 * orientations, the checklist, the calls by day of the week and hour, and
 * the calls and visits by day, each a table on A4 landscape pages. Written
 * beside @path and renamed at the end: a failure leaves no partial file.
 * @stats is only read: this can run on a worker thread.
 */
gboolean
acc_audit_report_write_pdf (AccStats      *stats,
                            const char    *organisation,
                            const char    *path,
                            GCancellable  *cancellable,
                            GError       **error)
{
  const double pw = ACC_REPORT_A4_LANDSCAPE_WIDTH_PT;
  const double ph = ACC_REPORT_A4_LANDSCAPE_HEIGHT_PT;
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (acc_stats_get_from (stats) / G_USEC_PER_SEC);
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (acc_stats_get_to (stats) / G_USEC_PER_SEC - 1);
  g_autofree char *from_text = g_date_time_format (from, "%d/%m/%Y");
  g_autofree char *last_text = g_date_time_format (last, "%d/%m/%Y");
  g_autofree char *period = g_strdup_printf (_("From %s to %s"), from_text, last_text);
  g_autofree char *subtitle = organisation != NULL && *organisation != '\0'
                              ? g_strdup_printf ("%s — %s", organisation, period) : g_strdup (period);
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint total_pages = 0, shown_page = 0;

  g_return_val_if_fail (ACC_IS_STATS (stats), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tables = build_tables (stats, subtitle);
  partial = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (partial, pw, ph);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Audit file"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accueil " PACKAGE_VERSION);
  cr = cairo_create (surface);
  /* One numbering for the whole file, as the auditor reads it. */
  for (guint t = 0; t < tables->len; t++)
    total_pages += acc_report_table_get_n_pages (g_ptr_array_index (tables, t), pw, ph);
  for (guint t = 0; t < tables->len && cairo_status (cr) == CAIRO_STATUS_SUCCESS; t++)
    {
      AccReportTable *table = g_ptr_array_index (tables, t);
      guint n_pages = acc_report_table_get_n_pages (table, pw, ph);

      for (guint page = 0; page < n_pages; page++)
        {
          acc_report_table_draw_page_of (table, cr, pw, ph, page, ++shown_page, total_pages);
          cairo_show_page (cr);
        }
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (partial);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report cannot be written to %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The report cannot be written to %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
