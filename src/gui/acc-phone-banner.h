/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* What the banner asks about the answering machine. */
typedef enum
{
  ACC_ANSWERING_MACHINE_PROMPT_NONE = 0,
  ACC_ANSWERING_MACHINE_PROMPT_SWITCH_OFF = 1,   /* a slot has started */
  ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON = 2,    /* a slot has ended */
} AccAnsweringMachinePrompt;

#define ACC_TYPE_PHONE_BANNER (acc_phone_banner_get_type ())

G_DECLARE_FINAL_TYPE (AccPhoneBanner, acc_phone_banner, ACC, PHONE_BANNER, GtkWidget)

void                      acc_phone_banner_set_repository            (AccPhoneBanner *self,
                                                                      AccRepository  *repository);
void                      acc_phone_banner_set_staff                 (AccPhoneBanner *self,
                                                                      AccStaffMember *staff);
void                      acc_phone_banner_set_settings              (AccPhoneBanner *self,
                                                                      GSettings      *settings);
AccAnsweringMachinePrompt acc_phone_banner_get_prompt                (AccPhoneBanner *self);
gboolean                  acc_phone_banner_get_voicemail_reminder    (AccPhoneBanner *self);
const char               *acc_phone_banner_get_status_text           (AccPhoneBanner *self);
gboolean                  acc_phone_banner_confirm_answering_machine (AccPhoneBanner *self);

G_END_DECLS
