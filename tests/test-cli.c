/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c — the real accueil-cli binary (ACCUEIL_CLI_BIN), run on a
 * temporary database per test: its exit codes, its error sentences, and
 * what `list` gives back of what `add` and `demo` wrote, in JSON and CSV.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

typedef struct
{
  char *folder;
  char *database;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (g_getenv ("ACCUEIL_CLI_BIN") == NULL)
    {
      g_test_skip ("ACCUEIL_CLI_BIN is not set");
      return;
    }
  fixture->folder = g_dir_make_tmp ("accueil-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database = g_build_filename (fixture->folder, "test.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GDir *dir;
  const char *name;

  if (fixture->folder == NULL)
    return;
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_pointer (&fixture->database, g_free);
}

/* Runs accueil-cli with @args (NULL-terminated) in the C.UTF-8 locale, so
 * that its messages are the English source strings. */
static Result
run_argv (const char *const *args,
          const char        *env_database)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  Result result = { 0, NULL, NULL };
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ACCUEIL_CLI_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "TZ", "Europe/Paris", TRUE);
  if (env_database != NULL)
    envp = g_environ_setenv (envp, "ACCUEIL_DATABASE", env_database, TRUE);
  else
    envp = g_environ_unsetenv (envp, "ACCUEIL_DATABASE");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result.out, &result.err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result.status = WEXITSTATUS (wait_status);
  return result;
}

#define run(fixture, ...) run_argv ((const char *const[]) { "--database", (fixture)->database, __VA_ARGS__, NULL }, NULL)

static void
assert_ok (const Result *result)
{
  if (result->status != 0)
    g_error ("accueil-cli failed with %d: %s", result->status, result->err);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* The id printed by `add`. */
static gint64
added_id (const Result *result)
{
  guint64 id = 0;
  g_autofree char *text = g_strstrip (g_strdup (result->out));

  assert_ok (result);
  g_assert_true (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL));
  return (gint64) id;
}

/* A CSV reader after RFC 4180: quoted fields, doubled quotes, line breaks
 * inside quotes; rows end with CRLF or LF. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;
  gboolean in_row = FALSE;

  while (*p != '\0')
    {
      if (*p == '"' && field->len == 0)
        {
          p++;
          for (;;)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          in_row = TRUE;
          continue;
        }
      if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          in_row = TRUE;
          p++;
          continue;
        }
      if (*p == '\r' || *p == '\n')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
          in_row = FALSE;
          p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
          continue;
        }
      g_string_append_c (field, *p++);
      in_row = TRUE;
    }
  if (in_row)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
    }
  return rows;
}

/* The value of @key in a CSV row, found through the header. */
static const char *
csv_value (GPtrArray  *rows,
           guint       row,
           const char *key)
{
  char **header = g_ptr_array_index (rows, 0);
  char **values = g_ptr_array_index (rows, row);

  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], key))
      {
        g_assert_cmpuint (i, <, g_strv_length (values));
        return values[i];
      }
  g_error ("no column %s", key);
  return NULL;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
add_team (Fixture *fixture)
{
  g_auto(Result) a = run (fixture, "add", "staff", "--name", "Véronique Martin", "--role", "reception");
  g_auto(Result) b = run (fixture, "add", "staff", "--name", "Hélène Dubois", "--role", "supervisor",
                          "--phone", "06 39 98 00 21", "--email", "helene.dubois@example.org");
  assert_ok (&a);
  assert_ok (&b);
}

/* demo, then check. */
static void
test_demo_then_check (Fixture       *fixture,
                      gconstpointer  data)
{
  if (fixture->folder == NULL)
    return;

  {
    g_auto(Result) demo = run (fixture, "demo");
    assert_ok (&demo);
  }
  {
    g_auto(Result) check = run (fixture, "check");
    assert_ok (&check);
    assert_contains (check.out, "Schema version:");
    assert_contains (check.out, "ok");
  }
  {
    /* Every status, and at least one supervisor. */
    g_auto(Result) messages = run (fixture, "list", "messages", "--format", "json");
    g_auto(Result) staff = run (fixture, "list", "staff", "--format", "json");
    g_auto(Result) contacts = run (fixture, "list", "contacts", "--format", "csv");

    assert_ok (&messages);
    for (guint i = 0; i < 5; i++)
      {
        static const char *const statuses[] = { "new", "read", "in-progress", "done", "forwarded" };
        g_autofree char *fragment = g_strdup_printf ("\"status\": \"%s\"", statuses[i]);
        assert_contains (messages.out, fragment);
      }
    assert_contains (staff.out, "\"role\": \"supervisor\"");
    g_assert_cmpuint (count_lines (contacts.out), ==, 60 + 1);
  }
}

