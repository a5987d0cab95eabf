/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-phone-page.c — the Téléphone tab, driven in-process as a person
 * drives it: the real AccApplication on a temporary database, widgets found
 * by walking the tree from the window, the same actions as the shortcuts
 * and buttons, and waits (never sleeps) for the window to show the result.
 *
 * The banner reads the real clock: each case builds its phone slots around
 * g_date_time_new_now_local(), so that "now" is inside a slot, or outside.
 *
 * Each case runs in a subprocess of its own (see test-window.c for why);
 * sqlite3 is used only to count rows from outside, where the core has no
 * reading function (the desk log's rows).
 *
 * Run under tests/run-with-display.sh with GSETTINGS_SCHEMA_DIR pointing at
 * the build folder's compiled schemas.
 */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "acc-application.h"
#include "acc-book-view.h"
#include "acc-entry-dialog.h"
#include "acc-phone-banner.h"
#include "acc-phone-page.h"
#include "acc-phone-tools.h"
#include "acc-test-util.h"
#include "acc-voicemail-dialog.h"
#include "acc-voicemail-message-editor.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 30

#define AGENT_NAME ACC_TEST_AGENT_NAME
#define SUPERVISOR_NAME ACC_TEST_SUPERVISOR_NAME

/* Finding widgets -------------------------------------------------------- */

static AccPhonePage *
phone_page (GtkWindow *window)
{
  g_assert_true (ACC_IS_WINDOW (window));
  return acc_test_find_one (window, ACC_TYPE_PHONE_PAGE, NULL);
}

static guint
book_count (AccPhonePage *page)
{
  return acc_test_n_items (acc_book_view_get_model (acc_phone_page_get_book (page)));
}

static void
set_row_text (gpointer    root,
              const char *id,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (root, G_TYPE_INVALID, id)), text);
}

