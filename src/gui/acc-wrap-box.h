/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-wrap-box.h — children in a row, wrapped onto more rows when the
 * width runs out, each at its natural width. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The layout, for a widget's own children. */
#define ACC_TYPE_WRAP_LAYOUT (acc_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (AccWrapLayout, acc_wrap_layout, ACC, WRAP_LAYOUT, GtkLayoutManager)

/* A container with that layout, for templates. */
#define ACC_TYPE_WRAP_BOX (acc_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (AccWrapBox, acc_wrap_box, ACC, WRAP_BOX, GtkWidget)

G_END_DECLS
