/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-documents-dialog.c — the register of what is posted and handed out
 * at the desk (« Organiser et mettre à jour l'affichage », « Mettre à
 * disposition et tenir à jour les documents d'information des clients »):
 * each item with its kind, where it is, when it was last reviewed and by
 * whom, how often it is to be; the overdue ones first. « Marquer comme
 * vérifié » records a review in the name of whoever is at the desk; a file
 * or a link opens in the default application; items are added and edited
 * in an AccDocumentEditor.
 *
 * The register is small (a few dozen items): it is read whole, again after
 * every change, here or elsewhere. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-document-editor.h"
#include "acc-document-launcher.h"
#include "acc-documents-dialog.h"

struct _AccDocumentsDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  GListStore *documents;    /* AccDocument, in the order shown */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkLabel *status_label;
  GtkStack *stack;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (AccDocumentsDialog, acc_documents_dialog, ADW_TYPE_WINDOW)

/* Words ------------------------------------------------------------------ */

static char *
format_day (gint64 time_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: a day in the documents register; see g_date_time_format() */
  return g_date_time_format (local, C_("register day", "%d/%m/%Y"));
}

/* « Reviewed on 12/03/2026 by Léa Moreau — next review by 12/03/2027 ». */
static char *
review_words (AccDocument *document,
              gint64       now_us)
{
  g_autofree char *reviewed = NULL;
  g_autofree char *due = NULL;
  const char *who = acc_document_get_reviewed_by_name (document);

  if (acc_document_get_reviewed_at (document) == 0)
    return g_strdup (_("Never reviewed"));

  reviewed = format_day (acc_document_get_reviewed_at (document));
  due = format_day (acc_document_get_review_due (document));
  if (acc_document_is_review_overdue (document, now_us))
    return who != NULL
           /* Translators: last review, by whom, and since when a new one is due */
           ? g_strdup_printf (_("Last reviewed on %s by %s — overdue since %s"), reviewed, who, due)
           /* Translators: last review, and since when a new one is due */
           : g_strdup_printf (_("Last reviewed on %s — overdue since %s"), reviewed, due);
  return who != NULL
         /* Translators: last review, by whom, and when the next one is due */
         ? g_strdup_printf (_("Last reviewed on %s by %s — next review by %s"), reviewed, who, due)
         /* Translators: last review, and when the next one is due */
         : g_strdup_printf (_("Last reviewed on %s — next review by %s"), reviewed, due);
}

/* Where the document is: a file, a link, or a place to read. */
static char *
location_words (const char *location)
{
  g_autofree char *scheme = NULL;

  if (location == NULL || *location == '\0')
    return g_strdup (_("No location given"));
  if (g_path_is_absolute (location))
    /* Translators: a document's file */
    return g_strdup_printf (_("File: %s"), location);
  scheme = g_uri_parse_scheme (location);
  if (scheme != NULL)
    /* Translators: a document's web link (or other URI) */
    return g_strdup_printf (_("Link: %s"), location);
  /* Translators: where a paper document is, e.g. « Où : présentoir de l'accueil » */
  return g_strdup_printf (_("Where: %s"), location);
}

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
add_line (GtkBox     *box,
          const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static GtkWidget *
row_button (const char *icon_name,
            const char *label,
            const char *tooltip,
            const char *accessible,
            const char *action_name,
            gint64      document_id)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label) : gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", document_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  if (label == NULL)
    gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
new_row (AccDocument *document,
         gint64       now_us)
{
  const char *title = acc_document_get_title (document);
  const char *location = acc_document_get_location (document);
  gint64 id = acc_document_get_id (document);
  gboolean overdue = acc_document_is_review_overdue (document, now_us);
  guint interval = acc_document_get_review_interval_days (document);
  g_autofree char *uri = acc_document_location_uri (location);
  g_autofree char *kind_line = NULL;
  g_autofree char *where = location_words (location);
  g_autofree char *review = review_words (document, now_us);
  g_autofree char *accessible = NULL;
  g_autofree char *open_name = NULL;
  g_autofree char *mark_name = NULL;
  g_autofree char *edit_name = NULL;
  g_autofree char *every = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label;

  gtk_widget_set_margin_top (outer, 10);
  gtk_widget_set_margin_bottom (outer, 10);
  gtk_widget_set_margin_start (outer, 12);
  gtk_widget_set_margin_end (outer, 12);
  gtk_widget_set_hexpand (text, TRUE);

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (heading), label);
  if (overdue)
    {
      label = gtk_label_new (_("To review"));
      gtk_widget_add_css_class (label, "overdue-flag");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (heading), label);
    }
  gtk_box_append (GTK_BOX (text), heading);

  every = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "reviewed every day", "reviewed every %u days", interval),
                           interval);
  /* Translators: a document's kind, and how often it is reviewed: « Plaquette · vérifiée tous les 365 jours » */
  kind_line = g_strdup_printf (_("%s · %s"), acc_document_kind_label (acc_document_get_kind (document)), every);
  add_line (GTK_BOX (text), kind_line, "dim-label");
  add_line (GTK_BOX (text), where, NULL);
  add_line (GTK_BOX (text), review, overdue ? "warning" : "dim-label");
  gtk_box_append (GTK_BOX (outer), text);

  /* Translators: the accessible name of a button, with the document's title */
  open_name = g_strdup_printf (_("Open “%s”"), title);
  /* Translators: the accessible name of a button, with the document's title */
  mark_name = g_strdup_printf (_("Mark “%s” as reviewed"), title);
  /* Translators: the accessible name of a button, with the document's title */
  edit_name = g_strdup_printf (_("Edit “%s”"), title);
  if (uri != NULL)
    gtk_box_append (GTK_BOX (outer),
                    row_button ("document-open-symbolic", NULL, _("Open in the default application"),
                                open_name, "documents.open", id));
  gtk_box_append (GTK_BOX (outer),
                  row_button ("document-edit-symbolic", NULL, _("Edit the title, kind, location or interval"),
                              edit_name, "documents.edit", id));
  gtk_box_append (GTK_BOX (outer),
                  row_button (NULL, _("Mark as Reviewed"),
                              _("Record that you checked it is current, in your name, now"),
                              mark_name, "documents.mark-reviewed", id));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), outer);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  accessible = overdue
               /* Translators: a row of the documents register read aloud: title, kind, « to review » */
               ? g_strdup_printf (_("%s, %s, to review"), title, acc_document_kind_label (acc_document_get_kind (document)))
               : g_strdup_printf ("%s, %s", title, acc_document_kind_label (acc_document_get_kind (document)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, review,
                                  -1);
  return row;
}

