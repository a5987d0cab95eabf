-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the desk's log (answering-machine confirmations and
-- voicemail checks), the history of corrections made to calls and visits,
-- and full-text search in the calls book and the visits register.
--
-- Times are UTC unix microseconds, as in version 1.

-- At the start of a phone slot the agent confirms that the answering machine
-- is off, at its end that it is on again: one row per slot boundary and
-- direction. A second window confirming the same boundary adds nothing (the
-- first confirmation is the one kept), hence the unique key.
CREATE TABLE answering_machine_events (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,                      -- when it was confirmed
  staff_id    INTEGER REFERENCES staff (id),         -- who confirmed it
  switched_on INTEGER NOT NULL CHECK (switched_on IN (0, 1)),
  boundary_at INTEGER NOT NULL,                      -- the slot start or end it is for
  UNIQUE (boundary_at, switched_on)
);
CREATE INDEX answering_machine_events_at ON answering_machine_events (at);

-- Each time the voicemail was listened to, by whom, and how many messages it
-- held; the messages themselves are rows of messages pointing here.
CREATE TABLE voicemail_checks (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  staff_id      INTEGER REFERENCES staff (id),
  message_count INTEGER NOT NULL CHECK (message_count >= 0)
);
CREATE INDEX voicemail_checks_at ON voicemail_checks (at);

ALTER TABLE messages ADD COLUMN voicemail_check_id INTEGER
  REFERENCES voicemail_checks (id) ON DELETE SET NULL;
CREATE INDEX messages_voicemail_check ON messages (voicemail_check_id);

-- Corrections of a call or a visit: one row per field changed, with who
-- changed it and when. field is the name of the AccInteraction property.
CREATE TABLE interaction_changes (
  id             INTEGER PRIMARY KEY,
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  staff_id       INTEGER REFERENCES staff (id),
  field          TEXT NOT NULL,
  old_value      TEXT,
  new_value      TEXT
);
CREATE INDEX interaction_changes_interaction ON interaction_changes (interaction_id, at);

-- Search in the books ignores case and accents, as the contacts file does.
CREATE VIRTUAL TABLE interactions_fts USING fts5 (
  name, organisation, reason, notes,
  content = 'interactions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions BEGIN
  INSERT INTO interactions_fts (rowid, name, organisation, reason, notes)
  VALUES (new.id, new.name, new.organisation, new.reason, new.notes);
END;
CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions BEGIN
  INSERT INTO interactions_fts (interactions_fts, rowid, name, organisation, reason, notes)
  VALUES ('delete', old.id, old.name, old.organisation, old.reason, old.notes);
END;
CREATE TRIGGER interactions_fts_update AFTER UPDATE OF name, organisation, reason, notes ON interactions BEGIN
  INSERT INTO interactions_fts (interactions_fts, rowid, name, organisation, reason, notes)
  VALUES ('delete', old.id, old.name, old.organisation, old.reason, old.notes);
  INSERT INTO interactions_fts (rowid, name, organisation, reason, notes)
  VALUES (new.id, new.name, new.organisation, new.reason, new.notes);
END;

-- The calls and visits already in the books.
INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild');
