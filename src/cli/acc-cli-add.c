/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-add.c — `accueil-cli add staff|call|visit|message`: one row at a
 * time, as a telephony hook or an administrator's script writes them. The
 * new row's id is printed on stdout.
 *
 * The command line is checked in full before the database is opened: a
 * usage mistake never leaves half a change behind.
 */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-cli.h"
#include "acc-phone.h"

/* The fields that a call, a visit and a message share. */
typedef struct
{
  char *name;
  char *organisation;
  char *phone;
  char *email;
  char *reason;
  char *to;
  char *staff;
  char *at;
} PersonOptions;

static void
person_options_clear (PersonOptions *options)
{
  g_free (options->name);
  g_free (options->organisation);
  g_free (options->phone);
  g_free (options->email);
  g_free (options->reason);
  g_free (options->to);
  g_free (options->staff);
  g_free (options->at);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonOptions, person_options_clear)

/* Also trims @value, which belongs to the option parser's results. */
static gboolean
require (const char  *option,
         char        *value,
         GError     **error)
{
  if (value == NULL || *g_strstrip (value) == '\0')
    {
      acc_cli_usage_error (error, _("The option %s is required."), option);
      return FALSE;
    }
  return TRUE;
}

/* The name, the phone and the e-mail, checked before anything is opened;
 * @e164 receives the phone number as it is stored. */
static gboolean
check_person (PersonOptions  *options,
              char          **e164,
              GError        **error)
{
  return require ("--name", options->name, error)
         && acc_cli_normalize_phone ("--phone", options->phone, e164, error)
         && acc_cli_check_email ("--email", options->email, error);
}

static gboolean
parse_at (const char  *at,
          gint64      *time_us,
          GError     **error)
{
  *time_us = 0;
  if (at == NULL)
    return TRUE;
  return acc_cli_parse_time ("--at", at, FALSE, time_us, error);
}

/* A staff member named on the command line; one who has left receives
 * nothing any more. */
static AccStaffMember *
find_staff (AccRepository  *repository,
            const char     *name,
            GError        **error)
{
  g_autoptr(AccStaffMember) member = acc_repository_find_staff_by_name (repository, name, error);

  if (member == NULL)
    return NULL;
  if (!acc_staff_member_get_active (member))
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("%s is no longer on the active staff."), acc_staff_member_get_name (member));
      return NULL;
    }
  return g_steal_pointer (&member);
}

static gboolean
find_staff_id (AccRepository  *repository,
               const char     *name,
               gint64         *id,
               GError        **error)
{
  g_autoptr(AccStaffMember) member = NULL;

  *id = 0;
  if (name == NULL)
    return TRUE;
  member = find_staff (repository, name, error);
  if (member == NULL)
    return FALSE;
  *id = acc_staff_member_get_id (member);
  return TRUE;
}

/* The contacts file entry with this very number, so that the call shows in
 * the contact's history. */
static gint64
find_contact_by_phone (AccRepository *repository,
                       const char    *e164)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (e164 == NULL)
    return 0;

  found = acc_repository_search_contacts (repository, e164, 10, &error);
  if (found == NULL)
    {
      g_debug ("Cannot look the number up in the contacts: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < found->len; i++)
    {
      AccContact *contact = g_ptr_array_index (found, i);
      if (g_strcmp0 (acc_contact_get_phone (contact), e164) == 0)
        return acc_contact_get_id (contact);
    }
  return 0;
}

static void
print_id (gint64 id)
{
  g_print ("%" G_GINT64_FORMAT "\n", id);
}

/* add staff */

static gboolean
add_staff (AccCli   *cli,
           int       argc,
           char    **argv,
           GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccStaffMember) member = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role_text = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *e164 = NULL;
  AccRole role;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Full name (required)"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_text, N_("reception, supervisor or manager (required)"), N_("ROLE") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, N_("Phone number"), N_("PHONE") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &email, N_("E-mail address"), N_("EMAIL") },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL, _("Adds a member of the staff. Prints the new id."), entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (!require ("--name", name, error) || !require ("--role", role_text, error))
    return FALSE;
  if (!acc_role_from_string (role_text, &role))
    {
      acc_cli_usage_error (error, _("Unknown role “%s”: use reception, supervisor or manager."), role_text);
      return FALSE;
    }
  if (!acc_cli_normalize_phone ("--phone", phone, &e164, error)
      || !acc_cli_check_email ("--email", email, error))
    return FALSE;

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  member = acc_staff_member_new (name, role);
  acc_staff_member_set_phone (member, e164);
  acc_staff_member_set_email (member, email);
  if (!acc_repository_save_staff (repository, member, error))
    return FALSE;

  print_id (acc_staff_member_get_id (member));
  return TRUE;
}

/* add call, add visit */

