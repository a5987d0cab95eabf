/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-stats.c — `accueil-cli stats --from DATE --to DATE --format
 * text|json`: the indicators of the « Tableau de bord », for a terminal or a
 * program. The same figures as the dashboard: both come from
 * acc_repository_compute_stats(). */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-cli.h"
#include "acc-audit-report.h"

/* The JSON keys are a stable interface: add, never rename. */
static const char * const outcome_keys[ACC_STATS_N_OUTCOMES] = {
  "answered", "transferred", "oriented", "message",
};
static const char * const call_step_keys[ACC_STATS_N_CALL_STEPS] = {
  "greeted", "reason_asked", "name_asked", "organisation_presented",
};
static const char * const visit_step_keys[ACC_STATS_N_VISIT_STEPS] = {
  "introduced", "reason_asked", "informed", "supervisor_called", "oriented",
};
static const char * const channel_keys[ACC_STATS_N_CHANNELS] = { "calls", "visits" };

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

static void
append_json_time (GString *out,
                  gint64   time_us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);
  g_autofree char *text = g_date_time_format_iso8601 (time);

  append_json_string (out, text);
}

static void
append_json_median (GString *out,
                    gint64   median_us)
{
  if (median_us < 0)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, median_us / G_USEC_PER_SEC);
}

static char *
stats_to_json (AccStats *stats)
{
  GString *out = g_string_new ("{\n  \"from\": ");

  append_json_time (out, acc_stats_get_from (stats));
  g_string_append (out, ",\n  \"to\": ");
  append_json_time (out, acc_stats_get_to (stats));

  for (guint channel = 0; channel < ACC_STATS_N_CHANNELS; channel++)
    {
      guint n_steps = channel == ACC_CHANNEL_PHONE ? ACC_STATS_N_CALL_STEPS : ACC_STATS_N_VISIT_STEPS;
      const char * const *step_keys = channel == ACC_CHANNEL_PHONE ? call_step_keys : visit_step_keys;

      g_string_append_printf (out, ",\n  \"%s\": {\n    \"count\": %u,\n    \"outcomes\": {",
                              channel_keys[channel], acc_stats_get_count (stats, channel));
      for (guint o = 0; o < ACC_STATS_N_OUTCOMES; o++)
        g_string_append_printf (out, "%s\"%s\": %u", o == 0 ? " " : ", ", outcome_keys[o],
                                acc_stats_get_outcome_count (stats, channel, o));
      g_string_append (out, " },\n    \"checklist\": {");
      for (guint s = 0; s < n_steps; s++)
        g_string_append_printf (out, "%s\"%s\": %u", s == 0 ? " " : ", ", step_keys[s],
                                acc_stats_get_step_count (stats, channel, s));
      /* Rows are ISO weekdays (Monday first), columns hours 0–23, local. */
      g_string_append (out, " },\n    \"week_hours\": [");
      for (int d = 1; d <= 7; d++)
        {
          g_string_append (out, d == 1 ? "\n      [" : ",\n      [");
          for (int h = 0; h < 24; h++)
            g_string_append_printf (out, "%s%u", h == 0 ? "" : ", ",
                                    acc_stats_get_week_hour_count (stats, channel, d, h));
          g_string_append_c (out, ']');
        }
      g_string_append (out, "\n    ]\n  }");
    }

  g_string_append (out, ",\n  \"days\": [");
  for (guint i = 0; i < acc_stats_get_n_days (stats); i++)
    {
      guint calls, visits;
      const char *day = acc_stats_get_day (stats, i, &calls, &visits);

      g_string_append (out, i == 0 ? "\n    { \"day\": " : ",\n    { \"day\": ");
      append_json_string (out, day);
      g_string_append_printf (out, ", \"calls\": %u, \"visits\": %u }", calls, visits);
    }
  g_string_append (out, "\n  ],\n  \"orientations\": [");
  for (guint i = 0; i < acc_stats_get_n_orientations (stats); i++)
    {
      gint64 id;
      guint count;
      const char *name = acc_stats_get_orientation (stats, i, &id, &count);

      g_string_append_printf (out, "%s{ \"directory_id\": %" G_GINT64_FORMAT ", \"name\": ",
                              i == 0 ? "\n    " : ",\n    ", id);
      if (name != NULL)
        append_json_string (out, name);
      else
        g_string_append (out, "null");
      g_string_append_printf (out, ", \"count\": %u }", count);
    }
  g_string_append_printf (out, "\n  ],\n  \"messages\": {\n    \"count\": %u,\n    \"read\": %u,\n"
                          "    \"median_read_seconds\": ",
                          acc_stats_get_message_count (stats), acc_stats_get_messages_read (stats));
  append_json_median (out, acc_stats_get_median_read_us (stats));
  g_string_append_printf (out, ",\n    \"handled\": %u,\n    \"median_handle_seconds\": ",
                          acc_stats_get_messages_handled (stats));
  append_json_median (out, acc_stats_get_median_handle_us (stats));
  g_string_append_printf (out, ",\n    \"with_due\": %u,\n    \"handled_on_time\": %u,\n"
                          "    \"overdue_now\": %u\n  },\n",
                          acc_stats_get_messages_with_due (stats), acc_stats_get_messages_on_time (stats),
                          acc_stats_get_messages_overdue_now (stats));
  g_string_append_printf (out, "  \"answering_machine\": {\n"
                          "    \"slot_starts\": { \"expected\": %u, \"confirmed\": %u },\n"
                          "    \"slot_ends\": { \"expected\": %u, \"confirmed\": %u }\n  }\n}\n",
                          acc_stats_get_boundaries_expected (stats, FALSE),
                          acc_stats_get_boundaries_confirmed (stats, FALSE),
                          acc_stats_get_boundaries_expected (stats, TRUE),
                          acc_stats_get_boundaries_confirmed (stats, TRUE));
  return g_string_free (out, FALSE);
}

