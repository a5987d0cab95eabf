/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-preferences-window.c — the manager's set-up of the organisation: its
 * details and greetings, the reasons, the staff, the phone slots, opening
 * hours and closures, the message deadline and data retention.
 *
 * There is no Save button: a choice is saved when made, a text field when
 * the typing rests (ACC_PREFERENCES_SAVE_DELAY_MS) or the window closes.
 * What another window or process changes shows up through the repository's
 * ::changed (data_version for other processes). Only a manager edits; the
 * others see the settings read-only, with a note that says why.
 */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-labels.h"
#include "acc-phone.h"
#include "acc-preferences-window.h"

#include <string.h>

struct _AccPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AccRepository *repository;

  /* Field → PendingSave: the text fields waiting to be saved. */
  GHashTable *pending;
  /* Set while fields are filled from the database, and while this window
   * saves (its own ::changed needs no reload). */
  gboolean loading;
  guint saving;
  gboolean read_only;

  /* The weekday rows of each schedule kind, [kind][weekday - 1]. */
  AdwExpanderRow *weekday_rows[2][7];
  GPtrArray *reason_rows;
  GPtrArray *staff_rows;
  GPtrArray *closure_rows;

  /* Template widgets */
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *address_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *website_row;
  AdwEntryRow *phone_greeting_row;
  AdwActionRow *phone_preview_row;
  AdwEntryRow *visit_greeting_row;
  AdwActionRow *visit_preview_row;
  AdwPreferencesGroup *reasons_group;
  AdwEntryRow *new_reason_row;
  AdwPreferencesGroup *staff_group;
  AdwEntryRow *new_staff_row;
  AdwPreferencesGroup *phone_slots_group;
  AdwPreferencesGroup *opening_hours_group;
  AdwPreferencesGroup *closures_group;
  AdwEntryRow *closure_first_row;
  AdwEntryRow *closure_last_row;
  AdwEntryRow *closure_label_row;
  AdwComboRow *closure_kind_row;
  GtkLabel *closure_error;
  GtkSpinButton *deadline_spin;
  GtkSpinButton *retention_spin;
};

G_DEFINE_FINAL_TYPE (AccPreferencesWindow, acc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef void (*SaveFunc) (AccPreferencesWindow *self,
                          GtkWidget            *field);

typedef struct
{
  AccPreferencesWindow *self;
  GtkWidget *field;
  SaveFunc save;
  guint source_id;
} PendingSave;

static void reload_all (AccPreferencesWindow *self);
static void reload_reasons (AccPreferencesWindow *self);
static void reload_staff (AccPreferencesWindow *self);
static void reload_schedule (AccPreferencesWindow *self);
static void reload_closures (AccPreferencesWindow *self);

static const char *
weekday_name (guint weekday)
{
  switch (weekday)
    {
    case 1: return _("Monday");
    case 2: return _("Tuesday");
    case 3: return _("Wednesday");
    case 4: return _("Thursday");
    case 5: return _("Friday");
    case 6: return _("Saturday");
    case 7: return _("Sunday");
    default: g_return_val_if_reached ("");
    }
}

/**
 * acc_parse_time_of_day:
 * @text: a time as typed: "9:30", "09:30", "9h30", "9h" or "24:00"
 * @minute: (out): minutes since midnight, 0 to 1440
 *
 * Returns: whether @text is a time of day.
 */
gboolean
acc_parse_time_of_day (const char *text,
                       guint      *minute)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) parts = NULL;
  guint64 hours, minutes = 0;

  g_strdelimit (clean, "hH.", ':');
  parts = g_strsplit (clean, ":", -1);
  if (g_strv_length (parts) != 2 || strlen (parts[0]) < 1 || strlen (parts[0]) > 2
      || !g_ascii_string_to_unsigned (parts[0], 10, 0, 24, &hours, NULL))
    return FALSE;
  /* "9h" is nine o'clock; "9:" is a slip. */
  if (*parts[1] == '\0' && strchr (text, ':') == NULL)
    minutes = 0;
  else if (strlen (parts[1]) != 2 || !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &minutes, NULL))
    return FALSE;
  if (hours * 60 + minutes > 24 * 60)
    return FALSE;
  *minute = (guint) (hours * 60 + minutes);
  return TRUE;
}

/**
 * acc_format_time_of_day:
 *
 * Returns: (transfer full): @minute since midnight as "HH:MM".
 */
char *
acc_format_time_of_day (guint minute)
{
  return g_strdup_printf ("%02u:%02u", minute / 60, minute % 60);
}

/* Names a widget built in code as a template names its children, so that
 * gtk_buildable_get_buildable_id() (and the tests) find it: GTK 4.8 keeps
 * a widget's id as this object data and has no public setter. */
static void
set_widget_id (gpointer    widget,
               const char *id)
{
  g_object_set_data_full (G_OBJECT (widget), "gtk-builder-set-id", g_strdup (id), g_free);
}

static AccApplication *
get_application (AccPreferencesWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return ACC_IS_APPLICATION (application) ? ACC_APPLICATION (application) : NULL;
}

static AccStaffMember *
current_staff (AccPreferencesWindow *self)
{
  AccApplication *application = get_application (self);

  return application != NULL ? acc_application_get_current_staff (application) : NULL;
}

