/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-inbox-pane.c — the inbox pane: the messages forwarded to the person at
 * the desk (and to the people they stand in for), which a supervisor keeps
 * open beside the books. Open urgent and overdue messages come first, then
 * the newest; « À traiter », « Traités » and « Tous » choose which. A row
 * says who, why, when, where the message stands, and whether it is urgent
 * or overdue; Enter (or a click) opens it, which marks it read. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-inbox-pane.h"
#include "acc-labels.h"
#include "acc-message-dialog.h"

struct _AccInboxPane
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccInbox *inbox;
  GListModel *model;
  AccMessageFilterStatus filter;
  gboolean focus_pending;

  /* Template widgets */
  GtkToggleButton *open_toggle;
  GtkToggleButton *closed_toggle;
  GtkToggleButton *all_toggle;
  GtkLabel *stand_in_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (AccInboxPane, acc_inbox_pane, GTK_TYPE_WIDGET)

/* The widgets of a row, found again at bind time. */
typedef struct
{
  GtkLabel *name;
  GtkLabel *urgent;
  GtkLabel *overdue;
  GtkLabel *time;
  GtkLabel *reason;
  GtkLabel *status;
} RowWidgets;

static void
update_empty_state (AccInboxPane *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  /* A long inbox is still being listed by a worker: not empty yet. */
  if (empty && self->model != NULL && ACC_IS_QUERY_MODEL (self->model)
      && !acc_query_model_is_counted (ACC_QUERY_MODEL (self->model)))
    return;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
update_empty_page (AccInboxPane *self)
{
  switch (self->filter)
    {
    case ACC_MESSAGE_FILTER_OPEN:
      adw_status_page_set_title (self->empty_page, _("Nothing to Handle"));
      adw_status_page_set_description (self->empty_page, _("Messages forwarded to you appear here."));
      break;
    case ACC_MESSAGE_FILTER_CLOSED:
      adw_status_page_set_title (self->empty_page, _("No Handled Messages"));
      adw_status_page_set_description (self->empty_page, _("Messages you mark done or forward appear here."));
      break;
    case ACC_MESSAGE_FILTER_ALL:
    default:
      adw_status_page_set_title (self->empty_page, _("No Messages"));
      adw_status_page_set_description (self->empty_page, _("Messages forwarded to you appear here."));
      break;
    }
}

/* « Also the messages of … »: whom the inbox stands in for. */
static void
update_stand_in_label (AccInboxPane *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const gint64 *ids = NULL;
  guint n_ids = 0;

  if (self->inbox != NULL && self->repository != NULL)
    ids = acc_inbox_get_recipient_ids (self->inbox, &n_ids);

  /* The first is the reader's own. */
  for (guint i = 1; i < n_ids; i++)
    {
      g_autoptr(AccStaffMember) member = acc_repository_get_staff (self->repository, ids[i], NULL);
      if (member != NULL)
        g_ptr_array_add (names, g_strdup (acc_staff_member_get_name (member)));
    }

  if (names->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *text = NULL;

      g_ptr_array_add (names, NULL);
      /* Translators: the separator between the names of the people one
       * stands in for */
      joined = g_strjoinv (_(", "), (char **) names->pdata);
      text = g_strdup_printf (_("Also the messages of %s"), joined);
      gtk_label_set_text (self->stand_in_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->stand_in_label), names->len > 0);
}

static void
reload (AccInboxPane *self)
{
  g_autoptr(GtkSelectionModel) selection = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_empty_state, self);
  g_clear_object (&self->model);

  if (self->repository != NULL && self->inbox != NULL && acc_inbox_get_reader (self->inbox) != NULL)
    {
      self->model = acc_inbox_list_messages (self->inbox, self->filter);
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (update_empty_state), self,
                               G_CONNECT_SWAPPED);
      selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (self->model)));
      gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
      gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
    }

  gtk_list_view_set_model (self->list_view, selection);
  update_empty_page (self);
  update_empty_state (self);
  update_stand_in_label (self);
}

