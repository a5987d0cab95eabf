/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-inbox.c — what the inbox pane and the message dialog ask of the
 * repository (acc-repository-inbox.c): the inbox order (open urgent and
 * overdue messages first, then the newest; a closed message never first),
 * its status filter, the people one stands in for, the unread count, the
 * history of a message with names, arrivals after a given id, due times,
 * and search in the messages book (migration 3). Each test works on a
 * temporary database of its own; no display needed. sqlite3.h is used only
 * to take a database back to schema version 2 from outside.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "acc-core.h"
/* Only to have a list counted on a worker, as a large inbox is. */
#include "acc-repository-private.h"

#define A_TIME_US G_GINT64_CONSTANT (1767225600000000) /* 2026-01-01 00:00 UTC */
#define HOUR_US G_GINT64_CONSTANT (3600000000)

typedef struct
{
  char           *dir;
  char           *path;
  AccRepository  *repo;
  AccStaffMember *agent;
  AccStaffMember *supervisor;
  AccStaffMember *colleague;
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

static AccStaffMember *
add_staff (AccRepository *repo,
           const char    *name,
           AccRole        role)
{
  g_autoptr(GError) error = NULL;
  AccStaffMember *member = acc_staff_member_new (name, role);

  g_assert_true (acc_repository_save_staff (repo, member, &error));
  g_assert_no_error (error);
  return member;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accueil-test-inbox-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "accueil.db", NULL);
  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  f->agent = add_staff (f->repo, "Léa Moreau", ACC_ROLE_RECEPTION);
  f->supervisor = add_staff (f->repo, "Benoît Garnier", ACC_ROLE_SUPERVISOR);
  f->colleague = add_staff (f->repo, "Sophie Martin", ACC_ROLE_SUPERVISOR);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->agent);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->colleague);
  g_clear_object (&f->repo);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static gint64
id_of (AccStaffMember *member)
{
  return acc_staff_member_get_id (member);
}

static AccMessage *
add_message (Fixture        *f,
             const char     *name,
             AccStaffMember *to,
             gint64          created_at,
             gboolean        urgent,
             gint64          due_at)
{
  g_autoptr(GError) error = NULL;
  AccMessage *message = acc_message_new ();

  acc_message_set_name (message, name);
  acc_message_set_reason (message, "Demande de rappel");
  acc_message_set_taken_by_id (message, id_of (f->agent));
  acc_message_set_recipient_id (message, id_of (to));
  acc_message_set_created_at (message, created_at);
  acc_message_set_urgent (message, urgent);
  acc_message_set_due_at (message, due_at);
  g_assert_true (acc_repository_save_message (f->repo, message, &error));
  g_assert_no_error (error);
  return message;
}

static void
set_status (Fixture          *f,
            AccMessage       *message,
            AccMessageStatus  status,
            const char       *note,
            gint64            forward_to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (acc_repository_set_message_status (f->repo, message, status, id_of (f->supervisor),
                                                    note, forward_to, &error));
  g_assert_no_error (error);
}

/* The names of the list's messages, in order, joined with commas. */
static char *
names_of (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccMessage) message = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (names, ',');
      g_string_append (names, acc_message_get_name (message));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
inbox_names (Fixture                *f,
             const gint64           *ids,
             guint                   n_ids,
             AccMessageFilterStatus  status,
             gint64                  now)
{
  g_autoptr(GListModel) inbox = acc_repository_list_inbox (f->repo, ids, n_ids, status, now);

  return names_of (inbox);
}

/* Urgent and overdue open messages first, newest first among them; then
 * every other message newest first; a closed urgent or overdue message
 * stays in the second group. A message saved without a due time gets one
 * from the organisation's deadline (48 hours, round the clock without
 * opening hours): "now" is chosen well before those. */
