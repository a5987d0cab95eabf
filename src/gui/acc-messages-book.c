/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-messages-book.c — the messages book (cahier des messages): every
 * message, whoever it went to, newest first, with the books' search and
 * date filters and the status filter. The front desk sees what it forwarded
 * and what is still open; opening an entry opens the message. Read lazily:
 * the book may hold years of messages. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-application.h"
#include "acc-export-dialog.h"
#include "acc-labels.h"
#include "acc-list-cells.h"
#include "acc-message-dialog.h"
#include "acc-messages-book.h"

/* The period list in the .ui, in this order. */
typedef enum
{
  PERIOD_ALL,
  PERIOD_TODAY,
  PERIOD_WEEK,
  PERIOD_MONTH,
  PERIOD_RANGE,
} Period;

struct _AccMessagesBook
{
  AdwWindow parent_instance;

  AccRepository *repository;
  GListModel *model;

  /* Template widgets */
  GtkSearchEntry *book_search;
  GtkDropDown *period_dropdown;
  GtkBox *range_box;
  GtkMenuButton *from_button;
  GtkCalendar *from_calendar;
  GtkMenuButton *to_button;
  GtkCalendar *to_calendar;
  GtkDropDown *status_dropdown;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (AccMessagesBook, acc_messages_book, ADW_TYPE_WINDOW)

G_STATIC_ASSERT (ACC_MESSAGE_FILTER_ALL == 0 && ACC_MESSAGE_FILTER_OPEN == 1 && ACC_MESSAGE_FILTER_CLOSED == 2);

static void
update_empty_state (AccMessagesBook *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  /* A broad search is still being listed by a worker: not empty yet. */
  if (empty && self->model != NULL && ACC_IS_QUERY_MODEL (self->model)
      && !acc_query_model_is_counted (ACC_QUERY_MODEL (self->model)))
    return;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

/* Midnight, local time, of @day moved by @days days (and @months months). */
static gint64
local_midnight (GDateTime *day,
                int        months,
                int        days)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (day),
                                                         g_date_time_get_month (day),
                                                         g_date_time_get_day_of_month (day),
                                                         0, 0, 0);
  g_autoptr(GDateTime) moved_months = g_date_time_add_months (midnight, months);
  g_autoptr(GDateTime) moved = NULL;

  /* Adding days to a local midnight keeps midnight across a daylight
   * saving change: GDateTime adds calendar days. */
  moved = g_date_time_add_days (moved_months, days);
  return g_date_time_to_unix (moved) * G_USEC_PER_SEC;
}

static void
period_bounds (AccMessagesBook *self,
               gint64          *from_us,
               gint64          *to_us)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  Period period = gtk_drop_down_get_selected (self->period_dropdown);

  *from_us = 0;
  *to_us = 0;
  switch (period)
    {
    case PERIOD_TODAY:
      *from_us = local_midnight (now, 0, 0);
      *to_us = local_midnight (now, 0, 1);
      break;
    case PERIOD_WEEK:
      {
        /* From Monday, as weeks start in France. */
        int back = g_date_time_get_day_of_week (now) - 1;
        *from_us = local_midnight (now, 0, -back);
        *to_us = local_midnight (now, 0, 7 - back);
      }
      break;
    case PERIOD_MONTH:
      {
        int back = g_date_time_get_day_of_month (now) - 1;
        g_autoptr(GDateTime) first = g_date_time_add_days (now, -back);
        *from_us = local_midnight (first, 0, 0);
        *to_us = local_midnight (first, 1, 0);
      }
      break;
    case PERIOD_RANGE:
      {
        g_autoptr(GDateTime) first = gtk_calendar_get_date (self->from_calendar);
        g_autoptr(GDateTime) last = gtk_calendar_get_date (self->to_calendar);

        if (g_date_time_compare (first, last) > 0)
          {
            GDateTime *swap = first;
            first = last;
            last = swap;
          }
        *from_us = local_midnight (first, 0, 0);
        /* The last day is included. */
        *to_us = local_midnight (last, 0, 1);
      }
      break;
    case PERIOD_ALL:
    default:
      break;
    }
}

static void
reload (AccMessagesBook *self)
{
  AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
  g_autoptr(GtkSelectionModel) selection = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->book_search));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_empty_state, self);
  g_clear_object (&self->model);

  if (self->repository != NULL)
    {
      filter.status = gtk_drop_down_get_selected (self->status_dropdown);
      period_bounds (self, &filter.from_us, &filter.to_us);
      self->model = acc_repository_search_messages (self->repository, &filter, search);
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (update_empty_state), self,
                               G_CONNECT_SWAPPED);
      selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (self->model)));
      gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
      gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
    }
  gtk_column_view_set_model (self->column_view, selection);
  update_empty_state (self);
}

static void
on_filter_changed (AccMessagesBook *self)
{
  reload (self);
}

/* Escape in the search field clears it, and closes the book when it is
 * already empty. */
