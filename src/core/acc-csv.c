/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-csv.c — CSV as French spreadsheets write it: ';' or ',' (the header
 * line tells which), UTF-8 with or without BOM or Windows-1252, quoted
 * fields with doubled quotes and line breaks, CRLF or LF. Read in chunks of
 * a stream: a row's fields are reused buffers, never a copy of the file. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "acc-csv.h"

#define CHUNK_SIZE (64 * 1024)

G_DEFINE_QUARK (acc-csv-error-quark, acc_csv_error)

struct _AccCsvReader
{
  GInputStream *stream;
  guint8 *buf;
  gsize len;
  gsize pos;
  gboolean eof;
  gboolean started;
  guint64 bytes_in;     /* read from the stream */

  guint line;           /* the physical line being read, from 1 */
  guint row_line;
  char separator;
  AccCsvEncoding encoding;
  gboolean seen_non_ascii;
  GIConv from_1252;

  GPtrArray *fields;    /* char *, the current row's, NULL-terminated */
  GString *field;
  GError *read_error;
};

const char *
acc_csv_encoding_to_string (AccCsvEncoding encoding)
{
  switch (encoding)
    {
    case ACC_CSV_ENCODING_UTF8: return "UTF-8";
    case ACC_CSV_ENCODING_UTF8_BOM: return "UTF-8 (BOM)";
    case ACC_CSV_ENCODING_WINDOWS_1252: return "Windows-1252";
    default: return "";
    }
}

AccCsvReader *
acc_csv_reader_new (GInputStream *stream)
{
  AccCsvReader *reader = g_new0 (AccCsvReader, 1);

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  reader->stream = g_object_ref (stream);
  reader->buf = g_malloc (CHUNK_SIZE);
  reader->line = 1;
  reader->separator = ';';
  reader->from_1252 = (GIConv) -1;
  reader->fields = g_ptr_array_new_with_free_func (g_free);
  reader->field = g_string_sized_new (256);
  return reader;
}

AccCsvReader *
acc_csv_reader_new_for_bytes (GBytes *bytes)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return acc_csv_reader_new (stream);
}

void
acc_csv_reader_free (AccCsvReader *reader)
{
  if (reader == NULL)
    return;
  g_object_unref (reader->stream);
  g_free (reader->buf);
  if (reader->from_1252 != (GIConv) -1)
    g_iconv_close (reader->from_1252);
  g_ptr_array_unref (reader->fields);
  g_string_free (reader->field, TRUE);
  g_clear_error (&reader->read_error);
  g_free (reader);
}

guint
acc_csv_reader_get_line (AccCsvReader *reader)
{
  return reader->row_line;
}

char
acc_csv_reader_get_separator (AccCsvReader *reader)
{
  return reader->separator;
}

AccCsvEncoding
acc_csv_reader_get_encoding (AccCsvReader *reader)
{
  return reader->encoding;
}

guint64
acc_csv_reader_get_bytes_read (AccCsvReader *reader)
{
  return reader->bytes_in - (reader->len - reader->pos);
}

static gboolean
fill (AccCsvReader  *reader,
      GCancellable  *cancellable)
{
  gsize n = 0;

  if (reader->eof || reader->read_error != NULL)
    return FALSE;
  if (!g_input_stream_read_all (reader->stream, reader->buf, CHUNK_SIZE, &n,
                                cancellable, &reader->read_error))
    return FALSE;
  reader->len = n;
  reader->pos = 0;
  reader->bytes_in += n;
  if (n < CHUNK_SIZE)
    reader->eof = TRUE;
  return n > 0;
}

/* The next byte, or -1 at the end or on a read error. */
static inline int
next_byte (AccCsvReader *reader,
           GCancellable *cancellable)
{
  if (reader->pos == reader->len && !fill (reader, cancellable))
    return -1;
  return reader->buf[reader->pos++];
}

