/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-vcard.c — vCard read line by line: folded lines unfolded,
 * QUOTED-PRINTABLE with its soft line breaks, CHARSET converted, escapes
 * undone; photos skipped as they go by. And vCard 4.0 written. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "acc-vcard.h"

G_DEFINE_QUARK (acc-vcard-error-quark, acc_vcard_error)

struct _AccVcardReader
{
  GDataInputStream *data;
  guint line;            /* of the last physical line read */
  guint64 bytes;
  char *peek;            /* a physical line read ahead, or NULL */
  gboolean peek_valid;
  gboolean eof;
  guint card_line;       /* of the last BEGIN:VCARD */
};

void
acc_vcard_free (AccVcard *card)
{
  if (card == NULL)
    return;
  g_free (card->name);
  g_free (card->organisation);
  g_free (card->phone);
  g_free (card->email);
  g_free (card->address);
  g_free (card->notes);
  g_free (card);
}

AccVcardReader *
acc_vcard_reader_new (GInputStream *stream)
{
  AccVcardReader *reader = g_new0 (AccVcardReader, 1);

  reader->data = g_data_input_stream_new (stream);
  g_data_input_stream_set_newline_type (reader->data, G_DATA_STREAM_NEWLINE_TYPE_ANY);
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (reader->data), 64 * 1024);
  return reader;
}

void
acc_vcard_reader_free (AccVcardReader *reader)
{
  if (reader == NULL)
    return;
  g_object_unref (reader->data);
  g_free (reader->peek);
  g_free (reader);
}

guint
acc_vcard_reader_get_line (AccVcardReader *reader)
{
  return reader->card_line;
}

guint64
acc_vcard_reader_get_bytes_read (AccVcardReader *reader)
{
  return reader->bytes;
}

/* The next physical line (owned by the caller), NULL at the end. */
static char *
read_physical (AccVcardReader  *reader,
               GCancellable    *cancellable,
               GError         **error)
{
  gsize length = 0;
  char *line;

  if (reader->peek_valid)
    {
      reader->peek_valid = FALSE;
      return g_steal_pointer (&reader->peek);
    }
  if (reader->eof)
    return NULL;
  line = g_data_input_stream_read_line (reader->data, &length, cancellable, error);
  if (line == NULL)
    {
      reader->eof = TRUE;
      return NULL;
    }
  reader->line++;
  reader->bytes += length + 1;
  /* CRLF read as "any" newline may leave a CR at the end. */
  if (length > 0 && line[length - 1] == '\r')
    line[length - 1] = '\0';
  return line;
}

static const char *
peek_physical (AccVcardReader  *reader,
               GCancellable    *cancellable,
               GError         **error)
{
  if (!reader->peek_valid)
    {
      reader->peek = read_physical (reader, cancellable, error);
      reader->peek_valid = reader->peek != NULL;
    }
  return reader->peek_valid ? reader->peek : NULL;
}

/* The property's name, upper case, without its group (« item1. »). */
static char *
property_name (const char *line)
{
  gsize n = strcspn (line, ";:");
  g_autofree char *name = g_ascii_strup (line, n);
  const char *dot = strrchr (name, '.');

  return g_strdup (dot != NULL ? dot + 1 : name);
}

static gboolean
is_binary_property (const char *name)
{
  return g_str_equal (name, "PHOTO") || g_str_equal (name, "LOGO")
         || g_str_equal (name, "SOUND") || g_str_equal (name, "KEY");
}

/* One logical line: unfolded, soft line breaks of quoted-printable joined.
 * Binary properties come back as their name alone. */
static char *
read_logical (AccVcardReader  *reader,
              guint           *line_number,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autofree char *first = NULL;
  g_autofree char *name = NULL;
  GString *logical;
  gboolean binary, quoted_printable;
  const char *next;

  do
    {
      g_free (first);
      first = read_physical (reader, cancellable, error);
      if (first == NULL)
        return NULL;
    }
  while (*first == '\0');
  *line_number = reader->line;

  name = property_name (first);
  binary = is_binary_property (name);
  {
    gsize head = strcspn (first, ":");
    g_autofree char *params = g_ascii_strup (first, head);
    quoted_printable = strstr (params, "QUOTED-PRINTABLE") != NULL;
  }

  logical = g_string_new (binary ? name : first);
  for (;;)
    {
      next = peek_physical (reader, cancellable, error);
      if (next == NULL)
        break;
      if (next[0] == ' ' || next[0] == '\t')
        {
          if (!binary)
            g_string_append (logical, next + 1);
        }
      else if (quoted_printable && logical->len > 0 && logical->str[logical->len - 1] == '=')
        {
          g_string_truncate (logical, logical->len - 1);
          g_string_append (logical, next);
        }
      else if (binary && *next != '\0' && strchr (next, ':') == NULL)
        ;   /* vCard 2.1 base64 running on without indentation */
      else
        break;
      g_free (read_physical (reader, cancellable, NULL));
    }
  return g_string_free (logical, FALSE);
}

