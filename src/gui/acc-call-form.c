/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-call-form.c — a call as the procedure takes it, keyboard first: the
 * greeting to say, the steps to tick, who is calling (looked up in the
 * contacts file as the agent types), and what came of it. The call starts
 * when the form opens and ends when it is saved. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-call-form.h"

/* Long enough to let a word be typed, short enough to feel immediate. */
#define LOOKUP_DELAY_MS 150
#define LOOKUP_LIMIT 8
#define LOOKUP_MIN_CHARS 2

struct _AccCallForm
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *agent;
  gint64 started_at;

  GtkStringList *reasons;        /* the organisation's */
  GListStore *supervisors;       /* AccStaffMember */
  GListStore *recipients;        /* AccStaffMember */
  GListModel *directory;         /* AccDirectoryEntry */

  GListStore *matches;           /* AccContact, as the lookup found them */
  GtkEntry *lookup_entry;        /* the field typed in last; not owned */
  guint lookup_source;
  AccContact *linked_contact;

  AdwMessageDialog *discard_dialog;  /* weak */

  guint filling : 1;             /* fields set by the form, not typed */
  guint all_reasons : 1;         /* the list of reasons unfiltered */
  guint syncing : 1;             /* message defaults being copied */
  guint subject_edited : 1;
  guint body_edited : 1;
  guint discard_confirmed : 1;
  guint disposing : 1;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *save_error;
  GtkLabel *greeting_label;
  GtkCheckButton *greeted_check;
  GtkCheckButton *reason_asked_check;
  GtkCheckButton *name_asked_check;
  GtkCheckButton *presented_check;
  GtkEntry *name_entry;
  GtkLabel *name_error;
  GtkEntry *organisation_entry;
  GtkEntry *phone_entry;
  GtkLabel *phone_error;
  GtkEntry *email_entry;
  GtkLabel *email_error;
  GtkEntry *reason_entry;
  GtkMenuButton *reason_button;
  GtkListBox *reason_list;
  GtkTextView *notes_view;
  GtkStack *contacts_stack;
  GtkListBox *contacts_list;
  GtkWidget *linked_box;
  GtkLabel *linked_label;
  GtkWidget *prospect_button;
  GtkToggleButton *answered_toggle;
  GtkToggleButton *transferred_toggle;
  GtkToggleButton *oriented_toggle;
  GtkToggleButton *message_toggle;
  GtkStack *outcome_stack;
  GtkEntry *answer_entry;
  GtkDropDown *supervisor_dropdown;
  GtkLabel *supervisor_phone_label;
  GtkDropDown *directory_dropdown;
  GtkLabel *directory_phone_label;
  GtkLabel *directory_address_label;
  GtkWidget *directory_hours_caption;
  GtkLabel *directory_hours_label;
  GtkDropDown *recipient_dropdown;
  GtkCheckButton *urgent_check;
  GtkEntry *subject_entry;
  GtkTextView *body_view;
  GtkLabel *outcome_error;
};