/* check on a file that is not a database: an error, and the file untouched. */
static void
test_check_not_a_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GString) junk = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;

  if (fixture->folder == NULL)
    return;

  for (guint i = 0; i < 300; i++)
    g_string_append (junk, "Ceci n’est pas une base de données. ");
  g_file_set_contents (fixture->database, junk->str, junk->len, &error);
  g_assert_no_error (error);
  g_file_get_contents (fixture->database, &before, &before_length, &error);
  g_assert_no_error (error);

  {
    g_auto(Result) check = run (fixture, "check");
    g_assert_cmpint (check.status, ==, 1);
    g_assert_cmpstr (check.err, !=, "");
    g_assert_cmpuint (count_lines (check.err), ==, 1);
  }

  g_file_get_contents (fixture->database, &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_length, after, after_length);
  wal = g_strconcat (fixture->database, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* check does not create the database it was asked to look at. */
static void
test_check_missing_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Result) check = { 0 };

  if (fixture->folder == NULL)
    return;
  check = run (fixture, "check");
  g_assert_cmpint (check.status, ==, 1);
  g_assert_false (g_file_test (fixture->database, G_FILE_TEST_EXISTS));
}

static void
test_add_and_list (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 call_id, visit_id, message_id;
  g_autofree char *fragment = NULL;

  if (fixture->folder == NULL)
    return;
  add_team (fixture);

  {
    g_auto(Result) staff = run (fixture, "list", "staff", "--format", "json");
    assert_ok (&staff);
    assert_contains (staff.out, "\"name\": \"Hélène Dubois\", \"role\": \"supervisor\", "
                                "\"phone\": \"+33639980021\", \"email\": \"helene.dubois@example.org\", "
                                "\"active\": true}");
  }

  {
    g_auto(Result) call = run (fixture, "add", "call", "--name", "François Lemaître", "--organisation", "EHPAD Les Glycines",
                               "--phone", "06 12 34 56 78", "--email", "f.lemaitre@example.org",
                               "--reason", "Devis", "--staff", "Véronique Martin",
                               "--at", "2025-03-14T09:30:00Z");
    call_id = added_id (&call);
  }
  {
    g_auto(Result) calls = run (fixture, "list", "calls", "--format", "json");
    assert_ok (&calls);
    fragment = g_strdup_printf ("{\"id\": %" G_GINT64_FORMAT ", \"started_at\": \"2025-03-14T09:30:00Z\", "
                                "\"ended_at\": null, \"caller_name\": \"François Lemaître\", "
                                "\"organisation\": \"EHPAD Les Glycines\", \"phone\": \"+33612345678\", "
                                "\"email\": \"f.lemaitre@example.org\", \"reason\": \"Devis\", \"notes\": null, "
                                "\"outcome\": \"answered\", \"outcome_detail\": null, "
                                "\"agent\": \"Véronique Martin\", \"checklist\": 0", call_id);
    assert_contains (calls.out, fragment);
    g_assert_true (g_str_has_prefix (calls.out, "[\n"));
    g_assert_true (g_str_has_suffix (calls.out, "}\n]\n"));
  }

  {
    g_auto(Result) visit = run (fixture, "add", "visit", "--name", "Gaëlle Noël", "--reason", "Candidature",
                                "--outcome", "transferred", "--to", "Hélène Dubois");
    visit_id = added_id (&visit);
  }
  {
    g_auto(Result) visits = run (fixture, "list", "visits", "--format", "json");
    assert_ok (&visits);
    g_clear_pointer (&fragment, g_free);
    fragment = g_strdup_printf ("{\"id\": %" G_GINT64_FORMAT ", ", visit_id);
    assert_contains (visits.out, fragment);
    assert_contains (visits.out, "\"visitor_name\": \"Gaëlle Noël\"");
    assert_contains (visits.out, "\"outcome\": \"transferred\"");
    assert_contains (visits.out, "\"supervisor\": \"Hélène Dubois\"}");
  }

  {
    g_auto(Result) message = run (fixture, "add", "message", "--name", "Chloé Bérénice", "--phone", "+33 2 61 91 00 00",
                                  "--reason", "Réclamation", "--to", "Hélène Dubois", "--source", "voicemail",
                                  "--urgent", "--body", "Rappeler avant 17 h");
    message_id = added_id (&message);
  }
  {
    g_auto(Result) messages = run (fixture, "list", "messages", "--format", "json");
    assert_ok (&messages);
    g_clear_pointer (&fragment, g_free);
    fragment = g_strdup_printf ("{\"id\": %" G_GINT64_FORMAT ", ", message_id);
    assert_contains (messages.out, fragment);
    assert_contains (messages.out, "\"name\": \"Chloé Bérénice\", \"organisation\": null, "
                                   "\"phone\": \"+33261910000\", \"email\": null, \"reason\": \"Réclamation\", "
                                   "\"body\": \"Rappeler avant 17 h\", \"source\": \"voicemail\", "
                                   "\"status\": \"new\", \"urgent\": true, \"recipient\": \"Hélène Dubois\", "
                                   "\"taken_by\": null, \"due_at\": \"");
    assert_contains (messages.out, "\"interaction_id\": null}");
  }

  {
    /* The same lists as text and CSV. */
    g_auto(Result) text = run (fixture, "list", "calls");
    g_auto(Result) csv = run (fixture, "list", "contacts", "--format", "csv");
    assert_ok (&text);
    assert_contains (text.out, "François Lemaître");
    assert_contains (text.out, "06 12 34 56 78");
    assert_ok (&csv);
    g_assert_cmpstr (csv.out, ==, "id,name,organisation,phone,email,kind\r\n");
  }
}

