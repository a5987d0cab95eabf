/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-visit-page.c — the Physique tab, driven in-process as a person
 * drives it: the real AccApplication on a temporary database, widgets found
 * by walking the tree from the window, the same actions as the shortcuts
 * and buttons, and waits (never sleeps) for the window to show the result.
 *
 * The banner reads the real clock: each case builds its opening hours
 * around g_date_time_new_now_local(), so that "now" is inside a range, or
 * outside; the ranges are chosen so that every case holds at any time of
 * day, midnight included (a range may end at 24:00).
 *
 * Each case runs in a subprocess of its own (acc-test-util.h). Run under
 * tests/run-with-display.sh with GSETTINGS_SCHEMA_DIR pointing at the build
 * folder's compiled schemas.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "acc-application.h"
#include "acc-book-page.h"
#include "acc-book-view.h"
#include "acc-document-editor.h"
#include "acc-documents-dialog.h"
#include "acc-entry-dialog.h"
#include "acc-poster.h"
#include "acc-test-util.h"
#include "acc-visit-banner.h"
#include "acc-visit-page.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 30

#define AGENT_NAME ACC_TEST_AGENT_NAME
#define SUPERVISOR_NAME ACC_TEST_SUPERVISOR_NAME

/* Finding widgets -------------------------------------------------------- */

static AccVisitPage *
visit_page (GtkWindow *window)
{
  g_assert_true (ACC_IS_WINDOW (window));
  return acc_test_find_one (window, ACC_TYPE_VISIT_PAGE, NULL);
}

/* The Physique tab on screen, as Alt+2 shows it. */
static AccVisitPage *
show_visit_tab (GtkWindow *window)
{
  AccVisitPage *page = visit_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)), WAIT_MS);
  return page;
}

static AdwViewStackPage *
visit_tab (GtkWindow *window)
{
  AdwViewStack *stack = acc_test_find_one (window, ADW_TYPE_VIEW_STACK, NULL);

  return adw_view_stack_get_page (stack, GTK_WIDGET (visit_page (window)));
}

static guint
book_count (AccVisitPage *page)
{
  return acc_test_n_items (acc_book_view_get_model (acc_visit_page_get_book (page)));
}

static void
set_text (gpointer    root,
          const char *id,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (acc_test_find_one (root, G_TYPE_INVALID, id)), text);
}

/* Every button under @root has a name for screen readers: its own label,
 * or an accessible label (icon buttons, buttons with a box inside). */
static void
assert_buttons_named (gpointer root)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (root, GTK_TYPE_BUTTON, NULL);
  g_autoptr(GPtrArray) menu_buttons = acc_test_find_all (root, GTK_TYPE_MENU_BUTTON, NULL);

  g_ptr_array_extend (buttons, menu_buttons, NULL, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = GTK_IS_BUTTON (button) ? gtk_button_get_label (GTK_BUTTON (button)) : NULL;

      /* A hidden button is not in the accessible tree (an entry row's
       * apply button). GTK's own inner buttons (a drop-down's or a menu
       * button's toggle, a spin button's steps) are named by the widget
       * around them. */
      if (!gtk_widget_get_visible (button)
          || gtk_widget_get_ancestor (gtk_widget_get_parent (button), GTK_TYPE_DROP_DOWN) != NULL
          || gtk_widget_get_ancestor (gtk_widget_get_parent (button), GTK_TYPE_MENU_BUTTON) != NULL
          || gtk_widget_get_ancestor (button, GTK_TYPE_SPIN_BUTTON) != NULL)
        continue;
      if (label == NULL && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("A %s (%s) under %s has no accessible name", G_OBJECT_TYPE_NAME (button),
                 gtk_buildable_get_buildable_id (GTK_BUILDABLE (button)), G_OBJECT_TYPE_NAME (root));
    }
}

/* Preparing databases through the core (the desk: acc-test-util.h) ------- */

static void
save_hours (AccRepository *repository,
            guint          weekday,
            guint          start_minute,
            guint          end_minute)
{
  acc_test_save_schedule_range (repository, ACC_SCHEDULE_OPENING_HOURS, weekday, start_minute, end_minute);
}

static AccDocument *
save_document (AccRepository   *repository,
               const char      *title,
               AccDocumentKind  kind,
               gint64           reviewed_at,
               AccStaffMember  *by,
               guint            interval_days)
{
  g_autoptr(GError) error = NULL;
  AccDocument *document = acc_document_new (title, kind);

  acc_document_set_location (document, "Présentoir de l’accueil");
  acc_document_set_reviewed_at (document, reviewed_at);
  acc_document_set_reviewed_by_id (document, by != NULL ? acc_staff_member_get_id (by) : 0);
  acc_document_set_review_interval_days (document, interval_days);
  acc_repository_save_document (repository, document, &error);
  g_assert_no_error (error);
  return document;
}