static void
show_failure (AccPreferencesWindow *self,
              const GError         *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

/* Saving ----------------------------------------------------------------- */

static void
pending_save_free (gpointer data)
{
  PendingSave *pending = data;

  g_clear_handle_id (&pending->source_id, g_source_remove);
  g_clear_object (&pending->field);
  g_free (pending);
}

static void
run_save (AccPreferencesWindow *self,
          GtkWidget            *field,
          SaveFunc              save)
{
  self->saving++;
  save (self, field);
  self->saving--;
}

static gboolean
on_save_timeout (gpointer user_data)
{
  PendingSave *pending = user_data;
  AccPreferencesWindow *self = pending->self;
  g_autoptr(GtkWidget) field = g_object_ref (pending->field);
  SaveFunc save = pending->save;

  pending->source_id = 0;
  g_hash_table_remove (self->pending, field);
  run_save (self, field, save);
  return G_SOURCE_REMOVE;
}

/* A text field was edited: saved once the typing rests. */
static void
save_later (AccPreferencesWindow *self,
            GtkWidget            *field,
            SaveFunc              save)
{
  PendingSave *pending;

  if (self->loading || self->read_only)
    return;
  pending = g_hash_table_lookup (self->pending, field);
  if (pending == NULL)
    {
      pending = g_new0 (PendingSave, 1);
      pending->self = self;
      pending->field = g_object_ref (field);
      pending->save = save;
      g_hash_table_insert (self->pending, field, pending);
    }
  g_clear_handle_id (&pending->source_id, g_source_remove);
  pending->source_id = g_timeout_add (ACC_PREFERENCES_SAVE_DELAY_MS, on_save_timeout, pending);
}

/**
 * acc_preferences_window_flush:
 *
 * Saves at once what is waiting for the typing to rest: when the window
 * closes, and for tests.
 */
void
acc_preferences_window_flush (AccPreferencesWindow *self)
{
  g_autoptr(GList) fields = NULL;

  g_return_if_fail (ACC_IS_PREFERENCES_WINDOW (self));

  fields = g_hash_table_get_keys (self->pending);
  for (GList *l = fields; l != NULL; l = l->next)
    {
      PendingSave *pending = g_hash_table_lookup (self->pending, l->data);
      g_autoptr(GtkWidget) field = g_object_ref (pending->field);
      SaveFunc save = pending->save;

      g_hash_table_remove (self->pending, field);
      run_save (self, field, save);
    }
}

static gboolean
has_pending_under (AccPreferencesWindow *self,
                   GtkWidget            *ancestor)
{
  GHashTableIter iter;
  gpointer field;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &field, NULL))
    if (ancestor == NULL || gtk_widget_is_ancestor (field, ancestor) || field == ancestor)
      return TRUE;
  return FALSE;
}

/* Organisation and greetings -------------------------------------------- */

static void
update_previews (AccPreferencesWindow *self)
{
  AccStaffMember *member = current_staff (self);
  const char *agent = member != NULL ? acc_staff_member_get_name (member) : _("Nobody at the desk");
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->name_row));
  g_autofree char *phone = NULL;
  g_autofree char *visit = NULL;
  const char *phone_template = gtk_editable_get_text (GTK_EDITABLE (self->phone_greeting_row));
  const char *visit_template = gtk_editable_get_text (GTK_EDITABLE (self->visit_greeting_row));

  /* An empty template is the default one, as acc_repository_save_organisation() stores it. */
  phone = acc_organisation_format_greeting (*phone_template != '\0' ? phone_template : ACC_DEFAULT_PHONE_GREETING,
                                            name, agent);
  visit = acc_organisation_format_greeting (*visit_template != '\0' ? visit_template : ACC_DEFAULT_VISIT_GREETING,
                                            name, agent);
  adw_action_row_set_subtitle (self->phone_preview_row, phone);
  adw_action_row_set_subtitle (self->visit_preview_row, visit);
}

static void
save_organisation_field (AccPreferencesWindow *self,
                         GtkWidget            *field)
{
  const char *property = g_object_get_data (G_OBJECT (field), "acc-property");
  g_autofree char *text = acc_field_text (field);
  g_autofree char *stored = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;

  if (field == GTK_WIDGET (self->name_row))
    {
      if (!acc_field_check_text (field, self->name_error,
                                 _("The organisation needs a name."), ACC_LIMIT_NAME, NULL))
        return;
    }
  else if (field == GTK_WIDGET (self->phone_row))
    {
      if (!acc_field_check_phone (field, self->phone_error,
                                  _("This is not a phone number. Type it as 02 38 12 34 56 or +33 2 38 12 34 56."),
                                  &stored, NULL))
        return;
    }
  else if (field == GTK_WIDGET (self->email_row))
    {
      if (!acc_field_check_email (field, self->email_error,
                                  _("This is not an e-mail address. Type it as name@example.fr."), NULL))
        return;
    }

  else if (field == GTK_WIDGET (self->address_row) || field == GTK_WIDGET (self->website_row))
    {
      if (!acc_field_check_length (field, ACC_LIMIT_LINE, NULL))
        return;
    }
  else if (field == GTK_WIDGET (self->phone_greeting_row) || field == GTK_WIDGET (self->visit_greeting_row))
    {
      if (!acc_field_check_length (field, ACC_LIMIT_TEXT, NULL))
        return;
    }

  /* The settings as stored now: another window may have changed another
   * one meanwhile. */
  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation == NULL)
    {
      show_failure (self, error);
      return;
    }
  g_object_set (organisation, property, stored != NULL ? stored : text, NULL);
  if (!acc_repository_save_organisation (self->repository, organisation, &error))
    show_failure (self, error);
}

static void
on_organisation_text_changed (AccPreferencesWindow *self,
                              GtkEditable          *field)
{
  update_previews (self);
  if (self->loading)
    return;
  acc_field_error_clear_for (GTK_WIDGET (field));
  save_later (self, GTK_WIDGET (field), save_organisation_field);
}

static void
save_number (AccPreferencesWindow *self,
             GtkWidget            *field)
{
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  guint value = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field));

  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation == NULL)
    {
      show_failure (self, error);
      return;
    }
  if (field == GTK_WIDGET (self->deadline_spin))
    acc_organisation_set_message_deadline_hours (organisation, value);
  else
    acc_organisation_set_retention_months (organisation, value);
  if (!acc_repository_save_organisation (self->repository, organisation, &error))
    show_failure (self, error);
}

static void
on_number_changed (AccPreferencesWindow *self,
                   GtkSpinButton        *spin)
{
  save_later (self, GTK_WIDGET (spin), save_number);
}

