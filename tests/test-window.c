/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c — the application's windows, driven in-process the way a
 * person drives them: the real AccApplication runs on a temporary database,
 * the test finds widgets by walking the tree from the window, acts through
 * the same actions as the keyboard shortcuts and buttons, and waits (never
 * sleeps) for the window to show the result.
 *
 * Each case runs in a subprocess of its own: GTK, the memory GSettings
 * backend and the application start fresh, and a warning or crash in one
 * case is reported as that case's failure. The parent makes the temporary
 * folder, passes the database path in ACCUEIL_DATABASE (as a person would),
 * and removes the folder afterwards, whatever happened.
 *
 * Run under tests/run-with-display.sh (Xvfb, D-Bus, GSK_RENDERER=cairo) with
 * GSETTINGS_SCHEMA_DIR pointing at the build folder's compiled schemas.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "acc-application.h"
#include "acc-book-view.h"
#include "acc-first-run-dialog.h"
#include "acc-inbox-pane.h"
#include "acc-window.h"

/* Generous: the app is expected to answer in far less (the repository is
 * watched every 500 ms); the limit only turns a hang into a failure. */
#define WAIT_MS 3000
#define CASE_TIMEOUT_S 20

#define HOUR_US (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

/* Waiting ---------------------------------------------------------------- */

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until @condition holds; fails the test if it does
 * not within @timeout_ms. Called from inside the application's main loop:
 * the windows keep drawing and the repository watch keeps running. */
#define WAIT_UNTIL(condition, timeout_ms)                                              \
  G_STMT_START {                                                                     \
    gboolean timed_out_ = FALSE;                                                     \
    guint timeout_id_ = g_timeout_add ((timeout_ms), set_flag, &timed_out_);          \
    while (!(condition))                                                             \
      {                                                                              \
        if (timed_out_)                                                              \
          g_error ("%s:%d: still false after %u ms: %s",                             \
                   __FILE__, __LINE__, (guint) (timeout_ms), #condition);             \
        g_main_context_iteration (NULL, TRUE);                                       \
      }                                                                              \
    if (!timed_out_)                                                                 \
      g_source_remove (timeout_id_);                                                 \
  } G_STMT_END

/* Finding widgets -------------------------------------------------------- */

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

/* Every descendant of @root (depth first, in child order) of @type (or any
 * type with G_TYPE_INVALID) and, unless NULL, with @buildable_id. */
static GPtrArray *
find_all (gpointer    root,
          GType       type,
          const char *buildable_id)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (root), type, buildable_id, found);
  return found;
}

/* The one descendant that matches; fails the test when there is none or
 * more than one, so that a changed layout is noticed, not guessed at. */
static gpointer
find_one (gpointer    root,
          GType       type,
          const char *buildable_id)
{
  g_autoptr(GPtrArray) found = find_all (root, type, buildable_id);

  if (found->len != 1)
    g_error ("Expected one %s%s%s in %s, found %u",
             type != G_TYPE_INVALID ? g_type_name (type) : "widget",
             buildable_id != NULL ? " with id " : "",
             buildable_id != NULL ? buildable_id : "",
             G_OBJECT_TYPE_NAME (root), found->len);
  return g_ptr_array_index (found, 0);
}

static gpointer
find_label (gpointer    root,
            const char *buildable_id)
{
  return find_one (root, GTK_TYPE_LABEL, buildable_id);
}

