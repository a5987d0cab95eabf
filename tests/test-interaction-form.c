/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-interaction-form.c — the New call and New visit form, driven
 * in-process the way an agent drives it: the form opens with
 * acc_interaction_form_present() over a parent window on a real repository
 * (a temporary file), the test types into its fields, ticks its boxes and
 * chooses its outcome through the widgets and the form's actions, and waits
 * (never sleeps) for the form to show the result or to close. What was
 * saved is read back through the repository. The /call-form/ cases take
 * calls, the /visit-form/ cases visits; /window/ opens either from the main
 * window, as Ctrl+N does. The …/draft-… cases leave a form unsaved and open
 * it again.
 *
 * Each case runs in a subprocess of its own (GTK starts fresh; a warning or
 * crash is that case's failure) on a database of its own, which the parent
 * makes in a temporary folder and removes afterwards.
 *
 * Run under tests/run-with-display.sh (Xvfb, D-Bus, GSK_RENDERER=cairo,
 * GTK_A11Y=test).
 */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "acc-draft-notice.h"
#include "acc-field-error.h"
#include "acc-interaction-form.h"
#include "acc-limits.h"
/* Only for test_disk_full(): PRAGMA max_page_count holds for one
 * connection, the form's. */
#include "acc-repository-private.h"
#include "acc-test-util.h"
#include "acc-window.h"

#define CASE_TIMEOUT_S 30

#define ORGANISATION_NAME "Centre Social des Minguettes"
#define AGENT_NAME "Léa Moreau"
#define SUPERVISOR_NAME "Benoît Garnier"
#define SUPERVISOR_PHONE "06 39 98 00 21"
#define OTHER_SUPERVISOR_NAME "Chloé Mercier"
#define OTHER_SUPERVISOR_PHONE "06 39 98 00 22"
#define HELENE_NAME "Hélène Lefèvre"
#define HELENE_ORGANISATION "Mairie de Vénissieux"
#define HELENE_PHONE "06 12 34 56 78"
#define HELENE_PHONE_E164 "+33612345678"
#define HELENE_EMAIL "helene.lefevre@example.fr"
#define BROCHURE_TITLE "Plaquette de présentation"
#define PRICE_LIST_TITLE "Grille tarifaire"
#define TAX_SHEET_TITLE "Fiche avantages fiscaux"
#define POSTER_TITLE "Affiche des horaires d’ouverture"

/* The desk: a repository with the people, services and documents a call
 * or a visit needs -------------------------------------------------------- */

typedef struct
{
  AccRepository *repository;
  AccStaffMember *agent;
  AccStaffMember *supervisor;
  AccStaffMember *other_supervisor;
  AccDirectoryEntry *caf;
  AccContact *helene;
  AccDocument *brochure;
  AccDocument *price_list;
  AccDocument *tax_sheet;
  GtkWindow *parent;
  AccInteractionForm *form;   /* weak: NULL once the form is closed */
  gint64 opened_after;        /* the form's start time is between these */
  gint64 opened_before;
} Desk;

static AccDirectoryEntry *
add_directory_entry (AccRepository *repository,
                     const char    *name,
                     const char    *phone,
                     const char    *address)
{
  g_autoptr(GError) error = NULL;
  AccDirectoryEntry *entry = acc_directory_entry_new (name);

  acc_directory_entry_set_phone (entry, phone);
  acc_directory_entry_set_address (entry, address);
  acc_repository_save_directory_entry (repository, entry, &error);
  g_assert_no_error (error);
  return entry;
}

static AccDocument *
add_document (AccRepository   *repository,
              const char      *title,
              AccDocumentKind  kind)
{
  g_autoptr(GError) error = NULL;
  AccDocument *document = acc_document_new (title, kind);

  acc_document_set_location (document, "Présentoir de l’accueil");
  acc_repository_save_document (repository, document, &error);
  g_assert_no_error (error);
  return document;
}

static AccContact *
add_contact (AccRepository *repository,
             const char    *name,
             const char    *organisation,
             const char    *phone,
             const char    *email)
{
  g_autoptr(GError) error = NULL;
  AccContact *contact = acc_contact_new (name);

  acc_contact_set_kind (contact, ACC_CONTACT_KIND_CLIENT);
  acc_contact_set_organisation (contact, organisation);
  acc_contact_set_phone (contact, phone);
  acc_contact_set_email (contact, email);
  acc_repository_save_contact (repository, contact, &error);
  g_assert_no_error (error);
  return contact;
}

static void
desk_prepare (Desk       *desk,
              const char *greeting_template)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccStaffMember) manager = NULL;
  g_autoptr(AccStaffMember) former = NULL;
  g_autoptr(AccDirectoryEntry) mairie = NULL;
  g_autoptr(AccContact) herve = NULL;
  g_autoptr(AccContact) gerard = NULL;
  g_autoptr(AccDocument) poster = NULL;
  const char *reasons[] = { "Demande d'information", "Devis", "Planning d'intervention", "Demande de rappel" };

  /* No AccApplication here to start GTK and libadwaita: the form needs both. */
  adw_init ();

  desk->repository = acc_test_open_repository ();
  acc_test_save_organisation (desk->repository, ORGANISATION_NAME, greeting_template);

  desk->agent = acc_test_save_staff (desk->repository, AGENT_NAME, ACC_ROLE_RECEPTION, "02 61 91 00 11", TRUE);
  desk->supervisor = acc_test_save_staff (desk->repository, SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR, SUPERVISOR_PHONE, TRUE);
  desk->other_supervisor = acc_test_save_staff (desk->repository, OTHER_SUPERVISOR_NAME, ACC_ROLE_SUPERVISOR,
                                                OTHER_SUPERVISOR_PHONE, TRUE);
  /* Neither is offered for a transfer: one is no supervisor, one has left. */
  manager = acc_test_save_staff (desk->repository, "Anne Petit", ACC_ROLE_MANAGER, "06 39 98 00 30", TRUE);
  former = acc_test_save_staff (desk->repository, "Paul Ancien", ACC_ROLE_SUPERVISOR, "06 39 98 00 29", FALSE);

  desk->caf = add_directory_entry (desk->repository, "CAF du Rhône", "02 61 91 10 12",
                                   "67 boulevard Vivier-Merle, 69003 Lyon");
  mairie = add_directory_entry (desk->repository, "Mairie de Vénissieux", "02 61 91 10 14",
                                "5 avenue Marcel-Houël, 69200 Vénissieux");

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      acc_repository_add_reason (desk->repository, reasons[i], &error);
      g_assert_no_error (error);
    }

  desk->helene = add_contact (desk->repository, HELENE_NAME, HELENE_ORGANISATION, HELENE_PHONE, HELENE_EMAIL);
  herve = add_contact (desk->repository, "Hervé Dumas", NULL, "07 55 44 33 22", NULL);
  gerard = add_contact (desk->repository, "Gérard Petit", "Résidence Les Tilleuls", "04 72 00 11 22", NULL);

  /* Three to hand over; the poster is posted, not handed over. */
  desk->brochure = add_document (desk->repository, BROCHURE_TITLE, ACC_DOCUMENT_BROCHURE);
  desk->price_list = add_document (desk->repository, PRICE_LIST_TITLE, ACC_DOCUMENT_PRICE_LIST);
  poster = add_document (desk->repository, POSTER_TITLE, ACC_DOCUMENT_OPENING_HOURS_POSTER);
  desk->tax_sheet = add_document (desk->repository, TAX_SHEET_TITLE, ACC_DOCUMENT_TAX_ADVANTAGE_SHEET);
}

/* The organisation's greeting for visits; NULL keeps the default. */
static void
desk_set_visit_greeting (Desk       *desk,
                         const char *greeting_template)
{
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;

  organisation = acc_repository_load_organisation (desk->repository, &error);
  g_assert_no_error (error);
  acc_organisation_set_visit_greeting (organisation, greeting_template);
  acc_repository_save_organisation (desk->repository, organisation, &error);
  g_assert_no_error (error);
}

static void
desk_open (Desk       *desk,
           AccChannel  channel)
{
  desk->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (desk->parent, "Accueil");
  gtk_window_present (desk->parent);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (desk->parent)), WAIT_MS);

  desk->opened_after = g_get_real_time ();
  acc_interaction_form_present (desk->parent, desk->repository, desk->agent, channel);
  desk->opened_before = g_get_real_time ();

  desk->form = acc_test_find_toplevel (ACC_TYPE_INTERACTION_FORM);
  g_assert_nonnull (desk->form);
  g_assert_cmpint (acc_interaction_form_get_channel (desk->form), ==, channel);
  g_object_add_weak_pointer (G_OBJECT (desk->form), (gpointer *) &desk->form);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (desk->form)), WAIT_MS);
}

/* New call. */
static void
desk_open_form (Desk *desk)
{
  desk_open (desk, ACC_CHANNEL_PHONE);
}

/* New visit. */
static void
desk_open_visit (Desk *desk)
{
  desk_open (desk, ACC_CHANNEL_VISIT);
}

static void
desk_close (Desk *desk)
{
  /* Whatever is still open goes, its dispose included. */
  acc_test_destroy_toplevels ();
  g_assert_null (desk->form);

  g_clear_object (&desk->tax_sheet);
  g_clear_object (&desk->price_list);
  g_clear_object (&desk->brochure);
  g_clear_object (&desk->helene);
  g_clear_object (&desk->caf);
  g_clear_object (&desk->other_supervisor);
  g_clear_object (&desk->supervisor);
  g_clear_object (&desk->agent);
  g_clear_object (&desk->repository);
}

/* Acting on the form ----------------------------------------------------- */

static gpointer
widget (Desk       *desk,
        const char *buildable_id)
{
  g_assert_nonnull (desk->form);
  return acc_test_find_one (desk->form, G_TYPE_INVALID, buildable_id);
}

