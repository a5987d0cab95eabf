/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-types.h — the enums shared by the core, the GUI and the CLI.
 *
 * Every value of these enums is stored as an integer in the database: a value
 * never changes meaning, and new values are appended at the end.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ACC_ROLE_RECEPTION = 0,
  ACC_ROLE_SUPERVISOR = 1,
  ACC_ROLE_MANAGER = 2,
} AccRole;

/* Calls and visits are one kind of row, an interaction, seen on one channel. */
typedef enum
{
  ACC_CHANNEL_PHONE = 0,
  ACC_CHANNEL_VISIT = 1,
} AccChannel;

typedef enum
{
  ACC_OUTCOME_ANSWERED = 0,
  ACC_OUTCOME_TRANSFERRED = 1,
  ACC_OUTCOME_ORIENTED = 2,
  ACC_OUTCOME_MESSAGE = 3,
} AccOutcome;

typedef enum
{
  ACC_MESSAGE_SOURCE_CALL = 0,
  ACC_MESSAGE_SOURCE_VOICEMAIL = 1,
  ACC_MESSAGE_SOURCE_VISIT = 2,
} AccMessageSource;

typedef enum
{
  ACC_MESSAGE_STATUS_NEW = 0,
  ACC_MESSAGE_STATUS_READ = 1,
  ACC_MESSAGE_STATUS_IN_PROGRESS = 2,
  ACC_MESSAGE_STATUS_DONE = 3,
  ACC_MESSAGE_STATUS_FORWARDED = 4,
} AccMessageStatus;

typedef enum
{
  ACC_CONTACT_KIND_CLIENT = 0,
  ACC_CONTACT_KIND_PROSPECT = 1,
  ACC_CONTACT_KIND_PARTNER = 2,
  ACC_CONTACT_KIND_OTHER = 3,
} AccContactKind;

typedef enum
{
  ACC_SCHEDULE_PHONE_SLOT = 0,
  ACC_SCHEDULE_OPENING_HOURS = 1,
} AccScheduleKind;

typedef enum
{
  ACC_CLOSURE_PUBLIC_HOLIDAY = 0,
  ACC_CLOSURE_EXCEPTIONAL = 1,
} AccClosureKind;

typedef enum
{
  ACC_DOCUMENT_BROCHURE = 0,
  ACC_DOCUMENT_PRICE_LIST = 1,
  ACC_DOCUMENT_TAX_ADVANTAGE_SHEET = 2,
  ACC_DOCUMENT_WELCOME_BOOKLET = 3,
  ACC_DOCUMENT_OPENING_HOURS_POSTER = 4,
  ACC_DOCUMENT_OUTSIDE_SIGN = 5,
} AccDocumentKind;

/* The steps of the phone procedure the agent ticks in the call form, stored
 * as a bit mask in the interaction's checklist. */
typedef enum /*< flags >*/
{
  ACC_CALL_STEP_GREETED = 1 << 0,
  ACC_CALL_STEP_REASON_ASKED = 1 << 1,
  ACC_CALL_STEP_NAME_ASKED = 1 << 2,
  ACC_CALL_STEP_ORGANISATION_PRESENTED = 1 << 3,
} AccCallStep;

#define ACC_CALL_STEPS_ALL (ACC_CALL_STEP_GREETED | ACC_CALL_STEP_REASON_ASKED \
                            | ACC_CALL_STEP_NAME_ASKED | ACC_CALL_STEP_ORGANISATION_PRESENTED)

/* The steps of the in-person procedure ticked in the visit form. */
typedef enum /*< flags >*/
{
  ACC_VISIT_STEP_INTRODUCED = 1 << 0,
  ACC_VISIT_STEP_REASON_ASKED = 1 << 1,
  ACC_VISIT_STEP_INFORMED = 1 << 2,
  ACC_VISIT_STEP_SUPERVISOR_CALLED = 1 << 3,
  ACC_VISIT_STEP_ORIENTED = 1 << 4,
} AccVisitStep;

/* Which parts of the database a change touched; a change made by another
 * process cannot be told apart and is reported as ACC_CHANGE_ALL. */
typedef enum /*< flags >*/
{
  ACC_CHANGE_SETTINGS = 1 << 0,
  ACC_CHANGE_STAFF = 1 << 1,
  ACC_CHANGE_CONTACTS = 1 << 2,
  ACC_CHANGE_INTERACTIONS = 1 << 3,
  ACC_CHANGE_MESSAGES = 1 << 4,
  ACC_CHANGE_DIRECTORY = 1 << 5,
  ACC_CHANGE_DOCUMENTS = 1 << 6,
  ACC_CHANGE_SCHEDULE = 1 << 7,
  /* Answering-machine confirmations and voicemail checks. */
  ACC_CHANGE_DESK_LOG = 1 << 8,
  ACC_CHANGE_ALL = 0x1ff,
} AccChangeFlags;

const char *acc_role_to_string            (AccRole           role);
gboolean    acc_role_from_string          (const char       *text,
                                           AccRole          *role);
const char *acc_outcome_to_string         (AccOutcome        outcome);
gboolean    acc_outcome_from_string       (const char       *text,
                                           AccOutcome       *outcome);
const char *acc_message_source_to_string  (AccMessageSource  source);
gboolean    acc_message_source_from_string(const char       *text,
                                           AccMessageSource *source);
const char *acc_message_status_to_string  (AccMessageStatus  status);
const char *acc_contact_kind_to_string    (AccContactKind    kind);

G_END_DECLS
