/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-import.c — what a file to import holds: its format (CSV or vCard),
 * its columns mapped to fields by their names in French or English, and its
 * first rows for a preview. The SQL is in acc-repository-import.c. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "acc-import-private.h"
#include "acc-vcard.h"

G_DEFINE_QUARK (acc-import-error-quark, acc_import_error)

static const char *const field_names[ACC_IMPORT_N_FIELDS] = {
  "ignore", "name", "first_name", "organisation", "phone", "email",
  "address", "notes", "kind", "category", "website", "hours",
};

const char *
acc_import_field_to_string (AccImportField field)
{
  if ((guint) field >= ACC_IMPORT_N_FIELDS)
    return "ignore";
  return field_names[field];
}

gboolean
acc_import_field_from_string (const char     *text,
                              AccImportField *field)
{
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    if (g_strcmp0 (text, field_names[i]) == 0)
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

const char *
acc_import_field_get_label (AccImportField field)
{
  switch (field)
    {
    case ACC_IMPORT_FIELD_NAME: return _("Name");
    case ACC_IMPORT_FIELD_FIRST_NAME: return _("First name");
    case ACC_IMPORT_FIELD_ORGANISATION: return _("Organisation");
    case ACC_IMPORT_FIELD_PHONE: return _("Phone");
    case ACC_IMPORT_FIELD_EMAIL: return _("E-mail");
    case ACC_IMPORT_FIELD_ADDRESS: return _("Address");
    case ACC_IMPORT_FIELD_NOTES: return _("Notes");
    case ACC_IMPORT_FIELD_KIND: return _("Kind");
    case ACC_IMPORT_FIELD_CATEGORY: return _("Category");
    case ACC_IMPORT_FIELD_WEBSITE: return _("Website");
    case ACC_IMPORT_FIELD_HOURS: return _("Opening hours");
    case ACC_IMPORT_FIELD_IGNORE:
    case ACC_IMPORT_N_FIELDS:
    default:
      return _("Not imported");
    }
}

typedef struct
{
  const char     *key;    /* lower case, ASCII letters and digits only */
  AccImportField  contacts;
  AccImportField  directory;
} HeaderName;

#define BOTH(key, field) { key, ACC_IMPORT_FIELD_##field, ACC_IMPORT_FIELD_##field }

static const HeaderName header_names[] = {
  BOTH ("nom", NAME), BOTH ("name", NAME), BOTH ("nomcomplet", NAME), BOTH ("fullname", NAME),
  BOTH ("nomprenom", NAME), BOTH ("nometprenom", NAME), BOTH ("lastname", NAME),
  BOTH ("familyname", NAME), BOTH ("nomdefamille", NAME), BOTH ("contact", NAME),
  BOTH ("displayname", NAME), BOTH ("intitule", NAME), BOTH ("service", NAME),
  BOTH ("prenom", FIRST_NAME), BOTH ("firstname", FIRST_NAME), BOTH ("givenname", FIRST_NAME),
  { "organisme", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "organisation", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "organization", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "societe", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "entreprise", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "company", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "structure", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  { "raisonsociale", ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_NAME },
  BOTH ("telephone", PHONE), BOTH ("tel", PHONE), BOTH ("phone", PHONE), BOTH ("portable", PHONE),
  BOTH ("mobile", PHONE), BOTH ("telephoneportable", PHONE), BOTH ("telephonemobile", PHONE),
  BOTH ("telportable", PHONE), BOTH ("telfixe", PHONE), BOTH ("phonenumber", PHONE),
  BOTH ("mobilephone", PHONE), BOTH ("numerodetelephone", PHONE),
  BOTH ("email", EMAIL), BOTH ("mail", EMAIL), BOTH ("courriel", EMAIL), BOTH ("adressemail", EMAIL),
  BOTH ("adresseemail", EMAIL), BOTH ("adressecourriel", EMAIL), BOTH ("emailaddress", EMAIL),
  BOTH ("adresseelectronique", EMAIL),
  BOTH ("adresse", ADDRESS), BOTH ("address", ADDRESS), BOTH ("adressepostale", ADDRESS),
  BOTH ("notes", NOTES), BOTH ("note", NOTES), BOTH ("remarques", NOTES), BOTH ("remarque", NOTES),
  BOTH ("commentaire", NOTES), BOTH ("commentaires", NOTES), BOTH ("comments", NOTES),
  BOTH ("observations", NOTES),
  { "type", ACC_IMPORT_FIELD_KIND, ACC_IMPORT_FIELD_CATEGORY },
  { "kind", ACC_IMPORT_FIELD_KIND, ACC_IMPORT_FIELD_CATEGORY },
  { "categorie", ACC_IMPORT_FIELD_KIND, ACC_IMPORT_FIELD_CATEGORY },
  { "category", ACC_IMPORT_FIELD_KIND, ACC_IMPORT_FIELD_CATEGORY },
  { "siteweb", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "siteinternet", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "site", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "website", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "web", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "url", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_WEBSITE },
  { "horaires", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_HOURS },
  { "horairesdouverture", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_HOURS },
  { "heuresdouverture", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_HOURS },
  { "hours", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_HOURS },
  { "openinghours", ACC_IMPORT_FIELD_IGNORE, ACC_IMPORT_FIELD_HOURS },
};

/**
 * acc_import_field_from_header:
 * @header: a column's name: « Nom », « Prénom », « Téléphone », « E-mail »…
 *
 * Case, accents, spaces and punctuation do not count.
 *
 * Returns: the field it names for @target, or ACC_IMPORT_FIELD_IGNORE.
 */
AccImportField
acc_import_field_from_header (const char      *header,
                              AccImportTarget  target)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) key = g_string_new (NULL);

  if (header == NULL)
    return ACC_IMPORT_FIELD_IGNORE;
  ascii = g_str_to_ascii (header, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (g_str_equal (key->str, header_names[i].key))
      return target == ACC_IMPORT_TARGET_DIRECTORY ? header_names[i].directory
                                                   : header_names[i].contacts;
  return ACC_IMPORT_FIELD_IGNORE;
}

/* The source */

struct _AccImportSource
{
  AccImportTarget target;
  AccImportFormat format;
  GInputStream *stream;
  guint64 size;
  AccCsvReader *csv;
  AccVcardReader *vcard;
  GStrv header;
  GArray *mapping;            /* AccImportField per column */
  GString *values[ACC_IMPORT_N_FIELDS];
  const char *value_ptrs[ACC_IMPORT_N_FIELDS];
  AccVcard *card;
  const char *card_raw[7];
};

void
_acc_import_source_free (AccImportSource *source)
{
  if (source == NULL)
    return;
  g_clear_object (&source->stream);
  g_clear_pointer (&source->csv, acc_csv_reader_free);
  g_clear_pointer (&source->vcard, acc_vcard_reader_free);
  g_clear_pointer (&source->card, acc_vcard_free);
  g_strfreev (source->header);
  if (source->mapping != NULL)
    g_array_unref (source->mapping);
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    g_string_free (source->values[i], TRUE);
  g_free (source);
}

static const AccImportField vcard_fields[] = {
  ACC_IMPORT_FIELD_NAME, ACC_IMPORT_FIELD_ORGANISATION, ACC_IMPORT_FIELD_PHONE,
  ACC_IMPORT_FIELD_EMAIL, ACC_IMPORT_FIELD_ADDRESS, ACC_IMPORT_FIELD_NOTES,
};

/* vCard when the first line that is not blank is BEGIN:VCARD. */
static gboolean
looks_like_vcard (GBufferedInputStream *stream,
                  GCancellable         *cancellable,
                  GError              **error)
{
  gsize available = 0;
  const char *data;
  gsize i = 0;

  if (g_buffered_input_stream_fill (stream, 4096, cancellable, error) < 0)
    return FALSE;
  data = g_buffered_input_stream_peek_buffer (stream, &available);
  if (available >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < available && g_ascii_isspace (data[i]))
    i++;
  return available - i >= 11 && g_ascii_strncasecmp (data + i, "BEGIN:VCARD", 11) == 0;
}

AccImportSource *
_acc_import_source_open (GFile                 *file,
                         AccImportTarget        target,
                         const AccImportField  *mapping,
                         guint                  n_columns,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(AccImportSource) source = g_new0 (AccImportSource, 1);
  g_autoptr(GFileInputStream) file_stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  GError *local_error = NULL;

  source->target = target;
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    source->values[i] = g_string_new (NULL);
  source->mapping = g_array_new (FALSE, TRUE, sizeof (AccImportField));

  file_stream = g_file_read (file, cancellable, error);
  if (file_stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (file_stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL)
    source->size = g_file_info_get_size (info);
  source->stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 64 * 1024);

  if (looks_like_vcard (G_BUFFERED_INPUT_STREAM (source->stream), cancellable, &local_error))
    {
      if (target == ACC_IMPORT_TARGET_DIRECTORY)
        {
          g_set_error (error, ACC_IMPORT_ERROR, ACC_IMPORT_ERROR_UNSUPPORTED,
                       _("The directory is imported from CSV only, not from vCard."));
          return NULL;
        }
      source->format = ACC_IMPORT_FORMAT_VCARD;
      source->vcard = acc_vcard_reader_new (source->stream);
      source->header = g_new0 (char *, G_N_ELEMENTS (vcard_fields) + 1);
      for (guint i = 0; i < G_N_ELEMENTS (vcard_fields); i++)
        {
          source->header[i] = g_strdup (acc_import_field_to_string (vcard_fields[i]));
          g_array_append_val (source->mapping, vcard_fields[i]);
        }
      return g_steal_pointer (&source);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  source->format = ACC_IMPORT_FORMAT_CSV;
  source->csv = acc_csv_reader_new (source->stream);
  {
    const char * const *fields = NULL;
    guint n_fields = 0;

    if (!acc_csv_reader_next_row (source->csv, &fields, &n_fields, cancellable, &local_error))
      {
        if (local_error == NULL)
          g_set_error (&local_error, ACC_IMPORT_ERROR, ACC_IMPORT_ERROR_UNSUPPORTED,
                       _("The file is empty."));
        g_propagate_error (error, local_error);
        return NULL;
      }
    source->header = g_strdupv ((char **) fields);
    for (guint i = 0; i < n_fields; i++)
      {
        AccImportField field = ACC_IMPORT_FIELD_IGNORE;

        if (mapping != NULL)
          field = i < n_columns ? mapping[i] : ACC_IMPORT_FIELD_IGNORE;
        else
          field = acc_import_field_from_header (fields[i], target);
        g_array_append_val (source->mapping, field);
      }
  }
  return g_steal_pointer (&source);
}

gboolean
_acc_import_source_has_field (AccImportSource *source,
                              AccImportField   field)
{
  for (guint i = 0; i < source->mapping->len; i++)
    if (g_array_index (source->mapping, AccImportField, i) == field)
      return TRUE;
  return FALSE;
}

double
_acc_import_source_fraction (AccImportSource *source)
{
  guint64 done;

  if (source->size == 0)
    return 0.0;
  done = source->csv != NULL ? acc_csv_reader_get_bytes_read (source->csv)
                             : acc_vcard_reader_get_bytes_read (source->vcard);
  return MIN (1.0, (double) done / (double) source->size);
}

static void
add_value (AccImportSource *source,
           AccImportField   field,
           const char      *text)
{
  GString *value = source->values[field];
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (field == ACC_IMPORT_FIELD_IGNORE || *trimmed == '\0')
    return;
  if (value->len > 0)
    g_string_append (value, field == ACC_IMPORT_FIELD_NOTES ? "\n" : " ");
  g_string_append (value, trimmed);
}

gboolean
_acc_import_source_next (AccImportSource      *source,
                         const char          **values,
                         const char * const  **raw,
                         guint                *n_raw,
                         guint                *line,
                         GCancellable         *cancellable,
                         GError              **error)
{
  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    g_string_truncate (source->values[i], 0);

  if (source->csv != NULL)
    {
      const char * const *fields = NULL;
      guint n_fields = 0;
      gboolean ok;

      ok = acc_csv_reader_next_row (source->csv, &fields, &n_fields, cancellable, error);
      *line = acc_csv_reader_get_line (source->csv);
      if (!ok)
        return FALSE;
      for (guint i = 0; i < n_fields && i < source->mapping->len; i++)
        add_value (source, g_array_index (source->mapping, AccImportField, i), fields[i]);
      if (raw != NULL)
        *raw = fields;
      if (n_raw != NULL)
        *n_raw = n_fields;
    }
  else
    {
      AccVcard *card;

      g_clear_pointer (&source->card, acc_vcard_free);
      card = source->card = acc_vcard_reader_next (source->vcard, cancellable, error);
      if (card == NULL)
        {
          *line = acc_vcard_reader_get_line (source->vcard);
          return FALSE;
        }
      *line = card->line;
      add_value (source, ACC_IMPORT_FIELD_NAME, card->name);
      add_value (source, ACC_IMPORT_FIELD_ORGANISATION, card->organisation);
      add_value (source, ACC_IMPORT_FIELD_PHONE, card->phone);
      add_value (source, ACC_IMPORT_FIELD_EMAIL, card->email);
      add_value (source, ACC_IMPORT_FIELD_ADDRESS, card->address);
      add_value (source, ACC_IMPORT_FIELD_NOTES, card->notes);
      for (guint i = 0; i < G_N_ELEMENTS (vcard_fields); i++)
        source->card_raw[i] = source->values[vcard_fields[i]]->str;
      source->card_raw[G_N_ELEMENTS (vcard_fields)] = NULL;
      if (raw != NULL)
        *raw = source->card_raw;
      if (n_raw != NULL)
        *n_raw = G_N_ELEMENTS (vcard_fields);
    }

  for (guint i = 0; i < ACC_IMPORT_N_FIELDS; i++)
    values[i] = source->values[i]->str;
  return TRUE;
}

/* Preview */

void
acc_import_preview_free (AccImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_strfreev (preview->header);
  g_free (preview->mapping);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_free (preview);
}

/**
 * acc_import_preview:
 * @n_rows: how many data rows to read at most
 *
 * Reads the start of @file only. A row the reader cannot read ends the
 * preview without an error when rows were read before it: the import will
 * report it with its line.
 *
 * Returns: (transfer full): the format, header, guessed mapping and first
 * rows; NULL with @error set when the file cannot be read at all.
 */
AccImportPreview *
acc_import_preview (GFile            *file,
                    AccImportTarget   target,
                    guint             n_rows,
                    GCancellable     *cancellable,
                    GError          **error)
{
  g_autoptr(AccImportSource) source = NULL;
  AccImportPreview *preview;
  guint n_columns;

  source = _acc_import_source_open (file, target, NULL, 0, cancellable, error);
  if (source == NULL)
    return NULL;

  n_columns = source->mapping->len;
  preview = g_new0 (AccImportPreview, 1);
  preview->format = source->format;
  preview->n_columns = n_columns;
  preview->header = g_strdupv (source->header);
  preview->mapping = g_new0 (AccImportField, MAX (n_columns, 1));
  memcpy (preview->mapping, source->mapping->data, n_columns * sizeof (AccImportField));
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint r = 0; r < n_rows; r++)
    {
      const char *values[ACC_IMPORT_N_FIELDS];
      const char * const *raw = NULL;
      guint n_raw = 0, line = 0;
      g_autoptr(GError) local_error = NULL;
      char **row;

      if (!_acc_import_source_next (source, values, &raw, &n_raw, &line, cancellable, &local_error))
        {
          if (local_error != NULL && r == 0)
            {
              acc_import_preview_free (preview);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          break;
        }
      row = g_new0 (char *, n_columns + 1);
      for (guint c = 0; c < n_columns; c++)
        row[c] = g_strdup (c < n_raw && raw[c] != NULL ? raw[c] : "");
      g_ptr_array_add (preview->rows, row);
    }

  if (source->csv != NULL)
    {
      preview->separator = acc_csv_reader_get_separator (source->csv);
      preview->encoding = acc_csv_reader_get_encoding (source->csv);
    }
  return preview;
}

typedef struct
{
  GFile *file;
  AccImportTarget target;
  guint n_rows;
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  g_object_unref (data->file);
  g_free (data);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object G_GNUC_UNUSED,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewData *data = task_data;
  GError *error = NULL;
  AccImportPreview *preview;

  preview = acc_import_preview (data->file, data->target, data->n_rows, cancellable, &error);
  if (preview == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, preview, (GDestroyNotify) acc_import_preview_free);
}

void
acc_import_preview_async (GFile               *file,
                          AccImportTarget      target,
                          guint                n_rows,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  PreviewData *data = g_new0 (PreviewData, 1);

  g_task_set_source_tag (task, acc_import_preview_async);
  data->file = g_object_ref (file);
  data->target = target;
  data->n_rows = n_rows;
  g_task_set_task_data (task, data, (GDestroyNotify) preview_data_free);
  g_task_run_in_thread (task, preview_thread);
}

AccImportPreview *
acc_import_preview_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
acc_import_report_free (AccImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_free (report);
}
