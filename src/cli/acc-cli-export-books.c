/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-export-books.c — `export calls|visits|messages --from DATE
 * --to DATE --format csv|pdf --output FILE`: the books for the auditor. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-cli.h"
#include "acc-export-books.h"

/**
 * acc_cli_run_export_book:
 *
 * Called by acc_cli_run_export() when argv[1] names a book.
 */
gboolean
acc_cli_run_export_book (AccCli   *cli,
                         int       argc,
                         char    **argv,
                         GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *command = NULL;
  AccExportFormat file_format = ACC_EXPORT_FORMAT_CSV;
  AccBook book = ACC_BOOK_CALLS;
  GDate from, to;
  guint n_rows = 0;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The period’s first day (YYYY-MM-DD or DD/MM/YYYY)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The period’s last day, included"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv (the default) or pdf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };
  const char *summary = _("Exports the calls book, the visits register or the messages book of a period "
                          "as CSV (UTF-8, “;”, as French spreadsheets open it) or as PDF.");

  if (argc < 2 || !acc_book_from_string (argv[1], &book))
    {
      acc_cli_usage_error (error, _("Say what to export: calls, visits, messages, contacts or directory."));
      return FALSE;
    }
  command = g_strdup_printf ("export %s", argv[1]);
  cli->command = command;
  argc--;
  argv++;
  context = acc_cli_option_context_new (cli, NULL, summary, entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (format == NULL || g_str_equal (format, "csv"))
    file_format = ACC_EXPORT_FORMAT_CSV;
  else if (g_str_equal (format, "pdf"))
    file_format = ACC_EXPORT_FORMAT_PDF;
  else
    {
      acc_cli_usage_error (error, _("Unknown format “%s”: use csv or pdf."), format);
      return FALSE;
    }
  if (from_text == NULL || to_text == NULL)
    {
      acc_cli_usage_error (error, _("Give the period with --from and --to."));
      return FALSE;
    }
  if (!acc_export_parse_date (from_text, &from))
    {
      acc_cli_usage_error (error, _("“%s” is not a date: use YYYY-MM-DD or DD/MM/YYYY."), from_text);
      return FALSE;
    }
  if (!acc_export_parse_date (to_text, &to))
    {
      acc_cli_usage_error (error, _("“%s” is not a date: use YYYY-MM-DD or DD/MM/YYYY."), to_text);
      return FALSE;
    }
  if (g_date_compare (&from, &to) > 0)
    {
      acc_cli_usage_error (error, _("The period ends before it starts."));
      return FALSE;
    }
  if (output == NULL)
    {
      acc_cli_usage_error (error, _("Give the file to write with --output."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;
  if (!acc_export_book (repository, book, &from, &to, file_format, output, NULL, NULL, NULL, &n_rows, error))
    return FALSE;
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u row exported.", "%u rows exported.", n_rows), n_rows);
  g_printerr ("\n");
  return TRUE;
}
