/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-crash.c — a writer process (crash-writer, from ACCUEIL_WRITER_BIN)
 * saving calls and messages is killed with SIGKILL at random moments, 100
 * times on the same database file. Afterwards SQLite's integrity check and
 * the full-text indexes' checks (acc_repository_check()) are clean, and
 * every write the writer acknowledged (printed after its commit) is there.
 */
#include "acc-core.h"

#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define N_KILLS 100
#define SEED 20261127

static void
remove_folder (const char *folder)
{
  GDir *dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (folder);
}

/* Reads what is available on @fd into @buffer until @deadline (monotonic
 * µs), or until end of file when @deadline is 0. */
static void
read_until (int      fd,
            GString *buffer,
            gint64   deadline)
{
  char chunk[4096];

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      int timeout = -1;
      ssize_t n;

      if (deadline != 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return;
          timeout = (int) ((left + 999) / 1000);
        }
      if (poll (&pfd, 1, timeout) <= 0)
        continue;
      n = read (fd, chunk, sizeof chunk);
      if (n < 0)
        continue;
      if (n == 0)
        return;
      g_string_append_len (buffer, chunk, n);
    }
}

/* Only whole lines count: one cut short was not acknowledged. */
static void
collect_ids (const char *out,
             GArray     *interaction_ids,
             GArray     *message_ids)
{
  const char *end = strrchr (out, '\n');
  g_autofree char *whole = end != NULL ? g_strndup (out, end - out) : g_strdup ("");
  g_auto(GStrv) lines = g_strsplit (whole, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gint64 interaction_id = 0, message_id = -1;

      if (*lines[i] == '\0')
        continue;
      g_assert_cmpint (sscanf (lines[i], "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                               &interaction_id, &message_id), ==, 2);
      g_assert_cmpint (interaction_id, >, 0);
      g_array_append_val (interaction_ids, interaction_id);
      if (message_id > 0)
        g_array_append_val (message_ids, message_id);
    }
}

static void
test_kill_writer (void)
{
  const char *writer = g_getenv ("ACCUEIL_WRITER_BIN");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *database = NULL;
  g_autofree char *recipient = NULL;
  g_autoptr(GArray) interaction_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) message_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) problems = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  gint64 started;

  if (writer == NULL)
    {
      g_test_skip ("ACCUEIL_WRITER_BIN is not set");
      return;
    }
  folder = g_dir_make_tmp ("accueil-crash-XXXXXX", &error);
  g_assert_no_error (error);
  database = g_build_filename (folder, "test.db", NULL);

  /* The file is created (and migrated) before the first writer starts. */
  {
    g_autoptr(AccRepository) repo = acc_repository_open (database, &error);
    g_autoptr(AccStaffMember) member = acc_staff_member_new ("Véronique Martin", ACC_ROLE_SUPERVISOR);

    g_assert_no_error (error);
    g_assert_true (acc_repository_save_staff (repo, member, &error));
    g_assert_no_error (error);
    recipient = g_strdup_printf ("%" G_GINT64_FORMAT, acc_staff_member_get_id (member));
  }

  started = g_get_monotonic_time ();
  for (int round = 0; round < N_KILLS; round++)
    {
      g_autofree char *tag = g_strdup_printf ("r%d", round);
      const char *argv[] = { writer, database, recipient, "0", tag, NULL };
      g_autoptr(GString) out = g_string_new (NULL);
      guint delay_ms = g_rand_int_range (rand, 5, 201);
      GPid pid;
      int fd;
      int status = 0;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                               NULL, NULL, &pid, NULL, &fd, NULL, &error));
      g_assert_no_error (error);

      read_until (fd, out, g_get_monotonic_time () + delay_ms * G_TIME_SPAN_MILLISECOND);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      /* What it printed before it died: the rest of the pipe. */
      read_until (fd, out, 0);
      close (fd);

      /* Killed, not dead of an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      collect_ids (out->str, interaction_ids, message_ids);
    }
  g_test_message ("%d kills in %.1f s: %u calls and %u messages acknowledged",
                  N_KILLS, (g_get_monotonic_time () - started) / 1e6,
                  interaction_ids->len, message_ids->len);
  /* Some rounds die before their first save; most do not. */
  g_assert_cmpuint (interaction_ids->len, >, 0);
  g_assert_cmpuint (message_ids->len, >, 0);

  {
    g_autoptr(AccRepository) repo = acc_repository_open (database, &error);

    g_assert_no_error (error);
    g_assert_true (acc_repository_check (repo, &problems, &error));
    g_assert_no_error (error);
    if (problems != NULL)
      for (guint i = 0; problems[i] != NULL; i++)
        g_test_message ("problem: %s", problems[i]);
    g_assert_cmpuint (problems != NULL ? g_strv_length (problems) : 0, ==, 0);

    for (guint i = 0; i < interaction_ids->len; i++)
      {
        gint64 id = g_array_index (interaction_ids, gint64, i);
        g_autoptr(AccInteraction) interaction = acc_repository_get_interaction (repo, id, &error);

        g_assert_no_error (error);
        g_assert_nonnull (interaction);
        g_assert_cmpint (acc_interaction_get_id (interaction), ==, id);
      }
    for (guint i = 0; i < message_ids->len; i++)
      {
        gint64 id = g_array_index (message_ids, gint64, i);
        g_autoptr(AccMessage) message = acc_repository_get_message (repo, id, &error);

        g_assert_no_error (error);
        g_assert_nonnull (message);
        g_assert_cmpint (acc_message_get_id (message), ==, id);
      }
  }

  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-writer", test_kill_writer);
  return g_test_run ();
}
