/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli.h — what the commands of accueil-cli share: the global options,
 * the exit codes, usage errors, option parsing and the table writer. */
#pragma once

#include <stdio.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* Exit codes: scripts (a telephony hook, a cron job) tell a usage mistake
 * from a failure. */
typedef enum
{
  ACC_CLI_EXIT_OK = 0,
  ACC_CLI_EXIT_ERROR = 1,
  ACC_CLI_EXIT_USAGE = 2,
} AccCliExit;

/* A mistake in the command line, as opposed to a failure while running it.
 * G_OPTION_ERROR counts as one too. */
#define ACC_CLI_USAGE_ERROR (acc_cli_usage_error_quark ())
GQuark acc_cli_usage_error_quark (void);

typedef struct
{
  /* --database, before or after the command; NULL for the default. */
  char       *database;
  /* "add call", for help and error messages. */
  const char *command;
} AccCli;

static inline void
acc_cli_clear (AccCli *cli)
{
  g_clear_pointer (&cli->database, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AccCli, acc_cli_clear)

typedef gboolean (*AccCliCommandFunc) (AccCli   *cli,
                                       int       argc,
                                       char    **argv,
                                       GError  **error);

/* acc-cli-options.c */
GOptionContext *acc_cli_option_context_new (AccCli              *cli,
                                            const char          *parameters,
                                            const char          *summary,
                                            const GOptionEntry  *entries);
gboolean        acc_cli_parse_options      (AccCli              *cli,
                                            GOptionContext      *context,
                                            int                 *argc,
                                            char              ***argv,
                                            GError             **error);
AccRepository  *acc_cli_open_repository    (AccCli              *cli,
                                            gboolean             must_exist,
                                            GError             **error);
const char     *acc_cli_database_path      (AccCli              *cli);
gboolean        acc_cli_parse_time         (const char          *option,
                                            const char          *text,
                                            gboolean             end_of_day,
                                            gint64              *time_us,
                                            GError             **error);
gboolean        acc_cli_parse_count        (const char          *option,
                                            const char          *text,
                                            guint               *count,
                                            GError             **error);
gboolean        acc_cli_normalize_phone    (const char          *option,
                                            const char          *text,
                                            char               **e164,
                                            GError             **error);
gboolean        acc_cli_check_email        (const char          *option,
                                            const char          *text,
                                            GError             **error);
gboolean        acc_cli_wants_help         (int                  argc,
                                            char               **argv);
void            acc_cli_usage_error        (GError             **error,
                                            const char          *format,
                                            ...) G_GNUC_PRINTF (2, 3);

/* The commands. */
gboolean acc_cli_run_demo  (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_check (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_add   (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_list  (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_import (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_export (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_export_book (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_stats  (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_procedure (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_purge  (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_person (AccCli *cli, int argc, char **argv, GError **error);
gboolean acc_cli_run_backup (AccCli *cli, int argc, char **argv, GError **error);

/* acc-cli-output.c: one table, written as aligned text, CSV or JSON. */
typedef enum
{
  ACC_CLI_FORMAT_TEXT,
  ACC_CLI_FORMAT_CSV,
  ACC_CLI_FORMAT_JSON,
} AccCliFormat;

typedef struct
{
  const char *key;        /* JSON key and CSV header: stable, snake_case */
  const char *title;      /* the text header, marked with N_() */
  guint       text_width; /* the widest a text column gets; 0: not shown as text */
} AccCliColumn;

typedef struct _AccCliTable AccCliTable;

gboolean     acc_cli_format_from_string (const char          *text,
                                         AccCliFormat        *format);
AccCliTable *acc_cli_table_new          (FILE                *out,
                                         AccCliFormat         format,
                                         const AccCliColumn  *columns,
                                         guint                n_columns);
void         acc_cli_table_add_text     (AccCliTable         *table,
                                         const char          *text);
void         acc_cli_table_add_int      (AccCliTable         *table,
                                         gint64               value);
void         acc_cli_table_add_id       (AccCliTable         *table,
                                         gint64               id);
void         acc_cli_table_add_bool     (AccCliTable         *table,
                                         gboolean             value);
void         acc_cli_table_add_time     (AccCliTable         *table,
                                         gint64               time_us);
void         acc_cli_table_add_phone    (AccCliTable         *table,
                                         const char          *e164);
void         acc_cli_table_add_label    (AccCliTable         *table,
                                         const char          *machine_name,
                                         const char          *label);
void         acc_cli_table_end_row      (AccCliTable         *table);
gboolean     acc_cli_table_finish       (AccCliTable         *table,
                                         GError             **error);
void         acc_cli_table_free         (AccCliTable         *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccCliTable, acc_cli_table_free)

G_END_DECLS
