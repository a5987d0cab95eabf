/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-preferences.c — the preferences window and the "who is at the desk"
 * menu, driven in-process: the real AccApplication on a temporary database,
 * the window opened with app.preferences (Ctrl+,), fields typed into as
 * GTK would, and what is stored read back through a second connection,
 * as another window or accueil-cli would see it.
 *
 * Each case runs in a subprocess of its own (acc-test-util.h). Run under
 * tests/run-with-display.sh with GSETTINGS_SCHEMA_DIR pointing at the build
 * folder's compiled schemas.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "acc-application.h"
#include "acc-interaction-form.h"
#include "acc-preferences-window.h"
#include "acc-test-util.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 40

#define ORGANISATION_NAME "Aide à Domicile de Touraine"
#define MANAGER_NAME "Martine Leroy"
#define AGENT_NAME "Léa Moreau"
#define SUPERVISOR_NAME "Benoît Garnier"

/* Preparing the database ------------------------------------------------- */

static void
prepare (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) manager = NULL;
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccStaffMember) supervisor = NULL;

  acc_test_save_organisation (repository, ORGANISATION_NAME, NULL);
  manager = acc_test_save_staff (repository, MANAGER_NAME, ACC_ROLE_MANAGER, NULL, TRUE);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  supervisor = acc_test_save_staff (repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR, "0611223344", TRUE);
}

static AccOrganisation *
stored_organisation (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;
  AccOrganisation *organisation = acc_repository_load_organisation (repository, &error);

  g_assert_no_error (error);
  return organisation;
}

static AccStaffMember *
stored_staff (const char *name)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();

  return acc_repository_find_staff_by_name (repository, name, NULL);
}

static char *
stored_name (void)
{
  g_autoptr(AccOrganisation) organisation = stored_organisation ();

  return g_strdup (acc_organisation_get_name (organisation));
}

static gboolean
stored_string_is (const char *property,
                  const char *expected)
{
  g_autoptr(AccOrganisation) organisation = stored_organisation ();
  g_autofree char *value = NULL;

  g_object_get (organisation, property, &value, NULL);
  return g_strcmp0 (value, expected) == 0;
}

static guint
stored_uint (const char *property)
{
  g_autoptr(AccOrganisation) organisation = stored_organisation ();
  guint value = 0;

  g_object_get (organisation, property, &value, NULL);
  return value;
}

static GListModel *
stored_ranges (AccScheduleKind kind)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();

  return acc_repository_list_schedule (repository, kind, NULL);
}

static guint
n_stored_ranges (AccScheduleKind kind)
{
  g_autoptr(GListModel) ranges = stored_ranges (kind);

  return acc_test_n_items (ranges);
}

static guint
n_stored_closures (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GListModel) closures = acc_repository_list_closures (repository, NULL);

  return acc_test_n_items (closures);
}

static char *
stored_reasons (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_auto(GStrv) reasons = acc_repository_list_reasons (repository, NULL);

  return g_strjoinv ("|", reasons);
}

/* The window ------------------------------------------------------------- */

static AccPreferencesWindow *
open_preferences (AccApplication *app)
{
  AccPreferencesWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_PREFERENCES_WINDOW), WAIT_MS);
  window = acc_test_app_window (app, ACC_TYPE_PREFERENCES_WINDOW);
  /* Ctrl+, is what opens it from the keyboard. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
    g_assert_cmpstr (accels[0], ==, "<Control>comma");
  }
  return window;
}

static gpointer
field (gpointer    root,
       const char *id)
{
  return acc_test_find_one (root, G_TYPE_INVALID, id);
}

static void
type_text (gpointer    root,
           const char *id,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (root, id)), text);
}

static gboolean
label_shows (GtkLabel *label,
             const char *needle)
{
  return acc_test_is_shown (label) && strstr (gtk_label_get_text (label), needle) != NULL;
}

static const char *
preview_text (gpointer    window,
              const char *id)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (field (window, id)));
}

static void
run_as (const char     *staff,
        AccTestAppBody  body)
{
  const char *args[] = { "--staff", staff, NULL };

  prepare ();
  acc_test_run_application (args, body, NULL);
}

/* Organisation, greetings, deadline and retention: each saved at once and
 * shown again when the window reopens. */
