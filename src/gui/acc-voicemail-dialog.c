/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-voicemail-dialog.c — « consulter la boîte vocale, consigner les
 * messages, les transférer »: the check itself (who, when, how many
 * messages the voicemail held) and each message entered from it, saved
 * together in one transaction, each message forwarded to its recipient. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-field-error.h"
#include "acc-voicemail-dialog.h"
#include "acc-voicemail-message-editor.h"

struct _AccVoicemailDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  GListModel *recipients;
  GPtrArray *editors;          /* AccVoicemailMessageEditor, in order */
  guint n_saved_messages;
  gboolean saved;

  /* Template widgets */
  AdwPreferencesPage *page;
  AdwActionRow *checked_by_row;
  AdwActionRow *checked_at_row;
  GtkSpinButton *count_spin;
  GtkLabel *count_error;
  AdwPreferencesGroup *messages_group;
  GtkLabel *save_error;
};

G_DEFINE_FINAL_TYPE (AccVoicemailDialog, acc_voicemail_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_save_error (AccVoicemailDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
}

static void
on_count_changed (AccVoicemailDialog *self)
{
  acc_field_error_show (GTK_WIDGET (self->count_spin), self->count_error, NULL);
  clear_save_error (self);
}

static void
renumber (AccVoicemailDialog *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    acc_voicemail_message_editor_set_number (g_ptr_array_index (self->editors, i), i + 1);
}

static void
on_editor_remove (AccVoicemailDialog        *self,
                  AccVoicemailMessageEditor *editor)
{
  guint index;

  if (!g_ptr_array_find (self->editors, editor, &index))
    return;
  adw_preferences_page_remove (self->page, ADW_PREFERENCES_GROUP (editor));
  g_ptr_array_remove_index (self->editors, index);
  renumber (self);
  clear_save_error (self);

  /* The focus goes to the message after it, or before it, or the button. */
  if (self->editors->len > 0)
    acc_voicemail_message_editor_focus (g_ptr_array_index (self->editors, MIN (index, self->editors->len - 1)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->count_spin));
}

static void
add_message_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccVoicemailDialog *self = ACC_VOICEMAIL_DIALOG (widget);
  AccVoicemailMessageEditor *editor = acc_voicemail_message_editor_new (self->recipients);

  g_ptr_array_add (self->editors, editor);
  acc_voicemail_message_editor_set_number (editor, self->editors->len);
  g_signal_connect_object (editor, "remove", G_CALLBACK (on_editor_remove), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "changed", G_CALLBACK (clear_save_error), self, G_CONNECT_SWAPPED);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (editor));

  /* Each message entered was on the voicemail: the count follows. */
  if ((guint) gtk_spin_button_get_value_as_int (self->count_spin) < self->editors->len)
    gtk_spin_button_set_value (self->count_spin, self->editors->len);

  acc_voicemail_message_editor_focus (editor);
}

static gboolean
has_typed_data (AccVoicemailDialog *self)
{
  if (gtk_spin_button_get_value_as_int (self->count_spin) != 0)
    return TRUE;
  for (guint i = 0; i < self->editors->len; i++)
    if (!acc_voicemail_message_editor_is_blank (g_ptr_array_index (self->editors, i)))
      return TRUE;
  return FALSE;
}

