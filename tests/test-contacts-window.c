/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-contacts-window.c — the contacts file (AccContactsWindow) and the
 * directory of local services (AccDirectoryWindow), driven in-process in
 * the real application, each case in a subprocess on its own database
 * (acc-test-util.h). Run under tests/run-with-display.sh. */
#include "config.h"

#include <adwaita.h>

#include "acc-application.h"
#include "acc-contacts-window.h"
#include "acc-directory-window.h"
#include "acc-import-dialog.h"
#include "acc-window.h"
#include "acc-limits.h"
#include "acc-test-util.h"

#define CASE_TIMEOUT_S 30
#define AGENT_NAME "Claire Martin"

/* Preparing the database ------------------------------------------------- */

static AccContact *
save_contact (AccRepository *repository,
              const char    *name,
              const char    *organisation,
              const char    *phone)
{
  g_autoptr(GError) error = NULL;
  AccContact *contact = acc_contact_new (name);

  acc_contact_set_organisation (contact, organisation);
  acc_contact_set_phone (contact, phone);
  g_assert_true (acc_repository_save_contact (repository, contact, &error));
  g_assert_no_error (error);
  return contact;
}

static AccInteraction *
save_call (AccRepository *repository,
           AccContact    *contact,
           gint64         ago_us)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *call = acc_interaction_new (ACC_CHANNEL_PHONE);

  acc_interaction_set_name (call, acc_contact_get_name (contact));
  acc_interaction_set_contact_id (call, acc_contact_get_id (contact));
  acc_interaction_set_started_at (call, g_get_real_time () - ago_us);
  acc_interaction_set_reason (call, "Rendez-vous");
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_repository_save_interaction (repository, call, NULL, &error));
  g_assert_no_error (error);
  return call;
}

/* Three contacts; Hélène Dupré, first by name, has a call. */
static AccRepository *
prepare (void)
{
  AccRepository *repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccContact) helene = NULL;
  g_autoptr(AccContact) paul = NULL;
  g_autoptr(AccContact) jeanne = NULL;
  g_autoptr(AccInteraction) call = NULL;

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  helene = save_contact (repository, "Hélène Dupré", "Mairie de Lyon", "06 12 34 56 78");
  paul = save_contact (repository, "Paul Morel", NULL, "04 78 00 11 22");
  jeanne = save_contact (repository, "Jeanne Martin", "CCAS", NULL);
  call = save_call (repository, helene, HOUR_US);
  return repository;
}

static void
run_as_agent (AccTestAppBody body,
              gpointer       data)
{
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_run_application (args, body, data);
}

/* Driving the window ----------------------------------------------------- */

static AccContactsWindow *
open_contacts (AccApplication *app)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.contacts");

  g_assert_cmpstr (accels[0], ==, "<Shift><Control>c");
  g_action_group_activate_action (G_ACTION_GROUP (app), "contacts", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_CONTACTS_WINDOW), WAIT_MS);
  return acc_test_app_window (app, ACC_TYPE_CONTACTS_WINDOW);
}

static void
set_text (gpointer    root,
          const char *buildable_id,
          const char *text)
{
  GtkWidget *field = acc_test_find_one (root, G_TYPE_INVALID, buildable_id);

  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static void
search (gpointer    window,
        const char *text)
{
  set_text (window, "search_entry", text);
}

static guint
n_rows (gpointer window)
{
  if (ACC_IS_CONTACTS_WINDOW (window))
    return acc_test_n_items (acc_contacts_window_get_model (window));
  return acc_test_n_items (acc_directory_window_get_model (window));
}

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static const char *
shown_page (gpointer    window,
            const char *stack_id)
{
  return gtk_stack_get_visible_child_name (acc_test_find_one (window, GTK_TYPE_STACK, stack_id));
}

static void
select_named (AccContactsWindow *window,
              const char        *name)
{
  GListModel *model = acc_contacts_window_get_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccContact) contact = g_list_model_get_item (model, i);

      if (g_strcmp0 (acc_contact_get_name (contact), name) == 0)
        {
          acc_contacts_window_select (window, i);
          WAIT_UNTIL (acc_contacts_window_get_contact (window) != NULL
                      && g_strcmp0 (acc_contact_get_name (acc_contacts_window_get_contact (window)), name) == 0,
                      WAIT_MS);
          return;
        }
    }
  g_error ("No contact named %s in the list", name);
}

