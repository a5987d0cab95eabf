/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-repository-interactions.c — the calls book (cahier des appels) and the
 * visits register (registre des visites): one table, two channels. */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "acc-limits.h"
#include "acc-repository-private.h"

/* The documents handed over come as a list of ids ("3,7"): one small
 * subquery per row, on the link table's primary key, which a page of the
 * books (64 rows) reads at no noticeable cost. */
#define INTERACTION_COLUMNS \
  "i.id, i.channel, i.started_at, i.ended_at, i.staff_id, s.name, i.contact_id, i.name, " \
  "i.organisation, i.phone, i.email, i.reason, i.notes, i.outcome, i.outcome_detail, " \
  "i.supervisor_id, i.directory_id, i.checklist, " \
  "(SELECT group_concat(d.document_id) FROM interaction_documents d WHERE d.interaction_id = i.id)"

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 ia = *(const gint64 *) a;
  gint64 ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/* "3,7" → [3, 7] as an "ax" GVariant, in increasing order; NULL for none. */
static GVariant *
document_ids_from_text (const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GArray) ids = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  parts = g_strsplit (text, ",", -1);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id = 0;

      if (g_ascii_string_to_signed (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    return NULL;
  g_array_sort (ids, compare_ids);
  return g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data, ids->len, sizeof (gint64));
}

GObject *
_acc_interaction_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *staff_name = _acc_column_text (stmt, 5);
  g_autofree char *name = _acc_column_text (stmt, 7);
  g_autofree char *organisation = _acc_column_text (stmt, 8);
  g_autofree char *phone = _acc_column_text (stmt, 9);
  g_autofree char *email = _acc_column_text (stmt, 10);
  g_autofree char *reason = _acc_column_text (stmt, 11);
  g_autofree char *notes = _acc_column_text (stmt, 12);
  g_autofree char *outcome_detail = _acc_column_text (stmt, 14);
  GVariant *document_ids = document_ids_from_text ((const char *) sqlite3_column_text (stmt, 18));

  return g_object_new (ACC_TYPE_INTERACTION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "channel", sqlite3_column_int (stmt, 1),
                       "started-at", sqlite3_column_int64 (stmt, 2),
                       "ended-at", sqlite3_column_int64 (stmt, 3),
                       "staff-id", sqlite3_column_int64 (stmt, 4),
                       "staff-name", staff_name,
                       "contact-id", sqlite3_column_int64 (stmt, 6),
                       "name", name,
                       "organisation", organisation,
                       "phone", phone,
                       "email", email,
                       "reason", reason,
                       "notes", notes,
                       "outcome", sqlite3_column_int (stmt, 13),
                       "outcome-detail", outcome_detail,
                       "supervisor-id", sqlite3_column_int64 (stmt, 15),
                       "directory-id", sqlite3_column_int64 (stmt, 16),
                       "checklist", (guint) sqlite3_column_int64 (stmt, 17),
                       "document-ids", document_ids,
                       NULL);
}

typedef struct
{
  AccChannel channel;
  gint64 from_us;
  gint64 to_us;
  int outcome;
  char *match;   /* FTS5 expression, NULL for no search */
} InteractionQuery;

static void
interaction_query_free (gpointer data)
{
  InteractionQuery *query = data;

  g_free (query->match);
  g_free (query);
}

static void
bind_interaction_query (sqlite3_stmt  *stmt,
                        gconstpointer  data)
{
  const InteractionQuery *query = data;

  _acc_bind_int64 (stmt, ":channel", query->channel);
  _acc_bind_int64 (stmt, ":from", query->from_us);
  _acc_bind_int64 (stmt, ":to", query->to_us > 0 ? query->to_us : G_MAXINT64);
  _acc_bind_int64 (stmt, ":outcome", query->outcome);
  if (query->match != NULL)
    _acc_bind_text (stmt, ":match", query->match);
}

/* The range on started_at keeps to the (channel, started_at) index. */
#define INTERACTION_FILTER "AND (:outcome < 0 OR i.outcome = :outcome)"
#define INTERACTION_WHERE \
  "WHERE i.channel = :channel AND i.started_at >= :from AND i.started_at < :to " INTERACTION_FILTER

