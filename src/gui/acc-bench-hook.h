/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void acc_bench_hook_watch_first_frame (GtkWindow *window);

G_END_DECLS
