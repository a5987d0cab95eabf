/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-backup.h — copies of the database through SQLite's online
 * backup API: one-off copies (accueil-cli backup), the automatic daily copies
 * and their retention, checking a copy, restoring one, and telling what is
 * wrong with a file that does not open (acc-repository-backup.c). */
#pragma once

#include "acc-repository.h"

G_BEGIN_DECLS

/* How many copies the automatic backups keep: the newest of each of the 7
 * most recent days that have one, then the newest of each of the 4 weeks
 * before those. */
#define ACC_BACKUP_KEEP_DAILY 7
#define ACC_BACKUP_KEEP_WEEKLY 4

/* What is wrong with a database that does not open, one plain sentence each
 * (acc_open_problem_describe()). */
typedef enum
{
  ACC_OPEN_PROBLEM_CANNOT_OPEN,
  ACC_OPEN_PROBLEM_NOT_A_DATABASE,
  ACC_OPEN_PROBLEM_DAMAGED,
  ACC_OPEN_PROBLEM_NEWER_VERSION,
  ACC_OPEN_PROBLEM_READ_ONLY,
  ACC_OPEN_PROBLEM_DISK_FULL,
} AccOpenProblem;

/* @fraction: from 0 to 1, on the caller's thread (the _async variants: on
 * the caller's thread-default main context). */
typedef void (*AccBackupProgressFunc) (double   fraction,
                                       gpointer user_data);

/* One copy in the backups folder. */
typedef struct
{
  char  *path;
  GDate  date;
} AccBackupInfo;

void            acc_backup_info_free               (AccBackupInfo          *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccBackupInfo, acc_backup_info_free)

gboolean        acc_backup_copy_file               (const char             *source_path,
                                                    const char             *destination_path,
                                                    gboolean                overwrite,
                                                    GCancellable           *cancellable,
                                                    AccBackupProgressFunc   progress,
                                                    gpointer                progress_data,
                                                    GError                **error);
void            acc_repository_backup_async        (AccRepository          *self,
                                                    const char             *destination_path,
                                                    gboolean                overwrite,
                                                    GCancellable           *cancellable,
                                                    AccBackupProgressFunc   progress,
                                                    gpointer                progress_data,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean        acc_repository_backup_finish       (AccRepository          *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);

gboolean        acc_backup_check_file              (const char             *path,
                                                    GError                **error);

/* The automatic daily copies */
char           *acc_backup_folder_for              (const char             *database_path);
void            acc_backup_select_kept             (const GDate            *dates,
                                                    guint                   n_dates,
                                                    gboolean               *keep);
GPtrArray      *acc_backup_list                    (const char             *database_path);
AccBackupInfo  *acc_backup_find_latest_sound       (const char             *database_path);
gboolean        acc_backup_take_daily              (const char             *database_path,
                                                    GDateTime              *now,
                                                    char                  **taken_path,
                                                    GCancellable           *cancellable,
                                                    GError                **error);
void            acc_repository_backup_daily_async  (AccRepository          *self,
                                                    GCancellable           *cancellable,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean        acc_repository_backup_daily_finish (AccRepository          *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);

/* Restoring */
gboolean        acc_backup_replace_damaged         (const char             *backup_path,
                                                    const char             *database_path,
                                                    char                  **moved_aside,
                                                    GError                **error);
void            acc_repository_restore_async       (AccRepository          *self,
                                                    const char             *backup_path,
                                                    GCancellable           *cancellable,
                                                    AccBackupProgressFunc   progress,
                                                    gpointer                progress_data,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
char           *acc_repository_restore_finish      (AccRepository          *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);
char           *acc_repository_restore             (AccRepository          *self,
                                                    const char             *backup_path,
                                                    GCancellable           *cancellable,
                                                    GError                **error);

/* Files that do not open */
AccOpenProblem  acc_open_problem_from_error        (const char             *path,
                                                    const GError           *error);
const char     *acc_open_problem_describe          (AccOpenProblem          problem);

G_END_DECLS
