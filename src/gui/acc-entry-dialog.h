/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_ENTRY_DIALOG (acc_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccEntryDialog, acc_entry_dialog, ACC, ENTRY_DIALOG, AdwWindow)

AccEntryDialog *acc_entry_dialog_new             (GtkWindow       *parent,
                                                  AccRepository   *repository,
                                                  gint64           interaction_id,
                                                  AccStaffMember  *staff,
                                                  GError         **error);
AccEntryDialog *acc_entry_dialog_present         (GtkWindow       *parent,
                                                  AccRepository   *repository,
                                                  gint64           interaction_id,
                                                  AccStaffMember  *staff,
                                                  GError         **error);
AccInteraction *acc_entry_dialog_get_interaction (AccEntryDialog  *self);
GtkListBox     *acc_entry_dialog_get_history     (AccEntryDialog  *self);

G_END_DECLS