/* Whether some label under @root shows text containing @needle. */
static gboolean
some_label_contains (gpointer    root,
                     const char *needle)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), needle) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_shown (gpointer widget)
{
  return gtk_widget_get_visible (GTK_WIDGET (widget)) && gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* The page a book (or the inbox) shows: "list" or "empty". */
static const char *
stack_page (gpointer view)
{
  GtkStack *stack = find_one (view, GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (stack);
}

static gboolean
label_reads (GtkLabel   *label,
             const char *text)
{
  return g_strcmp0 (gtk_label_get_text (label), text) == 0;
}

/* The book view on tab @name ("phone" or "visit"). */
static AccBookView *
book_on_tab (AccWindow  *window,
             const char *name)
{
  AdwViewStack *view_stack = find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *page = adw_view_stack_get_child_by_name (view_stack, name);

  g_assert_nonnull (page);
  /* A tab is a book, or a page around one (Téléphone: banner, tools). */
  if (!ACC_IS_BOOK_VIEW (page))
    page = find_one (page, ACC_TYPE_BOOK_VIEW, NULL);
  return ACC_BOOK_VIEW (page);
}

static guint
n_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static char *
first_interaction_name (GListModel *model)
{
  g_autoptr(AccInteraction) first = NULL;

  if (n_items (model) == 0)
    return NULL;
  first = g_list_model_get_item (model, 0);
  return g_strdup (acc_interaction_get_name (first));
}

/* Running the application ------------------------------------------------ */

typedef void (*CaseBody) (AccApplication *app,
                          GtkWindow      *first_window,
                          gpointer        data);

typedef struct
{
  AccApplication *app;
  CaseBody body;
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

/* Runs the application as `accueil ARGS…` on $ACCUEIL_DATABASE, calls @body
 * once its first window is up, then quits it. */
static void
run_application (const char * const *args,
                 CaseBody            body,
                 gpointer            data)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GList *toplevels;
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
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (&run.first_window);
  g_clear_object (&run.app);
}

/* Preparing databases through the core ----------------------------------- */

static const char *
database_path (void)
{
  const char *path = g_getenv ("ACCUEIL_DATABASE");

  g_assert_nonnull (path);
  return path;
}

/* Another connection to the application's database: what another window
 * or accueil-cli would hold. */
static AccRepository *
open_second_repository (void)
{
  g_autoptr(GError) error = NULL;
  AccRepository *repository = acc_repository_open (database_path (), &error);

  g_assert_no_error (error);
  return repository;
}

static void
save_organisation (AccRepository *repository,
                   const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repository, &error);

  g_assert_no_error (error);
  acc_organisation_set_name (organisation, name);
  acc_repository_save_organisation (repository, organisation, &error);
  g_assert_no_error (error);
}

static AccStaffMember *
save_staff (AccRepository *repository,
            const char    *name,
            AccRole        role)
{
  g_autoptr(GError) error = NULL;
  AccStaffMember *member = acc_staff_member_new (name, role);

  acc_staff_member_set_active (member, TRUE);
  acc_repository_save_staff (repository, member, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (member), >, 0);
  return member;
}

static void
save_interaction (AccRepository  *repository,
                  AccChannel      channel,
                  const char     *name,
                  gint64          started_at,
                  AccStaffMember *by)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccInteraction) interaction = acc_interaction_new (channel);

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_staff_id (interaction, acc_staff_member_get_id (by));
  acc_interaction_set_reason (interaction, "Renseignement");
  acc_interaction_set_outcome (interaction, ACC_OUTCOME_ANSWERED);
  acc_repository_save_interaction (repository, interaction, NULL, &error);
  g_assert_no_error (error);
}

static AccMessage *
save_message (AccRepository  *repository,
              const char     *name,
              AccStaffMember *from,
              AccStaffMember *to)
{
  g_autoptr(GError) error = NULL;
  AccMessage *message = acc_message_new ();

  acc_message_set_name (message, name);
  acc_message_set_reason (message, "Demande de rappel");
  acc_message_set_taken_by_id (message, acc_staff_member_get_id (from));
  acc_message_set_recipient_id (message, acc_staff_member_get_id (to));
  acc_message_set_source (message, ACC_MESSAGE_SOURCE_CALL);
  acc_repository_save_message (repository, message, &error);
  g_assert_no_error (error);
  return message;
}

/* Case 1: first run ------------------------------------------------------ */

