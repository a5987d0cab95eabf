/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACC_TYPE_DRAFT_NOTICE (acc_draft_notice_get_type ())

G_DECLARE_FINAL_TYPE (AccDraftNotice, acc_draft_notice, ACC, DRAFT_NOTICE, GtkBox)

void        acc_draft_notice_show     (AccDraftNotice *self,
                                       gint64          saved_at);
void        acc_draft_notice_hide     (AccDraftNotice *self);
const char *acc_draft_notice_get_text (AccDraftNotice *self);

G_END_DECLS
