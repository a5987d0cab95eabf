/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-draft-keeper.c — what the call, visit and message forms share to keep
 * what is typed as a draft: every change (re)arms a short timer; when it
 * fires, or when the form flushes (asked to close, destroyed unsaved), the
 * form's fields are saved in the repository, or the draft is forgotten
 * when the form holds nothing. Saving the form, or discarding it,
 * forgets the draft. The form puts a draft back itself: only it knows its
 * fields. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include "acc-draft-keeper.h"

/* Long enough not to write at every key, short enough that a crash loses
 * a few words at most. */
#define DRAFT_DELAY_MS 2000

/**
 * acc_draft_keeper_start:
 * @repository: (not owned): where the draft goes; must outlive the keeper's
 *   use, until acc_draft_keeper_stop()
 * @owner_id: the staff member at the desk, or 0
 * @collect: reads @form's fields
 *
 * From now on, changes are kept. Before, they are the form's own (its
 * defaults, a draft being put back).
 */
void
acc_draft_keeper_start (AccDraftKeeper      *keeper,
                        AccRepository       *repository,
                        AccDraftKind         kind,
                        gint64               owner_id,
                        AccDraftCollectFunc  collect,
                        gpointer             form)
{
  g_return_if_fail (ACC_IS_REPOSITORY (repository));
  g_return_if_fail (collect != NULL);

  keeper->repository = repository;
  keeper->kind = kind;
  keeper->owner_id = owner_id;
  keeper->collect = collect;
  keeper->form = form;
  keeper->started = TRUE;
}

void
acc_draft_keeper_flush (AccDraftKeeper *keeper)
{
  g_autoptr(GError) error = NULL;
  GVariant *fields;
  gboolean done;

  g_clear_handle_id (&keeper->source, g_source_remove);
  if (!keeper->started)
    return;

  fields = keeper->collect (keeper->form);
  if (fields != NULL)
    done = acc_repository_save_draft (keeper->repository, keeper->kind, keeper->owner_id, fields, &error);
  else
    done = acc_repository_discard_draft (keeper->repository, keeper->kind, keeper->owner_id, &error);
  if (!done)
    g_warning ("The form in progress could not be kept as a draft: %s", error->message);
}

static gboolean
on_timeout (gpointer user_data)
{
  AccDraftKeeper *keeper = user_data;

  keeper->source = 0;
  acc_draft_keeper_flush (keeper);
  return G_SOURCE_REMOVE;
}

/* A change: kept in a moment, unless another comes first. */
void
acc_draft_keeper_changed (AccDraftKeeper *keeper)
{
  if (!keeper->started)
    return;
  g_clear_handle_id (&keeper->source, g_source_remove);
  keeper->source = g_timeout_add (DRAFT_DELAY_MS, on_timeout, keeper);
}

/* Saved, or thrown away: no draft. */
void
acc_draft_keeper_forget (AccDraftKeeper *keeper)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&keeper->source, g_source_remove);
  if (!keeper->started)
    return;
  if (!acc_repository_discard_draft (keeper->repository, keeper->kind, keeper->owner_id, &error))
    g_warning ("The draft could not be discarded: %s", error->message);
}

/* The form is going: nothing more is kept. */
void
acc_draft_keeper_stop (AccDraftKeeper *keeper)
{
  g_clear_handle_id (&keeper->source, g_source_remove);
  keeper->started = FALSE;
  keeper->repository = NULL;
  keeper->form = NULL;
}
