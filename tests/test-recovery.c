/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c — the real application started on bad files (issue 9):
 * garbage bytes, a real database cut in the middle, one from a newer
 * Accueil, one it may not write. Each time the recovery window says why in
 * the sentence acc_open_problem_describe() gives, offers the buttons that
 * fit, and the file's SHA-256 is the same after as before. "Open the Last
 * Backup" lands in the main window on the backup's data, the damaged bytes
 * kept aside unchanged. Each case in a subprocess on its own database
 * (acc-test-util.h). Run under tests/run-with-display.sh. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "acc-application.h"
#include "acc-recovery-window.h"
#include "acc-test-util.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 60
#define ORGANISATION "Mairie de Sauvegarde"

static char *
checksum_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A database ready for the desk, closed and checkpointed, with many rows so
 * that cutting it in the middle cuts tables. */
static gboolean
save_staff (gpointer   user_data,
            GError   **error)
{
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Agent d’accueil numéro %03u", i);
      g_autoptr(AccStaffMember) member = acc_staff_member_new (name, ACC_ROLE_RECEPTION);

      if (!acc_repository_save_staff (user_data, member, error))
        return FALSE;
    }
  return TRUE;
}

static void
prepare_database (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;

  acc_test_save_organisation (repository, ORGANISATION, NULL);
  g_assert_true (acc_repository_run_in_transaction (repository, ACC_CHANGE_STAFF, save_staff, repository, &error));
  g_assert_no_error (error);
}

static char *
take_backup (void)
{
  g_autoptr(GError) error = NULL;
  char *taken = NULL;

  g_assert_true (acc_backup_take_daily (acc_test_database_path (), NULL, &taken, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (taken);
  return taken;
}

static void
truncate_database (void)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (acc_test_database_path (), &contents, &length, NULL));
  g_assert_cmpuint (length, >, 64 * 1024);
  g_assert_true (g_file_set_contents (acc_test_database_path (), contents, length / 2, NULL));
}

/* The recovery window's button named @name (gtk_widget_set_name()). */
static GtkWidget *
find_button (GtkWindow  *window,
             const char *name)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (window, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (buttons->pdata[i]), name) == 0)
      return buttons->pdata[i];
  g_error ("No button named %s", name);
  return NULL;
}

typedef struct
{
  AccOpenProblem problem;
  gboolean offers_backup;
} Expected;

static void
check_recovery_body (AccApplication *app,
                     GtkWindow      *first_window,
                     gpointer        data)
{
  const Expected *expected = data;
  AccRecoveryWindow *window;
  GtkWidget *open_backup;

  g_assert_true (ACC_IS_RECOVERY_WINDOW (first_window));
  window = ACC_RECOVERY_WINDOW (first_window);
  g_assert_null (acc_application_get_repository (app));
  g_assert_cmpint (acc_recovery_window_get_problem (window), ==, expected->problem);
  g_assert_cmpstr (acc_recovery_window_get_path (window), ==, acc_test_database_path ());

  /* The sentence, and the path below it. */
  g_assert_true (acc_test_shown_label_contains (window, acc_open_problem_describe (expected->problem)));
  g_assert_true (acc_test_shown_label_contains (window, acc_test_database_path ()));

  g_assert_true (acc_test_is_shown (find_button (first_window, "choose-file")));
  g_assert_true (acc_test_is_shown (find_button (first_window, "quit")));
  open_backup = find_button (first_window, "open-backup");
  if (expected->offers_backup)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = g_date_time_format (now, "%-d %B %Y");

      /* Found and checked on a worker thread; its date shown. */
      WAIT_UNTIL (acc_test_is_shown (open_backup), WAIT_MS);
      g_assert_true (acc_test_shown_label_contains (window, day));
    }
  else
    {
      acc_test_run_for (500);
      g_assert_false (acc_test_is_shown (open_backup));
    }

  /* Going back to root (test_read_only()), to clean up. */
  if (getuid () == 0 && geteuid () != 0)
    g_assert_cmpint (seteuid (0), ==, 0);
}

/* Starts the application on the prepared bad file and checks its bytes are
 * the same afterwards. */