/* The position of @text in a combo row's list of strings. */
static guint
combo_position (AdwComboRow *row,
                const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;
  g_error ("No « %s » in the list of %s", text, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* Preparing databases through the core (the desk: acc-test-util.h) ------- */

static void
save_slot (AccRepository *repository,
           guint          weekday,
           guint          start_minute,
           guint          end_minute)
{
  acc_test_save_schedule_range (repository, ACC_SCHEDULE_PHONE_SLOT, weekday, start_minute, end_minute);
}

static AccInteraction *
save_call (AccRepository  *repository,
           const char     *name,
           const char     *reason,
           AccOutcome      outcome,
           gint64          started_at,
           AccStaffMember *by)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *interaction = acc_interaction_new (ACC_CHANNEL_PHONE);

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_phone (interaction, "0472001122");
  acc_interaction_set_reason (interaction, reason);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_ended_at (interaction, started_at + 3 * MINUTE_US);
  acc_interaction_set_staff_id (interaction, acc_staff_member_get_id (by));
  acc_interaction_set_outcome (interaction, outcome);
  acc_interaction_set_outcome_detail (interaction, "Tarifs envoyés");
  acc_interaction_set_checklist (interaction, ACC_CALL_STEP_GREETED | ACC_CALL_STEP_REASON_ASKED);
  acc_repository_save_interaction (repository, interaction, NULL, &error);
  g_assert_no_error (error);
  return interaction;
}

static gint64
count_rows (const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (acc_test_database_path (), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* Times around now ------------------------------------------------------- */

/* A slot around now: begun an hour ago (or at midnight), ending two hours
 * from now; END is past 24:00 when it runs on after midnight. */
static void
slot_around_now (guint *start,
                 guint *end)
{
  guint minute = acc_test_minute_now ();

  *start = minute >= 60 ? minute - 60 : 0;
  *end = minute + 120;
}

/* Saves the slot of slot_around_now(): today's range, and tomorrow's
 * beginning when it runs on after midnight (the schedule merges them). */
static void
save_slot_around_now (AccRepository *repository,
                      guint          start,
                      guint          end)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint today = (guint) g_date_time_get_day_of_week (now);

  save_slot (repository, today, start, MIN (end, 24 * 60));
  if (end > 24 * 60)
    save_slot (repository, today % 7 + 1, 0, end - 24 * 60);
}

/* Case: inside a slot ---------------------------------------------------- */

typedef struct
{
  AccTestStaff staff;
  guint start;
  guint end;
} SlotCase;

static char *
expected_until (guint end)
{
  g_autoptr(GDateTime) until = acc_test_today_at (end);

  return g_date_time_format (until, end < 24 * 60 ? "Phone slot in progress until %H:%M"
                                                  : "Phone slot in progress until %A %H:%M");
}

static void
inside_slot_body (AccApplication *app,
                  GtkWindow      *window,
                  gpointer        data)
{
  SlotCase *slot = data;
  AccPhonePage *page = phone_page (window);
  AccPhoneBanner *banner = acc_phone_page_get_banner (page);
  g_autoptr(GDateTime) start = acc_test_today_at (slot->start);
  g_autofree char *expected = expected_until (slot->end);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  GtkLabel *status = acc_test_find_one (banner, GTK_TYPE_LABEL, "status_label");
  GtkButton *machine_button = acc_test_find_one (banner, GTK_TYPE_BUTTON, "machine_button");
  gboolean confirmed = FALSE;

  /* What the banner says, in words. */
  g_assert_cmpstr (gtk_label_get_text (status), ==, expected);
  g_assert_cmpstr (acc_phone_banner_get_status_text (banner), ==, expected);
  g_assert_true (acc_test_is_shown (status));

  /* The slot has started: switch the answering machine off. */
  g_assert_cmpint (acc_phone_banner_get_prompt (banner), ==, ACC_ANSWERING_MACHINE_PROMPT_SWITCH_OFF);
  WAIT_UNTIL (acc_test_is_shown (machine_button), WAIT_MS);
  g_assert_true (acc_test_some_label_contains (banner, "answering machine off"));
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events"), ==, 0);

  /* Ctrl+R: recorded for the slot's start, by who is at the desk. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.answering-machine", NULL);
  WAIT_UNTIL (acc_phone_banner_get_prompt (banner) == ACC_ANSWERING_MACHINE_PROMPT_NONE, WAIT_MS);
  WAIT_UNTIL (!acc_test_is_shown (machine_button), WAIT_MS);
  g_assert_true (acc_repository_answering_machine_confirmed (second, FALSE, acc_test_to_us (start), &confirmed, NULL));
  g_assert_true (confirmed);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events WHERE switched_on = 0"), ==, 1);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events a JOIN staff s ON s.id = a.staff_id "
                               "WHERE s.name = '" AGENT_NAME "'"), ==, 1);

  /* Once: the shortcut again records nothing more. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.answering-machine", NULL);
  g_assert_false (acc_phone_banner_confirm_answering_machine (banner));
  g_assert_cmpint (acc_phone_banner_get_prompt (banner), ==, ACC_ANSWERING_MACHINE_PROMPT_NONE);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events"), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (status), ==, expected);
}

static void
test_inside_slot (void)
{
  g_autoptr(AccRepository) repository = NULL;
  SlotCase slot = { { NULL, NULL }, 0, 0 };

  slot_around_now (&slot.start, &slot.end);
  repository = acc_test_prepare_desk (&slot.staff);
  save_slot_around_now (repository, slot.start, slot.end);
  g_clear_object (&repository);

  acc_test_run_as_agent (inside_slot_body, &slot);
  acc_test_staff_clear (&slot.staff);
}

/* Case: another window confirms ------------------------------------------ */

static void
confirmed_elsewhere_body (AccApplication *app,
                          GtkWindow      *window,
                          gpointer        data)
{
  SlotCase *slot = data;
  AccPhoneBanner *banner = acc_phone_page_get_banner (phone_page (window));
  g_autoptr(GDateTime) start = acc_test_today_at (slot->start);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;

  WAIT_UNTIL (acc_phone_banner_get_prompt (banner) == ACC_ANSWERING_MACHINE_PROMPT_SWITCH_OFF, WAIT_MS);

  /* Another workstation (another process) confirms the same boundary: the
   * prompt goes, without anything done here. */
  acc_repository_record_answering_machine (second, FALSE, acc_test_to_us (start),
                                           acc_staff_member_get_id (slot->staff.supervisor), &error);
  g_assert_no_error (error);
  WAIT_UNTIL (acc_phone_banner_get_prompt (banner) == ACC_ANSWERING_MACHINE_PROMPT_NONE, WAIT_MS);
  WAIT_UNTIL (!acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_BUTTON, "machine_button")), WAIT_MS);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events"), ==, 1);
}

static void
test_confirmed_elsewhere (void)
{
  g_autoptr(AccRepository) repository = NULL;
  SlotCase slot = { { NULL, NULL }, 0, 0 };

  slot_around_now (&slot.start, &slot.end);
  repository = acc_test_prepare_desk (&slot.staff);
  save_slot_around_now (repository, slot.start, slot.end);
  g_clear_object (&repository);

  acc_test_run_as_agent (confirmed_elsewhere_body, &slot);
  acc_test_staff_clear (&slot.staff);
}

/* Case: a slot ended today ---------------------------------------------- */

static void
slot_ended_body (AccApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  SlotCase *slot = data;
  AccPhonePage *page = phone_page (window);
  AccPhoneBanner *banner = acc_phone_page_get_banner (page);
  g_autoptr(GDateTime) end = acc_test_today_at (slot->end);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  gboolean confirmed = FALSE;

  /* The slot is over: switch the answering machine back on. */
  g_assert_cmpint (acc_phone_banner_get_prompt (banner), ==, ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON);
  g_assert_true (g_str_has_prefix (acc_phone_banner_get_status_text (banner), "Outside phone slots — next slot "));
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_BUTTON, "machine_button")), WAIT_MS);
  g_assert_true (acc_test_some_label_contains (banner, "answering machine back on"));

  /* Recorded for the slot's end. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.answering-machine", NULL);
  WAIT_UNTIL (acc_phone_banner_get_prompt (banner) == ACC_ANSWERING_MACHINE_PROMPT_NONE, WAIT_MS);
  g_assert_true (acc_repository_answering_machine_confirmed (second, TRUE, acc_test_to_us (end), &confirmed, NULL));
  g_assert_true (confirmed);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM answering_machine_events WHERE switched_on = 1"), ==, 1);
}

static void
test_slot_ended (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint minute = acc_test_minute_now ();
  SlotCase slot = { { NULL, NULL }, 0, 0 };

  guint today = (guint) g_date_time_get_day_of_week (now);

  /* The banner asks to switch the machine back on after a slot that ended
   * today: ten minutes ago, or, in the first minutes after midnight,
   * yesterday's last hour, which ended at today's 00:00. */
  repository = acc_test_prepare_desk (&slot.staff);
  if (minute >= 11)
    {
      slot.start = minute >= 70 ? minute - 70 : 0;
      slot.end = minute - 10;
      save_slot (repository, today, slot.start, slot.end);
    }
  else
    {
      slot.end = 0;
      save_slot (repository, (today + 5) % 7 + 1, 23 * 60, 24 * 60);
    }
  g_clear_object (&repository);

  acc_test_run_as_agent (slot_ended_body, &slot);
  acc_test_staff_clear (&slot.staff);
}

