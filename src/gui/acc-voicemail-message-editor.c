/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-voicemail-message-editor.c — one message heard on the voicemail, as
 * the procedure asks to record it (« consigner les messages de la boîte
 * vocale : identité, coordonnées, motif ») and to forward it: a group of
 * fields in the voicemail dialog, checked field by field. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-voicemail-message-editor.h"

struct _AccVoicemailMessageEditor
{
  AdwPreferencesGroup parent_instance;

  /* The staff a message can go to, in the order of the recipient list
   * after its first entry ("choose"). */
  GArray *recipient_ids;

  /* Template widgets */
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwEntryRow *organisation_row;
  AdwEntryRow *phone_row;
  GtkLabel *phone_error;
  AdwEntryRow *email_row;
  GtkLabel *email_error;
  AdwEntryRow *reason_row;
  GtkLabel *reason_error;
  AdwEntryRow *received_row;
  GtkLabel *received_error;
  GtkSwitch *urgent_switch;
  AdwComboRow *recipient_row;
  GtkLabel *recipient_error;
};

G_DEFINE_FINAL_TYPE (AccVoicemailMessageEditor, acc_voicemail_message_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  REMOVE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_field_changed (AccVoicemailMessageEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A field edited: its error goes until the next check. */
static void
on_entry_changed (AccVoicemailMessageEditor *self,
                  GtkWidget                 *field)
{
  acc_field_error_clear_for (field);
  /* A number or an address: either one answers "neither". */
  if (field == GTK_WIDGET (self->email_row))
    acc_field_error_clear_for (GTK_WIDGET (self->phone_row));
  on_field_changed (self);
}

static void
on_recipient_changed (AccVoicemailMessageEditor *self)
{
  acc_field_error_clear_for (GTK_WIDGET (self->recipient_row));
  on_field_changed (self);
}

static void
on_remove_clicked (AccVoicemailMessageEditor *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* "18:30", "18h30", "18h", "9:05"; with a day before it, "14/03 18:30". */
static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ":hH", 2);
  guint64 h, m = 0;

  /* "18" alone is too little to be sure of: a separator is needed. */
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 0, 23, &h, NULL))
    return FALSE;
  if (*g_strstrip (parts[1]) != '\0'
      && !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &m, NULL))
    return FALSE;
  *hour = (int) h;
  *minute = (int) m;
  return TRUE;
}

/**
 * acc_voicemail_parse_received:
 * @text: what the agent typed: a time, or a day and a time
 * @now: the moment of the check
 * @received_us: (out): the moment the message was left, UTC µs
 *
 * The voicemail announces when each message was left. A time alone is the
 * last time the clock showed it (18:30 heard at 9:00 is yesterday's); a day
 * and month is the last such day.
 *
 * Returns: whether @text reads as a moment not after @now.
 */
gboolean
acc_voicemail_parse_received (const char *text,
                              GDateTime  *now,
                              gint64     *received_us)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GDateTime) when = NULL;
  int year, month, day, hour, minute;
  char *space;

  g_date_time_get_ymd (now, &year, &month, &day);
  space = strchr (stripped, ' ');
  if (space != NULL)
    {
      g_auto(GStrv) date = NULL;
      guint64 d, m;

      *space = '\0';
      date = g_strsplit_set (stripped, "/.", -1);
      if (g_strv_length (date) != 2
          || !g_ascii_string_to_unsigned (date[0], 10, 1, 31, &d, NULL)
          || !g_ascii_string_to_unsigned (date[1], 10, 1, 12, &m, NULL)
          || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) year))
        return FALSE;
      if (!parse_time (g_strstrip (space + 1), &hour, &minute))
        return FALSE;
      when = g_date_time_new_local (year, (int) m, (int) d, hour, minute, 0);
      if (when != NULL && g_date_time_compare (when, now) > 0)
        {
          g_clear_pointer (&when, g_date_time_unref);
          when = g_date_time_new_local (year - 1, (int) m, (int) d, hour, minute, 0);
        }
    }
  else
    {
      if (!parse_time (stripped, &hour, &minute))
        return FALSE;
      when = g_date_time_new_local (year, month, day, hour, minute, 0);
      if (when != NULL && g_date_time_compare (when, now) > 0)
        {
          GDateTime *yesterday = g_date_time_add_days (when, -1);

          g_date_time_unref (when);
          when = yesterday;
        }
    }

  if (when == NULL || g_date_time_compare (when, now) > 0)
    return FALSE;
  *received_us = g_date_time_to_unix (when) * G_USEC_PER_SEC;
  return TRUE;
}

