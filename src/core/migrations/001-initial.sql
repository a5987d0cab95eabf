-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the organisation, its staff and schedules, the contacts
-- file, the calls book and visits register (one table, two channels), the
-- messages book with its history, the directory of local services and the
-- documents to keep current.
--
-- Times are UTC unix microseconds. Integer codes (role, channel, outcome,
-- source, status, kind) are the values of the enums in acc-types.h and never
-- change meaning.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  role       INTEGER NOT NULL CHECK (role >= 0),
  phone      TEXT,
  email      TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE contacts (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  organisation TEXT,
  phone        TEXT,              -- E.164
  phone_digits TEXT,              -- the national significant digits, for search
  email        TEXT,
  address      TEXT,
  kind         INTEGER NOT NULL DEFAULT 1,
  notes        TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE, id);
CREATE INDEX contacts_phone_digits ON contacts (phone_digits);
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE);

-- Search on names and organisations ignores case and accents: « helene »
-- finds « Hélène ». Prefix indexes make search-as-you-type cheap.
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  name, organisation,
  content = 'contacts', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_fts (rowid, name, organisation)
  VALUES (new.id, new.name, new.organisation);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, name, organisation)
  VALUES ('delete', old.id, old.name, old.organisation);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, organisation ON contacts BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, name, organisation)
  VALUES ('delete', old.id, old.name, old.organisation);
  INSERT INTO contacts_fts (rowid, name, organisation)
  VALUES (new.id, new.name, new.organisation);
END;

CREATE TABLE directory (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  category TEXT,
  phone    TEXT,
  email    TEXT,
  address  TEXT,
  website  TEXT,
  hours    TEXT,
  notes    TEXT
);

-- Calls (channel 0) and visits (channel 1).
CREATE TABLE interactions (
  id             INTEGER PRIMARY KEY,
  channel        INTEGER NOT NULL CHECK (channel IN (0, 1)),
  started_at     INTEGER NOT NULL,
  ended_at       INTEGER,
  staff_id       INTEGER REFERENCES staff (id),
  contact_id     INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  name           TEXT NOT NULL,
  organisation   TEXT,
  phone          TEXT,
  email          TEXT,
  reason         TEXT,
  notes          TEXT,
  outcome        INTEGER NOT NULL CHECK (outcome >= 0),
  outcome_detail TEXT,
  supervisor_id  INTEGER REFERENCES staff (id),
  directory_id   INTEGER REFERENCES directory (id) ON DELETE SET NULL,
  checklist      INTEGER NOT NULL DEFAULT 0
);
-- The books list each channel newest first. The index covers the filters,
-- so that skipping to a page deep in the book never reads the table.
CREATE INDEX interactions_channel_started ON interactions (channel, started_at DESC, id DESC, outcome);
CREATE INDEX interactions_contact ON interactions (contact_id);
CREATE INDEX interactions_staff ON interactions (staff_id);

CREATE TABLE messages (
  id                INTEGER PRIMARY KEY,
  created_at        INTEGER NOT NULL,
  taken_by_id       INTEGER REFERENCES staff (id),
  recipient_id      INTEGER NOT NULL REFERENCES staff (id),
  source            INTEGER NOT NULL CHECK (source >= 0),
  interaction_id    INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
  contact_id        INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  name              TEXT NOT NULL,
  organisation      TEXT,
  phone             TEXT,
  email             TEXT,
  reason            TEXT NOT NULL,
  body              TEXT,
  urgent            INTEGER NOT NULL DEFAULT 0,
  due_at            INTEGER,
  status            INTEGER NOT NULL DEFAULT 0 CHECK (status >= 0),
  resolution        TEXT,
  status_changed_at INTEGER NOT NULL,
  -- A message forwarded to someone else is closed for its first recipient and
  -- continues as a new message that points back to it.
  forwarded_from_id INTEGER REFERENCES messages (id) ON DELETE SET NULL
);
CREATE INDEX messages_recipient ON messages (recipient_id, created_at DESC, id DESC, status);
CREATE INDEX messages_created ON messages (created_at DESC, id DESC, status);
CREATE INDEX messages_interaction ON messages (interaction_id);

-- Every change of a message's status, with who and when: the auditor's trail.
CREATE TABLE message_events (
  id              INTEGER PRIMARY KEY,
  message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  at              INTEGER NOT NULL,
  staff_id        INTEGER REFERENCES staff (id),
  status          INTEGER NOT NULL,
  note            TEXT,
  forwarded_to_id INTEGER REFERENCES staff (id)
);
CREATE INDEX message_events_message ON message_events (message_id, at);

CREATE TABLE documents (
  id                   INTEGER PRIMARY KEY,
  title                TEXT NOT NULL,
  kind                 INTEGER NOT NULL,
  location             TEXT,
  reviewed_at          INTEGER,
  reviewed_by_id       INTEGER REFERENCES staff (id),
  review_interval_days INTEGER NOT NULL DEFAULT 365
);

-- Weekly ranges: phone slots (kind 0) and opening hours (kind 1), in local
-- time, minutes after midnight, ISO weekday (1 = Monday).
CREATE TABLE schedule_ranges (
  id           INTEGER PRIMARY KEY,
  kind         INTEGER NOT NULL,
  weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  CHECK (start_minute < end_minute)
);

CREATE TABLE closures (
  id        INTEGER PRIMARY KEY,
  kind      INTEGER NOT NULL,
  first_day TEXT NOT NULL,          -- YYYY-MM-DD, local
  last_day  TEXT NOT NULL,          -- inclusive
  label     TEXT,
  CHECK (first_day <= last_day)
);

-- The reasons (motifs) offered in the call and visit forms.
CREATE TABLE reasons (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  active   INTEGER NOT NULL DEFAULT 1
);