static void
set_field_text (AccPreferencesWindow *self,
                AdwEntryRow          *row,
                const char           *text)
{
  /* What is being typed wins over what was stored before. */
  if (g_hash_table_contains (self->pending, row))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
reload_organisation (AccPreferencesWindow *self)
{
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *phone = NULL;

  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation == NULL)
    {
      show_failure (self, error);
      return;
    }

  self->loading = TRUE;
  set_field_text (self, self->name_row, acc_organisation_get_name (organisation));
  set_field_text (self, self->address_row, acc_organisation_get_address (organisation));
  if (acc_organisation_get_phone (organisation) != NULL)
    phone = acc_phone_format_national (acc_organisation_get_phone (organisation));
  /* The number as typed stays while it means the stored one. */
  if (!g_hash_table_contains (self->pending, self->phone_row))
    {
      g_autofree char *typed = acc_phone_normalize (gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
      if (g_strcmp0 (typed, acc_organisation_get_phone (organisation)) != 0)
        set_field_text (self, self->phone_row, phone);
    }
  set_field_text (self, self->email_row, acc_organisation_get_email (organisation));
  set_field_text (self, self->website_row, acc_organisation_get_website (organisation));
  set_field_text (self, self->phone_greeting_row, acc_organisation_get_phone_greeting (organisation));
  set_field_text (self, self->visit_greeting_row, acc_organisation_get_visit_greeting (organisation));
  if (!g_hash_table_contains (self->pending, self->deadline_spin))
    gtk_spin_button_set_value (self->deadline_spin, acc_organisation_get_message_deadline_hours (organisation));
  if (!g_hash_table_contains (self->pending, self->retention_spin))
    gtk_spin_button_set_value (self->retention_spin, acc_organisation_get_retention_months (organisation));
  self->loading = FALSE;
  update_previews (self);
}

/* Reasons ---------------------------------------------------------------- */

static void
on_reason_move (GtkButton *button)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  const char *label = g_object_get_data (G_OBJECT (button), "acc-reason");
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "acc-position"));
  g_autoptr(GError) error = NULL;

  self->saving++;
  if (position < 0)
    {
      if (!acc_repository_remove_reason (self->repository, label, &error))
        show_failure (self, error);
    }
  else if (!acc_repository_move_reason (self->repository, label, (guint) position, &error))
    show_failure (self, error);
  self->saving--;
  reload_reasons (self);
}

static GtkWidget *
reason_button (const char *icon_name,
               const char *tooltip,
               const char *reason,
               int         position,
               gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data_full (G_OBJECT (button), "acc-reason", g_strdup (reason), g_free);
  g_object_set_data (G_OBJECT (button), "acc-position", GINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", G_CALLBACK (on_reason_move), NULL);
  return button;
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
reload_reasons (AccPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = acc_repository_list_reasons (self->repository, &error);
  guint n;

  if (reasons == NULL)
    {
      show_failure (self, error);
      return;
    }
  clear_rows (self->reasons_group, self->reason_rows);
  n = g_strv_length (reasons);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *up = g_strdup_printf (_("Move “%s” up"), reasons[i]);
      g_autofree char *down = g_strdup_printf (_("Move “%s” down"), reasons[i]);
      g_autofree char *remove = g_strdup_printf (_("Remove “%s”"), reasons[i]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reasons[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 reason_button ("go-up-symbolic", up, reasons[i], (int) i - 1, i > 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 reason_button ("go-down-symbolic", down, reasons[i], (int) i + 1, i + 1 < n));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 reason_button ("user-trash-symbolic", remove, reasons[i], -1, TRUE));
      adw_preferences_group_add (self->reasons_group, row);
      g_ptr_array_add (self->reason_rows, row);
    }
}

static void
on_new_reason_apply (AccPreferencesWindow *self)
{
  g_autofree char *text = acc_field_text (GTK_WIDGET (self->new_reason_row));
  g_autoptr(GError) error = NULL;

  if (*text == '\0'
      || !acc_field_check_length (GTK_WIDGET (self->new_reason_row), ACC_LIMIT_NAME, NULL))
    return;
  self->saving++;
  if (acc_repository_add_reason (self->repository, text, &error))
    gtk_editable_set_text (GTK_EDITABLE (self->new_reason_row), "");
  else
    show_failure (self, error);
  self->saving--;
  reload_reasons (self);
}

/* Staff ------------------------------------------------------------------ */

typedef enum
{
  STAFF_NAME,
  STAFF_PHONE,
  STAFF_EMAIL,
} StaffField;

static gint64
row_staff_id (GtkWidget *widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), "acc-staff-id");

  return id != NULL ? *id : 0;
}

static void
set_staff_id (GtkWidget *widget,
              gint64     id)
{
  g_object_set_data_full (G_OBJECT (widget), "acc-staff-id", g_memdup2 (&id, sizeof id), g_free);
}

static void
update_staff_subtitle (AdwExpanderRow *row,
                       AccStaffMember *member)
{
  g_autofree char *subtitle = NULL;

  if (acc_staff_member_get_active (member))
    subtitle = g_strdup (acc_role_label (acc_staff_member_get_role (member)));
  else
    /* Translators: a staff member's role, and that they no longer work here */
    subtitle = g_strdup_printf (_("%s, inactive"), acc_role_label (acc_staff_member_get_role (member)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), acc_staff_member_get_name (member));
  adw_expander_row_set_subtitle (row, subtitle);
}

/* Applies one edit to the member as stored now, and saves it. */
static void
save_staff_change (AccPreferencesWindow *self,
                   GtkWidget            *field,
                   const char           *property,
                   const GValue         *value)
{
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (field), "acc-staff-row");
  GtkLabel *error_label = g_object_get_data (G_OBJECT (row), "acc-error");
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GError) error = NULL;

  member = acc_repository_get_staff (self->repository, row_staff_id (GTK_WIDGET (row)), &error);
  if (member == NULL)
    {
      show_failure (self, error);
      return;
    }
  g_object_set_property (G_OBJECT (member), property, value);
  if (!acc_repository_save_staff (self->repository, member, &error))
    {
      acc_field_error_show (field, error_label, error->message);
      return;
    }
  acc_field_error_show (field, error_label, NULL);
  update_staff_subtitle (row, member);
}

