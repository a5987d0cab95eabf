/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-gui.c — the two figures of the benchmark that need the real
 * widgets, measured in the application's own process on the big database
 * ($ACCUEIL_DATABASE), under the display of tests/run-with-display.sh:
 *
 *  - memory after scrolling the whole calls book, top to bottom: VmRSS
 *    before, then the book's vertical adjustment set step by step from the
 *    top to the bottom, each step painted, then VmRSS after;
 *  - keystroke to results painted in the call form: the form opened as
 *    Ctrl+N opens it, one character at a time inserted into its name field
 *    (what a key press does to the entry), and the time until a frame has
 *    been painted with the new results (the form's frame clock
 *    "after-paint" once the matches list shows new rows). Only the look-up
 *    and the paint are waited for, so this works whether the look-up is
 *    synchronous or asynchronous.
 *
 *   bench-gui [SCROLL_STEPS]
 *
 * Prints "key value" lines on stdout for bench-scale, which makes the
 * table. Not a test: `build-aux/dev bench` builds and runs it. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acc-book-view.h"
#include "acc-interaction-form.h"
#include "acc-test-util.h"
#include "acc-window.h"
#include "lookup-timing.h"

/* The call form looks contacts up from this many characters on
 * (LOOKUP_MIN_CHARS in src/gui/acc-interaction-form-contacts.c): shorter
 * text changes nothing to wait for. */
#define LOOKUP_MIN_CHARS 2
/* A look-up that shows nothing new within this is counted as lost. */
#define KEYSTROKE_TIMEOUT_MS 5000

/* What an agent types: names with and without their accents, an
 * organisation, phone digits as they are written. Every prefix of two
 * characters or more matches someone in the big demo database: a text
 * that matches nobody shows no new row to wait for ("+3" is not typed
 * here for that reason; bench-scale looks it up). */
static const char *const typed[] = {
  "Lefèvr", "lefevr", "Hélène", "helene", "Gérard", "gerard", "Moreau", "Dubois",
  "Noël M", "noel m", "EHPAD", "06 12 3", "0612 34", "07 58 1",
};

static GQuark seen_quark;

static guint64
vm_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

/* Frames ----------------------------------------------------------------- */

static guint64 n_frames;

static void
count_frame (GdkFrameClock *clock,
             gpointer       user_data)
{
  n_frames++;
}

/* Waits for a frame of @widget's window painted after now. */
static void
wait_painted (GtkWidget *widget)
{
  guint64 target = n_frames + 1;

  gtk_widget_queue_draw (widget);
  WAIT_UNTIL (n_frames >= target, WAIT_MS);
}

/* Scrolling the calls book ----------------------------------------------- */

static AccBookView *
find_calls_book (GtkWidget *window)
{
  g_autoptr(GPtrArray) books = acc_test_find_all (window, ACC_TYPE_BOOK_VIEW, NULL);

  for (guint i = 0; i < books->len; i++)
    if (acc_book_view_get_channel (g_ptr_array_index (books, i)) == ACC_CHANNEL_PHONE)
      return g_ptr_array_index (books, i);
  g_error ("The main window has no calls book");
}

static void
scroll_calls_book (GtkWidget *window,
                   guint      steps)
{
  AccBookView *book = find_calls_book (window);
  /* The list's own, not the empty state's. */
  GtkWidget *column_view = acc_test_find_one (book, GTK_TYPE_COLUMN_VIEW, NULL);
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (column_view));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  GListModel *model = acc_book_view_get_model (book);
  gulong handler;
  guint64 before, after;
  gint64 start;
  double bottom = 0;

  WAIT_UNTIL (acc_test_is_shown (scrolled) && acc_test_n_items (model) > 0, 10 * WAIT_MS);
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (count_frame), NULL);
  /* What a person sees a second after the start, as the baseline. */
  wait_painted (GTK_WIDGET (scrolled));
  acc_test_run_for (1000);
  before = vm_rss_kb ();

  start = g_get_monotonic_time ();
  for (guint i = 1; i <= steps; i++)
    {
      /* The upper bound is the list's estimate: read it again each step. */
      bottom = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
      gtk_adjustment_set_value (adjustment, bottom * i / steps);
      wait_painted (GTK_WIDGET (scrolled));
    }
  /* At the bottom: the last rows are shown (End would do the same). */
  bottom = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, bottom);
  wait_painted (GTK_WIDGET (scrolled));
  acc_test_run_for (1000);
  after = vm_rss_kb ();

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  printf ("rows %u\n", g_list_model_get_n_items (model));
  printf ("scroll-steps %u\n", steps);
  printf ("scroll-seconds %.1f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("scroll-at-bottom %d\n", gtk_adjustment_get_value (adjustment) >= bottom - 1.0);
  printf ("rss-before-kb %" G_GUINT64_FORMAT "\n", before);
  printf ("rss-after-kb %" G_GUINT64_FORMAT "\n", after);
  fflush (stdout);
}

