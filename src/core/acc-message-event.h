/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_MESSAGE_EVENT (acc_message_event_get_type ())

G_DECLARE_FINAL_TYPE (AccMessageEvent, acc_message_event, ACC, MESSAGE_EVENT, GObject)

/* One step in a message's history: who moved it to which status, when, with
 * what note, and to whom it was forwarded. Read from the message_events
 * table; never changed once written. Properties: id, message-id, at (int64
 * µs UTC), staff-id, staff-name, status (AccMessageStatus), note,
 * forwarded-to-id, forwarded-to-name (0 and NULL when not set). */
gint64           acc_message_event_get_id                (AccMessageEvent *self);
gint64           acc_message_event_get_message_id        (AccMessageEvent *self);
gint64           acc_message_event_get_at                (AccMessageEvent *self);
gint64           acc_message_event_get_staff_id          (AccMessageEvent *self);
const char      *acc_message_event_get_staff_name        (AccMessageEvent *self);
AccMessageStatus acc_message_event_get_status            (AccMessageEvent *self);
const char      *acc_message_event_get_note              (AccMessageEvent *self);
gint64           acc_message_event_get_forwarded_to_id   (AccMessageEvent *self);
const char      *acc_message_event_get_forwarded_to_name (AccMessageEvent *self);

G_END_DECLS