static void
save_staff_text (AccPreferencesWindow *self,
                 GtkWidget            *field)
{
  StaffField which = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (field), "acc-staff-field"));
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (field), "acc-staff-row");
  GtkLabel *error_label = g_object_get_data (G_OBJECT (row), "acc-error");
  g_autofree char *text = acc_field_text (field);
  g_autofree char *e164 = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  switch (which)
    {
    case STAFF_NAME:
      if (!acc_field_check_text (field, error_label,
                                 _("A staff member needs a name."), ACC_LIMIT_NAME, NULL))
        return;
      g_value_set_string (&value, text);
      save_staff_change (self, field, "name", &value);
      break;
    case STAFF_PHONE:
      if (!acc_field_check_phone (field, error_label,
                                  _("This is not a phone number. Type it as 06 12 34 56 78 or +33 6 12 34 56 78."),
                                  &e164, NULL))
        return;
      g_value_set_string (&value, e164);
      save_staff_change (self, field, "phone", &value);
      break;
    case STAFF_EMAIL:
      if (!acc_field_check_email (field, error_label,
                                  _("This is not an e-mail address. Type it as name@example.fr."), NULL))
        return;
      g_value_set_string (&value, text);
      save_staff_change (self, field, "email", &value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_staff_text_changed (GtkEditable *field)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (field)));

  if (self->loading)
    return;
  acc_field_error_clear_for (GTK_WIDGET (field));
  save_later (self, GTK_WIDGET (field), save_staff_text);
}

static void
on_staff_role_selected (AdwComboRow *combo)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (combo)));
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->loading || self->read_only)
    return;
  /* The combo lists the roles in the order of AccRole. */
  g_value_init (&value, ACC_TYPE_ROLE);
  g_value_set_enum (&value, (int) adw_combo_row_get_selected (combo));
  self->saving++;
  save_staff_change (self, GTK_WIDGET (combo), "role", &value);
  self->saving--;
}

static void
on_staff_active_changed (GtkSwitch  *toggle,
                         GParamSpec *pspec)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (toggle)));
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->loading || self->read_only)
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (toggle));
  self->saving++;
  save_staff_change (self, GTK_WIDGET (toggle), "active", &value);
  self->saving--;
}

static GtkWidget *
error_row (GtkLabel **label)
{
  GtkWidget *row = adw_preferences_row_new ();

  *label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (*label, 0);
  gtk_label_set_wrap (*label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (*label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (*label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (*label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (*label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (*label), "error");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (*label));
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static GtkWidget *
staff_entry (AdwExpanderRow *row,
             const char     *title,
             const char     *text,
             StaffField      which,
             const char     *buildable_name)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  set_widget_id ((entry), buildable_name);
  g_object_set_data (G_OBJECT (entry), "acc-staff-row", row);
  g_object_set_data (G_OBJECT (entry), "acc-staff-field", GINT_TO_POINTER (which));
  acc_field_error_attach (entry, g_object_get_data (G_OBJECT (row), "acc-error"));
  g_signal_connect (entry, "changed", G_CALLBACK (on_staff_text_changed), NULL);
  adw_expander_row_add_row (row, entry);
  acc_field_label_entry_row (entry);
  return entry;
}

static GtkWidget *
staff_row_new (AccStaffMember *member)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *role = adw_combo_row_new ();
  GtkWidget *active_row = adw_action_row_new ();
  GtkWidget *active = gtk_switch_new ();
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autofree char *phone = NULL;
  GtkLabel *error_label;
  GtkWidget *errors = error_row (&error_label);

  set_staff_id (row, acc_staff_member_get_id (member));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  update_staff_subtitle (ADW_EXPANDER_ROW (row), member);
  g_object_set_data (G_OBJECT (row), "acc-error", error_label);

  staff_entry (ADW_EXPANDER_ROW (row), _("_Name"), acc_staff_member_get_name (member), STAFF_NAME, "staff_name");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), errors);

  /* In the order of AccRole: the combo's position is the role. */
  gtk_string_list_append (roles, acc_role_label (ACC_ROLE_RECEPTION));
  gtk_string_list_append (roles, acc_role_label (ACC_ROLE_SUPERVISOR));
  gtk_string_list_append (roles, acc_role_label (ACC_ROLE_MANAGER));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role), _("_Role"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (role), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (role), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (role), acc_staff_member_get_role (member));
  set_widget_id ((role), "staff_role");
  g_object_set_data (G_OBJECT (role), "acc-staff-row", row);
  g_signal_connect (role, "notify::selected", G_CALLBACK (on_staff_role_selected), NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), role);

  if (acc_staff_member_get_phone (member) != NULL)
    phone = acc_phone_format_national (acc_staff_member_get_phone (member));
  staff_entry (ADW_EXPANDER_ROW (row), _("_Phone"), phone, STAFF_PHONE, "staff_phone");
  staff_entry (ADW_EXPANDER_ROW (row), _("_E-mail"), acc_staff_member_get_email (member), STAFF_EMAIL, "staff_email");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (active_row), _("_Active"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (active_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (active_row),
                               _("Inactive members keep their name in the books but are no longer offered"));
  gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (active), acc_staff_member_get_active (member));
  {
    /* Translators: the accessible name of a staff member's "active" switch */
    g_autofree char *active_name = g_strdup_printf (_("%s is active"), acc_staff_member_get_name (member));
    gtk_accessible_update_property (GTK_ACCESSIBLE (active), GTK_ACCESSIBLE_PROPERTY_LABEL, active_name, -1);
  }
  set_widget_id ((active), "staff_active");
  g_object_set_data (G_OBJECT (active), "acc-staff-row", row);
  g_signal_connect (active, "notify::active", G_CALLBACK (on_staff_active_changed), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (active_row), active);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (active_row), active);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), active_row);

  return row;
}

static void
reload_staff (AccPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Someone is typing there: their text wins; the list catches up on the
   * next change. */
  if (has_pending_under (self, GTK_WIDGET (self->staff_group)))
    return;
  staff = acc_repository_list_staff (self->repository, FALSE, &error);
  if (staff == NULL)
    {
      show_failure (self, error);
      return;
    }

  for (guint i = 0; i < self->staff_rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (self->staff_rows, i);

      if (adw_expander_row_get_expanded (row))
        g_hash_table_add (expanded, g_memdup2 (&(gint64) { row_staff_id (GTK_WIDGET (row)) }, sizeof (gint64)));
    }
  clear_rows (self->staff_group, self->staff_rows);

  self->loading = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      gint64 id = acc_staff_member_get_id (member);
      GtkWidget *row = staff_row_new (member);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (expanded, &id));
      adw_preferences_group_add (self->staff_group, row);
      g_ptr_array_add (self->staff_rows, row);
    }
  self->loading = FALSE;
}

