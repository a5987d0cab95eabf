/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-interaction-form-private.h — what the files of the call and visit
 * form share: the instance, and the functions one concern offers another.
 *
 *   acc-interaction-form.c           the window: channel, greeting, steps,
 *                                    caller's fields, reasons, documents,
 *                                    departure, saving and closing
 *   acc-interaction-form-contacts.c  the look-up in the contacts file, the
 *                                    linked contact, "save as prospect"
 *   acc-interaction-form-outcome.c   the outcome and its four branches,
 *                                    the message taken or left
 *   acc-interaction-form-draft.c     the form in progress kept as a draft,
 *                                    and put back when the form opens
 */
#pragma once

#include "acc-draft-keeper.h"
#include "acc-draft-notice.h"
#include "acc-interaction-form.h"

G_BEGIN_DECLS

struct _AccInteractionForm
{
  AdwWindow parent_instance;

  AccRepository *repository;
  AccStaffMember *agent;
  AccChannel channel;
  gint64 started_at;             /* the call starts, the visitor arrives */

  GtkStringList *reasons;        /* the organisation's */
  GListStore *supervisors;       /* AccStaffMember */
  GListStore *recipients;        /* AccStaffMember */
  GListModel *directory;         /* AccDirectoryEntry */
  GPtrArray *document_checks;    /* GtkCheckButton, one per document offered */

  GListStore *matches;           /* AccContact, as the lookup found them */
  GtkEntry *lookup_entry;        /* the field typed in last; not owned */
  guint lookup_source;
  GCancellable *lookup_cancellable;  /* the look-up under way, if any */
  char *lookup_text;             /* what it is for: only its result is shown */
  AccContact *linked_contact;

  AdwMessageDialog *discard_dialog;  /* weak */
  AccDraftKeeper draft;

  guint filling : 1;             /* fields set by the form, not typed */
  guint all_reasons : 1;         /* the list of reasons unfiltered */
  guint syncing : 1;             /* message defaults being copied */
  guint subject_edited : 1;
  guint body_edited : 1;
  guint discard_confirmed : 1;
  guint disposing : 1;
  guint restoring : 1;           /* fields set from the draft */
  guint focus_match_pending : 1; /* Down pressed before the look-up ended */
  guint choose_match_pending : 1; /* …and Enter too */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget *cancel_button;
  GtkWidget *save_button;
  GtkLabel *save_error;
  AccDraftNotice *draft_notice;
  GtkLabel *greeting_label;
  /* The steps of both procedures; each channel shows its own. */
  GtkCheckButton *greeted_check;
  GtkCheckButton *introduced_check;
  GtkCheckButton *reason_asked_check;
  GtkCheckButton *name_asked_check;
  GtkCheckButton *presented_check;
  GtkCheckButton *informed_check;
  GtkCheckButton *supervisor_called_check;
  GtkCheckButton *oriented_check;
  GtkLabel *name_label;
  GtkEntry *name_entry;
  GtkLabel *name_error;
  GtkEntry *organisation_entry;
  GtkEntry *phone_entry;
  GtkLabel *phone_error;
  GtkEntry *email_entry;
  GtkLabel *email_error;
  GtkEntry *reason_entry;
  GtkMenuButton *reason_button;
  GtkListBox *reason_list;
  GtkTextView *notes_view;
  GtkWidget *documents_label;
  GtkBox *documents_box;
  GtkLabel *documents_empty_label;
  GtkWidget *departure_box;
  GtkCheckButton *departed_check;
  GtkEntry *departure_entry;
  GtkLabel *departure_error;
  GtkStack *contacts_stack;
  GtkListBox *contacts_list;
  GtkLabel *contacts_empty_label;
  GtkWidget *linked_box;
  GtkLabel *linked_label;
  GtkWidget *prospect_button;
  GtkToggleButton *answered_toggle;
  GtkToggleButton *transferred_toggle;
  GtkToggleButton *oriented_toggle;
  GtkToggleButton *message_toggle;
  GtkStack *outcome_stack;
  GtkLabel *outcome_hint_label;
  GtkEntry *answer_entry;
  GtkDropDown *supervisor_dropdown;
  GtkLabel *supervisor_phone_label;
  GtkDropDown *directory_dropdown;
  GtkLabel *directory_phone_label;
  GtkLabel *directory_address_label;
  GtkWidget *directory_hours_caption;
  GtkLabel *directory_hours_label;
  GtkDropDown *recipient_dropdown;
  GtkCheckButton *urgent_check;
  GtkEntry *subject_entry;
  GtkTextView *body_view;
  GtkLabel *outcome_error;
};

