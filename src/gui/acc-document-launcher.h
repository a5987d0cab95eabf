/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char     *acc_document_location_uri (const char  *location);
gboolean  acc_document_launch       (GtkWidget   *widget,
                                     const char  *uri,
                                     GError     **error);

G_END_DECLS
