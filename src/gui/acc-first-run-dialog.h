/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_FIRST_RUN_DIALOG (acc_first_run_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccFirstRunDialog, acc_first_run_dialog, ACC, FIRST_RUN_DIALOG, AdwApplicationWindow)

AccFirstRunDialog *acc_first_run_dialog_new (AccApplication *application,
                                             AccRepository  *repository);

G_END_DECLS
