/* SPDX-License-Identifier: GPL-3.0-or-later */
/* crash-writer.c — not a test: the writer process that test-crash.c
 * starts (and kills), writing through its own AccRepository the way
 * the GUI does (one acc_repository_save_interaction() per record, each its
 * own transaction).
 *
 *   crash-writer DATABASE RECIPIENT_ID COUNT TAG
 *
 * Saves COUNT calls (0: until killed); every second one carries a message
 * forwarded to RECIPIENT_ID, saved in the same transaction. After each
 * acknowledged (committed) write it prints "INTERACTION_ID MESSAGE_ID"
 * (MESSAGE_ID 0 when there is none) on a line of its own and flushes it.
 * Any error is printed on stderr and counted; the exit status is 1 when
 * there was one, 0 otherwise.
 */
#include "acc-core.h"

#include <stdio.h>
#include <stdlib.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  gint64 recipient_id;
  guint64 count;
  const char *tag;
  guint n_errors = 0;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s DATABASE RECIPIENT_ID COUNT TAG\n", argv[0]);
      return 2;
    }
  recipient_id = g_ascii_strtoll (argv[2], NULL, 10);
  count = g_ascii_strtoull (argv[3], NULL, 10);
  tag = argv[4];

  repo = acc_repository_open (argv[1], &error);
  if (repo == NULL)
    {
      fprintf (stderr, "open: %s\n", error->message);
      return 1;
    }

  for (guint64 i = 0; count == 0 || i < count; i++)
    {
      g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
      g_autoptr(AccMessage) message = NULL;
      g_autofree char *name = g_strdup_printf ("Appelant %s %" G_GUINT64_FORMAT, tag, i);

      acc_interaction_set_name (call, name);
      acc_interaction_set_reason (call, "Renseignement");
      if (i % 2 == 1)
        {
          acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);
          message = acc_message_new ();
          acc_message_set_recipient_id (message, recipient_id);
          acc_message_set_body (message, "Merci de rappeler, c’est urgent.");
        }
      if (!acc_repository_save_interaction (repo, call, message, &error))
        {
          fprintf (stderr, "save %" G_GUINT64_FORMAT ": %s\n", i, error->message);
          g_clear_error (&error);
          n_errors++;
          continue;
        }
      printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
              acc_interaction_get_id (call),
              message != NULL ? acc_message_get_id (message) : (gint64) 0);
      fflush (stdout);
    }

  return n_errors > 0 ? 1 : 0;
}