typedef struct
{
  gint64 now_us;
} SortData;

/* Overdue first, the never reviewed first of all, then by due date; then
 * by title. */
static int
compare_documents (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AccDocument *da = (AccDocument *) a;
  AccDocument *db = (AccDocument *) b;
  const SortData *data = user_data;
  gboolean oa = acc_document_is_review_overdue (da, data->now_us);
  gboolean ob = acc_document_is_review_overdue (db, data->now_us);
  gint64 due_a = acc_document_get_review_due (da);
  gint64 due_b = acc_document_get_review_due (db);

  if (oa != ob)
    return oa ? -1 : 1;
  if (due_a != due_b)
    return due_a < due_b ? -1 : 1;
  return g_utf8_collate (acc_document_get_title (da) ? acc_document_get_title (da) : "",
                         acc_document_get_title (db) ? acc_document_get_title (db) : "");
}

static void
show_status (AccDocumentsDialog *self,
             const char         *text)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
reload (AccDocumentsDialog *self)
{
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  SortData sort = { g_get_real_time () };
  GtkWidget *child;
  guint n, overdue = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_list_store_remove_all (self->documents);

  documents = acc_repository_list_documents (self->repository, &error);
  if (documents == NULL)
    {
      show_status (self, error->message);
      return;
    }
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);

      g_list_store_append (self->documents, document);
      if (acc_document_is_review_overdue (document, sort.now_us))
        overdue++;
    }
  g_list_store_sort (self->documents, compare_documents, &sort);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      gtk_list_box_append (self->list, new_row (document, sort.now_us));
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  if (overdue > 0)
    /* Translators: the register's subtitle: how many documents, how many overdue */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document, %u to review", "%u documents, %u to review", n),
                                n, overdue);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document, all current", "%u documents, all current", n),
                                n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_repository_changed (AccDocumentsDialog *self,
                       AccChangeFlags      flags)
{
  if (flags & (ACC_CHANGE_DOCUMENTS | ACC_CHANGE_STAFF))
    reload (self);
}

static AccDocument *
find_document (AccDocumentsDialog *self,
               gint64              id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (acc_document_get_id (document) == id)
        return g_steal_pointer (&document);
    }
  return NULL;
}

