/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-book-view.h"
#include "acc-core.h"
#include "acc-phone-banner.h"

G_BEGIN_DECLS

#define ACC_TYPE_PHONE_PAGE (acc_phone_page_get_type ())

G_DECLARE_FINAL_TYPE (AccPhonePage, acc_phone_page, ACC, PHONE_PAGE, GtkWidget)

void            acc_phone_page_set_repository (AccPhonePage   *self,
                                               AccRepository  *repository);
void            acc_phone_page_set_staff      (AccPhonePage   *self,
                                               AccStaffMember *staff);
void            acc_phone_page_set_settings   (AccPhonePage   *self,
                                               GSettings      *settings);
AccBookView    *acc_phone_page_get_book       (AccPhonePage   *self);
AccPhoneBanner *acc_phone_page_get_banner     (AccPhonePage   *self);

G_END_DECLS