/* Keyset paging (acc-query-model.c): the rows after or before a known row
 * of key (:key, :key_id). The known row's time narrows the range on the
 * index itself (min, max: one bound each side, which SQLite walks), the id
 * breaks ties between calls of the same second. */
#define INTERACTION_WHERE_OLDER \
  "WHERE i.channel = :channel AND i.started_at >= :from AND i.started_at < min (:to, :key + 1) " \
  "AND (i.started_at < :key OR i.id < :key_id) " INTERACTION_FILTER
#define INTERACTION_WHERE_NEWER \
  "WHERE i.channel = :channel AND i.started_at >= max (:from, :key) AND i.started_at < :to " \
  "AND (i.started_at > :key OR i.id > :key_id) " INTERACTION_FILTER

/* A search keeps the same order and the same index walk: the full-text
 * index gives the set of matching rows, which the walk tests ids against. */
#define INTERACTION_MATCH " AND i.id IN (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH :match)"
#define INTERACTION_WHERE_MATCH INTERACTION_WHERE INTERACTION_MATCH
/* All the matches at once (the worker's list of ids): from the full-text
 * index, then sorted, rather than a walk of the whole book testing each
 * row (the unary + keeps SQLite off the book's index). */
#define INTERACTION_WHERE_BY_MATCH \
  "WHERE i.id IN (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH :match) " \
  "AND +i.channel = :channel AND +i.started_at >= :from AND +i.started_at < :to " INTERACTION_FILTER

#define NEWEST_FIRST "i.started_at DESC, i.id DESC"
#define OLDEST_FIRST "i.started_at, i.id"

/* The page's ids come from the index alone; only its rows are read and
 * joined. The sort key and the id end the columns, for keyset paging. */
#define INTERACTION_PAGE_SQL_ORDER(where, order) \
  "SELECT " INTERACTION_COLUMNS ", i.started_at, i.id FROM " \
  "(SELECT i.id FROM interactions i " where " " \
  " ORDER BY " order \
  " LIMIT :limit OFFSET :offset) AS page " \
  "JOIN interactions i ON i.id = page.id " \
  "LEFT JOIN staff s ON s.id = i.staff_id " \
  "ORDER BY " order
#define INTERACTION_PAGE_SQL(where) INTERACTION_PAGE_SQL_ORDER (where, NEWEST_FIRST)

static AccQueryModel *
new_interaction_model (AccRepository    *self,
                       InteractionQuery *query,
                       const char       *count_sql,
                       const char       *page_sql,
                       const char       *after_sql,
                       const char       *before_sql,
                       const char       *last_sql,
                       const char       *keys_sql)
{
  AccQueryModel *model = _acc_query_model_new (self, ACC_TYPE_INTERACTION,
                                               ACC_CHANGE_INTERACTIONS | ACC_CHANGE_STAFF,
                                               count_sql, page_sql,
                                               bind_interaction_query, query, interaction_query_free,
                                               _acc_interaction_from_row);

  _acc_query_model_set_keyset (model, after_sql, before_sql, last_sql, keys_sql);
  return model;
}

/**
 * acc_repository_list_interactions:
 * @channel: the calls book or the visits register
 * @filter: (nullable): the period, outcome and words to show
 *
 * The words of @filter's search are looked for in the name, organisation,
 * reason and notes, ignoring case and accents, each word as a prefix
 * (« dupr mair » finds « Hélène Dupré, Mairie de Tours »). Nothing typed is
 * read as search syntax.
 *
 * Returns: (transfer full): a lazy list of #AccInteraction, newest first.
 */
