/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_RECOVERY_WINDOW (acc_recovery_window_get_type ())

G_DECLARE_FINAL_TYPE (AccRecoveryWindow, acc_recovery_window, ACC, RECOVERY_WINDOW, AdwApplicationWindow)

AccRecoveryWindow *acc_recovery_window_new         (AccApplication    *application,
                                                    const char        *path,
                                                    const GError      *error);
AccOpenProblem     acc_recovery_window_get_problem (AccRecoveryWindow *self);
const char        *acc_recovery_window_get_path    (AccRecoveryWindow *self);

G_END_DECLS
