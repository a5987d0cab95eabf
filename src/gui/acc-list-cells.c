/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-list-cells.c — the cells of the books, the contacts file and the
 * directory: one left-aligned label each, set up here once so that every
 * column view looks and shrinks the same way. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include "acc-list-cells.h"

/* Free text (names, reasons, addresses) is ellipsized when space runs short,
 * e.g. with the inbox pane open; the few characters it keeps stop a column
 * from shrinking to nothing. */
void
acc_list_cell_setup_text (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (list_item, label);
}

/* Times, outcomes and statuses are short and always shown whole; tabular
 * figures keep the times lined up from row to row. */
void
acc_list_cell_setup_whole (GtkSignalListItemFactory *factory,
                           GtkListItem              *list_item,
                           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* Rows are recycled: a missing value must clear the previous row's text. */
void
acc_list_cell_set_text (GtkListItem *list_item,
                        const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text != NULL ? text : "");
}
