/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-change.c — one correction of a call or a visit, as the entry's history
 * shows it: who changed which field, when, from what to what. The repository
 * writes one row per field changed (acc_repository_correct_interaction()) and
 * reads them back (acc_repository_list_interaction_changes()).
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-change.h"
#include "acc-util.h"

struct _AccChange
{
  GObject parent_instance;

  gint64 id;
  gint64 interaction_id;
  gint64 at;
  gint64 staff_id;
  char *staff_name;
  char *field;
  char *old_value;
  char *new_value;
};

G_DEFINE_FINAL_TYPE (AccChange, acc_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INTERACTION_ID,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_change_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AccChange *self = ACC_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_INTERACTION_ID:
      g_value_set_int64 (value, self->interaction_id);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_OLD_VALUE:
      g_value_set_string (value, self->old_value);
      break;
    case PROP_NEW_VALUE:
      g_value_set_string (value, self->new_value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_change_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AccChange *self = ACC_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_change_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_INTERACTION_ID:
      acc_change_set_interaction_id (self, g_value_get_int64 (value));
      break;
    case PROP_AT:
      acc_change_set_at (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_ID:
      acc_change_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_NAME:
      acc_change_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_FIELD:
      acc_change_set_field (self, g_value_get_string (value));
      break;
    case PROP_OLD_VALUE:
      acc_change_set_old_value (self, g_value_get_string (value));
      break;
    case PROP_NEW_VALUE:
      acc_change_set_new_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_change_finalize (GObject *object)
{
  AccChange *self = ACC_CHANGE (object);

  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (acc_change_parent_class)->finalize (object);
}

static void
acc_change_class_init (AccChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_change_get_property;
  object_class->set_property = acc_change_set_property;
  object_class->finalize = acc_change_finalize;

  /* The row id. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The call or visit corrected. */
  properties[PROP_INTERACTION_ID] =
    g_param_spec_int64 ("interaction-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* When the correction was saved, UTC unix microseconds. */
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Who made it; 0 when unknown. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Read with the row from a join, for display. */
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The AccInteraction property changed, such as "reason" or "outcome". */
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The values as text, NULL for empty: text as typed, the phone in E.164, the
   * outcome by its machine name ("answered"), ids and times (UTC µs) and the
   * checklist mask as decimal numbers. */
  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_change_init (AccChange *self)
{
}

/**
 * acc_change_new:
 *
 * Returns: (transfer full): an empty change, for the repository to fill.
 */
AccChange *
acc_change_new (void)
{
  return g_object_new (ACC_TYPE_CHANGE, NULL);
}

gint64
acc_change_get_id (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), 0);
  return self->id;
}

void
acc_change_set_id (AccChange *self,
                   gint64     id)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
acc_change_get_interaction_id (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), 0);
  return self->interaction_id;
}

void
acc_change_set_interaction_id (AccChange *self,
                               gint64     interaction_id)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (self->interaction_id != interaction_id)
    {
      self->interaction_id = interaction_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION_ID]);
    }
}

gint64
acc_change_get_at (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), 0);
  return self->at;
}

void
acc_change_set_at (AccChange *self,
                   gint64     at)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (self->at != at)
    {
      self->at = at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
    }
}

gint64
acc_change_get_staff_id (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), 0);
  return self->staff_id;
}

void
acc_change_set_staff_id (AccChange *self,
                         gint64     staff_id)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
acc_change_get_staff_name (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), NULL);
  return self->staff_name;
}

void
acc_change_set_staff_name (AccChange  *self,
                           const char *staff_name)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (acc_set_str (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
acc_change_get_field (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), NULL);
  return self->field;
}

void
acc_change_set_field (AccChange  *self,
                      const char *field)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (acc_set_str (&self->field, field))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

const char *
acc_change_get_old_value (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), NULL);
  return self->old_value;
}

void
acc_change_set_old_value (AccChange  *self,
                          const char *old_value)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (acc_set_str (&self->old_value, old_value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLD_VALUE]);
}

const char *
acc_change_get_new_value (AccChange *self)
{
  g_return_val_if_fail (ACC_IS_CHANGE (self), NULL);
  return self->new_value;
}

void
acc_change_set_new_value (AccChange  *self,
                          const char *new_value)
{
  g_return_if_fail (ACC_IS_CHANGE (self));
  if (acc_set_str (&self->new_value, new_value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_VALUE]);
}