static void
type_into (Desk       *desk,
           const char *entry_id,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (widget (desk, entry_id)), text);
}

static const char *
text_of (Desk       *desk,
         const char *entry_id)
{
  return gtk_editable_get_text (GTK_EDITABLE (widget (desk, entry_id)));
}

static void
type_notes (Desk       *desk,
            const char *view_id,
            const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (widget (desk, view_id)), text, -1);
}

static char *
notes_of (Desk       *desk,
          const char *view_id)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (widget (desk, view_id));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Ticks a box or presses a button. A check box toggles when activated, as
 * its mnemonic does; a button, activated, clicks only after showing itself
 * pressed for a moment: it is clicked at once instead. */
static void
activate (Desk       *desk,
          const char *buildable_id)
{
  GtkWidget *target = widget (desk, buildable_id);

  g_assert_true (gtk_widget_is_sensitive (target));
  if (GTK_IS_BUTTON (target))
    g_signal_emit_by_name (target, "clicked");
  else
    g_assert_true (gtk_widget_activate (target));
}

/* The position in @dropdown of the staff member or directory entry @id. */
static guint
position_in (GtkDropDown *dropdown,
             gint64       id)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return i;
    }
  g_error ("%" G_GINT64_FORMAT " is not offered", id);
}

static void
choose (Desk       *desk,
        const char *dropdown_id,
        gint64      id)
{
  GtkDropDown *dropdown = widget (desk, dropdown_id);

  gtk_drop_down_set_selected (dropdown, position_in (dropdown, id));
}

static gint64
selected_id (Desk       *desk,
             const char *dropdown_id)
{
  GObject *item = gtk_drop_down_get_selected_item (widget (desk, dropdown_id));
  gint64 id = 0;

  if (item != NULL)
    g_object_get (item, "id", &id, NULL);
  return id;
}

static void
save (Desk *desk)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->form), "form.save", NULL));
}

static gboolean
label_shows (Desk       *desk,
             const char *label_id)
{
  GtkLabel *label = widget (desk, label_id);

  return acc_test_is_shown (label) && *gtk_label_get_text (label) != '\0';
}

static const char *
label_text (Desk       *desk,
            const char *label_id)
{
  return gtk_label_get_text (widget (desk, label_id));
}

/* The caller's details of most cases. */
static void
fill_caller (Desk *desk)
{
  type_into (desk, "name_entry", "Yasmine Benali");
  type_into (desk, "organisation_entry", "Association Les Minguettes");
  type_into (desk, "phone_entry", "07 11 22 33 44");
  type_into (desk, "email_entry", "yasmine.benali@example.org");
  type_into (desk, "reason_entry", "Demande d'information");
  type_notes (desk, "notes_view", "Horaires de la permanence du samedi.");
}

/* Reading back ----------------------------------------------------------- */

static guint
count_calls (Desk *desk)
{
  g_autoptr(GListModel) calls = acc_repository_list_interactions (desk->repository, ACC_CHANNEL_PHONE, NULL);

  return g_list_model_get_n_items (calls);
}

static guint
count_messages (Desk *desk)
{
  g_autoptr(GListModel) messages = acc_repository_list_messages (desk->repository, NULL);

  return g_list_model_get_n_items (messages);
}

/* The one call saved, read again from the database. */
static AccInteraction *
saved_call (Desk *desk)
{
  g_autoptr(GListModel) calls = acc_repository_list_interactions (desk->repository, ACC_CHANNEL_PHONE, NULL);
  g_autoptr(AccInteraction) listed = NULL;
  g_autoptr(GError) error = NULL;
  AccInteraction *call;

  g_assert_cmpuint (g_list_model_get_n_items (calls), ==, 1);
  listed = g_list_model_get_item (calls, 0);
  call = acc_repository_get_interaction (desk->repository, acc_interaction_get_id (listed), &error);
  g_assert_no_error (error);

  /* Whatever the outcome: the call as the form opened and closed it. */
  g_assert_cmpint (acc_interaction_get_channel (call), ==, ACC_CHANNEL_PHONE);
  g_assert_cmpint (acc_interaction_get_staff_id (call), ==, acc_staff_member_get_id (desk->agent));
  g_assert_cmpint (acc_interaction_get_started_at (call), >=, desk->opened_after);
  g_assert_cmpint (acc_interaction_get_started_at (call), <=, desk->opened_before);
  g_assert_cmpint (acc_interaction_get_ended_at (call), >=, acc_interaction_get_started_at (call));
  g_assert_cmpint (acc_interaction_get_ended_at (call), <=, g_get_real_time ());
  /* Documents are handed over at the desk, not on the phone. */
  g_assert_null (acc_interaction_get_document_ids (call));
  return call;
}

static guint
count_visits (Desk *desk)
{
  g_autoptr(GListModel) visits = acc_repository_list_interactions (desk->repository, ACC_CHANNEL_VISIT, NULL);

  return g_list_model_get_n_items (visits);
}

/* The one visit saved, read again from the database; its departure is for
 * each case to check. */
static AccInteraction *
saved_visit (Desk *desk)
{
  g_autoptr(GListModel) visits = acc_repository_list_interactions (desk->repository, ACC_CHANNEL_VISIT, NULL);
  g_autoptr(AccInteraction) listed = NULL;
  g_autoptr(GError) error = NULL;
  AccInteraction *visit;

  g_assert_cmpuint (count_calls (desk), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 1);
  listed = g_list_model_get_item (visits, 0);
  visit = acc_repository_get_interaction (desk->repository, acc_interaction_get_id (listed), &error);
  g_assert_no_error (error);

  /* The visitor arrived as the form opened. */
  g_assert_cmpint (acc_interaction_get_channel (visit), ==, ACC_CHANNEL_VISIT);
  g_assert_cmpint (acc_interaction_get_staff_id (visit), ==, acc_staff_member_get_id (desk->agent));
  g_assert_cmpint (acc_interaction_get_started_at (visit), >=, desk->opened_after);
  g_assert_cmpint (acc_interaction_get_started_at (visit), <=, desk->opened_before);
  return visit;
}

static void
save_and_wait_closed (Desk *desk)
{
  save (desk);
  WAIT_UNTIL (desk->form == NULL, WAIT_MS);
  g_assert_null (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Drafts ----------------------------------------------------------------- */

static GVariant *
load_draft (Desk        *desk,
            AccDraftKind kind,
            gint64      *saved_at)
{
  g_autoptr(GError) error = NULL;
  GVariant *fields = acc_repository_load_draft (desk->repository, kind, acc_staff_member_get_id (desk->agent),
                                                saved_at, &error);

  g_assert_no_error (error);
  return fields;
}

static gboolean
has_draft (Desk        *desk,
           AccDraftKind kind)
{
  g_autoptr(GVariant) fields = load_draft (desk, kind, NULL);

  return fields != NULL;
}

/* The name the draft of @kind holds, or NULL. */
static char *
draft_name (Desk        *desk,
            AccDraftKind kind)
{
  g_autoptr(GVariant) fields = load_draft (desk, kind, NULL);
  char *name = NULL;

  if (fields != NULL)
    g_variant_lookup (fields, "name", "s", &name);
  return name;
}

/* The form again, over the same parent, as Ctrl+N or Ctrl+Shift+N opens it. */
static void
desk_reopen (Desk       *desk,
             AccChannel  channel)
{
  g_assert_null (desk->form);
  acc_interaction_form_present (desk->parent, desk->repository, desk->agent, channel);
  desk->form = acc_test_find_toplevel (ACC_TYPE_INTERACTION_FORM);
  g_assert_nonnull (desk->form);
  g_object_add_weak_pointer (G_OBJECT (desk->form), (gpointer *) &desk->form);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (desk->form)), WAIT_MS);
}

/* Gone without Save nor Discard: as when the application quits. */
static void
desk_destroy_form (Desk *desk)
{
  gtk_window_destroy (GTK_WINDOW (desk->form));
  WAIT_UNTIL (desk->form == NULL, WAIT_MS);
}

static AccDraftNotice *
draft_notice (Desk *desk)
{
  return widget (desk, "draft_notice");
}

/* Cases ------------------------------------------------------------------ */

/* It opens at once over its parent, the caller's name focused, the
 * greeting filled in, and the steps and fields named for the keyboard. */
static void
test_opens (void)
{
  Desk desk = { 0 };
  GtkWidget *focus;
  GtkLabel *greeting;
  const char *checks[] = { "greeted_check", "reason_asked_check", "name_asked_check", "presented_check" };

  desk_prepare (&desk, "Bonjour, {organisation}, {agent} à votre écoute.");
  desk_open_form (&desk);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (desk.form)), ==, "New Call");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (desk.form)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (desk.form)) == desk.parent);

  focus = gtk_window_get_focus (GTK_WINDOW (desk.form));
  g_assert_nonnull (focus);
  g_assert_true (focus == widget (&desk, "name_entry")
                 || gtk_widget_is_ancestor (focus, widget (&desk, "name_entry")));

  greeting = widget (&desk, "greeting_label");
  g_assert_true (acc_test_is_shown (greeting));
  g_assert_cmpstr (gtk_label_get_text (greeting), ==,
                   "Bonjour, " ORGANISATION_NAME ", " AGENT_NAME " à votre écoute.");
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (greeting), GTK_ACCESSIBLE_ROLE_LABEL));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (greeting), "title-1"));

  /* Each step with a mnemonic, unticked. */
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      GtkCheckButton *check = widget (&desk, checks[i]);

      g_assert_true (gtk_check_button_get_use_underline (check));
      g_assert_nonnull (strchr (gtk_check_button_get_label (check), '_'));
      g_assert_false (gtk_check_button_get_active (check));
    }

  /* A visit's steps, documents and departure are not a call's. */
  g_assert_false (gtk_widget_get_visible (widget (&desk, "introduced_check")));
  g_assert_false (gtk_widget_get_visible (widget (&desk, "informed_check")));
  g_assert_false (gtk_widget_get_visible (widget (&desk, "documents_box")));
  g_assert_false (gtk_widget_get_visible (widget (&desk, "departure_box")));

  /* No outcome yet, nothing saved. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "none");
  g_assert_cmpuint (count_calls (&desk), ==, 0);

  /* An empty form closes without asking. */
  gtk_window_close (GTK_WINDOW (desk.form));
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_null (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  desk_close (&desk);
}