/* Typing in the call form ------------------------------------------------ */

typedef struct
{
  GtkListBox *list;
  gboolean    waiting;
  gint64      painted_at;
} Lookup;

/* Rows are only added between frames: new rows mapped at "after-paint"
 * were in the frame just painted. The rows shown before the keystroke
 * carry seen_quark. */
static void
on_form_after_paint (GdkFrameClock *clock,
                     Lookup        *lookup)
{
  GtkListBoxRow *first;
  gint64 now = g_get_monotonic_time ();

  if (!lookup->waiting)
    return;
  first = gtk_list_box_get_row_at_index (lookup->list, 0);
  if (first != NULL && gtk_widget_get_mapped (GTK_WIDGET (first))
      && g_object_get_qdata (G_OBJECT (first), seen_quark) == NULL)
    {
      lookup->painted_at = now;
      lookup->waiting = FALSE;
    }
}

static void
mark_rows_seen (GtkListBox *list)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_object_set_qdata (G_OBJECT (row), seen_quark, GINT_TO_POINTER (1));
}

static void
type_in_call_form (AccApplication *app,
                   GtkWidget      *window)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  AccInteractionForm *form;
  GtkEditable *name_entry;
  Lookup lookup = { NULL, FALSE, 0 };
  GdkFrameClock *clock;
  gulong handler;
  guint lost = 0;

  gtk_widget_activate_action (window, "win.new-call", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_INTERACTION_FORM), WAIT_MS);
  form = acc_test_app_window (app, ACC_TYPE_INTERACTION_FORM);
  name_entry = acc_test_find_one (form, G_TYPE_INVALID, "name_entry");
  lookup.list = acc_test_find_one (form, G_TYPE_INVALID, "contacts_list");
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (form));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_form_after_paint), &lookup);
  gtk_widget_grab_focus (GTK_WIDGET (name_entry));

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    {
      guint n_chars = 0;

      gtk_editable_set_text (name_entry, "");
      acc_test_run_for (400);
      for (const char *p = typed[w]; *p != '\0'; p = g_utf8_next_char (p))
        {
          int position = -1;
          gint64 start;
          double latency;
          gboolean timed_out = FALSE;
          guint timeout;

          n_chars++;
          mark_rows_seen (lookup.list);
          lookup.waiting = n_chars >= LOOKUP_MIN_CHARS;
          position = (int) g_utf8_strlen (gtk_editable_get_text (name_entry), -1);
          start = g_get_monotonic_time ();
          gtk_editable_insert_text (name_entry, p, (int) (g_utf8_next_char (p) - p), &position);
          gtk_editable_set_position (name_entry, position);
          if (!lookup.waiting)
            continue;

          timeout = g_timeout_add (KEYSTROKE_TIMEOUT_MS, acc_test_set_flag, &timed_out);
          while (lookup.waiting && !timed_out)
            g_main_context_iteration (NULL, TRUE);
          if (timed_out)
            {
              lookup.waiting = FALSE;
              lost++;
              printf ("lost %s\n", gtk_editable_get_text (name_entry));
              continue;
            }
          g_source_remove (timeout);
          latency = lookup.painted_at - start;
          g_array_append_val (samples, latency);
        }
    }
  g_signal_handler_disconnect (clock, handler);

  printf ("keystrokes %u\n", samples->len);
  printf ("keystrokes-lost %u\n", lost);
  printf ("keystroke-p50-us %.0f\n", lookup_timing_percentile (samples, 50));
  printf ("keystroke-p95-us %.0f\n", lookup_timing_percentile (samples, 95));
  printf ("keystroke-max-us %.0f\n", lookup_timing_percentile (samples, 100));
  fflush (stdout);
  gtk_window_destroy (GTK_WINDOW (form));
}

static void
body (AccApplication *app,
      GtkWindow      *first_window,
      gpointer        data)
{
  guint steps = GPOINTER_TO_UINT (data);

  g_assert_true (ACC_IS_WINDOW (first_window));
  scroll_calls_book (GTK_WIDGET (first_window), steps);
  type_in_call_form (app, GTK_WIDGET (first_window));
}

int
main (int    argc,
      char **argv)
{
  guint steps = argc > 1 ? (guint) atoi (argv[1]) : 1000;

  setlocale (LC_ALL, "");
  seen_quark = g_quark_from_static_string ("bench-gui-seen");
  if (g_getenv ("ACCUEIL_DATABASE") == NULL)
    {
      g_printerr ("usage: ACCUEIL_DATABASE=FILE bench-gui [SCROLL_STEPS]\n");
      return 2;
    }
  acc_test_run_application (NULL, body, GUINT_TO_POINTER (MAX (steps, 1)));
  return 0;
}
