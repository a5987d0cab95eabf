/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-repository.c — the SQLite repository through its public API: creating
 * and refusing databases, every create/read/update path, search, the lazy
 * lists, change detection across connections, transactions, and the phone
 * number helpers. Each test works in a temporary folder of its own.
 *
 * sqlite3.h is used only to look at the file from outside (the journal mode
 * seen by a second connection, a schema version from the future).
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"
/* Only for the slow-call warning's test: a query slow on purpose. */
#include "acc-repository-private.h"

#define A_TIME_US G_GINT64_CONSTANT (1767225600000000) /* 2026-01-01 00:00 UTC */
#define HOUR_US G_GINT64_CONSTANT (3600000000)

/* Fixture: a temporary folder, a database path in it, and (for most tests)
 * the repository opened on that path. */
typedef struct
{
  char          *dir;
  char          *path;
  AccRepository *repo;
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
setup_empty (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accueil-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
  f->repo = NULL;
}

static void
setup_open (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  setup_empty (f, data);
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->repo);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->repo);
  remove_tree (f->dir);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Helpers. */

static AccStaffMember *
add_staff (AccRepository *repo,
           const char    *name,
           AccRole        role)
{
  g_autoptr(GError) error = NULL;
  AccStaffMember *member = acc_staff_member_new (name, role);

  g_assert_true (acc_repository_save_staff (repo, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (member), >, 0);
  return member;
}

static AccContact *
add_contact (AccRepository *repo,
             const char    *name,
             const char    *organisation,
             const char    *phone)
{
  g_autoptr(GError) error = NULL;
  AccContact *contact = acc_contact_new (name);

  acc_contact_set_organisation (contact, organisation);
  acc_contact_set_phone (contact, phone);
  g_assert_true (acc_repository_save_contact (repo, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_contact_get_id (contact), >, 0);
  return contact;
}

static AccInteraction *
add_interaction (AccRepository *repo,
                 AccChannel     channel,
                 const char    *name,
                 gint64         started_at,
                 AccOutcome     outcome)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *interaction = acc_interaction_new (channel);

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_outcome (interaction, outcome);
  g_assert_true (acc_repository_save_interaction (repo, interaction, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_id (interaction), >, 0);
  return interaction;
}

static AccMessage *
new_message (const char *name,
             const char *reason,
             gint64      recipient_id)
{
  AccMessage *message = acc_message_new ();

  acc_message_set_name (message, name);
  acc_message_set_reason (message, reason);
  acc_message_set_recipient_id (message, recipient_id);
  return message;
}

static AccMessage *
add_message (AccRepository *repo,
             const char    *name,
             const char    *reason,
             gint64         recipient_id)
{
  g_autoptr(GError) error = NULL;
  AccMessage *message = new_message (name, reason, recipient_id);

  g_assert_true (acc_repository_save_message (repo, message, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_id (message), >, 0);
  return message;
}

static guint
count_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static guint
count_interactions (AccRepository *repo,
                    AccChannel     channel)
{
  g_autoptr(GListModel) list = acc_repository_list_interactions (repo, channel, NULL);
  return count_items (list);
}

static guint
count_messages (AccRepository *repo)
{
  g_autoptr(GListModel) list = acc_repository_list_messages (repo, NULL);
  return count_items (list);
}

static guint
count_contacts (AccRepository *repo)
{
  g_autoptr(GListModel) list = acc_repository_list_contacts (repo, NULL);
  return count_items (list);
}

static char *
read_file_bytes (const char *path,
                 gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

/* Creating a database. */

static void
test_create_private (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(AccStaffMember) member = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "missing", "accueil", NULL);
  g_autofree char *path = g_build_filename (folder, "accueil.db", NULL);
  GStatBuf st;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  repo = acc_repository_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);
  g_assert_cmpstr (acc_repository_get_path (repo), ==, path);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
  g_assert_cmpint (acc_repository_latest_schema_version (), >=, 1);
  /* A new, empty database is not migrated from anything: no backup. */
  g_assert_null (acc_repository_get_backup_path (repo));

  g_assert_true (acc_repository_needs_setup (repo));

  /* A name alone is not enough… */
  organisation = acc_organisation_new ();
  acc_organisation_set_name (organisation, "Maison des Services de Villeneuve");
  g_assert_true (acc_repository_save_organisation (repo, organisation, &error));
  g_assert_no_error (error);
  g_assert_true (acc_repository_needs_setup (repo));

  /* …nor a staff member who left… */
  member = acc_staff_member_new ("Véronique Martin", ACC_ROLE_SUPERVISOR);
  acc_staff_member_set_active (member, FALSE);
  g_assert_true (acc_repository_save_staff (repo, member, &error));
  g_assert_no_error (error);
  g_assert_true (acc_repository_needs_setup (repo));

  /* …a name and one active staff member are. */
  acc_staff_member_set_active (member, TRUE);
  g_assert_true (acc_repository_save_staff (repo, member, &error));
  g_assert_no_error (error);
  g_assert_false (acc_repository_needs_setup (repo));

  /* Opened again, it is the same database, still set up. */
  g_clear_object (&repo);
  repo = acc_repository_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (acc_repository_needs_setup (repo));
  g_assert_cmpint (acc_repository_get_schema_version (repo), ==, acc_repository_latest_schema_version ());
}

/* WAL really on, as a second connection sees it; foreign keys enforced. */
static void
test_create_wal_foreign_keys (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccMessage) message = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* No staff member 4242: the message is refused, and nothing is left. */
  message = new_message ("Hélène Dupré", "Rappel", 4242);
  g_assert_false (acc_repository_save_message (f->repo, message, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_cmpint (acc_message_get_id (message), ==, 0);
  g_assert_cmpuint (count_messages (f->repo), ==, 0);
}

/* A database from a newer Accueil is refused and left byte for byte. */
static void
test_create_refuse_newer (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  sqlite3 *db = NULL;

  repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&repo);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  before = read_file_bytes (f->path, &before_len);

  repo = acc_repository_open (f->path, &error);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NEWER_SCHEMA);
  g_assert_null (repo);

  after = read_file_bytes (f->path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

/* A file that is not a database: refused as corrupt, never touched. */
static void
test_create_not_a_database (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *after = NULL;
  gsize after_len = 0;

  for (guint i = 0; text->len < 4096; i++)
    g_string_append_printf (text, "Ligne %u : ceci n'est pas une base de données.\n", i);
  g_assert_true (g_file_set_contents (f->path, text->str, text->len, &error));
  g_assert_no_error (error);

  repo = acc_repository_open (f->path, &error);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_CORRUPT);
  g_assert_null (repo);

  after = read_file_bytes (f->path, &after_len);
  g_assert_cmpmem (text->str, text->len, after, after_len);
}

/* acc_repository_check on a fresh database. */
static void
test_check_fresh (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  g_assert_true (acc_repository_check (f->repo, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

/* Staff. */

static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(AccStaffMember) read = NULL;
  g_autoptr(AccStaffMember) found = NULL;
  g_autoptr(AccStaffMember) other = NULL;
  g_autoptr(AccStaffMember) twin = NULL;
  g_autoptr(AccStaffMember) nameless = NULL;
  g_autoptr(AccStaffMember) blank = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) active = NULL;
  gint64 id;

  member = acc_staff_member_new ("  Véronique Martin  ", ACC_ROLE_SUPERVISOR);
  acc_staff_member_set_phone (member, "01 23 45 67 89");
  acc_staff_member_set_email (member, "v.martin@example.fr");
  g_assert_true (acc_repository_save_staff (f->repo, member, &error));
  g_assert_no_error (error);
  id = acc_staff_member_get_id (member);
  g_assert_cmpint (id, >, 0);
  /* The name is stored trimmed, and the object says so. */
  g_assert_cmpstr (acc_staff_member_get_name (member), ==, "Véronique Martin");

  read = acc_repository_get_staff (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (read), ==, id);
  g_assert_cmpstr (acc_staff_member_get_name (read), ==, "Véronique Martin");
  g_assert_cmpint (acc_staff_member_get_role (read), ==, ACC_ROLE_SUPERVISOR);
  g_assert_nonnull (acc_staff_member_get_phone (read));
  g_assert_cmpstr (acc_staff_member_get_email (read), ==, "v.martin@example.fr");
  g_assert_true (acc_staff_member_get_active (read));

  found = acc_repository_find_staff_by_name (f->repo, "Véronique Martin", &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (found), ==, id);
  g_clear_object (&found);
  /* ASCII case is folded (SQLite's NOCASE). */
  found = acc_repository_find_staff_by_name (f->repo, "VéRONIQUE MARTIN", &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (found), ==, id);
  g_clear_object (&found);
  found = acc_repository_find_staff_by_name (f->repo, "Personne", &error);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_assert_null (found);
  g_clear_error (&error);

  g_assert_null (acc_repository_get_staff (f->repo, id + 1000, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Update. */
  acc_staff_member_set_role (member, ACC_ROLE_MANAGER);
  acc_staff_member_set_name (member, "Véronique Martin-Durand");
  acc_staff_member_set_active (member, FALSE);
  g_assert_true (acc_repository_save_staff (f->repo, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_staff_member_get_id (member), ==, id);
  g_clear_object (&read);
  read = acc_repository_get_staff (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_staff_member_get_name (read), ==, "Véronique Martin-Durand");
  g_assert_cmpint (acc_staff_member_get_role (read), ==, ACC_ROLE_MANAGER);
  g_assert_false (acc_staff_member_get_active (read));

  other = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);

  /* A duplicate name, whatever its ASCII case, is refused. */
  twin = acc_staff_member_new ("karim BENALI", ACC_ROLE_RECEPTION);
  g_assert_false (acc_repository_save_staff (f->repo, twin, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_cmpint (acc_staff_member_get_id (twin), ==, 0);
  g_clear_error (&error);
  /* Renaming someone to another's name too. */
  acc_staff_member_set_name (other, "Véronique Martin-Durand");
  g_assert_false (acc_repository_save_staff (f->repo, other, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&read);
  read = acc_repository_get_staff (f->repo, acc_staff_member_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_staff_member_get_name (read), ==, "Karim Benali");

  /* No name, or only spaces: refused. */
  nameless = acc_staff_member_new (NULL, ACC_ROLE_RECEPTION);
  g_assert_false (acc_repository_save_staff (f->repo, nameless, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  blank = acc_staff_member_new ("   ", ACC_ROLE_RECEPTION);
  g_assert_false (acc_repository_save_staff (f->repo, blank, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_staff_member_get_id (blank), ==, 0);

  all = acc_repository_list_staff (f->repo, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (all), ==, 2);
  active = acc_repository_list_staff (f->repo, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (active), ==, 1);
  {
    g_autoptr(AccStaffMember) first = g_list_model_get_item (active, 0);
    g_assert_cmpstr (acc_staff_member_get_name (first), ==, "Karim Benali");
  }
}

/* Organisation settings. */

static void
test_organisation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) defaults = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(AccOrganisation) loaded = NULL;
  g_autoptr(AccOrganisation) reloaded = NULL;

  defaults = acc_repository_load_organisation (f->repo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (defaults);
  g_assert_null (acc_organisation_get_name (defaults));
  g_assert_null (acc_organisation_get_address (defaults));
  g_assert_cmpstr (acc_organisation_get_phone_greeting (defaults), ==, ACC_DEFAULT_PHONE_GREETING);
  g_assert_cmpstr (acc_organisation_get_visit_greeting (defaults), ==, ACC_DEFAULT_VISIT_GREETING);
  g_assert_cmpuint (acc_organisation_get_message_deadline_hours (defaults), ==, 48);

  organisation = acc_organisation_new ();
  acc_organisation_set_name (organisation, "Maison France Services d'Aubenas");
  acc_organisation_set_address (organisation, "12, rue de la République\n07200 Aubenas");
  acc_organisation_set_phone (organisation, "04 75 00 00 00");
  acc_organisation_set_email (organisation, "accueil@mfs-aubenas.fr");
  acc_organisation_set_website (organisation, "https://mfs-aubenas.fr");
  acc_organisation_set_phone_greeting (organisation, "{organisation}, {agent} à votre écoute, bonjour !");
  acc_organisation_set_visit_greeting (organisation, "Bienvenue ! Je suis {agent}.");
  acc_organisation_set_message_deadline_hours (organisation, 72);
  g_assert_true (acc_repository_save_organisation (f->repo, organisation, &error));
  g_assert_no_error (error);

  loaded = acc_repository_load_organisation (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_organisation_get_name (loaded), ==, "Maison France Services d'Aubenas");
  g_assert_cmpstr (acc_organisation_get_address (loaded), ==, "12, rue de la République\n07200 Aubenas");
  g_assert_cmpstr (acc_organisation_get_phone (loaded), ==, "04 75 00 00 00");
  g_assert_cmpstr (acc_organisation_get_email (loaded), ==, "accueil@mfs-aubenas.fr");
  g_assert_cmpstr (acc_organisation_get_website (loaded), ==, "https://mfs-aubenas.fr");
  g_assert_cmpstr (acc_organisation_get_phone_greeting (loaded), ==, "{organisation}, {agent} à votre écoute, bonjour !");
  g_assert_cmpstr (acc_organisation_get_visit_greeting (loaded), ==, "Bienvenue ! Je suis {agent}.");
  g_assert_cmpuint (acc_organisation_get_message_deadline_hours (loaded), ==, 72);

  /* An emptied greeting, or a cleared field, falls back to the default. */
  acc_organisation_set_phone_greeting (loaded, "");
  acc_organisation_set_visit_greeting (loaded, NULL);
  acc_organisation_set_website (loaded, "");
  acc_organisation_set_message_deadline_hours (loaded, 48);
  g_assert_true (acc_repository_save_organisation (f->repo, loaded, &error));
  g_assert_no_error (error);
  reloaded = acc_repository_load_organisation (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_organisation_get_phone_greeting (reloaded), ==, ACC_DEFAULT_PHONE_GREETING);
  g_assert_cmpstr (acc_organisation_get_visit_greeting (reloaded), ==, ACC_DEFAULT_VISIT_GREETING);
  g_assert_null (acc_organisation_get_website (reloaded));
  g_assert_cmpuint (acc_organisation_get_message_deadline_hours (reloaded), ==, 48);
  g_assert_cmpstr (acc_organisation_get_name (reloaded), ==, "Maison France Services d'Aubenas");
}

/* Contacts. */

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  static const char *formats[] = {
    "06 12 34 56 78",
    "+33 6 12 34 56 78",
    "0033612345678",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "+33 (0)6 12 34 56 78",
  };
  static const char *unreadable[] = { "abc", "12", "06 12 34", "061234567890123456" };
  g_autoptr(GError) error = NULL;
  g_autoptr(AccContact) contact = NULL;
  g_autoptr(AccContact) read = NULL;
  gint64 id, created_at, before;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("Contact %u", i);
      g_autoptr(AccContact) c = add_contact (f->repo, name, NULL, formats[i]);
      g_autoptr(AccContact) back = NULL;

      g_assert_cmpstr (acc_contact_get_phone (c), ==, "+33612345678");
      back = acc_repository_get_contact (f->repo, acc_contact_get_id (c), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (acc_contact_get_phone (back), ==, "+33612345678");
    }
  g_assert_cmpuint (count_contacts (f->repo), ==, G_N_ELEMENTS (formats));

  /* An unreadable number is refused and nothing is stored. */
  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_autoptr(AccContact) bad = acc_contact_new ("Numéro illisible");

      acc_contact_set_phone (bad, unreadable[i]);
      g_assert_false (acc_repository_save_contact (f->repo, bad, &error));
      g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpint (acc_contact_get_id (bad), ==, 0);
    }
  g_assert_cmpuint (count_contacts (f->repo), ==, G_N_ELEMENTS (formats));

  /* A nameless contact is refused. */
  {
    g_autoptr(AccContact) nameless = acc_contact_new ("  ");
    g_assert_false (acc_repository_save_contact (f->repo, nameless, &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Every field, saved and read back. */
  before = g_get_real_time ();
  contact = acc_contact_new ("Hélène Dupré");
  acc_contact_set_organisation (contact, "Mairie de Lyon");
  acc_contact_set_phone (contact, "04 72 10 30 30");
  acc_contact_set_email (contact, "helene.dupre@example.fr");
  acc_contact_set_address (contact, "1, place de la Comédie\n69001 Lyon");
  acc_contact_set_kind (contact, ACC_CONTACT_KIND_PARTNER);
  acc_contact_set_notes (contact, "Préfère être rappelée le matin.");
  g_assert_true (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_no_error (error);
  id = acc_contact_get_id (contact);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (acc_contact_get_phone (contact), ==, "+33472103030");
  created_at = acc_contact_get_created_at (contact);
  g_assert_cmpint (created_at, >=, before);
  g_assert_cmpint (created_at, <=, g_get_real_time ());

  read = acc_repository_get_contact (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_contact_get_id (read), ==, id);
  g_assert_cmpstr (acc_contact_get_name (read), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_contact_get_organisation (read), ==, "Mairie de Lyon");
  g_assert_cmpstr (acc_contact_get_phone (read), ==, "+33472103030");
  g_assert_cmpstr (acc_contact_get_email (read), ==, "helene.dupre@example.fr");
  g_assert_cmpstr (acc_contact_get_address (read), ==, "1, place de la Comédie\n69001 Lyon");
  g_assert_cmpint (acc_contact_get_kind (read), ==, ACC_CONTACT_KIND_PARTNER);
  g_assert_cmpstr (acc_contact_get_notes (read), ==, "Préfère être rappelée le matin.");
  g_assert_cmpint (acc_contact_get_created_at (read), ==, created_at);
  g_assert_cmpint (acc_contact_get_updated_at (read), ==, created_at);

  /* Update: the same row, changed; its creation time kept. */
  acc_contact_set_name (contact, "Hélène Dupré-Lagarde");
  acc_contact_set_phone (contact, "+44 20 7946 0958");
  acc_contact_set_organisation (contact, NULL);
  acc_contact_set_kind (contact, ACC_CONTACT_KIND_CLIENT);
  g_assert_true (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_contact_get_id (contact), ==, id);
  g_clear_object (&read);
  read = acc_repository_get_contact (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_contact_get_name (read), ==, "Hélène Dupré-Lagarde");
  g_assert_cmpstr (acc_contact_get_phone (read), ==, "+442079460958");
  g_assert_null (acc_contact_get_organisation (read));
  g_assert_cmpint (acc_contact_get_kind (read), ==, ACC_CONTACT_KIND_CLIENT);
  g_assert_cmpint (acc_contact_get_created_at (read), ==, created_at);
  g_assert_cmpint (acc_contact_get_updated_at (read), >=, created_at);
  g_assert_cmpuint (count_contacts (f->repo), ==, G_N_ELEMENTS (formats) + 1);

  /* An unreadable number on update: refused, the stored row unchanged. */
  acc_contact_set_phone (contact, "pas de numéro");
  g_assert_false (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&read);
  read = acc_repository_get_contact (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_contact_get_phone (read), ==, "+442079460958");

  /* Unknown ids. */
  g_assert_null (acc_repository_get_contact (f->repo, id + 1000, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(AccContact) ghost = acc_contact_new ("Fantôme");
    acc_contact_set_id (ghost, id + 1000);
    g_assert_false (acc_repository_save_contact (f->repo, ghost, &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpuint (count_contacts (f->repo), ==, G_N_ELEMENTS (formats) + 1);
}

/* Calls and visits. */

static void
assert_started_order (GListModel   *list,
                      const gint64 *expected,
                      guint         n_expected)
{
  g_assert_cmpuint (count_items (list), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(AccInteraction) item = g_list_model_get_item (list, i);
      g_assert_nonnull (item);
      g_assert_cmpint (acc_interaction_get_started_at (item), ==, expected[i]);
    }
}

static void
test_interactions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) agent = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) supervisor = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccContact) contact = add_contact (f->repo, "Hélène Dupré", "Mairie de Lyon", "06 12 34 56 78");
  g_autoptr(AccInteraction) call = NULL;
  g_autoptr(AccInteraction) visit = NULL;
  g_autoptr(AccInteraction) read = NULL;
  g_autoptr(AccInteraction) nameless = NULL;
  g_autoptr(AccInteraction) bad_phone = NULL;
  gint64 before, after, call_id;

  /* A call without a start time starts now. */
  call = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_name (call, "  Hélène Dupré ");
  acc_interaction_set_organisation (call, "Mairie de Lyon");
  acc_interaction_set_phone (call, "06 12 34 56 78");
  acc_interaction_set_email (call, "helene.dupre@example.fr");
  acc_interaction_set_contact_id (call, acc_contact_get_id (contact));
  acc_interaction_set_staff_id (call, acc_staff_member_get_id (agent));
  acc_interaction_set_reason (call, "Demande de rendez-vous");
  acc_interaction_set_notes (call, "Rappeler avant midi.");
  acc_interaction_set_outcome (call, ACC_OUTCOME_TRANSFERRED);
  acc_interaction_set_outcome_detail (call, "Transféré au service social");
  acc_interaction_set_supervisor_id (call, acc_staff_member_get_id (supervisor));
  acc_interaction_set_checklist (call, 0x5);
  before = g_get_real_time ();
  g_assert_true (acc_repository_save_interaction (f->repo, call, NULL, &error));
  g_assert_no_error (error);
  after = g_get_real_time ();
  call_id = acc_interaction_get_id (call);
  g_assert_cmpint (call_id, >, 0);
  g_assert_cmpint (acc_interaction_get_started_at (call), >=, before);
  g_assert_cmpint (acc_interaction_get_started_at (call), <=, after);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_interaction_get_phone (call), ==, "+33612345678");

  read = acc_repository_get_interaction (f->repo, call_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_id (read), ==, call_id);
  g_assert_cmpint (acc_interaction_get_channel (read), ==, ACC_CHANNEL_PHONE);
  g_assert_cmpint (acc_interaction_get_started_at (read), ==, acc_interaction_get_started_at (call));
  g_assert_cmpint (acc_interaction_get_ended_at (read), ==, 0);
  g_assert_cmpint (acc_interaction_get_staff_id (read), ==, acc_staff_member_get_id (agent));
  g_assert_cmpstr (acc_interaction_get_staff_name (read), ==, "Karim Benali");
  g_assert_cmpint (acc_interaction_get_contact_id (read), ==, acc_contact_get_id (contact));
  g_assert_cmpstr (acc_interaction_get_name (read), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_interaction_get_organisation (read), ==, "Mairie de Lyon");
  g_assert_cmpstr (acc_interaction_get_phone (read), ==, "+33612345678");
  g_assert_cmpstr (acc_interaction_get_email (read), ==, "helene.dupre@example.fr");
  g_assert_cmpstr (acc_interaction_get_reason (read), ==, "Demande de rendez-vous");
  g_assert_cmpstr (acc_interaction_get_notes (read), ==, "Rappeler avant midi.");
  g_assert_cmpint (acc_interaction_get_outcome (read), ==, ACC_OUTCOME_TRANSFERRED);
  g_assert_cmpstr (acc_interaction_get_outcome_detail (read), ==, "Transféré au service social");
  g_assert_cmpint (acc_interaction_get_supervisor_id (read), ==, acc_staff_member_get_id (supervisor));
  g_assert_cmpint (acc_interaction_get_directory_id (read), ==, 0);
  g_assert_cmpuint (acc_interaction_get_checklist (read), ==, 0x5);

  /* Update. */
  acc_interaction_set_ended_at (call, acc_interaction_get_started_at (call) + 90 * G_USEC_PER_SEC);
  acc_interaction_set_notes (call, "Rappelée à 11 h 30.");
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_repository_save_interaction (f->repo, call, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_id (call), ==, call_id);
  g_clear_object (&read);
  read = acc_repository_get_interaction (f->repo, call_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_interaction_get_notes (read), ==, "Rappelée à 11 h 30.");
  g_assert_cmpint (acc_interaction_get_outcome (read), ==, ACC_OUTCOME_ANSWERED);
  g_assert_cmpint (acc_interaction_get_ended_at (read), ==, acc_interaction_get_started_at (call) + 90 * G_USEC_PER_SEC);

  /* A visit, on its own channel. */
  visit = acc_interaction_new (ACC_CHANNEL_VISIT);
  acc_interaction_set_name (visit, "Jean-Pierre Lefèvre");
  acc_interaction_set_started_at (visit, A_TIME_US);
  acc_interaction_set_outcome (visit, ACC_OUTCOME_ORIENTED);
  g_assert_true (acc_repository_save_interaction (f->repo, visit, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = acc_repository_get_interaction (f->repo, acc_interaction_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_channel (read), ==, ACC_CHANNEL_VISIT);
  g_assert_cmpint (acc_interaction_get_started_at (read), ==, A_TIME_US);
  g_assert_null (acc_interaction_get_staff_name (read));

  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, 1);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_VISIT), ==, 1);

  /* Refused: no name; an unreadable number; an unknown id. */
  nameless = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_name (nameless, " ");
  g_assert_false (acc_repository_save_interaction (f->repo, nameless, NULL, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  bad_phone = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_name (bad_phone, "Quelqu'un");
  acc_interaction_set_phone (bad_phone, "n'a pas laissé de numéro");
  g_assert_false (acc_repository_save_interaction (f->repo, bad_phone, NULL, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_interaction_get_id (bad_phone), ==, 0);
  g_assert_null (acc_repository_get_interaction (f->repo, call_id + 1000, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, 1);
}

static void
test_interactions_filters (Fixture       *f,
                           gconstpointer  data)
{
  /* Saved out of order; listed newest first per channel. */
  static const struct { AccChannel channel; int hour; AccOutcome outcome; } rows[] = {
    { ACC_CHANNEL_PHONE, 2, ACC_OUTCOME_ANSWERED },
    { ACC_CHANNEL_PHONE, 0, ACC_OUTCOME_MESSAGE },
    { ACC_CHANNEL_VISIT, 1, ACC_OUTCOME_ORIENTED },
    { ACC_CHANNEL_PHONE, 5, ACC_OUTCOME_ANSWERED },
    { ACC_CHANNEL_PHONE, 3, ACC_OUTCOME_TRANSFERRED },
    { ACC_CHANNEL_VISIT, 4, ACC_OUTCOME_ANSWERED },
    { ACC_CHANNEL_PHONE, 1, ACC_OUTCOME_ANSWERED },
  };
  const gint64 t = A_TIME_US;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *name = g_strdup_printf ("Personne %u", i);
      g_autoptr(AccInteraction) saved = add_interaction (f->repo, rows[i].channel, name,
                                                         t + rows[i].hour * HOUR_US, rows[i].outcome);
    }

  {
    g_autoptr(GListModel) calls = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, NULL);
    const gint64 expected[] = { t + 5 * HOUR_US, t + 3 * HOUR_US, t + 2 * HOUR_US, t + 1 * HOUR_US, t };
    g_assert_true (g_list_model_get_item_type (calls) == ACC_TYPE_INTERACTION);
    assert_started_order (calls, expected, G_N_ELEMENTS (expected));
    g_assert_null (g_list_model_get_item (calls, G_N_ELEMENTS (expected)));
  }
  {
    g_autoptr(GListModel) visits = acc_repository_list_interactions (f->repo, ACC_CHANNEL_VISIT, NULL);
    const gint64 expected[] = { t + 4 * HOUR_US, t + 1 * HOUR_US };
    assert_started_order (visits, expected, G_N_ELEMENTS (expected));
  }
  {
    /* from is inclusive, to exclusive. */
    AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
    g_autoptr(GListModel) calls = NULL;
    const gint64 expected[] = { t + 3 * HOUR_US, t + 2 * HOUR_US, t + 1 * HOUR_US };

    filter.from_us = t + 1 * HOUR_US;
    filter.to_us = t + 5 * HOUR_US;
    calls = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, &filter);
    assert_started_order (calls, expected, G_N_ELEMENTS (expected));
  }
  {
    AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
    g_autoptr(GListModel) calls = NULL;
    const gint64 expected[] = { t + 5 * HOUR_US, t + 2 * HOUR_US, t + 1 * HOUR_US };

    filter.outcome = ACC_OUTCOME_ANSWERED;
    calls = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, &filter);
    assert_started_order (calls, expected, G_N_ELEMENTS (expected));
  }
  {
    AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
    g_autoptr(GListModel) calls = NULL;
    const gint64 expected[] = { t + 2 * HOUR_US };

    filter.outcome = ACC_OUTCOME_ANSWERED;
    filter.from_us = t + 2 * HOUR_US;
    filter.to_us = t + 5 * HOUR_US;
    calls = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, &filter);
    assert_started_order (calls, expected, G_N_ELEMENTS (expected));
  }
  {
    AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
    g_autoptr(GListModel) calls = NULL;

    filter.outcome = ACC_OUTCOME_ORIENTED;
    calls = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, &filter);
    g_assert_cmpuint (count_items (calls), ==, 0);
    g_assert_null (g_list_model_get_item (calls, 0));
  }
}

static void
test_interactions_with_message (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) agent = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccContact) contact = add_contact (f->repo, "Hélène Dupré", NULL, NULL);
  g_autoptr(AccInteraction) call = NULL;
  g_autoptr(AccInteraction) visit = NULL;
  g_autoptr(AccInteraction) failed = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(AccMessage) visit_message = NULL;
  g_autoptr(AccMessage) invalid = NULL;
  g_autoptr(AccMessage) read = NULL;
  guint n_calls, n_messages;

  call = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_name (call, "Hélène Dupré");
  acc_interaction_set_organisation (call, "Mairie de Lyon");
  acc_interaction_set_phone (call, "06 12 34 56 78");
  acc_interaction_set_email (call, "helene.dupre@example.fr");
  acc_interaction_set_reason (call, "Dossier de subvention");
  acc_interaction_set_contact_id (call, acc_contact_get_id (contact));
  acc_interaction_set_staff_id (call, acc_staff_member_get_id (agent));
  acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);
  message = acc_message_new ();
  acc_message_set_recipient_id (message, acc_staff_member_get_id (recipient));
  acc_message_set_body (message, "Souhaite savoir où en est son dossier.");
  acc_message_set_urgent (message, TRUE);

  g_assert_true (acc_repository_save_interaction (f->repo, call, message, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_id (call), >, 0);
  g_assert_cmpint (acc_message_get_id (message), >, 0);

  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_interaction_id (read), ==, acc_interaction_get_id (call));
  g_assert_cmpint (acc_message_get_source (read), ==, ACC_MESSAGE_SOURCE_CALL);
  g_assert_cmpint (acc_message_get_taken_by_id (read), ==, acc_staff_member_get_id (agent));
  g_assert_cmpstr (acc_message_get_taken_by_name (read), ==, "Karim Benali");
  g_assert_cmpint (acc_message_get_recipient_id (read), ==, acc_staff_member_get_id (recipient));
  g_assert_cmpstr (acc_message_get_recipient_name (read), ==, "Véronique Martin");
  g_assert_cmpstr (acc_message_get_name (read), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_message_get_organisation (read), ==, "Mairie de Lyon");
  g_assert_cmpstr (acc_message_get_phone (read), ==, "+33612345678");
  g_assert_cmpstr (acc_message_get_email (read), ==, "helene.dupre@example.fr");
  g_assert_cmpstr (acc_message_get_reason (read), ==, "Dossier de subvention");
  g_assert_cmpint (acc_message_get_contact_id (read), ==, acc_contact_get_id (contact));
  g_assert_cmpstr (acc_message_get_body (read), ==, "Souhaite savoir où en est son dossier.");
  g_assert_true (acc_message_get_urgent (read));
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpint (acc_message_get_created_at (read), >, 0);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, acc_staff_member_get_id (recipient), &error), ==, 1);
  g_assert_no_error (error);

  /* A visit's message comes from the visit. */
  visit = acc_interaction_new (ACC_CHANNEL_VISIT);
  acc_interaction_set_name (visit, "Jean-Pierre Lefèvre");
  acc_interaction_set_reason (visit, "Dépôt de pièces");
  acc_interaction_set_staff_id (visit, acc_staff_member_get_id (agent));
  acc_interaction_set_outcome (visit, ACC_OUTCOME_MESSAGE);
  visit_message = new_message (NULL, NULL, acc_staff_member_get_id (recipient));
  g_assert_true (acc_repository_save_interaction (f->repo, visit, visit_message, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = acc_repository_get_message (f->repo, acc_message_get_id (visit_message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_source (read), ==, ACC_MESSAGE_SOURCE_VISIT);
  g_assert_cmpint (acc_message_get_interaction_id (read), ==, acc_interaction_get_id (visit));
  g_assert_cmpint (acc_message_get_taken_by_id (read), ==, acc_staff_member_get_id (agent));
  g_assert_cmpstr (acc_message_get_name (read), ==, "Jean-Pierre Lefèvre");
  g_assert_cmpstr (acc_message_get_reason (read), ==, "Dépôt de pièces");

  /* A call whose message is invalid (no recipient): neither is saved. */
  n_calls = count_interactions (f->repo, ACC_CHANNEL_PHONE);
  n_messages = count_messages (f->repo);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (n_messages, ==, 2);
  failed = acc_interaction_new (ACC_CHANNEL_PHONE);
  acc_interaction_set_name (failed, "Paul Girard");
  acc_interaction_set_reason (failed, "Réclamation");
  acc_interaction_set_staff_id (failed, acc_staff_member_get_id (agent));
  acc_interaction_set_outcome (failed, ACC_OUTCOME_MESSAGE);
  invalid = new_message (NULL, NULL, 0);
  g_assert_false (acc_repository_save_interaction (f->repo, failed, invalid, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_interaction_get_id (failed), ==, 0);
  g_assert_cmpint (acc_message_get_id (invalid), ==, 0);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, n_calls);
  g_assert_cmpuint (count_messages (f->repo), ==, n_messages);

  /* The same with a recipient who does not exist (refused by SQLite itself,
   * after the call's row was written). */
  acc_message_set_recipient_id (invalid, 4242);
  g_assert_false (acc_repository_save_interaction (f->repo, failed, invalid, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_interaction_get_id (failed), ==, 0);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, n_calls);
  g_assert_cmpuint (count_messages (f->repo), ==, n_messages);

  /* Fixed, it saves. */
  acc_message_set_recipient_id (invalid, acc_staff_member_get_id (recipient));
  g_assert_true (acc_repository_save_interaction (f->repo, failed, invalid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, n_calls + 1);
  g_assert_cmpuint (count_messages (f->repo), ==, n_messages + 1);
  g_clear_object (&read);
  read = acc_repository_get_message (f->repo, acc_message_get_id (invalid), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_interaction_id (read), ==, acc_interaction_get_id (failed));
}

/* A save that failed must not leave the message filled from that attempt:
 * corrected and saved again, the message is about the corrected call. */
static void
test_interactions_retry_after_failure (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) agent = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(AccMessage) message = acc_message_new ();
  g_autoptr(AccMessage) read = NULL;

  acc_interaction_set_name (call, "Paul Girad");
  acc_interaction_set_reason (call, "Réclamation");
  acc_interaction_set_phone (call, "06 11 11 11 11");
  acc_interaction_set_staff_id (call, acc_staff_member_get_id (agent));
  acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);

  /* No recipient yet: refused. */
  g_assert_false (acc_repository_save_interaction (f->repo, call, message, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  /* The agent corrects the caller's name and number, picks a recipient. */
  acc_interaction_set_name (call, "Paul Girard");
  acc_interaction_set_phone (call, "06 22 22 22 22");
  acc_interaction_set_reason (call, "Réclamation facture");
  acc_message_set_recipient_id (message, acc_staff_member_get_id (recipient));
  g_assert_true (acc_repository_save_interaction (f->repo, call, message, &error));
  g_assert_no_error (error);

  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_interaction_id (read), ==, acc_interaction_get_id (call));
  g_assert_cmpstr (acc_message_get_name (read), ==, "Paul Girard");
  g_assert_cmpstr (acc_message_get_phone (read), ==, "+33622222222");
  g_assert_cmpstr (acc_message_get_reason (read), ==, "Réclamation facture");
}

/* Messages. */

static void
test_messages (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) agent = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(AccMessage) read = NULL;
  g_autoptr(AccMessage) nameless = NULL;
  g_autoptr(AccMessage) reasonless = NULL;
  g_autoptr(AccMessage) nobody = NULL;
  gint64 before, id, rid = acc_staff_member_get_id (recipient);

  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, rid, &error), ==, 0);
  g_assert_no_error (error);

  before = g_get_real_time ();
  message = new_message (" Hélène Dupré ", " Rappel ", rid);
  acc_message_set_taken_by_id (message, acc_staff_member_get_id (agent));
  acc_message_set_source (message, ACC_MESSAGE_SOURCE_VOICEMAIL);
  acc_message_set_organisation (message, "Mairie de Lyon");
  acc_message_set_phone (message, "06 12 34 56 78");
  acc_message_set_email (message, "helene.dupre@example.fr");
  acc_message_set_body (message, "Rappeler au sujet de la réunion de jeudi.");
  acc_message_set_due_at (message, A_TIME_US);
  g_assert_true (acc_repository_save_message (f->repo, message, &error));
  g_assert_no_error (error);
  id = acc_message_get_id (message);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (acc_message_get_created_at (message), >=, before);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpstr (acc_message_get_phone (message), ==, "+33612345678");

  read = acc_repository_get_message (f->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_id (read), ==, id);
  g_assert_cmpint (acc_message_get_created_at (read), ==, acc_message_get_created_at (message));
  g_assert_cmpint (acc_message_get_status_changed_at (read), ==, acc_message_get_created_at (message));
  g_assert_cmpint (acc_message_get_taken_by_id (read), ==, acc_staff_member_get_id (agent));
  g_assert_cmpstr (acc_message_get_taken_by_name (read), ==, "Karim Benali");
  g_assert_cmpint (acc_message_get_recipient_id (read), ==, rid);
  g_assert_cmpstr (acc_message_get_recipient_name (read), ==, "Véronique Martin");
  g_assert_cmpint (acc_message_get_source (read), ==, ACC_MESSAGE_SOURCE_VOICEMAIL);
  g_assert_cmpint (acc_message_get_interaction_id (read), ==, 0);
  g_assert_cmpstr (acc_message_get_name (read), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_message_get_reason (read), ==, "Rappel");
  g_assert_cmpstr (acc_message_get_organisation (read), ==, "Mairie de Lyon");
  g_assert_cmpstr (acc_message_get_phone (read), ==, "+33612345678");
  g_assert_cmpstr (acc_message_get_email (read), ==, "helene.dupre@example.fr");
  g_assert_cmpstr (acc_message_get_body (read), ==, "Rappeler au sujet de la réunion de jeudi.");
  g_assert_false (acc_message_get_urgent (read));
  g_assert_cmpint (acc_message_get_due_at (read), ==, A_TIME_US);
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_null (acc_message_get_resolution (read));

  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, rid, &error), ==, 1);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, acc_staff_member_get_id (agent), &error), ==, 0);
  g_assert_no_error (error);

  g_assert_null (acc_repository_get_message (f->repo, id + 1000, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Refused: no name, no reason, no recipient. */
  nameless = new_message ("", "Rappel", rid);
  g_assert_false (acc_repository_save_message (f->repo, nameless, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  reasonless = new_message ("Hélène Dupré", "  ", rid);
  g_assert_false (acc_repository_save_message (f->repo, reasonless, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  nobody = new_message ("Hélène Dupré", "Rappel", 0);
  g_assert_false (acc_repository_save_message (f->repo, nobody, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_messages (f->repo), ==, 1);
}

static void
test_messages_transitions (Fixture       *f,
                           gconstpointer  data)
{
  static const AccMessageStatus all[] = {
    ACC_MESSAGE_STATUS_NEW, ACC_MESSAGE_STATUS_READ, ACC_MESSAGE_STATUS_IN_PROGRESS,
    ACC_MESSAGE_STATUS_DONE, ACC_MESSAGE_STATUS_FORWARDED,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) agent = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccStaffMember) other = add_staff (f->repo, "Sophie Laurent", ACC_ROLE_MANAGER);
  gint64 rid = acc_staff_member_get_id (recipient);
  gint64 oid = acc_staff_member_get_id (other);
  g_autoptr(AccMessage) message = add_message (f->repo, "Hélène Dupré", "Rappel", rid);
  g_autoptr(AccMessage) read = NULL;

  /* new → new is no change, and going back is refused. */
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_NEW, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_READ, rid, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_READ);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, rid, &error), ==, 0);
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_NEW, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_IN_PROGRESS, rid, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_READ, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  /* Done needs a note saying how it was handled. */
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_DONE, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_DONE, rid, "   ", 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_IN_PROGRESS);
  g_clear_object (&read);

  g_assert_true (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_DONE, rid,
                                                    " Rappelée, rendez-vous pris. ", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_DONE);
  g_assert_cmpstr (acc_message_get_resolution (message), ==, "Rappelée, rendez-vous pris.");
  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_DONE);
  g_assert_cmpstr (acc_message_get_resolution (read), ==, "Rappelée, rendez-vous pris.");
  g_assert_cmpint (acc_message_get_status_changed_at (read), >=, acc_message_get_created_at (read));
  g_assert_false (acc_message_is_open (read));

  /* Done is final. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_false (acc_repository_set_message_status (f->repo, message, all[i], rid, "encore", oid, &error));
      g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_clear_object (&read);
  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_DONE);
  g_assert_cmpstr (acc_message_get_resolution (read), ==, "Rappelée, rendez-vous pris.");
  (void) agent;
}

static void
test_messages_forward (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccStaffMember) other = add_staff (f->repo, "Sophie Laurent", ACC_ROLE_MANAGER);
  gint64 rid = acc_staff_member_get_id (recipient);
  gint64 oid = acc_staff_member_get_id (other);
  g_autoptr(AccMessage) message = add_message (f->repo, "Hélène Dupré", "Rappel", rid);
  g_autoptr(AccMessage) old = NULL;
  g_autoptr(AccMessage) copy = NULL;
  g_autoptr(GListModel) others = NULL;
  AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;

  acc_message_set_body (message, "Au sujet du dossier 2026-17.");

  /* To the same recipient, or to nobody: refused. */
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_FORWARDED, rid, NULL, rid, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_FORWARDED, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  /* To someone who does not exist: refused, nothing changed. */
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_FORWARDED, rid, NULL, 4242, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpuint (count_messages (f->repo), ==, 1);

  g_assert_true (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_READ, rid, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_true (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_FORWARDED, rid,
                                                    "Plutôt pour Sophie", oid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_FORWARDED);

  old = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (old), ==, ACC_MESSAGE_STATUS_FORWARDED);
  g_assert_false (acc_message_is_open (old));
  g_assert_cmpint (acc_message_get_recipient_id (old), ==, rid);

  g_assert_cmpuint (count_messages (f->repo), ==, 2);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, oid, &error), ==, 1);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, rid, &error), ==, 0);
  g_assert_no_error (error);

  filter.recipient_id = oid;
  others = acc_repository_list_messages (f->repo, &filter);
  g_assert_cmpuint (count_items (others), ==, 1);
  copy = g_list_model_get_item (others, 0);
  g_assert_cmpint (acc_message_get_id (copy), !=, acc_message_get_id (message));
  g_assert_cmpint (acc_message_get_status (copy), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpint (acc_message_get_recipient_id (copy), ==, oid);
  g_assert_cmpstr (acc_message_get_recipient_name (copy), ==, "Sophie Laurent");
  g_assert_cmpstr (acc_message_get_name (copy), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_message_get_reason (copy), ==, "Rappel");

  /* Forwarded is final too. */
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_DONE, rid, "fait", 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
}