static void
test_inbox_order (Fixture       *f,
                  gconstpointer  data)
{
  gint64 ids[] = { id_of (f->supervisor) };
  gint64 now = A_TIME_US + 20 * HOUR_US;
  g_autoptr(AccMessage) oldest = NULL, overdue = NULL, urgent = NULL, newest = NULL;
  g_autoptr(AccMessage) due_later = NULL, closed_urgent = NULL, closed_overdue = NULL;
  g_autoptr(AccMessage) others = NULL;
  g_autofree char *all = NULL, *later = NULL;

  oldest = add_message (f, "A-plain-old", f->supervisor, A_TIME_US + 1 * HOUR_US, FALSE, 0);
  overdue = add_message (f, "B-overdue", f->supervisor, A_TIME_US + 2 * HOUR_US, FALSE, now - HOUR_US);
  urgent = add_message (f, "C-urgent", f->supervisor, A_TIME_US + 3 * HOUR_US, TRUE, 0);
  closed_urgent = add_message (f, "D-closed-urgent", f->supervisor, A_TIME_US + 4 * HOUR_US, TRUE, 0);
  closed_overdue = add_message (f, "E-closed-overdue", f->supervisor, A_TIME_US + 5 * HOUR_US, FALSE, now - HOUR_US);
  due_later = add_message (f, "F-due-later", f->supervisor, A_TIME_US + 6 * HOUR_US, FALSE, now + HOUR_US);
  newest = add_message (f, "G-newest", f->supervisor, A_TIME_US + 7 * HOUR_US, FALSE, 0);
  /* Someone else's message is not in this inbox. */
  others = add_message (f, "H-colleague", f->colleague, A_TIME_US + 8 * HOUR_US, TRUE, 0);

  set_status (f, closed_urgent, ACC_MESSAGE_STATUS_DONE, "Rappelé, RDV fixé", 0);
  set_status (f, closed_overdue, ACC_MESSAGE_STATUS_DONE, "Réglé par courriel", 0);
  /* Read and in progress are still open: they keep their place. */
  set_status (f, overdue, ACC_MESSAGE_STATUS_READ, NULL, 0);
  set_status (f, urgent, ACC_MESSAGE_STATUS_IN_PROGRESS, NULL, 0);

  all = inbox_names (f, ids, 1, ACC_MESSAGE_FILTER_ALL, now);
  g_assert_cmpstr (all, ==,
                   "C-urgent,B-overdue,G-newest,F-due-later,E-closed-overdue,D-closed-urgent,A-plain-old");

  /* A large inbox is listed by a worker and read by id: the same order. */
  {
    g_autoptr(GListModel) listed = acc_repository_list_inbox (f->repo, ids, 1, ACC_MESSAGE_FILTER_ALL, now);
    g_autofree char *listed_names = NULL;

    _acc_query_model_set_tuning (ACC_QUERY_MODEL (listed), ACC_QUERY_MODEL_COUNT_IN_WORKER, 100);
    g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
    while (!acc_query_model_is_counted (ACC_QUERY_MODEL (listed)))
      g_main_context_iteration (NULL, TRUE);
    listed_names = names_of (listed);
    g_assert_cmpstr (listed_names, ==, all);
  }

  /* Two hours later F is overdue too, and moves up. */
  later = inbox_names (f, ids, 1, ACC_MESSAGE_FILTER_ALL, now + 2 * HOUR_US);
  g_assert_cmpstr (later, ==,
                   "F-due-later,C-urgent,B-overdue,G-newest,E-closed-overdue,D-closed-urgent,A-plain-old");
}

