/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction-form-outcome.c — what came of a call or a visit, the two
 * branches of the procedure: answered; or, when the agent cannot answer, a
 * supervisor (the number to dial in view), another body of the directory
 * of local services, or a message for the person concerned, forwarded as
 * the entry is saved. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-interaction-form-private.h"

static gpointer
selected_item (GtkDropDown *dropdown)
{
  return gtk_drop_down_get_selected_item (dropdown);
}

AccOutcome
_acc_interaction_form_current_outcome (AccInteractionForm *self,
                                       gboolean           *chosen)
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

/* The message's subject and text --------------------------------------- */

/* Until the agent types a subject of their own, the subject is the reason. */
void
_acc_interaction_form_sync_subject (AccInteractionForm *self)
{
  g_autofree char *reason = NULL;

  if (self->subject_edited)
    return;
  reason = _acc_interaction_form_editable_text (self->reason_entry);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), reason != NULL ? reason : "");
  self->syncing = FALSE;
}

static void
on_subject_changed (AccInteractionForm *self)
{
  if (self->disposing || self->syncing)
    return;
  /* Cleared by hand, it follows the reason again. */
  self->subject_edited = !_acc_interaction_form_editable_is_empty (self->subject_entry);
  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
}

/* Until the agent edits it, the message's text is the notes. */
static void
on_notes_changed (AccInteractionForm *self)
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
on_body_changed (AccInteractionForm *self)
{
  if (self->disposing || self->syncing)
    return;
  self->body_edited = !_acc_interaction_form_text_view_is_empty (self->body_view);
  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
}

/* The branches ------------------------------------------------------------ */

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
on_supervisor_selected (AccInteractionForm *self)
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

  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
  _acc_interaction_form_update_actions (self);
}

static void
on_directory_selected (AccInteractionForm *self)
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

  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
}

static void
on_outcome_toggled (GtkToggleButton    *button,
                    AccInteractionForm *self)
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
  _acc_interaction_form_show_label_error (self->outcome_error, NULL);
  /* What the branch asks for next has the keyboard. */
  if (GTK_IS_ENTRY (first))
    _acc_interaction_form_focus_entry (first);
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
  AccInteractionForm *self = ACC_INTERACTION_FORM (widget);
  AccStaffMember *supervisor = selected_item (self->supervisor_dropdown);

  if (supervisor == NULL)
    return;
  gtk_drop_down_set_selected (self->recipient_dropdown,
                              position_of_staff (G_LIST_MODEL (self->recipients),
                                                 acc_staff_member_get_id (supervisor)));
  gtk_toggle_button_set_active (self->message_toggle, TRUE);
  /* The recipient is chosen: on to what the message says. */
  _acc_interaction_form_focus_entry (self->subject_entry);
}

/* Checking and saving ----------------------------------------------------- */

/* The message taken during the call or left during the visit, as the form
 * shows it; what it does not say (who called or came, their details, who
 * took it) the repository copies from the entry. Its reason is the subject
 * typed, else the entry's.
 * Returns: (transfer full): the message */
static AccMessage *
build_message (AccInteractionForm *self,
               AccInteraction     *interaction)
{
  AccStaffMember *recipient = selected_item (self->recipient_dropdown);
  g_autoptr(AccMessage) message = acc_message_new ();
  g_autofree char *subject = _acc_interaction_form_editable_text (self->subject_entry);
  g_autofree char *body = _acc_interaction_form_text_view_text (self->body_view);
  const char *reason = subject != NULL ? subject : acc_interaction_get_reason (interaction);

  acc_message_set_source (message, self->channel == ACC_CHANNEL_VISIT
                                     ? ACC_MESSAGE_SOURCE_VISIT : ACC_MESSAGE_SOURCE_CALL);
  acc_message_set_recipient_id (message, recipient != NULL ? acc_staff_member_get_id (recipient) : 0);
  acc_message_set_urgent (message, gtk_check_button_get_active (self->urgent_check));
  acc_message_set_body (message, body);
  acc_message_set_reason (message, reason);
  /* Left now, as the visit is recorded, when the departure is not given:
   * the repository would date it from the arrival. */
  if (acc_interaction_get_ended_at (interaction) == 0)
    acc_message_set_created_at (message, MAX (g_get_real_time (), acc_interaction_get_started_at (interaction)));
  return g_steal_pointer (&message);
}

