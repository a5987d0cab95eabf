/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "acc-types.h"
#include "acc-change.h"
#include "acc-closure.h"
#include "acc-contact.h"
#include "acc-directory-entry.h"
#include "acc-document.h"
#include "acc-document-review.h"
#include "acc-interaction.h"
#include "acc-message.h"
#include "acc-organisation.h"
#include "acc-schedule.h"
#include "acc-schedule-range.h"
#include "acc-staff-member.h"

G_BEGIN_DECLS

/* The log domain of the warning about a slow database call on the GUI's
 * thread (acc_repository_warn_slow_calls()). */
#define ACC_SLOW_CALL_LOG_DOMAIN "Accueil-Slow"

#define ACC_REPOSITORY_ERROR (acc_repository_error_quark ())

typedef enum
{
  ACC_REPOSITORY_ERROR_FAILED,
  /* The file was written by a newer Accueil: it is left untouched. */
  ACC_REPOSITORY_ERROR_NEWER_SCHEMA,
  /* Not a database, or a damaged one. */
  ACC_REPOSITORY_ERROR_CORRUPT,
  /* Another process held the lock for longer than busy_timeout. */
  ACC_REPOSITORY_ERROR_BUSY,
  ACC_REPOSITORY_ERROR_READ_ONLY,
  ACC_REPOSITORY_ERROR_DISK_FULL,
  ACC_REPOSITORY_ERROR_NOT_FOUND,
  /* The data breaks a rule: a missing required field, a duplicate name… */
  ACC_REPOSITORY_ERROR_INVALID,
  ACC_REPOSITORY_ERROR_CANNOT_OPEN,
} AccRepositoryError;

/* Filters of the calls book and the visits register. Zero means "no bound". */
typedef struct
{
  gint64      from_us;     /* started at or after */
  gint64      to_us;       /* started before */
  int         outcome;     /* -1 for all, else an AccOutcome */
  const char *search;      /* NULL or "" for all; words of the name, organisation,
                            * reason or notes, ignoring case and accents */
} AccInteractionFilter;

#define ACC_INTERACTION_FILTER_INIT { 0, 0, -1, NULL }

typedef enum
{
  ACC_MESSAGE_FILTER_ALL = 0,
  ACC_MESSAGE_FILTER_OPEN = 1,     /* new, read, in progress */
  ACC_MESSAGE_FILTER_CLOSED = 2,   /* done, forwarded */
} AccMessageFilterStatus;

typedef struct
{
  gint64                 recipient_id;  /* 0 for everyone's (the messages book) */
  AccMessageFilterStatus status;
  gint64                 from_us;
  gint64                 to_us;
} AccMessageFilter;

#define ACC_MESSAGE_FILTER_INIT { 0, ACC_MESSAGE_FILTER_ALL, 0, 0 }

typedef gboolean (*AccTransactionFunc) (gpointer   user_data,
                                        GError   **error);

#define ACC_TYPE_REPOSITORY (acc_repository_get_type ())

G_DECLARE_FINAL_TYPE (AccRepository, acc_repository, ACC, REPOSITORY, GObject)

GQuark           acc_repository_error_quark          (void);
char            *acc_repository_default_path         (void);
int              acc_repository_latest_schema_version(void);

AccRepository   *acc_repository_open                 (const char            *path,
                                                      GError               **error);
const char      *acc_repository_get_path             (AccRepository         *self);
int              acc_repository_get_schema_version   (AccRepository         *self);
const char      *acc_repository_get_backup_path      (AccRepository         *self);

void             acc_repository_watch                (AccRepository         *self,
                                                      guint                  interval_ms);
gboolean         acc_repository_check_for_changes    (AccRepository         *self);
void             acc_repository_warn_slow_calls      (guint                  threshold_ms);
gboolean         acc_repository_run_in_transaction   (AccRepository         *self,
                                                      AccChangeFlags         touches,
                                                      AccTransactionFunc     func,
                                                      gpointer               user_data,
                                                      GError               **error);
gboolean         acc_repository_check                (AccRepository         *self,
                                                      GStrv                 *problems,
                                                      GError               **error);
gboolean         acc_repository_needs_setup          (AccRepository         *self);

