/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-staff-member.c — one person of the organisation: front desk, supervisor
 * or manager. Supervisors are who calls are transferred to and messages sent to.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-staff-member.h"
#include "acc-enums.h"
#include "acc-util.h"

struct _AccStaffMember
{
  GObject parent_instance;

  gint64 id;
  char *name;
  AccRole role;
  char *phone;
  char *email;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (AccStaffMember, acc_staff_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_staff_member_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccStaffMember *self = ACC_STAFF_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_staff_member_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccStaffMember *self = ACC_STAFF_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_staff_member_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      acc_staff_member_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      acc_staff_member_set_role (self, g_value_get_enum (value));
      break;
    case PROP_PHONE:
      acc_staff_member_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_staff_member_set_email (self, g_value_get_string (value));
      break;
    case PROP_ACTIVE:
      acc_staff_member_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_staff_member_finalize (GObject *object)
{
  AccStaffMember *self = ACC_STAFF_MEMBER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (acc_staff_member_parent_class)->finalize (object);
}

static void
acc_staff_member_class_init (AccStaffMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_staff_member_get_property;
  object_class->set_property = acc_staff_member_set_property;
  object_class->finalize = acc_staff_member_finalize;

  /* The row id; 0 until the repository has saved the member, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, ACC_TYPE_ROLE, ACC_ROLE_RECEPTION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_staff_member_init (AccStaffMember *self)
{
  self->active = TRUE;
}

/**
 * acc_staff_member_new:
 * @name: the person's name as colleagues say it ("Véronique Martin")
 * @role: what they do at the desk
 *
 * Returns: (transfer full): a member not yet saved (id 0).
 */
AccStaffMember *
acc_staff_member_new (const char *name,
                      AccRole     role)
{
  return g_object_new (ACC_TYPE_STAFF_MEMBER, "name", name, "role", role, NULL);
}

gint64
acc_staff_member_get_id (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), 0);
  return self->id;
}

/**
 * acc_staff_member_set_id:
 *
 * Only the repository calls this, once the member is saved.
 */
void
acc_staff_member_set_id (AccStaffMember *self,
                         gint64          id)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
acc_staff_member_get_name (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), NULL);
  return self->name;
}

void
acc_staff_member_set_name (AccStaffMember *self,
                           const char     *name)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

AccRole
acc_staff_member_get_role (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), ACC_ROLE_RECEPTION);
  return self->role;
}

void
acc_staff_member_set_role (AccStaffMember *self,
                           AccRole         role)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
}

const char *
acc_staff_member_get_phone (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), NULL);
  return self->phone;
}

void
acc_staff_member_set_phone (AccStaffMember *self,
                            const char     *phone)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_staff_member_get_email (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), NULL);
  return self->email;
}

void
acc_staff_member_set_email (AccStaffMember *self,
                            const char     *email)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gboolean
acc_staff_member_get_active (AccStaffMember *self)
{
  g_return_val_if_fail (ACC_IS_STAFF_MEMBER (self), FALSE);
  return self->active;
}

void
acc_staff_member_set_active (AccStaffMember *self,
                             gboolean        active)
{
  g_return_if_fail (ACC_IS_STAFF_MEMBER (self));
  active = !!active;
  if (self->active != active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }
}
