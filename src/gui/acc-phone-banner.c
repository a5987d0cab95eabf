/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-banner.c — the top of the Téléphone tab: whether the desk is in
 * a phone slot (« respecter les créneaux d'accueil téléphonique ») and until
 * when, the answering machine to switch off when a slot starts and on again
 * when it ends (« désactiver le répondeur », recorded for the auditor), and
 * the voicemail to check after an absence (« consulter la boîte vocale après
 * chaque absence du bureau »).
 *
 * Everything the banner says is computed from the wall clock, the schedule,
 * the desk log and the last input in the window, by one function, update().
 * One timeout wakes it at the next moment its answer can change: a slot's
 * start or end, or an absence growing long enough. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-phone-banner.h"
#include "acc-schedule-status.h"

/* How far back to look for the last slot and the last absence: a week of
 * slots repeats itself; a longer closure is an absence either way. */
#define LOOK_BACK_DAYS 8
#define MINUTE_US (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

struct _AccPhoneBanner
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  GSettings *settings;
  AccSchedule *schedule;
  char *schedule_error;

  guint update_source;
  GtkEventController *input_controller;   /* on the window, while rooted */
  GtkWidget *input_window;

  /* The window's last input, and the latest moment an idle absence became
   * long enough to ask for a voicemail check. Wall-clock µs. */
  gint64 last_input_us;
  gint64 idle_absence_us;
  gint64 absence_limit_us;   /* from GSettings voicemail-reminder-minutes */

  /* The prompt shown: which way, and for which slot boundary. */
  AccAnsweringMachinePrompt prompt;
  gint64 prompt_boundary_us;
  gboolean voicemail_reminder;

  /* Template widgets */
  GtkBox *status_box;
  GtkImage *status_icon;
  GtkLabel *status_label;
  GtkBox *machine_box;
  GtkLabel *machine_label;
  GtkLabel *machine_error;
  GtkButton *machine_button;
  GtkBox *voicemail_box;
  GtkLabel *voicemail_label;
};

G_DEFINE_FINAL_TYPE (AccPhoneBanner, acc_phone_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROMPT,
  PROP_VOICEMAIL_REMINDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update (AccPhoneBanner *self);

static gint64
to_us (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

static GDateTime *
from_us (gint64 when_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (when_us / G_USEC_PER_SEC);

  return g_date_time_to_local (utc);
}

/* How long an absence lasts before the voicemail is to be checked. */
static gint64
absence_limit (AccPhoneBanner *self)
{
  return self->absence_limit_us;
}

static void
read_absence_limit (AccPhoneBanner *self)
{
  guint minutes = 30;

  if (self->settings != NULL)
    minutes = MAX (1, g_settings_get_uint (self->settings, "voicemail-reminder-minutes"));
  self->absence_limit_us = minutes * MINUTE_US;
}

/* The schedule's past ------------------------------------------------------ */

typedef struct
{
  gint64 last_change_us;     /* the latest change at or before now; 0 if none */
  gint64 absence_us;         /* the latest moment a closed stretch became long */
  gint64 closed_since_us;    /* when closed now: since when (or the look-back start) */
} ScheduleHistory;

/* Walks the changes of the last days up to @now: the last one, and the
 * moment the latest closed stretch had lasted @long_us. */
static void
read_history (AccSchedule     *schedule,
              GDateTime       *now,
              gint64           long_us,
              ScheduleHistory *history)
{
  g_autoptr(GDateTime) cursor = g_date_time_add_days (now, -LOOK_BACK_DAYS);
  gint64 now_us = to_us (now);
  gint64 closed_from_us;
  gboolean open;

  history->last_change_us = 0;
  history->absence_us = 0;
  open = acc_schedule_is_open_at (schedule, cursor);
  closed_from_us = open ? 0 : to_us (cursor);

  for (;;)
    {
      g_autoptr(GDateTime) change = acc_schedule_get_next_change (schedule, cursor);
      gint64 change_us;

      if (change == NULL || (change_us = to_us (change)) > now_us)
        break;

      history->last_change_us = change_us;
      if (open)
        closed_from_us = change_us;
      else if (change_us - closed_from_us >= long_us)
        history->absence_us = closed_from_us + long_us;
      open = !open;
      g_date_time_unref (cursor);
      cursor = g_steal_pointer (&change);
    }

  history->closed_since_us = open ? 0 : closed_from_us;
  if (!open && now_us - closed_from_us >= long_us)
    history->absence_us = closed_from_us + long_us;
}

/* Showing ---------------------------------------------------------------- */

static void
set_status (AccPhoneBanner *self,
            const char     *text,
            const char     *icon_name,
            gboolean        open)
{
  acc_schedule_status_show (GTK_WIDGET (self->status_box), self->status_icon, self->status_label,
                            text, icon_name, open);
}

static void
set_prompt (AccPhoneBanner            *self,
            AccAnsweringMachinePrompt  prompt,
            gint64                     boundary_us)
{
  gboolean changed = self->prompt != prompt;

  if (changed || self->prompt_boundary_us != boundary_us)
    gtk_widget_set_visible (GTK_WIDGET (self->machine_error), FALSE);
  self->prompt = prompt;
  self->prompt_boundary_us = boundary_us;

  switch (prompt)
    {
    case ACC_ANSWERING_MACHINE_PROMPT_SWITCH_OFF:
      gtk_label_set_text (self->machine_label, _("Switch the answering machine off: the phone slot has started"));
      gtk_button_set_label (self->machine_button, _("_Answering Machine Off"));
      break;
    case ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON:
      gtk_label_set_text (self->machine_label, _("Switch the answering machine back on: the phone slot is over"));
      gtk_button_set_label (self->machine_button, _("_Answering Machine On"));
      break;
    case ACC_ANSWERING_MACHINE_PROMPT_NONE:
    default:
      break;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->machine_box), prompt != ACC_ANSWERING_MACHINE_PROMPT_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banner.confirm-answering-machine",
                                 prompt != ACC_ANSWERING_MACHINE_PROMPT_NONE && self->staff != NULL);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMPT]);
}