static void
run_on_bad_file (const Expected *expected)
{
  g_autofree char *before = checksum_of (acc_test_database_path ());
  g_autofree char *after = NULL;

  acc_test_run_application (NULL, check_recovery_body, (gpointer) expected);
  after = checksum_of (acc_test_database_path ());
  g_assert_cmpstr (before, ==, after);
}

static void
test_garbage (void)
{
  Expected expected = { ACC_OPEN_PROBLEM_NOT_A_DATABASE, FALSE };
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 20000)
    g_string_append (text, "Ceci n’est pas une base de données. ");
  g_assert_true (g_file_set_contents (acc_test_database_path (), text->str, text->len, NULL));
  run_on_bad_file (&expected);
}

static void
test_truncated (void)
{
  Expected expected = { ACC_OPEN_PROBLEM_DAMAGED, TRUE };
  g_autofree char *backup = NULL;

  prepare_database ();
  backup = take_backup ();
  truncate_database ();
  run_on_bad_file (&expected);
}

/* A truncated file whose only backup is damaged too: no backup offered. */
static void
test_truncated_bad_backup (void)
{
  Expected expected = { ACC_OPEN_PROBLEM_DAMAGED, FALSE };
  g_autofree char *backup = NULL;

  prepare_database ();
  backup = take_backup ();
  g_assert_true (g_file_set_contents (backup, "abîmée", -1, NULL));
  truncate_database ();
  run_on_bad_file (&expected);
}

/* A newer version's file is fine: no backup replaces it, even if one
 * exists. */
