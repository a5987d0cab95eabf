/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-message.h"
#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_INTERACTION (acc_interaction_get_type ())

G_DECLARE_FINAL_TYPE (AccInteraction, acc_interaction, ACC, INTERACTION, GObject)

AccInteraction *acc_interaction_new                (AccChannel      channel);
gint64          acc_interaction_get_id             (AccInteraction *self);
void            acc_interaction_set_id             (AccInteraction *self,
                                                    gint64          id);
AccChannel      acc_interaction_get_channel        (AccInteraction *self);
void            acc_interaction_set_channel        (AccInteraction *self,
                                                    AccChannel      channel);
gint64          acc_interaction_get_started_at     (AccInteraction *self);
void            acc_interaction_set_started_at     (AccInteraction *self,
                                                    gint64          started_at);
gint64          acc_interaction_get_ended_at       (AccInteraction *self);
void            acc_interaction_set_ended_at       (AccInteraction *self,
                                                    gint64          ended_at);
gint64          acc_interaction_get_staff_id       (AccInteraction *self);
void            acc_interaction_set_staff_id       (AccInteraction *self,
                                                    gint64          staff_id);
const char     *acc_interaction_get_staff_name     (AccInteraction *self);
void            acc_interaction_set_staff_name     (AccInteraction *self,
                                                    const char     *staff_name);
gint64          acc_interaction_get_contact_id     (AccInteraction *self);
void            acc_interaction_set_contact_id     (AccInteraction *self,
                                                    gint64          contact_id);
const char     *acc_interaction_get_name           (AccInteraction *self);
void            acc_interaction_set_name           (AccInteraction *self,
                                                    const char     *name);
const char     *acc_interaction_get_organisation   (AccInteraction *self);
void            acc_interaction_set_organisation   (AccInteraction *self,
                                                    const char     *organisation);
const char     *acc_interaction_get_phone          (AccInteraction *self);
void            acc_interaction_set_phone          (AccInteraction *self,
                                                    const char     *phone);
const char     *acc_interaction_get_email          (AccInteraction *self);
void            acc_interaction_set_email          (AccInteraction *self,
                                                    const char     *email);
const char     *acc_interaction_get_reason         (AccInteraction *self);
void            acc_interaction_set_reason         (AccInteraction *self,
                                                    const char     *reason);
const char     *acc_interaction_get_notes          (AccInteraction *self);
void            acc_interaction_set_notes          (AccInteraction *self,
                                                    const char     *notes);
AccOutcome      acc_interaction_get_outcome        (AccInteraction *self);
void            acc_interaction_set_outcome        (AccInteraction *self,
                                                    AccOutcome      outcome);
const char     *acc_interaction_get_outcome_detail (AccInteraction *self);
void            acc_interaction_set_outcome_detail (AccInteraction *self,
                                                    const char     *outcome_detail);
gint64          acc_interaction_get_supervisor_id  (AccInteraction *self);
void            acc_interaction_set_supervisor_id  (AccInteraction *self,
                                                    gint64          supervisor_id);
gint64          acc_interaction_get_directory_id   (AccInteraction *self);
void            acc_interaction_set_directory_id   (AccInteraction *self,
                                                    gint64          directory_id);
guint           acc_interaction_get_checklist      (AccInteraction *self);
void            acc_interaction_set_checklist      (AccInteraction *self,
                                                    guint           checklist);

GVariant       *acc_interaction_get_document_ids   (AccInteraction *self);
void            acc_interaction_set_document_ids   (AccInteraction *self,
                                                    GVariant       *document_ids);

/* The outcome rules of the procedure, checked by the call and visit forms. */
gboolean acc_interaction_check_outcome (AccInteraction *self,
                                        AccMessage     *message,
                                        GError        **error);

G_END_DECLS
