/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-message.c — a message taken at the desk for someone of the
 * organisation, from a call, a voicemail or a visit, followed until it is done
 * or forwarded.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-message.h"
#include "acc-enums.h"
#include "acc-util.h"

struct _AccMessage
{
  GObject parent_instance;

  gint64 id;
  gint64 created_at;
  gint64 taken_by_id;
  char *taken_by_name;
  gint64 recipient_id;
  char *recipient_name;
  AccMessageSource source;
  gint64 interaction_id;
  gint64 contact_id;
  char *name;
  char *organisation;
  char *phone;
  char *email;
  char *reason;
  char *body;
  gboolean urgent;
  gint64 due_at;
  AccMessageStatus status;
  char *resolution;
  gint64 status_changed_at;
};

G_DEFINE_FINAL_TYPE (AccMessage, acc_message, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_TAKEN_BY_ID,
  PROP_TAKEN_BY_NAME,
  PROP_RECIPIENT_ID,
  PROP_RECIPIENT_NAME,
  PROP_SOURCE,
  PROP_INTERACTION_ID,
  PROP_CONTACT_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_REASON,
  PROP_BODY,
  PROP_URGENT,
  PROP_DUE_AT,
  PROP_STATUS,
  PROP_RESOLUTION,
  PROP_STATUS_CHANGED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_message_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AccMessage *self = ACC_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_TAKEN_BY_ID:
      g_value_set_int64 (value, self->taken_by_id);
      break;
    case PROP_TAKEN_BY_NAME:
      g_value_set_string (value, self->taken_by_name);
      break;
    case PROP_RECIPIENT_ID:
      g_value_set_int64 (value, self->recipient_id);
      break;
    case PROP_RECIPIENT_NAME:
      g_value_set_string (value, self->recipient_name);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    case PROP_INTERACTION_ID:
      g_value_set_int64 (value, self->interaction_id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_URGENT:
      g_value_set_boolean (value, self->urgent);
      break;
    case PROP_DUE_AT:
      g_value_set_int64 (value, self->due_at);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_RESOLUTION:
      g_value_set_string (value, self->resolution);
      break;
    case PROP_STATUS_CHANGED_AT:
      g_value_set_int64 (value, self->status_changed_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_message_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AccMessage *self = ACC_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_message_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATED_AT:
      acc_message_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_TAKEN_BY_ID:
      acc_message_set_taken_by_id (self, g_value_get_int64 (value));
      break;
    case PROP_TAKEN_BY_NAME:
      acc_message_set_taken_by_name (self, g_value_get_string (value));
      break;
    case PROP_RECIPIENT_ID:
      acc_message_set_recipient_id (self, g_value_get_int64 (value));
      break;
    case PROP_RECIPIENT_NAME:
      acc_message_set_recipient_name (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      acc_message_set_source (self, g_value_get_enum (value));
      break;
    case PROP_INTERACTION_ID:
      acc_message_set_interaction_id (self, g_value_get_int64 (value));
      break;
    case PROP_CONTACT_ID:
      acc_message_set_contact_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      acc_message_set_name (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      acc_message_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      acc_message_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_message_set_email (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      acc_message_set_reason (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      acc_message_set_body (self, g_value_get_string (value));
      break;
    case PROP_URGENT:
      acc_message_set_urgent (self, g_value_get_boolean (value));
      break;
    case PROP_DUE_AT:
      acc_message_set_due_at (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      acc_message_set_status (self, g_value_get_enum (value));
      break;
    case PROP_RESOLUTION:
      acc_message_set_resolution (self, g_value_get_string (value));
      break;
    case PROP_STATUS_CHANGED_AT:
      acc_message_set_status_changed_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_message_finalize (GObject *object)
{
  AccMessage *self = ACC_MESSAGE (object);

  g_clear_pointer (&self->taken_by_name, g_free);
  g_clear_pointer (&self->recipient_name, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->resolution, g_free);

  G_OBJECT_CLASS (acc_message_parent_class)->finalize (object);
}

static void
acc_message_class_init (AccMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_message_get_property;
  object_class->set_property = acc_message_set_property;
  object_class->finalize = acc_message_finalize;

  /* The row id; 0 until the repository has saved the message, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Times are UTC unix microseconds, as g_get_real_time() gives them; 0 means
   * not set. */
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The agent who took the message. */
  properties[PROP_TAKEN_BY_ID] =
    g_param_spec_int64 ("taken-by-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Read with the row from a join, for display; the row itself stores the id. */
  properties[PROP_TAKEN_BY_NAME] =
    g_param_spec_string ("taken-by-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECIPIENT_ID] =
    g_param_spec_int64 ("recipient-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Read with the row from a join, for display; the row itself stores the id. */
  properties[PROP_RECIPIENT_NAME] =
    g_param_spec_string ("recipient-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, ACC_TYPE_MESSAGE_SOURCE, ACC_MESSAGE_SOURCE_CALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The call or visit the message came from; 0 for none, as for a voicemail. */
  properties[PROP_INTERACTION_ID] =
    g_param_spec_int64 ("interaction-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The message itself, free text. */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URGENT] =
    g_param_spec_boolean ("urgent", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* When an answer is due; 0 for no deadline. */
  properties[PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, ACC_TYPE_MESSAGE_STATUS, ACC_MESSAGE_STATUS_NEW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The note left when the message was done. */
  properties[PROP_RESOLUTION] =
    g_param_spec_string ("resolution", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_CHANGED_AT] =
    g_param_spec_int64 ("status-changed-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_message_init (AccMessage *self)
{
}

/**
 * acc_message_new:
 *
 * Returns: (transfer full): a new message not yet saved (id 0).
 */
AccMessage *
acc_message_new (void)
{
  return g_object_new (ACC_TYPE_MESSAGE, NULL);
}

gint64
acc_message_get_id (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->id;
}

/**
 * acc_message_set_id:
 *
 * Only the repository calls this, once the message is saved.
 */
void
acc_message_set_id (AccMessage *self,
                    gint64      id)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
acc_message_get_created_at (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->created_at;
}

void
acc_message_set_created_at (AccMessage *self,
                            gint64      created_at)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->created_at != created_at)
    {
      self->created_at = created_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
}

gint64
acc_message_get_taken_by_id (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->taken_by_id;
}

void
acc_message_set_taken_by_id (AccMessage *self,
                             gint64      taken_by_id)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->taken_by_id != taken_by_id)
    {
      self->taken_by_id = taken_by_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_BY_ID]);
    }
}

const char *
acc_message_get_taken_by_name (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->taken_by_name;
}

void
acc_message_set_taken_by_name (AccMessage *self,
                               const char *taken_by_name)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->taken_by_name, taken_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_BY_NAME]);
}

gint64
acc_message_get_recipient_id (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->recipient_id;
}

void
acc_message_set_recipient_id (AccMessage *self,
                              gint64      recipient_id)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->recipient_id != recipient_id)
    {
      self->recipient_id = recipient_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENT_ID]);
    }
}

const char *
acc_message_get_recipient_name (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->recipient_name;
}

void
acc_message_set_recipient_name (AccMessage *self,
                                const char *recipient_name)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->recipient_name, recipient_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENT_NAME]);
}

AccMessageSource
acc_message_get_source (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), ACC_MESSAGE_SOURCE_CALL);
  return self->source;
}