/* A call whose outcome is a message, with --to, also forwards the message. */
static void
test_call_with_message (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *id_text = NULL;
  gint64 call_id;

  if (fixture->folder == NULL)
    return;
  add_team (fixture);

  {
    /* --database after the command. */
    g_auto(Result) call = run_argv ((const char *const[]) {
                                      "add", "call", "--name", "Noël Zoë", "--reason", "Facturation",
                                      "--outcome", "message", "--to", "Hélène Dubois", "--staff", "Véronique Martin",
                                      "--notes", "Facture de mars", "--database", fixture->database, NULL },
                                    NULL);
    call_id = added_id (&call);
  }
  {
    /* The database from the environment. */
    g_auto(Result) messages = run_argv ((const char *const[]) { "list", "messages", "--format", "csv", NULL },
                                        fixture->database);
    assert_ok (&messages);
    rows = parse_csv (messages.out);
  }
  g_assert_cmpuint (rows->len, ==, 2);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, call_id);
  g_assert_cmpstr (csv_value (rows, 1, "name"), ==, "Noël Zoë");
  g_assert_cmpstr (csv_value (rows, 1, "source"), ==, "call");
  g_assert_cmpstr (csv_value (rows, 1, "status"), ==, "new");
  g_assert_cmpstr (csv_value (rows, 1, "recipient"), ==, "Hélène Dubois");
  g_assert_cmpstr (csv_value (rows, 1, "taken_by"), ==, "Véronique Martin");
  g_assert_cmpstr (csv_value (rows, 1, "reason"), ==, "Facturation");
  g_assert_cmpstr (csv_value (rows, 1, "body"), ==, "Facture de mars");
  g_assert_cmpstr (csv_value (rows, 1, "urgent"), ==, "false");
  g_assert_cmpstr (csv_value (rows, 1, "interaction_id"), ==, id_text);
}

/* Errors: one sentence on stderr, exit 1. */
static void
test_unknown_staff (Fixture       *fixture,
                    gconstpointer  data)
{
  if (fixture->folder == NULL)
    return;
  add_team (fixture);

  {
    g_auto(Result) result = run (fixture, "add", "call", "--name", "Léa", "--outcome", "message", "--to", "Personne Inconnue");
    g_assert_cmpint (result.status, ==, 1);
    assert_contains (result.err, "Personne Inconnue");
    g_assert_cmpuint (count_lines (result.err), ==, 1);
    g_assert_cmpstr (result.out, ==, "");
  }
  {
    g_auto(Result) result = run (fixture, "add", "message", "--name", "Léa", "--reason", "Devis", "--to", "Nobody Here");
    g_assert_cmpint (result.status, ==, 1);
    assert_contains (result.err, "Nobody Here");
  }
  {
    g_auto(Result) result = run (fixture, "add", "visit", "--name", "Léa", "--staff", "Absent Agent");
    g_assert_cmpint (result.status, ==, 1);
    assert_contains (result.err, "Absent Agent");
  }
  {
    /* Nothing was written by the failed commands. */
    g_auto(Result) calls = run (fixture, "list", "calls", "--format", "json");
    g_auto(Result) visits = run (fixture, "list", "visits", "--format", "json");
    g_assert_cmpstr (calls.out, ==, "[]\n");
    g_assert_cmpstr (visits.out, ==, "[]\n");
  }
}

