/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-message-actions.c — the application's message actions, available in
 * every window: app.new-message (Ctrl+M), app.messages-book (Ctrl+Shift+M)
 * and app.open-message(id), which a desktop notification activates. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include "acc-message-actions.h"
#include "acc-message-dialog.h"
#include "acc-message-form.h"
#include "acc-messages-book.h"
#include "acc-window.h"

/* The main window: the one the books, forms and toasts belong to. */
static GtkWindow *
find_main_window (AccApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ACC_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
new_message_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  AccApplication *self = user_data;
  AccRepository *repository = acc_application_get_repository (self);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Before the desk is set up, or on a database that cannot be opened,
   * there is no one to forward a message to. */
  if (repository == NULL || find_main_window (self) == NULL)
    return;
  if (parent == NULL)
    parent = find_main_window (self);
  acc_message_form_present (parent, repository, acc_application_get_current_staff (self));
}

static void
messages_book_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  AccApplication *self = user_data;
  AccRepository *repository = acc_application_get_repository (self);
  GtkWindow *main_window = find_main_window (self);

  if (repository == NULL || main_window == NULL)
    return;

  /* One book is enough: bring it to the front. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ACC_IS_MESSAGES_BOOK (l->data))
      {
        gtk_window_present (l->data);
        return;
      }
  gtk_window_present (GTK_WINDOW (acc_messages_book_new (main_window, repository)));
}

static void
open_message_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  AccApplication *self = user_data;
  AccRepository *repository;
  GtkWindow *main_window = find_main_window (self);

  /* From a notification, the main window may be closed: open it first. */
  if (main_window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      main_window = find_main_window (self);
    }
  repository = acc_application_get_repository (self);
  if (repository == NULL || main_window == NULL)
    return;

  gtk_window_present (main_window);
  acc_message_dialog_present (main_window, repository,
                              acc_application_get_current_staff (self),
                              g_variant_get_int64 (parameter));
}

static const GActionEntry message_actions[] = {
  { "new-message", new_message_activated },
  { "messages-book", messages_book_activated },
  { "open-message", open_message_activated, "x" },
};

/**
 * acc_message_actions_install:
 *
 * Adds app.new-message, app.messages-book and app.open-message to
 * @application.
 */
void
acc_message_actions_install (AccApplication *application)
{
  g_return_if_fail (ACC_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), message_actions,
                                   G_N_ELEMENTS (message_actions), application);
}
