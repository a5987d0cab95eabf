/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-labels.c — the words a person reads for the core's codes and times,
 * translated, for the GUI and the CLI's text output alike. The stable
 * machine names that files and scripts read are in acc-types.c. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-labels.h"

const char *
acc_role_label (AccRole role)
{
  switch (role)
    {
    case ACC_ROLE_RECEPTION:
      return _("Front desk");
    case ACC_ROLE_SUPERVISOR:
      return _("Supervisor");
    case ACC_ROLE_MANAGER:
      return _("Manager");
    default:
      return _("Unknown role");
    }
}

const char *
acc_outcome_label (AccOutcome outcome)
{
  switch (outcome)
    {
    case ACC_OUTCOME_ANSWERED:
      return _("Answered");
    case ACC_OUTCOME_TRANSFERRED:
      return _("Transferred");
    case ACC_OUTCOME_ORIENTED:
      return _("Oriented");
    case ACC_OUTCOME_MESSAGE:
      return _("Message taken");
    default:
      return _("Unknown outcome");
    }
}

/**
 * acc_outcome_label_for_channel:
 *
 * The outcome as the book of @channel says it: a visitor's supervisor is
 * called to the desk rather than transferred to, and a visitor leaves a
 * message rather than having one taken.
 */
const char *
acc_outcome_label_for_channel (AccOutcome outcome,
                               AccChannel channel)
{
  if (channel != ACC_CHANNEL_VISIT)
    return acc_outcome_label (outcome);

  switch (outcome)
    {
    case ACC_OUTCOME_TRANSFERRED:
      return _("Supervisor called");
    case ACC_OUTCOME_MESSAGE:
      return _("Message left");
    case ACC_OUTCOME_ANSWERED:
    case ACC_OUTCOME_ORIENTED:
    default:
      return acc_outcome_label (outcome);
    }
}

const char *
acc_message_status_label (AccMessageStatus status)
{
  switch (status)
    {
    case ACC_MESSAGE_STATUS_NEW:
      return _("New");
    case ACC_MESSAGE_STATUS_READ:
      return _("Read");
    case ACC_MESSAGE_STATUS_IN_PROGRESS:
      return _("In progress");
    case ACC_MESSAGE_STATUS_DONE:
      return _("Done");
    case ACC_MESSAGE_STATUS_FORWARDED:
      return _("Forwarded");
    default:
      return _("Unknown status");
    }
}

const char *
acc_message_source_label (AccMessageSource source)
{
  switch (source)
    {
    case ACC_MESSAGE_SOURCE_CALL:
      return _("Call");
    case ACC_MESSAGE_SOURCE_VOICEMAIL:
      return _("Voicemail");
    case ACC_MESSAGE_SOURCE_VISIT:
      return _("Visit");
    default:
      return _("Unknown source");
    }
}

const char *
acc_contact_kind_label (AccContactKind kind)
{
  switch (kind)
    {
    case ACC_CONTACT_KIND_CLIENT:
      return _("Client");
    case ACC_CONTACT_KIND_PROSPECT:
      return _("Prospect");
    case ACC_CONTACT_KIND_PARTNER:
      return _("Partner");
    case ACC_CONTACT_KIND_OTHER:
      return _("Other");
    default:
      return _("Unknown kind");
    }
}

/**
 * acc_document_kind_label:
 *
 * What a document of the register is, for a person: « Plaquette »,
 * « Grille tarifaire »…
 */
const char *
acc_document_kind_label (AccDocumentKind kind)
{
  switch (kind)
    {
    case ACC_DOCUMENT_BROCHURE:
      return _("Brochure");
    case ACC_DOCUMENT_PRICE_LIST:
      return _("Price list");
    case ACC_DOCUMENT_TAX_ADVANTAGE_SHEET:
      return _("Tax-advantage sheet");
    case ACC_DOCUMENT_WELCOME_BOOKLET:
      return _("Welcome booklet");
    case ACC_DOCUMENT_OPENING_HOURS_POSTER:
      return _("Opening-hours poster");
    case ACC_DOCUMENT_OUTSIDE_SIGN:
      return _("Outside sign");
    default:
      return _("Document");
    }
}

/**
 * acc_format_delay:
 * @delay_us: a duration, negative when unknown
 *
 * Returns: (transfer full): a delay as the indicators show it: « 45 min »,
 * « 3 h 05 », « 4 days » beyond two days, « — » when unknown.
 */
char *
acc_format_delay (gint64 delay_us)
{
  long long minutes;

  if (delay_us < 0)
    return g_strdup ("—");
  minutes = (delay_us + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);
  if (minutes < 60)
    /* Translators: a delay in minutes, in the indicators */
    return g_strdup_printf (_("%lld min"), minutes);
  if (minutes < 48 * 60)
    /* Translators: a delay in hours and minutes, in the indicators */
    return g_strdup_printf (_("%lld h %02lld"), minutes / 60, minutes % 60);
  /* Translators: a delay in days, in the indicators */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld day", "%lld days", (gulong) (minutes / (24 * 60))),
                          minutes / (24 * 60));
}

/**
 * acc_format_time:
 * @time_us: a stored UTC time
 *
 * Returns: (transfer full): the time in local time, as the books show it:
 * the hour alone today, the date and hour otherwise.
 */
char *
acc_format_time (gint64 time_us)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (time_us <= 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  now = g_date_time_new_now_local ();

  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: a time today, in the books; see g_date_time_format() */
    return g_date_time_format (local, C_("time today", "Today %H:%M"));

  /* Translators: a date and time in the books; see g_date_time_format() */
  return g_date_time_format (local, C_("date and time", "%Y-%m-%d %H:%M"));
}