/* Usage mistakes: exit 2, and the database is not even created. */
static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *const *const cases[] = {
    (const char *const[]) { "add", "call", "--bogus", NULL },
    (const char *const[]) { "add", "call", NULL },
    (const char *const[]) { "add", "visit", "--organisation", "CCAS", NULL },
    (const char *const[]) { "add", "message", "--name", "Léa", "--to", "X", NULL },
    (const char *const[]) { "add", "call", "--name", "Léa", "--phone", "pas de numéro", NULL },
    (const char *const[]) { "add", "call", "--name", "Léa", "--outcome", "lost", NULL },
    (const char *const[]) { "add", "call", "--name", "Léa", "--at", "yesterday", NULL },
    (const char *const[]) { "add", "staff", "--name", "Léa", "--role", "boss", NULL },
    (const char *const[]) { "add", "robot", NULL },
    (const char *const[]) { "list", "calls", "--format", "xml", NULL },
    (const char *const[]) { "list", "calls", "--from", "2025-13-45", NULL },
    (const char *const[]) { "list", NULL },
    (const char *const[]) { "demo", "--calls", "many", NULL },
    (const char *const[]) { "frobnicate", NULL },
    (const char *const[]) { "--no-such-option", "check", NULL },
    (const char *const[]) { "check", "extra", NULL },
  };

  if (fixture->folder == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_auto(Result) result = { 0 };

      g_ptr_array_add (args, (gpointer) "--database");
      g_ptr_array_add (args, fixture->database);
      for (guint j = 0; cases[i][j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i][j]);
      g_ptr_array_add (args, NULL);

      result = run_argv ((const char *const *) args->pdata, NULL);
      if (result.status != 2)
        g_error ("case %u (%s …) gave %d, not 2: %s", i, cases[i][0], result.status, result.err);
      g_assert_cmpuint (count_lines (result.err), ==, 1);
      g_assert_cmpstr (result.out, ==, "");
    }
  g_assert_false (g_file_test (fixture->database, G_FILE_TEST_EXISTS));

  {
    g_auto(Result) help = run (fixture, "add", "call", "--help");
    assert_ok (&help);
    assert_contains (help.out, "--name");
    assert_contains (help.out, "--outcome");
  }
}

/* --from and --to: local days, --to included. */
static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *const days[][2] = {
    { "2025-03-10T10:00", "Lundi Lefèvre" },
    { "2025-03-11T00:00", "Mardi Minuit" },
    { "2025-03-11T23:59", "Mardi Soir" },
    { "2025-03-12T09:00", "Mercredi Mercier" },
  };

  if (fixture->folder == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_auto(Result) call = run (fixture, "add", "call", "--name", days[i][1], "--at", days[i][0]);
      assert_ok (&call);
    }

  {
    g_auto(Result) one_day = run (fixture, "list", "calls", "--from", "2025-03-11", "--to", "2025-03-11",
                                  "--format", "csv");
    g_autoptr(GPtrArray) rows = NULL;

    assert_ok (&one_day);
    rows = parse_csv (one_day.out);
    g_assert_cmpuint (rows->len, ==, 3);
    /* Newest first. */
    g_assert_cmpstr (csv_value (rows, 1, "caller_name"), ==, "Mardi Soir");
    g_assert_cmpstr (csv_value (rows, 2, "caller_name"), ==, "Mardi Minuit");
  }
  {
    g_auto(Result) from = run (fixture, "list", "calls", "--from", "2025-03-11", "--format", "csv");
    g_auto(Result) to = run (fixture, "list", "calls", "--to", "2025-03-11", "--format", "csv");
    g_auto(Result) instant = run (fixture, "list", "calls", "--from", "2025-03-10T10:00", "--to", "2025-03-10T10:00",
                                  "--format", "csv");

    g_assert_cmpuint (count_lines (from.out), ==, 1 + 3);
    g_assert_cmpuint (count_lines (to.out), ==, 1 + 3);
    g_assert_cmpuint (count_lines (instant.out), ==, 1 + 1);
    assert_contains (instant.out, "Lundi Lefèvre");
  }
}

