/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-import-dialog.c — importing contacts or directory entries from a CSV
 * or vCard file: a preview of the first rows with the column mapping, the
 * choices for bad lines and duplicates, a progress bar that can be
 * cancelled, then the report with the bad lines. Also the export's file
 * chooser. The work is the core's (acc-import.h), on a worker thread. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-import-dialog.h"

/* Rows the preview shows. */
#define PREVIEW_ROWS 5

struct _AccImportDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccImportTarget target;
  GFile *file;
  GCancellable *cancellable;
  AccImportPreview *preview;
  AccImportReport *report;
  GPtrArray *mapping_dropdowns;   /* GtkDropDown, one a column */
  GArray *field_of_choice;        /* AccImportField, by drop-down position */

  GtkStack *stack;
  GtkLabel *format_label;
  GtkGrid *preview_grid;
  AdwComboRow *on_error_row;
  AdwComboRow *duplicates_row;
  GtkButton *import_button;
  GtkButton *cancel_button;
  GtkProgressBar *progress_bar;
  GtkLabel *report_label;
  GtkListBox *problems_list;
  GtkLabel *error_label;
  /* Destroyed while the worker runs: its callbacks find no widgets. */
  gboolean disposed;
};

G_DEFINE_FINAL_TYPE (AccImportDialog, acc_import_dialog, ADW_TYPE_WINDOW)

static void
show_error (AccImportDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
}

/* The fields a column of this target can hold. */
static gboolean
field_fits_target (AccImportField  field,
                   AccImportTarget target)
{
  if (target == ACC_IMPORT_TARGET_CONTACTS)
    return field != ACC_IMPORT_FIELD_CATEGORY && field != ACC_IMPORT_FIELD_WEBSITE
           && field != ACC_IMPORT_FIELD_HOURS;
  return field != ACC_IMPORT_FIELD_KIND && field != ACC_IMPORT_FIELD_FIRST_NAME
         && field != ACC_IMPORT_FIELD_ORGANISATION;
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text != NULL ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (label, heading ? "heading" : "caption");
  return label;
}

static void
fill_preview (AccImportDialog *self)
{
  AccImportPreview *preview = self->preview;
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *format = NULL;

  for (guint f = 0; f < ACC_IMPORT_N_FIELDS; f++)
    if (field_fits_target (f, self->target))
      {
        AccImportField field = f;

        g_array_append_val (self->field_of_choice, field);
        gtk_string_list_append (choices, acc_import_field_get_label (field));
      }

  if (preview->format == ACC_IMPORT_FORMAT_VCARD)
    format = g_strdup (_("vCard file"));
  else
    /* Translators: "CSV file, separator ;, UTF-8" */
    format = g_strdup_printf (_("CSV file, separator %s, %s"),
                              preview->separator == '\t' ? _("tab") : (char[]) { preview->separator, '\0' },
                              acc_csv_encoding_to_string (preview->encoding));
  gtk_label_set_text (self->format_label, format);

  for (guint c = 0; c < preview->n_columns; c++)
    {
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
      g_autofree char *accessible = NULL;

      gtk_grid_attach (self->preview_grid, cell_label (preview->header[c], TRUE), c, 0, 1, 1);
      /* Translators: the accessible name of a column's mapping; %s is its header */
      accessible = g_strdup_printf (_("Column “%s” holds"), preview->header[c]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      for (guint i = 0; i < self->field_of_choice->len; i++)
        if (g_array_index (self->field_of_choice, AccImportField, i) == preview->mapping[c])
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
      gtk_widget_set_sensitive (dropdown, preview->format == ACC_IMPORT_FORMAT_CSV);
      gtk_grid_attach (self->preview_grid, dropdown, c, 1, 1, 1);
      g_ptr_array_add (self->mapping_dropdowns, dropdown);

      for (guint r = 0; r < preview->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (preview->rows, r);

          gtk_grid_attach (self->preview_grid, cell_label (row[c], FALSE), c, r + 2, 1, 1);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_row), self->target == ACC_IMPORT_TARGET_CONTACTS);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);
}

static void
on_preview_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(AccImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->preview = acc_import_preview_finish (result, &error);
  if (self->disposed)
    return;
  if (self->preview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  fill_preview (self);
}

static void
on_progress (double   fraction,
             guint    rows_done,
             gpointer user_data)
{
  AccImportDialog *self = user_data;
  g_autofree char *text = NULL;

  if (self->disposed)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  text = g_strdup_printf (ngettext ("%u row read", "%u rows read", rows_done), rows_done);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
show_report (AccImportDialog *self)
{
  AccImportReport *report = self->report;
  g_autofree char *summary = NULL;

  if (report->aborted)
    summary = g_strdup_printf (ngettext ("Nothing was imported: %u line is wrong. Correct it, or choose "
                                         "to skip bad lines.",
                                         "Nothing was imported: %u lines are wrong. Correct them, or "
                                         "choose to skip bad lines.",
                                         report->problems->len),
                               report->problems->len);
  else
    /* Translators: a summary; each %u is a number of rows */
    summary = g_strdup_printf (_("Rows read: %u. Imported: %u. Merged into existing ones: %u. "
                                 "Duplicates skipped: %u. Bad lines skipped: %u."),
                               report->rows_read, report->imported, report->merged,
                               report->skipped, report->problems->len);
  gtk_label_set_text (self->report_label, summary);

  for (guint i = 0; i < report->problems->len; i++)
    {
      AccImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *line = g_strdup_printf (_("Line %u"), problem->line);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem->reason);
      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), report->problems->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AccImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->report = acc_repository_import_finish (ACC_REPOSITORY (source), result, &error);
  g_clear_object (&self->cancellable);
  if (self->disposed)
    return;
  if (self->report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("The import was cancelled: nothing was stored."));
      else
        show_error (self, error->message);
      return;
    }
  show_report (self);
}