G_DEFINE_FINAL_TYPE (AccCallForm, acc_call_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_AGENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Reading the fields ----------------------------------------------------- */

/* The text of @editable without surrounding blanks, or %NULL when blank. */
static char *
editable_text (gpointer editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
text_view_is_empty (GtkTextView *view)
{
  return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (view)) == 0;
}

static gboolean
editable_is_empty (gpointer editable)
{
  return *gtk_editable_get_text (GTK_EDITABLE (editable)) == '\0';
}

/* Gives @entry the keyboard with what it holds unselected, so that the
 * next key typed adds to it rather than replacing it. */
static void
focus_entry (gpointer entry)
{
  gtk_entry_grab_focus_without_selecting (GTK_ENTRY (entry));
}

static gpointer
selected_item (GtkDropDown *dropdown)
{
  return gtk_drop_down_get_selected_item (dropdown);
}

/* One of the organisation's reasons, or the agent's own words. */
static char *
current_reason (AccCallForm *self)
{
  return editable_text (self->reason_entry);
}

static AccOutcome
current_outcome (AccCallForm *self,
                 gboolean    *chosen)
{
  *chosen = TRUE;
  if (gtk_toggle_button_get_active (self->answered_toggle))
    return ACC_OUTCOME_ANSWERED;
  if (gtk_toggle_button_get_active (self->transferred_toggle))
    return ACC_OUTCOME_TRANSFERRED;
  if (gtk_toggle_button_get_active (self->oriented_toggle))
    return ACC_OUTCOME_ORIENTED;
  if (gtk_toggle_button_get_active (self->message_toggle))
    return ACC_OUTCOME_MESSAGE;
  *chosen = FALSE;
  return ACC_OUTCOME_ANSWERED;
}

static guint
current_checklist (AccCallForm *self)
{
  guint steps = 0;

  if (gtk_check_button_get_active (self->greeted_check))
    steps |= ACC_CALL_STEP_GREETED;
  if (gtk_check_button_get_active (self->reason_asked_check))
    steps |= ACC_CALL_STEP_REASON_ASKED;
  if (gtk_check_button_get_active (self->name_asked_check))
    steps |= ACC_CALL_STEP_NAME_ASKED;
  if (gtk_check_button_get_active (self->presented_check))
    steps |= ACC_CALL_STEP_ORGANISATION_PRESENTED;
  return steps;
}

/* Whether closing would lose something the agent typed, ticked or chose. */
static gboolean
is_dirty (AccCallForm *self)
{
  gboolean outcome_chosen;

  current_outcome (self, &outcome_chosen);
  return !editable_is_empty (self->name_entry)
         || !editable_is_empty (self->organisation_entry)
         || !editable_is_empty (self->phone_entry)
         || !editable_is_empty (self->email_entry)
         || !editable_is_empty (self->reason_entry)
         || !editable_is_empty (self->answer_entry)
         || (self->subject_edited && !editable_is_empty (self->subject_entry))
         || !text_view_is_empty (self->notes_view)
         || !text_view_is_empty (self->body_view)
         || current_checklist (self) != 0
         || gtk_check_button_get_active (self->urgent_check)
         || outcome_chosen
         || self->linked_contact != NULL;
}

/* Errors ----------------------------------------------------------------- */

static void
show_field_error (GtkWidget  *field,
                  GtkLabel   *label,
                  const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
  if (text != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               text != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
show_label_error (GtkLabel   *label,
                  const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* Something, an at sign, a domain with a dot: what the agent may have
 * mistyped, not the whole of RFC 5322. */
static gboolean
looks_like_email (const char *text)
{
  return g_regex_match_simple ("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$", text, 0, 0);
}

/* Shows what is wrong with the caller's details, beside each field, before
 * the repository is asked (it would name only the first fault, in general
 * words). The phone rule is the repository's own: acc_phone_normalize().
 * Returns: (nullable): the first field to correct. */
static GtkWidget *
check_caller_fields (AccCallForm *self)
{
  g_autofree char *name = editable_text (self->name_entry);
  g_autofree char *phone = editable_text (self->phone_entry);
  g_autofree char *email = editable_text (self->email_entry);
  GtkWidget *first_invalid = NULL;

  if (email != NULL && !looks_like_email (email))
    {
      show_field_error (GTK_WIDGET (self->email_entry), self->email_error,
                        _("This is not an e-mail address: it looks like name@example.fr."));
      first_invalid = GTK_WIDGET (self->email_entry);
    }
  else
    show_field_error (GTK_WIDGET (self->email_entry), self->email_error, NULL);

  if (phone != NULL)
    {
      g_autofree char *e164 = acc_phone_normalize (phone);

      if (e164 == NULL)
        {
          show_field_error (GTK_WIDGET (self->phone_entry), self->phone_error,
                            _("This is not a phone number: type ten digits, as 06 12 34 56 78, or +44… from abroad."));
          first_invalid = GTK_WIDGET (self->phone_entry);
        }
      else
        show_field_error (GTK_WIDGET (self->phone_entry), self->phone_error, NULL);
    }
  else
    show_field_error (GTK_WIDGET (self->phone_entry), self->phone_error, NULL);

  if (name == NULL)
    {
      show_field_error (GTK_WIDGET (self->name_entry), self->name_error,
                        _("The caller’s name is required."));
      first_invalid = GTK_WIDGET (self->name_entry);
    }
  else
    show_field_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);

  return first_invalid;
}

/* Actions ---------------------------------------------------------------- */

static void
update_actions (AccCallForm *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-form.save-prospect",
                                 self->linked_contact == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-form.unlink-contact",
                                 self->linked_contact != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-form.supervisor-unreachable",
                                 selected_item (self->supervisor_dropdown) != NULL);
}

/* The contacts file ------------------------------------------------------ */

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
  AccCallForm *self = user_data;
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
show_matches (AccCallForm *self,
              GPtrArray   *found)
{
  g_list_store_splice (self->matches, 0, g_list_model_get_n_items (G_LIST_MODEL (self->matches)),
                       found != NULL ? found->pdata : NULL, found != NULL ? found->len : 0);
}

static void
update_contacts_page (AccCallForm *self,
                      gboolean     searched)
{
  const char *page = "hint";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
    page = "list";
  else if (searched)
    page = "empty";
  gtk_stack_set_visible_child_name (self->contacts_stack, page);
}

/* Runs on the main thread once typing pauses. It reads the field as it is
 * now, and every keystroke restarts the delay: what it shows is never older
 * than what is typed. */
static gboolean
run_lookup (gpointer user_data)
{
  AccCallForm *self = user_data;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  self->lookup_source = 0;
  if (self->lookup_entry != NULL)
    text = editable_text (self->lookup_entry);

  if (text == NULL || g_utf8_strlen (text, -1) < LOOKUP_MIN_CHARS)
    {
      show_matches (self, NULL);
      update_contacts_page (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  found = acc_repository_search_contacts (self->repository, text, LOOKUP_LIMIT, &error);
  if (found == NULL)
    {
      /* A look-up that fails must not stop the call being taken. */
      g_warning ("Cannot look up contacts: %s", error->message);
      show_matches (self, NULL);
      update_contacts_page (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  show_matches (self, found);
  update_contacts_page (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
schedule_lookup (AccCallForm *self,
                 GtkEntry    *entry)
{
  self->lookup_entry = entry;
  g_clear_handle_id (&self->lookup_source, g_source_remove);
  self->lookup_source = g_timeout_add (LOOKUP_DELAY_MS, run_lookup, self);
}

static void
link_contact (AccCallForm *self,
              AccContact  *contact)
{
  if (!g_set_object (&self->linked_contact, contact))
    return;

  if (contact != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Linked to %s in the contacts file"),
                                               acc_contact_get_name (contact));

      gtk_label_set_text (self->linked_label, text);
    }
  /* One or the other: a linked caller is no prospect to save. */
  gtk_widget_set_visible (self->linked_box, contact != NULL);
  gtk_widget_set_visible (self->prospect_button, contact == NULL);
  update_actions (self);
}

static void
set_field (AccCallForm *self,
           GtkEntry    *entry,
           const char  *text)
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
fill_from_contact (AccCallForm *self,
                   AccContact  *contact)
{
  g_autofree char *phone = acc_phone_format_national (acc_contact_get_phone (contact));

  set_field (self, self->name_entry, acc_contact_get_name (contact));
  set_field (self, self->organisation_entry, acc_contact_get_organisation (contact));
  set_field (self, self->phone_entry, phone);
  set_field (self, self->email_entry, acc_contact_get_email (contact));
  link_contact (self, contact);
  g_clear_handle_id (&self->lookup_source, g_source_remove);

  /* The next step of the procedure. */
  focus_entry (self->reason_entry);
}

static void
on_contact_row_activated (AccCallForm   *self,
                          GtkListBoxRow *row)
{
  g_autoptr(AccContact) contact = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  contact = g_list_model_get_item (G_LIST_MODEL (self->matches), index);
  if (contact != NULL)
    fill_from_contact (self, contact);
}

/* Enter on a row of a list chooses it, whatever the window does with
 * Enter (a list box binds only Space). */
static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *row;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  row = gtk_widget_get_focus_child (list);
  if (!GTK_IS_LIST_BOX_ROW (row))
    return FALSE;
  return gtk_widget_activate (row);
}

/* Up from the first match goes back to the field typed in. */
static gboolean
on_contacts_keynav_failed (AccCallForm      *self,
                           GtkDirectionType  direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  focus_entry (self->lookup_entry != NULL ? self->lookup_entry : self->name_entry);
  return TRUE;
}

/* Down from a looked-up field goes to the first match. */
static gboolean
on_lookup_field_key_pressed (AccCallForm           *self,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  /* A look-up still waiting runs now: the agent wants its result. */
  if (self->lookup_source != 0)
    {
      g_clear_handle_id (&self->lookup_source, g_source_remove);
      run_lookup (self);
    }

  first = gtk_list_box_get_row_at_index (self->contacts_list, 0);
  if (first == NULL)
    return FALSE;
  self->lookup_entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static void
unlink_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccCallForm *self = ACC_CALL_FORM (widget);

  link_contact (self, NULL);
  focus_entry (self->name_entry);
}

/* An unknown caller becomes a prospect of the contacts file, from the
 * fields as typed, and the call is linked to it. */
static void
save_prospect_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccCallForm *self = ACC_CALL_FORM (widget);
  g_autoptr(AccContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  GtkWidget *first_invalid;

  if (self->linked_contact != NULL)
    return;

  first_invalid = check_caller_fields (self);
  if (first_invalid != NULL)
    {
      focus_entry (first_invalid);
      return;
    }

  name = editable_text (self->name_entry);
  organisation = editable_text (self->organisation_entry);
  phone = editable_text (self->phone_entry);
  email = editable_text (self->email_entry);

  contact = acc_contact_new (name);
  acc_contact_set_kind (contact, ACC_CONTACT_KIND_PROSPECT);
  acc_contact_set_organisation (contact, organisation);
  acc_contact_set_phone (contact, phone);
  acc_contact_set_email (contact, email);

  if (!acc_repository_save_contact (self->repository, contact, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The prospect could not be saved: %s"), error->message);

      show_label_error (self->save_error, text);
      return;
    }

  show_label_error (self->save_error, NULL);
  g_clear_handle_id (&self->lookup_source, g_source_remove);
  link_contact (self, contact);
}

/* Fields ----------------------------------------------------------------- */

static void
sync_subject (AccCallForm *self)
{
  g_autofree char *reason = NULL;

  if (self->subject_edited)
    return;
  reason = current_reason (self);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), reason != NULL ? reason : "");
  self->syncing = FALSE;
}

static void
on_subject_changed (AccCallForm *self)
{
  if (self->disposing || self->syncing)
    return;
  /* Cleared by hand, it follows the reason again. */
  self->subject_edited = !editable_is_empty (self->subject_entry);
  show_label_error (self->outcome_error, NULL);
}

static void
on_notes_changed (AccCallForm *self)
{
  GtkTextBuffer *notes, *body;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->disposing || self->body_edited)
    return;
  notes = gtk_text_view_get_buffer (self->notes_view);
  body = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_get_bounds (notes, &start, &end);
  text = gtk_text_buffer_get_text (notes, &start, &end, FALSE);
  self->syncing = TRUE;
  gtk_text_buffer_set_text (body, text, -1);
  self->syncing = FALSE;
}

static void
on_body_changed (AccCallForm *self)
{
  if (self->disposing || self->syncing)
    return;
  self->body_edited = !text_view_is_empty (self->body_view);
  show_label_error (self->outcome_error, NULL);
}

static void
on_form_edited (AccCallForm *self)
{
  if (self->disposing)
    return;
  show_label_error (self->outcome_error, NULL);
}

static void
on_field_changed (GtkEntry    *entry,
                  AccCallForm *self)
{
  if (self->disposing)
    return;
  if (entry == self->email_entry)
    show_field_error (GTK_WIDGET (entry), self->email_error, NULL);
  else if (entry == self->answer_entry)
    show_label_error (self->outcome_error, NULL);
}

static void
on_lookup_field_changed (GtkEntry    *entry,
                         AccCallForm *self)
{
  if (self->disposing)
    return;
  if (entry == self->name_entry)
    show_field_error (GTK_WIDGET (entry), self->name_error, NULL);
  else if (entry == self->phone_entry)
    show_field_error (GTK_WIDGET (entry), self->phone_error, NULL);
  if (!self->filling)
    schedule_lookup (self, entry);
}

/* Enter in a caller field goes on to the next one. */
static void
on_field_activate (AccCallForm *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/* Enter in the last field of an outcome saves, as Ctrl+Return does. */
static void
on_outcome_field_activate (AccCallForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "call-form.save", NULL);
}

static void
on_reason_changed (AccCallForm *self)
{
  if (self->disposing)
    return;
  sync_subject (self);
}

/* Reasons ---------------------------------------------------------------- */

static GtkWidget *
create_reason_row (const char *reason)
{
  GtkWidget *label = gtk_label_new (reason);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

/* The reasons with a word starting as typed, ignoring case and accents:
 * « plan » offers « Planning d'intervention » and « Modification de
 * planning ». */
static gboolean
reason_matches (AccCallForm *self,
                const char  *reason)
{
  g_autofree char *typed = NULL;

  if (self->all_reasons)
    return TRUE;
  typed = editable_text (self->reason_entry);
  return typed == NULL || g_str_match_string (typed, reason, TRUE);
}

static gboolean
filter_reason_row (GtkListBoxRow *row,
                   gpointer       user_data)
{
  AccCallForm *self = user_data;
  int index = gtk_list_box_row_get_index (row);

  if (self->reasons == NULL || index < 0)
    return FALSE;
  return reason_matches (self, gtk_string_list_get_string (self->reasons, index));
}

/* The list opens on the reasons matching what is typed, or on all of them
 * when none does, with the first one focused. */
static void
on_reason_popover_show (AccCallForm *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->reasons));
  GtkListBoxRow *first = NULL;

  self->all_reasons = FALSE;
  for (guint i = 0; i < n && first == NULL; i++)
    if (reason_matches (self, gtk_string_list_get_string (self->reasons, i)))
      first = gtk_list_box_get_row_at_index (self->reason_list, i);
  if (first == NULL)
    {
      self->all_reasons = TRUE;
      first = gtk_list_box_get_row_at_index (self->reason_list, 0);
    }
  gtk_list_box_invalidate_filter (self->reason_list);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
on_reason_row_activated (AccCallForm   *self,
                         GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry),
                         gtk_string_list_get_string (self->reasons, index));
  gtk_menu_button_popdown (self->reason_button);
  focus_entry (self->reason_entry);
  gtk_editable_set_position (GTK_EDITABLE (self->reason_entry), -1);
}

/* Closed with Escape, the list gives the keyboard back to the reason, not
 * to its button. */
static void
on_reason_popover_closed (AccCallForm *self)
{
  GtkWidget *focus;

  if (self->disposing)
    return;
  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (focus == NULL || focus == GTK_WIDGET (self->reason_button)
      || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->reason_button)))
    focus_entry (self->reason_entry);
}

