-- SPDX-License-Identifier: GPL-3.0-or-later
-- 006: forms in progress. A call, visit or message being typed is kept
-- here every few seconds, so that a crash or a close loses nothing; one
-- draft per kind of form and per person at the desk. The fields are the
-- form's own (GVariant text of an a{sv}, laid out as `format` says): they
-- hold names, so the RGPD purge deletes the old ones.
CREATE TABLE drafts (
  kind       INTEGER NOT NULL,       -- AccDraftKind: 0 call, 1 visit, 2 message
  owner_id   INTEGER NOT NULL,       -- the staff member at the desk; 0 the desk itself
  format     INTEGER NOT NULL,       -- the layout of fields; 1 so far
  fields     TEXT NOT NULL,
  contact_id INTEGER,                -- the contact linked in the form, if any: erasing
                                     -- that person deletes the draft (no foreign key:
                                     -- a draft never stops a contact going)
  updated_at INTEGER NOT NULL,       -- unix microseconds, UTC
  PRIMARY KEY (kind, owner_id)
) WITHOUT ROWID;
