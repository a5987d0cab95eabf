/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"
#include "acc-inbox.h"

G_BEGIN_DECLS

#define ACC_TYPE_INBOX_PANE (acc_inbox_pane_get_type ())

G_DECLARE_FINAL_TYPE (AccInboxPane, acc_inbox_pane, ACC, INBOX_PANE, GtkWidget)

void                   acc_inbox_pane_set_repository (AccInboxPane           *self,
                                                      AccRepository          *repository);
void                   acc_inbox_pane_set_inbox      (AccInboxPane           *self,
                                                      AccInbox               *inbox);
GListModel            *acc_inbox_pane_get_model      (AccInboxPane           *self);
AccMessageFilterStatus acc_inbox_pane_get_filter     (AccInboxPane           *self);
void                   acc_inbox_pane_set_filter     (AccInboxPane           *self,
                                                      AccMessageFilterStatus  filter);
void                   acc_inbox_pane_focus_list     (AccInboxPane           *self);

G_END_DECLS
