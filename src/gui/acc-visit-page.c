/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-visit-page.c — the Physique tab (« Accueil physique »): the banner
 * about the opening hours and the documents to review, the buttons of the
 * procedure (a new visit, the register of posted information and
 * documents, the opening-hours poster to print or save), and the visits
 * register (registre des visites) with the same search and filters as the
 * calls book (AccBookPage). The visit form itself is the window's
 * (win.new-visit). */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-book-page.h"
#include "acc-documents-dialog.h"
#include "acc-export-dialog.h"
#include "acc-poster.h"
#include "acc-visit-banner.h"
#include "acc-visit-page.h"
#include "acc-window.h"
#include "acc-wrap-box.h"

struct _AccVisitPage
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AccVisitBanner *banner;
  GtkButton *documents_button;
  GtkLabel *documents_count;
  AccBookPage *book_page;
};

G_DEFINE_FINAL_TYPE (AccVisitPage, acc_visit_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OVERDUE_COUNT,
  PROP_NEEDS_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_window (AccVisitPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A short word at the bottom of the window. */
static void
tell (AccVisitPage *self,
      const char   *text)
{
  GtkWindow *window = get_window (self);

  if (ACC_IS_WINDOW (window))
    acc_window_show_message (ACC_WINDOW (window), text);
}

/* The documents to review ------------------------------------------------ */

static void
on_overdue_changed (AccVisitPage *self)
{
  guint overdue = acc_visit_banner_get_overdue_count (self->banner);
  g_autofree char *count = g_strdup_printf ("%u", overdue);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (self->documents_count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_count), overdue > 0);
  accessible = overdue > 0
               ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Documents to keep current, %u to review",
                                               "Documents to keep current, %u to review", overdue),
                                  overdue)
               : g_strdup (_("Documents to keep current"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->documents_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
}

/* Actions ---------------------------------------------------------------- */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  acc_book_page_focus_search (ACC_VISIT_PAGE (widget)->book_page);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccVisitPage *self = ACC_VISIT_PAGE (widget);

  if (self->repository != NULL)
    acc_export_dialog_present (get_window (self), self->repository, ACC_BOOK_VISITS);
}

static void
documents_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccVisitPage *self = ACC_VISIT_PAGE (widget);

  if (self->repository != NULL)
    acc_documents_dialog_present (get_window (self), self->repository, self->staff);
}

static AccPoster *
make_poster (AccVisitPage *self)
{
  g_autoptr(GError) error = NULL;
  AccPoster *poster = acc_poster_new_from_repository (self->repository, NULL, &error);

  if (poster == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The poster cannot be made: %s"), error->message);

      tell (self, text);
    }
  return poster;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               AccVisitPage            *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *text = NULL;

      gtk_print_operation_get_error (operation, &error);
      text = g_strdup_printf (_("The poster cannot be printed: %s"), error != NULL ? error->message : "");
      tell (self, text);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    tell (self, _("Opening-hours poster sent to the printer."));
}

static void
print_poster_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AccVisitPage *self = ACC_VISIT_PAGE (widget);
  g_autoptr(AccPoster) poster = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->repository == NULL || (poster = make_poster (self)) == NULL)
    return;

  operation = acc_poster_new_print_operation (poster);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               get_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *text = g_strdup_printf (_("The poster cannot be printed: %s"), error->message);

      tell (self, text);
    }
}

static void
on_export_response (AccVisitPage *self,
                    int           response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccPoster) poster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      tell (self, _("The poster can only be saved to a local folder."));
      return;
    }
  if ((poster = make_poster (self)) == NULL)
    return;
  if (!acc_poster_export_pdf (poster, path, &error))
    tell (self, error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is the PDF file's name */
      g_autofree char *text = g_strdup_printf (_("Opening-hours poster saved as %s."), name);

      tell (self, text);
    }
}

