/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-repository.h"

G_BEGIN_DECLS

typedef struct
{
  guint contacts;
  guint calls;
  guint visits;
  guint messages;
} AccDemoSizes;

/* Small by default: enough to see every screen filled. */
#define ACC_DEMO_SIZES_DEFAULT { 60, 200, 80, 40 }

typedef void (*AccDemoProgressFunc) (double   fraction,
                                     gpointer user_data);

gboolean acc_demo_fill (AccRepository       *repository,
                        const AccDemoSizes  *sizes,
                        guint32              seed,
                        AccDemoProgressFunc  progress,
                        gpointer             progress_data,
                        GCancellable        *cancellable,
                        GError             **error);

G_END_DECLS
