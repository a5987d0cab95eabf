/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-document.c — an item posted or handed out at the desk (brochure, price
 * list, opening hours poster…), reviewed at intervals so that what the public
 * reads stays current.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-document.h"
#include "acc-enums.h"
#include "acc-util.h"

struct _AccDocument
{
  GObject parent_instance;

  gint64 id;
  char *title;
  AccDocumentKind kind;
  char *location;
  gint64 reviewed_at;
  gint64 reviewed_by_id;
  char *reviewed_by_name;
  guint review_interval_days;
};

G_DEFINE_FINAL_TYPE (AccDocument, acc_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_LOCATION,
  PROP_REVIEWED_AT,
  PROP_REVIEWED_BY_ID,
  PROP_REVIEWED_BY_NAME,
  PROP_REVIEW_INTERVAL_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AccDocument *self = ACC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_REVIEWED_AT:
      g_value_set_int64 (value, self->reviewed_at);
      break;
    case PROP_REVIEWED_BY_ID:
      g_value_set_int64 (value, self->reviewed_by_id);
      break;
    case PROP_REVIEWED_BY_NAME:
      g_value_set_string (value, self->reviewed_by_name);
      break;
    case PROP_REVIEW_INTERVAL_DAYS:
      g_value_set_uint (value, self->review_interval_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AccDocument *self = ACC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      acc_document_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      acc_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      acc_document_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_LOCATION:
      acc_document_set_location (self, g_value_get_string (value));
      break;
    case PROP_REVIEWED_AT:
      acc_document_set_reviewed_at (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEWED_BY_ID:
      acc_document_set_reviewed_by_id (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEWED_BY_NAME:
      acc_document_set_reviewed_by_name (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_INTERVAL_DAYS:
      acc_document_set_review_interval_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_document_finalize (GObject *object)
{
  AccDocument *self = ACC_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->reviewed_by_name, g_free);

  G_OBJECT_CLASS (acc_document_parent_class)->finalize (object);
}

static void
acc_document_class_init (AccDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_document_get_property;
  object_class->set_property = acc_document_set_property;
  object_class->finalize = acc_document_finalize;

  /* The row id; 0 until the repository has saved the document, which then
   * sets it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, ACC_TYPE_DOCUMENT_KIND, ACC_DOCUMENT_BROCHURE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A file path or a URL: where the current version lives. */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* When someone last checked the document was current, UTC unix
   * microseconds; 0 for never. */
  properties[PROP_REVIEWED_AT] =
    g_param_spec_int64 ("reviewed-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEWED_BY_ID] =
    g_param_spec_int64 ("reviewed-by-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Who reviewed it last, by name, as the repository reads it with the
   * document; not saved (the id is). */
  properties[PROP_REVIEWED_BY_NAME] =
    g_param_spec_string ("reviewed-by-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Bounded so that reviewed-at plus the interval cannot overflow. */
  properties[PROP_REVIEW_INTERVAL_DAYS] =
    g_param_spec_uint ("review-interval-days", NULL, NULL,
                       1, ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS, 365,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_document_init (AccDocument *self)
{
  self->review_interval_days = 365;
}

/**
 * acc_document_new:
 * @title: (nullable): what the document is called at the desk
 * @kind: what sort of document it is
 *
 * Returns: (transfer full): a document not yet saved (id 0), never
 *   reviewed, to be reviewed every 365 days.
 */
AccDocument *
acc_document_new (const char     *title,
                  AccDocumentKind kind)
{
  return g_object_new (ACC_TYPE_DOCUMENT, "title", title, "kind", kind, NULL);
}

gint64
acc_document_get_id (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), 0);
  return self->id;
}

/**
 * acc_document_set_id:
 *
 * Only the repository calls this, once the document is saved.
 */
void
acc_document_set_id (AccDocument *self,
                     gint64       id)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
acc_document_get_title (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), NULL);
  return self->title;
}

void
acc_document_set_title (AccDocument *self,
                        const char  *title)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (acc_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

AccDocumentKind
acc_document_get_kind (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), ACC_DOCUMENT_BROCHURE);
  return self->kind;
}

void
acc_document_set_kind (AccDocument    *self,
                       AccDocumentKind kind)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
acc_document_get_location (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), NULL);
  return self->location;
}

void
acc_document_set_location (AccDocument *self,
                           const char  *location)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (acc_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

gint64
acc_document_get_reviewed_at (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), 0);
  return self->reviewed_at;
}

void
acc_document_set_reviewed_at (AccDocument *self,
                              gint64       reviewed_at)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (self->reviewed_at != reviewed_at)
    {
      self->reviewed_at = reviewed_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_AT]);
    }
}

gint64
acc_document_get_reviewed_by_id (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), 0);
  return self->reviewed_by_id;
}

void
acc_document_set_reviewed_by_id (AccDocument *self,
                                 gint64       reviewed_by_id)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (self->reviewed_by_id != reviewed_by_id)
    {
      self->reviewed_by_id = reviewed_by_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY_ID]);
    }
}

/**
 * acc_document_get_reviewed_by_name:
 *
 * Returns: (nullable): the name of who reviewed the document last, as read
 *   from the repository.
 */
const char *
acc_document_get_reviewed_by_name (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), NULL);
  return self->reviewed_by_name;
}

void
acc_document_set_reviewed_by_name (AccDocument *self,
                                   const char  *reviewed_by_name)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  if (acc_set_str (&self->reviewed_by_name, reviewed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY_NAME]);
}

guint
acc_document_get_review_interval_days (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), 365);
  return self->review_interval_days;
}

void
acc_document_set_review_interval_days (AccDocument *self,
                                       guint        review_interval_days)
{
  g_return_if_fail (ACC_IS_DOCUMENT (self));
  g_return_if_fail (review_interval_days >= 1 && review_interval_days <= ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS);
  if (self->review_interval_days != review_interval_days)
    {
      self->review_interval_days = review_interval_days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_INTERVAL_DAYS]);
    }
}

/**
 * acc_document_get_review_due:
 * @self: a document
 *
 * Returns: when the next review is due, UTC unix microseconds: the last review
 *   plus the interval, or 0 if the document was never reviewed.
 */
gint64
acc_document_get_review_due (AccDocument *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), 0);

  if (self->reviewed_at == 0)
    return 0;

  return self->reviewed_at + (gint64) self->review_interval_days * G_TIME_SPAN_DAY;
}

/**
 * acc_document_is_review_overdue:
 * @self: a document
 * @now_us: the current time, UTC unix microseconds
 *
 * A document never reviewed is overdue: nobody has vouched for it yet.
 *
 * Returns: whether the document needs a review now
 */
gboolean
acc_document_is_review_overdue (AccDocument *self,
                                gint64       now_us)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT (self), FALSE);

  if (self->reviewed_at == 0)
    return TRUE;

  return acc_document_get_review_due (self) < now_us;
}
