/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-restore-dialog.c — app.restore-backup, « Restaurer une sauvegarde… »
 * in the primary menu, for managers: the automatic copies listed by date,
 * a confirmation that says the current data is kept aside, then the restore
 * on a worker thread with its progress; the windows reload on the restored
 * data as they do for any other writer's commit (acc-repository-backup.c).
 */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-restore-dialog.h"
#include "acc-window.h"

typedef struct
{
  AccApplication *app;
  GPtrArray *backups;      /* AccBackupInfo, newest first */
  GtkListBox *list;
  GtkWindow *progress_window;
  GtkProgressBar *progress;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_object (&restore->app);
  g_clear_pointer (&restore->backups, g_ptr_array_unref);
  g_free (restore);
}

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, "%A %-d %B %Y");
}

static void
show_failure (AccApplication *app,
              const char     *text)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (app)),
                                                       _("The Backup Was Not Restored"), text));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Restore *restore = user_data;

  gtk_progress_bar_set_fraction (restore->progress, fraction);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Restore *restore = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = acc_repository_restore_finish (ACC_REPOSITORY (source), result, &error);
  GtkWindow *active;

  gtk_window_destroy (restore->progress_window);
  if (aside == NULL)
    {
      g_message ("Cannot restore a backup: %s", error->message);
      show_failure (restore->app, error->message);
    }
  else
    {
      g_autofree char *text = NULL;
      g_autofree char *aside_name = g_path_get_basename (aside);

      g_message ("Backup restored; the data it replaced is in %s", aside);
      active = gtk_application_get_active_window (GTK_APPLICATION (restore->app));
      /* TRANSLATORS: %s is a file name, next to the database. */
      text = g_strdup_printf (_("Backup restored. The previous data is kept in %s."), aside_name);
      if (ACC_IS_WINDOW (active))
        acc_window_show_message (ACC_WINDOW (active), text);
    }
  restore_free (restore);
}

static void
start_restore (Restore       *restore,
               AccBackupInfo *backup)
{
  AccRepository *repository = acc_application_get_repository (restore->app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Restoring the backup…"));

  restore->progress_window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_set_name (GTK_WIDGET (restore->progress_window), "restore-progress");
  gtk_window_set_title (restore->progress_window, _("Restore a Backup"));
  gtk_window_set_modal (restore->progress_window, TRUE);
  gtk_window_set_deletable (restore->progress_window, FALSE);
  gtk_window_set_transient_for (restore->progress_window,
                                gtk_application_get_active_window (GTK_APPLICATION (restore->app)));
  gtk_window_set_default_size (restore->progress_window, 360, -1);
  restore->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (restore->progress));
  gtk_window_set_child (restore->progress_window, box);
  gtk_window_present (restore->progress_window);

  acc_repository_restore_async (repository, backup->path, NULL, on_progress, restore, on_restored, restore);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  Restore *restore = user_data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (restore->list);

  /* One answer only: closing the dialog afterwards must not free what the
   * restore uses. */
  g_signal_handlers_disconnect_by_func (dialog, on_response, user_data);
  if (g_strcmp0 (response, "restore") != 0 || row == NULL
      || acc_application_get_repository (restore->app) == NULL)
    {
      restore_free (restore);
      return;
    }
  start_restore (restore, restore->backups->pdata[gtk_list_box_row_get_index (row)]);
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  AccApplication *app = user_data;
  AccRepository *repository = acc_application_get_repository (app);
  AdwMessageDialog *dialog;
  Restore *restore;

  if (repository == NULL)
    return;

  restore = g_new0 (Restore, 1);
  restore->app = g_object_ref (app);
  restore->backups = acc_backup_list (acc_repository_get_path (repository));

  if (restore->backups->len == 0)
    {
      show_failure (app, _("There is no backup yet: Accueil makes one each day it is used."));
      restore_free (restore);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (app)),
                                                       _("Restore a Backup?"),
                                                       _("The data of the chosen day replaces the current data. "
                                                         "The current data is first copied aside, next to the "
                                                         "database, so nothing is lost.")));
  restore->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (restore->list), "backups");
  gtk_widget_add_css_class (GTK_WIDGET (restore->list), "boxed-list");
  gtk_list_box_set_selection_mode (restore->list, GTK_SELECTION_BROWSE);
  for (guint i = 0; i < restore->backups->len; i++)
    {
      AccBackupInfo *backup = restore->backups->pdata[i];
      g_autofree char *date = format_date (&backup->date);
      g_autofree char *name = g_path_get_basename (backup->path);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
      gtk_list_box_append (restore->list, row);
    }
  gtk_list_box_select_row (restore->list, gtk_list_box_get_row_at_index (restore->list, 0));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (restore->list));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "restore", _("_Restore"));
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), restore);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Restoring replaces everyone's data: a manager's decision, as the
 * preferences are. */
static void
update_enabled (AccApplication *app)
{
  AccStaffMember *member = acc_application_get_current_staff (app);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), "restore-backup");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               member != NULL && acc_staff_member_get_role (member) == ACC_ROLE_MANAGER);
}

static const GActionEntry restore_actions[] = {
  { "restore-backup", restore_activated },
};

/**
 * acc_restore_actions_install:
 *
 * Adds app.restore-backup to @application, enabled while a manager is at
 * the desk.
 */
void
acc_restore_actions_install (AccApplication *application)
{
  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), restore_actions,
                                   G_N_ELEMENTS (restore_actions), application);
  g_signal_connect (application, "notify::current-staff", G_CALLBACK (update_enabled), NULL);
  update_enabled (application);
}
