/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lookup-timing.h — the contacts look-up timed beside plain SQLite, shared
 * by the benchmark (tests/bench/bench-scale.c) and the regression test
 * (tests/test-lookup-speed.c): what is typed, and the same SQL as the
 * repository's run straight through the sqlite3 C API. */
#pragma once

#include <sqlite3.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* As many contacts as the call form asks for (acc-interaction-form-contacts.c). */
#define LOOKUP_TIMING_LIMIT 8

/* What an agent types, one character more at a time (1 to 6): names with
 * and without their accents, organisations, phone digits written in
 * several ways. Strings, free with g_ptr_array_unref(). */
GPtrArray *lookup_timing_texts   (void);

/* Monotonic nanoseconds. */
gint64     lookup_timing_now_ns  (void);

/* The @p-th percentile (nearest rank) of @values (double), which it
 * sorts; 50 is the median. 0 when empty. */
double     lookup_timing_percentile (GArray *values,
                                     double  p);

/* A look-up ready to run through plain SQLite: the repository's statement
 * and values for @text (_acc_contact_search_sql()), worked out once,
 * outside the time measured. NULL when @text asks for nothing. */
typedef struct _LookupTimingQuery LookupTimingQuery;

LookupTimingQuery *lookup_timing_query_new  (const char        *text);
const char        *lookup_timing_query_text (const LookupTimingQuery *query);
void               lookup_timing_query_free (LookupTimingQuery *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LookupTimingQuery, lookup_timing_query_free)

/* A connection of its own, with its prepared statements kept as the
 * repository keeps its own. */
typedef struct _LookupTimingRaw LookupTimingRaw;

LookupTimingRaw *lookup_timing_raw_open  (const char        *path,
                                          GError           **error);
void             lookup_timing_raw_close (LookupTimingRaw   *raw);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LookupTimingRaw, lookup_timing_raw_close)

/* Runs @query with LOOKUP_TIMING_LIMIT, reading every column as
 * _acc_contact_from_row() does; the ids found are appended to @ids
 * (gint64) unless it is NULL. Returns the number of rows. */
guint            lookup_timing_raw_run   (LookupTimingRaw         *raw,
                                          const LookupTimingQuery *query,
                                          GArray                  *ids);

G_END_DECLS
