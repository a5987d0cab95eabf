/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "acc-types.h"

G_BEGIN_DECLS

#define ACC_TYPE_DIRECTORY_ENTRY (acc_directory_entry_get_type ())

G_DECLARE_FINAL_TYPE (AccDirectoryEntry, acc_directory_entry, ACC, DIRECTORY_ENTRY, GObject)

AccDirectoryEntry *acc_directory_entry_new          (const char        *name);
gint64             acc_directory_entry_get_id       (AccDirectoryEntry *self);
void               acc_directory_entry_set_id       (AccDirectoryEntry *self,
                                                     gint64             id);
const char        *acc_directory_entry_get_name     (AccDirectoryEntry *self);
void               acc_directory_entry_set_name     (AccDirectoryEntry *self,
                                                     const char        *name);
const char        *acc_directory_entry_get_category (AccDirectoryEntry *self);
void               acc_directory_entry_set_category (AccDirectoryEntry *self,
                                                     const char        *category);
const char        *acc_directory_entry_get_phone    (AccDirectoryEntry *self);
void               acc_directory_entry_set_phone    (AccDirectoryEntry *self,
                                                     const char        *phone);
const char        *acc_directory_entry_get_email    (AccDirectoryEntry *self);
void               acc_directory_entry_set_email    (AccDirectoryEntry *self,
                                                     const char        *email);
const char        *acc_directory_entry_get_address  (AccDirectoryEntry *self);
void               acc_directory_entry_set_address  (AccDirectoryEntry *self,
                                                     const char        *address);
const char        *acc_directory_entry_get_website  (AccDirectoryEntry *self);
void               acc_directory_entry_set_website  (AccDirectoryEntry *self,
                                                     const char        *website);
const char        *acc_directory_entry_get_hours    (AccDirectoryEntry *self);
void               acc_directory_entry_set_hours    (AccDirectoryEntry *self,
                                                     const char        *hours);
const char        *acc_directory_entry_get_notes    (AccDirectoryEntry *self);
void               acc_directory_entry_set_notes    (AccDirectoryEntry *self,
                                                     const char        *notes);

G_END_DECLS