/* Accents, quotes, commas, backslashes and line breaks survive CSV and
 * JSON. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *name = "Zoë « L’Éclair » \"Zed\", Jr.";
  const char *organisation = "Cabinet d'Aubigné & Fils, \\ Tours";
  const char *notes = "ligne 1\nligne 2\tfin\r\n\"cité\"";
  g_autoptr(GPtrArray) rows = NULL;

  if (fixture->folder == NULL)
    return;

  {
    g_auto(Result) call = run (fixture, "add", "call", "--name", name, "--organisation", organisation, "--notes", notes);
    assert_ok (&call);
  }
  {
    g_auto(Result) csv = run (fixture, "list", "calls", "--format", "csv");
    assert_ok (&csv);
    rows = parse_csv (csv.out);
    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpstr (csv_value (rows, 1, "caller_name"), ==, name);
    g_assert_cmpstr (csv_value (rows, 1, "organisation"), ==, organisation);
    g_assert_cmpstr (csv_value (rows, 1, "notes"), ==, notes);
  }
  {
    g_auto(Result) json = run (fixture, "list", "calls", "--format", "json");
    assert_ok (&json);
    assert_contains (json.out, "\"caller_name\": \"Zoë « L’Éclair » \\\"Zed\\\", Jr.\"");
    assert_contains (json.out, "\"organisation\": \"Cabinet d'Aubigné & Fils, \\\\ Tours\"");
    assert_contains (json.out, "\"notes\": \"ligne 1\\nligne 2\\tfin\\r\\n\\\"cité\\\"\"");
    /* One object per line: no raw line break inside a value. */
    g_assert_cmpuint (count_lines (json.out), ==, 3);
  }
}

/* A larger demo is fast, and every call comes back. */
static void
test_demo_large (Fixture       *fixture,
                 gconstpointer  data)
{
  if (fixture->folder == NULL)
    return;

  {
    g_auto(Result) demo = run (fixture, "demo", "--contacts", "500", "--calls", "20000", "--visits", "1000",
                               "--messages", "300", "--seed", "7");
    assert_ok (&demo);
  }
  {
    g_auto(Result) calls = run (fixture, "list", "calls", "--format", "csv");
    g_auto(Result) visits = run (fixture, "list", "visits", "--format", "csv");
    g_auto(Result) contacts = run (fixture, "list", "contacts", "--format", "csv");

    assert_ok (&calls);
    g_assert_cmpuint (count_lines (calls.out), ==, 20000 + 1);
    g_assert_cmpuint (count_lines (visits.out), ==, 1000 + 1);
    g_assert_cmpuint (count_lines (contacts.out), ==, 500 + 1);
  }
  {
    g_auto(Result) check = run (fixture, "check");
    assert_ok (&check);
  }
}

/* `import contacts`: the one-line report, each bad line with its number,
 * exit 1 and nothing stored when aborted; `export` gives the rows back. */
