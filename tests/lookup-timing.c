/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lookup-timing.c — see lookup-timing.h. */
#include "config.h"

#include <time.h>

#include "acc-repository-private.h"
#include "lookup-timing.h"

static const char *const words[] = {
  "Lefèvre", "lefevre", "Hélène", "helene", "Gérard", "gerard", "François", "francois",
  "Noël", "noel", "Moreau", "EHPAD", "Béranger", "N’Diaye",
  "061234", "06 12 34", "+33 6 12", "0247",
};

GPtrArray *
lookup_timing_texts (void)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      const char *end = words[w];

      for (guint n = 1; n <= 6 && *end != '\0'; n++)
        {
          end = g_utf8_next_char (end);
          g_ptr_array_add (texts, g_strndup (words[w], end - words[w]));
        }
    }
  return texts;
}

gint64
lookup_timing_now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
lookup_timing_percentile (GArray *values,
                          double  p)
{
  guint rank;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_double);
  rank = (guint) MAX (1.0, (p / 100.0) * values->len + 0.999999);
  return g_array_index (values, double, MIN (rank, values->len) - 1);
}

struct _LookupTimingQuery
{
  char *text;
  const char *sql;
  char *match;
  char *pattern;
};

LookupTimingQuery *
lookup_timing_query_new (const char *text)
{
  LookupTimingQuery *query = g_new0 (LookupTimingQuery, 1);

  if (!_acc_contact_search_sql (text, &query->sql, &query->match, &query->pattern))
    {
      lookup_timing_query_free (query);
      return NULL;
    }
  query->text = g_strdup (text);
  return query;
}

const char *
lookup_timing_query_text (const LookupTimingQuery *query)
{
  return query->text;
}

void
lookup_timing_query_free (LookupTimingQuery *query)
{
  g_free (query->text);
  g_free (query->match);
  g_free (query->pattern);
  g_free (query);
}

struct _LookupTimingRaw
{
  sqlite3 *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
};

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

LookupTimingRaw *
lookup_timing_raw_open (const char  *path,
                        GError     **error)
{
  LookupTimingRaw *raw = g_new0 (LookupTimingRaw, 1);

  if (sqlite3_open_v2 (path, &raw->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, sqlite3_errmsg (raw->db));
      lookup_timing_raw_close (raw);
      return NULL;
    }
  raw->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  return raw;
}

void
lookup_timing_raw_close (LookupTimingRaw *raw)
{
  g_clear_pointer (&raw->statements, g_hash_table_unref);
  sqlite3_close (raw->db);
  g_free (raw);
}

guint
lookup_timing_raw_run (LookupTimingRaw         *raw,
                       const LookupTimingQuery *query,
                       GArray                  *ids)
{
  static const int text_columns[] = { 1, 2, 3, 4, 5, 7 };
  sqlite3_stmt *stmt = g_hash_table_lookup (raw->statements, query->sql);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v3 (raw->db, query->sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        g_error ("Plain look-up of “%s”: %s", query->text, sqlite3_errmsg (raw->db));
      g_hash_table_insert (raw->statements, (gpointer) query->sql, stmt);
    }
  if (query->match != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), query->match, -1, SQLITE_STATIC);
  else
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":pattern"), query->pattern, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), LOOKUP_TIMING_LIMIT);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":offset"), 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Every column, as the repository's row reader reads them. */
      gint64 id = sqlite3_column_int64 (stmt, 0);
      volatile gint64 sink = id + sqlite3_column_int (stmt, 6)
                             + sqlite3_column_int64 (stmt, 8) + sqlite3_column_int64 (stmt, 9);

      for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
        sink += (sqlite3_column_text (stmt, text_columns[c]) != NULL)
                + sqlite3_column_bytes (stmt, text_columns[c]);
      (void) sink;
      if (ids != NULL)
        g_array_append_val (ids, id);
      n++;
    }
  if (rc != SQLITE_DONE)
    g_error ("Plain look-up of “%s”: %s", query->text, sqlite3_errmsg (raw->db));
  sqlite3_reset (stmt);
  return n;
}
