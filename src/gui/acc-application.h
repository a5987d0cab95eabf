/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"
#include "acc-inbox.h"

G_BEGIN_DECLS

#define ACC_TYPE_APPLICATION (acc_application_get_type ())

G_DECLARE_FINAL_TYPE (AccApplication, acc_application, ACC, APPLICATION, AdwApplication)

AccApplication *acc_application_new               (void);
AccRepository  *acc_application_get_repository    (AccApplication *self);
AccStaffMember *acc_application_get_current_staff (AccApplication *self);
void            acc_application_set_current_staff (AccApplication *self,
                                                   AccStaffMember *member);
GSettings      *acc_application_get_settings      (AccApplication *self);
AccInbox       *acc_application_get_inbox         (AccApplication *self);
void            acc_application_open_database     (AccApplication *self,
                                                   const char     *path);

G_END_DECLS
