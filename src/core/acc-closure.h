/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_CLOSURE (acc_closure_get_type ())

G_DECLARE_FINAL_TYPE (AccClosure, acc_closure, ACC, CLOSURE, GObject)

AccClosure    *acc_closure_new           (AccClosureKind kind,
                                          const char    *first_day,
                                          const char    *last_day,
                                          const char    *label);
gint64         acc_closure_get_id        (AccClosure    *self);
void           acc_closure_set_id        (AccClosure    *self,
                                          gint64         id);
AccClosureKind acc_closure_get_kind      (AccClosure    *self);
void           acc_closure_set_kind      (AccClosure    *self,
                                          AccClosureKind kind);
const char    *acc_closure_get_first_day (AccClosure    *self);
void           acc_closure_set_first_day (AccClosure    *self,
                                          const char    *first_day);
const char    *acc_closure_get_last_day  (AccClosure    *self);
void           acc_closure_set_last_day  (AccClosure    *self,
                                          const char    *last_day);
const char    *acc_closure_get_label     (AccClosure    *self);
void           acc_closure_set_label     (AccClosure    *self,
                                          const char    *label);
gboolean       acc_closure_covers        (AccClosure    *self,
                                          const char    *day);

G_END_DECLS
