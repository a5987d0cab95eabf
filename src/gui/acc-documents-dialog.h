/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_DOCUMENTS_DIALOG (acc_documents_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccDocumentsDialog, acc_documents_dialog, ACC, DOCUMENTS_DIALOG, AdwWindow)

AccDocumentsDialog *acc_documents_dialog_present     (GtkWindow          *parent,
                                                      AccRepository      *repository,
                                                      AccStaffMember     *staff);
GtkListBox         *acc_documents_dialog_get_list    (AccDocumentsDialog *self);
GListModel         *acc_documents_dialog_get_documents (AccDocumentsDialog *self);
const char         *acc_documents_dialog_get_status  (AccDocumentsDialog *self);

G_END_DECLS
