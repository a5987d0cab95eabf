/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-util.h — small helpers shared by the core's GObjects. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* GLib 2.76's g_set_str(), which GLib 2.74 does not have: replace *str_pointer
 * with a copy of new_str and say whether it changed, so that a setter notifies
 * only on change. */
static inline gboolean
acc_set_str (char       **str_pointer,
             const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

/* Whether text is missing or only spaces: what a required field refuses. */
static inline gboolean
acc_str_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

G_END_DECLS
