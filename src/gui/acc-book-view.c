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
#include "acc-list-cells.h"

struct _AccBookView
{
  GtkWidget parent_instance;

  AccChannel channel;
  AccRepository *repository;
  GListModel *model;

  /* What the book shows; search is owned (filter.search points at it). */
  AccInteractionFilter filter;
  char *search;

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

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_filtered (AccBookView *self)
{
  return self->filter.from_us != 0 || self->filter.to_us != 0
         || self->filter.outcome >= 0
         || (self->search != NULL && *self->search != '\0');
}

static void apply_channel (AccBookView *self);

static void
update_empty_state (AccBookView *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  /* A search on a large book is still being counted: no rows yet, but
   * "nothing matches" would be said too soon. */
  if (empty && self->model != NULL && ACC_IS_QUERY_MODEL (self->model)
      && !acc_query_model_is_counted (ACC_QUERY_MODEL (self->model)))
    return;

  if (empty)
    apply_channel (self);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

/* Enter or a double click on a row. */
static void
on_column_view_activate (AccBookView *self,
                         guint        position)
{
  g_autoptr(AccInteraction) interaction = NULL;

  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    return;
  interaction = g_list_model_get_item (self->model, position);
  g_signal_emit (self, signals[ACTIVATED], 0, interaction);
}

/* Cells: one label each (set up in acc-list-cells.c), filled from the row's
 * AccInteraction. Free text is ellipsized when space runs short (the inbox
 * pane open); times and outcomes are short and always shown whole. */
static void
bind_time_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  AccInteraction *interaction = gtk_list_item_get_item (list_item);
  g_autofree char *text = acc_format_time (acc_interaction_get_started_at (interaction));

  acc_list_cell_set_text (list_item, text);
}

static void
bind_name_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_interaction_get_name (gtk_list_item_get_item (list_item)));
}

static void
bind_organisation_cell (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_interaction_get_organisation (gtk_list_item_get_item (list_item)));
}

static void
bind_reason_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_interaction_get_reason (gtk_list_item_get_item (list_item)));
}

static void
bind_outcome_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  AccInteraction *interaction = gtk_list_item_get_item (list_item);

  acc_list_cell_set_text (list_item, acc_outcome_label_for_channel (acc_interaction_get_outcome (interaction),
                                                                   acc_interaction_get_channel (interaction)));
}

static void
bind_agent_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  acc_list_cell_set_text (list_item, acc_interaction_get_staff_name (gtk_list_item_get_item (list_item)));
}

