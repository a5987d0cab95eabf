/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_DASHBOARD_WINDOW (acc_dashboard_window_get_type ())

G_DECLARE_FINAL_TYPE (AccDashboardWindow, acc_dashboard_window, ACC, DASHBOARD_WINDOW, AdwWindow)

AccDashboardWindow *acc_dashboard_window_new       (AccRepository      *repository);
AccStats           *acc_dashboard_window_get_stats (AccDashboardWindow *self);
gboolean            acc_dashboard_window_is_busy   (AccDashboardWindow *self);

void                acc_dashboard_actions_install  (AccApplication     *application);

G_END_DECLS
