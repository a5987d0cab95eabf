/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv.c — the CSV reader on the dialects French spreadsheets write, its
 * errors with their line numbers, a 50,000-row file, and the writer. */
#include <string.h>

#include "acc-csv.h"

/* Every row of @text, fields joined by « | », rows by « / ». */
static char *
read_all (const char     *text,
          gssize          length,
          AccCsvReader  **reader_out,
          GError        **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  AccCsvReader *reader = acc_csv_reader_new_for_bytes (bytes);
  g_autoptr(GString) out = g_string_new (NULL);
  const char * const *fields;
  guint n_fields;

  while (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, error))
    {
      if (out->len > 0)
        g_string_append (out, " / ");
      for (guint i = 0; i < n_fields; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", fields[i]);
      g_assert_null (fields[n_fields]);
    }
  if (reader_out != NULL)
    *reader_out = reader;
  else
    acc_csv_reader_free (reader);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
check (const char *text,
       const char *expected,
       char        separator)
{
  g_autoptr(GError) error = NULL;
  AccCsvReader *reader = NULL;
  g_autofree char *got = read_all (text, -1, &reader, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (acc_csv_reader_get_separator (reader), ==, separator);
  acc_csv_reader_free (reader);
}

static void
test_dialects (void)
{
  /* ';' (LibreOffice and Excel in French), ',' (English), tab */
  check ("nom;tel\r\nDupont;06 12\r\n", "nom|tel / Dupont|06 12", ';');
  check ("nom,tel\nDupont,06 12\n", "nom|tel / Dupont|06 12", ',');
  check ("nom\ttel\nDupont\t06\n", "nom|tel / Dupont|06", '\t');
  /* The header decides, not the commas of the data. */
  check ("nom;adresse\n\"Dupont, Jean\";\"1, rue A\"\n", "nom|adresse / Dupont, Jean|1, rue A", ';');
  /* A comma in a quoted header field does not count. */
  check ("\"nom, prénom\";tel\nA;B\n", "nom, prénom|tel / A|B", ';');
  /* No final line break; a lone column */
  check ("nom\nDupont", "nom / Dupont", ';');
  /* Empty fields kept, at the end too */
  check ("a;b;c\n1;;\n", "a|b|c / 1||", ';');
}

static void
test_quotes (void)
{
  check ("a;b\n\"il a dit \"\"bonjour\"\"\";x\n", "a|b / il a dit \"bonjour\"|x", ';');
  /* Line breaks in a quoted field, CRLF kept as a newline */
  check ("a;b\r\n\"ligne 1\r\nligne 2\";x\r\nz;y\r\n", "a|b / ligne 1\nligne 2|x / z|y", ';');
  check ("a;b\n\"ligne 1\nligne 2\";x\n", "a|b / ligne 1\nligne 2|x", ';');
  /* A separator inside quotes */
  check ("a;b\n\"1;2\";3\n", "a|b / 1;2|3", ';');
  /* An empty quoted field */
  check ("a;b\n\"\";3\n", "a|b / |3", ';');
}

static void
test_line_numbers (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccCsvReader) reader = NULL;
  const char *text = "a;b\n\n\"x\ny\";1\nlast;2\n";
  const char * const *fields;
  guint n;

  bytes = g_bytes_new_static (text, strlen (text));
  reader = acc_csv_reader_new_for_bytes (bytes);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n, NULL, NULL));
  g_assert_cmpuint (acc_csv_reader_get_line (reader), ==, 1);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n, NULL, NULL));
  g_assert_cmpuint (acc_csv_reader_get_line (reader), ==, 3);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n, NULL, NULL));
  g_assert_cmpuint (acc_csv_reader_get_line (reader), ==, 5);
  g_assert_cmpstr (fields[0], ==, "last");
  g_assert_false (acc_csv_reader_next_row (reader, &fields, &n, NULL, NULL));
}

static void
test_broken_quote (void)
{
  g_autoptr(GError) error = NULL;
  AccCsvReader *reader = NULL;
  g_autofree char *got = read_all ("nom;tel\nA;1\nB;2\n\"C;3\nD;4\n", -1, &reader, &error);

  g_assert_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "4"));
  g_assert_cmpuint (acc_csv_reader_get_line (reader), ==, 4);
  /* The rows before were read. */
  g_assert_cmpstr (got, ==, "nom|tel / A|1 / B|2");
  acc_csv_reader_free (reader);
}

static void
test_empty_lines (void)
{
  check ("\n\r\nnom;tel\r\n\r\nA;1\r\n;\r\n\n;;\nB;2\n\n", "nom|tel / A|1 / B|2", ';');
  check ("", "", ';');
}

static void
test_bom (void)
{
  AccCsvReader *reader = NULL;
  g_autofree char *got = read_all ("\xef\xbb\xbfnom;prénom\nDupont;Hélène\n", -1, &reader, NULL);

  g_assert_cmpstr (got, ==, "nom|prénom / Dupont|Hélène");
  g_assert_cmpint (acc_csv_reader_get_encoding (reader), ==, ACC_CSV_ENCODING_UTF8_BOM);
  acc_csv_reader_free (reader);
}

