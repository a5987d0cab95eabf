/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

const char *acc_role_label           (AccRole           role);
const char *acc_outcome_label        (AccOutcome        outcome);
const char *acc_outcome_label_for_channel (AccOutcome   outcome,
                                           AccChannel   channel);
const char *acc_document_kind_label  (AccDocumentKind   kind);
const char *acc_message_status_label (AccMessageStatus  status);
const char *acc_message_source_label (AccMessageSource  source);
const char *acc_contact_kind_label   (AccContactKind    kind);
char       *acc_format_time          (gint64            time_us);
char       *acc_format_delay         (gint64            delay_us);

G_END_DECLS
