/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-recovery-window.c — what the application shows instead of its main
 * window when the database does not open: one plain sentence saying why,
 * the file's path in small text, and what can be done.
 *
 * The choices, kept simple so that no byte is ever lost:
 * - "Open the Last Backup", only for a file that is damaged or not a
 *   database, and only when a sound automatic copy of it exists: the bad
 *   file is renamed aside with its WAL (`accueil.db.damaged-YYYYMMDD-HHMMSS`,
 *   bytes unchanged), the copy is written to the original path through the
 *   backup API, and that is opened. If anything fails, the bad file is put
 *   back and the window says why.
 * - For a file from a newer Accueil, one we may not write, a full disk or
 *   any other failure, nothing is moved: the file is fine, or the cause is
 *   outside it, and opening an older copy in its place would fork the data.
 *   The person may choose another file, or quit and fix the cause.
 * - "Choose Another File…" opens any database the person picks; one that
 *   does not open either brings this window back for it.
 */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-recovery-window.h"

struct _AccRecoveryWindow
{
  AdwApplicationWindow parent_instance;

  char *path;
  AccOpenProblem problem;
  AccBackupInfo *backup;

  GtkWidget *buttons;
  GtkWidget *backup_button;
  GtkWidget *backup_date;
  GtkWidget *spinner;
  GCancellable *cancellable;
  GtkLabel *failure;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (AccRecoveryWindow, acc_recovery_window, ADW_TYPE_APPLICATION_WINDOW)

static void
set_busy (AccRecoveryWindow *self,
          gboolean           busy)
{
  gtk_widget_set_sensitive (self->buttons, !busy);
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
}

static void
show_failure (AccRecoveryWindow *self,
              const char        *text)
{
  gtk_label_set_text (self->failure, text);
  gtk_widget_set_visible (GTK_WIDGET (self->failure), TRUE);
}

typedef struct
{
  char *backup;
  char *database;
} ReplaceData;

static void
replace_data_free (ReplaceData *data)
{
  g_free (data->backup);
  g_free (data->database);
  g_free (data);
}

static void
replace_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReplaceData *data = task_data;
  GError *error = NULL;
  char *aside = NULL;

  if (acc_backup_replace_damaged (data->backup, data->database, &aside, &error))
    g_task_return_pointer (task, aside, g_free);
  else
    g_task_return_error (task, error);
}

static void
on_replace_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AccRecoveryWindow *self = ACC_RECOVERY_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = g_task_propagate_pointer (G_TASK (result), &error);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  set_busy (self, FALSE);
  if (aside == NULL)
    {
      g_message ("Cannot open the backup of %s: %s", self->path, error->message);
      show_failure (self, error->message);
      return;
    }
  g_message ("%s was moved to %s and replaced by %s", self->path, aside, self->backup->path);
  if (application != NULL)
    acc_application_open_database (ACC_APPLICATION (application), self->path);
}

static void
on_open_backup_clicked (AccRecoveryWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ReplaceData *data;

  g_return_if_fail (self->backup != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->failure), FALSE);
  set_busy (self, TRUE);
  data = g_new0 (ReplaceData, 1);
  data->backup = g_strdup (self->backup->path);
  data->database = g_strdup (self->path);
  task = g_task_new (self, NULL, on_replace_done, NULL);
  g_task_set_source_tag (task, on_open_backup_clicked);
  g_task_set_task_data (task, data, (GDestroyNotify) replace_data_free);
  g_task_run_in_thread (task, replace_thread);
}

static void
on_chooser_response (AccRecoveryWindow *self,
                     int                response,
                     GtkNativeDialog   *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  g_clear_object (&self->chooser);
  if (path != NULL && application != NULL)
    acc_application_open_database (ACC_APPLICATION (application), path);
}

