/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_DIRECTORY_WINDOW (acc_directory_window_get_type ())

G_DECLARE_FINAL_TYPE (AccDirectoryWindow, acc_directory_window, ACC, DIRECTORY_WINDOW, AdwWindow)

AccDirectoryWindow *acc_directory_window_new       (AccRepository      *repository);
GListModel         *acc_directory_window_get_model (AccDirectoryWindow *self);
void                acc_directory_window_select    (AccDirectoryWindow *self,
                                                    guint               position);

G_END_DECLS
