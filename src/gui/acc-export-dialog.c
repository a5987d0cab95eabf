/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-export-dialog.c — « Exporter… » for the calls book, the visits
 * register and the messages book: the period, the format, the file, then
 * the export on a worker thread (acc-export-books.c) with a progress bar
 * and Cancel. « Imprimer… » prints the same table with GtkPrintOperation,
 * drawn by acc_report_table_draw_page() as the PDF is. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-export-dialog.h"
#include "acc-export-books.h"

struct _AccExportDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccBook book;
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;

  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkDropDown *format_dropdown;
  GtkLabel *status_label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
  GtkButton *print_button;
  GtkButton *export_button;
  GtkWidget *form;

  /* Closed while working: the callbacks must not touch the widgets. */
  gboolean disposed;
};

G_DEFINE_FINAL_TYPE (AccExportDialog, acc_export_dialog, ADW_TYPE_WINDOW)

static void
set_busy (AccExportDialog *self,
          gboolean         busy)
{
  gtk_widget_set_sensitive (self->form, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_button_set_label (self->cancel_button, busy ? _("_Cancel") : _("_Close"));
}

static void
show_status (AccExportDialog *self,
             const char      *text)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL && *text != '\0');
}

static gboolean
read_period (AccExportDialog *self,
             GDate           *from,
             GDate           *to)
{
  if (!acc_export_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)), from)
      || !acc_export_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)), to))
    {
      show_status (self, _("Write the dates as DD/MM/YYYY."));
      return FALSE;
    }
  if (g_date_compare (from, to) > 0)
    {
      show_status (self, _("The period ends before it starts."));
      return FALSE;
    }
  return TRUE;
}

static AccExportFormat
get_format (AccExportDialog *self)
{
  return gtk_drop_down_get_selected (self->format_dropdown) == 1 ? ACC_EXPORT_FORMAT_PDF
                                                                  : ACC_EXPORT_FORMAT_CSV;
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AccExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AccExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  gboolean ok = acc_export_book_finish (ACC_REPOSITORY (source), result, &n_rows, &error);

  if (self->disposed)
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (self, _("The export was cancelled: no file was written."));
      else
        show_status (self, error->message);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row exported.",
                                                          "%u rows exported.", n_rows), n_rows);
    show_status (self, text);
  }
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                AccExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GDate from, to;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || !read_period (self, &from, &to))
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    return;

  show_status (self, NULL);
  set_busy (self, TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  self->cancellable = g_cancellable_new ();
  acc_export_book_async (self->repository, self->book, &from, &to, get_format (self), path,
                         self->cancellable, on_progress, self, on_exported, g_object_ref (self));
}

static void
on_export_clicked (AccExportDialog *self)
{
  g_autofree char *name = NULL;
  GDate from, to;
  char month[16];

  if (!read_period (self, &from, &to))
    return;
  g_date_strftime (month, sizeof month, "%Y-%m-%d", &from);
  /* Translators: the suggested file name: the book, then the first day */
  name = g_strdup_printf ("%s-%s.%s", acc_book_to_string (self->book), month,
                          get_format (self) == ACC_EXPORT_FORMAT_PDF ? "pdf" : "csv");
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked (AccExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Printing */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                AccReportTable    *table)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) acc_report_table_get_n_pages (table,
                                                                       gtk_print_context_get_width (context),
                                                                       gtk_print_context_get_height (context)));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_number,
              AccReportTable    *table)
{
  acc_report_table_draw_page (table, gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), (guint) page_number);
}

/**
 * acc_export_dialog_new_print_operation:
 * @table: (transfer full): what to print; the operation keeps it
 * @job_name: the print job's name
 *
 * Returns: (transfer full): an operation that prints @table on A4
 * landscape pages, in points on the whole sheet, with the drawing code of
 * the PDF export (acc_report_table_draw_page()).
 */
GtkPrintOperation *
acc_export_dialog_new_print_operation (AccReportTable *table,
                                       const char     *job_name)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (table != NULL, NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  if (job_name != NULL)
    gtk_print_operation_set_job_name (operation, job_name);
  /* The operation keeps the table for as long as it prints. */
  g_object_set_data_full (G_OBJECT (operation), "acc-report-table", table,
                          (GDestroyNotify) acc_report_table_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), table);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), table);
  return operation;
}

