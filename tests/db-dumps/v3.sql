-- SPDX-License-Identifier: GPL-3.0-or-later
-- A version-3 Accueil database, as `sqlite3 FILE .dump` writes it: the schema
-- of src/core/migrations/001-initial.sql to 003-messages-search.sql as
-- released, with a few rows in every table (staff, contacts, calls and visits
-- with their search index and a correction, messages from a call, a visit,
-- the desk and the voicemail with their history, the desk log, directory,
-- documents, phone slots, opening hours, closures, reasons, settings). The
-- file it was made from was written through the version-3 core's public API
-- and passed the version-3 `accueil-cli check`.
--
-- tests/test-migrations.c loads it into a temporary file and opens it with
-- the current code. Never edit it by hand: a new schema version gets a dump
-- of its own (v4.sql…), made the same way, and this one stays as it is.
--
-- `.dump` does not write the schema version: it is set at the end.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('organisation.address','14 rue des Tanneurs, 37530 Villebourg-sur-Loire');
INSERT INTO settings VALUES('organisation.email','accueil@ad-valdeloire.fr');
INSERT INTO settings VALUES('organisation.name','Aide à Domicile du Val-de-Loire');
INSERT INTO settings VALUES('organisation.phone','02 61 91 00 00');
CREATE TABLE staff (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  role       INTEGER NOT NULL CHECK (role >= 0),
  phone      TEXT,
  email      TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
INSERT INTO staff VALUES(1,'Véronique Martin',0,NULL,NULL,1,1795780089563751);
INSERT INTO staff VALUES(2,'Nadia Benali',1,'+33639981234',NULL,1,1795780089563922);
INSERT INTO staff VALUES(3,'Paul Lambert',2,NULL,NULL,1,1795780089564062);
INSERT INTO staff VALUES(4,'Sylvie Roux',0,NULL,NULL,0,1795780089564207);
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
INSERT INTO contacts VALUES(1,'Hélène Dupré','Mairie de Villebourg','+33261911020','261911020',NULL,NULL,1,NULL,1795780089564347,1795780089564347);
INSERT INTO contacts VALUES(2,'Jean-François Lefèvre',NULL,'+33639984567','639984567',NULL,NULL,1,NULL,1795780089564702,1795780089564702);
INSERT INTO contacts VALUES(3,'Maëlle Gonçalves','Crèche Les Écureuils',NULL,NULL,NULL,NULL,1,NULL,1795780089564941,1795780089564941);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','contacts_fts','contacts_fts',0,'CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  name, organisation,
  content = ''contacts'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'contacts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO contacts_fts_data VALUES(1,X'030706');
INSERT INTO contacts_fts_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO contacts_fts_data VALUES(137438953473,X'000000ad033064650106010103020475707265010203010668656c656e6501020201066d61697269650106010102010a76696c6c65626f75726701060101040002316401080301010301016801020201016d01060101020101760106010104000332646501060101030201750102030102686501020201026d610106010102010276690106010104000433647570010203010368656c01020201036d61690106010102010376696c01060101040409090b0d110a0608080a0607090909080a');
INSERT INTO contacts_fts_data VALUES(274877906945,X'0000006809306672616e636f697302020301046a65616e02020201076c6566657672650202040002316602020301016a02020201016c020204000332667202020301026a6502020201026c6502020400043366726102020301036a656102020201036c6566020204040d090c0706060807070908');
INSERT INTO contacts_fts_data VALUES(412316860417,X'000000c2073063726563686503060101020109656375726575696c7303060101040109676f6e63616c76657303020301036c6573030601010301066d61656c6c65030202000231630306010102010165030601010401016703020301016c030601010301016d030202000332637203060101020102656303060101040102676f03020301026c65030601010301026d610302020004336372650306010102010365637503060101040103676f6e03020301036c6573030601010301036d6165030202040d100e0a0b09080608060a090709070b0a080a');
CREATE TABLE IF NOT EXISTS 'contacts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO contacts_fts_idx VALUES(1,X'',2);
INSERT INTO contacts_fts_idx VALUES(2,X'',2);
INSERT INTO contacts_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'contacts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO contacts_fts_docsize VALUES(1,X'0203');
INSERT INTO contacts_fts_docsize VALUES(2,X'0300');
INSERT INTO contacts_fts_docsize VALUES(3,X'0203');
CREATE TABLE IF NOT EXISTS 'contacts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO contacts_fts_config VALUES('version',4);
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
INSERT INTO directory VALUES(1,'CAF de Touraine','Prestations sociales','+33261911021',NULL,NULL,NULL,NULL,NULL);
INSERT INTO directory VALUES(2,'CLIC du Val',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO interactions VALUES(1,0,1767604200000000,1767604800000000,1,1,'Hélène Dupré','Mairie de Villebourg','+33261911020',NULL,'Renseignement','A rappelé pour confirmer',0,'Horaires donnés',NULL,NULL,15);
INSERT INTO interactions VALUES(2,0,1767607800000000,1767608400000000,1,2,'Jean-François Lefèvre',NULL,'+33639984567',NULL,'Demande de devis',NULL,3,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(3,0,1767611400000000,1767612000000000,1,NULL,'Inconnu',NULL,NULL,NULL,'Réclamation',NULL,1,NULL,2,NULL,15);
INSERT INTO interactions VALUES(4,1,1767615000000000,1767615600000000,1,3,'Maëlle Gonçalves','Crèche Les Écureuils',NULL,NULL,'Renseignement','Plaquette remise',2,NULL,NULL,1,7);
INSERT INTO interactions VALUES(5,1,1767618600000000,1767619200000000,1,1,'Hélène Dupré','Mairie de Villebourg','+33261911020',NULL,'Demande de devis',NULL,3,NULL,NULL,NULL,7);
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
, voicemail_check_id INTEGER
  REFERENCES voicemail_checks (id) ON DELETE SET NULL);
INSERT INTO messages VALUES(1,1767608400000000,1,2,0,2,2,'Jean-François Lefèvre',NULL,'+33639984567',NULL,'Demande de devis','Rappeler dans la journée',0,1769448000000000,3,'Rappelé, devis envoyé',1795780089568890,NULL,NULL);
INSERT INTO messages VALUES(2,1767619200000000,1,2,2,5,1,'Hélène Dupré','Mairie de Villebourg','+33261911020',NULL,'Demande de devis','Rappeler dans la journée',0,1769598000000000,0,NULL,1767619200000000,NULL,NULL);
INSERT INTO messages VALUES(3,1767624000000000,1,3,2,NULL,NULL,'Bernard Rousseau',NULL,NULL,NULL,'Changement d’adresse',NULL,0,1769602200000000,0,NULL,1767624000000000,NULL,NULL);
INSERT INTO messages VALUES(4,1795780089571452,1,2,1,NULL,NULL,'Maëlle Gonçalves',NULL,'+33639987766',NULL,'Annulation d’une intervention',NULL,1,1797854400571452,0,NULL,1795780089571452,NULL,1);
CREATE TABLE message_events (
  id              INTEGER PRIMARY KEY,
  message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  at              INTEGER NOT NULL,
  staff_id        INTEGER REFERENCES staff (id),
  status          INTEGER NOT NULL,
  note            TEXT,
  forwarded_to_id INTEGER REFERENCES staff (id)
);
INSERT INTO message_events VALUES(1,1,1767608400000000,1,0,NULL,NULL);
INSERT INTO message_events VALUES(2,1,1795780089568890,2,3,'Rappelé, devis envoyé',NULL);
INSERT INTO message_events VALUES(3,2,1767619200000000,1,0,NULL,NULL);
INSERT INTO message_events VALUES(4,3,1767624000000000,1,0,NULL,NULL);
INSERT INTO message_events VALUES(5,4,1795780089571452,1,0,NULL,NULL);
CREATE TABLE documents (
  id                   INTEGER PRIMARY KEY,
  title                TEXT NOT NULL,
  kind                 INTEGER NOT NULL,
  location             TEXT,
  reviewed_at          INTEGER,
  reviewed_by_id       INTEGER REFERENCES staff (id),
  review_interval_days INTEGER NOT NULL DEFAULT 365
);
INSERT INTO documents VALUES(1,'Plaquette de présentation',0,'Présentoir de l’accueil',1733040000000000,3,365);
INSERT INTO documents VALUES(2,'Grille tarifaire',1,'https://ad-valdeloire.fr/tarifs.pdf',1765008000000000,3,365);
INSERT INTO documents VALUES(3,'Affiche des horaires d’ouverture',4,'Porte d’entrée',NULL,NULL,180);
CREATE TABLE schedule_ranges (
  id           INTEGER PRIMARY KEY,
  kind         INTEGER NOT NULL,
  weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  CHECK (start_minute < end_minute)
);
INSERT INTO schedule_ranges VALUES(1,0,1,540,720);
INSERT INTO schedule_ranges VALUES(2,0,1,840,1020);
INSERT INTO schedule_ranges VALUES(3,0,3,540,720);
INSERT INTO schedule_ranges VALUES(4,1,1,540,750);
INSERT INTO schedule_ranges VALUES(5,1,1,810,1050);
INSERT INTO schedule_ranges VALUES(6,1,3,540,750);
INSERT INTO schedule_ranges VALUES(7,1,6,540,720);
CREATE TABLE closures (
  id        INTEGER PRIMARY KEY,
  kind      INTEGER NOT NULL,
  first_day TEXT NOT NULL,          -- YYYY-MM-DD, local
  last_day  TEXT NOT NULL,          -- inclusive
  label     TEXT,
  CHECK (first_day <= last_day)
);
INSERT INTO closures VALUES(1,0,'2026-04-06','2026-04-06','Lundi de Pâques');
INSERT INTO closures VALUES(2,1,'2026-08-10','2026-08-21','Fermeture estivale');
CREATE TABLE reasons (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  active   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO reasons VALUES(1,'Demande de devis',1,1);
INSERT INTO reasons VALUES(2,'Réclamation',2,1);
INSERT INTO reasons VALUES(3,'Renseignement',3,1);
CREATE TABLE answering_machine_events (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,                      -- when it was confirmed
  staff_id    INTEGER REFERENCES staff (id),         -- who confirmed it
  switched_on INTEGER NOT NULL CHECK (switched_on IN (0, 1)),
  boundary_at INTEGER NOT NULL,                      -- the slot start or end it is for
  UNIQUE (boundary_at, switched_on)
);
INSERT INTO answering_machine_events VALUES(1,1767603660000000,1,0,1767603600000000);
INSERT INTO answering_machine_events VALUES(2,1767614520000000,1,1,1767614400000000);
CREATE TABLE voicemail_checks (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  staff_id      INTEGER REFERENCES staff (id),
  message_count INTEGER NOT NULL CHECK (message_count >= 0)
);
INSERT INTO voicemail_checks VALUES(1,1767603720000000,1,2);
CREATE TABLE interaction_changes (
  id             INTEGER PRIMARY KEY,
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  staff_id       INTEGER REFERENCES staff (id),
  field          TEXT NOT NULL,
  old_value      TEXT,
  new_value      TEXT
);
INSERT INTO interaction_changes VALUES(1,1,1795780089570257,3,'notes',NULL,'A rappelé pour confirmer');
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','interactions_fts','interactions_fts',0,'CREATE VIRTUAL TABLE interactions_fts USING fts5 (
  name, organisation, reason, notes,
  content = ''interactions'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'interactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO interactions_fts_data VALUES(1,X'050a090906');
INSERT INTO interactions_fts_data VALUES(10,X'000000000106060006010101020101030101040101050101060101');
INSERT INTO interactions_fts_data VALUES(137438953473,X'000000dc033064650106010103020475707265010203010668656c656e6501020201066d61697269650106010102010d72656e736569676e656d656e740106010202010a76696c6c65626f75726701060101040002316401080301010301016801020201016d010601010201017201060102020101760106010104000332646501060101030201750102030102686501020201026d610106010102010272650106010202010276690106010104000433647570010203010368656c01020201036d61690106010102010372656e0106010202010376696c01060101040409090b0d14110a060808080a060709090909080a0a');
INSERT INTO interactions_fts_data VALUES(274877906945,X'000000ae03306465020601020303056d616e646502060102020303766973020601020401086672616e636f697302020301046a65616e02020201076c65666576726502020400023164020a010202030301016602020301016a02020201016c0202040003326465020a01020203030102667202020301026a6502020201026c6502020400043364656d02060102020301760206010204010366726102020301036a656102020201036c656602020404090c0a0d090c0b0606060c0707070b080808');
INSERT INTO interactions_fts_data VALUES(412316860417,X'000000550830696e636f6e6e75030202010b7265636c616d6174696f6e0306010202000231690302020101720306010202000332696e030202010272650306010202000433696e6303020201037265630306010202040c120708080909');
INSERT INTO interactions_fts_data VALUES(549755813889,X'00000135073063726563686504060101020109656375726575696c7304060101040109676f6e63616c76657304020301036c6573040601010301066d61656c6c650402020109706c617175657474650406010302010672656d6973650406010303030b6e736569676e656d656e740406010202000231630406010102010165040601010401016704020301016c040601010301016d0402020101700406010302010172040c010202010303000332637204060101020102656304060101040102676f04020301026c65040601010301026d610402020102706c040601030201027265040c0102020103030004336372650406010102010365637504060101040103676f6e04020301036c6573040601010301036d61650402020103706c610406010302010372656d040601030303016e0406010202040d100e0a0b100d120908060806080b0a09070907090c0b0a080a080a0a');
INSERT INTO interactions_fts_data VALUES(687194767361,X'000000e103306465050c01010301020303056d616e6465050601020203037669730506010204020475707265050203010668656c656e6505020201066d61697269650506010102010a76696c6c65626f757267050601010400023164051203010103010202030301016805020201016d050601010201017605060101040003326465051001010301020203030201750502030102686505020201026d61050601010201027669050601010400043364656d0506010202030176050601020402027570050203010368656c05020201036d61690506010102010376696c0506010104040c0c0a090b0d110f0608080f060709090b0807080a');
INSERT INTO interactions_fts_data VALUES(824633720833,X'0000015e02306101060103020109636f6e6669726d65720106010305010264650107010103020475707265010303010668656c656e6501030201066d616972696501070101020104706f75720106010304010772617070656c650106010303020c656e736569676e656d656e740107010202010a76696c6c65626f7572670107010104000231610106010302010163010601030501016401090301010301016801030201016d01070101020101700106010304010172010d0102020103030101760107010104000332636f01060103050102646501070101030201750103030102686501030201026d6101070101020102706f01060103040102726101060103030201650107010202010276690107010104000433636f6e01060103050103647570010303010368656c01030201036d616901070101020103706f750106010304010372617001060103030202656e0107010202010376696c010701010404081009090b0d0b0e13110908090608080b080a09060709090908090b08080a0a0a09');
CREATE TABLE IF NOT EXISTS 'interactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO interactions_fts_idx VALUES(1,X'',2);
INSERT INTO interactions_fts_idx VALUES(2,X'',2);
INSERT INTO interactions_fts_idx VALUES(3,X'',2);
INSERT INTO interactions_fts_idx VALUES(4,X'',2);
INSERT INTO interactions_fts_idx VALUES(5,X'',2);
INSERT INTO interactions_fts_idx VALUES(6,X'',2);
CREATE TABLE IF NOT EXISTS 'interactions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO interactions_fts_docsize VALUES(1,X'02030104');
INSERT INTO interactions_fts_docsize VALUES(2,X'03000300');
INSERT INTO interactions_fts_docsize VALUES(3,X'01000100');
INSERT INTO interactions_fts_docsize VALUES(4,X'02030102');
INSERT INTO interactions_fts_docsize VALUES(5,X'02030300');
CREATE TABLE IF NOT EXISTS 'interactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO interactions_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','messages_fts','messages_fts',0,'CREATE VIRTUAL TABLE messages_fts USING fts5 (
  name, organisation, reason,
  content = ''messages'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'messages_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO messages_fts_data VALUES(1,X'0409030d');
INSERT INTO messages_fts_data VALUES(10,X'000000000104040004010101020101030101040101');
INSERT INTO messages_fts_data VALUES(137438953473,X'000000ae03306465010601020303056d616e646501060102020303766973010601020401086672616e636f697301020301046a65616e01020201076c65666576726501020400023164010a010202030301016601020301016a01020201016c0102040003326465010a01020203030102667201020301026a6501020201026c6501020400043364656d01060102020301760106010204010366726101020301036a656101020201036c656601020404090c0a0d090c0b0606060c0707070b080808');
INSERT INTO messages_fts_data VALUES(274877906945,X'000000e103306465020c01010301020303056d616e6465020601020203037669730206010204020475707265020203010668656c656e6502020201066d61697269650206010102010a76696c6c65626f757267020601010400023164021203010103010202030301016802020201016d020601010201017602060101040003326465021001010301020203030201750202030102686502020201026d61020601010201027669020601010400043364656d0206010202030176020601020402027570020203010368656c02020201036d61690206010102010376696c0206010104040c0c0a090b0d110f0608080f060709090b0807080a');
INSERT INTO messages_fts_data VALUES(412316860417,X'000000af083061647265737365030601020401076265726e617264030202010a6368616e67656d656e74030601020201016403060102030108726f7573736561750302030002316103060102040101620302020101630306010202010164030601020301017203020300033261640306010204010262650302020102636803060102020102726f03020300043361647203060102040103626572030202010363686103060102020103726f75030203040e0c11080d09060808060a0709070b080a');
INSERT INTO messages_fts_data VALUES(549755813889,X'000000d90b30616e6e756c6174696f6e040601020201016404060102030109676f6e63616c766573040203010c696e74657276656e74696f6e040601020501066d61656c6c650402020103756e6504060102040002316104060102020101640406010203010167040203010169040601020501016d0402020101750406010204000332616e04060102020102676f0402030102696e040601020501026d610402020102756e0406010204000433616e6e04060102020103676f6e0402030103696e74040601020501036d61650402020103756e6504060102040411080e130b0a0908060806080a070907090b080a08');
CREATE TABLE IF NOT EXISTS 'messages_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO messages_fts_idx VALUES(1,X'',2);
INSERT INTO messages_fts_idx VALUES(2,X'',2);
INSERT INTO messages_fts_idx VALUES(3,X'',2);
INSERT INTO messages_fts_idx VALUES(4,X'',2);
CREATE TABLE IF NOT EXISTS 'messages_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO messages_fts_docsize VALUES(1,X'030003');
INSERT INTO messages_fts_docsize VALUES(2,X'020303');
INSERT INTO messages_fts_docsize VALUES(3,X'020003');
INSERT INTO messages_fts_docsize VALUES(4,X'020004');
CREATE TABLE IF NOT EXISTS 'messages_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO messages_fts_config VALUES('version',4);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE, id);
CREATE INDEX contacts_phone_digits ON contacts (phone_digits);
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE);
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
CREATE INDEX interactions_channel_started ON interactions (channel, started_at DESC, id DESC, outcome);
CREATE INDEX interactions_contact ON interactions (contact_id);
CREATE INDEX interactions_staff ON interactions (staff_id);
CREATE INDEX messages_recipient ON messages (recipient_id, created_at DESC, id DESC, status);
CREATE INDEX messages_created ON messages (created_at DESC, id DESC, status);
CREATE INDEX messages_interaction ON messages (interaction_id);
CREATE INDEX message_events_message ON message_events (message_id, at);
CREATE INDEX answering_machine_events_at ON answering_machine_events (at);
CREATE INDEX voicemail_checks_at ON voicemail_checks (at);
CREATE INDEX messages_voicemail_check ON messages (voicemail_check_id);
CREATE INDEX interaction_changes_interaction ON interaction_changes (interaction_id, at);
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
CREATE INDEX messages_open_due ON messages (due_at) WHERE status < 3 AND due_at IS NOT NULL;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 3;
