/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ACC_TYPE_DOCUMENT_REVIEW (acc_document_review_get_type ())

G_DECLARE_FINAL_TYPE (AccDocumentReview, acc_document_review, ACC, DOCUMENT_REVIEW, GObject)

/* One review of a document of the register: who checked it was current, and
 * when. Properties: id, document-id, at (int64 µs UTC), staff-id, staff-name
 * (NULL when unknown). Read-only outside the repository, which builds them
 * from its rows (acc_repository_list_document_reviews()). */
gint64      acc_document_review_get_id          (AccDocumentReview *self);
gint64      acc_document_review_get_document_id (AccDocumentReview *self);
gint64      acc_document_review_get_at          (AccDocumentReview *self);
gint64      acc_document_review_get_staff_id    (AccDocumentReview *self);
const char *acc_document_review_get_staff_name  (AccDocumentReview *self);

G_END_DECLS