static void
on_import_clicked (AccImportDialog *self)
{
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autofree AccImportField *mapping = NULL;

  if (self->preview == NULL)
    return;

  options.target = self->target;
  options.on_error = adw_combo_row_get_selected (self->on_error_row) == 1
                     ? ACC_IMPORT_ON_ERROR_SKIP : ACC_IMPORT_ON_ERROR_ABORT;
  options.duplicates = adw_combo_row_get_selected (self->duplicates_row) == 1
                       ? ACC_IMPORT_DUPLICATES_SKIP : ACC_IMPORT_DUPLICATES_MERGE;
  if (self->preview->format == ACC_IMPORT_FORMAT_CSV)
    {
      mapping = g_new0 (AccImportField, self->preview->n_columns);
      for (guint c = 0; c < self->preview->n_columns; c++)
        {
          guint chosen = gtk_drop_down_get_selected (g_ptr_array_index (self->mapping_dropdowns, c));

          mapping[c] = chosen < self->field_of_choice->len
                       ? g_array_index (self->field_of_choice, AccImportField, chosen)
                       : ACC_IMPORT_FIELD_IGNORE;
        }
      options.mapping = mapping;
      options.n_columns = self->preview->n_columns;
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  /* The options are copied by the core before this returns. */
  acc_repository_import_async (self->repository, self->file, &options, self->cancellable,
                               on_progress, self, on_import_done, g_object_ref (self));
}

static void
on_cancel_clicked (AccImportDialog *self)
{
  /* During the import: stop it, nothing is stored; the dialog says so. */
  if (self->cancellable != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "progress") == 0)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static AdwComboRow *
combo_row (const char  *title,
           const char  *first,
           const char  *second)
{
  const char *items[] = { first, second, NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return ADW_COMBO_ROW (row);
}

static void
build (AccImportDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box, *scroller, *options, *spinner, *status;

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_button), _("Cancel (Escape)"));
  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked), self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->stack));

  /* Reading the file's first rows. */
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (self->stack, spinner, "loading");

  /* The preview and the choices. */
  box = page_box ();
  self->format_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->format_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->format_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->format_label));
  status = gtk_label_new (_("The first rows of the file. Under each column, choose what it holds."));
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_box_append (GTK_BOX (box), status);
  self->preview_grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->preview_grid, 12);
  gtk_grid_set_row_spacing (self->preview_grid, 6);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->preview_grid));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  options = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (options), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (options, "boxed-list");
  self->on_error_row = combo_row (_("_Bad lines"), _("Import nothing"), _("Skip them, import the rest"));
  self->duplicates_row = combo_row (_("_Duplicates (same phone or e-mail)"),
                                    _("Merge into the existing contact"), _("Skip them"));
  gtk_list_box_append (GTK_LIST_BOX (options), GTK_WIDGET (self->on_error_row));
  gtk_list_box_append (GTK_LIST_BOX (options), GTK_WIDGET (self->duplicates_row));
  gtk_box_append (GTK_BOX (box), options);
  gtk_stack_add_named (self->stack, box, "preview");

  /* The import running. */
  box = page_box ();
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  status = gtk_label_new (_("Importing… Cancel stores nothing."));
  gtk_box_append (GTK_BOX (box), status);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import progress"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_bar));
  gtk_stack_add_named (self->stack, box, "progress");

  /* The report. */
  box = page_box ();
  self->report_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->report_label, TRUE);
  gtk_label_set_xalign (self->report_label, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->report_label));
  self->problems_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->problems_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problems_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Bad lines"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->problems_list));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_stack_add_named (self->stack, box, "report");

  /* The file could not be read, or the import failed. */
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_label), "error");

  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

static void
acc_import_dialog_dispose (GObject *object)
{
  AccImportDialog *self = ACC_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->repository);
  g_clear_object (&self->file);
  g_clear_pointer (&self->mapping_dropdowns, g_ptr_array_unref);

  G_OBJECT_CLASS (acc_import_dialog_parent_class)->dispose (object);
}

