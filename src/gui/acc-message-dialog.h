/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_MESSAGE_DIALOG (acc_message_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccMessageDialog, acc_message_dialog, ACC, MESSAGE_DIALOG, AdwWindow)

AccMessageDialog *acc_message_dialog_new            (GtkWindow        *parent,
                                                     AccRepository    *repository,
                                                     AccStaffMember   *reader,
                                                     gint64            message_id);
AccMessageDialog *acc_message_dialog_present        (GtkWindow        *parent,
                                                     AccRepository    *repository,
                                                     AccStaffMember   *reader,
                                                     gint64            message_id);
AccMessage       *acc_message_dialog_get_message    (AccMessageDialog *self);

G_END_DECLS
