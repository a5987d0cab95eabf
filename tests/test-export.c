/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c — the books' exports for the auditor: the CSV read back
 * with the CSV reader, the PDF's pages and text through poppler's pdfinfo
 * and pdftotext, cancellation, and accueil-cli's export commands. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"
#include "acc-export-books.h"

typedef struct
{
  char          *folder;
  char          *db_path;
  AccRepository *repository;
  GDate          from;
  GDate          to;
} Fixture;

/* 15/03/2026 at 10:30, local time, plus @minutes. */
static gint64
sample_time_us (int minutes)
{
  g_autoptr(GDateTime) t = g_date_time_new_local (2026, 3, 15, 10, 30, 0);
  g_autoptr(GDateTime) s = g_date_time_add_minutes (t, minutes);

  return g_date_time_to_unix (s) * G_USEC_PER_SEC;
}

static void
insert_rows (Fixture *f,
             guint    n_calls)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; "
                                 "INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Véronique Martin', 0, 0);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO interactions (channel, started_at, ended_at, staff_id, name, "
                                       "organisation, reason, notes, outcome) "
                                       "VALUES (?1, ?2, ?3, 1, ?4, ?5, 'Facturation', ?6, ?7)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n_calls; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hélène Bénard n°%03u", i);

      sqlite3_bind_int (stmt, 1, ACC_CHANNEL_PHONE);
      sqlite3_bind_int64 (stmt, 2, sample_time_us (i));
      sqlite3_bind_int64 (stmt, 3, sample_time_us (i) + 180 * G_USEC_PER_SEC);
      sqlite3_bind_text (stmt, 4, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, "Mairie; « Centre »", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, i == 0 ? "Rappeler \"demain\"\nmatin" : NULL, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 7, i % 4);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  /* One call outside the period, one visit, one message. */
  sqlite3_bind_int (stmt, 1, ACC_CHANNEL_PHONE);
  sqlite3_bind_int64 (stmt, 2, sample_time_us (60 * 24 * 40));
  sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, "Hors période", -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 5);
  sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int (stmt, 7, 0);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  sqlite3_bind_int (stmt, 1, ACC_CHANNEL_VISIT);
  sqlite3_bind_int64 (stmt, 2, sample_time_us (5));
  sqlite3_bind_text (stmt, 4, "Zoé Visiteuse", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO messages (created_at, taken_by_id, recipient_id, source, name, reason, "
                                 "body, urgent, status, status_changed_at) "
                                 "VALUES (strftime('%s', '2026-03-16 09:00:00') * 1000000, 1, 1, 0, 'Gérard Thébault', "
                                 "'Devis', 'À rappeler ; urgent', 1, 3, 0); COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("accueil-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->folder, "accueil.db", NULL);
  f->repository = acc_repository_open (f->db_path, &error);
  g_assert_no_error (error);
  g_date_clear (&f->from, 1);
  g_date_clear (&f->to, 1);
  g_date_set_dmy (&f->from, 1, 3, 2026);
  g_date_set_dmy (&f->to, 31, 3, 2026);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->repository);
  dir = g_dir_open (f->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->folder);
  g_free (f->db_path);
  g_free (f->folder);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return out;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
pdf_page_text (const char *path,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };

  return run (argv);
}