/* The first chunk tells the encoding and the separator. */
static void
start (AccCsvReader *reader,
       GCancellable *cancellable)
{
  const char *end = NULL;
  gsize pos;
  guint counts[3] = { 0, 0, 0 };
  gboolean quoted = FALSE, seen = FALSE;

  reader->started = TRUE;
  if (!fill (reader, cancellable))
    return;

  if (reader->len >= 3 && memcmp (reader->buf, "\xef\xbb\xbf", 3) == 0)
    {
      reader->encoding = ACC_CSV_ENCODING_UTF8_BOM;
      reader->pos = 3;
    }
  else if (!g_utf8_validate ((const char *) reader->buf, reader->len, &end)
           && (reader->eof || (const guint8 *) end < reader->buf + reader->len - 3))
    {
      /* Windows-1252, unless UTF-8 accents come first: then it is UTF-8 with
       * a bad byte, reported with its line. */
      gboolean utf8_before = FALSE;

      for (const guint8 *p = reader->buf; p < (const guint8 *) end; p++)
        if (*p >= 0x80)
          utf8_before = TRUE;
      if (utf8_before)
        reader->seen_non_ascii = TRUE;
      else
        reader->encoding = ACC_CSV_ENCODING_WINDOWS_1252;
    }

  /* The first non-empty line, outside quotes. */
  for (pos = reader->pos; pos < reader->len; pos++)
    {
      char c = reader->buf[pos];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (seen)
            break;
        }
      else if (!quoted && c == ';')
        counts[0]++;
      else if (!quoted && c == ',')
        counts[1]++;
      else if (!quoted && c == '\t')
        counts[2]++;
      if (c != '\n' && c != '\r')
        seen = TRUE;
    }
  if (counts[1] > counts[0] && counts[1] >= counts[2])
    reader->separator = ',';
  else if (counts[2] > counts[0] && counts[2] > counts[1])
    reader->separator = '\t';
  else
    reader->separator = ';';
}

static gboolean
end_field (AccCsvReader  *reader,
           gboolean       non_ascii,
           GError       **error)
{
  GString *field = reader->field;
  char *text;

  if (non_ascii && reader->encoding != ACC_CSV_ENCODING_WINDOWS_1252
      && !g_utf8_validate_len (field->str, field->len, NULL))
    {
      if (reader->seen_non_ascii || reader->encoding == ACC_CSV_ENCODING_UTF8_BOM)
        {
          g_set_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_BAD_BYTES,
                       _("Line %u: bytes that are not UTF-8, in a file that is."),
                       reader->row_line);
          return FALSE;
        }
      /* Only ASCII so far: the file is Windows-1252. */
      reader->encoding = ACC_CSV_ENCODING_WINDOWS_1252;
    }

  if (non_ascii && reader->encoding == ACC_CSV_ENCODING_WINDOWS_1252)
    {
      gsize written = 0;

      if (reader->from_1252 == (GIConv) -1)
        reader->from_1252 = g_iconv_open ("UTF-8", "WINDOWS-1252");
      text = g_convert_with_iconv (field->str, field->len, reader->from_1252, NULL, &written, NULL);
      /* Reset the converter's state after a failure. */
      g_iconv (reader->from_1252, NULL, NULL, NULL, NULL);
      if (text == NULL)
        {
          g_set_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_BAD_BYTES,
                       _("Line %u: bytes that are neither UTF-8 nor Windows-1252."),
                       reader->row_line);
          return FALSE;
        }
    }
  else
    {
      if (non_ascii)
        reader->seen_non_ascii = TRUE;
      text = g_strndup (field->str, field->len);
    }

  g_ptr_array_add (reader->fields, text);
  g_string_truncate (field, 0);
  return TRUE;
}

