/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-contacts-window.c — the contacts file (fichier prospects/clients): a
 * lazy list searched in SQL, and a contact's page with its fields and its
 * history of calls, visits and messages; new, delete, merge. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-contacts-window.h"
#include "acc-directory-window.h"
#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-import-dialog.h"
#include "acc-labels.h"
#include "acc-list-cells.h"
#include "acc-phone.h"
#include "acc-window.h"

/* The most of a contact's history the page shows. */
#define HISTORY_LIMIT 200

enum {
  COLUMN_NAME,
  COLUMN_ORGANISATION,
  COLUMN_PHONE,
  COLUMN_EMAIL,
  COLUMN_KIND,
};

struct _AccContactsWindow
{
  AdwWindow parent_instance;

  AccRepository *repository;
  GtkSingleSelection *selection;
  AccContact *contact;         /* the page's contact; id 0 when new */
  gboolean loading;            /* filling the page: not the user's edits */
  gboolean dirty;              /* the page holds edits not saved yet */

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *organisation_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *email_column;
  GtkColumnViewColumn *kind_column;
  GtkStack *page_stack;
  AdwPreferencesPage *page;
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *organisation_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *address_row;
  AdwComboRow *kind_row;
  GtkTextView *notes_view;
  GtkLabel *save_error;
  GtkListBox *history_list;
  GtkLabel *history_empty;
};

G_DEFINE_FINAL_TYPE (AccContactsWindow, acc_contacts_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const AccContactKind kinds[] = {
  ACC_CONTACT_KIND_CLIENT,
  ACC_CONTACT_KIND_PROSPECT,
  ACC_CONTACT_KIND_PARTNER,
  ACC_CONTACT_KIND_OTHER,
};

/* The list ----------------------------------------------------------------- */

static void
update_empty_state (AccContactsWindow *self)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  gboolean empty = model == NULL || g_list_model_get_n_items (model) == 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* A broad search on a large file is still being listed: no rows yet,
   * but "nothing found" would be said too soon. */
  if (empty && model != NULL && ACC_IS_QUERY_MODEL (model)
      && !acc_query_model_is_counted (ACC_QUERY_MODEL (model)))
    return;

  if (empty)
    {
      if (*search != '\0')
        {
          adw_status_page_set_title (self->empty_page, _("No Contact Found"));
          adw_status_page_set_description (self->empty_page,
                                           _("No name, organisation or phone number matches the search."));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No Contacts"));
          adw_status_page_set_description (self->empty_page,
                                           _("Add one with New Contact (Ctrl+N)."));
        }
    }
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static void
load_list (AccContactsWindow *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GListModel) model = acc_repository_list_contacts (self->repository, search);
  GListModel *old = gtk_single_selection_get_model (self->selection);

  if (old != NULL)
    g_signal_handlers_disconnect_by_data (old, self);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_empty_state), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, model);
  update_empty_state (self);
}

/* After the entry's own delay: the list is read again, filtered in SQL. */
static void
on_search_changed (AccContactsWindow *self)
{
  load_list (self);
}

static void
on_search_stop (AccContactsWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  AccContact *contact = gtk_list_item_get_item (list_item);
  g_autofree char *phone = NULL;
  const char *text = NULL;

  if (contact == NULL)
    return;
  switch (GPOINTER_TO_INT (user_data))
    {
    case COLUMN_NAME:
      text = acc_contact_get_name (contact);
      break;
    case COLUMN_ORGANISATION:
      text = acc_contact_get_organisation (contact);
      break;
    case COLUMN_PHONE:
      if (acc_contact_get_phone (contact) != NULL && *acc_contact_get_phone (contact) != '\0')
        text = phone = acc_phone_format_national (acc_contact_get_phone (contact));
      break;
    case COLUMN_EMAIL:
      text = acc_contact_get_email (contact);
      break;
    case COLUMN_KIND:
      text = acc_contact_kind_label (acc_contact_get_kind (contact));
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

static void update_actions (AccContactsWindow *self);

static void
clear_errors (AccContactsWindow *self)
{
  acc_field_error_show (GTK_WIDGET (self->name_row), self->name_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->phone_row), self->phone_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->email_row), self->email_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
}

static void
clear_history (AccContactsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);
}

