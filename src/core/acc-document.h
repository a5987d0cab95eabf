/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_DOCUMENT (acc_document_get_type ())

/* A century: enough for any review interval, small enough that the due date
 * never overflows a gint64. */
#define ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS 36500

G_DECLARE_FINAL_TYPE (AccDocument, acc_document, ACC, DOCUMENT, GObject)

AccDocument    *acc_document_new                      (const char     *title,
                                                       AccDocumentKind kind);
gint64          acc_document_get_id                   (AccDocument    *self);
void            acc_document_set_id                   (AccDocument    *self,
                                                       gint64          id);
const char     *acc_document_get_title                (AccDocument    *self);
void            acc_document_set_title                (AccDocument    *self,
                                                       const char     *title);
AccDocumentKind acc_document_get_kind                 (AccDocument    *self);
void            acc_document_set_kind                 (AccDocument    *self,
                                                       AccDocumentKind kind);
const char     *acc_document_get_location             (AccDocument    *self);
void            acc_document_set_location             (AccDocument    *self,
                                                       const char     *location);
gint64          acc_document_get_reviewed_at          (AccDocument    *self);
void            acc_document_set_reviewed_at          (AccDocument    *self,
                                                       gint64          reviewed_at);
gint64          acc_document_get_reviewed_by_id       (AccDocument    *self);
void            acc_document_set_reviewed_by_id       (AccDocument    *self,
                                                       gint64          reviewed_by_id);
const char     *acc_document_get_reviewed_by_name     (AccDocument    *self);
void            acc_document_set_reviewed_by_name     (AccDocument    *self,
                                                       const char     *reviewed_by_name);
guint           acc_document_get_review_interval_days (AccDocument    *self);
void            acc_document_set_review_interval_days (AccDocument    *self,
                                                       guint           review_interval_days);
gint64          acc_document_get_review_due           (AccDocument    *self);
gboolean        acc_document_is_review_overdue        (AccDocument    *self,
                                                       gint64          now_us);

G_END_DECLS