/* Down in the reason opens the list. */
static gboolean
on_reason_key_pressed (AccCallForm     *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0
      || self->reasons == NULL
      || g_list_model_get_n_items (G_LIST_MODEL (self->reasons)) == 0)
    return FALSE;
  gtk_menu_button_popup (self->reason_button);
  return TRUE;
}

/* Outcome ---------------------------------------------------------------- */

/* A number to dial is shown large; a hint in its place, small and dim. */
static void
show_number (GtkLabel   *label,
             const char *number,
             const char *hint)
{
  gtk_label_set_text (label, number != NULL ? number : hint);
  if (number != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "title-3");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "title-3");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
on_supervisor_selected (AccCallForm *self)
{
  AccStaffMember *supervisor;
  g_autofree char *phone = NULL;

  if (self->disposing)
    return;
  supervisor = selected_item (self->supervisor_dropdown);
  if (supervisor != NULL)
    phone = acc_phone_format_national (acc_staff_member_get_phone (supervisor));

  if (supervisor == NULL)
    show_number (self->supervisor_phone_label, NULL,
                 g_list_model_get_n_items (G_LIST_MODEL (self->supervisors)) == 0
                   ? _("No active supervisor is set up.")
                   : _("Choose the supervisor: their number shows here."));
  else
    show_number (self->supervisor_phone_label, phone, _("No phone number on file"));

  show_label_error (self->outcome_error, NULL);
  update_actions (self);
}

