/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-messages-gui.c — messages in the application, driven in-process as
 * in test-window.c: the inbox pane and its filters, opening a message (which
 * marks it read), marking it done (a note is required) or forwarding it, the
 * new-message form (Ctrl+M), the messages book, due times, and live delivery
 * from another connection with its desktop notification.
 *
 * The notification is checked on the D-Bus wire, not through a hook in the
 * application: the test owns org.freedesktop.Notifications on the private
 * session bus of run-with-display.sh and records the Notify calls that
 * GLib's freedesktop notification backend makes (with no
 * org.gtk.Notifications on the bus, GLib picks that backend). It then emits
 * ActionInvoked, as a notification daemon does on a click, and checks that
 * the message opens. Without a fake daemon GLib would warn that nobody
 * answers, which G_DEBUG=fatal-warnings turns into a failure.
 *
 * Each case runs in a subprocess of its own, on a temporary database.
 */
#include "config.h"

#include <adwaita.h>

#include "acc-application.h"
#include "acc-draft-notice.h"
#include "acc-inbox-pane.h"
#include "acc-message-dialog.h"
#include "acc-message-form.h"
#include "acc-messages-book.h"
#include "acc-test-util.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 30
/* What the issue promises for a message written by another process. */
#define DELIVERY_MS 2000

#define AGENT_NAME "Léa Moreau"
#define SUPERVISOR_NAME "Benoît Garnier"
#define COLLEAGUE_NAME "Sophie Martin"

/* Finding widgets -------------------------------------------------------- */

static char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(AccMessage) message = NULL;

  if (position >= acc_test_n_items (model))
    return NULL;
  message = g_list_model_get_item (model, position);
  return g_strdup (acc_message_get_name (message));
}

static gboolean
focus_is_in (gpointer window,
             gpointer widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
first_name_is (GListModel *model,
               const char *name)
{
  g_autofree char *first = name_at (model, 0);

  return g_strcmp0 (first, name) == 0;
}

/* A notification daemon on the private session bus ------------------------ */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' name='app_name' direction='in'/>"
  "      <arg type='u' name='replaces_id' direction='in'/>"
  "      <arg type='s' name='app_icon' direction='in'/>"
  "      <arg type='s' name='summary' direction='in'/>"
  "      <arg type='s' name='body' direction='in'/>"
  "      <arg type='as' name='actions' direction='in'/>"
  "      <arg type='a{sv}' name='hints' direction='in'/>"
  "      <arg type='i' name='expire_timeout' direction='in'/>"
  "      <arg type='u' name='id' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'>"
  "      <arg type='u' name='id' direction='in'/>"
  "    </method>"
  "    <method name='GetCapabilities'>"
  "      <arg type='as' name='capabilities' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'>"
  "      <arg type='u' name='id'/>"
  "      <arg type='s' name='action_key'/>"
  "    </signal>"
  "    <signal name='NotificationClosed'>"
  "      <arg type='u' name='id'/>"
  "      <arg type='u' name='reason'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

/* What a notification daemon would have shown. */
typedef struct
{
  guint32 id;
  char *summary;
  char *body;
  GStrv actions;
} Notification;

static void
notification_free (gpointer data)
{
  Notification *n = data;

  g_free (n->summary);
  g_free (n->body);
  g_strfreev (n->actions);
  g_free (n);
}

typedef struct
{
  GDBusConnection *connection;
  guint registration;
  guint owner;
  gboolean owned;
  GPtrArray *received;
} FakeDaemon;

static void
fake_daemon_method_call (GDBusConnection       *connection,
                         const char            *sender,
                         const char            *object_path,
                         const char            *interface_name,
                         const char            *method_name,
                         GVariant              *parameters,
                         GDBusMethodInvocation *invocation,
                         gpointer               user_data)
{
  FakeDaemon *daemon = user_data;

  if (g_strcmp0 (method_name, "Notify") == 0)
    {
      Notification *n = g_new0 (Notification, 1);

      g_variant_get (parameters, "(&su&sss^as@a{sv}i)", NULL, NULL, NULL,
                     &n->summary, &n->body, &n->actions, NULL, NULL);
      n->id = daemon->received->len + 1;
      g_ptr_array_add (daemon->received, n);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", n->id));
    }
  else if (g_strcmp0 (method_name, "GetCapabilities") == 0)
    {
      const char *capabilities[] = { "actions", "body", NULL };
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
    }
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable fake_daemon_vtable = { fake_daemon_method_call, NULL, NULL, { 0 } };

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((FakeDaemon *) user_data)->owned = TRUE;
}

static void
fake_daemon_start (FakeDaemon *daemon)
{
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  daemon->received = g_ptr_array_new_with_free_func (notification_free);
  daemon->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  daemon->registration = g_dbus_connection_register_object (daemon->connection,
                                                            "/org/freedesktop/Notifications",
                                                            info->interfaces[0], &fake_daemon_vtable,
                                                            daemon, NULL, &error);
  g_assert_no_error (error);
  daemon->owner = g_bus_own_name_on_connection (daemon->connection, "org.freedesktop.Notifications",
                                                G_BUS_NAME_OWNER_FLAGS_NONE,
                                                on_name_acquired, NULL, daemon, NULL);
  WAIT_UNTIL (daemon->owned, WAIT_MS);
}

static void
fake_daemon_stop (FakeDaemon *daemon)
{
  g_bus_unown_name (daemon->owner);
  g_dbus_connection_unregister_object (daemon->connection, daemon->registration);
  g_clear_object (&daemon->connection);
  g_clear_pointer (&daemon->received, g_ptr_array_unref);
}

/* The daemon's side of a click on the notification. */
static void
fake_daemon_click (FakeDaemon   *daemon,
                   Notification *n)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (daemon->connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", n->id, "default"), &error);
  g_assert_no_error (error);
}

/* Every case has one: any message that arrives is announced, and GLib
 * warns when nobody answers. */
static FakeDaemon fake_daemon;

/* Running the application ------------------------------------------------ */

typedef void (*CaseBody) (AccApplication *app,
                          AccWindow      *window,
                          gpointer        data);

typedef struct
{
  CaseBody body;
  gpointer data;
} MainWindowCase;

static void
run_main_window_body (AccApplication *app,
                      GtkWindow      *first_window,
                      gpointer        user_data)
{
  MainWindowCase *main_window_case = user_data;

  g_assert_true (ACC_IS_WINDOW (first_window));
  main_window_case->body (app, ACC_WINDOW (first_window), main_window_case->data);
}

/* Runs `accueil --staff STAFF` on $ACCUEIL_DATABASE, with the fake
 * notification daemon on the bus; calls @body once its main window is up,
 * then quits it (acc_test_run_application()). */
static void
run_application (const char *staff,
                 CaseBody    body,
                 gpointer    data)
{
  const char *args[] = { "--staff", staff, NULL };
  MainWindowCase main_window_case = { body, data };

  fake_daemon_start (&fake_daemon);
  acc_test_run_application (args, run_main_window_body, &main_window_case);
  fake_daemon_stop (&fake_daemon);
}

/* Preparing the database through the core -------------------------------- */

typedef struct
{
  AccStaffMember *agent;
  AccStaffMember *supervisor;
  AccStaffMember *colleague;
} Staff;

static void
prepare_staff (Staff *staff)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  staff->agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  staff->supervisor = acc_test_save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR, NULL, TRUE);
  staff->colleague = acc_test_save_staff (repository, COLLEAGUE_NAME, ACC_ROLE_SUPERVISOR, NULL, TRUE);
}

