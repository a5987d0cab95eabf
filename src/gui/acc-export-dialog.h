/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"
#include "acc-report-table.h"

G_BEGIN_DECLS

#define ACC_TYPE_EXPORT_DIALOG (acc_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccExportDialog, acc_export_dialog, ACC, EXPORT_DIALOG, AdwWindow)

/* A book's export: the period (this month by default), CSV or PDF, a file
 * chooser, then progress with Cancel; or printing. */
AccExportDialog *acc_export_dialog_present (GtkWindow     *parent,
                                            AccRepository *repository,
                                            AccBook        book);

/* Prints any report table (transfer full) with the PDF's drawing code. */
GtkPrintOperation *acc_export_dialog_new_print_operation (AccReportTable *table,
                                                          const char     *job_name);

G_END_DECLS