static void
organisation_body (AccApplication *app,
                   GtkWindow      *main_window,
                   gpointer        data)
{
  AccPreferencesWindow *window = open_preferences (app);
  AdwViewSwitcherTitle *title = acc_test_find_one (main_window, ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);

  g_assert_false (acc_preferences_window_get_read_only (window));
  g_assert_cmpstr (gtk_editable_get_text (field (window, "name_row")), ==, ORGANISATION_NAME);

  type_text (window, "name_row", "Services à la Personne du Cher");
  /* Not on every keystroke: once the typing rests. */
  {
    g_autofree char *before = stored_name ();
    g_assert_cmpstr (before, ==, ORGANISATION_NAME);
  }
  WAIT_UNTIL (({ g_autofree char *n = stored_name (); g_strcmp0 (n, "Services à la Personne du Cher") == 0; }), WAIT_MS);
  /* The main window's subtitle follows. */
  WAIT_UNTIL (g_strcmp0 (adw_view_switcher_title_get_subtitle (title), "Services à la Personne du Cher") == 0, WAIT_MS);

  type_text (window, "address_row", "12 rue Nationale, 18000 Bourges");
  type_text (window, "phone_row", "02 48 12 34 56");
  type_text (window, "email_row", "accueil@sap-cher.fr");
  type_text (window, "website_row", "https://sap-cher.fr");
  type_text (window, "phone_greeting_row", "{organisation}, {agent} à votre écoute, bonjour !");
  type_text (window, "visit_greeting_row", "Bienvenue, je suis {agent}");
  gtk_spin_button_set_value (field (window, "deadline_spin"), 24);
  gtk_spin_button_set_value (field (window, "retention_spin"), 60);

  /* The live previews name the organisation as typed and the person at the desk. */
  g_assert_cmpstr (preview_text (window, "phone_preview_row"), ==,
                   "Services à la Personne du Cher, " MANAGER_NAME " à votre écoute, bonjour !");
  g_assert_cmpstr (preview_text (window, "visit_preview_row"), ==, "Bienvenue, je suis " MANAGER_NAME);

  WAIT_UNTIL (stored_string_is ("address", "12 rue Nationale, 18000 Bourges")
              && stored_string_is ("phone", "+33248123456")
              && stored_string_is ("email", "accueil@sap-cher.fr")
              && stored_string_is ("website", "https://sap-cher.fr")
              && stored_string_is ("phone-greeting", "{organisation}, {agent} à votre écoute, bonjour !")
              && stored_string_is ("visit-greeting", "Bienvenue, je suis {agent}")
              && stored_uint ("message-deadline-hours") == 24
              && stored_uint ("retention-months") == 60,
              WAIT_MS);

  /* Closed and opened again: what was saved is shown. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_PREFERENCES_WINDOW) == NULL, WAIT_MS);
  window = open_preferences (app);
  g_assert_cmpstr (gtk_editable_get_text (field (window, "name_row")), ==, "Services à la Personne du Cher");
  g_assert_cmpstr (gtk_editable_get_text (field (window, "phone_row")), ==, "02 48 12 34 56");
  g_assert_cmpstr (gtk_editable_get_text (field (window, "email_row")), ==, "accueil@sap-cher.fr");
  g_assert_cmpstr (gtk_editable_get_text (field (window, "phone_greeting_row")), ==,
                   "{organisation}, {agent} à votre écoute, bonjour !");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (field (window, "deadline_spin")), ==, 24);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (field (window, "retention_spin")), ==, 60);

  /* Typed and closed at once: closing saves what waited. */
  type_text (window, "website_row", "https://www.sap-cher.fr");
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (stored_string_is ("website", "https://www.sap-cher.fr"));
}

static void
test_organisation (void)
{
  run_as (MANAGER_NAME, organisation_body);
}

/* A wrong phone number, e-mail or time shows its error next to the field
 * and stores nothing; corrected, it is stored. */