#define FIRST_RUN_ORGANISATION "Maison des Solidarités de Vénissieux"
#define FIRST_RUN_NAME "Zoé Lefèvre"

static void
first_run_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  g_autoptr(AccRepository) second = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remembered = NULL;
  GtkLabel *organisation_error, *name_error;
  AdwComboRow *role_row;
  GtkWindow *active;

  g_assert_true (ACC_IS_FIRST_RUN_DIALOG (first_window));

  organisation_error = find_label (first_window, "organisation_error");
  name_error = find_label (first_window, "name_error");
  role_row = find_one (first_window, ADW_TYPE_COMBO_ROW, "role_row");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (organisation_error)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_error)));

  /* Start with both fields empty: nothing is saved, both errors say why. */
  gtk_widget_activate_action (GTK_WIDGET (first_window), "first-run.start", NULL);
  WAIT_UNTIL (is_shown (organisation_error) && is_shown (name_error), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (organisation_error), !=, "");
  g_assert_cmpstr (gtk_label_get_text (name_error), !=, "");
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == first_window);

  second = open_second_repository ();
  g_assert_true (acc_repository_needs_setup (second));

  /* Fill both fields, choose Supervisor, and start. */
  gtk_editable_set_text (GTK_EDITABLE (find_one (first_window, ADW_TYPE_ENTRY_ROW, "organisation_row")),
                         FIRST_RUN_ORGANISATION);
  gtk_editable_set_text (GTK_EDITABLE (find_one (first_window, ADW_TYPE_ENTRY_ROW, "name_row")),
                         FIRST_RUN_NAME);
  adw_combo_row_set_selected (role_row, ACC_ROLE_SUPERVISOR);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (role_row)), ==, "Supervisor");
  gtk_widget_activate_action (GTK_WIDGET (first_window), "first-run.start", NULL);

  WAIT_UNTIL ((active = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL
              && ACC_IS_WINDOW (active) && gtk_widget_get_mapped (GTK_WIDGET (active)), WAIT_MS);
  /* The dialog is gone: the main window is the only one. */
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* Saved for everyone: another connection sees it. */
  g_assert_false (acc_repository_needs_setup (second));
  organisation = acc_repository_load_organisation (second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_organisation_get_name (organisation), ==, FIRST_RUN_ORGANISATION);
  member = acc_repository_find_staff_by_name (second, FIRST_RUN_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_role (member), ==, ACC_ROLE_SUPERVISOR);
  g_assert_true (acc_staff_member_get_active (member));

  /* Remembered for next time, and shown in the header now. */
  settings = g_settings_new (APPLICATION_ID);
  remembered = g_settings_get_string (settings, "current-staff");
  g_assert_cmpstr (remembered, ==, FIRST_RUN_NAME);
  g_assert_cmpstr (gtk_label_get_text (find_label (active, "staff_label")), ==, FIRST_RUN_NAME);
}

static void
test_first_run (void)
{
  g_assert_false (g_file_test (database_path (), G_FILE_TEST_EXISTS));
  run_application (NULL, first_run_body, NULL);
}

/* Case 2: the main window on a prepared database ------------------------- */

#define AGENT_NAME "Léa Moreau"
#define SUPERVISOR_NAME "Benoît Garnier"
#define NEWEST_CALL "Noémie Faure"
#define LATE_CALL "Théo Marchand"

typedef struct
{
  AccStaffMember *agent;
  AccStaffMember *supervisor;
} Staff;

