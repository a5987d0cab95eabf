/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-window.c — the main window: who is at the desk, the Téléphone and
 * Physique tabs with their books, and the inbox pane. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-book-view.h"
#include "acc-inbox-pane.h"
#include "acc-interaction-form.h"
#include "acc-labels.h"
#include "acc-phone-page.h"
#include "acc-visit-page.h"
#include "acc-window.h"

struct _AccWindow
{
  AdwApplicationWindow parent_instance;

  AccRepository *repository;
  gboolean inbox_visible;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwFlap *flap;
  GtkMenuButton *staff_button;
  GtkLabel *staff_label;
  GtkToggleButton *inbox_button;
  GtkLabel *unread_label;
  AccPhonePage *phone_page;
  AccVisitPage *visit_page;
  AccInboxPane *inbox_pane;
};

G_DEFINE_FINAL_TYPE (AccWindow, acc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_INBOX_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static AccApplication *
get_application (AccWindow *self)
{
  return ACC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
update_unread (AccWindow *self)
{
  AccInbox *inbox = acc_application_get_inbox (get_application (self));
  g_autofree char *count_text = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *title = NULL;
  guint unread = 0;

  /* The person at the desk's, and those of the people they stand in for. */
  if (inbox != NULL)
    unread = acc_inbox_get_unread_count (inbox);

  count_text = g_strdup_printf ("%u", unread);
  gtk_label_set_text (self->unread_label, count_text);
  gtk_widget_set_visible (GTK_WIDGET (self->unread_label), unread > 0);

  accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Inbox, %u unread message",
                                             "Inbox, %u unread messages", unread),
                                unread);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->inbox_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  /* Translators: the window title, with the number of unread messages */
  title = unread > 0 ? g_strdup_printf (_("Accueil (%u)"), unread) : g_strdup (_("Accueil"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_organisation (AccWindow *self)
{
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (self->repository, NULL);

  if (organisation != NULL)
    adw_view_switcher_title_set_subtitle (self->switcher_title,
                                          acc_organisation_get_name (organisation));
}

/* The header bar's menu of who may be at the desk: the active staff, as
 * radio items of app.current-staff. */
static void
update_staff_menu (AccWindow *self)
{
  g_autoptr(GListModel) staff = acc_repository_list_staff (self->repository, TRUE, NULL);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      g_autoptr(GMenuItem) item = NULL;
      /* Translators: a staff member in the "who is at the desk" menu: name (role) */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), acc_staff_member_get_name (member),
                                                acc_role_label (acc_staff_member_get_role (member)));

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "app.current-staff",
                                               g_variant_new_string (acc_staff_member_get_name (member)));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, _("Who Is at the Desk"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (self->staff_button, G_MENU_MODEL (menu));
}

/* The person at the desk as stored now: renamed or given another role in
 * the preferences, the greetings and the menu follow. */
static void
refresh_current_staff (AccWindow *self)
{
  AccApplication *application = get_application (self);
  AccStaffMember *member = acc_application_get_current_staff (application);
  g_autoptr(AccStaffMember) stored = NULL;

  if (member == NULL || acc_staff_member_get_id (member) == 0)
    return;
  stored = acc_repository_get_staff (self->repository, acc_staff_member_get_id (member), NULL);
  if (stored == NULL)
    return;
  if (g_strcmp0 (acc_staff_member_get_name (stored), acc_staff_member_get_name (member)) != 0
      || acc_staff_member_get_role (stored) != acc_staff_member_get_role (member)
      || g_strcmp0 (acc_staff_member_get_phone (stored), acc_staff_member_get_phone (member)) != 0
      || g_strcmp0 (acc_staff_member_get_email (stored), acc_staff_member_get_email (member)) != 0
      || acc_staff_member_get_active (stored) != acc_staff_member_get_active (member))
    {
      GSettings *settings = acc_application_get_settings (application);
      g_autofree char *remembered = g_settings_get_string (settings, "current-staff");

      /* Remembered by name: the next start finds them under the new one. */
      if (g_strcmp0 (remembered, acc_staff_member_get_name (member)) == 0)
        g_settings_set_string (settings, "current-staff", acc_staff_member_get_name (stored));
      acc_application_set_current_staff (application, stored);
    }
}

static void
on_repository_changed (AccWindow      *self,
                       AccChangeFlags  flags)
{
  if (flags & ACC_CHANGE_STAFF)
    {
      update_staff_menu (self);
      refresh_current_staff (self);
    }
  if (flags & (ACC_CHANGE_MESSAGES | ACC_CHANGE_STAFF))
    update_unread (self);
  if (flags & ACC_CHANGE_SETTINGS)
    update_organisation (self);
}

/* The channel of the tab shown: the Téléphone tab takes calls, the
 * Physique tab visits. Returns: whether a tab with a channel is shown. */
static gboolean
visible_channel (AccWindow  *self,
                 AccChannel *channel)
{
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (tab, "phone") == 0)
    *channel = ACC_CHANNEL_PHONE;
  else if (g_strcmp0 (tab, "visit") == 0)
    *channel = ACC_CHANNEL_VISIT;
  else
    return FALSE;
  return TRUE;
}

/* A new call or visit needs someone at the desk, who is its agent. Each
 * has its action, for the buttons of its tab; Ctrl+N (win.new-entry) means
 * "a new entry in the visible book", and GTK gives an accelerator one
 * action only. */
static void
update_actions (AccWindow *self)
{
  AccStaffMember *member = acc_application_get_current_staff (get_application (self));
  AccChannel channel;
  gboolean on_tab = visible_channel (self, &channel);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-call",
                                 member != NULL && on_tab && channel == ACC_CHANNEL_PHONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-visit",
                                 member != NULL && on_tab && channel == ACC_CHANNEL_VISIT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-entry", member != NULL && on_tab);
}

