/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-application.c — the application: opens the repository, knows who is
 * at the desk, and shows the first-run dialog or the main window. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-application.h"
#include "acc-bench-hook.h"
#include "acc-first-run-dialog.h"
#include "acc-inbox.h"
#include "acc-interaction-form.h"
#include "acc-contacts-window.h"
#include "acc-dashboard-window.h"
#include "acc-procedure-window.h"
#include "acc-recovery-window.h"
#include "acc-restore-dialog.h"
#include "acc-message-actions.h"
#include "acc-message-form.h"
#include "acc-preferences-window.h"
#include "acc-window.h"

/* Another process (accueil-cli, a second window) may write at any time: how
 * often to look, well inside the 2 seconds a message may take to arrive. */
/* A frame is 16 ms: more than this and a keystroke or a scroll stutters. */
#define SLOW_CALL_MS 20
#define WATCH_INTERVAL_MS 500

/* The daily copy is taken a minute after start when today's is missing,
 * not during the first frames it would slow down, then looked for every
 * hour, so that a desk left running overnight gets its copy. */
#define DAILY_BACKUP_FIRST_S 60
#define DAILY_BACKUP_CHECK_S 3600
/* At quit, how long a copy under way is given to stop and tidy up. */
#define DAILY_BACKUP_STOP_MS 5000

struct _AccApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  AccRepository *repository;
  AccStaffMember *current_staff;
  AccInbox *inbox;
  guint daily_backup_source;
  GCancellable *daily_backup_cancellable;   /* non-NULL while a copy runs */

  /* From the command line, for this run only. */
  char *database_path;
  char *staff_name;
};

G_DEFINE_FINAL_TYPE (AccApplication, acc_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CURRENT_STAFF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The database file (default: $ACCUEIL_DATABASE, or accueil/accueil.db in your data folder)"),
    N_("FILE") },
  { "staff", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Who is at the desk for this run"), N_("NAME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

static char *
database_path_for (AccApplication *self)
{
  const char *from_environment = g_getenv ("ACCUEIL_DATABASE");

  if (self->database_path != NULL)
    return g_strdup (self->database_path);
  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);
  return acc_repository_default_path ();
}

/* Who is at the desk: --staff for this run, else the last choice, else the
 * first active member. Returns a sentence to show when --staff was unknown. */
static char *
choose_current_staff (AccApplication *self)
{
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remembered = NULL;
  g_autofree char *problem = NULL;

  if (self->staff_name != NULL)
    {
      member = acc_repository_find_staff_by_name (self->repository, self->staff_name, &error);
      if (member == NULL)
        problem = g_strdup (error->message);
      g_clear_error (&error);
    }

  if (member == NULL)
    {
      remembered = g_settings_get_string (self->settings, "current-staff");
      if (*remembered != '\0')
        member = acc_repository_find_staff_by_name (self->repository, remembered, NULL);
    }

  if (member == NULL)
    {
      g_autoptr(GListModel) staff = acc_repository_list_staff (self->repository, TRUE, NULL);
      if (staff != NULL && g_list_model_get_n_items (staff) > 0)
        member = g_list_model_get_item (staff, 0);
    }

  acc_application_set_current_staff (self, member);
  return g_steal_pointer (&problem);
}

static void
show_main_window (AccApplication *self)
{
  g_autofree char *problem = choose_current_staff (self);
  AccWindow *window = acc_window_new (self, self->repository);

  /* `build-aux/dev bench` only: nothing without ACCUEIL_BENCH_FIRST_FRAME. */
  acc_bench_hook_watch_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  if (problem != NULL)
    acc_window_show_message (window, problem);
}