static gint64
contact_id_named (AccRepository *repository,
                  const char    *name)
{
  g_autoptr(GPtrArray) found = acc_repository_search_contacts (repository, name, 1, NULL);

  if (found == NULL || found->len == 0)
    return 0;
  return acc_contact_get_id (g_ptr_array_index (found, 0));
}

/* Answers @dialog as the person does, with its button labelled @label. */
static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        return;
      }
  g_error ("No button %s in the dialog", label);
}

/* Cases ------------------------------------------------------------------ */

static void
list_and_search_body (AccApplication *app,
                      GtkWindow      *first_window,
                      gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  g_assert_cmpstr (shown_page (window, "list_stack"), ==, "list");
  /* The phone column in French national format. */
  WAIT_UNTIL (acc_test_some_label_contains (window, "06 12 34 56 78"), WAIT_MS);

  search (window, "helene");
  WAIT_UNTIL (n_rows (window) == 1, WAIT_MS);
  search (window, "06 12");
  WAIT_UNTIL (n_rows (window) == 1, WAIT_MS);
  search (window, "nobody here");
  WAIT_UNTIL (n_rows (window) == 0, WAIT_MS);
  g_assert_cmpstr (shown_page (window, "list_stack"), ==, "empty");
  search (window, "");
  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);

  /* A new contact from another connection shows up. */
  {
    g_autoptr(AccRepository) other = acc_test_open_repository ();
    g_autoptr(AccContact) added = save_contact (other, "Zoé Bernard", NULL, NULL);
  }
  WAIT_UNTIL (n_rows (window) == 4, WAIT_MS);
}

static void
test_list_and_search (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (list_and_search_body, NULL);
}

static void
edit_body (AccApplication *app,
           GtkWindow      *first_window,
           gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) saved = NULL;
  GtkListBox *history;

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  select_named (window, "Hélène Dupré");
  g_assert_cmpstr (shown_page (window, "page_stack"), ==, "page");
  /* Her call is in her history. */
  history = acc_test_find_one (window, GTK_TYPE_LIST_BOX, "history_list");
  g_assert_cmpuint (n_children (GTK_WIDGET (history)), ==, 1);
  g_assert_true (acc_test_some_label_contains (history, "Rendez-vous"));

  set_text (window, "organisation_row", "Mairie de Vénissieux");
  set_text (window, "email_row", "helene@example.fr");
  set_text (window, "phone_row", "+33 4 72 10 30 30");
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);

  saved = acc_repository_get_contact (repository, contact_id_named (repository, "helene"), NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (acc_contact_get_organisation (saved), ==, "Mairie de Vénissieux");
  g_assert_cmpstr (acc_contact_get_email (saved), ==, "helene@example.fr");
  g_assert_cmpstr (acc_contact_get_phone (saved), ==, "+33472103030");
  /* Shown back in national format. */
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (window, G_TYPE_INVALID, "phone_row")), ==,
                   "04 72 10 30 30");

  /* A new contact, with Ctrl+N's action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-contact", NULL);
  set_text (window, "name_row", "Lucie Garnier");
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);
  WAIT_UNTIL (n_rows (window) == 4, WAIT_MS);
}

static void
test_edit (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (edit_body, NULL);
}

/* Ctrl+Q with edits not saved: the contacts file asks first, and the
 * application keeps running until the question is answered. */
static void
quit_asks_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) saved = NULL;
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  AdwMessageDialog *question;

  g_assert_cmpstr (accels[0], ==, "<Control>q");
  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  select_named (window, "Paul Morel");
  set_text (window, "organisation_row", "Mission locale");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  question = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  /* Both windows are still there, behind the question. */
  g_assert_true (acc_test_app_window_shown (app, ACC_TYPE_CONTACTS_WINDOW));
  g_assert_nonnull (acc_test_app_window (app, ACC_TYPE_WINDOW));

  respond (question, "_Save");
  saved = acc_repository_get_contact (repository, contact_id_named (repository, "Paul Morel"), NULL);
  g_assert_cmpstr (acc_contact_get_organisation (saved), ==, "Mission locale");
  /* Saved, the contacts file closed as asked; a second Ctrl+Q ends the rest. */
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_CONTACTS_WINDOW) == NULL, WAIT_MS);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  WAIT_UNTIL (gtk_application_get_windows (GTK_APPLICATION (app)) == NULL, WAIT_MS);
}

static void
test_quit_asks (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (quit_asks_body, NULL);
}

