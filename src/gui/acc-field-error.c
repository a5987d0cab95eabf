/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-field-error.c — a field's error message, next to the field: the
 * message in a label under it, the field marked in red, and both told to
 * screen readers (the field is invalid, and the message describes it). */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <adwaita.h>

#include <string.h>

#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-phone.h"

/**
 * acc_field_error_show:
 * @field: the entry, row or drop-down the message is about
 * @label: where the message is shown; when it is the child of a row of its
 *   own (an #AdwPreferencesRow under the field's row), the row is shown and
 *   hidden with it
 * @text: (nullable): the message, %NULL to clear it
 */
void
acc_field_error_show (GtkWidget  *field,
                      GtkLabel   *label,
                      const char *text)
{
  GtkWidget *holder = GTK_WIDGET (label);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (label));

  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (GTK_IS_LABEL (label));

  if (ADW_IS_PREFERENCES_ROW (parent))
    {
      gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
      holder = parent;
    }

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (holder, text != NULL);

  if (text != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * acc_field_text:
 * @field: a #GtkEditable
 *
 * Returns: (transfer full): its text without the spaces around it.
 */
char *
acc_field_text (GtkWidget *field)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (field), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

/**
 * acc_field_email_is_valid:
 *
 * Returns: whether @text looks like an e-mail address, by the core's one
 * rule (acc_email_is_valid()), the one the repository applies on saving.
 */
gboolean
acc_field_email_is_valid (const char *text)
{
  return acc_email_is_valid (text);
}

#define ERROR_LABEL_KEY "acc-field-error-label"

/**
 * acc_field_error_attach:
 * @field: an editable or a row with a choice
 * @label: the label that shows @field's error
 *
 * Remembers which label shows @field's errors, for
 * acc_field_error_clear_for().
 */
void
acc_field_error_attach (GtkWidget *field,
                        GtkLabel  *label)
{
  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (GTK_IS_LABEL (label));

  g_object_set_data (G_OBJECT (field), ERROR_LABEL_KEY, label);
}

/**
 * acc_field_error_clear_for:
 * @field: a field just edited
 *
 * The person is fixing it: its error goes until the next check.
 */
void
acc_field_error_clear_for (GtkWidget *field)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (field), ERROR_LABEL_KEY);

  if (label != NULL)
    acc_field_error_show (field, label, NULL);
}

static GtkWidget *
find_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *text = find_text (child);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* "_Name" → "Name"; "__" is an underscore. */
static char *
without_mnemonic (const char *title)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (out, *p++);
      else if (*p != '_')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * acc_field_label_entry_row:
 * @row: an #AdwEntryRow
 *
 * Names the text field inside @row after its title, for screen readers:
 * libadwaita 1.2 leaves it without a name.
 */
void
acc_field_label_entry_row (GtkWidget *row)
{
  g_autofree char *label = NULL;
  GtkWidget *text;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  text = find_text (row);
  if (text == NULL)
    return;
  label = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row))
          ? without_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)))
          : g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * acc_field_label_entry_rows:
 * @root: a form
 *
 * acc_field_label_entry_row() for every entry row under @root.
 */
void
acc_field_label_entry_rows (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ENTRY_ROW (child))
        acc_field_label_entry_row (child);
      else
        acc_field_label_entry_rows (child);
    }
}

/**
 * acc_field_error_update:
 * @field: the field checked
 * @label: where its message is shown
 * @text: (nullable): what is wrong with it, %NULL when nothing is
 * @first_invalid: (inout) (nullable): the first field found wrong so far;
 *   set to @field when it is wrong and none was before
 *
 * acc_field_error_show(), for a form that checks its fields in order and
 * gives the keyboard to the first one to correct.
 *
 * Returns: whether @field is right (@text is %NULL).
 */
gboolean
acc_field_error_update (GtkWidget   *field,
                        GtkLabel    *label,
                        const char  *text,
                        GtkWidget  **first_invalid)
{
  acc_field_error_show (field, label, text);
  if (text != NULL && first_invalid != NULL && *first_invalid == NULL)
    *first_invalid = field;
  return text == NULL;
}

/**
 * acc_field_check_phone:
 * @field: an editable holding a phone number, which may be left blank
 * @label: where its message is shown
 * @message: what to say when the number cannot be read
 * @e164: (out) (optional) (nullable) (transfer full): the number in E.164,
 *   %NULL when the field is blank or wrong
 * @first_invalid: (inout) (nullable): see acc_field_error_update()
 *
 * The rule is the repository's own, acc_phone_normalize(): what passes here
 * is never refused when saved.
 *
 * Returns: whether the field is blank or holds a number.
 */
gboolean
acc_field_check_phone (GtkWidget   *field,
                       GtkLabel    *label,
                       const char  *message,
                       char       **e164,
                       GtkWidget  **first_invalid)
{
  g_autofree char *text = acc_field_text (field);
  g_autofree char *normalized = NULL;
  gboolean valid;

  /* The repository refuses a number typed longer than this even when
   * libphonenumber could read it (padded with spaces, say). */
  if (*text != '\0' && g_utf8_strlen (text, -1) <= ACC_LIMIT_PHONE)
    normalized = acc_phone_normalize (text);
  valid = acc_field_error_update (field, label,
                                  *text != '\0' && normalized == NULL ? message : NULL,
                                  first_invalid);
  if (e164 != NULL)
    *e164 = g_steal_pointer (&normalized);
  return valid;
}

/**
 * acc_field_check_email:
 * @field: an editable holding an e-mail address, which may be left blank
 * @label: where its message is shown
 * @message: what to say when it does not look like an address
 * @first_invalid: (inout) (nullable): see acc_field_error_update()
 *
 * Returns: whether the field is blank or passes acc_field_email_is_valid().
 */