static void
on_new_staff_apply (AccPreferencesWindow *self)
{
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->new_staff_row));
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GError) error = NULL;

  if (*name == '\0'
      || !acc_field_check_length (GTK_WIDGET (self->new_staff_row), ACC_LIMIT_NAME, NULL))
    return;
  member = acc_staff_member_new (name, ACC_ROLE_RECEPTION);
  self->saving++;
  if (acc_repository_save_staff (self->repository, member, &error))
    gtk_editable_set_text (GTK_EDITABLE (self->new_staff_row), "");
  else
    show_failure (self, error);
  self->saving--;
  reload_staff (self);

  /* The new member's details are next to fill in. */
  for (guint i = 0; member != NULL && i < self->staff_rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (self->staff_rows, i);

      if (row_staff_id (GTK_WIDGET (row)) == acc_staff_member_get_id (member))
        adw_expander_row_set_expanded (row, TRUE);
    }
}

/* Phone slots and opening hours ------------------------------------------ */

static void reload_weekday (AccPreferencesWindow *self,
                            AccScheduleKind       kind,
                            guint                 weekday);

static void
save_range_times (AccPreferencesWindow *self,
                  GtkWidget            *field)
{
  AccScheduleRange *range = g_object_get_data (G_OBJECT (field), "acc-range");
  GtkWidget *start = g_object_get_data (G_OBJECT (field), "acc-start");
  GtkWidget *end = g_object_get_data (G_OBJECT (field), "acc-end");
  GtkLabel *error_label = g_object_get_data (G_OBJECT (field), "acc-error");
  g_autofree char *start_text = acc_field_text (start);
  g_autofree char *end_text = acc_field_text (end);
  g_autoptr(AccScheduleRange) changed = NULL;
  g_autoptr(GError) error = NULL;
  guint start_minute, end_minute;

  acc_field_error_show (start, error_label, NULL);
  acc_field_error_show (end, error_label, NULL);
  if (!acc_parse_time_of_day (start_text, &start_minute))
    {
      acc_field_error_show (start, error_label, _("Type the start time as HH:MM, for example 09:00."));
      return;
    }
  if (!acc_parse_time_of_day (end_text, &end_minute))
    {
      acc_field_error_show (end, error_label, _("Type the end time as HH:MM, for example 12:30."));
      return;
    }
  if (end_minute <= start_minute)
    {
      acc_field_error_show (end, error_label, _("The range must end after it starts."));
      return;
    }

  changed = acc_schedule_range_new (acc_schedule_range_get_kind (range), acc_schedule_range_get_weekday (range),
                                    start_minute, end_minute);
  acc_schedule_range_set_id (changed, acc_schedule_range_get_id (range));
  if (!acc_repository_save_schedule_range (self->repository, changed, &error))
    {
      acc_field_error_show (field, error_label, error->message);
      return;
    }
  acc_schedule_range_set_start_minute (range, start_minute);
  acc_schedule_range_set_end_minute (range, end_minute);
}

static void
on_range_time_changed (GtkEditable *field)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (field)));

  if (self->loading)
    return;
  save_later (self, GTK_WIDGET (field), save_range_times);
}

static void
on_range_remove_clicked (GtkButton *button)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  AccScheduleRange *range = g_object_get_data (G_OBJECT (button), "acc-range");
  AccScheduleKind kind = acc_schedule_range_get_kind (range);
  guint weekday = acc_schedule_range_get_weekday (range);
  g_autoptr(GError) error = NULL;

  self->saving++;
  if (!acc_repository_delete_schedule_range (self->repository, acc_schedule_range_get_id (range), &error))
    show_failure (self, error);
  self->saving--;
  reload_weekday (self, kind, weekday);
}

static void
on_range_add_clicked (GtkButton *button)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  AccScheduleKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "acc-kind"));
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "acc-weekday"));
  guint last_end = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "acc-last-end"));
  g_autoptr(AccScheduleRange) range = NULL;
  g_autoptr(GError) error = NULL;

  /* After the day's last range, an hour later; else a morning. */
  if (last_end > 0 && last_end + 4 * 60 <= 24 * 60)
    range = acc_schedule_range_new (kind, weekday, last_end + 60, MIN (last_end + 4 * 60, 24 * 60));
  else if (last_end > 0)
    range = acc_schedule_range_new (kind, weekday, last_end, 24 * 60);
  else
    range = acc_schedule_range_new (kind, weekday, 9 * 60, 12 * 60);
  if (acc_schedule_range_get_start_minute (range) >= acc_schedule_range_get_end_minute (range))
    return;
  self->saving++;
  if (!acc_repository_save_schedule_range (self->repository, range, &error))
    show_failure (self, error);
  self->saving--;
  reload_weekday (self, kind, weekday);
  /* The new range's times are next to type. */
  adw_expander_row_set_expanded (self->weekday_rows[kind][weekday - 1], TRUE);
}

static GtkWidget *
time_entry (const char *accessible_name,
            guint       minute)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = acc_format_time_of_day (minute);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 5);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  gtk_widget_set_tooltip_text (entry, accessible_name);
  return entry;
}

