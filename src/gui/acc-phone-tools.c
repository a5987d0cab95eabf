/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-tools.c — the procedure's « outils utilisés », one keystroke
 * away on the Téléphone tab: the supervisors' numbers, the directory of
 * local services (annuaire des services du territoire), and the
 * organisation's brochure and welcome booklet from the documents register.
 *
 * The lists are small: each popover reads its list from the repository when
 * it opens, so that it always shows what is in the database now. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-document-launcher.h"
#include "acc-phone-tools.h"
#include "acc-wrap-box.h"

struct _AccPhoneTools
{
  GtkWidget parent_instance;

  AccRepository *repository;

  /* Template widgets */
  GtkMenuButton *supervisors_button;
  GtkPopover *supervisors_popover;
  GtkListBox *supervisors_list;
  GtkLabel *supervisors_empty;
  GtkLabel *supervisors_status;
  GtkMenuButton *directory_button;
  GtkPopover *directory_popover;
  GtkSearchEntry *directory_search;
  GtkListBox *directory_list;
  GtkScrolledWindow *directory_scroller;
  GtkLabel *directory_empty;
  GtkLabel *directory_status;
  GtkMenuButton *documents_button;
  GtkPopover *documents_popover;
  GtkListBox *documents_list;
  GtkLabel *documents_empty;
  GtkLabel *documents_status;
};

G_DEFINE_FINAL_TYPE (AccPhoneTools, acc_phone_tools, GTK_TYPE_WIDGET)

/* Data kept on each row. */
#define ROW_PHONE "acc-phone"          /* the number to copy, as written */
#define ROW_SEARCH "acc-search"        /* what the directory search looks in */
#define ROW_URI "acc-uri"              /* a document that can be opened */

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_label (GtkBox     *box,
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

/* A row of labels: the first is the heading, the others details; @phone
 * (nullable, stored form) is shown large and copied when the row is
 * activated. */
static GtkWidget *
new_row (const char *title,
         const char *phone)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *national = acc_phone_format_national (phone);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  add_label (GTK_BOX (box), title, "heading");
  if (national != NULL)
    {
      GtkWidget *number = add_label (GTK_BOX (box), national, "title-3");

      gtk_widget_add_css_class (number, "numeric");
      g_object_set_data_full (G_OBJECT (row), ROW_PHONE, g_strdup (national), g_free);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkBox *
row_box (GtkWidget *row)
{
  return GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
}

static void
set_row_accessible_label (GtkWidget  *row,
                          const char *title,
                          const char *phone)
{
  g_autofree char *national = acc_phone_format_national (phone);
  g_autofree char *text = national != NULL ? g_strdup_printf ("%s, %s", title, national) : g_strdup (title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* Enter on a supervisor or a service: the number goes to the clipboard,
 * ready for the phone's transfer or to read out. */
static void
on_row_activated (AccPhoneTools *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  const char *phone = g_object_get_data (G_OBJECT (row), ROW_PHONE);
  GtkLabel *status = list == self->supervisors_list ? self->supervisors_status : self->directory_status;
  g_autofree char *text = NULL;

  if (phone == NULL)
    {
      gtk_label_set_text (status, _("No number to copy."));
      return;
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), phone);
  text = g_strdup_printf (_("%s copied."), phone);
  gtk_label_set_text (status, text);
}

/* Supervisors ------------------------------------------------------------ */

static void
on_supervisors_show (AccPhoneTools *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  guint n_supervisors = 0;

  remove_all_rows (self->supervisors_list);
  gtk_label_set_text (self->supervisors_status, _("Enter copies the number."));
  if (self->repository == NULL)
    return;

  staff = acc_repository_list_staff (self->repository, TRUE, &error);
  if (staff == NULL)
    {
      gtk_label_set_text (self->supervisors_status, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      const char *phone = acc_staff_member_get_phone (member);
      const char *email = acc_staff_member_get_email (member);
      GtkWidget *row;

      if (acc_staff_member_get_role (member) != ACC_ROLE_SUPERVISOR)
        continue;

      row = new_row (acc_staff_member_get_name (member), phone);
      if (phone == NULL || *phone == '\0')
        add_label (row_box (row), _("No phone number"), "dim-label");
      if (email != NULL && *email != '\0')
        add_label (row_box (row), email, "dim-label");
      set_row_accessible_label (row, acc_staff_member_get_name (member), phone);
      gtk_list_box_append (self->supervisors_list, row);
      n_supervisors++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->supervisors_list), n_supervisors > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->supervisors_empty), n_supervisors == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->supervisors_status), n_supervisors > 0);
}

/* Directory -------------------------------------------------------------- */

static gboolean
directory_filter (GtkListBoxRow *row,
                  gpointer       user_data)
{
  AccPhoneTools *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->directory_search));
  const char *haystack = g_object_get_data (G_OBJECT (row), ROW_SEARCH);
  g_auto(GStrv) words = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  /* Every word typed must start a word of the entry; accents and case do
   * not matter ("prefec" finds « Préfecture »). */
  words = g_strsplit_set (text, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (haystack == NULL || !g_str_match_string (words[i], haystack, TRUE))
        return FALSE;
    }
  return TRUE;
}

