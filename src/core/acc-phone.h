/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *acc_phone_normalize       (const char *text);
char *acc_phone_search_digits   (const char *text);
char *acc_phone_format_national (const char *e164);

G_END_DECLS