gboolean
acc_csv_reader_next_row (AccCsvReader        *reader,
                         const char * const **fields,
                         guint               *n_fields,
                         GCancellable        *cancellable,
                         GError             **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (!reader->started)
    start (reader, cancellable);

  for (;;)
    {
      gboolean quoted = FALSE, non_ascii = FALSE, any_text = FALSE, row_done = FALSE;
      guint quote_line = 0;
      int c;

      g_ptr_array_set_size (reader->fields, 0);
      g_string_truncate (reader->field, 0);
      reader->row_line = reader->line;

      c = next_byte (reader, cancellable);
      if (c < 0)
        {
          if (reader->read_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&reader->read_error));
              return FALSE;
            }
          return FALSE;
        }

      while (!row_done)
        {
          if (c == 0)
            {
              reader->row_line = reader->line;
              g_set_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_BAD_BYTES,
                           _("Line %u: a NUL byte: this is not a text file."), reader->line);
              return FALSE;
            }
          if (quoted)
            {
              if (c < 0)
                {
                  if (reader->read_error != NULL)
                    {
                      g_propagate_error (error, g_steal_pointer (&reader->read_error));
                      return FALSE;
                    }
                  reader->row_line = quote_line;
                  g_set_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_UNTERMINATED_QUOTE,
                               _("Line %u: a quoted field is never closed."), quote_line);
                  return FALSE;
                }
              if (c == '"')
                {
                  c = next_byte (reader, cancellable);
                  if (c == '"')
                    g_string_append_c (reader->field, '"');
                  else
                    {
                      quoted = FALSE;
                      continue;   /* look at c again, unquoted */
                    }
                }
              else if (c == '\r')
                {
                  c = next_byte (reader, cancellable);
                  g_string_append_c (reader->field, '\n');
                  reader->line++;
                  if (c != '\n')
                    continue;
                }
              else
                {
                  if (c == '\n')
                    reader->line++;
                  if (c >= 0x80)
                    non_ascii = TRUE;
                  g_string_append_c (reader->field, (char) c);
                }
              c = next_byte (reader, cancellable);
              continue;
            }

          if (c < 0 || c == '\n' || c == '\r' || c == reader->separator)
            {
              if (reader->field->len > 0)
                any_text = TRUE;
              if (!end_field (reader, non_ascii, error))
                return FALSE;
              non_ascii = FALSE;
              if (c == reader->separator)
                {
                  c = next_byte (reader, cancellable);
                  continue;
                }
              if (c == '\r')
                {
                  c = next_byte (reader, cancellable);
                  if (c >= 0 && c != '\n')
                    reader->pos--;
                }
              if (c >= 0)
                reader->line++;
              else if (reader->read_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&reader->read_error));
                  return FALSE;
                }
              row_done = TRUE;
              continue;
            }
          if (c == '"' && reader->field->len == 0)
            {
              quoted = TRUE;
              quote_line = reader->line;
            }
          else
            {
              if (c >= 0x80)
                non_ascii = TRUE;
              g_string_append_c (reader->field, (char) c);
            }
          c = next_byte (reader, cancellable);
        }

      if (!any_text)
        continue;   /* a blank line, or bare separators */

      g_ptr_array_add (reader->fields, NULL);
      if (fields != NULL)
        *fields = (const char * const *) reader->fields->pdata;
      if (n_fields != NULL)
        *n_fields = reader->fields->len - 1;
      return TRUE;
    }
}

/* The writer */

struct _AccCsvWriter
{
  GOutputStream *stream;
  GString *buffer;
  gboolean started;
};

AccCsvWriter *
acc_csv_writer_new (GOutputStream *stream)
{
  AccCsvWriter *writer = g_new0 (AccCsvWriter, 1);

  writer->stream = g_object_ref (stream);
  writer->buffer = g_string_sized_new (CHUNK_SIZE + 1024);
  return writer;
}

void
acc_csv_writer_free (AccCsvWriter *writer)
{
  if (writer == NULL)
    return;
  g_object_unref (writer->stream);
  g_string_free (writer->buffer, TRUE);
  g_free (writer);
}

void
acc_csv_append_row (GString            *out,
                    char                separator,
                    const char * const *fields,
                    guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";
      gsize len = strlen (field);
      gboolean quote;

      if (i > 0)
        g_string_append_c (out, separator);
      quote = strchr (field, separator) != NULL || strpbrk (field, "\"\r\n") != NULL
              || (len > 0 && (field[0] == ' ' || field[len - 1] == ' '));
      if (!quote)
        {
          g_string_append_len (out, field, len);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          if (*p == '\n' && (p == field || p[-1] != '\r'))
            g_string_append_c (out, '\r');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

gboolean
acc_csv_writer_flush (AccCsvWriter  *writer,
                      GCancellable  *cancellable,
                      GError       **error)
{
  if (writer->buffer->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (writer->stream, writer->buffer->str, writer->buffer->len,
                                  NULL, cancellable, error))
    return FALSE;
  g_string_truncate (writer->buffer, 0);
  return TRUE;
}

gboolean
acc_csv_writer_write_row (AccCsvWriter        *writer,
                          const char * const  *fields,
                          guint                n_fields,
                          GCancellable        *cancellable,
                          GError             **error)
{
  if (!writer->started)
    {
      g_string_append (writer->buffer, "\xef\xbb\xbf");
      writer->started = TRUE;
    }
  acc_csv_append_row (writer->buffer, ';', fields, n_fields);
  if (writer->buffer->len >= CHUNK_SIZE)
    return acc_csv_writer_flush (writer, cancellable, error);
  return TRUE;
}
