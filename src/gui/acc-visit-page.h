/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-book-page.h"
#include "acc-book-view.h"
#include "acc-core.h"
#include "acc-visit-banner.h"

G_BEGIN_DECLS

#define ACC_TYPE_VISIT_PAGE (acc_visit_page_get_type ())

G_DECLARE_FINAL_TYPE (AccVisitPage, acc_visit_page, ACC, VISIT_PAGE, GtkWidget)

void            acc_visit_page_set_repository    (AccVisitPage   *self,
                                                  AccRepository  *repository);
void            acc_visit_page_set_staff         (AccVisitPage   *self,
                                                  AccStaffMember *staff);
AccBookView    *acc_visit_page_get_book          (AccVisitPage   *self);
AccBookPage    *acc_visit_page_get_book_page     (AccVisitPage   *self);
AccVisitBanner *acc_visit_page_get_banner        (AccVisitPage   *self);
guint           acc_visit_page_get_overdue_count (AccVisitPage   *self);

G_END_DECLS
