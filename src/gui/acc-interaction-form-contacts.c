/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction-form-contacts.c — who is calling or visiting, found in
 * the contacts file as the agent types a name, an organisation or phone
 * digits; chosen, the contact fills the fields and the entry is linked to
 * them. Someone unknown becomes a prospect in one step. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-field-error.h"
#include "acc-interaction-form-private.h"

/* Keys come about 100 ms apart as a word is typed; a look-up costs a
 * millisecond or two and runs off the main thread, so the results follow
 * each key at once (issue 8: keystroke to results painted in 100 ms).
 * The short pause only merges the keys of a paste or a held key. */
#define LOOKUP_DELAY_MS 15
#define LOOKUP_LIMIT 8
#define LOOKUP_MIN_CHARS 2

/* One line per contact: when, why, what came of it; a dash when nothing
 * is known. @history is the contact's interactions, newest first. */
static char *
format_history (GPtrArray *history)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; history != NULL && i < history->len && i < 3; i++)
    {
      AccInteraction *interaction = g_ptr_array_index (history, i);
      g_autofree char *when = acc_format_time (acc_interaction_get_started_at (interaction));
      const char *reason = acc_interaction_get_reason (interaction);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, when);
      if (reason != NULL && *reason != '\0')
        g_string_append_printf (text, ", %s", reason);
      g_string_append_printf (text, " (%s)", acc_outcome_label (acc_interaction_get_outcome (interaction)));
    }
  if (text->len == 0)
    g_string_append (text, "—");
  /* Translators: a contact's last calls and visits, in the call form's
   * look-up; %s is the list, or a dash when none is known */
  return g_strdup_printf (_("Last: %s"), text->str);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  AccContact *contact = item;
  AccInteractionForm *self = user_data;
  g_autofree char *phone = acc_phone_format_national (acc_contact_get_phone (contact));
  g_autoptr(GPtrArray) interactions = acc_repository_list_contact_interactions (self->repository,
                                                                              acc_contact_get_id (contact),
                                                                              3, NULL);
  g_autofree char *history = format_history (interactions);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *details[] = {
    acc_contact_get_organisation (contact),
    phone,
    acc_contact_get_email (contact),
  };
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (details[i] != NULL && *details[i] != '\0')
      {
        if (subtitle->len > 0)
          g_string_append (subtitle, " · ");
        g_string_append (subtitle, details[i]);
      }
  if (subtitle->len > 0)
    g_string_append_c (subtitle, '\n');
  g_string_append (subtitle, history);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), acc_contact_get_name (contact));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
show_matches (AccInteractionForm *self,
              GPtrArray          *found)
{
  g_list_store_splice (self->matches, 0, g_list_model_get_n_items (G_LIST_MODEL (self->matches)),
                       found != NULL ? found->pdata : NULL, found != NULL ? found->len : 0);
}

static void
update_contacts_page (AccInteractionForm *self,
                      gboolean            searched)
{
  const char *page = "hint";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
    page = "list";
  else if (searched)
    page = "empty";
  gtk_stack_set_visible_child_name (self->contacts_stack, page);
}

/* Forgets the look-up waiting or under way, and what was to be done with
 * its result. */
void
_acc_interaction_form_cancel_lookup (AccInteractionForm *self)
{
  g_clear_handle_id (&self->lookup_source, g_source_remove);
  g_cancellable_cancel (self->lookup_cancellable);
  g_clear_object (&self->lookup_cancellable);
  g_clear_pointer (&self->lookup_text, g_free);
  self->focus_match_pending = FALSE;
  self->choose_match_pending = FALSE;
}

static void fill_from_contact (AccInteractionForm *self,
                               AccContact         *contact);

/* What the agent asked for before the result came: Down goes to the first
 * match, Enter after it chooses that match. */
static void
act_on_matches (AccInteractionForm *self)
{
  g_autoptr(AccContact) first = g_list_model_get_item (G_LIST_MODEL (self->matches), 0);
  gboolean focus = self->focus_match_pending;
  gboolean choose = self->choose_match_pending;

  self->focus_match_pending = FALSE;
  self->choose_match_pending = FALSE;
  if (first == NULL)
    return;
  if (choose)
    fill_from_contact (self, first);
  else if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->contacts_list, 0)));
}

/* One look-up: the form, and the text it was started for. */
typedef struct
{
  AccInteractionForm *form;
  char *text;
} LookupRequest;

static void
lookup_request_free (LookupRequest *request)
{
  g_object_unref (request->form);
  g_free (request->text);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LookupRequest, lookup_request_free)

