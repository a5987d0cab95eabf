/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-message-form.c — a new message (Ctrl+M from anywhere, or from the
 * call, voicemail and visit forms): who left it, what about, how, how
 * urgent, and for whom. Ctrl+Return saves and forwards it: it is in the
 * recipient's inbox at once. Escape asks before throwing typed text away.
 *
 * Opened on its own (Ctrl+M), the form keeps what is typed as a draft, a
 * couple of seconds after each change and when it closes unsaved; the next
 * time it opens, the draft is put back with a notice. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-message-form.h"
#include "acc-draft-keeper.h"
#include "acc-draft-notice.h"
#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-window.h"

struct _AccMessageForm
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *taken_by;
  GListStore *recipients;
  gboolean discard_confirmed;
  AccDraftKeeper draft;          /* started by acc_message_form_present() */
  gboolean restoring;            /* fields set from the draft */

  /* Template widgets */
  AccDraftNotice *draft_notice;
  GtkLabel *save_error;
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *organisation_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *reason_row;
  GtkMenuButton *reasons_button;
  GtkLabel *reason_error;
  GtkTextView *text_view;
  AdwComboRow *source_row;
  GtkSwitch *urgent_switch;
  AdwComboRow *recipient_row;
  GtkLabel *recipient_error;
};

G_DEFINE_FINAL_TYPE (AccMessageForm, acc_message_form, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The source list in the .ui is in AccMessageSource order. */
G_STATIC_ASSERT (ACC_MESSAGE_SOURCE_CALL == 0 && ACC_MESSAGE_SOURCE_VOICEMAIL == 1
                 && ACC_MESSAGE_SOURCE_VISIT == 2);

static char *
body_text (AccMessageForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* Whether closing would lose something typed. */
static gboolean
has_typed_text (AccMessageForm *self)
{
  AdwEntryRow *rows[] = { self->name_row, self->organisation_row, self->phone_row,
                          self->email_row, self->reason_row };
  g_autofree char *body = body_text (self);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = acc_field_text (GTK_WIDGET (rows[i]));
      if (*text != '\0')
        return TRUE;
    }
  return *body != '\0';
}

static void
on_field_changed (AccMessageForm *self)
{
  acc_field_error_show (GTK_WIDGET (self->name_row), self->name_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->phone_row), self->phone_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->email_row), self->email_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->reason_row), self->reason_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
}

static void
on_recipient_selected (AccMessageForm *self)
{
  acc_field_error_show (GTK_WIDGET (self->recipient_row), self->recipient_error, NULL);
}

/* Drafts ------------------------------------------------------------------ */

static gint64
draft_owner (AccMessageForm *self)
{
  return self->taken_by != NULL ? acc_staff_member_get_id (self->taken_by) : 0;
}

static void
put_row (GVariantDict *dict,
         const char   *key,
         AdwEntryRow  *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text != '\0')
    g_variant_dict_insert (dict, key, "s", text);
}

/* The fields as typed: name, organisation, phone, email, reason, body (s),
 * source (u), urgent (b), recipient (x, 0 for none chosen). */
static GVariant *
collect_fields (AccMessageForm *self)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  AccStaffMember *recipient = adw_combo_row_get_selected_item (self->recipient_row);
  GtkTextIter start, end;
  g_autofree char *body = NULL;

  put_row (dict, "name", self->name_row);
  put_row (dict, "organisation", self->organisation_row);
  put_row (dict, "phone", self->phone_row);
  put_row (dict, "email", self->email_row);
  put_row (dict, "reason", self->reason_row);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (*body != '\0')
    g_variant_dict_insert (dict, "body", "s", body);
  g_variant_dict_insert (dict, "source", "u", (guint32) adw_combo_row_get_selected (self->source_row));
  g_variant_dict_insert (dict, "urgent", "b", gtk_switch_get_active (self->urgent_switch));
  g_variant_dict_insert (dict, "recipient", "x", recipient != NULL ? acc_staff_member_get_id (recipient) : 0);
  return g_variant_dict_end (dict);
}

