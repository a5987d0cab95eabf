/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-directory-window.c — the directory of local services (annuaire des
 * services du territoire): a searchable list and an entry's page, to add,
 * correct or delete the bodies the desk orients people to. A small set: it
 * is read whole, and searched as typed, ignoring case and accents. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-directory-window.h"
#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-import-dialog.h"
#include "acc-list-cells.h"
#include "acc-phone.h"

enum {
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_PHONE,
  COLUMN_ADDRESS,
};

struct _AccDirectoryWindow
{
  AdwWindow parent_instance;

  AccRepository *repository;
  GListStore *entries;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  AccDirectoryEntry *entry;    /* the page's entry; id 0 when new */
  gboolean loading;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *address_column;
  GtkStack *page_stack;
  AdwPreferencesPage *page;
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *category_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *address_row;
  AdwEntryRow *website_row;
  AdwEntryRow *hours_row;
  GtkTextView *notes_view;
  GtkLabel *save_error;
};

G_DEFINE_FINAL_TYPE (AccDirectoryWindow, acc_directory_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list ----------------------------------------------------------------- */

static void
update_empty_state (AccDirectoryWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  if (empty)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0)
        {
          adw_status_page_set_title (self->empty_page, _("No Service Found"));
          adw_status_page_set_description (self->empty_page,
                                           _("No name, category or address matches the search."));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("The Directory Is Empty"));
          adw_status_page_set_description (self->empty_page, _("Add a service with New Entry (Ctrl+N)."));
        }
    }
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static gboolean
field_matches (const char *field,
               const char *word)
{
  return field != NULL && g_str_match_string (word, field, TRUE);
}

/* Every word of the search in some field: « ccas villeur » finds « CCAS de
 * Villeurbanne »; « helene » finds « Hélène ». */
static gboolean
entry_matches (gpointer item,
               gpointer user_data)
{
  AccDirectoryWindow *self = user_data;
  AccDirectoryEntry *entry = item;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_auto(GStrv) words = g_strsplit_set (search, " \t", -1);
  g_autofree char *digits = NULL;

  if (acc_directory_entry_get_phone (entry) != NULL)
    digits = acc_phone_search_digits (acc_directory_entry_get_phone (entry));
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      g_autofree char *word_digits = NULL;

      if (*word == '\0')
        continue;
      if (field_matches (acc_directory_entry_get_name (entry), word)
          || field_matches (acc_directory_entry_get_category (entry), word)
          || field_matches (acc_directory_entry_get_address (entry), word)
          || field_matches (acc_directory_entry_get_notes (entry), word))
        continue;
      word_digits = acc_phone_search_digits (word);
      if (digits != NULL && *word_digits != '\0' && strstr (digits, word_digits) != NULL)
        continue;
      return FALSE;
    }
  return TRUE;
}

static void
load_list (AccDirectoryWindow *self)
{
  g_autoptr(GListModel) all = acc_repository_list_directory (self->repository, NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (all, i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       items->pdata, items->len);
  update_empty_state (self);
}

static void
on_search_changed (AccDirectoryWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

static void
on_search_stop (AccDirectoryWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  AccDirectoryEntry *entry = gtk_list_item_get_item (list_item);
  g_autofree char *phone = NULL;
  g_autofree char *address = NULL;
  const char *text = NULL;

  if (entry == NULL)
    return;
  switch (GPOINTER_TO_INT (user_data))
    {
    case COLUMN_NAME:
      text = acc_directory_entry_get_name (entry);
      break;
    case COLUMN_CATEGORY:
      text = acc_directory_entry_get_category (entry);
      break;
    case COLUMN_PHONE:
      if (acc_directory_entry_get_phone (entry) != NULL && *acc_directory_entry_get_phone (entry) != '\0')
        text = phone = acc_phone_format_national (acc_directory_entry_get_phone (entry));
      break;
    case COLUMN_ADDRESS:
      /* On one line. */
      if (acc_directory_entry_get_address (entry) != NULL)
        text = address = g_strdelimit (g_strdup (acc_directory_entry_get_address (entry)), "\n", ' ');
      break;
    default:
      g_assert_not_reached ();
    }
  acc_list_cell_set_text (list_item, text);
}

static void
set_column_factory (GtkColumnViewColumn *column,
                    int                  which)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (acc_list_cell_setup_text), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (which));
  gtk_column_view_column_set_factory (column, factory);
}