/* Another window moved the message on: this window's object is stale, and
 * its change is refused rather than written over the other. */
static void
test_messages_stale (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) second = NULL;
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  gint64 rid = acc_staff_member_get_id (recipient);
  g_autoptr(AccMessage) message = add_message (f->repo, "Hélène Dupré", "Rappel", rid);
  g_autoptr(AccMessage) theirs = NULL;
  g_autoptr(AccMessage) read = NULL;

  second = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  theirs = acc_repository_get_message (second, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_true (acc_repository_set_message_status (second, theirs, ACC_MESSAGE_STATUS_IN_PROGRESS, rid, NULL, 0, &error));
  g_assert_no_error (error);

  /* Ours still says new. */
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_false (acc_repository_set_message_status (f->repo, message, ACC_MESSAGE_STATUS_READ, rid, NULL, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);

  read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_IN_PROGRESS);

  /* Read again, it can move on. */
  g_assert_true (acc_repository_set_message_status (f->repo, read, ACC_MESSAGE_STATUS_DONE, rid, "Réglé", 0, &error));
  g_assert_no_error (error);
}

static void
test_messages_list (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) a = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccStaffMember) b = add_staff (f->repo, "Sophie Laurent", ACC_ROLE_MANAGER);
  gint64 aid = acc_staff_member_get_id (a), bid = acc_staff_member_get_id (b);
  /* created_at is given: the list is newest first. */
  static const struct { int hour; gboolean to_a; AccMessageStatus status; } rows[] = {
    { 0, TRUE, ACC_MESSAGE_STATUS_NEW },
    { 1, TRUE, ACC_MESSAGE_STATUS_DONE },
    { 2, FALSE, ACC_MESSAGE_STATUS_READ },
    { 3, TRUE, ACC_MESSAGE_STATUS_IN_PROGRESS },
    { 4, FALSE, ACC_MESSAGE_STATUS_DONE },
    { 5, TRUE, ACC_MESSAGE_STATUS_READ },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *name = g_strdup_printf ("Personne %d", rows[i].hour);
      g_autoptr(AccMessage) m = new_message (name, "Rappel", rows[i].to_a ? aid : bid);
      gint64 rid = acc_message_get_recipient_id (m);

      acc_message_set_created_at (m, A_TIME_US + rows[i].hour * HOUR_US);
      g_assert_true (acc_repository_save_message (f->repo, m, &error));
      g_assert_no_error (error);
      g_assert_cmpint (acc_message_get_created_at (m), ==, A_TIME_US + rows[i].hour * HOUR_US);
      if (rows[i].status >= ACC_MESSAGE_STATUS_READ && rows[i].status != ACC_MESSAGE_STATUS_IN_PROGRESS)
        g_assert_true (acc_repository_set_message_status (f->repo, m, ACC_MESSAGE_STATUS_READ, rid, NULL, 0, &error));
      if (rows[i].status >= ACC_MESSAGE_STATUS_IN_PROGRESS)
        g_assert_true (acc_repository_set_message_status (f->repo, m, ACC_MESSAGE_STATUS_IN_PROGRESS, rid, NULL, 0, &error));
      if (rows[i].status == ACC_MESSAGE_STATUS_DONE)
        g_assert_true (acc_repository_set_message_status (f->repo, m, ACC_MESSAGE_STATUS_DONE, rid, "fait", 0, &error));
      g_assert_no_error (error);
      g_assert_cmpint (acc_message_get_status (m), ==, rows[i].status);
    }

  {
    g_autoptr(GListModel) all = acc_repository_list_messages (f->repo, NULL);
    const int hours[] = { 5, 4, 3, 2, 1, 0 };

    g_assert_true (g_list_model_get_item_type (all) == ACC_TYPE_MESSAGE);
    g_assert_cmpuint (count_items (all), ==, G_N_ELEMENTS (hours));
    for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
      {
        g_autoptr(AccMessage) m = g_list_model_get_item (all, i);
        g_assert_cmpint (acc_message_get_created_at (m), ==, A_TIME_US + hours[i] * HOUR_US);
      }
  }
  {
    AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
    g_autoptr(GListModel) open = NULL;
    const int hours[] = { 5, 3, 2, 0 };

    filter.status = ACC_MESSAGE_FILTER_OPEN;
    open = acc_repository_list_messages (f->repo, &filter);
    g_assert_cmpuint (count_items (open), ==, G_N_ELEMENTS (hours));
    for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
      {
        g_autoptr(AccMessage) m = g_list_model_get_item (open, i);
        g_assert_cmpint (acc_message_get_created_at (m), ==, A_TIME_US + hours[i] * HOUR_US);
        g_assert_true (acc_message_is_open (m));
      }
  }
  {
    AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
    g_autoptr(GListModel) closed = NULL;
    const int hours[] = { 4, 1 };

    filter.status = ACC_MESSAGE_FILTER_CLOSED;
    closed = acc_repository_list_messages (f->repo, &filter);
    g_assert_cmpuint (count_items (closed), ==, G_N_ELEMENTS (hours));
    for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
      {
        g_autoptr(AccMessage) m = g_list_model_get_item (closed, i);
        g_assert_cmpint (acc_message_get_created_at (m), ==, A_TIME_US + hours[i] * HOUR_US);
        g_assert_false (acc_message_is_open (m));
      }
  }
  {
    AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
    g_autoptr(GListModel) inbox = NULL;
    const int hours[] = { 5, 3, 0 };

    filter.recipient_id = aid;
    filter.status = ACC_MESSAGE_FILTER_OPEN;
    inbox = acc_repository_list_messages (f->repo, &filter);
    g_assert_cmpuint (count_items (inbox), ==, G_N_ELEMENTS (hours));
    for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
      {
        g_autoptr(AccMessage) m = g_list_model_get_item (inbox, i);
        g_assert_cmpint (acc_message_get_created_at (m), ==, A_TIME_US + hours[i] * HOUR_US);
        g_assert_cmpint (acc_message_get_recipient_id (m), ==, aid);
      }
  }
  {
    AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
    g_autoptr(GListModel) b_all = NULL;
    g_autoptr(GListModel) period = NULL;

    filter.recipient_id = bid;
    b_all = acc_repository_list_messages (f->repo, &filter);
    g_assert_cmpuint (count_items (b_all), ==, 2);

    filter.recipient_id = 0;
    filter.from_us = A_TIME_US + 1 * HOUR_US;
    filter.to_us = A_TIME_US + 3 * HOUR_US;
    period = acc_repository_list_messages (f->repo, &filter);
    g_assert_cmpuint (count_items (period), ==, 2);
  }
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, aid, &error), ==, 1);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, bid, &error), ==, 0);
  g_assert_no_error (error);
}

