/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-inbox.c — the inbox of the person at the desk, as the application
 * follows it: whose messages it holds (the person, and the people they stand
 * in for: the `stand-in-for` setting), how many are unread, a desktop
 * notification for each message that arrives, and the due times.
 *
 * Messages arrive from anywhere: this window, another one, another session,
 * `accueil-cli add message`. The repository's ::changed signal (the
 * application polls data_version every 500 ms) says when to look; a message
 * counts as arrived when its id is above the highest one seen so far.
 *
 * Due times: one timer, to the earliest due time among the open messages of
 * the inbox and those the person at the desk took. When it fires, the inbox
 * is listed again (overdue messages move up) and the person who took a
 * message now overdue is reminded of it, if they are the one at the desk.
 */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-inbox.h"
#include "acc-window.h"

/* Wake up at least this often, so that a suspended laptop or a changed
 * clock never leaves a due time unnoticed for long. */
#define MAX_DUE_WAIT_MS (15 * 60 * 1000)

struct _AccInbox
{
  GObject parent_instance;

  GtkApplication *application;   /* not owned: it owns us */
  AccRepository *repository;
  GSettings *settings;

  AccStaffMember *reader;
  GArray *recipient_ids;          /* gint64 */
  guint unread_count;

  gint64 last_seen_id;
  gint64 due_checked_until;
  guint due_source;
};

G_DEFINE_FINAL_TYPE (AccInbox, acc_inbox, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_READER,
  PROP_UNREAD_COUNT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_due_check (AccInbox *self);

static gint64
reader_id (AccInbox *self)
{
  return self->reader != NULL ? acc_staff_member_get_id (self->reader) : 0;
}

/* The person at the desk first, then the people of `stand-in-for` that the
 * staff table knows, each once. */
static GArray *
resolve_recipients (AccInbox *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) names = NULL;
  gint64 reader;

  if (self->reader == NULL)
    return ids;

  reader = acc_staff_member_get_id (self->reader);
  g_array_append_val (ids, reader);
  names = g_settings_get_strv (self->settings, "stand-in-for");
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(AccStaffMember) member = NULL;
      g_autoptr(GError) error = NULL;
      gboolean known = FALSE;
      gint64 id;

      member = acc_repository_find_staff_by_name (self->repository, names[i], &error);
      if (member == NULL)
        {
          g_debug ("stand-in-for: %s", error->message);
          continue;
        }
      id = acc_staff_member_get_id (member);
      for (guint j = 0; j < ids->len; j++)
        known |= g_array_index (ids, gint64, j) == id;
      if (!known)
        g_array_append_val (ids, id);
    }
  return ids;
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  /* Two empty arrays may have no data at all: memcmp() wants pointers. */
  if (a->len == 0)
    return TRUE;
  return memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static void
update_unread_count (AccInbox *self)
{
  g_autoptr(GError) error = NULL;
  guint count;

  count = acc_repository_count_unread_in_inbox (self->repository,
                                                (const gint64 *) self->recipient_ids->data,
                                                self->recipient_ids->len, &error);
  if (error != NULL)
    {
      g_warning ("Cannot count the unread messages: %s", error->message);
      return;
    }
  if (count != self->unread_count)
    {
      self->unread_count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNREAD_COUNT]);
    }
}

/* Whoever reads the inbox must not be told of messages that were there
 * before: only those above the current last id will be announced. */
static void
forget_arrivals (AccInbox *self)
{
  g_autoptr(GError) error = NULL;

  if (!acc_repository_get_last_message_id (self->repository, &self->last_seen_id, &error))
    g_warning ("Cannot read the last message id: %s", error->message);
}

