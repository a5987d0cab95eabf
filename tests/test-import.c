/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import.c — importing contacts and directory entries: a bad line
 * aborts or is skipped, duplicates merged or skipped, a failed import
 * changes nothing, export then import gives the same rows back, the
 * preview, and the asynchronous import with its progress. */
#include <glib/gstdio.h>
#include <string.h>

#include "acc-core.h"

typedef struct
{
  char *dir;
  char *db_path;
  AccRepository *repository;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("accueil-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "accueil.db", NULL);
  fixture->repository = acc_repository_open (fixture->db_path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *text,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
count_contacts (Fixture *fixture)
{
  g_autoptr(GListModel) contacts = acc_repository_list_contacts (fixture->repository, NULL);

  return g_list_model_get_n_items (contacts);
}

static AccContact *
find_contact (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GListModel) contacts = acc_repository_list_contacts (fixture->repository, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(AccContact) contact = g_list_model_get_item (contacts, i);
      if (g_strcmp0 (acc_contact_get_name (contact), name) == 0)
        return g_steal_pointer (&contact);
    }
  return NULL;
}

static AccImportReport *
import (Fixture                *fixture,
        GFile                  *file,
        const AccImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  AccImportReport *report = acc_repository_import (fixture->repository, file, options, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
add_contact (Fixture    *fixture,
             const char *name,
             const char *phone,
             const char *email)
{
  g_autoptr(AccContact) contact = acc_contact_new (name);
  g_autoptr(GError) error = NULL;

  acc_contact_set_phone (contact, phone);
  acc_contact_set_email (contact, email);
  acc_repository_save_contact (fixture->repository, contact, &error);
  g_assert_no_error (error);
}

static const char bad_line_csv[] =
  "Nom;Prénom;Téléphone;Courriel\r\n"
  "Dupont;Hélène;06 12 34 56 78;helene@exemple.fr\r\n"
  "Martin;Jean;pas de numéro;\r\n"
  "Lefèvre;Zoé;02 98 00 11 22;\r\n"
  ";;;sans-nom@exemple.fr\r\n";

static void
test_abort (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "bad.csv", bad_line_csv, -1);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  AccImportProblem *problem;

  options.on_error = ACC_IMPORT_ON_ERROR_ABORT;
  report = import (fixture, file, &options);
  g_assert_true (report->aborted);
  g_assert_cmpuint (report->rows_read, ==, 4);
  /* Every bad line is reported, with its line and reason. */
  g_assert_cmpuint (report->problems->len, ==, 2);
  problem = report->problems->pdata[0];
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_nonnull (strstr (problem->reason, "pas de numéro"));
  problem = report->problems->pdata[1];
  g_assert_cmpuint (problem->line, ==, 5);
  g_assert_cmpuint (count_contacts (fixture), ==, 0);
}

static void
test_skip_bad_lines (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "bad.csv", bad_line_csv, -1);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccContact) helene = NULL;

  options.on_error = ACC_IMPORT_ON_ERROR_SKIP;
  report = import (fixture, file, &options);
  g_assert_false (report->aborted);
  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->problems->len, ==, 2);
  g_assert_cmpuint (count_contacts (fixture), ==, 2);
  /* « Prénom » + « Nom », the phone in E.164 */
  helene = find_contact (fixture, "Hélène Dupont");
  g_assert_nonnull (helene);
  g_assert_cmpstr (acc_contact_get_phone (helene), ==, "+33612345678");
}

static const char duplicates_csv[] =
  "name,organisation,phone,email,address\n"
  "Hélène D.,CCAS,+33 6 12 34 56 78,,1 rue A\n"          /* the same phone */
  "Jean M.,,,JEAN.MARTIN@Exemple.FR,2 rue B\n"         /* the same e-mail */
  "Zoé L.,,07 00 00 00 01,,3 rue C\n"                  /* new */
  "Zoé bis,,0700000001,,\n";                           /* a duplicate of the line before */