/* One line of history: what, when, about what. */
typedef struct
{
  gint64 at_us;
  char *title;
  char *subtitle;
} HistoryItem;

static void
history_item_free (gpointer data)
{
  HistoryItem *item = data;

  g_free (item->title);
  g_free (item->subtitle);
  g_free (item);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const HistoryItem *x = *(HistoryItem * const *) a;
  const HistoryItem *y = *(HistoryItem * const *) b;

  return x->at_us < y->at_us ? 1 : x->at_us > y->at_us ? -1 : 0;
}

static char *
join_nonempty (const char *a,
               const char *b)
{
  if (a == NULL || *a == '\0')
    return g_strdup (b != NULL ? b : "");
  if (b == NULL || *b == '\0')
    return g_strdup (a);
  return g_strconcat (a, " — ", b, NULL);
}

static void
load_history (AccContactsWindow *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (history_item_free);
  g_autoptr(GPtrArray) interactions = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  gint64 id = self->contact != NULL ? acc_contact_get_id (self->contact) : 0;

  clear_history (self);
  if (id != 0)
    {
      interactions = acc_repository_list_contact_interactions (self->repository, id, HISTORY_LIMIT, NULL);
      messages = acc_repository_list_contact_messages (self->repository, id, HISTORY_LIMIT, NULL);
    }

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    {
      AccInteraction *interaction = g_ptr_array_index (interactions, i);
      HistoryItem *item = g_new0 (HistoryItem, 1);
      g_autofree char *when = acc_format_time (acc_interaction_get_started_at (interaction));
      AccChannel channel = acc_interaction_get_channel (interaction);

      item->at_us = acc_interaction_get_started_at (interaction);
      /* Translators: "Call, 12/03/2026 14:05" */
      item->title = g_strdup_printf (channel == ACC_CHANNEL_VISIT ? _("Visit, %s") : _("Call, %s"), when);
      item->subtitle = join_nonempty (acc_interaction_get_reason (interaction),
                                      acc_outcome_label_for_channel (acc_interaction_get_outcome (interaction),
                                                                     channel));
      g_ptr_array_add (items, item);
    }
  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      AccMessage *message = g_ptr_array_index (messages, i);
      HistoryItem *item = g_new0 (HistoryItem, 1);
      g_autofree char *when = acc_format_time (acc_message_get_created_at (message));
      g_autofree char *status = join_nonempty (acc_message_get_reason (message),
                                               acc_message_status_label (acc_message_get_status (message)));

      item->at_us = acc_message_get_created_at (message);
      /* Translators: "Message for Claire Martin, 12/03/2026 14:05" */
      item->title = g_strdup_printf (_("Message for %s, %s"),
                                     acc_message_get_recipient_name (message) != NULL
                                     ? acc_message_get_recipient_name (message) : "", when);
      item->subtitle = g_steal_pointer (&status);
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_newest_first);

  for (guint i = 0; i < items->len; i++)
    {
      HistoryItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->subtitle);
      gtk_list_box_append (self->history_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), items->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->history_empty), items->len == 0);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_contact (AccContactsWindow *self,
              AccContact        *contact)
{
  g_autofree char *phone = NULL;
  const char *e164;

  g_set_object (&self->contact, contact);
  self->loading = TRUE;
  self->dirty = FALSE;
  clear_errors (self);
  if (contact == NULL)
    {
      gtk_stack_set_visible_child_name (self->page_stack, "none");
      self->loading = FALSE;
      update_actions (self);
      return;
    }

  e164 = acc_contact_get_phone (contact);
  if (e164 != NULL && *e164 != '\0')
    phone = acc_phone_format_national (e164);
  set_row_text (self->name_row, acc_contact_get_name (contact));
  set_row_text (self->organisation_row, acc_contact_get_organisation (contact));
  set_row_text (self->phone_row, phone);
  set_row_text (self->email_row, acc_contact_get_email (contact));
  set_row_text (self->address_row, acc_contact_get_address (contact));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == acc_contact_get_kind (contact))
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            acc_contact_get_notes (contact) != NULL ? acc_contact_get_notes (contact) : "", -1);
  load_history (self);
  gtk_stack_set_visible_child_name (self->page_stack, "page");
  self->loading = FALSE;
  update_actions (self);
}