/* The page ----------------------------------------------------------------- */

static void update_actions (AccDirectoryWindow *self);

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_entry (AccDirectoryWindow *self,
            AccDirectoryEntry  *entry)
{
  g_autofree char *phone = NULL;
  const char *e164;

  g_set_object (&self->entry, entry);
  self->loading = TRUE;
  acc_field_error_show (GTK_WIDGET (self->name_row), self->name_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->phone_row), self->phone_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->email_row), self->email_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  if (entry == NULL)
    {
      gtk_stack_set_visible_child_name (self->page_stack, "none");
      self->loading = FALSE;
      update_actions (self);
      return;
    }

  e164 = acc_directory_entry_get_phone (entry);
  if (e164 != NULL && *e164 != '\0')
    phone = acc_phone_format_national (e164);
  set_row_text (self->name_row, acc_directory_entry_get_name (entry));
  set_row_text (self->category_row, acc_directory_entry_get_category (entry));
  set_row_text (self->phone_row, phone);
  set_row_text (self->email_row, acc_directory_entry_get_email (entry));
  set_row_text (self->address_row, acc_directory_entry_get_address (entry));
  set_row_text (self->website_row, acc_directory_entry_get_website (entry));
  set_row_text (self->hours_row, acc_directory_entry_get_hours (entry));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            acc_directory_entry_get_notes (entry) != NULL
                            ? acc_directory_entry_get_notes (entry) : "", -1);
  gtk_stack_set_visible_child_name (self->page_stack, "page");
  self->loading = FALSE;
  update_actions (self);
}

static void
on_selection_changed (AccDirectoryWindow *self)
{
  AccDirectoryEntry *item = gtk_single_selection_get_selected_item (self->selection);

  if (item == NULL)
    return;
  if (self->entry != NULL && acc_directory_entry_get_id (self->entry) == acc_directory_entry_get_id (item))
    return;
  show_entry (self, item);
}

static void
on_column_view_activate (AccDirectoryWindow *self,
                         guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  on_selection_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
on_field_changed (AccDirectoryWindow *self,
                  GtkWidget          *field)
{
  if (!self->loading)
    acc_field_error_clear_for (field);
}

static char *
field_or_null (GtkWidget *field)
{
  char *text = acc_field_text (field);

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
notes_text (AccDirectoryWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (widget);
  g_autoptr(AccDirectoryEntry) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->name_row));
  g_autofree char *e164 = NULL;
  g_autofree char *category = NULL;
  g_autofree char *email = NULL;
  g_autofree char *address = NULL;
  g_autofree char *website = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *notes = NULL;
  GtkWidget *first_invalid = NULL;
  gboolean valid = TRUE;
  gint64 id;

  if (self->entry == NULL)
    return;

  valid &= acc_field_check_text (GTK_WIDGET (self->name_row), self->name_error,
                                 _("A directory entry needs a name."), ACC_LIMIT_NAME,
                                 &first_invalid);
  valid &= acc_field_check_phone (GTK_WIDGET (self->phone_row), self->phone_error,
                                  _("This is not a phone number."), &e164, &first_invalid);
  valid &= acc_field_check_email (GTK_WIDGET (self->email_row), self->email_error,
                                  _("This is not an e-mail address."), &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->category_row), ACC_LIMIT_NAME, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->address_row), ACC_LIMIT_LINE, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->website_row), ACC_LIMIT_LINE, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->hours_row), ACC_LIMIT_LINE, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->notes_view), ACC_LIMIT_TEXT, &first_invalid);
  if (!valid)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  category = field_or_null (GTK_WIDGET (self->category_row));
  email = field_or_null (GTK_WIDGET (self->email_row));
  address = field_or_null (GTK_WIDGET (self->address_row));
  website = field_or_null (GTK_WIDGET (self->website_row));
  hours = field_or_null (GTK_WIDGET (self->hours_row));
  notes = notes_text (self);
  edited = g_object_new (ACC_TYPE_DIRECTORY_ENTRY,
                         "id", acc_directory_entry_get_id (self->entry),
                         "name", name,
                         "category", category,
                         "phone", e164,
                         "email", email,
                         "address", address,
                         "website", website,
                         "hours", hours,
                         "notes", notes,
                         NULL);
  if (!acc_repository_save_directory_entry (self->repository, edited, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  id = acc_directory_entry_get_id (edited);
  show_entry (self, edited);
  /* The list is read again by the change signal; select the saved row. */
  load_list (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    {
      g_autoptr(AccDirectoryEntry) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (acc_directory_entry_get_id (item) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
}

static void
new_entry_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (widget);
  g_autoptr(AccDirectoryEntry) entry = acc_directory_entry_new ("");

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_entry (self, entry);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  acc_import_choose_file (GTK_WINDOW (widget), ACC_DIRECTORY_WINDOW (widget)->repository, ACC_IMPORT_TARGET_DIRECTORY);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  acc_export_choose_file (GTK_WINDOW (widget), ACC_DIRECTORY_WINDOW (widget)->repository, ACC_IMPORT_TARGET_DIRECTORY);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (ACC_DIRECTORY_WINDOW (widget)->search_entry));
}

static void
on_delete_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    AccDirectoryWindow *self)
{
  g_autoptr(GError) error = NULL;
  AccDirectoryEntry *entry = g_object_get_data (G_OBJECT (dialog), "acc-entry");

  if (g_strcmp0 (response, "delete") != 0 || entry == NULL)
    return;
  if (!acc_repository_delete_directory_entry (self->repository, acc_directory_entry_get_id (entry), &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  show_entry (self, NULL);
  load_list (self);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (widget);
  GtkWidget *dialog;

  if (self->entry == NULL || acc_directory_entry_get_id (self->entry) == 0)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: %s is the name of a local service */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     acc_directory_entry_get_name (self->entry));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The service leaves the directory. The calls oriented to it keep "
                                 "their entries in the book."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "acc-entry", g_object_ref (self->entry), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (AccDirectoryWindow *self)
{
  gboolean shown = self->entry != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.save", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete",
                                 shown && acc_directory_entry_get_id (self->entry) != 0);
}

static void
on_repository_changed (AccDirectoryWindow *self,
                       AccChangeFlags      flags)
{
  if (flags & ACC_CHANGE_DIRECTORY)
    load_list (self);
}

static void
acc_directory_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_directory_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_directory_window_constructed (GObject *object)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (object);

  G_OBJECT_CLASS (acc_directory_window_parent_class)->constructed (object);

  g_signal_connect_object (self->repository, "changed", G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  load_list (self);
}

static void
acc_directory_window_dispose (GObject *object)
{
  AccDirectoryWindow *self = ACC_DIRECTORY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_DIRECTORY_WINDOW);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->entries);
  g_clear_object (&self->entry);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_directory_window_parent_class)->dispose (object);
}