static void
acc_import_dialog_finalize (GObject *object)
{
  AccImportDialog *self = ACC_IMPORT_DIALOG (object);

  g_clear_pointer (&self->preview, acc_import_preview_free);
  g_clear_pointer (&self->report, acc_import_report_free);
  g_clear_pointer (&self->field_of_choice, g_array_unref);

  G_OBJECT_CLASS (acc_import_dialog_parent_class)->finalize (object);
}

static void
acc_import_dialog_class_init (AccImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_import_dialog_dispose;
  object_class->finalize = acc_import_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_import_dialog_init (AccImportDialog *self)
{
  self->mapping_dropdowns = g_ptr_array_new ();
  self->field_of_choice = g_array_new (FALSE, FALSE, sizeof (AccImportField));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 520);
  build (self);
}

/**
 * acc_import_dialog_new:
 * @file: the CSV or vCard file chosen
 *
 * Reads the first rows of @file at once, on a worker thread, and shows them.
 */
AccImportDialog *
acc_import_dialog_new (GtkWindow       *parent,
                       AccRepository   *repository,
                       AccImportTarget  target,
                       GFile           *file)
{
  AccImportDialog *self;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ACC_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->repository = g_object_ref (repository);
  self->target = target;
  self->file = g_object_ref (file);
  gtk_window_set_title (GTK_WINDOW (self),
                        target == ACC_IMPORT_TARGET_CONTACTS ? _("Import Contacts")
                                                             : _("Import Directory Entries"));
  self->cancellable = g_cancellable_new ();
  acc_import_preview_async (file, target, PREVIEW_ROWS, self->cancellable, on_preview_ready,
                            g_object_ref (self));
  return self;
}

/**
 * acc_import_dialog_get_report:
 *
 * Returns: (nullable): the import's report, once it is over.
 */
const AccImportReport *
acc_import_dialog_get_report (AccImportDialog *self)
{
  g_return_val_if_fail (ACC_IS_IMPORT_DIALOG (self), NULL);

  return self->report;
}

/* Choosing files ------------------------------------------------------------ */

typedef struct
{
  GtkWindow *parent;
  AccRepository *repository;
  AccImportTarget target;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->parent);
  g_clear_object (&choice->repository);
  g_free (choice);
}

static Choice *
choice_new (GtkWindow       *parent,
            AccRepository   *repository,
            AccImportTarget  target)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->parent = parent != NULL ? g_object_ref (parent) : NULL;
  choice->repository = g_object_ref (repository);
  choice->target = target;
  return choice;
}

static void
on_import_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        gtk_window_present (GTK_WINDOW (acc_import_dialog_new (choice->parent, choice->repository,
                                                               choice->target, file)));
    }
  choice_free (choice);
  g_object_unref (chooser);
}

void
acc_import_choose_file (GtkWindow       *parent,
                        AccRepository   *repository,
                        AccImportTarget  target)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, target == ACC_IMPORT_TARGET_CONTACTS ? _("CSV or vCard files")
                                                                         : _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  if (target == ACC_IMPORT_TARGET_CONTACTS)
    {
      gtk_file_filter_add_suffix (filter, "vcf");
      gtk_file_filter_add_suffix (filter, "vcard");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_file_chosen),
                    choice_new (parent, repository, target));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GOutputStream) stream = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = g_object_get_data (G_OBJECT (stream), "acc-parent");
  guint n_rows = 0;
  GtkWidget *dialog;

  if (acc_repository_export_finish (ACC_REPOSITORY (source), result, &n_rows, &error))
    g_output_stream_close (stream, NULL, &error);
  dialog = adw_message_dialog_new (parent, error == NULL ? _("Export Done") : _("Export Failed"), NULL);
  if (error == NULL)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    ngettext ("%u row was written.", "%u rows were written.", n_rows),
                                    n_rows);
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;
      GFileOutputStream *stream = NULL;
      AccImportFormat format = name != NULL && (g_str_has_suffix (name, ".vcf") || g_str_has_suffix (name, ".vcard"))
                               && choice->target == ACC_IMPORT_TARGET_CONTACTS
                               ? ACC_IMPORT_FORMAT_VCARD : ACC_IMPORT_FORMAT_CSV;

      if (file != NULL)
        stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
      if (stream != NULL)
        {
          if (choice->parent != NULL)
            g_object_set_data_full (G_OBJECT (stream), "acc-parent", g_object_ref (choice->parent), g_object_unref);
          acc_repository_export_async (choice->repository, choice->target, format, G_OUTPUT_STREAM (stream),
                                       NULL, NULL, NULL, on_export_done, stream);
        }
      else if (error != NULL)
        {
          GtkWidget *dialog = adw_message_dialog_new (choice->parent, _("Export Failed"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  choice_free (choice);
  g_object_unref (chooser);
}

/**
 * acc_export_choose_file:
 *
 * Asks where to write, then exports: vCard when the name ends in .vcf
 * (contacts only), CSV otherwise.
 */
void
acc_export_choose_file (GtkWindow       *parent,
                        AccRepository   *repository,
                        AccImportTarget  target)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     target == ACC_IMPORT_TARGET_CONTACTS ? _("contacts.csv") : _("directory.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen),
                    choice_new (parent, repository, target));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
