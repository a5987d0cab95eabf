/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-privacy.c — personal data (RGPD) and the procedure document: a purge
 * keeps what the indicators count and removes the names, those of old
 * forms left in progress (drafts) too; a dry run changes nothing; erasure
 * removes a person everywhere and is logged, as is an export; the
 * procedure texts are stored; the procedure PDF has two or three pages
 * with the organisation's name, real slots and supervisors (poppler's
 * pdfinfo and pdftotext read it back). */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "acc-core.h"
#include "acc-procedure-pdf.h"

#define OLD_NAME "Zéphyrin Vieuxnom"

typedef struct
{
  char *dir;
  char *path;
  AccRepository *repo;
  sqlite3 *db;    /* a second connection, to look at the tables directly */
} Fixture;

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (f->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const AccDemoSizes sizes = ACC_DEMO_SIZES_DEFAULT;
  g_autofree char *sql = NULL;
  gint64 old = g_get_real_time () - (gint64) 40 * 31 * 24 * 3600 * G_USEC_PER_SEC;

  f->dir = g_dir_make_tmp ("accueil-privacy-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (acc_demo_fill (f->repo, &sizes, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &f->db), ==, SQLITE_OK);
  sqlite3_busy_timeout (f->db, 5000);

  /* A prospect last seen over three years ago: a call, a visit and a message. */
  sql = g_strdup_printf (
    "INSERT INTO contacts (id, name, phone, phone_digits, email, kind, notes, created_at, updated_at) "
    "VALUES (9001, '" OLD_NAME "', '+33612345678', '612345678', 'zephyrin@example.org', 1, "
    "'Ami de " OLD_NAME "', %1$" G_GINT64_FORMAT ", %1$" G_GINT64_FORMAT ");"
    "INSERT INTO interactions (id, channel, started_at, ended_at, staff_id, contact_id, name, phone, email, "
    "reason, notes, outcome, checklist) VALUES "
    "(9001, 0, %1$" G_GINT64_FORMAT ", %1$" G_GINT64_FORMAT ", (SELECT min(id) FROM staff), 9001, '" OLD_NAME "', "
    "'+33612345678', 'zephyrin@example.org', 'Devis', 'Rappeler " OLD_NAME " demain', 3, 15),"
    "(9002, 1, %1$" G_GINT64_FORMAT ", NULL, (SELECT min(id) FROM staff), 9001, '" OLD_NAME "', NULL, NULL, "
    "'Information', NULL, 0, 7);"
    "INSERT INTO messages (id, created_at, taken_by_id, recipient_id, source, interaction_id, contact_id, name, "
    "phone, reason, body, status, status_changed_at, due_at) VALUES "
    "(9001, %1$" G_GINT64_FORMAT ", (SELECT min(id) FROM staff), (SELECT max(id) FROM staff), 0, 9001, 9001, "
    "'" OLD_NAME "', '+33612345678', 'Devis', 'Message de " OLD_NAME "', 3, %1$" G_GINT64_FORMAT ", %1$" G_GINT64_FORMAT ");"
    "INSERT INTO message_events (message_id, at, status, note) VALUES (9001, %1$" G_GINT64_FORMAT ", 3, "
    "'Rappelé " OLD_NAME "');"
    /* A call form left in progress as long ago, the caller's name typed. */
    "INSERT INTO drafts (kind, owner_id, format, fields, updated_at) VALUES "
    "(0, 0, 1, '{''name'': <''" OLD_NAME "''>, ''phone'': <''06 12 34 56 78''>}', %1$" G_GINT64_FORMAT ");",
    old);
  exec_sql (f, sql);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  sqlite3_close (f->db);
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

/* What the indicators count, as one text: per channel, day and outcome,
 * the checklists, staff and reasons; per message day and status, the due
 * and handled times. */
static char *
indicator_counts (Fixture *f)
{
  return query_text (f,
    "SELECT group_concat(line, '|') FROM ("
    " SELECT channel || ';' || date(started_at / 1000000, 'unixepoch') || ';' || outcome || ';' || count(*)"
    "   || ';' || sum(checklist) || ';' || group_concat(coalesce(staff_id, 0)) || ';' || group_concat(coalesce(reason, ''))"
    "   AS line FROM interactions GROUP BY channel, date(started_at / 1000000, 'unixepoch'), outcome"
    " UNION ALL"
    " SELECT 'm;' || date(created_at / 1000000, 'unixepoch') || ';' || status || ';' || count(*)"
    "   || ';' || sum(coalesce(due_at, 0)) || ';' || sum(status_changed_at) || ';' || sum(urgent)"
    "   FROM messages GROUP BY date(created_at / 1000000, 'unixepoch'), status"
    " UNION ALL"
    " SELECT 'e;' || count(*) || ';' || sum(at) FROM message_events"
    " ORDER BY 1)");
}

/* Every row of every text column that holds @text, the FTS tables and
 * their shadow tables aside (searched with MATCH instead): those named
 * "…_fts…", not any name with "fts" in it, such as "drafts". */
static gint64
count_everywhere (Fixture    *f,
                  const char *text)
{
  sqlite3_stmt *tables = NULL;
  gint64 total = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db,
                                       "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                       "WHERE m.type = 'table' AND instr(m.name, '_fts') = 0 "
                                       "AND m.name NOT LIKE 'sqlite_%'",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE CAST(\"%s\" AS TEXT) LIKE '%%%s%%'",
                                              sqlite3_column_text (tables, 0),
                                              sqlite3_column_text (tables, 1), text);
      total += query_int (f, sql);
    }
  sqlite3_finalize (tables);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count(*) FROM interactions_fts WHERE interactions_fts MATCH '\"%1$s\"')"
                                            " + (SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '\"%1$s\"')"
                                            " + (SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '\"%1$s\"')",
                                            text);
    total += query_int (f, sql);
  }
  return total;
}

