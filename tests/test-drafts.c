/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-drafts.c — the forms in progress kept in the database: a draft is
 * given back as saved, to the letter (accents, emoji, quotes, new lines),
 * with its time; a new save replaces it; each kind of form and each owner
 * has its own; a discard forgets it; it survives the connection being
 * closed without ceremony, as after a crash. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"

/* Everything a person might type in a caller's name and notes. */
#define ODD_NAME "Zoé d’Arcy-Lefèvre 👩🏽‍⚕️"
#define ODD_NOTES "Rappeler « demain » avant 10 h\n\"quoted\" 'single' \\ backslash\ttab — 100 % ✓"

typedef struct
{
  char *dir;
  char *path;
  AccRepository *repo;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accueil-drafts-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->repo);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->repo);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GVariant *
make_fields (const char *name,
             const char *notes)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  const gint64 documents[] = { 3, 7 };

  g_variant_dict_insert (dict, "name", "s", name);
  if (notes != NULL)
    g_variant_dict_insert (dict, "notes", "s", notes);
  g_variant_dict_insert (dict, "steps", "u", 5u);
  g_variant_dict_insert (dict, "urgent", "b", TRUE);
  g_variant_dict_insert_value (dict, "documents",
                               g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, documents,
                                                          G_N_ELEMENTS (documents), sizeof (gint64)));
  return g_variant_dict_end (dict);
}

static char *
lookup_string (GVariant   *fields,
               const char *key)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (fields);
  char *value = NULL;

  if (!g_variant_dict_lookup (dict, key, "s", &value))
    return NULL;
  return value;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) fields = NULL;
  g_autoptr(GVariantDict) dict = NULL;
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(GVariant) documents = NULL;
  gint64 before = g_get_real_time ();
  gint64 updated_at = -1;
  guint32 steps = 0;
  gboolean urgent = FALSE;

  /* None yet: no draft, and no error. */
  fields = acc_repository_load_draft (f->repo, ACC_DRAFT_CALL, 0, &updated_at, &error);
  g_assert_no_error (error);
  g_assert_null (fields);
  g_assert_cmpint (updated_at, ==, 0);

  g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_CALL, 0, make_fields (ODD_NAME, ODD_NOTES), &error));
  g_assert_no_error (error);

  fields = acc_repository_load_draft (f->repo, ACC_DRAFT_CALL, 0, &updated_at, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fields);
  g_assert_cmpint (updated_at, >=, before);
  g_assert_cmpint (updated_at, <=, g_get_real_time ());

  name = lookup_string (fields, "name");
  notes = lookup_string (fields, "notes");
  g_assert_cmpstr (name, ==, ODD_NAME);
  g_assert_cmpstr (notes, ==, ODD_NOTES);
  dict = g_variant_dict_new (fields);
  g_assert_true (g_variant_dict_lookup (dict, "steps", "u", &steps));
  g_assert_cmpuint (steps, ==, 5);
  g_assert_true (g_variant_dict_lookup (dict, "urgent", "b", &urgent));
  g_assert_true (urgent);
  documents = g_variant_dict_lookup_value (dict, "documents", G_VARIANT_TYPE ("ax"));
  g_assert_nonnull (documents);
  g_assert_cmpuint (g_variant_n_children (documents), ==, 2);
}

static void
test_overwrite (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;
  gint64 first_at = 0, second_at = 0;

  g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_VISIT, 4, make_fields ("Premier", "Des notes"), &error));
  g_assert_no_error (error);
  g_clear_pointer (&fields, g_variant_unref);
  fields = acc_repository_load_draft (f->repo, ACC_DRAFT_VISIT, 4, &first_at, &error);
  g_assert_nonnull (fields);

  /* The second save replaces the whole draft: a field cleared since is
   * not brought back from the first. */
  g_usleep (2000);
  g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_VISIT, 4, make_fields ("Second", NULL), &error));
  g_assert_no_error (error);
  g_clear_pointer (&fields, g_variant_unref);
  fields = acc_repository_load_draft (f->repo, ACC_DRAFT_VISIT, 4, &second_at, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fields);
  name = lookup_string (fields, "name");
  notes = lookup_string (fields, "notes");
  g_assert_cmpstr (name, ==, "Second");
  g_assert_null (notes);
  g_assert_cmpint (second_at, >, first_at);
}

static void
test_kinds_and_owners (Fixture       *f,
                       gconstpointer  data)
{
  static const AccDraftKind kinds[] = { ACC_DRAFT_CALL, ACC_DRAFT_VISIT, ACC_DRAFT_MESSAGE };
  static const gint64 owners[] = { 0, 1, 2 };
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
      {
        g_autofree char *name = g_strdup_printf ("kind %d owner %" G_GINT64_FORMAT, kinds[k], owners[o]);

        g_assert_true (acc_repository_save_draft (f->repo, kinds[k], owners[o], make_fields (name, NULL), &error));
        g_assert_no_error (error);
      }

  /* Each gives back its own. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
      {
        g_autofree char *expected = g_strdup_printf ("kind %d owner %" G_GINT64_FORMAT, kinds[k], owners[o]);
        g_autoptr(GVariant) fields = acc_repository_load_draft (f->repo, kinds[k], owners[o], NULL, &error);
        g_autofree char *name = NULL;

        g_assert_no_error (error);
        g_assert_nonnull (fields);
        name = lookup_string (fields, "name");
        g_assert_cmpstr (name, ==, expected);
      }

  /* Discarding one leaves the others. */
  g_assert_true (acc_repository_discard_draft (f->repo, ACC_DRAFT_VISIT, 1, &error));
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
      {
        g_autoptr(GVariant) fields = acc_repository_load_draft (f->repo, kinds[k], owners[o], NULL, &error);
        gboolean discarded = kinds[k] == ACC_DRAFT_VISIT && owners[o] == 1;

        g_assert_no_error (error);
        g_assert_true ((fields == NULL) == discarded);
      }

  /* Discarding what is not there is no error. */
  g_assert_true (acc_repository_discard_draft (f->repo, ACC_DRAFT_VISIT, 1, &error));
  g_assert_no_error (error);
}

/* The draft is on disk once saved: another connection opened after this
 * one is dropped (a crash loses no more) reads it. */
static void
test_survives_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) again = NULL;
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *name = NULL;

  g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_MESSAGE, 2, make_fields (ODD_NAME, NULL), &error));
  g_assert_no_error (error);

  again = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  fields = acc_repository_load_draft (again, ACC_DRAFT_MESSAGE, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fields);
  name = lookup_string (fields, "name");
  g_assert_cmpstr (name, ==, ODD_NAME);
}

/* A draft written by a later layout, or damaged, is as if there were none:
 * the form opens empty rather than not at all. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) fields = NULL;
  sqlite3 *db = NULL;

  g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_CALL, 1, make_fields ("Ancien", NULL), &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE drafts SET format = 2 WHERE kind = 0 AND owner_id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  fields = acc_repository_load_draft (f->repo, ACC_DRAFT_CALL, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (fields);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/drafts/round-trip", Fixture, NULL, setup, test_round_trip, teardown);
  g_test_add ("/drafts/overwrite", Fixture, NULL, setup, test_overwrite, teardown);
  g_test_add ("/drafts/kinds-and-owners", Fixture, NULL, setup, test_kinds_and_owners, teardown);
  g_test_add ("/drafts/survives-reopen", Fixture, NULL, setup, test_survives_reopen, teardown);
  g_test_add ("/drafts/unreadable", Fixture, NULL, setup, test_unreadable, teardown);

  return g_test_run ();
}