static void
test_merge_duplicates (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "dup.csv", duplicates_csv, -1);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccContact) helene = NULL;
  g_autoptr(AccContact) jean = NULL;

  add_contact (fixture, "Hélène Dupont", "06 12 34 56 78", NULL);
  add_contact (fixture, "Jean Martin", NULL, "jean.martin@exemple.fr");

  options.duplicates = ACC_IMPORT_DUPLICATES_MERGE;
  report = import (fixture, file, &options);
  g_assert_false (report->aborted);
  g_assert_cmpuint (report->imported, ==, 1);
  g_assert_cmpuint (report->merged, ==, 3);
  g_assert_cmpuint (count_contacts (fixture), ==, 3);

  /* Empty fields filled, the others kept */
  helene = find_contact (fixture, "Hélène Dupont");
  g_assert_nonnull (helene);
  g_assert_cmpstr (acc_contact_get_organisation (helene), ==, "CCAS");
  g_assert_cmpstr (acc_contact_get_address (helene), ==, "1 rue A");
  jean = find_contact (fixture, "Jean Martin");
  g_assert_cmpstr (acc_contact_get_address (jean), ==, "2 rue B");
  g_assert_cmpstr (acc_contact_get_email (jean), ==, "jean.martin@exemple.fr");
}

static void
test_skip_duplicates (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "dup.csv", duplicates_csv, -1);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccContact) helene = NULL;

  add_contact (fixture, "Hélène Dupont", "06 12 34 56 78", NULL);
  add_contact (fixture, "Jean Martin", NULL, "jean.martin@exemple.fr");

  options.duplicates = ACC_IMPORT_DUPLICATES_SKIP;
  report = import (fixture, file, &options);
  g_assert_cmpuint (report->imported, ==, 1);
  g_assert_cmpuint (report->skipped, ==, 3);
  g_assert_cmpuint (report->merged, ==, 0);
  helene = find_contact (fixture, "Hélène Dupont");
  g_assert_null (acc_contact_get_address (helene));
}

static void
test_failure_changes_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccImportReport) report2 = NULL;
  g_autoptr(AccContact) helene = NULL;

  add_contact (fixture, "Hélène Dupont", "06 12 34 56 78", NULL);

  /* A merge and a new row, then a bad line: aborted */
  bad = write_file (fixture, "bad.csv",
                    "nom;tel;adresse\nHélène;0612345678;1 rue A\nNouveau;0700000002;\nX;123;\n", -1);
  report = import (fixture, bad, &options);
  g_assert_true (report->aborted);

  /* An unterminated quote: aborted even when bad lines are skipped */
  broken = write_file (fixture, "broken.csv",
                       "nom;tel;adresse\nNouveau;0700000002;\n\"Autre;0700000003;\n", -1);
  options.on_error = ACC_IMPORT_ON_ERROR_SKIP;
  report2 = import (fixture, broken, &options);
  g_assert_true (report2->aborted);
  g_assert_cmpuint (report2->problems->len, ==, 1);
  g_assert_cmpuint (((AccImportProblem *) report2->problems->pdata[0])->line, ==, 3);

  /* A vCard never closed */
  {
    g_autoptr(GFile) vcf = write_file (fixture, "broken.vcf",
                                       "BEGIN:VCARD\r\nFN:Nouveau\r\nTEL:0700000002\r\nEND:VCARD\r\n"
                                       "BEGIN:VCARD\r\nFN:Autre\r\n", -1);
    g_autoptr(AccImportReport) report3 = import (fixture, vcf, &options);
    AccImportProblem *problem;

    g_assert_true (report3->aborted);
    g_assert_cmpuint (report3->problems->len, ==, 1);
    problem = report3->problems->pdata[0];
    g_assert_cmpuint (problem->line, ==, 5);
    g_assert_cmpstr (problem->reason, ==, "a card is never closed by END:VCARD.");
  }

  g_assert_cmpuint (count_contacts (fixture), ==, 1);
  helene = find_contact (fixture, "Hélène Dupont");
  g_assert_null (acc_contact_get_address (helene));
}

static char *
export_to_text (Fixture         *fixture,
                AccImportTarget  target,
                AccImportFormat  format,
                guint            expected_rows)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  g_assert_true (acc_repository_export (fixture->repository, target, format, stream, NULL, NULL, NULL,
                                        &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, expected_rows);
  g_output_stream_close (stream, NULL, NULL);
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
}

