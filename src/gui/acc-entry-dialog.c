/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-entry-dialog.c — one entry of the calls book or the visits register,
 * opened from the book: every field, who took it and when, the procedure's
 * steps as ticked (the phone's or the visit's), the documents handed over,
 * the outcome; the fields an agent may correct, and the entry's history of
 * corrections (who, when, what changed), which the repository keeps for the
 * auditor. The words follow the channel: a caller or a visitor, started or
 * arrived. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-entry-dialog.h"
#include "acc-field-error.h"
#include "acc-limits.h"

struct _AccEntryDialog
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  AccInteraction *interaction;   /* as stored when the dialog opened */
  GListModel *directory;
  GArray *supervisor_ids;        /* after the "choose" entry of the list */
  GArray *directory_ids;
  gboolean filling;
  gboolean dirty;
  gboolean done;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *save_error;
  AdwPreferencesGroup *caller_group;
  AdwPreferencesGroup *interaction_group;
  AdwPreferencesGroup *call_steps_group;
  AdwPreferencesGroup *visit_steps_group;
  AdwActionRow *documents_row;
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *organisation_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *reason_row;
  AdwEntryRow *notes_row;
  AdwActionRow *agent_row;
  AdwActionRow *started_row;
  AdwActionRow *ended_row;
  GtkImage *greeted_icon;
  GtkLabel *greeted_label;
  GtkImage *reason_asked_icon;
  GtkLabel *reason_asked_label;
  GtkImage *name_asked_icon;
  GtkLabel *name_asked_label;
  GtkImage *presented_icon;
  GtkLabel *presented_label;
  GtkImage *introduced_icon;
  GtkLabel *introduced_label;
  GtkImage *visit_reason_icon;
  GtkLabel *visit_reason_label;
  GtkImage *informed_icon;
  GtkLabel *informed_label;
  GtkImage *supervisor_called_icon;
  GtkLabel *supervisor_called_label;
  GtkImage *oriented_icon;
  GtkLabel *oriented_label;
  AdwComboRow *outcome_row;
  GtkLabel *outcome_error;
  AdwEntryRow *detail_row;
  GtkLabel *detail_error;
  AdwComboRow *supervisor_row;
  GtkLabel *supervisor_error;
  AdwComboRow *directory_row;
  GtkLabel *directory_error;
  GtkListBox *history_list;
};

G_DEFINE_FINAL_TYPE (AccEntryDialog, acc_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The outcome list in the .ui is in AccOutcome order. */
G_STATIC_ASSERT (ACC_OUTCOME_ANSWERED == 0 && ACC_OUTCOME_TRANSFERRED == 1
                 && ACC_OUTCOME_ORIENTED == 2 && ACC_OUTCOME_MESSAGE == 3);

static char *
format_full_time (gint64 time_us)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (time_us <= 0)
    return NULL;
  utc = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  /* Translators: a date and time in the entry and its history; see g_date_time_format() */
  return g_date_time_format (local, C_("entry time", "%d/%m/%Y %H:%M"));
}

/* The history, in words -------------------------------------------------- */

/* What a field of AccInteraction is called, for a person. */
static const char *
field_label (const char *field)
{
  static const struct
  {
    const char *field;
    const char *label;
  } labels[] = {
    { "name", N_("Name") },
    { "organisation", N_("Organisation") },
    { "phone", N_("Phone") },
    { "email", N_("E-mail") },
    { "reason", N_("Reason") },
    { "notes", N_("Notes") },
    { "outcome", N_("Outcome") },
    { "outcome-detail", N_("Outcome details") },
    { "supervisor-id", N_("Supervisor") },
    { "directory-id", N_("Oriented to") },
    { "contact-id", N_("Contact file entry") },
    { "checklist", N_("Procedure steps") },
    { "ended-at", N_("End time") },
    { "started-at", N_("Start time") },
    { "staff-id", N_("Taken by") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].field, field) == 0)
      return _(labels[i].label);
  return field;
}

