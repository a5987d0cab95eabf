/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-document-editor.c — adding an item to the documents register, or
 * editing one: its title, its kind (brochure, price list…), where it is (a
 * file, a web link, or a place in the premises) and how often it is to be
 * reviewed. What is wrong is said next to the field. An item already in the
 * register shows its reviews, who and when, as the auditor reads them; a
 * review itself is recorded from the register (« Marquer comme vérifié »),
 * never typed here. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-document-editor.h"
#include "acc-field-error.h"
#include "acc-limits.h"

/* The kinds in the list, in AccDocumentKind order. */
#define N_KINDS (ACC_DOCUMENT_OUTSIDE_SIGN + 1)

struct _AccDocumentEditor
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccDocument *document;      /* as it was opened; NULL for a new one */
  GtkFileChooserNative *chooser;
  gboolean filling;
  gboolean dirty;
  gboolean done;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *save_error;
  AdwEntryRow *title_row;
  GtkLabel *title_error;
  AdwComboRow *kind_row;
  AdwEntryRow *location_row;
  GtkLabel *location_error;
  AdwActionRow *interval_row;
  GtkSpinButton *interval_spin;
  GtkLabel *interval_error;
  AdwPreferencesGroup *reviews_group;
  GtkListBox *reviews_list;
};

G_DEFINE_FINAL_TYPE (AccDocumentEditor, acc_document_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_day_time (gint64 time_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: when a document was reviewed; see g_date_time_format() */
  return g_date_time_format (local, C_("review time", "%d/%m/%Y %H:%M"));
}

/* The reviews ------------------------------------------------------------ */

static void
load_reviews (AccDocumentEditor *self)
{
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reviews_list))) != NULL)
    gtk_list_box_remove (self->reviews_list, child);

  gtk_widget_set_visible (GTK_WIDGET (self->reviews_group), self->document != NULL);
  if (self->document == NULL)
    return;

  reviews = acc_repository_list_document_reviews (self->repository, acc_document_get_id (self->document), &error);
  if (reviews == NULL)
    {
      GtkWidget *label = gtk_label_new (error->message);

      gtk_widget_add_css_class (label, "error");
      gtk_list_box_append (self->reviews_list, label);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(AccDocumentReview) review = g_list_model_get_item (reviews, i);
      g_autofree char *when = format_day_time (acc_document_review_get_at (review));
      const char *who = acc_document_review_get_staff_name (review);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), who != NULL ? who : _("Someone unknown"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->reviews_list, row);
    }

  if (g_list_model_get_n_items (reviews) == 0)
    {
      GtkWidget *label = gtk_label_new (_("Never reviewed."));

      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->reviews_list, label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
    }
}

/* Filling and editing ---------------------------------------------------- */

static void
fill (AccDocumentEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->filling = TRUE;

  for (AccDocumentKind kind = 0; kind < N_KINDS; kind++)
    gtk_string_list_append (kinds, acc_document_kind_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  if (self->document != NULL)
    {
      const char *location = acc_document_get_location (self->document);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Document"));
      adw_window_title_set_title (self->window_title, _("Edit Document"));
      adw_window_title_set_subtitle (self->window_title, acc_document_get_title (self->document));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), acc_document_get_title (self->document));
      adw_combo_row_set_selected (self->kind_row, acc_document_get_kind (self->document));
      gtk_editable_set_text (GTK_EDITABLE (self->location_row), location != NULL ? location : "");
      gtk_spin_button_set_value (self->interval_spin, acc_document_get_review_interval_days (self->document));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Document"));
      adw_window_title_set_title (self->window_title, _("New Document"));
      adw_window_title_set_subtitle (self->window_title, _("Documents register"));
      gtk_spin_button_set_value (self->interval_spin, 365);
    }
  load_reviews (self);

  self->filling = FALSE;
  self->dirty = FALSE;
}

static void
on_field_changed (AccDocumentEditor *self,
                  GtkWidget         *field)
{
  if (self->filling)
    return;
  self->dirty = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  if (field != NULL)
    acc_field_error_clear_for (field);
}

static void
on_choice_changed (AccDocumentEditor *self)
{
  on_field_changed (self, NULL);
}

static void
on_interval_changed (AccDocumentEditor *self)
{
  on_field_changed (self, GTK_WIDGET (self->interval_spin));
}

/* A location that names a file (a path, or a file:// link) must name one
 * that exists; anything else is a web link or a place. */
static gboolean
location_is_missing_file (const char *location)
{
  g_autofree char *path = NULL;

  if (g_path_is_absolute (location))
    return !g_file_test (location, G_FILE_TEST_EXISTS);
  if (g_str_has_prefix (location, "file:"))
    {
      path = g_filename_from_uri (location, NULL, NULL);
      return path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS);
    }
  return FALSE;
}

