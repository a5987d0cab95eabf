/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-test-util.c — helpers shared by the widget tests; see the header. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "acc-test-util.h"

/* Waiting ---------------------------------------------------------------- */

gboolean
acc_test_set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

guint
acc_test_scale_ms (guint ms)
{
  static guint factor = 0;

  if (factor == 0)
    {
      const char *text = g_getenv ("ACCUEIL_TEST_SLOWDOWN");
      guint64 value = 1;

      if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 1, 1000, &value, NULL))
        g_error ("ACCUEIL_TEST_SLOWDOWN must be a whole number from 1 to 1000, not “%s”", text);
      factor = (guint) value;
    }
  return ms * factor;
}

void
acc_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, acc_test_set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Finding widgets and windows -------------------------------------------- */

static gboolean
widget_matches (GtkWidget  *widget,
                GType       type,
                const char *buildable_id)
{
  if (type != G_TYPE_INVALID && !G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return FALSE;
  if (buildable_id != NULL
      && g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), buildable_id) != 0)
    return FALSE;
  return TRUE;
}

static void
collect_descendants (GtkWidget  *root,
                     GType       type,
                     const char *buildable_id,
                     GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (widget_matches (child, type, buildable_id))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, buildable_id, found);
    }
}

GPtrArray *
acc_test_find_all (gpointer    root,
                   GType       type,
                   const char *buildable_id)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (root), type, buildable_id, found);
  return found;
}

gpointer
acc_test_find_one (gpointer    root,
                   GType       type,
                   const char *buildable_id)
{
  g_autoptr(GPtrArray) found = acc_test_find_all (root, type, buildable_id);

  if (found->len != 1)
    g_error ("Expected one %s%s%s in %s, found %u",
             type != G_TYPE_INVALID ? g_type_name (type) : "widget",
             buildable_id != NULL ? " with id " : "",
             buildable_id != NULL ? buildable_id : "",
             G_OBJECT_TYPE_NAME (root), found->len);
  return g_ptr_array_index (found, 0);
}

gboolean
acc_test_is_shown (gpointer widget)
{
  return gtk_widget_get_visible (GTK_WIDGET (widget)) && gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
label_contains (gpointer    root,
                const char *needle,
                gboolean    shown_only)
{
  g_autoptr(GPtrArray) labels = acc_test_find_all (root, GTK_TYPE_LABEL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if ((!shown_only || acc_test_is_shown (label))
          && strstr (gtk_label_get_text (label), needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
acc_test_some_label_contains (gpointer    root,
                              const char *needle)
{
  return label_contains (root, needle, FALSE);
}

gboolean
acc_test_shown_label_contains (gpointer    root,
                               const char *needle)
{
  return label_contains (root, needle, TRUE);
}

guint
acc_test_n_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

gpointer
acc_test_find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        if (found != NULL)
          g_error ("More than one open %s", g_type_name (type));
        found = l->data;
      }
  g_list_free (toplevels);
  return found;
}

gpointer
acc_test_app_window (AccApplication *app,
                     GType           type)
{
  gpointer found = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        g_assert_null (found);
        found = l->data;
      }
  return found;
}

gboolean
acc_test_app_window_shown (AccApplication *app,
                           GType           type)
{
  gpointer window = acc_test_app_window (app, type);

  return window != NULL && gtk_widget_get_mapped (window);
}

void
acc_test_destroy_toplevels (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Running the application ------------------------------------------------ */

typedef struct
{
  AccApplication *app;
  AccTestAppBody body;
  gpointer data;
  GtkWindow *first_window;   /* owned: it may be destroyed meanwhile */
  gboolean body_ran;
} Run;

static gboolean
run_body (gpointer user_data)
{
  Run *run = user_data;

  /* Activate has returned; the window it presented is on screen once GTK
   * has mapped it. */
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (run->first_window)), WAIT_MS);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (run->app)) == run->first_window);

  run->body (run->app, run->first_window, run->data);
  run->body_ran = TRUE;

  /* Ctrl+Q. */
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window,
                 Run            *run)
{
  if (run->first_window != NULL)
    return;
  run->first_window = g_object_ref (window);
  g_idle_add (run_body, run);
}

void
acc_test_run_application (const char * const *args,
                          AccTestAppBody      body,
                          gpointer            data)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  Run run = { NULL, body, data, NULL, FALSE };
  int status;

  g_ptr_array_add (argv, (gpointer) "accueil");
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  run.app = acc_application_new ();
  g_signal_connect (run.app, "window-added", G_CALLBACK (on_window_added), &run);
  status = g_application_run (G_APPLICATION (run.app), (int) argv->len - 1, (char **) argv->pdata);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.body_ran);

  /* The windows outlive g_application_run(); closing them runs their
   * dispose, where a warning would still be the app's. */
  acc_test_destroy_toplevels ();

  g_clear_object (&run.first_window);
  g_clear_object (&run.app);
}

/* Preparing the database through the core -------------------------------- */

const char *
acc_test_database_path (void)
{
  const char *path = g_getenv ("ACCUEIL_DATABASE");

  g_assert_nonnull (path);
  return path;
}

AccRepository *
acc_test_open_repository (void)
{
  g_autoptr(GError) error = NULL;
  AccRepository *repository = acc_repository_open (acc_test_database_path (), &error);

  g_assert_no_error (error);
  return repository;
}

