/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-stats.c — the indicators of a period, as computed by the repository. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-stats.h"

typedef struct
{
  char *day;
  guint calls;
  guint visits;
} DayCount;

typedef struct
{
  gint64 directory_id;
  char *name;
  guint count;
} Orientation;

struct _AccStats
{
  GObject parent_instance;

  gint64 from_us;
  gint64 to_us;

  guint count[ACC_STATS_N_CHANNELS];
  guint week[ACC_STATS_N_CHANNELS][7][24];
  GArray *days;           /* DayCount */
  guint outcomes[ACC_STATS_N_CHANNELS][ACC_STATS_N_OUTCOMES];
  GArray *orientations;   /* Orientation */
  guint steps[ACC_STATS_N_CHANNELS][8];

  guint messages;
  guint messages_read;
  gint64 median_read_us;
  guint messages_handled;
  gint64 median_handle_us;
  guint messages_with_due;
  guint messages_on_time;
  guint messages_overdue_now;

  guint boundaries_expected[2];
  guint boundaries_confirmed[2];
};

G_DEFINE_FINAL_TYPE (AccStats, acc_stats, G_TYPE_OBJECT)

static void
day_count_clear (gpointer data)
{
  g_free (((DayCount *) data)->day);
}

static void
orientation_clear (gpointer data)
{
  g_free (((Orientation *) data)->name);
}

static void
acc_stats_finalize (GObject *object)
{
  AccStats *self = ACC_STATS (object);

  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->orientations, g_array_unref);

  G_OBJECT_CLASS (acc_stats_parent_class)->finalize (object);
}

static void
acc_stats_class_init (AccStatsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = acc_stats_finalize;
}

static void
acc_stats_init (AccStats *self)
{
  self->days = g_array_new (FALSE, TRUE, sizeof (DayCount));
  g_array_set_clear_func (self->days, day_count_clear);
  self->orientations = g_array_new (FALSE, TRUE, sizeof (Orientation));
  g_array_set_clear_func (self->orientations, orientation_clear);
  self->median_read_us = -1;
  self->median_handle_us = -1;
}

/**
 * acc_stats_new:
 * @from_us: the start of the period, UTC microseconds
 * @to_us: its end, excluded
 *
 * Empty indicators for a period; acc_repository_compute_stats() fills them.
 */
AccStats *
acc_stats_new (gint64 from_us,
               gint64 to_us)
{
  AccStats *self = g_object_new (ACC_TYPE_STATS, NULL);

  self->from_us = from_us;
  self->to_us = to_us;
  return self;
}

gint64 acc_stats_get_from (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->from_us; }
gint64 acc_stats_get_to (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->to_us; }

static gboolean
valid_channel (AccChannel channel)
{
  return channel == ACC_CHANNEL_PHONE || channel == ACC_CHANNEL_VISIT;
}

guint
acc_stats_get_count (AccStats   *self,
                     AccChannel  channel)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  g_return_val_if_fail (valid_channel (channel), 0);
  return self->count[channel];
}

guint
acc_stats_get_week_hour_count (AccStats   *self,
                               AccChannel  channel,
                               int         weekday,
                               int         hour)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  g_return_val_if_fail (valid_channel (channel), 0);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24, 0);
  return self->week[channel][weekday - 1][hour];
}

guint
acc_stats_get_max_week_hour_count (AccStats   *self,
                                   AccChannel  channel)
{
  guint max = 0;

  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  g_return_val_if_fail (valid_channel (channel), 0);
  for (int d = 0; d < 7; d++)
    for (int h = 0; h < 24; h++)
      max = MAX (max, self->week[channel][d][h]);
  return max;
}

guint
acc_stats_get_n_days (AccStats *self)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  return self->days->len;
}

/**
 * acc_stats_get_day:
 * @calls: (out) (optional):
 * @visits: (out) (optional):
 *
 * Returns: the day, local, as YYYY-MM-DD
 */
const char *
acc_stats_get_day (AccStats *self,
                   guint     index,
                   guint    *calls,
                   guint    *visits)
{
  const DayCount *day;

  g_return_val_if_fail (ACC_IS_STATS (self), NULL);
  g_return_val_if_fail (index < self->days->len, NULL);
  day = &g_array_index (self->days, DayCount, index);
  if (calls != NULL)
    *calls = day->calls;
  if (visits != NULL)
    *visits = day->visits;
  return day->day;
}

