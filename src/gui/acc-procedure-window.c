/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-procedure-window.c — « Procédure d'accueil »: the tasks' texts of the
 * procedure document, editable (each saved a moment after the last key,
 * as "procedure.<key>" in the settings), and « Enregistrer en PDF… ». Also
 * app.purge: the RGPD purge, previewed, then confirmed. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-field-error.h"
#include "acc-limits.h"
#include "acc-procedure-window.h"
#include "acc-procedure-pdf.h"

/* How long after the last key a text is saved. */
#define SAVE_DELAY_MS 400

typedef struct
{
  AccProcedureWindow *window;   /* unowned */
  guint index;
  GtkTextBuffer *buffer;        /* unowned: the view's */
  GtkWidget *view;              /* unowned */
  guint save_source;
} Task;

struct _AccProcedureWindow
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccProcedure *procedure;
  GPtrArray *tasks;             /* Task */
  AdwToastOverlay *toasts;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (AccProcedureWindow, acc_procedure_window, ADW_TYPE_WINDOW)

static void
show_toast (AccProcedureWindow *self,
            const char         *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
save_task (Task *task)
{
  AccProcedureWindow *self = task->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  const char *key = acc_procedure_get_task_key (self->procedure, task->index);

  g_clear_handle_id (&task->save_source, g_source_remove);
  /* Too long: said under the text, which stays as typed, and not saved. */
  if (!acc_field_check_length (task->view, ACC_LIMIT_TEXT, NULL))
    return;
  gtk_text_buffer_get_bounds (task->buffer, &start, &end);
  text = gtk_text_buffer_get_text (task->buffer, &start, &end, FALSE);
  /* The default text is no setting: a later version may improve it. */
  if (g_strcmp0 (g_strstrip (text), acc_procedure_get_task_default_text (self->procedure, task->index)) == 0)
    g_clear_pointer (&text, g_free);
  acc_procedure_set_task_text (self->procedure, task->index, text);
  if (!acc_repository_set_procedure_text (self->repository, key, text, &error))
    show_toast (self, error->message);
}

static gboolean
save_task_timeout (gpointer data)
{
  Task *task = data;

  task->save_source = 0;
  save_task (task);
  return G_SOURCE_REMOVE;
}

static void
task_free (gpointer data)
{
  Task *task = data;

  /* Nothing typed is lost. */
  if (task->save_source != 0)
    save_task (task);
  g_free (task);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Task          *task)
{
  g_clear_handle_id (&task->save_source, g_source_remove);
  task->save_source = g_timeout_add (SAVE_DELAY_MS, save_task_timeout, task);
}

static void
reset_clicked_cb (GtkButton *button,
                  Task      *task)
{
  gtk_text_buffer_set_text (task->buffer,
                            acc_procedure_get_task_default_text (task->window->procedure, task->index), -1);
  save_task (task);
}

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     AccProcedureWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccProcedure) fresh = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }
  g_clear_object (&self->chooser);
  if (path == NULL)
    return;

  /* Pending edits first, then a fresh snapshot of the configuration. */
  for (guint i = 0; i < self->tasks->len; i++)
    {
      Task *task = g_ptr_array_index (self->tasks, i);

      if (task->save_source != 0)
        save_task (task);
    }
  fresh = acc_procedure_new_from_repository (self->repository, &error);
  if (fresh == NULL || acc_procedure_write_pdf (fresh, path, &error) == 0)
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("Procedure saved as PDF"));
}