static void
invalid_body (AccApplication *app,
              GtkWindow      *main_window,
              gpointer        data)
{
  AccPreferencesWindow *window = open_preferences (app);
  GtkLabel *phone_error = field (window, "phone_error");
  GtkLabel *email_error = field (window, "email_error");
  GtkLabel *name_error = field (window, "name_error");
  GtkWidget *range_error, *start, *end;
  g_autoptr(GListModel) ranges = NULL;
  g_autoptr(AccScheduleRange) range = NULL;

  type_text (window, "phone_row", "02 48 12");
  WAIT_UNTIL (label_shows (phone_error, " "), WAIT_MS);
  g_assert_true (gtk_widget_has_css_class (field (window, "phone_row"), "error"));
  type_text (window, "email_row", "accueil.sap-cher.fr");
  WAIT_UNTIL (label_shows (email_error, " "), WAIT_MS);
  type_text (window, "name_row", "  ");
  WAIT_UNTIL (label_shows (name_error, " "), WAIT_MS);
  acc_test_run_for (ACC_PREFERENCES_SAVE_DELAY_MS);
  g_assert_true (stored_string_is ("phone", NULL));
  g_assert_true (stored_string_is ("email", NULL));
  g_assert_true (stored_string_is ("name", ORGANISATION_NAME));

  /* Typing again clears the error until the next check. */
  type_text (window, "phone_row", "02 48 12 34 56");
  g_assert_false (acc_test_is_shown (phone_error));
  WAIT_UNTIL (stored_string_is ("phone", "+33248123456"), WAIT_MS);
  g_assert_false (acc_test_is_shown (phone_error));

  /* A time range: Monday's phone slot. */
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "hours");
  {
    g_autoptr(GPtrArray) adds = acc_test_find_all (window, GTK_TYPE_BUTTON, "range_add");
    /* Phone slots first, Monday first. */
    g_signal_emit_by_name (g_ptr_array_index (adds, 0), "clicked");
  }
  WAIT_UNTIL (n_stored_ranges (ACC_SCHEDULE_PHONE_SLOT) == 1, WAIT_MS);
  ranges = stored_ranges (ACC_SCHEDULE_PHONE_SLOT);
  range = g_list_model_get_item (ranges, 0);
  g_assert_cmpuint (acc_schedule_range_get_weekday (range), ==, 1);
  g_assert_cmpuint (acc_schedule_range_get_start_minute (range), ==, 9 * 60);
  g_assert_cmpuint (acc_schedule_range_get_end_minute (range), ==, 12 * 60);

  start = field (window, "range_start");
  end = field (window, "range_end");
  range_error = field (window, "range_error");
  gtk_editable_set_text (GTK_EDITABLE (start), "25:99");
  WAIT_UNTIL (label_shows (GTK_LABEL (range_error), " "), WAIT_MS);
  gtk_editable_set_text (GTK_EDITABLE (start), "13:00");
  WAIT_UNTIL (label_shows (GTK_LABEL (range_error), " "), WAIT_MS);
  acc_test_run_for (ACC_PREFERENCES_SAVE_DELAY_MS);
  g_clear_object (&range);
  g_clear_object (&ranges);
  ranges = stored_ranges (ACC_SCHEDULE_PHONE_SLOT);
  range = g_list_model_get_item (ranges, 0);
  g_assert_cmpuint (acc_schedule_range_get_start_minute (range), ==, 9 * 60);

  gtk_editable_set_text (GTK_EDITABLE (start), "8h30");
  gtk_editable_set_text (GTK_EDITABLE (end), "12:15");
  WAIT_UNTIL (({ g_autoptr(GListModel) r = stored_ranges (ACC_SCHEDULE_PHONE_SLOT);
                 g_autoptr(AccScheduleRange) first = g_list_model_get_item (r, 0);
                 acc_schedule_range_get_start_minute (first) == 8 * 60 + 30
                 && acc_schedule_range_get_end_minute (first) == 12 * 60 + 15; }), WAIT_MS);
  g_assert_false (acc_test_is_shown (range_error));

  /* Removed. */
  g_signal_emit_by_name (field (window, "range_remove"), "clicked");
  WAIT_UNTIL (n_stored_ranges (ACC_SCHEDULE_PHONE_SLOT) == 0, WAIT_MS);
}

static void
test_invalid (void)
{
  run_as (MANAGER_NAME, invalid_body);
}