static void
on_choose_clicked (AccRecoveryWindow *self)
{
  g_autofree char *folder_path = g_path_get_dirname (self->path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  GtkFileFilter *filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  self->chooser = gtk_file_chooser_native_new (_("Choose a Database"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Accueil databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkWidget *
pill_button (const char *mnemonic,
             const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

static char *
describe_backup_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);
  g_autofree char *text = g_date_time_format (time, "%-d %B %Y");

  /* TRANSLATORS: %s is a date, such as "26 November 2026". */
  return g_strdup_printf (_("Backup of %s"), text);
}

static void
build_content (AccRecoveryWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *path_label = gtk_label_new (self->path);
  GtkWidget *button;
  g_autofree char *sentence = g_markup_escape_text (acc_open_problem_describe (self->problem), -1);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("The database cannot be opened"));
  /* The reason, in body text: a sentence is too long for a title. The
   * description is markup. */
  adw_status_page_set_description (ADW_STATUS_PAGE (page), sentence);

  gtk_widget_set_name (path_label, "recovery-path");
  gtk_widget_add_css_class (path_label, "caption");
  gtk_widget_add_css_class (path_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (path_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (path_label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (child), path_label);

  self->buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (self->buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->buttons, 12);

  /* Shown once a sound copy is found (look_for_backup()). */
  self->backup_button = pill_button (_("_Open the Last Backup"), "open-backup");
  gtk_widget_add_css_class (self->backup_button, "suggested-action");
  gtk_widget_set_visible (self->backup_button, FALSE);
  g_signal_connect_object (self->backup_button, "clicked", G_CALLBACK (on_open_backup_clicked), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->buttons), self->backup_button);
  self->backup_date = gtk_label_new (NULL);
  gtk_widget_set_name (self->backup_date, "backup-date");
  gtk_widget_add_css_class (self->backup_date, "caption");
  gtk_widget_set_visible (self->backup_date, FALSE);
  gtk_box_append (GTK_BOX (self->buttons), self->backup_date);

  button = pill_button (_("_Choose Another File…"), "choose-file");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_choose_clicked), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->buttons), button);

  button = pill_button (_("_Quit"), "quit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.quit");
  gtk_box_append (GTK_BOX (self->buttons), button);
  gtk_box_append (GTK_BOX (child), self->buttons);

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (child), self->spinner);

  /* A restore that fails says why here, the buttons still offered. */
  self->failure = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->failure), "recovery-failure");
  gtk_widget_add_css_class (GTK_WIDGET (self->failure), "error");
  gtk_label_set_wrap (self->failure, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->failure), FALSE);
  gtk_box_append (GTK_BOX (child), GTK_WIDGET (self->failure));

  adw_status_page_set_child (ADW_STATUS_PAGE (page), child);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
}

static void
find_backup_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  AccBackupInfo *backup = acc_backup_find_latest_sound (task_data);

  if (backup != NULL)
    g_task_return_pointer (task, backup, (GDestroyNotify) acc_backup_info_free);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no sound backup");
}

static void
on_backup_found (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AccRecoveryWindow *self;
  g_autoptr(GError) error = NULL;
  AccBackupInfo *backup = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *date = NULL;

  if (backup == NULL)
    return;
  self = ACC_RECOVERY_WINDOW (source);
  self->backup = backup;
  date = describe_backup_date (&backup->date);
  gtk_label_set_text (GTK_LABEL (self->backup_date), date);
  gtk_widget_set_visible (self->backup_button, TRUE);
  gtk_widget_set_visible (self->backup_date, TRUE);
}

/* Checking a copy reads all of it: on a worker thread, the button appearing
 * once a sound one is found. */
static void
look_for_backup (AccRecoveryWindow *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_backup_found, NULL);

  g_task_set_source_tag (task, look_for_backup);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, find_backup_thread);
}

static void
acc_recovery_window_dispose (GObject *object)
{
  AccRecoveryWindow *self = ACC_RECOVERY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (acc_recovery_window_parent_class)->dispose (object);
}

static void
acc_recovery_window_finalize (GObject *object)
{
  AccRecoveryWindow *self = ACC_RECOVERY_WINDOW (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup, acc_backup_info_free);

  G_OBJECT_CLASS (acc_recovery_window_parent_class)->finalize (object);
}

static void
acc_recovery_window_class_init (AccRecoveryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = acc_recovery_window_dispose;
  object_class->finalize = acc_recovery_window_finalize;
}

static void
acc_recovery_window_init (AccRecoveryWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Accueil"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 640);
  self->cancellable = g_cancellable_new ();
}

/**
 * acc_recovery_window_new:
 * @error: what acc_repository_open() said about @path
 *
 * Looks for a sound backup (reading only, on a worker thread) when one
 * could replace @path.
 */
AccRecoveryWindow *
acc_recovery_window_new (AccApplication *application,
                         const char     *path,
                         const GError   *error)
{
  AccRecoveryWindow *self;

  g_return_val_if_fail (ACC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (ACC_TYPE_RECOVERY_WINDOW, "application", application, NULL);
  self->path = g_strdup (path);
  self->problem = acc_open_problem_from_error (path, error);
  build_content (self);
  if (self->problem == ACC_OPEN_PROBLEM_DAMAGED || self->problem == ACC_OPEN_PROBLEM_NOT_A_DATABASE)
    look_for_backup (self);
  return self;
}

AccOpenProblem
acc_recovery_window_get_problem (AccRecoveryWindow *self)
{
  g_return_val_if_fail (ACC_IS_RECOVERY_WINDOW (self), ACC_OPEN_PROBLEM_CANNOT_OPEN);
  return self->problem;
}

const char *
acc_recovery_window_get_path (AccRecoveryWindow *self)
{
  g_return_val_if_fail (ACC_IS_RECOVERY_WINDOW (self), NULL);
  return self->path;
}