static GtkWidget *
range_row_new (AccScheduleRange *range)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *day = weekday_name (acc_schedule_range_get_weekday (range));
  /* Translators: the accessible names of a time range's fields, with the weekday */
  g_autofree char *start_name = g_strdup_printf (_("Start time, %s"), day);
  g_autofree char *end_name = g_strdup_printf (_("End time, %s"), day);
  g_autofree char *remove_name = NULL;
  g_autofree char *start_text = acc_format_time_of_day (acc_schedule_range_get_start_minute (range));
  g_autofree char *end_text = acc_format_time_of_day (acc_schedule_range_get_end_minute (range));
  GtkWidget *start = time_entry (start_name, acc_schedule_range_get_start_minute (range));
  GtkWidget *end = time_entry (end_name, acc_schedule_range_get_end_minute (range));
  GtkWidget *to = gtk_label_new (_("to"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *error_label = gtk_label_new (NULL);
  GtkWidget *fields[] = { start, end };

  /* Translators: a button's accessible name: remove the range 09:00–12:00 of Monday */
  remove_name = g_strdup_printf (_("Remove %s–%s, %s"), start_text, end_text, day);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (to, "dim-label");
  gtk_widget_set_hexpand (to, FALSE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  set_widget_id ((start), "range_start");
  set_widget_id ((end), "range_end");
  set_widget_id ((error_label), "range_error");
  set_widget_id ((remove), "range_remove");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_object_set_data_full (G_OBJECT (fields[i]), "acc-range", g_object_ref (range), g_object_unref);
      g_object_set_data (G_OBJECT (fields[i]), "acc-start", start);
      g_object_set_data (G_OBJECT (fields[i]), "acc-end", end);
      g_object_set_data (G_OBJECT (fields[i]), "acc-error", error_label);
      g_signal_connect (fields[i], "changed", G_CALLBACK (on_range_time_changed), NULL);
    }
  g_object_set_data_full (G_OBJECT (remove), "acc-range", g_object_ref (range), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_range_remove_clicked), NULL);

  gtk_box_append (GTK_BOX (line), start);
  gtk_box_append (GTK_BOX (line), to);
  gtk_box_append (GTK_BOX (line), end);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), error_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
reload_weekday (AccPreferencesWindow *self,
                AccScheduleKind       kind,
                guint                 weekday)
{
  AdwExpanderRow *day_row = self->weekday_rows[kind][weekday - 1];
  GPtrArray *rows = g_object_get_data (G_OBJECT (day_row), "acc-rows");
  g_autoptr(GListModel) ranges = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  GtkWidget *add_row, *add;
  guint last_end = 0;

  if (has_pending_under (self, GTK_WIDGET (day_row)))
    return;
  ranges = acc_repository_list_schedule (self->repository, kind, &error);
  if (ranges == NULL)
    {
      show_failure (self, error);
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_remove (day_row, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);

  self->loading = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(AccScheduleRange) range = g_list_model_get_item (ranges, i);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      GtkWidget *row;

      if (acc_schedule_range_get_weekday (range) != weekday)
        continue;
      row = range_row_new (range);
      adw_expander_row_add_row (day_row, row);
      g_ptr_array_add (rows, row);
      start = acc_format_time_of_day (acc_schedule_range_get_start_minute (range));
      end = acc_format_time_of_day (acc_schedule_range_get_end_minute (range));
      g_string_append_printf (summary, "%s%s–%s", summary->len > 0 ? ", " : "", start, end);
      last_end = MAX (last_end, acc_schedule_range_get_end_minute (range));
    }
  self->loading = FALSE;

  add_row = adw_action_row_new ();
  add = gtk_button_new_with_label (_("Add Range"));
  {
    /* Translators: a button's accessible name, with the weekday */
    g_autofree char *add_name = g_strdup_printf (_("Add a range on %s"), weekday_name (weekday));
    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  }
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  set_widget_id ((add), "range_add");
  g_object_set_data (G_OBJECT (add), "acc-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (add), "acc-weekday", GUINT_TO_POINTER (weekday));
  g_object_set_data (G_OBJECT (add), "acc-last-end", GUINT_TO_POINTER (last_end));
  g_signal_connect (add, "clicked", G_CALLBACK (on_range_add_clicked), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);
  adw_expander_row_add_row (day_row, add_row);
  g_ptr_array_add (rows, add_row);

  adw_expander_row_set_subtitle (day_row, summary->len > 0 ? summary->str : _("Closed"));
}

static void
reload_schedule (AccPreferencesWindow *self)
{
  for (guint kind = 0; kind < 2; kind++)
    for (guint weekday = 1; weekday <= 7; weekday++)
      reload_weekday (self, kind, weekday);
}

/* Closures --------------------------------------------------------------- */

static char *
format_day (const char *iso_day)
{
  g_auto(GStrv) parts = g_strsplit (iso_day != NULL ? iso_day : "", "-", 3);

  if (g_strv_length (parts) != 3)
    return g_strdup (iso_day);
  /* Translators: a day as day/month/year; %1$s is the day, %2$s the month, %3$s the year */
  return g_strdup_printf (_("%3$s/%2$s/%1$s"), parts[0], parts[1], parts[2]);
}

static void
on_closure_remove_clicked (GtkButton *button)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "acc-closure-id");
  g_autoptr(GError) error = NULL;

  self->saving++;
  if (!acc_repository_delete_closure (self->repository, id, &error))
    show_failure (self, error);
  self->saving--;
  reload_closures (self);
}

static void
reload_closures (AccPreferencesWindow *self)
{
  g_autoptr(GListModel) closures = NULL;
  g_autoptr(GError) error = NULL;

  closures = acc_repository_list_closures (self->repository, &error);
  if (closures == NULL)
    {
      show_failure (self, error);
      return;
    }
  clear_rows (self->closures_group, self->closure_rows);
  for (guint i = 0; i < g_list_model_get_n_items (closures); i++)
    {
      g_autoptr(AccClosure) closure = g_list_model_get_item (closures, i);
      g_autofree char *first = format_day (acc_closure_get_first_day (closure));
      g_autofree char *last = format_day (acc_closure_get_last_day (closure));
      g_autofree char *subtitle = NULL;
      g_autofree char *remove_name = NULL;
      const char *kind = acc_closure_get_kind (closure) == ACC_CLOSURE_PUBLIC_HOLIDAY
                         ? _("Public holiday") : _("Exceptional closure");
      const char *label = acc_closure_get_label (closure);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gint64 id = acc_closure_get_id (closure);

      if (g_strcmp0 (first, last) == 0)
        /* Translators: a closure's day and kind */
        subtitle = g_strdup_printf (_("%s, %s"), first, kind);
      else
        /* Translators: a closure's first and last days, and its kind */
        subtitle = g_strdup_printf (_("%s to %s, %s"), first, last, kind);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label != NULL && *label != '\0' ? label : kind);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Translators: a button's accessible name: remove the closure "Fête du Travail" */
      remove_name = g_strdup_printf (_("Remove the closure “%s”"),
                                     label != NULL && *label != '\0' ? label : first);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, remove_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      g_object_set_data_full (G_OBJECT (remove), "acc-closure-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_closure_remove_clicked), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->closures_group, row);
      g_ptr_array_add (self->closure_rows, row);
    }
}