static void
round_trip (Fixture         *fixture,
            AccImportFormat  format)
{
  static const char *const names[] = { "Hélène Lefèvre", "Noël Ménard", "Françoise N’Diaye", "Éric Çelik" };
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccImportReport) report = NULL;
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccContact) first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AccContact) contact = acc_contact_new (names[i]);
      g_autofree char *phone = g_strdup_printf ("06 00 00 00 0%u", i);
      acc_contact_set_phone (contact, phone);
      acc_contact_set_organisation (contact, "Association « L’Été; ensemble »");
      acc_contact_set_notes (contact, "deux\nlignes, \"citées\"");
      acc_contact_set_kind (contact, ACC_CONTACT_KIND_PARTNER);
      acc_repository_save_contact (fixture->repository, contact, &error);
      g_assert_no_error (error);
    }
  text = export_to_text (fixture, ACC_IMPORT_TARGET_CONTACTS, format, G_N_ELEMENTS (names));

  /* Into a fresh database */
  g_clear_object (&fixture->repository);
  g_remove (fixture->db_path);
  g_free (fixture->db_path);
  fixture->db_path = g_build_filename (fixture->dir, "again.db", NULL);
  fixture->repository = acc_repository_open (fixture->db_path, &error);
  g_assert_no_error (error);

  file = write_file (fixture, format == ACC_IMPORT_FORMAT_CSV ? "export.csv" : "export.vcf", text, -1);
  report = import (fixture, file, &options);
  g_assert_false (report->aborted);
  g_assert_cmpuint (report->imported, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AccContact) contact = find_contact (fixture, names[i]);
      g_assert_nonnull (contact);
      g_assert_cmpstr (acc_contact_get_organisation (contact), ==, "Association « L’Été; ensemble »");
      g_assert_cmpstr (acc_contact_get_notes (contact), ==, "deux\nlignes, \"citées\"");
      if (format == ACC_IMPORT_FORMAT_CSV)
        g_assert_cmpint (acc_contact_get_kind (contact), ==, ACC_CONTACT_KIND_PARTNER);
    }
  first = find_contact (fixture, names[0]);
  g_assert_cmpstr (acc_contact_get_phone (first), ==, "+33600000000");
}

static void
test_round_trip_csv (Fixture       *fixture,
                     gconstpointer  data)
{
  round_trip (fixture, ACC_IMPORT_FORMAT_CSV);
}

static void
test_round_trip_vcard (Fixture       *fixture,
                       gconstpointer  data)
{
  round_trip (fixture, ACC_IMPORT_FORMAT_VCARD);
}

/* Text of every kind, exported then imported into a fresh database, comes
 * back byte for byte: accents, emoji with their joiners, right-to-left
 * scripts, quotes, separators, SQL, tabs and line breaks, and notes of
 * 10,000 characters. */
static void
hostile_round_trip (Fixture         *fixture,
                    AccImportFormat  format)
{
  static const char *const texts[] = {
    "Hélène Dupré-Lefèvre, Œuvre de l'Âge d'Or, ça, Ç, ß",
    "📞 Rappeler 😀 👩🏽‍💼 👨‍👩‍👧‍👦 🏳️‍🌈 🇫🇷",
    "مرحبا بكم في مكتب الاستقبال",
    "שלום, ברוכים הבאים",
    "Il a dit « bonjour », \"au revoir\", 'merci'; `à bientôt`",
    "'); DROP TABLE contacts; --",
    /* Line breaks as the forms store them: both formats write a break as
     * CR LF, the way spreadsheets want it, and read any break back as LF. */
    "Ligne 1\nLigne 2\n\tTabulé;fin",
    "BEGIN:VCARD\\nEND:VCARD, a\\;b : c",
  };
  g_autoptr(GString) long_notes = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccImportReport) report = NULL;
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;

  while (g_utf8_strlen (long_notes->str, -1) < ACC_LIMIT_TEXT - 3)
    g_string_append (long_notes, "é😀\"; ");
  g_string_truncate (long_notes, g_utf8_offset_to_pointer (long_notes->str, ACC_LIMIT_TEXT - 3) - long_notes->str);
  g_string_append (long_notes, "FIN");
  g_assert_cmpint (g_utf8_strlen (long_notes->str, -1), ==, ACC_LIMIT_TEXT);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u %s", i, strchr (texts[i], '\n') ? "Retours" : texts[i]);
      g_autoptr(AccContact) contact = acc_contact_new (name);

      acc_contact_set_organisation (contact, strchr (texts[i], '\n') ? NULL : texts[i]);
      acc_contact_set_address (contact, texts[i]);
      acc_contact_set_notes (contact, i == 0 ? long_notes->str : texts[i]);
      acc_repository_save_contact (fixture->repository, contact, &error);
      g_assert_no_error (error);
    }
  text = export_to_text (fixture, ACC_IMPORT_TARGET_CONTACTS, format, G_N_ELEMENTS (texts));

  g_clear_object (&fixture->repository);
  g_remove (fixture->db_path);
  g_free (fixture->db_path);
  fixture->db_path = g_build_filename (fixture->dir, "again.db", NULL);
  fixture->repository = acc_repository_open (fixture->db_path, &error);
  g_assert_no_error (error);

  file = write_file (fixture, format == ACC_IMPORT_FORMAT_CSV ? "export.csv" : "export.vcf", text, -1);
  report = import (fixture, file, &options);
  g_assert_false (report->aborted);
  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->imported, ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u %s", i, strchr (texts[i], '\n') ? "Retours" : texts[i]);
      g_autoptr(AccContact) contact = find_contact (fixture, name);

      g_test_message ("text %u", i);
      g_assert_nonnull (contact);
      g_assert_cmpstr (acc_contact_get_organisation (contact), ==, strchr (texts[i], '\n') ? NULL : texts[i]);
      g_assert_cmpstr (acc_contact_get_address (contact), ==, texts[i]);
      g_assert_cmpstr (acc_contact_get_notes (contact), ==, i == 0 ? long_notes->str : texts[i]);
    }
}

