/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  acc_field_error_show (GtkWidget  *field,
                            GtkLabel   *label,
                            const char *text);
char *acc_field_text       (GtkWidget  *field);
gboolean acc_field_email_is_valid (const char *text);
void  acc_field_error_attach    (GtkWidget  *field,
                                 GtkLabel   *label);
void  acc_field_error_clear_for (GtkWidget  *field);
void  acc_field_label_entry_row  (GtkWidget  *row);
void  acc_field_label_entry_rows (GtkWidget  *root);

gboolean acc_field_error_update (GtkWidget   *field,
                                 GtkLabel    *label,
                                 const char  *text,
                                 GtkWidget  **first_invalid);
gboolean acc_field_check_phone  (GtkWidget   *field,
                                 GtkLabel    *label,
                                 const char  *message,
                                 char       **e164,
                                 GtkWidget  **first_invalid);
gboolean acc_field_check_email  (GtkWidget   *field,
                                 GtkLabel    *label,
                                 const char  *message,
                                 GtkWidget  **first_invalid);
gboolean acc_field_check_text   (GtkWidget   *field,
                                 GtkLabel    *label,
                                 const char  *required,
                                 int          max_chars,
                                 GtkWidget  **first_invalid);
gboolean acc_field_check_length (GtkWidget   *field,
                                 int          max_chars,
                                 GtkWidget  **first_invalid);
GtkLabel *acc_field_error_label (GtkWidget   *field);

G_END_DECLS