/* Case: outside the slots, and a closure today --------------------------- */

typedef struct
{
  AccTestStaff staff;
  const char *closure;   /* NULL for none */
} OutsideCase;

/* Three days from now at 09:00: the next slot. */
static GDateTime *
next_slot_start (void)
{
  g_autoptr(GDateTime) today = acc_test_today_at (9 * 60);

  return g_date_time_add_days (today, 3);
}

static void
outside_slot_body (AccApplication *app,
                   GtkWindow      *window,
                   gpointer        data)
{
  OutsideCase *outside = data;
  AccPhoneBanner *banner = acc_phone_page_get_banner (phone_page (window));
  g_autoptr(GDateTime) next = next_slot_start ();
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;
  g_autofree char *when = g_date_time_format (next, "%A %H:%M");
  g_autofree char *expected = NULL;

  if (outside->closure != NULL)
    expected = g_strdup_printf ("Closed today, %s — next slot %s", outside->closure, when);
  else
    expected = g_strdup_printf ("Outside phone slots — next slot %s", when);
  g_assert_cmpstr (acc_phone_banner_get_status_text (banner), ==, expected);
  g_assert_true (acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_LABEL, "status_label")));

  /* No slot ended today: nothing to switch. */
  g_assert_cmpint (acc_phone_banner_get_prompt (banner), ==, ACC_ANSWERING_MACHINE_PROMPT_NONE);

  /* Outside a slot for days and never checked: the voicemail reminder. */
  g_assert_true (acc_phone_banner_get_voicemail_reminder (banner));
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_LABEL, "voicemail_label")), WAIT_MS);

  /* Checked from another window: the reminder goes. */
  acc_repository_save_voicemail_check (second, acc_staff_member_get_id (outside->staff.agent), 0, NULL, &error);
  g_assert_no_error (error);
  WAIT_UNTIL (!acc_phone_banner_get_voicemail_reminder (banner), WAIT_MS);
  WAIT_UNTIL (!acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_LABEL, "voicemail_label")), WAIT_MS);
}