static void
test_inbox_status_filter (Fixture       *f,
                          gconstpointer  data)
{
  gint64 ids[] = { id_of (f->supervisor) };
  gint64 now = A_TIME_US + 20 * HOUR_US;
  g_autoptr(AccMessage) a = NULL, b = NULL, c = NULL, d = NULL;
  g_autofree char *open = NULL, *closed = NULL, *all = NULL;
  g_autoptr(GListModel) open_model = NULL;

  a = add_message (f, "A", f->supervisor, A_TIME_US + 1 * HOUR_US, FALSE, 0);
  b = add_message (f, "B", f->supervisor, A_TIME_US + 2 * HOUR_US, FALSE, 0);
  c = add_message (f, "C", f->supervisor, A_TIME_US + 3 * HOUR_US, TRUE, 0);
  d = add_message (f, "D", f->supervisor, A_TIME_US + 4 * HOUR_US, FALSE, 0);
  set_status (f, b, ACC_MESSAGE_STATUS_DONE, "Rappelé", 0);
  set_status (f, d, ACC_MESSAGE_STATUS_FORWARDED, NULL, id_of (f->colleague));

  open = inbox_names (f, ids, 1, ACC_MESSAGE_FILTER_OPEN, now);
  closed = inbox_names (f, ids, 1, ACC_MESSAGE_FILTER_CLOSED, now);
  all = inbox_names (f, ids, 1, ACC_MESSAGE_FILTER_ALL, now);
  g_assert_cmpstr (open, ==, "C,A");
  g_assert_cmpstr (closed, ==, "D,B");
  g_assert_cmpstr (all, ==, "C,D,B,A");

  /* The lazy list follows the repository: marking A done takes it out. */
  open_model = acc_repository_list_inbox (f->repo, ids, 1, ACC_MESSAGE_FILTER_OPEN, now);
  g_assert_cmpuint (g_list_model_get_n_items (open_model), ==, 2);
  set_status (f, a, ACC_MESSAGE_STATUS_DONE, "Rappelé", 0);
  g_assert_cmpuint (g_list_model_get_n_items (open_model), ==, 1);
}

/* A supervisor standing in for a colleague sees both inboxes as one, in the
 * same order; the unread count covers both. */