typedef struct
{
  GPtrArray *types;     /* lower case: "cell", "pref", "work"… */
  char *encoding;       /* upper case, or NULL */
  char *charset;
  gboolean pref;
} Params;

static void
params_clear (Params *params)
{
  g_clear_pointer (&params->types, g_ptr_array_unref);
  g_clear_pointer (&params->encoding, g_free);
  g_clear_pointer (&params->charset, g_free);
}

static void
add_types (Params     *params,
           const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *type = g_ascii_strdown (g_strstrip (parts[i]), -1);
      if (g_str_equal (type, "pref"))
        params->pref = TRUE;
      g_ptr_array_add (params->types, type);
    }
}

/* Splits « NAME;PARAM=V;PARAM:value » into params and the value. */
static const char *
parse_params (char   *line,
              Params *params)
{
  char *p = line;
  char *value = NULL;
  GPtrArray *items = g_ptr_array_new ();
  gboolean quoted = FALSE;
  char *start = NULL;

  params->types = g_ptr_array_new_with_free_func (g_free);
  for (; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == ';' || *p == ':'))
        {
          gboolean end = *p == ':';
          *p = '\0';
          if (start != NULL)
            g_ptr_array_add (items, start);
          start = p + 1;
          if (end)
            {
              value = p + 1;
              break;
            }
        }
    }

  for (guint i = 0; i < items->len; i++)
    {
      char *item = items->pdata[i];
      char *eq = strchr (item, '=');
      g_autofree char *key = NULL;
      char *val;

      if (eq == NULL)
        {
          /* vCard 2.1: TEL;CELL;PREF, ENCODING given bare */
          g_autofree char *up = g_ascii_strup (item, -1);
          /* A parameter given twice: the last one wins, the first is freed. */
          if (g_str_equal (up, "QUOTED-PRINTABLE") || g_str_equal (up, "BASE64"))
            {
              g_free (params->encoding);
              params->encoding = g_steal_pointer (&up);
            }
          else
            add_types (params, item);
          continue;
        }
      key = g_ascii_strup (item, eq - item);
      val = eq + 1;
      if (*val == '"')
        {
          val++;
          if (*val != '\0' && val[strlen (val) - 1] == '"')
            val[strlen (val) - 1] = '\0';
        }
      if (g_str_equal (key, "TYPE"))
        add_types (params, val);
      else if (g_str_equal (key, "PREF"))
        params->pref = TRUE;
      else if (g_str_equal (key, "ENCODING"))
        {
          g_free (params->encoding);
          params->encoding = g_ascii_strup (val, -1);
        }
      else if (g_str_equal (key, "CHARSET"))
        {
          g_free (params->charset);
          params->charset = g_strdup (val);
        }
    }
  g_ptr_array_unref (items);
  return value != NULL ? value : "";
}

