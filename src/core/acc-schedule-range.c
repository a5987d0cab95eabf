/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-schedule-range.c — one weekly range: a slot when the desk answers the
 * phone, or opening hours to the public. A day may hold several ranges
 * (9:00–12:00, 14:00–17:00).
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-schedule-range.h"
#include "acc-enums.h"

struct _AccScheduleRange
{
  GObject parent_instance;

  gint64 id;
  AccScheduleKind kind;
  guint weekday;
  guint start_minute;
  guint end_minute;
};

G_DEFINE_FINAL_TYPE (AccScheduleRange, acc_schedule_range, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_WEEKDAY,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_schedule_range_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccScheduleRange *self = ACC_SCHEDULE_RANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_WEEKDAY:
      g_value_set_uint (value, self->weekday);
      break;
    case PROP_START_MINUTE:
      g_value_set_uint (value, self->start_minute);
      break;
    case PROP_END_MINUTE:
      g_value_set_uint (value, self->end_minute);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_schedule_range_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccScheduleRange *self = ACC_SCHEDULE_RANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_schedule_range_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      acc_schedule_range_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_WEEKDAY:
      acc_schedule_range_set_weekday (self, g_value_get_uint (value));
      break;
    case PROP_START_MINUTE:
      acc_schedule_range_set_start_minute (self, g_value_get_uint (value));
      break;
    case PROP_END_MINUTE:
      acc_schedule_range_set_end_minute (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_schedule_range_class_init (AccScheduleRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_schedule_range_get_property;
  object_class->set_property = acc_schedule_range_set_property;

  /* The row id; 0 until the repository has saved the range, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, ACC_TYPE_SCHEDULE_KIND, ACC_SCHEDULE_PHONE_SLOT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* ISO, as g_date_time_get_day_of_week() counts: 1 = Monday … 7 = Sunday. */
  properties[PROP_WEEKDAY] =
    g_param_spec_uint ("weekday", NULL, NULL, 1, 7, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Minutes after midnight, local time. The end is excluded, so that 24 * 60
   * closes a range at midnight. */
  properties[PROP_START_MINUTE] =
    g_param_spec_uint ("start-minute", NULL, NULL, 0, 24 * 60, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_MINUTE] =
    g_param_spec_uint ("end-minute", NULL, NULL, 0, 24 * 60, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_schedule_range_init (AccScheduleRange *self)
{
  self->weekday = 1;
}

/**
 * acc_schedule_range_new:
 * @kind: a phone slot or opening hours
 * @weekday: ISO day of the week, 1 = Monday … 7 = Sunday
 * @start_minute: first minute of the range, after local midnight (0..1440)
 * @end_minute: first minute after the range (0..1440)
 *
 * Returns: (transfer full): a range not yet saved (id 0).
 */
AccScheduleRange *
acc_schedule_range_new (AccScheduleKind kind,
                        guint           weekday,
                        guint           start_minute,
                        guint           end_minute)
{
  return g_object_new (ACC_TYPE_SCHEDULE_RANGE,
                       "kind", kind,
                       "weekday", weekday,
                       "start-minute", start_minute,
                       "end-minute", end_minute,
                       NULL);
}

gint64
acc_schedule_range_get_id (AccScheduleRange *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), 0);
  return self->id;
}

/**
 * acc_schedule_range_set_id:
 *
 * Only the repository calls this, once the range is saved.
 */
void
acc_schedule_range_set_id (AccScheduleRange *self,
                           gint64            id)
{
  g_return_if_fail (ACC_IS_SCHEDULE_RANGE (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

AccScheduleKind
acc_schedule_range_get_kind (AccScheduleRange *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), ACC_SCHEDULE_PHONE_SLOT);
  return self->kind;
}

void
acc_schedule_range_set_kind (AccScheduleRange *self,
                             AccScheduleKind   kind)
{
  g_return_if_fail (ACC_IS_SCHEDULE_RANGE (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

guint
acc_schedule_range_get_weekday (AccScheduleRange *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), 1);
  return self->weekday;
}

void
acc_schedule_range_set_weekday (AccScheduleRange *self,
                                guint             weekday)
{
  g_return_if_fail (ACC_IS_SCHEDULE_RANGE (self));
  g_return_if_fail (weekday >= 1 && weekday <= 7);
  if (self->weekday != weekday)
    {
      self->weekday = weekday;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKDAY]);
    }
}

guint
acc_schedule_range_get_start_minute (AccScheduleRange *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), 0);
  return self->start_minute;
}

void
acc_schedule_range_set_start_minute (AccScheduleRange *self,
                                     guint             start_minute)
{
  g_return_if_fail (ACC_IS_SCHEDULE_RANGE (self));
  g_return_if_fail (start_minute <= 24 * 60);
  if (self->start_minute != start_minute)
    {
      self->start_minute = start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
    }
}

guint
acc_schedule_range_get_end_minute (AccScheduleRange *self)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), 0);
  return self->end_minute;
}

void
acc_schedule_range_set_end_minute (AccScheduleRange *self,
                                   guint             end_minute)
{
  g_return_if_fail (ACC_IS_SCHEDULE_RANGE (self));
  g_return_if_fail (end_minute <= 24 * 60);
  if (self->end_minute != end_minute)
    {
      self->end_minute = end_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);
    }
}

/**
 * acc_schedule_range_contains:
 * @self: a range
 * @weekday: ISO day of the week, 1 = Monday … 7 = Sunday
 * @minute: minutes after local midnight
 *
 * The end is excluded so that back-to-back ranges (9:00–12:00, 12:00–17:00)
 * do not both claim 12:00.
 *
 * Returns: whether @minute of @weekday falls in the range
 */
gboolean
acc_schedule_range_contains (AccScheduleRange *self,
                             guint             weekday,
                             guint             minute)
{
  g_return_val_if_fail (ACC_IS_SCHEDULE_RANGE (self), FALSE);

  return weekday == self->weekday &&
         self->start_minute <= minute &&
         minute < self->end_minute;
}
