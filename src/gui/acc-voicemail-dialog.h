/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_VOICEMAIL_DIALOG (acc_voicemail_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccVoicemailDialog, acc_voicemail_dialog, ACC, VOICEMAIL_DIALOG, AdwWindow)

AccVoicemailDialog *acc_voicemail_dialog_new         (GtkWindow          *parent,
                                                      AccRepository      *repository,
                                                      AccStaffMember     *staff);
AccVoicemailDialog *acc_voicemail_dialog_present     (GtkWindow          *parent,
                                                      AccRepository      *repository,
                                                      AccStaffMember     *staff);
GPtrArray          *acc_voicemail_dialog_get_editors (AccVoicemailDialog *self);

G_END_DECLS
