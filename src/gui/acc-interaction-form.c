/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction-form.c — a call or a visit as the procedure takes it,
 * keyboard first: the greeting to say, the steps to tick, who is calling or
 * visiting (looked up in the contacts file as the agent types), the
 * documents handed over to a visitor, and what came of it. A call starts
 * when the form opens and ends when it is saved; a visitor arrives when it
 * opens, and their departure is recorded only if the agent gives it.
 *
 * This file is the window, the steps, the fields, the documents, saving and
 * closing; the contacts file and the outcome have files of their own
 * (acc-interaction-form-private.h). */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-interaction-form-private.h"
#include "acc-voicemail-message-editor.h"

G_DEFINE_FINAL_TYPE (AccInteractionForm, acc_interaction_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_AGENT,
  PROP_CHANNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The phone words are those of the template too: a call needs nothing
 * changed once built. */
static const AccInteractionFormWords channel_words[] = {
  [ACC_CHANNEL_PHONE] = {
    .title = N_("New Call"),
    /* Translators: the call form's subtitle; see g_date_time_format() */
    .subtitle_format = N_("Started at %H:%M"),
    .cancel_tooltip = N_("Cancel the call (Escape)"),
    .save_tooltip = N_("Save the call (Ctrl+Return)"),
    .save_error_description = N_("Why the call could not be saved"),
    .name_label = N_("Caller’s _name"),
    .name_required = N_("The caller’s name is required."),
    .contacts_empty = N_("No contact matches: an unknown caller can be saved as a prospect."),
    .prospect_tooltip = N_("Add the caller to the contacts file as a new prospect, from the fields typed"),
    .transferred_toggle = N_("Trans_ferred to a Supervisor"),
    .message_toggle = N_("_Message Taken"),
    .outcome_hint = N_("Required: choose what came of the call. If you can answer, answer; if you cannot, "
                       "transfer to a supervisor, orient to another body, or take a message."),
    .outcome_required = N_("Choose what came of the call: answered, transferred, oriented or message taken."),
    .supervisor_required = NULL,
    .subject_required = N_("Say what the message is about: choose the reason of the call, or type a subject."),
    .discard_heading = N_("Discard This Call?"),
    .discard_body = N_("What you typed about this call will be lost."),
  },
  [ACC_CHANNEL_VISIT] = {
    /* Translators: the title of the visit form (« Nouvelle visite ») */
    .title = N_("New Visit"),
    /* Translators: the visit form's subtitle, when the visitor arrived; see
     * g_date_time_format() */
    .subtitle_format = N_("Arrived at %H:%M"),
    .cancel_tooltip = N_("Cancel the visit (Escape)"),
    .save_tooltip = N_("Save the visit (Ctrl+Return)"),
    .save_error_description = N_("Why the visit could not be saved"),
    /* Translators: the label of the visitor's name in the visit form; keep
     * its mnemonic apart from those of the form's other fields and steps */
    .name_label = N_("Visitor’s _name"),
    .name_required = N_("The visitor’s name is required."),
    .contacts_empty = N_("No contact matches: an unknown visitor can be saved as a prospect."),
    .prospect_tooltip = N_("Add the visitor to the contacts file as a new prospect, from the fields typed"),
    /* Translators: an outcome of a visit (the procedure's « s'adresser à un
     * encadrant »); its mnemonic must differ from the steps' and the other
     * outcomes' */
    .transferred_toggle = N_("Supervisor Ca_lled"),
    /* Translators: an outcome of a visit: the visitor left a message */
    .message_toggle = N_("_Message Left"),
    .outcome_hint = N_("Required: choose what came of the visit. If you can answer, answer; if you cannot, "
                       "call a supervisor, orient to another body, or take the message the visitor leaves."),
    .outcome_required = N_("Choose what came of the visit: answered, supervisor called, oriented or message left."),
    .supervisor_required = N_("Choose the supervisor who was called."),
    .subject_required = N_("Say what the message is about: choose the reason of the visit, or type a subject."),
    .discard_heading = N_("Discard This Visit?"),
    .discard_body = N_("What you typed about this visit will be lost."),
  },
};

/* The steps of each procedure, the box that ticks each one, and its bit in
 * the checklist. A box may serve both channels (the reason asked). */
typedef struct
{
  gsize check_offset;
  AccChannel channel;
  guint step;
} ProcedureStep;

#define STEP(check, channel, step) { G_STRUCT_OFFSET (AccInteractionForm, check), channel, step }

static const ProcedureStep procedure_steps[] = {
  STEP (greeted_check, ACC_CHANNEL_PHONE, ACC_CALL_STEP_GREETED),
  STEP (reason_asked_check, ACC_CHANNEL_PHONE, ACC_CALL_STEP_REASON_ASKED),
  STEP (name_asked_check, ACC_CHANNEL_PHONE, ACC_CALL_STEP_NAME_ASKED),
  STEP (presented_check, ACC_CHANNEL_PHONE, ACC_CALL_STEP_ORGANISATION_PRESENTED),
  STEP (introduced_check, ACC_CHANNEL_VISIT, ACC_VISIT_STEP_INTRODUCED),
  STEP (reason_asked_check, ACC_CHANNEL_VISIT, ACC_VISIT_STEP_REASON_ASKED),
  STEP (informed_check, ACC_CHANNEL_VISIT, ACC_VISIT_STEP_INFORMED),
  STEP (supervisor_called_check, ACC_CHANNEL_VISIT, ACC_VISIT_STEP_SUPERVISOR_CALLED),
  STEP (oriented_check, ACC_CHANNEL_VISIT, ACC_VISIT_STEP_ORIENTED),
};

#undef STEP

#define STEP_CHECK(self, step) G_STRUCT_MEMBER (GtkCheckButton *, (self), (step)->check_offset)

/* What each document handed over is, on its check box. */
#define DOCUMENT_ID_KEY "acc-document-id"

const AccInteractionFormWords *
_acc_interaction_form_words (AccInteractionForm *self)
{
  return &channel_words[self->channel];
}

/* Reading the fields ----------------------------------------------------- */

/* The text of @editable without surrounding blanks, or %NULL when blank. */
char *
_acc_interaction_form_editable_text (gpointer editable)
{
  char *text = acc_field_text (GTK_WIDGET (editable));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

char *
_acc_interaction_form_text_view_text (GtkTextView *view)
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

gboolean
_acc_interaction_form_text_view_is_empty (GtkTextView *view)
{
  return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (view)) == 0;
}

gboolean
_acc_interaction_form_editable_is_empty (gpointer editable)
{
  return *gtk_editable_get_text (GTK_EDITABLE (editable)) == '\0';
}

/* Gives @entry the keyboard with what it holds unselected, so that the
 * next key typed adds to it rather than replacing it. */
void
_acc_interaction_form_focus_entry (gpointer entry)
{
  gtk_entry_grab_focus_without_selecting (GTK_ENTRY (entry));
}

/* An entry as above; anything else, its first focusable part. */
void
_acc_interaction_form_focus (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    _acc_interaction_form_focus_entry (widget);
  else if (!gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (widget);
}

/* A message about the form or a part of it, not about one field. */
void
_acc_interaction_form_show_label_error (GtkLabel   *label,
                                        const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static guint
current_checklist (AccInteractionForm *self)
{
  guint steps = 0;

  for (guint i = 0; i < G_N_ELEMENTS (procedure_steps); i++)
    if (procedure_steps[i].channel == self->channel
        && gtk_check_button_get_active (STEP_CHECK (self, &procedure_steps[i])))
      steps |= procedure_steps[i].step;
  return steps;
}

/* The ids of the documents ticked, as AccInteraction:document-ids wants
 * them; %NULL when none is. */
static GVariant *
current_document_ids (AccInteractionForm *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; self->document_checks != NULL && i < self->document_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->document_checks, i);
      gint64 *id = g_object_get_data (G_OBJECT (check), DOCUMENT_ID_KEY);

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, *id);
    }
  if (ids->len == 0)
    return NULL;
  return g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data, ids->len, sizeof (gint64));
}

