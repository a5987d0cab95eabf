/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_BOOK_VIEW (acc_book_view_get_type ())

G_DECLARE_FINAL_TYPE (AccBookView, acc_book_view, ACC, BOOK_VIEW, GtkWidget)

void        acc_book_view_set_repository (AccBookView                *self,
                                          AccRepository              *repository);
void        acc_book_view_set_channel    (AccBookView                *self,
                                          AccChannel                  channel);
AccChannel  acc_book_view_get_channel    (AccBookView                *self);
GListModel *acc_book_view_get_model      (AccBookView                *self);
void        acc_book_view_set_filter     (AccBookView                *self,
                                          const AccInteractionFilter *filter);
const AccInteractionFilter *
            acc_book_view_get_filter     (AccBookView                *self);
gboolean    acc_book_view_focus_list     (AccBookView                *self);

G_END_DECLS
