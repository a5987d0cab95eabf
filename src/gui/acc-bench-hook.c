/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-bench-hook.c — what the benchmark (tests/bench/bench-scale.c, run by
 * `build-aux/dev bench`) needs to time the start of the application.
 *
 * With ACCUEIL_BENCH_FIRST_FRAME=1 in the environment, the main window
 * prints one line on stdout,
 *
 *   first-frame <g_get_monotonic_time () in µs>
 *
 * after the first frame painted with rows in the calls book, and the
 * application quits. The benchmark reads the same monotonic clock just
 * before it spawns the process, so the difference is the time from start
 * to a useful window; its floor, tests/bench/bench-floor.c, does the same
 * with an empty GtkListView. Without the variable nothing is connected. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <stdio.h>

#include "acc-bench-hook.h"
#include "acc-book-view.h"

typedef struct
{
  GtkApplication *application;   /* owned */
  AccBookView *book;             /* weak: the calls book */
  gulong handler;
} FirstFrame;

static void
first_frame_free (gpointer  data,
                  GClosure *closure)
{
  FirstFrame *watch = data;

  g_clear_weak_pointer (&watch->book);
  g_clear_object (&watch->application);
  g_free (watch);
}

/* Depth first, the calls book among @widget's descendants. */
static AccBookView *
find_calls_book (GtkWidget *widget)
{
  if (ACC_IS_BOOK_VIEW (widget) && acc_book_view_get_channel (ACC_BOOK_VIEW (widget)) == ACC_CHANNEL_PHONE)
    return ACC_BOOK_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AccBookView *found = find_calls_book (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Rows are only added to the model between frames, never while one is
 * laid out and painted: when the book has rows and its list is mapped at
 * "after-paint", the frame just painted showed them. */
static gboolean
book_shows_rows (AccBookView *book)
{
  GListModel *model;
  GtkWidget *child;

  if (book == NULL || !gtk_widget_get_mapped (GTK_WIDGET (book)))
    return FALSE;
  model = acc_book_view_get_model (book);
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return FALSE;
  /* The list page of the book's stack, not its empty state. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (book)); child != NULL;
       child = gtk_widget_get_first_child (child))
    if (GTK_IS_STACK (child))
      return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child)), "list") == 0;
  return TRUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                FirstFrame    *watch)
{
  gint64 now = g_get_monotonic_time ();

  if (!book_shows_rows (watch->book))
    return;

  printf ("first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  g_signal_handler_disconnect (clock, watch->handler);
  g_application_quit (G_APPLICATION (watch->application));
}

static void
on_realize (GtkWidget  *window,
            FirstFrame *watch)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_set_weak_pointer (&watch->book, find_calls_book (window));
  if (watch->book == NULL)
    g_warning ("ACCUEIL_BENCH_FIRST_FRAME: the window has no calls book");
  /* The data lives as long as the frame clock connection may fire. */
  watch->handler = g_signal_connect_data (clock, "after-paint", G_CALLBACK (on_after_paint),
                                          watch, first_frame_free, 0);
}

/**
 * acc_bench_hook_watch_first_frame:
 * @window: the main window, before it is presented
 *
 * Does nothing unless ACCUEIL_BENCH_FIRST_FRAME=1 (see above).
 */
void
acc_bench_hook_watch_first_frame (GtkWindow *window)
{
  FirstFrame *watch;

  if (g_strcmp0 (g_getenv ("ACCUEIL_BENCH_FIRST_FRAME"), "1") != 0)
    return;
  watch = g_new0 (FirstFrame, 1);
  watch->application = g_object_ref (gtk_window_get_application (window));
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), watch);
}