static void
main_window_body (AccApplication *app,
                  GtkWindow      *first_window,
                  gpointer        data)
{
  Staff *staff = data;
  g_autoptr(AccRepository) second = NULL;
  g_autoptr(AccMessage) late_message = NULL;
  g_autofree char *first_call = NULL;
  AccWindow *window;
  AccBookView *phone_book, *visit_book;
  AccInboxPane *inbox;
  AdwViewStack *view_stack;
  AdwFlap *flap;
  GtkLabel *unread_label;
  GListModel *phone_model, *visit_model;

  g_assert_true (ACC_IS_WINDOW (first_window));
  window = ACC_WINDOW (first_window);

  /* --staff chose who is at the desk. */
  g_assert_cmpstr (gtk_label_get_text (find_label (window, "staff_label")), ==, SUPERVISOR_NAME);

  /* Both books, newest first. */
  phone_book = book_on_tab (window, "phone");
  visit_book = book_on_tab (window, "visit");
  phone_model = acc_book_view_get_model (phone_book);
  visit_model = acc_book_view_get_model (visit_book);
  g_assert_cmpuint (n_items (phone_model), ==, 3);
  g_assert_cmpuint (n_items (visit_model), ==, 2);
  first_call = first_interaction_name (phone_model);
  g_assert_cmpstr (first_call, ==, NEWEST_CALL);
  g_clear_pointer (&first_call, g_free);
  first_call = first_interaction_name (visit_model);
  g_assert_cmpstr (first_call, ==, "Yasmine Benali");
  g_assert_cmpstr (stack_page (phone_book), ==, "list");
  g_assert_cmpstr (stack_page (visit_book), ==, "list");

  /* One of the supervisor's two messages is unread. */
  unread_label = find_label (window, "unread_label");
  g_assert_cmpstr (gtk_label_get_text (unread_label), ==, "1");
  g_assert_true (is_shown (unread_label));

  /* Alt+2, then Alt+1. */
  view_stack = find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "phone");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "visit") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (visit_book)), WAIT_MS);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "phone");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "phone") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (phone_book)), WAIT_MS);

  /* Ctrl+I: the inbox opens on the supervisor's two messages. */
  flap = find_one (window, ADW_TYPE_FLAP, NULL);
  inbox = find_one (window, ACC_TYPE_INBOX_PANE, NULL);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.inbox-visible", NULL);
  WAIT_UNTIL (adw_flap_get_reveal_flap (flap), WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (inbox)), WAIT_MS);
  g_assert_true (gtk_toggle_button_get_active (find_one (window, GTK_TYPE_TOGGLE_BUTTON, "inbox_button")));
  g_assert_cmpuint (n_items (acc_inbox_pane_get_model (inbox)), ==, 2);
  g_assert_cmpstr (stack_page (inbox), ==, "list");

  /* Another process logs a call: the book shows it without being asked. */
  second = open_second_repository ();
  save_interaction (second, ACC_CHANNEL_PHONE, LATE_CALL, g_get_real_time (), staff->agent);
  WAIT_UNTIL (n_items (acc_book_view_get_model (phone_book)) == 4, 3000);
  first_call = first_interaction_name (acc_book_view_get_model (phone_book));
  g_assert_cmpstr (first_call, ==, LATE_CALL);
  g_assert_cmpuint (n_items (acc_book_view_get_model (visit_book)), ==, 2);

  /* …and forwards a message to the supervisor: the count goes up, and the
   * inbox lists it. */
  late_message = save_message (second, "Inès Robert", staff->agent, staff->supervisor);
  WAIT_UNTIL (label_reads (unread_label, "2"), 3000);
  g_assert_true (is_shown (unread_label));
  WAIT_UNTIL (n_items (acc_inbox_pane_get_model (inbox)) == 3, 3000);

  /* Ctrl+I again closes the inbox. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.inbox-visible", NULL);
  WAIT_UNTIL (!adw_flap_get_reveal_flap (flap), WAIT_MS);
}

static void
test_main_window (void)
{
  g_autoptr(AccRepository) repository = open_second_repository ();
  g_autoptr(AccMessage) unread = NULL;
  g_autoptr(AccMessage) read = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "--staff", SUPERVISOR_NAME, NULL };
  gint64 now = g_get_real_time ();
  Staff staff;

  save_organisation (repository, "Centre Social des Minguettes");
  staff.agent = save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION);
  staff.supervisor = save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR);

  /* Saved out of order: the book sorts them, not the insertion order. */
  save_interaction (repository, ACC_CHANNEL_PHONE, "Camille Durand", now - 5 * HOUR_US, staff.agent);
  save_interaction (repository, ACC_CHANNEL_PHONE, NEWEST_CALL, now - 1 * HOUR_US, staff.agent);
  save_interaction (repository, ACC_CHANNEL_PHONE, "Gérard Petit", now - 3 * HOUR_US, staff.agent);
  save_interaction (repository, ACC_CHANNEL_VISIT, "Hugo Lambert", now - 4 * HOUR_US, staff.agent);
  save_interaction (repository, ACC_CHANNEL_VISIT, "Yasmine Benali", now - 2 * HOUR_US, staff.agent);

  unread = save_message (repository, "Mathis Girard", staff.agent, staff.supervisor);
  read = save_message (repository, "Chloé Roux", staff.agent, staff.supervisor);
  acc_repository_set_message_status (repository, read, ACC_MESSAGE_STATUS_READ,
                                     acc_staff_member_get_id (staff.supervisor), NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (acc_repository_count_unread_messages (repository, acc_staff_member_get_id (staff.supervisor), NULL), ==, 1);
  g_clear_object (&repository);

  run_application (args, main_window_body, &staff);

  g_clear_object (&staff.agent);
  g_clear_object (&staff.supervisor);
}