static gboolean
has_type (const Params *params,
          const char   *type)
{
  for (guint i = 0; i < params->types->len; i++)
    if (g_str_equal (params->types->pdata[i], type))
      return TRUE;
  return FALSE;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

static GString *
decode_quoted_printable (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '=' && hex_value (p[1]) >= 0 && hex_value (p[2]) >= 0)
        {
          g_string_append_c (out, (char) (hex_value (p[1]) * 16 + hex_value (p[2])));
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
  return out;
}

/* The raw value in UTF-8: transfer encoding and charset undone. */
static char *
decode_value (const char   *value,
              const Params *params)
{
  g_autoptr(GString) bytes = NULL;
  char *text;

  if (params->encoding != NULL && g_str_equal (params->encoding, "QUOTED-PRINTABLE"))
    bytes = decode_quoted_printable (value);
  else if (params->encoding != NULL
           && (g_str_equal (params->encoding, "B") || g_str_equal (params->encoding, "BASE64")))
    {
      gsize len = 0;
      guchar *data = g_base64_decode (value, &len);
      bytes = g_string_new_len ((const char *) data, len);
      g_free (data);
    }
  else
    bytes = g_string_new (value);

  if (params->charset != NULL && g_ascii_strcasecmp (params->charset, "UTF-8") != 0)
    {
      text = g_convert (bytes->str, bytes->len, "UTF-8", params->charset, NULL, NULL, NULL);
      if (text != NULL)
        return text;
    }
  if (g_utf8_validate_len (bytes->str, bytes->len, NULL))
    return g_strndup (bytes->str, bytes->len);
  text = g_convert (bytes->str, bytes->len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text != NULL)
    return text;
  return g_utf8_make_valid (bytes->str, bytes->len);
}

/* Splits on unescaped @separator and undoes the escapes of each part. */
static GPtrArray *
split_unescape (const char *value,
                char        separator)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  for (const char *p = value;; p++)
    {
      if (*p == '\0' || (separator != '\0' && *p == separator))
        {
          g_ptr_array_add (parts, g_strdup (g_strstrip (part->str)));
          g_string_truncate (part, 0);
          if (*p == '\0')
            break;
        }
      else if (*p == '\\' && p[1] != '\0')
        {
          p++;
          if (*p == 'n' || *p == 'N')
            g_string_append_c (part, '\n');
          else
            g_string_append_c (part, *p);
        }
      else
        g_string_append_c (part, *p);
    }
  g_string_free (part, TRUE);
  return parts;
}

static char *
unescape (const char *value)
{
  g_autoptr(GPtrArray) parts = split_unescape (value, '\0');
  char *text = g_steal_pointer (&parts->pdata[0]);

  return *text != '\0' ? text : (g_free (text), NULL);
}