GListModel *
acc_repository_list_interactions (AccRepository              *self,
                                  AccChannel                  channel,
                                  const AccInteractionFilter *filter)
{
  InteractionQuery *query;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  query = g_new0 (InteractionQuery, 1);
  query->channel = channel;
  query->outcome = -1;
  if (filter != NULL)
    {
      query->from_us = filter->from_us;
      query->to_us = filter->to_us;
      query->outcome = filter->outcome;
      /* Text without a word (only signs) asks for nothing in particular. */
      query->match = _acc_fts_prefix_query (filter->search);
    }

  if (query->match != NULL)
    {
      AccQueryModel *model = new_interaction_model (
        self, query,
        "SELECT count(*) FROM interactions i " INTERACTION_WHERE_MATCH,
        INTERACTION_PAGE_SQL (INTERACTION_WHERE_MATCH),
        INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE_OLDER INTERACTION_MATCH, NEWEST_FIRST),
        INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE_NEWER INTERACTION_MATCH, OLDEST_FIRST),
        INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE_MATCH, OLDEST_FIRST),
        "SELECT i.started_at, i.id FROM interactions i " INTERACTION_WHERE_MATCH " ORDER BY " NEWEST_FIRST);

      /* Each page of a search builds the set of matching rows again (a
       * broad one, « m », holds a third of the book): on a million calls
       * its ids are listed once, by the worker that counts them. */
      _acc_query_model_set_id_list (model,
                                    "SELECT i.started_at, i.id FROM interactions i " INTERACTION_WHERE_BY_MATCH
                                    " ORDER BY " NEWEST_FIRST,
                                    "SELECT " INTERACTION_COLUMNS ", i.started_at, i.id FROM json_each (:ids) AS j "
                                    "JOIN interactions i ON i.id = j.value "
                                    "LEFT JOIN staff s ON s.id = i.staff_id ORDER BY j.key");
      return G_LIST_MODEL (model);
    }

  return G_LIST_MODEL (new_interaction_model (
    self, query,
    "SELECT count(*) FROM interactions i " INTERACTION_WHERE,
    INTERACTION_PAGE_SQL (INTERACTION_WHERE),
    INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE_OLDER, NEWEST_FIRST),
    INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE_NEWER, OLDEST_FIRST),
    INTERACTION_PAGE_SQL_ORDER (INTERACTION_WHERE, OLDEST_FIRST),
    "SELECT i.started_at, i.id FROM interactions i " INTERACTION_WHERE " ORDER BY " NEWEST_FIRST));
}

/**
 * acc_repository_list_contact_interactions:
 * @contact_id: a contact of the contacts file
 * @limit: the most to return
 *
 * A caller's history, as the call form shows it while they talk.
 *
 * Returns: (transfer full) (element-type AccInteraction): the contact's
 * calls and visits, newest first.
 */
GPtrArray *
acc_repository_list_contact_interactions (AccRepository  *self,
                                          gint64          contact_id,
                                          guint           limit,
                                          GError        **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self,
                                  "SELECT " INTERACTION_COLUMNS " FROM interactions i "
                                  "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.contact_id = :contact "
                                  "ORDER BY i.started_at DESC, i.id DESC LIMIT :limit",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":contact", contact_id);
  _acc_bind_int64 (stmt, ":limit", limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, _acc_interaction_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _acc_repository_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&found);
}

AccInteraction *
acc_repository_get_interaction (AccRepository  *self,
                                gint64          id,
                                GError        **error)
{
  AccInteraction *interaction = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  stmt = _acc_repository_prepare (self,
                                  "SELECT " INTERACTION_COLUMNS " FROM interactions i "
                                  "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.id = :id",
                                  error);
  if (stmt == NULL)
    return NULL;
  _acc_bind_int64 (stmt, ":id", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    interaction = ACC_INTERACTION (_acc_interaction_from_row (stmt));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_NOT_FOUND,
                 _("This entry no longer exists."));
  else
    _acc_repository_set_error (self, error, rc);
  sqlite3_reset (stmt);
  return interaction;
}

/* The message taken during a call or a visit is about the same person, came
 * from that entry, and was taken by the same agent: what the message does
 * not say itself is copied from the entry. The names of the copied
 * properties are returned, so that a failed save can give the caller back
 * its message as it was. */
static const char *const copied_text_properties[] = { "name", "organisation", "phone", "email", "reason" };
static const char *const copied_id_properties[] = { "contact-id", "taken-by-id" };

