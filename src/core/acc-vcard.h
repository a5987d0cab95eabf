/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-vcard.h — vCard 2.1, 3.0 and 4.0 as Thunderbird, Evolution and phones
 * export them, read as a stream; vCard 4.0 written for export. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACC_VCARD_ERROR (acc_vcard_error_quark ())

typedef enum
{
  /* BEGIN:VCARD without END:VCARD, or text outside a card. */
  ACC_VCARD_ERROR_MALFORMED,
} AccVcardError;

/* One card: what Accueil keeps of it, in UTF-8, unescaped. Fields it does
 * not have are NULL. */
typedef struct
{
  guint  line;          /* the line of its BEGIN:VCARD, from 1 */
  char  *name;          /* FN, else N as « Given Family » */
  char  *organisation;  /* ORG, its units joined by « , » */
  char  *phone;         /* the preferred TEL, else the first mobile, else the first */
  char  *email;         /* the preferred EMAIL, else the first */
  char  *address;       /* ADR as « street, postcode town, country » */
  char  *notes;         /* NOTE */
} AccVcard;

typedef struct _AccVcardReader AccVcardReader;

GQuark          acc_vcard_error_quark     (void);
void            acc_vcard_free            (AccVcard        *card);

/* PHOTO, LOGO, SOUND and KEY are skipped as they are read, never held. */
AccVcardReader *acc_vcard_reader_new      (GInputStream    *stream);
void            acc_vcard_reader_free     (AccVcardReader  *reader);
/* The next card, or NULL at the end (@error unset) or on an error. */
AccVcard       *acc_vcard_reader_next     (AccVcardReader  *reader,
                                           GCancellable    *cancellable,
                                           GError         **error);
guint64         acc_vcard_reader_get_bytes_read (AccVcardReader *reader);
/* The line of the last card begun: the one an error is about. */
guint           acc_vcard_reader_get_line (AccVcardReader  *reader);

/* Appends @card as vCard 4.0, CRLF, folded at 75 octets. */
void            acc_vcard_append          (GString         *out,
                                           const AccVcard  *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccVcard, acc_vcard_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccVcardReader, acc_vcard_reader_free)

G_END_DECLS
