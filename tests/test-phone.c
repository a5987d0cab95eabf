/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-phone.c — acc-phone over libphonenumber: French numbers written every
 * way a front desk writes them, the overseas departments, special numbers,
 * foreign numbers, garbage; E.164 out, and the national or international
 * format back. No database.
 */
#include "acc-phone.h"

#include <string.h>

typedef struct
{
  const char *typed;
  const char *e164;
} Case;

static void
check_normalize (const Case *cases,
                 gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *e164 = acc_phone_normalize (cases[i].typed);

      g_test_message ("normalize: « %s »", cases[i].typed);
      g_assert_cmpstr (e164, ==, cases[i].e164);
    }
}

static void
test_french_mobiles (void)
{
  static const Case cases[] = {
    { "06 12 34 56 78", "+33612345678" },
    { "06.12.34.56.78", "+33612345678" },
    { "0612345678", "+33612345678" },
    { "06-12-34-56-78", "+33612345678" },
    { "06/12/34/56/78", "+33612345678" },
    { "06 1234 5678", "+33612345678" },
    { "  06 12 34 56 78\t", "+33612345678" },
    { "06\u00a012\u00a034\u00a056\u00a078", "+33612345678" },  /* no-break spaces */
    { "０６ １２ ３４ ５６ ７８", "+33612345678" },             /* full-width digits */
    { "+33 6 12 34 56 78", "+33612345678" },
    { "+33612345678", "+33612345678" },
    { "+33 (0)6 12 34 56 78", "+33612345678" },
    { "+33 0 6 12 34 56 78", "+33612345678" },
    { "+33 06 12 34 56 78", "+33612345678" },
    { "(+33) 6 12 34 56 78", "+33612345678" },
    { "0033 6 12 34 56 78", "+33612345678" },
    { "0033612345678", "+33612345678" },
    { "00 33 6 12 34 56 78", "+33612345678" },
    /* The country code without its +: libphonenumber recognises France's. */
    { "33612345678", "+33612345678" },
    { "33 6 12 34 56 78", "+33612345678" },
    { "07 98 76 54 32", "+33798765432" },
    { "07.56.12.34.56", "+33756123456" },
    /* A label before the number is skipped. */
    { "Tél. : 06 12 34 56 78", "+33612345678" },
    /* ARCEP's range for fiction, which the metadata leaves out: a possible
     * number, kept (the demo's and the tests' supervisors use it). */
    { "06 39 98 00 21", "+33639980021" },
  };

  check_normalize (cases, G_N_ELEMENTS (cases));
}

static void
test_french_landlines (void)
{
  static const Case cases[] = {
    { "01 23 45 67 89", "+33123456789" },
    { "01.99.00.12.34", "+33199001234" },
    { "02 61 91 00 00", "+33261910000" },
    { "0472103030", "+33472103030" },
    { "04-75-00-00-00", "+33475000000" },
    { "05 56 00 00 00", "+33556000000" },
    { "+33 1 23 45 67 89", "+33123456789" },
    { "0033 (0)1 23 45 67 89", "+33123456789" },
    { "(+33) 1 23 45 67 89", "+33123456789" },
  };

  check_normalize (cases, G_N_ELEMENTS (cases));
}

static void
test_french_special (void)
{
  static const Case cases[] = {
    /* Free (08 00 – 08 05), shared-cost and premium (08 1 – 08 9). */
    { "08 00 12 34 56", "+33800123456" },
    { "0 800 12 34 56", "+33800123456" },
    { "0805 12 34 56", "+33805123456" },
    { "08 92 12 34 56", "+33892123456" },
    /* 09: the boxes' numbers, and 09 69 (CAF, CPAM). */
    { "09 69 32 52 52", "+33969325252" },
    { "09 51 23 45 67", "+33951234567" },
  };

  check_normalize (cases, G_N_ELEMENTS (cases));
}