void
acc_message_set_source (AccMessage      *self,
                        AccMessageSource source)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->source != source)
    {
      self->source = source;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
    }
}

gint64
acc_message_get_interaction_id (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->interaction_id;
}

void
acc_message_set_interaction_id (AccMessage *self,
                                gint64      interaction_id)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->interaction_id != interaction_id)
    {
      self->interaction_id = interaction_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION_ID]);
    }
}

gint64
acc_message_get_contact_id (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->contact_id;
}

void
acc_message_set_contact_id (AccMessage *self,
                            gint64      contact_id)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->contact_id != contact_id)
    {
      self->contact_id = contact_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
    }
}

const char *
acc_message_get_name (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->name;
}

void
acc_message_set_name (AccMessage *self,
                      const char *name)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
acc_message_get_organisation (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->organisation;
}

void
acc_message_set_organisation (AccMessage *self,
                              const char *organisation)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

const char *
acc_message_get_phone (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->phone;
}

void
acc_message_set_phone (AccMessage *self,
                       const char *phone)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_message_get_email (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->email;
}

void
acc_message_set_email (AccMessage *self,
                       const char *email)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
acc_message_get_reason (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->reason;
}

void
acc_message_set_reason (AccMessage *self,
                        const char *reason)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
acc_message_get_body (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->body;
}

void
acc_message_set_body (AccMessage *self,
                      const char *body)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

gboolean
acc_message_get_urgent (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), FALSE);
  return self->urgent;
}

void
acc_message_set_urgent (AccMessage *self,
                        gboolean    urgent)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  urgent = !!urgent;
  if (self->urgent != urgent)
    {
      self->urgent = urgent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENT]);
    }
}

gint64
acc_message_get_due_at (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->due_at;
}

void
acc_message_set_due_at (AccMessage *self,
                        gint64      due_at)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->due_at != due_at)
    {
      self->due_at = due_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_AT]);
    }
}

AccMessageStatus
acc_message_get_status (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), ACC_MESSAGE_STATUS_NEW);
  return self->status;
}

void
acc_message_set_status (AccMessage      *self,
                        AccMessageStatus status)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
acc_message_get_resolution (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), NULL);
  return self->resolution;
}

void
acc_message_set_resolution (AccMessage *self,
                            const char *resolution)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (acc_set_str (&self->resolution, resolution))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}

gint64
acc_message_get_status_changed_at (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), 0);
  return self->status_changed_at;
}

void
acc_message_set_status_changed_at (AccMessage *self,
                                   gint64      status_changed_at)
{
  g_return_if_fail (ACC_IS_MESSAGE (self));
  if (self->status_changed_at != status_changed_at)
    {
      self->status_changed_at = status_changed_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_CHANGED_AT]);
    }
}

/**
 * acc_message_is_open:
 * @self: a message
 *
 * Returns: whether the message still waits for its recipient: new, read or
 *   in progress. Done and forwarded messages are closed.
 */
gboolean
acc_message_is_open (AccMessage *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), FALSE);

  switch (self->status)
    {
    case ACC_MESSAGE_STATUS_NEW:
    case ACC_MESSAGE_STATUS_READ:
    case ACC_MESSAGE_STATUS_IN_PROGRESS:
      return TRUE;
    case ACC_MESSAGE_STATUS_DONE:
    case ACC_MESSAGE_STATUS_FORWARDED:
    default:
      return FALSE;
    }
}

/**
 * acc_message_is_overdue:
 * @self: a message
 * @now_us: the current time, UTC unix microseconds
 *
 * The caller passes the time so that a whole list is judged against the same
 * instant, and so that tests can choose it.
 *
 * Returns: whether the message is open and past its due time. A message with
 *   no due time is never overdue.
 */
gboolean
acc_message_is_overdue (AccMessage *self,
                        gint64      now_us)
{
  g_return_val_if_fail (ACC_IS_MESSAGE (self), FALSE);

  return acc_message_is_open (self) && self->due_at != 0 && now_us > self->due_at;
}
