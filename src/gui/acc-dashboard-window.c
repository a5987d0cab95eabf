/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-dashboard-window.c — the « Tableau de bord »: the indicators of a
 * period, computed on a worker thread (acc_repository_compute_stats_async())
 * and drawn with cairo: the calls by day of the week and hour with the phone
 * slots and opening hours over them, so that calls outside the slots show;
 * the outcomes, the orientations, the checklist; the messages' delays and
 * the answering machine's confirmations. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-core.h"
#include "acc-audit-report.h"
#include "acc-dashboard-window.h"

enum
{
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

struct _AccDashboardWindow
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStats *stats;
  GListModel *phone_slots;
  GListModel *opening_hours;
  GCancellable *cancellable;
  guint refresh_source;

  GtkDropDown *period_dropdown;
  GtkSpinner *spinner;
  GtkButton *export_button;
  GtkLabel *summary_label;
  GtkDrawingArea *heat_map;
  GtkLabel *heat_title;
  GtkDropDown *heat_channel_dropdown;
  GtkDrawingArea *outcomes_chart;
  GtkDrawingArea *orientations_chart;
  GtkDrawingArea *checklist_chart;
  GtkLabel *messages_label;
  GtkLabel *machine_label;
};

G_DEFINE_FINAL_TYPE (AccDashboardWindow, acc_dashboard_window, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

/* Colours that read on the light style, and for the colour-blind: one hue. */
#define HEAT_R 0.11
#define HEAT_G 0.44
#define HEAT_B 0.85

static void
set_source_foreground (GtkWidget *widget,
                       cairo_t   *cr,
                       double     alpha)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * alpha);
}

static void
draw_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align,      /* 0 left, 0.5 centre, 1 right */
           double      max_width,
           gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/* Rows are the days of the week, Monday first; columns the 24 hours. The
 * opening hours are a dashed outline, the phone slots a solid one. */
