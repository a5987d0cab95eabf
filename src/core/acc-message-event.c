/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-message-event.c — one line of a message's history (the auditor's
 * trail): taken, read, in progress, done with its note, or forwarded to
 * someone, with who did it and when. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-message-event.h"
#include "acc-enums.h"

struct _AccMessageEvent
{
  GObject parent_instance;

  gint64 id;
  gint64 message_id;
  gint64 at;
  gint64 staff_id;
  char *staff_name;
  AccMessageStatus status;
  char *note;
  gint64 forwarded_to_id;
  char *forwarded_to_name;
};

G_DEFINE_FINAL_TYPE (AccMessageEvent, acc_message_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MESSAGE_ID,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_STATUS,
  PROP_NOTE,
  PROP_FORWARDED_TO_ID,
  PROP_FORWARDED_TO_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_message_event_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccMessageEvent *self = ACC_MESSAGE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MESSAGE_ID:
      g_value_set_int64 (value, self->message_id);
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
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_FORWARDED_TO_ID:
      g_value_set_int64 (value, self->forwarded_to_id);
      break;
    case PROP_FORWARDED_TO_NAME:
      g_value_set_string (value, self->forwarded_to_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_message_event_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccMessageEvent *self = ACC_MESSAGE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_MESSAGE_ID:
      self->message_id = g_value_get_int64 (value);
      break;
    case PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    case PROP_STAFF_ID:
      self->staff_id = g_value_get_int64 (value);
      break;
    case PROP_STAFF_NAME:
      self->staff_name = g_value_dup_string (value);
      break;
    case PROP_STATUS:
      self->status = g_value_get_enum (value);
      break;
    case PROP_NOTE:
      self->note = g_value_dup_string (value);
      break;
    case PROP_FORWARDED_TO_ID:
      self->forwarded_to_id = g_value_get_int64 (value);
      break;
    case PROP_FORWARDED_TO_NAME:
      self->forwarded_to_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_message_event_finalize (GObject *object)
{
  AccMessageEvent *self = ACC_MESSAGE_EVENT (object);

  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->forwarded_to_name, g_free);

  G_OBJECT_CLASS (acc_message_event_parent_class)->finalize (object);
}

static void
acc_message_event_class_init (AccMessageEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = acc_message_event_get_property;
  object_class->set_property = acc_message_event_set_property;
  object_class->finalize = acc_message_event_finalize;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MESSAGE_ID] =
    g_param_spec_int64 ("message-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* UTC unix microseconds. */
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Who made the change; 0 when unknown (a message added by a script
   * without --staff). */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL, flags);
  /* The status the message took. */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, ACC_TYPE_MESSAGE_STATUS, ACC_MESSAGE_STATUS_NEW, flags);
  /* The resolution note of a message marked done. */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_FORWARDED_TO_ID] =
    g_param_spec_int64 ("forwarded-to-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FORWARDED_TO_NAME] =
    g_param_spec_string ("forwarded-to-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_message_event_init (AccMessageEvent *self)
{
}

gint64
acc_message_event_get_id (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), 0);
  return self->id;
}

gint64
acc_message_event_get_message_id (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), 0);
  return self->message_id;
}

gint64
acc_message_event_get_at (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), 0);
  return self->at;
}

gint64
acc_message_event_get_staff_id (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), 0);
  return self->staff_id;
}

const char *
acc_message_event_get_staff_name (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), NULL);
  return self->staff_name;
}

AccMessageStatus
acc_message_event_get_status (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), ACC_MESSAGE_STATUS_NEW);
  return self->status;
}

const char *
acc_message_event_get_note (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), NULL);
  return self->note;
}

gint64
acc_message_event_get_forwarded_to_id (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), 0);
  return self->forwarded_to_id;
}

const char *
acc_message_event_get_forwarded_to_name (AccMessageEvent *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE_EVENT (self), NULL);
  return self->forwarded_to_name;
}