static void
save_pdf_clicked_cb (AccProcedureWindow *self)
{
  g_autofree char *name = g_strdup_printf ("%s.pdf", _("reception-procedure"));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Save the Procedure as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkWidget *
build_section (AccProcedureWindow *self,
               AccChannel          channel)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   channel == ACC_CHANNEL_PHONE ? _("Phone Reception") : _("In-Person Reception"));
  if (channel == ACC_CHANNEL_PHONE)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("One line a step. {phone_slots}, {opening_hours}, {phone_greeting}, "
                                             "{visit_greeting}, {supervisors}, {deadline} and {organisation} "
                                             "bring in the organisation’s settings."));

  for (guint i = 0; i < acc_procedure_get_n_tasks (self->procedure); i++)
    {
      Task *task;
      GtkWidget *box, *header, *title, *reset, *frame, *view;

      if (acc_procedure_get_task_channel (self->procedure, i) != channel)
        continue;

      task = g_new0 (Task, 1);
      task->window = self;
      task->index = i;
      g_ptr_array_add (self->tasks, task);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_set_margin_top (box, 12);
      header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      title = gtk_label_new (acc_procedure_get_task_title (self->procedure, i));
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_set_hexpand (title, TRUE);
      reset = gtk_button_new_with_mnemonic (_("_Default Text"));
      gtk_widget_add_css_class (reset, "flat");
      gtk_widget_set_tooltip_text (reset, _("Bring back the procedure’s default text"));
      gtk_box_append (GTK_BOX (header), title);
      gtk_box_append (GTK_BOX (header), reset);

      view = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      acc_procedure_get_task_title (self->procedure, i), -1);
      task->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      task->view = view;
      gtk_text_buffer_set_text (task->buffer, acc_procedure_get_task_text (self->procedure, i), -1);
      g_signal_connect (task->buffer, "changed", G_CALLBACK (buffer_changed_cb), task);
      g_signal_connect (reset, "clicked", G_CALLBACK (reset_clicked_cb), task);
      frame = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (frame), view);

      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), frame);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
    }
  return group;
}

static void
acc_procedure_window_dispose (GObject *object)
{
  AccProcedureWindow *self = ACC_PROCEDURE_WINDOW (object);

  /* Saves what is pending while the repository is still here. */
  g_clear_pointer (&self->tasks, g_ptr_array_unref);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->procedure);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_procedure_window_parent_class)->dispose (object);
}

static void
acc_procedure_window_class_init (AccProcedureWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = acc_procedure_window_dispose;
}

static void
acc_procedure_window_init (AccProcedureWindow *self)
{
  self->tasks = g_ptr_array_new_with_free_func (task_free);
}

/**
 * acc_procedure_window_new:
 *
 * Returns: (transfer full): the window, or %NULL when the configuration
 * cannot be read (a warning says why)
 */
AccProcedureWindow *
acc_procedure_window_new (AccRepository *repository)
{
  g_autoptr(GError) error = NULL;
  AccProcedureWindow *self;
  GtkWidget *content, *header, *save, *page, *scrolled;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_PROCEDURE_WINDOW,
                       "title", _("Reception Procedure"),
                       "default-width", 640,
                       "default-height", 720,
                       NULL);
  self->repository = g_object_ref (repository);
  self->procedure = acc_procedure_new_from_repository (repository, &error);
  if (self->procedure == NULL)
    {
      g_warning ("Cannot read the procedure: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  save = gtk_button_new_with_mnemonic (_("_Save as PDF…"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_pdf_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  page = adw_preferences_page_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_section (self, ACC_CHANNEL_PHONE)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_section (self, ACC_CHANNEL_VISIT)));
  scrolled = page;
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), content);
  return self;
}

/* ---- Actions ------------------------------------------------------------- */

static void
procedure_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  AccApplication *app = user_data;
  AccRepository *repository = acc_application_get_repository (app);
  AccProcedureWindow *window;

  if (repository == NULL)
    return;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (ACC_IS_PROCEDURE_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }
  window = acc_procedure_window_new (repository);
  if (window == NULL)
    return;
  gtk_window_set_transient_for (GTK_WINDOW (window), gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_application_add_window (GTK_APPLICATION (app), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

/* The purge, from its preview to its end: every step runs on a worker
 * (acc_repository_purge_async()), the desk goes on working meanwhile. */
typedef struct
{
  AccApplication *app;
  guint months;
  GCancellable *cancellable;
  AdwMessageDialog *progress;   /* while the purge runs */
} PurgeRequest;

static void
purge_request_free (PurgeRequest *request)
{
  g_clear_object (&request->cancellable);
  g_object_unref (request->app);
  g_free (request);
}

/* Only one purge at a time: the action is off while one is under way. */
static void
set_purge_enabled (AccApplication *app,
                   gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), "purge");

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
keep_open (GtkWindow *window)
{
  return TRUE;
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      PurgeRequest     *request)
{
  /* Stopped: the transaction is rolled back, nothing is changed. The
   * dialog closes when the worker has stopped. */
  adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
  g_cancellable_cancel (request->cancellable);
}

/* A spinner and Stop while the worker looks or anonymises: at a million
 * calls either takes minutes. */
static void
show_progress (PurgeRequest *request,
               GtkWindow    *parent,
               const char   *title)
{
  GtkWidget *spinner;

  request->progress = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, title,
                                                                  _("This may take a while on a large file. "
                                                                    "The desk can go on working meanwhile.")));
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_message_dialog_set_extra_child (request->progress, spinner);
  adw_message_dialog_add_response (request->progress, "cancel", _("_Stop"));
  adw_message_dialog_set_close_response (request->progress, "cancel");
  /* The dialog stays until the worker is done: a response only stops it. */
  g_signal_connect (request->progress, "close-request", G_CALLBACK (keep_open), NULL);
  g_signal_connect (request->progress, "response", G_CALLBACK (on_progress_response), request);
  gtk_window_present (GTK_WINDOW (request->progress));
}

