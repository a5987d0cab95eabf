/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-closure.c — days when the organisation is closed: a public holiday or an
 * exceptional closure, one day or several.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-closure.h"
#include "acc-enums.h"
#include "acc-util.h"

#include <string.h>

struct _AccClosure
{
  GObject parent_instance;

  gint64 id;
  AccClosureKind kind;
  char *first_day;
  char *last_day;
  char *label;
};

G_DEFINE_FINAL_TYPE (AccClosure, acc_closure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_closure_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AccClosure *self = ACC_CLOSURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_FIRST_DAY:
      g_value_set_string (value, self->first_day);
      break;
    case PROP_LAST_DAY:
      g_value_set_string (value, self->last_day);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_closure_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AccClosure *self = ACC_CLOSURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_closure_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      acc_closure_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_FIRST_DAY:
      acc_closure_set_first_day (self, g_value_get_string (value));
      break;
    case PROP_LAST_DAY:
      acc_closure_set_last_day (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      acc_closure_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_closure_finalize (GObject *object)
{
  AccClosure *self = ACC_CLOSURE (object);

  g_clear_pointer (&self->first_day, g_free);
  g_clear_pointer (&self->last_day, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (acc_closure_parent_class)->finalize (object);
}

static void
acc_closure_class_init (AccClosureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_closure_get_property;
  object_class->set_property = acc_closure_set_property;
  object_class->finalize = acc_closure_finalize;

  /* The row id; 0 until the repository has saved the closure, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, ACC_TYPE_CLOSURE_KIND, ACC_CLOSURE_PUBLIC_HOLIDAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Local dates as "YYYY-MM-DD": days, not instants, so no time zone
   * applies. The last day is included. */
  properties[PROP_FIRST_DAY] =
    g_param_spec_string ("first-day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_DAY] =
    g_param_spec_string ("last-day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the public is told: « Noël », « Fermeture exceptionnelle ». */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_closure_init (AccClosure *self)
{
}

/**
 * acc_closure_new:
 * @kind: a public holiday or an exceptional closure
 * @first_day: the first day closed, "YYYY-MM-DD"
 * @last_day: (nullable): the last day closed, included; %NULL for a
 *   one-day closure
 * @label: (nullable): what the public is told ("Noël")
 *
 * Returns: (transfer full): a closure not yet saved (id 0).
 */
AccClosure *
acc_closure_new (AccClosureKind kind,
                 const char    *first_day,
                 const char    *last_day,
                 const char    *label)
{
  return g_object_new (ACC_TYPE_CLOSURE,
                       "kind", kind,
                       "first-day", first_day,
                       "last-day", last_day,
                       "label", label,
                       NULL);
}

gint64
acc_closure_get_id (AccClosure *self)
{
  g_return_val_if_fail (ACC_IS_CLOSURE (self), 0);
  return self->id;
}

/**
 * acc_closure_set_id:
 *
 * Only the repository calls this, once the closure is saved.
 */
void
acc_closure_set_id (AccClosure *self,
                    gint64      id)
{
  g_return_if_fail (ACC_IS_CLOSURE (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

AccClosureKind
acc_closure_get_kind (AccClosure *self)
{
  g_return_val_if_fail (ACC_IS_CLOSURE (self), ACC_CLOSURE_PUBLIC_HOLIDAY);
  return self->kind;
}

void
acc_closure_set_kind (AccClosure    *self,
                      AccClosureKind kind)
{
  g_return_if_fail (ACC_IS_CLOSURE (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
acc_closure_get_first_day (AccClosure *self)
{
  g_return_val_if_fail (ACC_IS_CLOSURE (self), NULL);
  return self->first_day;
}

void
acc_closure_set_first_day (AccClosure *self,
                           const char *first_day)
{
  g_return_if_fail (ACC_IS_CLOSURE (self));
  if (acc_set_str (&self->first_day, first_day))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
}

const char *
acc_closure_get_last_day (AccClosure *self)
{
  g_return_val_if_fail (ACC_IS_CLOSURE (self), NULL);
  return self->last_day;
}

void
acc_closure_set_last_day (AccClosure *self,
                          const char *last_day)
{
  g_return_if_fail (ACC_IS_CLOSURE (self));
  if (acc_set_str (&self->last_day, last_day))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DAY]);
}

const char *
acc_closure_get_label (AccClosure *self)
{
  g_return_val_if_fail (ACC_IS_CLOSURE (self), NULL);
  return self->label;
}

void
acc_closure_set_label (AccClosure *self,
                       const char *label)
{
  g_return_if_fail (ACC_IS_CLOSURE (self));
  if (acc_set_str (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * acc_closure_covers:
 * @self: a closure
 * @day: a local date, "YYYY-MM-DD"
 *
 * Dates in this zero-padded form sort as strings, so they are compared
 * without being parsed. A closure with no last day closes its first day only.
 *
 * Returns: whether the organisation is closed on @day by this closure
 */
gboolean
acc_closure_covers (AccClosure *self,
                    const char *day)
{
  const char *last_day;

  g_return_val_if_fail (ACC_IS_CLOSURE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (self->first_day == NULL)
    return FALSE;

  last_day = self->last_day != NULL ? self->last_day : self->first_day;

  return strcmp (self->first_day, day) <= 0 && strcmp (day, last_day) <= 0;
}