typedef struct
{
  AccRepository *repository;
  AccBook book;
  GDate from;
  GDate to;
} TableData;

static void
table_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TableData *data = task_data;
  GError *error = NULL;
  AccReportTable *table;

  table = acc_export_book_to_table (data->repository, data->book, &data->from, &data->to,
                                    cancellable, &error);
  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, (GDestroyNotify) acc_report_table_free);
}

static void
table_data_free (TableData *data)
{
  g_object_unref (data->repository);
  g_free (data);
}

static void
on_table_ready (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AccExportDialog *self = ACC_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  AccReportTable *table;

  table = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->disposed)
    {
      g_clear_pointer (&table, acc_report_table_free);
      return;
    }
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (table == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (self, error->message);
      return;
    }

  operation = acc_export_dialog_new_print_operation (table, acc_book_get_title (self->book));
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_status (self, error->message);
}

static void
on_print_clicked (AccExportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  TableData *data;
  GDate from, to;

  if (!read_period (self, &from, &to))
    return;
  show_status (self, NULL);
  set_busy (self, TRUE);
  gtk_progress_bar_pulse (self->progress_bar);
  self->cancellable = g_cancellable_new ();
  data = g_new0 (TableData, 1);
  data->repository = g_object_ref (self->repository);
  data->book = self->book;
  data->from = from;
  data->to = to;
  task = g_task_new (self, self->cancellable, on_table_ready, NULL);
  g_task_set_source_tag (task, on_print_clicked);
  g_task_set_task_data (task, data, (GDestroyNotify) table_data_free);
  g_task_run_in_thread (task, table_thread);
}

static GtkEntry *
add_date_row (GtkGrid    *grid,
              int         row,
              const char *label_text,
              const char *accessible,
              GDateTime  *value)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = g_date_time_format (value, "%d/%m/%Y");

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("DD/MM/YYYY"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

static void
acc_export_dialog_dispose (GObject *object)
{
  AccExportDialog *self = ACC_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_export_dialog_parent_class)->dispose (object);
}

static void
acc_export_dialog_class_init (AccExportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = acc_export_dialog_dispose;
}

static void
acc_export_dialog_init (AccExportDialog *self)
{
  const char *formats[] = { N_("CSV (spreadsheet)"), N_("PDF"), NULL };
  const char *translated[] = { _(formats[0]), _(formats[1]), NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) last = NULL;
  GtkWidget *box, *header, *grid, *label, *buttons;

  first = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 1, 0, 0, 0);
  next = g_date_time_add_months (first, 1);
  last = g_date_time_add_days (next, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  grid = gtk_grid_new ();
  self->form = grid;
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  self->from_entry = add_date_row (GTK_GRID (grid), 0, _("_From"), _("First day"), first);
  self->to_entry = add_date_row (GTK_GRID (grid), 1, _("_To"), _("Last day"), last);
  label = gtk_label_new_with_mnemonic (_("_Format"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  self->format_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (translated));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->format_dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->format_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Format"), -1);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->format_dropdown), 1, 2, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);

  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (self->progress_bar), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->progress_bar), 18);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export progress"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_bar));

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_max_width_chars (self->status_label, 40);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_start (buttons, 18);
  gtk_widget_set_margin_end (buttons, 18);
  gtk_widget_set_margin_bottom (buttons, 18);
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Close")));
  self->print_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Print…")));
  self->export_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Export…")));
  gtk_widget_add_css_class (GTK_WIDGET (self->export_button), "suggested-action");
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked), self);
  g_signal_connect_swapped (self->print_button, "clicked", G_CALLBACK (on_print_clicked), self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (on_export_clicked), self);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->cancel_button));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->print_button));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->export_button));
  gtk_box_append (GTK_BOX (box), buttons);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->export_button));
}

/**
 * acc_export_dialog_present:
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself when
 * closed.
 */
AccExportDialog *
acc_export_dialog_present (GtkWindow     *parent,
                           AccRepository *repository,
                           AccBook        book)
{
  AccExportDialog *self;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_EXPORT_DIALOG, NULL);
  self->repository = g_object_ref (repository);
  self->book = book;
  /* Translators: the export dialog's title, e.g. Export the Calls book */
  {
    g_autofree char *title = g_strdup_printf (_("Export: %s"), acc_book_get_title (book));
    gtk_window_set_title (GTK_WINDOW (self), title);
  }
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