static void
set_voicemail_reminder (AccPhoneBanner *self,
                        gboolean        reminder)
{
  gtk_widget_set_visible (GTK_WIDGET (self->voicemail_box), reminder);
  if (self->voicemail_reminder == reminder)
    return;
  self->voicemail_reminder = reminder;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOICEMAIL_REMINDER]);
}

static gboolean
on_update_timeout (gpointer user_data)
{
  AccPhoneBanner *self = user_data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* The one timeout: at @wake_us, or sooner (see MAX_SLEEP_S). */
static void
schedule_update (AccPhoneBanner *self,
                 gint64          now_us,
                 gint64          wake_us)
{
  g_clear_handle_id (&self->update_source, g_source_remove);
  self->update_source = acc_schedule_wake_at (now_us, wake_us, on_update_timeout, self,
                                              "[accueil] phone banner");
}

static gint64
earliest (gint64 a,
          gint64 b)
{
  if (a <= 0)
    return b;
  if (b <= 0)
    return a;
  return MIN (a, b);
}

static void
update (AccPhoneBanner *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 now_us = to_us (now);
  gint64 long_us = absence_limit (self);
  gint64 wake_us = 0;
  gint64 absence_us = self->idle_absence_us;
  gint64 last_check_us = 0;
  AccAnsweringMachinePrompt prompt = ACC_ANSWERING_MACHINE_PROMPT_NONE;
  ScheduleHistory history = { 0, 0, 0 };
  gboolean open = FALSE;

  if (self->repository == NULL)
    return;

  /* The slot. */
  if (self->schedule == NULL)
    {
      set_status (self, self->schedule_error ? self->schedule_error : "", "dialog-error-symbolic", FALSE);
    }
  else if (acc_schedule_is_empty (self->schedule))
    {
      set_status (self, _("No phone slot is set yet"), "call-stop-symbolic", FALSE);
    }
  else
    {
      g_autofree char *when = NULL;
      g_auto(AccScheduleStatus) status = { FALSE, FALSE, FALSE, NULL, NULL };
      GDateTime *next;
      const char *closure_label;
      gboolean closed_today;

      acc_schedule_status_read (&status, self->schedule, now);
      open = status.open;
      next = status.next;
      closed_today = status.closed_today;
      closure_label = status.closure_label;
      read_history (self->schedule, now, long_us, &history);
      absence_us = MAX (absence_us, history.absence_us);
      if (next != NULL)
        wake_us = to_us (next);
      if (!open && history.closed_since_us > 0 && history.closed_since_us + long_us > now_us)
        wake_us = earliest (wake_us, history.closed_since_us + long_us);

      if (open && next != NULL)
        {
          when = acc_schedule_format_until (next, now);
          /* Translators: %s is a time, « 12:00 », or a day and time */
          text = g_strdup_printf (_("Phone slot in progress until %s"), when);
          set_status (self, text, "call-start-symbolic", TRUE);
        }
      else if (open)
        {
          set_status (self, _("Phone slot in progress"), "call-start-symbolic", TRUE);
        }
      else
        {
          if (next != NULL)
            when = acc_schedule_format_next (next, now);

          if (closed_today && closure_label != NULL && when != NULL)
            /* Translators: the first %s is a closure (« Lundi de Pâques »), the second when the next slot starts */
            text = g_strdup_printf (_("Closed today, %s — next slot %s"), closure_label, when);
          else if (closed_today && closure_label != NULL)
            /* Translators: %s is a closure (« Lundi de Pâques ») */
            text = g_strdup_printf (_("Closed today, %s"), closure_label);
          else if (closed_today && when != NULL)
            /* Translators: %s is when the next slot starts */
            text = g_strdup_printf (_("Closed today — next slot %s"), when);
          else if (closed_today)
            text = g_strdup (_("Closed today"));
          else if (when != NULL)
            /* Translators: %s is when the next slot starts: « lundi 09:00 », « demain à 09:00 » */
            text = g_strdup_printf (_("Outside phone slots — next slot %s"), when);
          else
            text = g_strdup (_("Outside phone slots"));
          set_status (self, text, closed_today ? "action-unavailable-symbolic" : "call-stop-symbolic", FALSE);
        }

      /* The answering machine: off for the slot under way, on again after
       * a slot that ended today, unless someone (here or elsewhere) has
       * already said it is done. */
      if (history.last_change_us > 0)
        {
          g_autoptr(GDateTime) boundary = from_us (history.last_change_us);
          gboolean confirmed = TRUE;

          if (open || acc_schedule_days_between (boundary, now) == 0)
            {
              if (!acc_repository_answering_machine_confirmed (self->repository, !open,
                                                               history.last_change_us,
                                                               &confirmed, &error))
                {
                  g_warning ("Cannot read the desk log: %s", error->message);
                  g_clear_error (&error);
                }
              else if (!confirmed)
                prompt = open ? ACC_ANSWERING_MACHINE_PROMPT_SWITCH_OFF
                              : ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON;
            }
        }
    }
  set_prompt (self, prompt, prompt != ACC_ANSWERING_MACHINE_PROMPT_NONE ? history.last_change_us : 0);

  /* The voicemail, after an absence: the window idle, or the desk outside
   * a slot, for long enough, and no check since. */
  if (now_us - self->last_input_us >= long_us)
    absence_us = MAX (absence_us, self->last_input_us + long_us);
  else
    wake_us = earliest (wake_us, self->last_input_us + long_us);

  if (!acc_repository_get_last_voicemail_check (self->repository, &last_check_us, &error))
    {
      g_warning ("Cannot read the desk log: %s", error->message);
      g_clear_error (&error);
      last_check_us = G_MAXINT64;
    }
  set_voicemail_reminder (self, absence_us > 0 && last_check_us < absence_us);

  schedule_update (self, now_us, wake_us);
}

static void
reload_schedule (AccPhoneBanner *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->schedule);
  g_clear_pointer (&self->schedule_error, g_free);
  if (self->repository == NULL)
    return;

  self->schedule = acc_repository_load_schedule (self->repository, ACC_SCHEDULE_PHONE_SLOT, &error);
  if (self->schedule == NULL)
    /* Translators: %s says why the phone slots cannot be read */
    self->schedule_error = g_strdup_printf (_("The phone slots cannot be read: %s"), error->message);
}

