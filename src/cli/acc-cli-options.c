/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-options.c — what every command of accueil-cli parses the same way:
 * the global --database option, dates, counts, phone numbers and e-mail
 * addresses, and the usage errors they give. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "acc-cli.h"
#include "acc-phone.h"

G_DEFINE_QUARK (acc-cli-usage-error-quark, acc_cli_usage_error)

void
acc_cli_usage_error (GError     **error,
                     const char  *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (ACC_CLI_USAGE_ERROR, 0, format, args));
  va_end (args);
}

/**
 * acc_cli_option_context_new:
 * @parameters: (nullable): what follows the options in the usage line
 * @summary: (nullable): what the command does, shown by --help
 * @entries: the command's own options
 *
 * Every command also takes --database, so that it can come before or after
 * the command's name.
 */
GOptionContext *
acc_cli_option_context_new (AccCli             *cli,
                            const char         *parameters,
                            const char         *summary,
                            const GOptionEntry *entries)
{
  const GOptionEntry global_entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &cli->database,
      N_("The database file (default: $ACCUEIL_DATABASE, else the user’s data folder)"), N_("FILE") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);
  return context;
}

/**
 * acc_cli_parse_options:
 *
 * Parses a command's options; anything left over is a usage error. --help
 * prints the command's help and exits, as GOption does.
 */
gboolean
acc_cli_parse_options (AccCli           *cli,
                       GOptionContext   *context,
                       int              *argc,
                       char           ***argv,
                       GError          **error)
{
  g_autofree char *program = g_strconcat ("accueil-cli ", cli->command, NULL);

  /* The usage line of --help reads « accueil-cli add call [OPTION…] ». */
  g_set_prgname (program);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc > 1)
    {
      acc_cli_usage_error (error, _("Unexpected argument “%s”."), (*argv)[1]);
      return FALSE;
    }
  return TRUE;
}

const char *
acc_cli_database_path (AccCli *cli)
{
  const char *from_env;

  if (cli->database == NULL)
    {
      from_env = g_getenv ("ACCUEIL_DATABASE");
      if (from_env != NULL && *from_env != '\0')
        cli->database = g_strdup (from_env);
      else
        cli->database = acc_repository_default_path ();
    }
  return cli->database;
}

/**
 * acc_cli_open_repository:
 * @must_exist: refuse to create a missing file (for `check`, which must
 *   never invent the database it was asked to look at)
 */
AccRepository *
acc_cli_open_repository (AccCli    *cli,
                         gboolean   must_exist,
                         GError   **error)
{
  const char *path = acc_cli_database_path (cli);

  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CANNOT_OPEN,
                   _("There is no database at %s."), path);
      return NULL;
    }
  return acc_repository_open (path, error);
}

/* GLib reads « 2025-03-05T10:00:00 » but not « 2025-03-05T10:00 »: add the
 * seconds people leave out. */
static char *
with_seconds (const char *text)
{
  gsize length = strlen (text);

  if (length >= 16
      && (text[10] == 'T' || text[10] == 't' || text[10] == ' ')
      && text[13] == ':'
      && g_ascii_isdigit (text[14]) && g_ascii_isdigit (text[15])
      && text[16] != ':')
    return g_strdup_printf ("%.16s:00%s", text, text + 16);
  return NULL;
}

static gboolean
parse_day (const char *text,
           int        *year,
           int        *month,
           int        *day)
{
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  *year = atoi (text);
  *month = atoi (text + 5);
  *day = atoi (text + 8);
  return g_date_valid_dmy (*day, *month, *year);
}

/**
 * acc_cli_parse_time:
 * @option: the option's name, for the error message
 * @text: a local day (YYYY-MM-DD) or an ISO 8601 time
 * @end_of_day: whether @text is the inclusive end of a period: a day then
 *   means the start of the next one, and a time the microsecond after it
 * @time_us: (out): UTC unix microseconds
 */
gboolean
acc_cli_parse_time (const char  *option,
                    const char  *text,
                    gboolean     end_of_day,
                    gint64      *time_us,
                    GError     **error)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  int year, month, day;

  if (parse_day (text, &year, &month, &day))
    {
      g_autoptr(GDateTime) start = g_date_time_new (local, year, month, day, 0, 0, 0);

      if (start != NULL && end_of_day)
        time = g_date_time_add_days (start, 1);
      else
        time = g_steal_pointer (&start);
    }
  else
    {
      time = g_date_time_new_from_iso8601 (text, local);
      if (time == NULL)
        {
          g_autofree char *completed = with_seconds (text);
          if (completed != NULL)
            time = g_date_time_new_from_iso8601 (completed, local);
        }
      if (time != NULL && end_of_day)
        {
          GDateTime *next = g_date_time_add (time, 1);
          g_date_time_unref (time);
          time = next;
        }
    }

  if (time == NULL)
    {
      acc_cli_usage_error (error,
                           _("%s needs a date like 2025-03-14 or a time like 2025-03-14T09:30, not “%s”."),
                           option, text);
      return FALSE;
    }
  *time_us = g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
  return TRUE;
}

gboolean
acc_cli_parse_count (const char  *option,
                     const char  *text,
                     guint       *count,
                     GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &value, NULL))
    {
      acc_cli_usage_error (error, _("%s needs a whole number, not “%s”."), option, text);
      return FALSE;
    }
  *count = (guint) value;
  return TRUE;
}

/**
 * acc_cli_normalize_phone:
 * @e164: (out) (transfer full): the number as stored, or %NULL when @text is
 *   %NULL or empty
 */
gboolean
acc_cli_normalize_phone (const char  *option,
                         const char  *text,
                         char       **e164,
                         GError     **error)
{
  *e164 = NULL;
  if (text == NULL || *text == '\0')
    return TRUE;

  *e164 = acc_phone_normalize (text);
  if (*e164 == NULL)
    {
      acc_cli_usage_error (error,
                           _("%s: “%s” is not a phone number that can be read; write it like 06 12 34 56 78 or +33 6 12 34 56 78."),
                           option, text);
      return FALSE;
    }
  return TRUE;
}

/* Only what is surely wrong: a missing @ or a space. */
gboolean
acc_cli_check_email (const char  *option,
                     const char  *text,
                     GError     **error)
{
  const char *at;

  if (text == NULL || *text == '\0')
    return TRUE;

  at = strchr (text, '@');
  if (at == NULL || at == text || at[1] == '\0' || strpbrk (text, " \t\r\n") != NULL)
    {
      acc_cli_usage_error (error, _("%s: “%s” is not an e-mail address."), option, text);
      return FALSE;
    }
  return TRUE;
}

/* Whether a command line asks for help: before the kind of a command is
 * known, only --help is understood. */
gboolean
acc_cli_wants_help (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h") || g_str_equal (argv[i], "-?")
          || g_str_has_prefix (argv[i], "--help-"))
        return TRUE;
    }
  return FALSE;
}