static AccInteraction *
save_visit (AccRepository  *repository,
            AccChannel      channel,
            const char     *name,
            const char     *reason,
            AccOutcome      outcome,
            gint64          started_at,
            AccStaffMember *by,
            AccStaffMember *supervisor)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *interaction = acc_interaction_new (channel);

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_reason (interaction, reason);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_ended_at (interaction, started_at + 20 * MINUTE_US);
  acc_interaction_set_staff_id (interaction, acc_staff_member_get_id (by));
  acc_interaction_set_outcome (interaction, outcome);
  if (outcome == ACC_OUTCOME_ANSWERED)
    acc_interaction_set_outcome_detail (interaction, "Tarifs expliqués");
  if (outcome == ACC_OUTCOME_TRANSFERRED)
    acc_interaction_set_supervisor_id (interaction, acc_staff_member_get_id (supervisor));
  acc_interaction_set_checklist (interaction, ACC_VISIT_STEP_INTRODUCED | ACC_VISIT_STEP_REASON_ASKED);
  acc_repository_save_interaction (repository, interaction, NULL, &error);
  g_assert_no_error (error);
  return interaction;
}

/* Times around now ------------------------------------------------------- */

static guint
today_weekday (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return (guint) g_date_time_get_day_of_week (now);
}

/* A range today around now: begun an hour ago (or at midnight), ending two
 * hours from now, or at midnight when that is sooner: then the premises
 * close at tomorrow's 00:00, and the banner names the day. */
static void
range_around_now (guint *start,
                  guint *end)
{
  guint minute = acc_test_minute_now ();

  *start = minute >= 60 ? minute - 60 : 0;
  *end = MIN (24 * 60, minute + 120);
}

/* Three days from now at 09:00: the next opening, whatever the hour. */
static GDateTime *
reopening (void)
{
  g_autoptr(GDateTime) nine = acc_test_today_at (9 * 60);

  return g_date_time_add_days (nine, 3);
}

/* Case: open ------------------------------------------------------------- */

typedef struct
{
  AccTestStaff staff;
  guint start;
  guint end;
} OpenCase;

static void
open_body (AccApplication *app,
           GtkWindow      *window,
           gpointer        data)
{
  OpenCase *open = data;
  AccVisitPage *page = show_visit_tab (window);
  AccVisitBanner *banner = acc_visit_page_get_banner (page);
  g_autoptr(GDateTime) until = acc_test_today_at (open->end);
  g_autofree char *expected = g_date_time_format (until, open->end < 24 * 60 ? "Open until %H:%M"
                                                                             : "Open until %A %H:%M");
  GtkLabel *status = acc_test_find_one (banner, GTK_TYPE_LABEL, "status_label");

  g_assert_cmpstr (acc_visit_banner_get_status_text (banner), ==, expected);
  g_assert_cmpstr (gtk_label_get_text (status), ==, expected);
  g_assert_true (acc_test_is_shown (status));
  g_assert_true (acc_visit_banner_get_open (banner));
  /* No document: nothing to review, no badge. */
  g_assert_false (acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_LABEL, "documents_label")));
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (visit_tab (window)), ==, 0);

  /* The hours changed elsewhere (another workstation): the banner follows.
   * A second range later today does not change the closing time of the
   * current one, unless it runs on from it. */
  {
    g_autoptr(AccRepository) second = acc_test_open_repository ();
    g_autoptr(GDateTime) next = reopening ();
    g_autofree char *closed = g_date_time_format (next, "Closed — reopens %A %H:%M");
    g_autoptr(GListModel) ranges = acc_repository_list_schedule (second, ACC_SCHEDULE_OPENING_HOURS, NULL);
    g_autoptr(AccScheduleRange) range = g_list_model_get_item (ranges, 0);
    g_autoptr(GError) error = NULL;

    /* Today's range moved to the day of the reopening: closed now. */
    acc_schedule_range_set_weekday (range, (guint) g_date_time_get_day_of_week (next));
    acc_schedule_range_set_start_minute (range, 9 * 60);
    acc_schedule_range_set_end_minute (range, 12 * 60);
    acc_repository_save_schedule_range (second, range, &error);
    g_assert_no_error (error);
    WAIT_UNTIL (g_strcmp0 (acc_visit_banner_get_status_text (banner), closed) == 0, WAIT_MS);
    g_assert_false (acc_visit_banner_get_open (banner));
  }
}