static void
on_repository_changed (AccPhoneBanner *self,
                       AccChangeFlags  flags)
{
  if (flags & ACC_CHANGE_SCHEDULE)
    reload_schedule (self);
  /* A confirmation or a voicemail check, here or in another window. */
  if (flags & (ACC_CHANGE_SCHEDULE | ACC_CHANGE_DESK_LOG | ACC_CHANGE_STAFF))
    update (self);
}

/* Input in the window: the agent is at the desk. Coming back after a long
 * idle stretch is an absence to check the voicemail for. */
static gboolean
on_window_event (AccPhoneBanner *self,
                 GdkEvent       *event)
{
  gint64 now_us;

  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_SCROLL:
    case GDK_MOTION_NOTIFY:
    case GDK_TOUCH_BEGIN:
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  now_us = g_get_real_time ();
  if (now_us - self->last_input_us >= absence_limit (self))
    {
      self->idle_absence_us = MAX (self->idle_absence_us, self->last_input_us + absence_limit (self));
      self->last_input_us = now_us;
      update (self);
    }
  else
    {
      /* The timeout set for the idle limit finds the newer input when it
       * fires, and sets itself later: nothing to do for every key. */
      self->last_input_us = now_us;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  acc_phone_banner_confirm_answering_machine (ACC_PHONE_BANNER (widget));
}

static void
on_settings_changed (AccPhoneBanner *self)
{
  read_absence_limit (self);
  update (self);
}

static void
acc_phone_banner_root (GtkWidget *widget)
{
  AccPhoneBanner *self = ACC_PHONE_BANNER (widget);

  GTK_WIDGET_CLASS (acc_phone_banner_parent_class)->root (widget);

  self->input_controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (self->input_controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (self->input_controller, "accueil-phone-banner-input");
  g_signal_connect_object (self->input_controller, "event",
                           G_CALLBACK (on_window_event), self,
                           G_CONNECT_SWAPPED);
  self->input_window = GTK_WIDGET (gtk_widget_get_root (widget));
  gtk_widget_add_controller (self->input_window, self->input_controller);
}

static void
acc_phone_banner_unroot (GtkWidget *widget)
{
  AccPhoneBanner *self = ACC_PHONE_BANNER (widget);

  if (self->input_controller != NULL)
    {
      gtk_widget_remove_controller (self->input_window, self->input_controller);
      self->input_controller = NULL;
      self->input_window = NULL;
    }

  GTK_WIDGET_CLASS (acc_phone_banner_parent_class)->unroot (widget);
}

static void
acc_phone_banner_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccPhoneBanner *self = ACC_PHONE_BANNER (object);

  switch (prop_id)
    {
    case PROP_PROMPT:
      g_value_set_int (value, self->prompt);
      break;
    case PROP_VOICEMAIL_REMINDER:
      g_value_set_boolean (value, self->voicemail_reminder);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_phone_banner_dispose (GObject *object)
{
  AccPhoneBanner *self = ACC_PHONE_BANNER (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_PHONE_BANNER);
  g_clear_object (&self->schedule);
  g_clear_object (&self->settings);
  g_clear_object (&self->staff);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_phone_banner_parent_class)->dispose (object);
}

static void
acc_phone_banner_finalize (GObject *object)
{
  AccPhoneBanner *self = ACC_PHONE_BANNER (object);

  g_clear_pointer (&self->schedule_error, g_free);

  G_OBJECT_CLASS (acc_phone_banner_parent_class)->finalize (object);
}

static void
acc_phone_banner_class_init (AccPhoneBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_phone_banner_get_property;
  object_class->dispose = acc_phone_banner_dispose;
  object_class->finalize = acc_phone_banner_finalize;

  widget_class->root = acc_phone_banner_root;
  widget_class->unroot = acc_phone_banner_unroot;

  /**
   * AccPhoneBanner:prompt:
   *
   * The answering-machine prompt shown, an #AccAnsweringMachinePrompt.
   */
  properties[PROP_PROMPT] =
    g_param_spec_int ("prompt", NULL, NULL,
                      ACC_ANSWERING_MACHINE_PROMPT_NONE, ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON,
                      ACC_ANSWERING_MACHINE_PROMPT_NONE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccPhoneBanner:voicemail-reminder:
   *
   * Whether the banner asks for a voicemail check.
   */
  properties[PROP_VOICEMAIL_REMINDER] =
    g_param_spec_boolean ("voicemail-reminder", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-phone-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, status_box);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, status_icon);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, status_label);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, machine_box);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, machine_label);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, machine_error);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, machine_button);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, voicemail_box);
  gtk_widget_class_bind_template_child (widget_class, AccPhoneBanner, voicemail_label);

  gtk_widget_class_install_action (widget_class, "banner.confirm-answering-machine", NULL, confirm_action);
  gtk_widget_class_set_css_name (widget_class, "phonebanner");
}