static gboolean
add_interaction (AccCli      *cli,
                 AccChannel   channel,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_auto(PersonOptions) person = { NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccInteraction) interaction = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autofree char *outcome_text = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *e164 = NULL;
  gboolean urgent = FALSE;
  AccOutcome outcome = ACC_OUTCOME_ANSWERED;
  gint64 started_at = 0;
  gint64 staff_id = 0;
  gint64 to_id = 0;
  gboolean visit = channel == ACC_CHANNEL_VISIT;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &person.name,
      visit ? N_("The visitor’s name (required)") : N_("The caller’s name (required)"), N_("NAME") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &person.organisation, N_("Their organisation"), N_("ORGANISATION") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &person.phone, N_("Their phone number"), N_("PHONE") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &person.email, N_("Their e-mail address"), N_("EMAIL") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &person.reason, N_("The reason for the call or visit"), N_("TEXT") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes; also the text of the message taken"), N_("TEXT") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &outcome_text,
      N_("answered (the default), transferred, oriented or message"), N_("OUTCOME") },
    { "detail", 0, 0, G_OPTION_ARG_STRING, &detail, N_("What was answered, or where the person was sent"), N_("TEXT") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &person.to,
      N_("Transferred to, or message for, this staff member; for oriented, the service of the directory"), N_("NAME") },
    { "urgent", 0, 0, G_OPTION_ARG_NONE, &urgent, N_("Mark the message taken as urgent"), NULL },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &person.staff, N_("The staff member at the desk"), N_("NAME") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &person.at, N_("When it started, in ISO 8601 (default: now)"), N_("TIME") },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL,
                                        visit
                                          ? _("Adds a visit to the visits register. With --outcome message and --to, "
                                              "also forwards the message taken. Prints the new id.")
                                          : _("Adds a call to the calls book. With --outcome message and --to, "
                                              "also forwards the message taken. Prints the new id."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (!check_person (&person, &e164, error) || !parse_at (person.at, &started_at, error))
    return FALSE;
  if (outcome_text != NULL && !acc_outcome_from_string (outcome_text, &outcome))
    {
      acc_cli_usage_error (error, _("Unknown outcome “%s”: use answered, transferred, oriented or message."),
                           outcome_text);
      return FALSE;
    }
  if (person.to != NULL && outcome == ACC_OUTCOME_ANSWERED)
    {
      acc_cli_usage_error (error, _("--to goes with --outcome transferred, oriented or message."));
      return FALSE;
    }
  if (urgent && (outcome != ACC_OUTCOME_MESSAGE || person.to == NULL))
    {
      acc_cli_usage_error (error, _("--urgent goes with --outcome message and --to."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  if (!find_staff_id (repository, person.staff, &staff_id, error))
    return FALSE;

  interaction = acc_interaction_new (channel);
  acc_interaction_set_started_at (interaction, started_at != 0 ? started_at : g_get_real_time ());
  acc_interaction_set_staff_id (interaction, staff_id);
  acc_interaction_set_contact_id (interaction, find_contact_by_phone (repository, e164));
  acc_interaction_set_name (interaction, person.name);
  acc_interaction_set_organisation (interaction, person.organisation);
  acc_interaction_set_phone (interaction, e164);
  acc_interaction_set_email (interaction, person.email);
  acc_interaction_set_reason (interaction, person.reason);
  acc_interaction_set_notes (interaction, notes);
  acc_interaction_set_outcome (interaction, outcome);
  acc_interaction_set_outcome_detail (interaction, detail);

  if (person.to != NULL)
    {
      switch (outcome)
        {
        case ACC_OUTCOME_TRANSFERRED:
          if (!find_staff_id (repository, person.to, &to_id, error))
            return FALSE;
          acc_interaction_set_supervisor_id (interaction, to_id);
          break;

        case ACC_OUTCOME_ORIENTED:
          {
            /* A service of the directory when one has that name; the name
             * alone otherwise. */
            g_autoptr(GListModel) directory = acc_repository_list_directory (repository, error);

            if (directory == NULL)
              return FALSE;
            for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
              {
                g_autoptr(AccDirectoryEntry) entry = g_list_model_get_item (directory, i);
                g_autofree char *a = g_utf8_casefold (acc_directory_entry_get_name (entry), -1);
                g_autofree char *b = g_utf8_casefold (person.to, -1);

                if (g_strcmp0 (a, b) == 0)
                  {
                    acc_interaction_set_directory_id (interaction, acc_directory_entry_get_id (entry));
                    if (detail == NULL)
                      acc_interaction_set_outcome_detail (interaction, acc_directory_entry_get_name (entry));
                    break;
                  }
              }
            if (acc_interaction_get_outcome_detail (interaction) == NULL)
              acc_interaction_set_outcome_detail (interaction, person.to);
          }
          break;

        case ACC_OUTCOME_MESSAGE:
          if (!find_staff_id (repository, person.to, &to_id, error))
            return FALSE;
          message = acc_message_new ();
          acc_message_set_recipient_id (message, to_id);
          acc_message_set_created_at (message, acc_interaction_get_started_at (interaction));
          acc_message_set_urgent (message, urgent);
          acc_message_set_body (message, notes);
          /* A message needs a reason; a call logged without one asks to be
           * called back. */
          if (person.reason == NULL)
            acc_message_set_reason (message, _("Please call back"));
          break;

        case ACC_OUTCOME_ANSWERED:
        default:
          break;
        }
    }

  if (!acc_repository_save_interaction (repository, interaction, message, error))
    return FALSE;

  print_id (acc_interaction_get_id (interaction));
  return TRUE;
}

static gboolean
add_call (AccCli   *cli,
          int       argc,
          char    **argv,
          GError  **error)
{
  return add_interaction (cli, ACC_CHANNEL_PHONE, argc, argv, error);
}

static gboolean
add_visit (AccCli   *cli,
           int       argc,
           char    **argv,
           GError  **error)
{
  return add_interaction (cli, ACC_CHANNEL_VISIT, argc, argv, error);
}

/* add message */

static gboolean
add_message (AccCli   *cli,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_auto(PersonOptions) person = { NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *body = NULL;
  g_autofree char *e164 = NULL;
  gboolean urgent = FALSE;
  AccMessageSource source = ACC_MESSAGE_SOURCE_CALL;
  gint64 created_at = 0;
  gint64 recipient_id = 0;
  gint64 taken_by_id = 0;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &person.name, N_("Who left the message (required)"), N_("NAME") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &person.organisation, N_("Their organisation"), N_("ORGANISATION") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &person.phone, N_("Their phone number"), N_("PHONE") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &person.email, N_("Their e-mail address"), N_("EMAIL") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &person.reason, N_("What it is about (required)"), N_("TEXT") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &person.to, N_("The staff member it is for (required)"), N_("NAME") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source_text, N_("call (the default), voicemail or visit"), N_("SOURCE") },
    { "urgent", 0, 0, G_OPTION_ARG_NONE, &urgent, N_("Mark the message as urgent"), NULL },
    { "body", 0, 0, G_OPTION_ARG_STRING, &body, N_("The message itself"), N_("TEXT") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &person.staff, N_("The staff member who took it"), N_("NAME") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &person.at, N_("When it was left, in ISO 8601 (default: now)"), N_("TIME") },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL,
                                        _("Forwards a message to a staff member, who finds it in their inbox. "
                                          "Prints the new id."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;

  if (!check_person (&person, &e164, error)
      || !require ("--reason", person.reason, error)
      || !require ("--to", person.to, error)
      || !parse_at (person.at, &created_at, error))
    return FALSE;
  if (source_text != NULL && !acc_message_source_from_string (source_text, &source))
    {
      acc_cli_usage_error (error, _("Unknown source “%s”: use call, voicemail or visit."), source_text);
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, FALSE, error);
  if (repository == NULL)
    return FALSE;

  if (!find_staff_id (repository, person.to, &recipient_id, error)
      || !find_staff_id (repository, person.staff, &taken_by_id, error))
    return FALSE;

  if (created_at == 0)
    created_at = g_get_real_time ();

  message = acc_message_new ();
  acc_message_set_created_at (message, created_at);
  acc_message_set_recipient_id (message, recipient_id);
  acc_message_set_taken_by_id (message, taken_by_id);
  acc_message_set_source (message, source);
  acc_message_set_contact_id (message, find_contact_by_phone (repository, e164));
  acc_message_set_name (message, person.name);
  acc_message_set_organisation (message, person.organisation);
  acc_message_set_phone (message, e164);
  acc_message_set_email (message, person.email);
  acc_message_set_reason (message, person.reason);
  acc_message_set_body (message, body);
  acc_message_set_urgent (message, urgent);

  if (!acc_repository_save_message (repository, message, error))
    return FALSE;

  print_id (acc_message_get_id (message));
  return TRUE;
}

typedef struct
{
  const char        *name;
  AccCliCommandFunc  run;
} AddKind;

static const AddKind add_kinds[] = {
  { "staff", add_staff },
  { "call", add_call },
  { "visit", add_visit },
  { "message", add_message },
};

/**
 * acc_cli_run_add:
 *
 * `add staff|call|visit|message OPTIONS`
 */
gboolean
acc_cli_run_add (AccCli   *cli,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  g_autofree char *command = NULL;
  const AddKind *kind = NULL;

  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (add_kinds); i++)
      if (g_strcmp0 (argv[1], add_kinds[i].name) == 0)
        kind = &add_kinds[i];

  if (kind == NULL)
    {
      if (acc_cli_wants_help (argc, argv))
        {
          /* « add --help » explains what can be added. */
          g_autoptr(GOptionContext) context = acc_cli_option_context_new (cli, _("staff|call|visit|message"),
            _("Adds a staff member, a call, a visit or a message.\n"
              "\n"
              "“accueil-cli add KIND --help” describes the options of each."),
            NULL);

          if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
            return FALSE;
        }
      if (argc >= 2 && argv[1][0] != '-')
        acc_cli_usage_error (error, _("Unknown kind “%s”: add staff, call, visit or message."), argv[1]);
      else
        acc_cli_usage_error (error, _("Say what to add: staff, call, visit or message."));
      return FALSE;
    }

  command = g_strdup_printf ("add %s", kind->name);
  cli->command = command;
  return kind->run (cli, argc - 1, argv + 1, error);
}
