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
 * and removes the folder afterwards, whatever happened. How, and the other
 * helpers the widget tests share, is in acc-test-util.c.
 *
 * Run under tests/run-with-display.sh (Xvfb, D-Bus, GSK_RENDERER=cairo) with
 * GSETTINGS_SCHEMA_DIR pointing at the build folder's compiled schemas.
 */
#include "config.h"

#include <adwaita.h>

#include "acc-application.h"
#include "acc-book-view.h"
#include "acc-first-run-dialog.h"
#include "acc-inbox-pane.h"
#include "acc-phone-page.h"
#include "acc-test-util.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 20

/* Finding widgets -------------------------------------------------------- */

static gpointer
find_label (gpointer    root,
            const char *buildable_id)
{
  return acc_test_find_one (root, GTK_TYPE_LABEL, buildable_id);
}

/* The page a book (or the inbox) shows: "list" or "empty". */
static const char *
stack_page (gpointer view)
{
  GtkStack *stack = acc_test_find_one (view, GTK_TYPE_STACK, NULL);

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
  AdwViewStack *view_stack = acc_test_find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *page = adw_view_stack_get_child_by_name (view_stack, name);

  g_assert_nonnull (page);
  /* A tab is a book, or a page around one (Téléphone: banner, tools). */
  if (!ACC_IS_BOOK_VIEW (page))
    page = acc_test_find_one (page, ACC_TYPE_BOOK_VIEW, NULL);
  return ACC_BOOK_VIEW (page);
}

static char *
first_interaction_name (GListModel *model)
{
  g_autoptr(AccInteraction) first = NULL;

  if (acc_test_n_items (model) == 0)
    return NULL;
  first = g_list_model_get_item (model, 0);
  return g_strdup (acc_interaction_get_name (first));
}

/* Preparing databases through the core ----------------------------------- */

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
  role_row = acc_test_find_one (first_window, ADW_TYPE_COMBO_ROW, "role_row");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (organisation_error)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_error)));

  /* Start with both fields empty: nothing is saved, both errors say why. */
  gtk_widget_activate_action (GTK_WIDGET (first_window), "first-run.start", NULL);
  WAIT_UNTIL (acc_test_is_shown (organisation_error) && acc_test_is_shown (name_error), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (organisation_error), !=, "");
  g_assert_cmpstr (gtk_label_get_text (name_error), !=, "");
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == first_window);

  second = acc_test_open_repository ();
  g_assert_true (acc_repository_needs_setup (second));

  /* Fill both fields, choose Supervisor, and start. */
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (first_window, ADW_TYPE_ENTRY_ROW, "organisation_row")),
                         FIRST_RUN_ORGANISATION);
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (first_window, ADW_TYPE_ENTRY_ROW, "name_row")),
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
  g_assert_false (g_file_test (acc_test_database_path (), G_FILE_TEST_EXISTS));
  acc_test_run_application (NULL, first_run_body, NULL);
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

/* Whether @toolbar's buttons are all within its width, on more than one
 * row, none of their words cut with « … » (those of their closed popovers
 * aside). */