static gboolean
has_documents_ticked (AccInteractionForm *self)
{
  for (guint i = 0; self->document_checks != NULL && i < self->document_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->document_checks, i)))
      return TRUE;
  return FALSE;
}

static gboolean
has_departed (AccInteractionForm *self)
{
  return self->channel == ACC_CHANNEL_VISIT && gtk_check_button_get_active (self->departed_check);
}

/* What a draft keeps of the steps and documents, and puts back. */
guint
_acc_interaction_form_get_checklist (AccInteractionForm *self)
{
  return current_checklist (self);
}

void
_acc_interaction_form_set_checklist (AccInteractionForm *self,
                                     guint               steps)
{
  for (guint i = 0; i < G_N_ELEMENTS (procedure_steps); i++)
    if (procedure_steps[i].channel == self->channel)
      gtk_check_button_set_active (STEP_CHECK (self, &procedure_steps[i]),
                                   (steps & procedure_steps[i].step) != 0);
}

/* Returns: (nullable): an "ax" of the documents ticked, floating. */
GVariant *
_acc_interaction_form_get_document_ids (AccInteractionForm *self)
{
  return current_document_ids (self);
}

/* Ticks the documents of @ids (an "ax", or %NULL for none) still offered. */
void
_acc_interaction_form_set_document_ids (AccInteractionForm *self,
                                        GVariant           *ids)
{
  gsize n = 0;
  const gint64 *wanted = ids != NULL ? g_variant_get_fixed_array (ids, &n, sizeof (gint64)) : NULL;

  for (guint i = 0; self->document_checks != NULL && i < self->document_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->document_checks, i);
      gint64 *id = g_object_get_data (G_OBJECT (check), DOCUMENT_ID_KEY);
      gboolean ticked = FALSE;

      for (gsize j = 0; j < n && !ticked; j++)
        ticked = wanted[j] == *id;
      gtk_check_button_set_active (check, ticked);
    }
}