static void
test_open (void)
{
  g_autoptr(AccRepository) repository = NULL;
  OpenCase open = { { NULL, NULL }, 0, 0 };

  range_around_now (&open.start, &open.end);
  repository = acc_test_prepare_desk (&open.staff);
  save_hours (repository, today_weekday (), open.start, open.end);
  g_clear_object (&repository);

  acc_test_run_as_agent (open_body, &open);
  acc_test_staff_clear (&open.staff);
}

/* Case: closed, and a closure today -------------------------------------- */

typedef struct
{
  AccTestStaff staff;
  const char *closure;   /* NULL for none */
} ClosedCase;

static void
closed_body (AccApplication *app,
             GtkWindow      *window,
             gpointer        data)
{
  ClosedCase *closed = data;
  AccVisitPage *page = show_visit_tab (window);
  AccVisitBanner *banner = acc_visit_page_get_banner (page);
  g_autoptr(GDateTime) next = reopening ();
  g_autofree char *when = g_date_time_format (next, "%A %H:%M");
  g_autofree char *expected = NULL;

  if (closed->closure != NULL)
    expected = g_strdup_printf ("Closed today, %s — reopens %s", closed->closure, when);
  else
    expected = g_strdup_printf ("Closed — reopens %s", when);
  g_assert_cmpstr (acc_visit_banner_get_status_text (banner), ==, expected);
  g_assert_true (acc_test_is_shown (acc_test_find_one (banner, GTK_TYPE_LABEL, "status_label")));
  g_assert_false (acc_visit_banner_get_open (banner));
}

static void
run_closed (const char *closure)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) next = reopening ();
  ClosedCase closed = { { NULL, NULL }, closure };

  repository = acc_test_prepare_desk (&closed.staff);
  save_hours (repository, (guint) g_date_time_get_day_of_week (next), 9 * 60, 12 * 60);
  if (closure != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
      g_autoptr(AccClosure) today = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, day, day, closure);
      g_autoptr(GError) error = NULL;
      guint start, end;

      /* Hours today around now too: the closure is what closes the
       * premises. */
      range_around_now (&start, &end);
      save_hours (repository, today_weekday (), start, end);
      acc_repository_save_closure (repository, today, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&repository);

  acc_test_run_as_agent (closed_body, &closed);
  acc_test_staff_clear (&closed.staff);
}

static void
test_closed (void)
{
  run_closed (NULL);
}

static void
test_closure_today (void)
{
  run_closed ("Inventaire annuel");
}

/* Case: the documents to keep current ------------------------------------ */

typedef struct
{
  AccTestStaff staff;
  AccDocument *never;       /* never reviewed */
  AccDocument *late;        /* reviewed 400 days ago, every 365 */
  AccDocument *poster;      /* reviewed 200 days ago, every 180 */
  AccDocument *current;     /* reviewed 10 days ago, every 365 */
} DocumentsCase;

