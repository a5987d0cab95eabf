/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-list.c — `accueil-cli list calls|visits|messages|contacts|staff`:
 * the books and files of the front desk, for a terminal, a spreadsheet or a
 * program. The rows come from the repository's lazy lists, newest first. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-cli.h"

/* The JSON keys and CSV headers are a stable interface: add, never rename. */
static const AccCliColumn call_columns[] = {
  { "id", N_("ID"), 8 },
  { "started_at", N_("Started"), 16 },
  { "ended_at", N_("Ended"), 0 },
  { "caller_name", N_("Caller"), 28 },
  { "organisation", N_("Organisation"), 24 },
  { "phone", N_("Phone"), 16 },
  { "email", N_("E-mail"), 0 },
  { "reason", N_("Reason"), 26 },
  { "notes", N_("Notes"), 0 },
  { "outcome", N_("Outcome"), 14 },
  { "outcome_detail", N_("Detail"), 0 },
  { "agent", N_("Agent"), 24 },
  { "checklist", N_("Checklist"), 0 },
  { "supervisor", N_("Supervisor"), 0 },
};

static const AccCliColumn visit_columns[] = {
  { "id", N_("ID"), 8 },
  { "started_at", N_("Started"), 16 },
  { "ended_at", N_("Ended"), 0 },
  { "visitor_name", N_("Visitor"), 28 },
  { "organisation", N_("Organisation"), 24 },
  { "phone", N_("Phone"), 16 },
  { "email", N_("E-mail"), 0 },
  { "reason", N_("Reason"), 26 },
  { "notes", N_("Notes"), 0 },
  { "outcome", N_("Outcome"), 14 },
  { "outcome_detail", N_("Detail"), 0 },
  { "agent", N_("Agent"), 24 },
  { "checklist", N_("Checklist"), 0 },
  { "supervisor", N_("Supervisor"), 0 },
};

static const AccCliColumn message_columns[] = {
  { "id", N_("ID"), 8 },
  { "created_at", N_("Created"), 16 },
  { "name", N_("Name"), 28 },
  { "organisation", N_("Organisation"), 0 },
  { "phone", N_("Phone"), 16 },
  { "email", N_("E-mail"), 0 },
  { "reason", N_("Reason"), 26 },
  { "body", N_("Message"), 0 },
  { "source", N_("Source"), 0 },
  { "status", N_("Status"), 12 },
  { "urgent", N_("Urgent"), 6 },
  { "recipient", N_("Recipient"), 24 },
  { "taken_by", N_("Taken by"), 0 },
  { "due_at", N_("Due"), 0 },
  { "resolution", N_("Resolution"), 0 },
  { "interaction_id", N_("Call or visit"), 0 },
};

static const AccCliColumn contact_columns[] = {
  { "id", N_("ID"), 8 },
  { "name", N_("Name"), 30 },
  { "organisation", N_("Organisation"), 28 },
  { "phone", N_("Phone"), 16 },
  { "email", N_("E-mail"), 32 },
  { "kind", N_("Kind"), 10 },
};

static const AccCliColumn staff_columns[] = {
  { "id", N_("ID"), 6 },
  { "name", N_("Name"), 30 },
  { "role", N_("Role"), 12 },
  { "phone", N_("Phone"), 16 },
  { "email", N_("E-mail"), 32 },
  { "active", N_("Active"), 6 },
};

typedef struct
{
  AccCliFormat  format;
  gint64        from_us;   /* 0: no bound */
  gint64        to_us;     /* exclusive; 0: no bound */
  GHashTable   *staff_names;  /* id → name, for the columns naming staff */
} ListOptions;

static const char *
staff_name (ListOptions *options,
            gint64       id,
            const char  *joined_name)
{
  if (joined_name != NULL)
    return joined_name;
  if (id <= 0)
    return NULL;
  return g_hash_table_lookup (options->staff_names, &id);
}

static GHashTable *
load_staff_names (AccRepository  *repository,
                  GError        **error)
{
  g_autoptr(GListModel) staff = acc_repository_list_staff (repository, FALSE, error);
  GHashTable *names;

  if (staff == NULL)
    return NULL;

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      g_hash_table_insert (names,
                           g_memdup2 (&(gint64) { acc_staff_member_get_id (member) }, sizeof (gint64)),
                           g_strdup (acc_staff_member_get_name (member)));
    }
  return names;
}