static void
clear_staff (Staff *staff)
{
  g_clear_object (&staff->agent);
  g_clear_object (&staff->supervisor);
  g_clear_object (&staff->colleague);
}

typedef struct
{
  const char *name;
  const char *organisation;
  const char *phone;
  const char *reason;
  AccStaffMember *to;
  AccStaffMember *taken_by;
  gint64 created_at;
  gboolean urgent;
  gint64 due_at;
} NewMessage;

static AccMessage *
save_message (AccRepository    *repository,
              const NewMessage *fields)
{
  g_autoptr(GError) error = NULL;
  AccMessage *message = acc_message_new ();

  acc_message_set_name (message, fields->name);
  acc_message_set_organisation (message, fields->organisation);
  acc_message_set_phone (message, fields->phone);
  acc_message_set_reason (message, fields->reason ? fields->reason : "Demande de rappel");
  acc_message_set_recipient_id (message, acc_staff_member_get_id (fields->to));
  if (fields->taken_by != NULL)
    acc_message_set_taken_by_id (message, acc_staff_member_get_id (fields->taken_by));
  acc_message_set_created_at (message, fields->created_at);
  acc_message_set_urgent (message, fields->urgent);
  acc_message_set_due_at (message, fields->due_at);
  acc_repository_save_message (repository, message, &error);
  g_assert_no_error (error);
  return message;
}

static void
set_status (AccRepository    *repository,
            AccMessage       *message,
            AccMessageStatus  status,
            AccStaffMember   *by,
            const char       *note,
            AccStaffMember   *forward_to)
{
  g_autoptr(GError) error = NULL;

  acc_repository_set_message_status (repository, message, status, acc_staff_member_get_id (by), note,
                                     forward_to ? acc_staff_member_get_id (forward_to) : 0, &error);
  g_assert_no_error (error);
}

static AccMessage *
reread (AccRepository *repository,
        AccMessage    *message)
{
  g_autoptr(GError) error = NULL;
  AccMessage *again = acc_repository_get_message (repository, acc_message_get_id (message), &error);

  g_assert_no_error (error);
  return again;
}

/* The inbox ---------------------------------------------------------------- */

static AccInboxPane *
open_inbox (AccWindow *window)
{
  AccInboxPane *inbox = acc_test_find_one (window, ACC_TYPE_INBOX_PANE, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.inbox-visible", NULL);
  WAIT_UNTIL (adw_flap_get_reveal_flap (acc_test_find_one (window, ADW_TYPE_FLAP, NULL)), WAIT_MS);
  WAIT_UNTIL (acc_test_is_shown (inbox), WAIT_MS);
  return inbox;
}

/* Opens the message at @position as Enter on the row does. */
static AccMessageDialog *
activate_row (AccApplication *app,
              AccInboxPane   *inbox,
              guint           position)
{
  GtkListView *list = acc_test_find_one (inbox, GTK_TYPE_LIST_VIEW, "list_view");

  g_signal_emit_by_name (list, "activate", position);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_DIALOG), WAIT_MS);
  return acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG);
}

static AccMessageDialog *
open_message (AccApplication *app,
              AccMessage     *message)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-message",
                                  g_variant_new_int64 (acc_message_get_id (message)));
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_DIALOG), WAIT_MS);
  return acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG);
}

/* Case: the filters, the order, the badges, the counts --------------------- */

typedef struct
{
  Staff staff;
  AccMessage *urgent;
} FiltersData;

