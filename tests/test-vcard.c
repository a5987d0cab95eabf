/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-vcard.c — vCards as Thunderbird, Evolution and Android write them
 * (the .vcf files of tests/data): folded lines, quoted-printable, several TEL and EMAIL,
 * photos skipped; and the 4.0 writer read back. */
#include <string.h>

#include "acc-vcard.h"

static GPtrArray *
read_stream (GInputStream *stream,
             GError      **error)
{
  g_autoptr(AccVcardReader) reader = acc_vcard_reader_new (stream);
  GPtrArray *cards = g_ptr_array_new_with_free_func ((GDestroyNotify) acc_vcard_free);
  AccVcard *card;

  while ((card = acc_vcard_reader_next (reader, NULL, error)) != NULL)
    g_ptr_array_add (cards, card);
  return cards;
}

static GPtrArray *
read_sample (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);
  GPtrArray *cards;

  g_assert_no_error (error);
  cards = read_stream (G_INPUT_STREAM (stream), &error);
  g_assert_no_error (error);
  return cards;
}

static GPtrArray *
read_text (const char *text,
           GError    **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);

  return read_stream (stream, error);
}

static void
test_thunderbird (void)
{
  g_autoptr(GPtrArray) cards = read_sample ("thunderbird-3.0.vcf");
  AccVcard *card;

  g_assert_cmpuint (cards->len, ==, 2);
  card = cards->pdata[0];
  g_assert_cmpuint (card->line, ==, 1);
  g_assert_cmpstr (card->name, ==, "Hélène Lefèvre");
  g_assert_cmpstr (card->organisation, ==, "CCAS de Quimper, Accueil");
  /* Two TEL: the mobile; two EMAIL: the first */
  g_assert_cmpstr (card->phone, ==, "06 12 34 56 78");
  g_assert_cmpstr (card->email, ==, "helene.lefevre@ccas-quimper.fr");
  g_assert_cmpstr (card->address, ==, "12, rue de la Mairie, 29000 Quimper, France");
  g_assert_cmpstr (card->notes, ==, "Rappeler le matin, avant 10 h.\nDossier n° 12; urgent");

  /* No FN: the name from N, prefix first */
  card = cards->pdata[1];
  g_assert_cmpstr (card->name, ==, "M. Jérôme Moreau");
  g_assert_null (card->phone);
  g_assert_cmpstr (card->email, ==, "jerome.moreau@exemple.fr");
}

static void
test_evolution (void)
{
  g_autoptr(GPtrArray) cards = read_sample ("evolution-3.0.vcf");
  AccVcard *card;

  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_cmpstr (card->name, ==, "Gaëlle Le Gall");
  g_assert_cmpstr (card->phone, ==, "+33 6 98 76 54 32");
  g_assert_cmpstr (card->email, ==, "gaelle@exemple.fr");
  /* Folded, and the property after the photo still read */
  g_assert_cmpstr (card->notes, ==,
                   "Une note assez longue pour être repliée sur plusieurs lignes par Evolution, comme le veut la RFC.");
  g_assert_cmpstr (card->organisation, ==, "Association « Le Relais »");
}

static void
test_android_quoted_printable (void)
{
  g_autoptr(GPtrArray) cards = read_sample ("android-2.1.vcf");
  AccVcard *card;

  g_assert_cmpuint (cards->len, ==, 2);
  card = cards->pdata[0];
  g_assert_cmpstr (card->name, ==, "Françoise N’Diaye");
  /* TEL;CELL;PREF wins over the first */
  g_assert_cmpstr (card->phone, ==, "0611223344");
  g_assert_cmpstr (card->email, ==, "francoise@exemple.fr");
  /* Soft line break joined */
  g_assert_cmpstr (card->notes, ==, "Réunion à prévoir avec le CCAS de Brest, après l’été.");

  /* CHARSET=ISO-8859-1 */
  card = cards->pdata[1];
  g_assert_cmpstr (card->name, ==, "Noël Ménard");
  g_assert_cmpstr (card->phone, ==, "01 23 45 67 89");
  g_assert_cmpuint (card->line, >, 10);
}

static void
test_version_4 (void)
{
  g_autoptr(GPtrArray) cards = read_sample ("vcard-4.0.vcf");
  AccVcard *card;

  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_cmpstr (card->name, ==, "Éric Çelik");
  /* PREF=1, and the tel: URI undone */
  g_assert_cmpstr (card->phone, ==, "+33-7-81-22-33-44");
  g_assert_cmpstr (card->email, ==, "eric@exemple.fr");
  g_assert_cmpstr (card->address, ==, "Bâtiment B, 3 allée des Tilleuls, 29200 Brest");
}

static void
test_photo_ignored (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  AccVcard *card;

  /* A megabyte of photo, folded */
  for (guint i = 0; i < 14000; i++)
    g_string_append (text, "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eg==\r\n ");
  g_string_append (text, "AAAA\r\nTEL:0612345678\r\nEND:VCARD\r\n");
  cards = read_text (text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_cmpstr (card->name, ==, "Zoé");
  g_assert_cmpstr (card->phone, ==, "0612345678");
  g_assert_null (card->notes);
}

static void
test_unterminated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_text ("BEGIN:VCARD\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nFN:B\n", &error);

  g_assert_error (error, ACC_VCARD_ERROR, ACC_VCARD_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "5"));
  g_assert_cmpuint (cards->len, ==, 1);
}

static void
test_write_read_back (void)
{
  AccVcard card = {
    0, (char *) "Hélène; \"Lefèvre\", dite \\ Léna", (char *) "CCAS, Quimper",
    (char *) "+33612345678", (char *) "helene@exemple.fr", (char *) "1 rue A, 29000 Quimper",
    (char *) "Une note très longue, pour que la ligne soit repliée à soixante-quinze octets au plus.\nDeuxième ligne.",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) cards = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  AccVcard *back;

  acc_vcard_append (out, &card);
  g_assert_true (g_str_has_prefix (out->str, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  lines = g_strsplit (out->str, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  cards = read_text (out->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  back = cards->pdata[0];
  g_assert_cmpstr (back->name, ==, card.name);
  g_assert_cmpstr (back->organisation, ==, card.organisation);
  g_assert_cmpstr (back->phone, ==, card.phone);
  g_assert_cmpstr (back->email, ==, card.email);
  g_assert_cmpstr (back->address, ==, card.address);
  g_assert_cmpstr (back->notes, ==, card.notes);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vcard/thunderbird", test_thunderbird);
  g_test_add_func ("/vcard/evolution", test_evolution);
  g_test_add_func ("/vcard/android-quoted-printable", test_android_quoted_printable);
  g_test_add_func ("/vcard/version-4", test_version_4);
  g_test_add_func ("/vcard/photo-ignored", test_photo_ignored);
  g_test_add_func ("/vcard/unterminated", test_unterminated);
  g_test_add_func ("/vcard/write-read-back", test_write_read_back);
  return g_test_run ();
}