static void
test_newer (void)
{
  Expected expected = { ACC_OPEN_PROBLEM_NEWER_VERSION, FALSE };
  g_autofree char *backup = NULL;
  sqlite3 *db = NULL;

  prepare_database ();
  backup = take_backup ();
  g_assert_cmpint (sqlite3_open (acc_test_database_path (), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  run_on_bad_file (&expected);
}

/* Root writes anything: the application gives up root's effective identity
 * once it is connected to its display and bus (at activate, before it opens
 * the database), and takes it back in the body. */
static gboolean
become_nobody (GSignalInvocationHint *hint,
               guint                  n_params,
               const GValue          *params,
               gpointer               data)
{
  if (geteuid () == 0)
    g_assert_cmpint (seteuid (65534), ==, 0);
  return FALSE;
}

static void
test_read_only (void)
{
  Expected expected = { ACC_OPEN_PROBLEM_READ_ONLY, FALSE };
  g_autofree char *folder = g_path_get_dirname (acc_test_database_path ());
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GTypeClass) klass = g_type_class_ref (ACC_TYPE_APPLICATION);
  guint signal_id = g_signal_lookup ("activate", G_TYPE_APPLICATION);

  prepare_database ();
  g_assert_cmpint (g_chmod (acc_test_database_path (), 0444), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  before = checksum_of (acc_test_database_path ());

  g_signal_add_emission_hook (signal_id, 0, become_nobody, NULL, NULL);
  acc_test_run_application (NULL, check_recovery_body, &expected);
  g_assert_cmpint (geteuid (), ==, getuid ());

  after = checksum_of (acc_test_database_path ());
  g_assert_cmpstr (before, ==, after);
  g_chmod (folder, 0700);
}

static gboolean
is_damaged_copy (const char *name)
{
  return g_str_has_prefix (name, "accueil.db.damaged-")
         && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm");
}

static void
open_backup_body (AccApplication *app,
                  GtkWindow      *first_window,
                  gpointer        data)
{
  const char *damaged_sum = data;
  g_autofree char *folder = g_path_get_dirname (acc_test_database_path ());
  g_autoptr(GDir) dir = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *open_backup = find_button (first_window, "open-backup");
  const char *name;
  guint n_damaged = 0;

  WAIT_UNTIL (acc_test_is_shown (open_backup), WAIT_MS);
  gtk_widget_activate (open_backup);

  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_WINDOW), WAIT_MS);
  g_assert_null (acc_test_app_window (app, ACC_TYPE_RECOVERY_WINDOW));

  /* The main window is on the backup's data, at the original path. */
  g_assert_nonnull (acc_application_get_repository (app));
  g_assert_cmpstr (acc_repository_get_path (acc_application_get_repository (app)), ==, acc_test_database_path ());
  organisation = acc_repository_load_organisation (acc_application_get_repository (app), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_organisation_get_name (organisation), ==, ORGANISATION);

  /* The damaged bytes, aside and unchanged. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_damaged_copy (name))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_autofree char *sum = checksum_of (path);

        g_assert_cmpstr (sum, ==, damaged_sum);
        n_damaged++;
      }
  g_assert_cmpuint (n_damaged, ==, 1);
}

static void
test_open_last_backup (void)
{
  g_autofree char *backup = NULL;
  g_autofree char *damaged_sum = NULL;

  prepare_database ();
  backup = take_backup ();
  truncate_database ();
  damaged_sum = checksum_of (acc_test_database_path ());

  acc_test_run_application (NULL, open_backup_body, damaged_sum);
}

/* "Choose Another File…" opens a file chooser for the recovery window;
 * cancelling it changes nothing. What its Open button does,
 * acc_application_open_database(), is then called as it would be: another
 * bad file brings a recovery window for that file, replacing the first; a
 * sound one opens in the main window. (GTK's own chooser dialog selects a
 * file typed in only through its internals, so the test does not drive
 * it.) */
static void
choose_file_body (AccApplication *app,
                  GtkWindow      *first_window,
                  gpointer        data)
{
  const char *other_path = data;
  g_autofree char *folder = g_path_get_dirname (other_path);
  g_autofree char *garbage = g_build_filename (folder, "garbage.db", NULL);
  GtkFileChooserDialog *chooser = NULL;
  AccRecoveryWindow *second;

  g_assert_true (ACC_IS_RECOVERY_WINDOW (first_window));
  gtk_widget_activate (find_button (first_window, "choose-file"));
  WAIT_UNTIL ((chooser = acc_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL, WAIT_MS);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == first_window);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  WAIT_UNTIL (chooser == NULL || !acc_test_is_shown (chooser), WAIT_MS);
  if (chooser != NULL)
    g_object_remove_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  g_assert_null (acc_application_get_repository (app));
  g_assert_true (acc_test_app_window (app, ACC_TYPE_RECOVERY_WINDOW) == (gpointer) first_window);

  g_assert_true (g_file_set_contents (garbage, "pas une base non plus", -1, NULL));
  acc_application_open_database (app, garbage);
  second = acc_test_app_window (app, ACC_TYPE_RECOVERY_WINDOW);
  g_assert_nonnull (second);
  g_assert_cmpstr (acc_recovery_window_get_path (second), ==, garbage);

  acc_application_open_database (app, other_path);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_WINDOW), WAIT_MS);
  g_assert_null (acc_test_app_window (app, ACC_TYPE_RECOVERY_WINDOW));
  g_assert_cmpstr (acc_repository_get_path (acc_application_get_repository (app)), ==, other_path);
}

static void
test_choose_another_file (void)
{
  g_autofree char *folder = g_path_get_dirname (acc_test_database_path ());
  g_autofree char *other_path = g_build_filename (folder, "autre.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  prepare_database ();
  g_assert_true (acc_backup_copy_file (acc_test_database_path (), other_path, FALSE, NULL, NULL, NULL, NULL));
  g_assert_true (g_file_set_contents (acc_test_database_path (), "rien d’utile", -1, NULL));
  before = checksum_of (acc_test_database_path ());

  acc_test_run_application (NULL, choose_file_body, other_path);
  after = checksum_of (acc_test_database_path ());
  g_assert_cmpstr (before, ==, after);
}

/* Restoring while running ----------------------------------------------- */

#define MANAGER "Claire Directrice"
#define AFTER_BACKUP "Mairie Renommée Après la Sauvegarde"

/* A backup, then changes made after it. */
static void
prepare_changes_after_backup (void)
{
  g_autofree char *backup = NULL;

  prepare_database ();
  {
    g_autoptr(AccRepository) repository = acc_test_open_repository ();
    g_autoptr(AccStaffMember) manager = acc_test_save_staff (repository, MANAGER, ACC_ROLE_MANAGER, NULL, TRUE);
  }
  backup = take_backup ();
  {
    g_autoptr(AccRepository) repository = acc_test_open_repository ();
    g_autoptr(AccStaffMember) later = acc_test_save_staff (repository, "Arrivée Après la Sauvegarde",
                                                           ACC_ROLE_RECEPTION, NULL, TRUE);
    acc_test_save_organisation (repository, AFTER_BACKUP, NULL);
  }
}

static const char *
window_subtitle (GtkWindow *window)
{
  return adw_view_switcher_title_get_subtitle (acc_test_find_one (window, ADW_TYPE_VIEW_SWITCHER_TITLE, NULL));
}

static char *
find_before_restore_copy (void)
{
  g_autofree char *folder = g_path_get_dirname (acc_test_database_path ());
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "accueil.db.before-restore-")
        && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

/* Clicks the dialog's button as a person does (the dialog then closes). */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      {
        g_signal_emit_by_name (buttons->pdata[i], "clicked");
        return;
      }
  g_error ("No button %s in the dialog", label);
}