/* The selected row, read again: the list's copy may be older. */
static void save_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter);

static gboolean
close_window_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* What to do once the page's edits are saved or discarded. */
static void
leave_page (AccContactsWindow *self,
            AccContact        *next,
            gboolean           close)
{
  if (close)
    {
      self->dirty = FALSE;
      /* Not from inside the question's response: the dialog, transient for
       * this window, still has to finish closing itself. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_window_idle, g_object_ref (self), g_object_unref);
    }
  else
    show_contact (self, next);
}

static void
on_unsaved_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     AccContactsWindow *self)
{
  AccContact *next = g_object_get_data (G_OBJECT (dialog), "acc-next");
  gboolean close = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "acc-close"));

  if (g_strcmp0 (response, "save") == 0)
    {
      save_activated (GTK_WIDGET (self), NULL, NULL);
      /* A field is wrong: the page stays, with its errors. */
      if (self->dirty)
        return;
      leave_page (self, next, close);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    leave_page (self, next, close);
}

/* Nothing typed is lost without asking (DESIGN.md). */
static gboolean
ask_unsaved (AccContactsWindow *self,
             AccContact        *next,
             gboolean           close)
{
  GtkWidget *dialog;
  g_autofree char *name = NULL;

  if (!self->dirty || self->contact == NULL)
    return FALSE;

  name = acc_field_text (GTK_WIDGET (self->name_row));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   _("Otherwise what was typed on this page is lost."));
  if (*name != '\0')
    /* Translators: %s is a contact's name */
    adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Save the Changes to “%s”?"), name);
  else
    adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), _("Save the New Contact?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (next != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "acc-next", g_object_ref (next), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "acc-close", GINT_TO_POINTER (close));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The selected row, read again: the list's copy may be older. */
static void
on_selection_changed (AccContactsWindow *self)
{
  AccContact *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(AccContact) fresh = NULL;

  if (item == NULL)
    return;
  if (self->contact != NULL && acc_contact_get_id (self->contact) == acc_contact_get_id (item))
    return;
  fresh = acc_repository_get_contact (self->repository, acc_contact_get_id (item), NULL);
  if (!ask_unsaved (self, fresh != NULL ? fresh : item, FALSE))
    show_contact (self, fresh != NULL ? fresh : item);
}

static gboolean
on_close_request (AccContactsWindow *self)
{
  return ask_unsaved (self, NULL, TRUE);
}

static void
on_page_edited (AccContactsWindow *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

static void
on_column_view_activate (AccContactsWindow *self,
                         guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  on_selection_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* The person is fixing a field: its error goes until the next save. */
static void
on_field_changed (AccContactsWindow *self,
                  GtkWidget         *field)
{
  if (!self->loading)
    {
      self->dirty = TRUE;
      acc_field_error_clear_for (field);
    }
}

static char *
notes_text (AccContactsWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
nonempty_or_null (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  g_autoptr(AccContact) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->name_row));
  g_autofree char *e164 = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *email = NULL;
  g_autofree char *address = NULL;
  g_autofree char *notes = NULL;
  GtkWidget *first_invalid = NULL;
  gboolean valid = TRUE;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->contact == NULL)
    return;

  valid &= acc_field_check_text (GTK_WIDGET (self->name_row), self->name_error,
                                 _("A contact needs a name."), ACC_LIMIT_NAME, &first_invalid);
  valid &= acc_field_check_phone (GTK_WIDGET (self->phone_row), self->phone_error,
                                  _("This is not a phone number."), &e164, &first_invalid);
  valid &= acc_field_check_email (GTK_WIDGET (self->email_row), self->email_error,
                                  _("This is not an e-mail address."), &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->organisation_row), ACC_LIMIT_NAME, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->address_row), ACC_LIMIT_LINE, &first_invalid);
  valid &= acc_field_check_length (GTK_WIDGET (self->notes_view), ACC_LIMIT_TEXT, &first_invalid);
  if (!valid)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  organisation = nonempty_or_null (acc_field_text (GTK_WIDGET (self->organisation_row)));
  email = nonempty_or_null (acc_field_text (GTK_WIDGET (self->email_row)));
  address = nonempty_or_null (acc_field_text (GTK_WIDGET (self->address_row)));
  notes = nonempty_or_null (notes_text (self));
  /* A copy: the page keeps showing what was typed if the save fails. */
  edited = g_object_new (ACC_TYPE_CONTACT,
                         "id", acc_contact_get_id (self->contact),
                         "name", name,
                         "organisation", organisation,
                         "phone", e164,
                         "email", email,
                         "address", address,
                         "kind", kind < G_N_ELEMENTS (kinds) ? kinds[kind] : ACC_CONTACT_KIND_OTHER,
                         "notes", notes,
                         "created-at", acc_contact_get_created_at (self->contact),
                         NULL);
  if (!acc_repository_save_contact (self->repository, edited, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  show_contact (self, edited);
}

static void
new_contact_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  g_autoptr(AccContact) contact = acc_contact_new ("");

  acc_contact_set_kind (contact, ACC_CONTACT_KIND_CLIENT);
  if (ask_unsaved (self, contact, FALSE))
    return;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_contact (self, contact);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  acc_import_choose_file (GTK_WINDOW (widget), ACC_CONTACTS_WINDOW (widget)->repository, ACC_IMPORT_TARGET_CONTACTS);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  acc_export_choose_file (GTK_WINDOW (widget), ACC_CONTACTS_WINDOW (widget)->repository, ACC_IMPORT_TARGET_CONTACTS);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (ACC_CONTACTS_WINDOW (widget)->search_entry));
}

