/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-import.c — `accueil-cli import contacts|directory FILE` and
 * `accueil-cli export contacts|directory`: CSV or vCard, in one transaction,
 * with a one-line report and each bad line with its number. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixoutputstream.h>
#include <string.h>
#include <unistd.h>

#include "acc-cli.h"

static gboolean
parse_target (const char       *verb,
              int               argc,
              char            **argv,
              AccImportTarget  *target,
              GError          **error)
{
  if (argc >= 2 && g_strcmp0 (argv[1], "contacts") == 0)
    *target = ACC_IMPORT_TARGET_CONTACTS;
  else if (argc >= 2 && g_strcmp0 (argv[1], "directory") == 0)
    *target = ACC_IMPORT_TARGET_DIRECTORY;
  else
    {
      if (argc >= 2 && argv[1][0] != '-')
        {
          if (g_str_equal (verb, "export"))
            acc_cli_usage_error (error, _("Unknown table “%s”: use contacts, directory, calls, visits or messages."), argv[1]);
          else
            acc_cli_usage_error (error, _("Unknown table “%s”: use contacts or directory."), argv[1]);
        }
      else
        acc_cli_usage_error (error, _("Say what to %s: contacts or directory."), verb);
      return FALSE;
    }
  return TRUE;
}

static void
show_progress (double   fraction,
               guint    rows,
               gpointer user_data)
{
  g_printerr ("\r%3d %%  %u", (int) (fraction * 100.0 + 0.5), rows);
}

/**
 * acc_cli_run_import:
 *
 * `import contacts|directory FILE [--on-error abort|skip] [--duplicates merge|skip]`
 */