static void
draw_heat_map (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  AccDashboardWindow *self = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
  const double left = 48, top = 6, bottom = 44;
  double cell_w = (width - left - 8) / 24.0;
  double cell_h = (height - top - bottom) / 7.0;
  AccChannel channel = gtk_drop_down_get_selected (self->heat_channel_dropdown) == 1
                       ? ACC_CHANNEL_VISIT : ACC_CHANNEL_PHONE;
  guint max = self->stats != NULL ? acc_stats_get_max_week_hour_count (self->stats, channel) : 0;

  for (int d = 0; d < 7; d++)
    {
      set_source_foreground (widget, cr, 0.8);
      draw_text (widget, cr, _(days[d]), left - 6, top + (d + 0.5) * cell_h, 1.0, 0, FALSE);
      for (int h = 0; h < 24; h++)
        {
          guint n = self->stats != NULL ? acc_stats_get_week_hour_count (self->stats, channel, d + 1, h) : 0;
          double x = left + h * cell_w, y = top + d * cell_h;

          if (n > 0 && max > 0)
            cairo_set_source_rgba (cr, HEAT_R, HEAT_G, HEAT_B, 0.15 + 0.85 * n / max);
          else
            set_source_foreground (widget, cr, 0.05);
          cairo_rectangle (cr, x + 1, y + 1, cell_w - 2, cell_h - 2);
          cairo_fill (cr);
          if (n > 0)
            {
              if (max > 0 && (double) n / max > 0.55)
                cairo_set_source_rgb (cr, 1, 1, 1);
              else
                set_source_foreground (widget, cr, 0.9);
              g_autofree char *text = g_strdup_printf ("%u", n);
              draw_text (widget, cr, text, x + cell_w / 2, y + cell_h / 2, 0.5, 0, FALSE);
            }
        }
    }
  for (int h = 0; h < 24; h += 2)
    {
      g_autofree char *text = g_strdup_printf (_("%d h"), h);

      set_source_foreground (widget, cr, 0.7);
      draw_text (widget, cr, text, left + h * cell_w + 2, height - bottom + 10, 0.0, 0, FALSE);
    }

  /* The schedules over the map. */
  for (int kind = 0; kind < 2; kind++)
    {
      GListModel *ranges = kind == 0 ? self->opening_hours : self->phone_slots;
      static const double dashes[] = { 4.0, 3.0 };

      if (ranges == NULL)
        continue;
      if (kind == 0)
        {
          cairo_set_source_rgb (cr, 0.2, 0.6, 0.3);
          cairo_set_line_width (cr, 2.0);
          cairo_set_dash (cr, dashes, 2, 0);
        }
      else
        {
          cairo_set_source_rgb (cr, 0.90, 0.38, 0.0);
          cairo_set_line_width (cr, 3.0);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
        {
          g_autoptr(AccScheduleRange) range = g_list_model_get_item (ranges, i);
          guint weekday = acc_schedule_range_get_weekday (range);
          double x0 = left + acc_schedule_range_get_start_minute (range) / 60.0 * cell_w;
          double x1 = left + acc_schedule_range_get_end_minute (range) / 60.0 * cell_w;
          double y = top + (weekday - 1) * cell_h;
          double inset = kind == 0 ? 1.0 : 3.0;

          cairo_rectangle (cr, x0, y + inset, x1 - x0, cell_h - 2 * inset);
          cairo_stroke (cr);
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);

  /* The legend. */
  {
    double y = height - 12;

    cairo_set_source_rgb (cr, 0.90, 0.38, 0.0);
    cairo_set_line_width (cr, 3.0);
    cairo_rectangle (cr, left, y - 6, 24, 12);
    cairo_stroke (cr);
    set_source_foreground (widget, cr, 0.8);
    draw_text (widget, cr, _("Phone slots"), left + 30, y, 0.0, 0, FALSE);

    cairo_set_source_rgb (cr, 0.2, 0.6, 0.3);
    cairo_set_line_width (cr, 2.0);
    {
      static const double dashes[] = { 4.0, 3.0 };
      cairo_set_dash (cr, dashes, 2, 0);
    }
    cairo_rectangle (cr, left + 220, y - 6, 24, 12);
    cairo_stroke (cr);
    cairo_set_dash (cr, NULL, 0, 0);
    set_source_foreground (widget, cr, 0.8);
    draw_text (widget, cr, _("Opening hours"), left + 250, y, 0.0, 0, FALSE);
    draw_text (widget, cr, channel == ACC_CHANNEL_PHONE
                           ? _("A call outside the orange frames came outside the phone slots.")
                           : _("A visit outside the green frames came outside the opening hours."),
               left + 460, y, 0.0, width - left - 470, FALSE);
  }
}

/* Horizontal bars: a label, one or two bars (calls, visits) and their
 * values. */
static void
draw_bars (GtkWidget          *widget,
           cairo_t            *cr,
           int                 width,
           guint               n_rows,
           const char * const *labels,
           const double       *first,
           const double       *second,    /* nullable */
           double              max,
           gboolean            percent)
{
  const double label_w = MIN (220, width * 0.42);
  const double row_h = second != NULL ? 30 : 22;
  const double bar_w = width - label_w - 60;

  for (guint i = 0; i < n_rows; i++)
    {
      double y = i * row_h + 2;

      set_source_foreground (widget, cr, 0.85);
      draw_text (widget, cr, labels[i], 0, y + (row_h - 4) / 2, 0.0, label_w - 8, FALSE);
      for (int k = 0; k < (second != NULL ? 2 : 1); k++)
        {
          double value = k == 0 ? first[i] : second[i];
          double h = second != NULL ? (row_h - 6) / 2 : row_h - 6;
          double by = y + k * h;
          double w = max > 0 ? bar_w * value / max : 0;
          g_autofree char *text = NULL;

          if (k == 0)
            cairo_set_source_rgb (cr, HEAT_R, HEAT_G, HEAT_B);
          else
            cairo_set_source_rgb (cr, 0.90, 0.38, 0.0);
          cairo_rectangle (cr, label_w, by, MAX (w, 1), h - 1);
          cairo_fill (cr);
          text = percent ? g_strdup_printf ("%.0f %%", value) : g_strdup_printf ("%.0f", value);
          set_source_foreground (widget, cr, 0.85);
          draw_text (widget, cr, text, label_w + w + 4, by + h / 2, 0.0, 0, FALSE);
        }
    }
}

static void
draw_legend (GtkWidget *widget,
             cairo_t   *cr,
             double     y)
{
  cairo_set_source_rgb (cr, HEAT_R, HEAT_G, HEAT_B);
  cairo_rectangle (cr, 0, y - 5, 10, 10);
  cairo_fill (cr);
  set_source_foreground (widget, cr, 0.8);
  draw_text (widget, cr, _("Calls"), 14, y, 0.0, 0, FALSE);
  cairo_set_source_rgb (cr, 0.90, 0.38, 0.0);
  cairo_rectangle (cr, 90, y - 5, 10, 10);
  cairo_fill (cr);
  set_source_foreground (widget, cr, 0.8);
  draw_text (widget, cr, _("Visits"), 104, y, 0.0, 0, FALSE);
}

static void
draw_outcomes (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  AccDashboardWindow *self = user_data;
  const char *labels[ACC_STATS_N_OUTCOMES];
  double calls[ACC_STATS_N_OUTCOMES], visits[ACC_STATS_N_OUTCOMES];
  double max = 0;

  if (self->stats == NULL)
    return;
  for (guint o = 0; o < ACC_STATS_N_OUTCOMES; o++)
    {
      labels[o] = acc_outcome_label (o);
      calls[o] = acc_stats_get_outcome_count (self->stats, ACC_CHANNEL_PHONE, o);
      visits[o] = acc_stats_get_outcome_count (self->stats, ACC_CHANNEL_VISIT, o);
      max = MAX (max, MAX (calls[o], visits[o]));
    }
  draw_bars (GTK_WIDGET (area), cr, width, ACC_STATS_N_OUTCOMES, labels, calls, visits, max, FALSE);
  draw_legend (GTK_WIDGET (area), cr, height - 8);
}

static void
draw_orientations (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  AccDashboardWindow *self = user_data;
  guint n;
  const char *labels[6];
  double counts[6];
  double max = 0;

  if (self->stats == NULL)
    return;
  n = MIN (acc_stats_get_n_orientations (self->stats), 6);
  if (n == 0)
    {
      set_source_foreground (GTK_WIDGET (area), cr, 0.6);
      draw_text (GTK_WIDGET (area), cr, _("No orientation in this period."), 0, 12, 0.0, 0, FALSE);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      guint count;
      const char *name = acc_stats_get_orientation (self->stats, i, NULL, &count);

      labels[i] = name != NULL ? name : _("(no body recorded)");
      counts[i] = count;
      max = MAX (max, count);
    }
  draw_bars (GTK_WIDGET (area), cr, width, n, labels, counts, NULL, max, FALSE);
}

static void
draw_checklist (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  AccDashboardWindow *self = user_data;
  const char *labels[] = {
    _("Call: greeting given"), _("Call: reason asked"), _("Call: name asked"),
    _("Call: organisation presented"),
    _("Visit: introduced oneself"), _("Visit: reason asked"), _("Visit: informed"),
    _("Visit: supervisor called"), _("Visit: oriented"),
  };
  double shares[G_N_ELEMENTS (labels)];
  guint calls, visits;

  if (self->stats == NULL)
    return;
  calls = acc_stats_get_count (self->stats, ACC_CHANNEL_PHONE);
  visits = acc_stats_get_count (self->stats, ACC_CHANNEL_VISIT);
  for (guint s = 0; s < ACC_STATS_N_CALL_STEPS; s++)
    shares[s] = calls > 0 ? 100.0 * acc_stats_get_step_count (self->stats, ACC_CHANNEL_PHONE, s) / calls : 0;
  for (guint s = 0; s < ACC_STATS_N_VISIT_STEPS; s++)
    shares[ACC_STATS_N_CALL_STEPS + s] =
      visits > 0 ? 100.0 * acc_stats_get_step_count (self->stats, ACC_CHANNEL_VISIT, s) / visits : 0;
  draw_bars (GTK_WIDGET (area), cr, width, G_N_ELEMENTS (labels), labels, shares, NULL, 100, TRUE);
}

static char *
format_share (guint part,
              guint whole)
{
  if (whole == 0)
    return g_strdup ("—");
  return g_strdup_printf ("%u / %u (%.0f %%)", part, whole, 100.0 * part / whole);
}

static void
show_stats (AccDashboardWindow *self)
{
  AccStats *stats = self->stats;
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (acc_stats_get_from (stats) / G_USEC_PER_SEC);
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (acc_stats_get_to (stats) / G_USEC_PER_SEC - 1);
  g_autofree char *from_text = g_date_time_format (from, "%d/%m/%Y");
  g_autofree char *last_text = g_date_time_format (last, "%d/%m/%Y");
  g_autofree char *summary = NULL;
  g_autofree char *read = acc_format_delay (acc_stats_get_median_read_us (stats));
  g_autofree char *handle = acc_format_delay (acc_stats_get_median_handle_us (stats));
  g_autofree char *on_time = format_share (acc_stats_get_messages_on_time (stats),
                                           acc_stats_get_messages_with_due (stats));
  g_autofree char *messages = NULL;
  g_autofree char *starts = format_share (acc_stats_get_boundaries_confirmed (stats, FALSE),
                                          acc_stats_get_boundaries_expected (stats, FALSE));
  g_autofree char *ends = format_share (acc_stats_get_boundaries_confirmed (stats, TRUE),
                                        acc_stats_get_boundaries_expected (stats, TRUE));
  g_autofree char *machine = NULL;

  summary = g_strdup_printf (_("From %s to %s: %u calls, %u visits, %u messages"),
                             from_text, last_text,
                             acc_stats_get_count (stats, ACC_CHANNEL_PHONE),
                             acc_stats_get_count (stats, ACC_CHANNEL_VISIT),
                             acc_stats_get_message_count (stats));
  gtk_label_set_text (self->summary_label, summary);
  messages = g_strdup_printf (_("Messages taken: %u\n"
                                "Median time to read: %s\n"
                                "Median time to handle: %s\n"
                                "Handled by the due time: %s\n"
                                "Overdue now: %u"),
                              acc_stats_get_message_count (stats), read, handle, on_time,
                              acc_stats_get_messages_overdue_now (stats));
  gtk_label_set_text (self->messages_label, messages);
  machine = g_strdup_printf (_("Switched off at the start of a slot: %s\n"
                               "Switched on again at the end of a slot: %s"),
                             starts, ends);
  gtk_label_set_text (self->machine_label, machine);

  gtk_widget_queue_draw (GTK_WIDGET (self->heat_map));
  gtk_widget_queue_draw (GTK_WIDGET (self->outcomes_chart));
  gtk_widget_queue_draw (GTK_WIDGET (self->orientations_chart));
  gtk_widget_queue_draw (GTK_WIDGET (self->checklist_chart));
}

static void
stats_ready (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AccDashboardWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStats) stats = acc_repository_compute_stats_finish (ACC_REPOSITORY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_spinner_stop (self->spinner);
  g_clear_object (&self->cancellable);
  if (stats == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  g_set_object (&self->stats, stats);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-audit", TRUE);
  show_stats (self);
}

static void
refresh (AccDashboardWindow *self)
{
  static const int days[] = { 7, 30, 91, 365 };
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) start = g_date_time_add_days (end, -days[MIN (selected, G_N_ELEMENTS (days) - 1)]);
  g_autoptr(GError) error = NULL;

  if (self->repository == NULL)
    return;

  /* The schedules are small: read here, drawn over the heat map. */
  g_clear_object (&self->phone_slots);
  g_clear_object (&self->opening_hours);
  self->phone_slots = acc_repository_list_schedule (self->repository, ACC_SCHEDULE_PHONE_SLOT, &error);
  if (self->phone_slots == NULL)
    g_warning ("Cannot read the phone slots: %s", error->message);
  g_clear_error (&error);
  self->opening_hours = acc_repository_list_schedule (self->repository, ACC_SCHEDULE_OPENING_HOURS, &error);
  if (self->opening_hours == NULL)
    g_warning ("Cannot read the opening hours: %s", error->message);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  acc_repository_compute_stats_async (self->repository,
                                      g_date_time_to_unix (start) * G_USEC_PER_SEC,
                                      g_date_time_to_unix (end) * G_USEC_PER_SEC,
                                      self->cancellable, stats_ready, g_object_ref (self));
}

static void
heat_channel_changed (AccDashboardWindow *self)
{
  gboolean visits = gtk_drop_down_get_selected (self->heat_channel_dropdown) == 1;

  gtk_label_set_text (self->heat_title, visits ? _("Visits by day of the week and hour")
                                               : _("Calls by day of the week and hour"));
  gtk_widget_queue_draw (GTK_WIDGET (self->heat_map));
}

static gboolean
refresh_later_cb (gpointer user_data)
{
  AccDashboardWindow *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A call saved at the desk, a message handled in the inbox, another
 * workstation's writes: the figures follow, once the burst of writes is
 * over. */
static void
repository_changed (AccDashboardWindow *self,
                    AccChangeFlags      flags)
{
  if ((flags & (ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES | ACC_CHANGE_DESK_LOG
                | ACC_CHANGE_SCHEDULE | ACC_CHANGE_DIRECTORY)) == 0)
    return;
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add_seconds (1, refresh_later_cb, self);
}

static void
period_changed (AccDashboardWindow *self)
{
  refresh (self);
}

/* The « dossier d'audit » ------------------------------------------------- */

typedef struct
{
  AccStats *stats;
  char *organisation;
  char *path;
} AuditData;

static void
audit_data_free (AuditData *data)
{
  g_clear_object (&data->stats);
  g_free (data->organisation);
  g_free (data->path);
  g_free (data);
}

/* The stats are not changed once computed: the worker only reads them. */
static void
audit_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  AuditData *data = task_data;
  GError *error = NULL;

  if (acc_audit_report_write_pdf (data->stats, data->organisation, data->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
audit_written (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (source);
  g_autoptr(GError) error = NULL;

  gtk_spinner_stop (self->spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Audit File Was Not Saved"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
on_export_response (GtkNativeDialog    *chooser,
                    int                 response,
                    AccDashboardWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autofree char *path = NULL;
  AuditData *data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path == NULL || self->stats == NULL)
    return;

  organisation = acc_repository_load_organisation (self->repository, NULL);
  data = g_new0 (AuditData, 1);
  data->stats = g_object_ref (self->stats);
  data->organisation = g_strdup (organisation != NULL ? acc_organisation_get_name (organisation) : NULL);
  data->path = g_steal_pointer (&path);
  task = g_task_new (self, NULL, audit_written, NULL);
  g_task_set_source_tag (task, on_export_response);
  g_task_set_task_data (task, data, (GDestroyNotify) audit_data_free);
  gtk_spinner_start (self->spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  g_task_run_in_thread (task, audit_thread);
}

static void
export_audit_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->stats == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Audit File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* TRANSLATORS: the default file name of the audit file */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("audit-file.pdf"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
acc_dashboard_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_dashboard_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (object);

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
acc_dashboard_window_constructed (GObject *object)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (object);

  G_OBJECT_CLASS (acc_dashboard_window_parent_class)->constructed (object);

  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_changed), self, G_CONNECT_SWAPPED);
  if (self->repository != NULL)
    g_signal_connect_object (self->repository, "changed",
                             G_CALLBACK (repository_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->heat_channel_dropdown, "notify::selected",
                           G_CALLBACK (heat_channel_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
acc_dashboard_window_dispose (GObject *object)
{
  AccDashboardWindow *self = ACC_DASHBOARD_WINDOW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_DASHBOARD_WINDOW);
  g_clear_object (&self->stats);
  g_clear_object (&self->phone_slots);
  g_clear_object (&self->opening_hours);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_dashboard_window_parent_class)->dispose (object);
}

static void
acc_dashboard_window_class_init (AccDashboardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_dashboard_window_get_property;
  object_class->set_property = acc_dashboard_window_set_property;
  object_class->constructed = acc_dashboard_window_constructed;
  object_class->dispose = acc_dashboard_window_dispose;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/fr/accueil/Accueil/ui/acc-dashboard-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, export_button);
  gtk_widget_class_install_action (widget_class, "dashboard.export-audit", NULL, export_audit_activated);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, heat_map);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, heat_title);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, heat_channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, outcomes_chart);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, orientations_chart);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, checklist_chart);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, messages_label);
  gtk_widget_class_bind_template_child (widget_class, AccDashboardWindow, machine_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_dashboard_window_init (AccDashboardWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-audit", FALSE);
  gtk_drawing_area_set_draw_func (self->heat_map, draw_heat_map, self, NULL);
  gtk_drawing_area_set_draw_func (self->outcomes_chart, draw_outcomes, self, NULL);
  gtk_drawing_area_set_draw_func (self->orientations_chart, draw_orientations, self, NULL);
  gtk_drawing_area_set_draw_func (self->checklist_chart, draw_checklist, self, NULL);
}

AccDashboardWindow *
acc_dashboard_window_new (AccRepository *repository)
{
  return g_object_new (ACC_TYPE_DASHBOARD_WINDOW, "repository", repository, NULL);
}

/**
 * acc_dashboard_window_get_stats:
 *
 * Returns: (nullable) (transfer none): the indicators shown, %NULL until
 *   the first computation ends
 */
AccStats *
acc_dashboard_window_get_stats (AccDashboardWindow *self)
{
  g_return_val_if_fail (ACC_IS_DASHBOARD_WINDOW (self), NULL);
  return self->stats;
}

/**
 * acc_dashboard_window_is_busy:
 *
 * Whether the indicators are being computed.
 */
gboolean
acc_dashboard_window_is_busy (AccDashboardWindow *self)
{
  g_return_val_if_fail (ACC_IS_DASHBOARD_WINDOW (self), FALSE);
  return self->cancellable != NULL;
}

static void
dashboard_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  AccApplication *app = user_data;
  AccRepository *repository = acc_application_get_repository (app);
  GtkWindow *window = NULL;

  if (repository == NULL)
    return;
  /* One is enough: bring it to the front. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (ACC_IS_DASHBOARD_WINDOW (l->data))
      window = l->data;
  if (window == NULL)
    {
      window = GTK_WINDOW (acc_dashboard_window_new (repository));
      gtk_window_set_application (window, GTK_APPLICATION (app));
    }
  gtk_window_present (window);
}

static const GActionEntry dashboard_actions[] = {
  { "dashboard", dashboard_activated },
};

/**
 * acc_dashboard_actions_install:
 *
 * Adds app.dashboard (Ctrl+Shift+D), the « Tableau de bord », to
 * @application.
 */
void
acc_dashboard_actions_install (AccApplication *application)
{
  static const char *dashboard_accels[] = { "<Control><Shift>d", NULL };

  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), dashboard_actions,
                                   G_N_ELEMENTS (dashboard_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.dashboard", dashboard_accels);
}