/* Whether closing would lose something the agent typed, ticked or chose;
 * what is worth a draft. */
gboolean
_acc_interaction_form_is_dirty (AccInteractionForm *self)
{
  gboolean outcome_chosen;

  _acc_interaction_form_current_outcome (self, &outcome_chosen);
  return !_acc_interaction_form_editable_is_empty (self->name_entry)
         || !_acc_interaction_form_editable_is_empty (self->organisation_entry)
         || !_acc_interaction_form_editable_is_empty (self->phone_entry)
         || !_acc_interaction_form_editable_is_empty (self->email_entry)
         || !_acc_interaction_form_editable_is_empty (self->reason_entry)
         || !_acc_interaction_form_editable_is_empty (self->answer_entry)
         || (self->subject_edited && !_acc_interaction_form_editable_is_empty (self->subject_entry))
         || !_acc_interaction_form_text_view_is_empty (self->notes_view)
         || !_acc_interaction_form_text_view_is_empty (self->body_view)
         || current_checklist (self) != 0
         || has_documents_ticked (self)
         || has_departed (self)
         || gtk_check_button_get_active (self->urgent_check)
         || outcome_chosen
         || self->linked_contact != NULL;
}

/* Errors ----------------------------------------------------------------- */

/* Shows what is wrong with the caller's or visitor's details, beside each
 * field, before the repository is asked (it would name only the first
 * fault, in general words). The phone rule is the repository's own.
 * Returns: (nullable): the first field to correct. */
GtkWidget *
_acc_interaction_form_check_caller_fields (AccInteractionForm *self)
{
  GtkWidget *first_invalid = NULL;

  acc_field_check_text (GTK_WIDGET (self->name_entry), self->name_error,
                        _(_acc_interaction_form_words (self)->name_required), ACC_LIMIT_NAME,
                        &first_invalid);
  acc_field_check_phone (GTK_WIDGET (self->phone_entry), self->phone_error,
                         _("This is not a phone number: type ten digits, as 06 12 34 56 78, or +44… from abroad."),
                         NULL, &first_invalid);
  acc_field_check_email (GTK_WIDGET (self->email_entry), self->email_error,
                         _("This is not an e-mail address: it looks like name@example.fr."),
                         &first_invalid);
  return first_invalid;
}

/* The departure, if the agent gave it: a time of the clock not before the
 * arrival (within its minute) and not after now.
 * Returns: whether it is right; @ended_at is 0 when none is given. */
static gboolean
check_departure (AccInteractionForm *self,
                 gint64             *ended_at,
                 GtkWidget         **first_invalid)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) arrival = g_date_time_new_from_unix_local (self->started_at / G_USEC_PER_SEC);
  g_autofree char *text = NULL;
  g_autofree char *arrived = NULL;
  g_autofree char *message = NULL;
  gint64 arrival_minute = (self->started_at / (60 * G_USEC_PER_SEC)) * 60 * G_USEC_PER_SEC;
  gint64 departed = 0;

  *ended_at = 0;
  if (!has_departed (self))
    {
      acc_field_error_show (GTK_WIDGET (self->departure_entry), self->departure_error, NULL);
      return TRUE;
    }

  text = _acc_interaction_form_editable_text (self->departure_entry);
  if (text != NULL
      && acc_voicemail_parse_received (text, now, &departed)
      && departed >= arrival_minute)
    {
      *ended_at = MAX (departed, self->started_at);
      acc_field_error_show (GTK_WIDGET (self->departure_entry), self->departure_error, NULL);
      return TRUE;
    }

  arrived = g_date_time_format (arrival, "%H:%M");
  /* Translators: beside the departure time of a visit; %s is the time the
   * visitor arrived, e.g. 14:05 */
  message = g_strdup_printf (_("Type the time the visitor left, such as 14:30: not before their arrival at %s, "
                               "and not later than now."),
                             arrived);
  acc_field_error_update (GTK_WIDGET (self->departure_entry), self->departure_error, message, first_invalid);
  return FALSE;
}