static void
test_overseas (void)
{
  static const Case cases[] = {
    /* Mobiles dialled from France in the national form: libphonenumber's
     * metadata for France leaves them out, the overseas region's claims
     * them, with its country code. */
    { "0692 12 34 56", "+262692123456" },     /* Réunion */
    { "0690 12 34 56", "+590690123456" },     /* Guadeloupe */
    { "0696 12 34 56", "+596696123456" },     /* Martinique */
    { "0694 12 34 56", "+594694123456" },     /* Guyane */
    /* Landlines: libphonenumber's metadata for France holds them (+33 262…),
     * and they are searched by the same digits as +262 262… (see
     * test_search_digits). */
    { "0262 12 34 56", "+33262123456" },
    { "0590 27 12 34", "+33590271234" },
    /* And written with their country codes. */
    { "+262 692 12 34 56", "+262692123456" },
    { "00262 692 12 34 56", "+262692123456" },
    { "+590 690 12 34 56", "+590690123456" },
    { "+596 696 12 34 56", "+596696123456" },
    { "+594 694 12 34 56", "+594694123456" },
  };

  check_normalize (cases, G_N_ELEMENTS (cases));
}

static void
test_foreign (void)
{
  static const Case cases[] = {
    { "+44 20 7946 0958", "+442079460958" },
    { "0044 20 7946 0958", "+442079460958" },
    { "+44 (0)20 7946 0958", "+442079460958" },
    { "+44 7911 123456", "+447911123456" },
    { "+32 2 551 18 11", "+3225511811" },
    { "+32 470 12 34 56", "+32470123456" },
    /* Outside the metadata's ranges but of a possible length: kept. */
    { "+32 2 123 45 67", "+3221234567" },
    { "+41 44 668 18 00", "+41446681800" },
    { "0041 21 123 45 67", "+41211234567" },
    { "+1 (202) 555-0143", "+12025550143" },
    { "+1 202-555-0143", "+12025550143" },
    { "+49 30 123456", "+4930123456" },
  };

  check_normalize (cases, G_N_ELEMENTS (cases));
}

static void
test_unreadable (void)
{
  static const char *const garbage[] = {
    /* Empty. */
    "", " ", "\t\n",
    /* No number. */
    "abc", "pas de numéro", "standard", "n'a pas laissé de numéro", "+", "-", "()", "+-()",
    /* Too short. */
    "1", "12", "06", "06 12 34", "06 12 34 56 7", "0 800", "3230", "+33", "0033", "+33 6",
    "+1234", "+44 20", "+262 692",
    /* Too long. */
    "06 12 34 56 78 9", "061234567890123456", "+33 6 12 34 56 78 90", "0033 6 12 34 56 78 90",
    "+1234567890123456", "+44 20 7946 0958 0958",
    /* Letters in the number: vanity numbers, extensions, notes. */
    "06 12 AB CD EF", "06 12 34 56 7B", "1-800-FLOWERS", "06 12 34 56 78 poste 12",
    "06 12 34 56 78 ext. 12", "+33 6 12 34 56 78 (portable)",
    /* An unknown country code. */
    "+999 12 34 56 78", "+800", "00",
    /* Not UTF-8. */
    "06 12 34 56 78 \xff",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autofree char *e164 = acc_phone_normalize (garbage[i]);

      g_test_message ("normalize: « %s »", garbage[i]);
      g_assert_null (e164);
    }
  g_assert_null (acc_phone_normalize (NULL));
}