/* Delete ------------------------------------------------------------------- */

static void
on_delete_response (AdwMessageDialog  *dialog,
                    const char        *response,
                    AccContactsWindow *self)
{
  g_autoptr(GError) error = NULL;
  AccContact *contact = g_object_get_data (G_OBJECT (dialog), "acc-contact");

  if (g_strcmp0 (response, "delete") != 0 || contact == NULL)
    return;
  if (!acc_repository_delete_contact (self->repository, acc_contact_get_id (contact), &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  show_contact (self, NULL);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  GtkWidget *dialog;

  if (self->contact == NULL || acc_contact_get_id (self->contact) == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: the heading of a confirmation; %s is a contact's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     acc_contact_get_name (self->contact));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The contact leaves the contacts file. The calls book, the visits "
                                 "register and the messages keep their entries, under the name "
                                 "they were taken with."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "acc-contact", g_object_ref (self->contact), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Personal data (RGPD) ---------------------------------------------------- */

static void
on_export_person_response (GtkNativeDialog   *chooser,
                           int                response,
                           AccContactsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "acc-contact-id"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path == NULL)
    return;
  /* The file is private to the user (0600), and the export is logged. */
  if (!acc_repository_export_person_to_file (self->repository, contact_id, path, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
    }
}

static void
export_person_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->contact == NULL || acc_contact_get_id (self->contact) == 0)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Contact’s Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = g_strdup_printf ("%s.json", acc_contact_get_name (self->contact));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "acc-contact-id", GSIZE_TO_POINTER ((gsize) acc_contact_get_id (self->contact)));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_person_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_erase_person_response (AdwMessageDialog  *dialog,
                          const char        *response,
                          AccContactsWindow *self)
{
  g_autoptr(GError) error = NULL;
  AccContact *contact = g_object_get_data (G_OBJECT (dialog), "acc-contact");

  if (g_strcmp0 (response, "erase") != 0 || contact == NULL)
    return;
  if (!acc_repository_erase_person (self->repository, acc_contact_get_id (contact), NULL, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  show_contact (self, NULL);
}

static void
erase_person_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  GtkWidget *dialog;

  if (self->contact == NULL || acc_contact_get_id (self->contact) == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: the heading of a confirmation; %s is a contact's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Erase “%s”’s Data?"),
                                     acc_contact_get_name (self->contact));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The contact leaves the contacts file, and their calls, visits and messages "
                                 "lose their name, phone, e-mail and notes. The books keep the dates and "
                                 "outcomes. The erasure is logged. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "acc-contact", g_object_ref (self->contact), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_person_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Merge -------------------------------------------------------------------- */

typedef struct
{
  AccContactsWindow *self;    /* unowned: the dialog is destroyed with it */
  AccContact *keep;
  GtkSearchEntry *search;
  GtkListBox *results;
  GPtrArray *found;
} MergeDialog;

static void
merge_dialog_free (gpointer data)
{
  MergeDialog *merge = data;

  g_clear_object (&merge->keep);
  g_clear_pointer (&merge->found, g_ptr_array_unref);
  g_free (merge);
}

static char *
describe_contact (AccContact *contact)
{
  g_autofree char *phone = NULL;
  GString *text = g_string_new (acc_contact_get_name (contact));

  if (acc_contact_get_organisation (contact) != NULL && *acc_contact_get_organisation (contact) != '\0')
    g_string_append_printf (text, ", %s", acc_contact_get_organisation (contact));
  if (acc_contact_get_phone (contact) != NULL && *acc_contact_get_phone (contact) != '\0')
    {
      phone = acc_phone_format_national (acc_contact_get_phone (contact));
      g_string_append_printf (text, ", %s", phone);
    }
  if (acc_contact_get_email (contact) != NULL && *acc_contact_get_email (contact) != '\0')
    g_string_append_printf (text, ", %s", acc_contact_get_email (contact));
  return g_string_free (text, FALSE);
}

static AccContact *
merge_chosen (MergeDialog *merge)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (merge->results);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index < 0 || merge->found == NULL || (guint) index >= merge->found->len)
    return NULL;
  return g_ptr_array_index (merge->found, index);
}

static void
on_merge_row_selected (GtkListBox       *list,
                       GtkListBoxRow    *row,
                       AdwMessageDialog *dialog)
{
  MergeDialog *merge = g_object_get_data (G_OBJECT (dialog), "acc-merge");
  AccContact *other = merge_chosen (merge);
  g_autofree char *keep_text = describe_contact (merge->keep);
  g_autofree char *other_text = NULL;
  g_autofree char *body = NULL;

  adw_message_dialog_set_response_enabled (dialog, "merge", other != NULL);
  if (other == NULL)
    {
      adw_message_dialog_set_body (dialog, _("Search for the duplicate to merge into this contact."));
      return;
    }
  other_text = describe_contact (other);
  body = g_strdup_printf (_("Kept: %s\nMerged, then deleted: %s\n\nThe kept contact's empty fields are "
                            "filled from the other, and their calls, visits and messages are joined."),
                          keep_text, other_text);
  adw_message_dialog_set_body (dialog, body);
}

static void
on_merge_search_changed (GtkSearchEntry   *entry,
                         AdwMessageDialog *dialog)
{
  MergeDialog *merge = g_object_get_data (G_OBJECT (dialog), "acc-merge");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (merge->results))) != NULL)
    gtk_list_box_remove (merge->results, child);
  g_clear_pointer (&merge->found, g_ptr_array_unref);
  merge->found = g_ptr_array_new_with_free_func (g_object_unref);

  if (*text != '\0')
    {
      g_autoptr(GPtrArray) found = acc_repository_search_contacts (merge->self->repository, text, 10, NULL);

      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          AccContact *contact = g_ptr_array_index (found, i);
          g_autofree char *text_row = NULL;
          GtkWidget *label;

          if (acc_contact_get_id (contact) == acc_contact_get_id (merge->keep))
            continue;
          text_row = describe_contact (contact);
          label = gtk_label_new (text_row);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_widget_set_margin_top (label, 6);
          gtk_widget_set_margin_bottom (label, 6);
          gtk_widget_set_margin_start (label, 6);
          gtk_widget_set_margin_end (label, 6);
          gtk_list_box_append (merge->results, label);
          g_ptr_array_add (merge->found, g_object_ref (contact));
        }
    }
  on_merge_row_selected (merge->results, NULL, dialog);
}

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  MergeDialog *merge = g_object_get_data (G_OBJECT (dialog), "acc-merge");
  AccContactsWindow *self = merge->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccContact) merged = NULL;
  AccContact *other = merge_chosen (merge);

  /* The dialog goes: its list, emptied as it is destroyed, must not call
   * back into it. */
  g_signal_handlers_disconnect_by_data (merge->results, dialog);
  g_signal_handlers_disconnect_by_data (merge->search, dialog);
  if (g_strcmp0 (response, "merge") != 0 || other == NULL)
    return;
  if (!acc_repository_merge_contacts (self->repository, acc_contact_get_id (merge->keep),
                                      acc_contact_get_id (other), &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  merged = acc_repository_get_contact (self->repository, acc_contact_get_id (merge->keep), NULL);
  g_clear_object (&self->contact);
  show_contact (self, merged);
}

static void
merge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (widget);
  MergeDialog *merge;
  GtkWidget *dialog, *box, *scroller;

  if (self->contact == NULL || acc_contact_get_id (self->contact) == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: %s is a contact's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Merge a Duplicate Into “%s”"),
                                     acc_contact_get_name (self->contact));
  merge = g_new0 (MergeDialog, 1);
  merge->self = self;
  merge->keep = g_object_ref (self->contact);
  g_object_set_data_full (G_OBJECT (dialog), "acc-merge", merge, merge_dialog_free);
  /* merge->self is not owned: the dialog must not outlive the window. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  merge->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (merge->search, "placeholder-text", _("Name, organisation or phone"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (merge->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the duplicate"), -1);
  merge->results = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (merge->results), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contacts found"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (merge->results), "boxed-list");
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 180);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (merge->results));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (merge->search));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (merge->search, "search-changed", G_CALLBACK (on_merge_search_changed), dialog);
  g_signal_connect (merge->results, "row-selected", G_CALLBACK (on_merge_row_selected), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_merge_response), NULL);
  on_merge_row_selected (merge->results, NULL, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (merge->search));
}

/* Actions and the object --------------------------------------------------- */

static void
update_actions (AccContactsWindow *self)
{
  gboolean shown = self->contact != NULL;
  gboolean stored = shown && acc_contact_get_id (self->contact) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.save", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.merge", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.export-person", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.erase-person", stored);
}