/* The other texts' limits (acc-limits.h), each with its message under its
 * field; the outcome's texts only for the outcome chosen, the others being
 * hidden and not saved. */
static void
check_lengths (AccInteractionForm  *self,
               GtkWidget          **first_invalid)
{
  gboolean chosen;
  AccOutcome outcome = _acc_interaction_form_current_outcome (self, &chosen);

  acc_field_check_length (GTK_WIDGET (self->organisation_entry), ACC_LIMIT_NAME, first_invalid);
  acc_field_check_length (GTK_WIDGET (self->reason_entry), ACC_LIMIT_LINE, first_invalid);
  acc_field_check_length (GTK_WIDGET (self->notes_view), ACC_LIMIT_TEXT, first_invalid);
  if (chosen && outcome == ACC_OUTCOME_ANSWERED)
    acc_field_check_length (GTK_WIDGET (self->answer_entry), ACC_LIMIT_TEXT, first_invalid);
  if (chosen && outcome == ACC_OUTCOME_MESSAGE)
    {
      acc_field_check_length (GTK_WIDGET (self->subject_entry), ACC_LIMIT_LINE, first_invalid);
      acc_field_check_length (GTK_WIDGET (self->body_view), ACC_LIMIT_TEXT, first_invalid);
    }
}

/* Actions ---------------------------------------------------------------- */

void
_acc_interaction_form_update_actions (AccInteractionForm *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save-prospect",
                                 self->linked_contact == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.unlink-contact",
                                 self->linked_contact != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.supervisor-unreachable",
                                 gtk_drop_down_get_selected_item (self->supervisor_dropdown) != NULL);
}

/* Fields ----------------------------------------------------------------- */

static void
on_form_edited (AccInteractionForm *self)
{
  if (self->disposing)
    return;
  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
}

static void
on_field_changed (GtkEntry           *entry,
                  AccInteractionForm *self)
{
  if (self->disposing)
    return;
  /* The agent is correcting it: its error goes until the next check. */
  acc_field_error_clear_for (GTK_WIDGET (entry));
  if (entry == self->answer_entry)
    _acc_interaction_form_show_label_error (self->outcome_error, NULL);
}

/* Enter in a field goes on to the next one. */
static void
on_field_activate (AccInteractionForm *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/* Enter in the last field of an outcome saves, as Ctrl+Return does. */
static void
on_outcome_field_activate (AccInteractionForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "form.save", NULL);
}

static void
on_reason_changed (AccInteractionForm *self)
{
  if (self->disposing)
    return;
  _acc_interaction_form_sync_subject (self);
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

void
_acc_interaction_form_enter_activates_rows (GtkListBox *list)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_list_key_pressed), NULL);
  gtk_widget_add_controller (GTK_WIDGET (list), controller);
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
reason_matches (AccInteractionForm *self,
                const char         *reason)
{
  g_autofree char *typed = NULL;

  if (self->all_reasons)
    return TRUE;
  typed = _acc_interaction_form_editable_text (self->reason_entry);
  return typed == NULL || g_str_match_string (typed, reason, TRUE);
}

static gboolean
filter_reason_row (GtkListBoxRow *row,
                   gpointer       user_data)
{
  AccInteractionForm *self = user_data;
  int index = gtk_list_box_row_get_index (row);

  if (self->reasons == NULL || index < 0)
    return FALSE;
  return reason_matches (self, gtk_string_list_get_string (self->reasons, index));
}

/* The list opens on the reasons matching what is typed, or on all of them
 * when none does, with the first one focused. */
static void
on_reason_popover_show (AccInteractionForm *self)
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
on_reason_row_activated (AccInteractionForm *self,
                         GtkListBoxRow      *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry),
                         gtk_string_list_get_string (self->reasons, index));
  gtk_menu_button_popdown (self->reason_button);
  _acc_interaction_form_focus_entry (self->reason_entry);
  gtk_editable_set_position (GTK_EDITABLE (self->reason_entry), -1);
}

/* Closed with Escape, the list gives the keyboard back to the reason, not
 * to its button. */