/* Directory of local services. */

static void
test_directory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccDirectoryEntry) caf = acc_directory_entry_new ("CAF de l'Ardèche");
  g_autoptr(AccDirectoryEntry) cpam = acc_directory_entry_new ("CPAM");
  g_autoptr(AccDirectoryEntry) mission = acc_directory_entry_new ("Mission locale");
  g_autoptr(AccDirectoryEntry) nameless = acc_directory_entry_new ("");
  g_autoptr(AccDirectoryEntry) bad_phone = acc_directory_entry_new ("Numéro illisible");
  g_autoptr(GListModel) list = NULL;

  acc_directory_entry_set_category (caf, "Social");
  acc_directory_entry_set_phone (caf, "32 30 30 30 30");
  acc_directory_entry_set_phone (caf, "09 69 32 52 52");
  acc_directory_entry_set_email (caf, "contact@caf07.fr");
  acc_directory_entry_set_address (caf, "2, rue Boissy d'Anglas\n07000 Privas");
  acc_directory_entry_set_website (caf, "https://caf.fr");
  acc_directory_entry_set_hours (caf, "Lundi–vendredi, 8 h 30 – 12 h");
  acc_directory_entry_set_notes (caf, "Sur rendez-vous l'après-midi.");
  g_assert_true (acc_repository_save_directory_entry (f->repo, caf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_directory_entry_get_id (caf), >, 0);
  g_assert_cmpstr (acc_directory_entry_get_phone (caf), ==, "+33969325252");

  acc_directory_entry_set_category (cpam, "Santé");
  g_assert_true (acc_repository_save_directory_entry (f->repo, cpam, &error));
  g_assert_no_error (error);
  acc_directory_entry_set_category (mission, "Emploi");
  g_assert_true (acc_repository_save_directory_entry (f->repo, mission, &error));
  g_assert_no_error (error);

  g_assert_false (acc_repository_save_directory_entry (f->repo, nameless, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  acc_directory_entry_set_phone (bad_phone, "standard");
  g_assert_false (acc_repository_save_directory_entry (f->repo, bad_phone, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  /* By category, then name. */
  list = acc_repository_list_directory (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 3);
  {
    g_autoptr(AccDirectoryEntry) e0 = g_list_model_get_item (list, 0);
    g_autoptr(AccDirectoryEntry) e1 = g_list_model_get_item (list, 1);
    g_autoptr(AccDirectoryEntry) e2 = g_list_model_get_item (list, 2);

    g_assert_cmpstr (acc_directory_entry_get_name (e0), ==, "Mission locale");
    g_assert_cmpstr (acc_directory_entry_get_name (e1), ==, "CPAM");
    g_assert_cmpstr (acc_directory_entry_get_name (e2), ==, "CAF de l'Ardèche");
    g_assert_cmpint (acc_directory_entry_get_id (e2), ==, acc_directory_entry_get_id (caf));
    g_assert_cmpstr (acc_directory_entry_get_category (e2), ==, "Social");
    g_assert_cmpstr (acc_directory_entry_get_phone (e2), ==, "+33969325252");
    g_assert_cmpstr (acc_directory_entry_get_email (e2), ==, "contact@caf07.fr");
    g_assert_cmpstr (acc_directory_entry_get_address (e2), ==, "2, rue Boissy d'Anglas\n07000 Privas");
    g_assert_cmpstr (acc_directory_entry_get_website (e2), ==, "https://caf.fr");
    g_assert_cmpstr (acc_directory_entry_get_hours (e2), ==, "Lundi–vendredi, 8 h 30 – 12 h");
    g_assert_cmpstr (acc_directory_entry_get_notes (e2), ==, "Sur rendez-vous l'après-midi.");
  }
  g_clear_object (&list);

  /* Update. */
  acc_directory_entry_set_name (caf, "CAF");
  acc_directory_entry_set_category (caf, "Famille");
  acc_directory_entry_set_phone (caf, NULL);
  g_assert_true (acc_repository_save_directory_entry (f->repo, caf, &error));
  g_assert_no_error (error);
  list = acc_repository_list_directory (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 3);
  {
    g_autoptr(AccDirectoryEntry) e1 = g_list_model_get_item (list, 1);

    g_assert_cmpint (acc_directory_entry_get_id (e1), ==, acc_directory_entry_get_id (caf));
    g_assert_cmpstr (acc_directory_entry_get_name (e1), ==, "CAF");
    g_assert_cmpstr (acc_directory_entry_get_category (e1), ==, "Famille");
    g_assert_null (acc_directory_entry_get_phone (e1));
  }
}

/* Documents to keep current. */

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) reviewer = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccDocument) prices = acc_document_new ("Tarifs 2026", ACC_DOCUMENT_PRICE_LIST);
  g_autoptr(AccDocument) brochure = acc_document_new ("Plaquette", ACC_DOCUMENT_BROCHURE);
  g_autoptr(AccDocument) untitled = acc_document_new ("", ACC_DOCUMENT_BROCHURE);
  g_autoptr(GListModel) list = NULL;

  acc_document_set_location (prices, "Présentoir de l'entrée");
  acc_document_set_reviewed_at (prices, A_TIME_US);
  acc_document_set_reviewed_by_id (prices, acc_staff_member_get_id (reviewer));
  acc_document_set_review_interval_days (prices, 90);
  g_assert_true (acc_repository_save_document (f->repo, prices, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_document_get_id (prices), >, 0);
  g_assert_true (acc_repository_save_document (f->repo, brochure, &error));
  g_assert_no_error (error);

  g_assert_false (acc_repository_save_document (f->repo, untitled, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  /* By kind, then title. */
  list = acc_repository_list_documents (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 2);
  {
    g_autoptr(AccDocument) d0 = g_list_model_get_item (list, 0);
    g_autoptr(AccDocument) d1 = g_list_model_get_item (list, 1);

    g_assert_cmpstr (acc_document_get_title (d0), ==, "Plaquette");
    g_assert_cmpint (acc_document_get_reviewed_at (d0), ==, 0);
    g_assert_cmpint (acc_document_get_id (d1), ==, acc_document_get_id (prices));
    g_assert_cmpstr (acc_document_get_title (d1), ==, "Tarifs 2026");
    g_assert_cmpint (acc_document_get_kind (d1), ==, ACC_DOCUMENT_PRICE_LIST);
    g_assert_cmpstr (acc_document_get_location (d1), ==, "Présentoir de l'entrée");
    g_assert_cmpint (acc_document_get_reviewed_at (d1), ==, A_TIME_US);
    g_assert_cmpint (acc_document_get_reviewed_by_id (d1), ==, acc_staff_member_get_id (reviewer));
    g_assert_cmpuint (acc_document_get_review_interval_days (d1), ==, 90);
  }
  g_clear_object (&list);

  /* Update. */
  acc_document_set_title (prices, "Tarifs 2027");
  acc_document_set_reviewed_at (prices, A_TIME_US + 24 * HOUR_US);
  acc_document_set_review_interval_days (prices, 365);
  g_assert_true (acc_repository_save_document (f->repo, prices, &error));
  g_assert_no_error (error);
  list = acc_repository_list_documents (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 2);
  {
    g_autoptr(AccDocument) d1 = g_list_model_get_item (list, 1);

    g_assert_cmpint (acc_document_get_id (d1), ==, acc_document_get_id (prices));
    g_assert_cmpstr (acc_document_get_title (d1), ==, "Tarifs 2027");
    g_assert_cmpint (acc_document_get_reviewed_at (d1), ==, A_TIME_US + 24 * HOUR_US);
    g_assert_cmpuint (acc_document_get_review_interval_days (d1), ==, 365);
  }
}

/* Phone slots and opening hours. */

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccScheduleRange) tue_pm = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 2, 14 * 60, 17 * 60);
  g_autoptr(AccScheduleRange) mon_pm = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 1, 13 * 60 + 30, 17 * 60);
  g_autoptr(AccScheduleRange) mon_am = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 1, 8 * 60 + 30, 12 * 60);
  g_autoptr(AccScheduleRange) slot = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 3, 9 * 60, 11 * 60);
  g_autoptr(AccScheduleRange) backwards = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 3, 11 * 60, 9 * 60);
  g_autoptr(AccScheduleRange) empty = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 3, 9 * 60, 9 * 60);
  g_autoptr(GListModel) hours = NULL;
  g_autoptr(GListModel) slots = NULL;

  g_assert_true (acc_repository_save_schedule_range (f->repo, tue_pm, &error));
  g_assert_true (acc_repository_save_schedule_range (f->repo, mon_pm, &error));
  g_assert_true (acc_repository_save_schedule_range (f->repo, mon_am, &error));
  g_assert_true (acc_repository_save_schedule_range (f->repo, slot, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_schedule_range_get_id (slot), >, 0);

  /* Ending before it starts, or when it starts: refused. */
  g_assert_false (acc_repository_save_schedule_range (f->repo, backwards, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_save_schedule_range (f->repo, empty, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (acc_schedule_range_get_id (backwards), ==, 0);

  /* By weekday and start. */
  hours = acc_repository_list_schedule (f->repo, ACC_SCHEDULE_OPENING_HOURS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (hours), ==, 3);
  {
    g_autoptr(AccScheduleRange) r0 = g_list_model_get_item (hours, 0);
    g_autoptr(AccScheduleRange) r1 = g_list_model_get_item (hours, 1);
    g_autoptr(AccScheduleRange) r2 = g_list_model_get_item (hours, 2);

    g_assert_cmpint (acc_schedule_range_get_id (r0), ==, acc_schedule_range_get_id (mon_am));
    g_assert_cmpint (acc_schedule_range_get_id (r1), ==, acc_schedule_range_get_id (mon_pm));
    g_assert_cmpint (acc_schedule_range_get_id (r2), ==, acc_schedule_range_get_id (tue_pm));
    g_assert_cmpuint (acc_schedule_range_get_weekday (r1), ==, 1);
    g_assert_cmpuint (acc_schedule_range_get_start_minute (r1), ==, 13 * 60 + 30);
    g_assert_cmpuint (acc_schedule_range_get_end_minute (r1), ==, 17 * 60);
    g_assert_cmpint (acc_schedule_range_get_kind (r1), ==, ACC_SCHEDULE_OPENING_HOURS);
  }
  slots = acc_repository_list_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (slots), ==, 1);
  g_clear_object (&slots);

  /* Update: the same row, moved. */
  acc_schedule_range_set_weekday (slot, 5);
  acc_schedule_range_set_end_minute (slot, 12 * 60);
  g_assert_true (acc_repository_save_schedule_range (f->repo, slot, &error));
  g_assert_no_error (error);
  slots = acc_repository_list_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (slots), ==, 1);
  {
    g_autoptr(AccScheduleRange) r0 = g_list_model_get_item (slots, 0);
    g_assert_cmpuint (acc_schedule_range_get_weekday (r0), ==, 5);
    g_assert_cmpuint (acc_schedule_range_get_end_minute (r0), ==, 12 * 60);
  }

  /* Updated to end before it starts: refused, the row unchanged. */
  acc_schedule_range_set_end_minute (slot, 8 * 60);
  g_assert_false (acc_repository_save_schedule_range (f->repo, slot, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
}

/* Closures: public holidays, exceptional closures. */

static void
test_closures (Fixture       *f,
               gconstpointer  data)
{
  static const char *bad[][2] = {
    { "2026-02-30", NULL },
    { "2026-13-01", NULL },
    { "2026-1-1", NULL },
    { "01/05/2026", NULL },
    { "demain", NULL },
    { "", NULL },
    { NULL, NULL },
    { "2026-05-08", "2026-05-01" },
    { "2026-05-01", "2026-05-32" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AccClosure) summer = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, "2026-08-03", "2026-08-14", "Fermeture estivale");
  g_autoptr(AccClosure) may_day = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-05-01", NULL, "Fête du travail");
  g_autoptr(AccClosure) new_year = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-01-01", "2026-01-01", "Jour de l'an");
  g_autoptr(GListModel) list = NULL;

  g_assert_true (acc_repository_save_closure (f->repo, summer, &error));
  g_assert_true (acc_repository_save_closure (f->repo, may_day, &error));
  g_assert_true (acc_repository_save_closure (f->repo, new_year, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_closure_get_id (may_day), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(AccClosure) closure = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, bad[i][0], bad[i][1], "Mauvaise date");

      g_test_message ("closure %s to %s", bad[i][0] ? bad[i][0] : "(none)", bad[i][1] ? bad[i][1] : "(none)");
      g_assert_false (acc_repository_save_closure (f->repo, closure, &error));
      g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpint (acc_closure_get_id (closure), ==, 0);
    }

  /* By first day, whatever the order they were saved in. */
  list = acc_repository_list_closures (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 3);
  {
    g_autoptr(AccClosure) c0 = g_list_model_get_item (list, 0);
    g_autoptr(AccClosure) c1 = g_list_model_get_item (list, 1);
    g_autoptr(AccClosure) c2 = g_list_model_get_item (list, 2);

    g_assert_cmpstr (acc_closure_get_label (c0), ==, "Jour de l'an");
    g_assert_cmpstr (acc_closure_get_first_day (c1), ==, "2026-05-01");
    /* A single day: its last day is its first. */
    g_assert_cmpstr (acc_closure_get_last_day (c1), ==, "2026-05-01");
    g_assert_cmpint (acc_closure_get_kind (c1), ==, ACC_CLOSURE_PUBLIC_HOLIDAY);
    g_assert_cmpstr (acc_closure_get_label (c2), ==, "Fermeture estivale");
    g_assert_cmpstr (acc_closure_get_last_day (c2), ==, "2026-08-14");
    g_assert_cmpint (acc_closure_get_kind (c2), ==, ACC_CLOSURE_EXCEPTIONAL);
  }
  g_clear_object (&list);

  /* Update. */
  acc_closure_set_first_day (summer, "2026-07-27");
  g_assert_true (acc_repository_save_closure (f->repo, summer, &error));
  g_assert_no_error (error);
  list = acc_repository_list_closures (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 3);
  {
    g_autoptr(AccClosure) c2 = g_list_model_get_item (list, 2);
    g_assert_cmpint (acc_closure_get_id (c2), ==, acc_closure_get_id (summer));
    g_assert_cmpstr (acc_closure_get_first_day (c2), ==, "2026-07-27");
  }
}

/* Reasons (motifs) offered in the forms. */

static void
test_reasons (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = NULL;
  const char *expected[] = { "Renseignement", "Prise de rendez-vous", "Réclamation", NULL };

  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reasons);
  g_assert_cmpuint (g_strv_length (reasons), ==, 0);
  g_clear_pointer (&reasons, g_strfreev);

  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_assert_true (acc_repository_add_reason (f->repo, expected[i], &error));
      g_assert_no_error (error);
    }
  /* Again, even with spaces: not duplicated, and the order is kept. */
  g_assert_true (acc_repository_add_reason (f->repo, "Renseignement", &error));
  g_assert_true (acc_repository_add_reason (f->repo, "  Prise de rendez-vous ", &error));
  g_assert_no_error (error);

  g_assert_false (acc_repository_add_reason (f->repo, "", &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_add_reason (f->repo, "   ", &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_add_reason (f->repo, NULL, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);

  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (reasons, expected);
  g_clear_pointer (&reasons, g_strfreev);

  g_assert_true (acc_repository_add_reason (f->repo, "Dépôt de dossier", &error));
  g_assert_no_error (error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (reasons), ==, 4);
  g_assert_cmpstr (reasons[3], ==, "Dépôt de dossier");
}

/* Search. */

static gboolean
results_have (GPtrArray  *results,
              const char *name)
{
  for (guint i = 0; i < results->len; i++)
    if (g_strcmp0 (acc_contact_get_name (g_ptr_array_index (results, i)), name) == 0)
      return TRUE;
  return FALSE;
}

static GPtrArray *
search (AccRepository *repo,
        const char    *text,
        guint          limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = acc_repository_search_contacts (repo, text, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  static const char *finds_helene[] = {
    "helene", "HEL", "dupre", "Hélè", "hélène dupré", "Dupré Hélène", "DUPRÉ", "h",
    "villeurbanne", "Mairie", "mairie villeur",
    "06 12", "0612", "+33 6 12", "612", "06 12 34 56 78", "+33612345678", "0033 6 12",
    "06.12.34", "+33 (0)6 12",
  };
  static const char *not_helene[] = {
    "helena", "dupont", "lyon", "hélène martin", "07", "0698", "123", "+44 6 12",
  };
  g_autoptr(AccContact) helene = add_contact (f->repo, "Hélène Dupré", "Mairie de Villeurbanne", "06 12 34 56 78");
  g_autoptr(AccContact) jean = add_contact (f->repo, "Jean Dupont", "CAF du Rhône", "07 98 76 54 32");
  /* 612 inside the number but not at its start: a prefix search misses it. */
  g_autoptr(AccContact) marc = add_contact (f->repo, "Marc Lefèvre", "Lyon Métropole", "01 61 23 45 67");
  g_autoptr(AccContact) london = add_contact (f->repo, "Helena Smith", NULL, "+44 20 7946 0958");

  for (guint i = 0; i < G_N_ELEMENTS (finds_helene); i++)
    {
      g_autoptr(GPtrArray) results = search (f->repo, finds_helene[i], 10);

      g_test_message ("search: %s", finds_helene[i]);
      g_assert_true (results_have (results, "Hélène Dupré"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_helene); i++)
    {
      g_autoptr(GPtrArray) results = search (f->repo, not_helene[i], 10);

      g_test_message ("search: %s", not_helene[i]);
      g_assert_false (results_have (results, "Hélène Dupré"));
    }

  {
    g_autoptr(GPtrArray) results = search (f->repo, "612", 10);
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_false (results_have (results, "Marc Lefèvre"));
  }
  {
    g_autoptr(GPtrArray) results = search (f->repo, "0161", 10);
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_true (results_have (results, "Marc Lefèvre"));
  }
  {
    g_autoptr(GPtrArray) results = search (f->repo, "+44 20", 10);
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_true (results_have (results, "Helena Smith"));
  }
  {
    g_autoptr(GPtrArray) results = search (f->repo, "rhone", 10);
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_true (results_have (results, "Jean Dupont"));
  }
  {
    /* Every word must match. */
    g_autoptr(GPtrArray) results = search (f->repo, "dup", 10);
    g_autoptr(GPtrArray) both = search (f->repo, "dup jean", 10);
    g_assert_cmpuint (results->len, ==, 2);
    g_assert_cmpuint (both->len, ==, 1);
    g_assert_true (results_have (both, "Jean Dupont"));
  }
  {
    /* Nothing to look for: nothing found, no error. */
    g_autoptr(GPtrArray) empty = search (f->repo, "", 10);
    g_autoptr(GPtrArray) spaces = search (f->repo, "   ", 10);
    g_autoptr(GPtrArray) none = search (f->repo, NULL, 10);
    g_assert_cmpuint (empty->len, ==, 0);
    g_assert_cmpuint (spaces->len, ==, 0);
    g_assert_cmpuint (none->len, ==, 0);
  }

  /* The lazy list searches the same way. */
  {
    g_autoptr(GListModel) list = acc_repository_list_contacts (f->repo, "helene");
    g_autoptr(GListModel) by_phone = acc_repository_list_contacts (f->repo, "06 12");
    g_autoptr(GListModel) all = acc_repository_list_contacts (f->repo, NULL);
    g_autoptr(AccContact) first = NULL;

    g_assert_cmpuint (count_items (list), ==, 1);
    first = g_list_model_get_item (list, 0);
    g_assert_cmpint (acc_contact_get_id (first), ==, acc_contact_get_id (helene));
    g_assert_cmpuint (count_items (by_phone), ==, 1);
    g_assert_cmpuint (count_items (all), ==, 4);
  }
  (void) jean; (void) marc; (void) london;
}

typedef struct
{
  GPtrArray *found;
  GError *error;
  gboolean done;
} AsyncSearch;

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncSearch *search = user_data;

  search->found = acc_repository_search_contacts_finish (ACC_REPOSITORY (source), result, &search->error);
  search->done = TRUE;
}

static void
wait_search (AsyncSearch *search)
{
  while (!search->done)
    g_main_context_iteration (NULL, TRUE);
}

/* The look-up as you type, on a worker thread: the same results as the
 * synchronous one, a cancelled look-up says so and returns nothing, and a
 * later look-up on the same connection still works. */
static void
test_search_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AccContact) helene = add_contact (f->repo, "Hélène Dupré", "Mairie de Villeurbanne", "06 12 34 56 78");
  g_autoptr(AccContact) jean = add_contact (f->repo, "Jean Dupont", "CAF du Rhône", "07 98 76 54 32");
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GCancellable) live = g_cancellable_new ();
  AsyncSearch first = { 0 };
  AsyncSearch second = { 0 };
  AsyncSearch phone = { 0 };
  AsyncSearch later = { 0 };

  /* The first is overtaken before it could run: cancelled, whatever its
   * thread did. */
  acc_repository_search_contacts_async (f->repo, "dup", 10, cancelled, on_search_done, &first);
  acc_repository_search_contacts_async (f->repo, "helene", 10, live, on_search_done, &second);
  g_cancellable_cancel (cancelled);
  wait_search (&first);
  wait_search (&second);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (first.found);
  g_assert_no_error (second.error);
  g_assert_cmpuint (second.found->len, ==, 1);
  g_assert_cmpint (acc_contact_get_id (g_ptr_array_index (second.found, 0)), ==, acc_contact_get_id (helene));

  acc_repository_search_contacts_async (f->repo, "+33 7 98", 10, NULL, on_search_done, &phone);
  wait_search (&phone);
  g_assert_no_error (phone.error);
  g_assert_cmpuint (phone.found->len, ==, 1);
  g_assert_cmpint (acc_contact_get_id (g_ptr_array_index (phone.found, 0)), ==, acc_contact_get_id (jean));

  /* A contact saved since is found: the look-ups' connection reads what
   * the main one committed. */
  {
    g_autoptr(AccContact) marc = add_contact (f->repo, "Marc Dupuis", NULL, NULL);

    acc_repository_search_contacts_async (f->repo, "dup", 10, NULL, on_search_done, &later);
    wait_search (&later);
    g_assert_no_error (later.error);
    g_assert_cmpuint (later.found->len, ==, 3);
    g_assert_true (results_have (later.found, "Marc Dupuis"));
  }

  g_clear_error (&first.error);
  g_clear_pointer (&second.found, g_ptr_array_unref);
  g_clear_pointer (&phone.found, g_ptr_array_unref);
  g_clear_pointer (&later.found, g_ptr_array_unref);
}

/* Counts to two million: a statement slow on purpose, well over 20 ms on
 * any machine, that writes nothing. */
#define SLOW_SQL \
  "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000) " \
  "SELECT count(*) FROM n"

/* How many times slower than usual this run is: ACCUEIL_TEST_SLOWDOWN,
 * as the widget tests read it (acc_test_scale_ms()). */
static guint
slowdown (void)
{
  guint64 factor = 1;
  const char *text = g_getenv ("ACCUEIL_TEST_SLOWDOWN");

  if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 1, 1000, &factor, NULL))
    g_error ("ACCUEIL_TEST_SLOWDOWN must be a whole number from 1 to 1000, not “%s”", text);
  return (guint) factor;
}