/* Another window or process changed the contacts: the page follows, unless
 * its contact is gone. */
static void
on_repository_changed (AccContactsWindow *self,
                       AccChangeFlags     flags)
{
  g_autoptr(AccContact) fresh = NULL;

  if (self->contact == NULL || acc_contact_get_id (self->contact) == 0)
    return;
  if ((flags & (ACC_CHANGE_CONTACTS | ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES)) == 0)
    return;
  fresh = acc_repository_get_contact (self->repository, acc_contact_get_id (self->contact), NULL);
  if (fresh == NULL)
    show_contact (self, NULL);
  else if (flags & (ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES))
    load_history (self);
}

static void
acc_contacts_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (object);

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
acc_contacts_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (object);

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
acc_contacts_window_constructed (GObject *object)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (object);

  G_OBJECT_CLASS (acc_contacts_window_parent_class)->constructed (object);

  g_signal_connect_object (self->repository, "changed", G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  load_list (self);
}

static void
acc_contacts_window_dispose (GObject *object)
{
  AccContactsWindow *self = ACC_CONTACTS_WINDOW (object);
  GListModel *model = self->selection != NULL ? gtk_single_selection_get_model (self->selection) : NULL;

  if (model != NULL)
    g_signal_handlers_disconnect_by_data (model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_CONTACTS_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->contact);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_contacts_window_parent_class)->dispose (object);
}