static void
run_outside (const char *closure)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) next = next_slot_start ();
  OutsideCase outside = { { NULL, NULL }, closure };

  repository = acc_test_prepare_desk (&outside.staff);
  save_slot (repository, (guint) g_date_time_get_day_of_week (next), 9 * 60, 12 * 60);
  if (closure != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
      g_autoptr(AccClosure) today = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, day, day, closure);
      g_autoptr(GError) error = NULL;

      acc_repository_save_closure (repository, today, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&repository);

  acc_test_run_as_agent (outside_slot_body, &outside);
  acc_test_staff_clear (&outside.staff);
}

static void
test_outside_slot (void)
{
  run_outside (NULL);
}

static void
test_closed_today (void)
{
  run_outside ("Pont de l’Ascension");
}

/* Case: the voicemail check ---------------------------------------------- */

static void
fill_voicemail_message (AccVoicemailMessageEditor *editor,
                        const char                *name,
                        const char                *phone,
                        const char                *reason,
                        const char                *received,
                        gboolean                   urgent)
{
  AdwComboRow *recipient = acc_test_find_one (editor, ADW_TYPE_COMBO_ROW, "recipient_row");

  set_row_text (editor, "name_row", name);
  set_row_text (editor, "organisation_row", "Mairie de Vénissieux");
  set_row_text (editor, "phone_row", phone);
  set_row_text (editor, "reason_row", reason);
  set_row_text (editor, "received_row", received);
  gtk_switch_set_active (acc_test_find_one (editor, GTK_TYPE_SWITCH, "urgent_switch"), urgent);
  adw_combo_row_set_selected (recipient, combo_position (recipient, SUPERVISOR_NAME));
}

