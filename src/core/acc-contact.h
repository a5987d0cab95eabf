/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_CONTACT (acc_contact_get_type ())

G_DECLARE_FINAL_TYPE (AccContact, acc_contact, ACC, CONTACT, GObject)

AccContact    *acc_contact_new              (const char    *name);
gint64         acc_contact_get_id           (AccContact    *self);
void           acc_contact_set_id           (AccContact    *self,
                                             gint64         id);
const char    *acc_contact_get_name         (AccContact    *self);
void           acc_contact_set_name         (AccContact    *self,
                                             const char    *name);
const char    *acc_contact_get_organisation (AccContact    *self);
void           acc_contact_set_organisation (AccContact    *self,
                                             const char    *organisation);
const char    *acc_contact_get_phone        (AccContact    *self);
void           acc_contact_set_phone        (AccContact    *self,
                                             const char    *phone);
const char    *acc_contact_get_email        (AccContact    *self);
void           acc_contact_set_email        (AccContact    *self,
                                             const char    *email);
const char    *acc_contact_get_address      (AccContact    *self);
void           acc_contact_set_address      (AccContact    *self,
                                             const char    *address);
AccContactKind acc_contact_get_kind         (AccContact    *self);
void           acc_contact_set_kind         (AccContact    *self,
                                             AccContactKind kind);
const char    *acc_contact_get_notes        (AccContact    *self);
void           acc_contact_set_notes        (AccContact    *self,
                                             const char    *notes);
gint64         acc_contact_get_created_at   (AccContact    *self);
void           acc_contact_set_created_at   (AccContact    *self,
                                             gint64         created_at);
gint64         acc_contact_get_updated_at   (AccContact    *self);
void           acc_contact_set_updated_at   (AccContact    *self,
                                             gint64         updated_at);

G_END_DECLS