static void
inbox_filters_body (AccApplication *app,
                    AccWindow      *window,
                    gpointer        data)
{
  FiltersData *d = data;
  g_autofree char *second = NULL;
  AccInboxPane *inbox;
  GtkToggleButton *open_toggle, *closed_toggle, *all_toggle;
  GtkLabel *unread_label = acc_test_find_one (window, GTK_TYPE_LABEL, "unread_label");
  g_autofree char *first = NULL;

  /* 3 new messages: in the title and on the toggle. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Accueil (3)");
  g_assert_cmpstr (gtk_label_get_text (unread_label), ==, "3");

  inbox = open_inbox (window);
  open_toggle = acc_test_find_one (inbox, GTK_TYPE_TOGGLE_BUTTON, "open_toggle");
  closed_toggle = acc_test_find_one (inbox, GTK_TYPE_TOGGLE_BUTTON, "closed_toggle");
  all_toggle = acc_test_find_one (inbox, GTK_TYPE_TOGGLE_BUTTON, "all_toggle");

  /* « À traiter » first: the 4 open ones, the overdue and the urgent one
   * on top (the newer of the two first), then the newest. */
  g_assert_true (gtk_toggle_button_get_active (open_toggle));
  g_assert_cmpint (acc_inbox_pane_get_filter (inbox), ==, ACC_MESSAGE_FILTER_OPEN);
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 4);
  first = name_at (acc_inbox_pane_get_model (inbox), 0);
  second = name_at (acc_inbox_pane_get_model (inbox), 1);
  g_assert_cmpstr (first, ==, "Noémie Faure");
  g_assert_cmpstr (second, ==, acc_message_get_name (d->urgent));
  WAIT_UNTIL (acc_test_shown_label_contains (inbox, "Urgent"), WAIT_MS);
  /* The overdue one says so. */
  WAIT_UNTIL (acc_test_shown_label_contains (inbox, "Overdue"), WAIT_MS);
  /* Ctrl+I gave the keyboard to the list's first row, where Enter opens
   * the message. */
  WAIT_UNTIL (focus_is_in (window, acc_test_find_one (inbox, GTK_TYPE_LIST_VIEW, "list_view"))
              && gtk_root_get_focus (GTK_ROOT (window)) != acc_test_find_one (inbox, GTK_TYPE_LIST_VIEW, "list_view"),
              WAIT_MS);

  /* « Traités »: the done one and the forwarded one. */
  gtk_widget_activate (GTK_WIDGET (closed_toggle));
  WAIT_UNTIL (acc_inbox_pane_get_filter (inbox) == ACC_MESSAGE_FILTER_CLOSED, WAIT_MS);
  g_assert_false (gtk_toggle_button_get_active (open_toggle));
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 2);

  /* « Tous ». */
  gtk_widget_activate (GTK_WIDGET (all_toggle));
  WAIT_UNTIL (acc_inbox_pane_get_filter (inbox) == ACC_MESSAGE_FILTER_ALL, WAIT_MS);
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 6);

  gtk_widget_activate (GTK_WIDGET (open_toggle));
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 4, WAIT_MS);
}

static void
test_inbox_filters (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) a = NULL, b = NULL, c = NULL, d = NULL, e = NULL, other = NULL;
  FiltersData data = { { NULL } };
  gint64 now = g_get_real_time ();

  prepare_staff (&data.staff);
  repository = acc_test_open_repository ();
  a = save_message (repository, &(NewMessage) { .name = "Camille Durand", .to = data.staff.supervisor,
                                                .taken_by = data.staff.agent, .created_at = now - 5 * HOUR_US });
  data.urgent = save_message (repository, &(NewMessage) { .name = "Gérard Petit", .to = data.staff.supervisor,
                                                          .taken_by = data.staff.agent, .urgent = TRUE,
                                                          .created_at = now - 4 * HOUR_US });
  b = save_message (repository, &(NewMessage) { .name = "Noémie Faure", .to = data.staff.supervisor,
                                                .taken_by = data.staff.agent, .created_at = now - 3 * HOUR_US,
                                                .due_at = now - HOUR_US });
  c = save_message (repository, &(NewMessage) { .name = "Hugo Lambert", .to = data.staff.supervisor,
                                                .taken_by = data.staff.agent, .created_at = now - 2 * HOUR_US });
  d = save_message (repository, &(NewMessage) { .name = "Yasmine Benali", .to = data.staff.supervisor,
                                                .taken_by = data.staff.agent, .created_at = now - 1 * HOUR_US });
  e = save_message (repository, &(NewMessage) { .name = "Théo Marchand", .to = data.staff.supervisor,
                                                .taken_by = data.staff.agent, .created_at = now - 6 * HOUR_US });
  other = save_message (repository, &(NewMessage) { .name = "Pour une autre", .to = data.staff.colleague,
                                                    .taken_by = data.staff.agent, .created_at = now });
  set_status (repository, b, ACC_MESSAGE_STATUS_READ, data.staff.supervisor, NULL, NULL);
  set_status (repository, d, ACC_MESSAGE_STATUS_DONE, data.staff.supervisor, "Rappelée", NULL);
  set_status (repository, e, ACC_MESSAGE_STATUS_FORWARDED, data.staff.supervisor, NULL, data.staff.colleague);
  g_clear_object (&repository);

  run_application (SUPERVISOR_NAME, inbox_filters_body, &data);

  g_clear_object (&data.urgent);
  clear_staff (&data.staff);
}

/* Case: a supervisor standing in for a colleague ---------------------------- */

static void
stand_in_body (AccApplication *app,
               AccWindow      *window,
               gpointer        data)
{
  Staff *staff = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(AccMessage) late = NULL;
  AccInboxPane *inbox = open_inbox (window);
  GSettings *settings = acc_application_get_settings (app);
  const char *stand_in[] = { COLLEAGUE_NAME, NULL };

  /* Own messages only at first. */
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Accueil (1)");

  /* Standing in for the colleague adds theirs, and their unread count. */
  g_settings_set_strv (settings, "stand-in-for", stand_in);
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 3, WAIT_MS);
  WAIT_UNTIL (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), "Accueil (3)") == 0, WAIT_MS);
  WAIT_UNTIL (acc_test_shown_label_contains (inbox, COLLEAGUE_NAME), WAIT_MS);

  /* Reading a colleague's message does not mark it read for them. */
  {
    g_autoptr(AccMessage) first = g_list_model_get_item (acc_inbox_pane_get_model (inbox), 0);
    g_autoptr(AccMessage) again = NULL;
    AccMessageDialog *dialog;

    g_assert_cmpint (acc_message_get_recipient_id (first), ==, acc_staff_member_get_id (staff->colleague));
    dialog = activate_row (app, inbox, 0);
    again = reread (second, first);
    g_assert_cmpint (acc_message_get_status (again), ==, ACC_MESSAGE_STATUS_NEW);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* A new message for the colleague arrives in this inbox too. */
  late = save_message (second, &(NewMessage) { .name = "Inès Robert", .to = staff->colleague,
                                               .taken_by = staff->agent, .created_at = g_get_real_time () });
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 4, DELIVERY_MS);

  g_settings_reset (settings, "stand-in-for");
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 1, WAIT_MS);
}