static void
voicemail_body (AccApplication *app,
                GtkWindow      *window,
                gpointer        data)
{
  AccTestStaff *staff = data;
  AccPhonePage *page = phone_page (window);
  AccPhoneBanner *banner = acc_phone_page_get_banner (page);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GListModel) messages = NULL;
  AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
  AccVoicemailDialog *dialog;
  AdwMessageDialog *question;
  GPtrArray *editors;
  GtkLabel *name_error;
  gint64 before = g_get_real_time ();
  gint64 at_us = 0;

  g_assert_true (acc_phone_banner_get_voicemail_reminder (banner));

  /* Ctrl+Shift+V. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.voicemail", NULL);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_VOICEMAIL_DIALOG)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (acc_test_some_label_contains (dialog, AGENT_NAME));

  /* Two messages (Ctrl+Shift+N): the count follows. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "voicemail.add-message", NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "voicemail.add-message", NULL);
  editors = acc_voicemail_dialog_get_editors (dialog);
  g_assert_cmpuint (editors->len, ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (acc_test_find_one (dialog, GTK_TYPE_SPIN_BUTTON, "count_spin")), ==, 2);

  /* Saving the empty messages: errors next to the fields, nothing saved. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "voicemail.save", NULL);
  name_error = acc_test_find_one (g_ptr_array_index (editors, 0), GTK_TYPE_LABEL, "name_error");
  WAIT_UNTIL (acc_test_is_shown (name_error), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (name_error), !=, "");
  g_assert_true (acc_test_is_shown (acc_test_find_one (g_ptr_array_index (editors, 1), GTK_TYPE_LABEL, "recipient_error")));
  g_assert_true (acc_test_app_window (app, ACC_TYPE_VOICEMAIL_DIALOG) == dialog);
  g_assert_true (acc_repository_get_last_voicemail_check (second, &at_us, NULL));
  g_assert_cmpint (at_us, ==, 0);

  /* Escape with something typed asks first; keep editing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "voicemail.cancel", NULL);
  WAIT_UNTIL ((question = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL
              && gtk_widget_get_visible (GTK_WIDGET (question)), WAIT_MS);
  /* What the button does: the response, then the dialog closes. */
  adw_message_dialog_response (question, "keep");
  gtk_window_close (GTK_WINDOW (question));
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  g_assert_true (acc_test_app_window (app, ACC_TYPE_VOICEMAIL_DIALOG) == dialog);

  /* A third message on the voicemail, not entered (a hang-up). */
  gtk_spin_button_set_value (acc_test_find_one (dialog, GTK_TYPE_SPIN_BUTTON, "count_spin"), 3);
  fill_voicemail_message (g_ptr_array_index (editors, 0), "Hélène Dupré", "04 72 00 11 22",
                          "Rappeler pour un devis", "08:15", FALSE);
  fill_voicemail_message (g_ptr_array_index (editors, 1), "Marc Olivier", "06 12 34 56 78",
                          "Annulation de la visite de demain", "", TRUE);
  g_assert_false (acc_test_is_shown (name_error));

  /* Ctrl+Return: saved in one go, the dialog closes. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "voicemail.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_VOICEMAIL_DIALOG) == NULL, WAIT_MS);

  g_assert_true (acc_repository_get_last_voicemail_check (second, &at_us, NULL));
  g_assert_cmpint (at_us, >=, before);
  g_assert_cmpint (count_rows ("SELECT message_count FROM voicemail_checks"), ==, 3);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM voicemail_checks c JOIN staff s ON s.id = c.staff_id "
                               "WHERE s.name = '" AGENT_NAME "'"), ==, 1);

  filter.recipient_id = acc_staff_member_get_id (staff->supervisor);
  messages = acc_repository_list_messages (second, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(AccMessage) message = g_list_model_get_item (messages, i);
      gboolean dupre = g_strcmp0 (acc_message_get_name (message), "Hélène Dupré") == 0;

      g_assert_cmpint (acc_message_get_source (message), ==, ACC_MESSAGE_SOURCE_VOICEMAIL);
      g_assert_cmpint (acc_message_get_taken_by_id (message), ==, acc_staff_member_get_id (staff->agent));
      g_assert_cmpstr (acc_message_get_organisation (message), ==, "Mairie de Vénissieux");
      g_assert_true (dupre || g_strcmp0 (acc_message_get_name (message), "Marc Olivier") == 0);
      g_assert_cmpint (acc_message_get_urgent (message), ==, !dupre);
      g_assert_cmpstr (acc_message_get_phone (message), ==, dupre ? "+33472001122" : "+33612345678");
      /* Received: the last 08:15 before now, or now for the one without a time. */
      g_assert_cmpint (acc_message_get_created_at (message), <=, g_get_real_time ());
      g_assert_cmpint (acc_message_get_created_at (message), >, before - DAY_US);
    }

  /* And the banner no longer asks for a check. */
  WAIT_UNTIL (!acc_phone_banner_get_voicemail_reminder (banner), WAIT_MS);
}

static void
test_voicemail (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) next = next_slot_start ();
  AccTestStaff staff = { NULL, NULL };

  repository = acc_test_prepare_desk (&staff);
  save_slot (repository, (guint) g_date_time_get_day_of_week (next), 9 * 60, 12 * 60);
  g_clear_object (&repository);

  acc_test_run_as_agent (voicemail_body, &staff);
  acc_test_staff_clear (&staff);
}

/* Case: search, filters, tools ------------------------------------------- */