/* The default template names the organisation and the agent. */
static void
test_default_greeting (void)
{
  Desk desk = { 0 };
  const char *greeting;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);

  greeting = label_text (&desk, "greeting_label");
  g_assert_nonnull (strstr (greeting, ORGANISATION_NAME));
  g_assert_nonnull (strstr (greeting, AGENT_NAME));

  desk_close (&desk);
}

/* Saving without an outcome is refused, says why beside the outcome, and
 * keeps everything. */
static void
test_outcome_required (void)
{
  Desk desk = { 0 };
  g_autofree char *notes = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "greeted_check");
  activate (&desk, "presented_check");

  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_nonnull (desk.form);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_false (acc_test_is_shown (widget (&desk, "name_error")));

  /* Answered, but not what: the rule of the core, shown in the same place. */
  activate (&desk, "answered_toggle");
  g_assert_false (acc_test_is_shown (widget (&desk, "outcome_error")));
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_cmpuint (count_calls (&desk), ==, 0);

  /* Nothing typed or ticked was lost. */
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Yasmine Benali");
  g_assert_cmpstr (text_of (&desk, "phone_entry"), ==, "07 11 22 33 44");
  g_assert_cmpstr (text_of (&desk, "reason_entry"), ==, "Demande d'information");
  notes = notes_of (&desk, "notes_view");
  g_assert_cmpstr (notes, ==, "Horaires de la permanence du samedi.");
  g_assert_true (gtk_check_button_get_active (widget (&desk, "greeted_check")));
  g_assert_true (gtk_check_button_get_active (widget (&desk, "presented_check")));
  g_assert_true (gtk_toggle_button_get_active (widget (&desk, "answered_toggle")));

  desk_close (&desk);
}

/* Each field's error beside it; nothing saved; corrected, it saves. */
static void
test_field_errors (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  type_into (&desk, "phone_entry", "12 34");
  type_into (&desk, "email_entry", "jean@");
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Horaires donnés");

  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "name_error"), WAIT_MS);
  g_assert_true (label_shows (&desk, "phone_error"));
  g_assert_true (label_shows (&desk, "email_error"));
  g_assert_true (gtk_widget_has_css_class (widget (&desk, "phone_entry"), "error"));
  g_assert_false (acc_test_is_shown (widget (&desk, "outcome_error")));
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_cmpstr (text_of (&desk, "phone_entry"), ==, "12 34");
  g_assert_cmpstr (text_of (&desk, "email_entry"), ==, "jean@");
  g_assert_cmpstr (text_of (&desk, "answer_entry"), ==, "Horaires donnés");

  /* Typing in a field clears its error. */
  type_into (&desk, "name_entry", "Jean Testeur");
  g_assert_false (acc_test_is_shown (widget (&desk, "name_error")));
  type_into (&desk, "phone_entry", "+33 7 11 22 33 44");
  g_assert_false (acc_test_is_shown (widget (&desk, "phone_error")));
  type_into (&desk, "email_entry", "jean.testeur@example.fr");
  g_assert_false (acc_test_is_shown (widget (&desk, "email_error")));

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, "Jean Testeur");
  g_assert_cmpstr (acc_interaction_get_phone (call), ==, "+33711223344");
  g_assert_cmpstr (acc_interaction_get_email (call), ==, "jean.testeur@example.fr");

  desk_close (&desk);
}

/* @n characters, far more bytes than characters. */
static char *
chars_of_length (const char *start,
                 glong       n)
{
  g_autoptr(GString) text = g_string_new (start);

  while (g_utf8_strlen (text->str, -1) < n)
    g_string_append (text, "é😀ש");
  g_string_truncate (text, g_utf8_offset_to_pointer (text->str, n) - text->str);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @field's error message is shown right under it, in the form's
 * grid: the line below the field (or below the box or scrolled window
 * holding it), in the same columns. */
static gboolean
error_shown_under (Desk       *desk,
                   const char *field_id)
{
  GtkWidget *field = widget (desk, field_id);
  GtkWidget *label = GTK_WIDGET (acc_field_error_label (field));
  GtkWidget *anchor = field;
  int column, row, width, height;
  int label_column, label_row, label_width, label_height;

  while (!GTK_IS_GRID (gtk_widget_get_parent (anchor)))
    anchor = gtk_widget_get_parent (anchor);
  if (gtk_widget_get_parent (label) != gtk_widget_get_parent (anchor))
    return FALSE;
  gtk_grid_query_child (GTK_GRID (gtk_widget_get_parent (anchor)), anchor, &column, &row, &width, &height);
  gtk_grid_query_child (GTK_GRID (gtk_widget_get_parent (anchor)), label,
                        &label_column, &label_row, &label_width, &label_height);
  return acc_test_is_shown (label) && *gtk_label_get_text (GTK_LABEL (label)) != '\0'
         && gtk_widget_has_css_class (field, "error")
         && label_column == column && label_width == width && label_row == row + height;
}

/* Texts over their limits (acc-limits.h): each says so under its field,
 * nothing is saved and nothing typed is cut; at the limits, hostile text
 * is saved as typed. */
static void
test_too_long (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  g_autofree char *organisation_over = chars_of_length ("Association ", ACC_LIMIT_NAME + 1);
  g_autofree char *reason_over = chars_of_length ("Demande ", ACC_LIMIT_LINE + 1);
  g_autofree char *notes_over = chars_of_length ("Notes ", ACC_LIMIT_TEXT + 1);
  g_autofree char *name_max = chars_of_length ("👨‍👩‍👧‍👦 Noëlle « O'Brien » مرحبا '); DROP TABLE interactions; -- ",
                                              ACC_LIMIT_NAME);
  g_autofree char *notes_max = chars_of_length ("Ligne 1\n\tLigne 2 \"citée\" ", ACC_LIMIT_TEXT);
  g_autofree char *notes_typed = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  type_into (&desk, "organisation_entry", organisation_over);
  type_into (&desk, "reason_entry", reason_over);
  type_notes (&desk, "notes_view", notes_over);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Horaires donnés");

  save (&desk);
  WAIT_UNTIL (error_shown_under (&desk, "organisation_entry"), WAIT_MS);
  g_assert_true (error_shown_under (&desk, "reason_entry"));
  g_assert_true (error_shown_under (&desk, "notes_view"));
  g_assert_nonnull (strstr (gtk_label_get_text (acc_field_error_label (widget (&desk, "notes_view"))), "10001"));
  g_assert_false (acc_test_is_shown (widget (&desk, "name_error")));
  acc_test_run_for (200);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_cmpstr (text_of (&desk, "reason_entry"), ==, reason_over);
  notes_typed = notes_of (&desk, "notes_view");
  g_assert_cmpstr (notes_typed, ==, notes_over);

  type_into (&desk, "name_entry", name_max);
  type_into (&desk, "organisation_entry", "Association Les Minguettes");
  type_into (&desk, "reason_entry", "Demande d'information");
  type_notes (&desk, "notes_view", notes_max);
  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, name_max);
  g_assert_cmpstr (acc_interaction_get_notes (call), ==, notes_max);
  g_assert_cmpstr (acc_interaction_get_reason (call), ==, "Demande d'information");

  desk_close (&desk);
}

static void
test_answered (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "greeted_check");
  activate (&desk, "reason_asked_check");
  activate (&desk, "name_asked_check");
  activate (&desk, "presented_check");
  activate (&desk, "answered_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "answered");
  type_into (&desk, "answer_entry", "Permanence le samedi de 9 h à 12 h");

  save_and_wait_closed (&desk);

  call = saved_call (&desk);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, "Yasmine Benali");
  g_assert_cmpstr (acc_interaction_get_organisation (call), ==, "Association Les Minguettes");
  g_assert_cmpstr (acc_interaction_get_phone (call), ==, "+33711223344");
  g_assert_cmpstr (acc_interaction_get_email (call), ==, "yasmine.benali@example.org");
  g_assert_cmpstr (acc_interaction_get_reason (call), ==, "Demande d'information");
  g_assert_cmpstr (acc_interaction_get_notes (call), ==, "Horaires de la permanence du samedi.");
  g_assert_cmpint (acc_interaction_get_outcome (call), ==, ACC_OUTCOME_ANSWERED);
  g_assert_cmpstr (acc_interaction_get_outcome_detail (call), ==, "Permanence le samedi de 9 h à 12 h");
  g_assert_cmpuint (acc_interaction_get_checklist (call), ==, ACC_CALL_STEPS_ALL);
  g_assert_cmpint (acc_interaction_get_contact_id (call), ==, 0);
  g_assert_cmpint (acc_interaction_get_supervisor_id (call), ==, 0);
  g_assert_cmpint (acc_interaction_get_directory_id (call), ==, 0);
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  desk_close (&desk);
}