static void
set_row (GVariantDict *dict,
         const char   *key,
         AdwEntryRow  *row)
{
  g_autofree char *text = NULL;

  g_variant_dict_lookup (dict, key, "s", &text);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Every field from @dict; one it lacks is emptied, or back to its default. */
static void
apply_fields (AccMessageForm *self,
              GVariantDict   *dict)
{
  g_autofree char *body = NULL;
  guint32 source = 0;
  gboolean urgent = FALSE;
  gint64 recipient = 0;
  guint position = 0;

  g_variant_dict_lookup (dict, "body", "s", &body);
  g_variant_dict_lookup (dict, "source", "u", &source);
  g_variant_dict_lookup (dict, "urgent", "b", &urgent);
  g_variant_dict_lookup (dict, "recipient", "x", &recipient);
  /* The first entry chooses nobody; one who has left since is nobody too. */
  for (guint i = 1; recipient != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->recipients)); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (G_LIST_MODEL (self->recipients), i);

      if (acc_staff_member_get_id (member) == recipient)
        position = i;
    }

  self->restoring = TRUE;
  set_row (dict, "name", self->name_row);
  set_row (dict, "organisation", self->organisation_row);
  set_row (dict, "phone", self->phone_row);
  set_row (dict, "email", self->email_row);
  set_row (dict, "reason", self->reason_row);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), body != NULL ? body : "", -1);
  if (source <= ACC_MESSAGE_SOURCE_VISIT)
    adw_combo_row_set_selected (self->source_row, source);
  gtk_switch_set_active (self->urgent_switch, urgent);
  adw_combo_row_set_selected (self->recipient_row, position);
  self->restoring = FALSE;
}

/* Returns: (nullable): the fields, or %NULL when nothing is typed. */
static GVariant *
collect_draft (gpointer form)
{
  AccMessageForm *self = form;

  return has_typed_text (self) ? collect_fields (self) : NULL;
}

static void
on_draft_changed (AccMessageForm *self)
{
  if (!self->restoring)
    acc_draft_keeper_changed (&self->draft);
}

/* The notice's Discard: an empty form, and no draft. */
static void
on_draft_discard (AccMessageForm *self)
{
  g_autoptr(GVariantDict) empty = g_variant_dict_new (NULL);

  acc_draft_keeper_forget (&self->draft);
  apply_fields (self, empty);
  on_field_changed (self);
  acc_draft_notice_hide (self->draft_notice);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
restore_draft (AccMessageForm *self)
{
  g_autoptr(GVariant) fields = NULL;
  g_autoptr(GError) error = NULL;
  gint64 saved_at = 0;

  fields = acc_repository_load_draft (self->repository, ACC_DRAFT_MESSAGE, draft_owner (self), &saved_at, &error);
  if (error != NULL)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
    }
  if (fields != NULL)
    {
      g_autoptr(GVariantDict) dict = g_variant_dict_new (fields);

      apply_fields (self, dict);
      acc_draft_notice_show (self->draft_notice, saved_at);
      /* Unselected: a key typed into the restored name adds to it. */
      gtk_editable_set_position (GTK_EDITABLE (self->name_row), -1);
    }
  acc_draft_keeper_start (&self->draft, self->repository, ACC_DRAFT_MESSAGE, draft_owner (self),
                          collect_draft, self);
}