static GPtrArray *
fill_message_from (AccMessage     *message,
                   AccInteraction *interaction)
{
  GPtrArray *filled = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (copied_text_properties); i++)
    {
      g_autofree char *mine = NULL;
      g_autofree char *theirs = NULL;

      g_object_get (message, copied_text_properties[i], &mine, NULL);
      g_object_get (interaction, copied_text_properties[i], &theirs, NULL);
      if (mine == NULL && theirs != NULL)
        {
          g_object_set (message, copied_text_properties[i], theirs, NULL);
          g_ptr_array_add (filled, (gpointer) copied_text_properties[i]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (copied_id_properties); i++)
    {
      gint64 mine = 0, theirs = 0;
      const char *from = g_str_equal (copied_id_properties[i], "taken-by-id") ? "staff-id" : copied_id_properties[i];

      g_object_get (message, copied_id_properties[i], &mine, NULL);
      g_object_get (interaction, from, &theirs, NULL);
      if (mine == 0 && theirs != 0)
        {
          g_object_set (message, copied_id_properties[i], theirs, NULL);
          g_ptr_array_add (filled, (gpointer) copied_id_properties[i]);
        }
    }
  if (acc_message_get_created_at (message) == 0)
    {
      gint64 ended_at = acc_interaction_get_ended_at (interaction);

      acc_message_set_created_at (message, ended_at != 0 ? ended_at : acc_interaction_get_started_at (interaction));
      g_ptr_array_add (filled, (gpointer) "created-at");
    }

  acc_message_set_interaction_id (message, acc_interaction_get_id (interaction));
  acc_message_set_source (message, acc_interaction_get_channel (interaction) == ACC_CHANNEL_VISIT
                                     ? ACC_MESSAGE_SOURCE_VISIT : ACC_MESSAGE_SOURCE_CALL);
  return filled;
}

static void
unfill_message (AccMessage       *message,
                GPtrArray        *filled,
                AccMessageSource  source)
{
  for (guint i = 0; i < filled->len; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (message), filled->pdata[i]);
      g_auto(GValue) empty = G_VALUE_INIT;

      g_value_init (&empty, pspec->value_type);
      g_param_value_set_default (pspec, &empty);
      g_object_set_property (G_OBJECT (message), pspec->name, &empty);
    }
  acc_message_set_id (message, 0);
  acc_message_set_interaction_id (message, 0);
  acc_message_set_source (message, source);
}