/* "1/5/2026", "01/05/2026" or "2026-05-01" → "2026-05-01"; NULL otherwise. */
static char *
parse_day (const char *text)
{
  g_autoptr(GDate) date = g_date_new ();
  g_auto(GStrv) parts = NULL;
  guint64 day, month, year;

  if (text == NULL || *text == '\0')
    return NULL;
  if (strchr (text, '/') != NULL)
    {
      parts = g_strsplit (text, "/", 3);
      if (g_strv_length (parts) != 3
          || !g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &day, NULL)
          || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)
          || !g_ascii_string_to_unsigned (parts[2], 10, 1000, 9999, &year, NULL))
        return NULL;
    }
  else
    {
      parts = g_strsplit (text, "-", 3);
      if (g_strv_length (parts) != 3
          || !g_ascii_string_to_unsigned (parts[0], 10, 1000, 9999, &year, NULL)
          || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)
          || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL))
        return NULL;
    }
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", (guint) year, (guint) month, (guint) day);
}

static void
on_add_closure_clicked (AccPreferencesWindow *self)
{
  g_autofree char *first_text = acc_field_text (GTK_WIDGET (self->closure_first_row));
  g_autofree char *last_text = acc_field_text (GTK_WIDGET (self->closure_last_row));
  g_autofree char *label = acc_field_text (GTK_WIDGET (self->closure_label_row));
  g_autofree char *first = parse_day (first_text);
  g_autofree char *last = *last_text != '\0' ? parse_day (last_text) : g_strdup (first);
  g_autoptr(AccClosure) closure = NULL;
  g_autoptr(GError) error = NULL;

  acc_field_error_show (GTK_WIDGET (self->closure_first_row), self->closure_error, NULL);
  acc_field_error_show (GTK_WIDGET (self->closure_last_row), self->closure_error, NULL);
  if (!acc_field_check_length (GTK_WIDGET (self->closure_label_row), ACC_LIMIT_NAME, NULL))
    return;
  if (first == NULL)
    {
      acc_field_error_show (GTK_WIDGET (self->closure_first_row), self->closure_error,
                            _("Type the first day as DD/MM/YYYY or YYYY-MM-DD."));
      return;
    }
  if (last == NULL || strcmp (last, first) < 0)
    {
      acc_field_error_show (GTK_WIDGET (self->closure_last_row), self->closure_error,
                            _("The last day must be a day on or after the first one."));
      return;
    }

  closure = acc_closure_new (adw_combo_row_get_selected (self->closure_kind_row) == 0
                             ? ACC_CLOSURE_PUBLIC_HOLIDAY : ACC_CLOSURE_EXCEPTIONAL,
                             first, last, label);
  self->saving++;
  if (acc_repository_save_closure (self->repository, closure, &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->closure_first_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->closure_last_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->closure_label_row), "");
    }
  else
    acc_field_error_show (GTK_WIDGET (self->closure_first_row), self->closure_error, error->message);
  self->saving--;
  reload_closures (self);
}

/* The whole window ------------------------------------------------------- */

static void
reload_all (AccPreferencesWindow *self)
{
  reload_organisation (self);
  reload_reasons (self);
  reload_staff (self);
  reload_schedule (self);
  reload_closures (self);
}

static void
on_repository_changed (AccPreferencesWindow *self,
                       AccChangeFlags        flags)
{
  /* This window's own saves: what is shown is what was saved. */
  if (self->saving > 0)
    return;
  if (flags & ACC_CHANGE_SETTINGS)
    {
      reload_organisation (self);
      reload_reasons (self);
    }
  if (flags & ACC_CHANGE_STAFF)
    reload_staff (self);
  if (flags & ACC_CHANGE_SCHEDULE)
    {
      reload_schedule (self);
      reload_closures (self);
    }
}

static void
set_groups_sensitive (GtkWidget *widget,
                      gboolean   sensitive)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_GROUP (child))
        {
          const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (child));
          gboolean note = id != NULL && g_str_has_prefix (id, "note_");

          gtk_widget_set_visible (child, note ? !sensitive : TRUE);
          if (!note)
            gtk_widget_set_sensitive (child, sensitive);
        }
      else
        set_groups_sensitive (child, sensitive);
    }
}

/* Managers set the organisation up; the others may look. */
static void
update_read_only (AccPreferencesWindow *self)
{
  AccStaffMember *member = current_staff (self);
  gboolean read_only = member == NULL || acc_staff_member_get_role (member) != ACC_ROLE_MANAGER;

  if (read_only)
    acc_preferences_window_flush (self);
  set_groups_sensitive (GTK_WIDGET (self), !read_only);
  update_previews (self);
  if (self->read_only != read_only)
    {
      self->read_only = read_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
    }
}

static gboolean
on_close_request (AccPreferencesWindow *self)
{
  /* A number typed but not yet confirmed with Enter counts too. */
  gtk_spin_button_update (self->deadline_spin);
  gtk_spin_button_update (self->retention_spin);
  acc_preferences_window_flush (self);
  return FALSE;
}

static void
acc_preferences_window_constructed (GObject *object)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (acc_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (ACC_IS_REPOSITORY (self->repository));
  g_signal_connect_object (self->repository, "changed",
                           G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  reload_all (self);
}

static void
acc_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_preferences_window_dispose (GObject *object)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (object);

  /* Whatever was typed is kept, even when the window goes without a
   * close request. */
  if (self->pending != NULL && self->repository != NULL)
    acc_preferences_window_flush (self);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_preferences_window_parent_class)->dispose (object);
}

static void
acc_preferences_window_finalize (GObject *object)
{
  AccPreferencesWindow *self = ACC_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->reason_rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff_rows, g_ptr_array_unref);
  g_clear_pointer (&self->closure_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (acc_preferences_window_parent_class)->finalize (object);
}