static void
on_first_run_completed (AccApplication     *self,
                        AccStaffMember     *member,
                        AccFirstRunDialog  *dialog)
{
  /* The person who set the desk up is the one at it, now and next time. */
  g_settings_set_string (self->settings, "current-staff", acc_staff_member_get_name (member));
  g_clear_pointer (&self->staff_name, g_free);
  show_main_window (self);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_daily_backup_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(AccApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->daily_backup_cancellable);
  /* A failed copy must not stop the desk: it is said in the log, and tried
   * again within the hour. */
  if (!acc_repository_backup_daily_finish (ACC_REPOSITORY (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("The daily backup failed: %s", error->message);
}

static gboolean
take_daily_backup (gpointer user_data)
{
  AccApplication *self = user_data;

  /* A large file's copy may still be running an hour later. */
  if (self->repository != NULL && self->daily_backup_cancellable == NULL)
    {
      self->daily_backup_cancellable = g_cancellable_new ();
      acc_repository_backup_daily_async (self->repository, self->daily_backup_cancellable,
                                         on_daily_backup_done, g_object_ref (self));
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
take_first_daily_backup (gpointer user_data)
{
  AccApplication *self = user_data;

  take_daily_backup (self);
  self->daily_backup_source = g_timeout_add_seconds (DAILY_BACKUP_CHECK_S, take_daily_backup, self);
  return G_SOURCE_REMOVE;
}

/* A copy cut short by the end of the process would leave its temporary
 * file behind: it is stopped, and its worker tidies up, before quitting. */
static void
acc_application_shutdown (GApplication *application)
{
  AccApplication *self = ACC_APPLICATION (application);
  gint64 deadline = g_get_monotonic_time () + DAILY_BACKUP_STOP_MS * 1000;

  g_clear_handle_id (&self->daily_backup_source, g_source_remove);
  if (self->daily_backup_cancellable != NULL)
    g_cancellable_cancel (self->daily_backup_cancellable);
  /* Its callback, which clears the cancellable, comes through the main
   * context. */
  while (self->daily_backup_cancellable != NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10 * 1000);

  G_APPLICATION_CLASS (acc_application_parent_class)->shutdown (application);
}

/* A database that cannot be opened gets a window that says why in one
 * sentence and offers what can be done (acc-recovery-window.c). */
static GtkWindow *
show_recovery_window (AccApplication *self,
                      const char     *path,
                      const GError   *error)
{
  AccRecoveryWindow *window = acc_recovery_window_new (self, path, error);

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* The recovery windows left once another window is up. */
static void
close_recovery_windows (AccApplication *self,
                        GtkWindow      *keep)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));
  g_autoptr(GPtrArray) closing = g_ptr_array_new ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ACC_IS_RECOVERY_WINDOW (l->data) && l->data != (gpointer) keep)
      g_ptr_array_add (closing, l->data);
  for (guint i = 0; i < closing->len; i++)
    gtk_window_destroy (closing->pdata[i]);
}

/**
 * acc_application_open_database:
 *
 * Opens @path and shows the first-run dialog or the main window, or, when
 * it does not open, the recovery window for it. Any recovery window shown
 * before is closed.
 */
void
acc_application_open_database (AccApplication *self,
                               const char     *path)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *shown;

  g_return_if_fail (ACC_IS_APPLICATION (self));
  g_return_if_fail (self->repository == NULL);

  self->repository = acc_repository_open (path, &error);
  if (self->repository == NULL)
    {
      /* Bad input, not a bug: the window says it to the person. */
      g_message ("Cannot open %s: %s", path, error->message);
      close_recovery_windows (self, show_recovery_window (self, path, error));
      return;
    }
  acc_repository_watch (self->repository, WATCH_INTERVAL_MS);
  self->inbox = acc_inbox_new (GTK_APPLICATION (self), self->repository, self->settings);
  self->daily_backup_source = g_timeout_add_seconds (DAILY_BACKUP_FIRST_S, take_first_daily_backup, self);

  if (acc_repository_needs_setup (self->repository))
    {
      AccFirstRunDialog *dialog = acc_first_run_dialog_new (self, self->repository);

      g_signal_connect_object (dialog, "completed",
                               G_CALLBACK (on_first_run_completed), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      shown = GTK_WINDOW (dialog);
    }
  else
    {
      show_main_window (self);
      shown = gtk_application_get_active_window (GTK_APPLICATION (self));
    }
  close_recovery_windows (self, shown);
}

static void
acc_application_activate (GApplication *application)
{
  AccApplication *self = ACC_APPLICATION (application);
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = database_path_for (self);
  acc_application_open_database (self, path);
}

static int
acc_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  AccApplication *self = ACC_APPLICATION (application);
  g_autofree char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("accueil %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    self->database_path = g_steal_pointer (&database);
  g_variant_dict_lookup (options, "staff", "s", &self->staff_name);

  return -1;
}

/* Ctrl+Q closes the windows one by one rather than stopping the
 * application, so that nothing typed is lost: a call, visit or message form
 * keeps what was typed as a draft when it is destroyed, and comes back with
 * it; other windows run their close-request, where the contacts file asks
 * about unsaved edits. The first window that refuses to close stops the
 * quit, and the person answers its question. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows;

  /* The secondary windows first: the main window is the last to go. */
  windows = g_list_copy_deep (gtk_application_get_windows (app), (GCopyFunc) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    if (ACC_IS_WINDOW (l->data))
      {
        windows = g_list_remove_link (windows, l);
        windows = g_list_concat (windows, l);
        break;
      }

  for (GList *l = windows; l != NULL; l = l->next)
    {
      GtkWindow *window = l->data;

      if (ACC_IS_INTERACTION_FORM (window) || ACC_IS_MESSAGE_FORM (window))
        gtk_window_destroy (window);
      else
        gtk_window_close (window);
      if (g_list_find (gtk_application_get_windows (app), window) != NULL)
        {
          gtk_window_present (window);
          break;
        }
    }
  g_list_free_full (windows, g_object_unref);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  AccApplication *self = user_data;
  const char *developers[] = { _("The Accueil developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Accueil"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("The front desk’s book of calls, visits and messages"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
acc_application_startup (GApplication *application)
{
  AccApplication *self = ACC_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *phone_accels[] = { "<Alt>1", NULL };
  static const char *visit_accels[] = { "<Alt>2", NULL };
  static const char *inbox_accels[] = { "<Control>i", NULL };
  /* A new call or visit, as the tab shown says (acc-window.c). */
  static const char *new_entry_accels[] = { "<Control>n", NULL };
  static const char *new_message_accels[] = { "<Control>m", NULL };
  static const char *messages_book_accels[] = { "<Control><Shift>m", NULL };

  G_APPLICATION_CLASS (acc_application_parent_class)->startup (application);

  /* The window must never wait on the database (issue 8): a statement
   * slower than this on the GUI's thread is reported. */
  acc_repository_warn_slow_calls (SLOW_CALL_MS);

  self->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-tab('phone')", phone_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-tab('visit')", visit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.inbox-visible", inbox_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.new-entry", new_entry_accels);
  acc_message_actions_install (self);
  acc_preferences_actions_install (self);
  acc_contacts_actions_install (self);
  acc_dashboard_actions_install (self);
  acc_procedure_actions_install (self);
  acc_restore_actions_install (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-message", new_message_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.messages-book", messages_book_accels);
}

static void
acc_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccApplication *self = ACC_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CURRENT_STAFF:
      g_value_set_object (value, self->current_staff);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_application_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccApplication *self = ACC_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CURRENT_STAFF:
      acc_application_set_current_staff (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_application_dispose (GObject *object)
{
  AccApplication *self = ACC_APPLICATION (object);

  g_clear_handle_id (&self->daily_backup_source, g_source_remove);
  g_clear_object (&self->current_staff);
  g_clear_object (&self->inbox);
  g_clear_object (&self->repository);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (acc_application_parent_class)->dispose (object);
}

static void
acc_application_finalize (GObject *object)
{
  AccApplication *self = ACC_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->staff_name, g_free);

  G_OBJECT_CLASS (acc_application_parent_class)->finalize (object);
}

static void
acc_application_class_init (AccApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->get_property = acc_application_get_property;
  object_class->set_property = acc_application_set_property;
  object_class->dispose = acc_application_dispose;
  object_class->finalize = acc_application_finalize;

  application_class->activate = acc_application_activate;
  application_class->startup = acc_application_startup;
  application_class->shutdown = acc_application_shutdown;
  application_class->handle_local_options = acc_application_handle_local_options;

  /**
   * AccApplication:current-staff:
   *
   * Who is at the desk: the agent named in greetings, who logs calls, and
   * whose inbox the inbox pane shows.
   */
  properties[PROP_CURRENT_STAFF] =
    g_param_spec_object ("current-staff", NULL, NULL, ACC_TYPE_STAFF_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_application_init (AccApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("The front desk’s book of calls, visits and messages."));
}

AccApplication *
acc_application_new (void)
{
  /* Not unique: two windows on two databases, or on one from two sessions,
   * are both legitimate; they meet in the database, not over D-Bus. */
  return g_object_new (ACC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

AccRepository *
acc_application_get_repository (AccApplication *self)
{
  g_return_val_if_fail (ACC_IS_APPLICATION (self), NULL);
  return self->repository;
}

/**
 * acc_application_get_current_staff:
 *
 * Returns: (nullable) (transfer none): who is at the desk.
 */
AccStaffMember *
acc_application_get_current_staff (AccApplication *self)
{
  g_return_val_if_fail (ACC_IS_APPLICATION (self), NULL);
  return self->current_staff;
}

void
acc_application_set_current_staff (AccApplication *self,
                                   AccStaffMember *member)
{
  g_return_if_fail (ACC_IS_APPLICATION (self));
  g_return_if_fail (member == NULL || ACC_IS_STAFF_MEMBER (member));

  if (g_set_object (&self->current_staff, member))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STAFF]);
}

/**
 * acc_application_get_inbox:
 *
 * Returns: (nullable) (transfer none): the inbox of whoever is at the desk,
 *   once the database is open.
 */
AccInbox *
acc_application_get_inbox (AccApplication *self)
{
  g_return_val_if_fail (ACC_IS_APPLICATION (self), NULL);
  return self->inbox;
}

GSettings *
acc_application_get_settings (AccApplication *self)
{
  g_return_val_if_fail (ACC_IS_APPLICATION (self), NULL);
  return self->settings;
}