static void
on_directory_selected (AccCallForm *self)
{
  AccDirectoryEntry *entry;
  g_autofree char *phone = NULL;
  const char *address = NULL;
  const char *hours = NULL;

  if (self->disposing)
    return;
  entry = selected_item (self->directory_dropdown);
  if (entry != NULL)
    {
      phone = acc_phone_format_national (acc_directory_entry_get_phone (entry));
      address = acc_directory_entry_get_address (entry);
      hours = acc_directory_entry_get_hours (entry);
    }

  if (entry == NULL)
    show_number (self->directory_phone_label, NULL,
                 g_list_model_get_n_items (self->directory) == 0
                   ? _("The directory of local services is empty.")
                   : _("Choose the service or body: its number and address show here."));
  else
    show_number (self->directory_phone_label, phone, _("No phone number on file"));
  gtk_label_set_text (self->directory_address_label, address != NULL ? address : "—");
  gtk_label_set_text (self->directory_hours_label, hours != NULL ? hours : "");
  gtk_widget_set_visible (self->directory_hours_caption, hours != NULL && *hours != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->directory_hours_label), hours != NULL && *hours != '\0');

  show_label_error (self->outcome_error, NULL);
}

static void
on_outcome_toggled (GtkToggleButton *button,
                    AccCallForm     *self)
{
  const char *page;
  GtkWidget *first;

  if (self->disposing || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->answered_toggle)
    {
      page = "answered";
      first = GTK_WIDGET (self->answer_entry);
    }
  else if (button == self->transferred_toggle)
    {
      page = "transferred";
      first = GTK_WIDGET (self->supervisor_dropdown);
    }
  else if (button == self->oriented_toggle)
    {
      page = "oriented";
      first = GTK_WIDGET (self->directory_dropdown);
    }
  else
    {
      page = "message";
      first = GTK_WIDGET (self->recipient_dropdown);
    }

  gtk_stack_set_visible_child_name (self->outcome_stack, page);
  show_label_error (self->outcome_error, NULL);
  /* What the branch asks for next has the keyboard. */
  if (GTK_IS_ENTRY (first))
    focus_entry (first);
  else
    gtk_widget_child_focus (first, GTK_DIR_TAB_FORWARD);
}