static void
test_hostile_round_trip_csv (Fixture       *fixture,
                             gconstpointer  data)
{
  hostile_round_trip (fixture, ACC_IMPORT_FORMAT_CSV);
}

static void
test_hostile_round_trip_vcard (Fixture       *fixture,
                               gconstpointer  data)
{
  hostile_round_trip (fixture, ACC_IMPORT_FORMAT_VCARD);
}

/* A row with a text over its limit is reported with the field's name and
 * never stored cut short; with "abort", nothing of the file is stored. */
static void
test_too_long_changes_nothing (Fixture       *fixture,
                               gconstpointer  data)
{
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(GString) csv = g_string_new ("nom;tel;notes\nNouveau;0700000002;ok\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccImportReport) skipping = NULL;
  g_autoptr(AccContact) nouveau = NULL;
  AccImportProblem *problem;

  add_contact (fixture, "Hélène Dupont", "06 12 34 56 78", NULL);
  for (guint i = 0; i <= ACC_LIMIT_NAME; i++)
    g_string_append (csv, "é");
  g_string_append (csv, ";0700000003;\n");
  file = write_file (fixture, "long.csv", csv->str, -1);

  report = import (fixture, file, &options);
  g_assert_true (report->aborted);
  g_assert_cmpuint (report->problems->len, ==, 1);
  problem = report->problems->pdata[0];
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_nonnull (strstr (problem->reason, "Name"));
  g_assert_cmpuint (count_contacts (fixture), ==, 1);

  options.on_error = ACC_IMPORT_ON_ERROR_SKIP;
  skipping = import (fixture, file, &options);
  g_assert_cmpuint (skipping->imported, ==, 1);
  g_assert_cmpuint (count_contacts (fixture), ==, 2);
  nouveau = find_contact (fixture, "Nouveau");
  g_assert_nonnull (nouveau);
}

static void
test_vcard_sample (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "thunderbird-3.0.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = import (fixture, file, &options);
  g_autoptr(AccContact) helene = NULL;

  g_assert_cmpuint (report->imported, ==, 2);
  helene = find_contact (fixture, "Hélène Lefèvre");
  g_assert_cmpstr (acc_contact_get_phone (helene), ==, "+33612345678");
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  data)
{
  /* Windows-1252, ',' */
  const char text[] =
    "Nom,Cat\xe9gorie,T\xe9l\xe9phone,Courriel,Adresse,Site web,Horaires,Notes\r\n"
    "CCAS de Quimper,CCAS,02 98 98 98 98,ccas@quimper.fr,\"1 place, Quimper\",https://quimper.fr,\"lun.-ven. 9 h-12 h\",\r\n"
    "Caisse d'allocations familiales,CAF,3230,,,,,\r\n"
    "CCAS (doublon),,0298989898,,,,,\xe0 fusionner\r\n";
  g_autoptr(GFile) file = write_file (fixture, "annuaire.csv", text, sizeof text - 1);
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  AccDirectoryEntry *entry = NULL;

  options.target = ACC_IMPORT_TARGET_DIRECTORY;
  options.on_error = ACC_IMPORT_ON_ERROR_SKIP;
  report = import (fixture, file, &options);
  g_assert_cmpuint (report->rows_read, ==, 3);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpuint (report->imported + report->problems->len, ==, 2);

  entries = acc_repository_list_directory (fixture->repository, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AccDirectoryEntry) item = g_list_model_get_item (entries, i);
      if (g_strcmp0 (acc_directory_entry_get_name (item), "CCAS de Quimper") == 0)
        entry = item;
    }
  g_assert_nonnull (entry);
  g_assert_cmpstr (acc_directory_entry_get_category (entry), ==, "CCAS");
  g_assert_cmpstr (acc_directory_entry_get_phone (entry), ==, "+33298989898");
  g_assert_cmpstr (acc_directory_entry_get_website (entry), ==, "https://quimper.fr");
  g_assert_cmpstr (acc_directory_entry_get_hours (entry), ==, "lun.-ven. 9 h-12 h");
  g_assert_cmpstr (acc_directory_entry_get_notes (entry), ==, "à fusionner");

  exported = export_to_text (fixture, ACC_IMPORT_TARGET_DIRECTORY, ACC_IMPORT_FORMAT_CSV,
                             g_list_model_get_n_items (entries));
  g_assert_true (g_str_has_prefix (exported, "\xef\xbb\xbfname;category;phone;email;address;website;hours;notes\r\n"));
  g_assert_nonnull (strstr (exported, "CCAS de Quimper;CCAS;+33298989898;ccas@quimper.fr;1 place, Quimper;"));
}