static char *
table_dump (Fixture *f)
{
  return query_text (f,
    "SELECT (SELECT group_concat(id || name || coalesce(phone, '') || coalesce(notes, ''), ',') FROM interactions)"
    " || (SELECT group_concat(id || name || coalesce(body, ''), ',') FROM messages)"
    " || (SELECT group_concat(id || name, ',') FROM contacts)"
    " || (SELECT count(*) FROM privacy_log)");
}

static void
test_purge_dry_run (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = table_dump (f);
  g_autofree char *after = NULL;
  AccPurgeCounts counts;

  g_assert_true (acc_repository_purge_preview (f->repo, 36, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.calls, ==, 1);
  g_assert_cmpuint (counts.visits, ==, 1);
  g_assert_cmpuint (counts.messages, ==, 1);
  g_assert_cmpuint (counts.contacts, ==, 1);
  g_assert_true (acc_repository_purge_preview (f->repo, 3, &counts, &error));
  g_assert_cmpuint (counts.calls, >, 1);

  after = table_dump (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_purge_keeps_counts (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counts_before = indicator_counts (f);
  g_autofree char *counts_after = NULL;
  g_autofree char *kept_name = NULL;
  AccPurgeCounts preview, done;
  gint64 anonymised;

  g_assert_cmpint (count_everywhere (f, "Vieuxnom"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM drafts WHERE fields LIKE '%Vieuxnom%'"), ==, 1);

  /* A form in progress today: kept. */
  {
    g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);

    g_variant_dict_insert (dict, "name", "s", "Aurélie Encours");
    g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_VISIT, 0, g_variant_dict_end (dict), &error));
    g_assert_no_error (error);
  }

  /* Three months: most of the demo's six months goes. */
  g_assert_true (acc_repository_purge_preview (f->repo, 3, &preview, &error));
  g_assert_true (acc_repository_purge (f->repo, 3, &done, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&preview, sizeof preview, &done, sizeof done);
  g_assert_cmpuint (done.calls, >, 1);

  counts_after = indicator_counts (f);
  g_assert_cmpstr (counts_before, ==, counts_after);

  g_assert_cmpint (count_everywhere (f, "Vieuxnom"), ==, 0);
  g_assert_cmpint (count_everywhere (f, "zephyrin"), ==, 0);
  g_assert_cmpint (count_everywhere (f, "612345678"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM contacts WHERE id = 9001"), ==, 0);

  anonymised = query_int (f, "SELECT count(*) FROM interactions WHERE name = '—'");
  g_assert_cmpint (anonymised, ==, done.calls + done.visits);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM interactions WHERE name = '—' AND "
                                 "(phone IS NOT NULL OR notes IS NOT NULL OR contact_id IS NOT NULL)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE name = '—' AND "
                                 "(phone IS NOT NULL OR body IS NOT NULL OR contact_id IS NOT NULL)"), ==, 0);
  /* Recent rows keep their names. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM interactions WHERE name <> '—'"), >, 0);
  kept_name = query_text (f, "SELECT name FROM interactions WHERE name <> '—' LIMIT 1");
  g_assert_nonnull (kept_name);
  g_assert_cmpint (count_everywhere (f, "Encours"), ==, 1);

  g_assert_cmpint (acc_repository_count_privacy_log (f->repo, ACC_PRIVACY_PURGE, &error), ==, 1);

  /* Nothing left to do a second time. */
  g_assert_true (acc_repository_purge_preview (f->repo, 3, &preview, &error));
  g_assert_cmpuint (preview.calls + preview.visits + preview.messages + preview.contacts, ==, 0);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  AccPurgeCounts counts;
  GError *error;
} PurgeWait;

static void
on_preview_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PurgeWait *wait = user_data;

  wait->ok = acc_repository_purge_preview_finish (ACC_REPOSITORY (source), result, &wait->counts, &wait->error);
  wait->done = TRUE;
}

static void
on_purge_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PurgeWait *wait = user_data;

  wait->ok = acc_repository_purge_finish (ACC_REPOSITORY (source), result, &wait->counts, &wait->error);
  wait->done = TRUE;
}

static void
count_changed (AccRepository  *repository,
               AccChangeFlags  flags,
               guint          *n)
{
  (*n)++;
}

/* The purge as the window runs it, on a worker: a stopped one changes
 * nothing; a finished one does what the synchronous one does, and the
 * window's connection is told at once. */
static void
test_purge_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GCancellable) stopped = g_cancellable_new ();
  g_autofree char *before = table_dump (f);
  g_autofree char *after = NULL;
  PurgeWait preview = { 0 };
  PurgeWait cancelled = { 0 };
  PurgeWait purge = { 0 };
  guint n_changed = 0;

  acc_repository_purge_preview_async (f->repo, 3, NULL, on_preview_done, &preview);
  while (!preview.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (preview.error);
  g_assert_true (preview.ok);
  g_assert_cmpuint (preview.counts.calls, >, 1);

  g_cancellable_cancel (stopped);
  acc_repository_purge_async (f->repo, 3, stopped, on_purge_done, &cancelled);
  while (!cancelled.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (cancelled.ok);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&cancelled.error);
  after = table_dump (f);
  g_assert_cmpstr (before, ==, after);

  g_signal_connect (f->repo, "changed", G_CALLBACK (count_changed), &n_changed);
  acc_repository_purge_async (f->repo, 3, NULL, on_purge_done, &purge);
  while (!purge.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (purge.error);
  g_assert_true (purge.ok);
  g_assert_cmpmem (&preview.counts, sizeof preview.counts, &purge.counts, sizeof purge.counts);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (count_everywhere (f, "Vieuxnom"), ==, 0);
  g_assert_cmpint (acc_repository_count_privacy_log (f->repo, ACC_PRIVACY_PURGE, NULL), ==, 1);
}

static void
test_export_and_erase (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *json = NULL;
  g_autofree char *export_path = g_build_filename (f->dir, "person.json", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *counts_before = indicator_counts (f);
  g_autofree char *counts_after = NULL;
  GStatBuf st;
  gint64 contact_id;
  guint n_rows = 0;

  contact_id = query_int (f, "SELECT contact_id FROM interactions WHERE contact_id IS NOT NULL "
                             "GROUP BY contact_id ORDER BY count(*) DESC, contact_id LIMIT 1");
  sql = g_strdup_printf ("SELECT name FROM contacts WHERE id = %" G_GINT64_FORMAT, contact_id);
  name = query_text (f, sql);
  g_assert_nonnull (name);

  json = acc_repository_export_person (f->repo, contact_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, name));
  g_assert_nonnull (strstr (json, "\"interactions\": ["));
  g_assert_true (acc_repository_export_person_to_file (f->repo, contact_id, export_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (export_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (acc_repository_count_privacy_log (f->repo, ACC_PRIVACY_EXPORT, &error), ==, 2);

  /* A call with them being typed, linked to their contact. */
  {
    g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);

    g_variant_dict_insert (dict, "name", "s", name);
    g_variant_dict_insert (dict, "contact", "x", contact_id);
    g_assert_true (acc_repository_save_draft (f->repo, ACC_DRAFT_CALL, 0, g_variant_dict_end (dict), &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM drafts WHERE contact_id IS NOT NULL"), ==, 1);
  }

  g_assert_true (acc_repository_erase_person (f->repo, contact_id, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpint (count_everywhere (f, name), ==, 0);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM privacy_log WHERE action = 2 AND contact_id = %" G_GINT64_FORMAT,
                         contact_id);
  g_assert_cmpint (query_int (f, sql), ==, 1);
  counts_after = indicator_counts (f);
  g_assert_cmpstr (counts_before, ==, counts_after);

  /* Gone: neither exported nor erased again. */
  g_assert_null (acc_repository_export_person (f->repo, contact_id, &error));
  g_assert_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND);
}

static void
test_procedure_texts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;

  g_assert_null (acc_repository_get_procedure_text (f->repo, "phone.answer", &error));
  g_assert_no_error (error);
  g_assert_true (acc_repository_set_procedure_text (f->repo, "phone.answer", "  Décrocher avant trois sonneries  ", &error));
  text = acc_repository_get_procedure_text (f->repo, "phone.answer", &error);
  g_assert_cmpstr (text, ==, "Décrocher avant trois sonneries");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM settings WHERE key = 'procedure.phone.answer'"), ==, 1);
  /* The organisation's settings are another thing. */
  organisation = acc_repository_load_organisation (f->repo, &error);
  g_assert_nonnull (organisation);
  g_assert_true (acc_repository_set_procedure_text (f->repo, "phone.answer", "", &error));
  g_clear_pointer (&text, g_free);
  text = acc_repository_get_procedure_text (f->repo, "phone.answer", &error);
  g_assert_null (text);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext breaks lines, hyphenated names too: compare without spaces. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
assert_pdf_holds (const char *squeezed,
                  const char *needle)
{
  g_autofree char *wanted = squeeze (needle);

  if (strstr (squeezed, wanted) == NULL)
    g_error ("The PDF's text lacks “%s”", needle);
}

static void
test_procedure_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccProcedure) procedure = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "procedure.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  guint n_pages, n_supervisors = 0;
  gint64 pages_line;

  /* poppler-utils is installed by build-aux/dev: its absence is a broken
   * set-up, not a reason to skip. */
  {
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_assert_nonnull (pdftotext);
  }

  g_assert_true (acc_repository_set_procedure_text (f->repo, "visit.visits",
                                                    "Accueillir chaque visiteur dans la minute\n"
                                                    "Proposer un café\nHoraires : {opening_hours}", &error));
  procedure = acc_procedure_new_from_repository (f->repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (acc_procedure_get_n_tasks (procedure), >=, 9);
  n_pages = acc_procedure_write_pdf (procedure, pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, 3);

  info = run_tool (info_argv);
  {
    const char *pages = strstr (info, "Pages:");
    g_assert_nonnull (pages);
    pages_line = g_ascii_strtoll (pages + strlen ("Pages:"), NULL, 10);
    g_assert_cmpint (pages_line, ==, n_pages);
  }
  text = run_tool (text_argv);
  g_test_message ("pdftotext:\n%s", text);
  squeezed = squeeze (text);

  organisation = acc_repository_load_organisation (f->repo, &error);
  assert_pdf_holds (squeezed, acc_organisation_get_name (organisation));
  assert_pdf_holds (squeezed, "Accueillir chaque visiteur dans la minute");

  slots = acc_repository_list_schedule (f->repo, ACC_SCHEDULE_PHONE_SLOT, &error);
  g_assert_cmpuint (g_list_model_get_n_items (slots), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(AccScheduleRange) range = g_list_model_get_item (slots, i);
      guint start = acc_schedule_range_get_start_minute (range);
      guint end = acc_schedule_range_get_end_minute (range);
      g_autofree char *slot = g_strdup_printf ("%u:%02u–%u:%02u", start / 60, start % 60, end / 60, end % 60);

      assert_pdf_holds (squeezed, slot);
    }

  staff = acc_repository_list_staff (f->repo, TRUE, &error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);

      if (acc_staff_member_get_role (member) != ACC_ROLE_SUPERVISOR)
        continue;
      assert_pdf_holds (squeezed, acc_staff_member_get_name (member));
      n_supervisors++;
    }
  g_assert_cmpuint (n_supervisors, >, 0);
  assert_pdf_holds (squeezed, "Updated on");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/privacy/purge/dry-run", Fixture, NULL, setup, test_purge_dry_run, teardown);
  g_test_add ("/privacy/purge/keeps-counts", Fixture, NULL, setup, test_purge_keeps_counts, teardown);
  g_test_add ("/privacy/purge/async", Fixture, NULL, setup, test_purge_async, teardown);
  g_test_add ("/privacy/person/export-and-erase", Fixture, NULL, setup, test_export_and_erase, teardown);
  g_test_add ("/privacy/procedure/texts", Fixture, NULL, setup, test_procedure_texts, teardown);
  g_test_add ("/privacy/procedure/pdf", Fixture, NULL, setup, test_procedure_pdf, teardown);

  return g_test_run ();
}