static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "appels.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccCsvReader) reader = NULL;
  const char * const *fields;
  const char * const *headers;
  guint n_fields, n_columns, rows = 0;
  gsize length;

  insert_rows (f, 10);
  g_assert_true (acc_export_book (f->repository, ACC_BOOK_CALLS, &f->from, &f->to, ACC_EXPORT_FORMAT_CSV,
                                  path, NULL, NULL, NULL, &n_fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_fields, ==, 10);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  /* A BOM, so that Excel reads UTF-8. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  bytes = g_bytes_new (contents, length);
  reader = acc_csv_reader_new_for_bytes (bytes);

  headers = acc_book_get_headers (ACC_BOOK_CALLS, &n_columns);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_fields, ==, n_columns);
  for (guint i = 0; i < n_columns; i++)
    g_assert_cmpstr (fields[i], ==, headers[i]);
  g_assert_cmpint (acc_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpint (acc_csv_reader_get_encoding (reader), ==, ACC_CSV_ENCODING_UTF8_BOM);

  while (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, &error))
    {
      g_autofree char *name = g_strdup_printf ("Hélène Bénard n°%03u", rows);
      g_autofree char *date = NULL;
      g_autoptr(GDateTime) t = g_date_time_new_local (2026, 3, 15, 10, 30 + rows, 0);

      date = g_date_time_format (t, "%d/%m/%Y %H:%M");
      g_assert_cmpuint (n_fields, ==, n_columns);
      g_assert_cmpstr (fields[0], ==, date);
      g_assert_true (g_regex_match_simple ("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$", fields[0], 0, 0));
      g_assert_cmpstr (fields[2], ==, "Véronique Martin");
      g_assert_cmpstr (fields[3], ==, name);
      g_assert_cmpstr (fields[4], ==, "Mairie; « Centre »");
      g_assert_cmpstr (fields[7], ==, acc_outcome_label_for_channel (rows % 4, ACC_CHANNEL_PHONE));
      if (rows == 0)
        g_assert_cmpstr (fields[9], ==, "Rappeler \"demain\"\nmatin");
      rows++;
    }
  g_assert_no_error (error);
  /* The call outside the period and the visit are not in the calls book. */
  g_assert_cmpuint (rows, ==, 10);
}

