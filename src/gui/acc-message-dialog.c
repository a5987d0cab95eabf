/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-message-dialog.c — one message, whole: who left it and how to reach
 * them (the number big, call back and e-mail one click away), what it is
 * about, who took it and when, for whom, how urgent and by when; its
 * history; and the steps it may still take: in progress, done with a note,
 * or forwarded to someone else.
 *
 * Opening a new message marks it read when the reader is its recipient. The
 * dialog follows the repository: a change made elsewhere (another window,
 * accueil-cli) shows at once, and a step refused meanwhile is explained. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-message-dialog.h"
#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-window.h"

struct _AccMessageDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *reader;
  gint64 message_id;
  AccMessage *message;
  GListStore *forward_candidates;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *error_label;
  GtkLabel *name_label;
  GtkLabel *urgent_badge;
  GtkLabel *overdue_badge;
  GtkLabel *organisation_label;
  GtkLabel *phone_label;
  GtkButton *call_button;
  GtkButton *email_button;
  AdwActionRow *reason_row;
  AdwActionRow *body_row;
  AdwActionRow *email_row;
  AdwActionRow *source_row;
  AdwActionRow *taken_row;
  AdwActionRow *recipient_row;
  AdwActionRow *urgency_row;
  AdwActionRow *due_row;
  AdwActionRow *status_row;
  AdwActionRow *resolution_row;
  AdwPreferencesGroup *handle_group;
  AdwEntryRow *note_row;
  GtkLabel *note_error;
  GtkButton *in_progress_button;
  GtkButton *done_button;
  AdwPreferencesGroup *forward_group;
  AdwComboRow *forward_row;
  GtkLabel *forward_error;
  GtkListBox *history_list;
};

G_DEFINE_FINAL_TYPE (AccMessageDialog, acc_message_dialog, ADW_TYPE_WINDOW)

static void
show_error (AccMessageDialog *self,
            const char       *text)
{
  gtk_label_set_text (self->error_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text != NULL);
}

/* A row of facts: hidden when there is nothing to say. */
static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gboolean has_value = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, has_value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
}

static GtkWindow *
main_window (AccMessageDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The messages book opens the dialog over itself: the toast goes to the
   * main window behind it. */
  while (parent != NULL && !ACC_IS_WINDOW (parent))
    parent = gtk_window_get_transient_for (parent);
  return parent;
}

static char *
event_sentence (AccMessageDialog *self,
                AccMessageEvent  *event,
                gboolean          first)
{
  const char *who = acc_message_event_get_staff_name (event);

  switch (acc_message_event_get_status (event))
    {
    case ACC_MESSAGE_STATUS_NEW:
      if (!first || (self->message != NULL
                     && acc_message_event_get_staff_id (event) != acc_message_get_taken_by_id (self->message)))
        return who ? g_strdup_printf (_("Forwarded here by %s"), who) : g_strdup (_("Forwarded here"));
      return who ? g_strdup_printf (_("Taken by %s"), who) : g_strdup (_("Taken"));
    case ACC_MESSAGE_STATUS_READ:
      return who ? g_strdup_printf (_("Read by %s"), who) : g_strdup (_("Read"));
    case ACC_MESSAGE_STATUS_IN_PROGRESS:
      return who ? g_strdup_printf (_("Marked in progress by %s"), who) : g_strdup (_("Marked in progress"));
    case ACC_MESSAGE_STATUS_DONE:
      return who ? g_strdup_printf (_("Marked done by %s"), who) : g_strdup (_("Marked done"));
    case ACC_MESSAGE_STATUS_FORWARDED:
      {
        const char *to = acc_message_event_get_forwarded_to_name (event);
        if (who != NULL)
          /* Translators: forwarded to <recipient> by <staff member> */
          return g_strdup_printf (_("Forwarded to %s by %s"), to ? to : "?", who);
        return g_strdup_printf (_("Forwarded to %s"), to ? to : "?");
      }
    default:
      return g_strdup (acc_message_status_label (acc_message_event_get_status (event)));
    }
}

static void
load_history (AccMessageDialog *self)
{
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  events = acc_repository_list_message_events (self->repository, self->message_id, &error);
  if (events == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AccMessageEvent) event = g_list_model_get_item (events, i);
      g_autofree char *title = event_sentence (self, event, i == 0);
      g_autofree char *when = acc_format_time (acc_message_event_get_at (event));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (acc_message_event_get_note (event) != NULL)
        /* Translators: a line of a message's history: when, and the note */
        subtitle = g_strdup_printf (_("%s — “%s”"), when, acc_message_event_get_note (event));
      else
        subtitle = g_strdup (when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->history_list, row);
    }
}

/* Everyone active but the recipient, after a first entry that chooses
 * nobody: forwarding is a choice, never a default. */
