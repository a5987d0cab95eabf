/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-procedure-pdf.h — the « Procédure d'accueil » document: the fiche's
 * table (Responsables / Tâches / Outils utilisés) for phone and in-person
 * reception, filled from the organisation's configuration, about two A4
 * pages. No GTK here: the CLI links it. */
#pragma once

#include "acc-core.h"

G_BEGIN_DECLS

#define ACC_TYPE_PROCEDURE (acc_procedure_get_type ())
G_DECLARE_FINAL_TYPE (AccProcedure, acc_procedure, ACC, PROCEDURE, GObject)

AccProcedure *acc_procedure_new_from_repository (AccRepository  *repository,
                                                 GError        **error);
/* The tasks of the document, in its order: their stable keys (the settings
 * hold "procedure.<key>"), titles, and texts. */
guint         acc_procedure_get_n_tasks         (AccProcedure   *self);
const char   *acc_procedure_get_task_key        (AccProcedure   *self,
                                                 guint           index);
const char   *acc_procedure_get_task_title      (AccProcedure   *self,
                                                 guint           index);
AccChannel    acc_procedure_get_task_channel    (AccProcedure   *self,
                                                 guint           index);
/* The text as the manager wrote it (or the default), with its
 * placeholders: {phone_slots}, {opening_hours}, {phone_greeting},
 * {visit_greeting}, {supervisors}, {deadline}, {organisation}. */
const char   *acc_procedure_get_task_text       (AccProcedure   *self,
                                                 guint           index);
const char   *acc_procedure_get_task_default_text (AccProcedure *self,
                                                 guint           index);
void          acc_procedure_set_task_text       (AccProcedure   *self,
                                                 guint           index,
                                                 const char     *text);
/* The text with its placeholders replaced, as the PDF shows it. */
char         *acc_procedure_expand_text         (AccProcedure   *self,
                                                 const char     *text);
/* Sets the « Mis à jour le » date (default: today). */
void          acc_procedure_set_date            (AccProcedure   *self,
                                                 GDateTime      *date);
guint         acc_procedure_write_pdf           (AccProcedure   *self,
                                                 const char     *path,
                                                 GError        **error);

G_END_DECLS
