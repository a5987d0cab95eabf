/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-lookup-speed.c — the reduced benchmark of the contacts look-up in
 * the normal suite (issue 8): on a demo database of 10,000 calls and 1,000
 * contacts (the proportions of the benchmark's million), what the call form
 * looks up as an agent types goes through acc_repository_search_contacts()
 * and, beside it in the same run, the very same SQL straight through the
 * sqlite3 C API (tests/lookup-timing.c). The repository may cost more than
 * plain SQLite — building the query, GObjects for the rows — but not 3
 * times as much: more means a regression (a statement prepared again each
 * time, a scan, a query per row).
 *
 * Not a timed assertion: a ratio of two medians measured side by side, on
 * the same machine at the same moment. Robust to a busy machine: both
 * warmed up first, the two interleaved text by text (the order alternating),
 * each round's total for each side, the median of many rounds compared.
 * The results of both must be the same contacts, in the same order. */
#include "config.h"

#include <glib/gstdio.h>

#include "acc-core.h"
#include "acc-demo.h"
#include "lookup-timing.h"

#define ROUNDS 41
#define WARM_UP_ROUNDS 3
#define MAX_RATIO 3.0

typedef struct
{
  char *dir;
  char *path;
  AccRepository *repository;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* The benchmark's database (100,000 contacts, 1,000,000 calls, 200,000
   * visits, 100,000 messages) a hundredth of it. */
  AccDemoSizes sizes = { 1000, 10000, 2000, 1000 };

  fixture->dir = g_dir_make_tmp ("accueil-lookup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "accueil.db", NULL);
  fixture->repository = acc_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  acc_demo_fill (fixture->repository, &sizes, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->repository);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
test_lookup_speed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LookupTimingRaw) raw = lookup_timing_raw_open (fixture->path, &error);
  g_autoptr(GPtrArray) texts = lookup_timing_texts ();
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func ((GDestroyNotify) lookup_timing_query_free);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) plain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint found_some = 0;
  double ours_median, plain_median;

  g_assert_no_error (error);
  for (guint i = 0; i < texts->len; i++)
    {
      LookupTimingQuery *query = lookup_timing_query_new (g_ptr_array_index (texts, i));

      if (query != NULL)
        g_ptr_array_add (queries, query);
    }
  g_assert_cmpuint (queries->len, >=, 80);

  for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++)
    {
      gint64 ours_ns = 0, plain_ns = 0;

      for (guint q = 0; q < queries->len; q++)
        {
          const LookupTimingQuery *query = g_ptr_array_index (queries, q);
          const char *text = lookup_timing_query_text (query);
          gboolean ours_first = (round + q) % 2 == 0;

          g_array_set_size (ours_ids, 0);
          g_array_set_size (plain_ids, 0);
          for (int pass = 0; pass < 2; pass++)
            {
              gint64 start = lookup_timing_now_ns ();

              if ((pass == 0) == ours_first)
                {
                  g_autoptr(GPtrArray) found = acc_repository_search_contacts (fixture->repository, text,
                                                                               LOOKUP_TIMING_LIMIT, &error);

                  ours_ns += lookup_timing_now_ns () - start;
                  g_assert_no_error (error);
                  for (guint i = 0; i < found->len; i++)
                    {
                      gint64 id = acc_contact_get_id (g_ptr_array_index (found, i));
                      g_array_append_val (ours_ids, id);
                    }
                }
              else
                {
                  lookup_timing_raw_run (raw, query, plain_ids);
                  plain_ns += lookup_timing_now_ns () - start;
                }
            }

          /* The same contacts, in the same order: the same query. */
          g_assert_cmpmem (ours_ids->data, ours_ids->len * sizeof (gint64),
                           plain_ids->data, plain_ids->len * sizeof (gint64));
          if (round == 0 && ours_ids->len > 0)
            found_some++;
        }

      if (round >= 0)
        {
          double ours_ms = ours_ns / 1e6;
          double plain_ms = plain_ns / 1e6;

          g_array_append_val (ours, ours_ms);
          g_array_append_val (plain, plain_ms);
        }
    }

  /* Most texts find someone: the look-ups did real work. */
  g_assert_cmpuint (found_some, >=, queries->len * 3 / 4);

  ours_median = lookup_timing_percentile (ours, 50);
  plain_median = lookup_timing_percentile (plain, 50);
  g_test_message ("%u look-ups a round, median of %d rounds: repository %.2f ms, sqlite3 %.2f ms (%.2f times)",
                  queries->len, ROUNDS, ours_median, plain_median, ours_median / plain_median);
  if (ours_median > MAX_RATIO * plain_median)
    g_test_fail_printf ("The contacts look-up is %.2f times slower than the same SQL through sqlite3 "
                        "(%.2f ms against %.2f ms for %u look-ups, median of %d rounds); at most %.0f times is allowed",
                        ours_median / plain_median, ours_median, plain_median, queries->len, ROUNDS, MAX_RATIO);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/lookup/speed-against-sqlite3", Fixture, NULL,
              fixture_set_up, test_lookup_speed, fixture_tear_down);
  return g_test_run ();
}
