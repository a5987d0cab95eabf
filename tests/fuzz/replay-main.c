/* SPDX-License-Identifier: GPL-3.0-or-later */
/* replay-main.c — a fuzz target without libFuzzer: every file of the
 * directories (or the files) given on the command line is fed once to
 * LLVMFuzzerTestOneInput. Built with the normal compiler, it replays the seed
 * corpus of tests/fuzz/corpus/<target>/ as an ordinary test. */

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  g_print ("replaying %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  /* An exact copy, so that reading past the end is caught by the
   * sanitizers when they are on. */
  {
    g_autofree uint8_t *copy = g_memdup2 (contents, length);
    LLVMFuzzerTestOneInput (copy, length);
  }
  return TRUE;
}

int
main (int argc, char **argv)
{
  guint n_inputs = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s DIRECTORY|FILE...\n", argv[0]);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          const char *name;

          if (dir == NULL)
            {
              g_printerr ("%s\n", error->message);
              return EXIT_FAILURE;
            }
          while ((name = g_dir_read_name (dir)) != NULL)
            g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
          /* The same order on every run. */
          g_ptr_array_sort (names, compare_paths);
          for (guint j = 0; j < names->len; j++)
            {
              if (!replay_file (names->pdata[j]))
                return EXIT_FAILURE;
              n_inputs++;
            }
        }
      else
        {
          if (!replay_file (argv[i]))
            return EXIT_FAILURE;
          n_inputs++;
        }
    }

  if (n_inputs == 0)
    {
      g_printerr ("no input to replay\n");
      return EXIT_FAILURE;
    }
  g_print ("%u inputs replayed\n", n_inputs);
  return EXIT_SUCCESS;
}
