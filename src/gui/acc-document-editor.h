/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_DOCUMENT_EDITOR (acc_document_editor_get_type ())

G_DECLARE_FINAL_TYPE (AccDocumentEditor, acc_document_editor, ACC, DOCUMENT_EDITOR, AdwWindow)

AccDocumentEditor *acc_document_editor_present      (GtkWindow         *parent,
                                                     AccRepository     *repository,
                                                     AccDocument       *document);
AccDocument       *acc_document_editor_get_document (AccDocumentEditor *self);

G_END_DECLS