static void
acc_voicemail_message_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ACC_TYPE_VOICEMAIL_MESSAGE_EDITOR);

  G_OBJECT_CLASS (acc_voicemail_message_editor_parent_class)->dispose (object);
}

static void
acc_voicemail_message_editor_finalize (GObject *object)
{
  AccVoicemailMessageEditor *self = ACC_VOICEMAIL_MESSAGE_EDITOR (object);

  g_clear_pointer (&self->recipient_ids, g_array_unref);

  G_OBJECT_CLASS (acc_voicemail_message_editor_parent_class)->finalize (object);
}

static void
acc_voicemail_message_editor_class_init (AccVoicemailMessageEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_voicemail_message_editor_dispose;
  object_class->finalize = acc_voicemail_message_editor_finalize;

  /**
   * AccVoicemailMessageEditor::remove:
   *
   * The agent asked to remove this message from the list.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * AccVoicemailMessageEditor::changed:
   *
   * A field was edited.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-voicemail-message-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, phone_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, email_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, reason_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, received_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, received_error);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, urgent_switch);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, AccVoicemailMessageEditor, recipient_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_recipient_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
acc_voicemail_message_editor_init (AccVoicemailMessageEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->recipient_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  acc_field_error_attach (GTK_WIDGET (self->name_row), self->name_error);
  acc_field_error_attach (GTK_WIDGET (self->phone_row), self->phone_error);
  acc_field_error_attach (GTK_WIDGET (self->email_row), self->email_error);
  acc_field_error_attach (GTK_WIDGET (self->reason_row), self->reason_error);
  acc_field_error_attach (GTK_WIDGET (self->received_row), self->received_error);
  acc_field_error_attach (GTK_WIDGET (self->recipient_row), self->recipient_error);
  acc_field_label_entry_rows (GTK_WIDGET (self));
}

/**
 * acc_voicemail_message_editor_new:
 * @staff: (element-type AccStaffMember): who a message can be forwarded to
 */
AccVoicemailMessageEditor *
acc_voicemail_message_editor_new (GListModel *staff)
{
  AccVoicemailMessageEditor *self = g_object_new (ACC_TYPE_VOICEMAIL_MESSAGE_EDITOR, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* No one chosen until the agent chooses: a message sent to the wrong
   * person is worse than a question. */
  gtk_string_list_append (names, _("Choose a recipient"));
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      gint64 id = acc_staff_member_get_id (member);

      gtk_string_list_append (names, acc_staff_member_get_name (member));
      g_array_append_val (self->recipient_ids, id);
    }
  adw_combo_row_set_model (self->recipient_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->recipient_row, 0);
  return self;
}

/**
 * acc_voicemail_message_editor_set_number:
 *
 * The message's place in the list, in its title: « Message 2 ».
 */
void
acc_voicemail_message_editor_set_number (AccVoicemailMessageEditor *self,
                                         guint                      number)
{
  g_autofree char *title = NULL;

  g_return_if_fail (ACC_IS_VOICEMAIL_MESSAGE_EDITOR (self));

  /* Translators: the title of one voicemail message in the list */
  title = g_strdup_printf (_("Message %u"), number);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), title);
}

static gboolean
editable_is_blank (gpointer row)
{
  g_autofree char *text = acc_field_text (GTK_WIDGET (row));

  return *text == '\0';
}

/**
 * acc_voicemail_message_editor_is_blank:
 *
 * Returns: whether nothing was typed or chosen in it.
 */
gboolean
acc_voicemail_message_editor_is_blank (AccVoicemailMessageEditor *self)
{
  g_return_val_if_fail (ACC_IS_VOICEMAIL_MESSAGE_EDITOR (self), TRUE);

  return editable_is_blank (self->name_row) && editable_is_blank (self->organisation_row)
         && editable_is_blank (self->phone_row) && editable_is_blank (self->email_row)
         && editable_is_blank (self->reason_row) && editable_is_blank (self->received_row)
         && !gtk_switch_get_active (self->urgent_switch)
         && adw_combo_row_get_selected (self->recipient_row) == 0;
}

/**
 * acc_voicemail_message_editor_validate:
 * @now: the moment of the check
 *
 * Checks every field and shows what is wrong next to it.
 *
 * Returns: (transfer none) (nullable): the first field that is wrong, to
 * give the focus to; %NULL when the message can be saved.
 */