static void
on_lookup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LookupRequest) request = user_data;
  AccInteractionForm *self = request->form;
  const char *text = request->text;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  found = acc_repository_search_contacts_finish (ACC_REPOSITORY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->disposing)
    return;
  /* Overtaken: a newer text has its own look-up, whose result is the one
   * to show, even should this one come after it. */
  if (self->lookup_text == NULL || g_strcmp0 (text, self->lookup_text) != 0)
    return;
  g_clear_object (&self->lookup_cancellable);

  if (found == NULL)
    {
      /* A look-up that fails must not stop the call or visit being taken. */
      g_warning ("Cannot look up contacts: %s", error->message);
      self->focus_match_pending = FALSE;
      self->choose_match_pending = FALSE;
      show_matches (self, NULL);
      update_contacts_page (self, FALSE);
      return;
    }

  show_matches (self, found);
  update_contacts_page (self, TRUE);
  act_on_matches (self);
}

/* Runs on the main thread once typing pauses: it reads the field as it is
 * now and starts the look-up on a worker thread, cancelling the one before;
 * every keystroke restarts the delay. What it shows is never older than
 * what is typed. */
static gboolean
run_lookup (gpointer user_data)
{
  AccInteractionForm *self = user_data;
  g_autofree char *text = NULL;
  LookupRequest *request;
  gboolean focus = self->focus_match_pending;
  gboolean choose = self->choose_match_pending;

  self->lookup_source = 0;
  if (self->lookup_entry != NULL)
    text = _acc_interaction_form_editable_text (self->lookup_entry);

  _acc_interaction_form_cancel_lookup (self);

  if (text == NULL || g_utf8_strlen (text, -1) < LOOKUP_MIN_CHARS)
    {
      show_matches (self, NULL);
      update_contacts_page (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  self->focus_match_pending = focus;
  self->choose_match_pending = choose;
  self->lookup_text = g_strdup (text);
  self->lookup_cancellable = g_cancellable_new ();
  request = g_new0 (LookupRequest, 1);
  request->form = g_object_ref (self);
  request->text = g_steal_pointer (&text);
  acc_repository_search_contacts_async (self->repository, request->text, LOOKUP_LIMIT,
                                        self->lookup_cancellable, on_lookup_done, request);
  return G_SOURCE_REMOVE;
}

static void
schedule_lookup (AccInteractionForm *self,
                 GtkEntry           *entry)
{
  /* The text changed: a result for the old one, and the keys pressed
   * for it, no longer count. */
  _acc_interaction_form_cancel_lookup (self);
  self->lookup_entry = entry;
  self->lookup_source = g_timeout_add (LOOKUP_DELAY_MS, run_lookup, self);
}

static void
link_contact (AccInteractionForm *self,
              AccContact         *contact)
{
  if (!g_set_object (&self->linked_contact, contact))
    return;

  if (contact != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Linked to %s in the contacts file"),
                                               acc_contact_get_name (contact));

      gtk_label_set_text (self->linked_label, text);
    }
  /* One or the other: a linked contact is no prospect to save. */
  gtk_widget_set_visible (self->linked_box, contact != NULL);
  gtk_widget_set_visible (self->prospect_button, contact == NULL);
  _acc_interaction_form_update_actions (self);
  _acc_interaction_form_draft_changed (self);
}

/* Links @contact (or none) as choosing it in the look-up does, without
 * touching the fields: a draft put back has them already. */
void
_acc_interaction_form_link_contact (AccInteractionForm *self,
                                    AccContact         *contact)
{
  link_contact (self, contact);
}

static void
set_field (AccInteractionForm *self,
           GtkEntry           *entry,
           const char         *text)
{
  if (text == NULL || *text == '\0')
    return;
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  self->filling = FALSE;
}

/* The contact's details replace what was typed; a detail the contact file
 * lacks leaves the field as typed. */
static void
fill_from_contact (AccInteractionForm *self,
                   AccContact         *contact)
{
  g_autofree char *phone = acc_phone_format_national (acc_contact_get_phone (contact));

  set_field (self, self->name_entry, acc_contact_get_name (contact));
  set_field (self, self->organisation_entry, acc_contact_get_organisation (contact));
  set_field (self, self->phone_entry, phone);
  set_field (self, self->email_entry, acc_contact_get_email (contact));
  link_contact (self, contact);
  _acc_interaction_form_cancel_lookup (self);

  /* The next step of the procedure. */
  _acc_interaction_form_focus_entry (self->reason_entry);
}

static void
on_contact_row_activated (AccInteractionForm *self,
                          GtkListBoxRow      *row)
{
  g_autoptr(AccContact) contact = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  contact = g_list_model_get_item (G_LIST_MODEL (self->matches), index);
  if (contact != NULL)
    fill_from_contact (self, contact);
}

/* Up from the first match goes back to the field typed in. */
static gboolean
on_contacts_keynav_failed (AccInteractionForm *self,
                           GtkDirectionType    direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  _acc_interaction_form_focus_entry (self->lookup_entry != NULL ? self->lookup_entry : self->name_entry);
  return TRUE;
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

/* Down from a looked-up field goes to the first match. The look-up may
 * still be waiting or under way: then the keys are remembered, not lost,
 * and acted on when its result comes (Down, then Enter, chooses the first
 * match of what is typed now, never of an older text). */
static gboolean
on_lookup_field_key_pressed (AccInteractionForm    *self,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;
  gboolean pending = self->lookup_source != 0 || self->lookup_cancellable != NULL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  if (is_enter (keyval))
    {
      if (!self->focus_match_pending || !pending)
        return FALSE;
      self->choose_match_pending = TRUE;
      return TRUE;
    }

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  self->lookup_entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (pending)
    {
      /* A look-up still waiting starts now: the agent wants its result. */
      self->focus_match_pending = TRUE;
      if (self->lookup_source != 0)
        {
          g_clear_handle_id (&self->lookup_source, g_source_remove);
          run_lookup (self);
        }
      /* Too short to look up: Down does what it does in any field. */
      return self->lookup_cancellable != NULL;
    }

  first = gtk_list_box_get_row_at_index (self->contacts_list, 0);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static void
on_lookup_field_changed (GtkEntry           *entry,
                         AccInteractionForm *self)
{
  if (self->disposing)
    return;
  acc_field_error_clear_for (GTK_WIDGET (entry));
  if (!self->filling)
    schedule_lookup (self, entry);
}

static void
unlink_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (widget);

  link_contact (self, NULL);
  _acc_interaction_form_focus_entry (self->name_entry);
}

/* Someone unknown becomes a prospect of the contacts file, from the fields
 * as typed, and the entry is linked to them. */
static void
save_prospect_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (widget);
  g_autoptr(AccContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  GtkWidget *first_invalid;

  if (self->linked_contact != NULL)
    return;

  first_invalid = _acc_interaction_form_check_caller_fields (self);
  if (first_invalid != NULL)
    {
      _acc_interaction_form_focus (first_invalid);
      return;
    }

  name = _acc_interaction_form_editable_text (self->name_entry);
  organisation = _acc_interaction_form_editable_text (self->organisation_entry);
  phone = _acc_interaction_form_editable_text (self->phone_entry);
  email = _acc_interaction_form_editable_text (self->email_entry);

  contact = acc_contact_new (name);
  acc_contact_set_kind (contact, ACC_CONTACT_KIND_PROSPECT);
  acc_contact_set_organisation (contact, organisation);
  acc_contact_set_phone (contact, phone);
  acc_contact_set_email (contact, email);

  if (!acc_repository_save_contact (self->repository, contact, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The prospect could not be saved: %s"), error->message);

      _acc_interaction_form_show_label_error (self->save_error, text);
      return;
    }

  _acc_interaction_form_show_label_error (self->save_error, NULL);
  _acc_interaction_form_cancel_lookup (self);
  link_contact (self, contact);
}

void
_acc_interaction_form_class_init_contacts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_lookup_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_contact_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_contacts_keynav_failed);

  gtk_widget_class_install_action (widget_class, "form.save-prospect", NULL, save_prospect_action);
  gtk_widget_class_install_action (widget_class, "form.unlink-contact", NULL, unlink_contact_action);
}

static void
add_lookup_keys (AccInteractionForm *self,
                 GtkEntry           *entry)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* Before the entry's text sees the key. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_lookup_field_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), controller);
}

void
_acc_interaction_form_init_contacts (AccInteractionForm *self)
{
  self->matches = g_list_store_new (ACC_TYPE_CONTACT);
  gtk_list_box_bind_model (self->contacts_list, G_LIST_MODEL (self->matches),
                           create_contact_row, self, NULL);

  add_lookup_keys (self, self->name_entry);
  add_lookup_keys (self, self->organisation_entry);
  add_lookup_keys (self, self->phone_entry);
  _acc_interaction_form_enter_activates_rows (self->contacts_list);
}