typedef struct
{
  AccTestStaff staff;
  gint64 started[5];
  AccOutcome outcomes[5];
} BookCase;

static guint
count_between (BookCase *book,
               gint64    from_us,
               gint64    to_us,
               int       outcome)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (book->started); i++)
    if (book->started[i] >= from_us && book->started[i] < to_us
        && (outcome < 0 || (int) book->outcomes[i] == outcome))
      n++;
  return n;
}

static void
book_body (AccApplication *app,
           GtkWindow      *window,
           gpointer        data)
{
  BookCase *book = data;
  AccPhonePage *page = phone_page (window);
  GtkEditable *search = acc_test_find_one (page, GTK_TYPE_SEARCH_ENTRY, "book_search");
  GtkDropDown *period = acc_test_find_one (page, GTK_TYPE_DROP_DOWN, "period_dropdown");
  GtkDropDown *outcome = acc_test_find_one (page, GTK_TYPE_DROP_DOWN, "outcome_dropdown");
  GtkEditable *from = acc_test_find_one (page, GTK_TYPE_ENTRY, "from_entry");
  GtkEditable *to = acc_test_find_one (page, GTK_TYPE_ENTRY, "to_entry");
  GtkLabel *filter_error = acc_test_find_one (page, GTK_TYPE_LABEL, "filter_error");
  AccPhoneTools *tools = acc_test_find_one (page, ACC_TYPE_PHONE_TOOLS, NULL);
  g_autoptr(GDateTime) today = acc_test_today_at (0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
  g_autoptr(GDateTime) next_monday = g_date_time_add_days (monday, 7);
  g_autoptr(GDateTime) first = g_date_time_add_days (today, 1 - g_date_time_get_day_of_month (today));
  g_autoptr(GDateTime) next_first = g_date_time_add_months (first, 1);
  g_autoptr(GDateTime) old = g_date_time_new_from_unix_local (book->started[3] / G_USEC_PER_SEC);
  g_autofree char *old_day = g_date_time_format (old, "%d/%m/%Y");
  GtkPopover *popover;
  GtkListBox *supervisors;
  guint n_before;

  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* Ctrl+F, then words without accents: the FTS ignores them. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.search", NULL);
  WAIT_UNTIL (gtk_widget_has_focus (GTK_WIDGET (search))
              || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (search)), WAIT_MS);
  gtk_editable_set_text (search, "aurelie");
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  gtk_editable_set_text (search, "reclam");
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  gtk_editable_set_text (search, "personne inconnue");
  WAIT_UNTIL (book_count (page) == 0, WAIT_MS);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (acc_test_find_one (acc_phone_page_get_book (page), GTK_TYPE_STACK, NULL)),
                   ==, "empty");
  gtk_editable_set_text (search, "");
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* Each period. */
  gtk_drop_down_set_selected (period, 1);
  WAIT_UNTIL (book_count (page) == count_between (book, acc_test_to_us (today), acc_test_to_us (tomorrow), -1), WAIT_MS);
  gtk_drop_down_set_selected (period, 2);
  WAIT_UNTIL (book_count (page) == count_between (book, acc_test_to_us (monday), acc_test_to_us (next_monday), -1), WAIT_MS);
  gtk_drop_down_set_selected (period, 3);
  WAIT_UNTIL (book_count (page) == count_between (book, acc_test_to_us (first), acc_test_to_us (next_first), -1), WAIT_MS);
  g_assert_cmpuint (book_count (page), >=, 1);

  /* Période…: today to today at first, then the day of the old call. */
  gtk_drop_down_set_selected (period, 4);
  WAIT_UNTIL (acc_test_is_shown (from), WAIT_MS);
  WAIT_UNTIL (book_count (page) == count_between (book, acc_test_to_us (today), acc_test_to_us (tomorrow), -1), WAIT_MS);
  gtk_editable_set_text (from, old_day);
  gtk_editable_set_text (to, old_day);
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);

  /* A day that is not one: said next to the filter, the book unchanged. */
  gtk_editable_set_text (to, "31/02/2026");
  n_before = book_count (page);
  g_signal_emit_by_name (to, "activate");
  WAIT_UNTIL (acc_test_is_shown (filter_error), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (filter_error), !=, "");
  g_assert_cmpuint (book_count (page), ==, n_before);
  gtk_editable_set_text (to, old_day);
  WAIT_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (filter_error)), WAIT_MS);

  /* Every period again, then each outcome. */
  gtk_drop_down_set_selected (period, 0);
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);
  for (int o = ACC_OUTCOME_ANSWERED; o <= ACC_OUTCOME_MESSAGE; o++)
    {
      gtk_drop_down_set_selected (outcome, (guint) o + 1);
      WAIT_UNTIL (book_count (page) == count_between (book, 0, G_MAXINT64, o), WAIT_MS);
    }
  g_assert_cmpuint (count_between (book, 0, G_MAXINT64, ACC_OUTCOME_ANSWERED), ==, 2);
  gtk_drop_down_set_selected (outcome, 0);
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* Ctrl+E: the supervisors, with their numbers as the French write them. */
  gtk_widget_activate_action (GTK_WIDGET (page), "phone.supervisors", NULL);
  popover = acc_phone_tools_get_popover (tools, "supervisors");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (popover)), WAIT_MS);
  supervisors = acc_test_find_one (popover, GTK_TYPE_LIST_BOX, "supervisors_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (supervisors, 0));
  g_assert_null (gtk_list_box_get_row_at_index (supervisors, 1));
  g_assert_true (acc_test_some_label_contains (supervisors, SUPERVISOR_NAME));
  g_assert_true (acc_test_some_label_contains (supervisors, "04 78 12 34 56"));
  gtk_popover_popdown (popover);
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)), WAIT_MS);
}

