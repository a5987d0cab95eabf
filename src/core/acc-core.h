/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-core.h — the whole of the core in one include, for the GUI, the CLI and
 * the tests. */
#pragma once

#include "acc-types.h"
#include "acc-enums.h"

#include "acc-change.h"
#include "acc-closure.h"
#include "acc-contact.h"
#include "acc-directory-entry.h"
#include "acc-document.h"
#include "acc-document-review.h"
#include "acc-interaction.h"
#include "acc-message.h"
#include "acc-message-event.h"
#include "acc-organisation.h"
#include "acc-schedule.h"
#include "acc-schedule-range.h"
#include "acc-staff-member.h"
#include "acc-stats.h"

#include "acc-books-export.h"
#include "acc-csv.h"
#include "acc-demo.h"
#include "acc-import.h"
#include "acc-labels.h"
#include "acc-limits.h"
#include "acc-phone.h"
#include "acc-query-model.h"
#include "acc-repository.h"
#include "acc-repository-backup.h"
#include "acc-repository-stats.h"
#include "acc-vcard.h"