static void
on_discard_response (AccVoicemailDialog *self,
                     const char         *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* Nothing left to ask about. */
      self->saved = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

/* Escape, Cancel or the window's close: ask first when something typed
 * would be lost. */
static void
ask_before_closing (AccVoicemailDialog *self)
{
  AdwMessageDialog *dialog;

  if (self->saved || !has_typed_data (self))
    {
      self->saved = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard the Voicemail Check?"),
                                                       _("The check and the messages typed are not saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
acc_voicemail_dialog_close_request (GtkWindow *window)
{
  AccVoicemailDialog *self = ACC_VOICEMAIL_DIALOG (window);

  if (self->saved)
    return FALSE;
  ask_before_closing (self);
  return TRUE;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_before_closing (ACC_VOICEMAIL_DIALOG (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccVoicemailDialog *self = ACC_VOICEMAIL_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *first_invalid = NULL;
  guint count;

  clear_save_error (self);
  gtk_spin_button_update (self->count_spin);
  count = (guint) gtk_spin_button_get_value_as_int (self->count_spin);

  if (count < self->editors->len)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u message is entered below: the voicemail held at least that many.",
                                                            "%u messages are entered below: the voicemail held at least that many.",
                                                            self->editors->len),
                                               self->editors->len);
      acc_field_error_show (GTK_WIDGET (self->count_spin), self->count_error, text);
      first_invalid = GTK_WIDGET (self->count_spin);
    }
  else
    acc_field_error_show (GTK_WIDGET (self->count_spin), self->count_error, NULL);

  for (guint i = 0; i < self->editors->len; i++)
    {
      GtkWidget *invalid = acc_voicemail_message_editor_validate (g_ptr_array_index (self->editors, i), now);

      if (first_invalid == NULL)
        first_invalid = invalid;
    }
  if (first_invalid != NULL)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  if (self->staff == NULL)
    {
      gtk_label_set_text (self->save_error, _("Choose who is at the desk first: the check is recorded in their name."));
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  for (guint i = 0; i < self->editors->len; i++)
    g_ptr_array_add (messages, acc_voicemail_message_editor_build_message (g_ptr_array_index (self->editors, i), now));

  if (!acc_repository_save_voicemail_check (self->repository, acc_staff_member_get_id (self->staff),
                                            count, messages, &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  self->saved = TRUE;
  self->n_saved_messages = messages->len;
  g_signal_emit (self, signals[SAVED], 0, count, messages->len);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
acc_voicemail_dialog_dispose (GObject *object)
{
  AccVoicemailDialog *self = ACC_VOICEMAIL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_VOICEMAIL_DIALOG);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_object (&self->recipients);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_voicemail_dialog_parent_class)->dispose (object);
}

static void
acc_voicemail_dialog_class_init (AccVoicemailDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = acc_voicemail_dialog_dispose;
  window_class->close_request = acc_voicemail_dialog_close_request;

  /**
   * AccVoicemailDialog::saved:
   * @count: how many messages the voicemail held
   * @n_entered: how many were entered and forwarded
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-voicemail-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, page);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, checked_by_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, checked_at_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, count_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, messages_group);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailDialog, save_error);
  gtk_widget_class_bind_template_callback (widget_class, on_count_changed);

  gtk_widget_class_install_action (widget_class, "voicemail.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "voicemail.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "voicemail.add-message", NULL, add_message_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "voicemail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "voicemail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "voicemail.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "voicemail.add-message", NULL);
}

static void
acc_voicemail_dialog_init (AccVoicemailDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new ();
}

/**
 * acc_voicemail_dialog_new:
 * @parent: (nullable): the window it is modal for
 * @staff: (nullable): who checks the voicemail
 *
 * Returns: (transfer none): the dialog, not yet shown.
 */
AccVoicemailDialog *
acc_voicemail_dialog_new (GtkWindow      *parent,
                          AccRepository  *repository,
                          AccStaffMember *staff)
{
  AccVoicemailDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *checked_at = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_VOICEMAIL_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->repository = g_object_ref (repository);
  g_set_object (&self->staff, staff);

  self->recipients = acc_repository_list_staff (repository, TRUE, &error);
  if (self->recipients == NULL)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
    }

  adw_action_row_set_subtitle (self->checked_by_row,
                               staff != NULL ? acc_staff_member_get_name (staff) : _("Nobody at the desk"));
  /* Translators: when the voicemail is checked; see g_date_time_format() */
  checked_at = g_date_time_format (now, C_("voicemail check", "%d/%m/%Y at %H:%M"));
  adw_action_row_set_subtitle (self->checked_at_row, checked_at);

  return self;
}

/**
 * acc_voicemail_dialog_present:
 *
 * Opens the voicemail flow, the focus on the number of messages.
 *
 * Returns: (transfer none): the dialog shown.
 */
AccVoicemailDialog *
acc_voicemail_dialog_present (GtkWindow      *parent,
                              AccRepository  *repository,
                              AccStaffMember *staff)
{
  AccVoicemailDialog *self = acc_voicemail_dialog_new (parent, repository, staff);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->count_spin));
  return self;
}

/**
 * acc_voicemail_dialog_get_editors:
 *
 * Returns: (transfer none) (element-type AccVoicemailMessageEditor): the
 * messages entered so far, in order.
 */
GPtrArray *
acc_voicemail_dialog_get_editors (AccVoicemailDialog *self)
{
  g_return_val_if_fail (ACC_IS_VOICEMAIL_DIALOG (self), NULL);
  return self->editors;
}