static GtkWindow *
main_window (AccMessageForm *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  while (parent != NULL && !ACC_IS_WINDOW (parent))
    parent = gtk_window_get_transient_for (parent);
  return parent;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccMessageForm *self = ACC_MESSAGE_FORM (widget);
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->name_row));
  g_autofree char *organisation = acc_field_text (GTK_WIDGET (self->organisation_row));
  g_autofree char *email = acc_field_text (GTK_WIDGET (self->email_row));
  g_autofree char *reason = acc_field_text (GTK_WIDGET (self->reason_row));
  g_autofree char *body = body_text (self);
  g_autofree char *e164 = NULL;
  g_autofree char *done = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  AccStaffMember *recipient = adw_combo_row_get_selected_item (self->recipient_row);
  GtkWidget *first_invalid = NULL;
  GtkWindow *window;
  gint64 now;

  /* Checked top down: the first field in error gets the focus. */
  acc_field_check_text (GTK_WIDGET (self->name_row), self->name_error,
                        _("Type the name of the person who left the message."), ACC_LIMIT_NAME,
                        &first_invalid);
  acc_field_check_phone (GTK_WIDGET (self->phone_row), self->phone_error,
                         _("This is not a phone number: type it as it is dialled, for example 06 12 34 56 78."),
                         &e164, &first_invalid);
  acc_field_check_email (GTK_WIDGET (self->email_row), self->email_error,
                         _("This is not an e-mail address: it looks like name@example.fr."),
                         &first_invalid);
  acc_field_check_length (GTK_WIDGET (self->organisation_row), ACC_LIMIT_NAME, &first_invalid);
  acc_field_check_text (GTK_WIDGET (self->reason_row), self->reason_error,
                        _("Say what the message is about."), ACC_LIMIT_LINE,
                        &first_invalid);
  acc_field_check_length (GTK_WIDGET (self->text_view), ACC_LIMIT_TEXT, &first_invalid);
  acc_field_error_update (GTK_WIDGET (self->recipient_row), self->recipient_error,
                          recipient == NULL || acc_staff_member_get_id (recipient) == 0
                            ? _("Choose whom the message is for.") : NULL,
                          &first_invalid);
  if (first_invalid != NULL)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  now = g_get_real_time ();
  message = acc_message_new ();
  acc_message_set_name (message, name);
  acc_message_set_organisation (message, *organisation ? organisation : NULL);
  acc_message_set_phone (message, e164);
  acc_message_set_email (message, *email ? email : NULL);
  acc_message_set_reason (message, reason);
  acc_message_set_body (message, *body ? body : NULL);
  acc_message_set_source (message, adw_combo_row_get_selected (self->source_row));
  acc_message_set_urgent (message, gtk_switch_get_active (self->urgent_switch));
  acc_message_set_recipient_id (message, acc_staff_member_get_id (recipient));
  if (self->taken_by != NULL)
    acc_message_set_taken_by_id (message, acc_staff_member_get_id (self->taken_by));
  /* The repository sets the due time from the organisation's deadline,
   * counted in opening hours. */
  acc_message_set_created_at (message, now);

  if (!acc_repository_save_message (self->repository, message, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  /* Forwarded: nothing left in progress. */
  acc_draft_keeper_forget (&self->draft);

  g_signal_emit (self, signals[SAVED], 0, message);

  done = g_strdup_printf (_("Message forwarded to %s."), acc_staff_member_get_name (recipient));
  window = main_window (self);
  if (window != NULL)
    acc_window_show_message (ACC_WINDOW (window), done);
  self->discard_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_discard_response (AccMessageForm *self,
                     const char     *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    acc_draft_keeper_forget (&self->draft);
  else if (g_strcmp0 (response, "draft") != 0)
    return;
  /* Kept as a draft: saved as the form was asked to close. */
  self->discard_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ask_before_discarding (AccMessageForm *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard This Message?"),
                                                       _("What you typed will be lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "draft", _("Keep as Dra_ft"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_discard_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_close_request (AccMessageForm *self)
{
  /* The draft up to date before anything is asked. */
  if (!self->discard_confirmed)
    acc_draft_keeper_flush (&self->draft);
  if (self->discard_confirmed || !has_typed_text (self))
    return FALSE;
  ask_before_discarding (self);
  return TRUE;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
use_reason_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccMessageForm *self = ACC_MESSAGE_FORM (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
  gtk_editable_set_position (GTK_EDITABLE (self->reason_row), -1);
}

static void
load_reasons (AccMessageForm *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = acc_repository_list_reasons (self->repository, &error);

  if (reasons == NULL)
    g_warning ("Cannot read the reasons: %s", error->message);
  for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (reasons[i], NULL);

      g_menu_item_set_action_and_target_value (item, "form.use-reason", g_variant_new_string (reasons[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->reasons_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_button), reasons != NULL && reasons[0] != NULL);
}

/* The active staff, after a first entry that chooses nobody: the recipient
 * is a choice the person makes, never a default they might overlook. */
static void
load_recipients (AccMessageForm *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(AccStaffMember) nobody = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->recipients);
  nobody = acc_staff_member_new (_("Choose someone"), ACC_ROLE_RECEPTION);
  g_list_store_append (self->recipients, nobody);

  staff = acc_repository_list_staff (self->repository, TRUE, &error);
  if (staff == NULL)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      g_list_store_append (self->recipients, member);
    }
  adw_combo_row_set_selected (self->recipient_row, 0);
}

static void
acc_message_form_dispose (GObject *object)
{
  AccMessageForm *self = ACC_MESSAGE_FORM (object);

  /* Destroyed unsaved (the application quit): the draft keeps it. */
  if (!self->discard_confirmed)
    acc_draft_keeper_flush (&self->draft);
  acc_draft_keeper_stop (&self->draft);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_MESSAGE_FORM);
  g_clear_object (&self->repository);
  g_clear_object (&self->taken_by);
  g_clear_object (&self->recipients);

  G_OBJECT_CLASS (acc_message_form_parent_class)->dispose (object);
}

static void
acc_message_form_class_init (AccMessageFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_message_form_dispose;

  /**
   * AccMessageForm::saved:
   * @message: the message, saved and forwarded
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACC_TYPE_MESSAGE);

  g_type_ensure (ACC_TYPE_DRAFT_NOTICE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-message-form.ui");
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, draft_notice);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, reason_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, reasons_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, reason_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, text_view);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, source_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, urgent_switch);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageForm, recipient_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_discard);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "form.use-reason", "s", use_reason_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
}

static void
acc_message_form_init (AccMessageForm *self)
{
  g_autoptr(GtkExpression) name = NULL;
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->recipients = g_list_store_new (ACC_TYPE_STAFF_MEMBER);
  name = gtk_property_expression_new (ACC_TYPE_STAFF_MEMBER, NULL, "name");
  adw_combo_row_set_expression (self->recipient_row, name);
  adw_combo_row_set_model (self->recipient_row, G_LIST_MODEL (self->recipients));
  g_signal_connect_object (self->recipient_row, "notify::selected",
                           G_CALLBACK (on_recipient_selected), self,
                           G_CONNECT_SWAPPED);

  /* Every change re-arms the draft's timer. */
  {
    AdwEntryRow *rows[] = { self->name_row, self->organisation_row, self->phone_row,
                            self->email_row, self->reason_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_signal_connect_object (rows[i], "changed", G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                             G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->source_row, "notify::selected",
                             G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->urgent_switch, "notify::active",
                             G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->recipient_row, "notify::selected",
                             G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
  }

  /* Ctrl+Return saves from any field; caught before the text view would
   * take it as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger, gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * acc_message_form_new:
 * @parent: (nullable): the window it opens over, whose application it joins
 * @taken_by: (nullable): who takes the message: the person at the desk
 *
 * Returns: (transfer none): a new message form, empty, not yet shown.
 */
AccMessageForm *
acc_message_form_new (GtkWindow      *parent,
                      AccRepository  *repository,
                      AccStaffMember *taken_by)
{
  AccMessageForm *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (taken_by == NULL || ACC_IS_STAFF_MEMBER (taken_by), NULL);

  self = g_object_new (ACC_TYPE_MESSAGE_FORM, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->repository = g_object_ref (repository);
  self->taken_by = taken_by ? g_object_ref (taken_by) : NULL;
  load_reasons (self);
  load_recipients (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * acc_message_form_present:
 * @parent: (nullable): the window it opens over
 * @taken_by: (nullable): who takes the message: the person at the desk
 *
 * Opens a message form, as Ctrl+M does: empty, or as the person at the
 * desk left it unsaved (the draft, with a notice); from then on, what is
 * typed is kept as a draft. The call and visit forms use
 * acc_message_form_new() and fill in what they know first.
 */
void
acc_message_form_present (GtkWindow      *parent,
                          AccRepository  *repository,
                          AccStaffMember *taken_by)
{
  AccMessageForm *self = acc_message_form_new (parent, repository, taken_by);

  g_return_if_fail (self != NULL);
  restore_draft (self);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * acc_message_form_set_person:
 * @name: (nullable):
 * @organisation: (nullable):
 * @phone: (nullable): as typed or stored (E.164)
 * @email: (nullable):
 *
 * Fills in who left the message, as a call or visit form already knows it.
 */
void
acc_message_form_set_person (AccMessageForm *self,
                             const char     *name,
                             const char     *organisation,
                             const char     *phone,
                             const char     *email)
{
  g_autofree char *national = NULL;

  g_return_if_fail (ACC_IS_MESSAGE_FORM (self));

  national = phone != NULL ? acc_phone_format_national (phone) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation ? organisation : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), national ? national : "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email ? email : "");
}

void
acc_message_form_set_source (AccMessageForm   *self,
                             AccMessageSource  source)
{
  g_return_if_fail (ACC_IS_MESSAGE_FORM (self));
  adw_combo_row_set_selected (self->source_row, source);
}

void
acc_message_form_set_reason (AccMessageForm *self,
                             const char     *reason)
{
  g_return_if_fail (ACC_IS_MESSAGE_FORM (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason ? reason : "");
}
