/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-document-review.c — one review of a document of the register (« tenir
 * à jour les documents »): who checked that it was current, and when. The
 * repository writes one row per review (acc_repository_mark_document_reviewed())
 * and reads them back (acc_repository_list_document_reviews()), so that the
 * auditor sees every review, not only the last one.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include "acc-document-review.h"

struct _AccDocumentReview
{
  GObject parent_instance;

  gint64 id;
  gint64 document_id;
  gint64 at;
  gint64 staff_id;
  char *staff_name;
};

G_DEFINE_FINAL_TYPE (AccDocumentReview, acc_document_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_ID,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
acc_document_review_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccDocumentReview *self = ACC_DOCUMENT_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Construct-only: a review is a fact of the past, never edited. */
static void
acc_document_review_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccDocumentReview *self = ACC_DOCUMENT_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_DOCUMENT_ID:
      self->document_id = g_value_get_int64 (value);
      break;
    case PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    case PROP_STAFF_ID:
      self->staff_id = g_value_get_int64 (value);
      break;
    case PROP_STAFF_NAME:
      g_free (self->staff_name);
      self->staff_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_document_review_finalize (GObject *object)
{
  AccDocumentReview *self = ACC_DOCUMENT_REVIEW (object);

  g_clear_pointer (&self->staff_name, g_free);

  G_OBJECT_CLASS (acc_document_review_parent_class)->finalize (object);
}

static void
acc_document_review_class_init (AccDocumentReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = acc_document_review_get_property;
  object_class->set_property = acc_document_review_set_property;
  object_class->finalize = acc_document_review_finalize;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* When the document was checked, UTC unix microseconds. */
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Who checked it; 0 when unknown (a review from before the history). */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
acc_document_review_init (AccDocumentReview *self)
{
}

gint64
acc_document_review_get_id (AccDocumentReview *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_REVIEW (self), 0);
  return self->id;
}

gint64
acc_document_review_get_document_id (AccDocumentReview *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_REVIEW (self), 0);
  return self->document_id;
}

gint64
acc_document_review_get_at (AccDocumentReview *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_REVIEW (self), 0);
  return self->at;
}

gint64
acc_document_review_get_staff_id (AccDocumentReview *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_REVIEW (self), 0);
  return self->staff_id;
}

/**
 * acc_document_review_get_staff_name:
 *
 * Returns: (nullable): the name of who reviewed the document.
 */
const char *
acc_document_review_get_staff_name (AccDocumentReview *self)
{
  g_return_val_if_fail (ACC_IS_DOCUMENT_REVIEW (self), NULL);
  return self->staff_name;
}