static void
invalid_phone_body (AccApplication *app,
                    GtkWindow      *first_window,
                    gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) stored = NULL;
  GtkWidget *phone_row;
  GtkLabel *phone_error;
  GtkLabel *name_error;

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  select_named (window, "Paul Morel");
  phone_row = acc_test_find_one (window, G_TYPE_INVALID, "phone_row");
  phone_error = acc_test_find_one (window, GTK_TYPE_LABEL, "phone_error");
  set_text (window, "phone_row", "12 ab");
  set_text (window, "organisation_row", "Ne doit pas être enregistré");
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);

  g_assert_true (acc_test_is_shown (phone_error));
  g_assert_cmpstr (gtk_label_get_text (phone_error), !=, "");
  g_assert_true (gtk_widget_has_css_class (phone_row, "error"));
  stored = acc_repository_get_contact (repository, contact_id_named (repository, "Paul"), NULL);
  g_assert_cmpstr (acc_contact_get_phone (stored), ==, "+33478001122");
  g_assert_null (acc_contact_get_organisation (stored));

  /* Typing again clears the error. */
  set_text (window, "phone_row", "04 78 00 11 23");
  g_assert_false (acc_test_is_shown (phone_error));

  /* Leaving the page with edits not saved asks first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-contact", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                            "Paul Morel"));
  respond (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "_Keep Editing");
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  g_assert_cmpstr (acc_contact_get_name (acc_contacts_window_get_contact (window)), ==, "Paul Morel");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-contact", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  respond (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "_Discard");
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  g_assert_cmpint (acc_contact_get_id (acc_contacts_window_get_contact (window)), ==, 0);

  /* A new contact without a name: refused, nothing stored. */
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);
  name_error = acc_test_find_one (window, GTK_TYPE_LABEL, "name_error");
  g_assert_true (acc_test_is_shown (name_error));
  acc_test_run_for (300);
  g_assert_cmpuint (n_rows (window), ==, 3);
}

static void
test_invalid_phone (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (invalid_phone_body, NULL);
}

/* @n characters: accented letters, emoji, Arabic, far more bytes than
 * characters. */
static char *
chars_of_length (const char *start,
                 glong       n)
{
  g_autoptr(GString) text = g_string_new (start);

  while (g_utf8_strlen (text->str, -1) < n)
    g_string_append (text, "é😀ه");
  g_string_truncate (text, g_utf8_offset_to_pointer (text->str, n) - text->str);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Bad input in a contact's page: a name one character too long, an e-mail
 * address without a domain, a number that is none, notes over 10,000
 * characters. Each gets its message under its own field and nothing is
 * saved; then hostile text, right at the limits, is saved and shown back
 * exactly as typed. */
static void
bad_input_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) stored = NULL;
  g_autoptr(AccContact) saved = NULL;
  g_autofree char *name_over = chars_of_length ("Paul ", ACC_LIMIT_NAME + 1);
  g_autofree char *notes_over = chars_of_length ("Notes ", ACC_LIMIT_TEXT + 1);
  g_autofree char *name_max = chars_of_length ("👩🏽‍💼 Ŝôñïa O'Brien « مرحبا » \"'); DROP TABLE contacts; --\" ",
                                              ACC_LIMIT_NAME);
  g_autofree char *notes_max = chars_of_length ("שלום\tligne 1\nligne 2 ", ACC_LIMIT_TEXT);
  GtkWidget *name_row = acc_test_find_one (window, G_TYPE_INVALID, "name_row");
  GtkWidget *notes_view = acc_test_find_one (window, GTK_TYPE_TEXT_VIEW, "notes_view");
  GtkLabel *name_error = acc_test_find_one (window, GTK_TYPE_LABEL, "name_error");
  GtkLabel *email_error = acc_test_find_one (window, GTK_TYPE_LABEL, "email_error");
  GtkLabel *phone_error = acc_test_find_one (window, GTK_TYPE_LABEL, "phone_error");
  GtkWidget *notes_frame;
  GtkWidget *notes_error;
  gint64 paul_id;

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  select_named (window, "Paul Morel");
  paul_id = acc_contact_get_id (acc_contacts_window_get_contact (window));
  set_text (window, "name_row", name_over);
  set_text (window, "email_row", "paul.morel@exemple");
  set_text (window, "phone_row", "12 ab");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes_view)), notes_over, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);

  /* Each message next to its field, the length counted in characters. */
  g_assert_true (acc_test_is_shown (name_error));
  g_assert_nonnull (strstr (gtk_label_get_text (name_error), "201"));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (acc_test_is_shown (email_error));
  g_assert_true (acc_test_is_shown (phone_error));
  g_assert_true (gtk_widget_has_css_class (notes_view, "error"));
  notes_frame = gtk_widget_get_parent (notes_view);
  notes_error = gtk_widget_get_next_sibling (notes_frame);
  g_assert_true (GTK_IS_LABEL (notes_error));
  g_assert_true (acc_test_is_shown (notes_error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notes_error)), "10001"));
  /* Nothing typed is cut or lost: the page still holds all of it. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, name_over);

  /* Nothing saved. */
  acc_test_run_for (200);
  stored = acc_repository_get_contact (repository, paul_id, NULL);
  g_assert_cmpstr (acc_contact_get_name (stored), ==, "Paul Morel");
  g_assert_null (acc_contact_get_email (stored));
  g_assert_null (acc_contact_get_notes (stored));
  g_assert_cmpstr (acc_contact_get_phone (stored), ==, "+33478001122");

  /* Right at the limits, hostile text is saved and shown as typed. */
  set_text (window, "name_row", name_max);
  set_text (window, "email_row", "paul.morel@exemple.fr");
  set_text (window, "phone_row", "04 78 00 11 23");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes_view)), notes_max, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);
  g_assert_false (acc_test_is_shown (name_error));
  g_assert_false (acc_test_is_shown (notes_error));
  saved = acc_repository_get_contact (repository, paul_id, NULL);
  g_assert_cmpstr (acc_contact_get_name (saved), ==, name_max);
  g_assert_cmpstr (acc_contact_get_notes (saved), ==, notes_max);
  g_assert_cmpstr (acc_contact_get_email (saved), ==, "paul.morel@exemple.fr");
  WAIT_UNTIL (acc_test_shown_label_contains (window, name_max), WAIT_MS);
  g_assert_cmpuint (n_rows (window), ==, 3);
}

