/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-organisation.c — the organisation's settings, one object: its details
 * as printed and the greetings its agents read out.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-organisation.h"
#include "acc-util.h"

#include <string.h>

struct _AccOrganisation
{
  GObject parent_instance;

  char *name;
  char *address;
  char *phone;
  char *email;
  char *website;
  char *phone_greeting;
  char *visit_greeting;
  guint message_deadline_hours;
  guint retention_months;
};

G_DEFINE_FINAL_TYPE (AccOrganisation, acc_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_WEBSITE,
  PROP_PHONE_GREETING,
  PROP_VISIT_GREETING,
  PROP_MESSAGE_DEADLINE_HOURS,
  PROP_RETENTION_MONTHS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_organisation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccOrganisation *self = ACC_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_PHONE_GREETING:
      g_value_set_string (value, self->phone_greeting);
      break;
    case PROP_VISIT_GREETING:
      g_value_set_string (value, self->visit_greeting);
      break;
    case PROP_MESSAGE_DEADLINE_HOURS:
      g_value_set_uint (value, self->message_deadline_hours);
      break;
    case PROP_RETENTION_MONTHS:
      g_value_set_uint (value, self->retention_months);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_organisation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccOrganisation *self = ACC_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      acc_organisation_set_name (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      acc_organisation_set_address (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      acc_organisation_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_organisation_set_email (self, g_value_get_string (value));
      break;
    case PROP_WEBSITE:
      acc_organisation_set_website (self, g_value_get_string (value));
      break;
    case PROP_PHONE_GREETING:
      acc_organisation_set_phone_greeting (self, g_value_get_string (value));
      break;
    case PROP_VISIT_GREETING:
      acc_organisation_set_visit_greeting (self, g_value_get_string (value));
      break;
    case PROP_MESSAGE_DEADLINE_HOURS:
      acc_organisation_set_message_deadline_hours (self, g_value_get_uint (value));
      break;
    case PROP_RETENTION_MONTHS:
      acc_organisation_set_retention_months (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_organisation_finalize (GObject *object)
{
  AccOrganisation *self = ACC_ORGANISATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->phone_greeting, g_free);
  g_clear_pointer (&self->visit_greeting, g_free);

  G_OBJECT_CLASS (acc_organisation_parent_class)->finalize (object);
}

static void
acc_organisation_class_init (AccOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_organisation_get_property;
  object_class->set_property = acc_organisation_set_property;
  object_class->finalize = acc_organisation_finalize;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Templates for acc_organisation_format_greeting(). */
  properties[PROP_PHONE_GREETING] =
    g_param_spec_string ("phone-greeting", NULL, NULL, ACC_DEFAULT_PHONE_GREETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIT_GREETING] =
    g_param_spec_string ("visit-greeting", NULL, NULL, ACC_DEFAULT_VISIT_GREETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* How long a recipient has to answer a message, counted in opening hours so
   * that a weekend does not eat the deadline. */
  properties[PROP_MESSAGE_DEADLINE_HOURS] =
    g_param_spec_uint ("message-deadline-hours", NULL, NULL,
                       1, ACC_ORGANISATION_MAX_MESSAGE_DEADLINE_HOURS, 48,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* How long calls, visits and messages are kept before the purge removes
   * them (the auditor's issue); stored here, applied elsewhere. */
  properties[PROP_RETENTION_MONTHS] =
    g_param_spec_uint ("retention-months", NULL, NULL,
                       ACC_ORGANISATION_MIN_RETENTION_MONTHS, ACC_ORGANISATION_MAX_RETENTION_MONTHS,
                       ACC_ORGANISATION_DEFAULT_RETENTION_MONTHS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_organisation_init (AccOrganisation *self)
{
  self->phone_greeting = g_strdup (ACC_DEFAULT_PHONE_GREETING);
  self->visit_greeting = g_strdup (ACC_DEFAULT_VISIT_GREETING);
  self->message_deadline_hours = 48;
  self->retention_months = ACC_ORGANISATION_DEFAULT_RETENTION_MONTHS;
}

/**
 * acc_organisation_new:
 *
 * Returns: (transfer full): settings with the default greetings and a 48-hour
 *   message deadline, everything else unset.
 */
AccOrganisation *
acc_organisation_new (void)
{
  return g_object_new (ACC_TYPE_ORGANISATION, NULL);
}

const char *
acc_organisation_get_name (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->name;
}

void
acc_organisation_set_name (AccOrganisation *self,
                           const char      *name)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
acc_organisation_get_address (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->address;
}

void
acc_organisation_set_address (AccOrganisation *self,
                              const char      *address)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
acc_organisation_get_phone (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->phone;
}

void
acc_organisation_set_phone (AccOrganisation *self,
                            const char      *phone)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_organisation_get_email (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->email;
}

void
acc_organisation_set_email (AccOrganisation *self,
                            const char      *email)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
acc_organisation_get_website (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->website;
}

void
acc_organisation_set_website (AccOrganisation *self,
                              const char      *website)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->website, website))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

const char *
acc_organisation_get_phone_greeting (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->phone_greeting;
}

void
acc_organisation_set_phone_greeting (AccOrganisation *self,
                                     const char      *phone_greeting)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->phone_greeting, phone_greeting))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE_GREETING]);
}

const char *
acc_organisation_get_visit_greeting (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), NULL);
  return self->visit_greeting;
}