static void
on_reason_popover_closed (AccInteractionForm *self)
{
  GtkWidget *focus;

  if (self->disposing)
    return;
  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (focus == NULL || focus == GTK_WIDGET (self->reason_button)
      || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->reason_button)))
    _acc_interaction_form_focus_entry (self->reason_entry);
}

/* Down in the reason opens the list. */
static gboolean
on_reason_key_pressed (AccInteractionForm *self,
                       guint               keyval,
                       guint               keycode,
                       GdkModifierType     state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0
      || self->reasons == NULL
      || g_list_model_get_n_items (G_LIST_MODEL (self->reasons)) == 0)
    return FALSE;
  gtk_menu_button_popup (self->reason_button);
  return TRUE;
}

/* Documents handed over -------------------------------------------------- */

/* What a visitor can be handed: the register also holds what is posted
 * (the opening-hours poster, the outside sign). */
static gboolean
is_handed_out (AccDocumentKind kind)
{
  return kind == ACC_DOCUMENT_BROCHURE || kind == ACC_DOCUMENT_PRICE_LIST
         || kind == ACC_DOCUMENT_TAX_ADVANTAGE_SHEET || kind == ACC_DOCUMENT_WELCOME_BOOKLET;
}

static GtkWidget *
create_document_check (AccDocument *document,
                       const char  *kind)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = gtk_label_new (acc_document_get_title (document));
  GtkWidget *caption = gtk_label_new (kind);
  g_autofree char *accessible = g_strdup_printf ("%s, %s", acc_document_get_title (document), kind);
  gint64 *id = g_new (gint64, 1);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_set_valign (caption, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  *id = acc_document_get_id (document);
  g_object_set_data_full (G_OBJECT (check), DOCUMENT_ID_KEY, id, g_free);
  return check;
}

static void
load_documents (AccInteractionForm *self)
{
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = acc_repository_list_documents (self->repository, &error);
  if (documents == NULL)
    _acc_interaction_form_show_load_error (self, error);

  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);
      AccDocumentKind kind = acc_document_get_kind (document);
      GtkWidget *check;

      if (!is_handed_out (kind))
        continue;
      check = create_document_check (document, acc_document_kind_label (kind));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_form_edited), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->documents_box, check);
      g_ptr_array_add (self->document_checks, check);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->documents_empty_label), self->document_checks->len == 0);
}

/* The label's mnemonic gives the keyboard to the first document, without
 * ticking it. */
static gboolean
on_documents_mnemonic_activate (AccInteractionForm *self,
                                gboolean            group_cycling)
{
  if (self->document_checks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->document_checks, 0));
  return TRUE;
}

/* Up and Down go from one document to the next, as in a list. */
static gboolean
on_documents_key_pressed (AccInteractionForm *self,
                          guint               keyval,
                          guint               keycode,
                          GdkModifierType     state)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  int step;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step = 1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step = -1;
  else
    return FALSE;

  for (guint i = 0; i < self->document_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->document_checks, i);

      if (focus != check && !gtk_widget_is_ancestor (focus, check))
        continue;
      if ((step < 0 && i == 0) || (step > 0 && i + 1 == self->document_checks->len))
        return FALSE;
      gtk_widget_grab_focus (g_ptr_array_index (self->document_checks, i + step));
      return TRUE;
    }
  return FALSE;
}

/* Departure -------------------------------------------------------------- */

/* Ticked, it offers the time now, selected: the agent confirms it or types
 * over it. */
static void
on_departed_toggled (AccInteractionForm *self)
{
  gboolean departed;

  if (self->disposing)
    return;
  departed = gtk_check_button_get_active (self->departed_check);
  gtk_widget_set_sensitive (GTK_WIDGET (self->departure_entry), departed);
  if (departed)
    {
      if (_acc_interaction_form_editable_is_empty (self->departure_entry))
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *time = g_date_time_format (now, "%H:%M");

          gtk_editable_set_text (GTK_EDITABLE (self->departure_entry), time);
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->departure_entry));
    }
  else
    acc_field_error_show (GTK_WIDGET (self->departure_entry), self->departure_error, NULL);
  on_form_edited (self);
}