static void
test_bad_input (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (bad_input_body, NULL);
}

static void
delete_body (AccApplication *app,
             GtkWindow      *first_window,
             gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GListModel) calls = NULL;
  g_autoptr(AccInteraction) call = NULL;
  AdwMessageDialog *dialog;

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  select_named (window, "Hélène Dupré");

  /* Asked first; Cancel keeps her. */
  gtk_widget_activate_action (GTK_WIDGET (window), "page.delete", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Hélène Dupré"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "keep"));
  respond (dialog, "_Cancel");
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  acc_test_run_for (200);
  g_assert_cmpuint (n_rows (window), ==, 3);

  gtk_widget_activate_action (GTK_WIDGET (window), "page.delete", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  respond (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "_Delete");
  WAIT_UNTIL (n_rows (window) == 2, WAIT_MS);
  g_assert_cmpstr (shown_page (window, "page_stack"), ==, "none");
  g_assert_cmpint (contact_id_named (repository, "helene"), ==, 0);

  /* The calls book keeps her call, under her name. */
  calls = acc_repository_list_interactions (repository, ACC_CHANNEL_PHONE, NULL);
  g_assert_cmpuint (acc_test_n_items (calls), ==, 1);
  call = g_list_model_get_item (calls, 0);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, "Hélène Dupré");
  g_assert_cmpint (acc_interaction_get_contact_id (call), ==, 0);
}

static void
test_delete (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (delete_body, NULL);
}

