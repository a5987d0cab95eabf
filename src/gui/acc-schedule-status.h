/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* Where a schedule (phone slots, opening hours) stands at a moment. */
typedef struct
{
  gboolean   empty;           /* no range at all: never open */
  gboolean   open;
  gboolean   closed_today;    /* a closure covers today */
  char      *closure_label;   /* its label, NULL when it has none */
  GDateTime *next;            /* the next change, NULL when none comes */
} AccScheduleStatus;

void   acc_schedule_status_read     (AccScheduleStatus *status,
                                     AccSchedule       *schedule,
                                     GDateTime         *now);
void   acc_schedule_status_clear    (AccScheduleStatus *status);
int    acc_schedule_days_between    (GDateTime         *from,
                                     GDateTime         *to);
char  *acc_schedule_format_until    (GDateTime         *when,
                                     GDateTime         *now);
char  *acc_schedule_format_next     (GDateTime         *when,
                                     GDateTime         *now);
void   acc_schedule_status_show     (GtkWidget         *box,
                                     GtkImage          *icon,
                                     GtkLabel          *label,
                                     const char        *text,
                                     const char        *icon_name,
                                     gboolean           open);
guint  acc_schedule_wake_at         (gint64             now_us,
                                     gint64             wake_us,
                                     GSourceFunc        func,
                                     gpointer           data,
                                     const char        *name);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AccScheduleStatus, acc_schedule_status_clear)

G_END_DECLS
