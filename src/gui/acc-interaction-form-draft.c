/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction-form-draft.c — nothing typed in a call or visit form is
 * lost: every change (re)arms a short timer, and when it fires the form is
 * kept in the repository as a draft (one per channel and agent); the form
 * does the same when it is asked to close or is destroyed unsaved
 * (acc-draft-keeper.c). When the form opens again, the draft is put back,
 * with a notice that says so and offers to discard it. Saving the call or
 * visit, or discarding, forgets the draft; an empty form leaves none.
 *
 * The draft holds the fields as typed, an a{sv} (acc-repository-drafts.c):
 *
 *   started-at  x   when the call started, the visitor arrived
 *   name, organisation, phone, email, reason, notes, answer, departure  s
 *   steps       u   the procedure's steps ticked (AccCallStep/AccVisitStep)
 *   documents   ax  the documents handed over
 *   departed    b
 *   contact     x   the contact linked, 0 for none
 *   outcome     i   an AccOutcome, -1 for none chosen
 *   supervisor, directory, recipient  x  ids chosen, 0 for none
 *   urgent      b
 *   subject, body  s  only when typed, not copied from the reason and notes
 */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include "acc-interaction-form-private.h"

static AccDraftKind
draft_kind (AccInteractionForm *self)
{
  return self->channel == ACC_CHANNEL_VISIT ? ACC_DRAFT_VISIT : ACC_DRAFT_CALL;
}

static gint64
draft_owner (AccInteractionForm *self)
{
  return self->agent != NULL ? acc_staff_member_get_id (self->agent) : 0;
}

/* Reading the form --------------------------------------------------------- */

static void
put_text (GVariantDict *dict,
          const char   *key,
          const char   *text)
{
  if (text != NULL && *text != '\0')
    g_variant_dict_insert (dict, key, "s", text);
}

static void
put_editable (GVariantDict *dict,
              const char   *key,
              gpointer      editable)
{
  put_text (dict, key, gtk_editable_get_text (GTK_EDITABLE (editable)));
}

static void
put_text_view (GVariantDict *dict,
               const char   *key,
               GtkTextView  *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  put_text (dict, key, text);
}

static gint64
selected_id (GtkDropDown *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);

  if (ACC_IS_STAFF_MEMBER (item))
    return acc_staff_member_get_id (item);
  if (ACC_IS_DIRECTORY_ENTRY (item))
    return acc_directory_entry_get_id (item);
  return 0;
}

static GVariant *
collect_fields (AccInteractionForm *self)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  GVariant *documents;
  gboolean chosen;
  AccOutcome outcome = _acc_interaction_form_current_outcome (self, &chosen);

  g_variant_dict_insert (dict, "started-at", "x", self->started_at);
  put_editable (dict, "name", self->name_entry);
  put_editable (dict, "organisation", self->organisation_entry);
  put_editable (dict, "phone", self->phone_entry);
  put_editable (dict, "email", self->email_entry);
  put_editable (dict, "reason", self->reason_entry);
  put_text_view (dict, "notes", self->notes_view);
  g_variant_dict_insert (dict, "steps", "u", _acc_interaction_form_get_checklist (self));
  documents = _acc_interaction_form_get_document_ids (self);
  if (documents != NULL)
    g_variant_dict_insert_value (dict, "documents", documents);
  if (self->channel == ACC_CHANNEL_VISIT)
    {
      g_variant_dict_insert (dict, "departed", "b", gtk_check_button_get_active (self->departed_check));
      put_editable (dict, "departure", self->departure_entry);
    }
  if (self->linked_contact != NULL)
    g_variant_dict_insert (dict, "contact", "x", acc_contact_get_id (self->linked_contact));
  g_variant_dict_insert (dict, "outcome", "i", chosen ? (gint32) outcome : -1);
  put_editable (dict, "answer", self->answer_entry);
  g_variant_dict_insert (dict, "supervisor", "x", selected_id (self->supervisor_dropdown));
  g_variant_dict_insert (dict, "directory", "x", selected_id (self->directory_dropdown));
  g_variant_dict_insert (dict, "recipient", "x", selected_id (self->recipient_dropdown));
  g_variant_dict_insert (dict, "urgent", "b", gtk_check_button_get_active (self->urgent_check));
  if (self->subject_edited)
    put_editable (dict, "subject", self->subject_entry);
  if (self->body_edited)
    put_text_view (dict, "body", self->body_view);
  return g_variant_dict_end (dict);
}

/* Filling the form --------------------------------------------------------- */