static void
test_transferred (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  GtkDropDown *supervisors;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "name_asked_check");
  activate (&desk, "transferred_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "transferred");

  /* The active supervisors only; with two, none is chosen for the agent. */
  supervisors = widget (&desk, "supervisor_dropdown");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (supervisors)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (supervisors), ==, GTK_INVALID_LIST_POSITION);

  /* Not chosen: the core's rule, beside the outcome. */
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_cmpuint (count_calls (&desk), ==, 0);

  /* Chosen: the number to dial, as the French write it. */
  choose (&desk, "supervisor_dropdown", acc_staff_member_get_id (desk.other_supervisor));
  g_assert_cmpstr (label_text (&desk, "supervisor_phone_label"), ==, OTHER_SUPERVISOR_PHONE);
  g_assert_false (acc_test_is_shown (widget (&desk, "outcome_error")));

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpint (acc_interaction_get_outcome (call), ==, ACC_OUTCOME_TRANSFERRED);
  g_assert_cmpint (acc_interaction_get_supervisor_id (call), ==, acc_staff_member_get_id (desk.other_supervisor));
  g_assert_cmpuint (acc_interaction_get_checklist (call), ==, ACC_CALL_STEP_NAME_ASKED);
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  desk_close (&desk);
}

static void
test_oriented (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "oriented_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "oriented");

  choose (&desk, "directory_dropdown", acc_directory_entry_get_id (desk.caf));
  g_assert_cmpstr (label_text (&desk, "directory_phone_label"), ==, "02 61 91 10 12");
  g_assert_cmpstr (label_text (&desk, "directory_address_label"), ==, "67 boulevard Vivier-Merle, 69003 Lyon");

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpint (acc_interaction_get_outcome (call), ==, ACC_OUTCOME_ORIENTED);
  g_assert_cmpint (acc_interaction_get_directory_id (call), ==, acc_directory_entry_get_id (desk.caf));
  g_assert_cmpint (acc_interaction_get_supervisor_id (call), ==, 0);

  desk_close (&desk);
}

/* The message's reason and text start as the call's, and it reaches the
 * recipient in the same save. */
static void
check_message (Desk           *desk,
               AccInteraction *call,
               AccStaffMember *recipient,
               gboolean        urgent,
               const char     *reason,
               const char     *body)
{
  AccMessageFilter filter = ACC_MESSAGE_FILTER_INIT;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(AccMessage) message = NULL;

  g_assert_cmpint (acc_interaction_get_outcome (call), ==, ACC_OUTCOME_MESSAGE);
  g_assert_cmpuint (count_messages (desk), ==, 1);

  filter.recipient_id = acc_staff_member_get_id (recipient);
  messages = acc_repository_list_messages (desk->repository, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 1);
  message = g_list_model_get_item (messages, 0);
  g_assert_cmpint (acc_message_get_recipient_id (message), ==, acc_staff_member_get_id (recipient));
  g_assert_cmpint (acc_message_get_interaction_id (message), ==, acc_interaction_get_id (call));
  g_assert_cmpint (acc_message_get_taken_by_id (message), ==, acc_staff_member_get_id (desk->agent));
  g_assert_cmpint (acc_message_get_source (message), ==,
                   acc_interaction_get_channel (call) == ACC_CHANNEL_VISIT ? ACC_MESSAGE_SOURCE_VISIT
                                                                          : ACC_MESSAGE_SOURCE_CALL);
  g_assert_cmpstr (acc_message_get_name (message), ==, acc_interaction_get_name (call));
  g_assert_cmpstr (acc_message_get_reason (message), ==, reason);
  g_assert_cmpstr (acc_message_get_body (message), ==, body);
  g_assert_cmpint (acc_message_get_urgent (message), ==, urgent);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);
}

static void
test_message (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  g_autofree char *body = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  type_into (&desk, "reason_entry", "Demande de rappel");
  type_notes (&desk, "notes_view", "Rappeler avant 17 h au sujet du dossier APA.");
  activate (&desk, "message_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "message");

  /* The defaults follow the call… */
  body = notes_of (&desk, "body_view");
  g_assert_cmpstr (text_of (&desk, "subject_entry"), ==, "Demande de rappel");
  g_assert_cmpstr (body, ==, "Rappeler avant 17 h au sujet du dossier APA.");
  g_clear_pointer (&body, g_free);
  type_notes (&desk, "notes_view", "Rappeler avant 17 h au sujet du dossier APA de sa mère.");
  body = notes_of (&desk, "body_view");
  g_assert_cmpstr (body, ==, "Rappeler avant 17 h au sujet du dossier APA de sa mère.");

  /* …and no recipient is guessed. */
  g_assert_cmpint (selected_id (&desk, "recipient_dropdown"), ==, 0);
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  choose (&desk, "recipient_dropdown", acc_staff_member_get_id (desk.supervisor));
  activate (&desk, "urgent_check");

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  check_message (&desk, call, desk.supervisor, TRUE, "Demande de rappel",
                 "Rappeler avant 17 h au sujet du dossier APA de sa mère.");

  desk_close (&desk);
}

/* The procedure: a supervisor out of reach gets a message instead. */
static void
test_supervisor_unreachable (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "transferred_toggle");
  g_assert_false (gtk_widget_is_sensitive (widget (&desk, "unreachable_button")));
  choose (&desk, "supervisor_dropdown", acc_staff_member_get_id (desk.supervisor));
  g_assert_cmpstr (label_text (&desk, "supervisor_phone_label"), ==, SUPERVISOR_PHONE);

  activate (&desk, "unreachable_button");
  g_assert_true (gtk_toggle_button_get_active (widget (&desk, "message_toggle")));
  g_assert_false (gtk_toggle_button_get_active (widget (&desk, "transferred_toggle")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "message");
  g_assert_cmpint (selected_id (&desk, "recipient_dropdown"), ==, acc_staff_member_get_id (desk.supervisor));

  /* A subject of the agent's own replaces the reason. */
  type_into (&desk, "subject_entry", "Rappel urgent : planning");

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpint (acc_interaction_get_supervisor_id (call), ==, 0);
  check_message (&desk, call, desk.supervisor, FALSE, "Rappel urgent : planning",
                 "Horaires de la permanence du samedi.");

  desk_close (&desk);
}

/* The contacts row of @index, or NULL. */
static AdwPreferencesRow *
match_row (Desk *desk,
           int   index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (widget (desk, "contacts_list"), index);

  return row != NULL ? ADW_PREFERENCES_ROW (row) : NULL;
}

static gboolean
first_match_is (Desk       *desk,
                const char *name)
{
  AdwPreferencesRow *row = match_row (desk, 0);

  return row != NULL && g_strcmp0 (adw_preferences_row_get_title (row), name) == 0;
}

static gboolean
contacts_page_is (Desk       *desk,
                  const char *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (widget (desk, "contacts_stack")), page) == 0;
}

/* « helene » finds Hélène; choosing her fills the fields and links her. */
static void
test_contact_lookup (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  g_assert_true (contacts_page_is (&desk, "hint"));

  /* A newer search replaces an older one, never the other way round. */
  type_into (&desk, "name_entry", "gerard");
  WAIT_UNTIL (first_match_is (&desk, "Gérard Petit"), WAIT_MS);
  type_into (&desk, "name_entry", "he");
  type_into (&desk, "name_entry", "helene");
  WAIT_UNTIL (first_match_is (&desk, HELENE_NAME), WAIT_MS);
  acc_test_run_for (400);
  g_assert_true (first_match_is (&desk, HELENE_NAME));
  g_assert_null (match_row (&desk, 1));
  g_assert_true (contacts_page_is (&desk, "list"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (match_row (&desk, 0))), HELENE_PHONE));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (match_row (&desk, 0))), HELENE_ORGANISATION));

  /* Nobody matches: said so. */
  type_into (&desk, "name_entry", "Xavière Inconnue");
  WAIT_UNTIL (contacts_page_is (&desk, "empty"), WAIT_MS);

  /* Phone digits, in any format. */
  type_into (&desk, "name_entry", "");
  type_into (&desk, "phone_entry", "+33 6 12 34");
  WAIT_UNTIL (first_match_is (&desk, HELENE_NAME), WAIT_MS);

  /* Chosen: the fields are hers, and the call is linked to her. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (match_row (&desk, 0))));
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, HELENE_NAME);
  g_assert_cmpstr (text_of (&desk, "organisation_entry"), ==, HELENE_ORGANISATION);
  g_assert_cmpstr (text_of (&desk, "phone_entry"), ==, HELENE_PHONE);
  g_assert_cmpstr (text_of (&desk, "email_entry"), ==, HELENE_EMAIL);
  g_assert_true (acc_test_is_shown (widget (&desk, "linked_box")));
  g_assert_false (gtk_widget_get_visible (widget (&desk, "prospect_button")));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (desk.form)), widget (&desk, "reason_entry")));

  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Dossier transmis");
  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpint (acc_interaction_get_contact_id (call), ==, acc_contact_get_id (desk.helene));
  g_assert_cmpstr (acc_interaction_get_name (call), ==, HELENE_NAME);
  g_assert_cmpstr (acc_interaction_get_phone (call), ==, HELENE_PHONE_E164);

  desk_close (&desk);
}

/* A key as the agent presses it in @entry_id: through the form's own key
 * controller on the field, which sees keys before the entry does. */
static gboolean
press_key_in (Desk       *desk,
              const char *entry_id,
              guint       keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget (desk, entry_id));
  gboolean handled = FALSE;
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller)
          || gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
      found = TRUE;
      break;
    }
  g_assert_true (found);
  return handled;
}

/* Down then Enter, typed faster than the look-up answers: the first match
 * of the text as it is now is chosen, never one of an older text. */
