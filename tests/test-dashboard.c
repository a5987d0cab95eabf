/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-dashboard.c — the « Tableau de bord » (AccDashboardWindow) in the real
 * application, on demo data: opened from its action (Ctrl+Shift+D), it
 * computes the indicators on a worker thread and shows the same figures as
 * acc_repository_compute_stats(). Each case in a subprocess on its own
 * database (acc-test-util.h). Run under tests/run-with-display.sh. */
#include "config.h"

#include <adwaita.h>

#include "acc-application.h"
#include "acc-dashboard-window.h"
#include "acc-test-util.h"

#define CASE_TIMEOUT_S 60

static void
prepare_demo (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GError) error = NULL;
  AccDemoSizes sizes = ACC_DEMO_SIZES_DEFAULT;

  g_assert_true (acc_demo_fill (repository, &sizes, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
open_dashboard_body (AccApplication *app,
                     GtkWindow      *first_window,
                     gpointer        data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.dashboard");
  AccDashboardWindow *window;
  AccStats *stats;
  g_autofree char *calls = NULL;

  g_assert_cmpstr (accels[0], ==, "<Shift><Control>d");
  g_action_group_activate_action (G_ACTION_GROUP (app), "dashboard", NULL);
  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_DASHBOARD_WINDOW), WAIT_MS);
  window = acc_test_app_window (app, ACC_TYPE_DASHBOARD_WINDOW);
  WAIT_UNTIL (acc_dashboard_window_get_stats (window) != NULL && !acc_dashboard_window_is_busy (window), WAIT_MS);

  stats = acc_dashboard_window_get_stats (window);
  {
    g_autoptr(AccRepository) repository = acc_test_open_repository ();
    g_autoptr(GError) error = NULL;
    g_autoptr(AccStats) expected = acc_repository_compute_stats (repository, acc_stats_get_from (stats),
                                                                 acc_stats_get_to (stats), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (acc_stats_get_count (stats, ACC_CHANNEL_PHONE), ==,
                      acc_stats_get_count (expected, ACC_CHANNEL_PHONE));
    g_assert_cmpuint (acc_stats_get_count (stats, ACC_CHANNEL_VISIT), ==,
                      acc_stats_get_count (expected, ACC_CHANNEL_VISIT));
    g_assert_cmpuint (acc_stats_get_message_count (stats), ==, acc_stats_get_message_count (expected));
  }
  g_assert_cmpuint (acc_stats_get_count (stats, ACC_CHANNEL_PHONE), >, 0);
  /* The summary names the figures. */
  calls = g_strdup_printf ("%u", acc_stats_get_count (stats, ACC_CHANNEL_PHONE));
  g_assert_true (acc_test_some_label_contains (window, calls));

  /* Another period: computed again, on the worker thread. */
  {
    GtkDropDown *period = acc_test_find_one (window, GTK_TYPE_DROP_DOWN, "period_dropdown");
    GtkDropDown *channel = acc_test_find_one (window, GTK_TYPE_DROP_DOWN, "heat_channel_dropdown");
    gint64 length_us;

    gtk_drop_down_set_selected (period, 0);
    WAIT_UNTIL (acc_dashboard_window_get_stats (window) != stats && !acc_dashboard_window_is_busy (window), WAIT_MS);
    stats = acc_dashboard_window_get_stats (window);
    length_us = acc_stats_get_to (stats) - acc_stats_get_from (stats);
    /* Seven days, give or take a change of summer time. */
    g_assert_cmpint (ABS (length_us - 7 * DAY_US), <=, HOUR_US);
    /* The visits on the map, drawn without a warning. */
    gtk_drop_down_set_selected (channel, 1);
    acc_test_run_for (200);
  }

  /* Opening it again brings the same window to the front. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "dashboard", NULL);
  g_assert_true (acc_test_app_window (app, ACC_TYPE_DASHBOARD_WINDOW) == window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open (void)
{
  prepare_demo ();
  acc_test_run_application (NULL, open_dashboard_body, NULL);
}

static const AccTestCase cases[] = {
  { "/dashboard/open", test_open },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("dashboard", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
