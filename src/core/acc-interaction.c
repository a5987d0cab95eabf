/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction.c — a call (channel PHONE) or a visit (channel VISIT). The
 * calls book and the visits register are the two channels of one table: the
 * same person, reason and outcome are recorded either way.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-interaction.h"
#include "acc-enums.h"
#include "acc-repository.h"
#include "acc-util.h"

#include <glib/gi18n-lib.h>

struct _AccInteraction
{
  GObject parent_instance;

  gint64 id;
  AccChannel channel;
  gint64 started_at;
  gint64 ended_at;
  gint64 staff_id;
  char *staff_name;
  gint64 contact_id;
  char *name;
  char *organisation;
  char *phone;
  char *email;
  char *reason;
  char *notes;
  AccOutcome outcome;
  char *outcome_detail;
  gint64 supervisor_id;
  gint64 directory_id;
  guint checklist;
  GVariant *document_ids;
};

G_DEFINE_FINAL_TYPE (AccInteraction, acc_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CHANNEL,
  PROP_STARTED_AT,
  PROP_ENDED_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_CONTACT_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_REASON,
  PROP_NOTES,
  PROP_OUTCOME,
  PROP_OUTCOME_DETAIL,
  PROP_SUPERVISOR_ID,
  PROP_DIRECTORY_ID,
  PROP_CHECKLIST,
  PROP_DOCUMENT_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_interaction_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccInteraction *self = ACC_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_STARTED_AT:
      g_value_set_int64 (value, self->started_at);
      break;
    case PROP_ENDED_AT:
      g_value_set_int64 (value, self->ended_at);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
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
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;
    case PROP_OUTCOME_DETAIL:
      g_value_set_string (value, self->outcome_detail);
      break;
    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, self->supervisor_id);
      break;
    case PROP_DIRECTORY_ID:
      g_value_set_int64 (value, self->directory_id);
      break;
    case PROP_CHECKLIST:
      g_value_set_uint (value, self->checklist);
      break;
    case PROP_DOCUMENT_IDS:
      g_value_set_variant (value, self->document_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_interaction_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccInteraction *self = ACC_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_interaction_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CHANNEL:
      acc_interaction_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_STARTED_AT:
      acc_interaction_set_started_at (self, g_value_get_int64 (value));
      break;
    case PROP_ENDED_AT:
      acc_interaction_set_ended_at (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_ID:
      acc_interaction_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_NAME:
      acc_interaction_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_ID:
      acc_interaction_set_contact_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      acc_interaction_set_name (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      acc_interaction_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      acc_interaction_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_interaction_set_email (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      acc_interaction_set_reason (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      acc_interaction_set_notes (self, g_value_get_string (value));
      break;
    case PROP_OUTCOME:
      acc_interaction_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME_DETAIL:
      acc_interaction_set_outcome_detail (self, g_value_get_string (value));
      break;
    case PROP_SUPERVISOR_ID:
      acc_interaction_set_supervisor_id (self, g_value_get_int64 (value));
      break;
    case PROP_DIRECTORY_ID:
      acc_interaction_set_directory_id (self, g_value_get_int64 (value));
      break;
    case PROP_CHECKLIST:
      acc_interaction_set_checklist (self, g_value_get_uint (value));
      break;
    case PROP_DOCUMENT_IDS:
      acc_interaction_set_document_ids (self, g_value_get_variant (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_interaction_finalize (GObject *object)
{
  AccInteraction *self = ACC_INTERACTION (object);

  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->outcome_detail, g_free);

  g_clear_pointer (&self->document_ids, g_variant_unref);

  G_OBJECT_CLASS (acc_interaction_parent_class)->finalize (object);
}

static void
acc_interaction_class_init (AccInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_interaction_get_property;
  object_class->set_property = acc_interaction_set_property;
  object_class->finalize = acc_interaction_finalize;

  /* The row id; 0 until the repository has saved the interaction, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, ACC_TYPE_CHANNEL, ACC_CHANNEL_PHONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Times are UTC unix microseconds, as g_get_real_time() gives them; 0 means
   * not set. started-at is when the call form was opened or the visitor
   * arrived, ended-at when the call was saved or the visitor left. */
  properties[PROP_STARTED_AT] =
    g_param_spec_int64 ("started-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDED_AT] =
    g_param_spec_int64 ("ended-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The agent at the desk. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Read with the row from a join, for display; the row itself stores the id. */
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The contacts file entry, when the person is known; 0 otherwise. */
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The caller or the visitor, as given at the desk. */
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
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, ACC_TYPE_OUTCOME, ACC_OUTCOME_ANSWERED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What was answered. */
  properties[PROP_OUTCOME_DETAIL] =
    g_param_spec_string ("outcome-detail", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Who the call was transferred to, or the supervisor called for a visitor. */
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The body of the annuaire the person was oriented to. */
  properties[PROP_DIRECTORY_ID] =
    g_param_spec_int64 ("directory-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A bit mask of the steps of the reception procedure that were ticked. */
  properties[PROP_CHECKLIST] =
    g_param_spec_uint ("checklist", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The documents of the register handed over during a visit: their ids,
   * as a GVariant of type "ax" (NULL for none). */
  properties[PROP_DOCUMENT_IDS] =
    g_param_spec_variant ("document-ids", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_interaction_init (AccInteraction *self)
{
}

/**
 * acc_interaction_new:
 * @channel: a call or a visit
 *
 * Returns: (transfer full): an interaction not yet saved (id 0), with no
 *   times set.
 */
AccInteraction *
acc_interaction_new (AccChannel channel)
{
  return g_object_new (ACC_TYPE_INTERACTION, "channel", channel, NULL);
}

gint64
acc_interaction_get_id (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->id;
}

/**
 * acc_interaction_set_id:
 *
 * Only the repository calls this, once the interaction is saved.
 */
void
acc_interaction_set_id (AccInteraction *self,
                        gint64          id)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

AccChannel
acc_interaction_get_channel (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), ACC_CHANNEL_PHONE);
  return self->channel;
}

void
acc_interaction_set_channel (AccInteraction *self,
                             AccChannel      channel)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->channel != channel)
    {
      self->channel = channel;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
    }
}

gint64
acc_interaction_get_started_at (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->started_at;
}

void
acc_interaction_set_started_at (AccInteraction *self,
                                gint64          started_at)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->started_at != started_at)
    {
      self->started_at = started_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_AT]);
    }
}

gint64
acc_interaction_get_ended_at (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->ended_at;
}

void
acc_interaction_set_ended_at (AccInteraction *self,
                              gint64          ended_at)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->ended_at != ended_at)
    {
      self->ended_at = ended_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_AT]);
    }
}

gint64
acc_interaction_get_staff_id (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->staff_id;
}

void
acc_interaction_set_staff_id (AccInteraction *self,
                              gint64          staff_id)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
acc_interaction_get_staff_name (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->staff_name;
}

void
acc_interaction_set_staff_name (AccInteraction *self,
                                const char     *staff_name)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

gint64
acc_interaction_get_contact_id (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->contact_id;
}

void
acc_interaction_set_contact_id (AccInteraction *self,
                                gint64          contact_id)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->contact_id != contact_id)
    {
      self->contact_id = contact_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
    }
}