static void
test_stand_in (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) a = NULL, b = NULL, c = NULL;
  Staff staff = { NULL };
  gint64 now = g_get_real_time ();

  prepare_staff (&staff);
  repository = acc_test_open_repository ();
  a = save_message (repository, &(NewMessage) { .name = "Pour moi", .to = staff.supervisor,
                                                .taken_by = staff.agent, .created_at = now - 3 * HOUR_US });
  b = save_message (repository, &(NewMessage) { .name = "Pour Sophie", .to = staff.colleague,
                                                .taken_by = staff.agent, .created_at = now - 2 * HOUR_US });
  c = save_message (repository, &(NewMessage) { .name = "Aussi pour Sophie", .to = staff.colleague,
                                                .taken_by = staff.agent, .created_at = now - 1 * HOUR_US });
  g_clear_object (&repository);

  run_application (SUPERVISOR_NAME, stand_in_body, &staff);
  clear_staff (&staff);
}

/* Case: opening a new message marks it read -------------------------------- */

typedef struct
{
  Staff staff;
  AccMessage *message;
} OneMessage;

static void
open_marks_read_body (AccApplication *app,
                      AccWindow      *window,
                      gpointer        data)
{
  OneMessage *d = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(AccMessage) after = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(AccMessageEvent) read = NULL;
  AccInboxPane *inbox = open_inbox (window);
  AccMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Accueil (1)");
  dialog = activate_row (app, inbox, 0);

  /* Every field is there, the number in the national format. */
  WAIT_UNTIL (acc_test_shown_label_contains (dialog, "Hélène Dupré"), WAIT_MS);
  g_assert_true (acc_test_shown_label_contains (dialog, "Mairie de Tours"));
  g_assert_true (acc_test_shown_label_contains (dialog, "04 78 12 34 56"));
  g_assert_true (acc_test_is_shown (acc_test_find_one (dialog, GTK_TYPE_BUTTON, "call_button")));

  /* Stored: read, by the supervisor. */
  after = reread (second, d->message);
  g_assert_cmpint (acc_message_get_status (after), ==, ACC_MESSAGE_STATUS_READ);
  events = acc_repository_list_message_events (second, acc_message_get_id (d->message), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (acc_test_n_items (events), ==, 2);
  read = g_list_model_get_item (events, 1);
  g_assert_cmpint (acc_message_event_get_status (read), ==, ACC_MESSAGE_STATUS_READ);
  g_assert_cmpint (acc_message_event_get_staff_id (read), ==, acc_staff_member_get_id (d->staff.supervisor));

  /* Shown: the count, the title, the dialog's status and history. */
  WAIT_UNTIL (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), "Accueil") == 0, WAIT_MS);
  g_assert_false (gtk_widget_get_visible (acc_test_find_one (window, GTK_TYPE_LABEL, "unread_label")));
  WAIT_UNTIL (acc_test_shown_label_contains (dialog, "Read by " SUPERVISOR_NAME), WAIT_MS);
  g_assert_true (acc_test_shown_label_contains (dialog, "Taken by " AGENT_NAME));

  /* Escape closes it. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
}

static void
prepare_one_message (OneMessage *d,
                     gboolean    with_phone)
{
  g_autoptr(AccRepository) repository = NULL;

  prepare_staff (&d->staff);
  repository = acc_test_open_repository ();
  d->message = save_message (repository, &(NewMessage) { .name = "Hélène Dupré",
                                                         .organisation = "Mairie de Tours",
                                                         .phone = with_phone ? "04 78 12 34 56" : NULL,
                                                         .reason = "Demande de devis",
                                                         .to = d->staff.supervisor,
                                                         .taken_by = d->staff.agent,
                                                         .created_at = g_get_real_time () - HOUR_US });
}

static void
clear_one_message (OneMessage *d)
{
  g_clear_object (&d->message);
  clear_staff (&d->staff);
}

static void
test_open_marks_read (void)
{
  OneMessage d = { { NULL } };

  prepare_one_message (&d, TRUE);
  run_application (SUPERVISOR_NAME, open_marks_read_body, &d);
  clear_one_message (&d);
}

/* Case: done needs a note -------------------------------------------------- */

#define NOTE "Rappelée, RDV fixé jeudi"

static void
done_body (AccApplication *app,
           AccWindow      *window,
           gpointer        data)
{
  OneMessage *d = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(AccMessage) refused = NULL;
  g_autoptr(AccMessage) done = NULL;
  AccMessageDialog *dialog = open_message (app, d->message);
  GtkLabel *note_error = acc_test_find_one (dialog, GTK_TYPE_LABEL, "note_error");
  AdwEntryRow *note_row = acc_test_find_one (dialog, ADW_TYPE_ENTRY_ROW, "note_row");

  /* In progress is offered to a read message; a done one offers nothing. */
  g_assert_true (acc_test_is_shown (acc_test_find_one (dialog, GTK_TYPE_BUTTON, "in_progress_button")));
  g_assert_false (acc_test_is_shown (note_error));

  /* Done without a note: refused, said next to the note, nothing stored. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "message.done", NULL);
  WAIT_UNTIL (acc_test_is_shown (note_error), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (note_error), !=, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (note_row), "error"));
  g_assert_true (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG) == dialog);
  refused = reread (second, d->message);
  g_assert_cmpint (acc_message_get_status (refused), ==, ACC_MESSAGE_STATUS_READ);
  g_assert_null (acc_message_get_resolution (refused));

  /* Typing clears the error; Enter in the note marks it done. */
  gtk_editable_set_text (GTK_EDITABLE (note_row), NOTE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (note_error)));
  g_signal_emit_by_name (note_row, "entry-activated");

  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  done = reread (second, d->message);
  g_assert_cmpint (acc_message_get_status (done), ==, ACC_MESSAGE_STATUS_DONE);
  g_assert_cmpstr (acc_message_get_resolution (done), ==, NOTE);
  WAIT_UNTIL (acc_test_shown_label_contains (window, "done"), WAIT_MS);

  /* Opened again, a done message offers no step. */
  dialog = open_message (app, d->message);
  g_assert_false (acc_test_is_shown (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_GROUP, "handle_group")));
  g_assert_false (acc_test_is_shown (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_GROUP, "forward_group")));
  g_assert_false (gtk_widget_is_sensitive (acc_test_find_one (dialog, GTK_TYPE_BUTTON, "done_button")));
  WAIT_UNTIL (acc_test_shown_label_contains (dialog, NOTE), WAIT_MS);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_done_needs_note (void)
{
  OneMessage d = { { NULL } };

  prepare_one_message (&d, FALSE);
  run_application (SUPERVISOR_NAME, done_body, &d);
  clear_one_message (&d);
}

