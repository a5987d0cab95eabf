/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-poster.c — the opening-hours poster (« Affiche des horaires
 * d'ouverture ») of the demo organisation, exported to PDF and read back
 * with poppler's tools, as an auditor or a printer would: one A4 page, the
 * organisation's name, every day's hours (several ranges a day, « Closed »
 * when none), the closures to come and the phone slots.
 *
 * No display is needed: the poster is drawn with cairo and Pango only.
 * pdfinfo and pdftotext come with poppler-utils (build-aux/dev installs it);
 * a missing tool is a failure, not a skip.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "acc-core.h"
#include "acc-poster.h"

typedef struct
{
  char *dir;
  char *path;
  AccRepository *repo;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  AccDemoSizes sizes = { 2, 2, 2, 1 };

  f->dir = g_dir_make_tmp ("accueil-test-poster-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (f->dir, "accueil.db", NULL);
  f->path = g_build_filename (f->dir, "affiche.pdf", NULL);
  f->repo = acc_repository_open (db, &error);
  g_assert_no_error (error);
  /* The demo organisation: its name, hours, slots and closures. */
  g_assert_true (acc_demo_fill (f->repo, &sizes, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->repo);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Runs a poppler tool on the PDF; returns what it printed. */
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

/* The line of the PDF's text (pdftotext -layout keeps a table's rows on
 * one line) that starts with @day: the opening hours come first, the phone
 * slots after. */
static char *
first_line_starting (const char *text,
                     const char *day)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ')
        line++;
      if (g_str_has_prefix (line, day))
        return g_strdup (line);
    }
  return NULL;
}

static void
test_demo_pdf (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccPoster) poster = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *info_argv[] = { "pdfinfo", f->path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", f->path, "-", NULL };
  /* The demo's opening hours (acc-demo.c), day by day, as printed. */
  static const struct
  {
    const char *day;
    const char *hours[2];
  } week[] = {
    { "Monday", { "09:00–12:30", "13:30–17:30" } },
    { "Tuesday", { "09:00–12:30", "13:30–17:30" } },
    { "Wednesday", { "09:00–12:30", NULL } },
    { "Thursday", { "09:00–12:30", "13:30–17:30" } },
    { "Friday", { "09:00–12:30", "13:30–16:30" } },
    { "Saturday", { "09:00–12:00", NULL } },
    { "Sunday", { "Closed", NULL } },
  };

  poster = acc_poster_new_from_repository (f->repo, today, &error);
  g_assert_no_error (error);
  g_assert_true (acc_poster_export_pdf (poster, f->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));

  /* One A4 page. */
  info = run_tool (info_argv);
  g_test_message ("pdfinfo:\n%s", info);
  g_assert_nonnull (strstr (info, "\nPages:           1\n"));
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));

  /* The organisation, and every day with its hours. */
  text = run_tool (text_argv);
  g_test_message ("pdftotext:\n%s", text);
  organisation = acc_repository_load_organisation (f->repo, &error);
  g_assert_nonnull (strstr (text, acc_organisation_get_name (organisation)));
  g_assert_nonnull (strstr (text, "Opening Hours"));
  for (guint i = 0; i < G_N_ELEMENTS (week); i++)
    {
      g_autofree char *line = first_line_starting (text, week[i].day);
      g_autofree char *expected = acc_poster_format_day_hours (poster, ACC_SCHEDULE_OPENING_HOURS, i + 1);

      g_test_message ("%s: %s", week[i].day, line);
      g_assert_nonnull (line);
      for (guint j = 0; j < G_N_ELEMENTS (week[i].hours) && week[i].hours[j] != NULL; j++)
        {
          g_assert_nonnull (strstr (line, week[i].hours[j]));
          g_assert_nonnull (strstr (expected, week[i].hours[j]));
        }
    }
  /* Wednesday has no afternoon. */
  {
    g_autofree char *wednesday = first_line_starting (text, "Wednesday");

    g_assert_null (strstr (wednesday, "13:30"));
  }

  /* The phone slots, after the hours: Monday's 09:00–12:00 and 14:00–17:00. */
  g_assert_nonnull (strstr (text, "Phone Reception"));
  g_assert_nonnull (strstr (strstr (text, "Phone Reception"), "14:00–17:00"));
  g_assert_nonnull (strstr (text, "Coming Closures"));
}

/* Closures: those of the coming weeks, by name, over several days; none
 * from the past, none beyond the horizon. */
static void
test_closures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccPoster) poster = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (2031, 3, 3, 10, 0, 0);
  g_autofree char *text = NULL;
  const char *text_argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", f->path, "-", NULL };
  const struct { const char *first, *last, *label; } closures[] = {
    { "2031-02-10", "2031-02-14", "Vacances passées" },
    { "2031-03-10", "2031-03-10", "Formation de l’équipe" },
    { "2031-04-14", "2031-04-18", "Fermeture de printemps" },
    { "2031-07-01", "2031-07-31", "Fermeture estivale lointaine" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (closures); i++)
    {
      g_autoptr(AccClosure) closure = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, closures[i].first,
                                                       closures[i].last, closures[i].label);

      g_assert_true (acc_repository_save_closure (f->repo, closure, &error));
      g_assert_no_error (error);
    }

  poster = acc_poster_new_from_repository (f->repo, today, &error);
  g_assert_no_error (error);
  g_assert_true (acc_poster_export_pdf (poster, f->path, &error));
  text = run_tool (text_argv);
  g_test_message ("pdftotext:\n%s", text);
  g_assert_nonnull (strstr (text, "Monday 10 March 2031 — Formation de l’équipe"));
  g_assert_nonnull (strstr (text, "From Monday 14 April to Friday 18 April 2031 — Fermeture de printemps"));
  g_assert_null (strstr (text, "Vacances passées"));
  g_assert_null (strstr (text, "lointaine"));
  g_assert_nonnull (strstr (text, "Updated on 03/03/2031"));
}

/* An unwritable place: an error, not a crash. */
static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccPoster) poster = acc_poster_new_from_repository (f->repo, NULL, &error);
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "affiche.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (acc_poster_export_pdf (poster, path, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/poster/demo-pdf", Fixture, NULL, setup, test_demo_pdf, teardown);
  g_test_add ("/poster/closures", Fixture, NULL, setup, test_closures, teardown);
  g_test_add ("/poster/unwritable", Fixture, NULL, setup, test_unwritable, teardown);

  return g_test_run ();
}
