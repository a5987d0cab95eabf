/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-books-export.h — the rows of the calls book, the visits register and
 * the messages book for a period, as the exports write them: French words
 * and local dates, a string per column. See acc-repository-books-export.c;
 * the CSV and PDF writers are in src/report/acc-export-books.c. */
#pragma once

#include <gio/gio.h>

#include "acc-repository.h"

G_BEGIN_DECLS

typedef enum
{
  ACC_BOOK_CALLS,
  ACC_BOOK_VISITS,
  ACC_BOOK_MESSAGES,
} AccBook;

/* A row of @n_fields strings (NULL for empty), @row_no from 0 of about
 * @total. Return FALSE with @error set to stop. */
typedef gboolean (*AccBookRowFunc) (const char * const *fields,
                                    guint               n_fields,
                                    guint               row_no,
                                    guint               total,
                                    gpointer            user_data,
                                    GError            **error);

const char  *acc_book_to_string          (AccBook       book);
gboolean     acc_book_from_string        (const char   *text,
                                          AccBook      *book);
/* The book's name, translated, e.g. "Calls book". */
const char  *acc_book_get_title          (AccBook       book);
/* The column headers, translated; %NULL-terminated, static. */
const char * const *acc_book_get_headers (AccBook       book,
                                          guint        *n_columns);
/* Relative column widths, for the PDF. */
const double *acc_book_get_column_weights (AccBook      book);
/* A stored UTC time as dd/mm/yyyy hh:mm in local time ("" for 0). */
char        *acc_book_format_time        (gint64        time_us);
/* The same in @tz, into @buf, without allocating: for many rows. */
#define ACC_BOOK_TIME_SIZE 17
const char  *acc_book_format_time_in     (GTimeZone    *tz,
                                          gint64        time_us,
                                          char          buf[ACC_BOOK_TIME_SIZE]);

/* Reads the rows whose time (a call's or visit's start, a message's
 * creation) is in [@from_us, @to_us), oldest first, on a connection of its
 * own to @self's database (call it from a worker thread), in one read
 * transaction. Checks @cancellable every few hundred rows. */
gboolean     acc_repository_read_book    (AccRepository *self,
                                          AccBook        book,
                                          gint64         from_us,
                                          gint64         to_us,
                                          AccBookRowFunc func,
                                          gpointer       user_data,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