static void
merge_body (AccApplication *app,
            GtkWindow      *first_window,
            gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) kept = NULL;
  AdwMessageDialog *dialog;
  GtkListBox *results;
  GtkListBox *history;

  WAIT_UNTIL (n_rows (window) == 4, WAIT_MS);
  select_named (window, "Hélène Dupré");

  gtk_widget_activate_action (GTK_WIDGET (window), "page.merge", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  gtk_editable_set_text (acc_test_find_one (dialog, GTK_TYPE_SEARCH_ENTRY, NULL), "dupre");
  results = acc_test_find_one (dialog, GTK_TYPE_LIST_BOX, NULL);
  /* The duplicate, not the contact itself. */
  WAIT_UNTIL (gtk_list_box_get_row_at_index (results, 0) != NULL, WAIT_MS);
  g_assert_null (gtk_list_box_get_row_at_index (results, 1));
  gtk_list_box_select_row (results, gtk_list_box_get_row_at_index (results, 0));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "merge"));
  /* Both shown before asking. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Hélène Dupré"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Helene DUPRE"));
  respond (dialog, "_Merge");

  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  history = acc_test_find_one (window, GTK_TYPE_LIST_BOX, "history_list");
  WAIT_UNTIL (n_children (GTK_WIDGET (history)) == 2, WAIT_MS);
  kept = acc_repository_get_contact (repository, acc_contact_get_id (acc_contacts_window_get_contact (window)), NULL);
  g_assert_cmpstr (acc_contact_get_name (kept), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_contact_get_email (kept), ==, "h.dupre@example.fr");
}

static void
test_merge (void)
{
  g_autoptr(AccRepository) repository = prepare ();
  g_autoptr(AccContact) duplicate = save_contact (repository, "Helene DUPRE", NULL, "07 98 76 54 32");
  g_autoptr(AccInteraction) call = NULL;
  g_autoptr(GError) error = NULL;

  acc_contact_set_email (duplicate, "h.dupre@example.fr");
  g_assert_true (acc_repository_save_contact (repository, duplicate, &error));
  g_assert_no_error (error);
  call = save_call (repository, duplicate, 2 * HOUR_US);
  run_as_agent (merge_body, NULL);
}

static void
directory_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  AccDirectoryWindow *window;
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GListModel) entries = NULL;
  GtkLabel *phone_error;

  g_action_group_activate_action (G_ACTION_GROUP (app), "directory", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_DIRECTORY_WINDOW), WAIT_MS);
  window = acc_test_app_window (app, ACC_TYPE_DIRECTORY_WINDOW);
  WAIT_UNTIL (n_rows (window) == 2, WAIT_MS);

  search (window, "villeurbanne");
  WAIT_UNTIL (n_rows (window) == 1, WAIT_MS);
  search (window, "securite");     /* « Sécurité », in the category */
  WAIT_UNTIL (n_rows (window) == 1, WAIT_MS);
  search (window, "");
  WAIT_UNTIL (n_rows (window) == 2, WAIT_MS);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-entry", NULL);
  set_text (window, "name_row", "Mission Locale de Vénissieux");
  set_text (window, "category_row", "Emploi");
  set_text (window, "phone_row", "pas un numéro");
  set_text (window, "website_row", "https://example.fr");
  set_text (window, "hours_row", "Lun–ven 9 h–17 h");
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);
  phone_error = acc_test_find_one (window, GTK_TYPE_LABEL, "phone_error");
  g_assert_true (acc_test_is_shown (phone_error));
  acc_test_run_for (200);
  g_assert_cmpuint (n_rows (window), ==, 2);

  set_text (window, "phone_row", "04 72 00 00 00");
  gtk_widget_activate_action (GTK_WIDGET (window), "page.save", NULL);
  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);
  entries = acc_repository_list_directory (repository, NULL);
  g_assert_cmpuint (acc_test_n_items (entries), ==, 3);
  search (window, "venissieux");
  WAIT_UNTIL (n_rows (window) == 1, WAIT_MS);
}

static void
test_directory (void)
{
  g_autoptr(AccRepository) repository = prepare ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AccDirectoryEntry) ccas = acc_directory_entry_new ("CCAS de Villeurbanne");
  g_autoptr(AccDirectoryEntry) caf = acc_directory_entry_new ("CAF du Rhône");

  acc_directory_entry_set_category (ccas, "CCAS");
  acc_directory_entry_set_phone (ccas, "04 78 03 67 67");
  acc_directory_entry_set_address (ccas, "1 rue Anatole France\n69100 Villeurbanne");
  acc_directory_entry_set_category (caf, "Sécurité sociale");
  g_assert_true (acc_repository_save_directory_entry (repository, ccas, &error));
  g_assert_true (acc_repository_save_directory_entry (repository, caf, &error));
  g_assert_no_error (error);
  run_as_agent (directory_body, NULL);
}

/* Import: the preview and its mapping, then the report with the bad lines.
 * Bad lines abort by default (nothing stored); skipping them imports the
 * rest, and the duplicate of Hélène (same phone) is merged into her. */
static AccImportDialog *
open_import (AccContactsWindow *window,
             GFile             *file)
{
  AccImportDialog *dialog = acc_import_dialog_new (GTK_WINDOW (window),
                                                   acc_application_get_repository (ACC_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)))),
                                                   ACC_IMPORT_TARGET_CONTACTS, file);
  GtkStack *stack = acc_test_find_one (dialog, GTK_TYPE_STACK, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "preview") == 0, WAIT_MS);
  return dialog;
}

static void
click_import (AccImportDialog *dialog)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Import") == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        return;
      }
  g_error ("No Import button");
}

