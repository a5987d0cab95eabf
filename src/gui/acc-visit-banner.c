/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-visit-banner.c — the top of the Physique tab: whether the premises are
 * open and until when, or when they reopen (« respecter les horaires
 * d'ouverture du local »), with today's closure by name; and the documents
 * of the register whose review is overdue (« mettre à disposition et tenir à
 * jour les documents »), « 3 documents à vérifier ».
 *
 * Like the phone banner (acc-schedule-status.c holds what they share), one
 * function, update(), computes everything from the wall clock, the opening
 * hours and the documents register, and one timeout wakes it when the
 * answer can change: the next opening or closing, or the next document
 * falling due. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-schedule-status.h"
#include "acc-visit-banner.h"

struct _AccVisitBanner
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccSchedule *schedule;
  char *schedule_error;
  guint update_source;
  gboolean open;
  guint overdue_count;

  /* Template widgets */
  GtkBox *status_box;
  GtkImage *status_icon;
  GtkLabel *status_label;
  GtkBox *documents_box;
  GtkLabel *documents_label;
};

G_DEFINE_FINAL_TYPE (AccVisitBanner, acc_visit_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OPEN,
  PROP_OVERDUE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update (AccVisitBanner *self);

static gint64
to_us (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

static gboolean
on_update_timeout (gpointer user_data)
{
  AccVisitBanner *self = user_data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* The opening hours, in words. */
static void
show_hours (AccVisitBanner *self,
            GDateTime      *now,
            gint64         *wake_us)
{
  g_auto(AccScheduleStatus) status = { FALSE, FALSE, FALSE, NULL, NULL };
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;
  const char *icon = "preferences-system-time-symbolic";

  if (self->schedule == NULL)
    {
      acc_schedule_status_show (GTK_WIDGET (self->status_box), self->status_icon, self->status_label,
                                self->schedule_error, "dialog-error-symbolic", FALSE);
      self->open = FALSE;
      return;
    }

  acc_schedule_status_read (&status, self->schedule, now);
  self->open = status.open;
  if (status.next != NULL)
    *wake_us = to_us (status.next);

  if (status.empty && !status.closed_today)
    text = g_strdup (_("No opening hours are set yet"));
  else if (status.open && status.next != NULL)
    {
      when = acc_schedule_format_until (status.next, now);
      /* Translators: %s is the closing time, « 17:30 », or a day and time */
      text = g_strdup_printf (_("Open until %s"), when);
      icon = "system-users-symbolic";
    }
  else if (status.open)
    {
      text = g_strdup (_("Open"));
      icon = "system-users-symbolic";
    }
  else
    {
      if (status.next != NULL)
        when = acc_schedule_format_next (status.next, now);

      if (status.closed_today && status.closure_label != NULL && when != NULL)
        /* Translators: the first %s is a closure (« Lundi de Pâques »), the second when the premises reopen */
        text = g_strdup_printf (_("Closed today, %s — reopens %s"), status.closure_label, when);
      else if (status.closed_today && status.closure_label != NULL)
        /* Translators: %s is a closure (« Lundi de Pâques ») */
        text = g_strdup_printf (_("Closed today, %s"), status.closure_label);
      else if (status.closed_today && when != NULL)
        /* Translators: %s is when the premises reopen */
        text = g_strdup_printf (_("Closed today — reopens %s"), when);
      else if (status.closed_today)
        text = g_strdup (_("Closed today"));
      else if (when != NULL)
        /* Translators: %s is when the premises reopen: « lundi 09:00 », « demain à 09:00 » */
        text = g_strdup_printf (_("Closed — reopens %s"), when);
      else
        text = g_strdup (_("Closed"));
      if (status.closed_today)
        icon = "action-unavailable-symbolic";
    }

  acc_schedule_status_show (GTK_WIDGET (self->status_box), self->status_icon, self->status_label,
                            text, icon, status.open);
}

/* The documents whose review is overdue, and when the next one falls due. */
static void
count_overdue (AccVisitBanner *self,
               gint64          now_us,
               gint64         *wake_us)
{
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint overdue = 0;

  documents = acc_repository_list_documents (self->repository, &error);
  if (documents == NULL)
    {
      g_warning ("Cannot read the documents register: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);

      if (acc_document_is_review_overdue (document, now_us))
        overdue++;
      else
        {
          /* Overdue once the due time is passed: wake just after it. */
          gint64 due = acc_document_get_review_due (document) + 1;

          if (*wake_us <= 0 || due < *wake_us)
            *wake_us = due;
        }
    }

  /* Translators: the documents of the register whose review is overdue */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document to review", "%u documents to review", overdue),
                          overdue);
  gtk_label_set_text (self->documents_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_box), overdue > 0);

  if (self->overdue_count != overdue)
    {
      self->overdue_count = overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
    }
}

static void
update (AccVisitBanner *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 now_us = to_us (now);
  gint64 wake_us = 0;
  gboolean was_open = self->open;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->repository == NULL)
    return;

  show_hours (self, now, &wake_us);
  count_overdue (self, now_us, &wake_us);
  if (was_open != self->open)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);

  self->update_source = acc_schedule_wake_at (now_us, wake_us, on_update_timeout, self,
                                              "[accueil] visit banner");
}