/* Reasons, staff and closures: added, changed, reordered, removed. */
static void
lists_body (AccApplication *app,
            GtkWindow      *main_window,
            gpointer        data)
{
  AccPreferencesWindow *window = open_preferences (app);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(AccStaffMember) supervisor = NULL;
  g_autoptr(AccStaffMember) added = NULL;
  GtkWidget *row = NULL;

  /* Reasons */
  type_text (window, "new_reason_row", "Renseignement");
  g_signal_emit_by_name (field (window, "new_reason_row"), "apply");
  type_text (window, "new_reason_row", "Devis");
  g_signal_emit_by_name (field (window, "new_reason_row"), "apply");
  type_text (window, "new_reason_row", "Réclamation");
  g_signal_emit_by_name (field (window, "new_reason_row"), "apply");
  {
    g_autofree char *reasons = stored_reasons ();
    g_assert_cmpstr (reasons, ==, "Renseignement|Devis|Réclamation");
  }
  g_assert_cmpstr (gtk_editable_get_text (field (window, "new_reason_row")), ==, "");

  /* "Move “Réclamation” up" */
  buttons = acc_test_find_all (window, GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i));

      if (tooltip != NULL && strstr (tooltip, "Réclamation") != NULL && g_str_has_prefix (tooltip, "Move")
          && strstr (tooltip, "up") != NULL)
        {
          /* The list is rebuilt: the other buttons are gone. */
          g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
          break;
        }
    }
  {
    g_autofree char *reasons = stored_reasons ();
    g_assert_cmpstr (reasons, ==, "Renseignement|Réclamation|Devis");
  }
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = acc_test_find_all (window, GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (tooltip, "Remove “Devis”") == 0)
        {
          g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
          break;
        }
    }
  {
    g_autofree char *reasons = stored_reasons ();
    g_assert_cmpstr (reasons, ==, "Renseignement|Réclamation");
  }

  /* Staff: a new member, their phone, role and deactivation. */
  type_text (window, "new_staff_row", "Chloé Martin");
  g_signal_emit_by_name (field (window, "new_staff_row"), "apply");
  added = stored_staff ("Chloé Martin");
  g_assert_nonnull (added);
  g_assert_cmpint (acc_staff_member_get_role (added), ==, ACC_ROLE_RECEPTION);
  g_assert_true (acc_staff_member_get_active (added));

  {
    g_autoptr(GPtrArray) phones = acc_test_find_all (window, ADW_TYPE_ENTRY_ROW, "staff_phone");
    g_autoptr(GPtrArray) names = acc_test_find_all (window, ADW_TYPE_ENTRY_ROW, "staff_name");

    for (guint i = 0; i < names->len; i++)
      if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (names, i)), SUPERVISOR_NAME) == 0)
        row = g_ptr_array_index (phones, i);
    g_assert_nonnull (row);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "06 11 22 33 44");
    gtk_editable_set_text (GTK_EDITABLE (row), "07 55 44 33 22");
    WAIT_UNTIL (({ g_autoptr(AccStaffMember) m = stored_staff (SUPERVISOR_NAME);
                   g_strcmp0 (acc_staff_member_get_phone (m), "+33755443322") == 0; }), WAIT_MS);

    /* A wrong number is refused next to the field. */
    gtk_editable_set_text (GTK_EDITABLE (row), "0755");
    acc_test_run_for (ACC_PREFERENCES_SAVE_DELAY_MS * 2);
    g_assert_true (gtk_widget_has_css_class (row, "error"));
    supervisor = stored_staff (SUPERVISOR_NAME);
    g_assert_cmpstr (acc_staff_member_get_phone (supervisor), ==, "+33755443322");
    gtk_editable_set_text (GTK_EDITABLE (row), "07 55 44 33 22");
    acc_preferences_window_flush (window);
  }
  {
    g_autoptr(GPtrArray) roles = acc_test_find_all (window, ADW_TYPE_COMBO_ROW, "staff_role");
    g_autoptr(GPtrArray) switches = acc_test_find_all (window, GTK_TYPE_SWITCH, "staff_active");
    g_autoptr(GPtrArray) names = acc_test_find_all (window, ADW_TYPE_ENTRY_ROW, "staff_name");
    g_autoptr(AccStaffMember) chloe = NULL;

    for (guint i = 0; i < names->len; i++)
      if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (names, i)), "Chloé Martin") == 0)
        {
          adw_combo_row_set_selected (g_ptr_array_index (roles, i), ACC_ROLE_SUPERVISOR);
          gtk_switch_set_active (g_ptr_array_index (switches, i), FALSE);
        }
    chloe = stored_staff ("Chloé Martin");
    g_assert_cmpint (acc_staff_member_get_role (chloe), ==, ACC_ROLE_SUPERVISOR);
    g_assert_false (acc_staff_member_get_active (chloe));
  }

  /* The header bar's menu lists the active staff only. */
  {
    GtkMenuButton *button = acc_test_find_one (main_window, GTK_TYPE_MENU_BUTTON, "staff_button");
    GMenuModel *menu = gtk_menu_button_get_menu_model (button);
    GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);

    g_assert_cmpint (g_menu_model_get_n_items (section), ==, 3);
    g_object_unref (section);
  }

  /* Closures */
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "hours");
  type_text (window, "closure_first_row", "32/05/2026");
  g_signal_emit_by_name (field (window, "closure_add_button"), "clicked");
  g_assert_true (label_shows (field (window, "closure_error"), " "));
  g_assert_cmpuint (n_stored_closures (), ==, 0);
  type_text (window, "closure_first_row", "01/05/2026");
  type_text (window, "closure_label_row", "Fête du Travail");
  g_signal_emit_by_name (field (window, "closure_add_button"), "clicked");
  g_assert_cmpuint (n_stored_closures (), ==, 1);
  g_assert_false (acc_test_is_shown (field (window, "closure_error")));
  g_assert_true (acc_test_some_label_contains (window, "Fête du Travail"));
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = acc_test_find_all (window, GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (tooltip, "Remove the closure “Fête du Travail”") == 0)
        {
          g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
          break;
        }
    }
  g_assert_cmpuint (n_stored_closures (), ==, 0);
}

