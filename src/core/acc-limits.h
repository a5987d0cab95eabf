/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-limits.h — how long each kind of text may be, and the checks that go
 * with it, in one place: the repository refuses what breaks them (so the
 * CLI, imports and the GUI share one rule) and the GUI shows the same
 * message next to the field before saving. Lengths count characters
 * (g_utf8_strlen), never bytes: "é" or an emoji is one character. A text
 * that is too long is refused with a message, never cut. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A name: a person's, an organisation's, a staff member's, a directory
 * entry's, a document's title, a reason or a category. Long enough for any
 * real name, short enough to fit a list row. */
#define ACC_LIMIT_NAME 200

/* One line of other details: an address, a place, a web site, opening
 * hours, what a call was about, a short answer or comment. */
#define ACC_LIMIT_LINE 1000

/* Free text: notes, a message's text, greetings, a procedure's text. Ten
 * thousand characters are accepted: a long letter read out on the phone. */
#define ACC_LIMIT_TEXT 10000

/* An e-mail address (RFC 5321: at most 254 characters in a path). */
#define ACC_LIMIT_EMAIL 254

/* A phone number as typed, before libphonenumber reads it (it gives up
 * after 250 characters anyway). */
#define ACC_LIMIT_PHONE 64

gboolean  acc_email_is_valid         (const char  *text);

char     *acc_limits_length_problem  (const char  *text,
                                      int          max_chars);

gboolean  acc_limits_check           (GError     **error,
                                      const char  *field,
                                      const char  *text,
                                      int          max_chars,
                                      ...) G_GNUC_NULL_TERMINATED;
gboolean  acc_limits_check_email     (const char  *field,
                                      const char  *text,
                                      GError     **error);

G_END_DECLS