static char *
checklist_words (guint    checklist,
                 gboolean visit)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  if (visit)
    {
      if (checklist & ACC_VISIT_STEP_INTRODUCED)
        g_ptr_array_add (words, (gpointer) _("introduced myself"));
      if (checklist & ACC_VISIT_STEP_REASON_ASKED)
        g_ptr_array_add (words, (gpointer) _("reason asked"));
      if (checklist & ACC_VISIT_STEP_INFORMED)
        g_ptr_array_add (words, (gpointer) _("informed about the organisation"));
      if (checklist & ACC_VISIT_STEP_SUPERVISOR_CALLED)
        g_ptr_array_add (words, (gpointer) _("supervisor called"));
      if (checklist & ACC_VISIT_STEP_ORIENTED)
        g_ptr_array_add (words, (gpointer) _("oriented elsewhere"));
    }
  else if (checklist & ACC_CALL_STEP_GREETED)
    g_ptr_array_add (words, (gpointer) _("greeting given"));
  if (checklist & ACC_CALL_STEP_REASON_ASKED)
    g_ptr_array_add (words, (gpointer) _("reason asked"));
  if (checklist & ACC_CALL_STEP_NAME_ASKED)
    g_ptr_array_add (words, (gpointer) _("name asked"));
  if (checklist & ACC_CALL_STEP_ORGANISATION_PRESENTED)
    g_ptr_array_add (words, (gpointer) _("organisation presented"));
  if (words->len == 0)
    return g_strdup (_("no step ticked"));
  g_ptr_array_add (words, NULL);
  return g_strjoinv (", ", (char **) words->pdata);
}

/* A stored value of the history, as a person reads it. */
static char *
value_words (AccEntryDialog *self,
             const char     *field,
             const char     *value)
{
  guint64 number = 0;

  if (value == NULL || *value == '\0')
    return g_strdup (_("(empty)"));

  if (g_strcmp0 (field, "outcome") == 0)
    {
      AccOutcome outcome;

      if (acc_outcome_from_string (value, &outcome))
        return g_strdup (acc_outcome_label_for_channel (outcome, acc_interaction_get_channel (self->interaction)));
      return g_strdup (value);
    }
  if (g_strcmp0 (field, "phone") == 0)
    return acc_phone_format_national (value);

  if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64, &number, NULL))
    return g_strdup (value);

  if (g_strcmp0 (field, "supervisor-id") == 0 || g_strcmp0 (field, "staff-id") == 0)
    {
      g_autoptr(AccStaffMember) member = acc_repository_get_staff (self->repository, (gint64) number, NULL);

      if (member != NULL)
        return g_strdup (acc_staff_member_get_name (member));
    }
  else if (g_strcmp0 (field, "contact-id") == 0)
    {
      g_autoptr(AccContact) contact = acc_repository_get_contact (self->repository, (gint64) number, NULL);

      if (contact != NULL)
        return g_strdup (acc_contact_get_name (contact));
    }
  else if (g_strcmp0 (field, "directory-id") == 0)
    {
      for (guint i = 0; self->directory != NULL && i < g_list_model_get_n_items (self->directory); i++)
        {
          g_autoptr(AccDirectoryEntry) entry = g_list_model_get_item (self->directory, i);

          if (acc_directory_entry_get_id (entry) == (gint64) number)
            return g_strdup (acc_directory_entry_get_name (entry));
        }
    }
  else if (g_strcmp0 (field, "checklist") == 0)
    return checklist_words ((guint) number,
                            acc_interaction_get_channel (self->interaction) == ACC_CHANNEL_VISIT);
  else if (g_strcmp0 (field, "ended-at") == 0 || g_strcmp0 (field, "started-at") == 0)
    return format_full_time ((gint64) number);

  /* Translators: a record we cannot name any more (deleted), by its number */
  return g_strdup_printf (_("no. %s"), value);
}