static void
test_lists (void)
{
  run_as (MANAGER_NAME, lists_body);
}

/* What another process changes shows up in the open window. */
static void
other_connection_body (AccApplication *app,
                       GtkWindow      *main_window,
                       gpointer        data)
{
  AccPreferencesWindow *window = open_preferences (app);
  g_autoptr(AccRepository) other = acc_test_open_repository ();
  g_autoptr(AccStaffMember) newcomer = NULL;
  g_autoptr(AccScheduleRange) range = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 3, 14 * 60, 17 * 60);
  g_autoptr(GError) error = NULL;

  acc_test_save_organisation (other, "Entraide du Loiret", "{organisation} : {agent}, bonjour");
  g_assert_true (acc_repository_add_reason (other, "Dépôt de dossier", &error));
  newcomer = acc_test_save_staff (other, "Hugo Petit", ACC_ROLE_RECEPTION, NULL, TRUE);
  g_assert_true (acc_repository_save_schedule_range (other, range, &error));
  g_assert_no_error (error);

  WAIT_UNTIL (g_strcmp0 (gtk_editable_get_text (field (window, "name_row")), "Entraide du Loiret") == 0, WAIT_MS);
  WAIT_UNTIL (g_strcmp0 (preview_text (window, "phone_preview_row"), "Entraide du Loiret : " MANAGER_NAME ", bonjour") == 0,
              WAIT_MS);
  WAIT_UNTIL (acc_test_some_label_contains (window, "Dépôt de dossier"), WAIT_MS);
  WAIT_UNTIL (acc_test_some_label_contains (window, "Hugo Petit"), WAIT_MS);
  WAIT_UNTIL (acc_test_some_label_contains (window, "14:00–17:00"), WAIT_MS);
}

static void
test_other_connection (void)
{
  run_as (MANAGER_NAME, other_connection_body);
}

/* Someone who is not a manager sees the settings, cannot change them, and
 * is told why; choosing a manager at the desk unlocks them. */
static void
read_only_body (AccApplication *app,
                GtkWindow      *main_window,
                gpointer        data)
{
  AccPreferencesWindow *window = open_preferences (app);
  g_autoptr(AccStaffMember) manager = stored_staff (MANAGER_NAME);

  g_assert_true (acc_preferences_window_get_read_only (window));
  g_assert_true (acc_test_is_shown (field (window, "note_organisation")));
  g_assert_false (gtk_widget_is_sensitive (field (window, "name_row")));

  acc_application_set_current_staff (app, manager);
  g_assert_false (acc_preferences_window_get_read_only (window));
  g_assert_false (acc_test_is_shown (field (window, "note_organisation")));
  g_assert_true (gtk_widget_is_sensitive (field (window, "name_row")));
}

