/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-limits.c — lengths and e-mail addresses checked the same way
 * everywhere (see acc-limits.h). */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "acc-limits.h"
#include "acc-repository.h"

/**
 * acc_email_is_valid:
 * @text: (nullable): an e-mail address as typed
 *
 * A simple, sensible check, enough to catch a slip of the keyboard without
 * refusing real addresses: something, one @, a domain with a dot that
 * neither starts nor ends it, no spaces or other blanks, none of the
 * separators a pasted list would bring (`;` `,` `<` `>`), and at most
 * %ACC_LIMIT_EMAIL characters. Accented letters are allowed on both sides
 * (internationalised addresses).
 *
 * Returns: whether @text looks like an e-mail address
 */
gboolean
acc_email_is_valid (const char *text)
{
  const char *at;
  const char *domain;
  gsize length;

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  if (g_utf8_strlen (text, -1) > ACC_LIMIT_EMAIL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || strchr (";,<>", (int) c) != NULL)
        return FALSE;
    }
  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  domain = at + 1;
  length = strlen (domain);
  return length > 0 && strchr (domain, '.') != NULL
         && domain[0] != '.' && domain[length - 1] != '.';
}

/**
 * acc_limits_length_problem:
 * @text: (nullable): a text as it will be stored
 * @max_chars: how many characters it may have
 *
 * The message a form shows next to a field whose text is too long.
 *
 * Returns: (transfer full) (nullable): %NULL when @text fits, else the
 *   message, with its length and the limit
 */
char *
acc_limits_length_problem (const char *text,
                           int         max_chars)
{
  glong length;

  if (text == NULL)
    return NULL;
  length = g_utf8_strlen (text, -1);
  if (length <= max_chars)
    return NULL;
  /* Translators: the text typed has %ld characters where %d fit. */
  return g_strdup_printf (_("Too long: %ld characters, at most %d."), length, max_chars);
}

/**
 * acc_limits_check:
 * @error: where the first problem goes
 * @field: the first text's label, as the form shows it ("Name"),
 *   translated
 * @text: (nullable): the first text, %NULL when there is none
 * @max_chars: its limit
 * @...: more triples of field, text and limit, ended by %NULL
 *
 * The repository's check before a save: every text fits its limit.
 *
 * Returns: %FALSE, with an %ACC_REPOSITORY_ERROR_INVALID error naming the
 *   field, when one is too long
 */
gboolean
acc_limits_check (GError     **error,
                  const char  *field,
                  const char  *text,
                  int          max_chars,
                  ...)
{
  va_list args;
  gboolean valid = TRUE;

  va_start (args, max_chars);
  while (field != NULL)
    {
      glong length = text != NULL ? g_utf8_strlen (text, -1) : 0;

      if (length > max_chars)
        {
          /* Translators: %s is the field's label, e.g. "Name". */
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                       _("%s: too long, %ld characters, at most %d."),
                       field, length, max_chars);
          valid = FALSE;
          break;
        }
      field = va_arg (args, const char *);
      if (field == NULL)
        break;
      text = va_arg (args, const char *);
      max_chars = va_arg (args, int);
    }
  va_end (args);
  return valid;
}

/**
 * acc_limits_check_email:
 * @field: the address's label ("E-mail"), translated
 * @text: (nullable): the address; %NULL or empty is allowed (no address)
 *
 * Returns: %FALSE, with an %ACC_REPOSITORY_ERROR_INVALID error, when @text
 *   is given and is not an e-mail address
 */
gboolean
acc_limits_check_email (const char  *field,
                        const char  *text,
                        GError     **error)
{
  if (text == NULL || *text == '\0' || acc_email_is_valid (text))
    return TRUE;
  /* Translators: %s is the field's label, e.g. "E-mail". */
  g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
               _("%s: not an e-mail address; type it as name@example.fr."), field);
  return FALSE;
}