static void
test_contact_lookup_keys_ahead (void)
{
  Desk desk = { 0 };

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);

  type_into (&desk, "name_entry", "gerard");
  WAIT_UNTIL (first_match_is (&desk, "Gérard Petit"), WAIT_MS);
  /* The result shown is Gérard's; the text is now Hélène's. */
  type_into (&desk, "name_entry", "helene");
  g_assert_true (press_key_in (&desk, "name_entry", GDK_KEY_Down));
  g_assert_true (press_key_in (&desk, "name_entry", GDK_KEY_Return));
  WAIT_UNTIL (acc_test_is_shown (widget (&desk, "linked_box")), WAIT_MS);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, HELENE_NAME);
  g_assert_cmpstr (text_of (&desk, "phone_entry"), ==, HELENE_PHONE);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (desk.form)), widget (&desk, "reason_entry")));

  /* Down alone goes to the first match once it is there. */
  activate (&desk, "unlink_button");
  type_into (&desk, "name_entry", "gerard");
  g_assert_true (press_key_in (&desk, "name_entry", GDK_KEY_Down));
  WAIT_UNTIL (gtk_widget_has_focus (GTK_WIDGET (match_row (&desk, 0))), WAIT_MS);
  g_assert_true (first_match_is (&desk, "Gérard Petit"));
  g_assert_false (acc_test_is_shown (widget (&desk, "linked_box")));

  desk_close (&desk);
}

/* An unknown caller becomes a prospect in one step, and the call is his. */
static void
test_save_as_prospect (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  AccContact *prospect;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);

  /* An unreadable number is refused before anything is saved. */
  type_into (&desk, "name_entry", "Zoé Nouvelle");
  type_into (&desk, "phone_entry", "07 11");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.form), "form.save-prospect", NULL));
  g_assert_true (label_shows (&desk, "phone_error"));
  found = acc_repository_search_contacts (desk.repository, "Zoé Nouvelle", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  type_into (&desk, "organisation_entry", "Association Solidarité Vénissieux");
  type_into (&desk, "phone_entry", "07 11 22 33 44");
  type_into (&desk, "email_entry", "zoe.nouvelle@example.org");
  activate (&desk, "prospect_button");

  found = acc_repository_search_contacts (desk.repository, "Zoé Nouvelle", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  prospect = g_ptr_array_index (found, 0);
  g_assert_cmpint (acc_contact_get_kind (prospect), ==, ACC_CONTACT_KIND_PROSPECT);
  g_assert_cmpstr (acc_contact_get_organisation (prospect), ==, "Association Solidarité Vénissieux");
  g_assert_cmpstr (acc_contact_get_phone (prospect), ==, "+33711223344");
  g_assert_cmpstr (acc_contact_get_email (prospect), ==, "zoe.nouvelle@example.org");
  g_assert_true (acc_test_is_shown (widget (&desk, "linked_box")));
  g_assert_false (gtk_widget_get_visible (widget (&desk, "prospect_button")));

  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Plaquette envoyée par courriel");
  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpint (acc_interaction_get_contact_id (call), ==, acc_contact_get_id (prospect));

  desk_close (&desk);
}

/* Answers @dialog as the person does, with its button labelled @label. */
static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        return;
      }
  g_error ("No button %s in the dialog", label);
}

/* Escape (window.close) asks before throwing typed text away. */
static void
test_cancel_asks (void)
{
  Desk desk = { 0 };
  AdwMessageDialog *dialog;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  type_into (&desk, "name_entry", "Camille Durand");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.form), "window.close", NULL));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)), WAIT_MS);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (desk.form));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard This Call?");
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_nonnull (desk.form);

  /* Cancel: back to the call, as it was. */
  respond (dialog, "_Cancel");
  WAIT_UNTIL (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, WAIT_MS);
  acc_test_run_for (100);
  g_assert_nonnull (desk.form);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Camille Durand");

  /* Asked again, discard: the form goes, nothing saved. */
  gtk_window_close (GTK_WINDOW (desk.form));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  respond (dialog, "_Discard");
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  /* Thrown away means no draft either. */
  g_assert_false (has_draft (&desk, ACC_DRAFT_CALL));

  desk_close (&desk);
}

/* A ticked box alone is worth asking about too. */
static void
test_cancel_asks_for_ticks (void)
{
  Desk desk = { 0 };
  AdwMessageDialog *dialog;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  activate (&desk, "greeted_check");

  gtk_window_close (GTK_WINDOW (desk.form));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  respond (dialog, "_Discard");
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);

  desk_close (&desk);
}

/* The database refuses the call: the reason is shown, the form stays with
 * everything in it, and saving again works once the database accepts. */
static void
test_repository_error (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  sqlite3 *db = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Horaires donnés");

  /* What another program could do to the file meanwhile. */
  g_assert_cmpint (sqlite3_open (acc_test_database_path (), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER refuse_calls BEFORE INSERT ON interactions "
                                     "BEGIN SELECT RAISE (ABORT, 'disk on fire'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "save_error"), WAIT_MS);
  g_assert_nonnull (strstr (label_text (&desk, "save_error"), "disk on fire"));
  g_assert_nonnull (desk.form);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Yasmine Benali");
  g_assert_cmpstr (text_of (&desk, "answer_entry"), ==, "Horaires donnés");

  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER refuse_calls", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  g_assert_cmpstr (acc_interaction_get_outcome_detail (call), ==, "Horaires donnés");

  desk_close (&desk);
}

/* The disk fills up while the desk works (issue 9): SQLite's
 * max_page_count on the form's own connection gives the same SQLITE_FULL.
 * The plain sentence is shown next to Save, nothing typed is lost, nothing
 * half-saved, and saving again works once there is room. */
static void
test_disk_full (void)
{
  Desk desk = { 0 };
  g_autoptr(GString) long_notes = g_string_new (NULL);
  g_autoptr(GError) full_error = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(AccInteraction) call = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  fill_caller (&desk);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Horaires donnés");
  /* Longer than the free room of any page (4 KiB), so that the row needs
   * new pages, and within the notes' limit (ACC_LIMIT_TEXT). */
  while (long_notes->len < 9 * 1024)
    g_string_append (long_notes, "Notes de la permanence, à rappeler demain matin.\n");
  type_notes (&desk, "notes_view", long_notes->str);

  g_assert_cmpint (sqlite3_exec (desk.repository->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "save_error"), WAIT_MS);
  /* The sentence the repository gives for SQLITE_FULL, in this locale. */
  _acc_repository_set_error (desk.repository, &full_error, SQLITE_FULL);
  g_assert_nonnull (strstr (label_text (&desk, "save_error"), full_error->message));
  g_assert_nonnull (desk.form);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Yasmine Benali");
  g_assert_cmpstr (text_of (&desk, "answer_entry"), ==, "Horaires donnés");
  notes = notes_of (&desk, "notes_view");
  g_assert_true (g_str_equal (notes, long_notes->str));

  /* Room again: the same form saves. */
  g_assert_cmpint (sqlite3_exec (desk.repository->db, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  save_and_wait_closed (&desk);
  call = saved_call (&desk);
  /* As saved: trimmed at the end. */
  g_assert_true (g_str_equal (acc_interaction_get_notes (call), g_strchomp (long_notes->str)));

  desk_close (&desk);
}

/* Visits ----------------------------------------------------------------- */

#define ALL_VISIT_STEPS (ACC_VISIT_STEP_INTRODUCED | ACC_VISIT_STEP_REASON_ASKED | ACC_VISIT_STEP_INFORMED \
                         | ACC_VISIT_STEP_SUPERVISOR_CALLED | ACC_VISIT_STEP_ORIENTED)

static const char *const visit_steps[] = {
  "introduced_check", "reason_asked_check", "informed_check", "supervisor_called_check", "oriented_check",
};

/* The title of a document's check box: its first label. */
static const char *
document_title (GtkWidget *check)
{
  g_autoptr(GPtrArray) labels = acc_test_find_all (check, GTK_TYPE_LABEL, NULL);

  g_assert_cmpuint (labels->len, >=, 1);
  return gtk_label_get_text (g_ptr_array_index (labels, 0));
}

/* The check boxes of the documents offered, in order. */
static GPtrArray *
document_checks (Desk *desk)
{
  return acc_test_find_all (widget (desk, "documents_box"), GTK_TYPE_CHECK_BUTTON, NULL);
}

/* Ticks the document titled @title, as Space on it does. */
static void
hand_over (Desk       *desk,
           const char *title)
{
  g_autoptr(GPtrArray) checks = document_checks (desk);

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (document_title (g_ptr_array_index (checks, i)), title) == 0)
      {
        g_assert_true (gtk_widget_activate (g_ptr_array_index (checks, i)));
        g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
        return;
      }
  g_error ("No document %s is offered", title);
}

/* The letter of the mnemonic in @label ("Reason as_ked" → 'k'). */
static gunichar
mnemonic_of (const char *label)
{
  const char *underscore = strchr (label, '_');

  g_assert_nonnull (underscore);
  return g_unichar_tolower (g_utf8_get_char (underscore + 1));
}

/* It opens as a call does, with the visit's words: its greeting, its five
 * steps, the documents of the register to hand over and the departure. */
static void
test_visit_opens (void)
{
  Desk desk = { 0 };
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GHashTable) mnemonics = g_hash_table_new (NULL, NULL);
  const char *call_steps[] = { "greeted_check", "name_asked_check", "presented_check" };
  const char *toggles[] = { "answered_toggle", "transferred_toggle", "oriented_toggle", "message_toggle" };
  GtkWidget *focus;
  GtkLabel *greeting;

  desk_prepare (&desk, NULL);
  desk_set_visit_greeting (&desk, "Bienvenue à {organisation}, je suis {agent}.");
  desk_open_visit (&desk);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (desk.form)), ==, "New Visit");
  g_assert_cmpstr (adw_window_title_get_title (widget (&desk, "window_title")), ==, "New Visit");
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (widget (&desk, "window_title")), "Arrived at "));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (desk.form)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (desk.form)) == desk.parent);

  focus = gtk_window_get_focus (GTK_WINDOW (desk.form));
  g_assert_nonnull (focus);
  g_assert_true (focus == widget (&desk, "name_entry")
                 || gtk_widget_is_ancestor (focus, widget (&desk, "name_entry")));
  g_assert_cmpstr (gtk_label_get_text (widget (&desk, "name_label")), ==, "Visitor’s name");

  /* The organisation's visit greeting, not its phone one. */
  greeting = widget (&desk, "greeting_label");
  g_assert_true (acc_test_is_shown (greeting));
  g_assert_cmpstr (gtk_label_get_text (greeting), ==, "Bienvenue à " ORGANISATION_NAME ", je suis " AGENT_NAME ".");

  /* The visit's steps, each with a mnemonic of its own, unticked; the
   * call's own steps hidden. */
  for (guint i = 0; i < G_N_ELEMENTS (visit_steps); i++)
    {
      GtkCheckButton *check = widget (&desk, visit_steps[i]);

      g_assert_true (acc_test_is_shown (check));
      g_assert_true (gtk_check_button_get_use_underline (check));
      g_assert_false (gtk_check_button_get_active (check));
      g_assert_false (g_hash_table_contains (mnemonics, GUINT_TO_POINTER (mnemonic_of (gtk_check_button_get_label (check)))));
      g_hash_table_add (mnemonics, GUINT_TO_POINTER (mnemonic_of (gtk_check_button_get_label (check))));
    }
  for (guint i = 0; i < G_N_ELEMENTS (call_steps); i++)
    g_assert_false (gtk_widget_get_visible (widget (&desk, call_steps[i])));

  /* The outcomes, worded for a visit, with mnemonics apart from the steps'. */
  g_assert_cmpstr (gtk_button_get_label (widget (&desk, "transferred_toggle")), ==, "Supervisor Ca_lled");
  g_assert_cmpstr (gtk_button_get_label (widget (&desk, "message_toggle")), ==, "_Message Left");
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    {
      GtkButton *toggle = widget (&desk, toggles[i]);

      g_assert_true (gtk_button_get_use_underline (toggle));
      g_assert_false (g_hash_table_contains (mnemonics, GUINT_TO_POINTER (mnemonic_of (gtk_button_get_label (toggle)))));
      g_hash_table_add (mnemonics, GUINT_TO_POINTER (mnemonic_of (gtk_button_get_label (toggle))));
    }

  /* What can be handed over, in the register's order; not the poster. */
  g_assert_true (acc_test_is_shown (widget (&desk, "documents_box")));
  g_assert_true (acc_test_is_shown (widget (&desk, "documents_label")));
  g_assert_false (g_hash_table_contains (mnemonics, GUINT_TO_POINTER (
                    mnemonic_of (gtk_label_get_label (widget (&desk, "documents_label"))))));
  checks = document_checks (&desk);
  g_assert_cmpuint (checks->len, ==, 3);
  for (guint i = 0; i < checks->len; i++)
    {
      const char *title = document_title (g_ptr_array_index (checks, i));

      g_assert_true (g_str_equal (title, BROCHURE_TITLE) || g_str_equal (title, PRICE_LIST_TITLE)
                     || g_str_equal (title, TAX_SHEET_TITLE));
      g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
      /* Its kind is said beside its title. */
      g_assert_true (acc_test_some_label_contains (g_ptr_array_index (checks, i),
                                                   g_str_equal (title, BROCHURE_TITLE) ? "Brochure"
                                                   : g_str_equal (title, PRICE_LIST_TITLE) ? "Price list"
                                                   : "Tax-advantage sheet"));
    }
  g_assert_false (acc_test_some_label_contains (widget (&desk, "documents_box"), POSTER_TITLE));
  g_assert_false (acc_test_is_shown (widget (&desk, "documents_empty_label")));

  /* The departure is not known yet. */
  g_assert_true (acc_test_is_shown (widget (&desk, "departure_box")));
  g_assert_false (gtk_check_button_get_active (widget (&desk, "departed_check")));
  g_assert_false (gtk_widget_get_sensitive (widget (&desk, "departure_entry")));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "none");
  g_assert_cmpuint (count_visits (&desk), ==, 0);

  /* An empty form closes without asking. */
  gtk_window_close (GTK_WINDOW (desk.form));
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_null (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  desk_close (&desk);
}