static gint64
count_reviews (AccRepository *repository,
               AccDocument   *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reviews = acc_repository_list_document_reviews (repository,
                                                                        acc_document_get_id (document), &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (reviews);
}

static gboolean
is_overdue (GListModel *documents,
            guint       position)
{
  g_autoptr(AccDocument) document = g_list_model_get_item (documents, position);

  return acc_document_is_review_overdue (document, g_get_real_time ());
}

static void
documents_body (AccApplication *app,
                GtkWindow      *window,
                gpointer        data)
{
  DocumentsCase *docs = data;
  AccVisitPage *page = show_visit_tab (window);
  AccVisitBanner *banner = acc_visit_page_get_banner (page);
  GtkLabel *documents_label = acc_test_find_one (banner, GTK_TYPE_LABEL, "documents_label");
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;
  AccDocumentsDialog *dialog;
  AccDocumentEditor *editor;
  GListModel *shown;
  gint64 before = g_get_real_time ();

  assert_buttons_named (page);

  /* Three overdue: said on the banner, counted on the tab. */
  g_assert_cmpuint (acc_visit_banner_get_overdue_count (banner), ==, 3);
  g_assert_cmpuint (acc_visit_page_get_overdue_count (page), ==, 3);
  WAIT_UNTIL (acc_test_is_shown (documents_label), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (documents_label), ==, "3 documents to review");
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (visit_tab (window)), ==, 3);
  g_assert_true (adw_view_stack_page_get_needs_attention (visit_tab (window)));

  /* Ctrl+B: the register, overdue items first. */
  gtk_widget_activate_action (GTK_WIDGET (page), "visit.documents", NULL);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_DOCUMENTS_DIALOG)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  shown = acc_documents_dialog_get_documents (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
  g_assert_true (is_overdue (shown, 0));
  g_assert_true (is_overdue (shown, 1));
  g_assert_true (is_overdue (shown, 2));
  g_assert_false (is_overdue (shown, 3));
  {
    g_autoptr(AccDocument) first = g_list_model_get_item (shown, 0);

    /* Never reviewed comes first of all. */
    g_assert_cmpint (acc_document_get_id (first), ==, acc_document_get_id (docs->never));
  }
  assert_buttons_named (dialog);
  g_assert_true (acc_test_some_label_contains (acc_documents_dialog_get_list (dialog), "Never reviewed"));
  g_assert_true (acc_test_some_label_contains (acc_documents_dialog_get_list (dialog), "To review"));
  g_assert_true (acc_test_some_label_contains (acc_documents_dialog_get_list (dialog), "Price list"));
  g_assert_true (acc_test_some_label_contains (acc_documents_dialog_get_list (dialog), "by " SUPERVISOR_NAME));

  /* A document that is a place, not a file: nothing to open, and said so. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "documents.open", "x", acc_document_get_id (docs->never));
  WAIT_UNTIL (g_str_has_prefix (acc_documents_dialog_get_status (dialog), "This document has no file to open"), WAIT_MS);

  /* « Marquer comme vérifié » on the late price list: recorded now, in the
   * name of who is at the desk; two left to review. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "documents.mark-reviewed", "x",
                              acc_document_get_id (docs->late));
  WAIT_UNTIL (acc_visit_banner_get_overdue_count (banner) == 2, WAIT_MS);
  WAIT_UNTIL (adw_view_stack_page_get_badge_number (visit_tab (window)) == 2, WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (documents_label), ==, "2 documents to review");
  g_assert_cmpint (count_reviews (second, docs->late), ==, 2);
  {
    g_autoptr(AccDocument) stored = acc_repository_get_document (second, acc_document_get_id (docs->late), &error);
    g_autoptr(GListModel) reviews = acc_repository_list_document_reviews (second, acc_document_get_id (docs->late), &error);
    g_autoptr(AccDocumentReview) newest = g_list_model_get_item (reviews, 0);

    g_assert_no_error (error);
    g_assert_cmpint (acc_document_get_reviewed_by_id (stored), ==, acc_staff_member_get_id (docs->staff.agent));
    g_assert_cmpint (acc_document_get_reviewed_at (stored), >=, before);
    g_assert_cmpstr (acc_document_review_get_staff_name (newest), ==, AGENT_NAME);
    g_assert_cmpint (acc_document_review_get_at (newest), ==, acc_document_get_reviewed_at (stored));
  }
  /* The register shows it reviewed today by her, no longer first. */
  WAIT_UNTIL (!is_overdue (acc_documents_dialog_get_documents (dialog), 2), WAIT_MS);
  g_assert_true (acc_test_some_label_contains (acc_documents_dialog_get_list (dialog), "by " AGENT_NAME));

  /* Reviewed from another workstation: the banner and the register follow. */
  acc_repository_mark_document_reviewed (second, docs->poster, acc_staff_member_get_id (docs->staff.supervisor), &error);
  g_assert_no_error (error);
  WAIT_UNTIL (acc_visit_banner_get_overdue_count (banner) == 1, WAIT_MS);
  WAIT_UNTIL (!is_overdue (acc_documents_dialog_get_documents (dialog), 1), WAIT_MS);
  g_assert_cmpstr (gtk_label_get_text (documents_label), ==, "1 document to review");

  /* Adding an item (Ctrl+N in the register): errors next to the fields. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "documents.add", NULL);
  WAIT_UNTIL ((editor = acc_test_app_window (app, ACC_TYPE_DOCUMENT_EDITOR)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (editor)), WAIT_MS);
  assert_buttons_named (editor);
  set_text (editor, "location_row", "/nulle/part/tarifs.pdf");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_UNTIL (acc_test_is_shown (acc_test_find_one (editor, GTK_TYPE_LABEL, "title_error")), WAIT_MS);
  g_assert_true (acc_test_is_shown (acc_test_find_one (editor, GTK_TYPE_LABEL, "location_error")));
  g_assert_true (gtk_widget_has_css_class (acc_test_find_one (editor, G_TYPE_INVALID, "title_row"), "error"));
  g_assert_true (acc_test_app_window (app, ACC_TYPE_DOCUMENT_EDITOR) == editor);

  /* Fixed: saved, never reviewed, so overdue at once. */
  set_text (editor, "title_row", "Grille tarifaire 2027");
  set_text (editor, "location_row", "Présentoir de l’accueil");
  adw_combo_row_set_selected (acc_test_find_one (editor, ADW_TYPE_COMBO_ROW, "kind_row"), ACC_DOCUMENT_PRICE_LIST);
  gtk_spin_button_set_value (acc_test_find_one (editor, GTK_TYPE_SPIN_BUTTON, "interval_spin"), 90);
  g_assert_false (acc_test_is_shown (acc_test_find_one (editor, GTK_TYPE_LABEL, "title_error")));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_DOCUMENT_EDITOR) == NULL, WAIT_MS);
  WAIT_UNTIL (g_list_model_get_n_items (acc_documents_dialog_get_documents (dialog)) == 5, WAIT_MS);
  WAIT_UNTIL (acc_visit_banner_get_overdue_count (banner) == 2, WAIT_MS);
  {
    g_autoptr(GListModel) documents = acc_repository_list_documents (second, &error);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
      {
        g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);

        if (g_strcmp0 (acc_document_get_title (document), "Grille tarifaire 2027") != 0)
          continue;
        found = TRUE;
        g_assert_cmpint (acc_document_get_kind (document), ==, ACC_DOCUMENT_PRICE_LIST);
        g_assert_cmpuint (acc_document_get_review_interval_days (document), ==, 90);
        g_assert_cmpstr (acc_document_get_location (document), ==, "Présentoir de l’accueil");
        g_assert_cmpint (acc_document_get_reviewed_at (document), ==, 0);
      }
    g_assert_true (found);
  }

  /* Editing one: its reviews are listed, who and when. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "documents.edit", "x", acc_document_get_id (docs->late));
  WAIT_UNTIL ((editor = acc_test_app_window (app, ACC_TYPE_DOCUMENT_EDITOR)) != NULL, WAIT_MS);
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (editor, G_TYPE_INVALID, "title_row")), ==, "Tarifs 2026");
  g_assert_true (acc_test_some_label_contains (acc_test_find_one (editor, GTK_TYPE_LIST_BOX, "reviews_list"), AGENT_NAME));
  g_assert_true (acc_test_some_label_contains (acc_test_find_one (editor, GTK_TYPE_LIST_BOX, "reviews_list"), SUPERVISOR_NAME));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_DOCUMENT_EDITOR) == NULL, WAIT_MS);

  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_DOCUMENTS_DIALOG) == NULL, WAIT_MS);
}

static void
test_documents (void)
{
  g_autoptr(AccRepository) repository = NULL;
  gint64 now = g_get_real_time ();
  DocumentsCase docs = { { NULL, NULL }, NULL, NULL, NULL, NULL };

  repository = acc_test_prepare_desk (&docs.staff);
  docs.never = save_document (repository, "Plaquette de présentation", ACC_DOCUMENT_BROCHURE, 0, NULL, 365);
  docs.late = save_document (repository, "Tarifs 2026", ACC_DOCUMENT_PRICE_LIST, now - 400 * DAY_US,
                             docs.staff.supervisor, 365);
  docs.poster = save_document (repository, "Affiche des horaires", ACC_DOCUMENT_OPENING_HOURS_POSTER,
                               now - 200 * DAY_US, docs.staff.supervisor, 180);
  docs.current = save_document (repository, "Livret d’accueil", ACC_DOCUMENT_WELCOME_BOOKLET, now - 10 * DAY_US,
                                docs.staff.supervisor, 365);
  g_clear_object (&repository);

  acc_test_run_as_agent (documents_body, &docs);
  g_clear_object (&docs.never);
  g_clear_object (&docs.late);
  g_clear_object (&docs.poster);
  g_clear_object (&docs.current);
  acc_test_staff_clear (&docs.staff);
}

/* Case: the visits register's search and filters ------------------------- */