/* Case: in progress, then forward ------------------------------------------ */

static void
forward_body (AccApplication *app,
              AccWindow      *window,
              gpointer        data)
{
  OneMessage *d = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(AccMessage) after = NULL;
  g_autoptr(GListModel) colleague_inbox = NULL;
  g_autoptr(AccMessage) copy = NULL;
  AccMessageDialog *dialog = open_message (app, d->message);
  AdwComboRow *forward_row = acc_test_find_one (dialog, ADW_TYPE_COMBO_ROW, "forward_row");
  GListModel *candidates = adw_combo_row_get_model (forward_row);
  gint64 colleague[] = { acc_staff_member_get_id (d->staff.colleague) };
  guint colleague_position = GTK_INVALID_LIST_POSITION;

  /* In progress: then only done and forward remain. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "message.in-progress", NULL);
  WAIT_UNTIL (!acc_test_is_shown (acc_test_find_one (dialog, GTK_TYPE_BUTTON, "in_progress_button")), WAIT_MS);
  after = reread (second, d->message);
  g_assert_cmpint (acc_message_get_status (after), ==, ACC_MESSAGE_STATUS_IN_PROGRESS);
  g_clear_object (&after);

  /* Forwarding to nobody is refused, next to the choice. */
  g_assert_cmpuint (adw_combo_row_get_selected (forward_row), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "message.forward", NULL);
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (dialog, GTK_TYPE_LABEL, "forward_error")), WAIT_MS);

  /* The recipient is not among the choices; the colleague is. */
  for (guint i = 0; i < acc_test_n_items (candidates); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (candidates, i);

      g_assert_cmpint (acc_staff_member_get_id (member), !=, acc_staff_member_get_id (d->staff.supervisor));
      if (acc_staff_member_get_id (member) == acc_staff_member_get_id (d->staff.colleague))
        colleague_position = i;
    }
  g_assert_cmpuint (colleague_position, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (forward_row, colleague_position);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "message.forward", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);

  after = reread (second, d->message);
  g_assert_cmpint (acc_message_get_status (after), ==, ACC_MESSAGE_STATUS_FORWARDED);
  colleague_inbox = acc_repository_list_inbox (second, colleague, 1, ACC_MESSAGE_FILTER_OPEN, g_get_real_time ());
  g_assert_cmpuint (acc_test_n_items (colleague_inbox), ==, 1);
  copy = g_list_model_get_item (colleague_inbox, 0);
  g_assert_cmpstr (acc_message_get_name (copy), ==, "Hélène Dupré");
  g_assert_cmpint (acc_message_get_status (copy), ==, ACC_MESSAGE_STATUS_NEW);
  WAIT_UNTIL (acc_test_shown_label_contains (window, COLLEAGUE_NAME), WAIT_MS);
}

static void
test_forward (void)
{
  OneMessage d = { { NULL } };

  prepare_one_message (&d, TRUE);
  run_application (SUPERVISOR_NAME, forward_body, &d);
  clear_one_message (&d);
}

/* Case: the new-message form (Ctrl+M) -------------------------------------- */

static gboolean
accel_is (AccApplication *app,
          const char     *action,
          const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
  GdkModifierType wanted_mods, mods;
  guint wanted_key, key;

  g_assert_true (gtk_accelerator_parse (accel, &wanted_key, &wanted_mods));
  for (guint i = 0; accels != NULL && accels[i] != NULL; i++)
    if (gtk_accelerator_parse (accels[i], &key, &mods) && key == wanted_key && mods == wanted_mods)
      return TRUE;
  return FALSE;
}

