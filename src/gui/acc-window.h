/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_WINDOW (acc_window_get_type ())

G_DECLARE_FINAL_TYPE (AccWindow, acc_window, ACC, WINDOW, AdwApplicationWindow)

AccWindow *acc_window_new          (AccApplication *application,
                                    AccRepository  *repository);
void       acc_window_show_message (AccWindow      *self,
                                    const char     *text);

G_END_DECLS