static void
write_interaction (AccCliTable    *table,
                   ListOptions    *options,
                   AccInteraction *interaction)
{
  AccOutcome outcome = acc_interaction_get_outcome (interaction);

  acc_cli_table_add_int (table, acc_interaction_get_id (interaction));
  acc_cli_table_add_time (table, acc_interaction_get_started_at (interaction));
  acc_cli_table_add_time (table, acc_interaction_get_ended_at (interaction));
  acc_cli_table_add_text (table, acc_interaction_get_name (interaction));
  acc_cli_table_add_text (table, acc_interaction_get_organisation (interaction));
  acc_cli_table_add_phone (table, acc_interaction_get_phone (interaction));
  acc_cli_table_add_text (table, acc_interaction_get_email (interaction));
  acc_cli_table_add_text (table, acc_interaction_get_reason (interaction));
  acc_cli_table_add_text (table, acc_interaction_get_notes (interaction));
  acc_cli_table_add_label (table, acc_outcome_to_string (outcome), acc_outcome_label (outcome));
  acc_cli_table_add_text (table, acc_interaction_get_outcome_detail (interaction));
  acc_cli_table_add_text (table, staff_name (options, acc_interaction_get_staff_id (interaction),
                                             acc_interaction_get_staff_name (interaction)));
  acc_cli_table_add_int (table, acc_interaction_get_checklist (interaction));
  acc_cli_table_add_text (table, staff_name (options, acc_interaction_get_supervisor_id (interaction), NULL));
  acc_cli_table_end_row (table);
}

static void
write_message (AccCliTable *table,
               ListOptions *options,
               AccMessage  *message)
{
  AccMessageSource source = acc_message_get_source (message);
  AccMessageStatus status = acc_message_get_status (message);

  acc_cli_table_add_int (table, acc_message_get_id (message));
  acc_cli_table_add_time (table, acc_message_get_created_at (message));
  acc_cli_table_add_text (table, acc_message_get_name (message));
  acc_cli_table_add_text (table, acc_message_get_organisation (message));
  acc_cli_table_add_phone (table, acc_message_get_phone (message));
  acc_cli_table_add_text (table, acc_message_get_email (message));
  acc_cli_table_add_text (table, acc_message_get_reason (message));
  acc_cli_table_add_text (table, acc_message_get_body (message));
  acc_cli_table_add_label (table, acc_message_source_to_string (source), acc_message_source_label (source));
  acc_cli_table_add_label (table, acc_message_status_to_string (status), acc_message_status_label (status));
  acc_cli_table_add_bool (table, acc_message_get_urgent (message));
  acc_cli_table_add_text (table, staff_name (options, acc_message_get_recipient_id (message),
                                             acc_message_get_recipient_name (message)));
  acc_cli_table_add_text (table, staff_name (options, acc_message_get_taken_by_id (message),
                                             acc_message_get_taken_by_name (message)));
  acc_cli_table_add_time (table, acc_message_get_due_at (message));
  acc_cli_table_add_text (table, acc_message_get_resolution (message));
  acc_cli_table_add_id (table, acc_message_get_interaction_id (message));
  acc_cli_table_end_row (table);
}

static void
write_contact (AccCliTable *table,
               AccContact  *contact)
{
  AccContactKind kind = acc_contact_get_kind (contact);

  acc_cli_table_add_int (table, acc_contact_get_id (contact));
  acc_cli_table_add_text (table, acc_contact_get_name (contact));
  acc_cli_table_add_text (table, acc_contact_get_organisation (contact));
  acc_cli_table_add_phone (table, acc_contact_get_phone (contact));
  acc_cli_table_add_text (table, acc_contact_get_email (contact));
  acc_cli_table_add_label (table, acc_contact_kind_to_string (kind), acc_contact_kind_label (kind));
  acc_cli_table_end_row (table);
}

static void
write_staff_member (AccCliTable    *table,
                    AccStaffMember *member)
{
  AccRole role = acc_staff_member_get_role (member);

  acc_cli_table_add_int (table, acc_staff_member_get_id (member));
  acc_cli_table_add_text (table, acc_staff_member_get_name (member));
  acc_cli_table_add_label (table, acc_role_to_string (role), acc_role_label (role));
  acc_cli_table_add_phone (table, acc_staff_member_get_phone (member));
  acc_cli_table_add_text (table, acc_staff_member_get_email (member));
  acc_cli_table_add_bool (table, acc_staff_member_get_active (member));
  acc_cli_table_end_row (table);
}