static void
test_book_filters (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) today = acc_test_today_at (1);
  g_autoptr(GDateTime) monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
  g_autoptr(GDateTime) first = g_date_time_add_days (today, 1 - g_date_time_get_day_of_month (today));
  gint64 now = g_get_real_time ();
  BookCase book = { { NULL, NULL }, { 0 }, { 0 } };
  const char *names[] = { "Aurélie Dupont", "Bruno Martin", "Chloé Bernard", "Denis Moreau", "Émile Garnier" };
  const char *reasons[] = { "Réclamation", "Devis", "Renseignement", "Renseignement", "Devis" };
  const AccOutcome outcomes[] = { ACC_OUTCOME_ANSWERED, ACC_OUTCOME_TRANSFERRED, ACC_OUTCOME_ORIENTED,
                                  ACC_OUTCOME_MESSAGE, ACC_OUTCOME_ANSWERED };

  book.started[0] = acc_test_to_us (today);
  book.started[1] = acc_test_to_us (monday) + MINUTE_US;
  book.started[2] = acc_test_to_us (first) + 2 * MINUTE_US;
  book.started[3] = now - 40 * DAY_US;
  book.started[4] = now - 400 * DAY_US;

  repository = acc_test_prepare_desk (&book.staff);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AccInteraction) call = save_call (repository, names[i], reasons[i], outcomes[i],
                                                  book.started[i], book.staff.agent);
      book.outcomes[i] = outcomes[i];
    }
  g_clear_object (&repository);

  acc_test_run_as_agent (book_body, &book);
  acc_test_staff_clear (&book.staff);
}

/* Case: a correction and its history ------------------------------------- */