/* Saving ----------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (widget);
  g_autoptr(AccInteraction) interaction = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *notes = NULL;
  GtkWidget *first_invalid;
  GtkWidget *outcome_invalid;
  gint64 ended_at = 0;

  _acc_interaction_form_show_label_error (self->save_error, NULL);
  first_invalid = _acc_interaction_form_check_caller_fields (self);

  name = _acc_interaction_form_editable_text (self->name_entry);
  organisation = _acc_interaction_form_editable_text (self->organisation_entry);
  phone = _acc_interaction_form_editable_text (self->phone_entry);
  email = _acc_interaction_form_editable_text (self->email_entry);
  reason = _acc_interaction_form_editable_text (self->reason_entry);
  notes = _acc_interaction_form_text_view_text (self->notes_view);

  interaction = acc_interaction_new (self->channel);
  acc_interaction_set_started_at (interaction, self->started_at);
  if (self->channel == ACC_CHANNEL_PHONE)
    {
      /* The call ends as it is saved. */
      ended_at = MAX (g_get_real_time (), self->started_at);
    }
  else
    {
      /* A visitor's departure is what the agent says, or unknown. */
      check_departure (self, &ended_at, &first_invalid);
      acc_interaction_set_document_ids (interaction, current_document_ids (self));
    }
  acc_interaction_set_ended_at (interaction, ended_at);
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

  check_lengths (self, &first_invalid);
  outcome_invalid = _acc_interaction_form_check_outcome (self, interaction, &message);
  if (first_invalid == NULL)
    first_invalid = outcome_invalid;

  if (first_invalid != NULL)
    {
      _acc_interaction_form_focus (first_invalid);
      return;
    }

  if (!acc_repository_save_interaction (self->repository, interaction, message, &error))
    {
      /* Everything stays as typed: the agent can try again. */
      g_autofree char *text = NULL;

      /* Two literal formats, that the compiler checks. */
      if (self->channel == ACC_CHANNEL_VISIT)
        text = g_strdup_printf (_("The visit could not be saved: %s"), error->message);
      else
        text = g_strdup_printf (_("The call could not be saved: %s"), error->message);

      _acc_interaction_form_show_label_error (self->save_error, text);
      return;
    }

  /* Saved: nothing left in progress. */
  acc_draft_keeper_forget (&self->draft);
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
on_discard_response (AccInteractionForm *self,
                     const char         *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    acc_draft_keeper_forget (&self->draft);
  else if (g_strcmp0 (response, "keep") != 0)
    return;
  /* Kept: the draft was saved as the form was asked to close, and comes
   * back the next time it opens. */
  self->discard_confirmed = TRUE;
  /* Not from inside the dialog's response: the dialog, transient for the
   * form, still has to finish closing itself. */
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_form, g_object_ref (self), g_object_unref);
}

/* Escape, Cancel and the window's close all come here: nothing typed is
 * thrown away without asking, and the draft is up to date before asking. */
static gboolean
acc_interaction_form_close_request (GtkWindow *window)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (window);
  const AccInteractionFormWords *words = _acc_interaction_form_words (self);
  AdwMessageDialog *dialog;

  if (!self->discard_confirmed)
    acc_draft_keeper_flush (&self->draft);
  if (self->discard_confirmed || !_acc_interaction_form_is_dirty (self))
    {
      GtkWindowClass *parent_class = GTK_WINDOW_CLASS (acc_interaction_form_parent_class);

      return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
    }

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _(words->discard_heading), _(words->discard_body)));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep", _("Keep as Dra_ft"),
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

void
_acc_interaction_form_show_load_error (AccInteractionForm *self,
                                       GError             *error)
{
  g_autofree char *text = g_strdup_printf (_("Part of the form could not be loaded: %s"), error->message);

  _acc_interaction_form_show_label_error (self->save_error, text);
}

/* The organisation's greeting for the channel: its phone greeting names
 * the organisation and the agent, its visit greeting the agent. */
static void
load_greeting (AccInteractionForm *self)
{
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *greeting = NULL;
  const char *agent_name = self->agent != NULL ? acc_staff_member_get_name (self->agent) : NULL;
  gboolean visit = self->channel == ACC_CHANNEL_VISIT;

  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation == NULL)
    {
      _acc_interaction_form_show_load_error (self, error);
      greeting = acc_organisation_format_greeting (visit ? ACC_DEFAULT_VISIT_GREETING : ACC_DEFAULT_PHONE_GREETING,
                                                   NULL, agent_name);
    }
  else
    greeting = acc_organisation_format_greeting (visit ? acc_organisation_get_visit_greeting (organisation)
                                                       : acc_organisation_get_phone_greeting (organisation),
                                                 acc_organisation_get_name (organisation),
                                                 agent_name);
  gtk_label_set_text (self->greeting_label, greeting);
}

