/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-import-private.h — the rows of a file to import, whatever its format:
 * shared by acc-import.c (preview) and acc-repository-import.c. */
#pragma once

#include "acc-import.h"

G_BEGIN_DECLS

typedef struct _AccImportSource AccImportSource;

/* Opens @file and, for CSV, reads its header row. @mapping NULL: from the
 * header. */
AccImportSource *_acc_import_source_open      (GFile                 *file,
                                               AccImportTarget        target,
                                               const AccImportField  *mapping,
                                               guint                  n_columns,
                                               GCancellable          *cancellable,
                                               GError               **error);
void             _acc_import_source_free      (AccImportSource       *source);
/* The next row: @values holds ACC_IMPORT_N_FIELDS strings (never NULL,
 * trimmed), owned by the source until the next call. FALSE at the end or
 * on an error; @line is the row's (or the error's) line. */
gboolean         _acc_import_source_next      (AccImportSource       *source,
                                               const char           **values,
                                               const char * const   **raw,
                                               guint                 *n_raw,
                                               guint                 *line,
                                               GCancellable          *cancellable,
                                               GError               **error);
double           _acc_import_source_fraction  (AccImportSource       *source);
gboolean         _acc_import_source_has_field (AccImportSource       *source,
                                               AccImportField         field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccImportSource, _acc_import_source_free)

G_END_DECLS
