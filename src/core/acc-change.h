/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ACC_TYPE_CHANGE (acc_change_get_type ())

G_DECLARE_FINAL_TYPE (AccChange, acc_change, ACC, CHANGE, GObject)

/* One correction of a call or a visit: who changed which field, when, from
 * what to what. Properties: id, interaction-id, at (int64 µs UTC), staff-id,
 * staff-name, field (a property name of AccInteraction, such as "reason"),
 * old-value, new-value (strings, NULL for empty). */
AccChange  *acc_change_new                (void);
gint64      acc_change_get_id             (AccChange *self);
gint64      acc_change_get_interaction_id (AccChange *self);
gint64      acc_change_get_at             (AccChange *self);
gint64      acc_change_get_staff_id       (AccChange *self);
const char *acc_change_get_staff_name     (AccChange *self);
const char *acc_change_get_field          (AccChange *self);
const char *acc_change_get_old_value      (AccChange *self);
const char *acc_change_get_new_value      (AccChange *self);

/* For the repository, which builds the history from its rows. */
void        acc_change_set_id             (AccChange  *self,
                                           gint64      id);
void        acc_change_set_interaction_id (AccChange  *self,
                                           gint64      interaction_id);
void        acc_change_set_at             (AccChange  *self,
                                           gint64      at);
void        acc_change_set_staff_id       (AccChange  *self,
                                           gint64      staff_id);
void        acc_change_set_staff_name     (AccChange  *self,
                                           const char *staff_name);
void        acc_change_set_field          (AccChange  *self,
                                           const char *field);
void        acc_change_set_old_value      (AccChange  *self,
                                           const char *old_value);
void        acc_change_set_new_value      (AccChange  *self,
                                           const char *new_value);

G_END_DECLS