static void
form_body (AccApplication *app,
           AccWindow      *window,
           gpointer        data)
{
  Staff *staff = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GListModel) colleague_messages = NULL;
  g_autoptr(AccMessage) saved = NULL;
  gint64 colleague[] = { acc_staff_member_get_id (staff->colleague) };
  AccMessageForm *form;
  AdwComboRow *recipient_row;
  GListModel *recipients;

  g_assert_true (accel_is (app, "app.new-message", "<Control>m"));
  g_assert_true (accel_is (app, "app.messages-book", "<Control><Shift>m"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-message", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_FORM), WAIT_MS);
  form = acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM);
  recipient_row = acc_test_find_one (form, ADW_TYPE_COMBO_ROW, "recipient_row");
  recipients = adw_combo_row_get_model (recipient_row);

  /* Saving an empty form: each missing field says so; nothing stored. */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL);
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "name_error")), WAIT_MS);
  g_assert_true (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "reason_error")));
  g_assert_true (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "recipient_error")));
  g_assert_false (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "phone_error")));

  /* A wrong phone number is said next to it. */
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "name_row")), "Inès Robert");
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "phone_row")), "pas de numéro");
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "reason_row")), "Réclamation facture");
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL);
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "phone_error")), WAIT_MS);
  g_assert_false (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "name_error")));

  /* Escape with typed text asks first; keeping on editing keeps it all. */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL);
  {
    AdwMessageDialog *ask;

    WAIT_UNTIL ((ask = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (ask)), WAIT_MS);
    adw_message_dialog_response (ask, "keep");
    gtk_window_destroy (GTK_WINDOW (ask));
  }
  acc_test_run_for (100);
  g_assert_true (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == form);

  /* Fill in properly and choose the colleague. */
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "phone_row")), "06 12 34 56 78");
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "email_row")), "ines.robert@example.fr");
  gtk_switch_set_active (acc_test_find_one (form, GTK_TYPE_SWITCH, "urgent_switch"), TRUE);
  adw_combo_row_set_selected (acc_test_find_one (form, ADW_TYPE_COMBO_ROW, "source_row"), ACC_MESSAGE_SOURCE_VISIT);
  for (guint i = 0; i < acc_test_n_items (recipients); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (recipients, i);
      if (acc_staff_member_get_id (member) == acc_staff_member_get_id (staff->colleague))
        adw_combo_row_set_selected (recipient_row, i);
    }
  g_assert_false (acc_test_is_shown (acc_test_find_one (form, GTK_TYPE_LABEL, "recipient_error")));
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == NULL, WAIT_MS);

  colleague_messages = acc_repository_list_inbox (second, colleague, 1, ACC_MESSAGE_FILTER_ALL, g_get_real_time ());
  g_assert_cmpuint (acc_test_n_items (colleague_messages), ==, 1);
  saved = g_list_model_get_item (colleague_messages, 0);
  g_assert_cmpstr (acc_message_get_name (saved), ==, "Inès Robert");
  g_assert_cmpstr (acc_message_get_reason (saved), ==, "Réclamation facture");
  g_assert_cmpstr (acc_message_get_phone (saved), ==, "+33612345678");
  g_assert_cmpstr (acc_message_get_email (saved), ==, "ines.robert@example.fr");
  g_assert_true (acc_message_get_urgent (saved));
  g_assert_cmpint (acc_message_get_source (saved), ==, ACC_MESSAGE_SOURCE_VISIT);
  g_assert_cmpint (acc_message_get_taken_by_id (saved), ==, acc_staff_member_get_id (staff->agent));
  g_assert_cmpint (acc_message_get_status (saved), ==, ACC_MESSAGE_STATUS_NEW);
  WAIT_UNTIL (acc_test_shown_label_contains (window, COLLEAGUE_NAME), WAIT_MS);
  /* Forwarded: no draft of it left. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) draft = acc_repository_load_draft (second, ACC_DRAFT_MESSAGE,
                                                           acc_staff_member_get_id (staff->agent), NULL, &error);

    g_assert_no_error (error);
    g_assert_null (draft);
  }

  /* An empty form closes without asking. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-message", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_FORM), WAIT_MS);
  gtk_widget_activate_action (GTK_WIDGET (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM)), "form.cancel", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == NULL, WAIT_MS);
}

static void
test_message_form (void)
{
  Staff staff = { NULL };

  prepare_staff (&staff);
  run_application (AGENT_NAME, form_body, &staff);
  clear_staff (&staff);
}

/* Case: a message in progress kept as a draft -------------------------------- */

#define DRAFT_BODY "Rappeler « avant 18 h » 📞\nDeuxième ligne"

static char *
message_draft_name (AccRepository  *repository,
                    AccStaffMember *owner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) draft = acc_repository_load_draft (repository, ACC_DRAFT_MESSAGE,
                                                         acc_staff_member_get_id (owner), NULL, &error);
  char *name = NULL;

  g_assert_no_error (error);
  if (draft != NULL)
    g_variant_lookup (draft, "name", "s", &name);
  return name;
}

static AccMessageForm *
open_message_form (AccApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-message", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_FORM), WAIT_MS);
  return acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM);
}

static void
draft_body (AccApplication *app,
            AccWindow      *window,
            gpointer        data)
{
  Staff *staff = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AccMessageForm *form;
  AdwComboRow *recipient_row;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GtkWidget *notice;
  AccStaffMember *chosen;

  form = open_message_form (app);
  g_assert_false (gtk_widget_get_visible (acc_test_find_one (form, G_TYPE_INVALID, "draft_notice")));
  recipient_row = acc_test_find_one (form, ADW_TYPE_COMBO_ROW, "recipient_row");
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "name_row")), "Inès Robert");
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "reason_row")), "Réclamation facture");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (acc_test_find_one (form, GTK_TYPE_TEXT_VIEW, "text_view")),
                            DRAFT_BODY, -1);
  gtk_switch_set_active (acc_test_find_one (form, GTK_TYPE_SWITCH, "urgent_switch"), TRUE);
  for (guint i = 0; i < acc_test_n_items (adw_combo_row_get_model (recipient_row)); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (adw_combo_row_get_model (recipient_row), i);
      if (acc_staff_member_get_id (member) == acc_staff_member_get_id (staff->colleague))
        adw_combo_row_set_selected (recipient_row, i);
    }

  /* Kept a moment after it was typed, the form still open. */
  WAIT_UNTIL ((name = message_draft_name (second, staff->agent)) != NULL, 3 * WAIT_MS);
  g_assert_cmpstr (name, ==, "Inès Robert");

  /* Gone unsaved, then Ctrl+M: all of it back, with the notice. */
  gtk_window_destroy (GTK_WINDOW (form));
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == NULL, WAIT_MS);
  form = open_message_form (app);
  notice = acc_test_find_one (form, G_TYPE_INVALID, "draft_notice");
  g_assert_true (acc_test_is_shown (notice));
  g_assert_nonnull (strstr (acc_draft_notice_get_text (ACC_DRAFT_NOTICE (notice)), "Draft from"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "name_row"))),
                   ==, "Inès Robert");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "reason_row"))),
                   ==, "Réclamation facture");
  buffer = gtk_text_view_get_buffer (acc_test_find_one (form, GTK_TYPE_TEXT_VIEW, "text_view"));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (body, ==, DRAFT_BODY);
  g_assert_true (gtk_switch_get_active (acc_test_find_one (form, GTK_TYPE_SWITCH, "urgent_switch")));
  recipient_row = acc_test_find_one (form, ADW_TYPE_COMBO_ROW, "recipient_row");
  chosen = adw_combo_row_get_selected_item (recipient_row);
  g_assert_nonnull (chosen);
  g_assert_cmpint (acc_staff_member_get_id (chosen), ==, acc_staff_member_get_id (staff->colleague));

  /* Forwarded: the draft goes. */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == NULL, WAIT_MS);
  g_clear_pointer (&name, g_free);
  name = message_draft_name (second, staff->agent);
  g_assert_null (name);

  /* The next one opens empty. */
  form = open_message_form (app);
  g_assert_false (gtk_widget_get_visible (acc_test_find_one (form, G_TYPE_INVALID, "draft_notice")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (acc_test_find_one (form, ADW_TYPE_ENTRY_ROW, "name_row"))),
                   ==, "");
  gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_MESSAGE_FORM) == NULL, WAIT_MS);
}