static void
load_forward_candidates (AccMessageDialog *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(AccStaffMember) nobody = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->forward_candidates);
  nobody = acc_staff_member_new (_("Choose someone"), ACC_ROLE_RECEPTION);
  g_list_store_append (self->forward_candidates, nobody);

  staff = acc_repository_list_staff (self->repository, TRUE, &error);
  if (staff == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);

      if (self->message != NULL
          && acc_staff_member_get_id (member) == acc_message_get_recipient_id (self->message))
        continue;
      g_list_store_append (self->forward_candidates, member);
    }
  adw_combo_row_set_selected (self->forward_row, 0);
}

static void
update_actions (AccMessageDialog *self)
{
  AccMessageStatus status = self->message ? acc_message_get_status (self->message) : ACC_MESSAGE_STATUS_DONE;
  gboolean open = self->message != NULL && acc_message_is_open (self->message);
  gboolean can_start = open && (status == ACC_MESSAGE_STATUS_NEW || status == ACC_MESSAGE_STATUS_READ);
  gboolean has_phone = self->message != NULL && acc_message_get_phone (self->message) != NULL;
  gboolean has_email = self->message != NULL && acc_message_get_email (self->message) != NULL;
  gboolean others = g_list_model_get_n_items (G_LIST_MODEL (self->forward_candidates)) > 1;

  /* A step the message cannot take is not offered at all. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.call", has_phone);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.email", has_email);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.in-progress", can_start);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.done", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.forward", open && others);

  gtk_widget_set_visible (GTK_WIDGET (self->phone_label), has_phone);
  gtk_widget_set_visible (GTK_WIDGET (self->call_button), has_phone);
  gtk_widget_set_visible (GTK_WIDGET (self->email_button), has_email);
  gtk_widget_set_visible (GTK_WIDGET (self->in_progress_button), can_start);
  gtk_widget_set_visible (GTK_WIDGET (self->handle_group), open);
  gtk_widget_set_visible (GTK_WIDGET (self->forward_group), open && others);
}

static void
show_message (AccMessageDialog *self)
{
  AccMessage *message = self->message;
  g_autofree char *phone = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *created = NULL;
  g_autofree char *due = NULL;
  gint64 now = g_get_real_time ();

  phone = acc_phone_format_national (acc_message_get_phone (message));
  created = acc_format_time (acc_message_get_created_at (message));
  due = acc_format_time (acc_message_get_due_at (message));
  if (acc_message_get_taken_by_name (message) != NULL)
    /* Translators: who took a message, and when */
    taken = g_strdup_printf (_("%s, %s"), acc_message_get_taken_by_name (message), created);
  else
    taken = g_strdup (created);

  adw_window_title_set_subtitle (self->window_title, acc_message_get_name (message));
  gtk_label_set_text (self->name_label, acc_message_get_name (message));
  gtk_label_set_text (self->organisation_label,
                      acc_message_get_organisation (message) ? acc_message_get_organisation (message) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_label), acc_message_get_organisation (message) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->urgent_badge), acc_message_get_urgent (message));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_badge), acc_message_is_overdue (message, now));

  gtk_label_set_text (self->phone_label, phone ? phone : "");
  if (phone != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Phone number: %s"), phone);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->phone_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  set_row (self->reason_row, acc_message_get_reason (message));
  set_row (self->body_row, acc_message_get_body (message));
  set_row (self->email_row, acc_message_get_email (message));
  set_row (self->source_row, acc_message_source_label (acc_message_get_source (message)));
  set_row (self->taken_row, taken);
  set_row (self->recipient_row, acc_message_get_recipient_name (message));
  set_row (self->urgency_row, acc_message_get_urgent (message) ? _("Urgent") : _("Normal"));
  set_row (self->due_row, due);
  set_row (self->status_row, acc_message_status_label (acc_message_get_status (message)));
  set_row (self->resolution_row, acc_message_get_resolution (message));

  load_forward_candidates (self);
  load_history (self);
  update_actions (self);
}

/* Reads the message again from the repository; FALSE when it is gone. */
static gboolean
reload (AccMessageDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccMessage) message = NULL;

  message = acc_repository_get_message (self->repository, self->message_id, &error);
  if (message == NULL)
    {
      g_clear_object (&self->message);
      show_error (self, error->message);
      update_actions (self);
      return FALSE;
    }
  g_set_object (&self->message, message);
  show_message (self);
  return TRUE;
}

static gboolean
withdraw_notification (gpointer user_data)
{
  GApplication *application = g_application_get_default ();

  /* The application may have quit meanwhile. */
  if (application != NULL && g_application_get_is_registered (application))
    g_application_withdraw_notification (application, user_data);
  return G_SOURCE_REMOVE;
}