static void
set_editable (GVariantDict *dict,
              const char   *key,
              gpointer      editable)
{
  g_autofree char *text = NULL;

  g_variant_dict_lookup (dict, key, "s", &text);
  gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static void
set_text_view (GVariantDict *dict,
               const char   *key,
               GtkTextView  *view)
{
  g_autofree char *text = NULL;

  g_variant_dict_lookup (dict, key, "s", &text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static gboolean
lookup_boolean (GVariantDict *dict,
                const char   *key)
{
  gboolean value = FALSE;

  g_variant_dict_lookup (dict, key, "b", &value);
  return value;
}

/* The item of id @id, or, for none, what the form chooses by itself: the
 * only choice when there is one. */
static void
select_id (GtkDropDown *dropdown,
           gint64       id)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint position = n == 1 ? 0 : GTK_INVALID_LIST_POSITION;

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if ((ACC_IS_STAFF_MEMBER (item) && acc_staff_member_get_id (ACC_STAFF_MEMBER (item)) == id)
          || (ACC_IS_DIRECTORY_ENTRY (item) && acc_directory_entry_get_id (ACC_DIRECTORY_ENTRY (item)) == id))
        {
          position = i;
          break;
        }
    }
  gtk_drop_down_set_selected (dropdown, position);
}

static void
set_contact (AccInteractionForm *self,
             gint64              id)
{
  g_autoptr(AccContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  /* Gone from the contacts file since: the fields as typed stay. */
  if (id != 0)
    contact = acc_repository_get_contact (self->repository, id, &error);
  _acc_interaction_form_link_contact (self, contact);
}

static void
set_outcome (AccInteractionForm *self,
             gint32              outcome)
{
  GtkToggleButton *toggles[] = {
    [ACC_OUTCOME_ANSWERED] = self->answered_toggle,
    [ACC_OUTCOME_TRANSFERRED] = self->transferred_toggle,
    [ACC_OUTCOME_ORIENTED] = self->oriented_toggle,
    [ACC_OUTCOME_MESSAGE] = self->message_toggle,
  };

  if (outcome >= 0 && outcome < (gint32) G_N_ELEMENTS (toggles) && toggles[outcome] != NULL)
    {
      gtk_toggle_button_set_active (toggles[outcome], TRUE);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (toggles[i] != NULL)
      gtk_toggle_button_set_active (toggles[i], FALSE);
  gtk_stack_set_visible_child_name (self->outcome_stack, "none");
}

/* Every field from @dict; a field it lacks is emptied. */
static void
apply_fields (AccInteractionForm *self,
              GVariantDict       *dict)
{
  g_autoptr(GVariant) documents = NULL;
  guint32 steps = 0;
  gint32 outcome = -1;
  gint64 contact = 0, supervisor = 0, directory = 0, recipient = 0;

  g_variant_dict_lookup (dict, "steps", "u", &steps);
  g_variant_dict_lookup (dict, "outcome", "i", &outcome);
  g_variant_dict_lookup (dict, "contact", "x", &contact);
  g_variant_dict_lookup (dict, "supervisor", "x", &supervisor);
  g_variant_dict_lookup (dict, "directory", "x", &directory);
  g_variant_dict_lookup (dict, "recipient", "x", &recipient);
  documents = g_variant_dict_lookup_value (dict, "documents", G_VARIANT_TYPE ("ax"));

  self->restoring = TRUE;
  /* Set by the form, not typed: no look-up in the contacts file. */
  self->filling = TRUE;
  /* The message's subject and text follow the reason and the notes until
   * the draft says they were typed. */
  self->subject_edited = FALSE;
  self->body_edited = FALSE;

  set_editable (dict, "name", self->name_entry);
  set_editable (dict, "organisation", self->organisation_entry);
  set_editable (dict, "phone", self->phone_entry);
  set_editable (dict, "email", self->email_entry);
  set_editable (dict, "reason", self->reason_entry);
  set_text_view (dict, "notes", self->notes_view);
  _acc_interaction_form_set_checklist (self, steps);
  _acc_interaction_form_set_document_ids (self, documents);
  if (self->channel == ACC_CHANNEL_VISIT)
    {
      /* The time first: ticked, the box offers now only when it is empty. */
      gtk_check_button_set_active (self->departed_check, FALSE);
      set_editable (dict, "departure", self->departure_entry);
      gtk_check_button_set_active (self->departed_check, lookup_boolean (dict, "departed"));
    }
  set_contact (self, contact);
  select_id (self->supervisor_dropdown, supervisor);
  select_id (self->directory_dropdown, directory);
  select_id (self->recipient_dropdown, recipient);
  set_outcome (self, outcome);
  set_editable (dict, "answer", self->answer_entry);
  gtk_check_button_set_active (self->urgent_check, lookup_boolean (dict, "urgent"));
  if (g_variant_dict_contains (dict, "subject"))
    set_editable (dict, "subject", self->subject_entry);
  else
    _acc_interaction_form_sync_subject (self);
  if (g_variant_dict_contains (dict, "body"))
    set_text_view (dict, "body", self->body_view);

  self->filling = FALSE;
  self->restoring = FALSE;
}

/* Keeping ------------------------------------------------------------------ */

/* Returns: (nullable): the fields, or %NULL when there is nothing to keep. */
static GVariant *
collect_draft (gpointer form)
{
  AccInteractionForm *self = form;

  return _acc_interaction_form_is_dirty (self) ? collect_fields (self) : NULL;
}

void
_acc_interaction_form_draft_changed (AccInteractionForm *self)
{
  if (self->restoring || self->disposing)
    return;
  acc_draft_keeper_changed (&self->draft);
}

/* The notice's Discard: the form as if just opened, and no draft. */
static void
on_draft_discard (AccInteractionForm *self)
{
  g_autoptr(GVariantDict) empty = g_variant_dict_new (NULL);

  acc_draft_keeper_forget (&self->draft);
  apply_fields (self, empty);
  _acc_interaction_form_set_started_at (self, g_get_real_time ());
  acc_draft_notice_hide (self->draft_notice);
  _acc_interaction_form_focus_entry (self->name_entry);
}

/* Opening ------------------------------------------------------------------ */

void
_acc_interaction_form_restore_draft (AccInteractionForm *self)
{
  g_autoptr(GVariant) fields = NULL;
  g_autoptr(GError) error = NULL;
  gint64 saved_at = 0;

  /* The documents are known only now. */
  for (guint i = 0; self->document_checks != NULL && i < self->document_checks->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->document_checks, i), "toggled",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);

  fields = acc_repository_load_draft (self->repository, draft_kind (self), draft_owner (self), &saved_at, &error);
  if (error != NULL)
    _acc_interaction_form_show_load_error (self, error);
  if (fields != NULL)
    {
      g_autoptr(GVariantDict) dict = g_variant_dict_new (fields);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) started = NULL;
      gint64 started_at = 0;

      apply_fields (self, dict);
      /* A call or visit of today goes on from when it started; one of
       * another day is taken up now, or its length would count the
       * night. */
      if (g_variant_dict_lookup (dict, "started-at", "x", &started_at) && started_at > 0
          && started_at <= g_get_real_time ())
        {
          started = g_date_time_new_from_unix_local (started_at / G_USEC_PER_SEC);
          if (g_date_time_get_year (started) == g_date_time_get_year (now)
              && g_date_time_get_day_of_year (started) == g_date_time_get_day_of_year (now))
            _acc_interaction_form_set_started_at (self, started_at);
        }
      acc_draft_notice_show (self->draft_notice, saved_at);
    }
  acc_draft_keeper_start (&self->draft, self->repository, draft_kind (self), draft_owner (self),
                          collect_draft, self);
}

void
_acc_interaction_form_class_init_draft (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, AccInteractionForm, draft_notice);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_discard);
}