static void
load_reasons (AccInteractionForm *self)
{
  g_auto(GStrv) reasons = NULL;
  g_autoptr(GError) error = NULL;

  reasons = acc_repository_list_reasons (self->repository, &error);
  if (reasons == NULL)
    _acc_interaction_form_show_load_error (self, error);

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

/* The words and parts of the channel: the template is the call's. */
static void
apply_channel (AccInteractionForm *self)
{
  const AccInteractionFormWords *words = _acc_interaction_form_words (self);
  gboolean visit = self->channel == ACC_CHANNEL_VISIT;

  gtk_window_set_title (GTK_WINDOW (self), _(words->title));
  adw_window_title_set_title (self->window_title, _(words->title));
  gtk_widget_set_tooltip_text (self->cancel_button, _(words->cancel_tooltip));
  gtk_widget_set_tooltip_text (self->save_button, _(words->save_tooltip));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_error),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(words->save_error_description),
                                  -1);
  gtk_label_set_text_with_mnemonic (self->name_label, _(words->name_label));
  gtk_label_set_text (self->contacts_empty_label, _(words->contacts_empty));
  gtk_widget_set_tooltip_text (self->prospect_button, _(words->prospect_tooltip));
  gtk_button_set_label (GTK_BUTTON (self->transferred_toggle), _(words->transferred_toggle));
  gtk_button_set_label (GTK_BUTTON (self->message_toggle), _(words->message_toggle));
  gtk_label_set_text (self->outcome_hint_label, _(words->outcome_hint));

  /* reason_asked_check serves both: shown if any step of the channel
   * uses it. */
  for (guint i = 0; i < G_N_ELEMENTS (procedure_steps); i++)
    gtk_widget_set_visible (GTK_WIDGET (STEP_CHECK (self, &procedure_steps[i])), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (procedure_steps); i++)
    if (procedure_steps[i].channel == self->channel)
      gtk_widget_set_visible (GTK_WIDGET (STEP_CHECK (self, &procedure_steps[i])), TRUE);

  gtk_widget_set_visible (self->documents_label, visit);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_box), visit);
  gtk_widget_set_visible (self->departure_box, visit);
}

/* When the call started or the visitor arrived, in the subtitle too. */
void
_acc_interaction_form_set_started_at (AccInteractionForm *self,
                                      gint64              started_at)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (started_at / G_USEC_PER_SEC);
  g_autofree char *subtitle = NULL;

  self->started_at = started_at;
  subtitle = g_date_time_format (started, _(_acc_interaction_form_words (self)->subtitle_format));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* GObject ---------------------------------------------------------------- */

static void
acc_interaction_form_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_AGENT:
      g_value_set_object (value, self->agent);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_interaction_form_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_AGENT:
      self->agent = g_value_dup_object (value);
      break;
    case PROP_CHANNEL:
      self->channel = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_interaction_form_constructed (GObject *object)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (object);

  G_OBJECT_CLASS (acc_interaction_form_parent_class)->constructed (object);

  g_return_if_fail (ACC_IS_REPOSITORY (self->repository));

  apply_channel (self);
  _acc_interaction_form_set_started_at (self, self->started_at);

  load_greeting (self);
  load_reasons (self);
  _acc_interaction_form_load_staff (self);
  _acc_interaction_form_load_directory (self);
  if (self->channel == ACC_CHANNEL_VISIT)
    load_documents (self);
  _acc_interaction_form_update_actions (self);
  /* Last: what was typed before a crash or a close goes over the
   * defaults. */
  _acc_interaction_form_restore_draft (self);

  /* Unselected: a key typed into a restored name adds to it. */
  _acc_interaction_form_focus_entry (self->name_entry);
  gtk_editable_set_position (GTK_EDITABLE (self->name_entry), -1);
}

static void
acc_interaction_form_dispose (GObject *object)
{
  AccInteractionForm *self = ACC_INTERACTION_FORM (object);

  /* Destroyed without Save or Discard (the application quit, its window
   * went): what was typed stays as a draft. Once only (stopped after), while
   * the fields are still there. */
  if (!self->discard_confirmed)
    acc_draft_keeper_flush (&self->draft);
  acc_draft_keeper_stop (&self->draft);

  /* Widgets going away emit signals; the handlers must not act on them. */
  self->disposing = TRUE;
  _acc_interaction_form_cancel_lookup (self);
  self->lookup_entry = NULL;
  g_clear_weak_pointer (&self->discard_dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_INTERACTION_FORM);

  g_clear_pointer (&self->document_checks, g_ptr_array_unref);
  g_clear_object (&self->linked_contact);
  g_clear_object (&self->matches);
  g_clear_object (&self->reasons);
  g_clear_object (&self->supervisors);
  g_clear_object (&self->recipients);
  g_clear_object (&self->directory);
  g_clear_object (&self->agent);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_interaction_form_parent_class)->dispose (object);
}

