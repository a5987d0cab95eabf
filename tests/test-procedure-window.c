/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-procedure-window.c — « Procédure d'accueil » from the primary menu:
 * the tasks' texts, editable and saved at once; and the purge's preview
 * from the primary menu, which changes nothing when cancelled; a contact's
 * data erased from the contacts window, after asking. */
#include "config.h"

#include <adwaita.h>

#include "acc-application.h"
#include "acc-contacts-window.h"
#include "acc-procedure-window.h"
#include "acc-test-util.h"

#define CASE_TIMEOUT_S 30
#define AGENT_NAME "Claire Martin"
#define OLD_CALLER "Zéphyrin Ancien"

static char *
stored_text (const char *key)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();

  return acc_repository_get_procedure_text (repository, key, NULL);
}

static void
edit_body (AccApplication *app,
           GtkWindow      *first_window,
           gpointer        data)
{
  AccProcedureWindow *window;
  g_autoptr(GPtrArray) views = NULL;
  GtkTextBuffer *buffer;
  char *text = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "procedure", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_PROCEDURE_WINDOW), WAIT_MS);
  window = acc_test_app_window (app, ACC_TYPE_PROCEDURE_WINDOW);
  g_assert_true (acc_test_some_label_contains (window, "Handling visits"));
  views = acc_test_find_all (window, GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_cmpuint (views->len, ==, 9);

  /* The first task is phone.organisation. */
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, 0));
  gtk_text_buffer_set_text (buffer, "Respecter les créneaux : {phone_slots}", -1);
  WAIT_UNTIL ((g_free (text), text = stored_text ("phone.organisation")) != NULL, WAIT_MS);
  g_assert_cmpstr (text, ==, "Respecter les créneaux : {phone_slots}");
  g_free (text);
}

static void
test_edit (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  acc_test_run_application (args, edit_body, NULL);
}

/* The shown message dialog whose text starts with @start, if any. */
static AdwMessageDialog *
dialog_saying (const char *start)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)), start))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
purge_body (AccApplication *app,
            GtkWindow      *first_window,
            gpointer        data)
{
  AdwMessageDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "purge", NULL);
  /* Found by a worker, behind a dialog that says it is looking. */
  WAIT_UNTIL ((dialog = dialog_saying ("Nothing is older")) != NULL, WAIT_MS);
  g_assert_false (adw_message_dialog_has_response (dialog, "purge"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_purge_preview (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  acc_test_run_application (args, purge_body, NULL);
}

static gboolean
some_dialog_offers (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (window), response))
        return TRUE;
    }
  return FALSE;
}

static AdwMessageDialog *
dialog_offering (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (window), response))
        return ADW_MESSAGE_DIALOG (window);
    }
  g_error ("No dialog offers “%s”", response);
}

static gboolean
old_call_anonymised (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GListModel) calls = acc_repository_list_interactions (repository, ACC_CHANNEL_PHONE, NULL);
  g_autoptr(AccInteraction) call = g_list_model_get_item (calls, 0);

  return call != NULL && g_strcmp0 (acc_interaction_get_name (call), OLD_CALLER) != 0;
}

/* Confirmed, the purge runs on a worker behind a progress dialog, which
 * closes when it is done; the old caller's name is gone. */
static void
purge_run_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  AdwMessageDialog *confirm;

  g_action_group_activate_action (G_ACTION_GROUP (app), "purge", NULL);
  WAIT_UNTIL (some_dialog_offers ("purge"), WAIT_MS);
  /* One purge at a time. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "purge"));
  confirm = dialog_offering ("purge");
  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (confirm, "purge");
  gtk_window_destroy (GTK_WINDOW (confirm));

  WAIT_UNTIL (old_call_anonymised (), WAIT_MS);
  WAIT_UNTIL (!some_dialog_offers ("cancel"), WAIT_MS);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "purge"));
}

static void
test_purge_run (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(GError) error = NULL;
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  /* Four years ago: older than any retention. */
  acc_interaction_set_name (call, OLD_CALLER);
  acc_interaction_set_started_at (call, g_get_real_time () - (gint64) 4 * 366 * 24 * 3600 * G_USEC_PER_SEC);
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_repository_save_interaction (repository, call, NULL, &error));
  g_assert_no_error (error);
  acc_test_run_application (args, purge_run_body, NULL);
}

static void
erase_body (AccApplication *app,
            GtkWindow      *first_window,
            gpointer        data)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GListModel) calls = NULL;
  g_autoptr(AccInteraction) call = NULL;
  AccContactsWindow *window;
  AdwMessageDialog *dialog;
  GListModel *model;

  g_action_group_activate_action (G_ACTION_GROUP (app), "contacts", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_CONTACTS_WINDOW), WAIT_MS);
  window = acc_test_app_window (app, ACC_TYPE_CONTACTS_WINDOW);
  model = acc_contacts_window_get_model (window);
  WAIT_UNTIL (acc_test_n_items (model) == 1, WAIT_MS);
  acc_contacts_window_select (window, 0);
  WAIT_UNTIL (acc_contacts_window_get_contact (window) != NULL, WAIT_MS);

  gtk_widget_activate_action (GTK_WIDGET (window), "page.erase-person", NULL);
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, WAIT_MS);
  dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Hélène Dupré"));
  adw_message_dialog_response (dialog, "erase");
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_UNTIL (acc_test_n_items (model) == 0, WAIT_MS);

  /* Her call stays in the book, without her name; the erasure is logged. */
  calls = acc_repository_list_interactions (repository, ACC_CHANNEL_PHONE, NULL);
  g_assert_cmpuint (acc_test_n_items (calls), ==, 1);
  call = g_list_model_get_item (calls, 0);
  g_assert_cmpstr (acc_interaction_get_name (call), !=, "Hélène Dupré");
  g_assert_null (acc_interaction_get_phone (call));
  g_assert_cmpint (acc_repository_count_privacy_log (repository, ACC_PRIVACY_ERASE, NULL), ==, 1);
}

static void
test_erase_person (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  g_autoptr(AccContact) helene = acc_contact_new ("Hélène Dupré");
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  acc_contact_set_phone (helene, "06 12 34 56 78");
  g_assert_true (acc_repository_save_contact (repository, helene, &error));
  g_assert_no_error (error);
  acc_interaction_set_name (call, "Hélène Dupré");
  acc_interaction_set_phone (call, "06 12 34 56 78");
  acc_interaction_set_contact_id (call, acc_contact_get_id (helene));
  acc_interaction_set_started_at (call, g_get_real_time () - HOUR_US);
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_repository_save_interaction (repository, call, NULL, &error));
  g_assert_no_error (error);
  acc_test_run_application (args, erase_body, NULL);
}

static const AccTestCase cases[] = {
  { "/procedure-window/edit", test_edit },
  { "/procedure-window/purge-preview", test_purge_preview },
  { "/procedure-window/purge-run", test_purge_run },
  { "/procedure-window/erase-person", test_erase_person },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("procedure-window", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
