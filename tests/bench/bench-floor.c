/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-floor.c — the floor of the start-up benchmark: a minimal
 * GtkApplication window with an empty GtkListView, started the way
 * bench-scale starts accueil. Once its first frame is painted it prints
 *
 *   first-frame <g_get_monotonic_time () in µs>
 *
 * on stdout, as accueil does with ACCUEIL_BENCH_FIRST_FRAME=1
 * (src/gui/acc-bench-hook.c), and quits. What GTK itself costs to start,
 * load its theme and paint a window on this machine: no application can
 * do less. Not a test: `build-aux/dev bench` builds and runs it. */
#include <gtk/gtk.h>
#include <stdio.h>

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *list)
{
  gint64 now = g_get_monotonic_time ();

  if (!gtk_widget_get_mapped (list))
    return;
  printf ("first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, list);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (list)))));
}

static void
on_realize (GtkWidget *window,
            GtkWidget *list)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), list);
}

static void
on_activate (GtkApplication *application)
{
  GtkWidget *window = gtk_application_window_new (application);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GListModel *strings = G_LIST_MODEL (gtk_string_list_new (NULL));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (strings)), factory);

  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), list);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkApplication) application =
    gtk_application_new ("fr.accueil.BenchFloor", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
