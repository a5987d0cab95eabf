/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-book-view.h"
#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_BOOK_PAGE (acc_book_page_get_type ())

G_DECLARE_FINAL_TYPE (AccBookPage, acc_book_page, ACC, BOOK_PAGE, GtkWidget)

void         acc_book_page_set_repository (AccBookPage    *self,
                                           AccRepository  *repository);
void         acc_book_page_set_staff      (AccBookPage    *self,
                                           AccStaffMember *staff);
AccBookView *acc_book_page_get_book       (AccBookPage    *self);
gboolean     acc_book_page_focus_search   (AccBookPage    *self);

G_END_DECLS
