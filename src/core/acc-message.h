/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_MESSAGE (acc_message_get_type ())

G_DECLARE_FINAL_TYPE (AccMessage, acc_message, ACC, MESSAGE, GObject)

AccMessage      *acc_message_new                   (void);
gint64           acc_message_get_id                (AccMessage      *self);
void             acc_message_set_id                (AccMessage      *self,
                                                    gint64           id);
gint64           acc_message_get_created_at        (AccMessage      *self);
void             acc_message_set_created_at        (AccMessage      *self,
                                                    gint64           created_at);
gint64           acc_message_get_taken_by_id       (AccMessage      *self);
void             acc_message_set_taken_by_id       (AccMessage      *self,
                                                    gint64           taken_by_id);
const char      *acc_message_get_taken_by_name     (AccMessage      *self);
void             acc_message_set_taken_by_name     (AccMessage      *self,
                                                    const char      *taken_by_name);
gint64           acc_message_get_recipient_id      (AccMessage      *self);
void             acc_message_set_recipient_id      (AccMessage      *self,
                                                    gint64           recipient_id);
const char      *acc_message_get_recipient_name    (AccMessage      *self);
void             acc_message_set_recipient_name    (AccMessage      *self,
                                                    const char      *recipient_name);
AccMessageSource acc_message_get_source            (AccMessage      *self);
void             acc_message_set_source            (AccMessage      *self,
                                                    AccMessageSource source);
gint64           acc_message_get_interaction_id    (AccMessage      *self);
void             acc_message_set_interaction_id    (AccMessage      *self,
                                                    gint64           interaction_id);
gint64           acc_message_get_contact_id        (AccMessage      *self);
void             acc_message_set_contact_id        (AccMessage      *self,
                                                    gint64           contact_id);
const char      *acc_message_get_name              (AccMessage      *self);
void             acc_message_set_name              (AccMessage      *self,
                                                    const char      *name);
const char      *acc_message_get_organisation      (AccMessage      *self);
void             acc_message_set_organisation      (AccMessage      *self,
                                                    const char      *organisation);
const char      *acc_message_get_phone             (AccMessage      *self);
void             acc_message_set_phone             (AccMessage      *self,
                                                    const char      *phone);
const char      *acc_message_get_email             (AccMessage      *self);
void             acc_message_set_email             (AccMessage      *self,
                                                    const char      *email);
const char      *acc_message_get_reason            (AccMessage      *self);
void             acc_message_set_reason            (AccMessage      *self,
                                                    const char      *reason);
const char      *acc_message_get_body              (AccMessage      *self);
void             acc_message_set_body              (AccMessage      *self,
                                                    const char      *body);
gboolean         acc_message_get_urgent            (AccMessage      *self);
void             acc_message_set_urgent            (AccMessage      *self,
                                                    gboolean         urgent);
gint64           acc_message_get_due_at            (AccMessage      *self);
void             acc_message_set_due_at            (AccMessage      *self,
                                                    gint64           due_at);
AccMessageStatus acc_message_get_status            (AccMessage      *self);
void             acc_message_set_status            (AccMessage      *self,
                                                    AccMessageStatus status);
const char      *acc_message_get_resolution        (AccMessage      *self);
void             acc_message_set_resolution        (AccMessage      *self,
                                                    const char      *resolution);
gint64           acc_message_get_status_changed_at (AccMessage      *self);
void             acc_message_set_status_changed_at (AccMessage      *self,
                                                    gint64           status_changed_at);
gboolean         acc_message_is_open               (AccMessage      *self);
gboolean         acc_message_is_overdue            (AccMessage      *self,
                                                    gint64           now_us);

G_END_DECLS