static void
acc_directory_window_class_init (AccDirectoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_directory_window_get_property;
  object_class->set_property = acc_directory_window_set_property;
  object_class->constructed = acc_directory_window_constructed;
  object_class->dispose = acc_directory_window_dispose;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/fr/accueil/Accueil/ui/acc-directory-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, category_column);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, phone_column);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, address_column);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, page);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, category_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, website_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, hours_row);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AccDirectoryWindow, save_error);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_activated);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-entry", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save", NULL);
}

static void
acc_directory_window_init (AccDirectoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_list_store_new (ACC_TYPE_DIRECTORY_ENTRY);
  self->filter = gtk_custom_filter_new (entry_matches, self, NULL);
  /* A small set (DESIGN.md, "Lists at scale"): filtered in memory. */
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  set_column_factory (self->name_column, COLUMN_NAME);
  set_column_factory (self->category_column, COLUMN_CATEGORY);
  set_column_factory (self->phone_column, COLUMN_PHONE);
  set_column_factory (self->address_column, COLUMN_ADDRESS);

  acc_field_error_attach (GTK_WIDGET (self->name_row), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_row), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_row), self->email_error);
  acc_field_label_entry_rows (GTK_WIDGET (self->page));
  /* Typing searches at once. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  update_actions (self);
}

AccDirectoryWindow *
acc_directory_window_new (AccRepository *repository)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  return g_object_new (ACC_TYPE_DIRECTORY_WINDOW, "repository", repository, NULL);
}

/**
 * acc_directory_window_get_model:
 *
 * Returns: (transfer none): the entries shown, searched.
 */
GListModel *
acc_directory_window_get_model (AccDirectoryWindow *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_WINDOW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
acc_directory_window_select (AccDirectoryWindow *self,
                             guint               position)
{
  g_return_if_fail (ACC_IS_DIRECTORY_WINDOW (self));

  gtk_single_selection_set_selected (self->selection, position);
}