static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autofree char *out_file = NULL;
  g_autofree char *written = NULL;

  if (fixture->folder == NULL)
    return;

  csv = g_build_filename (fixture->folder, "contacts.csv", NULL);
  g_assert_true (g_file_set_contents (csv,
                                      "\xef\xbb\xbfNom;Prénom;Téléphone;Courriel\r\n"
                                      "Lefèvre;Hélène;06 12 34 56 78;helene@exemple.fr\r\n"
                                      "Martin;Jean;n/a;\r\n"
                                      "Ménard;Noël;;NOEL@exemple.fr\r\n"
                                      "Doublon;;+33612345678;\r\n", -1, NULL));
  {
    g_auto(Result) aborted = run (fixture, "import", "contacts", csv);
    g_assert_cmpint (aborted.status, ==, 1);
    assert_contains (aborted.err, "Line 3: The phone number “n/a” cannot be read.");
    assert_contains (aborted.err, "Nothing imported: 1 bad line");
  }
  {
    g_auto(Result) list = run (fixture, "list", "contacts", "--format", "csv");
    assert_ok (&list);
    g_assert_cmpuint (count_lines (list.out), ==, 1);
  }
  {
    g_auto(Result) skipped = run (fixture, "import", "contacts", csv, "--on-error", "skip", "--duplicates", "skip");
    assert_ok (&skipped);
    assert_contains (skipped.out, "4 rows read, 2 imported, 0 merged, 1 skipped as duplicates, 1 bad lines left out.");
    assert_contains (skipped.err, "Line 3: ");
  }
  {
    g_auto(Result) again = run (fixture, "import", "contacts", csv, "--on-error=skip");
    assert_ok (&again);
    assert_contains (again.out, "0 imported, 3 merged");
  }
  {
    g_auto(Result) exported = run (fixture, "export", "contacts");
    assert_ok (&exported);
    g_assert_true (g_str_has_prefix (exported.out, "\xef\xbb\xbfname;organisation;phone;email;address;kind;notes\r\n"));
    assert_contains (exported.out, "Hélène Lefèvre;;+33612345678;helene@exemple.fr;;prospect;\r\n");
    assert_contains (exported.out, "Noël Ménard;;;NOEL@exemple.fr;;prospect;\r\n");
  }
  {
    g_auto(Result) vcard = run (fixture, "export", "contacts", "--format", "vcard");
    assert_ok (&vcard);
    assert_contains (vcard.out, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Hélène Lefèvre\r\n");
    assert_contains (vcard.out, "TEL;VALUE=uri;TYPE=voice:tel:+33612345678\r\n");
  }
  out_file = g_build_filename (fixture->folder, "directory.csv", NULL);
  {
    g_auto(Result) directory = run (fixture, "export", "directory", "--output", out_file);
    assert_ok (&directory);
    g_assert_true (g_file_get_contents (out_file, &written, NULL, NULL));
    g_assert_cmpstr (written, ==, "\xef\xbb\xbfname;category;phone;email;address;website;hours;notes\r\n");
  }
}

static void
test_import_usage (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->folder == NULL)
    return;

  {
    g_auto(Result) result = run (fixture, "import");
    g_assert_cmpint (result.status, ==, 2);
    assert_contains (result.err, "contacts or directory");
  }
  {
    g_auto(Result) result = run (fixture, "import", "contacts");
    g_assert_cmpint (result.status, ==, 2);
    assert_contains (result.err, "Say which file to import.");
  }
  {
    g_auto(Result) result = run (fixture, "import", "contacts", "x.csv", "--on-error", "maybe");
    g_assert_cmpint (result.status, ==, 2);
  }
  {
    g_auto(Result) result = run (fixture, "import", "contacts", "/nonexistent/x.csv");
    g_assert_cmpint (result.status, ==, 1);
  }
  {
    g_auto(Result) result = run (fixture, "export", "directory", "--format", "vcard");
    g_assert_cmpint (result.status, ==, 2);
  }
}

/* procedure, purge and person: the PDF written, the dry run, an export
 * private to the user, an erasure, and their usage errors. */