const char *
acc_interaction_get_name (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->name;
}

void
acc_interaction_set_name (AccInteraction *self,
                          const char     *name)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
acc_interaction_get_organisation (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->organisation;
}

void
acc_interaction_set_organisation (AccInteraction *self,
                                  const char     *organisation)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

const char *
acc_interaction_get_phone (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->phone;
}

void
acc_interaction_set_phone (AccInteraction *self,
                           const char     *phone)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_interaction_get_email (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->email;
}

void
acc_interaction_set_email (AccInteraction *self,
                           const char     *email)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
acc_interaction_get_reason (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->reason;
}

void
acc_interaction_set_reason (AccInteraction *self,
                            const char     *reason)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
acc_interaction_get_notes (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->notes;
}

void
acc_interaction_set_notes (AccInteraction *self,
                           const char     *notes)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

AccOutcome
acc_interaction_get_outcome (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), ACC_OUTCOME_ANSWERED);
  return self->outcome;
}

void
acc_interaction_set_outcome (AccInteraction *self,
                             AccOutcome      outcome)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->outcome != outcome)
    {
      self->outcome = outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }
}

const char *
acc_interaction_get_outcome_detail (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->outcome_detail;
}

void
acc_interaction_set_outcome_detail (AccInteraction *self,
                                    const char     *outcome_detail)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (acc_set_str (&self->outcome_detail, outcome_detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_DETAIL]);
}