static gboolean
write_interaction (AccRepository   *self,
                   AccInteraction  *interaction,
                   const char      *name,
                   const char      *phone,
                   GError         **error)
{
  gboolean inserting = acc_interaction_get_id (interaction) == 0;
  sqlite3_stmt *stmt;

  if (inserting)
    stmt = _acc_repository_prepare (self,
                                    "INSERT INTO interactions (channel, started_at, ended_at, staff_id, "
                                    "contact_id, name, organisation, phone, email, reason, notes, outcome, "
                                    "outcome_detail, supervisor_id, directory_id, checklist) "
                                    "VALUES (:channel, :started, :ended, :staff, :contact, :name, "
                                    ":organisation, :phone, :email, :reason, :notes, :outcome, :detail, "
                                    ":supervisor, :directory, :checklist)",
                                    error);
  else
    stmt = _acc_repository_prepare (self,
                                    "UPDATE interactions SET channel = :channel, started_at = :started, "
                                    "ended_at = :ended, staff_id = :staff, contact_id = :contact, "
                                    "name = :name, organisation = :organisation, phone = :phone, "
                                    "email = :email, reason = :reason, notes = :notes, outcome = :outcome, "
                                    "outcome_detail = :detail, supervisor_id = :supervisor, "
                                    "directory_id = :directory, checklist = :checklist WHERE id = :id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  _acc_bind_int64 (stmt, ":channel", acc_interaction_get_channel (interaction));
  _acc_bind_int64 (stmt, ":started", acc_interaction_get_started_at (interaction));
  _acc_bind_id (stmt, ":ended", acc_interaction_get_ended_at (interaction));
  _acc_bind_id (stmt, ":staff", acc_interaction_get_staff_id (interaction));
  _acc_bind_id (stmt, ":contact", acc_interaction_get_contact_id (interaction));
  _acc_bind_text (stmt, ":name", name);
  _acc_bind_text (stmt, ":organisation", acc_interaction_get_organisation (interaction));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", acc_interaction_get_email (interaction));
  _acc_bind_text (stmt, ":reason", acc_interaction_get_reason (interaction));
  _acc_bind_text (stmt, ":notes", acc_interaction_get_notes (interaction));
  _acc_bind_int64 (stmt, ":outcome", acc_interaction_get_outcome (interaction));
  _acc_bind_text (stmt, ":detail", acc_interaction_get_outcome_detail (interaction));
  _acc_bind_id (stmt, ":supervisor", acc_interaction_get_supervisor_id (interaction));
  _acc_bind_id (stmt, ":directory", acc_interaction_get_directory_id (interaction));
  _acc_bind_int64 (stmt, ":checklist", acc_interaction_get_checklist (interaction));
  if (!inserting)
    _acc_bind_int64 (stmt, ":id", acc_interaction_get_id (interaction));

  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;
  if (!inserting && !_acc_repository_check_updated (self, error))
    return FALSE;
  if (inserting)
    acc_interaction_set_id (interaction, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

/* The documents handed over (document-ids), replacing what the entry had:
 * one row per document, duplicates ignored. */
static gboolean
write_interaction_documents (AccRepository   *self,
                             AccInteraction  *interaction,
                             GError         **error)
{
  GVariant *document_ids = acc_interaction_get_document_ids (interaction);
  gint64 interaction_id = acc_interaction_get_id (interaction);
  const gint64 *ids = NULL;
  gsize n_ids = 0;
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self, "DELETE FROM interaction_documents WHERE interaction_id = :interaction",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":interaction", interaction_id);
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;

  if (document_ids != NULL)
    ids = g_variant_get_fixed_array (document_ids, &n_ids, sizeof (gint64));
  for (gsize i = 0; i < n_ids; i++)
    {
      int rc;

      stmt = _acc_repository_prepare (self,
                                      "INSERT OR IGNORE INTO interaction_documents (interaction_id, document_id) "
                                      "VALUES (:interaction, :document)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      _acc_bind_int64 (stmt, ":interaction", interaction_id);
      _acc_bind_int64 (stmt, ":document", ids[i]);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        continue;
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                     _("A document handed over is no longer in the documents register."));
      else
        _acc_repository_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

/* Every text of @interaction fits its limit (acc-limits.h); @name is the
 * name as it will be stored. */
static gboolean
check_interaction_lengths (AccInteraction  *interaction,
                           const char      *name,
                           GError         **error)
{
  return acc_limits_check (error,
                           _("Name"), name, ACC_LIMIT_NAME,
                           _("Organisation"), acc_interaction_get_organisation (interaction), ACC_LIMIT_NAME,
                           _("Phone"), acc_interaction_get_phone (interaction), ACC_LIMIT_PHONE,
                           _("Reason"), acc_interaction_get_reason (interaction), ACC_LIMIT_LINE,
                           _("Notes"), acc_interaction_get_notes (interaction), ACC_LIMIT_TEXT,
                           _("Detail"), acc_interaction_get_outcome_detail (interaction), ACC_LIMIT_TEXT,
                           NULL)
         && acc_limits_check_email (_("E-mail"), acc_interaction_get_email (interaction), error);
}

/**
 * acc_repository_save_interaction:
 * @interaction: a call or a visit; id 0 inserts it
 * @message: (nullable): the message taken during it, forwarded to its
 *   recipient in the same transaction
 *
 * A call without a start time starts now. The phone number is stored in
 * E.164. The documents handed over (AccInteraction:document-ids) are
 * written with it and replace those saved before; a document that is not in
 * the register is refused. Either every row is saved or none is.
 */
gboolean
acc_repository_save_interaction (AccRepository   *self,
                                 AccInteraction  *interaction,
                                 AccMessage      *message,
                                 GError         **error)
{
  g_autoptr(GPtrArray) filled = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  AccMessageSource old_source = 0;
  gint64 old_id;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (message == NULL || ACC_IS_MESSAGE (message), FALSE);

  name = g_strstrip (g_strdup (acc_interaction_get_name (interaction) ? acc_interaction_get_name (interaction) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   acc_interaction_get_channel (interaction) == ACC_CHANNEL_VISIT
                     ? _("The visitor’s name is required.")
                     : _("The caller’s name is required."));
      return FALSE;
    }
  if (!check_interaction_lengths (interaction, name, error))
    return FALSE;
  phone = g_strdup (acc_interaction_get_phone (interaction));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;

  if (acc_interaction_get_started_at (interaction) == 0)
    acc_interaction_set_started_at (interaction, _acc_repository_now ());

  old_id = acc_interaction_get_id (interaction);
  if (!_acc_repository_begin (self, ACC_CHANGE_INTERACTIONS | (message ? ACC_CHANGE_MESSAGES : 0), error))
    return FALSE;

  if (!write_interaction (self, interaction, name, phone, error)
      || !write_interaction_documents (self, interaction, error))
    goto failed;

  if (message != NULL)
    {
      old_source = acc_message_get_source (message);
      filled = fill_message_from (message, interaction);
      if (!_acc_repository_insert_message (self, message, error))
        goto failed;
    }

  if (!_acc_repository_commit (self, error))
    {
      acc_interaction_set_id (interaction, old_id);
      if (message != NULL)
        unfill_message (message, filled, old_source);
      return FALSE;
    }

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_phone (interaction, phone);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  acc_interaction_set_id (interaction, old_id);
  if (filled != NULL)
    unfill_message (message, filled, old_source);
  return FALSE;
}

/* Corrections. */

typedef enum
{
  FIELD_TEXT,
  FIELD_ID,       /* a reference to another row, 0 for none */
  FIELD_TIME,     /* UTC µs, 0 for none */
  FIELD_OUTCOME,
  FIELD_CHECKLIST,
} FieldKind;

/* What an agent may correct in an entry, by AccInteraction property name.
 * The channel, the start time and the agent who took it are facts of the
 * call, not corrected. */
static const struct
{
  const char *property;
  FieldKind kind;
} correctable_fields[] = {
  { "name", FIELD_TEXT },
  { "organisation", FIELD_TEXT },
  { "phone", FIELD_TEXT },
  { "email", FIELD_TEXT },
  { "reason", FIELD_TEXT },
  { "notes", FIELD_TEXT },
  { "outcome", FIELD_OUTCOME },
  { "outcome-detail", FIELD_TEXT },
  { "supervisor-id", FIELD_ID },
  { "directory-id", FIELD_ID },
  { "contact-id", FIELD_ID },
  { "checklist", FIELD_CHECKLIST },
  { "ended-at", FIELD_TIME },
};

/* A field's value as the history stores it: NULL for empty, the outcome by
 * its machine name, numbers in decimal. Text is compared as the database
 * stores it, where an empty string is NULL. */
static char *
field_value (AccInteraction *interaction,
             guint           field)
{
  const char *property = correctable_fields[field].property;

  switch (correctable_fields[field].kind)
    {
    case FIELD_TEXT:
      {
        g_autofree char *text = NULL;

        g_object_get (interaction, property, &text, NULL);
        return text != NULL && *text != '\0' ? g_steal_pointer (&text) : NULL;
      }
    case FIELD_ID:
    case FIELD_TIME:
      {
        gint64 value = 0;

        g_object_get (interaction, property, &value, NULL);
        return value > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
      }
    case FIELD_OUTCOME:
      return g_strdup (acc_outcome_to_string (acc_interaction_get_outcome (interaction)));
    case FIELD_CHECKLIST:
      return g_strdup_printf ("%u", acc_interaction_get_checklist (interaction));
    default:
      g_assert_not_reached ();
    }
}

static AccInteraction *
copy_interaction (AccInteraction *interaction)
{
  AccInteraction *copy = acc_interaction_new (acc_interaction_get_channel (interaction));
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (interaction), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (interaction), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }
  return copy;
}

static gboolean
record_change (AccRepository  *self,
               gint64          interaction_id,
               gint64          at,
               gint64          by_staff_id,
               const char     *field,
               const char     *old_value,
               const char     *new_value,
               GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self,
                                  "INSERT INTO interaction_changes (interaction_id, at, staff_id, field, "
                                  "old_value, new_value) VALUES (:interaction, :at, :staff, :field, :old, :new)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_int64 (stmt, ":interaction", interaction_id);
  _acc_bind_int64 (stmt, ":at", at);
  _acc_bind_id (stmt, ":staff", by_staff_id);
  _acc_bind_text (stmt, ":field", field);
  _acc_bind_text (stmt, ":old", old_value);
  _acc_bind_text (stmt, ":new", new_value);
  return _acc_repository_step_done (self, stmt, error);
}

static gboolean
update_correctable_fields (AccRepository   *self,
                           AccInteraction  *interaction,
                           const char      *name,
                           const char      *phone,
                           GError         **error)
{
  sqlite3_stmt *stmt;

  stmt = _acc_repository_prepare (self,
                                  "UPDATE interactions SET ended_at = :ended, contact_id = :contact, "
                                  "name = :name, organisation = :organisation, phone = :phone, "
                                  "email = :email, reason = :reason, notes = :notes, outcome = :outcome, "
                                  "outcome_detail = :detail, supervisor_id = :supervisor, "
                                  "directory_id = :directory, checklist = :checklist WHERE id = :id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  _acc_bind_id (stmt, ":ended", acc_interaction_get_ended_at (interaction));
  _acc_bind_id (stmt, ":contact", acc_interaction_get_contact_id (interaction));
  _acc_bind_text (stmt, ":name", name);
  _acc_bind_text (stmt, ":organisation", acc_interaction_get_organisation (interaction));
  _acc_bind_text (stmt, ":phone", phone);
  _acc_bind_text (stmt, ":email", acc_interaction_get_email (interaction));
  _acc_bind_text (stmt, ":reason", acc_interaction_get_reason (interaction));
  _acc_bind_text (stmt, ":notes", acc_interaction_get_notes (interaction));
  _acc_bind_int64 (stmt, ":outcome", acc_interaction_get_outcome (interaction));
  _acc_bind_text (stmt, ":detail", acc_interaction_get_outcome_detail (interaction));
  _acc_bind_id (stmt, ":supervisor", acc_interaction_get_supervisor_id (interaction));
  _acc_bind_id (stmt, ":directory", acc_interaction_get_directory_id (interaction));
  _acc_bind_int64 (stmt, ":checklist", acc_interaction_get_checklist (interaction));
  _acc_bind_int64 (stmt, ":id", acc_interaction_get_id (interaction));
  if (!_acc_repository_step_done (self, stmt, error))
    return FALSE;
  return _acc_repository_check_updated (self, error);
}

/**
 * acc_repository_correct_interaction:
 * @interaction: a saved call or visit, as the agent corrected it
 * @by_staff_id: who corrects it
 *
 * Compares @interaction with the row as it is stored now, field by field
 * (name, organisation, phone, e-mail, reason, notes, outcome and its
 * detail, supervisor, directory entry, contact, checklist, end time), and
 * saves the fields that differ, each with a row of history: who, when, the
 * old and the new value. The phone number is brought to E.164 before it is
 * compared, so that a number written another way is no change. The channel,
 * the start time and the agent of the entry are not corrected, nor the
 * documents handed over (acc_repository_save_interaction() writes those).
 * Nothing is written when nothing changed.
 *
 * Returns: %FALSE with @error set when the entry is gone, the name is
 * missing or the phone number cannot be read; nothing is saved then.
 */
gboolean
acc_repository_correct_interaction (AccRepository   *self,
                                    AccInteraction  *interaction,
                                    gint64           by_staff_id,
                                    GError         **error)
{
  g_autoptr(AccInteraction) stored = NULL;
  g_autoptr(AccInteraction) wanted = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  gint64 now = _acc_repository_now ();
  guint n_changed = 0;

  g_return_val_if_fail (ACC_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ACC_IS_INTERACTION (interaction), FALSE);

  if (acc_interaction_get_id (interaction) == 0)
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   _("Only an entry already in the book can be corrected."));
      return FALSE;
    }
  name = g_strstrip (g_strdup (acc_interaction_get_name (interaction) ? acc_interaction_get_name (interaction) : ""));
  if (*name == '\0')
    {
      g_set_error (error, ACC_REPOSITORY_ERROR, ACC_REPOSITORY_ERROR_INVALID,
                   acc_interaction_get_channel (interaction) == ACC_CHANNEL_VISIT
                     ? _("The visitor’s name is required.")
                     : _("The caller’s name is required."));
      return FALSE;
    }
  if (!check_interaction_lengths (interaction, name, error))
    return FALSE;
  phone = g_strdup (acc_interaction_get_phone (interaction));
  if (!_acc_normalize_phone_field (&phone, error))
    return FALSE;

  /* The values to compare: the object's, with the name and the phone as
   * they would be stored. */
  wanted = copy_interaction (interaction);
  acc_interaction_set_name (wanted, name);
  acc_interaction_set_phone (wanted, phone);

  /* Only a real change marks the interactions as changed. */
  if (!_acc_repository_begin (self, 0, error))
    return FALSE;

  /* The row as it is now, inside the transaction: another window may have
   * corrected it meanwhile, and its change is what this one replaces. */
  stored = acc_repository_get_interaction (self, acc_interaction_get_id (interaction), error);
  if (stored == NULL)
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (correctable_fields); i++)
    {
      g_autofree char *old_value = field_value (stored, i);
      g_autofree char *new_value = field_value (wanted, i);

      if (g_strcmp0 (old_value, new_value) == 0)
        continue;
      if (!record_change (self, acc_interaction_get_id (interaction), now, by_staff_id,
                          correctable_fields[i].property, old_value, new_value, error))
        goto failed;
      n_changed++;
    }

  if (n_changed > 0)
    {
      if (!update_correctable_fields (self, interaction, name, phone, error))
        goto failed;
      self->pending_changes |= ACC_CHANGE_INTERACTIONS;
    }

  if (!_acc_repository_commit (self, error))
    return FALSE;

  acc_interaction_set_name (interaction, name);
  acc_interaction_set_phone (interaction, phone);
  return TRUE;

failed:
  _acc_repository_rollback (self);
  return FALSE;
}

GObject *
_acc_change_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *staff_name = _acc_column_text (stmt, 4);
  g_autofree char *field = _acc_column_text (stmt, 5);
  g_autofree char *old_value = _acc_column_text (stmt, 6);
  g_autofree char *new_value = _acc_column_text (stmt, 7);

  return g_object_new (ACC_TYPE_CHANGE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "interaction-id", sqlite3_column_int64 (stmt, 1),
                       "at", sqlite3_column_int64 (stmt, 2),
                       "staff-id", sqlite3_column_int64 (stmt, 3),
                       "staff-name", staff_name,
                       "field", field,
                       "old-value", old_value,
                       "new-value", new_value,
                       NULL);
}

static void
bind_interaction_id (sqlite3_stmt  *stmt,
                     gconstpointer  data)
{
  _acc_bind_int64 (stmt, ":interaction", *(const gint64 *) data);
}

/**
 * acc_repository_list_interaction_changes:
 * @interaction_id: a call or a visit
 *
 * Returns: (transfer full): the #AccChange of the entry's history, oldest
 * first, with the names of who made them; empty when it was never
 * corrected.
 */
GListModel *
acc_repository_list_interaction_changes (AccRepository  *self,
                                         gint64          interaction_id,
                                         GError        **error)
{
  g_return_val_if_fail (ACC_IS_REPOSITORY (self), NULL);

  return _acc_repository_read_all (self, ACC_TYPE_CHANGE,
                                   "SELECT c.id, c.interaction_id, c.at, c.staff_id, s.name, c.field, "
                                   "c.old_value, c.new_value FROM interaction_changes c "
                                   "LEFT JOIN staff s ON s.id = c.staff_id "
                                   "WHERE c.interaction_id = :interaction ORDER BY c.at, c.id",
                                   bind_interaction_id, &interaction_id,
                                   _acc_change_from_row, error);
}