static void
test_procedure_and_privacy (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *json = NULL;
  GStatBuf st;

  if (fixture->folder == NULL)
    return;
  pdf = g_build_filename (fixture->folder, "procedure.pdf", NULL);
  json = g_build_filename (fixture->folder, "person.json", NULL);

  {
    g_auto(Result) demo = run (fixture, "demo", "--contacts", "5", "--calls", "10", "--visits", "5", "--messages", "5");
    assert_ok (&demo);
  }
  {
    g_auto(Result) procedure = run (fixture, "procedure", "--output", pdf);
    assert_ok (&procedure);
    assert_contains (procedure.out, "2 pages");
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Result) missing = run (fixture, "procedure");
    g_assert_cmpint (missing.status, ==, 2);
  }
  {
    g_auto(Result) dry = run (fixture, "purge", "--older-than", "1", "--dry-run");
    g_auto(Result) again = run (fixture, "purge", "--older-than", "1", "--dry-run");
    assert_ok (&dry);
    assert_contains (dry.out, "nothing changed");
    g_assert_cmpstr (dry.out, ==, again.out);
  }
  {
    g_auto(Result) zero = run (fixture, "purge", "--older-than", "0");
    g_assert_cmpint (zero.status, ==, 2);
  }
  {
    g_auto(Result) export = run (fixture, "person", "export", "--contact", "1", "--output", json);
    assert_ok (&export);
    g_assert_cmpint (g_stat (json, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  {
    g_auto(Result) erase = run (fixture, "person", "erase", "--contact", "1");
    g_auto(Result) gone = run (fixture, "person", "export", "--contact", "1");
    g_auto(Result) no_action = run (fixture, "person", "--contact", "1");
    assert_ok (&erase);
    assert_contains (erase.out, "erased");
    g_assert_cmpint (gone.status, ==, 1);
    g_assert_cmpint (no_action.status, ==, 2);
  }
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* backup FILE: a copy that opens with the same rows; an existing FILE is
 * refused and left untouched unless --force; a bad database gives no copy. */
static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->folder, "copie.db", NULL);
  g_autofree char *garbage = g_build_filename (fixture->folder, "garbage.db", NULL);
  g_autofree char *other_copy = g_build_filename (fixture->folder, "autre-copie.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (fixture->folder == NULL)
    return;
  {
    g_auto(Result) demo = run (fixture, "demo");
    assert_ok (&demo);
  }
  {
    g_auto(Result) backup = run (fixture, "backup", copy);
    g_auto(Result) original_calls = run (fixture, "list", "calls", "--format", "csv");
    g_auto(Result) copy_calls = run_argv ((const char *const[]) { "--database", copy, "list", "calls", "--format", "csv", NULL }, NULL);
    g_auto(Result) original_staff = run (fixture, "list", "staff", "--format", "json");
    g_auto(Result) copy_staff = run_argv ((const char *const[]) { "--database", copy, "list", "staff", "--format", "json", NULL }, NULL);
    GStatBuf st;

    assert_ok (&backup);
    assert_contains (backup.out, copy);
    g_assert_cmpint (g_stat (copy, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    assert_ok (&original_calls);
    assert_ok (&copy_calls);
    g_assert_cmpuint (strlen (original_calls.out), >, 1000);
    g_assert_cmpstr (original_calls.out, ==, copy_calls.out);
    g_assert_cmpstr (original_staff.out, ==, copy_staff.out);
  }
  before = checksum_of (copy);
  {
    g_auto(Result) again = run (fixture, "backup", copy);
    g_assert_cmpint (again.status, ==, 1);
    assert_contains (again.err, "already exists");
  }
  after = checksum_of (copy);
  g_assert_cmpstr (before, ==, after);
  {
    g_auto(Result) add = run (fixture, "add", "call", "--name", "Nouvelle Appelante", "--reason", "Après la copie");
    g_auto(Result) forced = run (fixture, "backup", "--force", copy);
    g_auto(Result) copy_calls = run_argv ((const char *const[]) { "--database", copy, "list", "calls", "--format", "csv", NULL }, NULL);
    assert_ok (&add);
    assert_ok (&forced);
    assert_ok (&copy_calls);
    assert_contains (copy_calls.out, "Nouvelle Appelante");
  }
  {
    g_auto(Result) no_file = run (fixture, "backup");
    g_assert_cmpint (no_file.status, ==, 2);
  }
  {
    g_auto(Result) bad = { 0, NULL, NULL };

    g_assert_true (g_file_set_contents (garbage, "Ceci n’est pas une base de données, mais un texte assez long.", -1, NULL));
    bad = run_argv ((const char *const[]) { "--database", garbage, "backup", other_copy, NULL }, NULL);
    g_assert_cmpint (bad.status, ==, 1);
    g_assert_false (g_file_test (other_copy, G_FILE_TEST_EXISTS));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("demo-then-check", test_demo_then_check);
  ADD_TEST ("check-not-a-database", test_check_not_a_database);
  ADD_TEST ("check-missing-file", test_check_missing_file);
  ADD_TEST ("add-and-list", test_add_and_list);
  ADD_TEST ("call-with-message", test_call_with_message);
  ADD_TEST ("unknown-staff", test_unknown_staff);
  ADD_TEST ("usage-errors", test_usage_errors);
  ADD_TEST ("period", test_period);
  ADD_TEST ("round-trip", test_round_trip);
  ADD_TEST ("demo-large", test_demo_large);
  ADD_TEST ("import-export", test_import_export);
  ADD_TEST ("import-usage", test_import_usage);
  ADD_TEST ("procedure-and-privacy", test_procedure_and_privacy);
  ADD_TEST ("backup", test_backup);

  return g_test_run ();
}
