/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv.c — the CSV reader (acc-csv.h) on any bytes, read both from a
 * GBytes and from a stream (the chunked path), every row to the end or to
 * the first error. */

#include <gio/gio.h>
#include <stdint.h>
#include <string.h>

#include "acc-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
read_all (AccCsvReader *reader)
{
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint n_fields;

  while (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, &error))
    {
      /* Every field is there, NUL-terminated, UTF-8, and the array ends
       * with NULL. */
      for (guint i = 0; i < n_fields; i++)
        {
          g_assert (fields[i] != NULL);
          g_assert (g_utf8_validate (fields[i], -1, NULL));
        }
      g_assert (fields[n_fields] == NULL);
      (void) acc_csv_reader_get_line (reader);
    }
  if (error != NULL)
    g_assert (error->domain == ACC_CSV_ERROR || error->domain == G_IO_ERROR);
  (void) acc_csv_reader_get_separator (reader);
  (void) acc_csv_encoding_to_string (acc_csv_reader_get_encoding (reader));
  (void) acc_csv_reader_get_bytes_read (reader);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  {
    g_autoptr(GBytes) bytes = g_bytes_new (data, size);
    g_autoptr(AccCsvReader) reader = acc_csv_reader_new_for_bytes (bytes);

    read_all (reader);
  }
  {
    g_autoptr(GInputStream) stream =
      g_memory_input_stream_new_from_data (g_memdup2 (data, size), size, g_free);
    g_autoptr(AccCsvReader) reader = acc_csv_reader_new (stream);

    read_all (reader);
  }
  return 0;
}