static void
test_windows_1252 (void)
{
  AccCsvReader *reader = NULL;
  g_autoptr(GError) error = NULL;
  /* « Prénom;Société » / « Hélène;Œuvre — 5 € » in Windows-1252 */
  const char text[] = "Pr\xe9nom;Soci\xe9t\xe9\r\nH\xe9l\xe8ne;\x8cuvre \x97 5 \x80\r\n";
  g_autofree char *got = read_all (text, sizeof text - 1, &reader, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, "Prénom|Société / Hélène|Œuvre — 5 €");
  g_assert_cmpint (acc_csv_reader_get_encoding (reader), ==, ACC_CSV_ENCODING_WINDOWS_1252);
  acc_csv_reader_free (reader);
}

static void
test_windows_1252_late (void)
{
  g_autoptr(GString) text = g_string_new ("nom;ville\n");
  g_autoptr(GError) error = NULL;
  AccCsvReader *reader = NULL;
  g_autofree char *got = NULL;

  /* The first accent comes after the first chunk. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "Nom %u;Brest\n", i);
  g_string_append (text, "Ren\xe9;Qu\xe9\x62\x65\x63\n");
  got = read_all (text->str, text->len, &reader, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (got, "René|Québec"));
  g_assert_cmpint (acc_csv_reader_get_encoding (reader), ==, ACC_CSV_ENCODING_WINDOWS_1252);
  acc_csv_reader_free (reader);
}

static void
test_bad_bytes (void)
{
  g_autoptr(GError) error = NULL;
  AccCsvReader *reader = NULL;
  /* UTF-8 on line 2, then a byte that is not on line 3. */
  const char text[] = "nom\nHélène\nRen\xe9\n";
  g_autofree char *got = read_all (text, sizeof text - 1, &reader, &error);

  g_assert_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_BAD_BYTES);
  g_assert_cmpuint (acc_csv_reader_get_line (reader), ==, 3);
  g_assert_nonnull (strstr (error->message, "3"));
  acc_csv_reader_free (reader);
  g_clear_error (&error);

  /* Not a text file */
  got = (g_free (got), read_all ("a;b\nx\0y;z\n", 10, NULL, &error));
  g_assert_error (error, ACC_CSV_ERROR, ACC_CSV_ERROR_BAD_BYTES);
}

static void
test_large (void)
{
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbfNom;Prénom;Téléphone;Notes\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint n, rows = 0, last_line = 0;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "Lefèvre %u;Zoé;06 %02u %02u %02u %02u;%s\r\n", i,
                            i / 1000000 % 100, i / 10000 % 100, i / 100 % 100, i % 100,
                            i % 5 == 0 ? "\"deux\r\nlignes; et \"\"guillemets\"\"\"" : "");
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  reader = acc_csv_reader_new_for_bytes (bytes);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n, NULL, &error));
  while (acc_csv_reader_next_row (reader, &fields, &n, NULL, &error))
    {
      g_assert_cmpuint (n, ==, 4);
      if (rows % 5 == 0)
        g_assert_cmpstr (fields[3], ==, "deux\nlignes; et \"guillemets\"");
      last_line = acc_csv_reader_get_line (reader);
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 50000);
  /* The last row's line: after the header and 49,999 rows, 10,000 of them
   * on two lines. */
  g_assert_cmpuint (last_line, ==, 1 + 1 + 49999 + 10000);
  g_assert_cmpuint (acc_csv_reader_get_bytes_read (reader), ==, g_bytes_get_size (bytes));
}

static void
test_writer (void)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(AccCsvWriter) writer = acc_csv_writer_new (stream);
  const char *header[] = { "nom", "notes" };
  const char *row[] = { "Dupont; Jean", "dit \"oui\"\nensuite" };
  const char *plain[] = { "Hélène", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  g_autofree char *again = NULL;

  g_assert_true (acc_csv_writer_write_row (writer, header, 2, NULL, &error));
  g_assert_true (acc_csv_writer_write_row (writer, row, 2, NULL, &error));
  g_assert_true (acc_csv_writer_write_row (writer, plain, 2, NULL, &error));
  g_assert_true (acc_csv_writer_flush (writer, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  got = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_cmpstr (got, ==, "\xef\xbb\xbfnom;notes\r\n\"Dupont; Jean\";\"dit \"\"oui\"\"\r\nensuite\"\r\nHélène;\r\n");

  /* And it reads back. */
  again = read_all (got, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, "nom|notes / Dupont; Jean|dit \"oui\"\nensuite / Hélène|");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/dialects", test_dialects);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/line-numbers", test_line_numbers);
  g_test_add_func ("/csv/broken-quote", test_broken_quote);
  g_test_add_func ("/csv/empty-lines", test_empty_lines);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/windows-1252-late", test_windows_1252_late);
  g_test_add_func ("/csv/bad-bytes", test_bad_bytes);
  g_test_add_func ("/csv/large", test_large);
  g_test_add_func ("/csv/writer", test_writer);
  return g_test_run ();
}