static gboolean
toolbar_wraps_whole (GtkWidget *toolbar)
{
  g_autoptr(GPtrArray) labels = acc_test_find_all (toolbar, GTK_TYPE_LABEL, NULL);
  gboolean wrapped = FALSE;
  guint n_shown = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (toolbar); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      /* Only a button alone on its row may be wider than the toolbar. */
      if (!gtk_widget_compute_bounds (child, toolbar, &bounds)
          || (bounds.origin.x > 0 && bounds.origin.x + bounds.size.width > gtk_widget_get_width (toolbar)))
        return FALSE;
      wrapped |= bounds.origin.y > 0;
    }
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;
      n_shown++;
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        return FALSE;
    }
  return wrapped && n_shown >= 3;
}

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
  g_assert_cmpuint (acc_test_n_items (phone_model), ==, 3);
  g_assert_cmpuint (acc_test_n_items (visit_model), ==, 2);
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
  g_assert_true (acc_test_is_shown (unread_label));

  /* Alt+2, then Alt+1. */
  view_stack = acc_test_find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "phone");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "visit") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (visit_book)), WAIT_MS);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "phone");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "phone") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (phone_book)), WAIT_MS);

  /* Ctrl+I: the inbox opens on the supervisor's two messages. */
  flap = acc_test_find_one (window, ADW_TYPE_FLAP, NULL);
  inbox = acc_test_find_one (window, ACC_TYPE_INBOX_PANE, NULL);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.inbox-visible", NULL);
  WAIT_UNTIL (adw_flap_get_reveal_flap (flap), WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (inbox)), WAIT_MS);
  g_assert_true (gtk_toggle_button_get_active (acc_test_find_one (window, GTK_TYPE_TOGGLE_BUTTON, "inbox_button")));
  g_assert_cmpuint (acc_test_n_items (acc_inbox_pane_get_model (inbox)), ==, 2);
  g_assert_cmpstr (stack_page (inbox), ==, "list");

  /* The tab, narrowed by the inbox, keeps every toolbar button's words
   * whole: the buttons that do not fit go to a second row. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 900, WAIT_MS);
  WAIT_UNTIL (toolbar_wraps_whole (acc_test_find_one (acc_test_find_one (window, ACC_TYPE_PHONE_PAGE, NULL),
                                                      G_TYPE_INVALID, "toolbar")),
              WAIT_MS);

  /* Another process logs a call: the book shows it without being asked. */
  second = acc_test_open_repository ();
  save_interaction (second, ACC_CHANNEL_PHONE, LATE_CALL, g_get_real_time (), staff->agent);
  WAIT_UNTIL (acc_test_n_items (acc_book_view_get_model (phone_book)) == 4, 3000);
  g_free (first_call);
  first_call = first_interaction_name (acc_book_view_get_model (phone_book));
  g_assert_cmpstr (first_call, ==, LATE_CALL);
  g_assert_cmpuint (acc_test_n_items (acc_book_view_get_model (visit_book)), ==, 2);

  /* …and forwards a message to the supervisor: the count goes up, and the
   * inbox lists it. */
  late_message = save_message (second, "Inès Robert", staff->agent, staff->supervisor);
  WAIT_UNTIL (label_reads (unread_label, "2"), 3000);
  g_assert_true (acc_test_is_shown (unread_label));
  WAIT_UNTIL (acc_test_n_items (acc_inbox_pane_get_model (inbox)) == 3, 3000);

  /* Ctrl+I again closes the inbox. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.inbox-visible", NULL);
  WAIT_UNTIL (!adw_flap_get_reveal_flap (flap), WAIT_MS);
}

static void
test_main_window (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccMessage) unread = NULL;
  g_autoptr(AccMessage) read = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "--staff", SUPERVISOR_NAME, NULL };
  gint64 now = g_get_real_time ();
  Staff staff;

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  staff.agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  staff.supervisor = acc_test_save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR, NULL, TRUE);

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

  acc_test_run_application (args, main_window_body, &staff);

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

  g_assert_cmpuint (acc_test_n_items (acc_book_view_get_model (visit_book)), ==, 0);
  g_assert_cmpstr (stack_page (visit_book), ==, "empty");
  /* The other book, with one call, lists it. */
  g_assert_cmpstr (stack_page (book_on_tab (window, "phone")), ==, "list");

  /* What the person sees on the tab is the empty state. */
  view_stack = acc_test_find_one (window, ADW_TYPE_VIEW_STACK, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "visit") == 0, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (acc_test_find_one (visit_book, ADW_TYPE_STATUS_PAGE, NULL)), WAIT_MS);
  g_assert_cmpstr (adw_status_page_get_title (acc_test_find_one (visit_book, ADW_TYPE_STATUS_PAGE, NULL)), !=, "");
}

static void
test_empty_book (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;

  acc_test_save_organisation (repository, "Mairie de Saint-Fons", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  save_interaction (repository, ACC_CHANNEL_PHONE, "Camille Durand", g_get_real_time (), agent);
  g_clear_object (&repository);

  acc_test_run_application (NULL, empty_book_body, NULL);
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
  WAIT_UNTIL (acc_test_some_label_contains (first_window, UNKNOWN_NAME), WAIT_MS);
}

static void
prepare_two_staff (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccStaffMember) supervisor = NULL;

  acc_test_save_organisation (repository, "Mairie de Saint-Fons", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  supervisor = acc_test_save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR, NULL, TRUE);
}

static void
test_unknown_staff_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *args[] = { "--staff", UNKNOWN_NAME, NULL };

  prepare_two_staff ();
  /* Whoever was at the desk last time (not the first in the list). */
  g_settings_set_string (settings, "current-staff", SUPERVISOR_NAME);
  acc_test_run_application (args, unknown_staff_body, (gpointer) SUPERVISOR_NAME);
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
  repository = acc_test_open_repository ();
  staff = acc_repository_list_staff (repository, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 2);
  first = g_list_model_get_item (staff, 0);
  g_clear_object (&repository);

  acc_test_run_application (args, unknown_staff_body, (gpointer) acc_staff_member_get_name (first));
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
  page = acc_test_find_one (first_window, ADW_TYPE_STATUS_PAGE, NULL);
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

  g_file_set_contents (acc_test_database_path (), NOT_A_DATABASE, -1, &error);
  g_assert_no_error (error);

  acc_test_run_application (NULL, not_a_database_body, NULL);

  g_file_get_contents (acc_test_database_path (), &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_length, NOT_A_DATABASE, strlen (NOT_A_DATABASE));
}

/* Each case in its own process, on its own temporary folder -------------- */

static const AccTestCase cases[] = {
  { "/window/first-run", test_first_run },
  { "/window/main-window", test_main_window },
  { "/window/empty-book", test_empty_book },
  { "/window/unknown-staff/remembered", test_unknown_staff_remembered },
  { "/window/unknown-staff/first", test_unknown_staff_first },
  { "/window/not-a-database", test_not_a_database },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("window", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