static void
test_format (void)
{
  static const Case cases[] = {
    /* French numbers: national format. */
    { "+33612345678", "06 12 34 56 78" },
    { "+33798765432", "07 98 76 54 32" },
    { "+33123456789", "01 23 45 67 89" },
    { "+33969325252", "09 69 32 52 52" },
    { "+33639980021", "06 39 98 00 21" },
    /* Special numbers as ARCEP writes them. */
    { "+33800123456", "0 800 12 34 56" },
    /* The overseas departments, as dialled from France. */
    { "+262692123456", "0692 12 34 56" },
    { "+262262123456", "0262 12 34 56" },
    { "+590690123456", "0690 12 34 56" },
    { "+596596123456", "0596 12 34 56" },
    /* Foreign numbers: international format. */
    { "+442079460958", "+44 20 7946 0958" },
    { "+3225511811", "+32 2 551 18 11" },
    { "+41446681800", "+41 44 668 18 00" },
    { "+12025550143", "+1 202-555-0143" },
    /* What libphonenumber cannot read is shown as stored. */
    { "standard", "standard" },
    { "+999123", "+999123" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = acc_phone_format_national (cases[i].typed);

      g_test_message ("format: %s", cases[i].typed);
      g_assert_cmpstr (text, ==, cases[i].e164);
    }
  g_assert_null (acc_phone_format_national (NULL));
  g_assert_null (acc_phone_format_national (""));
}

/* What is shown normalises back to what is stored, and is found by search. */
static void
test_round_trip (void)
{
  static const char *const stored[] = {
    "+33612345678", "+33123456789", "+33800123456", "+33969325252", "+33639980021",
    "+262692123456", "+590690123456", "+442079460958", "+3225511811", "+12025550143",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (stored); i++)
    {
      g_autofree char *shown = acc_phone_format_national (stored[i]);
      g_autofree char *back = acc_phone_normalize (shown);
      g_autofree char *stored_digits = acc_phone_search_digits (stored[i]);
      g_autofree char *shown_digits = acc_phone_search_digits (shown);

      g_test_message ("round trip: %s → « %s »", stored[i], shown);
      g_assert_cmpstr (back, ==, stored[i]);
      g_assert_cmpstr (shown_digits, ==, stored_digits);
    }
}

static void
test_search_digits (void)
{
  static const Case cases[] = {
    { "06 12", "612" },
    { "+33 6 12", "612" },
    { "0033 6 12", "612" },
    { "+33 (0)6 12", "612" },
    { "+33612345678", "612345678" },
    /* The overseas departments: found as dialled from France. */
    { "0692 12", "69212" },
    { "+262 692 12", "69212" },
    { "+262692123456", "692123456" },
    { "+590690123456", "690123456" },
    /* A landline of Réunion, whichever country code it was stored with. */
    { "+262262123456", "262123456" },
    { "+33262123456", "262123456" },
    /* Foreign numbers keep their country code. */
    { "+44 20", "4420" },
    { "0044 20", "4420" },
    { "", "" },
    { "abc", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *digits = acc_phone_search_digits (cases[i].typed);

      g_test_message ("search digits: « %s »", cases[i].typed);
      g_assert_cmpstr (digits, ==, cases[i].e164);
    }
}

/* Whatever is typed or imported, normalize() gives NULL or an E.164 number
 * that normalises to itself, and never crashes: random text from the signs
 * of phone numbers, letters and stray bytes, with a fixed seed. */
static void
test_random_input (void)
{
  static const char alphabet[] = "0123456789000666   ++()-./aAé\xff\t";
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 0, 24);
      g_autofree char *e164 = NULL;

      for (guint j = 0; j < length; j++)
        g_string_append_c (text, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
      e164 = acc_phone_normalize (text->str);
      if (e164 != NULL)
        {
          g_autofree char *again = acc_phone_normalize (e164);
          g_autofree char *shown = acc_phone_format_national (e164);

          g_assert_true (e164[0] == '+');
          for (const char *p = e164 + 1; *p != '\0'; p++)
            g_assert_true (g_ascii_isdigit (*p));
          g_assert_cmpuint (strlen (e164), <=, 16);
          g_assert_cmpstr (again, ==, e164);
          g_assert_nonnull (shown);
        }
    }
}

/* Imports normalise on worker threads: libphonenumber's singleton must
 * answer several at once. */
static gpointer
normalize_many (gpointer data)
{
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *typed = g_strdup_printf ("01 %02u %02u %02u %02u", i % 100, (i / 100) % 100, i % 7, i % 13);
      g_autofree char *e164 = acc_phone_normalize (typed);
      g_autofree char *shown = acc_phone_format_national (e164);

      if (e164 == NULL || g_strcmp0 (shown, typed) != 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("phone", normalize_many, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/phone/normalize/french-mobiles", test_french_mobiles);
  g_test_add_func ("/phone/normalize/french-landlines", test_french_landlines);
  g_test_add_func ("/phone/normalize/french-special", test_french_special);
  g_test_add_func ("/phone/normalize/overseas", test_overseas);
  g_test_add_func ("/phone/normalize/foreign", test_foreign);
  g_test_add_func ("/phone/normalize/unreadable", test_unreadable);
  g_test_add_func ("/phone/format", test_format);
  g_test_add_func ("/phone/round-trip", test_round_trip);
  g_test_add_func ("/phone/search-digits", test_search_digits);
  g_test_add_func ("/phone/random-input", test_random_input);
  g_test_add_func ("/phone/threads", test_threads);

  return g_test_run ();
}