static void
test_read_only (void)
{
  run_as (AGENT_NAME, read_only_body);
}

/* The header bar's menu switches who is at the desk: remembered in
 * GSettings, named in the greeting of the next call. */
static void
staff_switcher_body (AccApplication *app,
                     GtkWindow      *main_window,
                     gpointer        data)
{
  GSettings *settings = acc_application_get_settings (app);
  GtkLabel *staff_label = field (main_window, "staff_label");
  AccInteractionForm *form;

  g_assert_cmpstr (acc_staff_member_get_name (acc_application_get_current_staff (app)), ==, MANAGER_NAME);
  g_action_group_change_action_state (G_ACTION_GROUP (app), "current-staff", g_variant_new_string (AGENT_NAME));
  g_assert_cmpstr (acc_staff_member_get_name (acc_application_get_current_staff (app)), ==, AGENT_NAME);
  g_assert_cmpstr (gtk_label_get_text (staff_label), ==, AGENT_NAME);
  {
    g_autofree char *remembered = g_settings_get_string (settings, "current-staff");
    g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (app), "current-staff");
    g_assert_cmpstr (remembered, ==, AGENT_NAME);
    g_assert_cmpstr (g_variant_get_string (state, NULL), ==, AGENT_NAME);
  }

  gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-tab", "s", "phone");
  gtk_widget_activate_action (GTK_WIDGET (main_window), "win.new-call", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ACC_TYPE_INTERACTION_FORM) != NULL, WAIT_MS);
  form = acc_test_find_toplevel (ACC_TYPE_INTERACTION_FORM);
  g_assert_true (acc_test_some_label_contains (form, ORGANISATION_NAME ", " AGENT_NAME ", bonjour !"));
  gtk_window_destroy (GTK_WINDOW (form));

  /* Renamed in the preferences, the person at the desk is greeted by the new name. */
  {
    g_autoptr(AccRepository) other = acc_test_open_repository ();
    g_autoptr(AccStaffMember) agent = acc_repository_find_staff_by_name (other, AGENT_NAME, NULL);
    g_autoptr(GError) error = NULL;

    acc_staff_member_set_name (agent, "Léa Moreau-Dubois");
    g_assert_true (acc_repository_save_staff (other, agent, &error));
    g_assert_no_error (error);
  }
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_text (staff_label), "Léa Moreau-Dubois") == 0, WAIT_MS);
  {
    g_autofree char *remembered = g_settings_get_string (settings, "current-staff");
    g_assert_cmpstr (remembered, ==, "Léa Moreau-Dubois");
  }
}

static void
test_staff_switcher (void)
{
  run_as (MANAGER_NAME, staff_switcher_body);
}

/* Times as typed ---------------------------------------------------------- */

static void
test_parse_time (void)
{
  static const struct { const char *text; int minute; } examples[] = {
    { "09:00", 9 * 60 }, { "9:00", 9 * 60 }, { "9h30", 9 * 60 + 30 }, { "9h", 9 * 60 },
    { "14H15", 14 * 60 + 15 }, { " 24:00 ", 24 * 60 }, { "00:00", 0 },
    { "24:01", -1 }, { "25:00", -1 }, { "9:5", -1 }, { "9:", -1 }, { "", -1 }, { "midi", -1 },
    { "12:60", -1 }, { "-1:00", -1 }, { "123:00", -1 }, { "9:00:00", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      guint minute = G_MAXUINT;
      gboolean parsed = acc_parse_time_of_day (examples[i].text, &minute);

      g_test_message ("%s", examples[i].text);
      g_assert_cmpint (parsed, ==, examples[i].minute >= 0);
      if (parsed)
        g_assert_cmpuint (minute, ==, (guint) examples[i].minute);
    }
}

static const AccTestCase cases[] = {
  { "/preferences/organisation", test_organisation },
  { "/preferences/invalid", test_invalid },
  { "/preferences/lists", test_lists },
  { "/preferences/other-connection", test_other_connection },
  { "/preferences/read-only", test_read_only },
  { "/preferences/staff-switcher", test_staff_switcher },
  { "/preferences/parse-time", test_parse_time },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("preferences", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
