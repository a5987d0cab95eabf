/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-output.c — the lists of accueil-cli as aligned text for a
 * terminal, CSV (RFC 4180) for a spreadsheet, or JSON for a program.
 *
 * Rows are written as they come: a list of a million calls never sits in
 * memory. Text columns are sized from the first rows and longer values are
 * shortened with an ellipsis.
 */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

#include "acc-cli.h"
#include "acc-phone.h"

/* How many text rows are read before the column widths are fixed. */
#define TEXT_SIZING_ROWS 500
#define TEXT_GAP "  "

struct _AccCliTable
{
  FILE               *out;
  AccCliFormat        format;
  const AccCliColumn *columns;
  guint               n_columns;

  guint               column;   /* the next cell's column in the current row */
  guint64             n_rows;
  GString            *line;     /* the row being written (CSV, JSON) */

  /* Text: the current row (one string per column), the rows waiting for
   * the widths, the widths. */
  char              **row;
  GPtrArray          *pending;
  guint              *widths;
  gboolean           *right_aligned;
  gboolean            widths_fixed;
};

gboolean
acc_cli_format_from_string (const char   *text,
                            AccCliFormat *format)
{
  if (g_strcmp0 (text, "text") == 0)
    *format = ACC_CLI_FORMAT_TEXT;
  else if (g_strcmp0 (text, "csv") == 0)
    *format = ACC_CLI_FORMAT_CSV;
  else if (g_strcmp0 (text, "json") == 0)
    *format = ACC_CLI_FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}

/* Escaping. */

/* Stored text should be UTF-8; if it is not, the JSON must still be. */
static char *
valid_utf8 (const char *text)
{
  return g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);
}

/* @text: (nullable): UTF-8 text; %NULL writes `null`. Quotes, backslashes
 * and control characters are escaped; every other character, accents
 * included, is kept as it is. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_autofree char *repaired = NULL;

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  repaired = valid_utf8 (text);
  if (repaired != NULL)
    text = repaired;

  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/* @text: (nullable): %NULL is an empty field. RFC 4180: a field with a
 * comma, a quote, a line break or surrounding spaces is quoted, and its
 * quotes doubled. */
