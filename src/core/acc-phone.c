/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone.c — phone numbers as the front desk writes them.
 *
 * Numbers are parsed, checked and formatted by libphonenumber (through
 * acc-phone-shim.cpp), with France as the default region. They are stored in
 * E.164 (+33612345678) and searched by their national significant digits
 * (612345678), so « 06 12 34 56 78 », « +33 6 12 34 56 78 » and
 * « 0033612345678 » are one number.
 *
 * The overseas departments (Réunion, Mayotte, Guadeloupe, Martinique,
 * Guyane) share the French ten-digit plan but have country codes of their
 * own: « 0692 12 34 56 » is +262692123456, and is shown and searched the way
 * it is dialled from France.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-phone.h"
#include "acc-phone-shim.h"

#include <string.h>

/* The regions of the French numbering plan, France first: a national number
 * (« 0… ») belongs to the first in which libphonenumber finds it valid. */
static const char *const french_plan_regions[] = { "FR", "RE", "YT", "GP", "MQ", "GF" };

/* Their country codes, as E.164 begins: no code is a prefix of another. */
static const char *const french_plan_codes[] = { "+33", "+262", "+590", "+594", "+596" };

static gboolean
is_french_plan (const char *e164)
{
  for (guint i = 0; i < G_N_ELEMENTS (french_plan_codes); i++)
    if (g_str_has_prefix (e164, french_plan_codes[i]))
      return TRUE;
  return FALSE;
}

/* Reads what libphonenumber is not asked to judge. A letter inside the number
 * is refused: libphonenumber would read « 06 12 AB CD EF » as a vanity number
 * and « poste 12 » as digits, and an extension has no place in E.164. A label
 * before the number (« Tél. : 06… ») is left for libphonenumber to skip.
 * @national is set for a number in the national form (« 0… », not « 00… »). */
static gboolean
is_plain_number (const char *text,
                 gboolean   *national)
{
  gboolean plus = FALSE;
  int first_digits[2] = { -1, -1 };
  guint n_digits = 0;

  *national = FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        {
          if (n_digits < 2)
            first_digits[n_digits] = g_unichar_digit_value (c);
          n_digits++;
        }
      else if (c == '+' && n_digits == 0)
        plus = TRUE;
      else if ((plus || n_digits > 0) && g_unichar_isalpha (c))
        return FALSE;
    }

  *national = !plus && first_digits[0] == 0 && first_digits[1] != 0;
  return n_digits > 0;
}

/**
 * acc_phone_normalize:
 * @text: (nullable): a number as typed
 *
 * A number is taken when libphonenumber finds it valid; failing that, when
 * it has a possible length for its country, since libphonenumber's metadata
 * lags the ranges ARCEP opens (and leaves out those it keeps for fiction, such
 * as 06 39 98). Numbers without a country code are French.
 *
 * Returns: (transfer full) (nullable): the number in E.164, or %NULL when
 * @text holds no plausible number.
 */
char *
acc_phone_normalize (const char *text)
{
  g_autofree char *possible = NULL;
  gboolean national;

  if (text == NULL || !is_plain_number (text, &national))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (french_plan_regions); i++)
    {
      AccPhoneShimCheck check;
      g_autofree char *e164 = _acc_phone_shim_parse (text, french_plan_regions[i], &check);

      if (check == ACC_PHONE_SHIM_VALID)
        return g_steal_pointer (&e164);
      /* Only France's reading of a merely possible number counts. */
      if (i == 0 && check == ACC_PHONE_SHIM_POSSIBLE)
        possible = g_steal_pointer (&e164);
      /* A number with its country code reads the same in every region. */
      if (!national)
        break;
    }

  return g_steal_pointer (&possible);
}

/**
 * acc_phone_search_digits:
 * @text: (nullable): a whole or partial number, in any format
 *
 * Returns: (transfer full): the digits to look for among the stored national
 * significant digits: « 06 12 » gives « 612 », « +33 6 » gives « 6 »,
 * « +262 692 » gives « 692 ».
 */
char *
acc_phone_search_digits (const char *text)
{
  g_autoptr(GString) digits = NULL;
  gboolean international = FALSE;

  if (text == NULL)
    return g_strdup ("");

  /* Keeps the digits, and a leading + as an international prefix. */
  digits = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0)
        international = TRUE;
    }
  if (!international && g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      international = TRUE;
    }

  if (international)
    {
      for (guint i = 0; i < G_N_ELEMENTS (french_plan_codes); i++)
        {
          const char *code = french_plan_codes[i] + 1;

          if (g_str_has_prefix (digits->str, code))
            {
              g_string_erase (digits, 0, strlen (code));
              break;
            }
        }
    }
  if (digits->len > 0 && digits->str[0] == '0')
    g_string_erase (digits, 0, 1);
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * acc_phone_format_national:
 * @e164: (nullable): a stored number
 *
 * Returns: (transfer full) (nullable): a number of the French plan as the
 * French write it (« 06 12 34 56 78 », « 0692 12 34 56 »); any other in the
 * international format (« +44 20 7946 0958 »); what libphonenumber cannot
 * read, unchanged.
 */
char *
acc_phone_format_national (const char *e164)
{
  char *text;

  if (e164 == NULL || *e164 == '\0')
    return NULL;

  text = _acc_phone_shim_format (e164, is_french_plan (e164));
  return text != NULL ? text : g_strdup (e164);
}