/* Returns: (transfer none) (nullable): the window the progress dialog
 * was over. */
static GtkWindow *
close_progress (PurgeRequest *request)
{
  GtkWindow *parent = NULL;

  if (request->progress != NULL)
    {
      parent = gtk_window_get_transient_for (GTK_WINDOW (request->progress));
      g_signal_handlers_disconnect_by_data (request->progress, request);
      gtk_window_destroy (GTK_WINDOW (request->progress));
      request->progress = NULL;
    }
  return parent;
}

static void
on_purge_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PurgeRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = NULL;
  AccPurgeCounts counts;

  parent = close_progress (request);
  set_purge_enabled (request->app, TRUE);

  if (!acc_repository_purge_finish (ACC_REPOSITORY (source), result, &counts, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      AdwMessageDialog *failed = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("The Purge Failed"),
                                                                              error->message));
      adw_message_dialog_add_response (failed, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }
  purge_request_free (request);
}

static void
purge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  PurgeRequest *request = user_data;
  AccRepository *repository = acc_application_get_repository (request->app);

  if (g_strcmp0 (response, "purge") != 0 || repository == NULL)
    {
      set_purge_enabled (request->app, TRUE);
      purge_request_free (request);
      return;
    }

  show_progress (request, gtk_window_get_transient_for (GTK_WINDOW (dialog)), _("Anonymising Old Personal Data"));

  acc_repository_purge_async (repository, request->months, request->cancellable, on_purge_done, request);
}

static void
on_preview_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PurgeRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  AccPurgeCounts counts;
  AdwMessageDialog *dialog;
  guint months = request->months;
  guint total;

  close_progress (request);
  if (!acc_repository_purge_preview_finish (ACC_REPOSITORY (source), result, &counts, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot preview the purge: %s", error->message);
      set_purge_enabled (request->app, TRUE);
      purge_request_free (request);
      return;
    }
  total = counts.calls + counts.visits + counts.messages + counts.contacts;
  if (total == 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Nothing is older than the retention period (%u month after the last interaction).",
                                         "Nothing is older than the retention period (%u months after the last interaction).",
                                         months),
                            months);
  else
    body = g_strdup_printf (_("Older than %u months after the last interaction, and so to be anonymised: "
                              "%u calls, %u visits and %u messages; %u prospects will be deleted from the "
                              "contacts file. Dates, outcomes and statuses stay, so the indicators count the same. "
                              "This cannot be undone."),
                            months, counts.calls, counts.visits, counts.messages, counts.contacts);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (request->app)),
                                                       _("Purge Old Personal Data?"), body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (total > 0)
    {
      adw_message_dialog_add_response (dialog, "purge", _("_Anonymise"));
      adw_message_dialog_set_response_appearance (dialog, "purge", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (purge_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
purge_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  AccApplication *app = user_data;
  AccRepository *repository = acc_application_get_repository (app);
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  PurgeRequest *request;

  if (repository == NULL)
    return;
  organisation = acc_repository_load_organisation (repository, &error);

  request = g_new0 (PurgeRequest, 1);
  request->app = g_object_ref (app);
  request->months = organisation != NULL ? acc_organisation_get_retention_months (organisation) : 36;
  request->cancellable = g_cancellable_new ();
  set_purge_enabled (app, FALSE);
  show_progress (request, gtk_application_get_active_window (GTK_APPLICATION (app)),
                 _("Looking for Old Personal Data"));
  acc_repository_purge_preview_async (repository, request->months, request->cancellable, on_preview_done, request);
}

static const GActionEntry procedure_actions[] = {
  { "procedure", procedure_activated },
  { "purge", purge_activated },
};

/**
 * acc_procedure_actions_install:
 *
 * Adds app.procedure (the « Procédure d'accueil » window) and app.purge
 * (the RGPD purge, previewed and confirmed) to @application.
 */
void
acc_procedure_actions_install (AccApplication *application)
{
  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), procedure_actions,
                                   G_N_ELEMENTS (procedure_actions), application);
}