static char *
join_non_empty (GPtrArray  *parts,
                const int  *order,
                guint       n,
                const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *part;

      if ((guint) order[i] >= parts->len)
        continue;
      part = parts->pdata[order[i]];
      if (*part == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, part);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
format_address (GPtrArray *parts)
{
  /* post office box; extended; street; locality; region; postal code; country */
  static const int street[] = { 0, 1, 2 };
  static const int town[] = { 5, 3 };
  g_autofree char *street_text = join_non_empty (parts, street, G_N_ELEMENTS (street), ", ");
  g_autofree char *town_text = join_non_empty (parts, town, G_N_ELEMENTS (town), " ");
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  static const int all[] = { 0, 1, 2 };

  g_ptr_array_add (lines, street_text != NULL ? street_text : (char *) "");
  g_ptr_array_add (lines, town_text != NULL ? town_text : (char *) "");
  g_ptr_array_add (lines, parts->len > 6 ? parts->pdata[6] : (char *) "");
  g_ptr_array_add (lines, (char *) "");
  return join_non_empty (lines, all, 3, ", ");
}

AccVcard *
acc_vcard_reader_next (AccVcardReader  *reader,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(AccVcard) card = NULL;
  g_autofree char *n_name = NULL;
  int phone_rank = 0, email_rank = 0;
  GError *local_error = NULL;

  for (;;)
    {
      g_autofree char *line = NULL;
      g_autofree char *name = NULL;
      Params params = { 0 };
      const char *value;
      guint line_number = 0;

      line = read_logical (reader, &line_number, cancellable, &local_error);
      if (line == NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, local_error);
          else if (card != NULL)
            g_set_error (error, ACC_VCARD_ERROR, ACC_VCARD_ERROR_MALFORMED,
                         _("Line %u: a card is never closed by END:VCARD."), card->line);
          return NULL;
        }

      name = property_name (line);
      if (card == NULL)
        {
          if (g_str_equal (name, "BEGIN"))
            {
              card = g_new0 (AccVcard, 1);
              card->line = reader->card_line = line_number;
            }
          continue;   /* anything outside a card is ignored */
        }
      if (is_binary_property (name))
        continue;
      if (g_str_equal (name, "END"))
        break;
      if (g_str_equal (name, "BEGIN"))
        {
          g_set_error (error, ACC_VCARD_ERROR, ACC_VCARD_ERROR_MALFORMED,
                       _("Line %u: a card is never closed by END:VCARD."), card->line);
          return NULL;
        }

      value = parse_params (line, &params);
      {
        g_autofree char *decoded = decode_value (value, &params);

        if (g_str_equal (name, "FN"))
          {
            g_free (card->name);
            card->name = unescape (decoded);
          }
        else if (g_str_equal (name, "N"))
          {
            g_autoptr(GPtrArray) parts = split_unescape (decoded, ';');
            /* family; given; additional; prefix; suffix */
            static const int order[] = { 3, 1, 2, 0, 4 };
            g_free (n_name);
            n_name = join_non_empty (parts, order, G_N_ELEMENTS (order), " ");
          }
        else if (g_str_equal (name, "ORG"))
          {
            g_autoptr(GPtrArray) parts = split_unescape (decoded, ';');
            static const int order[] = { 0, 1, 2, 3 };
            g_free (card->organisation);
            card->organisation = join_non_empty (parts, order, G_N_ELEMENTS (order), ", ");
          }
        else if (g_str_equal (name, "TEL"))
          {
            int rank = params.pref ? 3 : has_type (&params, "cell") ? 2 : 1;
            g_autofree char *phone = unescape (decoded);

            if (phone != NULL && g_ascii_strncasecmp (phone, "tel:", 4) == 0)
              memmove (phone, phone + 4, strlen (phone + 4) + 1);
            if (phone != NULL && *phone != '\0' && rank > phone_rank)
              {
                g_free (card->phone);
                card->phone = g_steal_pointer (&phone);
                phone_rank = rank;
              }
          }
        else if (g_str_equal (name, "EMAIL"))
          {
            int rank = params.pref ? 2 : 1;
            g_autofree char *email = unescape (decoded);

            if (email != NULL && rank > email_rank)
              {
                g_free (card->email);
                card->email = g_steal_pointer (&email);
                email_rank = rank;
              }
          }
        else if (g_str_equal (name, "ADR") && card->address == NULL)
          {
            g_autoptr(GPtrArray) parts = split_unescape (decoded, ';');
            card->address = format_address (parts);
          }
        else if (g_str_equal (name, "NOTE"))
          {
            g_free (card->notes);
            card->notes = unescape (decoded);
          }
      }
      params_clear (&params);
    }

  if (card->name == NULL || *card->name == '\0')
    {
      g_free (card->name);
      card->name = g_steal_pointer (&n_name);
    }
  return g_steal_pointer (&card);
}

/* Writing */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\r': break;
        case '\n': g_string_append (out, "\\n"); break;
        default: g_string_append_c (out, *p);
        }
    }
}

/* Appends « NAME:value » folded at 75 octets, never inside a character. */
static void
append_property (GString    *out,
                 const char *name,
                 const char *value,
                 gboolean    escape)
{
  g_autoptr(GString) line = g_string_new (name);
  gsize column = 0;

  if (value == NULL || *value == '\0')
    return;
  g_string_append_c (line, ':');
  if (escape)
    append_escaped (line, value);
  else
    g_string_append (line, value);

  for (const char *p = line->str; *p != '\0';)
    {
      const char *next = g_utf8_next_char (p);
      gsize size = next - p;

      if (column + size > 75)
        {
          g_string_append (out, "\r\n ");
          column = 1;
        }
      g_string_append_len (out, p, size);
      column += size;
      p = next;
    }
  g_string_append (out, "\r\n");
}

void
acc_vcard_append (GString        *out,
                  const AccVcard *card)
{
  g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");
  append_property (out, "FN", card->name != NULL ? card->name : "", TRUE);
  append_property (out, "ORG", card->organisation, TRUE);
  if (card->phone != NULL && *card->phone != '\0')
    {
      g_autofree char *uri = g_strconcat ("tel:", card->phone, NULL);
      append_property (out, "TEL;VALUE=uri;TYPE=voice", uri, FALSE);
    }
  append_property (out, "EMAIL", card->email, TRUE);
  if (card->address != NULL && *card->address != '\0')
    {
      g_autoptr(GString) adr = g_string_new (";;");
      append_escaped (adr, card->address);
      g_string_append (adr, ";;;;");
      append_property (out, "ADR", adr->str, FALSE);
    }
  append_property (out, "NOTE", card->notes, TRUE);
  g_string_append (out, "END:VCARD\r\n");
}
