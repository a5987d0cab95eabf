/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accueil-cli.c — the command line of Accueil, for administrators and
 * scripts: demo data, the integrity check, backups, adding a call or a
 * message (from a telephony hook, say) and listing the books. No GTK here.
 *
 * Exit status: 0 on success, 1 on an error, 2 on a usage mistake.
 */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "acc-cli.h"

typedef struct
{
  const char        *name;
  AccCliCommandFunc  run;
} Command;

static const Command commands[] = {
  { "demo", acc_cli_run_demo },
  { "check", acc_cli_run_check },
  { "add", acc_cli_run_add },
  { "list", acc_cli_run_list },
  { "import", acc_cli_run_import },
  { "export", acc_cli_run_export },
  { "stats", acc_cli_run_stats },
  { "procedure", acc_cli_run_procedure },
  { "purge", acc_cli_run_purge },
  { "person", acc_cli_run_person },
  { "backup", acc_cli_run_backup },
};

static void
setup_translations (void)
{
  const char *localedir = g_getenv ("ACCUEIL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* One plain sentence on stderr, and the exit status that goes with it. */
static int
report_error (const GError *error)
{
  gsize length = strlen (error->message);
  gboolean usage = error->domain == ACC_CLI_USAGE_ERROR || error->domain == G_OPTION_ERROR;

  if (length > 0 && strchr (".!?", error->message[length - 1]) == NULL)
    g_printerr ("%s.\n", error->message);
  else
    g_printerr ("%s\n", error->message);

  return usage ? ACC_CLI_EXIT_USAGE : ACC_CLI_EXIT_ERROR;
}

static const char *
describe_commands (void)
{
  return _("Commands:\n"
           "  demo      Fill the database with a fictional organisation\n"
           "  check     Check the database’s integrity and schema version\n"
           "  add       Add a staff member, a call, a visit or a message\n"
           "  list      List the calls, visits, messages, contacts or staff\n"
           "  import    Import contacts or directory entries from CSV or vCard\n"
           "  export    Export the contacts, the directory (CSV, vCard) or the books (CSV, PDF)\n"
           "  stats     The indicators of a period, as text or JSON\n"
           "  procedure Write the reception procedure as a PDF\n"
           "  purge     Anonymise the personal data older than the retention\n"
           "  person    Export or erase everything about a contact (RGPD)\n"
           "  backup    Copy the database to a file, safely while Accueil is in use\n"
           "\n"
           "“accueil-cli COMMAND --help” describes a command.");
}

static const char *
describe_environment (void)
{
  return _("The database is the file given by --database, else by the ACCUEIL_DATABASE "
           "environment variable, else accueil/accueil.db in the user’s data folder.");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_auto(AccCli) cli = { NULL, "" };
  gboolean show_version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &show_version, N_("Show the version and exit"), NULL },
    { NULL }
  };
  const Command *command = NULL;
  int status = ACC_CLI_EXIT_OK;

  setup_translations ();
  g_set_prgname ("accueil-cli");

  context = acc_cli_option_context_new (&cli, _("COMMAND [OPTION…]"), NULL, entries);
  description = g_strconcat (describe_commands (), "\n\n", describe_environment (), NULL);
  g_option_context_set_description (context, description);
  /* Options before the command are global; the rest belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return report_error (error);

  if (show_version)
    {
      g_print ("accueil-cli %s\n", PACKAGE_VERSION);
      return ACC_CLI_EXIT_OK;
    }

  if (argc < 2)
    {
      acc_cli_usage_error (&error, _("Say which command to run: demo, check, add, list, import or export (see accueil-cli --help)."));
      return report_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      command = &commands[i];

  if (command == NULL)
    {
      acc_cli_usage_error (&error, _("Unknown command “%s”: use demo, check, add, list, import or export."), argv[1]);
      return report_error (error);
    }

  cli.command = command->name;
  if (!command->run (&cli, argc - 1, argv + 1, &error))
    status = report_error (error);
  return status;
}