/* Case 3: an empty book -------------------------------------------------- */

static void
empty_book_body (AccApplication *app,
                 GtkWindow      *first_window,
                 gpointer        data)
{
  AccWindow *window;
  AccBookView *visit_book;
  AdwViewStack *view_stack;

  g_assert_true (ACC_IS_WINDOW (first_window));
  window = ACC_WINDOW (first_window);
  visit_book = book_on_tab (window, "visit");

  g_assert_cmpuint (n_items (acc_book_view_get_model (visit_book)), ==, 0);
  g_assert_cmpstr (stack_page (visit_book), ==, "empty");
  /* The other book, with one call, lists it. */
  g_assert_cmpstr (stack_page (book_on_tab (window, "phone")), ==, "list");

  /* What the person sees on the tab is the empty state. */
  view_stack = find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "visit") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (find_one (visit_book, ADW_TYPE_STATUS_PAGE, NULL)), WAIT_MS);
  g_assert_cmpstr (adw_status_page_get_title (find_one (visit_book, ADW_TYPE_STATUS_PAGE, NULL)), !=, "");
}

static void
test_empty_book (void)
{
  g_autoptr(AccRepository) repository = open_second_repository ();
  g_autoptr(AccStaffMember) agent = NULL;

  save_organisation (repository, "Mairie de Saint-Fons");
  agent = save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION);
  save_interaction (repository, ACC_CHANNEL_PHONE, "Camille Durand", g_get_real_time (), agent);
  g_clear_object (&repository);

  run_application (NULL, empty_book_body, NULL);
}

/* Case 4: --staff names nobody known ------------------------------------- */

#define UNKNOWN_NAME "Personne Inconnue"

static void
unknown_staff_body (AccApplication *app,
                    GtkWindow      *first_window,
                    gpointer        data)
{
  const char *expected = data;

  g_assert_true (ACC_IS_WINDOW (first_window));
  g_assert_cmpstr (gtk_label_get_text (find_label (first_window, "staff_label")), ==, expected);
  g_assert_nonnull (acc_application_get_current_staff (app));
  g_assert_cmpstr (acc_staff_member_get_name (acc_application_get_current_staff (app)), ==, expected);
  /* The person is told that the name was not found. */
  WAIT_UNTIL (some_label_contains (first_window, UNKNOWN_NAME), WAIT_MS);
}