static void
send_notification (AccInbox   *self,
                   AccMessage *message)
{
  g_autoptr(GNotification) notification = g_notification_new (_("New message"));
  g_autofree char *body = NULL;
  g_autofree char *id = NULL;

  if (acc_message_get_organisation (message) != NULL)
    /* Translators: a notification's text: the person who left the
     * message, their organisation, and the reason */
    body = g_strdup_printf (_("%s (%s) — %s"),
                            acc_message_get_name (message),
                            acc_message_get_organisation (message),
                            acc_message_get_reason (message));
  else
    /* Translators: a notification's text: the person who left the
     * message, and the reason */
    body = g_strdup_printf (_("%s — %s"),
                            acc_message_get_name (message),
                            acc_message_get_reason (message));
  g_notification_set_body (notification, body);
  if (acc_message_get_urgent (message))
    g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target_value (notification, "app.open-message",
                                                      g_variant_new_int64 (acc_message_get_id (message)));

  id = g_strdup_printf ("message-%" G_GINT64_FORMAT, acc_message_get_id (message));
  g_application_send_notification (G_APPLICATION (self->application), id, notification);
}

/* Whether anyone on the session bus shows notifications. GLib warns when
 * nobody answers its first one; a session without a notification server (a
 * kiosk, a test bus) simply gets none. In a Flatpak sandbox GLib goes
 * through the portal, which is always there. */
static gboolean
notification_server_present (GDBusConnection *bus)
{
  static const char *const names[] = { "org.gtk.Notifications", "org.freedesktop.Notifications" };
  g_autoptr(GVariant) activatable = NULL;
  g_auto(GStrv) activatable_names = NULL;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GVariant) reply = NULL;
      gboolean owned = FALSE;

      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", names[i]), G_VARIANT_TYPE ("(b)"),
                                           G_DBUS_CALL_FLAGS_NONE, 500, NULL, NULL);
      if (reply != NULL)
        g_variant_get (reply, "(b)", &owned);
      if (owned)
        return TRUE;
    }

  /* Not running yet, but started on the first call. */
  activatable = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "ListActivatableNames",
                                             NULL, G_VARIANT_TYPE ("(as)"),
                                             G_DBUS_CALL_FLAGS_NONE, 500, NULL, NULL);
  if (activatable == NULL)
    return FALSE;
  g_variant_get (activatable, "(^as)", &activatable_names);
  return g_strv_contains ((const char * const *) activatable_names, "org.freedesktop.Notifications");
}

static void
announce_arrivals (AccInbox *self)
{
  g_autoptr(GListModel) arrived = NULL;
  g_autoptr(GError) error = NULL;
  GApplication *application = G_APPLICATION (self->application);
  GDBusConnection *bus;
  gint64 last_id = 0;
  guint n_arrived;

  /* The last id first: a message committed between the two reads is left
   * for the next look, never announced twice. */
  if (!acc_repository_get_last_message_id (self->repository, &last_id, &error))
    {
      g_warning ("Cannot look for new messages: %s", error->message);
      return;
    }
  if (last_id <= self->last_seen_id)
    return;

  arrived = acc_repository_list_new_messages (self->repository,
                                              (const gint64 *) self->recipient_ids->data,
                                              self->recipient_ids->len,
                                              self->last_seen_id, &error);
  if (arrived == NULL)
    {
      g_warning ("Cannot look for new messages: %s", error->message);
      return;
    }
  self->last_seen_id = last_id;

  n_arrived = g_list_model_get_n_items (arrived);
  if (n_arrived == 0)
    return;
  /* Without a session bus GLib has nowhere to send them. */
  if (!g_application_get_is_registered (application)
      || (bus = g_application_get_dbus_connection (application)) == NULL
      || !notification_server_present (bus))
    return;

  for (guint i = 0; i < n_arrived; i++)
    {
      g_autoptr(AccMessage) message = g_list_model_get_item (arrived, i);

      if (acc_message_get_id (message) > last_id)
        break;
      send_notification (self, message);
    }
}

static void
remind (AccInbox   *self,
        AccMessage *message)
{
  g_autofree char *text = NULL;

  /* Translators: a reminder shown to whoever took a message: the person
   * who left it, and whom it was for */
  text = g_strdup_printf (_("The message from %s for %s is now overdue."),
                          acc_message_get_name (message),
                          acc_message_get_recipient_name (message) ? acc_message_get_recipient_name (message) : "");

  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (ACC_IS_WINDOW (l->data))
      acc_window_show_message (l->data, text);
}