void
acc_test_save_organisation (AccRepository *repository,
                            const char    *name,
                            const char    *phone_greeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repository, &error);

  g_assert_no_error (error);
  acc_organisation_set_name (organisation, name);
  if (phone_greeting != NULL)
    acc_organisation_set_phone_greeting (organisation, phone_greeting);
  acc_repository_save_organisation (repository, organisation, &error);
  g_assert_no_error (error);
}

AccStaffMember *
acc_test_save_staff (AccRepository *repository,
                     const char    *name,
                     AccRole        role,
                     const char    *phone,
                     gboolean       active)
{
  g_autoptr(GError) error = NULL;
  AccStaffMember *member = acc_staff_member_new (name, role);

  acc_staff_member_set_phone (member, phone);
  acc_staff_member_set_active (member, active);
  acc_repository_save_staff (repository, member, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (member), >, 0);
  return member;
}

AccRepository *
acc_test_prepare_desk (AccTestStaff *staff)
{
  AccRepository *repository = acc_test_open_repository ();

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  staff->agent = acc_test_save_staff (repository, ACC_TEST_AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  staff->supervisor = acc_test_save_staff (repository, ACC_TEST_SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR,
                                           "0478123456", TRUE);
  return repository;
}

void
acc_test_staff_clear (AccTestStaff *staff)
{
  g_clear_object (&staff->agent);
  g_clear_object (&staff->supervisor);
}

void
acc_test_save_schedule_range (AccRepository   *repository,
                              AccScheduleKind  kind,
                              guint            weekday,
                              guint            start_minute,
                              guint            end_minute)
{
  g_autoptr(AccScheduleRange) range = acc_schedule_range_new (kind, weekday, start_minute, end_minute);
  g_autoptr(GError) error = NULL;

  acc_repository_save_schedule_range (repository, range, &error);
  g_assert_no_error (error);
}

void
acc_test_run_as_agent (AccTestAppBody body,
                       gpointer       data)
{
  const char *args[] = { "--staff", ACC_TEST_AGENT_NAME, NULL };

  acc_test_run_application (args, body, data);
}

GDateTime *
acc_test_today_at (guint minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0, 0);

  return g_date_time_add_minutes (midnight, (int) minute);
}

gint64
acc_test_to_us (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

guint
acc_test_minute_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return (guint) (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now));
}

/* Each case in its own process, on its own temporary folder -------------- */

/* The application reports database calls slower than 20 ms on its thread
 * (acc_repository_warn_slow_calls()). Here that is a measure, not a bug:
 * a busy or sanitised test machine can take that long to sync a commit.
 * The warning is still printed; only that domain is spared from being
 * fatal, every other warning still fails the test. The warning itself is
 * tested in test-repository.c. Set in each case (run_case()). */
static gboolean
on_fatal_log (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return g_strcmp0 (log_domain, ACC_SLOW_CALL_LOG_DOMAIN) != 0;
}

void
acc_test_init (int    *argc,
               char ***argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (argc, argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("No display: run this test through tests/run-with-display.sh");
}

void
acc_test_require_schemas (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APPLICATION_ID, TRUE);
  if (schema == NULL)
    g_error ("The schema %s is not found: set GSETTINGS_SCHEMA_DIR to the build folder's data/", APPLICATION_ID);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_remove (child);
      }
  g_rmdir (path);
}

typedef struct
{
  const AccTestCase *test_case;
  const char *name;
  guint timeout_s;
} CaseRun;

static void
run_case (gconstpointer data)
{
  const CaseRun *run = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *template = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      /* GTest forgets the fatal handler when a case starts: set here. */
      g_test_log_set_fatal_handler (on_fatal_log, NULL);
      run->test_case->func ();
      return;
    }

  template = g_strdup_printf ("accueil-test-%s-XXXXXX", run->name);
  dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "accueil.db", NULL);
  g_setenv ("ACCUEIL_DATABASE", path, TRUE);

  g_test_trap_subprocess (NULL, (guint64) run->timeout_s * acc_test_scale_ms (1000) * 1000,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);

  g_unsetenv ("ACCUEIL_DATABASE");
  remove_tree (dir);
  /* Not g_test_trap_assert_passed(): one failing case must not hide the
   * results of the others. What went wrong is in the child's stderr above. */
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s failed; its output is above", run->test_case->path);
}

void
acc_test_add_cases (const char        *name,
                    const AccTestCase *cases,
                    gsize              n_cases,
                    guint              timeout_s)
{
  /* Kept for the process's life, not freed by GLib after each case: a
   * case's subprocess runs that case alone, and GLib frees the data only of
   * the cases it runs; the others' would be leaked, which valgrind reports
   * (build-aux/dev test-valgrind). */
  static GPtrArray *runs = NULL;

  if (runs == NULL)
    runs = g_ptr_array_new ();
  for (gsize i = 0; i < n_cases; i++)
    {
      CaseRun *run = g_new (CaseRun, 1);

      run->test_case = &cases[i];
      run->name = name;
      run->timeout_s = timeout_s;
      g_ptr_array_add (runs, run);
      g_test_add_data_func (cases[i].path, run, run_case);
    }
}