static void
correction_body (AccApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  AccTestStaff *staff = data;
  AccPhonePage *page = phone_page (window);
  AccBookView *book = acc_phone_page_get_book (page);
  GtkColumnView *column_view = acc_test_find_one (book, GTK_TYPE_COLUMN_VIEW, NULL);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(AccChange) change = NULL;
  g_autoptr(AccInteraction) first = NULL;
  AccEntryDialog *dialog;
  GtkLabel *name_error;

  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  first = g_list_model_get_item (acc_book_view_get_model (book), 0);

  /* Enter on the first row. */
  g_signal_emit_by_name (column_view, "activate", 0);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  g_assert_cmpint (acc_interaction_get_id (acc_entry_dialog_get_interaction (dialog)), ==,
                   acc_interaction_get_id (first));
  /* Every field, the agent, the steps, the outcome; never corrected yet. */
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (dialog, G_TYPE_INVALID, "name_row")), ==, "Gaspard Lenoir");
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (dialog, G_TYPE_INVALID, "phone_row")), ==, "04 72 00 11 22");
  g_assert_cmpstr (adw_action_row_get_subtitle (acc_test_find_one (dialog, ADW_TYPE_ACTION_ROW, "agent_row")), ==, AGENT_NAME);
  g_assert_cmpstr (gtk_label_get_text (acc_test_find_one (dialog, GTK_TYPE_LABEL, "greeted_label")), ==, "Ticked");
  g_assert_cmpstr (gtk_label_get_text (acc_test_find_one (dialog, GTK_TYPE_LABEL, "presented_label")), ==, "Not ticked");
  g_assert_cmpuint (adw_combo_row_get_selected (acc_test_find_one (dialog, ADW_TYPE_COMBO_ROW, "outcome_row")), ==,
                    ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_test_some_label_contains (dialog, "Never corrected"));

  /* A name removed: the error is next to the field, nothing is saved. */
  set_row_text (dialog, "name_row", "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL);
  name_error = acc_test_find_one (dialog, GTK_TYPE_LABEL, "name_error");
  WAIT_UNTIL (acc_test_is_shown (name_error), WAIT_MS);
  g_assert_true (acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG) == dialog);

  /* The reason corrected, the same phone written another way; Ctrl+Return. */
  set_row_text (dialog, "name_row", "Gaspard Lenoir");
  set_row_text (dialog, "reason_row", "Réclamation");
  set_row_text (dialog, "phone_row", "+33 4 72 00 11 22");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG) == NULL, WAIT_MS);

  /* One change, the reason, by who is at the desk. */
  changes = acc_repository_list_interaction_changes (second, acc_interaction_get_id (first), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  change = g_list_model_get_item (changes, 0);
  g_assert_cmpstr (acc_change_get_field (change), ==, "reason");
  g_assert_cmpstr (acc_change_get_old_value (change), ==, "Devis");
  g_assert_cmpstr (acc_change_get_new_value (change), ==, "Réclamation");
  g_assert_cmpint (acc_change_get_staff_id (change), ==, acc_staff_member_get_id (staff->agent));

  /* The book shows it, and the entry's history says it. */
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  g_signal_emit_by_name (column_view, "activate", 0);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG)) != NULL, WAIT_MS);
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (dialog, G_TYPE_INVALID, "reason_row")), ==, "Réclamation");
  g_assert_true (acc_test_some_label_contains (acc_entry_dialog_get_history (dialog), "Devis → Réclamation"));
  g_assert_true (acc_test_some_label_contains (acc_entry_dialog_get_history (dialog), AGENT_NAME));
  g_assert_true (acc_test_some_label_contains (acc_entry_dialog_get_history (dialog), "Reason"));

  /* Escape with nothing changed closes at once. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.cancel", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG) == NULL, WAIT_MS);
}

static void
test_correction (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccInteraction) call = NULL;
  AccTestStaff staff = { NULL, NULL };

  repository = acc_test_prepare_desk (&staff);
  call = save_call (repository, "Gaspard Lenoir", "Devis", ACC_OUTCOME_ANSWERED,
                    g_get_real_time () - HOUR_US, staff.agent);
  g_clear_object (&repository);

  acc_test_run_as_agent (correction_body, &staff);
  acc_test_staff_clear (&staff);
}

/* Each case in its own process, on its own temporary folder -------------- */

static const AccTestCase cases[] = {
  { "/phone-page/banner/inside-slot", test_inside_slot },
  { "/phone-page/banner/confirmed-elsewhere", test_confirmed_elsewhere },
  { "/phone-page/banner/slot-ended", test_slot_ended },
  { "/phone-page/banner/outside-slot", test_outside_slot },
  { "/phone-page/banner/closed-today", test_closed_today },
  { "/phone-page/voicemail", test_voicemail },
  { "/phone-page/book-filters", test_book_filters },
  { "/phone-page/correction", test_correction },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("phone-page", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
