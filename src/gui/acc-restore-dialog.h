/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-application.h"

G_BEGIN_DECLS

void acc_restore_actions_install (AccApplication *application);

G_END_DECLS
