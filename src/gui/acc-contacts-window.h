/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

#define ACC_TYPE_CONTACTS_WINDOW (acc_contacts_window_get_type ())

G_DECLARE_FINAL_TYPE (AccContactsWindow, acc_contacts_window, ACC, CONTACTS_WINDOW, AdwWindow)

AccContactsWindow *acc_contacts_window_new      (AccRepository     *repository);
GListModel        *acc_contacts_window_get_model (AccContactsWindow *self);
void               acc_contacts_window_select   (AccContactsWindow *self,
                                                 guint              position);
AccContact        *acc_contacts_window_get_contact (AccContactsWindow *self);

void               acc_contacts_actions_install (AccApplication    *application);

G_END_DECLS