/* The words that differ between a call and a visit (untranslated: N_()). */
typedef struct
{
  const char *title;
  const char *subtitle_format;     /* g_date_time_format(), the start time */
  const char *cancel_tooltip;
  const char *save_tooltip;
  const char *save_error_description;
  const char *name_label;
  const char *name_required;
  const char *contacts_empty;
  const char *prospect_tooltip;
  const char *transferred_toggle;
  const char *message_toggle;
  const char *outcome_hint;
  const char *outcome_required;
  const char *supervisor_required; /* NULL: the core's own words */
  const char *subject_required;
  const char *discard_heading;
  const char *discard_body;
} AccInteractionFormWords;

/* acc-interaction-form.c */
const AccInteractionFormWords *_acc_interaction_form_words (AccInteractionForm *self);
void        _acc_interaction_form_enter_activates_rows (GtkListBox   *list);
char       *_acc_interaction_form_editable_text      (gpointer            editable);
char       *_acc_interaction_form_text_view_text     (GtkTextView        *view);
gboolean    _acc_interaction_form_text_view_is_empty (GtkTextView        *view);
gboolean    _acc_interaction_form_editable_is_empty  (gpointer            editable);
void        _acc_interaction_form_focus_entry        (gpointer            entry);
void        _acc_interaction_form_focus              (GtkWidget          *widget);
void        _acc_interaction_form_show_label_error   (GtkLabel           *label,
                                                      const char         *text);
void        _acc_interaction_form_show_load_error    (AccInteractionForm *self,
                                                      GError             *error);
GtkWidget  *_acc_interaction_form_check_caller_fields (AccInteractionForm *self);
void        _acc_interaction_form_update_actions     (AccInteractionForm *self);
gboolean    _acc_interaction_form_is_dirty           (AccInteractionForm *self);
guint       _acc_interaction_form_get_checklist      (AccInteractionForm *self);
void        _acc_interaction_form_set_checklist      (AccInteractionForm *self,
                                                      guint               steps);
GVariant   *_acc_interaction_form_get_document_ids   (AccInteractionForm *self);
void        _acc_interaction_form_set_document_ids   (AccInteractionForm *self,
                                                      GVariant           *ids);
void        _acc_interaction_form_set_started_at     (AccInteractionForm *self,
                                                      gint64              started_at);

/* acc-interaction-form-contacts.c */
void        _acc_interaction_form_class_init_contacts (GtkWidgetClass    *widget_class);
void        _acc_interaction_form_init_contacts      (AccInteractionForm *self);
void        _acc_interaction_form_link_contact       (AccInteractionForm *self,
                                                      AccContact         *contact);
void        _acc_interaction_form_cancel_lookup      (AccInteractionForm *self);

/* acc-interaction-form-outcome.c */
void        _acc_interaction_form_class_init_outcome (GtkWidgetClass     *widget_class);
void        _acc_interaction_form_init_outcome       (AccInteractionForm *self);
void        _acc_interaction_form_load_staff         (AccInteractionForm *self);
void        _acc_interaction_form_load_directory     (AccInteractionForm *self);
AccOutcome  _acc_interaction_form_current_outcome    (AccInteractionForm *self,
                                                      gboolean           *chosen);
void        _acc_interaction_form_sync_subject       (AccInteractionForm *self);
GtkWidget  *_acc_interaction_form_check_outcome      (AccInteractionForm *self,
                                                      AccInteraction     *interaction,
                                                      AccMessage        **message);

/* acc-interaction-form-draft.c */
void        _acc_interaction_form_class_init_draft   (GtkWidgetClass     *widget_class);
void        _acc_interaction_form_init_draft         (AccInteractionForm *self);
void        _acc_interaction_form_restore_draft      (AccInteractionForm *self);
void        _acc_interaction_form_draft_changed      (AccInteractionForm *self);

G_END_DECLS
