/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-checkpoint.c — the WAL's checkpoints (issue 8): the saves reach the
 * database file through a worker thread once they pause, the WAL stays
 * bounded when they never pause, and closing loses nothing.
 *
 * The thresholds are lowered (_acc_repository_set_checkpoint_pages()) so
 * that a few dozen saves cross them; what is checked is where the saved rows
 * are, read through plain SQLite, never how long anything took.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"
#include "acc-repository-private.h"

typedef struct
{
  char *folder;
  char *path;
  char *wal_path;
  AccRepository *repo;
  gint64 recipient_id;
  guint n_saved;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) member = acc_staff_member_new ("Véronique Martin", ACC_ROLE_SUPERVISOR);

  f->folder = g_dir_make_tmp ("accueil-checkpoint-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->folder, "accueil.db", NULL);
  f->wal_path = g_strconcat (f->path, "-wal", NULL);
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (acc_repository_save_staff (f->repo, member, &error));
  g_assert_no_error (error);
  f->recipient_id = acc_staff_member_get_id (member);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  GDir *dir;
  const char *name;

  g_clear_object (&f->repo);
  dir = g_dir_open (f->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_free (f->wal_path);
}

/* As the call form saves a call that ends with a message. */
static void
save_call (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  g_autoptr(AccMessage) message = acc_message_new ();
  g_autofree char *name = g_strdup_printf ("Appelant %u", f->n_saved);

  acc_interaction_set_name (call, name);
  acc_interaction_set_phone (call, "+33612345678");
  acc_interaction_set_reason (call, "Demande de rappel");
  acc_interaction_set_outcome (call, ACC_OUTCOME_MESSAGE);
  acc_message_set_recipient_id (message, f->recipient_id);
  acc_message_set_name (message, name);
  acc_message_set_reason (message, "Demande de rappel");
  acc_message_set_body (message, "Merci de rappeler avant 17 h.");
  g_assert_true (acc_repository_save_interaction (f->repo, call, message, &error));
  g_assert_no_error (error);
  f->n_saved++;
}

static gint64
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (gint64) buf.st_size : 0;
}

/* The pages in the WAL file, whether copied back already or not: the WAL
 * is rewritten from its start after a full checkpoint, never shrunk, so
 * its size is the most it ever held. */
static gint64
wal_pages (Fixture *f)
{
  gint64 size = file_size (f->wal_path);

  return size > 32 ? (size - 32) / (4096 + 24) : 0;
}

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* What the database file holds by itself, without its WAL: a copy of the
 * file alone, opened where no WAL lies beside it. */
static gint64
count_in_file_alone (Fixture    *f,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->folder, "alone.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 n;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (copy, contents, length, &error));
  g_assert_no_error (error);
  n = count (copy, sql);
  g_unlink (copy);
  return n;
}

static void
test_background (Fixture       *f,
                 gconstpointer  data)
{
  guint n_background = 0, n_inline = 0;
  GThread *last_thread = NULL;

  /* No limit within reach: only the worker checkpoints. */
  _acc_repository_set_checkpoint_pages (f->repo, 100, G_MAXINT);
  while (wal_pages (f) < 100)
    {
      g_assert_cmpuint (f->n_saved, <, 2000);
      save_call (f);
    }

  _acc_repository_wait_checkpoints (f->repo);
  _acc_repository_get_checkpoints (f->repo, &n_background, &n_inline, &last_thread);
  g_assert_cmpuint (n_background, >=, 1);
  g_assert_cmpuint (n_inline, ==, 0);
  g_assert_nonnull (last_thread);
  g_assert_true (last_thread != g_thread_self ());

  /* Every call and message saved is in the database file itself now. */
  g_assert_cmpint (count_in_file_alone (f, "SELECT count(*) FROM interactions"), ==, f->n_saved);
  g_assert_cmpint (count_in_file_alone (f, "SELECT count(*) FROM messages"), ==, f->n_saved);

  /* And the WAL starts over instead of growing: two more saves (less than
   * 100 pages) are written over its beginning. */
  {
    gint64 before = wal_pages (f);

    save_call (f);
    save_call (f);
    g_assert_cmpint (wal_pages (f), ==, before);
  }
}

static void
test_bounded (Fixture       *f,
              gconstpointer  data)
{
  guint n_background = 0, n_inline = 0;
  GThread *last_thread = NULL;
  gint64 most = 0;

  /* The worker never asked: saves that never pause. */
  _acc_repository_set_checkpoint_pages (f->repo, 150, 150);
  for (guint i = 0; i < 300; i++)
    {
      save_call (f);
      most = MAX (most, wal_pages (f));
    }

  _acc_repository_get_checkpoints (f->repo, &n_background, &n_inline, &last_thread);
  g_assert_cmpuint (n_inline, >=, 2);
  g_assert_true (last_thread == g_thread_self ());
  /* The limit, plus the save that crossed it and the next one, which
   * starts the WAL over. */
  g_assert_cmpint (most, >, 150);
  g_assert_cmpint (most, <, 150 + 2 * 64);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM interactions"), ==, f->n_saved);
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < 20; i++)
    save_call (f);
  g_assert_cmpint (wal_pages (f), >, 0);

  /* The last connection closed: the WAL is copied back and removed. */
  g_clear_object (&f->repo);
  g_assert_false (g_file_test (f->wal_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM interactions"), ==, f->n_saved);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM messages"), ==, f->n_saved);
}

static void
test_close_shared (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  /* Another program (accueil-cli, another window) has the file open. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &other, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "SELECT count(*) FROM staff", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < 20; i++)
    save_call (f);

  g_clear_object (&f->repo);

  /* Not the last one: the WAL stays, but what it held is in the file. */
  g_assert_true (g_file_test (f->wal_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_in_file_alone (f, "SELECT count(*) FROM interactions"), ==, f->n_saved);
  g_assert_cmpint (count_in_file_alone (f, "SELECT count(*) FROM messages"), ==, f->n_saved);
  sqlite3_close (other);

  /* And it opens again with everything. */
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM messages"), ==, f->n_saved);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/checkpoint/background", Fixture, NULL, setup, test_background, teardown);
  g_test_add ("/checkpoint/bounded", Fixture, NULL, setup, test_bounded, teardown);
  g_test_add ("/checkpoint/close", Fixture, NULL, setup, test_close, teardown);
  g_test_add ("/checkpoint/close-shared", Fixture, NULL, setup, test_close_shared, teardown);

  return g_test_run ();
}
