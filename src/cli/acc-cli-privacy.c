/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-privacy.c — personal data (RGPD) from the command line:
 * `accueil-cli purge --older-than MONTHS [--dry-run]` and
 * `accueil-cli person export|erase --contact ID [--output FILE]`. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-cli.h"

static void
print_counts (const AccPurgeCounts *counts)
{
  g_print (_("Calls: %u"), counts->calls);
  g_print ("\n");
  g_print (_("Visits: %u"), counts->visits);
  g_print ("\n");
  g_print (_("Messages: %u"), counts->messages);
  g_print ("\n");
  g_print (_("Prospects deleted: %u"), counts->contacts);
  g_print ("\n");
}

gboolean
acc_cli_run_purge (AccCli   *cli,
                   int       argc,
                   char    **argv,
                   GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autofree char *older_than = NULL;
  gboolean dry_run = FALSE;
  AccPurgeCounts counts;
  guint months;
  const GOptionEntry entries[] = {
    { "older-than", 0, 0, G_OPTION_ARG_STRING, &older_than,
      N_("Anonymise what is older than this many months after the last interaction "
         "(default: the retention setting)"), N_("MONTHS") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only say what would be anonymised"), NULL },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL,
                                        _("Anonymises the calls, visits and messages of people whose last "
                                          "interaction is older than the given number of months, and deletes "
                                          "such prospects from the contacts file. Dates, outcomes and statuses "
                                          "stay, so the indicators count the same. The purge is logged."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (older_than != NULL)
    {
      if (!acc_cli_parse_count ("--older-than", older_than, &months, error))
        return FALSE;
      if (months == 0)
        {
          acc_cli_usage_error (error, _("--older-than must be at least 1 month."));
          return FALSE;
        }
    }

  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;
  if (older_than == NULL)
    {
      /* The organisation's retention setting (36 months by default). */
      g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repository, error);

      if (organisation == NULL)
        return FALSE;
      months = acc_organisation_get_retention_months (organisation);
    }

  if (dry_run)
    {
      if (!acc_repository_purge_preview (repository, months, &counts, error))
        return FALSE;
      g_print ("%s\n", _("Would anonymise (nothing changed):"));
    }
  else
    {
      if (!acc_repository_purge (repository, months, &counts, error))
        return FALSE;
      g_print ("%s\n", _("Anonymised:"));
    }
  print_counts (&counts);
  return TRUE;
}

static const char *
person_summary (void)
{
  return _("export: writes everything about a contact as JSON (the right of access); the file is "
           "private to you. erase: deletes the contact and anonymises their calls, visits and "
           "messages (the right to erasure). Both are logged.");
}

gboolean
acc_cli_run_person (AccCli   *cli,
                    int       argc,
                    char    **argv,
                    GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *output = NULL;
  g_autofree char *command = NULL;
  const char *action;
  guint64 contact_id;
  const GOptionEntry entries[] = {
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, N_("The contact’s number"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the export (default: standard output)"), N_("FILE") },
    { NULL }
  };

  if (argc >= 2 && (g_strcmp0 (argv[1], "export") == 0 || g_strcmp0 (argv[1], "erase") == 0))
    action = argv[1];
  else
    {
      /* « person --help » explains; anything else lacks the action. */
      if (acc_cli_wants_help (argc, argv))
        {
          context = acc_cli_option_context_new (cli, _("export|erase"), person_summary (), entries);
          if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
            return FALSE;
        }
      acc_cli_usage_error (error, _("Say what to do with the person’s data: export or erase."));
      return FALSE;
    }

  command = g_strdup_printf ("person %s", action);
  cli->command = command;
  argc--;
  argv++;
  context = acc_cli_option_context_new (cli, NULL, person_summary (), entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (contact == NULL
      || !g_ascii_string_to_unsigned (contact, 10, 1, G_MAXINT64, &contact_id, NULL))
    {
      acc_cli_usage_error (error, _("Give the contact’s number: --contact ID."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;

  if (g_strcmp0 (action, "export") == 0)
    {
      if (output != NULL && g_strcmp0 (output, "-") != 0)
        return acc_repository_export_person_to_file (repository, (gint64) contact_id, output, error);
      else
        {
          g_autofree char *json = acc_repository_export_person (repository, (gint64) contact_id, error);

          if (json == NULL)
            return FALSE;
          g_print ("%s", json);
          return TRUE;
        }
    }
  else
    {
      guint n_rows = 0;

      if (!acc_repository_erase_person (repository, (gint64) contact_id, &n_rows, error))
        return FALSE;
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "Contact %llu erased; %u call, visit or message anonymised.",
                            "Contact %llu erased; %u calls, visits or messages anonymised.",
                            n_rows),
               (unsigned long long) contact_id, n_rows);
      g_print ("\n");
      return TRUE;
    }
}
