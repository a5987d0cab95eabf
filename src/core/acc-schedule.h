/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_SCHEDULE (acc_schedule_get_type ())

G_DECLARE_FINAL_TYPE (AccSchedule, acc_schedule, ACC, SCHEDULE, GObject)

AccSchedule *acc_schedule_new             (GListModel  *ranges,
                                           GListModel  *closures);
gboolean     acc_schedule_is_open_at      (AccSchedule *self,
                                           GDateTime   *when);
GDateTime   *acc_schedule_get_next_change (AccSchedule *self,
                                           GDateTime   *when);
gboolean     acc_schedule_is_closed_day   (AccSchedule *self,
                                           GDateTime   *day,
                                           char       **label);
gboolean     acc_schedule_is_empty        (AccSchedule *self);
GDateTime   *acc_schedule_add_open_time   (AccSchedule *self,
                                           GDateTime   *from,
                                           GTimeSpan    duration);

G_END_DECLS