static void
prepare_two_staff (void)
{
  g_autoptr(AccRepository) repository = open_second_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccStaffMember) supervisor = NULL;

  save_organisation (repository, "Mairie de Saint-Fons");
  agent = save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION);
  supervisor = save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR);
}

static void
test_unknown_staff_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *args[] = { "--staff", UNKNOWN_NAME, NULL };

  prepare_two_staff ();
  /* Whoever was at the desk last time (not the first in the list). */
  g_settings_set_string (settings, "current-staff", SUPERVISOR_NAME);
  run_application (args, unknown_staff_body, (gpointer) SUPERVISOR_NAME);
}

static void
test_unknown_staff_first (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *remembered = g_settings_get_string (settings, "current-staff");
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(AccStaffMember) first = NULL;
  const char *args[] = { "--staff", UNKNOWN_NAME, NULL };

  prepare_two_staff ();
  g_assert_cmpstr (remembered, ==, "");

  /* Nobody remembered: the first active member, as the repository lists
   * them. */
  repository = open_second_repository ();
  staff = acc_repository_list_staff (repository, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 2);
  first = g_list_model_get_item (staff, 0);
  g_clear_object (&repository);

  run_application (args, unknown_staff_body, (gpointer) acc_staff_member_get_name (first));
}

/* Case 5: a file that is not a database ---------------------------------- */

#define NOT_A_DATABASE \
  "Liste des permanences — semaine 12\n" \
  "Lundi : Léa, Benoît\nMardi : Zoé\nMercredi : fermé l'après-midi\n" \
  "Ce fichier n'est pas une base de données et doit rester tel quel.\n"

static void
not_a_database_body (AccApplication *app,
                     GtkWindow      *first_window,
                     gpointer        data)
{
  AdwStatusPage *page;

  g_assert_false (ACC_IS_WINDOW (first_window));
  g_assert_false (ACC_IS_FIRST_RUN_DIALOG (first_window));
  page = find_one (first_window, ADW_TYPE_STATUS_PAGE, NULL);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)), WAIT_MS);
  g_assert_nonnull (adw_status_page_get_title (page));
  g_assert_cmpstr (adw_status_page_get_title (page), !=, "");
}

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize after_length = 0;

  g_file_set_contents (database_path (), NOT_A_DATABASE, -1, &error);
  g_assert_no_error (error);

  run_application (NULL, not_a_database_body, NULL);

  g_file_get_contents (database_path (), &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_length, NOT_A_DATABASE, strlen (NOT_A_DATABASE));
}

/* Each case in its own process, on its own temporary folder -------------- */

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
  const char *path;
  GTestFunc func;
} Case;

static const Case cases[] = {
  { "/window/first-run", test_first_run },
  { "/window/main-window", test_main_window },
  { "/window/empty-book", test_empty_book },
  { "/window/unknown-staff/remembered", test_unknown_staff_remembered },
  { "/window/unknown-staff/first", test_unknown_staff_first },
  { "/window/not-a-database", test_not_a_database },
};

static void
run_case (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      test_case->func ();
      return;
    }

  dir = g_dir_make_tmp ("accueil-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "accueil.db", NULL);
  g_setenv ("ACCUEIL_DATABASE", path, TRUE);

  g_test_trap_subprocess (NULL, CASE_TIMEOUT_S * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);

  g_unsetenv ("ACCUEIL_DATABASE");
  remove_tree (dir);
  /* Not g_test_trap_assert_passed(): one failing case must not hide the
   * results of the others. What went wrong is in the child's stderr above. */
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s failed; its output is above", test_case->path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Never the developer's own settings, whatever the caller set. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APPLICATION_ID, TRUE);
  if (schema == NULL)
    g_error ("The schema %s is not found: set GSETTINGS_SCHEMA_DIR to the build folder's data/", APPLICATION_ID);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("No display: run this test through tests/run-with-display.sh");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);

  return g_test_run ();
}