static guint
count_shown_rows (GtkListBox *list)
{
  guint shown = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
      shown++;
  return shown;
}

static void
update_directory_empty (AccPhoneTools *self)
{
  gboolean any = gtk_widget_get_first_child (GTK_WIDGET (self->directory_list)) != NULL;
  guint shown = any ? count_shown_rows (self->directory_list) : 0;

  gtk_label_set_text (self->directory_empty,
                      any ? _("No service matches.") : _("The directory of local services is empty."));
  gtk_widget_set_visible (GTK_WIDGET (self->directory_empty), shown == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->directory_scroller), shown > 0);
}

static void
on_directory_search_changed (AccPhoneTools *self)
{
  gtk_list_box_invalidate_filter (self->directory_list);
  update_directory_empty (self);
}

/* Escape in the search: the search entry would keep it for itself; the
 * agent has read the number and goes back to the call. */
static void
on_directory_search_stop (AccPhoneTools *self)
{
  gtk_popover_popdown (self->directory_popover);
}

/* Enter in the search: the first service shown, as if its row was opened. */
static void
on_directory_search_activate (AccPhoneTools *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->directory_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
      {
        gtk_widget_grab_focus (child);
        on_row_activated (self, GTK_LIST_BOX_ROW (child), self->directory_list);
        return;
      }
}

static void
on_directory_show (AccPhoneTools *self)
{
  g_autoptr(GListModel) directory = NULL;
  g_autoptr(GError) error = NULL;

  remove_all_rows (self->directory_list);
  gtk_editable_set_text (GTK_EDITABLE (self->directory_search), "");
  gtk_label_set_text (self->directory_status, _("Enter copies the number."));
  if (self->repository == NULL)
    return;

  directory = acc_repository_list_directory (self->repository, &error);
  if (directory == NULL)
    {
      gtk_label_set_text (self->directory_status, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(AccDirectoryEntry) entry = g_list_model_get_item (directory, i);
      const char *name = acc_directory_entry_get_name (entry);
      const char *category = acc_directory_entry_get_category (entry);
      const char *phone = acc_directory_entry_get_phone (entry);
      const char *address = acc_directory_entry_get_address (entry);
      const char *hours = acc_directory_entry_get_hours (entry);
      const char *email = acc_directory_entry_get_email (entry);
      GtkWidget *row = new_row (name, phone);
      g_autofree char *haystack = g_strjoin (" ", name ? name : "", category ? category : "",
                                             address ? address : "",
                                             acc_directory_entry_get_notes (entry) ? acc_directory_entry_get_notes (entry) : "",
                                             NULL);

      if (category != NULL && *category != '\0')
        add_label (row_box (row), category, "dim-label");
      if (address != NULL && *address != '\0')
        add_label (row_box (row), address, NULL);
      if (email != NULL && *email != '\0')
        add_label (row_box (row), email, NULL);
      if (hours != NULL && *hours != '\0')
        add_label (row_box (row), hours, "dim-label");
      g_object_set_data_full (G_OBJECT (row), ROW_SEARCH, g_steal_pointer (&haystack), g_free);
      set_row_accessible_label (row, name, phone);
      gtk_list_box_append (self->directory_list, row);
    }

  gtk_list_box_invalidate_filter (self->directory_list);
  update_directory_empty (self);
  /* Ctrl+D then type: the search has the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (self->directory_search));
}

/* Brochure and welcome booklet ------------------------------------------- */

static void
on_document_activated (AccPhoneTools *self,
                       GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), ROW_URI);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->documents_status), FALSE);
  if (uri == NULL)
    {
      gtk_label_set_text (self->documents_status,
                          _("This document has no file to open: it is where its location says."));
      gtk_widget_set_visible (GTK_WIDGET (self->documents_status), TRUE);
      return;
    }

  if (!acc_document_launch (GTK_WIDGET (self), uri, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The document cannot be opened: %s"), error->message);

      gtk_label_set_text (self->documents_status, text);
      gtk_widget_set_visible (GTK_WIDGET (self->documents_status), TRUE);
      return;
    }
  gtk_popover_popdown (self->documents_popover);
}