/* The default visit greeting: « Bonjour, {agent}, chargé(e) d'accueil ». */
static void
test_visit_default_greeting (void)
{
  Desk desk = { 0 };

  desk_prepare (&desk, "Bonjour, {organisation}, {agent} à votre écoute.");
  desk_open_visit (&desk);

  g_assert_cmpstr (label_text (&desk, "greeting_label"), ==, "Bonjour, " AGENT_NAME ", chargé(e) d'accueil");

  desk_close (&desk);
}

/* The steps ticked and the documents handed over are the visit's; with no
 * departure given, none is recorded. */
static void
test_visit_answered (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) visit = NULL;
  GVariant *documents;
  const gint64 *ids;
  gsize n_ids = 0;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  fill_caller (&desk);
  for (guint i = 0; i < G_N_ELEMENTS (visit_steps); i++)
    activate (&desk, visit_steps[i]);
  hand_over (&desk, TAX_SHEET_TITLE);
  hand_over (&desk, BROCHURE_TITLE);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Permanence le samedi de 9 h à 12 h");

  save_and_wait_closed (&desk);

  visit = saved_visit (&desk);
  g_assert_cmpstr (acc_interaction_get_name (visit), ==, "Yasmine Benali");
  g_assert_cmpstr (acc_interaction_get_organisation (visit), ==, "Association Les Minguettes");
  g_assert_cmpstr (acc_interaction_get_phone (visit), ==, "+33711223344");
  g_assert_cmpstr (acc_interaction_get_email (visit), ==, "yasmine.benali@example.org");
  g_assert_cmpstr (acc_interaction_get_reason (visit), ==, "Demande d'information");
  g_assert_cmpstr (acc_interaction_get_notes (visit), ==, "Horaires de la permanence du samedi.");
  g_assert_cmpint (acc_interaction_get_outcome (visit), ==, ACC_OUTCOME_ANSWERED);
  g_assert_cmpstr (acc_interaction_get_outcome_detail (visit), ==, "Permanence le samedi de 9 h à 12 h");
  g_assert_cmpuint (acc_interaction_get_checklist (visit), ==, ALL_VISIT_STEPS);
  g_assert_cmpint (acc_interaction_get_ended_at (visit), ==, 0);
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  /* The two documents, and only them (the core keeps them in id order). */
  documents = acc_interaction_get_document_ids (visit);
  g_assert_nonnull (documents);
  g_assert_true (g_variant_is_of_type (documents, G_VARIANT_TYPE ("ax")));
  ids = g_variant_get_fixed_array (documents, &n_ids, sizeof (gint64));
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, acc_document_get_id (desk.brochure));
  g_assert_cmpint (ids[1], ==, acc_document_get_id (desk.tax_sheet));

  desk_close (&desk);
}

/* « Encadrant appelé »: the supervisor, chosen, is recorded; not chosen,
 * the visit's own words say so. */
static void
test_visit_supervisor_called (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) visit = NULL;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  fill_caller (&desk);
  activate (&desk, "supervisor_called_check");
  activate (&desk, "transferred_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "transferred");

  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_cmpstr (label_text (&desk, "outcome_error"), ==, "Choose the supervisor who was called.");
  g_assert_cmpuint (count_visits (&desk), ==, 0);

  choose (&desk, "supervisor_dropdown", acc_staff_member_get_id (desk.other_supervisor));
  g_assert_cmpstr (label_text (&desk, "supervisor_phone_label"), ==, OTHER_SUPERVISOR_PHONE);

  save_and_wait_closed (&desk);
  visit = saved_visit (&desk);
  g_assert_cmpint (acc_interaction_get_outcome (visit), ==, ACC_OUTCOME_TRANSFERRED);
  g_assert_cmpint (acc_interaction_get_supervisor_id (visit), ==, acc_staff_member_get_id (desk.other_supervisor));
  g_assert_cmpuint (acc_interaction_get_checklist (visit), ==, ACC_VISIT_STEP_SUPERVISOR_CALLED);
  g_assert_null (acc_interaction_get_document_ids (visit));
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  desk_close (&desk);
}

/* A message left at the desk needs a recipient, and is forwarded to them
 * as the visit is saved, like any other message. */
static void
test_visit_message_left (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) visit = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  fill_caller (&desk);
  type_into (&desk, "reason_entry", "Demande de rappel");
  type_notes (&desk, "notes_view", "Souhaite un rendez-vous avec l'encadrant pour le dossier APA.");
  hand_over (&desk, PRICE_LIST_TITLE);
  activate (&desk, "message_toggle");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "message");
  g_assert_cmpstr (text_of (&desk, "subject_entry"), ==, "Demande de rappel");

  /* No recipient is guessed. */
  g_assert_cmpint (selected_id (&desk, "recipient_dropdown"), ==, 0);
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "outcome_error"), WAIT_MS);
  g_assert_cmpuint (count_visits (&desk), ==, 0);
  g_assert_cmpuint (count_messages (&desk), ==, 0);

  choose (&desk, "recipient_dropdown", acc_staff_member_get_id (desk.supervisor));
  activate (&desk, "urgent_check");
  save_and_wait_closed (&desk);

  visit = saved_visit (&desk);
  g_assert_cmpint (acc_interaction_get_ended_at (visit), ==, 0);
  check_message (&desk, visit, desk.supervisor, TRUE, "Demande de rappel",
                 "Souhaite un rendez-vous avec l'encadrant pour le dossier APA.");

  /* Left as the visit was recorded, and waiting in the supervisor's inbox. */
  messages = acc_repository_list_messages (desk.repository, NULL);
  message = g_list_model_get_item (messages, 0);
  g_assert_cmpint (acc_message_get_created_at (message), >=, acc_interaction_get_started_at (visit));
  g_assert_cmpint (acc_message_get_created_at (message), <=, g_get_real_time ());
  g_assert_cmpstr (acc_message_get_phone (message), ==, "+33711223344");
  g_assert_cmpuint (acc_repository_count_unread_messages (desk.repository,
                                                          acc_staff_member_get_id (desk.supervisor), &error), ==, 1);
  g_assert_no_error (error);

  desk_close (&desk);
}