static gpointer
run_slow_query_elsewhere (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) repo = acc_repository_open (data, &error);

  g_assert_no_error (error);
  g_assert_true (_acc_repository_exec (repo, SLOW_SQL, &error));
  g_assert_no_error (error);
  return NULL;
}

/* A statement that takes more than the threshold on the watched thread is
 * reported, in its own log domain, naming it; a fast one, one on another
 * thread, and any once the watch is off, are not (any unexpected warning
 * fails this test: warnings are fatal here). */
static void
test_slow_call_warning (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccContact) contact = add_contact (f->repo, "Hélène Dupré", NULL, NULL);
  GThread *thread;

  /* Written before the watch: a commit waits for the disk, which a busy
   * machine can make slower than 20 ms. Under valgrind (test-valgrind sets
   * ACCUEIL_TEST_SLOWDOWN) everything is that much slower, the threshold
   * too; counting to two million still takes longer. */
  acc_repository_warn_slow_calls (20 * slowdown ());

  g_test_expect_message (ACC_SLOW_CALL_LOG_DOMAIN, G_LOG_LEVEL_WARNING,
                         "Slow database call on the main thread: * ms for “WITH RECURSIVE n(x) AS*");
  g_assert_true (_acc_repository_exec (f->repo, SLOW_SQL, &error));
  g_assert_no_error (error);
  g_test_assert_expected_messages ();

  /* Fast calls, through the public API. */
  g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  {
    g_autoptr(GPtrArray) found = search (f->repo, "helene", 8);

    g_assert_cmpuint (found->len, ==, 1);
  }

  /* Worker threads are where slow work belongs. */
  thread = g_thread_new ("slow-query", run_slow_query_elsewhere, f->path);
  g_thread_join (thread);

  acc_repository_warn_slow_calls (0);
  g_assert_true (_acc_repository_exec (f->repo, SLOW_SQL, &error));
  g_assert_no_error (error);
}

static gboolean
save_dupont_contacts (gpointer   user_data,
                      GError   **error)
{
  AccRepository *repo = user_data;

  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf (i % 2 ? "Dupont %03u" : "Marie Dupont-Dupond %03u", i);
      g_autoptr(AccContact) contact = acc_contact_new (name);

      if (!acc_repository_save_contact (repo, contact, error))
        return FALSE;
    }
  return TRUE;
}

/* A search listed by the worker (its ids, then pages read by id) shows
 * the same contacts at the same positions as one counted and paged here. */
static void
test_search_listed_by_worker (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) here = NULL;
  g_autoptr(GListModel) listed = NULL;
  guint n;

  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_CONTACTS, save_dupont_contacts, f->repo, &error));
  g_assert_no_error (error);

  here = acc_repository_list_contacts (f->repo, "dupon");
  listed = acc_repository_list_contacts (f->repo, "dupon");
  _acc_query_model_set_tuning (ACC_QUERY_MODEL (listed), ACC_QUERY_MODEL_COUNT_IN_WORKER, 100);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  while (!acc_query_model_is_counted (ACC_QUERY_MODEL (listed)))
    g_main_context_iteration (NULL, TRUE);

  n = g_list_model_get_n_items (here);
  g_assert_cmpuint (n, ==, 150);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n);
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(AccContact) a = g_list_model_get_item (here, i);
      g_autoptr(AccContact) b = g_list_model_get_item (listed, i);

      g_assert_cmpint (acc_contact_get_id (a), ==, acc_contact_get_id (b));
      g_assert_cmpstr (acc_contact_get_name (a), ==, acc_contact_get_name (b));
    }
}

/* What the user types is never read as FTS5 syntax, nor as SQL. */
static void
test_search_syntax (Fixture       *f,
                    gconstpointer  data)
{
  static const char *texts[] = {
    "\"", "\"\"", "\"helene", "helene\"", "*", "**", "helene*", "AND", "OR", "NOT", "and or not",
    "helene AND", "AND helene", "NEAR(", "NEAR(helene dupre, 2)", "-x", "-", "+", "^", "^helene",
    "(", ")", "()", "{name}: helene", "name:helene", "name : helene", ":", "'", "''",
    "'); DROP TABLE contacts; --", "%", "_", "\\", "helene -dupre", "+33", "++33", "()()",
    "06 12 (", "06-", "\xc3\xa9", "\xf0\x9f\x93\x9e", "مرحبا",
  };
  g_autoptr(AccContact) helene = add_contact (f->repo, "Hélène Dupré", "Mairie de Villeurbanne", "06 12 34 56 78");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GListModel) list = NULL;

      g_test_message ("search: %s", texts[i]);
      results = acc_repository_search_contacts (f->repo, texts[i], 10, &error);
      g_assert_no_error (error);
      g_assert_nonnull (results);
      /* The lazy list warns (fatal here) when its query fails. */
      list = acc_repository_list_contacts (f->repo, texts[i]);
      (void) g_list_model_get_n_items (list);
      g_clear_object (&list);
    }

  g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  (void) helene;
}

static gboolean
save_martins (gpointer   user_data,
              GError   **error)
{
  AccRepository *repo = user_data;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Martin %02u", i);
      g_autoptr(AccContact) contact = acc_contact_new (name);

      if (!acc_repository_save_contact (repo, contact, error))
        return FALSE;
    }
  return TRUE;
}

static void
test_search_limit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_CONTACTS, save_martins, f->repo, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) five = search (f->repo, "martin", 5);
    g_autoptr(GPtrArray) one = search (f->repo, "mar", 1);
    g_autoptr(GPtrArray) all = search (f->repo, "martin", 100);

    g_assert_cmpuint (five->len, ==, 5);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_cmpuint (all->len, ==, 30);
  }
}

/* The lazy list over 1,000 calls. */

typedef struct
{
  AccRepository *repo;
  guint          n;
  gint64         base;
} Batch;

static gboolean
save_calls (gpointer   user_data,
            GError   **error)
{
  Batch *batch = user_data;

  for (guint i = 0; i < batch->n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Appel %04u", i);
      g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);

      acc_interaction_set_name (call, name);
      acc_interaction_set_started_at (call, batch->base + (gint64) i * G_USEC_PER_SEC);
      acc_interaction_set_outcome (call, i % 4);
      if (!acc_repository_save_interaction (batch->repo, call, NULL, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *seen = user_data;

  seen->calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

typedef struct
{
  guint          calls;
  AccChangeFlags flags;
} ChangedSeen;

static void
on_changed (AccRepository  *repo,
            AccChangeFlags  flags,
            gpointer        user_data)
{
  ChangedSeen *seen = user_data;

  seen->calls++;
  seen->flags = flags;
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
assert_call_at (GListModel *list,
                guint       position,
                guint       n)
{
  g_autoptr(AccInteraction) call = g_list_model_get_item (list, position);
  g_autofree char *expected = g_strdup_printf ("Appel %04u", n - 1 - position);

  g_assert_nonnull (call);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, expected);
  g_assert_cmpint (acc_interaction_get_started_at (call), ==,
                   A_TIME_US + (gint64) (n - 1 - position) * G_USEC_PER_SEC);
}

static void
test_lazy_list (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(AccInteraction) held = NULL;
  g_autoptr(AccInteraction) again = NULL;
  g_autoptr(AccInteraction) newest = NULL;
  g_autoptr(AccInteraction) latest = NULL;
  g_autoptr(AccDocument) document = NULL;
  Batch batch = { f->repo, 1000, A_TIME_US };
  ItemsChanged seen = { 0 };
  ChangedSeen changed = { 0 };
  guint n_items_notified = 0;
  guint max_cached = 16 * acc_query_model_get_page_size ();
  gulong handler;

  handler = g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_INTERACTIONS, save_calls, &batch, &error));
  g_assert_no_error (error);
  /* One commit, one signal. */
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags & ACC_CHANGE_INTERACTIONS, !=, 0);
  g_signal_handler_disconnect (f->repo, handler);

  list = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, NULL);
  g_assert_true (ACC_IS_QUERY_MODEL (list));
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1000);
  /* Counting reads no row. */
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), ==, 0);

  assert_call_at (list, 0, 1000);
  assert_call_at (list, 500, 1000);
  assert_call_at (list, 999, 1000);
  g_assert_null (g_list_model_get_item (list, 1000));
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), <=, 3 * acc_query_model_get_page_size ());

  /* The same object for one position while someone holds it… */
  held = g_list_model_get_item (list, 500);
  again = g_list_model_get_item (list, 500);
  g_assert_true (held == again);
  g_clear_object (&again);

  /* …every row, in order, with only a few pages kept… */
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(AccInteraction) call = g_list_model_get_item (list, i);

      g_assert_nonnull (call);
      g_assert_cmpint (acc_interaction_get_started_at (call), ==, A_TIME_US + (gint64) (999 - i) * G_USEC_PER_SEC);
      g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), <=, max_cached);
    }
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), <=, max_cached);
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), >, 0);

  /* …and still the same object after its page left the cache. */
  for (guint i = 0; i < 1000; i += acc_query_model_get_page_size ())
    {
      g_autoptr(AccInteraction) call = g_list_model_get_item (list, 999 - i);
    }
  again = g_list_model_get_item (list, 500);
  g_assert_true (held == again);
  g_clear_object (&again);

  /* A new call through the same repository: the views are told. */
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &seen);
  g_signal_connect_swapped (list, "notify::n-items", G_CALLBACK (count_notify), &n_items_notified);
  latest = add_interaction (f->repo, ACC_CHANNEL_PHONE, "Appel 1000", A_TIME_US + 1000 * G_USEC_PER_SEC, ACC_OUTCOME_ANSWERED);
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 1000);
  g_assert_cmpuint (seen.added, ==, 1001);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1001);
  g_assert_cmpuint (n_items_notified, ==, 1);
  newest = g_list_model_get_item (list, 0);
  g_assert_cmpint (acc_interaction_get_id (newest), ==, acc_interaction_get_id (latest));
  assert_call_at (list, 1000, 1001);

  /* A visit, or a document, is not in this list: nothing to tell. */
  seen.calls = 0;
  document = acc_document_new ("Plaquette", ACC_DOCUMENT_BROCHURE);
  g_assert_true (acc_repository_save_document (f->repo, document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1001);
}

/* Keyset paging: every position, reached in any order, holds the row a
 * plain SQL query has at that position. */

typedef struct
{
  AccRepository *repo;
  guint          n;
} TiedBatch;

/* Calls whose times repeat (about 7 a second) in an order unlike their
 * ids', a third of them named Dupré, and visits in between. */