static guint
position_of_staff (GListModel *model,
                   gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (model, i);

      if (acc_staff_member_get_id (member) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The procedure: a supervisor who cannot be reached gets a message. */
static void
supervisor_unreachable_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  AccCallForm *self = ACC_CALL_FORM (widget);
  AccStaffMember *supervisor = selected_item (self->supervisor_dropdown);

  if (supervisor == NULL)
    return;
  gtk_drop_down_set_selected (self->recipient_dropdown,
                              position_of_staff (G_LIST_MODEL (self->recipients),
                                                 acc_staff_member_get_id (supervisor)));
  gtk_toggle_button_set_active (self->message_toggle, TRUE);
  /* The recipient is chosen: on to what the message says. */
  focus_entry (self->subject_entry);
}

/* Saving ----------------------------------------------------------------- */

/* The message taken during the call, as the form shows it; what it does
 * not say (who called, their details, who took it) the repository copies
 * from the call. Its reason is the subject typed, else the call's.
 * Returns: (transfer full): the message */
static AccMessage *
build_message (AccCallForm    *self,
               AccInteraction *interaction)
{
  AccStaffMember *recipient = selected_item (self->recipient_dropdown);
  g_autoptr(AccMessage) message = acc_message_new ();
  g_autofree char *subject = editable_text (self->subject_entry);
  g_autofree char *body = text_view_text (self->body_view);
  const char *reason = subject != NULL ? subject : acc_interaction_get_reason (interaction);

  acc_message_set_source (message, ACC_MESSAGE_SOURCE_CALL);
  acc_message_set_recipient_id (message, recipient != NULL ? acc_staff_member_get_id (recipient) : 0);
  acc_message_set_urgent (message, gtk_check_button_get_active (self->urgent_check));
  acc_message_set_body (message, body);
  acc_message_set_reason (message, reason);
  return g_steal_pointer (&message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccCallForm *self = ACC_CALL_FORM (widget);
  g_autoptr(AccInteraction) interaction = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *answer = NULL;
  GtkWidget *first_invalid;
  gboolean outcome_chosen;
  AccOutcome outcome;

  show_label_error (self->save_error, NULL);
  first_invalid = check_caller_fields (self);
  outcome = current_outcome (self, &outcome_chosen);

  name = editable_text (self->name_entry);
  organisation = editable_text (self->organisation_entry);
  phone = editable_text (self->phone_entry);
  email = editable_text (self->email_entry);
  reason = current_reason (self);
  notes = text_view_text (self->notes_view);

  interaction = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_started_at (interaction, self->started_at);
  acc_interaction_set_ended_at (interaction, MAX (g_get_real_time (), self->started_at));
  if (self->agent != NULL)
    {
      acc_interaction_set_staff_id (interaction, acc_staff_member_get_id (self->agent));
      acc_interaction_set_staff_name (interaction, acc_staff_member_get_name (self->agent));
    }
  if (self->linked_contact != NULL)
    acc_interaction_set_contact_id (interaction, acc_contact_get_id (self->linked_contact));
  acc_interaction_set_name (interaction, name);
  acc_interaction_set_organisation (interaction, organisation);
  acc_interaction_set_phone (interaction, phone);
  acc_interaction_set_email (interaction, email);
  acc_interaction_set_reason (interaction, reason);
  acc_interaction_set_notes (interaction, notes);
  acc_interaction_set_checklist (interaction, current_checklist (self));
  acc_interaction_set_outcome (interaction, outcome);

  if (!outcome_chosen)
    {
      show_label_error (self->outcome_error,
                        _("Choose what came of the call: answered, transferred, oriented or message taken."));
      if (first_invalid == NULL)
        first_invalid = GTK_WIDGET (self->answered_toggle);
    }
  else
    {
      switch (outcome)
        {
        case ACC_OUTCOME_ANSWERED:
          answer = editable_text (self->answer_entry);
          acc_interaction_set_outcome_detail (interaction, answer);
          break;
        case ACC_OUTCOME_TRANSFERRED:
          if (selected_item (self->supervisor_dropdown) != NULL)
            acc_interaction_set_supervisor_id (interaction,
                                               acc_staff_member_get_id (selected_item (self->supervisor_dropdown)));
          break;
        case ACC_OUTCOME_ORIENTED:
          if (selected_item (self->directory_dropdown) != NULL)
            acc_interaction_set_directory_id (interaction,
                                              acc_directory_entry_get_id (selected_item (self->directory_dropdown)));
          break;
        case ACC_OUTCOME_MESSAGE:
          message = build_message (self, interaction);
          break;
        default:
          g_assert_not_reached ();
        }

      if (!acc_interaction_check_outcome (interaction, message, &error))
        show_label_error (self->outcome_error, error->message);
      else if (message != NULL && acc_message_get_reason (message) == NULL)
        show_label_error (self->outcome_error,
                          _("Say what the message is about: choose the reason of the call, or type a subject."));
      else
        show_label_error (self->outcome_error, NULL);
      g_clear_error (&error);

      if (gtk_widget_get_visible (GTK_WIDGET (self->outcome_error)) && first_invalid == NULL)
        {
          GtkWidget *page = gtk_stack_get_visible_child (self->outcome_stack);

          first_invalid = page;
          if (outcome == ACC_OUTCOME_ANSWERED)
            first_invalid = GTK_WIDGET (self->answer_entry);
          else if (outcome == ACC_OUTCOME_MESSAGE && selected_item (self->recipient_dropdown) != NULL)
            first_invalid = GTK_WIDGET (self->subject_entry);
        }
    }

  if (first_invalid != NULL)
    {
      if (GTK_IS_ENTRY (first_invalid))
        focus_entry (first_invalid);
      else
        gtk_widget_child_focus (first_invalid, GTK_DIR_TAB_FORWARD);
      return;
    }

  if (!acc_repository_save_interaction (self->repository, interaction, message, &error))
    {
      /* Everything stays as typed: the agent can try again. */
      g_autofree char *text = g_strdup_printf (_("The call could not be saved: %s"), error->message);

      show_label_error (self->save_error, text);
      return;
    }

  self->discard_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Closing ---------------------------------------------------------------- */

static gboolean
destroy_form (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AccCallForm *self,
                     const char  *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->discard_confirmed = TRUE;
  /* Not from inside the dialog's response: the dialog, transient for the
   * form, still has to finish closing itself. */
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_form, g_object_ref (self), g_object_unref);
}

/* Escape, Cancel and the window's close all come here: nothing typed is
 * thrown away without asking. */
static gboolean
acc_call_form_close_request (GtkWindow *window)
{
  AccCallForm *self = ACC_CALL_FORM (window);
  AdwMessageDialog *dialog;

  if (self->discard_confirmed || !is_dirty (self))
    {
      GtkWindowClass *parent_class = GTK_WINDOW_CLASS (acc_call_form_parent_class);

      return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
    }

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Discard This Call?"),
                                                       _("What you typed about this call will be lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->discard_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Loading ---------------------------------------------------------------- */

static void
show_load_error (AccCallForm *self,
                 GError      *error)
{
  g_autofree char *text = g_strdup_printf (_("Part of the form could not be loaded: %s"), error->message);

  show_label_error (self->save_error, text);
}

static void
load_greeting (AccCallForm *self)
{
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *greeting = NULL;
  const char *agent_name = self->agent != NULL ? acc_staff_member_get_name (self->agent) : NULL;

  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation == NULL)
    {
      show_load_error (self, error);
      greeting = acc_organisation_format_greeting (ACC_DEFAULT_PHONE_GREETING, NULL, agent_name);
    }
  else
    greeting = acc_organisation_format_greeting (acc_organisation_get_phone_greeting (organisation),
                                                 acc_organisation_get_name (organisation),
                                                 agent_name);
  gtk_label_set_text (self->greeting_label, greeting);
}

static void
load_reasons (AccCallForm *self)
{
  g_auto(GStrv) reasons = NULL;
  g_autoptr(GError) error = NULL;

  reasons = acc_repository_list_reasons (self->repository, &error);
  if (reasons == NULL)
    show_load_error (self, error);

  self->reasons = gtk_string_list_new ((const char * const *) reasons);
  /* Rows of their own, not a bound model: a list box filters only those. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->reasons)); i++)
    gtk_list_box_append (self->reason_list,
                         create_reason_row (gtk_string_list_get_string (self->reasons, i)));
  gtk_list_box_set_filter_func (self->reason_list, filter_reason_row, self, NULL);
  /* Free text only, when the organisation has no list. */
  gtk_widget_set_visible (GTK_WIDGET (self->reason_button),
                          g_list_model_get_n_items (G_LIST_MODEL (self->reasons)) > 0);
}

/* A list with one choice has it chosen; otherwise the agent chooses: a
 * default would be saved unnoticed. */
static void
set_choices (GtkDropDown *dropdown,
             GListModel  *model)
{
  gtk_drop_down_set_model (dropdown, model);
  gtk_drop_down_set_selected (dropdown, g_list_model_get_n_items (model) == 1 ? 0 : GTK_INVALID_LIST_POSITION);
}

static void
load_staff (AccCallForm *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = acc_repository_list_staff (self->repository, TRUE, &error);
  if (staff == NULL)
    show_load_error (self, error);

  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);

      g_list_store_append (self->recipients, member);
      if (acc_staff_member_get_role (member) == ACC_ROLE_SUPERVISOR)
        g_list_store_append (self->supervisors, member);
    }

  set_choices (self->supervisor_dropdown, G_LIST_MODEL (self->supervisors));
  set_choices (self->recipient_dropdown, G_LIST_MODEL (self->recipients));
  on_supervisor_selected (self);
}

static void
load_directory (AccCallForm *self)
{
  g_autoptr(GError) error = NULL;

  self->directory = acc_repository_list_directory (self->repository, &error);
  if (self->directory == NULL)
    {
      show_load_error (self, error);
      self->directory = G_LIST_MODEL (g_list_store_new (ACC_TYPE_DIRECTORY_ENTRY));
    }
  set_choices (self->directory_dropdown, self->directory);
  on_directory_selected (self);
}

/* GObject ---------------------------------------------------------------- */

static void
acc_call_form_constructed (GObject *object)
{
  AccCallForm *self = ACC_CALL_FORM (object);
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *subtitle = NULL;

  G_OBJECT_CLASS (acc_call_form_parent_class)->constructed (object);

  g_return_if_fail (ACC_IS_REPOSITORY (self->repository));

  started = g_date_time_new_from_unix_local (self->started_at / G_USEC_PER_SEC);
  /* Translators: the call form's subtitle; see g_date_time_format() */
  subtitle = g_date_time_format (started, _("Started at %H:%M"));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  load_greeting (self);
  load_reasons (self);
  load_staff (self);
  load_directory (self);
  update_actions (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
acc_call_form_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccCallForm *self = ACC_CALL_FORM (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_AGENT:
      g_value_set_object (value, self->agent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_call_form_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccCallForm *self = ACC_CALL_FORM (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_AGENT:
      self->agent = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_call_form_dispose (GObject *object)
{
  AccCallForm *self = ACC_CALL_FORM (object);

  /* Widgets going away emit signals; the handlers must not act on them. */
  self->disposing = TRUE;
  g_clear_handle_id (&self->lookup_source, g_source_remove);
  self->lookup_entry = NULL;
  g_clear_weak_pointer (&self->discard_dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_CALL_FORM);

  g_clear_object (&self->linked_contact);
  g_clear_object (&self->matches);
  g_clear_object (&self->reasons);
  g_clear_object (&self->supervisors);
  g_clear_object (&self->recipients);
  g_clear_object (&self->directory);
  g_clear_object (&self->agent);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_call_form_parent_class)->dispose (object);
}

static void
acc_call_form_class_init (AccCallFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = acc_call_form_constructed;
  object_class->get_property = acc_call_form_get_property;
  object_class->set_property = acc_call_form_set_property;
  object_class->dispose = acc_call_form_dispose;

  window_class->close_request = acc_call_form_close_request;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Who takes the call: named in the greeting, recorded with the call. */
  properties[PROP_AGENT] =
    g_param_spec_object ("agent", NULL, NULL, ACC_TYPE_STAFF_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template's expressions name these types. */
  g_type_ensure (ACC_TYPE_STAFF_MEMBER);
  g_type_ensure (ACC_TYPE_DIRECTORY_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-call-form.ui");
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, greeted_check);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, reason_asked_check);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, name_asked_check);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, presented_check);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, email_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, reason_button);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, reason_list);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, contacts_stack);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, linked_box);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, linked_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, prospect_button);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, answered_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, transferred_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, oriented_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, message_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, outcome_stack);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, answer_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, supervisor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, supervisor_phone_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, directory_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, directory_phone_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, directory_address_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, directory_hours_caption);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, directory_hours_label);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, recipient_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, urgent_check);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, body_view);
  gtk_widget_class_bind_template_child (widget_class, AccCallForm, outcome_error);
  gtk_widget_class_bind_template_callback (widget_class, on_form_edited);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_lookup_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_field_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_popover_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_contact_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_contacts_keynav_failed);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_supervisor_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_subject_changed);

  gtk_widget_class_install_action (widget_class, "call-form.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "call-form.save-prospect", NULL, save_prospect_action);
  gtk_widget_class_install_action (widget_class, "call-form.unlink-contact", NULL, unlink_contact_action);
  gtk_widget_class_install_action (widget_class, "call-form.supervisor-unreachable", NULL,
                                   supervisor_unreachable_action);

  /* Escape bubbles: an open drop-down list closes first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
add_lookup_keys (AccCallForm *self,
                 GtkEntry    *entry)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* Before the entry's text sees the key. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_lookup_field_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), controller);
}

static void
acc_call_form_init (AccCallForm *self)
{
  GtkEventController *shortcuts;
  GtkEventController *controller;
  const guint save_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  /* The call starts when the form opens. */
  self->started_at = g_get_real_time ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->matches = g_list_store_new (ACC_TYPE_CONTACT);
  self->supervisors = g_list_store_new (ACC_TYPE_STAFF_MEMBER);
  self->recipients = g_list_store_new (ACC_TYPE_STAFF_MEMBER);
  gtk_list_box_bind_model (self->contacts_list, G_LIST_MODEL (self->matches),
                           create_contact_row, self, NULL);

  add_lookup_keys (self, self->name_entry);
  add_lookup_keys (self, self->organisation_entry);
  add_lookup_keys (self, self->phone_entry);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_reason_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->reason_entry), controller);

  for (guint i = 0; i < 2; i++)
    {
      controller = gtk_event_controller_key_new ();
      g_signal_connect (controller, "key-pressed", G_CALLBACK (on_list_key_pressed), NULL);
      gtk_widget_add_controller (GTK_WIDGET (i == 0 ? self->contacts_list : self->reason_list), controller);
    }

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (on_body_changed), self, G_CONNECT_SWAPPED);

  /* Ctrl+Return saves from anywhere, the notes included: caught before the
   * focused widget would take Return as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (save_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (save_keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("call-form.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * acc_call_form_present:
 * @parent: the window the form is modal to
 * @repository: where the call is saved
 * @agent: (nullable): who takes the call
 *
 * Opens the form for a new call, the caller's name focused; the call
 * starts now. The form saves the call itself and closes; the books see it
 * through the repository's #AccRepository::changed.
 */
void
acc_call_form_present (GtkWindow      *parent,
                       AccRepository  *repository,
                       AccStaffMember *agent)
{
  AccCallForm *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (ACC_IS_REPOSITORY (repository));
  g_return_if_fail (agent == NULL || ACC_IS_STAFF_MEMBER (agent));

  self = g_object_new (ACC_TYPE_CALL_FORM,
                       "repository", repository,
                       "agent", agent,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  gtk_window_present (GTK_WINDOW (self));
}