gint64
acc_interaction_get_supervisor_id (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->supervisor_id;
}

void
acc_interaction_set_supervisor_id (AccInteraction *self,
                                   gint64          supervisor_id)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->supervisor_id != supervisor_id)
    {
      self->supervisor_id = supervisor_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERVISOR_ID]);
    }
}

gint64
acc_interaction_get_directory_id (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->directory_id;
}

void
acc_interaction_set_directory_id (AccInteraction *self,
                                  gint64          directory_id)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->directory_id != directory_id)
    {
      self->directory_id = directory_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY_ID]);
    }
}

guint
acc_interaction_get_checklist (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), 0);
  return self->checklist;
}

void
acc_interaction_set_checklist (AccInteraction *self,
                               guint           checklist)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  if (self->checklist != checklist)
    {
      self->checklist = checklist;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
    }
}

/**
 * acc_interaction_get_document_ids:
 *
 * Returns: (transfer none) (nullable): the ids of the documents handed over,
 * a GVariant of type "ax".
 */
GVariant *
acc_interaction_get_document_ids (AccInteraction *self)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), NULL);
  return self->document_ids;
}

/**
 * acc_interaction_set_document_ids:
 * @document_ids: (nullable): a GVariant of type "ax"; a floating one is sunk
 */
void
acc_interaction_set_document_ids (AccInteraction *self,
                                  GVariant       *document_ids)
{
  g_return_if_fail (ACC_IS_INTERACTION (self));
  g_return_if_fail (document_ids == NULL || g_variant_is_of_type (document_ids, G_VARIANT_TYPE ("ax")));

  if (self->document_ids == document_ids
      || (self->document_ids != NULL && document_ids != NULL && g_variant_equal (self->document_ids, document_ids)))
    {
      if (document_ids != NULL && g_variant_is_floating (document_ids))
        g_variant_unref (g_variant_ref_sink (document_ids));
      return;
    }

  g_clear_pointer (&self->document_ids, g_variant_unref);
  if (document_ids != NULL)
    self->document_ids = g_variant_ref_sink (document_ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_IDS]);
}

/**
 * acc_interaction_check_outcome:
 * @message: (nullable): the message taken, for the message outcome
 *
 * The two branches of the procedure, as the forms enforce them: an answered
 * call says what was answered; a transfer names the supervisor; an
 * orientation names the body of the directory; a message taken has a
 * message with a recipient.
 *
 * Returns: %FALSE with an %ACC_REPOSITORY_ERROR_INVALID error naming what is
 * missing.
 */
gboolean
acc_interaction_check_outcome (AccInteraction  *self,
                               AccMessage      *message,
                               GError         **error)
{
  g_return_val_if_fail (ACC_IS_INTERACTION (self), FALSE);

  switch (self->outcome)
    {
    case ACC_OUTCOME_ANSWERED:
      if (acc_str_is_blank (self->outcome_detail))
        break;
      return TRUE;
    case ACC_OUTCOME_TRANSFERRED:
      if (self->supervisor_id == 0)
        {
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                       _("Choose the supervisor the call was transferred to."));
          return FALSE;
        }
      return TRUE;
    case ACC_OUTCOME_ORIENTED:
      if (self->directory_id == 0)
        {
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                       _("Choose the body the person was oriented to."));
          return FALSE;
        }
      return TRUE;
    case ACC_OUTCOME_MESSAGE:
      if (message == NULL || acc_message_get_recipient_id (message) == 0)
        {
          g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                       _("Choose who the message is for."));
          return FALSE;
        }
      return TRUE;
    default:
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Choose what came of it: answered, transferred, oriented or message taken."));
      return FALSE;
    }

  g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
               _("Say briefly what was answered."));
  return FALSE;
}
