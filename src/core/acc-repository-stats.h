/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-stats.h — the indicators of a period, from the repository
 * (acc-repository-stats.c). */
#pragma once

#include "acc-repository.h"
#include "acc-stats.h"

G_BEGIN_DECLS

AccStats *acc_repository_compute_stats        (AccRepository       *self,
                                               gint64               from_us,
                                               gint64               to_us,
                                               GError             **error);
void      acc_repository_compute_stats_async  (AccRepository       *self,
                                               gint64               from_us,
                                               gint64               to_us,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
AccStats *acc_repository_compute_stats_finish (AccRepository       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