gboolean
acc_field_check_email (GtkWidget   *field,
                       GtkLabel    *label,
                       const char  *message,
                       GtkWidget  **first_invalid)
{
  g_autofree char *text = acc_field_text (field);

  return acc_field_error_update (field, label,
                                 *text != '\0' && !acc_field_email_is_valid (text) ? message : NULL,
                                 first_invalid);
}

/* The text of an editable or of a text view, as typed. */
static char *
field_raw_text (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
}

/**
 * acc_field_check_text:
 * @field: an editable or a text view
 * @label: where its message is shown
 * @required: (nullable): what to say when it is left blank; %NULL when it
 *   may be
 * @max_chars: how many characters it may hold, from acc-limits.h
 * @first_invalid: (inout) (nullable): see acc_field_error_update()
 *
 * A text field's rules: required or not, and its length counted in
 * characters, the limit the repository applies on saving
 * (acc_limits_check()). A text too long is shown as such, never cut.
 *
 * Returns: whether the field is right.
 */
gboolean
acc_field_check_text (GtkWidget   *field,
                      GtkLabel    *label,
                      const char  *required,
                      int          max_chars,
                      GtkWidget  **first_invalid)
{
  g_autofree char *text = field_raw_text (field);
  g_autofree char *too_long = NULL;

  g_return_val_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field), FALSE);

  g_strstrip (text);
  if (required != NULL && *text == '\0')
    return acc_field_error_update (field, label, required, first_invalid);
  too_long = acc_limits_length_problem (text, max_chars);
  return acc_field_error_update (field, label, too_long, first_invalid);
}

/* Where a message can go under @field: the first of @field and its
 * ancestors that sits in a list box, a vertical box or a grid (a text view
 * sits in a scrolled window or a frame, an entry may share a row with a
 * button). */
static GtkWidget *
error_anchor (GtkWidget *field)
{
  for (GtkWidget *widget = field; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      if (GTK_IS_LIST_BOX (parent) || GTK_IS_GRID (parent)
          || (GTK_IS_BOX (parent)
              && gtk_orientable_get_orientation (GTK_ORIENTABLE (parent)) == GTK_ORIENTATION_VERTICAL))
        return widget;
    }
  return NULL;
}

/**
 * acc_field_error_label:
 * @field: an editable, a row or a text view
 *
 * The label that shows @field's message: the one given to
 * acc_field_error_attach(), or else one made the first time and put right
 * under the field, as the forms' own .ui labels are (a row of its own in a
 * list of rows, the next line in a box or a grid), hidden until there is a
 * message. So that every field can have its message next to it, not only
 * the ones the form's template gives a label.
 *
 * Returns: (transfer none): the label
 */
GtkLabel *
acc_field_error_label (GtkWidget *field)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (field), ERROR_LABEL_KEY);
  GtkWidget *anchor;
  GtkWidget *parent;
  GtkWidget *holder;

  if (label != NULL)
    return label;

  label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (label, 0);
  gtk_label_set_wrap (label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  holder = GTK_WIDGET (label);

  anchor = error_anchor (field);
  parent = anchor != NULL ? gtk_widget_get_parent (anchor) : NULL;
  if (GTK_IS_LIST_BOX (parent))
    {
      /* As the templates do it: a row that cannot be chosen. */
      holder = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                             "activatable", FALSE,
                             "focusable", FALSE,
                             "child", label,
                             "visible", FALSE,
                             NULL);
      gtk_widget_set_margin_top (GTK_WIDGET (label), 6);
      gtk_widget_set_margin_bottom (GTK_WIDGET (label), 6);
      gtk_widget_set_margin_start (GTK_WIDGET (label), 12);
      gtk_widget_set_margin_end (GTK_WIDGET (label), 12);
      gtk_list_box_insert (GTK_LIST_BOX (parent), holder,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (anchor)) + 1);
    }
  else if (GTK_IS_GRID (parent))
    {
      int column, row, width, height;

      gtk_grid_query_child (GTK_GRID (parent), anchor, &column, &row, &width, &height);
      gtk_grid_insert_next_to (GTK_GRID (parent), anchor, GTK_POS_BOTTOM);
      gtk_grid_attach (GTK_GRID (parent), holder, column, row + height, width, 1);
    }
  else if (GTK_IS_BOX (parent))
    gtk_box_insert_child_after (GTK_BOX (parent), holder, anchor);
  else
    g_warning ("No place for the error message of a %s", G_OBJECT_TYPE_NAME (field));
  gtk_widget_set_visible (holder, FALSE);

  /* Not parented (no place found): keep it alive with the field. */
  if (gtk_widget_get_parent (holder) == NULL)
    g_object_set_data_full (G_OBJECT (field), "acc-field-error-orphan",
                            g_object_ref_sink (holder), g_object_unref);
  acc_field_error_attach (field, label);
  return label;
}

/**
 * acc_field_check_length:
 * @field: an optional text field: an editable or a text view
 * @max_chars: how many characters it may hold, from acc-limits.h
 * @first_invalid: (inout) (nullable): see acc_field_error_update()
 *
 * acc_field_check_text() for a field that may be left blank, with its
 * message under it (acc_field_error_label()).
 *
 * Returns: whether the field fits.
 */
gboolean
acc_field_check_length (GtkWidget   *field,
                        int          max_chars,
                        GtkWidget  **first_invalid)
{
  return acc_field_check_text (field, acc_field_error_label (field), NULL, max_chars, first_invalid);
}