/* Opening a new message of one's own marks it read, in one's name. */
static void
mark_read_if_recipient (AccMessageDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autofree char *notification_id = NULL;
  GApplication *application;

  if (self->message == NULL || self->reader == NULL)
    return;
  if (acc_message_get_recipient_id (self->message) != acc_staff_member_get_id (self->reader)
      || acc_message_get_status (self->message) != ACC_MESSAGE_STATUS_NEW)
    return;

  /* Our own: the change reloads self->message while it is being made. */
  message = g_object_ref (self->message);
  if (!acc_repository_set_message_status (self->repository, message, ACC_MESSAGE_STATUS_READ,
                                          acc_staff_member_get_id (self->reader), NULL, 0, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* Read: its desktop notification has nothing more to say. Later, not
   * now: when a click on the notification opened the message, GLib's
   * freedesktop backend is still handling that notification, and would
   * free it a second time once this returns. */
  application = g_application_get_default ();
  if (application != NULL && g_application_get_is_registered (application)
      && g_application_get_dbus_connection (application) != NULL)
    {
      notification_id = g_strdup_printf ("message-%" G_GINT64_FORMAT, self->message_id);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, withdraw_notification,
                       g_steal_pointer (&notification_id), g_free);
    }
}

static void
on_repository_changed (AccMessageDialog *self,
                       AccChangeFlags    flags)
{
  if (flags & (ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF))
    reload (self);
}

static void
on_note_changed (AccMessageDialog *self)
{
  acc_field_error_show (GTK_WIDGET (self->note_row), self->note_error, NULL);
}

static void
launch_uri (AccMessageDialog *self,
            const char       *uri,
            const char       *failure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  if (!g_app_info_launch_default_for_uri (uri, context, &error))
    {
      g_autofree char *text = g_strdup_printf ("%s (%s)", failure, error->message);
      show_error (self, text);
      return;
    }
  show_error (self, NULL);
}

static void
call_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (widget);
  g_autofree char *uri = NULL;
  g_autofree char *number = NULL;
  g_autofree char *failure = NULL;

  if (self->message == NULL || acc_message_get_phone (self->message) == NULL)
    return;
  /* Stored in E.164: "+33612345678" is a valid tel: URI as it is. */
  uri = g_strconcat ("tel:", acc_message_get_phone (self->message), NULL);
  number = acc_phone_format_national (acc_message_get_phone (self->message));
  failure = g_strdup_printf (_("No application can place the call: dial %s yourself"), number);
  launch_uri (self, uri, failure);
}

static void
email_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (widget);
  g_autofree char *escaped = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *failure = NULL;
  const char *email;

  if (self->message == NULL || (email = acc_message_get_email (self->message)) == NULL)
    return;
  escaped = g_uri_escape_string (email, "@", FALSE);
  subject = g_uri_escape_string (acc_message_get_reason (self->message), NULL, FALSE);
  uri = g_strconcat ("mailto:", escaped, "?subject=", subject, NULL);
  failure = g_strdup_printf (_("No application can write the e-mail: write to %s yourself"), email);
  launch_uri (self, uri, failure);
}

static gboolean
change_status (AccMessageDialog *self,
               AccMessageStatus  status,
               const char       *note,
               gint64            forward_to_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccMessage) message = NULL;
  gint64 by = self->reader ? acc_staff_member_get_id (self->reader) : 0;

  if (self->message == NULL)
    return FALSE;
  /* Our own: the change reloads self->message while it is being made. */
  message = g_object_ref (self->message);
  if (!acc_repository_set_message_status (self->repository, message, status, by,
                                          note, forward_to_id, &error))
    {
      show_error (self, error->message);
      /* Another window may have moved it on: show where it stands now. */
      if (g_error_matches (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID))
        {
          g_autofree char *text = g_strdup (error->message);
          if (reload (self))
            show_error (self, text);
        }
      return FALSE;
    }
  show_error (self, NULL);
  return TRUE;
}

