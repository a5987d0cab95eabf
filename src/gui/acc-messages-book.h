/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_MESSAGES_BOOK (acc_messages_book_get_type ())

G_DECLARE_FINAL_TYPE (AccMessagesBook, acc_messages_book, ACC, MESSAGES_BOOK, AdwWindow)

AccMessagesBook *acc_messages_book_new       (GtkWindow       *parent,
                                              AccRepository   *repository);
GListModel      *acc_messages_book_get_model (AccMessagesBook *self);

G_END_DECLS
