/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-dialog.c — « Exporter… »: the dialog's defaults (this month),
 * a bad date refused, and the entry in the phone and visit pages'
 * toolbars opening it. The export itself is tested in test-export.c. */
#include "config.h"

#include <glib/gstdio.h>

#include "acc-export-dialog.h"
#include "acc-phone-page.h"
#include "acc-test-util.h"
#include "acc-visit-page.h"

#define CASE_TIMEOUT_S 30

static GtkButton *
find_button (gpointer    root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (root, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  g_error ("no button “%s”", label);
  return NULL;
}

static void
test_defaults (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *first = g_date_time_format (now, "01/%m/%Y");
  g_autoptr(GPtrArray) entries = NULL;
  AccExportDialog *dialog;

  /* No application here: libadwaita's widgets need it started. */
  adw_init ();
  dialog = acc_export_dialog_present (NULL, repository, ACC_BOOK_CALLS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  entries = acc_test_find_all (dialog, GTK_TYPE_ENTRY, NULL);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (entries->pdata[0]), ==, first);
  g_assert_true (g_str_has_suffix (gtk_editable_get_text (entries->pdata[1]),
                                   first + 2));

  /* A date that does not exist is refused before any file is asked for. */
  gtk_editable_set_text (entries->pdata[0], "31/02/2026");
  g_signal_emit_by_name (find_button (dialog, "_Export…"), "clicked");
  WAIT_UNTIL (acc_test_shown_label_contains (dialog, "DD/MM/YYYY"), WAIT_MS);
  g_assert_null (acc_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  g_signal_emit_by_name (find_button (dialog, "_Close"), "clicked");
  acc_test_destroy_toplevels ();
}

static void
pages_body (AccApplication *app,
            GtkWindow      *window,
            gpointer        data)
{
  GtkWidget *phone = acc_test_find_one (window, ACC_TYPE_PHONE_PAGE, NULL);
  GtkWidget *visit = acc_test_find_one (window, ACC_TYPE_VISIT_PAGE, NULL);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (phone, "phone.export", NULL));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ACC_TYPE_EXPORT_DIALOG)) != NULL, WAIT_MS);
  g_assert_nonnull (strstr (gtk_window_get_title (dialog), "Calls"));
  gtk_window_destroy (dialog);
  WAIT_UNTIL (acc_test_find_toplevel (ACC_TYPE_EXPORT_DIALOG) == NULL, WAIT_MS);

  g_assert_true (gtk_widget_activate_action (visit, "visit.export", NULL));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ACC_TYPE_EXPORT_DIALOG)) != NULL, WAIT_MS);
  g_assert_nonnull (strstr (gtk_window_get_title (dialog), "Visits"));
  gtk_window_destroy (dialog);
}

static void
test_pages (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  const char *args[] = { "--staff", "Véronique Martin", NULL };

  acc_test_save_organisation (repository, "Centre Social des Minguettes", NULL);
  agent = acc_test_save_staff (repository, "Véronique Martin", ACC_ROLE_RECEPTION, NULL, TRUE);
  g_clear_object (&repository);
  acc_test_run_application (args, pages_body, NULL);
}

/* Printing uses the PDF's drawing code: exported through GtkPrintOperation,
 * the table gives the same pages, headers and footers. */
static void
test_print (void)
{
  const char *headers[] = { "Date", "Name", "Outcome" };
  AccReportTable *table = acc_report_table_new ("Centre Social", "From 01/03/2026 to 31/03/2026", headers, 3);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accueil-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", "-f", "2", "-l", "2", path, "-", NULL };

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hélène n°%u", i);
      const char *row[] = { "15/03/2026 10:30", name, "Answered" };

      acc_report_table_add_row (table, row);
    }
  operation = acc_export_dialog_new_print_operation (table, "test");
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &info, NULL, NULL, NULL));
  g_assert_nonnull (strstr (info, "Pages:           2"));
  g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "Outcome"));
  g_assert_nonnull (strstr (text, "page 2 / 2"));
  g_assert_nonnull (strstr (text, "Hélène n°39"));
  g_unlink (path);
  g_rmdir (dir);
}

static const AccTestCase cases[] = {
  { "/export-dialog/print", test_print },
  { "/export-dialog/defaults", test_defaults },
  { "/export-dialog/from-the-pages", test_pages },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_require_schemas ();
  acc_test_add_cases ("export-dialog", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