static gboolean
on_due_time (gpointer user_data)
{
  AccInbox *self = user_data;
  g_autoptr(GListModel) fallen = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time ();

  self->due_source = 0;

  if (self->reader != NULL)
    {
      fallen = acc_repository_list_messages_fallen_due (self->repository, reader_id (self),
                                                        self->due_checked_until, now, &error);
      if (fallen == NULL)
        g_warning ("Cannot read the messages now due: %s", error->message);
      for (guint i = 0; fallen != NULL && i < g_list_model_get_n_items (fallen); i++)
        {
          g_autoptr(AccMessage) message = g_list_model_get_item (fallen, i);
          remind (self, message);
        }
    }
  self->due_checked_until = MAX (self->due_checked_until, now);

  /* Overdue messages move up: list the inbox again. */
  g_signal_emit (self, signals[CHANGED], 0);
  schedule_due_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_due_check (AccInbox *self)
{
  g_autoptr(GError) error = NULL;
  gint64 due_at = 0;
  gint64 wait_ms;

  g_clear_handle_id (&self->due_source, g_source_remove);

  if (!acc_repository_get_next_message_due (self->repository,
                                            (const gint64 *) self->recipient_ids->data,
                                            self->recipient_ids->len, reader_id (self),
                                            self->due_checked_until, &due_at, &error))
    {
      g_warning ("Cannot read the next due time: %s", error->message);
      return;
    }
  if (due_at == 0)
    return;

  /* A few milliseconds past it, so that it has passed when the timer
   * fires. */
  wait_ms = (due_at - g_get_real_time ()) / 1000 + 5;
  wait_ms = CLAMP (wait_ms, 0, MAX_DUE_WAIT_MS);
  self->due_source = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) wait_ms, on_due_time, self, NULL);
}

static void
update_recipients (AccInbox *self,
                   gboolean  force)
{
  g_autoptr(GArray) ids = resolve_recipients (self);

  if (!force && same_ids (ids, self->recipient_ids))
    return;

  g_clear_pointer (&self->recipient_ids, g_array_unref);
  self->recipient_ids = g_steal_pointer (&ids);
  update_unread_count (self);
  schedule_due_check (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_repository_changed (AccInbox       *self,
                       AccChangeFlags  flags)
{
  if (flags & ACC_CHANGE_STAFF)
    update_recipients (self, FALSE);
  if (flags & ACC_CHANGE_MESSAGES)
    {
      update_unread_count (self);
      announce_arrivals (self);
      schedule_due_check (self);
    }
}

static void
on_current_staff_changed (AccInbox *self)
{
  AccStaffMember *member = acc_application_get_current_staff (ACC_APPLICATION (self->application));

  if (!g_set_object (&self->reader, member))
    return;

  /* Someone else at the desk: what was waiting is theirs to see in the
   * inbox, not to be announced; reminders start from now. */
  forget_arrivals (self);
  self->due_checked_until = g_get_real_time ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READER]);
  update_recipients (self, TRUE);
}

static void
on_stand_in_changed (AccInbox *self)
{
  update_recipients (self, FALSE);
}

