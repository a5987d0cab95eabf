/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-book-view.c — a book: the calls book (cahier des appels) on the
 * Téléphone tab, the visits register (registre des visites) on Physique.
 * Newest first, read lazily from the repository, with an empty state. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "acc-book-view.h"
#include "acc-labels.h"

struct _AccBookView
{
  GtkWidget parent_instance;

  AccChannel channel;
  AccRepository *repository;
  GListModel *model;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
};

G_DEFINE_FINAL_TYPE (AccBookView, acc_book_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHANNEL,
  PROP_REPOSITORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_empty_state (AccBookView *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

/* Cells: one label each, filled from the row's AccInteraction. Free text
 * is ellipsized when space runs short (the inbox pane open); times and
 * outcomes are short and always shown whole. */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (list_item, label);
}

static void
setup_whole_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
set_cell_text (GtkListItem *list_item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text ? text : "");
}

static void
bind_time_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  AccInteraction *interaction = gtk_list_item_get_item (list_item);
  g_autofree char *text = acc_format_time (acc_interaction_get_started_at (interaction));

  set_cell_text (list_item, text);
}

static void
bind_name_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  set_cell_text (list_item, acc_interaction_get_name (gtk_list_item_get_item (list_item)));
}

static void
bind_organisation_cell (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  set_cell_text (list_item, acc_interaction_get_organisation (gtk_list_item_get_item (list_item)));
}

static void
bind_reason_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  set_cell_text (list_item, acc_interaction_get_reason (gtk_list_item_get_item (list_item)));
}

static void
bind_outcome_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  AccInteraction *interaction = gtk_list_item_get_item (list_item);

  set_cell_text (list_item, acc_outcome_label (acc_interaction_get_outcome (interaction)));
}

static void
bind_agent_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  set_cell_text (list_item, acc_interaction_get_staff_name (gtk_list_item_get_item (list_item)));
}

/* The words that differ between the two books. */
static void
apply_channel (AccBookView *self)
{
  if (self->channel == ACC_CHANNEL_VISIT)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Visits Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("The visits you log appear here, newest first."));
      gtk_column_view_column_set_title (self->name_column, _("Visitor"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Visits register"),
                                      -1);
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "call-start-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Calls Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("The calls you log appear here, newest first."));
      gtk_column_view_column_set_title (self->name_column, _("Caller"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calls book"),
                                      -1);
    }
}

void
acc_book_view_set_repository (AccBookView   *self,
                              AccRepository *repository)
{
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_return_if_fail (ACC_IS_BOOK_VIEW (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (!g_set_object (&self->repository, repository))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_empty_state, self);
  g_clear_object (&self->model);

  if (repository != NULL)
    {
      self->model = acc_repository_list_interactions (repository, self->channel, NULL);
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (update_empty_state), self,
                               G_CONNECT_SWAPPED);
      selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (self->model)));
      gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
      gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
    }
  gtk_column_view_set_model (self->column_view, selection);
  update_empty_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

/**
 * acc_book_view_get_model:
 *
 * Returns: (transfer none) (nullable): the lazy list of #AccInteraction shown.
 */
GListModel *
acc_book_view_get_model (AccBookView *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_VIEW (self), NULL);
  return self->model;
}

static void
acc_book_view_constructed (GObject *object)
{
  AccBookView *self = ACC_BOOK_VIEW (object);

  G_OBJECT_CLASS (acc_book_view_parent_class)->constructed (object);
  apply_channel (self);
}

static void
acc_book_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccBookView *self = ACC_BOOK_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_book_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccBookView *self = ACC_BOOK_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHANNEL:
      self->channel = g_value_get_enum (value);
      break;
    case PROP_REPOSITORY:
      acc_book_view_set_repository (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_book_view_dispose (GObject *object)
{
  AccBookView *self = ACC_BOOK_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_BOOK_VIEW);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_book_view_parent_class)->dispose (object);
}

static void
acc_book_view_class_init (AccBookViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = acc_book_view_constructed;
  object_class->get_property = acc_book_view_get_property;
  object_class->set_property = acc_book_view_set_property;
  object_class->dispose = acc_book_view_dispose;

  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, ACC_TYPE_CHANNEL, ACC_CHANNEL_PHONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-book-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AccBookView, stack);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, name_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell);
  gtk_widget_class_bind_template_callback (widget_class, setup_whole_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_organisation_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_reason_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_outcome_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_agent_cell);
}

static void
acc_book_view_init (AccBookView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