typedef struct
{
  AccTestStaff staff;
  gint64 started[5];
  AccOutcome outcomes[5];
} RegisterCase;

static guint
count_between (RegisterCase *reg,
               gint64        from_us,
               gint64        to_us,
               int           outcome)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (reg->started); i++)
    if (reg->started[i] >= from_us && reg->started[i] < to_us
        && (outcome < 0 || (int) reg->outcomes[i] == outcome))
      n++;
  return n;
}

static void
register_body (AccApplication *app,
               GtkWindow      *window,
               gpointer        data)
{
  RegisterCase *reg = data;
  AccVisitPage *page = show_visit_tab (window);
  AccBookPage *book_page = acc_visit_page_get_book_page (page);
  GtkEditable *search = acc_test_find_one (book_page, GTK_TYPE_SEARCH_ENTRY, "book_search");
  GtkDropDown *period = acc_test_find_one (book_page, GTK_TYPE_DROP_DOWN, "period_dropdown");
  GtkDropDown *outcome = acc_test_find_one (book_page, GTK_TYPE_DROP_DOWN, "outcome_dropdown");
  GtkEditable *from = acc_test_find_one (book_page, GTK_TYPE_ENTRY, "from_entry");
  GtkEditable *to = acc_test_find_one (book_page, GTK_TYPE_ENTRY, "to_entry");
  GListModel *outcomes = gtk_drop_down_get_model (outcome);
  g_autoptr(GDateTime) today = acc_test_today_at (0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
  g_autoptr(GDateTime) next_monday = g_date_time_add_days (monday, 7);
  g_autoptr(GDateTime) old = g_date_time_new_from_unix_local (reg->started[3] / G_USEC_PER_SEC);
  g_autofree char *old_day = g_date_time_format (old, "%d/%m/%Y");

  /* Visits only, newest first. */
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);
  {
    g_autoptr(AccInteraction) newest = g_list_model_get_item (acc_book_view_get_model (acc_visit_page_get_book (page)), 0);

    g_assert_cmpint (acc_interaction_get_channel (newest), ==, ACC_CHANNEL_VISIT);
    g_assert_cmpstr (acc_interaction_get_name (newest), ==, "Aurélie Dupont");
  }
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (outcomes), 2), ==, "Supervisor called");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (outcomes), 4), ==, "Message left");

  /* Ctrl+F, then words without accents. */
  gtk_widget_activate_action (GTK_WIDGET (page), "visit.search", NULL);
  WAIT_UNTIL (gtk_widget_has_focus (GTK_WIDGET (search))
              || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (search)), WAIT_MS);
  gtk_editable_set_text (search, "aurelie");
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  gtk_editable_set_text (search, "renseig");
  WAIT_UNTIL (book_count (page) == 2, WAIT_MS);
  gtk_editable_set_text (search, "");
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* Periods. */
  gtk_drop_down_set_selected (period, 1);
  WAIT_UNTIL (book_count (page) == count_between (reg, acc_test_to_us (today), acc_test_to_us (tomorrow), -1), WAIT_MS);
  gtk_drop_down_set_selected (period, 2);
  WAIT_UNTIL (book_count (page) == count_between (reg, acc_test_to_us (monday), acc_test_to_us (next_monday), -1), WAIT_MS);
  gtk_drop_down_set_selected (period, 4);
  WAIT_UNTIL (acc_test_is_shown (from), WAIT_MS);
  gtk_editable_set_text (from, old_day);
  gtk_editable_set_text (to, old_day);
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  gtk_drop_down_set_selected (period, 0);
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* Each outcome, in the visit's words. */
  for (int o = ACC_OUTCOME_ANSWERED; o <= ACC_OUTCOME_MESSAGE; o++)
    {
      gtk_drop_down_set_selected (outcome, (guint) o + 1);
      WAIT_UNTIL (book_count (page) == count_between (reg, 0, G_MAXINT64, o), WAIT_MS);
    }
  g_assert_cmpuint (count_between (reg, 0, G_MAXINT64, ACC_OUTCOME_TRANSFERRED), ==, 2);
  gtk_drop_down_set_selected (outcome, 0);
  WAIT_UNTIL (book_count (page) == 5, WAIT_MS);

  /* A visit logged elsewhere appears. */
  {
    g_autoptr(AccRepository) second = acc_test_open_repository ();
    g_autoptr(AccInteraction) visit = save_visit (second, ACC_CHANNEL_VISIT, "Zoé Lefèvre", "Devis",
                                                  ACC_OUTCOME_ANSWERED, g_get_real_time (), reg->staff.agent, NULL);

    WAIT_UNTIL (book_count (page) == 6, WAIT_MS);
  }
}