static void
acc_inbox_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AccInbox *self = ACC_INBOX (object);

  switch (prop_id)
    {
    case PROP_READER:
      g_value_set_object (value, self->reader);
      break;
    case PROP_UNREAD_COUNT:
      g_value_set_uint (value, self->unread_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_inbox_dispose (GObject *object)
{
  AccInbox *self = ACC_INBOX (object);

  g_clear_handle_id (&self->due_source, g_source_remove);
  g_clear_object (&self->reader);
  g_clear_object (&self->repository);
  g_clear_object (&self->settings);
  self->application = NULL;

  G_OBJECT_CLASS (acc_inbox_parent_class)->dispose (object);
}

static void
acc_inbox_finalize (GObject *object)
{
  AccInbox *self = ACC_INBOX (object);

  g_clear_pointer (&self->recipient_ids, g_array_unref);

  G_OBJECT_CLASS (acc_inbox_parent_class)->finalize (object);
}

static void
acc_inbox_class_init (AccInboxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_inbox_get_property;
  object_class->dispose = acc_inbox_dispose;
  object_class->finalize = acc_inbox_finalize;

  /**
   * AccInbox:reader:
   *
   * Who reads the inbox: the person at the desk. Opening one of their own
   * new messages marks it read in their name.
   */
  properties[PROP_READER] =
    g_param_spec_object ("reader", NULL, NULL, ACC_TYPE_STAFF_MEMBER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccInbox:unread-count:
   *
   * How many messages of the inbox (the reader's and those of the people
   * they stand in for) are new.
   */
  properties[PROP_UNREAD_COUNT] =
    g_param_spec_uint ("unread-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccInbox::changed:
   *
   * Whose messages the inbox holds changed, or a due time passed: the inbox
   * is to be listed again (acc_inbox_list_messages()). New, changed or
   * removed messages need no signal: the lists follow the repository.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
acc_inbox_init (AccInbox *self)
{
  self->recipient_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * acc_inbox_new:
 * @application: an #AccApplication, which keeps the inbox
 * @settings: the application's settings, for `stand-in-for`
 *
 * Returns: (transfer full): the inbox of whoever is at the desk, following
 *   the application's current staff member.
 */
AccInbox *
acc_inbox_new (GtkApplication *application,
               AccRepository  *repository,
               GSettings      *settings)
{
  AccInbox *self;

  g_return_val_if_fail (ACC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (ACC_TYPE_INBOX, NULL);
  self->application = application;
  self->repository = g_object_ref (repository);
  self->settings = g_object_ref (settings);
  self->due_checked_until = g_get_real_time ();
  forget_arrivals (self);

  g_signal_connect_object (repository, "changed",
                           G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::current-staff",
                           G_CALLBACK (on_current_staff_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::stand-in-for",
                           G_CALLBACK (on_stand_in_changed), self,
                           G_CONNECT_SWAPPED);
  on_current_staff_changed (self);
  return self;
}

/**
 * acc_inbox_get_reader:
 *
 * Returns: (transfer none) (nullable): who is at the desk.
 */
AccStaffMember *
acc_inbox_get_reader (AccInbox *self)
{
  g_return_val_if_fail (ACC_IS_INBOX (self), NULL);
  return self->reader;
}

/**
 * acc_inbox_get_recipient_ids:
 * @n_recipient_ids: (out): how many
 *
 * Returns: (array length=n_recipient_ids) (transfer none): whose messages the
 *   inbox holds: the reader first, then the people they stand in for.
 */
const gint64 *
acc_inbox_get_recipient_ids (AccInbox *self,
                             guint    *n_recipient_ids)
{
  g_return_val_if_fail (ACC_IS_INBOX (self), NULL);
  g_return_val_if_fail (n_recipient_ids != NULL, NULL);

  *n_recipient_ids = self->recipient_ids->len;
  return (const gint64 *) self->recipient_ids->data;
}

guint
acc_inbox_get_unread_count (AccInbox *self)
{
  g_return_val_if_fail (ACC_IS_INBOX (self), 0);
  return self->unread_count;
}

/**
 * acc_inbox_list_messages:
 * @status: open, closed or all messages
 *
 * Returns: (transfer full): a lazy list of the inbox's #AccMessage, the open
 *   urgent and overdue ones first (overdue as of now), then the newest.
 */
GListModel *
acc_inbox_list_messages (AccInbox               *self,
                         AccMessageFilterStatus  status)
{
  g_return_val_if_fail (ACC_IS_INBOX (self), NULL);

  return acc_repository_list_inbox (self->repository,
                                    (const gint64 *) self->recipient_ids->data,
                                    self->recipient_ids->len,
                                    status, g_get_real_time ());
}