static void
test_csv_messages (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "messages.csv", NULL);
  g_autofree char *contents = NULL;
  guint n_rows = 0;

  insert_rows (f, 3);
  g_assert_true (acc_export_book (f->repository, ACC_BOOK_MESSAGES, &f->from, &f->to, ACC_EXPORT_FORMAT_CSV,
                                  path, NULL, NULL, NULL, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Gérard Thébault"));
  g_assert_nonnull (strstr (contents, "\"À rappeler ; urgent\""));
  g_assert_nonnull (strstr (contents, acc_message_status_label (ACC_MESSAGE_STATUS_DONE)));

  g_clear_pointer (&contents, g_free);
  g_assert_true (acc_export_book (f->repository, ACC_BOOK_VISITS, &f->from, &f->to, ACC_EXPORT_FORMAT_CSV,
                                  path, NULL, NULL, NULL, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Zoé Visiteuse"));
}

/* A UTC time, in unix microseconds. */
static gint64
utc_us (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GDateTime) t = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (t) * G_USEC_PER_SEC;
}

/* The export writes its dates without a GDateTime per row: the nights the
 * clocks change (the tests run in Europe/Paris) read as a person's watch. */
static void
test_csv_daylight_saving (Fixture       *f,
                          gconstpointer  data)
{
  const struct
  {
    gint64      started_us;
    gint64      ended_us;
    const char *date;
    const char *end;
  } calls[] = {
    /* 29 March: 02:00 CET is 03:00 CEST. */
    { utc_us (2026, 3, 29, 0, 30), utc_us (2026, 3, 29, 1, 15), "29/03/2026 01:30", "03:15" },
    { utc_us (2026, 3, 29, 1, 0), 0, "29/03/2026 03:00", "" },
    /* 25 October: 03:00 CEST is 02:00 CET, the half hour is seen twice. */
    { utc_us (2026, 10, 25, 0, 30), utc_us (2026, 10, 25, 1, 30), "25/10/2026 02:30", "02:30" },
    { utc_us (2026, 10, 25, 1, 45), utc_us (2026, 10, 25, 2, 5), "25/10/2026 02:45", "03:05" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "appels.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(AccCsvReader) reader = NULL;
  const char * const *fields;
  guint n_fields, rows = 0;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO interactions (channel, started_at, ended_at, name, reason, outcome) "
                                       "VALUES (?1, ?2, ?3, 'Clément Durand', 'Devis', 0)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      sqlite3_bind_int (stmt, 1, ACC_CHANNEL_PHONE);
      sqlite3_bind_int64 (stmt, 2, calls[i].started_us);
      if (calls[i].ended_us > 0)
        sqlite3_bind_int64 (stmt, 3, calls[i].ended_us);
      else
        sqlite3_bind_null (stmt, 3);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_date_set_dmy (&f->to, 31, 10, 2026);
  g_assert_true (acc_export_book (f->repository, ACC_BOOK_CALLS, &f->from, &f->to, ACC_EXPORT_FORMAT_CSV,
                                  path, NULL, NULL, NULL, &n_fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (calls));

  stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  g_assert_no_error (error);
  reader = acc_csv_reader_new (stream);
  g_assert_true (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, &error));   /* headers */
  while (acc_csv_reader_next_row (reader, &fields, &n_fields, NULL, &error))
    {
      g_assert_cmpuint (rows, <, G_N_ELEMENTS (calls));
      g_assert_cmpstr (fields[0], ==, calls[rows].date);
      g_assert_cmpstr (fields[1], ==, calls[rows].end);
      g_assert_cmpstr (fields[3], ==, "Clément Durand");
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, G_N_ELEMENTS (calls));
}

/* acc_book_format_time_in() writes what GDateTime would, in zones with
 * summer time, half and three-quarter hours, west of Greenwich (where the
 * first hours of 1970 are in 1969), and at the end of what GDateTime holds. */
static void
test_time_zones (void)
{
  const char *zones[] = {
    "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "UTC",
  };
  const gint64 max_s = G_GINT64_CONSTANT (253402300799);   /* 9999-12-31 23:59:59 UTC */
  const gint64 edges_s[] = { 1, 59, 3600, 86399, 86400, max_s - 86400, max_s - 3600, max_s, max_s + 1 };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[z]);
      guint checked = 0;

      g_assert_nonnull (tz);
      for (guint e = 0; e < G_N_ELEMENTS (edges_s) + 300000; e++)
        {
          /* The edges, then a step just over two hours from 1970 to 2040:
           * every minute of the hour, every season, every transition's
           * neighbourhood over the years. */
          gint64 s = e < G_N_ELEMENTS (edges_s) ? edges_s[e] : 7 + (gint64) (e - G_N_ELEMENTS (edges_s)) * 7423;
          g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (s);
          g_autoptr(GDateTime) there = utc != NULL ? g_date_time_to_timezone (utc, tz) : NULL;
          g_autofree char *expected = there != NULL ? g_date_time_format (there, "%d/%m/%Y %H:%M") : g_strdup ("");
          char buf[ACC_BOOK_TIME_SIZE];

          g_assert_cmpstr (acc_book_format_time_in (tz, s * G_USEC_PER_SEC + 999999, buf), ==, expected);
          checked++;
        }
      g_assert_cmpuint (checked, >, 300000);
    }
  {
    g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
    char buf[ACC_BOOK_TIME_SIZE];

    g_assert_cmpstr (acc_book_format_time_in (paris, 0, buf), ==, "");
    g_assert_cmpstr (acc_book_format_time_in (paris, -G_USEC_PER_SEC, buf), ==, "");
  }
}

static void
test_pdf_pages (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "appels.pdf", NULL);
  /* 32 rows a page on A4 landscape: 70 rows take 3 pages. */
  const guint n_rows = 70, n_pages = 3;
  guint written = 0;

  insert_rows (f, n_rows);
  g_assert_true (acc_export_book (f->repository, ACC_BOOK_CALLS, &f->from, &f->to, ACC_EXPORT_FORMAT_PDF,
                                  path, NULL, NULL, NULL, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, n_rows);
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_page_text (path, page);
      g_autofree char *footer = g_strdup_printf ("page %u / %u", page, n_pages);

      g_test_message ("page %u:\n%s", page, text);
      /* The title, the period and the headers on every page. */
      g_assert_nonnull (strstr (text, "From 01/03/2026 to 31/03/2026"));
      g_assert_nonnull (strstr (text, "Staff member"));
      g_assert_nonnull (strstr (text, "Outcome"));
      g_assert_nonnull (strstr (text, footer));
    }
  {
    g_autofree char *first = pdf_page_text (path, 1);
    g_autofree char *last = pdf_page_text (path, n_pages);

    g_assert_nonnull (strstr (first, "Hélène Bénard n°000"));
    g_assert_nonnull (strstr (last, "Hélène Bénard n°069"));
    g_assert_null (strstr (first, "Hélène Bénard n°069"));
  }
}

static void
test_pdf_empty (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "vide.pdf", NULL);

  g_assert_true (acc_export_book (f->repository, ACC_BOOK_VISITS, &f->from, &f->to, ACC_EXPORT_FORMAT_PDF,
                                  path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  for (AccExportFormat format = ACC_EXPORT_FORMAT_CSV; format <= ACC_EXPORT_FORMAT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *path = g_build_filename (f->folder, "annule", NULL);
      g_autofree char *partial = g_strconcat (path, ".part", NULL);

      if (format == ACC_EXPORT_FORMAT_CSV)
        insert_rows (f, 600);
      g_assert_false (acc_export_book (f->repository, ACC_BOOK_CALLS, &f->from, &f->to, format, path,
                                       cancellable, cancel_on_progress, cancellable, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
    }
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
  guint      progress_calls;
} AsyncResult;

static void
count_progress (double   fraction,
                gpointer user_data)
{
  ((AsyncResult *) user_data)->progress_calls++;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = acc_export_book_finish (ACC_REPOSITORY (source), result, NULL, &r->error);
  g_main_loop_quit (r->loop);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->folder, "async.pdf", NULL);
  AsyncResult r = { g_main_loop_new (NULL, FALSE), FALSE, NULL, 0 };

  insert_rows (f, 40);
  acc_export_book_async (f->repository, ACC_BOOK_CALLS, &f->from, &f->to, ACC_EXPORT_FORMAT_PDF, path,
                         NULL, count_progress, &r, on_exported, &r);
  g_main_loop_run (r.loop);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpuint (r.progress_calls, >=, 2);
  g_assert_cmpuint (pdf_pages (path), ==, 2);
  g_main_loop_unref (r.loop);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("ACCUEIL_CLI_BIN");
  g_autofree char *csv = g_build_filename (f->folder, "cli.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->folder, "cli.pdf", NULL);
  g_autofree char *contacts = g_build_filename (f->folder, "contacts.csv", NULL);
  g_autofree char *contents = NULL;

  if (cli == NULL)
    {
      g_test_skip ("ACCUEIL_CLI_BIN is not set");
      return;
    }
  insert_rows (f, 40);
  {
    const char *argv[] = { cli, "--database", f->db_path, "export", "calls", "--from", "2026-03-01",
                           "--to", "31/03/2026", "--format", "csv", "--output", csv, NULL };
    g_free (run (argv));
  }
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "15/03/2026 10:30;"));
  g_assert_nonnull (strstr (contents, "Hélène Bénard n°039"));
  {
    const char *argv[] = { cli, "--database", f->db_path, "export", "visits", "--from", "2026-03-01",
                           "--to", "2026-03-31", "--format", "pdf", "--output", pdf, NULL };
    g_free (run (argv));
  }
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  {
    const char *argv[] = { cli, "--database", f->db_path, "export", "messages", "--from", "2026-03-01",
                           "--to", "2026-03-31", "--format", "pdf", "--output", pdf, NULL };
    g_autofree char *text = NULL;

    g_free (run (argv));
    text = pdf_page_text (pdf, 1);
    g_assert_nonnull (strstr (text, "Gérard Thébault"));
    g_assert_nonnull (strstr (text, "page 1 / 1"));
  }
  {
    /* The older exports still work. */
    const char *argv[] = { cli, "--database", f->db_path, "export", "contacts", "--output", contacts, NULL };

    g_free (run (argv));
    g_assert_true (g_file_test (contacts, G_FILE_TEST_EXISTS));
  }
  {
    /* A bad date is refused. */
    const char *argv[] = { cli, "--database", f->db_path, "export", "calls", "--from", "31/02/2026",
                           "--to", "2026-03-31", "--output", csv, NULL };
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/csv/round-trip", test_csv_round_trip);
  ADD ("/export/csv/messages-and-visits", test_csv_messages);
  ADD ("/export/csv/daylight-saving", test_csv_daylight_saving);
  ADD ("/export/pdf/pages", test_pdf_pages);
  ADD ("/export/pdf/empty", test_pdf_empty);
  ADD ("/export/cancel", test_cancel);
  ADD ("/export/async", test_async);
  ADD ("/export/cli", test_cli);
#undef ADD
  g_test_add_func ("/export/time/zones", test_time_zones);
  return g_test_run ();
}
