/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_INBOX (acc_inbox_get_type ())

G_DECLARE_FINAL_TYPE (AccInbox, acc_inbox, ACC, INBOX, GObject)

AccInbox       *acc_inbox_new                (GtkApplication         *application,
                                              AccRepository          *repository,
                                              GSettings              *settings);
AccStaffMember *acc_inbox_get_reader         (AccInbox               *self);
const gint64   *acc_inbox_get_recipient_ids  (AccInbox               *self,
                                              guint                  *n_recipient_ids);
guint           acc_inbox_get_unread_count   (AccInbox               *self);
GListModel     *acc_inbox_list_messages      (AccInbox               *self,
                                              AccMessageFilterStatus  status);

G_END_DECLS