static void
test_message_draft (void)
{
  Staff staff = { NULL };

  prepare_staff (&staff);
  run_application (AGENT_NAME, draft_body, &staff);
  clear_staff (&staff);
}

/* Case: the messages book --------------------------------------------------- */

static void
book_body (AccApplication *app,
           AccWindow      *window,
           gpointer        data)
{
  AccMessagesBook *book;
  GtkDropDown *period, *status;
  GtkSearchEntry *search;
  g_autofree char *newest = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "messages-book", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGES_BOOK), WAIT_MS);
  book = acc_test_app_window (app, ACC_TYPE_MESSAGES_BOOK);
  period = acc_test_find_one (book, GTK_TYPE_DROP_DOWN, "period_dropdown");
  status = acc_test_find_one (book, GTK_TYPE_DROP_DOWN, "status_dropdown");
  search = acc_test_find_one (book, GTK_TYPE_SEARCH_ENTRY, "book_search");

  /* Everyone's messages, newest first. */
  g_assert_cmpuint (acc_test_n_items (acc_messages_book_get_model (book)), ==, 4);
  newest = name_at (acc_messages_book_get_model (book), 0);
  g_assert_cmpstr (newest, ==, "Zoé Lefèvre");

  /* Today: not the one of three weeks ago... unless today is early in a
   * month; this week: today's and yesterday's only when in the same week:
   * compare with the repository, not with the calendar. */
  gtk_drop_down_set_selected (period, 1);
  WAIT_UNTIL (acc_test_n_items (acc_messages_book_get_model (book)) == 2, WAIT_MS);

  gtk_drop_down_set_selected (period, 0);
  gtk_drop_down_set_selected (status, ACC_MESSAGE_FILTER_CLOSED);
  WAIT_UNTIL (acc_test_n_items (acc_messages_book_get_model (book)) == 1, WAIT_MS);
  gtk_drop_down_set_selected (status, ACC_MESSAGE_FILTER_ALL);
  WAIT_UNTIL (acc_test_n_items (acc_messages_book_get_model (book)) == 4, WAIT_MS);

  /* Search ignores case and accents. */
  gtk_editable_set_text (GTK_EDITABLE (search), "helene");
  WAIT_UNTIL (acc_test_n_items (acc_messages_book_get_model (book)) == 1, WAIT_MS);
  g_signal_emit_by_name (acc_test_find_one (book, GTK_TYPE_COLUMN_VIEW, "column_view"), "activate", 0);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_DIALOG), WAIT_MS);
  WAIT_UNTIL (acc_test_shown_label_contains (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG), "Hélène Dupré"), WAIT_MS);
  gtk_window_destroy (acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG));

  /* Ctrl+Shift+M again brings the same book forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "messages-book", NULL);
  g_assert_true (acc_test_app_window (app, ACC_TYPE_MESSAGES_BOOK) == book);
}

static void
test_messages_book (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) a = NULL, b = NULL, c = NULL, d = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (today),
                                                         g_date_time_get_month (today),
                                                         g_date_time_get_day_of_month (today), 0, 0, 1);
  gint64 start_of_day = g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
  Staff staff = { NULL };

  prepare_staff (&staff);
  repository = acc_test_open_repository ();
  a = save_message (repository, &(NewMessage) { .name = "Hélène Dupré", .organisation = "Mairie de Tours",
                                                .to = staff.supervisor, .taken_by = staff.agent,
                                                .created_at = start_of_day - 21 * 24 * HOUR_US });
  b = save_message (repository, &(NewMessage) { .name = "Gérard Petit", .to = staff.colleague,
                                                .taken_by = staff.agent,
                                                .created_at = start_of_day - 12 * HOUR_US });
  c = save_message (repository, &(NewMessage) { .name = "Camille Durand", .to = staff.supervisor,
                                                .taken_by = staff.agent, .created_at = start_of_day });
  d = save_message (repository, &(NewMessage) { .name = "Zoé Lefèvre", .to = staff.colleague,
                                                .taken_by = staff.agent, .created_at = g_get_real_time () });
  set_status (repository, b, ACC_MESSAGE_STATUS_DONE, staff.colleague, "Fait", NULL);
  g_clear_object (&repository);

  run_application (AGENT_NAME, book_body, &staff);
  clear_staff (&staff);
}

/* Case: due times: the inbox sorts again, the taker is reminded ------------ */

typedef struct
{
  Staff staff;
  AccMessage *due_soon;
} DueData;