typedef enum
{
  LIST_CALLS,
  LIST_VISITS,
  LIST_MESSAGES,
  LIST_CONTACTS,
  LIST_STAFF,
} ListKind;

static const char *const kind_names[] = { "calls", "visits", "messages", "contacts", "staff" };

/* The contacts have no period filter of their own in the repository: their
 * creation time is compared here. */
static gboolean
contact_in_period (AccContact  *contact,
                   ListOptions *options)
{
  gint64 created_at = acc_contact_get_created_at (contact);

  return (options->from_us == 0 || created_at >= options->from_us)
         && (options->to_us == 0 || created_at < options->to_us);
}

/* The lists of the repository page with LIMIT and OFFSET, which is fine for
 * a view and quadratic for reading a million rows in a row. A long book is
 * therefore read in periods of about WINDOW_ROWS rows, newest first: each
 * period is a list of its own, short enough for OFFSET to stay cheap. */
#define WINDOW_ROWS 512

static GListModel *
list_period (AccRepository *repository,
             ListKind       kind,
             gint64         from_us,
             gint64         to_us)
{
  if (kind == LIST_MESSAGES)
    {
      AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;

      filter.from_us = from_us;
      filter.to_us = to_us;
      return acc_repository_list_messages (repository, &filter);
    }
  else
    {
      AccInteractionFilter filter = ACC_INTERACTION_FILTER_INIT;

      filter.from_us = from_us;
      filter.to_us = to_us;
      return acc_repository_list_interactions (repository,
                                               kind == LIST_CALLS ? ACC_CHANNEL_PHONE : ACC_CHANNEL_VISIT,
                                               &filter);
    }
}

static gint64
item_time (ListKind  kind,
           gpointer  item)
{
  if (kind == LIST_MESSAGES)
    return acc_message_get_created_at (item);
  return acc_interaction_get_started_at (item);
}

static void
write_item (AccCliTable *table,
            ListKind     kind,
            ListOptions *options,
            gpointer     item)
{
  switch (kind)
    {
    case LIST_CALLS:
    case LIST_VISITS:
      write_interaction (table, options, item);
      break;
    case LIST_MESSAGES:
      write_message (table, options, item);
      break;
    case LIST_CONTACTS:
      if (contact_in_period (item, options))
        write_contact (table, item);
      break;
    case LIST_STAFF:
    default:
      write_staff_member (table, item);
      break;
    }
}

static void
write_model (AccCliTable *table,
             ListKind     kind,
             ListOptions *options,
             GListModel  *model)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* Rows deleted by another process since the count. */
      if (item == NULL)
        break;
      write_item (table, kind, options, item);
    }
}

/* Calls, visits, messages: newest first, period by period. */
static void
write_book (AccCliTable   *table,
            AccRepository *repository,
            ListKind       kind,
            ListOptions   *options)
{
  g_autoptr(GListModel) all = list_period (repository, kind, options->from_us, options->to_us);
  gint64 oldest = MAX (options->from_us, 0);
  gint64 newest;
  gint64 width = (gint64) G_USEC_PER_SEC * 60 * 60;
  guint n_items = g_list_model_get_n_items (all);

  if (n_items <= 2 * WINDOW_ROWS)
    {
      write_model (table, kind, options, all);
      return;
    }

  {
    g_autoptr(GObject) first = g_list_model_get_item (all, 0);

    if (first == NULL)
      return;
    /* The period ends just after the newest row. */
    newest = item_time (kind, first) + 1;
    if (options->to_us != 0)
      newest = MIN (newest, options->to_us);
  }
  g_clear_object (&all);

  while (newest > oldest)
    {
      gint64 start = newest - MIN (width, newest - oldest);
      g_autoptr(GListModel) period = NULL;
      guint n;

      /* 0 is "no bound" to the repository: the first second stands in. */
      period = list_period (repository, kind, MAX (start, 1), newest);
      n = g_list_model_get_n_items (period);

      /* Too many rows: a shorter period, unless it is down to one instant. */
      if (n > 2 * WINDOW_ROWS && width > 1)
        {
          width = MAX (width / 2, 1);
          continue;
        }

      write_model (table, kind, options, period);
      newest = start;
      if (n < WINDOW_ROWS / 2 && width < G_MAXINT64 / 4)
        width *= 2;
    }
}

