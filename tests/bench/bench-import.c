/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-import.c — how long `accueil-cli import contacts` takes on a
 * 100,000-row CSV, beside sqlite3's own `.import` of the same file into a
 * plain table, measured in the same run. Not a test: `build-aux/dev bench`
 * builds and runs it. The goal (issue 6): under 10 s.
 *
 *   bench-import [ACCUEIL_CLI [SQLITE3 [ROWS]]]
 *
 * Exits 0 when the goal is met, 1 when not, 2 when something failed. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#define GOAL_SECONDS 10.0

static const char *const first_names[] = {
  "Hélène", "Jérôme", "Françoise", "Loïc", "Agnès", "Gaëlle", "Noël", "Cécile", "Éric", "Zoé",
};
static const char *const last_names[] = {
  "Dupont", "Lefèvre", "Gauthier", "Bréhaut", "Moreau", "Le Gall", "N'Diaye", "Ménard", "Çelik", "Rousseau",
};
static const char *const organisations[] = {
  "CCAS de Quimper", "Mairie de Brest", "Association « Le Relais »", "CAF du Finistère", "", "MDPH",
};

static char *
generate (const char *dir,
          guint       rows)
{
  char *path = g_build_filename (dir, "contacts.csv", NULL);
  FILE *out = fopen (path, "wb");

  if (out == NULL)
    g_error ("Cannot write %s", path);
  fputs ("\xef\xbb\xbfNom;Prénom;Organisme;Téléphone;E-mail;Adresse;Notes\r\n", out);
  for (guint i = 0; i < rows; i++)
    {
      /* Every phone and e-mail different: no duplicate, 100,000 inserts. */
      fprintf (out, "%s %u;%s;%s;06 %02u %02u %02u %02u;contact%u@exemple.fr;"
               "\"%u, rue de la République; 29000 Quimper\";%s\r\n",
               last_names[i % G_N_ELEMENTS (last_names)], i,
               first_names[(i / 10) % G_N_ELEMENTS (first_names)],
               organisations[i % G_N_ELEMENTS (organisations)],
               (i / 1000000) % 100, (i / 10000) % 100, (i / 100) % 100, i % 100,
               i, i % 200 + 1, i % 3 == 0 ? "\"Rappeler le matin\r\navant 10 h\"" : "");
    }
  fclose (out);
  return path;
}

static double
run (const char * const *argv,
     gboolean           *ok)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  gint64 start = g_get_monotonic_time ();

  *ok = g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, NULL, &err, &status, &error)
        && g_spawn_check_wait_status (status, &error);
  if (!*ok)
    g_printerr ("%s failed: %s\n%s", argv[0], error != NULL ? error->message : "", err != NULL ? err : "");
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int    argc,
      char **argv)
{
  const char *cli = argc > 1 ? argv[1] : "accueil-cli";
  const char *sqlite = argc > 2 ? argv[2] : "sqlite3";
  guint rows = argc > 3 ? (guint) atoi (argv[3]) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accueil-bench-XXXXXX", &error);
  g_autofree char *csv = NULL;
  g_autofree char *db = NULL;
  g_autofree char *plain_db = NULL;
  g_autofree char *import_command = NULL;
  double generated, ours, baseline;
  gboolean ours_ok, baseline_ok;
  gint64 start;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  start = g_get_monotonic_time ();
  csv = generate (dir, rows);
  generated = (g_get_monotonic_time () - start) / 1e6;
  db = g_build_filename (dir, "accueil.db", NULL);
  plain_db = g_build_filename (dir, "plain.db", NULL);

  {
    const char *args[] = { cli, "--database", db, "import", "contacts", csv, NULL };
    ours = run (args, &ours_ok);
  }
  {
    import_command = g_strdup_printf (".import '%s' plain", csv);
    const char *args[] = { sqlite, plain_db, ".mode csv", ".separator ;", import_command, NULL };
    baseline = run (args, &baseline_ok);
  }

  g_print ("Import of %u CSV rows (file generated in %.2f s)\n\n", rows, generated);
  g_print ("%-34s %9s %10s %12s\n", "", "rows", "seconds", "rows/s");
  g_print ("%-34s %9u %10.2f %12.0f%s\n", "accueil-cli import contacts", rows, ours,
           rows / MAX (ours, 1e-6), ours_ok ? "" : "  (FAILED)");
  g_print ("%-34s %9u %10.2f %12.0f%s\n", "baseline: sqlite3 .import (plain)", rows, baseline,
           rows / MAX (baseline, 1e-6), baseline_ok ? "" : "  (FAILED)");
  g_print ("\nGoal: under %.0f s for 100,000 rows: %s (%.1fx the baseline)\n", GOAL_SECONDS,
           ours_ok && ours < GOAL_SECONDS ? "met" : "NOT met", ours / MAX (baseline, 1e-6));

  g_remove (csv);
  g_remove (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_remove (wal);
    g_remove (shm);
  }
  g_remove (plain_db);
  g_rmdir (dir);

  if (!ours_ok)
    return 2;
  return ours < GOAL_SECONDS ? 0 : 1;
}
