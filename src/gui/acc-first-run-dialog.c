/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-first-run-dialog.c — on an empty database, the two things the desk
 * cannot work without: the organisation's name (it is in every greeting)
 * and who is at the desk. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-first-run-dialog.h"
#include "acc-limits.h"

struct _AccFirstRunDialog
{
  AdwApplicationWindow parent_instance;

  AccRepository *repository;

  /* Template widgets */
  AdwEntryRow *organisation_row;
  GtkLabel *organisation_error;
  AdwEntryRow *name_row;
  GtkLabel *name_error;
  AdwComboRow *role_row;
  GtkLabel *save_error;
};

G_DEFINE_FINAL_TYPE (AccFirstRunDialog, acc_first_run_dialog, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

enum {
  COMPLETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The role list in the .ui is in AccRole order. */
G_STATIC_ASSERT (ACC_ROLE_RECEPTION == 0 && ACC_ROLE_SUPERVISOR == 1 && ACC_ROLE_MANAGER == 2);

static void
show_field_error (GtkLabel   *label,
                  GtkWidget  *row,
                  const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
  if (text != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
on_field_changed (AccFirstRunDialog *self)
{
  show_field_error (self->organisation_error, GTK_WIDGET (self->organisation_row), NULL);
  show_field_error (self->name_error, GTK_WIDGET (self->name_row), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AccFirstRunDialog *self = ACC_FIRST_RUN_DIALOG (widget);
  g_autofree char *organisation_name = stripped_text (self->organisation_row);
  g_autofree char *name = stripped_text (self->name_row);
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(AccStaffMember) member = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_invalid = NULL;

  g_autofree char *name_too_long = acc_limits_length_problem (name, ACC_LIMIT_NAME);
  g_autofree char *organisation_too_long = acc_limits_length_problem (organisation_name, ACC_LIMIT_NAME);

  if (*name == '\0' || name_too_long != NULL)
    {
      show_field_error (self->name_error, GTK_WIDGET (self->name_row),
                        name_too_long != NULL ? name_too_long : _("Type your name: it is said in the greeting."));
      first_invalid = GTK_WIDGET (self->name_row);
    }
  if (*organisation_name == '\0' || organisation_too_long != NULL)
    {
      show_field_error (self->organisation_error, GTK_WIDGET (self->organisation_row),
                        organisation_too_long != NULL ? organisation_too_long
                        : _("Type the organisation’s name: callers hear it first."));
      first_invalid = GTK_WIDGET (self->organisation_row);
    }
  if (first_invalid != NULL)
    {
      gtk_widget_grab_focus (first_invalid);
      return;
    }

  organisation = acc_repository_load_organisation (self->repository, &error);
  if (organisation != NULL)
    {
      acc_organisation_set_name (organisation, organisation_name);
      if (acc_repository_save_organisation (self->repository, organisation, &error))
        {
          /* Someone already known (added with accueil-cli) is reused. */
          member = acc_repository_find_staff_by_name (self->repository, name, NULL);
          if (member == NULL)
            member = acc_staff_member_new (name, adw_combo_row_get_selected (self->role_row));
          else
            acc_staff_member_set_role (member, adw_combo_row_get_selected (self->role_row));
          acc_staff_member_set_active (member, TRUE);
          if (!acc_repository_save_staff (self->repository, member, &error))
            g_clear_object (&member);
        }
    }

  if (member == NULL)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }

  g_signal_emit (self, signals[COMPLETED], 0, member);
}

static void
acc_first_run_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccFirstRunDialog *self = ACC_FIRST_RUN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_first_run_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccFirstRunDialog *self = ACC_FIRST_RUN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
acc_first_run_dialog_dispose (GObject *object)
{
  AccFirstRunDialog *self = ACC_FIRST_RUN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACC_TYPE_FIRST_RUN_DIALOG);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (acc_first_run_dialog_parent_class)->dispose (object);
}

static void
acc_first_run_dialog_class_init (AccFirstRunDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = acc_first_run_dialog_get_property;
  object_class->set_property = acc_first_run_dialog_set_property;
  object_class->dispose = acc_first_run_dialog_dispose;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, ACC_TYPE_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccFirstRunDialog::completed:
   * @member: who is at the desk, saved
   */
  signals[COMPLETED] =
    g_signal_new ("completed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACC_TYPE_STAFF_MEMBER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/acc-first-run-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, AccFirstRunDialog, save_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "first-run.start", NULL, start_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "first-run.start", NULL);
}

static void
acc_first_run_dialog_init (AccFirstRunDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AccFirstRunDialog *
acc_first_run_dialog_new (AccApplication *application,
                          AccRepository  *repository)
{
  return g_object_new (ACC_TYPE_FIRST_RUN_DIALOG,
                       "application", application,
                       "repository", repository,
                       NULL);
}