static void
reload_schedule (AccVisitBanner *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->schedule);
  g_clear_pointer (&self->schedule_error, g_free);
  if (self->repository == NULL)
    return;

  self->schedule = acc_repository_load_schedule (self->repository, ACC_SCHEDULE_OPENING_HOURS, &error);
  if (self->schedule == NULL)
    /* Translators: %s says why the opening hours cannot be read */
    self->schedule_error = g_strdup_printf (_("The opening hours cannot be read: %s"), error->message);
}

static void
on_repository_changed (AccVisitBanner *self,
                       AccChangeFlags  flags)
{
  if (flags & ACC_CHANGE_SCHEDULE)
    reload_schedule (self);
  if (flags & (ACC_CHANGE_SCHEDULE | ACC_CHANGE_DOCUMENTS))
    update (self);
}

static void
acc_visit_banner_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccVisitBanner *self = ACC_VISIT_BANNER (object);

  switch (prop_id)
    {
    case PROP_OPEN:
      g_value_set_boolean (value, self->open);
      break;
    case PROP_OVERDUE_COUNT:
      g_value_set_uint (value, self->overdue_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_visit_banner_dispose (GObject *object)
{
  AccVisitBanner *self = ACC_VISIT_BANNER (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_VISIT_BANNER);
  g_clear_object (&self->schedule);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_visit_banner_parent_class)->dispose (object);
}

static void
acc_visit_banner_finalize (GObject *object)
{
  AccVisitBanner *self = ACC_VISIT_BANNER (object);

  g_clear_pointer (&self->schedule_error, g_free);

  G_OBJECT_CLASS (acc_visit_banner_parent_class)->finalize (object);
}

static void
acc_visit_banner_class_init (AccVisitBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_visit_banner_get_property;
  object_class->dispose = acc_visit_banner_dispose;
  object_class->finalize = acc_visit_banner_finalize;

  /**
   * AccVisitBanner:open:
   *
   * Whether the premises are open now.
   */
  properties[PROP_OPEN] =
    g_param_spec_boolean ("open", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccVisitBanner:overdue-count:
   *
   * How many documents of the register are overdue for review.
   */
  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_uint ("overdue-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-visit-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, AccVisitBanner, status_box);
  gtk_widget_class_bind_template_child (widget_class, AccVisitBanner, status_icon);
  gtk_widget_class_bind_template_child (widget_class, AccVisitBanner, status_label);
  gtk_widget_class_bind_template_child (widget_class, AccVisitBanner, documents_box);
  gtk_widget_class_bind_template_child (widget_class, AccVisitBanner, documents_label);
  /* The same look as the phone banner's (style.css). */
  gtk_widget_class_set_css_name (widget_class, "phonebanner");
}

static void
acc_visit_banner_init (AccVisitBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

/**
 * acc_visit_banner_set_repository:
 *
 * Reads the opening hours, the closures and the documents register from
 * @repository, and follows their changes.
 */
void
acc_visit_banner_set_repository (AccVisitBanner *self,
                                 AccRepository  *repository)
{
  g_return_if_fail (ACC_IS_VISIT_BANNER (self));
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
 * acc_visit_banner_get_status_text:
 *
 * Returns: (transfer none): what the banner says about the opening hours.
 */
const char *
acc_visit_banner_get_status_text (AccVisitBanner *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_BANNER (self), NULL);
  return gtk_label_get_text (self->status_label);
}

gboolean
acc_visit_banner_get_open (AccVisitBanner *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_BANNER (self), FALSE);
  return self->open;
}

guint
acc_visit_banner_get_overdue_count (AccVisitBanner *self)
{
  g_return_val_if_fail (ACC_IS_VISIT_BANNER (self), 0);
  return self->overdue_count;
}
