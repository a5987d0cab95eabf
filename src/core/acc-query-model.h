/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACC_TYPE_QUERY_MODEL (acc_query_model_get_type ())

G_DECLARE_FINAL_TYPE (AccQueryModel, acc_query_model, ACC, QUERY_MODEL, GObject)

void     acc_query_model_refresh       (AccQueryModel *self);
guint    acc_query_model_get_page_size (void);
guint    acc_query_model_get_n_cached  (AccQueryModel *self);
gboolean acc_query_model_is_counted    (AccQueryModel *self);

G_END_DECLS