gboolean
acc_cli_run_import (AccCli   *cli,
                    int       argc,
                    char    **argv,
                    GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *on_error = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *command = NULL;
  g_auto(GStrv) files = NULL;
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  gboolean tty = isatty (STDERR_FILENO);
  const GOptionEntry entries[] = {
    { "on-error", 0, 0, G_OPTION_ARG_STRING, &on_error,
      N_("abort (the default): a bad line stores nothing; skip: the other lines are imported"), N_("WHAT") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates,
      N_("merge (the default): fill the empty fields of the existing row; skip: leave the line out"), N_("WHAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  const char *summary = _("Imports a CSV file (“;” or “,”, UTF-8 or Windows-1252, a header row naming the "
                          "columns) or, for contacts, a vCard file, in one transaction. A row with the phone "
                          "number or the e-mail address of an existing one is a duplicate.");

  if (!parse_target ("import", argc, argv, &options.target, NULL))
    {
      if (acc_cli_wants_help (argc, argv))
        {
          context = acc_cli_option_context_new (cli, _("contacts|directory FILE"), summary, entries);
          if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
            return FALSE;
        }
      return parse_target ("import", argc, argv, &options.target, error);
    }

  command = g_strdup_printf ("import %s", argv[1]);
  cli->command = command;
  argc--;
  argv++;
  context = acc_cli_option_context_new (cli, NULL, summary, entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (on_error == NULL || g_str_equal (on_error, "abort"))
    options.on_error = ACC_IMPORT_ON_ERROR_ABORT;
  else if (g_str_equal (on_error, "skip"))
    options.on_error = ACC_IMPORT_ON_ERROR_SKIP;
  else
    {
      acc_cli_usage_error (error, _("Unknown --on-error “%s”: use abort or skip."), on_error);
      return FALSE;
    }
  if (duplicates == NULL || g_str_equal (duplicates, "merge"))
    options.duplicates = ACC_IMPORT_DUPLICATES_MERGE;
  else if (g_str_equal (duplicates, "skip"))
    options.duplicates = ACC_IMPORT_DUPLICATES_SKIP;
  else
    {
      acc_cli_usage_error (error, _("Unknown --duplicates “%s”: use merge or skip."), duplicates);
      return FALSE;
    }
  if (files == NULL || g_strv_length (files) != 1)
    {
      acc_cli_usage_error (error, files == NULL ? _("Say which file to import.")
                                                : _("Import one file at a time."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (files[0]);
  report = acc_repository_import (repository, file, &options, NULL,
                                  tty ? show_progress : NULL, NULL, error);
  if (tty)
    g_printerr ("\r\033[K");
  if (report == NULL)
    return FALSE;

  for (guint i = 0; i < report->problems->len; i++)
    {
      AccImportProblem *problem = report->problems->pdata[i];
      g_printerr (_("Line %u: %s"), problem->line, problem->reason);
      g_printerr ("\n");
    }

  if (report->aborted)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing imported: %u bad line (--on-error skip imports the others).",
                                "Nothing imported: %u bad lines (--on-error skip imports the others).",
                                report->problems->len),
                   report->problems->len);
      return FALSE;
    }

  /* The one-line report, on stdout for scripts. */
  g_print (_("%u rows read, %u imported, %u merged, %u skipped as duplicates, %u bad lines left out."),
           report->rows_read, report->imported, report->merged, report->skipped, report->problems->len);
  g_print ("\n");
  return TRUE;
}

/**
 * acc_cli_run_export:
 *
 * `export contacts|directory [--format csv|vcard] [--output FILE]`
 */
gboolean
acc_cli_run_export (AccCli   *cli,
                    int       argc,
                    char    **argv,
                    GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *command = NULL;
  AccImportTarget target = ACC_IMPORT_TARGET_CONTACTS;
  AccImportFormat file_format = ACC_IMPORT_FORMAT_CSV;
  guint n_rows = 0;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv (the default) or vcard (contacts only)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file rather than to the standard output"), N_("FILE") },
    { NULL }
  };
  const char *summary = _("Exports the contacts or the directory as CSV (UTF-8, “;”, as spreadsheets open "
                          "it) or the contacts as vCard 4.0; or the calls book, the visits register or the "
                          "messages book of a period (--from, --to) as CSV or PDF: see "
                          "“accueil-cli export calls --help”.");
  AccBook book;

  /* The books (calls, visits, messages) for a period: acc-cli-export-books.c */
  if (argc >= 2 && acc_book_from_string (argv[1], &book))
    return acc_cli_run_export_book (cli, argc, argv, error);

  if (!parse_target ("export", argc, argv, &target, NULL))
    {
      if (acc_cli_wants_help (argc, argv))
        {
          context = acc_cli_option_context_new (cli, _("contacts|directory|calls|visits|messages"), summary, entries);
          if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
            return FALSE;
        }
      return parse_target ("export", argc, argv, &target, error);
    }

  command = g_strdup_printf ("export %s", argv[1]);
  cli->command = command;
  argc--;
  argv++;
  context = acc_cli_option_context_new (cli, NULL, summary, entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (format == NULL || g_str_equal (format, "csv"))
    file_format = ACC_IMPORT_FORMAT_CSV;
  else if (g_str_equal (format, "vcard"))
    file_format = ACC_IMPORT_FORMAT_VCARD;
  else
    {
      acc_cli_usage_error (error, _("Unknown format “%s”: use csv or vcard."), format);
      return FALSE;
    }
  if (file_format == ACC_IMPORT_FORMAT_VCARD && target == ACC_IMPORT_TARGET_DIRECTORY)
    {
      acc_cli_usage_error (error, _("The directory is exported as CSV only."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;

  if (output != NULL)
    {
      file = g_file_new_for_commandline_arg (output);
      stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error));
      if (stream == NULL)
        return FALSE;
    }
  else
    stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (!acc_repository_export (repository, target, file_format, stream, NULL, NULL, NULL, &n_rows, error))
    return FALSE;
  /* Closing the file is what puts it in place. */
  if (!g_output_stream_close (stream, NULL, error))
    return FALSE;
  if (output != NULL)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u row exported.", "%u rows exported.", n_rows), n_rows);
      g_printerr ("\n");
    }
  return TRUE;
}
