/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-list-cells.h — the cells the column views share: one label each. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* "setup" handlers of a GtkSignalListItemFactory, usable as template
 * callbacks (bind them with gtk_widget_class_bind_template_callback_full)
 * or with g_signal_connect. */
void acc_list_cell_setup_text  (GtkSignalListItemFactory *factory,
                                GtkListItem              *list_item,
                                gpointer                  user_data);
void acc_list_cell_setup_whole (GtkSignalListItemFactory *factory,
                                GtkListItem              *list_item,
                                gpointer                  user_data);

/* For "bind" handlers: the cell's text, NULL shown as empty. */
void acc_list_cell_set_text    (GtkListItem              *list_item,
                                const char               *text);

G_END_DECLS