static void
due_body (AccApplication *app,
          AccWindow      *window,
          gpointer        data)
{
  DueData *d = data;
  AccInboxPane *inbox = open_inbox (window);
  g_autofree char *before = NULL;

  before = name_at (acc_inbox_pane_get_model (inbox), 0);
  g_assert_cmpstr (before, ==, "Plus récent");
  g_assert_false (acc_test_shown_label_contains (inbox, "Overdue"));

  /* The due time passes: it moves up, flagged, and whoever took it (at the
   * desk) is reminded. */
  WAIT_UNTIL (first_name_is (acc_inbox_pane_get_model (inbox), acc_message_get_name (d->due_soon)), 8000);
  WAIT_UNTIL (acc_test_shown_label_contains (inbox, "Overdue"), WAIT_MS);
  WAIT_UNTIL (acc_test_shown_label_contains (window, "is now overdue"), WAIT_MS);
}

static void
test_due_time (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) newer = NULL;
  DueData d = { { NULL } };
  gint64 now = g_get_real_time ();

  prepare_staff (&d.staff);
  repository = acc_test_open_repository ();
  /* A reminder to take for oneself: the agent is both. */
  d.due_soon = save_message (repository, &(NewMessage) { .name = "Rappel à faire", .to = d.staff.agent,
                                                         .taken_by = d.staff.agent,
                                                         .created_at = now - 2 * HOUR_US,
                                                         /* Not yet due when the window opens,
                                                          * even under valgrind. */
                                                         .due_at = now + acc_test_scale_ms (4000) * (gint64) 1000 });
  newer = save_message (repository, &(NewMessage) { .name = "Plus récent", .to = d.staff.agent,
                                                    .taken_by = d.staff.supervisor,
                                                    .created_at = now - HOUR_US });
  g_clear_object (&repository);

  run_application (AGENT_NAME, due_body, &d);
  g_clear_object (&d.due_soon);
  clear_staff (&d.staff);
}

/* Case: live delivery and the desktop notification ------------------------- */

typedef struct
{
  Staff staff;
  FakeDaemon *daemon;
} LiveData;

static void
live_body (AccApplication *app,
           AccWindow      *window,
           gpointer        data)
{
  LiveData *d = data;
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(AccMessage) arrived = NULL;
  g_autoptr(AccMessage) after = NULL;
  g_autoptr(AccMessage) for_colleague = NULL;
  g_autofree char *first = NULL;
  AccInboxPane *inbox = open_inbox (window);
  AccMessageDialog *dialog;
  Notification *n;
  gint64 saved_at;

  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 1);
  g_assert_cmpuint (d->daemon->received->len, ==, 0);

  /* Another process forwards a message: within 2 seconds it is listed,
   * counted, and announced. */
  arrived = save_message (second, &(NewMessage) { .name = "Inès Robert", .organisation = "Lycée Jean Moulin",
                                                  .reason = "Inscription atelier", .to = d->staff.supervisor,
                                                  .taken_by = d->staff.agent, .created_at = g_get_real_time () });
  saved_at = g_get_monotonic_time ();
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 2, DELIVERY_MS);
  WAIT_UNTIL (d->daemon->received->len == 1, DELIVERY_MS);
  g_test_message ("listed and announced %" G_GINT64_FORMAT " ms after the commit",
                  (g_get_monotonic_time () - saved_at) / 1000);
  first = name_at (acc_inbox_pane_get_model (inbox), 0);
  g_assert_cmpstr (first, ==, "Inès Robert");
  WAIT_UNTIL (acc_test_shown_label_contains (inbox, "Inès Robert"), WAIT_MS);
  WAIT_UNTIL (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), "Accueil (2)") == 0, WAIT_MS);

  n = g_ptr_array_index (d->daemon->received, 0);
  g_assert_cmpstr (n->summary, ==, "New message");
  g_assert_nonnull (strstr (n->body, "Inès Robert"));
  g_assert_nonnull (strstr (n->body, "Inscription atelier"));
  g_assert_true (g_strv_contains ((const char * const *) n->actions, "default"));

  /* Someone else's message: listed nowhere here, announced to nobody. */
  for_colleague = save_message (second, &(NewMessage) { .name = "Pour Sophie", .to = d->staff.colleague,
                                                        .created_at = g_get_real_time () });
  acc_test_run_for (1200);
  g_assert_cmpuint (d->daemon->received->len, ==, 1);
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 2);

  /* A click on the notification opens the message, which is then read. */
  fake_daemon_click (d->daemon, n);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_MESSAGE_DIALOG), WAIT_MS);
  dialog = acc_test_app_window (app, ACC_TYPE_MESSAGE_DIALOG);
  g_assert_cmpint (acc_message_get_id (acc_message_dialog_get_message (dialog)), ==, acc_message_get_id (arrived));
  after = reread (second, arrived);
  g_assert_cmpint (acc_message_get_status (after), ==, ACC_MESSAGE_STATUS_READ);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_live_delivery (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) old = NULL;
  LiveData d = { { NULL } };

  prepare_staff (&d.staff);
  repository = acc_test_open_repository ();
  /* Already there at start: listed, not announced. */
  old = save_message (repository, &(NewMessage) { .name = "Déjà là", .to = d.staff.supervisor,
                                                  .taken_by = d.staff.agent,
                                                  .created_at = g_get_real_time () - HOUR_US });
  g_clear_object (&repository);

  d.daemon = &fake_daemon;
  run_application (SUPERVISOR_NAME, live_body, &d);
  clear_staff (&d.staff);
}

/* Each case in its own process, on its own temporary folder -------------- */

static const AccTestCase cases[] = {
  { "/messages/inbox-filters", test_inbox_filters },
  { "/messages/stand-in", test_stand_in },
  { "/messages/open-marks-read", test_open_marks_read },
  { "/messages/done-needs-note", test_done_needs_note },
  { "/messages/forward", test_forward },
  { "/messages/new-message-form", test_message_form },
  { "/messages/new-message-draft", test_message_draft },
  { "/messages/messages-book", test_messages_book },
  { "/messages/due-time", test_due_time },
  { "/messages/live-delivery", test_live_delivery },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("messages", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
