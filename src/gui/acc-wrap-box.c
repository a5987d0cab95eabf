/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-wrap-box.c — the toolbars of the Téléphone and Physique tabs.
 *
 * With the inbox pane open the tab is narrower than its toolbar; a GtkBox
 * could only shorten the buttons' words (« Nouvel … »). This layout keeps
 * every button whole and moves those that do not fit to the next row, in
 * order, so the keyboard's focus order is the reading order. GtkFlowBox
 * would do the wrapping but wraps each child in a focusable, selectable
 * GtkFlowBoxChild, an extra Tab stop before every button.
 *
 * In templates: <object class="AccWrapBox"> with <child> elements; a
 * widget of its own sets ACC_TYPE_WRAP_LAYOUT as its layout manager type
 * (AccPhoneTools, whose three menus wrap in turn when even they do not
 * fit on one row). */
#include "config.h"

#include "acc-wrap-box.h"

/* As a horizontal GtkBox's spacing in the toolbars. */
#define COLUMN_SPACING 6
#define ROW_SPACING 6

struct _AccWrapLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (AccWrapLayout, acc_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

static int
natural_width (GtkWidget *child,
               int        available)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return available >= 0 ? CLAMP (natural, minimum, MAX (available, minimum)) : natural;
}

static int
natural_height (GtkWidget *child,
                int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

/* Lays the children out in @width, rows filled in order; allocates them
 * when @allocate, and returns the height used. */
static int
lay_out (AccWrapLayout *self,
         GtkWidget     *widget,
         int            width,
         gboolean       allocate)
{
  GtkWidget *row_start = gtk_widget_get_first_child (widget);
  int y = 0;
  gboolean first_row = TRUE;

  while (row_start != NULL)
    {
      GtkWidget *row_end = NULL;
      GtkWidget *child;
      int used = 0, row_height = 0, x = 0;

      /* Which children fit on this row: at least one, however wide. */
      for (child = row_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_width;

          if (!gtk_widget_should_layout (child))
            continue;
          child_width = natural_width (child, width);
          if (row_end != NULL && used + COLUMN_SPACING + child_width > width)
            break;
          used += (row_end != NULL ? COLUMN_SPACING : 0) + child_width;
          row_height = MAX (row_height, natural_height (child, child_width));
          row_end = child;
        }
      if (row_end == NULL)
        break;

      if (!first_row)
        y += ROW_SPACING;
      first_row = FALSE;

      if (allocate)
        for (child = row_start; ; child = gtk_widget_get_next_sibling (child))
          {
            if (gtk_widget_should_layout (child))
              {
                int child_width = natural_width (child, width);
                GtkAllocation allocation = { x, y, child_width, row_height };

                gtk_widget_size_allocate (child, &allocation, -1);
                x += child_width + COLUMN_SPACING;
              }
            if (child == row_end)
              break;
          }

      y += row_height;
      row_start = gtk_widget_get_next_sibling (row_end);
    }
  return y;
}

static GtkSizeRequestMode
acc_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                  GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
acc_wrap_layout_measure (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         GtkOrientation    orientation,
                         int               for_size,
                         int              *minimum,
                         int              *natural,
                         int              *minimum_baseline,
                         int              *natural_baseline)
{
  AccWrapLayout *self = ACC_WRAP_LAYOUT (manager);

  *minimum = 0;
  *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the widest child; naturally, all on one row. */
      gboolean first = TRUE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural += (first ? 0 : COLUMN_SPACING) + child_natural;
          first = FALSE;
        }
    }
  else
    {
      int width = for_size;

      int unused;

      if (width < 0)
        acc_wrap_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      *minimum = *natural = lay_out (self, widget, width, FALSE);
    }
}

static void
acc_wrap_layout_allocate (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          int               width,
                          int               height,
                          int               baseline)
{
  lay_out (ACC_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
acc_wrap_layout_class_init (AccWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = acc_wrap_layout_get_request_mode;
  layout_class->measure = acc_wrap_layout_measure;
  layout_class->allocate = acc_wrap_layout_allocate;

}

static void
acc_wrap_layout_init (AccWrapLayout *self)
{
}

/* The widget --------------------------------------------------------- */

struct _AccWrapBox
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AccWrapBox, acc_wrap_box, GTK_TYPE_WIDGET)

static void
acc_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (acc_wrap_box_parent_class)->dispose (object);
}

static void
acc_wrap_box_class_init (AccWrapBoxClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = acc_wrap_box_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), ACC_TYPE_WRAP_LAYOUT);
}

static void
acc_wrap_box_init (AccWrapBox *self)
{
}
