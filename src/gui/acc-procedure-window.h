/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_PROCEDURE_WINDOW (acc_procedure_window_get_type ())

G_DECLARE_FINAL_TYPE (AccProcedureWindow, acc_procedure_window, ACC, PROCEDURE_WINDOW, AdwWindow)

AccProcedureWindow *acc_procedure_window_new      (AccRepository  *repository);

void                acc_procedure_actions_install (AccApplication *application);

G_END_DECLS