static void
acc_contacts_window_class_init (AccContactsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_contacts_window_get_property;
  object_class->set_property = acc_contacts_window_set_property;
  object_class->constructed = acc_contacts_window_constructed;
  object_class->dispose = acc_contacts_window_dispose;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/fr/accueil/Accueil/ui/acc-contacts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, organisation_column);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, phone_column);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, email_column);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, kind_column);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, page);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, history_list);
  gtk_widget_class_bind_template_child (widget_class, AccContactsWindow, history_empty);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "win.new-contact", NULL, new_contact_activated);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "page.merge", NULL, merge_activated);
  gtk_widget_class_install_action (widget_class, "page.export-person", NULL, export_person_activated);
  gtk_widget_class_install_action (widget_class, "page.erase-person", NULL, erase_person_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save", NULL);
}

static void
acc_contacts_window_init (AccContactsWindow *self)
{
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  set_column_factory (self->name_column, COLUMN_NAME);
  set_column_factory (self->organisation_column, COLUMN_ORGANISATION);
  set_column_factory (self->phone_column, COLUMN_PHONE);
  set_column_factory (self->email_column, COLUMN_EMAIL);
  set_column_factory (self->kind_column, COLUMN_KIND);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_labels, acc_contact_kind_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_labels));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_page_edited), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_page_edited), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  acc_field_error_attach (GTK_WIDGET (self->name_row), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_row), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_row), self->email_error);
  acc_field_label_entry_rows (GTK_WIDGET (self->page));
  /* Typing searches at once. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), FALSE);
  update_actions (self);
}

AccContactsWindow *
acc_contacts_window_new (AccRepository *repository)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  return g_object_new (ACC_TYPE_CONTACTS_WINDOW, "repository", repository, NULL);
}

/**
 * acc_contacts_window_get_model:
 *
 * Returns: (transfer none): the list as shown, searched.
 */
