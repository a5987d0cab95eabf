/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-migrations.c — databases written by older versions of Accueil, opened
 * by this one: each dump of tests/db-dumps/ (vN.sql, made with `sqlite3
 * .dump` from a version-N database) is loaded into a temporary file, which
 * the repository then brings up to date. Every row must survive, the new
 * search must find the old entries, a backup of the old file must be left
 * beside it, and the result must pass the integrity check.
 *
 * sqlite3.h is used to load the dumps and to look at the files from outside.
 */
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"

/* The tables of version 1 and their rows in v1.sql. */
static const struct
{
  const char *table;
  gint64 rows;
} v1_tables[] = {
  { "settings", 4 },
  { "staff", 4 },
  { "contacts", 3 },
  { "directory", 2 },
  { "interactions", 6 },
  { "messages", 3 },
  { "message_events", 6 },
  { "documents", 2 },
  { "schedule_ranges", 5 },
  { "closures", 2 },
  { "reasons", 4 },
};

/* The tables of version 3 and their rows in v3.sql. */
static const struct
{
  const char *table;
  gint64 rows;
} v3_tables[] = {
  { "settings", 4 },
  { "staff", 4 },
  { "contacts", 3 },
  { "directory", 2 },
  { "interactions", 5 },
  { "messages", 4 },
  { "message_events", 5 },
  { "documents", 3 },
  { "schedule_ranges", 7 },
  { "closures", 2 },
  { "reasons", 3 },
  { "answering_machine_events", 2 },
  { "voicemail_checks", 1 },
  { "interaction_changes", 1 },
};

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accueil-migration-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Loads tests/db-dumps/@name into @path with sqlite3 itself, as the older
 * version left the file. */