static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  const char text[] = "Pr\xe9nom;Nom;Soci\xe9t\xe9;Portable;Divers\r\nH\xe9l\xe8ne;Dupont;CCAS;0612345678;x\r\n"
                      "Jean;Martin;;;\r\nZo\xe9;L;;;\r\n";
  g_autoptr(GFile) file = write_file (fixture, "preview.csv", text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccImportPreview) preview = acc_import_preview (file, ACC_IMPORT_TARGET_CONTACTS, 2, NULL, &error);
  char **row;

  g_assert_no_error (error);
  g_assert_cmpint (preview->format, ==, ACC_IMPORT_FORMAT_CSV);
  g_assert_cmpint (preview->separator, ==, ';');
  g_assert_cmpint (preview->encoding, ==, ACC_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (preview->n_columns, ==, 5);
  g_assert_cmpstr (preview->header[0], ==, "Prénom");
  g_assert_cmpint (preview->mapping[0], ==, ACC_IMPORT_FIELD_FIRST_NAME);
  g_assert_cmpint (preview->mapping[1], ==, ACC_IMPORT_FIELD_NAME);
  g_assert_cmpint (preview->mapping[2], ==, ACC_IMPORT_FIELD_ORGANISATION);
  g_assert_cmpint (preview->mapping[3], ==, ACC_IMPORT_FIELD_PHONE);
  g_assert_cmpint (preview->mapping[4], ==, ACC_IMPORT_FIELD_IGNORE);
  g_assert_cmpuint (preview->rows->len, ==, 2);
  row = preview->rows->pdata[0];
  g_assert_cmpstr (row[0], ==, "Hélène");
  g_assert_cmpstr (row[4], ==, "x");
}