static gboolean
save_tied_calls (gpointer   user_data,
                 GError   **error)
{
  TiedBatch *batch = user_data;

  for (guint i = 0; i < batch->n; i++)
    {
      g_autofree char *name = g_strdup_printf (i % 3 == 0 ? "Dupré %04u" : "Appel %04u", i);
      g_autoptr(AccInteraction) call = acc_interaction_new (i % 10 == 9 ? ACC_CHANNEL_VISIT : ACC_CHANNEL_PHONE);

      acc_interaction_set_name (call, name);
      acc_interaction_set_started_at (call, A_TIME_US + (gint64) ((i * 7) % 400) * G_USEC_PER_SEC);
      acc_interaction_set_outcome (call, i % 4);
      if (!acc_repository_save_interaction (batch->repo, call, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The ids of @where's calls, in the book's order, straight from SQLite. */
static GArray *
expected_ids (const char *path,
              const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM interactions WHERE %s "
                                          "ORDER BY started_at DESC, id DESC", where);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ids;
}

static void
assert_position (GListModel *list,
                 GArray     *ids,
                 guint       position)
{
  g_autoptr(AccInteraction) call = g_list_model_get_item (list, position);

  if (call == NULL)
    g_error ("position %u of %u: no row", position, ids->len);
  if (acc_interaction_get_id (call) != g_array_index (ids, gint64, position))
    g_error ("position %u: id %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
             position, acc_interaction_get_id (call), g_array_index (ids, gint64, position));
}

static void
check_positions (AccRepository              *repo,
                 const AccInteractionFilter *filter,
                 GArray                     *ids,
                 gint64                      budget_us)
{
  g_autoptr(GListModel) list = acc_repository_list_interactions (repo, ACC_CHANNEL_PHONE, filter);
  g_autoptr(AccInteraction) held = NULL;
  g_autoptr(AccInteraction) again = NULL;
  guint max_cached = 16 * acc_query_model_get_page_size ();
  guint n = ids->len;
  guint held_at = n / 3;

  _acc_query_model_set_tuning (ACC_QUERY_MODEL (list), budget_us, 100);
  if (budget_us == ACC_QUERY_MODEL_COUNT_IN_WORKER)
    {
      /* Counted on a worker: the first rows meanwhile (none for a
       * search, whose rows come with the worker's list of ids), then
       * all. */
      guint first = g_list_model_get_n_items (list);

      g_assert_cmpuint (first, ==, filter->search != NULL ? 0 : MIN (n, acc_query_model_get_page_size ()));
      g_assert_false (acc_query_model_is_counted (ACC_QUERY_MODEL (list)));
      if (first > 0)
        assert_position (list, ids, 0);
      while (!acc_query_model_is_counted (ACC_QUERY_MODEL (list)))
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n);
  g_assert_null (g_list_model_get_item (list, n));

  held = g_list_model_get_item (list, held_at);

  /* The end first (End key), then jumps anywhere, near and far. */
  assert_position (list, ids, n - 1);
  for (guint i = 0; i < 3000; i++)
    {
      gint near_middle = (gint) (n / 2) + g_test_rand_int_range (-300, 300);
      guint position = g_test_rand_bit () ? (guint) g_test_rand_int_range (0, n)
                                          : (guint) CLAMP (near_middle, 0, (gint) n - 1);

      assert_position (list, ids, position);
      g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), <=, max_cached);
    }
  /* Every row, backwards then forwards, as scrolling does. */
  for (guint i = n; i-- > 0;)
    assert_position (list, ids, i);
  for (guint i = 0; i < n; i++)
    assert_position (list, ids, i);
  g_assert_cmpuint (acc_query_model_get_n_cached (ACC_QUERY_MODEL (list)), <=, max_cached);

  /* The same object for a position while someone holds it. */
  again = g_list_model_get_item (list, held_at);
  g_assert_true (held == again);
}

static void
test_lazy_list_positions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TiedBatch batch = { f->repo, 3000 };
  AccInteractionFilter all = ACC_INTERACTION_FILTER_INIT;
  AccInteractionFilter dupre = ACC_INTERACTION_FILTER_INIT;
  AccInteractionFilter period = ACC_INTERACTION_FILTER_INIT;
  g_autofree char *period_where = NULL;
  g_autoptr(GArray) all_ids = NULL;
  g_autoptr(GArray) dupre_ids = NULL;
  g_autoptr(GArray) period_ids = NULL;

  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_INTERACTIONS, save_tied_calls, &batch, &error));
  g_assert_no_error (error);

  all_ids = expected_ids (f->path, "channel = 0");
  g_assert_cmpuint (all_ids->len, ==, 2700);
  dupre.search = "dupre";
  dupre_ids = expected_ids (f->path, "channel = 0 AND name LIKE 'Dupré%'");
  g_assert_cmpuint (dupre_ids->len, ==, 900);
  period.from_us = A_TIME_US + 100 * G_USEC_PER_SEC;
  period.to_us = A_TIME_US + 300 * G_USEC_PER_SEC;
  period.outcome = ACC_OUTCOME_ANSWERED;
  period_where = g_strdup_printf ("channel = 0 AND started_at >= %" G_GINT64_FORMAT " AND started_at < %" G_GINT64_FORMAT
                                  " AND outcome = %d", period.from_us, period.to_us, ACC_OUTCOME_ANSWERED);
  period_ids = expected_ids (f->path, period_where);
  g_assert_cmpuint (period_ids->len, >, 3 * acc_query_model_get_page_size ());

  /* Counted here, with the keys of the pages read as the only landmarks;
   * and counted on a worker, which also notes a key every 100 rows. */
  check_positions (f->repo, &all, all_ids, 0);
  check_positions (f->repo, &all, all_ids, ACC_QUERY_MODEL_COUNT_IN_WORKER);
  check_positions (f->repo, &dupre, dupre_ids, 0);
  check_positions (f->repo, &dupre, dupre_ids, ACC_QUERY_MODEL_COUNT_IN_WORKER);
  check_positions (f->repo, &period, period_ids, 0);
  check_positions (f->repo, &period, period_ids, ACC_QUERY_MODEL_COUNT_IN_WORKER);
}

/* Change detection across connections. */

static void
test_changes_across_connections (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) second = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(AccContact) theirs = NULL;
  g_autoptr(AccContact) ours = NULL;
  g_autoptr(AccContact) first_item = NULL;
  ChangedSeen changed = { 0 };
  ItemsChanged items = { 0 };

  second = acc_repository_open (f->path, &error);
  g_assert_no_error (error);

  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  contacts = acc_repository_list_contacts (f->repo, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
  g_signal_connect (contacts, "items-changed", G_CALLBACK (on_items_changed), &items);

  /* Nothing yet. */
  g_assert_false (acc_repository_check_for_changes (f->repo));
  g_assert_cmpuint (changed.calls, ==, 0);

  theirs = add_contact (second, "Hélène Dupré", NULL, "06 12 34 56 78");
  /* The other connection's write is not seen until we look. */
  g_assert_cmpuint (changed.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);

  g_assert_true (acc_repository_check_for_changes (f->repo));
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_ALL);
  g_assert_cmpuint (items.calls, ==, 1);
  g_assert_cmpuint (items.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  first_item = g_list_model_get_item (contacts, 0);
  g_assert_cmpint (acc_contact_get_id (first_item), ==, acc_contact_get_id (theirs));
  g_assert_cmpstr (acc_contact_get_name (first_item), ==, "Hélène Dupré");

  /* Looked again without a write: nothing. */
  g_assert_false (acc_repository_check_for_changes (f->repo));
  g_assert_cmpuint (changed.calls, ==, 1);

  /* Our own write is told at once, with what it touched… */
  ours = add_contact (f->repo, "Jean Dupont", NULL, NULL);
  g_assert_cmpuint (changed.calls, ==, 2);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_CONTACTS);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  /* …and not a second time as a change from elsewhere. */
  g_assert_false (acc_repository_check_for_changes (f->repo));
  g_assert_cmpuint (changed.calls, ==, 2);

  /* The other connection sees ours. */
  g_assert_true (acc_repository_check_for_changes (second));
  g_assert_false (acc_repository_check_for_changes (second));
  {
    g_autoptr(AccContact) seen = acc_repository_get_contact (second, acc_contact_get_id (ours), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (acc_contact_get_name (seen), ==, "Jean Dupont");
  }
}

static gboolean
on_watch_give_up (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* acc_repository_watch looks by itself on the main context. */
static void
test_changes_watch (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) second = NULL;
  g_autoptr(AccContact) theirs = NULL;
  ChangedSeen changed = { 0 };
  gboolean timed_out = FALSE;
  guint give_up;

  second = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  acc_repository_watch (f->repo, 20);

  theirs = add_contact (second, "Hélène Dupré", NULL, NULL);
  give_up = g_timeout_add_seconds (10, on_watch_give_up, &timed_out);
  while (changed.calls == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (give_up);

  g_assert_false (timed_out);
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_ALL);
  acc_repository_watch (f->repo, 0);
}

/* Transactions. */

typedef struct
{
  AccRepository *repo;
  AccRepository *other;
  gboolean       fail;
  gboolean       break_a_rule;
  guint          other_saw;
} TwoContacts;

static gboolean
save_two_contacts (gpointer   user_data,
                   GError   **error)
{
  TwoContacts *job = user_data;
  g_autoptr(AccContact) a = acc_contact_new ("Hélène Dupré");
  g_autoptr(AccContact) b = acc_contact_new ("Jean Dupont");

  if (!acc_repository_save_contact (job->repo, a, error)
      || !acc_repository_save_contact (job->repo, b, error))
    return FALSE;

  /* Not committed yet: another connection sees none of it. */
  if (job->other != NULL)
    job->other_saw = count_contacts (job->other);

  if (job->break_a_rule)
    {
      g_autoptr(AccStaffMember) twin = acc_staff_member_new ("Karim Benali", ACC_ROLE_RECEPTION);
      g_autoptr(GError) ignored = NULL;

      /* A failed save inside; the caller carries on as if nothing happened. */
      g_assert_false (acc_repository_save_staff (job->repo, twin, &ignored));
      g_assert_error (ignored, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    }

  if (job->fail)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Stopped on purpose");
      return FALSE;
    }
  return TRUE;
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoContacts job = { f->repo, NULL, TRUE, FALSE, 0 };
  ChangedSeen changed = { 0 };

  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_false (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_CONTACTS, save_two_contacts, &job, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 0);
  g_assert_cmpuint (changed.calls, ==, 0);
  {
    g_autoptr(GPtrArray) results = search (f->repo, "helene", 10);
    g_assert_cmpuint (results->len, ==, 0);
  }

  /* The connection is usable afterwards. */
  {
    g_autoptr(AccContact) after = add_contact (f->repo, "Paul Girard", NULL, NULL);
    g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  }
}

static void
test_transaction_nested_failure (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) karim = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  TwoContacts job = { f->repo, NULL, FALSE, TRUE, 0 };
  ChangedSeen changed = { 0 };

  /* One save inside failed: the whole transaction is rolled back, even
   * though the function said it succeeded. */
  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_false (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_CONTACTS, save_two_contacts, &job, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 0);
  g_assert_cmpuint (changed.calls, ==, 0);

  /* The connection is usable afterwards. */
  {
    g_autoptr(AccContact) after = add_contact (f->repo, "Paul Girard", NULL, NULL);
    g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  }
}

static void
test_transaction_commit_together (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccRepository) other = NULL;
  TwoContacts job = { f->repo, NULL, FALSE, FALSE, G_MAXUINT };
  ChangedSeen changed = { 0 };

  other = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  job.other = other;

  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_CONTACTS, save_two_contacts, &job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (job.other_saw, ==, 0);
  g_assert_cmpuint (count_contacts (f->repo), ==, 2);
  g_assert_cmpuint (count_contacts (other), ==, 2);
  /* Once, at the commit, for the whole of it. */
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_CONTACTS);
}

/* Text is stored as typed. */

/* The first @n characters of @text (all of it when shorter), cut between
 * characters, never inside one. */
static char *
first_chars (const char *text,
             glong       n)
{
  if (g_utf8_strlen (text, -1) <= n)
    return g_strdup (text);
  return g_strndup (text, g_utf8_offset_to_pointer (text, n) - text);
}

/* @n characters, made of accented letters and emoji: counted in
 * characters they fit a limit their bytes are far over. */
static char *
chars_of_length (glong n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < n)
    g_string_append (text, "é😀ه");
  return first_chars (text->str, n);
}