static void
acc_preferences_window_class_init (AccPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = acc_preferences_window_constructed;
  object_class->get_property = acc_preferences_window_get_property;
  object_class->set_property = acc_preferences_window_set_property;
  object_class->dispose = acc_preferences_window_dispose;
  object_class->finalize = acc_preferences_window_finalize;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * AccPreferencesWindow:read-only:
   *
   * Whether the settings are only shown: the person at the desk is not a
   * manager.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, website_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, phone_greeting_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, phone_preview_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, visit_greeting_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, visit_preview_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, new_reason_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, staff_group);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, new_staff_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, phone_slots_group);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, opening_hours_group);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closures_group);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closure_first_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closure_last_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closure_label_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closure_kind_row);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, closure_error);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, deadline_spin);
  gtk_widget_class_bind_template_child (widget_class, AccPreferencesWindow, retention_spin);

  gtk_widget_class_bind_template_callback (widget_class, on_organisation_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_number_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_new_reason_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_new_staff_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_add_closure_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  /* Closed from the keyboard like any dialog; what waits is saved then. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
acc_preferences_window_init (AccPreferencesWindow *self)
{
  struct { AdwEntryRow **row; const char *property; } organisation_fields[] = {
    { &self->name_row, "name" },
    { &self->address_row, "address" },
    { &self->phone_row, "phone" },
    { &self->email_row, "email" },
    { &self->website_row, "website" },
    { &self->phone_greeting_row, "phone-greeting" },
    { &self->visit_greeting_row, "visit-greeting" },
  };

  self->pending = g_hash_table_new_full (NULL, NULL, NULL, pending_save_free);
  self->reason_rows = g_ptr_array_new ();
  self->staff_rows = g_ptr_array_new ();
  self->closure_rows = g_ptr_array_new ();
  /* Nothing is editable until the person at the desk is known. */
  self->read_only = TRUE;
  self->loading = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (organisation_fields); i++)
    g_object_set_data (G_OBJECT (*organisation_fields[i].row), "acc-property",
                       (gpointer) organisation_fields[i].property);
  acc_field_error_attach (GTK_WIDGET (self->name_row), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_row), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_row), self->email_error);
  acc_field_label_entry_rows (GTK_WIDGET (self));

  for (guint kind = 0; kind < 2; kind++)
    {
      AdwPreferencesGroup *group = kind == ACC_SCHEDULE_PHONE_SLOT ? self->phone_slots_group : self->opening_hours_group;

      for (guint weekday = 1; weekday <= 7; weekday++)
        {
          GtkWidget *row = adw_expander_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), weekday_name (weekday));
          g_object_set_data_full (G_OBJECT (row), "acc-rows", g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
          adw_preferences_group_add (group, row);
          self->weekday_rows[kind][weekday - 1] = ADW_EXPANDER_ROW (row);
        }
    }
  self->loading = FALSE;
}

/**
 * acc_preferences_window_new:
 * @application: the application, whose person at the desk decides whether
 *   the settings can be changed
 * @repository: where the settings are
 *
 * Returns: (transfer floating): the preferences window, not yet shown.
 */
AccPreferencesWindow *
acc_preferences_window_new (AccApplication *application,
                            AccRepository  *repository)
{
  AccPreferencesWindow *self;

  g_return_val_if_fail (ACC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_PREFERENCES_WINDOW,
                       "application", application,
                       "repository", repository,
                       NULL);
  g_signal_connect_object (application, "notify::current-staff",
                           G_CALLBACK (update_read_only), self,
                           G_CONNECT_SWAPPED);
  update_read_only (self);
  /* The keyboard starts on the organisation's name. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  return self;
}

gboolean
acc_preferences_window_get_read_only (AccPreferencesWindow *self)
{
  g_return_val_if_fail (ACC_IS_PREFERENCES_WINDOW (self), TRUE);
  return self->read_only;
}

/* The application's actions ---------------------------------------------- */

static void
preferences_activated (AccApplication *application)
{
  AccRepository *repository = acc_application_get_repository (application);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (application));
  AccPreferencesWindow *window;

  /* No database, no settings (the window that says why is shown). */
  if (repository == NULL)
    return;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (ACC_IS_PREFERENCES_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  window = acc_preferences_window_new (application, repository);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_present (GTK_WINDOW (window));
}

/* Who is at the desk, chosen from the header bar's menu: for now and for
 * the next start (GSettings current-staff). */
static void
current_staff_change_state (GSimpleAction  *action,
                            GVariant       *value,
                            AccApplication *application)
{
  AccRepository *repository = acc_application_get_repository (application);
  const char *name = g_variant_get_string (value, NULL);
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GError) error = NULL;

  if (repository == NULL)
    return;
  member = acc_repository_find_staff_by_name (repository, name, &error);
  if (member == NULL)
    {
      g_message ("Cannot choose %s: %s", name, error->message);
      return;
    }
  acc_application_set_current_staff (application, member);
  g_settings_set_string (acc_application_get_settings (application), "current-staff",
                         acc_staff_member_get_name (member));
}

static void
on_current_staff_notify (GSimpleAction  *action,
                         GParamSpec     *pspec,
                         AccApplication *application)
{
  AccStaffMember *member = acc_application_get_current_staff (application);

  g_simple_action_set_state (action, g_variant_new_string (member != NULL ? acc_staff_member_get_name (member) : ""));
}

/**
 * acc_preferences_actions_install:
 * @application: the application
 *
 * Adds app.preferences (Ctrl+,) and app.current-staff, whose state is the
 * name of the person at the desk.
 */
void
acc_preferences_actions_install (AccApplication *application)
{
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  g_autoptr(GSimpleAction) preferences = g_simple_action_new ("preferences", NULL);
  g_autoptr(GSimpleAction) staff = g_simple_action_new_stateful ("current-staff", G_VARIANT_TYPE_STRING,
                                                                 g_variant_new_string (""));

  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_signal_connect_object (preferences, "activate", G_CALLBACK (preferences_activated), application,
                           G_CONNECT_SWAPPED);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (preferences));
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);

  g_signal_connect_object (staff, "change-state", G_CALLBACK (current_staff_change_state), application, 0);
  g_signal_connect_object (application, "notify::current-staff", G_CALLBACK (on_current_staff_notify), staff,
                           G_CONNECT_SWAPPED);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (staff));
  on_current_staff_notify (staff, NULL, application);
}