static void
test_register_filters (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GDateTime) today = acc_test_today_at (1);
  gint64 now = g_get_real_time ();
  RegisterCase reg = { { NULL, NULL }, { 0 }, { 0 } };
  const char *names[] = { "Aurélie Dupont", "Bruno Martin", "Chloé Bernard", "Denis Moreau", "Émile Garnier" };
  const char *reasons[] = { "Réclamation", "Renseignement", "Devis", "Renseignement", "Devis" };
  const AccOutcome outcomes[] = { ACC_OUTCOME_ANSWERED, ACC_OUTCOME_TRANSFERRED, ACC_OUTCOME_ORIENTED,
                                  ACC_OUTCOME_TRANSFERRED, ACC_OUTCOME_ANSWERED };

  /* Newest first: today (just after midnight, or now when earlier), then
   * further back. */
  reg.started[0] = MIN (acc_test_to_us (today), now);
  reg.started[1] = now - 2 * DAY_US;
  reg.started[2] = now - 9 * DAY_US;
  reg.started[3] = now - 40 * DAY_US;
  reg.started[4] = now - 400 * DAY_US;

  repository = acc_test_prepare_desk (&reg.staff);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AccInteraction) visit = NULL;

      /* Oriented needs a body of the directory: the register shows it
       * anyway, the rules are the form's. */
      visit = save_visit (repository, ACC_CHANNEL_VISIT, names[i], reasons[i], outcomes[i],
                          reg.started[i], reg.staff.agent, reg.staff.supervisor);
      reg.outcomes[i] = outcomes[i];
    }
  /* Calls are not visits. */
  {
    g_autoptr(AccInteraction) call = save_visit (repository, ACC_CHANNEL_PHONE, "Aurélie Appel", "Renseignement",
                                                 ACC_OUTCOME_ANSWERED, now, reg.staff.agent, NULL);
  }
  g_clear_object (&repository);

  acc_test_run_as_agent (register_body, &reg);
  acc_test_staff_clear (&reg.staff);
}