static GtkWidget *
new_history_row (AccEntryDialog *self,
                 AccChange      *change)
{
  const char *field = acc_change_get_field (change);
  g_autofree char *old_words = value_words (self, field, acc_change_get_old_value (change));
  g_autofree char *new_words = value_words (self, field, acc_change_get_new_value (change));
  g_autofree char *when = format_full_time (acc_change_get_at (change));
  g_autofree char *what = NULL;
  g_autofree char *who_when = NULL;
  g_autofree char *accessible = NULL;
  const char *who = acc_change_get_staff_name (change);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label;

  /* Translators: a correction in an entry's history: old value → new value */
  what = g_strdup_printf (_("%s → %s"), old_words, new_words);
  /* Translators: who corrected an entry, and when */
  who_when = g_strdup_printf (_("%s, %s"), who != NULL ? who : _("Someone unknown"), when != NULL ? when : "");

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (field_label (field));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (what);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (who_when);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  accessible = g_strdup_printf ("%s: %s. %s", field_label (field), what, who_when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

static void
load_history (AccEntryDialog *self)
{
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  changes = acc_repository_list_interaction_changes (self->repository,
                                                     acc_interaction_get_id (self->interaction), &error);
  if (changes == NULL)
    {
      GtkWidget *label = gtk_label_new (error->message);

      gtk_widget_add_css_class (label, "error");
      gtk_list_box_append (self->history_list, label);
      return;
    }

  /* Newest first, as in the books. */
  for (guint i = g_list_model_get_n_items (changes); i > 0; i--)
    {
      g_autoptr(AccChange) change = g_list_model_get_item (changes, i - 1);

      gtk_list_box_append (self->history_list, new_history_row (self, change));
    }

  if (g_list_model_get_n_items (changes) == 0)
    {
      GtkWidget *label = gtk_label_new (_("Never corrected."));

      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->history_list, label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
    }
}

/* Filling ---------------------------------------------------------------- */

static void
set_step (GtkImage   *icon,
          GtkLabel   *label,
          gboolean    done)
{
  gtk_image_set_from_icon_name (icon, done ? "object-select-symbolic" : "window-close-symbolic");
  gtk_label_set_text (label, done ? C_("procedure step", "Ticked") : C_("procedure step", "Not ticked"));
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* A list with "choose" first, then @names; @ids in the same order. */
static void
fill_choice (AdwComboRow  *row,
             const char   *choose,
             GPtrArray    *names,
             GArray       *ids,
             gint64        selected_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, choose);
  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (g_array_index (ids, gint64, i) == selected_id)
        selected = i + 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

static void
fill_supervisors (AccEntryDialog *self)
{
  g_autoptr(GListModel) staff = acc_repository_list_staff (self->repository, FALSE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 current = acc_interaction_get_supervisor_id (self->interaction);

  g_array_set_size (self->supervisor_ids, 0);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      gint64 id = acc_staff_member_get_id (member);

      /* The active supervisors, and whoever the call went to then. */
      if (id != current
          && (acc_staff_member_get_role (member) != ACC_ROLE_SUPERVISOR || !acc_staff_member_get_active (member)))
        continue;
      g_ptr_array_add (names, g_strdup (acc_staff_member_get_name (member)));
      g_array_append_val (self->supervisor_ids, id);
    }
  fill_choice (self->supervisor_row, _("Choose a supervisor"), names, self->supervisor_ids, current);
}

static void
fill_directory (AccEntryDialog *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->directory_ids, 0);
  for (guint i = 0; self->directory != NULL && i < g_list_model_get_n_items (self->directory); i++)
    {
      g_autoptr(AccDirectoryEntry) entry = g_list_model_get_item (self->directory, i);
      gint64 id = acc_directory_entry_get_id (entry);

      g_ptr_array_add (names, g_strdup (acc_directory_entry_get_name (entry)));
      g_array_append_val (self->directory_ids, id);
    }
  fill_choice (self->directory_row, _("Choose a service"), names, self->directory_ids,
               acc_interaction_get_directory_id (self->interaction));
}

static AccOutcome
selected_outcome (AccEntryDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  return selected <= ACC_OUTCOME_MESSAGE ? (AccOutcome) selected : ACC_OUTCOME_ANSWERED;
}

/* The rows that go with the outcome chosen. */
static void
update_outcome_rows (AccEntryDialog *self)
{
  AccOutcome outcome = selected_outcome (self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->detail_row),
                                 outcome == ACC_OUTCOME_ANSWERED ? _("_What was answered") : _("_Details"));
  acc_field_label_entry_row (GTK_WIDGET (self->detail_row));
  gtk_widget_set_visible (GTK_WIDGET (self->supervisor_row), outcome == ACC_OUTCOME_TRANSFERRED);
  gtk_widget_set_visible (GTK_WIDGET (self->directory_row), outcome == ACC_OUTCOME_ORIENTED);
  if (outcome != ACC_OUTCOME_TRANSFERRED)
    acc_field_error_show (GTK_WIDGET (self->supervisor_row), self->supervisor_error, NULL);
  if (outcome != ACC_OUTCOME_ORIENTED)
    acc_field_error_show (GTK_WIDGET (self->directory_row), self->directory_error, NULL);
}

/* The titles of the documents handed over, from the register. */
static char *
documents_words (AccEntryDialog *self)
{
  GVariant *document_ids = acc_interaction_get_document_ids (self->interaction);
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  const gint64 *ids;
  gsize n_ids = 0;

  if (document_ids == NULL)
    return NULL;
  ids = g_variant_get_fixed_array (document_ids, &n_ids, sizeof (gint64));
  if (n_ids == 0)
    return NULL;

  documents = acc_repository_list_documents (self->repository, NULL);
  titles = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i < n_ids; i++)
    {
      const char *title = NULL;

      for (guint j = 0; documents != NULL && j < g_list_model_get_n_items (documents); j++)
        {
          g_autoptr(AccDocument) document = g_list_model_get_item (documents, j);

          if (acc_document_get_id (document) == ids[i])
            {
              g_ptr_array_add (titles, g_strdup (acc_document_get_title (document)));
              title = "";
              break;
            }
        }
      if (title == NULL)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);

          /* Translators: a record we cannot name any more (deleted), by its number */
          g_ptr_array_add (titles, g_strdup_printf (_("no. %s"), number));
        }
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (", ", (char **) titles->pdata);
}

