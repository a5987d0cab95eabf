/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-application.c — the application: opens the repository, knows who is
 * at the desk, and shows the first-run dialog or the main window. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-application.h"
#include "acc-first-run-dialog.h"
#include "acc-inbox.h"
#include "acc-contacts-window.h"
#include "acc-dashboard-window.h"
#include "acc-procedure-window.h"
#include "acc-message-actions.h"
#include "acc-preferences-window.h"
#include "acc-window.h"

/* Another process (accueil-cli, a second window) may write at any time: how
 * often to look, well inside the 2 seconds a message may take to arrive. */
/* A frame is 16 ms: more than this and a keystroke or a scroll stutters. */
#define SLOW_CALL_MS 20
#define WATCH_INTERVAL_MS 500

struct _AccApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  AccRepository *repository;
  AccStaffMember *current_staff;
  AccInbox *inbox;

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

/* A database that cannot be opened still gets a window that says why in
 * one sentence, instead of a silent exit. */
static void
show_open_error (AccApplication *self,
                 const char     *path,
                 const GError   *error)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *quit = gtk_button_new_with_mnemonic (_("_Quit"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *description = g_markup_printf_escaped ("%s\n\n<small>%s</small>", error->message, path);

  gtk_window_set_title (GTK_WINDOW (window), _("Accueil"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("The database cannot be opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_set_halign (quit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (quit, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (quit), "app.quit");
  adw_status_page_set_child (ADW_STATUS_PAGE (page), quit);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
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
acc_application_activate (GApplication *application)
{
  AccApplication *self = ACC_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = database_path_for (self);
  self->repository = acc_repository_open (path, &error);
  if (self->repository == NULL)
    {
      /* Bad input, not a bug: the window says it to the person. */
      g_message ("Cannot open %s: %s", path, error->message);
      show_open_error (self, path, error);
      return;
    }
  acc_repository_watch (self->repository, WATCH_INTERVAL_MS);
  self->inbox = acc_inbox_new (GTK_APPLICATION (self), self->repository, self->settings);

  if (acc_repository_needs_setup (self->repository))
    {
      AccFirstRunDialog *dialog = acc_first_run_dialog_new (self, self->repository);

      g_signal_connect_object (dialog, "completed",
                               G_CALLBACK (on_first_run_completed), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  show_main_window (self);
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

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
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
