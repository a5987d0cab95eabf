-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: search in the messages book, and the due times of open
-- messages at hand.
--
-- Times are UTC unix microseconds, as in versions 1 and 2.

-- Search in the messages book ignores case and accents, as the calls book
-- and the contacts file do: « helene » finds « Hélène ».
CREATE VIRTUAL TABLE messages_fts USING fts5 (
  name, organisation, reason,
  content = 'messages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts (rowid, name, organisation, reason)
  VALUES (new.id, new.name, new.organisation, new.reason);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, name, organisation, reason)
  VALUES ('delete', old.id, old.name, old.organisation, old.reason);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF name, organisation, reason ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, name, organisation, reason)
  VALUES ('delete', old.id, old.name, old.organisation, old.reason);
  INSERT INTO messages_fts (rowid, name, organisation, reason)
  VALUES (new.id, new.name, new.organisation, new.reason);
END;

-- The messages already in the book.
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');

-- The open messages (new, read, in progress: status < 3) by due time: the
-- next due time to wake up for, and the messages now due, without reading
-- the whole book. Queries must say "status < 3" literally to use it.
CREATE INDEX messages_open_due ON messages (due_at) WHERE status < 3 AND due_at IS NOT NULL;
