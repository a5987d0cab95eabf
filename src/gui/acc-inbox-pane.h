/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_INBOX_PANE (acc_inbox_pane_get_type ())

G_DECLARE_FINAL_TYPE (AccInboxPane, acc_inbox_pane, ACC, INBOX_PANE, GtkWidget)

void        acc_inbox_pane_set_repository (AccInboxPane   *self,
                                           AccRepository  *repository);
void        acc_inbox_pane_set_staff      (AccInboxPane   *self,
                                           AccStaffMember *staff);
GListModel *acc_inbox_pane_get_model      (AccInboxPane   *self);

G_END_DECLS
