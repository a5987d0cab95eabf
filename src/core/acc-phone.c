/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone.c — phone numbers as the front desk writes them.
 *
 * Numbers are stored in E.164 (+33612345678) and searched by their national
 * significant digits (612345678), so « 06 12 34 56 78 », « +33 6 12 34 56 78 »
 * and « 0033612345678 » are one number. This covers the French numbering plan
 * only; other countries' numbers are kept as typed, with their + prefix.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-phone.h"

#include <string.h>

/* Keeps the digits, and a leading + as an international prefix. */
static GString *
digits_of (const char *text,
           gboolean   *international)
{
  GString *digits = g_string_new (NULL);

  *international = FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0)
        *international = TRUE;
    }

  if (!*international && g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      *international = TRUE;
    }
  return digits;
}

/**
 * acc_phone_normalize:
 * @text: a number as typed
 *
 * Returns: (transfer full) (nullable): the number in E.164, or %NULL when
 * @text holds no plausible number.
 */
char *
acc_phone_normalize (const char *text)
{
  g_autoptr(GString) digits = NULL;
  gboolean international;

  if (text == NULL)
    return NULL;

  digits = digits_of (text, &international);
  if (international)
    {
      /* +33 0 6 12 34 56 78: the trunk 0 written after the country code. */
      if (g_str_has_prefix (digits->str, "330") && digits->len == 12)
        g_string_erase (digits, 2, 1);
      if (digits->len < 6 || digits->len > 15)
        return NULL;
      return g_strconcat ("+", digits->str, NULL);
    }

  /* A French national number: ten digits starting with 0. */
  if (digits->len == 10 && digits->str[0] == '0' && digits->str[1] != '0')
    return g_strconcat ("+33", digits->str + 1, NULL);

  return NULL;
}

/**
 * acc_phone_search_digits:
 * @text: a whole or partial number, in any format
 *
 * Returns: (transfer full): the digits to look for among the stored national
 * significant digits: « 06 12 » gives « 612 », « +33 6 » gives « 6 ».
 */
char *
acc_phone_search_digits (const char *text)
{
  g_autoptr(GString) digits = NULL;
  gboolean international;

  if (text == NULL)
    return g_strdup ("");

  digits = digits_of (text, &international);
  if (international && g_str_has_prefix (digits->str, "33"))
    g_string_erase (digits, 0, 2);
  if (digits->len > 0 && digits->str[0] == '0')
    g_string_erase (digits, 0, 1);
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * acc_phone_format_national:
 * @e164: (nullable): a stored number
 *
 * Returns: (transfer full) (nullable): a French number as the French write it
 * (« 06 12 34 56 78 »); any other number unchanged.
 */
char *
acc_phone_format_national (const char *e164)
{
  GString *out;

  if (e164 == NULL || *e164 == '\0')
    return NULL;
  if (!g_str_has_prefix (e164, "+33") || strlen (e164) != 12)
    return g_strdup (e164);

  out = g_string_new ("0");
  g_string_append_c (out, e164[3]);
  for (const char *p = e164 + 4; *p != '\0'; p += 2)
    {
      g_string_append_c (out, ' ');
      g_string_append_len (out, p, 2);
    }
  return g_string_free (out, FALSE);
}