static void
test_text_verbatim (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(GString) long_note = g_string_new (NULL);
  g_auto(GStrv) problems = NULL;
  const char *texts[] = {
    "Hélène Dupré-Lefèvre, Œuvre de l'Âge d'Or, ça, Ç, ß, ﬁ",
    "📞 Rappeler 😀 👩🏽‍💼 🇫🇷",
    "مرحبا بكم في مكتب الاستقبال",
    "שלום, ברוכים הבאים 123 (RTL avec chiffres)",
    "Famille 👨‍👩‍👧‍👦, 🏳️‍🌈, 🧑🏿‍🔬",
    "Il a dit « bonjour », \"au revoir\", 'merci' et `à bientôt`",
    "'); DROP TABLE contacts; --",
    "Robert\"); DROP TABLE interactions;--",
    "%s %d %n \\ \\\\ $1 ${name} {organisation}",
    "Ligne 1\nLigne 2\r\n\tTabulé",
    NULL,
  };
  guint n = 0;

  while (g_utf8_strlen (long_note->str, -1) < 10000)
    g_string_append (long_note, "é€😀a");
  while (g_utf8_strlen (long_note->str, -1) > 10000)
    g_string_truncate (long_note, g_utf8_offset_to_pointer (long_note->str, 10000) - long_note->str);
  g_assert_cmpint (g_utf8_strlen (long_note->str, -1), ==, 10000);
  texts[G_N_ELEMENTS (texts) - 1] = long_note->str;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      /* Names and one-line fields have their limits (acc-limits.h): they
       * get as much of the text as fits; free text gets all of it. */
      g_autofree char *name_text = first_chars (text, ACC_LIMIT_NAME);
      g_autofree char *line_text = first_chars (text, ACC_LIMIT_LINE);
      g_autoptr(AccContact) contact = acc_contact_new (name_text);
      g_autoptr(AccContact) contact_read = NULL;
      g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
      g_autoptr(AccInteraction) call_read = NULL;
      g_autoptr(AccMessage) message = new_message (name_text, line_text, acc_staff_member_get_id (recipient));
      g_autoptr(AccMessage) message_read = NULL;

      g_test_message ("text %u", i);
      /* Names are trimmed; these have nothing to trim but the line breaks. */
      if (strchr (text, '\n') != NULL)
        acc_contact_set_name (contact, "Retours à la ligne");
      acc_contact_set_organisation (contact, name_text);
      acc_contact_set_notes (contact, text);
      acc_contact_set_address (contact, line_text);
      g_assert_true (acc_repository_save_contact (f->repo, contact, &error));
      g_assert_no_error (error);
      contact_read = acc_repository_get_contact (f->repo, acc_contact_get_id (contact), &error);
      g_assert_no_error (error);
      if (strchr (text, '\n') == NULL)
        g_assert_cmpstr (acc_contact_get_name (contact_read), ==, name_text);
      g_assert_cmpstr (acc_contact_get_organisation (contact_read), ==, name_text);
      g_assert_cmpstr (acc_contact_get_notes (contact_read), ==, text);
      g_assert_cmpstr (acc_contact_get_address (contact_read), ==, line_text);

      acc_interaction_set_name (call, strchr (text, '\n') ? "Retours à la ligne" : name_text);
      acc_interaction_set_reason (call, line_text);
      acc_interaction_set_notes (call, text);
      acc_interaction_set_outcome_detail (call, text);
      acc_interaction_set_organisation (call, name_text);
      g_assert_true (acc_repository_save_interaction (f->repo, call, NULL, &error));
      g_assert_no_error (error);
      call_read = acc_repository_get_interaction (f->repo, acc_interaction_get_id (call), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (acc_interaction_get_reason (call_read), ==, line_text);
      g_assert_cmpstr (acc_interaction_get_notes (call_read), ==, text);
      g_assert_cmpstr (acc_interaction_get_outcome_detail (call_read), ==, text);
      g_assert_cmpstr (acc_interaction_get_organisation (call_read), ==, name_text);

      if (strchr (text, '\n') != NULL)
        {
          acc_message_set_name (message, "Retours à la ligne");
          acc_message_set_reason (message, "Retours à la ligne");
        }
      acc_message_set_body (message, text);
      g_assert_true (acc_repository_save_message (f->repo, message, &error));
      g_assert_no_error (error);
      message_read = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
      g_assert_no_error (error);
      if (strchr (text, '\n') == NULL)
        {
          g_assert_cmpstr (acc_message_get_name (message_read), ==, name_text);
          g_assert_cmpstr (acc_message_get_reason (message_read), ==, line_text);
        }
      g_assert_cmpstr (acc_message_get_body (message_read), ==, text);
      n++;
    }

  /* Everything is still there, and sound. */
  g_assert_cmpuint (count_contacts (f->repo), ==, n);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, n);
  g_assert_cmpuint (count_messages (f->repo), ==, n);
  {
    g_autoptr(GPtrArray) results = search (f->repo, "'); DROP TABLE contacts; --", 10);
    g_autoptr(GPtrArray) accents = search (f->repo, "age d'or", 10);
    g_autoptr(GPtrArray) arabic = search (f->repo, "مرحبا", 10);
    g_assert_cmpuint (results->len, >=, 1);
    g_assert_cmpuint (accents->len, >=, 1);
    g_assert_cmpuint (arabic->len, >=, 1);
  }
  g_assert_true (acc_repository_check (f->repo, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

/* Each field's limit (acc-limits.h), counted in characters: a text at the
 * limit is stored whole, one character more is refused with a message
 * naming the field, and nothing is stored or changed. */
static void
test_text_limits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) recipient = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autofree char *name_max = chars_of_length (ACC_LIMIT_NAME);
  g_autofree char *name_over = chars_of_length (ACC_LIMIT_NAME + 1);
  g_autofree char *text_max = chars_of_length (ACC_LIMIT_TEXT);
  g_autofree char *text_over = chars_of_length (ACC_LIMIT_TEXT + 1);
  g_autoptr(AccContact) contact = acc_contact_new (name_max);
  g_autoptr(AccContact) stored = NULL;
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(AccMessage) message = new_message ("Marc Petit", "Rappel", acc_staff_member_get_id (recipient));
  g_autoptr(AccDirectoryEntry) entry = acc_directory_entry_new (name_over);
  g_autoptr(AccStaffMember) member = acc_staff_member_new (name_over, ACC_ROLE_RECEPTION);

  /* Far more bytes than characters: the limit counts characters. */
  g_assert_cmpuint (strlen (name_max), >, 2 * ACC_LIMIT_NAME);

  acc_contact_set_notes (contact, text_max);
  g_assert_true (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_no_error (error);

  /* One character too many in the name: refused, the stored one kept. */
  acc_contact_set_name (contact, name_over);
  g_assert_false (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Name"));
  g_assert_nonnull (strstr (error->message, "201"));
  g_clear_error (&error);
  acc_contact_set_name (contact, name_max);
  acc_contact_set_notes (contact, text_over);
  g_assert_false (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Notes"));
  g_clear_error (&error);
  acc_contact_set_notes (contact, "Sans notes");
  acc_contact_set_email (contact, "marc.petit@exemple");
  g_assert_false (acc_repository_save_contact (f->repo, contact, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "E-mail"));
  g_clear_error (&error);
  stored = acc_repository_get_contact (f->repo, acc_contact_get_id (contact), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_contact_get_name (stored), ==, name_max);
  g_assert_cmpstr (acc_contact_get_notes (stored), ==, text_max);
  g_assert_null (acc_contact_get_email (stored));
  g_assert_cmpuint (count_contacts (f->repo), ==, 1);

  /* A call, a message, a directory entry, a staff member. */
  acc_interaction_set_name (call, "Marc Petit");
  acc_interaction_set_notes (call, text_over);
  g_assert_false (acc_repository_save_interaction (f->repo, call, NULL, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, 0);

  acc_message_set_body (message, text_over);
  g_assert_false (acc_repository_save_message (f->repo, message, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_messages (f->repo), ==, 0);

  g_assert_false (acc_repository_save_directory_entry (f->repo, entry, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_save_staff (f->repo, member, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
}

/* The one e-mail rule (acc_email_is_valid()), shared by the forms, the
 * repository and imports. */
static void
test_email_rule (void)
{
  static const char *valid[] = {
    "marc.petit@exemple.fr", "a@b.co", "prénom.nom@mairie-saint-étienne.fr",
    "x+tag@sub.domain.org", "O'Brien@example.ie",
  };
  static const char *invalid[] = {
    "", "marc", "marc@", "@exemple.fr", "marc@exemple", "marc@@exemple.fr",
    "marc@exemple.fr.", "marc@.exemple.fr", "marc petit@exemple.fr",
    "marc@exemple.fr; anne@exemple.fr", "<marc@exemple.fr>", "marc\t@exemple.fr",
    "marc@exem\nple.fr",
  };
  g_autofree char *long_local = chars_of_length (ACC_LIMIT_EMAIL);
  g_autofree char *too_long = g_strconcat (long_local, "@exemple.fr", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (acc_email_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("%s", invalid[i]);
      g_assert_false (acc_email_is_valid (invalid[i]));
    }
  g_assert_false (acc_email_is_valid (NULL));
  g_assert_false (acc_email_is_valid (too_long));
}

/* Phone numbers. */

static void
test_phone_normalize (Fixture       *f,
                      gconstpointer  data)
{
  static const char *cases[][2] = {
    /* French mobiles and landlines, as people write them. */
    { "06 12 34 56 78", "+33612345678" },
    { "0612345678", "+33612345678" },
    { "06.12.34.56.78", "+33612345678" },
    { "06-12-34-56-78", "+33612345678" },
    { " 06 12 34 56 78 ", "+33612345678" },
    { "06/12/34/56/78", "+33612345678" },
    { "07 98 76 54 32", "+33798765432" },
    { "01 23 45 67 89", "+33123456789" },
    { "04 75 00 00 00", "+33475000000" },
    { "09 69 32 52 52", "+33969325252" },
    /* International forms of French numbers. */
    { "+33 6 12 34 56 78", "+33612345678" },
    { "+33612345678", "+33612345678" },
    { "+33 (0)6 12 34 56 78", "+33612345678" },
    { "+33 0 6 12 34 56 78", "+33612345678" },
    { "0033 6 12 34 56 78", "+33612345678" },
    { "0033612345678", "+33612345678" },
    { "(+33) 1 23 45 67 89", "+33123456789" },
    /* Other countries, kept with their prefix. */
    { "+44 20 7946 0958", "+442079460958" },
    { "0044 20 7946 0958", "+442079460958" },
    { "+32 2 123 45 67", "+3221234567" },
    { "+1 (202) 555-0143", "+12025550143" },
  };
  static const char *garbage[] = {
    "", " ", "abc", "pas de numéro", "12", "06 12 34", "06 12 34 56 7", "06 12 34 56 78 9",
    "+", "+33", "0033", "+1234", "+1234567890123456",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *e164 = acc_phone_normalize (cases[i][0]);
      g_test_message ("normalize: %s", cases[i][0]);
      g_assert_cmpstr (e164, ==, cases[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autofree char *e164 = acc_phone_normalize (garbage[i]);
      g_test_message ("normalize: %s", garbage[i]);
      g_assert_null (e164);
    }
  g_assert_null (acc_phone_normalize (NULL));
}

static void
test_phone_search_digits (Fixture       *f,
                          gconstpointer  data)
{
  static const char *cases[][2] = {
    { "06 12", "612" },
    { "0612", "612" },
    { "612", "612" },
    { "+33 6", "6" },
    { "+33 6 12", "612" },
    { "0033 6 12", "612" },
    { "+33 (0)6 12", "612" },
    { "06 12 34 56 78", "612345678" },
    { "+33612345678", "612345678" },
    { "01 23", "123" },
    { "+44 20", "4420" },
    { "+442079460958", "442079460958" },
    { "", "" },
    { "abc", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *digits = acc_phone_search_digits (cases[i][0]);
      g_test_message ("search digits: %s", cases[i][0]);
      g_assert_cmpstr (digits, ==, cases[i][1]);
    }
  {
    g_autofree char *digits = acc_phone_search_digits (NULL);
    g_assert_cmpstr (digits, ==, "");
  }
  /* A stored number and what is typed to find it agree. */
  {
    g_autofree char *e164 = acc_phone_normalize ("06 12 34 56 78");
    g_autofree char *stored = acc_phone_search_digits (e164);
    g_autofree char *typed = acc_phone_search_digits ("06 12 3");
    g_assert_true (g_str_has_prefix (stored, typed));
  }
}

static void
test_phone_format_national (Fixture       *f,
                            gconstpointer  data)
{
  static const char *cases[][2] = {
    { "+33612345678", "06 12 34 56 78" },
    { "+33123456789", "01 23 45 67 89" },
    { "+33969325252", "09 69 32 52 52" },
    /* Foreign numbers: international format (libphonenumber's). */
    { "+442079460958", "+44 20 7946 0958" },
    { "+3221234567", "+32 2 123 45 67" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = acc_phone_format_national (cases[i][0]);
      g_assert_cmpstr (text, ==, cases[i][1]);
    }
  g_assert_null (acc_phone_format_national (NULL));
  g_assert_null (acc_phone_format_national (""));

  /* Round trip: what is shown normalises back to what is stored. */
  {
    g_autofree char *shown = acc_phone_format_national ("+33612345678");
    g_autofree char *back = acc_phone_normalize (shown);
    g_assert_cmpstr (back, ==, "+33612345678");
  }
}

/* Phone tab: the desk's log, search in the books, corrections, outcome rules,
 * the schedule as one object. */

/* One integer read from the file through a connection of its own. */
static gint64
query_file_int (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
exec_file_sql (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_test_fail_printf ("%s: %s", sql, message);
  sqlite3_free (message);
  sqlite3_close (db);
}

static void
test_desk_log_answering_machine (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) karim = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) sophie = add_staff (f->repo, "Sophie Leroy", ACC_ROLE_RECEPTION);
  g_autoptr(AccRepository) second = NULL;
  const gint64 nine = A_TIME_US + 9 * HOUR_US;
  const gint64 noon = A_TIME_US + 12 * HOUR_US;
  ChangedSeen changed = { 0 };
  gboolean confirmed = TRUE;
  gint64 before = g_get_real_time ();

  g_assert_true (acc_repository_answering_machine_confirmed (f->repo, FALSE, nine, &confirmed, &error));
  g_assert_no_error (error);
  g_assert_false (confirmed);

  /* The slot starts: the machine is switched off, and that is recorded. */
  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (acc_repository_record_answering_machine (f->repo, FALSE, nine,
                                                          acc_staff_member_get_id (karim), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_DESK_LOG);
  g_signal_handlers_disconnect_by_func (f->repo, on_changed, &changed);

  g_assert_true (acc_repository_answering_machine_confirmed (f->repo, FALSE, nine, &confirmed, &error));
  g_assert_true (confirmed);
  /* Not the other direction, nor another boundary. */
  g_assert_true (acc_repository_answering_machine_confirmed (f->repo, TRUE, nine, &confirmed, &error));
  g_assert_false (confirmed);
  g_assert_true (acc_repository_answering_machine_confirmed (f->repo, FALSE, noon, &confirmed, &error));
  g_assert_false (confirmed);
  g_assert_no_error (error);

  /* A second window confirms the same boundary: it succeeds, adds no row,
   * and the first confirmation (Karim's) is the one kept. */
  second = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (acc_repository_answering_machine_confirmed (second, FALSE, nine, &confirmed, &error));
  g_assert_true (confirmed);
  g_assert_true (acc_repository_record_answering_machine (second, FALSE, nine,
                                                          acc_staff_member_get_id (sophie), &error));
  g_assert_true (acc_repository_record_answering_machine (f->repo, FALSE, nine,
                                                          acc_staff_member_get_id (sophie), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM answering_machine_events"), ==, 1);
  g_assert_cmpint (query_file_int (f->path, "SELECT staff_id FROM answering_machine_events"), ==,
                   acc_staff_member_get_id (karim));
  g_assert_cmpint (query_file_int (f->path, "SELECT boundary_at FROM answering_machine_events"), ==, nine);
  g_assert_cmpint (query_file_int (f->path, "SELECT switched_on FROM answering_machine_events"), ==, 0);
  g_assert_cmpint (query_file_int (f->path, "SELECT at FROM answering_machine_events"), >=, before);
  g_assert_cmpint (query_file_int (f->path, "SELECT at FROM answering_machine_events"), <=, g_get_real_time ());

  /* The end of the slot: switched on again, a row of its own. */
  g_assert_true (acc_repository_record_answering_machine (second, TRUE, noon,
                                                          acc_staff_member_get_id (sophie), &error));
  g_assert_no_error (error);
  g_assert_true (acc_repository_answering_machine_confirmed (f->repo, TRUE, noon, &confirmed, &error));
  g_assert_true (confirmed);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM answering_machine_events"), ==, 2);

  /* A confirmation needs the boundary it is for. */
  g_assert_false (acc_repository_record_answering_machine (f->repo, TRUE, 0,
                                                           acc_staff_member_get_id (karim), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM answering_machine_events"), ==, 2);
}

static AccMessage *
new_voicemail (const char *name,
               const char *reason,
               gint64      recipient_id,
               gint64      received_at)
{
  AccMessage *message = new_message (name, reason, recipient_id);

  acc_message_set_phone (message, "06 12 34 56 78");
  acc_message_set_created_at (message, received_at);
  return message;
}

static void
test_desk_log_voicemail (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) karim = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) veronique = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccStaffMember) paul = add_staff (f->repo, "Paul Girard", ACC_ROLE_SUPERVISOR);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  ChangedSeen changed = { 0 };
  gint64 last = -1;
  gint64 before, check_id;

  /* Never checked yet. */
  g_assert_true (acc_repository_get_last_voicemail_check (f->repo, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (last, ==, 0);

  /* Three messages on the machine, two worth forwarding; one was already
   * noted by a colleague. */
  g_ptr_array_add (messages, new_voicemail ("Hélène Dupré", "Rappel devis", acc_staff_member_get_id (veronique),
                                            A_TIME_US));
  g_ptr_array_add (messages, new_voicemail ("Jean Dupont", "Annulation", acc_staff_member_get_id (paul),
                                            A_TIME_US + HOUR_US));
  acc_message_set_taken_by_id (messages->pdata[1], acc_staff_member_get_id (veronique));

  before = g_get_real_time ();
  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 3, messages, &error));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_func (f->repo, on_changed, &changed);
  /* One transaction: one signal for the check and its messages. */
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_DESK_LOG | ACC_CHANGE_MESSAGES);

  g_assert_true (acc_repository_get_last_voicemail_check (f->repo, &last, &error));
  g_assert_cmpint (last, >=, before);
  g_assert_cmpint (last, <=, g_get_real_time ());

  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM voicemail_checks"), ==, 1);
  g_assert_cmpint (query_file_int (f->path, "SELECT message_count FROM voicemail_checks"), ==, 3);
  g_assert_cmpint (query_file_int (f->path, "SELECT staff_id FROM voicemail_checks"), ==, acc_staff_member_get_id (karim));
  check_id = query_file_int (f->path, "SELECT id FROM voicemail_checks");
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM messages WHERE voicemail_check_id IS NOT NULL"), ==, 2);
  g_assert_cmpint (query_file_int (f->path, "SELECT min(voicemail_check_id) FROM messages"), ==, check_id);

  for (guint i = 0; i < messages->len; i++)
    {
      AccMessage *saved = messages->pdata[i];
      g_autoptr(AccMessage) read = NULL;

      g_assert_cmpint (acc_message_get_id (saved), >, 0);
      read = acc_repository_get_message (f->repo, acc_message_get_id (saved), &error);
      g_assert_no_error (error);
      g_assert_cmpint (acc_message_get_source (read), ==, ACC_MESSAGE_SOURCE_VOICEMAIL);
      g_assert_cmpint (acc_message_get_status (read), ==, ACC_MESSAGE_STATUS_NEW);
      g_assert_cmpstr (acc_message_get_phone (read), ==, "+33612345678");
      /* The time the message was left, not the time it was listened to. */
      g_assert_cmpint (acc_message_get_created_at (read), ==, A_TIME_US + i * HOUR_US);
    }
  {
    g_autoptr(AccMessage) first = acc_repository_get_message (f->repo, acc_message_get_id (messages->pdata[0]), &error);
    g_autoptr(AccMessage) second = acc_repository_get_message (f->repo, acc_message_get_id (messages->pdata[1]), &error);

    /* Taken by whoever checked the voicemail, unless the message says. */
    g_assert_cmpint (acc_message_get_taken_by_id (first), ==, acc_staff_member_get_id (karim));
    g_assert_cmpint (acc_message_get_taken_by_id (second), ==, acc_staff_member_get_id (veronique));
  }
  /* In their recipients' inboxes. */
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, acc_staff_member_get_id (veronique), &error), ==, 1);
  g_assert_cmpuint (acc_repository_count_unread_messages (f->repo, acc_staff_member_get_id (paul), &error), ==, 1);

  /* More messages entered than the machine held: refused, nothing saved. */
  {
    g_autoptr(GPtrArray) two = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (two, new_voicemail ("Marc Petit", "Devis", acc_staff_member_get_id (paul), 0));
    g_ptr_array_add (two, new_voicemail ("Anne Roux", "Devis", acc_staff_member_get_id (paul), 0));
    g_assert_false (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 1, two, &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (acc_message_get_id (two->pdata[0]), ==, 0);
  }
  /* A message that cannot be saved (no recipient) undoes the whole check,
   * the messages saved before it included, and the objects are given back
   * as they were. */
  {
    g_autoptr(GPtrArray) broken = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (broken, new_voicemail ("Marc Petit", "Devis", acc_staff_member_get_id (paul), 0));
    g_ptr_array_add (broken, new_voicemail ("Anne Roux", "Devis", 0, 0));
    g_assert_false (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 2, broken, &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (acc_message_get_id (broken->pdata[0]), ==, 0);
    g_assert_cmpint (acc_message_get_taken_by_id (broken->pdata[0]), ==, 0);
    g_assert_cmpint (acc_message_get_source (broken->pdata[0]), ==, ACC_MESSAGE_SOURCE_CALL);

    /* Fixed, the same objects save. */
    acc_message_set_recipient_id (broken->pdata[1], acc_staff_member_get_id (veronique));
    g_assert_true (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 2, broken, &error));
    g_assert_no_error (error);
    g_assert_cmpint (acc_message_get_id (broken->pdata[0]), >, 0);
  }
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM voicemail_checks"), ==, 2);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM messages"), ==, 4);

  /* An empty voicemail is a check too, with or without an array. */
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();
    gint64 previous = last;

    g_assert_true (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 0, NULL, &error));
    g_assert_true (acc_repository_save_voicemail_check (f->repo, acc_staff_member_get_id (karim), 0, none, &error));
    g_assert_no_error (error);
    g_assert_true (acc_repository_get_last_voicemail_check (f->repo, &last, &error));
    g_assert_cmpint (last, >=, previous);
  }
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM voicemail_checks"), ==, 4);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM voicemail_checks WHERE message_count = 0"), ==, 2);
}

static AccInteraction *
add_call (AccRepository *repo,
          AccChannel     channel,
          const char    *name,
          const char    *organisation,
          const char    *reason,
          const char    *notes,
          gint64         started_at,
          AccOutcome     outcome)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *interaction = acc_interaction_new (channel);

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_organisation (interaction, organisation);
  acc_interaction_set_reason (interaction, reason);
  acc_interaction_set_notes (interaction, notes);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_outcome (interaction, outcome);
  g_assert_true (acc_repository_save_interaction (repo, interaction, NULL, &error));
  g_assert_no_error (error);
  return interaction;
}

/* The names found by a search of the books, newest first. */
static char *
search_books (AccRepository *repo,
              AccChannel     channel,
              const char    *search,
              int            outcome,
              gint64         from_us,
              gint64         to_us)
{
  AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  filter.search = search;
  filter.outcome = outcome;
  filter.from_us = from_us;
  filter.to_us = to_us;
  list = acc_repository_list_interactions (repo, channel, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AccInteraction) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, acc_interaction_get_name (item));
    }
  g_assert_null (g_list_model_get_item (list, g_list_model_get_n_items (list)));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_search(repo, channel, search, outcome, from, to, expected) \
  G_STMT_START { \
    g_autofree char *_found = search_books ((repo), (channel), (search), (outcome), (from), (to)); \
    g_test_message ("search: %s", (search) ? (search) : "(null)"); \
    g_assert_cmpstr (_found, ==, (expected)); \
  } G_STMT_END

static void
test_search_books (Fixture       *f,
                   gconstpointer  data)
{
  const gint64 t = A_TIME_US;
  g_autoptr(AccInteraction) c1 = add_call (f->repo, ACC_CHANNEL_PHONE, "Hélène Dupré", "Mairie de Villeurbanne",
                                           "Demande de rendez-vous", NULL, t, ACC_OUTCOME_ANSWERED);
  g_autoptr(AccInteraction) c2 = add_call (f->repo, ACC_CHANNEL_PHONE, "Jean Dupont", NULL,
                                           "Facture", "Rappeler Hélène demain", t + HOUR_US, ACC_OUTCOME_MESSAGE);
  g_autoptr(AccInteraction) c3 = add_call (f->repo, ACC_CHANNEL_PHONE, "Élodie Martin", "Crèche Les Écureuils",
                                           "Inscription", NULL, t + 2 * HOUR_US, ACC_OUTCOME_ORIENTED);
  g_autoptr(AccInteraction) c4 = add_call (f->repo, ACC_CHANNEL_PHONE, "Marc Lefèvre", NULL,
                                           "Facture", "Tarifs 2026", t + 48 * HOUR_US, ACC_OUTCOME_ANSWERED);
  g_autoptr(AccInteraction) v1 = add_call (f->repo, ACC_CHANNEL_VISIT, "Hélène Visiteuse", NULL,
                                           "Dossier", NULL, t + 3 * HOUR_US, ACC_OUTCOME_ANSWERED);

  /* Accents and case ignored, in the name, organisation, reason or notes;
   * newest first; the other channel left out. */
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", -1, 0, 0, "Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "HÉLÈNE", -1, 0, 0, "Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "ecureuils", -1, 0, 0, "Élodie Martin");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "creche", -1, 0, 0, "Élodie Martin");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "facture", -1, 0, 0, "Marc Lefèvre, Jean Dupont");
  assert_search (f->repo, ACC_CHANNEL_VISIT, "helene", -1, 0, 0, "Hélène Visiteuse");

  /* Prefixes, every word required. */
  assert_search (f->repo, ACC_CHANNEL_PHONE, "dupr", -1, 0, 0, "Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "dup", -1, 0, 0, "Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "h", -1, 0, 0, "Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "hel vill", -1, 0, 0, "Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "  Mairie   rendez-vous ", -1, 0, 0, "Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene zorro", -1, 0, 0, "");

  /* Combined with the outcome and the period. */
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", ACC_OUTCOME_MESSAGE, 0, 0, "Jean Dupont");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", ACC_OUTCOME_ANSWERED, 0, 0, "Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", ACC_OUTCOME_TRANSFERRED, 0, 0, "");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", -1, t + HOUR_US / 2, 0, "Jean Dupont");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "helene", -1, 0, t + HOUR_US / 2, "Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "facture", ACC_OUTCOME_ANSWERED, t + 24 * HOUR_US, t + 72 * HOUR_US,
                 "Marc Lefèvre");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "facture", ACC_OUTCOME_ANSWERED, 0, t + 24 * HOUR_US, "");

  /* No words: every call, as without a search. */
  assert_search (f->repo, ACC_CHANNEL_PHONE, NULL, -1, 0, 0,
                 "Marc Lefèvre, Élodie Martin, Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "", -1, 0, 0,
                 "Marc Lefèvre, Élodie Martin, Jean Dupont, Hélène Dupré");
  assert_search (f->repo, ACC_CHANNEL_PHONE, "   ", -1, ACC_OUTCOME_ANSWERED, 0,
                 "Marc Lefèvre, Élodie Martin, Jean Dupont, Hélène Dupré");

  /* What the user types is never read as FTS5 syntax: no error, no warning
   * (fatal here), the same as the words alone. */
  {
    static const char *texts[] = {
      "\"", "\"\"", "\"helene", "helene\"", "*", "**", "helene*", "AND", "OR", "NOT", "and or not",
      "helene AND", "AND helene", "NEAR(", "NEAR(helene dupre, 2)", "-x", "-", "+", "^", "^helene",
      "(", ")", "()", "{name}: helene", "name:helene", "notes : helene", ":", "'", "''",
      "'); DROP TABLE interactions; --", "%", "_", "\\", "helene -dupre", "+33", "()()",
      "\xc3\xa9", "\xf0\x9f\x93\x9e", "مرحبا", "interactions_fts", "rank", "rowid",
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autofree char *found = search_books (f->repo, ACC_CHANNEL_PHONE, texts[i], -1, 0, 0);
        g_test_message ("search: %s → %s", texts[i], found);
      }
    assert_search (f->repo, ACC_CHANNEL_PHONE, "\"helene", -1, 0, 0, "Jean Dupont, Hélène Dupré");
    assert_search (f->repo, ACC_CHANNEL_PHONE, "helene AND", -1, 0, 0, "");
    assert_search (f->repo, ACC_CHANNEL_PHONE, "name:helene", -1, 0, 0, "");
    /* Operators are plain words, required like the others. */
    assert_search (f->repo, ACC_CHANNEL_PHONE, "NEAR(helene dupre, 2)", -1, 0, 0, "");
    assert_search (f->repo, ACC_CHANNEL_PHONE, "demande de", -1, 0, 0, "Hélène Dupré");
    g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_PHONE), ==, 4);
  }

  /* The index follows the books: an entry corrected is found under its new
   * words only. */
  {
    g_autoptr(GError) error = NULL;

    acc_interaction_set_name (c4, "Marc Lefebvre");
    acc_interaction_set_notes (c4, NULL);
    g_assert_true (acc_repository_correct_interaction (f->repo, c4, 0, &error));
    g_assert_no_error (error);
    assert_search (f->repo, ACC_CHANNEL_PHONE, "lefebvre", -1, 0, 0, "Marc Lefebvre");
    assert_search (f->repo, ACC_CHANNEL_PHONE, "lefevre", -1, 0, 0, "");
    assert_search (f->repo, ACC_CHANNEL_PHONE, "tarifs", -1, 0, 0, "");
  }
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) problems = NULL;

    g_assert_true (acc_repository_check (f->repo, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (problems), ==, 0);
  }
  (void) c1; (void) c2; (void) c3; (void) v1;
}

