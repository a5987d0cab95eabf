/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-shim.h — the C face of libphonenumber (C++), for acc-phone.c only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far libphonenumber trusts a parsed number. */
typedef enum
{
  ACC_PHONE_SHIM_UNREADABLE, /* not a number, or a wrong length for its country */
  ACC_PHONE_SHIM_POSSIBLE,   /* the right length, in a range the metadata does not list */
  ACC_PHONE_SHIM_VALID,      /* in a range the metadata lists */
} AccPhoneShimCheck;

char *_acc_phone_shim_parse  (const char        *text,
                              const char        *region,
                              AccPhoneShimCheck *check);
char *_acc_phone_shim_format (const char        *e164,
                              gboolean           national);

G_END_DECLS
