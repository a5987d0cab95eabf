/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-directory-entry.c — a body of the annuaire des services du territoire:
 * where the desk orients people it cannot help itself.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-directory-entry.h"
#include "acc-util.h"

struct _AccDirectoryEntry
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *category;
  char *phone;
  char *email;
  char *address;
  char *website;
  char *hours;
  char *notes;
};

G_DEFINE_FINAL_TYPE (AccDirectoryEntry, acc_directory_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_WEBSITE,
  PROP_HOURS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_directory_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccDirectoryEntry *self = ACC_DIRECTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
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
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_HOURS:
      g_value_set_string (value, self->hours);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_directory_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccDirectoryEntry *self = ACC_DIRECTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_directory_entry_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      acc_directory_entry_set_name (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      acc_directory_entry_set_category (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      acc_directory_entry_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      acc_directory_entry_set_email (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      acc_directory_entry_set_address (self, g_value_get_string (value));
      break;
    case PROP_WEBSITE:
      acc_directory_entry_set_website (self, g_value_get_string (value));
      break;
    case PROP_HOURS:
      acc_directory_entry_set_hours (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      acc_directory_entry_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_directory_entry_finalize (GObject *object)
{
  AccDirectoryEntry *self = ACC_DIRECTORY_ENTRY (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->hours, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (acc_directory_entry_parent_class)->finalize (object);
}

static void
acc_directory_entry_class_init (AccDirectoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_directory_entry_get_property;
  object_class->set_property = acc_directory_entry_set_property;
  object_class->finalize = acc_directory_entry_finalize;

  /* The row id; 0 until the repository has saved the entry, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* CCAS, CAF, mairie…: free text, so that each territory groups bodies its
   * own way. */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Opening hours as the body publishes them: free text, never parsed. */
  properties[PROP_HOURS] =
    g_param_spec_string ("hours", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_directory_entry_init (AccDirectoryEntry *self)
{
}

/**
 * acc_directory_entry_new:
 * @name: (nullable): the body's name ("CCAS de Montreuil")
 *
 * Returns: (transfer full): an entry not yet saved (id 0).
 */
AccDirectoryEntry *
acc_directory_entry_new (const char *name)
{
  return g_object_new (ACC_TYPE_DIRECTORY_ENTRY, "name", name, NULL);
}

gint64
acc_directory_entry_get_id (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), 0);
  return self->id;
}

/**
 * acc_directory_entry_set_id:
 *
 * Only the repository calls this, once the entry is saved.
 */
void
acc_directory_entry_set_id (AccDirectoryEntry *self,
                            gint64             id)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
acc_directory_entry_get_name (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->name;
}

void
acc_directory_entry_set_name (AccDirectoryEntry *self,
                              const char        *name)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
acc_directory_entry_get_category (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->category;
}

void
acc_directory_entry_set_category (AccDirectoryEntry *self,
                                  const char        *category)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->category, category))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
acc_directory_entry_get_phone (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->phone;
}

void
acc_directory_entry_set_phone (AccDirectoryEntry *self,
                               const char        *phone)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
acc_directory_entry_get_email (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->email;
}

void
acc_directory_entry_set_email (AccDirectoryEntry *self,
                               const char        *email)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
acc_directory_entry_get_address (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->address;
}

void
acc_directory_entry_set_address (AccDirectoryEntry *self,
                                 const char        *address)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
acc_directory_entry_get_website (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->website;
}

void
acc_directory_entry_set_website (AccDirectoryEntry *self,
                                 const char        *website)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->website, website))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

const char *
acc_directory_entry_get_hours (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->hours;
}

void
acc_directory_entry_set_hours (AccDirectoryEntry *self,
                               const char        *hours)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->hours, hours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS]);
}

const char *
acc_directory_entry_get_notes (AccDirectoryEntry *self)
{
  g_return_val_if_fail (ACC_IS_DIRECTORY_ENTRY (self), NULL);
  return self->notes;
}

void
acc_directory_entry_set_notes (AccDirectoryEntry *self,
                               const char        *notes)
{
  g_return_if_fail (ACC_IS_DIRECTORY_ENTRY (self));
  if (acc_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