static void
test_header_names (void)
{
  g_assert_cmpint (acc_import_field_from_header ("E-mail", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (acc_import_field_from_header ("Courriel", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (acc_import_field_from_header (" Téléphone ", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_PHONE);
  g_assert_cmpint (acc_import_field_from_header ("TEL", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_PHONE);
  g_assert_cmpint (acc_import_field_from_header ("Mobile", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_PHONE);
  g_assert_cmpint (acc_import_field_from_header ("Organisme", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_ORGANISATION);
  g_assert_cmpint (acc_import_field_from_header ("Société", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_ORGANISATION);
  g_assert_cmpint (acc_import_field_from_header ("Type", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_KIND);
  g_assert_cmpint (acc_import_field_from_header ("Type", ACC_IMPORT_TARGET_DIRECTORY), ==, ACC_IMPORT_FIELD_CATEGORY);
  g_assert_cmpint (acc_import_field_from_header ("Horaires", ACC_IMPORT_TARGET_DIRECTORY), ==, ACC_IMPORT_FIELD_HOURS);
  g_assert_cmpint (acc_import_field_from_header ("Fax", ACC_IMPORT_TARGET_CONTACTS), ==, ACC_IMPORT_FIELD_IGNORE);
}

static void
test_mapping_override (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "cols.csv", "A;B;C\nDupont;0612345678;ignored\n", -1);
  const AccImportField mapping[] = { ACC_IMPORT_FIELD_NAME, ACC_IMPORT_FIELD_PHONE, ACC_IMPORT_FIELD_IGNORE };
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  g_autoptr(AccImportReport) report = NULL;
  g_autoptr(AccContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  /* Without a mapping no column is the name */
  g_assert_null (acc_repository_import (fixture->repository, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, ACC_IMPORT_ERROR, ACC_IMPORT_ERROR_NO_NAME_COLUMN);

  options.mapping = mapping;
  options.n_columns = G_N_ELEMENTS (mapping);
  report = import (fixture, file, &options);
  g_assert_cmpuint (report->imported, ==, 1);
  contact = find_contact (fixture, "Dupont");
  g_assert_cmpstr (acc_contact_get_phone (contact), ==, "+33612345678");
  g_assert_null (acc_contact_get_notes (contact));
}

typedef struct
{
  GMainLoop *loop;
  AccImportReport *report;
  GError *error;
  guint n_progress;
  double last_fraction;
  GThread *main_thread;
} AsyncState;

static void
on_progress (double   fraction,
             guint    rows,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_cmpfloat (fraction, >=, state->last_fraction);
  state->last_fraction = fraction;
  state->n_progress++;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->report = acc_repository_import_finish (ACC_REPOSITORY (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("nom;tel\n");
  g_autoptr(GFile) file = NULL;
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  AsyncState state = { 0 };
  g_autoptr(GListModel) contacts = acc_repository_list_contacts (fixture->repository, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "Contact %u;07 00 %02u %02u %02u\n", i, i / 10000, i / 100 % 100, i % 100);
  file = write_file (fixture, "async.csv", text->str, text->len);

  state.loop = g_main_loop_new (NULL, FALSE);
  state.main_thread = g_thread_self ();
  acc_repository_import_async (fixture->repository, file, &options, NULL, on_progress, &state,
                               on_imported, &state);
  g_main_loop_run (state.loop);
  g_main_loop_unref (state.loop);

  g_assert_no_error (state.error);
  g_assert_nonnull (state.report);
  g_assert_cmpuint (state.report->imported, ==, 3000);
  g_assert_cmpuint (state.n_progress, >=, 2);
  g_assert_cmpfloat (state.last_fraction, ==, 1.0);
  acc_import_report_free (state.report);
  /* This connection's lists see the worker's rows. */
  g_assert_cmpuint (count_contacts (fixture), ==, 3000);
}

static void
cancel_at_once (double   fraction,
                guint    rows,
                gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("nom;tel\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AccImportOptions options = ACC_IMPORT_OPTIONS_INIT;
  AccImportReport *report;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "Contact %u;07 01 %02u %02u %02u\n", i, i / 10000, i / 100 % 100, i % 100);
  file = write_file (fixture, "cancel.csv", text->str, text->len);
  report = acc_repository_import (fixture->repository, file, &options, cancellable,
                                  cancel_at_once, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_contacts (fixture), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/abort", test_abort);
  ADD ("/import/skip-bad-lines", test_skip_bad_lines);
  ADD ("/import/merge-duplicates", test_merge_duplicates);
  ADD ("/import/skip-duplicates", test_skip_duplicates);
  ADD ("/import/failure-changes-nothing", test_failure_changes_nothing);
  ADD ("/import/round-trip-csv", test_round_trip_csv);
  ADD ("/import/round-trip-vcard", test_round_trip_vcard);
  ADD ("/import/hostile-round-trip-csv", test_hostile_round_trip_csv);
  ADD ("/import/hostile-round-trip-vcard", test_hostile_round_trip_vcard);
  ADD ("/import/too-long-changes-nothing", test_too_long_changes_nothing);
  ADD ("/import/vcard-sample", test_vcard_sample);
  ADD ("/import/directory", test_directory);
  ADD ("/import/preview", test_preview);
  ADD ("/import/mapping-override", test_mapping_override);
  ADD ("/import/async", test_async);
  ADD ("/import/cancel", test_cancel);
  g_test_add_func ("/import/header-names", test_header_names);
  return g_test_run ();
}