static void
on_current_staff_changed (AccWindow *self)
{
  AccStaffMember *member = acc_application_get_current_staff (get_application (self));

  if (member != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (_("At the desk: %s, %s"),
                                                  acc_staff_member_get_name (member),
                                                  acc_role_label (acc_staff_member_get_role (member)));
      gtk_label_set_text (self->staff_label, acc_staff_member_get_name (member));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_label), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  else
    {
      gtk_label_set_text (self->staff_label, _("Nobody at the desk"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_label), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Nobody at the desk"), -1);
    }

  acc_phone_page_set_staff (self->phone_page, member);
  acc_visit_page_set_staff (self->visit_page, member);
  update_unread (self);
  update_actions (self);
}

/* A closed inbox is hidden, not only slid away, so that screen readers and
 * keyboard focus do not find it; it is shown before it slides in. */
static void
on_flap_reveal_progress (AccWindow *self)
{
  if (adw_flap_get_reveal_progress (self->flap) == 0.0 && !self->inbox_visible)
    gtk_widget_set_visible (GTK_WIDGET (self->inbox_pane), FALSE);
}

static void
set_inbox_visible (AccWindow *self,
                   gboolean   visible)
{
  visible = !!visible;
  if (self->inbox_visible == visible)
    return;

  self->inbox_visible = visible;
  if (visible)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->inbox_pane), TRUE);
      /* Opening the inbox is for reading it: the keyboard goes there; not
       * when the window opens with the inbox shown (the setting). */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        acc_inbox_pane_focus_list (self->inbox_pane);
    }
  adw_flap_set_reveal_flap (self->flap, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INBOX_VISIBLE]);
}

static void
show_tab_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccWindow *self = ACC_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
present_form (AccWindow  *self,
              AccChannel  channel)
{
  AccStaffMember *member = acc_application_get_current_staff (get_application (self));

  g_return_if_fail (member != NULL);
  acc_interaction_form_present (GTK_WINDOW (self), self->repository, member, channel);
}

static void
new_call_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  present_form (ACC_WINDOW (widget), ACC_CHANNEL_PHONE);
}

static void
new_visit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  present_form (ACC_WINDOW (widget), ACC_CHANNEL_VISIT);
}

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccWindow *self = ACC_WINDOW (widget);
  AccChannel channel;

  if (visible_channel (self, &channel))
    present_form (self, channel);
}

void
acc_window_show_message (AccWindow  *self,
                         const char *text)
{
  g_return_if_fail (ACC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* GtkWindow:application is not a construct property: it is set after
 * constructed(), so what needs the application happens here. */
static void
attach_to_application (AccWindow *self)
{
  AccApplication *application = get_application (self);
  GSettings *settings = acc_application_get_settings (application);

  acc_phone_page_set_settings (self->phone_page, settings);
  acc_phone_page_set_repository (self->phone_page, self->repository);
  acc_visit_page_set_repository (self->visit_page, self->repository);
  acc_inbox_pane_set_repository (self->inbox_pane, self->repository);
  acc_inbox_pane_set_inbox (self->inbox_pane, acc_application_get_inbox (application));
  if (acc_application_get_inbox (application) != NULL)
    g_signal_connect_object (acc_application_get_inbox (application), "notify::unread-count",
                             G_CALLBACK (update_unread), self,
                             G_CONNECT_SWAPPED);

  g_signal_connect_object (self->repository, "changed",
                           G_CALLBACK (on_repository_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::current-staff",
                           G_CALLBACK (on_current_staff_changed), self,
                           G_CONNECT_SWAPPED);

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "inbox-visible", self, "inbox-visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "visible-tab", self->view_stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);

  update_organisation (self);
  update_staff_menu (self);
  on_current_staff_changed (self);
}

static void
acc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AccWindow *self = ACC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_INBOX_VISIBLE:
      g_value_set_boolean (value, self->inbox_visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AccWindow *self = ACC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_INBOX_VISIBLE:
      set_inbox_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_window_dispose (GObject *object)
{
  AccWindow *self = ACC_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_WINDOW);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_window_parent_class)->dispose (object);
}

static void
acc_window_class_init (AccWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_window_get_property;
  object_class->set_property = acc_window_set_property;
  object_class->dispose = acc_window_dispose;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INBOX_VISIBLE] =
    g_param_spec_boolean ("inbox-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ACC_TYPE_BOOK_VIEW);
  g_type_ensure (ACC_TYPE_PHONE_PAGE);
  g_type_ensure (ACC_TYPE_VISIT_PAGE);
  g_type_ensure (ACC_TYPE_INBOX_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, staff_button);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, staff_label);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, inbox_button);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, unread_label);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, phone_page);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, visit_page);
  gtk_widget_class_bind_template_child (widget_class, AccWindow, inbox_pane);

  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_progress);

  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_action);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "win.new-call", NULL, new_call_action);
  gtk_widget_class_install_action (widget_class, "win.new-visit", NULL, new_visit_action);
  gtk_widget_class_install_property_action (widget_class, "win.inbox-visible", "inbox-visible");
}

static void
acc_window_init (AccWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AccWindow *
acc_window_new (AccApplication *application,
                AccRepository  *repository)
{
  AccWindow *self = g_object_new (ACC_TYPE_WINDOW,
                                  "application", application,
                                  "repository", repository,
                                  NULL);

  attach_to_application (self);
  return self;
}