/**
 * _acc_interaction_form_check_outcome:
 * @interaction: the entry being saved
 * @message: (out) (transfer full) (nullable): the message to forward with
 *   it, for the message outcome
 *
 * Copies the outcome and what its branch holds into @interaction, and
 * shows beside the outcome what is missing.
 *
 * Returns: (nullable): the part of the outcome to correct.
 */
GtkWidget *
_acc_interaction_form_check_outcome (AccInteractionForm  *self,
                                     AccInteraction      *interaction,
                                     AccMessage         **message)
{
  const AccInteractionFormWords *words = _acc_interaction_form_words (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = NULL;
  gboolean chosen;
  AccOutcome outcome;

  *message = NULL;
  outcome = _acc_interaction_form_current_outcome (self, &chosen);
  acc_interaction_set_outcome (interaction, outcome);

  if (!chosen)
    {
      _acc_interaction_form_show_label_error (self->outcome_error, _(words->outcome_required));
      return GTK_WIDGET (self->answered_toggle);
    }

  switch (outcome)
    {
    case ACC_OUTCOME_ANSWERED:
      answer = _acc_interaction_form_editable_text (self->answer_entry);
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
      *message = build_message (self, interaction);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!acc_interaction_check_outcome (interaction, *message, &error))
    /* The core's rule; its words are the call's where a visit needs its own. */
    _acc_interaction_form_show_label_error (self->outcome_error,
                                            outcome == ACC_OUTCOME_TRANSFERRED && words->supervisor_required != NULL
                                              ? _(words->supervisor_required) : error->message);
  else if (*message != NULL && acc_message_get_reason (*message) == NULL)
    _acc_interaction_form_show_label_error (self->outcome_error, _(words->subject_required));
  else
    {
      _acc_interaction_form_show_label_error (self->outcome_error, NULL);
      return NULL;
    }

  if (outcome == ACC_OUTCOME_ANSWERED)
    return GTK_WIDGET (self->answer_entry);
  if (outcome == ACC_OUTCOME_MESSAGE && selected_item (self->recipient_dropdown) != NULL)
    return GTK_WIDGET (self->subject_entry);
  return gtk_stack_get_visible_child (self->outcome_stack);
}

/* Loading ----------------------------------------------------------------- */

/* A list with one choice has it chosen; otherwise the agent chooses: a
 * default would be saved unnoticed. */
static void
set_choices (GtkDropDown *dropdown,
             GListModel  *model)
{
  gtk_drop_down_set_model (dropdown, model);
  gtk_drop_down_set_selected (dropdown, g_list_model_get_n_items (model) == 1 ? 0 : GTK_INVALID_LIST_POSITION);
}

void
_acc_interaction_form_load_staff (AccInteractionForm *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = acc_repository_list_staff (self->repository, TRUE, &error);
  if (staff == NULL)
    _acc_interaction_form_show_load_error (self, error);

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

void
_acc_interaction_form_load_directory (AccInteractionForm *self)
{
  g_autoptr(GError) error = NULL;

  self->directory = acc_repository_list_directory (self->repository, &error);
  if (self->directory == NULL)
    {
      _acc_interaction_form_show_load_error (self, error);
      self->directory = G_LIST_MODEL (g_list_store_new (ACC_TYPE_DIRECTORY_ENTRY));
    }
  set_choices (self->directory_dropdown, self->directory);
  on_directory_selected (self);
}

void
_acc_interaction_form_class_init_outcome (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_supervisor_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_subject_changed);

  gtk_widget_class_install_action (widget_class, "form.supervisor-unreachable", NULL,
                                   supervisor_unreachable_action);
}

void
_acc_interaction_form_init_outcome (AccInteractionForm *self)
{
  self->supervisors = g_list_store_new (ACC_TYPE_STAFF_MEMBER);
  self->recipients = g_list_store_new (ACC_TYPE_STAFF_MEMBER);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (on_body_changed), self, G_CONNECT_SWAPPED);
}
