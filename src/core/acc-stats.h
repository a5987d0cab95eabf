/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-stats.h — the indicators of a period (« Tableau de bord »): what the
 * auditor reads to see whether the procedure is applied. A plain value object,
 * filled by acc_repository_compute_stats(). */
#pragma once

#include <glib-object.h>

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_STATS_N_CHANNELS 2
#define ACC_STATS_N_OUTCOMES 4
#define ACC_STATS_N_CALL_STEPS 4
#define ACC_STATS_N_VISIT_STEPS 5

#define ACC_TYPE_STATS (acc_stats_get_type ())

G_DECLARE_FINAL_TYPE (AccStats, acc_stats, ACC, STATS, GObject)

AccStats   *acc_stats_new                      (gint64      from_us,
                                                gint64      to_us);
gint64      acc_stats_get_from                 (AccStats   *self);
gint64      acc_stats_get_to                   (AccStats   *self);

/* Calls (ACC_CHANNEL_PHONE) and visits (ACC_CHANNEL_VISIT). */
guint       acc_stats_get_count                (AccStats   *self,
                                                AccChannel  channel);
/* @weekday: ISO, 1 = Monday … 7 = Sunday; @hour: 0–23, local time. */
guint       acc_stats_get_week_hour_count      (AccStats   *self,
                                                AccChannel  channel,
                                                int         weekday,
                                                int         hour);
guint       acc_stats_get_max_week_hour_count  (AccStats   *self,
                                                AccChannel  channel);
/* The days of the period that had a call or a visit, oldest first. */
guint       acc_stats_get_n_days               (AccStats   *self);
const char *acc_stats_get_day                  (AccStats   *self,
                                                guint       index,
                                                guint      *calls,
                                                guint      *visits);
guint       acc_stats_get_outcome_count        (AccStats   *self,
                                                AccChannel  channel,
                                                AccOutcome  outcome);
/* Orientations (outcome « oriented », both channels) by body of the
 * directory, the most frequent first; @name is NULL for none recorded. */
guint       acc_stats_get_n_orientations       (AccStats   *self);
const char *acc_stats_get_orientation          (AccStats   *self,
                                                guint       index,
                                                gint64     *directory_id,
                                                guint      *count);
/* How many calls (visits) had the step with bit number @step ticked. */
guint       acc_stats_get_step_count           (AccStats   *self,
                                                AccChannel  channel,
                                                guint       step);

/* Messages created in the period. Medians are -1 when no message was read
 * (handled). */
guint       acc_stats_get_message_count        (AccStats   *self);
gint64      acc_stats_get_median_read_us       (AccStats   *self);
gint64      acc_stats_get_median_handle_us     (AccStats   *self);
guint       acc_stats_get_messages_read        (AccStats   *self);
guint       acc_stats_get_messages_handled     (AccStats   *self);
/* Of the messages with a due time that is past or that were handled, how
 * many were handled by it. */
guint       acc_stats_get_messages_with_due    (AccStats   *self);
guint       acc_stats_get_messages_on_time     (AccStats   *self);
/* Open messages past their due time now, in the whole book. */
guint       acc_stats_get_messages_overdue_now (AccStats   *self);

/* Answering-machine confirmations at the phone-slot boundaries of the
 * period (up to now): @switched_on FALSE for the starts of slots (machine
 * off), TRUE for the ends (machine on again). */
guint       acc_stats_get_boundaries_expected  (AccStats   *self,
                                                gboolean    switched_on);
guint       acc_stats_get_boundaries_confirmed (AccStats   *self,
                                                gboolean    switched_on);

/* For the store file that fills it. */
void        _acc_stats_set_count               (AccStats   *self, AccChannel channel, guint count);
void        _acc_stats_add_week_hour           (AccStats   *self, AccChannel channel, int weekday, int hour, guint count);
void        _acc_stats_add_day                 (AccStats   *self, const char *day, guint calls, guint visits);
void        _acc_stats_set_outcome_count       (AccStats   *self, AccChannel channel, AccOutcome outcome, guint count);
void        _acc_stats_add_orientation         (AccStats   *self, gint64 directory_id, const char *name, guint count);
void        _acc_stats_set_step_count          (AccStats   *self, AccChannel channel, guint step, guint count);
void        _acc_stats_set_messages            (AccStats   *self, guint count, guint read, gint64 median_read_us,
                                                guint handled, gint64 median_handle_us, guint with_due,
                                                guint on_time, guint overdue_now);
void        _acc_stats_set_boundaries          (AccStats   *self, gboolean switched_on, guint expected, guint confirmed);

G_END_DECLS