static char *
local_time (gint64 time_us)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  return g_date_time_format (when, "%H:%M");
}

/* The departure is optional; given, it is a time of the clock between the
 * arrival and now. */
static void
test_visit_departure (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) visit = NULL;
  g_autofree char *before_tick = NULL;
  g_autofree char *after_tick = NULL;
  g_autofree char *too_early = NULL;
  g_autofree char *arrival = NULL;
  g_autofree char *departed = NULL;
  GtkWidget *entry;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  fill_caller (&desk);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Dossier remis");
  entry = widget (&desk, "departure_entry");

  /* Ticked: the time now is offered, to confirm or type over. */
  before_tick = local_time (g_get_real_time ());
  activate (&desk, "departed_check");
  after_tick = local_time (g_get_real_time ());
  g_assert_true (gtk_widget_get_sensitive (entry));
  g_assert_true (g_str_equal (text_of (&desk, "departure_entry"), before_tick)
                 || g_str_equal (text_of (&desk, "departure_entry"), after_tick));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (desk.form)), entry)
                 || gtk_window_get_focus (GTK_WINDOW (desk.form)) == entry);

  /* Not a time: refused beside it, nothing saved. */
  type_into (&desk, "departure_entry", "25:61");
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "departure_error"), WAIT_MS);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpuint (count_visits (&desk), ==, 0);

  /* Typing clears the error; before the arrival is refused too. */
  too_early = local_time (desk.opened_after - 2 * HOUR_US);
  type_into (&desk, "departure_entry", too_early);
  g_assert_false (acc_test_is_shown (widget (&desk, "departure_error")));
  save (&desk);
  WAIT_UNTIL (label_shows (&desk, "departure_error"), WAIT_MS);
  g_assert_cmpuint (count_visits (&desk), ==, 0);

  /* Unticked, nothing is said about the departure, and its error goes. */
  activate (&desk, "departed_check");
  g_assert_false (gtk_widget_get_sensitive (entry));
  g_assert_false (acc_test_is_shown (widget (&desk, "departure_error")));

  /* Ticked again: the time typed is kept; the arrival's minute is fine. */
  activate (&desk, "departed_check");
  g_assert_cmpstr (text_of (&desk, "departure_entry"), ==, too_early);
  arrival = local_time (desk.opened_after);
  type_into (&desk, "departure_entry", arrival);
  save_and_wait_closed (&desk);

  visit = saved_visit (&desk);
  g_assert_cmpint (acc_interaction_get_ended_at (visit), >=, acc_interaction_get_started_at (visit));
  g_assert_cmpint (acc_interaction_get_ended_at (visit), <=, g_get_real_time ());
  departed = local_time (acc_interaction_get_ended_at (visit));
  g_assert_cmpstr (departed, ==, arrival);

  desk_close (&desk);
}

/* A document ticked alone is worth asking about; the visit's words. */
static void
test_visit_cancel_asks (void)
{
  Desk desk = { 0 };
  AdwMessageDialog *dialog;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  hand_over (&desk, BROCHURE_TITLE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.form), "window.close", NULL));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard This Visit?");
  respond (dialog, "_Discard");
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_cmpuint (count_visits (&desk), ==, 0);

  desk_close (&desk);
}

/* The main window ------------------------------------------------------------ */

/* Activates @action of @window and waits for the form it opens; @channel is
 * the form's, or -1 when the action must open nothing (disabled). */
static void
open_from_window (AccApplication *app,
                  AccWindow      *window,
                  const char     *action,
                  int             channel)
{
  AccInteractionForm *form;

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  if (channel < 0)
    {
      acc_test_run_for (200);
      g_assert_null (acc_test_app_window (app, ACC_TYPE_INTERACTION_FORM));
      return;
    }

  WAIT_UNTIL (acc_test_app_window_shown (app, ACC_TYPE_INTERACTION_FORM), WAIT_MS);
  form = acc_test_app_window (app, ACC_TYPE_INTERACTION_FORM);
  g_assert_cmpint (acc_interaction_form_get_channel (form), ==, channel);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (form)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (form));
  WAIT_UNTIL (acc_test_app_window (app, ACC_TYPE_INTERACTION_FORM) == NULL, WAIT_MS);
}

static gboolean
has_new_call_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = acc_test_find_all (root, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "win.new-call") == 0)
      return TRUE;
  return FALSE;
}

static void
new_entry_body (AccApplication *app,
                GtkWindow      *first_window,
                gpointer        data)
{
  g_auto(GStrv) entry_accels = NULL;
  g_auto(GStrv) call_accels = NULL;
  AdwViewStack *view_stack;
  AccWindow *window;

  g_assert_true (ACC_IS_WINDOW (first_window));
  window = ACC_WINDOW (first_window);
  view_stack = acc_test_find_one (window, ADW_TYPE_VIEW_STACK, NULL);

  /* Ctrl+N is "a new entry in the visible book", one action for both tabs. */
  entry_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.new-entry");
  g_assert_true (g_strv_contains ((const char * const *) entry_accels, "<Control>n"));
  call_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.new-call");
  g_assert_cmpuint (g_strv_length (call_accels), ==, 0);
  /* The Téléphone tab's button still takes a call. */
  g_assert_true (has_new_call_button (GTK_WIDGET (window)));

  /* Téléphone: a call; no visit from here. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "phone");
  open_from_window (app, window, "win.new-visit", -1);
  open_from_window (app, window, "win.new-entry", ACC_CHANNEL_PHONE);
  open_from_window (app, window, "win.new-call", ACC_CHANNEL_PHONE);

  /* Physique: a visit; no call from here. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "visit");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "visit") == 0, WAIT_MS);
  open_from_window (app, window, "win.new-call", -1);
  open_from_window (app, window, "win.new-entry", ACC_CHANNEL_VISIT);
  open_from_window (app, window, "win.new-visit", ACC_CHANNEL_VISIT);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "phone");
  WAIT_UNTIL (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "phone") == 0, WAIT_MS);
}

static void
test_window_new_entry (void)
{
  g_autoptr(AccRepository) repository = acc_test_open_repository ();
  g_autoptr(AccStaffMember) agent = NULL;
  const char *args[] = { "--staff", AGENT_NAME, NULL };

  acc_test_require_schemas ();
  acc_test_save_organisation (repository, ORGANISATION_NAME, NULL);
  agent = acc_test_save_staff (repository, AGENT_NAME, ACC_ROLE_RECEPTION, NULL, TRUE);
  g_clear_object (&repository);

  acc_test_run_application (args, new_entry_body, NULL);
}

/* Drafts ----------------------------------------------------------------- */

/* A call in progress is kept a moment after it is typed, and when the form
 * goes unsaved; it comes back whole, with a notice giving its time; saved,
 * it leaves no draft. */
static void
test_draft_restored (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) call = NULL;
  g_autoptr(AccMessage) message = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *saved_time = NULL;
  gint64 saved_at = 0;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (draft_notice (&desk))));

  fill_caller (&desk);
  activate (&desk, "greeted_check");
  activate (&desk, "name_asked_check");
  activate (&desk, "message_toggle");
  choose (&desk, "recipient_dropdown", acc_staff_member_get_id (desk.supervisor));
  activate (&desk, "urgent_check");
  type_into (&desk, "subject_entry", "Rappel avant midi");

  /* The timer keeps it, the form still open. */
  WAIT_UNTIL ((name = draft_name (&desk, ACC_DRAFT_CALL)) != NULL, 3 * WAIT_MS);
  g_assert_cmpstr (name, ==, "Yasmine Benali");
  g_clear_pointer (&name, g_free);

  /* Typed since, and gone before the timer: the last words are kept too. */
  type_into (&desk, "name_entry", "Yasmine Benali-Ounis ✓");
  desk_destroy_form (&desk);
  name = draft_name (&desk, ACC_DRAFT_CALL);
  g_assert_cmpstr (name, ==, "Yasmine Benali-Ounis ✓");
  g_assert_cmpuint (count_calls (&desk), ==, 0);

  /* Open again: all of it back, and said so. */
  g_variant_unref (load_draft (&desk, ACC_DRAFT_CALL, &saved_at));
  desk_reopen (&desk, ACC_CHANNEL_PHONE);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Yasmine Benali-Ounis ✓");
  g_assert_cmpstr (text_of (&desk, "organisation_entry"), ==, "Association Les Minguettes");
  g_assert_cmpstr (text_of (&desk, "phone_entry"), ==, "07 11 22 33 44");
  g_assert_cmpstr (text_of (&desk, "email_entry"), ==, "yasmine.benali@example.org");
  g_assert_cmpstr (text_of (&desk, "reason_entry"), ==, "Demande d'information");
  notes = notes_of (&desk, "notes_view");
  g_assert_cmpstr (notes, ==, "Horaires de la permanence du samedi.");
  g_assert_true (gtk_check_button_get_active (widget (&desk, "greeted_check")));
  g_assert_true (gtk_check_button_get_active (widget (&desk, "name_asked_check")));
  g_assert_false (gtk_check_button_get_active (widget (&desk, "presented_check")));
  g_assert_true (gtk_toggle_button_get_active (widget (&desk, "message_toggle")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "message");
  g_assert_cmpint (selected_id (&desk, "recipient_dropdown"), ==, acc_staff_member_get_id (desk.supervisor));
  g_assert_true (gtk_check_button_get_active (widget (&desk, "urgent_check")));
  g_assert_cmpstr (text_of (&desk, "subject_entry"), ==, "Rappel avant midi");
  /* The name has the keyboard, unselected: the next key adds to it. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (desk.form)), widget (&desk, "name_entry")));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (widget (&desk, "name_entry")), NULL, NULL));

  g_assert_true (acc_test_is_shown (draft_notice (&desk)));
  saved_time = local_time (saved_at);
  g_assert_nonnull (strstr (acc_draft_notice_get_text (draft_notice (&desk)), "Draft from"));
  g_assert_nonnull (strstr (acc_draft_notice_get_text (draft_notice (&desk)), saved_time));

  /* Saved: the call as restored, started when the form first opened (as
   * saved_call() checks), and no draft left. */
  save_and_wait_closed (&desk);
  g_assert_false (has_draft (&desk, ACC_DRAFT_CALL));
  call = saved_call (&desk);
  g_assert_cmpstr (acc_interaction_get_name (call), ==, "Yasmine Benali-Ounis ✓");
  g_assert_cmpint (acc_interaction_get_outcome (call), ==, ACC_OUTCOME_MESSAGE);
  g_assert_cmpuint (acc_interaction_get_checklist (call), ==, ACC_CALL_STEP_GREETED | ACC_CALL_STEP_NAME_ASKED);
  messages = acc_repository_list_messages (desk.repository, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 1);
  message = g_list_model_get_item (messages, 0);
  g_assert_cmpstr (acc_message_get_reason (message), ==, "Rappel avant midi");
  g_assert_true (acc_message_get_urgent (message));

  /* And the next call opens empty. */
  desk_reopen (&desk, ACC_CHANNEL_PHONE);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (draft_notice (&desk))));

  desk_close (&desk);
}

