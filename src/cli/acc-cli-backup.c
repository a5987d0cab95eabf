/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-backup.c — `accueil-cli backup FILE`: a copy of the database
 * through SQLite's online backup API, safe while the desk is working, then
 * checked. The database is only read: not even updated to this version's
 * schema, so that the copy is what was there. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "acc-cli.h"

/* On a terminal only: a script's log gets no carriage returns. */
static void
show_progress (double   fraction,
               gpointer user_data)
{
  g_printerr ("\r%s %3d %%", _("Backing up…"), (int) (fraction * 100));
}

gboolean
acc_cli_run_backup (AccCli   *cli,
                    int       argc,
                    char    **argv,
                    GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) files = NULL;
  gboolean force = FALSE;
  gboolean on_terminal = isatty (STDERR_FILENO);
  const char *database;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace FILE if it exists"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, _("FILE"),
                                        _("Copies the database to FILE, safely even while Accueil is in use, "
                                          "then checks the copy. An existing FILE is left as it is unless "
                                          "--force is given."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (files == NULL || g_strv_length (files) != 1)
    {
      acc_cli_usage_error (error, _("Say where to write the copy: accueil-cli backup FILE."));
      return FALSE;
    }

  database = acc_cli_database_path (cli);
  ok = acc_backup_copy_file (database, files[0], force, NULL,
                             on_terminal ? show_progress : NULL, NULL, error);
  if (on_terminal)
    g_printerr ("\n");
  if (!ok)
    return FALSE;

  if (!acc_backup_check_file (files[0], error))
    {
      g_prefix_error (error, _("The copy was written but is not sound (run accueil-cli check on the database): "));
      return FALSE;
    }
  g_print ("%s\n", files[0]);
  return TRUE;
}