static void
append_csv_field (GString    *out,
                  const char *text)
{
  gsize length;

  if (text == NULL || *text == '\0')
    return;

  length = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL && text[0] != ' ' && text[length - 1] != ' ')
    {
      g_string_append_len (out, text, length);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Times: UTC for programs, local for people. */
static char *
format_utc (gint64 time_us)
{
  time_t seconds = (time_t) (time_us / G_USEC_PER_SEC);
  struct tm tm;
  char buffer[32];

  if (gmtime_r (&seconds, &tm) == NULL
      || strftime (buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, time_us);
  return g_strdup (buffer);
}

static char *
format_local (gint64 time_us)
{
  time_t seconds = (time_t) (time_us / G_USEC_PER_SEC);
  struct tm tm;
  char buffer[32];

  if (localtime_r (&seconds, &tm) == NULL
      || strftime (buffer, sizeof buffer, "%Y-%m-%d %H:%M", &tm) == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, time_us);
  return g_strdup (buffer);
}

/* Text columns. */

static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

/* One line per row: line breaks and tabs inside a value become spaces. */
static char *
text_cell_value (const char *text)
{
  g_autofree char *repaired = NULL;
  char *copy;

  if (text == NULL)
    return g_strdup ("");
  repaired = valid_utf8 (text);
  copy = g_strdup (repaired != NULL ? repaired : text);
  for (char *p = copy; *p != '\0'; p++)
    if ((unsigned char) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return copy;
}

static gboolean
shown_as_text (const AccCliColumn *column)
{
  return column->text_width > 0;
}

static void
write_text_cell (GString    *line,
                 const char *text,
                 guint       width,
                 gboolean    right_aligned,
                 gboolean    last)
{
  guint text_width = display_width (text);

  if (text_width > width)
    {
      /* Shortened to fit, the ellipsis included. */
      guint used = 0;

      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          guint w = g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;

          if (used + w > width - 1)
            break;
          g_string_append_unichar (line, c);
          used += w;
        }
      g_string_append (line, "…");
      used++;
      if (!last)
        for (; used < width; used++)
          g_string_append_c (line, ' ');
      return;
    }

  if (right_aligned)
    for (guint i = text_width; i < width; i++)
      g_string_append_c (line, ' ');
  g_string_append (line, text);
  if (!right_aligned && !last)
    for (guint i = text_width; i < width; i++)
      g_string_append_c (line, ' ');
}

static guint
last_text_column (AccCliTable *table)
{
  guint last = 0;

  for (guint i = 0; i < table->n_columns; i++)
    if (shown_as_text (&table->columns[i]))
      last = i;
  return last;
}

static void
write_text_row (AccCliTable *table,
                char       **row)
{
  guint last = last_text_column (table);
  gboolean first = TRUE;

  g_string_truncate (table->line, 0);
  for (guint i = 0; i < table->n_columns; i++)
    {
      if (!shown_as_text (&table->columns[i]))
        continue;
      if (!first)
        g_string_append (table->line, TEXT_GAP);
      first = FALSE;
      write_text_cell (table->line, row[i] != NULL ? row[i] : "",
                       table->widths[i], table->right_aligned[i], i == last);
    }
  /* Empty cells at the end leave no trailing spaces. */
  while (table->line->len > 0 && table->line->str[table->line->len - 1] == ' ')
    g_string_truncate (table->line, table->line->len - 1);
  g_string_append_c (table->line, '\n');
  fwrite (table->line->str, 1, table->line->len, table->out);
}

/* A row of text is a NULL-terminated array with a string in every column. */
static char **
new_text_row (guint n_columns)
{
  char **row = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    row[i] = g_strdup ("");
  return row;
}

/* The widths come from the titles and the rows read so far; then the
 * waiting rows are written. */
static void
fix_text_widths (AccCliTable *table)
{
  g_autofree char **header = NULL;

  if (table->widths_fixed)
    return;
  table->widths_fixed = TRUE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const AccCliColumn *column = &table->columns[i];
      guint width = display_width (_(column->title));

      if (!shown_as_text (column))
        continue;
      for (guint r = 0; r < table->pending->len; r++)
        {
          char **row = g_ptr_array_index (table->pending, r);
          width = MAX (width, display_width (row[i]));
        }
      table->widths[i] = MIN (width, MAX (column->text_width, display_width (_(column->title))));
    }

  if (table->pending->len == 0)
    return;

  header = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    header[i] = (char *) _(table->columns[i].title);
  write_text_row (table, header);

  for (guint r = 0; r < table->pending->len; r++)
    write_text_row (table, g_ptr_array_index (table->pending, r));
  g_ptr_array_set_size (table->pending, 0);
}

/* Cells. */

/* The JSON key or the CSV separator before a cell. Returns %FALSE, and
 * moves to the next column, for a cell that text does not show. */
static gboolean
begin_cell (AccCliTable *table)
{
  g_return_val_if_fail (table->column < table->n_columns, FALSE);

  if (table->column == 0)
    {
      g_string_truncate (table->line, 0);
      if (table->format == ACC_CLI_FORMAT_TEXT && table->row == NULL)
        table->row = new_text_row (table->n_columns);
    }

  switch (table->format)
    {
    case ACC_CLI_FORMAT_JSON:
      g_string_append (table->line, table->column == 0 ? "  {" : ", ");
      append_json_string (table->line, table->columns[table->column].key);
      g_string_append (table->line, ": ");
      break;
    case ACC_CLI_FORMAT_CSV:
      if (table->column > 0)
        g_string_append_c (table->line, ',');
      break;
    case ACC_CLI_FORMAT_TEXT:
    default:
      if (!shown_as_text (&table->columns[table->column]))
        {
          table->column++;
          return FALSE;
        }
      break;
    }
  return TRUE;
}

/* Takes @text. Numbers are aligned right, as the first row shows them. */
static void
set_text_cell (AccCliTable *table,
               char        *text,
               gboolean     right_aligned)
{
  g_free (table->row[table->column]);
  table->row[table->column] = text;
  if (table->n_rows == 0)
    table->right_aligned[table->column] = right_aligned;
}

void
acc_cli_table_add_text (AccCliTable *table,
                        const char  *text)
{
  if (text != NULL && *text == '\0')
    text = NULL;

  if (!begin_cell (table))
    return;
  switch (table->format)
    {
    case ACC_CLI_FORMAT_JSON:
      append_json_string (table->line, text);
      break;
    case ACC_CLI_FORMAT_CSV:
      append_csv_field (table->line, text);
      break;
    case ACC_CLI_FORMAT_TEXT:
    default:
      set_text_cell (table, text_cell_value (text), FALSE);
      break;
    }
  table->column++;
}

void
acc_cli_table_add_int (AccCliTable *table,
                       gint64       value)
{
  if (!begin_cell (table))
    return;
  if (table->format == ACC_CLI_FORMAT_TEXT)
    set_text_cell (table, g_strdup_printf ("%" G_GINT64_FORMAT, value), TRUE);
  else
    g_string_append_printf (table->line, "%" G_GINT64_FORMAT, value);
  table->column++;
}

/* A reference to another row: 0 is none. */
void
acc_cli_table_add_id (AccCliTable *table,
                      gint64       id)
{
  if (id > 0)
    {
      acc_cli_table_add_int (table, id);
      return;
    }
  if (!begin_cell (table))
    return;
  if (table->format == ACC_CLI_FORMAT_JSON)
    g_string_append (table->line, "null");
  else if (table->format == ACC_CLI_FORMAT_TEXT)
    set_text_cell (table, g_strdup (""), TRUE);
  table->column++;
}

void
acc_cli_table_add_bool (AccCliTable *table,
                        gboolean     value)
{
  if (!begin_cell (table))
    return;
  if (table->format == ACC_CLI_FORMAT_TEXT)
    set_text_cell (table, g_strdup (value ? _("yes") : _("no")), FALSE);
  else
    g_string_append (table->line, value ? "true" : "false");
  table->column++;
}

/* 0 is no time. */
void
acc_cli_table_add_time (AccCliTable *table,
                        gint64       time_us)
{
  g_autofree char *text = NULL;

  if (!begin_cell (table))
    return;
  switch (table->format)
    {
    case ACC_CLI_FORMAT_JSON:
      text = time_us != 0 ? format_utc (time_us) : NULL;
      append_json_string (table->line, text);
      break;
    case ACC_CLI_FORMAT_CSV:
      text = time_us != 0 ? format_utc (time_us) : NULL;
      append_csv_field (table->line, text);
      break;
    case ACC_CLI_FORMAT_TEXT:
    default:
      set_text_cell (table, time_us != 0 ? format_local (time_us) : g_strdup (""), FALSE);
      break;
    }
  table->column++;
}

/* E.164 for programs, « 06 12 34 56 78 » for people. */
void
acc_cli_table_add_phone (AccCliTable *table,
                         const char  *e164)
{
  if (table->format != ACC_CLI_FORMAT_TEXT || e164 == NULL)
    {
      acc_cli_table_add_text (table, e164);
      return;
    }
  if (!begin_cell (table))
    return;
  set_text_cell (table, acc_phone_format_national (e164), FALSE);
  table->column++;
}

/* An enum: its stable machine name for programs, a translated word for
 * people. */
void
acc_cli_table_add_label (AccCliTable *table,
                         const char  *machine_name,
                         const char  *label)
{
  if (table->format != ACC_CLI_FORMAT_TEXT)
    {
      acc_cli_table_add_text (table, machine_name);
      return;
    }
  if (!begin_cell (table))
    return;
  set_text_cell (table, text_cell_value (label), FALSE);
  table->column++;
}

void
acc_cli_table_end_row (AccCliTable *table)
{
  g_return_if_fail (table->column == table->n_columns);

  switch (table->format)
    {
    case ACC_CLI_FORMAT_JSON:
      /* The separator goes before the row: the last one has none. */
      fputs (table->n_rows == 0 ? "[\n" : ",\n", table->out);
      g_string_append_c (table->line, '}');
      fwrite (table->line->str, 1, table->line->len, table->out);
      break;
    case ACC_CLI_FORMAT_CSV:
      g_string_append (table->line, "\r\n");
      fwrite (table->line->str, 1, table->line->len, table->out);
      break;
    case ACC_CLI_FORMAT_TEXT:
    default:
      if (table->widths_fixed)
        {
          write_text_row (table, table->row);
          g_strfreev (table->row);
        }
      else
        {
          g_ptr_array_add (table->pending, table->row);
          if (table->pending->len >= TEXT_SIZING_ROWS)
            fix_text_widths (table);
        }
      table->row = NULL;
      break;
    }

  table->column = 0;
  table->n_rows++;
}

/**
 * acc_cli_table_new:
 * @out: where to write, usually stdout
 * @columns: (array length=n_columns): must outlive the table
 *
 * The CSV header is written at once; JSON's brackets and the text header
 * when the rows come.
 */
AccCliTable *
acc_cli_table_new (FILE               *out,
                   AccCliFormat        format,
                   const AccCliColumn *columns,
                   guint               n_columns)
{
  AccCliTable *table = g_new0 (AccCliTable, 1);

  table->out = out;
  table->format = format;
  table->columns = columns;
  table->n_columns = n_columns;
  table->line = g_string_sized_new (256);
  table->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->widths = g_new0 (guint, n_columns);
  table->right_aligned = g_new0 (gboolean, n_columns);

  if (format == ACC_CLI_FORMAT_CSV)
    {
      for (guint i = 0; i < n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (table->line, ',');
          append_csv_field (table->line, columns[i].key);
        }
      g_string_append (table->line, "\r\n");
      fwrite (table->line->str, 1, table->line->len, out);
    }
  return table;
}

/**
 * acc_cli_table_finish:
 *
 * Writes what is still waiting and flushes: a full disk or a closed pipe is
 * an error, not a silently short list.
 */
gboolean
acc_cli_table_finish (AccCliTable  *table,
                      GError      **error)
{
  switch (table->format)
    {
    case ACC_CLI_FORMAT_JSON:
      fputs (table->n_rows == 0 ? "[]\n" : "\n]\n", table->out);
      break;
    case ACC_CLI_FORMAT_TEXT:
      fix_text_widths (table);
      break;
    case ACC_CLI_FORMAT_CSV:
    default:
      break;
    }

  if (fflush (table->out) != 0 || ferror (table->out))
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write the list: %s."), g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

void
acc_cli_table_free (AccCliTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->row, g_strfreev);
  g_ptr_array_unref (table->pending);
  g_string_free (table->line, TRUE);
  g_free (table->widths);
  g_free (table->right_aligned);
  g_free (table);
}
