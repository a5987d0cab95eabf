/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_INTERACTION_FORM (acc_interaction_form_get_type ())

G_DECLARE_FINAL_TYPE (AccInteractionForm, acc_interaction_form, ACC, INTERACTION_FORM, AdwWindow)

AccChannel acc_interaction_form_get_channel (AccInteractionForm *self);

void       acc_interaction_form_present     (GtkWindow      *parent,
                                             AccRepository  *repository,
                                             AccStaffMember *agent,
                                             AccChannel      channel);

G_END_DECLS