static void
test_inbox_stand_in (Fixture       *f,
                     gconstpointer  data)
{
  gint64 own[] = { id_of (f->supervisor) };
  gint64 both[] = { id_of (f->supervisor), id_of (f->colleague) };
  gint64 nobody[] = { 0 };
  gint64 now = A_TIME_US + 20 * HOUR_US;
  g_autoptr(AccMessage) a = NULL, b = NULL, c = NULL, d = NULL;
  g_autofree char *mine = NULL, *together = NULL, *none = NULL;
  g_autoptr(GError) error = NULL;

  a = add_message (f, "A-mine", f->supervisor, A_TIME_US + 1 * HOUR_US, FALSE, 0);
  b = add_message (f, "B-colleague", f->colleague, A_TIME_US + 2 * HOUR_US, FALSE, 0);
  c = add_message (f, "C-colleague-urgent", f->colleague, A_TIME_US + 3 * HOUR_US, TRUE, 0);
  d = add_message (f, "D-agent", f->agent, A_TIME_US + 4 * HOUR_US, TRUE, 0);

  mine = inbox_names (f, own, 1, ACC_MESSAGE_FILTER_ALL, now);
  together = inbox_names (f, both, 2, ACC_MESSAGE_FILTER_ALL, now);
  none = inbox_names (f, nobody, 0, ACC_MESSAGE_FILTER_ALL, now);
  g_assert_cmpstr (mine, ==, "A-mine");
  g_assert_cmpstr (together, ==, "C-colleague-urgent,B-colleague,A-mine");
  g_assert_cmpstr (none, ==, "");

  g_assert_cmpuint (acc_repository_count_unread_in_inbox (f->repo, own, 1, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (acc_repository_count_unread_in_inbox (f->repo, both, 2, &error), ==, 3);
  g_assert_no_error (error);
  set_status (f, b, ACC_MESSAGE_STATUS_READ, NULL, 0);
  g_assert_cmpuint (acc_repository_count_unread_in_inbox (f->repo, both, 2, &error), ==, 2);
  g_assert_no_error (error);
}

/* The history, oldest first, with who made each change and to whom a
 * message was forwarded; the forwarded copy has a history of its own. */
static void
test_message_events (Fixture       *f,
                     gconstpointer  data)
{
  gint64 ids[] = { id_of (f->colleague) };
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(AccMessage) copy = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) copy_events = NULL;
  g_autoptr(GListModel) colleague_inbox = NULL;
  g_autoptr(AccMessageEvent) taken = NULL, read = NULL, forwarded = NULL, created = NULL;
  g_autoptr(GError) error = NULL;

  message = add_message (f, "Hélène Dupuis", f->supervisor, g_get_real_time (), FALSE, 0);
  set_status (f, message, ACC_MESSAGE_STATUS_READ, NULL, 0);
  set_status (f, message, ACC_MESSAGE_STATUS_FORWARDED, NULL, id_of (f->colleague));

  events = acc_repository_list_message_events (f->repo, acc_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  taken = g_list_model_get_item (events, 0);
  read = g_list_model_get_item (events, 1);
  forwarded = g_list_model_get_item (events, 2);

  g_assert_cmpint (acc_message_event_get_message_id (taken), ==, acc_message_get_id (message));
  g_assert_cmpint (acc_message_event_get_status (taken), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpstr (acc_message_event_get_staff_name (taken), ==, "Léa Moreau");
  g_assert_cmpint (acc_message_event_get_status (read), ==, ACC_MESSAGE_STATUS_READ);
  g_assert_cmpstr (acc_message_event_get_staff_name (read), ==, "Benoît Garnier");
  g_assert_cmpint (acc_message_event_get_staff_id (read), ==, id_of (f->supervisor));
  g_assert_null (acc_message_event_get_forwarded_to_name (read));
  g_assert_cmpint (acc_message_event_get_status (forwarded), ==, ACC_MESSAGE_STATUS_FORWARDED);
  g_assert_cmpint (acc_message_event_get_forwarded_to_id (forwarded), ==, id_of (f->colleague));
  g_assert_cmpstr (acc_message_event_get_forwarded_to_name (forwarded), ==, "Sophie Martin");
  g_assert_cmpint (acc_message_event_get_at (taken), <=, acc_message_event_get_at (read));
  g_assert_cmpint (acc_message_event_get_at (read), <=, acc_message_event_get_at (forwarded));

  /* The copy in the colleague's inbox. */
  colleague_inbox = acc_repository_list_inbox (f->repo, ids, 1, ACC_MESSAGE_FILTER_ALL, g_get_real_time ());
  g_assert_cmpuint (g_list_model_get_n_items (colleague_inbox), ==, 1);
  copy = g_list_model_get_item (colleague_inbox, 0);
  g_assert_cmpstr (acc_message_get_name (copy), ==, "Hélène Dupuis");
  g_assert_cmpint (acc_message_get_status (copy), ==, ACC_MESSAGE_STATUS_NEW);
  copy_events = acc_repository_list_message_events (f->repo, acc_message_get_id (copy), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (copy_events), ==, 1);
  created = g_list_model_get_item (copy_events, 0);
  g_assert_cmpstr (acc_message_event_get_staff_name (created), ==, "Benoît Garnier");

  /* A note is kept with the event that made the message done. */
  {
    g_autoptr(GListModel) done_events = NULL;
    g_autoptr(AccMessageEvent) done = NULL;

    g_assert_true (acc_repository_set_message_status (f->repo, copy, ACC_MESSAGE_STATUS_DONE,
                                                      id_of (f->colleague), "  Rappelée, RDV fixé ",
                                                      0, &error));
    g_assert_no_error (error);
    done_events = acc_repository_list_message_events (f->repo, acc_message_get_id (copy), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (done_events), ==, 2);
    done = g_list_model_get_item (done_events, 1);
    g_assert_cmpint (acc_message_event_get_status (done), ==, ACC_MESSAGE_STATUS_DONE);
    g_assert_cmpstr (acc_message_event_get_note (done), ==, "Rappelée, RDV fixé");
    g_assert_cmpstr (acc_message_event_get_staff_name (done), ==, "Sophie Martin");
  }

  /* No such message: an empty history, not an error. */
  {
    g_autoptr(GListModel) none = acc_repository_list_message_events (f->repo, 999999, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  }
}

/* What a notification announces: unread messages above the last id seen,
 * for the inbox's recipients only, oldest first. */
static void
test_new_messages (Fixture       *f,
                   gconstpointer  data)
{
  gint64 both[] = { id_of (f->supervisor), id_of (f->colleague) };
  g_autoptr(AccMessage) before = NULL, a = NULL, b = NULL, c = NULL, d = NULL;
  g_autoptr(GListModel) arrived = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gint64 last = -1;

  g_assert_true (acc_repository_get_last_message_id (f->repo, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (last, ==, 0);

  before = add_message (f, "Before", f->supervisor, A_TIME_US, FALSE, 0);
  g_assert_true (acc_repository_get_last_message_id (f->repo, &last, &error));
  g_assert_cmpint (last, ==, acc_message_get_id (before));

  a = add_message (f, "A", f->supervisor, A_TIME_US + 3 * HOUR_US, FALSE, 0);
  b = add_message (f, "B-agent", f->agent, A_TIME_US + 2 * HOUR_US, FALSE, 0);
  c = add_message (f, "C-colleague", f->colleague, A_TIME_US + 1 * HOUR_US, FALSE, 0);
  d = add_message (f, "D-read-already", f->supervisor, A_TIME_US + 1 * HOUR_US, FALSE, 0);
  set_status (f, d, ACC_MESSAGE_STATUS_READ, NULL, 0);

  arrived = acc_repository_list_new_messages (f->repo, both, 2, last, &error);
  g_assert_no_error (error);
  names = names_of (arrived);
  g_assert_cmpstr (names, ==, "A,C-colleague");
}

/* The next due time to wake up for: open messages of the inbox or taken by
 * the person at the desk; and the ones whose due time passed, to remind
 * whoever took them. */
static void
test_due_times (Fixture       *f,
                gconstpointer  data)
{
  gint64 supervisor[] = { id_of (f->supervisor) };
  gint64 now = A_TIME_US + 10 * HOUR_US;
  g_autoptr(AccMessage) past = NULL, soon = NULL, later = NULL, closed = NULL, others = NULL;
  g_autoptr(GListModel) fallen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gint64 due = -1;

  past = add_message (f, "Past", f->supervisor, A_TIME_US, FALSE, now - HOUR_US);
  soon = add_message (f, "Soon", f->supervisor, A_TIME_US, FALSE, now + 2 * HOUR_US);
  later = add_message (f, "Later", f->supervisor, A_TIME_US, FALSE, now + 5 * HOUR_US);
  closed = add_message (f, "Closed", f->supervisor, A_TIME_US, FALSE, now + 1 * HOUR_US);
  set_status (f, closed, ACC_MESSAGE_STATUS_DONE, "Fait", 0);
  /* For the colleague, taken by the agent. */
  others = add_message (f, "Colleague's", f->colleague, A_TIME_US, FALSE, now + 1 * HOUR_US / 2);

  g_assert_true (acc_repository_get_next_message_due (f->repo, supervisor, 1, 0, now, &due, &error));
  g_assert_no_error (error);
  g_assert_cmpint (due, ==, now + 2 * HOUR_US);

  /* The agent took them all: the colleague's comes first. */
  g_assert_true (acc_repository_get_next_message_due (f->repo, NULL, 0, id_of (f->agent), now, &due, &error));
  g_assert_cmpint (due, ==, now + HOUR_US / 2);

  /* Nothing after the last one. */
  g_assert_true (acc_repository_get_next_message_due (f->repo, supervisor, 1, 0, now + 5 * HOUR_US, &due, &error));
  g_assert_cmpint (due, ==, 0);

  fallen = acc_repository_list_messages_fallen_due (f->repo, id_of (f->agent), now, now + 3 * HOUR_US, &error);
  g_assert_no_error (error);
  names = names_of (fallen);
  g_assert_cmpstr (names, ==, "Colleague's,Soon");
}

static void
add_full_message (Fixture    *f,
                  const char *name,
                  const char *organisation,
                  const char *reason,
                  gint64      created_at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccMessage) message = acc_message_new ();

  acc_message_set_name (message, name);
  acc_message_set_organisation (message, organisation);
  acc_message_set_reason (message, reason);
  acc_message_set_taken_by_id (message, id_of (f->agent));
  acc_message_set_recipient_id (message, id_of (f->supervisor));
  acc_message_set_created_at (message, created_at);
  g_assert_true (acc_repository_save_message (f->repo, message, &error));
  g_assert_no_error (error);
}

static char *
search_names (Fixture                *f,
              const AccMessageFilter *filter,
              const char             *search)
{
  g_autoptr(GListModel) found = acc_repository_search_messages (f->repo, filter, search);
  g_autoptr(GListModel) listed = acc_repository_search_messages (f->repo, filter, search);
  g_autofree char *listed_names = NULL;
  char *names = names_of (found);

  /* A broad search in a large book is listed by a worker and read by id:
   * the same messages in the same order. */
  _acc_query_model_set_tuning (ACC_QUERY_MODEL (listed), ACC_QUERY_MODEL_COUNT_IN_WORKER, 100);
  /* Asking starts the worker (text without a word lists the whole book,
   * whose first page shows meanwhile). */
  g_assert_cmpuint (g_list_model_get_n_items (listed), <=, acc_query_model_get_page_size ());
  while (!acc_query_model_is_counted (ACC_QUERY_MODEL (listed)))
    g_main_context_iteration (NULL, TRUE);
  listed_names = names_of (listed);
  g_assert_cmpstr (listed_names, ==, names);
  return names;
}

/* Words of the name, organisation or reason, as prefixes, ignoring case
 * and accents; with the book's period, status and recipient filters. */
static void
test_search_messages (Fixture       *f,
                      gconstpointer  data)
{
  AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
  g_autofree char *helene = NULL, *mairie = NULL, *devis = NULL, *both = NULL;
  g_autofree char *nothing = NULL, *signs = NULL, *all = NULL, *period = NULL;
  g_autofree char *other = NULL, *quote = NULL;

  add_full_message (f, "Hélène Dupré", "Mairie de Tours", "Demande de devis", A_TIME_US + 1 * HOUR_US);
  add_full_message (f, "Gérard Petit", "Mairie de Blois", "Réclamation facture", A_TIME_US + 2 * HOUR_US);
  add_full_message (f, "Zoé Lefèvre", NULL, "Devis chauffage", A_TIME_US + 3 * HOUR_US);

  helene = search_names (f, NULL, "helene");
  mairie = search_names (f, NULL, "MAIRIE");
  devis = search_names (f, NULL, "dev");
  both = search_names (f, NULL, "mair dev");
  nothing = search_names (f, NULL, "Nantes");
  signs = search_names (f, NULL, " \"*( ");
  quote = search_names (f, NULL, "\"Zoé");
  g_assert_cmpstr (helene, ==, "Hélène Dupré");
  g_assert_cmpstr (mairie, ==, "Gérard Petit,Hélène Dupré");
  g_assert_cmpstr (devis, ==, "Zoé Lefèvre,Hélène Dupré");
  g_assert_cmpstr (both, ==, "Hélène Dupré");
  g_assert_cmpstr (nothing, ==, "");
  /* No word: the whole book. */
  g_assert_cmpstr (signs, ==, "Zoé Lefèvre,Gérard Petit,Hélène Dupré");
  g_assert_cmpstr (quote, ==, "Zoé Lefèvre");

  filter.from_us = A_TIME_US + 2 * HOUR_US;
  period = search_names (f, &filter, "mairie");
  g_assert_cmpstr (period, ==, "Gérard Petit");

  filter = (AccMessageFilter) ACC_MESSAGE_FILTER_INIT;
  filter.recipient_id = id_of (f->colleague);
  other = search_names (f, &filter, "mairie");
  g_assert_cmpstr (other, ==, "");

  filter = (AccMessageFilter) ACC_MESSAGE_FILTER_INIT;
  filter.status = ACC_MESSAGE_FILTER_CLOSED;
  all = search_names (f, &filter, "mairie");
  g_assert_cmpstr (all, ==, "");
}

/* A database of version 2 (no messages_fts) is brought up to date, and
 * the messages already there are found. */
static void
test_migration_3 (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  sqlite3 *db = NULL;

  add_full_message (f, "Hélène Dupré", "Mairie de Tours", "Demande de devis", A_TIME_US);
  g_clear_object (&f->repo);

  /* What version 2 had: none of migration 3's objects, nor of the later
   * ones. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP TRIGGER messages_fts_insert; DROP TRIGGER messages_fts_delete; "
                                 "DROP TRIGGER messages_fts_update; DROP TABLE messages_fts; "
                                 "DROP INDEX messages_open_due; "
                                 "DROP TABLE interaction_documents; DROP TABLE document_reviews; "
                                 "DROP TABLE privacy_log; DROP TABLE drafts; "
                                 "DROP INDEX messages_contact; DROP INDEX interactions_contact; "
                                 "CREATE INDEX interactions_contact ON interactions (contact_id); "
                                 "PRAGMA user_version = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  f->repo = acc_repository_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (acc_repository_get_schema_version (f->repo), ==, acc_repository_latest_schema_version ());
  g_assert_cmpint (acc_repository_latest_schema_version (), >=, 3);
  g_assert_nonnull (acc_repository_get_backup_path (f->repo));
  found = search_names (f, NULL, "helene");
  g_assert_cmpstr (found, ==, "Hélène Dupré");
}

/* A message saved without a due time gets one from the organisation's
 * deadline, counted in its opening hours: Friday 16:00 in Paris, Monday to
 * Friday 9:00–17:00, a 10-hour deadline: 1 h on Friday, 8 h on Monday, 1 h
 * on Tuesday, which is 10:00. Without opening hours, hours run round the
 * clock. (The schedule arithmetic itself, week-ends, closures and
 * daylight-saving days, is tested in test-schedule.c.) */
static void
test_due_time_from_opening_hours (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (f->repo, &error);
  g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 3, 6, 16, 0, 0);
  g_autoptr(GDateTime) tuesday = g_date_time_new_local (2026, 3, 10, 10, 0, 0);
  g_autoptr(AccMessage) round_the_clock = NULL;
  g_autoptr(AccMessage) in_opening_hours = NULL;
  gint64 created = g_date_time_to_unix (friday) * G_USEC_PER_SEC;

  g_assert_no_error (error);
  acc_organisation_set_message_deadline_hours (organisation, 10);
  g_assert_true (acc_repository_save_organisation (f->repo, organisation, &error));
  g_assert_no_error (error);

  round_the_clock = add_message (f, "Before the hours", f->supervisor, created, FALSE, 0);
  g_assert_cmpint (acc_message_get_due_at (round_the_clock), ==, created + 10 * HOUR_US);

  for (guint weekday = 1; weekday <= 5; weekday++)
    {
      g_autoptr(AccScheduleRange) range = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, weekday, 9 * 60, 17 * 60);
      g_assert_true (acc_repository_save_schedule_range (f->repo, range, &error));
      g_assert_no_error (error);
    }

  in_opening_hours = add_message (f, "Friday afternoon", f->supervisor, created, FALSE, 0);
  g_assert_cmpint (acc_message_get_due_at (in_opening_hours), ==, g_date_time_to_unix (tuesday) * G_USEC_PER_SEC);

  /* And as stored. */
  {
    g_autoptr(AccMessage) stored = acc_repository_get_message (f->repo, acc_message_get_id (in_opening_hours), &error);
    g_assert_no_error (error);
    g_assert_cmpint (acc_message_get_due_at (stored), ==, acc_message_get_due_at (in_opening_hours));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The opening hours are wall-clock hours in the organisation's zone. */
  g_setenv ("TZ", "Europe/Paris", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/inbox/order", test_inbox_order);
  ADD ("/inbox/status-filter", test_inbox_status_filter);
  ADD ("/inbox/stand-in", test_inbox_stand_in);
  ADD ("/inbox/message-events", test_message_events);
  ADD ("/inbox/new-messages", test_new_messages);
  ADD ("/inbox/due-times", test_due_times);
  ADD ("/inbox/due-time-from-opening-hours", test_due_time_from_opening_hours);
  ADD ("/inbox/search", test_search_messages);
  ADD ("/inbox/migration-3", test_migration_3);
#undef ADD

  return g_test_run ();
}
