/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-check.c — `accueil-cli check`: SQLite's integrity check, the
 * foreign key check and the schema version. Exit 0 only when all are sound,
 * so that a backup script can stop before copying a damaged file. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-cli.h"

gboolean
acc_cli_run_check (AccCli   *cli,
                   int       argc,
                   char    **argv,
                   GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_auto(GStrv) problems = NULL;
  guint n_problems;

  context = acc_cli_option_context_new (cli, NULL,
                                        _("Checks the database: its integrity, its references between tables "
                                          "and its schema version. Exits with 0 only when all are sound. "
                                          "A file that is not a database is reported, never changed."),
                                        NULL);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  /* A missing file is not created: there is nothing to check. */
  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;

  if (!acc_repository_check (repository, &problems, error))
    return FALSE;

  g_print (_("Schema version: %d"), acc_repository_get_schema_version (repository));
  g_print ("\n");

  n_problems = g_strv_length (problems);
  if (n_problems == 0)
    {
      g_print ("ok\n");
      return TRUE;
    }

  for (guint i = 0; i < n_problems; i++)
    g_print ("%s\n", problems[i]);
  g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT,
               g_dngettext (GETTEXT_PACKAGE,
                            "The database has %u problem.",
                            "The database has %u problems.",
                            n_problems),
               n_problems);
  return FALSE;
}