static void
acc_interaction_form_class_init (AccInteractionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = acc_interaction_form_constructed;
  object_class->get_property = acc_interaction_form_get_property;
  object_class->set_property = acc_interaction_form_set_property;
  object_class->dispose = acc_interaction_form_dispose;

  window_class->close_request = acc_interaction_form_close_request;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Who takes the call or receives the visitor: named in the greeting,
   * recorded with the entry. */
  properties[PROP_AGENT] =
    g_param_spec_object ("agent", NULL, NULL, ACC_TYPE_STAFF_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A call or a visit: the greeting, the steps, the documents and the
   * departure follow it. */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, ACC_TYPE_CHANNEL, ACC_CHANNEL_PHONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template's expressions name these types. */
  g_type_ensure (ACC_TYPE_STAFF_MEMBER);
  g_type_ensure (ACC_TYPE_DIRECTORY_ENTRY);
  g_type_ensure (ACC_TYPE_DRAFT_NOTICE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-interaction-form.ui");
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, greeted_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, introduced_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, reason_asked_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, name_asked_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, presented_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, informed_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, supervisor_called_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, oriented_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, name_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, email_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, reason_button);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, reason_list);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, documents_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, documents_box);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, documents_empty_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, departure_box);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, departed_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, departure_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, departure_error);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, contacts_stack);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, contacts_empty_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, linked_box);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, linked_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, prospect_button);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, answered_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, transferred_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, oriented_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, message_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, outcome_stack);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, outcome_hint_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, answer_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, supervisor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, supervisor_phone_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, directory_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, directory_phone_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, directory_address_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, directory_hours_caption);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, directory_hours_label);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, recipient_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, urgent_check);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, body_view);
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, outcome_error);
  gtk_widget_class_bind_template_callback (widget_class, on_form_edited);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_field_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_popover_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_documents_mnemonic_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_departed_toggled);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);

  _acc_interaction_form_class_init_contacts (widget_class);
  _acc_interaction_form_class_init_outcome (widget_class);
  _acc_interaction_form_class_init_draft (widget_class);

  /* Escape bubbles: an open drop-down list closes first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_interaction_form_init (AccInteractionForm *self)
{
  GtkEventController *shortcuts;
  GtkEventController *controller;
  const guint save_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  /* The call starts, or the visitor arrives, when the form opens. */
  self->started_at = g_get_real_time ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->document_checks = g_ptr_array_new ();

  acc_field_error_attach (GTK_WIDGET (self->name_entry), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_entry), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_entry), self->email_error);
  acc_field_error_attach (GTK_WIDGET (self->departure_entry), self->departure_error);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_reason_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->reason_entry), controller);
  _acc_interaction_form_enter_activates_rows (self->reason_list);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_documents_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->documents_box), controller);

  _acc_interaction_form_init_contacts (self);
  _acc_interaction_form_init_outcome (self);
  _acc_interaction_form_init_draft (self);

  /* Ctrl+Return saves from anywhere, the notes included: caught before the
   * focused widget would take Return as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (save_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (save_keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * acc_interaction_form_get_channel:
 *
 * Returns: whether the form takes a call or a visit.
 */
AccChannel
acc_interaction_form_get_channel (AccInteractionForm *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION_FORM (self), ACC_CHANNEL_PHONE);

  return self->channel;
}

/**
 * acc_interaction_form_present:
 * @parent: the window the form is modal to
 * @repository: where the call or visit is saved
 * @agent: (nullable): who takes the call or receives the visitor
 * @channel: %ACC_CHANNEL_PHONE for a new call, %ACC_CHANNEL_VISIT for a
 *   new visit
 *
 * Opens the form for a new call or visit, the name focused; the call
 * starts, or the visitor arrives, now. The form saves the entry itself and
 * closes; the books see it through the repository's #AccRepository::changed.
 */
void
acc_interaction_form_present (GtkWindow      *parent,
                              AccRepository  *repository,
                              AccStaffMember *agent,
                              AccChannel      channel)
{
  AccInteractionForm *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (ACC_IS_REPOSITORY (repository));
  g_return_if_fail (agent == NULL || ACC_IS_STAFF_MEMBER (agent));
  g_return_if_fail (channel == ACC_CHANNEL_PHONE || channel == ACC_CHANNEL_VISIT);

  self = g_object_new (ACC_TYPE_INTERACTION_FORM,
                       "repository", repository,
                       "agent", agent,
                       "channel", channel,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  gtk_window_present (GTK_WINDOW (self));
}