static void
on_filter_toggled (AccInboxPane *self)
{
  AccMessageFilterStatus filter;

  if (self->closed_toggle == NULL || self->all_toggle == NULL || self->open_toggle == NULL)
    return;   /* still being built */
  if (gtk_toggle_button_get_active (self->closed_toggle))
    filter = ACC_MESSAGE_FILTER_CLOSED;
  else if (gtk_toggle_button_get_active (self->all_toggle))
    filter = ACC_MESSAGE_FILTER_ALL;
  else if (gtk_toggle_button_get_active (self->open_toggle))
    filter = ACC_MESSAGE_FILTER_OPEN;
  else
    return;   /* between two toggles of the group */

  if (filter == self->filter)
    return;
  self->filter = filter;
  reload (self);
}

static void
on_row_activated (AccInboxPane *self,
                  guint         position)
{
  g_autoptr(AccMessage) message = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->model == NULL || self->inbox == NULL
      || (message = g_list_model_get_item (self->model, position)) == NULL)
    return;

  acc_message_dialog_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              self->repository, acc_inbox_get_reader (self->inbox),
                              acc_message_get_id (message));
}

static GtkWidget *
badge_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* A row: who, badges and when; why, and where the message stands. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *grid = gtk_grid_new ();
  RowWidgets *row = g_new0 (RowWidgets, 1);

  row->name = GTK_LABEL (gtk_label_new (NULL));
  row->urgent = GTK_LABEL (badge_new (_("Urgent"), "error"));
  row->overdue = GTK_LABEL (badge_new (_("Overdue"), "warning"));
  row->time = GTK_LABEL (gtk_label_new (NULL));
  row->reason = GTK_LABEL (gtk_label_new (NULL));
  row->status = GTK_LABEL (gtk_label_new (NULL));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 9);
  gtk_widget_set_margin_bottom (grid, 9);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);

  gtk_label_set_xalign (row->name, 0);
  gtk_label_set_ellipsize (row->name, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name), TRUE);
  gtk_label_set_xalign (row->time, 1);
  gtk_widget_add_css_class (GTK_WIDGET (row->time), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->time), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row->time), "numeric");
  gtk_label_set_xalign (row->reason, 0);
  gtk_label_set_ellipsize (row->reason, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (row->status, 1);
  gtk_widget_add_css_class (GTK_WIDGET (row->status), "caption");

  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->name), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->urgent), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->overdue), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->time), 3, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->reason), 0, 1, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->status), 3, 1, 1, 1);

  g_object_set_data_full (G_OBJECT (grid), "acc-row-widgets", row, g_free);
  gtk_list_item_set_child (list_item, grid);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  AccMessage *message = gtk_list_item_get_item (list_item);
  RowWidgets *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "acc-row-widgets");
  g_autofree char *time = acc_format_time (acc_message_get_created_at (message));
  gboolean unread = acc_message_get_status (message) == ACC_MESSAGE_STATUS_NEW;
  gboolean overdue = acc_message_is_overdue (message, g_get_real_time ());

  gtk_label_set_text (row->name, acc_message_get_name (message));
  gtk_label_set_text (row->time, time);
  gtk_label_set_text (row->reason, acc_message_get_reason (message));
  gtk_label_set_text (row->status, acc_message_status_label (acc_message_get_status (message)));
  /* Urgency matters only while there is something to do. */
  gtk_widget_set_visible (GTK_WIDGET (row->urgent), acc_message_get_urgent (message) && acc_message_is_open (message));
  gtk_widget_set_visible (GTK_WIDGET (row->overdue), overdue);

  if (unread)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row->name), "heading");
      gtk_widget_add_css_class (GTK_WIDGET (row->status), "accent");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row->name), "heading");
      gtk_widget_remove_css_class (GTK_WIDGET (row->status), "accent");
    }
}