/* A label padded to WIDTH characters, not bytes: printf's %-28s counts the
 * bytes of « Réponse apportée », and accented labels came out misaligned. */
static void
print_label (const char *label,
             guint       width)
{
  glong length = g_utf8_strlen (label, -1);

  g_print ("  %s%*s", label, length < (glong) width ? (int) (width - length) : 0, "");
}

static char *
format_share (guint part,
              guint whole)
{
  if (whole == 0)
    return g_strdup ("—");
  return g_strdup_printf ("%u / %u (%.0f %%)", part, whole, 100.0 * part / whole);
}

static void
print_text (AccStats *stats)
{
  static const char * const call_steps[ACC_STATS_N_CALL_STEPS] = {
    N_("Greeting given"), N_("Reason asked"), N_("Name asked"), N_("Organisation presented"),
  };
  static const char * const visit_steps[ACC_STATS_N_VISIT_STEPS] = {
    N_("Introduced oneself"), N_("Reason asked"), N_("Informed"), N_("Supervisor called"), N_("Oriented"),
  };
  static const char * const outcomes[ACC_STATS_N_OUTCOMES] = {
    N_("Answered"), N_("Transferred"), N_("Oriented"), N_("Message taken"),
  };
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (acc_stats_get_from (stats) / G_USEC_PER_SEC);
  g_autoptr(GDateTime) to = g_date_time_new_from_unix_local (acc_stats_get_to (stats) / G_USEC_PER_SEC - 1);
  g_autofree char *from_text = g_date_time_format (from, "%d/%m/%Y");
  g_autofree char *to_text = g_date_time_format (to, "%d/%m/%Y");
  g_autofree char *read = acc_format_delay (acc_stats_get_median_read_us (stats));
  g_autofree char *handle = acc_format_delay (acc_stats_get_median_handle_us (stats));
  g_autofree char *on_time = format_share (acc_stats_get_messages_on_time (stats),
                                           acc_stats_get_messages_with_due (stats));
  g_autofree char *starts = format_share (acc_stats_get_boundaries_confirmed (stats, FALSE),
                                          acc_stats_get_boundaries_expected (stats, FALSE));
  g_autofree char *ends = format_share (acc_stats_get_boundaries_confirmed (stats, TRUE),
                                        acc_stats_get_boundaries_expected (stats, TRUE));
  guint calls = acc_stats_get_count (stats, ACC_CHANNEL_PHONE);
  guint visits = acc_stats_get_count (stats, ACC_CHANNEL_VISIT);

  g_print (_("Indicators from %s to %s\n\n"), from_text, to_text);
  g_print (_("Calls: %u\nVisits: %u\n\n"), calls, visits);

  g_print ("%s\n", _("Outcomes (calls / visits)"));
  for (guint o = 0; o < ACC_STATS_N_OUTCOMES; o++)
    {
      print_label (_(outcomes[o]), 28);
      g_print (" %6u %6u\n",
               acc_stats_get_outcome_count (stats, ACC_CHANNEL_PHONE, o),
               acc_stats_get_outcome_count (stats, ACC_CHANNEL_VISIT, o));
    }

  g_print ("\n%s\n", _("Orientations by body"));
  for (guint i = 0; i < acc_stats_get_n_orientations (stats); i++)
    {
      guint count;
      const char *name = acc_stats_get_orientation (stats, i, NULL, &count);

      print_label (name != NULL ? name : _("(no body recorded)"), 40);
      g_print (" %6u\n", count);
    }

  g_print ("\n%s\n", _("Messages"));
  g_print (_("  Taken: %u\n  Median time to read: %s\n  Median time to handle: %s\n"
             "  Handled by the due time: %s\n  Overdue now: %u\n"),
           acc_stats_get_message_count (stats), read, handle, on_time,
           acc_stats_get_messages_overdue_now (stats));

  g_print ("\n%s\n", _("Checklist of the phone procedure"));
  for (guint s = 0; s < ACC_STATS_N_CALL_STEPS; s++)
    {
      g_autofree char *share = format_share (acc_stats_get_step_count (stats, ACC_CHANNEL_PHONE, s), calls);
      print_label (_(call_steps[s]), 28);
      g_print (" %s\n", share);
    }
  g_print ("\n%s\n", _("Checklist of the visit procedure"));
  for (guint s = 0; s < ACC_STATS_N_VISIT_STEPS; s++)
    {
      g_autofree char *share = format_share (acc_stats_get_step_count (stats, ACC_CHANNEL_VISIT, s), visits);
      print_label (_(visit_steps[s]), 28);
      g_print (" %s\n", share);
    }

  g_print ("\n%s\n", _("Answering machine confirmed"));
  g_print (_("  Off at the start of a slot: %s\n  On at the end of a slot: %s\n"), starts, ends);
}