guint
acc_stats_get_outcome_count (AccStats   *self,
                             AccChannel  channel,
                             AccOutcome  outcome)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  g_return_val_if_fail (valid_channel (channel), 0);
  g_return_val_if_fail ((guint) outcome < ACC_STATS_N_OUTCOMES, 0);
  return self->outcomes[channel][outcome];
}

guint
acc_stats_get_n_orientations (AccStats *self)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  return self->orientations->len;
}

/**
 * acc_stats_get_orientation:
 * @directory_id: (out) (optional): the body's id, 0 for none recorded
 * @count: (out) (optional):
 *
 * Returns: (nullable): the body's name, %NULL when none was recorded
 */
const char *
acc_stats_get_orientation (AccStats *self,
                           guint     index,
                           gint64   *directory_id,
                           guint    *count)
{
  const Orientation *orientation;

  g_return_val_if_fail (ACC_IS_STATS (self), NULL);
  g_return_val_if_fail (index < self->orientations->len, NULL);
  orientation = &g_array_index (self->orientations, Orientation, index);
  if (directory_id != NULL)
    *directory_id = orientation->directory_id;
  if (count != NULL)
    *count = orientation->count;
  return orientation->name;
}

guint
acc_stats_get_step_count (AccStats   *self,
                          AccChannel  channel,
                          guint       step)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  g_return_val_if_fail (valid_channel (channel), 0);
  g_return_val_if_fail (step < 8, 0);
  return self->steps[channel][step];
}

guint acc_stats_get_message_count (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages; }
gint64 acc_stats_get_median_read_us (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), -1); return self->median_read_us; }
gint64 acc_stats_get_median_handle_us (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), -1); return self->median_handle_us; }
guint acc_stats_get_messages_read (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages_read; }
guint acc_stats_get_messages_handled (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages_handled; }
guint acc_stats_get_messages_with_due (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages_with_due; }
guint acc_stats_get_messages_on_time (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages_on_time; }
guint acc_stats_get_messages_overdue_now (AccStats *self) { g_return_val_if_fail (ACC_IS_STATS (self), 0); return self->messages_overdue_now; }

guint
acc_stats_get_boundaries_expected (AccStats *self,
                                   gboolean  switched_on)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  return self->boundaries_expected[switched_on ? 1 : 0];
}

guint
acc_stats_get_boundaries_confirmed (AccStats *self,
                                    gboolean  switched_on)
{
  g_return_val_if_fail (ACC_IS_STATS (self), 0);
  return self->boundaries_confirmed[switched_on ? 1 : 0];
}

void
_acc_stats_set_count (AccStats *self, AccChannel channel, guint count)
{
  self->count[channel] = count;
}

void
_acc_stats_add_week_hour (AccStats *self, AccChannel channel, int weekday, int hour, guint count)
{
  self->week[channel][weekday - 1][hour] += count;
}

void
_acc_stats_add_day (AccStats *self, const char *day, guint calls, guint visits)
{
  DayCount entry = { g_strdup (day), calls, visits };

  g_array_append_val (self->days, entry);
}

void
_acc_stats_set_outcome_count (AccStats *self, AccChannel channel, AccOutcome outcome, guint count)
{
  self->outcomes[channel][outcome] = count;
}

void
_acc_stats_add_orientation (AccStats *self, gint64 directory_id, const char *name, guint count)
{
  Orientation entry = { directory_id, g_strdup (name), count };

  g_array_append_val (self->orientations, entry);
}

void
_acc_stats_set_step_count (AccStats *self, AccChannel channel, guint step, guint count)
{
  self->steps[channel][step] = count;
}

void
_acc_stats_set_messages (AccStats *self, guint count, guint read, gint64 median_read_us,
                         guint handled, gint64 median_handle_us, guint with_due,
                         guint on_time, guint overdue_now)
{
  self->messages = count;
  self->messages_read = read;
  self->median_read_us = median_read_us;
  self->messages_handled = handled;
  self->median_handle_us = median_handle_us;
  self->messages_with_due = with_due;
  self->messages_on_time = on_time;
  self->messages_overdue_now = overdue_now;
}

void
_acc_stats_set_boundaries (AccStats *self, gboolean switched_on, guint expected, guint confirmed)
{
  self->boundaries_expected[switched_on ? 1 : 0] = expected;
  self->boundaries_confirmed[switched_on ? 1 : 0] = confirmed;
}