/* 300 calls a minute apart, every other one about an appointment. */
static gboolean
add_many_calls (gpointer   user_data,
                GError   **error)
{
  AccRepository *repo = user_data;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
      g_autofree char *name = g_strdup_printf ("Appelant %u", i);

      acc_interaction_set_name (call, name);
      acc_interaction_set_reason (call, i % 2 == 0 ? "RDV" : "Autre");
      acc_interaction_set_started_at (call, A_TIME_US + i * 60 * G_USEC_PER_SEC);
      if (!acc_repository_save_interaction (repo, call, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The check looks at the books' full-text index too. */
static void
test_check_books_index (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autoptr(AccInteraction) call = add_call (f->repo, ACC_CHANNEL_PHONE, "Hélène Dupré", NULL, "Facture", NULL,
                                             A_TIME_US, ACC_OUTCOME_ANSWERED);

  g_assert_true (acc_repository_check (f->repo, &problems, &error));
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
  g_clear_pointer (&problems, g_strfreev);

  /* Another program removes the index's segments but keeps its structure
   * record (id 10) and averages (id 1): SQLite's own integrity_check does
   * not look inside, the index's check does. */
  exec_file_sql (f->path, "DELETE FROM interactions_fts_data WHERE id NOT IN (1, 10)");
  g_assert_true (acc_repository_check (f->repo, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 1);
  if (problems[0] != NULL)
    g_assert_true (g_str_has_prefix (problems[0], "interactions_fts: "));
}

/* A deep page of a search keeps the order and finds every row once. */
static void
test_search_books_paging (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;
  g_autoptr(GListModel) list = NULL;
  gint64 previous = G_MAXINT64;

  g_assert_true (acc_repository_run_in_transaction (f->repo, ACC_CHANGE_INTERACTIONS, add_many_calls, f->repo, &error));
  g_assert_no_error (error);

  filter.search = "rdv";
  list = acc_repository_list_interactions (f->repo, ACC_CHANNEL_PHONE, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 150);
  for (guint i = 0; i < 150; i++)
    {
      g_autoptr(AccInteraction) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      g_assert_cmpstr (acc_interaction_get_reason (item), ==, "RDV");
      g_assert_cmpint (acc_interaction_get_started_at (item), <, previous);
      previous = acc_interaction_get_started_at (item);
    }
}

static void
test_corrections (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) karim = add_staff (f->repo, "Karim Benali", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) sophie = add_staff (f->repo, "Sophie Leroy", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) veronique = add_staff (f->repo, "Véronique Martin", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(AccInteraction) opened = NULL;
  g_autoptr(GListModel) changes = NULL;
  ChangedSeen changed = { 0 };
  gint64 before, after;

  acc_interaction_set_name (call, "Jean Dupont");
  acc_interaction_set_phone (call, "06 12 34 56 78");
  acc_interaction_set_reason (call, "Facture");
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  acc_interaction_set_outcome_detail (call, "Tarifs envoyés");
  acc_interaction_set_checklist (call, ACC_CALL_STEP_GREETED);
  acc_interaction_set_started_at (call, A_TIME_US);
  acc_interaction_set_ended_at (call, A_TIME_US + 5 * 60 * G_USEC_PER_SEC);
  acc_interaction_set_staff_id (call, acc_staff_member_get_id (karim));
  g_assert_true (acc_repository_save_interaction (f->repo, call, NULL, &error));
  g_assert_no_error (error);

  /* Opened from the book and saved without a change, the phone number
   * written another way: nothing recorded, nothing written. */
  opened = acc_repository_get_interaction (f->repo, acc_interaction_get_id (call), &error);
  g_assert_no_error (error);
  acc_interaction_set_phone (opened, "06.12.34.56.78");
  acc_interaction_set_organisation (opened, "");
  acc_interaction_set_name (opened, "  Jean Dupont ");
  g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (acc_repository_correct_interaction (f->repo, opened, acc_staff_member_get_id (sophie), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed.calls, ==, 0);
  g_assert_cmpstr (acc_interaction_get_phone (opened), ==, "+33612345678");
  g_assert_cmpstr (acc_interaction_get_name (opened), ==, "Jean Dupont");
  changes = acc_repository_list_interaction_changes (f->repo, acc_interaction_get_id (call), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
  g_assert_true (g_list_model_get_item_type (changes) == ACC_TYPE_CHANGE);
  g_clear_object (&changes);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM interaction_changes"), ==, 0);

  /* Sophie corrects six fields. */
  acc_interaction_set_phone (opened, "+33 6 98 76 54 32");
  acc_interaction_set_reason (opened, "Réclamation");
  acc_interaction_set_notes (opened, "Client mécontent");
  acc_interaction_set_outcome (opened, ACC_OUTCOME_TRANSFERRED);
  acc_interaction_set_supervisor_id (opened, acc_staff_member_get_id (veronique));
  acc_interaction_set_checklist (opened, ACC_CALL_STEP_GREETED | ACC_CALL_STEP_REASON_ASKED);
  /* Not corrections: the facts of the call stay as they were. */
  acc_interaction_set_started_at (opened, A_TIME_US + HOUR_US);
  acc_interaction_set_staff_id (opened, acc_staff_member_get_id (sophie));
  before = g_get_real_time ();
  g_assert_true (acc_repository_correct_interaction (f->repo, opened, acc_staff_member_get_id (sophie), &error));
  g_assert_no_error (error);
  after = g_get_real_time ();
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_INTERACTIONS);
  g_signal_handlers_disconnect_by_func (f->repo, on_changed, &changed);
  g_assert_cmpstr (acc_interaction_get_phone (opened), ==, "+33698765432");

  {
    static const struct { const char *field, *old_value, *new_value; } expected[] = {
      { "phone", "+33612345678", "+33698765432" },
      { "reason", "Facture", "Réclamation" },
      { "notes", NULL, "Client mécontent" },
      { "outcome", "answered", "transferred" },
      { "supervisor-id", NULL, NULL /* Véronique's id, below */ },
      { "checklist", "1", "3" },
    };
    g_autofree char *veronique_id = g_strdup_printf ("%" G_GINT64_FORMAT, acc_staff_member_get_id (veronique));

    changes = acc_repository_list_interaction_changes (f->repo, acc_interaction_get_id (call), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(AccChange) change = g_list_model_get_item (changes, i);

        g_assert_nonnull (change);
        g_assert_cmpint (acc_change_get_id (change), >, 0);
        g_assert_cmpint (acc_change_get_interaction_id (change), ==, acc_interaction_get_id (call));
        g_assert_cmpint (acc_change_get_staff_id (change), ==, acc_staff_member_get_id (sophie));
        g_assert_cmpstr (acc_change_get_staff_name (change), ==, "Sophie Leroy");
        g_assert_cmpint (acc_change_get_at (change), >=, before);
        g_assert_cmpint (acc_change_get_at (change), <=, after);
        g_assert_cmpstr (acc_change_get_field (change), ==, expected[i].field);
        g_assert_cmpstr (acc_change_get_old_value (change), ==, expected[i].old_value);
        g_assert_cmpstr (acc_change_get_new_value (change), ==,
                         i == 4 ? veronique_id : expected[i].new_value);
      }
    g_clear_object (&changes);
  }
  {
    g_autoptr(AccInteraction) read = acc_repository_get_interaction (f->repo, acc_interaction_get_id (call), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (acc_interaction_get_reason (read), ==, "Réclamation");
    g_assert_cmpstr (acc_interaction_get_notes (read), ==, "Client mécontent");
    g_assert_cmpstr (acc_interaction_get_phone (read), ==, "+33698765432");
    g_assert_cmpint (acc_interaction_get_outcome (read), ==, ACC_OUTCOME_TRANSFERRED);
    g_assert_cmpint (acc_interaction_get_supervisor_id (read), ==, acc_staff_member_get_id (veronique));
    g_assert_cmpuint (acc_interaction_get_checklist (read), ==, ACC_CALL_STEP_GREETED | ACC_CALL_STEP_REASON_ASKED);
    g_assert_cmpstr (acc_interaction_get_outcome_detail (read), ==, "Tarifs envoyés");
    g_assert_cmpint (acc_interaction_get_started_at (read), ==, A_TIME_US);
    g_assert_cmpint (acc_interaction_get_staff_id (read), ==, acc_staff_member_get_id (karim));
    g_assert_cmpstr (acc_interaction_get_staff_name (read), ==, "Karim Benali");
  }

  /* Later, from another window, Karim corrects the name and clears the
   * notes; the history grows, oldest first. */
  {
    g_autoptr(AccRepository) second = acc_repository_open (f->path, &error);
    g_autoptr(AccInteraction) again = NULL;

    g_assert_no_error (error);
    again = acc_repository_get_interaction (second, acc_interaction_get_id (call), &error);
    acc_interaction_set_name (again, "Jean Dupond");
    acc_interaction_set_notes (again, "");
    acc_interaction_set_ended_at (again, A_TIME_US + 6 * 60 * G_USEC_PER_SEC);
    g_assert_true (acc_repository_correct_interaction (second, again, acc_staff_member_get_id (karim), &error));
    g_assert_no_error (error);
  }
  changes = acc_repository_list_interaction_changes (f->repo, acc_interaction_get_id (call), &error);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 9);
  {
    g_autoptr(AccChange) name = g_list_model_get_item (changes, 6);
    g_autoptr(AccChange) notes = g_list_model_get_item (changes, 7);
    g_autoptr(AccChange) ended = g_list_model_get_item (changes, 8);
    g_autofree char *old_end = g_strdup_printf ("%" G_GINT64_FORMAT, A_TIME_US + 5 * 60 * G_USEC_PER_SEC);
    g_autofree char *new_end = g_strdup_printf ("%" G_GINT64_FORMAT, A_TIME_US + 6 * 60 * G_USEC_PER_SEC);

    g_assert_cmpstr (acc_change_get_field (name), ==, "name");
    g_assert_cmpstr (acc_change_get_old_value (name), ==, "Jean Dupont");
    g_assert_cmpstr (acc_change_get_new_value (name), ==, "Jean Dupond");
    g_assert_cmpstr (acc_change_get_staff_name (name), ==, "Karim Benali");
    g_assert_cmpstr (acc_change_get_field (notes), ==, "notes");
    g_assert_cmpstr (acc_change_get_old_value (notes), ==, "Client mécontent");
    g_assert_null (acc_change_get_new_value (notes));
    g_assert_cmpstr (acc_change_get_field (ended), ==, "ended-at");
    g_assert_cmpstr (acc_change_get_old_value (ended), ==, old_end);
    g_assert_cmpstr (acc_change_get_new_value (ended), ==, new_end);
    g_assert_cmpint (acc_change_get_at (name), >=, after);
  }
  g_clear_object (&changes);

  /* Refused, nothing recorded: no name, a number that is not one, an entry
   * never saved. */
  {
    g_autoptr(AccInteraction) unsaved = acc_interaction_new (ACC_CHANNEL_PHONE);

    acc_interaction_set_name (opened, "  ");
    g_assert_false (acc_repository_correct_interaction (f->repo, opened, acc_staff_member_get_id (sophie), &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
    acc_interaction_set_name (opened, "Jean Dupond");
    acc_interaction_set_phone (opened, "pas de numéro");
    g_assert_false (acc_repository_correct_interaction (f->repo, opened, acc_staff_member_get_id (sophie), &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
    acc_interaction_set_name (unsaved, "Anne Roux");
    g_assert_false (acc_repository_correct_interaction (f->repo, unsaved, acc_staff_member_get_id (sophie), &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM interaction_changes"), ==, 9);

  /* Deleted meanwhile by another program: not found, and its history went
   * with it. */
  exec_file_sql (f->path, "PRAGMA foreign_keys = ON; DELETE FROM interactions");
  acc_interaction_set_phone (opened, NULL);
  g_assert_false (acc_repository_correct_interaction (f->repo, opened, acc_staff_member_get_id (sophie), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_file_int (f->path, "SELECT count(*) FROM interaction_changes"), ==, 0);
  changes = acc_repository_list_interaction_changes (f->repo, acc_interaction_get_id (call), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
}

/* The outcome rules of the procedure, as the call and visit forms apply
 * them: each outcome allowed when it says what it needs, refused otherwise. */
static void
assert_outcome_refused (AccInteraction *interaction,
                        AccMessage     *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (acc_interaction_check_outcome (interaction, message, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_assert_nonnull (error);
  if (error != NULL)
    g_assert_cmpstr (error->message, !=, "");
}

static void
assert_outcome_allowed (AccInteraction *interaction,
                        AccMessage     *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (acc_interaction_check_outcome (interaction, message, &error));
  g_assert_no_error (error);
}

static void
test_check_outcome (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(AccInteraction) visit = acc_interaction_new (ACC_CHANNEL_VISIT);
  g_autoptr(AccMessage) message = acc_message_new ();

  acc_interaction_set_name (call, "Jean Dupont");

  /* Answered: says what was answered. */
  acc_interaction_set_outcome (call, ACC_OUTCOME_ANSWERED);
  assert_outcome_refused (call, NULL);
  acc_interaction_set_outcome_detail (call, "   ");
  assert_outcome_refused (call, NULL);
  acc_interaction_set_outcome_detail (call, "Horaires d’ouverture donnés");
  assert_outcome_allowed (call, NULL);
  assert_outcome_allowed (call, message);

  /* Transferred: names the supervisor. */
  acc_interaction_set_outcome (call, ACC_OUTCOME_TRANSFERRED);
  acc_interaction_set_outcome_detail (call, NULL);
  assert_outcome_refused (call, NULL);
  acc_interaction_set_supervisor_id (call, 7);
  assert_outcome_allowed (call, NULL);

  /* Oriented: names the body of the directory. */
  acc_interaction_set_outcome (call, ACC_OUTCOME_ORIENTED);
  acc_interaction_set_supervisor_id (call, 0);
  assert_outcome_refused (call, NULL);
  acc_interaction_set_supervisor_id (call, 7);
  assert_outcome_refused (call, NULL);
  acc_interaction_set_directory_id (call, 3);
  assert_outcome_allowed (call, NULL);

  /* Message taken: a message with a recipient. */
  acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);
  acc_interaction_set_directory_id (call, 0);
  assert_outcome_refused (call, NULL);
  assert_outcome_refused (call, message);
  acc_message_set_recipient_id (message, 4);
  assert_outcome_allowed (call, message);

  /* The same rules for a visit. */
  acc_interaction_set_outcome (visit, ACC_OUTCOME_TRANSFERRED);
  assert_outcome_refused (visit, NULL);
  acc_interaction_set_supervisor_id (visit, 7);
  assert_outcome_allowed (visit, NULL);

  /* A value that is no outcome. */
  acc_interaction_set_outcome (call, (AccOutcome) 42);
  assert_outcome_refused (call, message);
}

/* The schedule as the phone tab loads it: the slots of one kind and every
 * closure. */
static void
test_load_schedule (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr(AccScheduleRange) slot = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 1, 9 * 60, 12 * 60);
  g_autoptr(AccScheduleRange) hours = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 1, 14 * 60, 17 * 60);
  g_autoptr(AccClosure) easter = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-04-06", "2026-04-06", "Lundi de Pâques");
  g_autoptr(AccSchedule) empty = NULL;
  g_autoptr(AccSchedule) slots = NULL;
  g_autoptr(AccSchedule) opening = NULL;
  g_autoptr(GDateTime) monday_ten = g_date_time_new (paris, 2026, 3, 30, 10, 0, 0);
  g_autoptr(GDateTime) monday_three = g_date_time_new (paris, 2026, 3, 30, 15, 0, 0);
  g_autoptr(GDateTime) easter_ten = g_date_time_new (paris, 2026, 4, 6, 10, 0, 0);
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) noon = g_date_time_new (paris, 2026, 3, 30, 12, 0, 0);
  g_autofree char *label = NULL;

  empty = acc_repository_load_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (empty);
  g_assert_true (acc_schedule_is_empty (empty));

  g_assert_true (acc_repository_save_schedule_range (f->repo, slot, &error));
  g_assert_true (acc_repository_save_schedule_range (f->repo, hours, &error));
  g_assert_true (acc_repository_save_closure (f->repo, easter, &error));
  g_assert_no_error (error);

  slots = acc_repository_load_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  opening = acc_repository_load_schedule (f->repo, ACC_SCHEDULE_OPENING_HOURS, &error);
  g_assert_no_error (error);
  g_assert_false (acc_schedule_is_empty (slots));
  g_assert_true (acc_schedule_is_open_at (slots, monday_ten));
  g_assert_false (acc_schedule_is_open_at (slots, monday_three));
  g_assert_false (acc_schedule_is_open_at (opening, monday_ten));
  g_assert_true (acc_schedule_is_open_at (opening, monday_three));
  g_assert_false (acc_schedule_is_open_at (slots, easter_ten));
  g_assert_true (acc_schedule_is_closed_day (opening, easter_ten, &label));
  g_assert_cmpstr (label, ==, "Lundi de Pâques");
  next = acc_schedule_get_next_change (slots, monday_ten);
  g_assert_nonnull (next);
  g_assert_true (g_date_time_equal (next, noon));
}

/* Documents handed over and the register's reviews (schema version 4). */

static AccDocument *
add_document (AccRepository   *repo,
              const char      *title,
              AccDocumentKind  kind)
{
  g_autoptr(GError) error = NULL;
  AccDocument *document = acc_document_new (title, kind);

  g_assert_true (acc_repository_save_document (repo, document, &error));
  g_assert_no_error (error);
  g_assert_cmpint (acc_document_get_id (document), >, 0);
  return document;
}

static GVariant *
ids_variant (const gint64 *ids,
             gsize         n_ids)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, n_ids, sizeof (gint64));
}

/* The ids of an interaction's documents, "1,2", or "" for none. */
static char *
ids_text (AccInteraction *interaction)
{
  GVariant *ids = acc_interaction_get_document_ids (interaction);
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *values;
  gsize n = 0;

  if (ids == NULL)
    return g_strdup ("");
  values = g_variant_get_fixed_array (ids, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", values[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
stored_ids_text (AccRepository *repo,
                 gint64         interaction_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccInteraction) stored = acc_repository_get_interaction (repo, interaction_id, &error);

  g_assert_no_error (error);
  return ids_text (stored);
}

static gint64
count_links (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM interaction_documents", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static void
test_interaction_documents (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) supervisor = add_staff (f->repo, "Benoît Garnier", ACC_ROLE_SUPERVISOR);
  g_autoptr(AccDocument) brochure = add_document (f->repo, "Plaquette", ACC_DOCUMENT_BROCHURE);
  g_autoptr(AccDocument) prices = add_document (f->repo, "Tarifs 2026", ACC_DOCUMENT_PRICE_LIST);
  g_autoptr(AccDocument) tax = add_document (f->repo, "Avantages fiscaux", ACC_DOCUMENT_TAX_ADVANTAGE_SHEET);
  g_autoptr(AccInteraction) visit = acc_interaction_new (ACC_CHANNEL_VISIT);
  g_autoptr(AccInteraction) call = add_interaction (f->repo, ACC_CHANNEL_PHONE, "Appel sans document",
                                                    A_TIME_US, ACC_OUTCOME_ANSWERED);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  gint64 handed[] = { acc_document_get_id (prices), acc_document_get_id (brochure), acc_document_get_id (prices) };

  /* Saved with the visit: in increasing order, each once. */
  acc_interaction_set_name (visit, "Hélène Dupré");
  acc_interaction_set_started_at (visit, A_TIME_US + HOUR_US);
  acc_interaction_set_outcome (visit, ACC_OUTCOME_ANSWERED);
  acc_interaction_set_document_ids (visit, ids_variant (handed, G_N_ELEMENTS (handed)));
  g_assert_true (acc_repository_save_interaction (f->repo, visit, NULL, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                              acc_document_get_id (brochure), acc_document_get_id (prices));
  text = stored_ids_text (f->repo, acc_interaction_get_id (visit));
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (count_links (f->path), ==, 2);
  g_clear_pointer (&text, g_free);
  text = stored_ids_text (f->repo, acc_interaction_get_id (call));
  g_assert_cmpstr (text, ==, "");

  /* The visits register's rows carry them too. */
  {
    g_autoptr(GListModel) visits = acc_repository_list_interactions (f->repo, ACC_CHANNEL_VISIT, NULL);
    g_autoptr(AccInteraction) row = g_list_model_get_item (visits, 0);
    g_autofree char *row_text = ids_text (row);

    g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 1);
    g_assert_cmpstr (row_text, ==, expected);
  }

  /* Saved again: replaced, not added to. */
  {
    gint64 now_handed[] = { acc_document_get_id (tax) };
    g_autofree char *tax_text = g_strdup_printf ("%" G_GINT64_FORMAT, acc_document_get_id (tax));

    acc_interaction_set_document_ids (visit, ids_variant (now_handed, 1));
    g_assert_true (acc_repository_save_interaction (f->repo, visit, NULL, &error));
    g_assert_no_error (error);
    g_clear_pointer (&text, g_free);
    text = stored_ids_text (f->repo, acc_interaction_get_id (visit));
    g_assert_cmpstr (text, ==, tax_text);
    g_assert_cmpint (count_links (f->path), ==, 1);
  }

  /* A correction leaves them as they are. */
  {
    g_autoptr(AccInteraction) stored = acc_repository_get_interaction (f->repo, acc_interaction_get_id (visit), &error);

    acc_interaction_set_notes (stored, "Plaquette remise en main propre");
    g_assert_true (acc_repository_correct_interaction (f->repo, stored, acc_staff_member_get_id (supervisor), &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_links (f->path), ==, 1);
  }

  /* A document not in the register: refused, the visit's documents kept. */
  {
    gint64 unknown[] = { acc_document_get_id (brochure), 9999 };
    g_autofree char *tax_text = g_strdup_printf ("%" G_GINT64_FORMAT, acc_document_get_id (tax));

    acc_interaction_set_document_ids (visit, ids_variant (unknown, G_N_ELEMENTS (unknown)));
    g_assert_false (acc_repository_save_interaction (f->repo, visit, NULL, &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
    g_clear_pointer (&text, g_free);
    text = stored_ids_text (f->repo, acc_interaction_get_id (visit));
    g_assert_cmpstr (text, ==, tax_text);
  }

  /* None: the links go. */
  acc_interaction_set_document_ids (visit, NULL);
  g_assert_true (acc_repository_save_interaction (f->repo, visit, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_links (f->path), ==, 0);

  /* With a message in the same transaction: a message that cannot be saved
   * (nobody to receive it) takes the visit and its documents with it. */
  {
    g_autoptr(AccInteraction) second = acc_interaction_new (ACC_CHANNEL_VISIT);
    g_autoptr(AccMessage) message = new_message (NULL, "Demande de devis", 9999);
    gint64 one[] = { acc_document_get_id (brochure) };
    guint visits_before = count_interactions (f->repo, ACC_CHANNEL_VISIT);

    acc_interaction_set_name (second, "Marc Olivier");
    acc_interaction_set_outcome (second, ACC_OUTCOME_MESSAGE);
    acc_interaction_set_document_ids (second, ids_variant (one, 1));
    g_assert_false (acc_repository_save_interaction (f->repo, second, message, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpint (acc_interaction_get_id (second), ==, 0);
    g_assert_cmpuint (count_interactions (f->repo, ACC_CHANNEL_VISIT), ==, visits_before);
    g_assert_cmpint (count_links (f->path), ==, 0);

    /* With a real recipient: the visit, its message and its documents. */
    acc_message_set_recipient_id (message, acc_staff_member_get_id (supervisor));
    g_assert_true (acc_repository_save_interaction (f->repo, second, message, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_links (f->path), ==, 1);
    g_assert_cmpint (acc_message_get_source (message), ==, ACC_MESSAGE_SOURCE_VISIT);
  }

  /* An entry deleted (by hand, from outside): its links go with it. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON; UPDATE messages SET interaction_id = NULL; "
                                       "DELETE FROM interactions WHERE channel = 1",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_assert_cmpint (count_links (f->path), ==, 0);
  }
}

static void
test_document_reviews (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) lea = add_staff (f->repo, "Léa Moreau", ACC_ROLE_RECEPTION);
  g_autoptr(AccStaffMember) paul = add_staff (f->repo, "Paul Lambert", ACC_ROLE_MANAGER);
  g_autoptr(AccDocument) brochure = add_document (f->repo, "Plaquette", ACC_DOCUMENT_BROCHURE);
  g_autoptr(GListModel) reviews = NULL;
  ChangedSeen changed = { 0 };
  gint64 before, after;
  gulong handler;

  /* Never reviewed: overdue, no history. */
  reviews = acc_repository_list_document_reviews (f->repo, acc_document_get_id (brochure), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 0);
  g_clear_object (&reviews);
  g_assert_true (acc_document_is_review_overdue (brochure, g_get_real_time ()));

  /* Nobody named, or a document not saved: refused. */
  g_assert_false (acc_repository_mark_document_reviewed (f->repo, brochure, 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(AccDocument) unsaved = acc_document_new ("Brouillon", ACC_DOCUMENT_BROCHURE);

    g_assert_false (acc_repository_mark_document_reviewed (f->repo, unsaved, acc_staff_member_get_id (lea), &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Marked by Léa: now, by her, one row of history, ::changed told. */
  handler = g_signal_connect (f->repo, "changed", G_CALLBACK (on_changed), &changed);
  before = g_get_real_time ();
  g_assert_true (acc_repository_mark_document_reviewed (f->repo, brochure, acc_staff_member_get_id (lea), &error));
  g_assert_no_error (error);
  after = g_get_real_time ();
  g_signal_handler_disconnect (f->repo, handler);
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpint (changed.flags, ==, ACC_CHANGE_DOCUMENTS);
  g_assert_cmpint (acc_document_get_reviewed_at (brochure), >=, before);
  g_assert_cmpint (acc_document_get_reviewed_at (brochure), <=, after);
  g_assert_cmpint (acc_document_get_reviewed_by_id (brochure), ==, acc_staff_member_get_id (lea));
  g_assert_cmpstr (acc_document_get_reviewed_by_name (brochure), ==, "Léa Moreau");
  g_assert_false (acc_document_is_review_overdue (brochure, after));
  {
    g_autoptr(AccDocument) stored = acc_repository_get_document (f->repo, acc_document_get_id (brochure), &error);

    g_assert_no_error (error);
    g_assert_cmpint (acc_document_get_reviewed_at (stored), ==, acc_document_get_reviewed_at (brochure));
    g_assert_cmpstr (acc_document_get_reviewed_by_name (stored), ==, "Léa Moreau");
  }

  /* Then by Paul: the history keeps both, newest first; the register shows
   * Paul's. */
  g_usleep (2000);
  g_assert_true (acc_repository_mark_document_reviewed (f->repo, brochure, acc_staff_member_get_id (paul), &error));
  g_assert_no_error (error);
  reviews = acc_repository_list_document_reviews (f->repo, acc_document_get_id (brochure), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 2);
  {
    g_autoptr(AccDocumentReview) newest = g_list_model_get_item (reviews, 0);
    g_autoptr(AccDocumentReview) oldest = g_list_model_get_item (reviews, 1);
    g_autoptr(GListModel) documents = acc_repository_list_documents (f->repo, &error);
    g_autoptr(AccDocument) listed = g_list_model_get_item (documents, 0);

    g_assert_cmpstr (acc_document_review_get_staff_name (newest), ==, "Paul Lambert");
    g_assert_cmpint (acc_document_review_get_staff_id (newest), ==, acc_staff_member_get_id (paul));
    g_assert_cmpint (acc_document_review_get_document_id (newest), ==, acc_document_get_id (brochure));
    g_assert_cmpint (acc_document_review_get_at (newest), ==, acc_document_get_reviewed_at (brochure));
    g_assert_cmpstr (acc_document_review_get_staff_name (oldest), ==, "Léa Moreau");
    g_assert_cmpint (acc_document_review_get_at (oldest), <, acc_document_review_get_at (newest));
    g_assert_cmpstr (acc_document_get_reviewed_by_name (listed), ==, "Paul Lambert");
  }
  g_clear_object (&reviews);

  /* Someone unknown, or a document deleted meanwhile: nothing recorded. */
  g_assert_false (acc_repository_mark_document_reviewed (f->repo, brochure, 9999, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autoptr(AccDocument) gone = acc_document_new ("Disparu", ACC_DOCUMENT_BROCHURE);

    acc_document_set_id (gone, 9999);
    g_assert_false (acc_repository_mark_document_reviewed (f->repo, gone, acc_staff_member_get_id (lea), &error));
    g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (acc_document_get_reviewed_at (gone), ==, 0);
  }
  reviews = acc_repository_list_document_reviews (f->repo, acc_document_get_id (brochure), &error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 2);
  g_clear_object (&reviews);

  /* A document saved with a review date (an import, the demo) has that
   * review in its history, once, however often it is saved. */
  {
    g_autoptr(AccDocument) prices = acc_document_new ("Tarifs", ACC_DOCUMENT_PRICE_LIST);

    acc_document_set_reviewed_at (prices, A_TIME_US);
    acc_document_set_reviewed_by_id (prices, acc_staff_member_get_id (paul));
    g_assert_true (acc_repository_save_document (f->repo, prices, &error));
    acc_document_set_title (prices, "Tarifs 2026");
    g_assert_true (acc_repository_save_document (f->repo, prices, &error));
    g_assert_no_error (error);
    reviews = acc_repository_list_document_reviews (f->repo, acc_document_get_id (prices), &error);
    g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  }
}

/* Deleting and merging contacts (acc-repository-contacts.c). */

static AccInteraction *
add_contact_call (AccRepository *repo,
                  AccContact    *contact,
                  gint64         started_at)
{
  g_autoptr(GError) error = NULL;
  AccInteraction *interaction = acc_interaction_new (ACC_CHANNEL_PHONE);

  acc_interaction_set_name (interaction, acc_contact_get_name (contact));
  acc_interaction_set_contact_id (interaction, acc_contact_get_id (contact));
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_outcome (interaction, ACC_OUTCOME_ANSWERED);
  g_assert_true (acc_repository_save_interaction (repo, interaction, NULL, &error));
  g_assert_no_error (error);
  return interaction;
}

static AccMessage *
add_contact_message (AccRepository *repo,
                     AccContact    *contact,
                     gint64         recipient_id)
{
  g_autoptr(GError) error = NULL;
  AccMessage *message = new_message (acc_contact_get_name (contact), "Rappel", recipient_id);

  acc_message_set_contact_id (message, acc_contact_get_id (contact));
  g_assert_true (acc_repository_save_message (repo, message, &error));
  g_assert_no_error (error);
  return message;
}

static void
test_contacts_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) staff = add_staff (f->repo, "Claire Martin", ACC_ROLE_RECEPTION);
  g_autoptr(AccContact) helene = add_contact (f->repo, "Hélène Dupré", "Mairie", "06 12 34 56 78");
  g_autoptr(AccContact) other = add_contact (f->repo, "Paul Morel", NULL, NULL);
  g_autoptr(AccInteraction) call = add_contact_call (f->repo, helene, g_get_real_time () - HOUR_US);
  g_autoptr(AccMessage) message = add_contact_message (f->repo, helene, acc_staff_member_get_id (staff));
  g_autoptr(AccInteraction) call_back = NULL;
  g_autoptr(AccMessage) message_back = NULL;
  g_autoptr(AccContact) gone = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GListModel) found = NULL;

  messages = acc_repository_list_contact_messages (f->repo, acc_contact_get_id (helene), 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (messages->len, ==, 1);

  g_assert_true (acc_repository_delete_contact (f->repo, acc_contact_get_id (helene), &error));
  g_assert_no_error (error);

  gone = acc_repository_get_contact (f->repo, acc_contact_get_id (helene), &error);
  g_assert_null (gone);
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  found = acc_repository_list_contacts (f->repo, "helene");
  g_assert_cmpuint (count_items (found), ==, 0);

  /* The books keep their entries, with the caller's name. */
  call_back = acc_repository_get_interaction (f->repo, acc_interaction_get_id (call), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_interaction_get_contact_id (call_back), ==, 0);
  g_assert_cmpstr (acc_interaction_get_name (call_back), ==, "Hélène Dupré");
  message_back = acc_repository_get_message (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_message_get_contact_id (message_back), ==, 0);
  g_assert_cmpstr (acc_message_get_name (message_back), ==, "Hélène Dupré");

  /* Twice: not found. */
  g_assert_false (acc_repository_delete_contact (f->repo, acc_contact_get_id (helene), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 1);
  (void) other;
}

static void
test_contacts_merge (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) staff = add_staff (f->repo, "Claire Martin", ACC_ROLE_RECEPTION);
  g_autoptr(AccContact) keep = add_contact (f->repo, "Hélène Dupré", NULL, "06 12 34 56 78");
  g_autoptr(AccContact) dup = acc_contact_new ("Helene Dupre");
  g_autoptr(AccContact) merged = NULL;
  g_autoptr(GPtrArray) interactions = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  gint64 now = g_get_real_time ();

  acc_contact_set_organisation (dup, "Mairie de Lyon");
  acc_contact_set_phone (dup, "04 72 10 30 30");
  acc_contact_set_email (dup, "helene@example.fr");
  acc_contact_set_notes (dup, "Le matin.");
  g_assert_true (acc_repository_save_contact (f->repo, dup, &error));
  g_assert_no_error (error);

  {
    g_autoptr(AccInteraction) a = add_contact_call (f->repo, keep, now - 3 * HOUR_US);
    g_autoptr(AccInteraction) b = add_contact_call (f->repo, dup, now - HOUR_US);
    g_autoptr(AccMessage) m = add_contact_message (f->repo, dup, acc_staff_member_get_id (staff));
  }

  /* Not with itself, not with a missing one: nothing changes. */
  g_assert_false (acc_repository_merge_contacts (f->repo, acc_contact_get_id (keep),
                                                 acc_contact_get_id (keep), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (acc_repository_merge_contacts (f->repo, acc_contact_get_id (keep), 999999, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 2);

  g_assert_true (acc_repository_merge_contacts (f->repo, acc_contact_get_id (keep),
                                                acc_contact_get_id (dup), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_contacts (f->repo), ==, 1);

  merged = acc_repository_get_contact (f->repo, acc_contact_get_id (keep), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (acc_contact_get_name (merged), ==, "Hélène Dupré");
  g_assert_cmpstr (acc_contact_get_phone (merged), ==, "+33612345678");   /* kept */
  g_assert_cmpstr (acc_contact_get_organisation (merged), ==, "Mairie de Lyon");  /* filled */
  g_assert_cmpstr (acc_contact_get_email (merged), ==, "helene@example.fr");
  g_assert_cmpstr (acc_contact_get_notes (merged), ==, "Le matin.");

  interactions = acc_repository_list_contact_interactions (f->repo, acc_contact_get_id (keep), 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interactions->len, ==, 2);
  /* Newest first. */
  g_assert_cmpint (acc_interaction_get_started_at (g_ptr_array_index (interactions, 0)), >,
                   acc_interaction_get_started_at (g_ptr_array_index (interactions, 1)));
  messages = acc_repository_list_contact_messages (f->repo, acc_contact_get_id (keep), 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (messages->len, ==, 1);
}

static void
test_directory_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccDirectoryEntry) entry = acc_directory_entry_new ("CCAS de Villeurbanne");
  g_autoptr(GListModel) list = NULL;

  acc_directory_entry_set_category (entry, "CCAS");
  g_assert_true (acc_repository_save_directory_entry (f->repo, entry, &error));
  g_assert_no_error (error);
  list = acc_repository_list_directory (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 1);
  g_clear_object (&list);

  g_assert_true (acc_repository_delete_directory_entry (f->repo, acc_directory_entry_get_id (entry), &error));
  g_assert_no_error (error);
  list = acc_repository_list_directory (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 0);

  g_assert_false (acc_repository_delete_directory_entry (f->repo, acc_directory_entry_get_id (entry), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
}

/* The preferences window deletes a weekly range or a closure; one already
 * gone (deleted by another window) is reported, not ignored. */
static void
test_delete_schedule (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccScheduleRange) morning = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 1, 9 * 60, 12 * 60);
  g_autoptr(AccScheduleRange) afternoon = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 1, 14 * 60, 17 * 60);
  g_autoptr(AccClosure) may_day = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-05-01", NULL, "Fête du Travail");
  g_autoptr(GListModel) ranges = NULL;
  g_autoptr(GListModel) closures = NULL;
  g_autoptr(AccScheduleRange) left = NULL;

  g_assert_true (acc_repository_save_schedule_range (f->repo, morning, &error));
  g_assert_true (acc_repository_save_schedule_range (f->repo, afternoon, &error));
  g_assert_true (acc_repository_save_closure (f->repo, may_day, &error));
  g_assert_no_error (error);

  g_assert_true (acc_repository_delete_schedule_range (f->repo, acc_schedule_range_get_id (morning), &error));
  g_assert_no_error (error);
  ranges = acc_repository_list_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  g_assert_cmpuint (g_list_model_get_n_items (ranges), ==, 1);
  left = g_list_model_get_item (ranges, 0);
  g_assert_cmpint (acc_schedule_range_get_id (left), ==, acc_schedule_range_get_id (afternoon));

  g_assert_false (acc_repository_delete_schedule_range (f->repo, acc_schedule_range_get_id (morning), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (acc_repository_delete_closure (f->repo, acc_closure_get_id (may_day), &error));
  g_assert_no_error (error);
  closures = acc_repository_list_closures (f->repo, &error);
  g_assert_cmpuint (g_list_model_get_n_items (closures), ==, 0);
  g_assert_false (acc_repository_delete_closure (f->repo, acc_closure_get_id (may_day), &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* Reasons are removed from the list (and come back when added again) and
 * reordered. */
static void
test_reasons_remove_move (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = NULL;
  const char *initial[] = { "Renseignement", "Prise de rendez-vous", "Réclamation", "Devis", NULL };
  const char *removed[] = { "Renseignement", "Réclamation", "Devis", NULL };
  const char *moved_first[] = { "Devis", "Renseignement", "Réclamation", NULL };
  const char *moved_last[] = { "Renseignement", "Réclamation", "Devis", NULL };
  const char *moved_middle[] = { "Renseignement", "Devis", "Réclamation", NULL };

  for (guint i = 0; initial[i] != NULL; i++)
    g_assert_true (acc_repository_add_reason (f->repo, initial[i], &error));
  g_assert_no_error (error);

  g_assert_true (acc_repository_remove_reason (f->repo, "Prise de rendez-vous", &error));
  g_assert_no_error (error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpstrv (reasons, removed);
  g_clear_pointer (&reasons, g_strfreev);

  g_assert_false (acc_repository_remove_reason (f->repo, "Prise de rendez-vous", &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (acc_repository_move_reason (f->repo, "Devis", 0, &error));
  g_assert_no_error (error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpstrv (reasons, moved_first);
  g_clear_pointer (&reasons, g_strfreev);

  g_assert_true (acc_repository_move_reason (f->repo, "Devis", G_MAXUINT, &error));
  g_assert_no_error (error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpstrv (reasons, moved_last);
  g_clear_pointer (&reasons, g_strfreev);

  g_assert_true (acc_repository_move_reason (f->repo, "Devis", 1, &error));
  g_assert_no_error (error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpstrv (reasons, moved_middle);
  g_clear_pointer (&reasons, g_strfreev);

  /* A removed reason cannot be moved. */
  g_assert_false (acc_repository_move_reason (f->repo, "Prise de rendez-vous", 0, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpstrv (reasons, moved_middle);
  g_clear_pointer (&reasons, g_strfreev);

  /* Added again, it is back. */
  g_assert_true (acc_repository_add_reason (f->repo, "Prise de rendez-vous", &error));
  reasons = acc_repository_list_reasons (f->repo, &error);
  g_assert_cmpuint (g_strv_length (reasons), ==, 4);
  g_assert_true (g_strv_contains ((const char * const *) reasons, "Prise de rendez-vous"));
}

/* Data retention is an organisation setting: 36 months unless changed,
 * saved and loaded like the others. */
static void
test_organisation_retention (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(AccOrganisation) loaded = NULL;

  organisation = acc_repository_load_organisation (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (acc_organisation_get_retention_months (organisation), ==, 36);

  acc_organisation_set_retention_months (organisation, 60);
  g_assert_true (acc_repository_save_organisation (f->repo, organisation, &error));
  g_assert_no_error (error);
  loaded = acc_repository_load_organisation (f->repo, &error);
  g_assert_cmpuint (acc_organisation_get_retention_months (loaded), ==, 60);
  g_clear_object (&loaded);

  acc_organisation_set_retention_months (organisation, 36);
  g_assert_true (acc_repository_save_organisation (f->repo, organisation, &error));
  loaded = acc_repository_load_organisation (f->repo, &error);
  g_assert_cmpuint (acc_organisation_get_retention_months (loaded), ==, 36);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Every case reports, not only the first that fails. */
  g_test_set_nonfatal_assertions ();

#define ADD(path, setup, func) \
  g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/repository/create/private-and-setup", setup_empty, test_create_private);
  ADD ("/repository/create/wal-and-foreign-keys", setup_open, test_create_wal_foreign_keys);
  ADD ("/repository/create/refuse-newer", setup_empty, test_create_refuse_newer);
  ADD ("/repository/create/not-a-database", setup_empty, test_create_not_a_database);
  ADD ("/repository/check/fresh", setup_open, test_check_fresh);
  ADD ("/repository/staff", setup_open, test_staff);
  ADD ("/repository/organisation", setup_open, test_organisation);
  ADD ("/repository/contacts", setup_open, test_contacts);
  ADD ("/repository/interactions/save-get-update", setup_open, test_interactions);
  ADD ("/repository/interactions/filters", setup_open, test_interactions_filters);
  ADD ("/repository/interactions/with-message", setup_open, test_interactions_with_message);
  ADD ("/repository/interactions/retry-after-failure", setup_open, test_interactions_retry_after_failure);
  ADD ("/repository/messages/save-get", setup_open, test_messages);
  ADD ("/repository/messages/transitions", setup_open, test_messages_transitions);
  ADD ("/repository/messages/forward", setup_open, test_messages_forward);
  ADD ("/repository/messages/stale", setup_open, test_messages_stale);
  ADD ("/repository/messages/list", setup_open, test_messages_list);
  ADD ("/repository/directory", setup_open, test_directory);
  ADD ("/repository/documents", setup_open, test_documents);
  ADD ("/repository/schedule", setup_open, test_schedule);
  ADD ("/repository/closures", setup_open, test_closures);
  ADD ("/repository/reasons", setup_open, test_reasons);
  ADD ("/repository/search/contacts", setup_open, test_search);
  ADD ("/repository/search/syntax", setup_open, test_search_syntax);
  ADD ("/repository/search/limit", setup_open, test_search_limit);
  ADD ("/repository/search/async", setup_open, test_search_async);
  ADD ("/repository/search/listed-by-worker", setup_open, test_search_listed_by_worker);
  ADD ("/repository/slow-call-warning", setup_open, test_slow_call_warning);
  ADD ("/repository/lazy-list", setup_open, test_lazy_list);
  ADD ("/repository/lazy-list/positions", setup_open, test_lazy_list_positions);
  ADD ("/repository/changes/across-connections", setup_open, test_changes_across_connections);
  ADD ("/repository/changes/watch", setup_open, test_changes_watch);
  ADD ("/repository/transaction/rollback", setup_open, test_transaction_rollback);
  ADD ("/repository/transaction/nested-failure", setup_open, test_transaction_nested_failure);
  ADD ("/repository/transaction/commit-together", setup_open, test_transaction_commit_together);
  ADD ("/repository/text-verbatim", setup_open, test_text_verbatim);
  ADD ("/repository/text-limits", setup_open, test_text_limits);
  g_test_add_func ("/repository/email-rule", test_email_rule);
  ADD ("/phone/normalize", setup_empty, test_phone_normalize);
  ADD ("/phone/search-digits", setup_empty, test_phone_search_digits);
  ADD ("/phone/format-national", setup_empty, test_phone_format_national);

  ADD ("/repository/desk-log/answering-machine", setup_open, test_desk_log_answering_machine);
  ADD ("/repository/desk-log/voicemail", setup_open, test_desk_log_voicemail);
  ADD ("/repository/search/books", setup_open, test_search_books);
  ADD ("/repository/check/books-index", setup_open, test_check_books_index);
  ADD ("/repository/search/books-paging", setup_open, test_search_books_paging);
  ADD ("/repository/interactions/corrections", setup_open, test_corrections);
  ADD ("/repository/interactions/check-outcome", setup_empty, test_check_outcome);
  ADD ("/repository/schedule/load", setup_open, test_load_schedule);
  ADD ("/repository/interactions/documents", setup_open, test_interaction_documents);
  ADD ("/repository/documents/reviews", setup_open, test_document_reviews);
  ADD ("/repository/contacts/delete", setup_open, test_contacts_delete);
  ADD ("/repository/contacts/merge", setup_open, test_contacts_merge);
  ADD ("/repository/directory/delete", setup_open, test_directory_delete);
  ADD ("/repository/schedule/delete", setup_open, test_delete_schedule);
  ADD ("/repository/reasons/remove-move", setup_open, test_reasons_remove_move);
  ADD ("/repository/organisation/retention", setup_open, test_organisation_retention);
#undef ADD

  return g_test_run ();
}