/**
 * acc_cli_run_stats:
 *
 * `stats [--from DATE] [--to DATE] [--format text|json|pdf] [--output FILE]`; the period is the
 * last 30 days up to today unless given, --to is included.
 */
gboolean
acc_cli_run_stats (AccCli   *cli,
                   int       argc,
                   char    **argv,
                   GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccStats) stats = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE, pdf = FALSE;
  gint64 from_us, to_us;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day of the period (default: 30 days ago)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day of the period, included (default: today)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (the default), json, or pdf for the audit file"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write (with --format pdf)"), N_("FILE") },
    { NULL }
  };

  cli->command = "stats";
  context = acc_cli_option_context_new (cli, NULL,
                                        _("The indicators of a period: calls and visits by day and hour, "
                                          "outcomes, orientations, messages, the checklist and the "
                                          "answering machine."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (argc > 1)
    {
      acc_cli_usage_error (error, _("Unexpected argument “%s”."), argv[1]);
      return FALSE;
    }
  if (format != NULL && g_strcmp0 (format, "json") != 0 && g_strcmp0 (format, "text") != 0
      && g_strcmp0 (format, "pdf") != 0)
    {
      acc_cli_usage_error (error, _("Unknown format “%s”: use text, json or pdf."), format);
      return FALSE;
    }
  json = g_strcmp0 (format, "json") == 0;
  pdf = g_strcmp0 (format, "pdf") == 0;
  if (pdf != (output != NULL))
    {
      acc_cli_usage_error (error, pdf ? _("Say where to write the audit file: --output FILE.pdf.")
                                      : _("--output goes with --format pdf."));
      return FALSE;
    }

  if (to != NULL)
    {
      if (!acc_cli_parse_time ("--to", to, TRUE, &to_us, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                          g_date_time_get_day_of_month (now), 0, 0, 0);
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);

      to_us = g_date_time_to_unix (tomorrow) * G_USEC_PER_SEC;
    }
  if (from != NULL)
    {
      if (!acc_cli_parse_time ("--from", from, FALSE, &from_us, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (to_us / G_USEC_PER_SEC);
      g_autoptr(GDateTime) start = g_date_time_add_days (end, -30);

      from_us = g_date_time_to_unix (start) * G_USEC_PER_SEC;
    }
  if (from_us >= to_us)
    {
      acc_cli_usage_error (error, _("The period is empty: --from comes after --to."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;
  stats = acc_repository_compute_stats (repository, from_us, to_us, error);
  if (stats == NULL)
    return FALSE;

  if (pdf)
    {
      g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repository, NULL);

      return acc_audit_report_write_pdf (stats, organisation != NULL ? acc_organisation_get_name (organisation) : NULL,
                                         output, NULL, error);
    }
  if (json)
    {
      g_autofree char *text = stats_to_json (stats);

      fputs (text, stdout);
    }
  else
    print_text (stats);
  return fflush (stdout) == 0;
}
