/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "acc-core.h"

G_BEGIN_DECLS

/* The form's fields as an a{sv} (floating), or %NULL when it holds nothing
 * worth keeping. */
typedef GVariant *(*AccDraftCollectFunc) (gpointer form);

/* What a form embeds to keep itself as a draft (acc-draft-keeper.c). */
typedef struct
{
  /*< private >*/
  AccRepository *repository;     /* not owned: the form's */
  AccDraftKind kind;
  gint64 owner_id;
  AccDraftCollectFunc collect;
  gpointer form;
  guint source;
  gboolean started;
} AccDraftKeeper;

void      acc_draft_keeper_start   (AccDraftKeeper      *keeper,
                                    AccRepository       *repository,
                                    AccDraftKind         kind,
                                    gint64               owner_id,
                                    AccDraftCollectFunc  collect,
                                    gpointer             form);
void      acc_draft_keeper_changed (AccDraftKeeper      *keeper);
void      acc_draft_keeper_flush   (AccDraftKeeper      *keeper);
void      acc_draft_keeper_forget  (AccDraftKeeper      *keeper);
void      acc_draft_keeper_stop    (AccDraftKeeper      *keeper);

G_END_DECLS
