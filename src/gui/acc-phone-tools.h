/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_PHONE_TOOLS (acc_phone_tools_get_type ())

G_DECLARE_FINAL_TYPE (AccPhoneTools, acc_phone_tools, ACC, PHONE_TOOLS, GtkWidget)

void        acc_phone_tools_set_repository (AccPhoneTools *self,
                                            AccRepository *repository);
void        acc_phone_tools_popup          (AccPhoneTools *self,
                                            const char    *tool);
GtkPopover *acc_phone_tools_get_popover    (AccPhoneTools *self,
                                            const char    *tool);

G_END_DECLS
