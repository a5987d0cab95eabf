/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_SCHEDULE_RANGE (acc_schedule_range_get_type ())

G_DECLARE_FINAL_TYPE (AccScheduleRange, acc_schedule_range, ACC, SCHEDULE_RANGE, GObject)

AccScheduleRange *acc_schedule_range_new              (AccScheduleKind   kind,
                                                       guint             weekday,
                                                       guint             start_minute,
                                                       guint             end_minute);
gint64            acc_schedule_range_get_id           (AccScheduleRange *self);
void              acc_schedule_range_set_id           (AccScheduleRange *self,
                                                       gint64            id);
AccScheduleKind   acc_schedule_range_get_kind         (AccScheduleRange *self);
void              acc_schedule_range_set_kind         (AccScheduleRange *self,
                                                       AccScheduleKind   kind);
guint             acc_schedule_range_get_weekday      (AccScheduleRange *self);
void              acc_schedule_range_set_weekday      (AccScheduleRange *self,
                                                       guint             weekday);
guint             acc_schedule_range_get_start_minute (AccScheduleRange *self);
void              acc_schedule_range_set_start_minute (AccScheduleRange *self,
                                                       guint             start_minute);
guint             acc_schedule_range_get_end_minute   (AccScheduleRange *self);
void              acc_schedule_range_set_end_minute   (AccScheduleRange *self,
                                                       guint             end_minute);
gboolean          acc_schedule_range_contains         (AccScheduleRange *self,
                                                       guint             weekday,
                                                       guint             minute);

G_END_DECLS