/* Shows what is wrong next to each field; returns the first such field. */
static GtkWidget *
validate (AccDocumentEditor *self,
          guint             *interval)
{
  g_autofree char *location = acc_field_text (GTK_WIDGET (self->location_row));
  g_autofree char *interval_text = acc_field_text (GTK_WIDGET (self->interval_spin));
  GtkWidget *first = NULL;
  guint64 days = 0;
  gboolean days_valid;

  acc_field_check_text (GTK_WIDGET (self->title_row), self->title_error,
                        _("Give the document a title: the register names it so."), ACC_LIMIT_NAME,
                        &first);
  if (acc_field_check_text (GTK_WIDGET (self->location_row), self->location_error,
                            NULL, ACC_LIMIT_LINE, &first))
    acc_field_error_update (GTK_WIDGET (self->location_row), self->location_error,
                            *location != '\0' && location_is_missing_file (location)
                            ? _("There is no file at this place: choose the file again, or type a web link or where the paper copy is.")
                            : NULL,
                            &first);

  /* The spin button's text, not its value: a number typed but not yet
   * taken in counts, and a word is an error, not 1. */
  days_valid = g_ascii_string_to_unsigned (interval_text, 10, 1, ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS,
                                           &days, NULL);
  acc_field_error_update (GTK_WIDGET (self->interval_spin), self->interval_error,
                          !days_valid ? _("Type how many days between two reviews, from 1 to 36500.") : NULL,
                          &first);
  if (interval != NULL)
    *interval = (guint) days;
  return first;
}

static void
close_editor (AccDocumentEditor *self)
{
  self->done = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccDocumentEditor *self = ACC_DOCUMENT_EDITOR (widget);
  g_autoptr(AccDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  GtkWidget *first_invalid;
  guint selected;
  guint interval = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  first_invalid = validate (self, &interval);
  if (first_invalid != NULL)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  /* The document as stored now: a review recorded meanwhile is kept. */
  if (self->document != NULL)
    {
      document = acc_repository_get_document (self->repository, acc_document_get_id (self->document), &error);
      if (document == NULL)
        {
          gtk_label_set_text (self->save_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
          return;
        }
    }
  else
    document = acc_document_new (NULL, ACC_DOCUMENT_BROCHURE);

  title = acc_field_text (GTK_WIDGET (self->title_row));
  location = acc_field_text (GTK_WIDGET (self->location_row));
  selected = adw_combo_row_get_selected (self->kind_row);
  acc_document_set_title (document, title);
  acc_document_set_kind (document, selected < N_KINDS ? (AccDocumentKind) selected : ACC_DOCUMENT_BROCHURE);
  acc_document_set_location (document, *location != '\0' ? location : NULL);
  acc_document_set_review_interval_days (document, interval);

  if (!acc_repository_save_document (self->repository, document, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, document);
  close_editor (self);
}

/* The file chooser ------------------------------------------------------- */

static void
on_chooser_response (AccDocumentEditor *self,
                     int                response)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *uri = file != NULL && path == NULL ? g_file_get_uri (file) : NULL;

      if (path != NULL || uri != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->location_row), path != NULL ? path : uri);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccDocumentEditor *self = ACC_DOCUMENT_EDITOR (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose the Document’s File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Closing ---------------------------------------------------------------- */

static void
on_discard_response (AccDocumentEditor *self,
                     const char        *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    close_editor (self);
}

static void
ask_before_closing (AccDocumentEditor *self)
{
  AdwMessageDialog *dialog;

  if (!self->dirty)
    {
      close_editor (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard the Changes?"),
                                                       _("What was typed is not saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_before_closing (ACC_DOCUMENT_EDITOR (widget));
}

static gboolean
acc_document_editor_close_request (GtkWindow *window)
{
  AccDocumentEditor *self = ACC_DOCUMENT_EDITOR (window);

  if (self->done)
    return FALSE;
  ask_before_closing (self);
  return TRUE;
}

static void
acc_document_editor_dispose (GObject *object)
{
  AccDocumentEditor *self = ACC_DOCUMENT_EDITOR (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_DOCUMENT_EDITOR);
  g_clear_object (&self->document);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_document_editor_parent_class)->dispose (object);
}

static void
acc_document_editor_class_init (AccDocumentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = acc_document_editor_dispose;
  window_class->close_request = acc_document_editor_close_request;

  /**
   * AccDocumentEditor::saved:
   * @document: the document as saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ACC_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-document-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, location_error);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, interval_row);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, interval_error);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, reviews_group);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentEditor, reviews_list);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_interval_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "editor.choose-file", NULL);
}

static void
acc_document_editor_init (AccDocumentEditor *self)
{
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  acc_field_error_attach (GTK_WIDGET (self->title_row), self->title_error);
  acc_field_error_attach (GTK_WIDGET (self->location_row), self->location_error);
  acc_field_error_attach (GTK_WIDGET (self->interval_spin), self->interval_error);
  acc_field_label_entry_rows (GTK_WIDGET (self));
}

/**
 * acc_document_editor_present:
 * @parent: (nullable): the window it is modal for
 * @document: (nullable): the document to edit; %NULL adds one
 *
 * Returns: (transfer none): the editor shown, the focus on the title.
 */
AccDocumentEditor *
acc_document_editor_present (GtkWindow     *parent,
                             AccRepository *repository,
                             AccDocument   *document)
{
  AccDocumentEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (document == NULL || ACC_IS_DOCUMENT (document), NULL);

  self = g_object_new (ACC_TYPE_DOCUMENT_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->repository = g_object_ref (repository);
  g_set_object (&self->document, document);
  fill (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * acc_document_editor_get_document:
 *
 * Returns: (transfer none) (nullable): the document edited, as it was when
 * the editor opened; %NULL for a new one.
 */
AccDocument *
acc_document_editor_get_document (AccDocumentEditor *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_EDITOR (self), NULL);
  return self->document;
}