static void
export_poster_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccVisitPage *self = ACC_VISIT_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = NULL;

  if (self->repository == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save the Opening-Hours Poster"), get_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: the poster's file name, as offered when saving it */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("opening-hours.pdf"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
update_actions (AccVisitPage *self)
{
  gboolean ready = self->repository != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.documents", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.print-poster", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.export-poster", ready);
}

/* Object ----------------------------------------------------------------- */

static void
acc_visit_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccVisitPage *self = ACC_VISIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_OVERDUE_COUNT:
      g_value_set_uint (value, acc_visit_banner_get_overdue_count (self->banner));
      break;
    case PROP_NEEDS_ATTENTION:
      g_value_set_boolean (value, acc_visit_banner_get_overdue_count (self->banner) > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_visit_page_dispose (GObject *object)
{
  AccVisitPage *self = ACC_VISIT_PAGE (object);
  GtkWidget *child;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_VISIT_PAGE);
  /* The template's outer box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_visit_page_parent_class)->dispose (object);
}

static void
acc_visit_page_class_init (AccVisitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_visit_page_get_property;
  object_class->dispose = acc_visit_page_dispose;

  /**
   * AccVisitPage:overdue-count:
   *
   * How many documents of the register are overdue for review: the tab's
   * badge.
   */
  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_uint ("overdue-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccVisitPage:needs-attention:
   *
   * Whether some document is overdue: the tab asks for attention.
   */
  properties[PROP_NEEDS_ATTENTION] =
    g_param_spec_boolean ("needs-attention", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ACC_TYPE_BOOK_PAGE);
  g_type_ensure (ACC_TYPE_WRAP_BOX);
  g_type_ensure (ACC_TYPE_VISIT_BANNER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-visit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccVisitPage, banner);
  gtk_widget_class_bind_template_child (widget_class, AccVisitPage, documents_button);
  gtk_widget_class_bind_template_child (widget_class, AccVisitPage, documents_count);
  gtk_widget_class_bind_template_child (widget_class, AccVisitPage, book_page);

  gtk_widget_class_install_action (widget_class, "visit.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "visit.documents", NULL, documents_action);
  gtk_widget_class_install_action (widget_class, "visit.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "visit.print-poster", NULL, print_poster_action);
  gtk_widget_class_install_action (widget_class, "visit.export-poster", NULL, export_poster_action);
}

static void
acc_visit_page_init (AccVisitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->banner, "notify::overdue-count",
                           G_CALLBACK (on_overdue_changed), self,
                           G_CONNECT_SWAPPED);
  on_overdue_changed (self);
  update_actions (self);
}

/**
 * acc_visit_page_set_repository:
 *
 * Where the page reads the opening hours, the documents register and the
 * visits register, and saves reviews and corrections.
 */
void
acc_visit_page_set_repository (AccVisitPage  *self,
                               AccRepository *repository)
{
  g_return_if_fail (ACC_IS_VISIT_PAGE (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (!g_set_object (&self->repository, repository))
    return;

  acc_visit_banner_set_repository (self->banner, repository);
  acc_book_page_set_repository (self->book_page, repository);
  update_actions (self);
}

/**
 * acc_visit_page_set_staff:
 * @staff: (nullable): who is at the desk: who reviews documents and
 *   corrects visits
 */
void
acc_visit_page_set_staff (AccVisitPage   *self,
                          AccStaffMember *staff)
{
  g_return_if_fail (ACC_IS_VISIT_PAGE (self));
  g_return_if_fail (staff == NULL || ACC_IS_STAFF_MEMBER (staff));

  if (!g_set_object (&self->staff, staff))
    return;
  acc_book_page_set_staff (self->book_page, staff);
}

/**
 * acc_visit_page_get_book:
 *
 * Returns: (transfer none): the visits register.
 */
AccBookView *
acc_visit_page_get_book (AccVisitPage *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_PAGE (self), NULL);
  return acc_book_page_get_book (self->book_page);
}

/**
 * acc_visit_page_get_book_page:
 *
 * Returns: (transfer none): the visits register with its filters.
 */
AccBookPage *
acc_visit_page_get_book_page (AccVisitPage *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_PAGE (self), NULL);
  return self->book_page;
}

/**
 * acc_visit_page_get_banner:
 *
 * Returns: (transfer none): the banner about the opening hours.
 */
AccVisitBanner *
acc_visit_page_get_banner (AccVisitPage *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_PAGE (self), NULL);
  return self->banner;
}

guint
acc_visit_page_get_overdue_count (AccVisitPage *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_PAGE (self), 0);
  return acc_visit_banner_get_overdue_count (self->banner);
}