static void
on_documents_show (AccPhoneTools *self)
{
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_shown = 0;

  remove_all_rows (self->documents_list);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_status), FALSE);
  if (self->repository == NULL)
    return;

  documents = acc_repository_list_documents (self->repository, &error);
  if (documents == NULL)
    {
      gtk_label_set_text (self->documents_status, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->documents_status), TRUE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);
      AccDocumentKind kind = acc_document_get_kind (document);
      const char *location = acc_document_get_location (document);
      g_autofree char *uri = NULL;
      g_autofree char *where = NULL;
      g_autofree char *accessible = NULL;
      GtkWidget *row;

      if (kind != ACC_DOCUMENT_BROCHURE && kind != ACC_DOCUMENT_WELCOME_BOOKLET)
        continue;

      row = new_row (acc_document_get_title (document), NULL);
      add_label (row_box (row), acc_document_kind_label (kind), "dim-label");
      uri = acc_document_location_uri (location);
      if (uri != NULL)
        {
          add_label (row_box (row), _("Enter opens it."), "caption");
          g_object_set_data_full (G_OBJECT (row), ROW_URI, g_steal_pointer (&uri), g_free);
        }
      else if (location != NULL && *location != '\0')
        {
          /* Translators: where a paper document is, e.g. « Où : présentoir de l'accueil » */
          where = g_strdup_printf (_("Where: %s"), location);
          add_label (row_box (row), where, NULL);
        }
      accessible = g_strdup_printf ("%s, %s", acc_document_get_title (document), acc_document_kind_label (kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_list_box_append (self->documents_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->documents_list), n_shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_empty), n_shown == 0);
}

/* Public ----------------------------------------------------------------- */

static void
acc_phone_tools_dispose (GObject *object)
{
  AccPhoneTools *self = ACC_PHONE_TOOLS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_PHONE_TOOLS);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_phone_tools_parent_class)->dispose (object);
}

static void
acc_phone_tools_class_init (AccPhoneToolsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_phone_tools_dispose;

  /* With the inbox open the tab can be narrower than the three menus. */
  gtk_widget_class_set_layout_manager_type (widget_class, ACC_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-phone-tools.ui");
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, supervisors_button);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, supervisors_popover);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, supervisors_list);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, supervisors_empty);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, supervisors_status);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_button);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_popover);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_search);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_list);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_scroller);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_empty);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, directory_status);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, documents_button);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, documents_popover);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, documents_list);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, documents_empty);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneTools, documents_status);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_supervisors_show);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_show);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_document_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_documents_show);
}

static void
acc_phone_tools_init (AccPhoneTools *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->directory_list, directory_filter, self, NULL);
}

void
acc_phone_tools_set_repository (AccPhoneTools *self,
                                AccRepository *repository)
{
  g_return_if_fail (ACC_IS_PHONE_TOOLS (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  g_set_object (&self->repository, repository);
}

/**
 * acc_phone_tools_popup:
 * @tool: "supervisors", "directory" or "documents"
 *
 * Opens a tool's popover, as its button would (Ctrl+E, Ctrl+D, Ctrl+B).
 */
void
acc_phone_tools_popup (AccPhoneTools *self,
                       const char    *tool)
{
  GtkMenuButton *button = NULL;

  g_return_if_fail (ACC_IS_PHONE_TOOLS (self));

  if (g_strcmp0 (tool, "supervisors") == 0)
    button = self->supervisors_button;
  else if (g_strcmp0 (tool, "directory") == 0)
    button = self->directory_button;
  else if (g_strcmp0 (tool, "documents") == 0)
    button = self->documents_button;
  g_return_if_fail (button != NULL);

  gtk_menu_button_popup (button);
}

/**
 * acc_phone_tools_get_popover:
 *
 * Returns: (transfer none): a tool's popover, for the tests.
 */
GtkPopover *
acc_phone_tools_get_popover (AccPhoneTools *self,
                             const char    *tool)
{
  g_return_val_if_fail (ACC_IS_PHONE_TOOLS (self), NULL);

  if (g_strcmp0 (tool, "supervisors") == 0)
    return self->supervisors_popover;
  if (g_strcmp0 (tool, "directory") == 0)
    return self->directory_popover;
  if (g_strcmp0 (tool, "documents") == 0)
    return self->documents_popover;
  g_return_val_if_reached (NULL);
}