static void
restore_body (AccApplication *app,
              GtkWindow      *first_window,
              gpointer        data)
{
  AccRepository *repository = acc_application_get_repository (app);
  g_autoptr(AccStaffMember) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  AdwMessageDialog *dialog = NULL;

  g_assert_true (ACC_IS_WINDOW (first_window));
  g_assert_cmpstr (window_subtitle (first_window), ==, AFTER_BACKUP);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "restore-backup"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup", NULL);
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  /* Today's copy, the only one, is listed and chosen. */
  rows = acc_test_find_all (dialog, ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  click_response (dialog, g_dgettext (GETTEXT_PACKAGE, "_Restore"));

  /* The window reloads on the backup's data. */
  WAIT_UNTIL (g_strcmp0 (window_subtitle (first_window), ORGANISATION) == 0, WAIT_MS);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  gone = acc_repository_find_staff_by_name (repository, "Arrivée Après la Sauvegarde", &error);
  g_assert_null (gone);
  g_clear_error (&error);

  /* The data replaced is kept aside, whole. */
  aside = find_before_restore_copy ();
  g_assert_nonnull (aside);
  {
    g_autoptr(AccRepository) kept = acc_repository_open (aside, &error);
    g_autoptr(AccOrganisation) organisation = NULL;
    g_autoptr(AccStaffMember) later = NULL;

    g_assert_no_error (error);
    organisation = acc_repository_load_organisation (kept, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (acc_organisation_get_name (organisation), ==, AFTER_BACKUP);
    later = acc_repository_find_staff_by_name (kept, "Arrivée Après la Sauvegarde", &error);
    g_assert_no_error (error);
    g_assert_nonnull (later);
  }
}

static void
test_restore_while_running (void)
{
  const char *args[] = { "--staff", MANAGER, NULL };

  prepare_changes_after_backup ();
  acc_test_run_application (args, restore_body, NULL);
}

static void
not_manager_body (AccApplication *app,
                  GtkWindow      *first_window,
                  gpointer        data)
{
  g_assert_true (ACC_IS_WINDOW (first_window));
  g_assert_cmpint (acc_staff_member_get_role (acc_application_get_current_staff (app)), ==, ACC_ROLE_RECEPTION);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "restore-backup"));
}

static void
test_restore_managers_only (void)
{
  const char *args[] = { "--staff", "Agent d’accueil numéro 001", NULL };

  prepare_changes_after_backup ();
  acc_test_run_application (args, not_manager_body, NULL);
}

static const AccTestCase cases[] = {
  { "/recovery/garbage", test_garbage },
  { "/recovery/truncated", test_truncated },
  { "/recovery/truncated-bad-backup", test_truncated_bad_backup },
  { "/recovery/newer", test_newer },
  { "/recovery/read-only", test_read_only },
  { "/recovery/open-last-backup", test_open_last_backup },
  { "/recovery/choose-another-file", test_choose_another_file },
  { "/recovery/restore-while-running", test_restore_while_running },
  { "/recovery/restore-managers-only", test_restore_managers_only },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("recovery", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
