/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-vcard.c — the vCard reader (acc-vcard.h) on any bytes, every card to
 * the end or to the first error, each card written back as vCard 4.0 and
 * read again. */

#include <gio/gio.h>
#include <stdint.h>
#include <string.h>

#include "acc-vcard.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_field (const char *value)
{
  if (value != NULL)
    g_assert (g_utf8_validate (value, -1, NULL));
}

static guint
read_all (GInputStream *stream, GString *written)
{
  g_autoptr(AccVcardReader) reader = acc_vcard_reader_new (stream);
  g_autoptr(GError) error = NULL;
  AccVcard *card;
  guint n_cards = 0;

  while ((card = acc_vcard_reader_next (reader, NULL, &error)) != NULL)
    {
      check_field (card->name);
      check_field (card->organisation);
      check_field (card->phone);
      check_field (card->email);
      check_field (card->address);
      check_field (card->notes);
      if (written != NULL)
        acc_vcard_append (written, card);
      acc_vcard_free (card);
      n_cards++;
    }
  /* An error is an answer too: only a crash or a sanitizer report is a
   * finding. */
  (void) acc_vcard_reader_get_line (reader);
  (void) acc_vcard_reader_get_bytes_read (reader);
  return n_cards;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data (g_memdup2 (data, size), size, g_free);
  g_autoptr(GInputStream) again = NULL;

  read_all (stream, written);

  /* What the export writes, the reader reads back. */
  again = g_memory_input_stream_new_from_data (g_memdup2 (written->str, written->len),
                                               written->len, g_free);
  read_all (again, NULL);
  return 0;
}