/* Escape offers to keep the call as a draft; the notice's Discard then
 * empties the form and forgets it. */
static void
test_draft_keep_and_discard (void)
{
  Desk desk = { 0 };
  AdwMessageDialog *dialog;
  GPtrArray *buttons;
  GtkWidget *discard = NULL;

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  type_into (&desk, "name_entry", "Camille Durand");
  activate (&desk, "answered_toggle");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.form), "window.close", NULL));
  WAIT_UNTIL ((dialog = acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, WAIT_MS);
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  respond (dialog, "Keep as Dra_ft");
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_cmpuint (count_calls (&desk), ==, 0);
  g_assert_true (has_draft (&desk, ACC_DRAFT_CALL));

  desk_reopen (&desk, ACC_CHANNEL_PHONE);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Camille Durand");
  g_assert_true (gtk_toggle_button_get_active (widget (&desk, "answered_toggle")));
  g_assert_true (acc_test_is_shown (draft_notice (&desk)));

  /* Discard, as the person clicks it. */
  buttons = acc_test_find_all (draft_notice (&desk), GTK_TYPE_BUTTON, NULL);
  g_assert_cmpuint (buttons->len, ==, 1);
  discard = g_ptr_array_index (buttons, 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (discard)), ==, "Discard");
  g_signal_emit_by_name (discard, "clicked");
  g_ptr_array_unref (buttons);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (draft_notice (&desk))));
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "");
  g_assert_false (gtk_toggle_button_get_active (widget (&desk, "answered_toggle")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (widget (&desk, "outcome_stack")), ==, "none");
  g_assert_false (has_draft (&desk, ACC_DRAFT_CALL));

  /* Empty now: it closes without asking, and leaves no draft. */
  gtk_window_close (GTK_WINDOW (desk.form));
  WAIT_UNTIL (desk.form == NULL, WAIT_MS);
  g_assert_null (acc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (has_draft (&desk, ACC_DRAFT_CALL));

  desk_close (&desk);
}

/* A form typed in and emptied again leaves nothing behind; a call draft is
 * no visit draft. */
static void
test_draft_empty (void)
{
  Desk desk = { 0 };

  desk_prepare (&desk, NULL);
  desk_open_form (&desk);
  type_into (&desk, "name_entry", "Personne");
  desk_destroy_form (&desk);
  g_assert_true (has_draft (&desk, ACC_DRAFT_CALL));
  g_assert_false (has_draft (&desk, ACC_DRAFT_VISIT));

  desk_reopen (&desk, ACC_CHANNEL_VISIT);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (draft_notice (&desk))));
  desk_destroy_form (&desk);
  g_assert_false (has_draft (&desk, ACC_DRAFT_VISIT));

  desk_reopen (&desk, ACC_CHANNEL_PHONE);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Personne");
  type_into (&desk, "name_entry", "");
  desk_destroy_form (&desk);
  g_assert_false (has_draft (&desk, ACC_DRAFT_CALL));

  desk_close (&desk);
}

/* A visit's own parts come back too: the documents handed over, the
 * departure, the contact linked. */
static void
test_visit_draft_restored (void)
{
  Desk desk = { 0 };
  g_autoptr(AccInteraction) visit = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *departure = NULL;
  GVariant *ids;
  const gint64 *handed;
  gsize n_handed = 0;
  guint ticked = 0;

  desk_prepare (&desk, NULL);
  desk_open_visit (&desk);
  type_into (&desk, "name_entry", "Zoé Nouvelle");
  type_into (&desk, "phone_entry", "07 11 22 33 44");
  activate (&desk, "prospect_button");
  g_assert_true (acc_test_is_shown (widget (&desk, "linked_box")));
  activate (&desk, "introduced_check");
  hand_over (&desk, PRICE_LIST_TITLE);
  activate (&desk, "answered_toggle");
  type_into (&desk, "answer_entry", "Tarifs remis");
  activate (&desk, "departed_check");
  departure = g_strdup (text_of (&desk, "departure_entry"));
  desk_destroy_form (&desk);

  desk_reopen (&desk, ACC_CHANNEL_VISIT);
  g_assert_cmpstr (text_of (&desk, "name_entry"), ==, "Zoé Nouvelle");
  g_assert_true (acc_test_is_shown (widget (&desk, "linked_box")));
  g_assert_nonnull (strstr (label_text (&desk, "linked_label"), "Zoé Nouvelle"));
  g_assert_true (gtk_check_button_get_active (widget (&desk, "introduced_check")));
  g_assert_true (gtk_check_button_get_active (widget (&desk, "departed_check")));
  g_assert_cmpstr (text_of (&desk, "departure_entry"), ==, departure);
  g_assert_cmpstr (text_of (&desk, "answer_entry"), ==, "Tarifs remis");
  checks = document_checks (&desk);
  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      {
        ticked++;
        g_assert_cmpstr (document_title (g_ptr_array_index (checks, i)), ==, PRICE_LIST_TITLE);
      }
  g_assert_cmpuint (ticked, ==, 1);
  g_assert_true (acc_test_is_shown (draft_notice (&desk)));

  save_and_wait_closed (&desk);
  g_assert_false (has_draft (&desk, ACC_DRAFT_VISIT));
  visit = saved_visit (&desk);
  found = acc_repository_search_contacts (desk.repository, "Zoé Nouvelle", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (acc_interaction_get_contact_id (visit), ==,
                   acc_contact_get_id (g_ptr_array_index (found, 0)));
  ids = acc_interaction_get_document_ids (visit);
  g_assert_nonnull (ids);
  handed = g_variant_get_fixed_array (ids, &n_handed, sizeof (gint64));
  g_assert_cmpuint (n_handed, ==, 1);
  g_assert_cmpint (handed[0], ==, acc_document_get_id (desk.price_list));
  g_assert_cmpint (acc_interaction_get_ended_at (visit), >, 0);

  desk_close (&desk);
}

/* Each case in its own process, on its own temporary folder -------------- */

static const AccTestCase cases[] = {
  { "/call-form/opens", test_opens },
  { "/call-form/default-greeting", test_default_greeting },
  { "/call-form/outcome-required", test_outcome_required },
  { "/call-form/field-errors", test_field_errors },
  { "/call-form/too-long", test_too_long },
  { "/call-form/answered", test_answered },
  { "/call-form/transferred", test_transferred },
  { "/call-form/oriented", test_oriented },
  { "/call-form/message", test_message },
  { "/call-form/supervisor-unreachable", test_supervisor_unreachable },
  { "/call-form/contact-lookup", test_contact_lookup },
  { "/call-form/contact-lookup-keys-ahead", test_contact_lookup_keys_ahead },
  { "/call-form/save-as-prospect", test_save_as_prospect },
  { "/call-form/cancel-asks", test_cancel_asks },
  { "/call-form/cancel-asks-for-ticks", test_cancel_asks_for_ticks },
  { "/call-form/repository-error", test_repository_error },
  { "/call-form/disk-full", test_disk_full },
  { "/visit-form/opens", test_visit_opens },
  { "/visit-form/default-greeting", test_visit_default_greeting },
  { "/visit-form/answered", test_visit_answered },
  { "/visit-form/supervisor-called", test_visit_supervisor_called },
  { "/visit-form/message-left", test_visit_message_left },
  { "/visit-form/departure", test_visit_departure },
  { "/visit-form/cancel-asks", test_visit_cancel_asks },
  { "/window/new-entry", test_window_new_entry },
  { "/call-form/draft-restored", test_draft_restored },
  { "/call-form/draft-keep-and-discard", test_draft_keep_and_discard },
  { "/call-form/draft-empty", test_draft_empty },
  { "/visit-form/draft-restored", test_visit_draft_restored },
};

int
main (int   argc,
      char *argv[])
{
  acc_test_init (&argc, &argv);
  acc_test_add_cases ("interaction-form", cases, G_N_ELEMENTS (cases), CASE_TIMEOUT_S);
  return g_test_run ();
}
