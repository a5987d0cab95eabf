/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_MESSAGE_FORM (acc_message_form_get_type ())

G_DECLARE_FINAL_TYPE (AccMessageForm, acc_message_form, ACC, MESSAGE_FORM, AdwWindow)

AccMessageForm *acc_message_form_new        (GtkWindow        *parent,
                                             AccRepository    *repository,
                                             AccStaffMember   *taken_by);
void            acc_message_form_present    (GtkWindow        *parent,
                                             AccRepository    *repository,
                                             AccStaffMember   *taken_by);
void            acc_message_form_set_person (AccMessageForm   *self,
                                             const char       *name,
                                             const char       *organisation,
                                             const char       *phone,
                                             const char       *email);
void            acc_message_form_set_source (AccMessageForm   *self,
                                             AccMessageSource  source);
void            acc_message_form_set_reason (AccMessageForm   *self,
                                             const char       *reason);

G_END_DECLS