/* Organisation settings */
AccOrganisation *acc_repository_load_organisation    (AccRepository         *self,
                                                      GError               **error);
gboolean         acc_repository_save_organisation    (AccRepository         *self,
                                                      AccOrganisation       *organisation,
                                                      GError               **error);

/* Staff */
GListModel      *acc_repository_list_staff           (AccRepository         *self,
                                                      gboolean               active_only,
                                                      GError               **error);
AccStaffMember  *acc_repository_get_staff            (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
AccStaffMember  *acc_repository_find_staff_by_name   (AccRepository         *self,
                                                      const char            *name,
                                                      GError               **error);
gboolean         acc_repository_save_staff           (AccRepository         *self,
                                                      AccStaffMember        *member,
                                                      GError               **error);

/* Contacts */
gboolean         acc_repository_save_contact         (AccRepository         *self,
                                                      AccContact            *contact,
                                                      GError               **error);
AccContact      *acc_repository_get_contact          (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
GPtrArray       *acc_repository_search_contacts      (AccRepository         *self,
                                                      const char            *text,
                                                      guint                  limit,
                                                      GError               **error);
void             acc_repository_search_contacts_async (AccRepository        *self,
                                                      const char            *text,
                                                      guint                  limit,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
GPtrArray       *acc_repository_search_contacts_finish (AccRepository       *self,
                                                      GAsyncResult          *result,
                                                      GError               **error);
GListModel      *acc_repository_list_contacts        (AccRepository         *self,
                                                      const char            *search);
gboolean         acc_repository_delete_contact       (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_merge_contacts       (AccRepository         *self,
                                                      gint64                 keep_id,
                                                      gint64                 merge_id,
                                                      GError               **error);
GPtrArray       *acc_repository_list_contact_messages (AccRepository        *self,
                                                      gint64                 contact_id,
                                                      guint                  limit,
                                                      GError               **error);

/* Calls and visits */
gboolean         acc_repository_save_interaction     (AccRepository         *self,
                                                      AccInteraction        *interaction,
                                                      AccMessage            *message,
                                                      GError               **error);
AccInteraction  *acc_repository_get_interaction      (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
GListModel      *acc_repository_list_interactions    (AccRepository         *self,
                                                      AccChannel             channel,
                                                      const AccInteractionFilter *filter);

GPtrArray       *acc_repository_list_contact_interactions (AccRepository    *self,
                                                      gint64                 contact_id,
                                                      guint                  limit,
                                                      GError               **error);
gboolean         acc_repository_correct_interaction  (AccRepository         *self,
                                                      AccInteraction        *interaction,
                                                      gint64                 by_staff_id,
                                                      GError               **error);
GListModel      *acc_repository_list_interaction_changes (AccRepository     *self,
                                                      gint64                 interaction_id,
                                                      GError               **error);

/* The desk's log: answering machine and voicemail */
gboolean         acc_repository_record_answering_machine (AccRepository     *self,
                                                      gboolean               switched_on,
                                                      gint64                 boundary_us,
                                                      gint64                 staff_id,
                                                      GError               **error);
gboolean         acc_repository_answering_machine_confirmed (AccRepository  *self,
                                                      gboolean               switched_on,
                                                      gint64                 boundary_us,
                                                      gboolean              *confirmed,
                                                      GError               **error);
gboolean         acc_repository_save_voicemail_check (AccRepository         *self,
                                                      gint64                 staff_id,
                                                      guint                  n_messages,
                                                      GPtrArray             *messages,
                                                      GError               **error);
gboolean         acc_repository_get_last_voicemail_check (AccRepository     *self,
                                                      gint64                *at_us,
                                                      GError               **error);
/* The same, at a given time rather than now: for imports and demo data. */
gboolean         acc_repository_record_answering_machine_at (AccRepository  *self,
                                                      gboolean               switched_on,
                                                      gint64                 boundary_us,
                                                      gint64                 staff_id,
                                                      gint64                 at_us,
                                                      GError               **error);
gboolean         acc_repository_save_voicemail_check_at (AccRepository      *self,
                                                      gint64                 staff_id,
                                                      guint                  n_messages,
                                                      GPtrArray             *messages,
                                                      gint64                 at_us,
                                                      GError               **error);

/* Messages */
gboolean         acc_repository_save_message         (AccRepository         *self,
                                                      AccMessage            *message,
                                                      GError               **error);
AccMessage      *acc_repository_get_message          (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_set_message_status   (AccRepository         *self,
                                                      AccMessage            *message,
                                                      AccMessageStatus       status,
                                                      gint64                 by_staff_id,
                                                      const char            *note,
                                                      gint64                 forward_to_id,
                                                      GError               **error);
gboolean         acc_repository_set_message_status_at (AccRepository        *self,
                                                      AccMessage            *message,
                                                      AccMessageStatus       status,
                                                      gint64                 by_staff_id,
                                                      const char            *note,
                                                      gint64                 forward_to_id,
                                                      gint64                 at_us,
                                                      GError               **error);
guint            acc_repository_count_unread_messages(AccRepository         *self,
                                                      gint64                 recipient_id,
                                                      GError               **error);
GListModel      *acc_repository_list_messages        (AccRepository         *self,
                                                      const AccMessageFilter *filter);

/* Directory of local services, documents, schedules, reasons */
gboolean         acc_repository_save_directory_entry (AccRepository         *self,
                                                      AccDirectoryEntry     *entry,
                                                      GError               **error);
GListModel      *acc_repository_list_directory       (AccRepository         *self,
                                                      GError               **error);
gboolean         acc_repository_delete_directory_entry (AccRepository       *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_save_document        (AccRepository         *self,
                                                      AccDocument           *document,
                                                      GError               **error);
GListModel      *acc_repository_list_documents       (AccRepository         *self,
                                                      GError               **error);
AccDocument     *acc_repository_get_document         (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_mark_document_reviewed (AccRepository       *self,
                                                      AccDocument           *document,
                                                      gint64                 staff_id,
                                                      GError               **error);
GListModel      *acc_repository_list_document_reviews (AccRepository        *self,
                                                      gint64                 document_id,
                                                      GError               **error);
gboolean         acc_repository_save_schedule_range  (AccRepository         *self,
                                                      AccScheduleRange      *range,
                                                      GError               **error);
AccSchedule     *acc_repository_load_schedule        (AccRepository         *self,
                                                      AccScheduleKind        kind,
                                                      GError               **error);
GListModel      *acc_repository_list_schedule        (AccRepository         *self,
                                                      AccScheduleKind        kind,
                                                      GError               **error);
gboolean         acc_repository_delete_schedule_range (AccRepository        *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_save_closure         (AccRepository         *self,
                                                      AccClosure            *closure,
                                                      GError               **error);
GListModel      *acc_repository_list_closures        (AccRepository         *self,
                                                      GError               **error);
gboolean         acc_repository_delete_closure       (AccRepository         *self,
                                                      gint64                 id,
                                                      GError               **error);
gboolean         acc_repository_add_reason           (AccRepository         *self,
                                                      const char            *label,
                                                      GError               **error);
GStrv            acc_repository_list_reasons         (AccRepository         *self,
                                                      GError               **error);
gboolean         acc_repository_remove_reason        (AccRepository         *self,
                                                      const char            *label,
                                                      GError               **error);
gboolean         acc_repository_move_reason          (AccRepository         *self,
                                                      const char            *label,
                                                      guint                  position,
                                                      GError               **error);

/* The inbox (acc-repository-inbox.c): a person's messages and those of the
 * people they stand in for, each message's history, arrivals and due times. */
GListModel      *acc_repository_list_message_events  (AccRepository         *self,
                                                      gint64                 message_id,
                                                      GError               **error);
GListModel      *acc_repository_list_inbox           (AccRepository         *self,
                                                      const gint64          *recipient_ids,
                                                      guint                  n_recipient_ids,
                                                      AccMessageFilterStatus status,
                                                      gint64                 now_us);
guint            acc_repository_count_unread_in_inbox (AccRepository        *self,
                                                      const gint64          *recipient_ids,
                                                      guint                  n_recipient_ids,
                                                      GError               **error);
gboolean         acc_repository_get_last_message_id  (AccRepository         *self,
                                                      gint64                *last_id,
                                                      GError               **error);
GListModel      *acc_repository_list_new_messages    (AccRepository         *self,
                                                      const gint64          *recipient_ids,
                                                      guint                  n_recipient_ids,
                                                      gint64                 after_id,
                                                      GError               **error);
gboolean         acc_repository_get_next_message_due (AccRepository         *self,
                                                      const gint64          *recipient_ids,
                                                      guint                  n_recipient_ids,
                                                      gint64                 taken_by_id,
                                                      gint64                 after_us,
                                                      gint64                *due_at,
                                                      GError               **error);
GListModel      *acc_repository_list_messages_fallen_due (AccRepository     *self,
                                                      gint64                 taken_by_id,
                                                      gint64                 from_us,
                                                      gint64                 until_us,
                                                      GError               **error);
GListModel      *acc_repository_search_messages      (AccRepository         *self,
                                                      const AccMessageFilter *filter,
                                                      const char            *search);

/* Forms in progress: acc-repository-drafts.c */
typedef enum
{
  ACC_DRAFT_CALL = 0,
  ACC_DRAFT_VISIT = 1,
  ACC_DRAFT_MESSAGE = 2,
} AccDraftKind;

gboolean         acc_repository_save_draft           (AccRepository         *self,
                                                      AccDraftKind           kind,
                                                      gint64                 owner_id,
                                                      GVariant              *fields,
                                                      GError               **error);
GVariant        *acc_repository_load_draft           (AccRepository         *self,
                                                      AccDraftKind           kind,
                                                      gint64                 owner_id,
                                                      gint64                *updated_at,
                                                      GError               **error);
gboolean         acc_repository_discard_draft        (AccRepository         *self,
                                                      AccDraftKind           kind,
                                                      gint64                 owner_id,
                                                      GError               **error);

/* Personal data (RGPD): acc-repository-privacy.c */
typedef enum
{
  ACC_PRIVACY_PURGE = 0,
  ACC_PRIVACY_EXPORT = 1,
  ACC_PRIVACY_ERASE = 2,
} AccPrivacyAction;

typedef struct
{
  guint calls;      /* calls anonymised */
  guint visits;     /* visits anonymised */
  guint messages;   /* messages anonymised */
  guint contacts;   /* prospects deleted from the contacts file */
} AccPurgeCounts;

gboolean         acc_repository_purge_preview        (AccRepository         *self,
                                                      guint                  older_than_months,
                                                      AccPurgeCounts        *counts,
                                                      GError               **error);
gboolean         acc_repository_purge                (AccRepository         *self,
                                                      guint                  older_than_months,
                                                      AccPurgeCounts        *counts,
                                                      GError               **error);
void             acc_repository_purge_preview_async  (AccRepository         *self,
                                                      guint                  older_than_months,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
gboolean         acc_repository_purge_preview_finish (AccRepository         *self,
                                                      GAsyncResult          *result,
                                                      AccPurgeCounts        *counts,
                                                      GError               **error);
void             acc_repository_purge_async          (AccRepository         *self,
                                                      guint                  older_than_months,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
gboolean         acc_repository_purge_finish         (AccRepository         *self,
                                                      GAsyncResult          *result,
                                                      AccPurgeCounts        *counts,
                                                      GError               **error);
char            *acc_repository_export_person        (AccRepository         *self,
                                                      gint64                 contact_id,
                                                      GError               **error);
gboolean         acc_repository_export_person_to_file (AccRepository        *self,
                                                      gint64                 contact_id,
                                                      const char            *path,
                                                      GError               **error);
gboolean         acc_repository_erase_person         (AccRepository         *self,
                                                      gint64                 contact_id,
                                                      guint                 *n_rows,
                                                      GError               **error);
int              acc_repository_count_privacy_log    (AccRepository         *self,
                                                      int                    action,
                                                      GError               **error);

/* The texts of the procedure document, "procedure.<key>" in the settings. */
char            *acc_repository_get_procedure_text   (AccRepository         *self,
                                                      const char            *key,
                                                      GError               **error);
gboolean         acc_repository_set_procedure_text   (AccRepository         *self,
                                                      const char            *key,
                                                      const char            *text,
                                                      GError               **error);

G_END_DECLS
