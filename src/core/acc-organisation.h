/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_ORGANISATION (acc_organisation_get_type ())

/* The default greetings are French on purpose and not marked for translation:
 * they are data, which the organisation edits in its own language. */
#define ACC_DEFAULT_PHONE_GREETING "{organisation}, {agent}, bonjour !"
#define ACC_DEFAULT_VISIT_GREETING "Bonjour, {agent}, chargé(e) d'accueil"

/* A year of hours: far beyond any deadline, and small enough to turn into
 * microseconds without overflow. */
#define ACC_ORGANISATION_MAX_MESSAGE_DEADLINE_HOURS (24 * 365)

/* Data retention, in months: three years by default; at least one, at
 * most fifty years. */
#define ACC_ORGANISATION_DEFAULT_RETENTION_MONTHS 36
#define ACC_ORGANISATION_MIN_RETENTION_MONTHS 1
#define ACC_ORGANISATION_MAX_RETENTION_MONTHS (12 * 50)

G_DECLARE_FINAL_TYPE (AccOrganisation, acc_organisation, ACC, ORGANISATION, GObject)

AccOrganisation *acc_organisation_new                        (void);
const char      *acc_organisation_get_name                   (AccOrganisation *self);
void             acc_organisation_set_name                   (AccOrganisation *self,
                                                              const char      *name);
const char      *acc_organisation_get_address                (AccOrganisation *self);
void             acc_organisation_set_address                (AccOrganisation *self,
                                                              const char      *address);
const char      *acc_organisation_get_phone                  (AccOrganisation *self);
void             acc_organisation_set_phone                  (AccOrganisation *self,
                                                              const char      *phone);
const char      *acc_organisation_get_email                  (AccOrganisation *self);
void             acc_organisation_set_email                  (AccOrganisation *self,
                                                              const char      *email);
const char      *acc_organisation_get_website                (AccOrganisation *self);
void             acc_organisation_set_website                (AccOrganisation *self,
                                                              const char      *website);
const char      *acc_organisation_get_phone_greeting         (AccOrganisation *self);
void             acc_organisation_set_phone_greeting         (AccOrganisation *self,
                                                              const char      *phone_greeting);
const char      *acc_organisation_get_visit_greeting         (AccOrganisation *self);
void             acc_organisation_set_visit_greeting         (AccOrganisation *self,
                                                              const char      *visit_greeting);
guint            acc_organisation_get_message_deadline_hours (AccOrganisation *self);
void             acc_organisation_set_message_deadline_hours (AccOrganisation *self,
                                                              guint            message_deadline_hours);
guint            acc_organisation_get_retention_months       (AccOrganisation *self);
void             acc_organisation_set_retention_months       (AccOrganisation *self,
                                                              guint            retention_months);
char            *acc_organisation_format_greeting            (const char      *template_text,
                                                              const char      *organisation,
                                                              const char      *agent);

G_END_DECLS