/* The words that differ between the two books. */
static void
apply_channel (AccBookView *self)
{
  if (is_filtered (self))
    {
      /* Not an empty book: nothing matches what the person asked for. */
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page,
                                 self->channel == ACC_CHANNEL_VISIT ? _("No Matching Visits")
                                                                    : _("No Matching Calls"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try other words, another period or another outcome."));
    }
  else if (self->channel == ACC_CHANNEL_VISIT)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Visits Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("The visits you log appear here, newest first."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "call-start-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Calls Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("The calls you log appear here, newest first."));
    }

  if (self->channel == ACC_CHANNEL_VISIT)
    {
      gtk_column_view_column_set_title (self->name_column, _("Visitor"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Visits register"),
                                      -1);
    }
  else
    {
      gtk_column_view_column_set_title (self->name_column, _("Caller"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calls book"),
                                      -1);
    }
}

/* A new lazy model for the repository and the filter: the filtering is
 * done in SQL, never by walking the rows. */
static void
reload (AccBookView *self)
{
  g_autoptr(GtkSelectionModel) selection = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_empty_state, self);
  g_clear_object (&self->model);

  if (self->repository != NULL)
    {
      self->model = acc_repository_list_interactions (self->repository, self->channel, &self->filter);
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

void
acc_book_view_set_repository (AccBookView   *self,
                              AccRepository *repository)
{
  g_return_if_fail (ACC_IS_BOOK_VIEW (self));
  g_return_if_fail (repository == NULL || ACC_IS_REPOSITORY (repository));

  if (!g_set_object (&self->repository, repository))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

/**
 * acc_book_view_set_channel:
 *
 * Shows the calls book or the visits register.
 */
void
acc_book_view_set_channel (AccBookView *self,
                           AccChannel   channel)
{
  g_return_if_fail (ACC_IS_BOOK_VIEW (self));

  if (self->channel == channel)
    return;
  self->channel = channel;
  apply_channel (self);
  if (self->repository != NULL)
    reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

AccChannel
acc_book_view_get_channel (AccBookView *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_VIEW (self), ACC_CHANNEL_PHONE);
  return self->channel;
}

/**
 * acc_book_view_set_filter:
 * @filter: (nullable): the period, outcome and words to show; %NULL for all
 *
 * Shows the rows that match @filter, in a new lazy model. The filter is
 * copied.
 */
void
acc_book_view_set_filter (AccBookView                *self,
                          const AccInteractionFilter *filter)
{
  AccInteractionFilter all = ACC_INTERACTION_FILTER_INIT;
  const char *search;

  g_return_if_fail (ACC_IS_BOOK_VIEW (self));

  if (filter == NULL)
    filter = &all;
  search = filter->search != NULL && *filter->search != '\0' ? filter->search : NULL;

  if (self->filter.from_us == filter->from_us
      && self->filter.to_us == filter->to_us
      && self->filter.outcome == filter->outcome
      && g_strcmp0 (self->search, search) == 0)
    return;

  self->filter.from_us = filter->from_us;
  self->filter.to_us = filter->to_us;
  self->filter.outcome = filter->outcome;
  g_free (self->search);
  self->search = g_strdup (search);
  self->filter.search = self->search;

  reload (self);
}

/**
 * acc_book_view_get_filter:
 *
 * Returns: (transfer none): what the book shows; valid until the filter
 * changes.
 */
const AccInteractionFilter *
acc_book_view_get_filter (AccBookView *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_VIEW (self), NULL);
  return &self->filter;
}

/**
 * acc_book_view_focus_list:
 *
 * Gives the keyboard focus to the rows, for Enter to open one.
 */
gboolean
acc_book_view_focus_list (AccBookView *self)
{
  g_return_val_if_fail (ACC_IS_BOOK_VIEW (self), FALSE);

  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->column_view));

  /* GTK 4.8 has no gtk_column_view_scroll_to(): the rows are a list view
   * inside the column view. Its actions select the first row and bring it
   * into view; moving the focus into the list then lands on that row, so
   * that Enter opens it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.select-item", "(ubb)", 0, FALSE, FALSE);
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
        gtk_widget_grab_focus (child);
        return gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
      }
  return gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
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
      acc_book_view_set_channel (self, g_value_get_enum (value));
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
acc_book_view_finalize (GObject *object)
{
  AccBookView *self = ACC_BOOK_VIEW (object);

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (acc_book_view_parent_class)->finalize (object);
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
  object_class->finalize = acc_book_view_finalize;

  /* The calls book or the visits register; a page around a book (with its
   * own channel) sets it after the template made the book. */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, ACC_TYPE_CHANNEL, ACC_CHANNEL_PHONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccBookView::activated:
   * @interaction: the call or visit of the row
   *
   * A row was opened: Enter or a double click.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACC_TYPE_INTERACTION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-book-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AccBookView, stack);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccBookView, name_column);
  /* The cells the .ui files name, shared with the other column views. */
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_cell",
                                                G_CALLBACK (acc_list_cell_setup_text));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_whole_cell",
                                                G_CALLBACK (acc_list_cell_setup_whole));
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_organisation_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_reason_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_outcome_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_agent_cell);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
}

static void
acc_book_view_init (AccBookView *self)
{
  AccInteractionFilter all = ACC_INTERACTION_FILTER_INIT;

  self->filter = all;
  gtk_widget_init_template (GTK_WIDGET (self));
}