static void
import_body (AccApplication *app,
             GtkWindow      *first_window,
             gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (acc_test_database_path ());
  g_autofree char *path = g_build_filename (dir, "import.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *csv = "Nom;Téléphone;Courriel;Remarque\r\n"
                    "Anne Roux;06 11 22 33 44;anne@example.fr;x\r\n"
                    ";06 00 00 00 01;;x\r\n"
                    "Marc Blanc;pas un numéro;;x\r\n"
                    "Hélène D.;06 12 34 56 78;helene@example.fr;x\r\n";
  AccImportDialog *dialog;
  const AccImportReport *report;
  g_autoptr(GPtrArray) dropdowns = NULL;
  g_autoptr(GPtrArray) combos = NULL;
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccContact) helene = NULL;

  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);

  dialog = open_import (window, file);
  /* The preview: the header, a mapping for each column, the first rows. */
  dropdowns = acc_test_find_all (dialog, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_cmpuint (dropdowns->len, >=, 4);
  g_assert_true (acc_test_some_label_contains (dialog, "Anne Roux"));
  g_assert_true (acc_test_some_label_contains (dialog, "Téléphone"));
  click_import (dialog);
  WAIT_UNTIL (acc_import_dialog_get_report (dialog) != NULL, WAIT_MS);
  report = acc_import_dialog_get_report (dialog);
  g_assert_true (report->aborted);
  g_assert_cmpuint (report->problems->len, ==, 2);
  g_assert_true (acc_test_some_label_contains (dialog, "Line 3"));
  acc_test_run_for (300);
  g_assert_cmpuint (n_rows (window), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Skip the bad lines this time; merge duplicates (the default). */
  dialog = open_import (window, file);
  combos = acc_test_find_all (dialog, ADW_TYPE_COMBO_ROW, NULL);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), 1);
  click_import (dialog);
  WAIT_UNTIL (acc_import_dialog_get_report (dialog) != NULL, WAIT_MS);
  report = acc_import_dialog_get_report (dialog);
  g_assert_false (report->aborted);
  g_assert_cmpuint (report->imported, ==, 1);
  g_assert_cmpuint (report->merged, ==, 1);
  WAIT_UNTIL (n_rows (window) == 4, WAIT_MS);
  helene = acc_repository_get_contact (repository, contact_id_named (repository, "Dupré"), NULL);
  g_assert_cmpstr (acc_contact_get_email (helene), ==, "helene@example.fr");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (import_body, NULL);
}

/* Cancel during the import: nothing is stored, and the dialog says so. */
static void
import_cancel_body (AccApplication *app,
                    GtkWindow      *first_window,
                    gpointer        data)
{
  AccContactsWindow *window = open_contacts (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (acc_test_database_path ());
  g_autofree char *path = g_build_filename (dir, "many.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) csv = g_string_new ("Nom;Organisme\r\n");
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) stacks = NULL;
  AccImportDialog *dialog;
  GtkStack *stack;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "Personne %u;Association %u\r\n", i, i % 50);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, &error));
  WAIT_UNTIL (n_rows (window) == 3, WAIT_MS);

  dialog = open_import (window, file);
  stacks = acc_test_find_all (dialog, GTK_TYPE_STACK, NULL);
  stack = g_ptr_array_index (stacks, 0);   /* the dialog's pages, first in the tree */
  buttons = acc_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);
  click_import (dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "progress");
  g_assert_true (acc_test_is_shown (acc_test_find_one (dialog, GTK_TYPE_PROGRESS_BAR, NULL)));
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Cancel") == 0)
      g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
  WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "error") == 0, 10 * WAIT_MS);
  g_assert_true (acc_test_some_label_contains (dialog, "nothing was stored"));
  g_assert_null (acc_import_dialog_get_report (dialog));
  acc_test_run_for (300);
  g_assert_cmpuint (n_rows (window), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import_cancel (void)
{
  g_autoptr(AccRepository) repository = prepare ();

  run_as_agent (import_cancel_body, NULL);
}

static const AccTestCase cases[] = {
  { "/contacts-window/list-and-search", test_list_and_search },
  { "/contacts-window/edit", test_edit },
  { "/contacts-window/invalid-phone", test_invalid_phone },
  { "/contacts-window/quit-asks", test_quit_asks },
  { "/contacts-window/bad-input", test_bad_input },
  { "/contacts-window/delete", test_delete },
  { "/contacts-window/merge", test_merge },
  { "/directory-window/search-and-add", test_directory },
  { "/contacts-window/import", test_import },
  { "/contacts-window/import-cancel", test_import_cancel },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("contacts-window", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