static void
in_progress_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (widget);

  change_status (self, ACC_MESSAGE_STATUS_IN_PROGRESS, NULL, 0);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (widget);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  GtkWindow *window;

  if (!acc_field_check_text (GTK_WIDGET (self->note_row), self->note_error,
                             _("Say how the message was handled, for example “called back, appointment set”."),
                             ACC_LIMIT_TEXT, NULL))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->note_row));
      return;
    }

  if (!change_status (self, ACC_MESSAGE_STATUS_DONE, note, 0))
    return;

  window = main_window (self);
  if (window != NULL)
    acc_window_show_message (ACC_WINDOW (window), _("Message marked done."));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_note_activated (AccMessageDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "message.done", NULL);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (widget);
  AccStaffMember *to = adw_combo_row_get_selected_item (self->forward_row);
  g_autofree char *text = NULL;
  GtkWindow *window;

  if (to == NULL || acc_staff_member_get_id (to) == 0)
    {
      acc_field_error_show (GTK_WIDGET (self->forward_row), self->forward_error,
                        _("Choose whom to forward the message to."));
      gtk_widget_grab_focus (GTK_WIDGET (self->forward_row));
      return;
    }

  /* Keep the name: reloading the candidates drops the item. */
  text = g_strdup_printf (_("Message forwarded to %s."), acc_staff_member_get_name (to));
  if (!change_status (self, ACC_MESSAGE_STATUS_FORWARDED, NULL, acc_staff_member_get_id (to)))
    return;

  window = main_window (self);
  if (window != NULL)
    acc_window_show_message (ACC_WINDOW (window), text);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_forward_selected (AccMessageDialog *self)
{
  acc_field_error_show (GTK_WIDGET (self->forward_row), self->forward_error, NULL);
}

static void
acc_message_dialog_dispose (GObject *object)
{
  AccMessageDialog *self = ACC_MESSAGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_MESSAGE_DIALOG);
  g_clear_object (&self->message);
  g_clear_object (&self->reader);
  g_clear_object (&self->repository);
  g_clear_object (&self->forward_candidates);

  G_OBJECT_CLASS (acc_message_dialog_parent_class)->dispose (object);
}

static void
acc_message_dialog_class_init (AccMessageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_message_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-message-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, urgent_badge);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, overdue_badge);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, phone_label);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, call_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, email_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, body_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, taken_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, urgency_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, handle_group);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, note_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, in_progress_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, forward_group);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, forward_row);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, forward_error);
  gtk_widget_class_bind_template_child (widget_class, AccMessageDialog, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_note_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed);

  gtk_widget_class_install_action (widget_class, "message.call", NULL, call_action);
  gtk_widget_class_install_action (widget_class, "message.email", NULL, email_action);
  gtk_widget_class_install_action (widget_class, "message.in-progress", NULL, in_progress_action);
  gtk_widget_class_install_action (widget_class, "message.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "message.forward", NULL, forward_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_message_dialog_init (AccMessageDialog *self)
{
  g_autoptr(GtkExpression) name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->forward_candidates = g_list_store_new (ACC_TYPE_STAFF_MEMBER);
  name = gtk_property_expression_new (ACC_TYPE_STAFF_MEMBER, NULL, "name");
  adw_combo_row_set_expression (self->forward_row, name);
  adw_combo_row_set_model (self->forward_row, G_LIST_MODEL (self->forward_candidates));
  g_signal_connect_object (self->forward_row, "notify::selected",
                           G_CALLBACK (on_forward_selected), self,
                           G_CONNECT_SWAPPED);
}

/**
 * acc_message_dialog_new:
 * @parent: (nullable): the window it opens over, whose application it joins
 * @reader: (nullable): who reads it: the person at the desk, in whose name
 *   the message changes status
 * @message_id: the message to show
 *
 * Reads the message, and marks it read when @reader is its recipient and it
 * was new. A message that cannot be read is explained in the dialog.
 *
 * Returns: (transfer none): the dialog, not yet shown.
 */
AccMessageDialog *
acc_message_dialog_new (GtkWindow      *parent,
                        AccRepository  *repository,
                        AccStaffMember *reader,
                        gint64          message_id)
{
  AccMessageDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (reader == NULL || ACC_IS_STAFF_MEMBER (reader), NULL);

  self = g_object_new (ACC_TYPE_MESSAGE_DIALOG, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->repository = g_object_ref (repository);
  self->reader = reader ? g_object_ref (reader) : NULL;
  self->message_id = message_id;

  /* Connected first: marking it read shows at once. */
  g_signal_connect_object (repository, "changed",
                           G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  if (reload (self))
    mark_read_if_recipient (self);

  /* The first thing to do with a message: call back, or write back. Not
   * the first selectable label, whose text the focus would select. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->call_button)))
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->call_button));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->email_button)))
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->email_button));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->handle_group)))
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->note_row));
  return self;
}

/**
 * acc_message_dialog_present:
 *
 * acc_message_dialog_new(), shown.
 *
 * Returns: (transfer none): the dialog.
 */
AccMessageDialog *
acc_message_dialog_present (GtkWindow      *parent,
                            AccRepository  *repository,
                            AccStaffMember *reader,
                            gint64          message_id)
{
  AccMessageDialog *self = acc_message_dialog_new (parent, repository, reader, message_id);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * acc_message_dialog_get_message:
 *
 * Returns: (transfer none) (nullable): the message as last read.
 */
AccMessage *
acc_message_dialog_get_message (AccMessageDialog *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_DIALOG (self), NULL);
  return self->message;
}