GListModel *
acc_contacts_window_get_model (AccContactsWindow *self)
{
  g_return_val_if_fail (ACC_IS_CONTACTS_WINDOW (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}

/**
 * acc_contacts_window_select:
 *
 * Selects the row at @position, which shows its page.
 */
void
acc_contacts_window_select (AccContactsWindow *self,
                            guint              position)
{
  g_return_if_fail (ACC_IS_CONTACTS_WINDOW (self));

  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * acc_contacts_window_get_contact:
 *
 * Returns: (transfer none) (nullable): the contact the page shows.
 */
AccContact *
acc_contacts_window_get_contact (AccContactsWindow *self)
{
  g_return_val_if_fail (ACC_IS_CONTACTS_WINDOW (self), NULL);

  return self->contact;
}

/* app.contacts (Ctrl+Shift+C) and app.directory ---------------------------- */

static GtkWindow *
present_one (AccApplication *app,
             GType           type)
{
  AccRepository *repository = acc_application_get_repository (app);
  GtkWindow *window = NULL;

  if (repository == NULL)
    return NULL;
  /* One of each is enough: bring it to the front. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      window = l->data;
  if (window == NULL)
    {
      window = g_object_new (type, "repository", repository, "application", app, NULL);
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        if (ACC_IS_WINDOW (l->data))
          gtk_window_set_transient_for (window, l->data);
    }
  gtk_window_present (window);
  return window;
}

static void
contacts_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  present_one (ACC_APPLICATION (user_data), ACC_TYPE_CONTACTS_WINDOW);
}

static void
directory_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  present_one (ACC_APPLICATION (user_data), ACC_TYPE_DIRECTORY_WINDOW);
}

static const GActionEntry contacts_actions[] = {
  { "contacts", contacts_activated },
  { "directory", directory_activated },
};

/**
 * acc_contacts_actions_install:
 *
 * Adds app.contacts (Ctrl+Shift+C), the contacts file, and app.directory,
 * the directory of local services, to @application.
 */
void
acc_contacts_actions_install (AccApplication *application)
{
  static const char *contacts_accels[] = { "<Control><Shift>c", NULL };

  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), contacts_actions,
                                   G_N_ELEMENTS (contacts_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.contacts", contacts_accels);
}
