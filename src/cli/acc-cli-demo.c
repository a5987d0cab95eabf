/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-demo.c — `accueil-cli demo`: a fictional French home-help agency,
 * small by default, large on demand (a million calls in minutes), to try the
 * application or measure it. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <unistd.h>

#include "acc-cli.h"
#include "acc-demo.h"

/* Below this many rows the demo takes a second or less: no progress. */
#define PROGRESS_THRESHOLD 20000

/* Ctrl+C stops between two batches: what was committed stays, consistent. */
static volatile sig_atomic_t interrupted = 0;

static void
on_interrupt (int signal_number)
{
  interrupted = 1;
}

typedef struct
{
  GCancellable *cancellable;
  gboolean      show;
  int           last_percent;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;
  int percent = (int) (fraction * 100.0);

  if (interrupted)
    g_cancellable_cancel (progress->cancellable);

  if (!progress->show || percent == progress->last_percent)
    return;
  progress->last_percent = percent;
  /* The line is rewritten in place. */
  g_printerr ("\r");
  g_printerr (_("Creating demo data… %d %%"), percent);
}

gboolean
acc_cli_run_demo (AccCli   *cli,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contacts = NULL;
  g_autofree char *calls = NULL;
  g_autofree char *visits = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *seed_text = NULL;
  AccDemoSizes sizes = ACC_DEMO_SIZES_DEFAULT;
  guint seed = 1;
  Progress progress = { cancellable, FALSE, -1 };
  struct sigaction action = { 0 };
  struct sigaction old_action;
  guint64 total;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "contacts", 0, 0, G_OPTION_ARG_STRING, &contacts, N_("How many contacts to add (default: 60)"), N_("N") },
    { "calls", 0, 0, G_OPTION_ARG_STRING, &calls, N_("How many calls to add (default: 200)"), N_("N") },
    { "visits", 0, 0, G_OPTION_ARG_STRING, &visits, N_("How many visits to add (default: 80)"), N_("N") },
    { "messages", 0, 0, G_OPTION_ARG_STRING, &messages, N_("How many messages to add (default: 40)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("The same seed gives the same data (default: 1)"), N_("N") },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL,
                                        _("Fills the database with a fictional French home-help agency: its "
                                          "staff, hours, directory of local services and documents, then "
                                          "contacts, calls and visits over the past six months, and messages "
                                          "in every status. Staff already in the database are reused; the "
                                          "rest is added to what is there."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if ((contacts != NULL && !acc_cli_parse_count ("--contacts", contacts, &sizes.contacts, error))
      || (calls != NULL && !acc_cli_parse_count ("--calls", calls, &sizes.calls, error))
      || (visits != NULL && !acc_cli_parse_count ("--visits", visits, &sizes.visits, error))
      || (messages != NULL && !acc_cli_parse_count ("--messages", messages, &sizes.messages, error))
      || (seed_text != NULL && !acc_cli_parse_count ("--seed", seed_text, &seed, error)))
    return FALSE;

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  total = (guint64) sizes.contacts + sizes.calls + sizes.visits + sizes.messages;
  progress.show = total >= PROGRESS_THRESHOLD && isatty (STDERR_FILENO);

  action.sa_handler = on_interrupt;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, &old_action);

  ok = acc_demo_fill (repository, &sizes, seed, on_progress, &progress, cancellable, &local_error);

  sigaction (SIGINT, &old_action, NULL);
  if (progress.show)
    g_printerr ("\n");

  if (ok)
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                 _("Stopped: the demo data written so far is kept."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