/* The outcomes as the channel says them, in AccOutcome order. */
static void
fill_outcomes (AccEntryDialog *self,
               AccChannel      channel)
{
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);

  for (AccOutcome outcome = ACC_OUTCOME_ANSWERED; outcome <= ACC_OUTCOME_MESSAGE; outcome++)
    gtk_string_list_append (outcomes, acc_outcome_label_for_channel (outcome, channel));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcomes));
}

static void
fill (AccEntryDialog *self)
{
  AccInteraction *interaction = self->interaction;
  gboolean visit = acc_interaction_get_channel (interaction) == ACC_CHANNEL_VISIT;
  g_autofree char *phone = acc_phone_format_national (acc_interaction_get_phone (interaction));
  g_autofree char *started = format_full_time (acc_interaction_get_started_at (interaction));
  g_autofree char *ended = format_full_time (acc_interaction_get_ended_at (interaction));
  g_autofree char *subtitle = NULL;
  guint checklist = acc_interaction_get_checklist (interaction);
  gboolean message = acc_interaction_get_outcome (interaction) == ACC_OUTCOME_MESSAGE;

  self->filling = TRUE;

  gtk_window_set_title (GTK_WINDOW (self), visit ? _("Visit") : _("Call"));
  adw_window_title_set_title (self->window_title, acc_interaction_get_name (interaction));
  subtitle = visit ? g_strdup_printf (_("Visit of %s"), started ? started : "")
                   : g_strdup_printf (_("Call of %s"), started ? started : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_preferences_group_set_title (self->caller_group, visit ? _("Visitor") : _("Caller"));
  adw_preferences_group_set_title (self->interaction_group, visit ? _("Visit") : _("Call"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->agent_row), visit ? _("Received by") : _("Taken by"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->started_row), visit ? _("Arrival") : _("Started"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ended_row), visit ? _("Departure") : _("Ended"));
  gtk_widget_set_visible (GTK_WIDGET (self->call_steps_group), !visit);
  gtk_widget_set_visible (GTK_WIDGET (self->visit_steps_group), visit);
  if (visit)
    {
      g_autofree char *documents = documents_words (self);

      adw_action_row_set_subtitle (self->documents_row, documents != NULL ? documents : _("None"));
      gtk_widget_set_visible (GTK_WIDGET (self->documents_row), TRUE);
    }
  fill_outcomes (self, acc_interaction_get_channel (interaction));

  set_entry_text (self->name_row, acc_interaction_get_name (interaction));
  set_entry_text (self->organisation_row, acc_interaction_get_organisation (interaction));
  set_entry_text (self->phone_row, phone);
  set_entry_text (self->email_row, acc_interaction_get_email (interaction));
  set_entry_text (self->reason_row, acc_interaction_get_reason (interaction));
  set_entry_text (self->notes_row, acc_interaction_get_notes (interaction));
  set_entry_text (self->detail_row, acc_interaction_get_outcome_detail (interaction));

  adw_action_row_set_subtitle (self->agent_row,
                               acc_interaction_get_staff_name (interaction) ? acc_interaction_get_staff_name (interaction) : "");
  adw_action_row_set_subtitle (self->started_row, started ? started : "");
  adw_action_row_set_subtitle (self->ended_row, ended ? ended : _("Not recorded"));

  set_step (self->greeted_icon, self->greeted_label, checklist & ACC_CALL_STEP_GREETED);
  set_step (self->reason_asked_icon, self->reason_asked_label, checklist & ACC_CALL_STEP_REASON_ASKED);
  set_step (self->name_asked_icon, self->name_asked_label, checklist & ACC_CALL_STEP_NAME_ASKED);
  set_step (self->presented_icon, self->presented_label, checklist & ACC_CALL_STEP_ORGANISATION_PRESENTED);
  set_step (self->introduced_icon, self->introduced_label, checklist & ACC_VISIT_STEP_INTRODUCED);
  set_step (self->visit_reason_icon, self->visit_reason_label, checklist & ACC_VISIT_STEP_REASON_ASKED);
  set_step (self->informed_icon, self->informed_label, checklist & ACC_VISIT_STEP_INFORMED);
  set_step (self->supervisor_called_icon, self->supervisor_called_label, checklist & ACC_VISIT_STEP_SUPERVISOR_CALLED);
  set_step (self->oriented_icon, self->oriented_label, checklist & ACC_VISIT_STEP_ORIENTED);

  adw_combo_row_set_selected (self->outcome_row, acc_interaction_get_outcome (interaction));
  /* The message taken went its own way (the recipient's inbox): it cannot
   * be taken back, nor added, by a correction. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_row), !message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->outcome_row),
                               message ? _("The message follows its course in the recipient’s inbox.") : "");
  fill_supervisors (self);
  fill_directory (self);
  update_outcome_rows (self);

  self->filling = FALSE;
  self->dirty = FALSE;
}

/* Editing ---------------------------------------------------------------- */

static void
on_field_changed (AccEntryDialog *self)
{
  if (self->filling)
    return;
  self->dirty = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
}

static void
on_entry_changed (AccEntryDialog *self,
                  GtkWidget      *field)
{
  if (self->filling)
    return;
  acc_field_error_clear_for (field);
  on_field_changed (self);
}

static void
on_choice_changed (AccEntryDialog *self,
                   GParamSpec     *pspec,
                   GtkWidget      *field)
{
  if (self->filling)
    return;
  acc_field_error_clear_for (field);
  on_field_changed (self);
}

static void
on_outcome_changed (AccEntryDialog *self)
{
  update_outcome_rows (self);
  if (!self->filling)
    acc_field_error_show (GTK_WIDGET (self->outcome_row), self->outcome_error, NULL);
  on_field_changed (self);
}

static gint64
chosen_id (AdwComboRow *row,
           GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

/* Whether the agent changed the outcome or what goes with it. */
static gboolean
outcome_edited (AccEntryDialog *self)
{
  AccInteraction *stored = self->interaction;
  g_autofree char *detail = acc_field_text (GTK_WIDGET (self->detail_row));
  AccOutcome outcome = selected_outcome (self);

  if (outcome != acc_interaction_get_outcome (stored))
    return TRUE;
  if (g_strcmp0 (detail, acc_interaction_get_outcome_detail (stored) ? acc_interaction_get_outcome_detail (stored) : "") != 0)
    return TRUE;
  if (outcome == ACC_OUTCOME_TRANSFERRED
      && chosen_id (self->supervisor_row, self->supervisor_ids) != acc_interaction_get_supervisor_id (stored))
    return TRUE;
  if (outcome == ACC_OUTCOME_ORIENTED
      && chosen_id (self->directory_row, self->directory_ids) != acc_interaction_get_directory_id (stored))
    return TRUE;
  return FALSE;
}

/* Shows what is wrong next to each field; returns the first such field. */
static GtkWidget *
validate (AccEntryDialog *self)
{
  g_autofree char *detail = acc_field_text (GTK_WIDGET (self->detail_row));
  gboolean visit = acc_interaction_get_channel (self->interaction) == ACC_CHANNEL_VISIT;
  AccOutcome outcome = selected_outcome (self);
  gboolean was_message = acc_interaction_get_outcome (self->interaction) == ACC_OUTCOME_MESSAGE;
  gboolean check_outcome;
  GtkWidget *first = NULL;

#define FIELD_ERROR(row, label, text) \
  acc_field_error_update (GTK_WIDGET (row), (label), (text), &first)

  acc_field_check_text (GTK_WIDGET (self->name_row), self->name_error,
                        visit ? _("Type the visitor’s name: the register needs it.")
                              : _("Type the caller’s name: the book needs it."),
                        ACC_LIMIT_NAME, &first);

  acc_field_check_phone (GTK_WIDGET (self->phone_row), self->phone_error,
                         _("This number cannot be read: type ten digits, such as 06 12 34 56 78, or +32… for abroad."),
                         NULL, &first);

  acc_field_check_email (GTK_WIDGET (self->email_row), self->email_error,
                         _("This e-mail address looks wrong: it needs an @ and a domain, as in nom@exemple.fr."),
                         &first);
  acc_field_check_length (GTK_WIDGET (self->organisation_row), ACC_LIMIT_NAME, &first);
  acc_field_check_length (GTK_WIDGET (self->reason_row), ACC_LIMIT_LINE, &first);
  acc_field_check_length (GTK_WIDGET (self->notes_row), ACC_LIMIT_TEXT, &first);

  /* The outcome's rules hold for an outcome being corrected; an old entry
   * that lacks, say, what was answered can still have its name fixed. */
  check_outcome = outcome_edited (self);

  FIELD_ERROR (self->outcome_row, self->outcome_error,
               outcome == ACC_OUTCOME_MESSAGE && !was_message
               ? (visit ? _("A message cannot be added by a correction: take a new message for the visitor instead.")
                        : _("A message cannot be added by a correction: take a new message for the caller instead."))
               : NULL);

  if (acc_field_check_text (GTK_WIDGET (self->detail_row), self->detail_error, NULL, ACC_LIMIT_TEXT, &first))
    FIELD_ERROR (self->detail_row, self->detail_error,
                 check_outcome && outcome == ACC_OUTCOME_ANSWERED && *detail == '\0'
                 ? _("Say briefly what was answered.") : NULL);

  FIELD_ERROR (self->supervisor_row, self->supervisor_error,
               check_outcome && outcome == ACC_OUTCOME_TRANSFERRED
               && chosen_id (self->supervisor_row, self->supervisor_ids) == 0
               ? (visit ? _("Choose the supervisor who was called.")
                        : _("Choose the supervisor the call was transferred to."))
               : NULL);

  FIELD_ERROR (self->directory_row, self->directory_error,
               check_outcome && outcome == ACC_OUTCOME_ORIENTED
               && chosen_id (self->directory_row, self->directory_ids) == 0
               ? _("Choose the service the person was oriented to.") : NULL);

#undef FIELD_ERROR

  return first;
}

static char *
text_or_null (AdwEntryRow *row)
{
  char *text = acc_field_text (GTK_WIDGET (row));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
close_dialog (AccEntryDialog *self)
{
  self->done = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccEntryDialog *self = ACC_ENTRY_DIALOG (widget);
  g_autoptr(AccInteraction) corrected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *first_invalid;
  AccOutcome outcome;

  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  first_invalid = validate (self);
  if (first_invalid != NULL)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }
  if (self->staff == NULL)
    {
      gtk_label_set_text (self->save_error, _("Choose who is at the desk first: corrections are recorded in their name."));
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  /* The entry as stored now, with the fields of the form: what another
   * window corrected meanwhile in fields left alone here is kept. */
  corrected = acc_repository_get_interaction (self->repository, acc_interaction_get_id (self->interaction), &error);
  if (corrected == NULL)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  name = text_or_null (self->name_row);
  organisation = text_or_null (self->organisation_row);
  phone = text_or_null (self->phone_row);
  email = text_or_null (self->email_row);
  reason = text_or_null (self->reason_row);
  notes = text_or_null (self->notes_row);
  detail = text_or_null (self->detail_row);
  outcome = selected_outcome (self);

  acc_interaction_set_name (corrected, name);
  acc_interaction_set_organisation (corrected, organisation);
  acc_interaction_set_phone (corrected, phone);
  acc_interaction_set_email (corrected, email);
  acc_interaction_set_reason (corrected, reason);
  acc_interaction_set_notes (corrected, notes);
  acc_interaction_set_outcome_detail (corrected, detail);
  if (acc_interaction_get_outcome (self->interaction) != ACC_OUTCOME_MESSAGE && outcome_edited (self))
    {
      acc_interaction_set_outcome (corrected, outcome);
      acc_interaction_set_supervisor_id (corrected, outcome == ACC_OUTCOME_TRANSFERRED
                                                    ? chosen_id (self->supervisor_row, self->supervisor_ids) : 0);
      acc_interaction_set_directory_id (corrected, outcome == ACC_OUTCOME_ORIENTED
                                                   ? chosen_id (self->directory_row, self->directory_ids) : 0);
      if (!acc_interaction_check_outcome (corrected, NULL, &error))
        {
          acc_field_error_show (GTK_WIDGET (self->outcome_row), self->outcome_error, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->outcome_row));
          return;
        }
    }

  if (!acc_repository_correct_interaction (self->repository, corrected,
                                           acc_staff_member_get_id (self->staff), &error))
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, corrected);
  close_dialog (self);
}

static void
on_discard_response (AccEntryDialog *self,
                     const char     *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    close_dialog (self);
}

static void
ask_before_closing (AccEntryDialog *self)
{
  AdwMessageDialog *dialog;

  if (!self->dirty)
    {
      close_dialog (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard the Correction?"),
                                                       _("The changes typed are not saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_before_closing (ACC_ENTRY_DIALOG (widget));
}

static gboolean
acc_entry_dialog_close_request (GtkWindow *window)
{
  AccEntryDialog *self = ACC_ENTRY_DIALOG (window);

  if (self->done)
    return FALSE;
  ask_before_closing (self);
  return TRUE;
}

static void
acc_entry_dialog_dispose (GObject *object)
{
  AccEntryDialog *self = ACC_ENTRY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_ENTRY_DIALOG);
  g_clear_object (&self->directory);
  g_clear_object (&self->interaction);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_entry_dialog_parent_class)->dispose (object);
}

static void
acc_entry_dialog_finalize (GObject *object)
{
  AccEntryDialog *self = ACC_ENTRY_DIALOG (object);

  g_clear_pointer (&self->supervisor_ids, g_array_unref);
  g_clear_pointer (&self->directory_ids, g_array_unref);

  G_OBJECT_CLASS (acc_entry_dialog_parent_class)->finalize (object);
}

static void
acc_entry_dialog_class_init (AccEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = acc_entry_dialog_dispose;
  object_class->finalize = acc_entry_dialog_finalize;
  window_class->close_request = acc_entry_dialog_close_request;

  /**
   * AccEntryDialog::saved:
   * @interaction: the entry as corrected
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ACC_TYPE_INTERACTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, save_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, caller_group);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, interaction_group);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, call_steps_group);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, visit_steps_group);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, documents_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, agent_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, started_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, ended_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, greeted_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, greeted_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, reason_asked_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, reason_asked_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, name_asked_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, name_asked_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, presented_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, presented_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, introduced_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, introduced_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, visit_reason_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, visit_reason_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, informed_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, informed_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, supervisor_called_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, supervisor_called_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, oriented_icon);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, oriented_label);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, outcome_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, detail_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, detail_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, supervisor_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, supervisor_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, directory_row);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, directory_error);
  gtk_widget_class_bind_template_child (widget_class, AccEntryDialog, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_changed);

  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "entry.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "entry.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "entry.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "entry.cancel", NULL);
}

static void
acc_entry_dialog_init (AccEntryDialog *self)
{
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->supervisor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->directory_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  acc_field_error_attach (GTK_WIDGET (self->name_row), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_row), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_row), self->email_error);
  acc_field_error_attach (GTK_WIDGET (self->detail_row), self->detail_error);
  acc_field_error_attach (GTK_WIDGET (self->supervisor_row), self->supervisor_error);
  acc_field_error_attach (GTK_WIDGET (self->directory_row), self->directory_error);
  acc_field_label_entry_rows (GTK_WIDGET (self));
}

/**
 * acc_entry_dialog_new:
 * @parent: (nullable): the window it is modal for
 * @interaction_id: the call or visit to show
 * @staff: (nullable): who corrects it
 * @error: why the entry cannot be shown
 *
 * Returns: (transfer none) (nullable): the dialog, not yet shown, or %NULL
 * when the entry cannot be read.
 */
AccEntryDialog *
acc_entry_dialog_new (GtkWindow       *parent,
                      AccRepository   *repository,
                      gint64           interaction_id,
                      AccStaffMember  *staff,
                      GError         **error)
{
  g_autoptr(AccInteraction) interaction = NULL;
  AccEntryDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  /* Read again: the row of the lazy list may be older than the database. */
  interaction = acc_repository_get_interaction (repository, interaction_id, error);
  if (interaction == NULL)
    return NULL;

  self = g_object_new (ACC_TYPE_ENTRY_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->repository = g_object_ref (repository);
  self->interaction = g_steal_pointer (&interaction);
  g_set_object (&self->staff, staff);
  self->directory = acc_repository_list_directory (repository, NULL);

  fill (self);
  load_history (self);
  return self;
}

/**
 * acc_entry_dialog_present:
 *
 * Opens an entry of a book, the focus on its first field.
 *
 * Returns: (transfer none) (nullable): the dialog shown, or %NULL with
 * @error set when the entry cannot be read.
 */
AccEntryDialog *
acc_entry_dialog_present (GtkWindow       *parent,
                          AccRepository   *repository,
                          gint64           interaction_id,
                          AccStaffMember  *staff,
                          GError         **error)
{
  AccEntryDialog *self = acc_entry_dialog_new (parent, repository, interaction_id, staff, error);

  if (self == NULL)
    return NULL;
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * acc_entry_dialog_get_interaction:
 *
 * Returns: (transfer none): the entry as it was when the dialog opened.
 */
AccInteraction *
acc_entry_dialog_get_interaction (AccEntryDialog *self)
{
  g_return_val_if_fail (ACC_IS_ENTRY_DIALOG (self), NULL);
  return self->interaction;
}

/**
 * acc_entry_dialog_get_history:
 *
 * Returns: (transfer none): the list of corrections shown.
 */
GtkListBox *
acc_entry_dialog_get_history (AccEntryDialog *self)
{
  g_return_val_if_fail (ACC_IS_ENTRY_DIALOG (self), NULL);
  return self->history_list;
}
