/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-contact.c — a person or body in the contacts file: the clients,
 * prospects and partners who call or visit, found again by name or number.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-contact.h"
#include "acc-enums.h"
#include "acc-util.h"

struct _AccContact
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *organisation;
  char *phone;
  char *email;
  char *address;
  AccContactKind kind;
  char *notes;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (AccContact, acc_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_KIND,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_contact_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AccContact *self = ACC_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
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
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_contact_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AccContact *self = ACC_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_contact_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      acc_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      acc_contact_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      acc_contact_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      acc_contact_set_address (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      acc_contact_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      acc_contact_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      acc_contact_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      acc_contact_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_contact_finalize (GObject *object)
{
  AccContact *self = ACC_CONTACT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (acc_contact_parent_class)->finalize (object);
}

static void
acc_contact_class_init (AccContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_contact_get_property;
  object_class->set_property = acc_contact_set_property;
  object_class->finalize = acc_contact_finalize;

  /* The row id; 0 until the repository has saved the contact, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* In E.164 (+33612345678): one number is one string, however it was typed. */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Someone new is a prospect until the organisation knows better. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, ACC_TYPE_CONTACT_KIND, ACC_CONTACT_KIND_PROSPECT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Times are UTC unix microseconds, as g_get_real_time() gives them; 0 means
   * not set. */
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_contact_init (AccContact *self)
{
  self->kind = ACC_CONTACT_KIND_PROSPECT;
}

/**
 * acc_contact_new:
 * @name: (nullable): the person's or the body's name
 *
 * Returns: (transfer full): a prospect not yet saved (id 0).
 */
AccContact *
acc_contact_new (const char *name)
{
  return g_object_new (ACC_TYPE_CONTACT, "name", name, NULL);
}

gint64
acc_contact_get_id (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), 0);
  return self->id;
}

/**
 * acc_contact_set_id:
 *
 * Only the repository calls this, once the contact is saved.
 */
void
acc_contact_set_id (AccContact *self,
                    gint64      id)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
acc_contact_get_name (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->name;
}

void
acc_contact_set_name (AccContact *self,
                      const char *name)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
acc_contact_get_organisation (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->organisation;
}

void
acc_contact_set_organisation (AccContact *self,
                              const char *organisation)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

const char *
acc_contact_get_phone (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->phone;
}

void
acc_contact_set_phone (AccContact *self,
                       const char *phone)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_contact_get_email (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->email;
}

void
acc_contact_set_email (AccContact *self,
                       const char *email)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
acc_contact_get_address (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->address;
}

void
acc_contact_set_address (AccContact *self,
                         const char *address)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

AccContactKind
acc_contact_get_kind (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), ACC_CONTACT_KIND_PROSPECT);
  return self->kind;
}

void
acc_contact_set_kind (AccContact    *self,
                      AccContactKind kind)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
acc_contact_get_notes (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), NULL);
  return self->notes;
}

void
acc_contact_set_notes (AccContact *self,
                       const char *notes)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (acc_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
acc_contact_get_created_at (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), 0);
  return self->created_at;
}

void
acc_contact_set_created_at (AccContact *self,
                            gint64      created_at)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (self->created_at != created_at)
    {
      self->created_at = created_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
}

gint64
acc_contact_get_updated_at (AccContact *self)
{
  g_return_val_if_fail (ACC_IS_CONTACT (self), 0);
  return self->updated_at;
}

void
acc_contact_set_updated_at (AccContact *self,
                            gint64      updated_at)
{
  g_return_if_fail (ACC_IS_CONTACT (self));
  if (self->updated_at != updated_at)
    {
      self->updated_at = updated_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
}
