/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-inbox-pane.c — the inbox pane: the messages forwarded to the person at
 * the desk, newest first, which a supervisor keeps open beside the books. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-inbox-pane.h"
#include "acc-labels.h"

struct _AccInboxPane
{
  GtkWidget parent_instance;

  AccRepository *repository;
  AccStaffMember *staff;
  GListModel *model;

  /* Template widgets */
  GtkStack *stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (AccInboxPane, acc_inbox_pane, GTK_TYPE_WIDGET)

static void
update_empty_state (AccInboxPane *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
reload (AccInboxPane *self)
{
  g_autoptr(GtkSelectionModel) selection = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_empty_state, self);
  g_clear_object (&self->model);

  if (self->repository != NULL && self->staff != NULL)
    {
      AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;

      filter.recipient_id = acc_staff_member_get_id (self->staff);
      self->model = acc_repository_list_messages (self->repository, &filter);
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (update_empty_state), self,
                               G_CONNECT_SWAPPED);
      selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (self->model)));
      gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
      gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
    }

  gtk_list_view_set_model (self->list_view, selection);
  update_empty_state (self);
}

/* A row: who, when, why, and where the message stands. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 9);
  gtk_widget_set_margin_bottom (grid, 9);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (time), 1);
  gtk_widget_add_css_class (time, "dim-label");
  gtk_widget_add_css_class (time, "caption");
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_ellipsize (GTK_LABEL (reason), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (status), 1);
  gtk_widget_add_css_class (status, "caption");

  gtk_grid_attach (GTK_GRID (grid), name, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), time, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), reason, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), status, 1, 1, 1, 1);
  gtk_list_item_set_child (list_item, grid);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  AccMessage *message = gtk_list_item_get_item (list_item);
  GtkGrid *grid = GTK_GRID (gtk_list_item_get_child (list_item));
  GtkWidget *status = gtk_grid_get_child_at (grid, 1, 1);
  g_autofree char *time = acc_format_time (acc_message_get_created_at (message));
  gboolean unread = acc_message_get_status (message) == ACC_MESSAGE_STATUS_NEW;

  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 0)), acc_message_get_name (message));
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 0)), time);
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1)), acc_message_get_reason (message));
  gtk_label_set_text (GTK_LABEL (status), acc_message_status_label (acc_message_get_status (message)));

  if (unread)
    gtk_widget_add_css_class (status, "accent");
  else
    gtk_widget_remove_css_class (status, "accent");
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
 * acc_inbox_pane_set_staff:
 * @staff: (nullable): whose messages to show
 */
void
acc_inbox_pane_set_staff (AccInboxPane   *self,
                          AccStaffMember *staff)
{
  g_return_if_fail (ACC_IS_INBOX_PANE (self));

  if (g_set_object (&self->staff, staff))
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
  g_clear_object (&self->staff);
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
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, stack);
  gtk_widget_class_bind_template_child (widget_class, AccInboxPane, list_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
acc_inbox_pane_init (AccInboxPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_empty_state (self);
}
