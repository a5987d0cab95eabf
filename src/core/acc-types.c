/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-types.c — the stable machine names of the enums, as the CLI reads and
 * writes them (`--role supervisor`, JSON "outcome": "answered"). The names a
 * person reads are translated in the GUI. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-types.h"

static const char *const role_names[] = { "reception", "supervisor", "manager" };
static const char *const outcome_names[] = { "answered", "transferred", "oriented", "message" };
static const char *const source_names[] = { "call", "voicemail", "visit" };
static const char *const status_names[] = { "new", "read", "in-progress", "done", "forwarded" };
static const char *const contact_kind_names[] = { "client", "prospect", "partner", "other" };

static const char *
name_of (const char *const *names,
         guint              n_names,
         int                value)
{
  if (value < 0 || (guint) value >= n_names)
    return "unknown";
  return names[value];
}

static gboolean
value_of (const char *const *names,
          guint              n_names,
          const char        *text,
          int               *value)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    {
      if (g_ascii_strcasecmp (names[i], text) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
acc_role_to_string (AccRole role)
{
  return name_of (role_names, G_N_ELEMENTS (role_names), role);
}

gboolean
acc_role_from_string (const char *text,
                      AccRole    *role)
{
  int value;

  if (!value_of (role_names, G_N_ELEMENTS (role_names), text, &value))
    return FALSE;
  *role = value;
  return TRUE;
}

const char *
acc_outcome_to_string (AccOutcome outcome)
{
  return name_of (outcome_names, G_N_ELEMENTS (outcome_names), outcome);
}

gboolean
acc_outcome_from_string (const char *text,
                         AccOutcome *outcome)
{
  int value;

  if (!value_of (outcome_names, G_N_ELEMENTS (outcome_names), text, &value))
    return FALSE;
  *outcome = value;
  return TRUE;
}

const char *
acc_message_source_to_string (AccMessageSource source)
{
  return name_of (source_names, G_N_ELEMENTS (source_names), source);
}

gboolean
acc_message_source_from_string (const char       *text,
                                AccMessageSource *source)
{
  int value;

  if (!value_of (source_names, G_N_ELEMENTS (source_names), text, &value))
    return FALSE;
  *source = value;
  return TRUE;
}

const char *
acc_message_status_to_string (AccMessageStatus status)
{
  return name_of (status_names, G_N_ELEMENTS (status_names), status);
}

const char *
acc_contact_kind_to_string (AccContactKind kind)
{
  return name_of (contact_kind_names, G_N_ELEMENTS (contact_kind_names), kind);
}
