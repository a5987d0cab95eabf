/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_IMPORT_DIALOG (acc_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccImportDialog, acc_import_dialog, ACC, IMPORT_DIALOG, AdwWindow)

AccImportDialog *acc_import_dialog_new        (GtkWindow       *parent,
                                               AccRepository   *repository,
                                               AccImportTarget  target,
                                               GFile           *file);
const AccImportReport *acc_import_dialog_get_report (AccImportDialog *self);

void             acc_import_choose_file       (GtkWindow       *parent,
                                               AccRepository   *repository,
                                               AccImportTarget  target);
void             acc_export_choose_file       (GtkWindow       *parent,
                                               AccRepository   *repository,
                                               AccImportTarget  target);

G_END_DECLS
