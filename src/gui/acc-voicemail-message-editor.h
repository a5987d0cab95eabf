/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_VOICEMAIL_MESSAGE_EDITOR (acc_voicemail_message_editor_get_type ())

G_DECLARE_FINAL_TYPE (AccVoicemailMessageEditor, acc_voicemail_message_editor,
                      ACC, VOICEMAIL_MESSAGE_EDITOR, AdwPreferencesGroup)

AccVoicemailMessageEditor *acc_voicemail_message_editor_new           (GListModel                *staff);
void                       acc_voicemail_message_editor_set_number    (AccVoicemailMessageEditor *self,
                                                                       guint                      number);
gboolean                   acc_voicemail_message_editor_is_blank      (AccVoicemailMessageEditor *self);
GtkWidget                 *acc_voicemail_message_editor_validate      (AccVoicemailMessageEditor *self,
                                                                       GDateTime                 *now);
AccMessage                *acc_voicemail_message_editor_build_message (AccVoicemailMessageEditor *self,
                                                                       GDateTime                 *now);
void                       acc_voicemail_message_editor_focus         (AccVoicemailMessageEditor *self);

gboolean                   acc_voicemail_parse_received               (const char                *text,
                                                                       GDateTime                 *now,
                                                                       gint64                    *received_us);

G_END_DECLS
