/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_STAFF_MEMBER (acc_staff_member_get_type ())

G_DECLARE_FINAL_TYPE (AccStaffMember, acc_staff_member, ACC, STAFF_MEMBER, GObject)

AccStaffMember *acc_staff_member_new        (const char     *name,
                                             AccRole         role);
gint64          acc_staff_member_get_id     (AccStaffMember *self);
void            acc_staff_member_set_id     (AccStaffMember *self,
                                             gint64          id);
const char     *acc_staff_member_get_name   (AccStaffMember *self);
void            acc_staff_member_set_name   (AccStaffMember *self,
                                             const char     *name);
AccRole         acc_staff_member_get_role   (AccStaffMember *self);
void            acc_staff_member_set_role   (AccStaffMember *self,
                                             AccRole         role);
const char     *acc_staff_member_get_phone  (AccStaffMember *self);
void            acc_staff_member_set_phone  (AccStaffMember *self,
                                             const char     *phone);
const char     *acc_staff_member_get_email  (AccStaffMember *self);
void            acc_staff_member_set_email  (AccStaffMember *self,
                                             const char     *email);
gboolean        acc_staff_member_get_active (AccStaffMember *self);
void            acc_staff_member_set_active (AccStaffMember *self,
                                             gboolean        active);

G_END_DECLS