static void
acc_phone_banner_init (AccPhoneBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->last_input_us = g_get_real_time ();
  read_absence_limit (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banner.confirm-answering-machine", FALSE);
}

/**
 * acc_phone_banner_set_repository:
 *
 * Reads the phone slots and the desk log from @repository, and follows its
 * changes.
 */
void
acc_phone_banner_set_repository (AccPhoneBanner *self,
                                 AccRepository  *repository)
{
  g_return_if_fail (ACC_IS_PHONE_BANNER (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed, self);
  if (!g_set_object (&self->repository, repository))
    return;

  if (repository != NULL)
    g_signal_connect_object (repository, "changed",
                             G_CALLBACK (on_repository_changed), self,
                             G_CONNECT_SWAPPED);
  reload_schedule (self);
  update (self);
}

/**
 * acc_phone_banner_set_staff:
 * @staff: (nullable): who is at the desk, who confirms
 */
void
acc_phone_banner_set_staff (AccPhoneBanner *self,
                            AccStaffMember *staff)
{
  g_return_if_fail (ACC_IS_PHONE_BANNER (self));

  if (g_set_object (&self->staff, staff))
    update (self);
}

/**
 * acc_phone_banner_set_settings:
 *
 * Where "voicemail-reminder-minutes" is read.
 */
void
acc_phone_banner_set_settings (AccPhoneBanner *self,
                               GSettings      *settings)
{
  g_return_if_fail (ACC_IS_PHONE_BANNER (self));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed, self);
  if (!g_set_object (&self->settings, settings))
    return;
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::voicemail-reminder-minutes",
                             G_CALLBACK (on_settings_changed), self,
                             G_CONNECT_SWAPPED);
  on_settings_changed (self);
}