/* Actions ---------------------------------------------------------------- */

static void
mark_reviewed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccDocumentsDialog *self = ACC_DOCUMENTS_DIALOG (widget);
  g_autoptr(AccDocument) document = find_document (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (document == NULL)
    return;
  if (self->staff == NULL)
    {
      show_status (self, _("Choose who is at the desk first: the review is recorded in their name."));
      return;
    }
  if (!acc_repository_mark_document_reviewed (self->repository, document,
                                              acc_staff_member_get_id (self->staff), &error))
    {
      show_status (self, error->message);
      return;
    }
  /* Translators: %s is a document's title */
  text = g_strdup_printf (_("“%s” marked as reviewed."), acc_document_get_title (document));
  show_status (self, NULL);
  /* The repository's ::changed has reloaded the list already. */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccDocumentsDialog *self = ACC_DOCUMENTS_DIALOG (widget);
  g_autoptr(AccDocument) document = find_document (self, g_variant_get_int64 (parameter));
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (document == NULL)
    return;
  uri = acc_document_location_uri (acc_document_get_location (document));
  if (uri == NULL)
    {
      show_status (self, _("This document has no file to open: it is where its location says."));
      return;
    }
  if (!acc_document_launch (widget, uri, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The document cannot be opened: %s"), error->message);

      show_status (self, text);
      return;
    }
  show_status (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccDocumentsDialog *self = ACC_DOCUMENTS_DIALOG (widget);
  g_autoptr(AccDocument) document = find_document (self, g_variant_get_int64 (parameter));

  if (document != NULL)
    acc_document_editor_present (GTK_WINDOW (self), self->repository, document);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AccDocumentsDialog *self = ACC_DOCUMENTS_DIALOG (widget);

  acc_document_editor_present (GTK_WINDOW (self), self->repository, NULL);
}

/* Object ----------------------------------------------------------------- */

static void
acc_documents_dialog_dispose (GObject *object)
{
  AccDocumentsDialog *self = ACC_DOCUMENTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_DOCUMENTS_DIALOG);
  g_clear_object (&self->documents);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_documents_dialog_parent_class)->dispose (object);
}

static void
acc_documents_dialog_class_init (AccDocumentsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_documents_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-documents-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccDocumentsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentsDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AccDocumentsDialog, list);

  gtk_widget_class_install_action (widget_class, "documents.mark-reviewed", "x", mark_reviewed_action);
  gtk_widget_class_install_action (widget_class, "documents.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "documents.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "documents.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "documents.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_documents_dialog_init (AccDocumentsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->documents = g_list_store_new (ACC_TYPE_DOCUMENT);
}

/**
 * acc_documents_dialog_present:
 * @parent: (nullable): the window it is modal for
 * @staff: (nullable): who is at the desk: in whose name reviews are recorded
 *
 * Returns: (transfer none): the register, shown.
 */
AccDocumentsDialog *
acc_documents_dialog_present (GtkWindow      *parent,
                              AccRepository  *repository,
                              AccStaffMember *staff)
{
  AccDocumentsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (staff == NULL || ACC_IS_STAFF_MEMBER (staff), NULL);

  self = g_object_new (ACC_TYPE_DOCUMENTS_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->repository = g_object_ref (repository);
  g_set_object (&self->staff, staff);
  g_signal_connect_object (repository, "changed", G_CALLBACK (on_repository_changed), self, G_CONNECT_SWAPPED);
  reload (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * acc_documents_dialog_get_list:
 *
 * Returns: (transfer none): the rows, one per document, overdue first.
 */
GtkListBox *
acc_documents_dialog_get_list (AccDocumentsDialog *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENTS_DIALOG (self), NULL);
  return self->list;
}

/**
 * acc_documents_dialog_get_documents:
 *
 * Returns: (transfer none): the #AccDocument shown, in the rows' order.
 */
GListModel *
acc_documents_dialog_get_documents (AccDocumentsDialog *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENTS_DIALOG (self), NULL);
  return G_LIST_MODEL (self->documents);
}

/**
 * acc_documents_dialog_get_status:
 *
 * Returns: (transfer none): what the register says below its title (an
 * error), "" for nothing.
 */
const char *
acc_documents_dialog_get_status (AccDocumentsDialog *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENTS_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->status_label)) ? gtk_label_get_text (self->status_label) : "";
}
