/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-audit-report.h — the « dossier d'audit »: the indicators of a period
 * (AccStats) as tables in one PDF, A4 landscape, drawn by AccReportTable. */
#pragma once

#include "acc-core.h"

G_BEGIN_DECLS

gboolean acc_audit_report_write_pdf (AccStats      *stats,
                                     const char    *organisation,
                                     const char    *path,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_END_DECLS
