/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-csv.h — CSV as French spreadsheets write it, read as a stream, and
 * written the way they read it back. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACC_CSV_ERROR (acc_csv_error_quark ())

typedef enum
{
  /* A quoted field is never closed: the message names its first line. */
  ACC_CSV_ERROR_UNTERMINATED_QUOTE,
  /* Bytes that are neither UTF-8 nor Windows-1252, or a NUL byte. */
  ACC_CSV_ERROR_BAD_BYTES,
} AccCsvError;

typedef enum
{
  ACC_CSV_ENCODING_UTF8,
  ACC_CSV_ENCODING_UTF8_BOM,
  ACC_CSV_ENCODING_WINDOWS_1252,
} AccCsvEncoding;

typedef struct _AccCsvReader AccCsvReader;

GQuark        acc_csv_error_quark            (void);
const char   *acc_csv_encoding_to_string     (AccCsvEncoding  encoding);

/* The reader reads the stream in chunks: a file of any size is never held
 * whole in memory. The separator (';', ',' or tab) is the one the first
 * non-empty line has most of; the encoding is UTF-8 unless there is no BOM
 * and the bytes are not UTF-8, when Windows-1252 is assumed. */
AccCsvReader *acc_csv_reader_new             (GInputStream   *stream);
AccCsvReader *acc_csv_reader_new_for_bytes   (GBytes         *bytes);
void          acc_csv_reader_free            (AccCsvReader   *reader);

/* The next row that has a non-empty field (blank lines and lines of bare
 * separators are skipped). Returns FALSE at the end (@error unset) or on an
 * error. @fields are UTF-8, %NULL-terminated, owned by the reader and valid
 * until the next call. */
gboolean      acc_csv_reader_next_row        (AccCsvReader   *reader,
                                              const char * const **fields,
                                              guint          *n_fields,
                                              GCancellable   *cancellable,
                                              GError        **error);
/* The line (from 1) the last row began on. */
guint         acc_csv_reader_get_line        (AccCsvReader   *reader);
/* Known once the first row is read. */
char          acc_csv_reader_get_separator   (AccCsvReader   *reader);
AccCsvEncoding acc_csv_reader_get_encoding   (AccCsvReader   *reader);
/* Bytes consumed from the stream so far, for progress. */
guint64       acc_csv_reader_get_bytes_read  (AccCsvReader   *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccCsvReader, acc_csv_reader_free)

/* The writer: UTF-8 with a BOM, ';', CRLF, fields quoted when they hold a
 * separator, a quote, a line break or surrounding spaces. Buffered: call
 * acc_csv_writer_flush() at the end. */
typedef struct _AccCsvWriter AccCsvWriter;

AccCsvWriter *acc_csv_writer_new             (GOutputStream  *stream);
gboolean      acc_csv_writer_write_row       (AccCsvWriter   *writer,
                                              const char * const *fields,
                                              guint           n_fields,
                                              GCancellable   *cancellable,
                                              GError        **error);
gboolean      acc_csv_writer_flush           (AccCsvWriter   *writer,
                                              GCancellable   *cancellable,
                                              GError        **error);
void          acc_csv_writer_free            (AccCsvWriter   *writer);
/* One row as text (no BOM), for tests and small uses. */
void          acc_csv_append_row             (GString        *out,
                                              char            separator,
                                              const char * const *fields,
                                              guint           n_fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccCsvWriter, acc_csv_writer_free)

G_END_DECLS
