/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_VISIT_BANNER (acc_visit_banner_get_type ())

G_DECLARE_FINAL_TYPE (AccVisitBanner, acc_visit_banner, ACC, VISIT_BANNER, GtkWidget)

void        acc_visit_banner_set_repository    (AccVisitBanner *self,
                                                AccRepository  *repository);
const char *acc_visit_banner_get_status_text   (AccVisitBanner *self);
gboolean    acc_visit_banner_get_open          (AccVisitBanner *self);
guint       acc_visit_banner_get_overdue_count (AccVisitBanner *self);

G_END_DECLS