/* Case: a correction and its history ------------------------------------- */

typedef struct
{
  AccTestStaff staff;
  AccDocument *brochure;
} CorrectionCase;

static void
correction_body (AccApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  CorrectionCase *correction = data;
  AccVisitPage *page = show_visit_tab (window);
  AccBookView *book = acc_visit_page_get_book (page);
  GtkColumnView *column_view = acc_test_find_one (book, GTK_TYPE_COLUMN_VIEW, NULL);
  g_autoptr(AccRepository) second = acc_test_open_repository ();
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(AccChange) change = NULL;
  g_autoptr(AccInteraction) first = NULL;
  AccEntryDialog *dialog;
  AdwComboRow *outcome_row;

  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  first = g_list_model_get_item (acc_book_view_get_model (book), 0);

  /* Enter on the row: the visit, in a visit's words. */
  g_signal_emit_by_name (column_view, "activate", 0);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Visit");
  g_assert_cmpstr (adw_preferences_group_get_title (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_GROUP, "caller_group")),
                   ==, "Visitor");
  g_assert_cmpstr (adw_preferences_row_get_title (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_ROW, "started_row")),
                   ==, "Arrival");
  g_assert_cmpstr (adw_preferences_row_get_title (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_ROW, "ended_row")),
                   ==, "Departure");
  g_assert_cmpstr (adw_preferences_row_get_title (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_ROW, "agent_row")),
                   ==, "Received by");
  g_assert_true (acc_test_is_shown (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_GROUP, "visit_steps_group")));
  g_assert_false (gtk_widget_get_visible (acc_test_find_one (dialog, ADW_TYPE_PREFERENCES_GROUP, "call_steps_group")));
  g_assert_cmpstr (gtk_label_get_text (acc_test_find_one (dialog, GTK_TYPE_LABEL, "introduced_label")), ==, "Ticked");
  g_assert_cmpstr (gtk_label_get_text (acc_test_find_one (dialog, GTK_TYPE_LABEL, "informed_label")), ==, "Not ticked");
  g_assert_cmpstr (adw_action_row_get_subtitle (acc_test_find_one (dialog, ADW_TYPE_ACTION_ROW, "documents_row")),
                   ==, "Plaquette de présentation");
  outcome_row = acc_test_find_one (dialog, ADW_TYPE_COMBO_ROW, "outcome_row");
  g_assert_cmpuint (adw_combo_row_get_selected (outcome_row), ==, ACC_OUTCOME_TRANSFERRED);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (outcome_row)),
                                               ACC_OUTCOME_TRANSFERRED), ==, "Supervisor called");
  g_assert_true (acc_test_some_label_contains (dialog, "Never corrected"));

  /* The reason corrected; Ctrl+Return. */
  set_text (dialog, "reason_row", "Réclamation");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG) == NULL, WAIT_MS);

  changes = acc_repository_list_interaction_changes (second, acc_interaction_get_id (first), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  change = g_list_model_get_item (changes, 0);
  g_assert_cmpstr (acc_change_get_field (change), ==, "reason");
  g_assert_cmpstr (acc_change_get_old_value (change), ==, "Devis");
  g_assert_cmpstr (acc_change_get_new_value (change), ==, "Réclamation");
  g_assert_cmpint (acc_change_get_staff_id (change), ==, acc_staff_member_get_id (correction->staff.agent));
  /* The documents handed over stay as they were. */
  {
    g_autoptr(AccInteraction) stored = acc_repository_get_interaction (second, acc_interaction_get_id (first), NULL);
    gsize n = 0;
    const gint64 *ids = g_variant_get_fixed_array (acc_interaction_get_document_ids (stored), &n, sizeof (gint64));

    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpint (ids[0], ==, acc_document_get_id (correction->brochure));
  }

  /* The register shows it, and the entry's history says it. */
  WAIT_UNTIL (book_count (page) == 1, WAIT_MS);
  g_signal_emit_by_name (column_view, "activate", 0);
  WAIT_UNTIL ((dialog = acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG)) != NULL, WAIT_MS);
  g_assert_cmpstr (gtk_editable_get_text (acc_test_find_one (dialog, G_TYPE_INVALID, "reason_row")), ==, "Réclamation");
  g_assert_true (acc_test_some_label_contains (acc_entry_dialog_get_history (dialog), "Devis → Réclamation"));
  g_assert_true (acc_test_some_label_contains (acc_entry_dialog_get_history (dialog), AGENT_NAME));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.cancel", NULL);
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_ENTRY_DIALOG) == NULL, WAIT_MS);
}