void
acc_organisation_set_visit_greeting (AccOrganisation *self,
                                     const char      *visit_greeting)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  if (acc_set_str (&self->visit_greeting, visit_greeting))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIT_GREETING]);
}

guint
acc_organisation_get_message_deadline_hours (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), 48);
  return self->message_deadline_hours;
}

void
acc_organisation_set_message_deadline_hours (AccOrganisation *self,
                                             guint            message_deadline_hours)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  g_return_if_fail (message_deadline_hours >= 1 && message_deadline_hours <= ACC_ORGANISATION_MAX_MESSAGE_DEADLINE_HOURS);
  if (self->message_deadline_hours != message_deadline_hours)
    {
      self->message_deadline_hours = message_deadline_hours;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE_DEADLINE_HOURS]);
    }
}

guint
acc_organisation_get_retention_months (AccOrganisation *self)
{
  g_return_val_if_fail (ACC_IS_ORGANISATION (self), ACC_ORGANISATION_DEFAULT_RETENTION_MONTHS);
  return self->retention_months;
}

void
acc_organisation_set_retention_months (AccOrganisation *self,
                                       guint            retention_months)
{
  g_return_if_fail (ACC_IS_ORGANISATION (self));
  g_return_if_fail (retention_months >= ACC_ORGANISATION_MIN_RETENTION_MONTHS
                    && retention_months <= ACC_ORGANISATION_MAX_RETENTION_MONTHS);
  if (self->retention_months != retention_months)
    {
      self->retention_months = retention_months;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETENTION_MONTHS]);
    }
}

/**
 * acc_organisation_format_greeting:
 * @template_text: (nullable): a greeting with `{organisation}` and `{agent}`
 *   placeholders
 * @organisation: (nullable): the organisation's name
 * @agent: (nullable): the name the agent gives
 *
 * Fills in the greeting the agent reads out. The text is read once, so a
 * name that itself contains "{agent}" is not expanded again. Any other
 * "{…}" is left as typed, so that a mistyped placeholder shows on screen
 * rather than vanishing; %NULL values become empty strings.
 *
 * Returns: (transfer full): the greeting, never %NULL
 */
char *
acc_organisation_format_greeting (const char *template_text,
                                  const char *organisation,
                                  const char *agent)
{
  static const char organisation_placeholder[] = "{organisation}";
  static const char agent_placeholder[] = "{agent}";
  GString *greeting;
  const char *rest;
  const char *brace;

  if (template_text == NULL)
    return g_strdup ("");

  greeting = g_string_sized_new (strlen (template_text) + 32);
  rest = template_text;

  /* Byte-wise is safe in UTF-8: '{' never occurs inside a multi-byte character. */
  while ((brace = strchr (rest, '{')) != NULL)
    {
      g_string_append_len (greeting, rest, brace - rest);

      if (g_str_has_prefix (brace, organisation_placeholder))
        {
          g_string_append (greeting, organisation != NULL ? organisation : "");
          rest = brace + strlen (organisation_placeholder);
        }
      else if (g_str_has_prefix (brace, agent_placeholder))
        {
          g_string_append (greeting, agent != NULL ? agent : "");
          rest = brace + strlen (agent_placeholder);
        }
      else
        {
          g_string_append_c (greeting, '{');
          rest = brace + 1;
        }
    }

  g_string_append (greeting, rest);

  return g_string_free (greeting, FALSE);
}