AccAnsweringMachinePrompt
acc_phone_banner_get_prompt (AccPhoneBanner *self)
{
  g_return_val_if_fail (ACC_IS_PHONE_BANNER (self), ACC_ANSWERING_MACHINE_PROMPT_NONE);
  return self->prompt;
}

gboolean
acc_phone_banner_get_voicemail_reminder (AccPhoneBanner *self)
{
  g_return_val_if_fail (ACC_IS_PHONE_BANNER (self), FALSE);
  return self->voicemail_reminder;
}

/**
 * acc_phone_banner_get_status_text:
 *
 * Returns: (transfer none): what the banner says about the slot.
 */
const char *
acc_phone_banner_get_status_text (AccPhoneBanner *self)
{
  g_return_val_if_fail (ACC_IS_PHONE_BANNER (self), NULL);
  return gtk_label_get_text (self->status_label);
}

/**
 * acc_phone_banner_confirm_answering_machine:
 *
 * Records that the person at the desk switched the answering machine off
 * (or on) for the slot boundary the banner asks about (Ctrl+R).
 *
 * Returns: whether a confirmation was recorded.
 */
gboolean
acc_phone_banner_confirm_answering_machine (AccPhoneBanner *self)
{
  g_autoptr(GError) error = NULL;
  gboolean switched_on;

  g_return_val_if_fail (ACC_IS_PHONE_BANNER (self), FALSE);

  if (self->prompt == ACC_ANSWERING_MACHINE_PROMPT_NONE || self->repository == NULL)
    return FALSE;
  if (self->staff == NULL)
    {
      gtk_label_set_text (self->machine_error, _("Choose who is at the desk first."));
      gtk_widget_set_visible (GTK_WIDGET (self->machine_error), TRUE);
      return FALSE;
    }

  switched_on = self->prompt == ACC_ANSWERING_MACHINE_PROMPT_SWITCH_ON;
  if (!acc_repository_record_answering_machine (self->repository, switched_on, self->prompt_boundary_us,
                                                acc_staff_member_get_id (self->staff), &error))
    {
      gtk_label_set_text (self->machine_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->machine_error), TRUE);
      return FALSE;
    }

  /* The repository's ::changed updates the banner too; at once is better. */
  update (self);
  return TRUE;
}