static void
test_correction (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccInteraction) visit = NULL;
  g_autoptr(GError) error = NULL;
  CorrectionCase correction = { { NULL, NULL }, NULL };
  gint64 handed[1];

  repository = acc_test_prepare_desk (&correction.staff);
  correction.brochure = save_document (repository, "Plaquette de présentation", ACC_DOCUMENT_BROCHURE,
                                       g_get_real_time (), correction.staff.agent, 365);
  visit = save_visit (repository, ACC_CHANNEL_VISIT, "Gaspard Lenoir", "Devis", ACC_OUTCOME_TRANSFERRED,
                      g_get_real_time () - HOUR_US, correction.staff.agent, correction.staff.supervisor);
  handed[0] = acc_document_get_id (correction.brochure);
  acc_interaction_set_document_ids (visit, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, handed, 1, sizeof (gint64)));
  acc_repository_save_interaction (repository, visit, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&repository);

  acc_test_run_as_agent (correction_body, &correction);
  g_clear_object (&correction.brochure);
  acc_test_staff_clear (&correction.staff);
}

/* Case: the poster through the print operation --------------------------- */

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("Cannot run %s (install poppler-utils): %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* What the print dialog prints is what the PDF export saves: the print
 * operation, exported to a file, gives the same single A4 page. */
static void
test_poster_print (void)
{
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccPoster) poster = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (acc_test_database_path ());
  g_autofree char *path = g_build_filename (dir, "affiche-imprimee.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  AccTestStaff staff = { NULL, NULL };

  repository = acc_test_prepare_desk (&staff);
  save_hours (repository, 1, 9 * 60, 12 * 60 + 30);
  save_hours (repository, 1, 14 * 60, 18 * 60);
  save_hours (repository, 3, 9 * 60, 12 * 60);
  poster = acc_poster_new_from_repository (repository, NULL, &error);
  g_assert_no_error (error);

  gtk_init ();
  operation = acc_poster_new_print_operation (poster);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run_tool (info_argv);
  g_assert_nonnull (strstr (info, "\nPages:           1\n"));
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
  text = run_tool (text_argv);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Centre Social des Minguettes"));
  g_assert_nonnull (strstr (text, "09:00–12:30"));
  g_assert_nonnull (strstr (text, "14:00–18:00"));
  g_assert_nonnull (strstr (text, "Closed"));
  acc_test_staff_clear (&staff);
}

/* Each case in its own process, on its own temporary folder -------------- */

static const AccTestCase cases[] = {
  { "/visit-page/banner/open", test_open },
  { "/visit-page/banner/closed", test_closed },
  { "/visit-page/banner/closure-today", test_closure_today },
  { "/visit-page/documents", test_documents },
  { "/visit-page/register-filters", test_register_filters },
  { "/visit-page/correction", test_correction },
  { "/visit-page/poster-print", test_poster_print },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("visit-page", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