static void
load_dump (const char *name,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dump_path = g_build_filename (DB_DUMPS_DIR, name, NULL);
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_true (g_file_get_contents (dump_path, &sql, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("Cannot load %s: %s", dump_path, message);
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static sqlite3 *
open_file (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_test_fail_printf ("%s: %s", sql, sqlite3_errmsg (db));
      return -1;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_rows (sqlite3    *db,
            const char *table)
{
  /* Table names from the list above, never from outside. */
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (db, sql);
}

/* A version-1 file as the version-1 program left it: every table and row,
 * sound, and none of version 2. */
static void
assert_sound_v1 (const char *path)
{
  sqlite3 *db = open_file (path);
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");

  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (v1_tables); i++)
    {
      g_test_message ("v1 table %s", v1_tables[i].table);
      g_assert_cmpint (count_rows (db, v1_tables[i].table), ==, v1_tables[i].rows);
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('interactions_fts', 'interaction_changes', 'voicemail_checks', "
                                  "'answering_machine_events')"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_table_info('messages') "
                                  "WHERE name = 'voicemail_check_id'"), ==, 0);
  sqlite3_close (db);
}

static char *
names_found (AccRepository *repo,
             AccChannel     channel,
             const char    *search)
{
  AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  filter.search = search;
  list = acc_repository_list_interactions (repo, channel, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AccInteraction) item = g_list_model_get_item (list, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append_printf (names, "%" G_GINT64_FORMAT " %s", acc_interaction_get_id (item),
                              acc_interaction_get_name (item));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_from_v1 (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *backup_pattern = NULL;
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_free);
  const char *backup_path;

  load_dump ("v1.sql", f->path);
  assert_sound_v1 (f->path);

  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);
  if (repo == NULL)
    return;
  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
  g_assert_cmpint (acc_repository_latest_schema_version (), >=, 2);

  /* The backup taken before the migration: "<path>.v1-<stamp>.bak", alone
   * of its kind, itself a sound version-1 database with every row. */
  backup_path = acc_repository_get_backup_path (repo);
  g_assert_nonnull (backup_path);
  backup_pattern = g_strconcat (f->path, ".v1-*.bak", NULL);
  g_assert_true (g_pattern_match_simple (backup_pattern, backup_path));
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, &error);
    const char *name;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (f->dir, name, NULL);

        if (g_pattern_match_simple (backup_pattern, child))
          g_ptr_array_add (backups, g_steal_pointer (&child));
      }
  }
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (backups->pdata[0], ==, backup_path);
  assert_sound_v1 (backup_path);

  /* Every row still there, seen from outside… */
  {
    sqlite3 *db = open_file (f->path);

    g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, acc_repository_latest_schema_version ());
    for (guint i = 0; i < G_N_ELEMENTS (v1_tables); i++)
      {
        g_test_message ("migrated table %s", v1_tables[i].table);
        g_assert_cmpint (count_rows (db, v1_tables[i].table), ==, v1_tables[i].rows);
      }
    /* …and version 2's tables empty, its new column unset, its index
     * filled. */
    g_assert_cmpint (count_rows (db, "answering_machine_events"), ==, 0);
    g_assert_cmpint (count_rows (db, "voicemail_checks"), ==, 0);
    g_assert_cmpint (count_rows (db, "interaction_changes"), ==, 0);
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM messages WHERE voicemail_check_id IS NOT NULL"), ==, 0);
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM interactions_fts"), ==, 6);
    /* Version 6's drafts: there, and empty. */
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'drafts'"),
                     ==, 1);
    g_assert_cmpint (count_rows (db, "drafts"), ==, 0);
    sqlite3_close (db);
  }

  /* …and through the repository. */
  {
    g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (repo, &error);
    g_autoptr(AccInteraction) first = acc_repository_get_interaction (repo, 1, &error);
    g_autoptr(AccMessage) message = acc_repository_get_message (repo, 1, &error);
    g_autoptr(GListModel) calls = acc_repository_list_interactions (repo, ACC_CHANNEL_PHONE, NULL);
    g_autoptr(GListModel) visits = acc_repository_list_interactions (repo, ACC_CHANNEL_VISIT, NULL);
    g_autoptr(GListModel) staff = acc_repository_list_staff (repo, FALSE, &error);
    g_autoptr(GListModel) messages = acc_repository_list_messages (repo, NULL);
    g_autoptr(GPtrArray) contacts = acc_repository_search_contacts (repo, "helene", 10, &error);
    g_autoptr(AccSchedule) slots = acc_repository_load_schedule (repo, ACC_SCHEDULE_PHONE_SLOT, &error);
    g_auto(GStrv) reasons = acc_repository_list_reasons (repo, &error);
    g_autoptr(GListModel) changes = acc_repository_list_interaction_changes (repo, 1, &error);
    gint64 last_check = -1;

    g_assert_no_error (error);
    g_assert_cmpstr (acc_organisation_get_name (organisation), ==, "Aide à Domicile du Val-de-Loire");
    g_assert_cmpstr (acc_interaction_get_name (first), ==, "Hélène Dupré");
    g_assert_cmpstr (acc_interaction_get_staff_name (first), ==, "Véronique Martin");
    g_assert_cmpstr (acc_interaction_get_outcome_detail (first), ==, "Horaires donnés");
    g_assert_cmpuint (acc_interaction_get_checklist (first), ==, ACC_CALL_STEPS_ALL);
    g_assert_cmpstr (acc_message_get_resolution (message), ==, "Rappelé, intervention replanifiée");
    g_assert_cmpuint (g_list_model_get_n_items (calls), ==, 4);
    g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 4);
    g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 3);
    g_assert_cmpuint (contacts->len, ==, 1);
    g_assert_false (acc_schedule_is_empty (slots));
    g_assert_nonnull (reasons);
    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
    g_assert_true (acc_repository_get_last_voicemail_check (repo, &last_check, &error));
    g_assert_cmpint (last_check, ==, 0);
  }

  /* The books' search finds the calls and visits made before it existed. */
  {
    g_autofree char *helene_calls = names_found (repo, ACC_CHANNEL_PHONE, "helene");
    g_autofree char *helene_visits = names_found (repo, ACC_CHANNEL_VISIT, "HÉLÈNE");
    g_autofree char *by_reason = names_found (repo, ACC_CHANNEL_PHONE, "reclam");
    g_autofree char *by_notes = names_found (repo, ACC_CHANNEL_VISIT, "plaquette");
    g_autofree char *by_organisation = names_found (repo, ACC_CHANNEL_PHONE, "ecureuils");
    g_autofree char *by_prefix = names_found (repo, ACC_CHANNEL_PHONE, "lef");

    g_assert_cmpstr (helene_calls, ==, "1 Hélène Dupré");
    g_assert_cmpstr (helene_visits, ==, "6 Hélène Dupré");
    g_assert_cmpstr (by_reason, ==, "3 Inconnu");
    g_assert_cmpstr (by_notes, ==, "5 Bernard Rousseau");
    g_assert_cmpstr (by_organisation, ==, "4 Maëlle Gonçalves");
    g_assert_cmpstr (by_prefix, ==, "2 Jean-François Lefèvre");
  }

  /* The new features work on the old rows. */
  {
    g_autoptr(AccInteraction) call = acc_repository_get_interaction (repo, 2, &error);
    g_autoptr(GListModel) changes = NULL;
    g_autoptr(AccChange) change = NULL;

    g_assert_no_error (error);
    acc_interaction_set_notes (call, "Devis envoyé le lendemain");
    g_assert_true (acc_repository_correct_interaction (repo, call, 3, &error));
    g_assert_no_error (error);
    changes = acc_repository_list_interaction_changes (repo, 2, &error);
    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
    change = g_list_model_get_item (changes, 0);
    g_assert_cmpstr (acc_change_get_staff_name (change), ==, "Nadia Benali");
    g_assert_true (acc_repository_record_answering_machine (repo, FALSE, 1767600000000000, 1, &error));
    g_assert_true (acc_repository_save_voicemail_check (repo, 1, 0, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_true (acc_repository_check (repo, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    g_test_message ("problem: %s", problems[i]);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  /* Opened again: already up to date, no second backup. */
  g_clear_object (&repo);
  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
  g_assert_null (acc_repository_get_backup_path (repo));
}

/* A migration that fails leaves the file as it was: version 1, every row.
 * The failure is forced by a table that version 2 is about to create. */
static void
test_from_v1_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  sqlite3 *db;

  load_dump ("v1.sql", f->path);
  db = open_file (f->path);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE voicemail_checks (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  repo = acc_repository_open (f->path, &error);
  g_assert_null (repo);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED);

  db = open_file (f->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'interactions_fts'"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (v1_tables); i++)
    g_assert_cmpint (count_rows (db, v1_tables[i].table), ==, v1_tables[i].rows);
  sqlite3_close (db);
}

/* A version-3 file as the version-3 program left it: every table and row,
 * sound, and none of version 4. */
static void
assert_sound_v3 (const char *path)
{
  sqlite3 *db = open_file (path);
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");

  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (v3_tables); i++)
    {
      g_test_message ("v3 table %s", v3_tables[i].table);
      g_assert_cmpint (count_rows (db, v3_tables[i].table), ==, v3_tables[i].rows);
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('interaction_documents', 'document_reviews')"), ==, 0);
  sqlite3_close (db);
}

static void
test_from_v3 (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *backup_pattern = NULL;
  const char *backup_path;

  load_dump ("v3.sql", f->path);
  assert_sound_v3 (f->path);

  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);
  if (repo == NULL)
    return;
  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
  g_assert_cmpint (acc_repository_latest_schema_version (), >=, 4);

  /* The backup: "<path>.v3-<stamp>.bak", itself the version-3 file. */
  backup_path = acc_repository_get_backup_path (repo);
  g_assert_nonnull (backup_path);
  backup_pattern = g_strconcat (f->path, ".v3-*.bak", NULL);
  g_assert_true (g_pattern_match_simple (backup_pattern, backup_path));
  assert_sound_v3 (backup_path);

  /* Every row still there; the documents handed over none yet; the last
   * review of each reviewed document now the first of its history. */
  {
    sqlite3 *db = open_file (f->path);

    g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, acc_repository_latest_schema_version ());
    for (guint i = 0; i < G_N_ELEMENTS (v3_tables); i++)
      {
        g_test_message ("migrated table %s", v3_tables[i].table);
        g_assert_cmpint (count_rows (db, v3_tables[i].table), ==, v3_tables[i].rows);
      }
    g_assert_cmpint (count_rows (db, "interaction_documents"), ==, 0);
    g_assert_cmpint (count_rows (db, "document_reviews"), ==, 2);
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM document_reviews r JOIN documents d "
                                    "ON d.id = r.document_id AND d.reviewed_at = r.at "
                                    "AND d.reviewed_by_id IS r.staff_id"), ==, 2);
    sqlite3_close (db);
  }

  /* Through the repository: the old rows, with no documents handed over. */
  {
    g_autoptr(AccInteraction) call = acc_repository_get_interaction (repo, 1, &error);
    g_autoptr(GListModel) visits = acc_repository_list_interactions (repo, ACC_CHANNEL_VISIT, NULL);
    g_autoptr(GListModel) documents = acc_repository_list_documents (repo, &error);
    g_autoptr(GListModel) reviews = acc_repository_list_document_reviews (repo, 1, &error);
    g_autoptr(GListModel) changes = acc_repository_list_interaction_changes (repo, 1, &error);
    g_autoptr(AccDocumentReview) review = NULL;
    g_autoptr(AccDocument) brochure = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (acc_interaction_get_name (call), ==, "Hélène Dupré");
    g_assert_cmpstr (acc_interaction_get_notes (call), ==, "A rappelé pour confirmer");
    g_assert_null (acc_interaction_get_document_ids (call));
    g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 3);
    brochure = g_list_model_get_item (documents, 0);
    g_assert_cmpstr (acc_document_get_title (brochure), ==, "Plaquette de présentation");
    g_assert_cmpstr (acc_document_get_reviewed_by_name (brochure), ==, "Paul Lambert");
    g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
    review = g_list_model_get_item (reviews, 0);
    g_assert_cmpint (acc_document_review_get_at (review), ==, acc_document_get_reviewed_at (brochure));
    g_assert_cmpstr (acc_document_review_get_staff_name (review), ==, "Paul Lambert");
  }

  /* The new features on the old rows: documents handed over during an old
   * visit, a review of a document never reviewed. */
  {
    const gint64 handed[] = { 1, 2 };
    g_autoptr(AccInteraction) visit = acc_repository_get_interaction (repo, 4, &error);
    g_autoptr(AccInteraction) read_back = NULL;
    g_autoptr(AccDocument) poster = acc_repository_get_document (repo, 3, &error);
    g_autoptr(GListModel) reviews = NULL;
    GVariant *ids;

    g_assert_no_error (error);
    g_assert_cmpint (acc_interaction_get_channel (visit), ==, ACC_CHANNEL_VISIT);
    acc_interaction_set_document_ids (visit, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, handed,
                                                                       G_N_ELEMENTS (handed), sizeof (gint64)));
    g_assert_true (acc_repository_save_interaction (repo, visit, NULL, &error));
    g_assert_no_error (error);
    read_back = acc_repository_get_interaction (repo, 4, &error);
    ids = acc_interaction_get_document_ids (read_back);
    g_assert_nonnull (ids);
    g_assert_true (g_variant_equal (ids, acc_interaction_get_document_ids (visit)));

    g_assert_cmpint (acc_document_get_reviewed_at (poster), ==, 0);
    g_assert_true (acc_repository_mark_document_reviewed (repo, poster, 1, &error));
    g_assert_no_error (error);
    reviews = acc_repository_list_document_reviews (repo, 3, &error);
    g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  }

  g_assert_true (acc_repository_check (repo, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    g_test_message ("problem: %s", problems[i]);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

/* A failed migration from version 3 leaves the file as it was. The failure
 * is forced by a table that version 4 is about to create. */
static void
test_from_v3_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  sqlite3 *db;

  load_dump ("v3.sql", f->path);
  db = open_file (f->path);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE document_reviews (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  repo = acc_repository_open (f->path, &error);
  g_assert_null (repo);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED);

  db = open_file (f->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'interaction_documents'"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (v3_tables); i++)
    g_assert_cmpint (count_rows (db, v3_tables[i].table), ==, v3_tables[i].rows);
  sqlite3_close (db);
}

/* The tables of version 4 and their rows in v4.sql. */
static const struct
{
  const char *table;
  gint64 rows;
} v4_tables[] = {
  { "settings", 5 },
  { "staff", 7 },
  { "contacts", 4 },
  { "directory", 14 },
  { "interactions", 7 },
  { "messages", 3 },
  { "message_events", 6 },
  { "documents", 6 },
  { "schedule_ranges", 21 },
  { "closures", 23 },
  { "reasons", 10 },
  { "answering_machine_events", 528 },
  { "voicemail_checks", 111 },
  { "document_reviews", 6 },
};

/* Version 4 to 5, 6 and 7: the privacy log and the drafts appear, empty,
 * and the contacts' history indexes;
 * every row stays; a purge preview runs and a draft is kept on the
 * migrated file. */
static void
test_from_v4 (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_auto(GStrv) problems = NULL;
  AccPurgeCounts counts;
  sqlite3 *db;

  load_dump ("v4.sql", f->path);
  db = open_file (f->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 4);
  sqlite3_close (db);

  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);
  if (repo == NULL)
    return;
  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
  g_assert_cmpint (acc_repository_latest_schema_version (), >=, 5);
  g_assert_nonnull (acc_repository_get_backup_path (repo));
  g_assert_true (acc_repository_check (repo, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  db = open_file (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (v4_tables); i++)
    {
      g_test_message ("migrated table %s", v4_tables[i].table);
      g_assert_cmpint (count_rows (db, v4_tables[i].table), ==, v4_tables[i].rows);
    }
  g_assert_cmpint (count_rows (db, "privacy_log"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'drafts'"),
                   ==, 1);
  g_assert_cmpint (count_rows (db, "drafts"), ==, 0);
  /* Version 7: a contact's messages and calls by date, which the purge's
   * "anything recent for this contact?" reads through. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_index_info ('messages_contact')"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_index_info ('interactions_contact')"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_index_info ('interactions_contact') WHERE name = 'started_at'"), ==, 1);
  sqlite3_close (db);

  g_assert_true (acc_repository_purge_preview (repo, 36, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_repository_count_privacy_log (repo, -1, &error), ==, 0);

  /* The migrated file keeps a draft and gives it back. */
  {
    g_autoptr(GVariant) fields = NULL;
    g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);

    g_variant_dict_insert (dict, "name", "s", "Hélène Rousseau");
    g_assert_true (acc_repository_save_draft (repo, ACC_DRAFT_VISIT, 0, g_variant_dict_end (dict), &error));
    g_assert_no_error (error);
    fields = acc_repository_load_draft (repo, ACC_DRAFT_VISIT, 0, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (fields);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add ("/migrations/from-v1", Fixture, NULL, setup, test_from_v1, teardown);
  g_test_add ("/migrations/from-v1-failure", Fixture, NULL, setup, test_from_v1_failure, teardown);
  g_test_add ("/migrations/from-v3", Fixture, NULL, setup, test_from_v3, teardown);
  g_test_add ("/migrations/from-v3-failure", Fixture, NULL, setup, test_from_v3_failure, teardown);
  g_test_add ("/migrations/from-v4", Fixture, NULL, setup, test_from_v4, teardown);

  return g_test_run ();
}
