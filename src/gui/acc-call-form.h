/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_CALL_FORM (acc_call_form_get_type ())

G_DECLARE_FINAL_TYPE (AccCallForm, acc_call_form, ACC, CALL_FORM, AdwWindow)

void acc_call_form_present (GtkWindow      *parent,
                            AccRepository  *repository,
                            AccStaffMember *agent);

G_END_DECLS