/* Every change the agent makes, to the fields, the steps, the outcome and
 * its choices (the documents and the linked contact tell it themselves). */
void
_acc_interaction_form_init_draft (AccInteractionForm *self)
{
  GtkEntry *entries[] = {
    self->name_entry, self->organisation_entry, self->phone_entry, self->email_entry, self->reason_entry,
    self->answer_entry, self->subject_entry, self->departure_entry,
  };
  GtkTextView *views[] = { self->notes_view, self->body_view };
  GtkCheckButton *checks[] = {
    self->greeted_check, self->introduced_check, self->reason_asked_check, self->name_asked_check,
    self->presented_check, self->informed_check, self->supervisor_called_check, self->oriented_check,
    self->departed_check, self->urgent_check,
  };
  GtkToggleButton *toggles[] = {
    self->answered_toggle, self->transferred_toggle, self->oriented_toggle, self->message_toggle,
  };
  GtkDropDown *dropdowns[] = { self->supervisor_dropdown, self->directory_dropdown, self->recipient_dropdown };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_object (entries[i], "changed",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    g_signal_connect_object (checks[i], "toggled",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    g_signal_connect_object (toggles[i], "toggled",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected",
                             G_CALLBACK (_acc_interaction_form_draft_changed), self, G_CONNECT_SWAPPED);
}