static void
focus_first_row (AccInboxPane *self)
{
  GtkRoot *root;

  self->focus_pending = FALSE;
  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->open_toggle));
      return;
    }
  /* Moving the focus into the list from outside lands on its first row;
   * gtk_widget_grab_focus() would focus the list itself, where Enter opens
   * nothing. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    gtk_root_set_focus (root, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
  if (!gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
focus_when_idle (gpointer user_data)
{
  AccInboxPane *self = user_data;

  if (self->focus_pending && gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_first_row (self);
  return G_SOURCE_REMOVE;
}

static void
on_map (AccInboxPane *self)
{
  /* The rows are built once the list is allocated. */
  if (self->focus_pending)
    g_idle_add_full (G_PRIORITY_LOW, focus_when_idle, g_object_ref (self), g_object_unref);
}

/**
 * acc_inbox_pane_focus_list:
 *
 * Gives the keyboard to the first message, now or as soon as the pane is on
 * screen: opening the inbox (Ctrl+I) is for reading it.
 */
void
acc_inbox_pane_focus_list (AccInboxPane *self)
{
  g_return_if_fail (ACC_IS_INBOX_PANE (self));

  self->focus_pending = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    g_idle_add_full (G_PRIORITY_LOW, focus_when_idle, g_object_ref (self), g_object_unref);
}

void
acc_inbox_pane_set_repository (AccInboxPane  *self,
                               AccRepository *repository)
{
  g_return_if_fail (ACC_IS_INBOX_PANE (self));

  if (g_set_object (&self->repository, repository))
    reload (self);
}

/**
 * acc_inbox_pane_set_inbox:
 * @inbox: (nullable): whose messages to show, and who reads them
 */
void
acc_inbox_pane_set_inbox (AccInboxPane *self,
                          AccInbox     *inbox)
{
  g_return_if_fail (ACC_IS_INBOX_PANE (self));
  g_return_if_fail (inbox == NULL || ACC_IS_INBOX (inbox));

  if (self->inbox != NULL)
    g_signal_handlers_disconnect_by_func (self->inbox, reload, self);
  if (!g_set_object (&self->inbox, inbox))
    return;
  if (inbox != NULL)
    g_signal_connect_object (inbox, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

/**
 * acc_inbox_pane_get_model:
 *
 * Returns: (transfer none) (nullable): the lazy list of #AccMessage shown.
 */
GListModel *
acc_inbox_pane_get_model (AccInboxPane *self)
{
  g_return_val_if_fail (ACC_IS_INBOX_PANE (self), NULL);
  return self->model;
}

AccMessageFilterStatus
acc_inbox_pane_get_filter (AccInboxPane *self)
{
  g_return_val_if_fail (ACC_IS_INBOX_PANE (self), ACC_MESSAGE_FILTER_OPEN);
  return self->filter;
}

/**
 * acc_inbox_pane_set_filter:
 *
 * What the toggles « À traiter », « Traités » and « Tous » choose.
 */
void
acc_inbox_pane_set_filter (AccInboxPane           *self,
                           AccMessageFilterStatus  filter)
{
  g_return_if_fail (ACC_IS_INBOX_PANE (self));

  switch (filter)
    {
    case ACC_MESSAGE_FILTER_CLOSED:
      gtk_toggle_button_set_active (self->closed_toggle, TRUE);
      break;
    case ACC_MESSAGE_FILTER_ALL:
      gtk_toggle_button_set_active (self->all_toggle, TRUE);
      break;
    case ACC_MESSAGE_FILTER_OPEN:
    default:
      gtk_toggle_button_set_active (self->open_toggle, TRUE);
      break;
    }
}

static void
acc_inbox_pane_dispose (GObject *object)
{
  AccInboxPane *self = ACC_INBOX_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_INBOX_PANE);
  /* The template's outer box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->model);
  g_clear_object (&self->inbox);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_inbox_pane_parent_class)->dispose (object);
}

static void
acc_inbox_pane_class_init (AccInboxPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = acc_inbox_pane_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-inbox-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, open_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, closed_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, stand_in_label);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, stack);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
acc_inbox_pane_init (AccInboxPane *self)
{
  self->filter = ACC_MESSAGE_FILTER_OPEN;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  update_empty_page (self);
  update_empty_state (self);
}
