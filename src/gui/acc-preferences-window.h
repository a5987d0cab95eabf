/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

/* How long a field rests after the last keystroke before it is saved. */
#define ACC_PREFERENCES_SAVE_DELAY_MS 500

#define ACC_TYPE_PREFERENCES_WINDOW (acc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (AccPreferencesWindow, acc_preferences_window, ACC, PREFERENCES_WINDOW, AdwPreferencesWindow)

AccPreferencesWindow *acc_preferences_window_new           (AccApplication       *application,
                                                            AccRepository        *repository);
void                  acc_preferences_window_flush         (AccPreferencesWindow *self);
gboolean              acc_preferences_window_get_read_only (AccPreferencesWindow *self);
gboolean              acc_parse_time_of_day                (const char           *text,
                                                            guint                *minute);
char                 *acc_format_time_of_day               (guint                 minute);
void                  acc_preferences_actions_install      (AccApplication       *application);

G_END_DECLS