static void
on_stop_search (AccMessagesBook *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->book_search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->book_search), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
update_range_labels (AccMessagesBook *self)
{
  g_autoptr(GDateTime) first = gtk_calendar_get_date (self->from_calendar);
  g_autoptr(GDateTime) last = gtk_calendar_get_date (self->to_calendar);
  /* Translators: a day in the messages book's period filter; see
   * g_date_time_format() */
  g_autofree char *first_text = g_date_time_format (first, C_("period day", "%x"));
  g_autofree char *last_text = g_date_time_format (last, C_("period day", "%x"));
  g_autofree char *first_name = g_strdup_printf (_("From %s"), first_text);
  g_autofree char *last_name = g_strdup_printf (_("To %s, included"), last_text);

  gtk_menu_button_set_label (self->from_button, first_text);
  gtk_menu_button_set_label (self->to_button, last_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, first_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, last_name, -1);
}

static void
on_range_changed (AccMessagesBook *self)
{
  update_range_labels (self);
  if (gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_RANGE)
    reload (self);
}

static void
on_period_changed (AccMessagesBook *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->range_box),
                          gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_RANGE);
  reload (self);
}

static void
on_row_activated (AccMessagesBook *self,
                  guint            position)
{
  g_autoptr(AccMessage) message = NULL;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  AccStaffMember *reader = NULL;

  if (self->model == NULL || (message = g_list_model_get_item (self->model, position)) == NULL)
    return;
  if (ACC_IS_APPLICATION (application))
    reader = acc_application_get_current_staff (ACC_APPLICATION (application));
  acc_message_dialog_present (GTK_WINDOW (self), self->repository, reader, acc_message_get_id (message));
}

/* Cells: one label each (set up in acc-list-cells.c). Free text is
 * ellipsized; times and statuses are short and shown whole. */
static void
bind_time_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  g_autofree char *text = acc_format_time (acc_message_get_created_at (gtk_list_item_get_item (list_item)));

  acc_list_cell_set_text (list_item, text);
}

static void
bind_name_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  AccMessage *message = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (acc_message_get_organisation (message) != NULL)
    /* Translators: a person and their organisation, in the messages book */
    text = g_strdup_printf (_("%s (%s)"), acc_message_get_name (message), acc_message_get_organisation (message));
  acc_list_cell_set_text (list_item, text ? text : acc_message_get_name (message));
}

static void
bind_reason_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_message_get_reason (gtk_list_item_get_item (list_item)));
}

static void
bind_recipient_cell (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_message_get_recipient_name (gtk_list_item_get_item (list_item)));
}

static void
bind_status_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  AccMessage *message = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gboolean overdue = acc_message_is_overdue (message, g_get_real_time ());
  g_autofree char *text = NULL;

  if (overdue)
    /* Translators: a message's status, and that it is overdue */
    text = g_strdup_printf (_("%s, overdue"), acc_message_status_label (acc_message_get_status (message)));
  acc_list_cell_set_text (list_item, text ? text : acc_message_status_label (acc_message_get_status (message)));
  if (overdue)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
}

static void
bind_taken_by_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_message_get_taken_by_name (gtk_list_item_get_item (list_item)));
}

static void
acc_messages_book_dispose (GObject *object)
{
  AccMessagesBook *self = ACC_MESSAGES_BOOK (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_MESSAGES_BOOK);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_messages_book_parent_class)->dispose (object);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccMessagesBook *self = ACC_MESSAGES_BOOK (widget);

  if (self->repository != NULL)
    acc_export_dialog_present (GTK_WINDOW (self), self->repository, ACC_BOOK_MESSAGES);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (ACC_MESSAGES_BOOK (widget)->book_search));
}

static void
acc_messages_book_class_init (AccMessagesBookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_messages_book_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-messages-book.ui");
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, book_search);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, range_box);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, from_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, to_button);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, stack);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccMessagesBook, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_range_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  /* The cells the .ui files name, shared with the other column views. */
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_cell",
                                                G_CALLBACK (acc_list_cell_setup_text));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_whole_cell",
                                                G_CALLBACK (acc_list_cell_setup_whole));
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_reason_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_recipient_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_taken_by_cell);

  gtk_widget_class_install_action (widget_class, "book.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "book.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "book.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
acc_messages_book_init (AccMessagesBook *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_range_labels (self);
}

/**
 * acc_messages_book_new:
 * @parent: (nullable): the main window, whose application it joins
 *
 * Returns: (transfer none): the messages book, every message, not yet shown.
 */
AccMessagesBook *
acc_messages_book_new (GtkWindow     *parent,
                       AccRepository *repository)
{
  AccMessagesBook *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_MESSAGES_BOOK, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->repository = g_object_ref (repository);
  reload (self);
  return self;
}

/**
 * acc_messages_book_get_model:
 *
 * Returns: (transfer none) (nullable): the lazy list of #AccMessage shown.
 */
GListModel *
acc_messages_book_get_model (AccMessagesBook *self)
{
  g_return_val_if_fail (ACC_IS_MESSAGES_BOOK (self), NULL);
  return self->model;
}