static gboolean
write_list (AccRepository  *repository,
            ListKind        kind,
            ListOptions    *options,
            GError        **error)
{
  g_autoptr(AccCliTable) table = NULL;
  g_autoptr(GListModel) model = NULL;

  switch (kind)
    {
    case LIST_CALLS:
      table = acc_cli_table_new (stdout, options->format, call_columns, G_N_ELEMENTS (call_columns));
      write_book (table, repository, kind, options);
      break;
    case LIST_VISITS:
      table = acc_cli_table_new (stdout, options->format, visit_columns, G_N_ELEMENTS (visit_columns));
      write_book (table, repository, kind, options);
      break;
    case LIST_MESSAGES:
      table = acc_cli_table_new (stdout, options->format, message_columns, G_N_ELEMENTS (message_columns));
      write_book (table, repository, kind, options);
      break;
    case LIST_CONTACTS:
      model = acc_repository_list_contacts (repository, NULL);
      table = acc_cli_table_new (stdout, options->format, contact_columns, G_N_ELEMENTS (contact_columns));
      write_model (table, kind, options, model);
      break;
    case LIST_STAFF:
    default:
      model = acc_repository_list_staff (repository, FALSE, error);
      if (model == NULL)
        return FALSE;
      table = acc_cli_table_new (stdout, options->format, staff_columns, G_N_ELEMENTS (staff_columns));
      write_model (table, kind, options, model);
      break;
    }

  return acc_cli_table_finish (table, error);
}

static const char *
list_summary (void)
{
  return _("Lists the calls book, the visits register or the messages book, newest first, "
           "or the contacts or the staff, by name.\n"
           "\n"
           "DATE is a local day (2025-03-14; --to includes that whole day) or an ISO 8601 "
           "time (2025-03-14T09:30, 2025-03-14T08:30:00Z). JSON and CSV give times in UTC.");
}

/**
 * acc_cli_run_list:
 *
 * `list KIND [--from DATE] [--to DATE] [--format text|csv|json]`
 */
gboolean
acc_cli_run_list (AccCli   *cli,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(GHashTable) staff_names = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *format = NULL;
  g_autofree char *command = NULL;
  ListOptions options = { ACC_CLI_FORMAT_TEXT, 0, 0, NULL };
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only from this day or time on"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only up to this day (included) or time"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (the default), csv or json"), N_("FORMAT") },
    { NULL }
  };
  int kind = -1;

  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
      if (g_strcmp0 (argv[1], kind_names[i]) == 0)
        kind = (int) i;

  if (kind < 0)
    {
      /* « list --help » explains; anything else lacks the kind. */
      if (acc_cli_wants_help (argc, argv))
        {
          context = acc_cli_option_context_new (cli, _("calls|visits|messages|contacts|staff"),
                                                list_summary (), entries);
          if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
            return FALSE;
        }
      if (argc >= 2 && argv[1][0] != '-')
        acc_cli_usage_error (error, _("Unknown list “%s”: use calls, visits, messages, contacts or staff."), argv[1]);
      else
        acc_cli_usage_error (error, _("Say what to list: calls, visits, messages, contacts or staff."));
      return FALSE;
    }

  command = g_strdup_printf ("list %s", kind_names[kind]);
  cli->command = command;
  argc--;
  argv++;

  context = acc_cli_option_context_new (cli, NULL, list_summary (), entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (format != NULL && !acc_cli_format_from_string (format, &options.format))
    {
      acc_cli_usage_error (error, _("Unknown format “%s”: use text, csv or json."), format);
      return FALSE;
    }
  if ((from != NULL || to != NULL) && kind == LIST_STAFF)
    {
      acc_cli_usage_error (error, _("The staff list has no dates: --from and --to do not apply to it."));
      return FALSE;
    }
  if (from != NULL && !acc_cli_parse_time ("--from", from, FALSE, &options.from_us, error))
    return FALSE;
  if (to != NULL && !acc_cli_parse_time ("--to", to, TRUE, &options.to_us, error))
    return FALSE;
  if (from != NULL && to != NULL && options.from_us >= options.to_us)
    {
      acc_cli_usage_error (error, _("The period is empty: --from comes after --to."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  staff_names = load_staff_names (repository, error);
  if (staff_names == NULL)
    return FALSE;
  options.staff_names = staff_names;

  return write_list (repository, kind, &options, error);
}