GtkWidget *
acc_voicemail_message_editor_validate (AccVoicemailMessageEditor *self,
                                       GDateTime                 *now)
{
  g_autofree char *phone = acc_field_text (GTK_WIDGET (self->phone_row));
  g_autofree char *email = acc_field_text (GTK_WIDGET (self->email_row));
  g_autofree char *received = acc_field_text (GTK_WIDGET (self->received_row));
  GtkWidget *first = NULL;
  gint64 received_us = 0;

  g_return_val_if_fail (ACC_IS_VOICEMAIL_MESSAGE_EDITOR (self), NULL);

#define FIELD_ERROR(row, label, text) \
  acc_field_error_update (GTK_WIDGET (row), (label), (text), &first)

  acc_field_check_text (GTK_WIDGET (self->name_row), self->name_error,
                        _("Type the caller’s name as the message gives it, or « unknown »."),
                        ACC_LIMIT_NAME, &first);

  /* A number that can be read, or else an address to answer. */
  if (acc_field_check_phone (GTK_WIDGET (self->phone_row), self->phone_error,
                             _("This number cannot be read: type ten digits, such as 06 12 34 56 78, or +32… for abroad."),
                             NULL, &first)
      && *phone == '\0' && *email == '\0')
    FIELD_ERROR (self->phone_row, self->phone_error,
                 _("Type a phone number or an e-mail address, to call back."));

  acc_field_check_email (GTK_WIDGET (self->email_row), self->email_error,
                         _("This e-mail address looks wrong: it needs an @ and a domain, as in nom@exemple.fr."),
                         &first);

  acc_field_check_length (GTK_WIDGET (self->organisation_row), ACC_LIMIT_NAME, &first);
  acc_field_check_text (GTK_WIDGET (self->reason_row), self->reason_error,
                        _("Type what the caller wants: the reason for the message."),
                        ACC_LIMIT_LINE, &first);

  FIELD_ERROR (self->received_row, self->received_error,
               *received != '\0' && !acc_voicemail_parse_received (received, now, &received_us)
               ? _("Type the time the voicemail gives, such as 18:30, or with the day, such as 14/03 18:30.") : NULL);

  FIELD_ERROR (self->recipient_row, self->recipient_error,
               adw_combo_row_get_selected (self->recipient_row) == 0
               || adw_combo_row_get_selected (self->recipient_row) == GTK_INVALID_LIST_POSITION
               ? _("Choose who the message is for.") : NULL);

#undef FIELD_ERROR

  return first;
}

/**
 * acc_voicemail_message_editor_build_message:
 * @now: the moment of the check, for a message with no time received
 *
 * Call after acc_voicemail_message_editor_validate() found nothing wrong.
 *
 * Returns: (transfer full): the message, not saved.
 */
AccMessage *
acc_voicemail_message_editor_build_message (AccVoicemailMessageEditor *self,
                                            GDateTime                 *now)
{
  g_autofree char *name = acc_field_text (GTK_WIDGET (self->name_row));
  g_autofree char *organisation = acc_field_text (GTK_WIDGET (self->organisation_row));
  g_autofree char *phone = acc_field_text (GTK_WIDGET (self->phone_row));
  g_autofree char *email = acc_field_text (GTK_WIDGET (self->email_row));
  g_autofree char *reason = acc_field_text (GTK_WIDGET (self->reason_row));
  g_autofree char *received = acc_field_text (GTK_WIDGET (self->received_row));
  AccMessage *message = acc_message_new ();
  guint selected = adw_combo_row_get_selected (self->recipient_row);
  gint64 received_us = 0;

  g_return_val_if_fail (ACC_IS_VOICEMAIL_MESSAGE_EDITOR (self), message);

  if (*received == '\0' || !acc_voicemail_parse_received (received, now, &received_us))
    received_us = g_date_time_to_unix (now) * G_USEC_PER_SEC;

  acc_message_set_source (message, ACC_MESSAGE_SOURCE_VOICEMAIL);
  acc_message_set_created_at (message, received_us);
  acc_message_set_name (message, name);
  acc_message_set_organisation (message, *organisation != '\0' ? organisation : NULL);
  acc_message_set_phone (message, *phone != '\0' ? phone : NULL);
  acc_message_set_email (message, *email != '\0' ? email : NULL);
  acc_message_set_reason (message, reason);
  acc_message_set_urgent (message, gtk_switch_get_active (self->urgent_switch));
  if (selected > 0 && selected <= self->recipient_ids->len)
    acc_message_set_recipient_id (message, g_array_index (self->recipient_ids, gint64, selected - 1));
  return message;
}

/**
 * acc_voicemail_message_editor_focus:
 *
 * Gives the focus to the first field, the name.
 */
void
acc_voicemail_message_editor_focus (AccVoicemailMessageEditor *self)
{
  g_return_if_fail (ACC_IS_VOICEMAIL_MESSAGE_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
