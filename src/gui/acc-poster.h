/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* An A4 page in PostScript points. */
#define ACC_POSTER_A4_WIDTH_PT  595.2756
#define ACC_POSTER_A4_HEIGHT_PT 841.8898

#define ACC_TYPE_POSTER (acc_poster_get_type ())

G_DECLARE_FINAL_TYPE (AccPoster, acc_poster, ACC, POSTER, GObject)

AccPoster         *acc_poster_new_from_repository (AccRepository  *repository,
                                                   GDateTime      *today,
                                                   GError        **error);
void               acc_poster_draw                (AccPoster      *self,
                                                   cairo_t        *cr,
                                                   double          width,
                                                   double          height);
gboolean           acc_poster_export_pdf          (AccPoster      *self,
                                                   const char     *path,
                                                   GError        **error);
GtkPrintOperation *acc_poster_new_print_operation (AccPoster      *self);
char              *acc_poster_format_day_hours    (AccPoster      *self,
                                                   AccScheduleKind kind,
                                                   guint           weekday);

G_END_DECLS
