-- SPDX-License-Identifier: GPL-3.0-or-later
-- A version-1 Accueil database, as `sqlite3 FILE .dump` writes it: the schema
-- of src/core/migrations/001-initial.sql as first released, with a few rows
-- in every table (staff, contacts with their search index, calls and
-- visits, messages and their history, directory, documents, phone slots,
-- opening hours, closures, reasons, settings). The file it was made from was
-- opened and checked by the version-1 `accueil-cli check`.
--
-- tests/test-migrations.c loads it into a temporary file and opens it with
-- the current code. Never edit it by hand: a new schema version gets a dump
-- of its own (v2.sql…), made the same way, and this one stays as it is.
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
INSERT INTO settings VALUES('organisation.phone','+33261910000');
CREATE TABLE staff (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  role       INTEGER NOT NULL CHECK (role >= 0),
  phone      TEXT,
  email      TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
INSERT INTO staff VALUES(1,'Véronique Martin',0,'+33199001001','v.martin@ad-valdeloire.fr',1,1767225600000000);
INSERT INTO staff VALUES(2,'Paul Girard',1,'+33639980102','p.girard@ad-valdeloire.fr',1,1767225600000000);
INSERT INTO staff VALUES(3,'Nadia Benali',2,NULL,'n.benali@ad-valdeloire.fr',1,1767225600000000);
INSERT INTO staff VALUES(4,'Luc Moreau',0,NULL,NULL,0,1767225600000000);
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
INSERT INTO contacts VALUES(1,'Hélène Dupré','Mairie de Villebourg','+33612345678','612345678','helene.dupre@example.org','3 place du Marché, 37530 Villebourg-sur-Loire',0,'Préfère être rappelée le matin',1767312000000000,1767312000000000);
INSERT INTO contacts VALUES(2,'Jean-François Lefèvre',NULL,'+33247123456','247123456',NULL,NULL,1,NULL,1767398400000000,1767484800000000);
INSERT INTO contacts VALUES(3,'Maëlle Gonçalves','Crèche Les Écureuils','+33698765432','698765432','maelle@example.org',NULL,2,NULL,1767484800000000,1767484800000000);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','contacts_fts','contacts_fts',0,'CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  name, organisation,
  content = ''contacts'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'contacts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO contacts_fts_data VALUES(1,X'030706');
INSERT INTO contacts_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO contacts_fts_data VALUES(137438953473,X'000001b3073063726563686503060101020102646501060101030204757072650102030109656375726575696c73030601010401086672616e636f69730202030109676f6e63616c766573030203010668656c656e6501020201046a65616e02020201076c656665767265020204030173030601010301066d61656c6c650302020304697269650106010102010a76696c6c65626f7572670106010104000231630306010102010164010803010103010165030601010401016602020301016703020301016801020201016a02020201016c020204010601010301016d0106010102020202010176010601010400033263720306010102010264650106010103020175010203010265630306010104010266720202030102676f0302030102686501020201026a6502020201026c65020204010601010301026d610106010102020202010276690106010104000433637265030601010201036475700102030103656375030601010401036672610202030103676f6e030203010368656c01020201036a656102020201036c6566020204030173030601010301036d61650302020301690106010102010376696c0106010104040d0909100d0e0b090c080b0b11090908060606060b0b080a090609070707070c0c090b080a0808080808080808');
CREATE TABLE IF NOT EXISTS 'contacts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO contacts_fts_idx VALUES(1,X'',2);
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
INSERT INTO directory VALUES(1,'CCAS de Villebourg-sur-Loire','Action sociale','+33261911010','ccas@villebourg-sur-loire.fr','Hôtel de ville, place du Marché',NULL,'Lun–ven 8 h 30–12 h',NULL);
INSERT INTO directory VALUES(2,'Maison départementale des solidarités','Action sociale','+33261911020',NULL,'2 avenue de la Gare',NULL,NULL,'Sur rendez-vous');
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
INSERT INTO interactions VALUES(1,0,1767600000000000,1767600240000000,1,1,'Hélène Dupré','Mairie de Villebourg','+33612345678',NULL,'Demande d''information','Horaires du service d''aide',0,'Horaires donnés',NULL,NULL,15);
INSERT INTO interactions VALUES(2,0,1767603600000000,1767603900000000,1,2,'Jean-François Lefèvre',NULL,'+33247123456',NULL,'Devis',NULL,1,NULL,2,NULL,7);
INSERT INTO interactions VALUES(3,0,1767607200000000,1767607380000000,1,NULL,'Inconnu',NULL,NULL,NULL,'Réclamation','Rappeler après 14 h',3,NULL,NULL,NULL,3);
INSERT INTO interactions VALUES(4,0,1767690000000000,1767690120000000,4,3,'Maëlle Gonçalves','Crèche Les Écureuils','+33698765432','maelle@example.org','Planning d''intervention',NULL,2,NULL,NULL,1,15);
INSERT INTO interactions VALUES(5,1,1767610800000000,1767611400000000,1,NULL,'Bernard Rousseau',NULL,NULL,NULL,'Dossier APA','Documents remis : plaquette',2,NULL,NULL,2,0);
INSERT INTO interactions VALUES(6,1,1767697200000000,1767697800000000,4,1,'Hélène Dupré','Mairie de Villebourg',NULL,NULL,'Rendez-vous',NULL,3,NULL,NULL,NULL,0);
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
INSERT INTO messages VALUES(1,1767607380000000,1,2,0,3,NULL,'Inconnu',NULL,'+33600000001',NULL,'Réclamation','Intervention du 5 janvier non faite',1,1767693780000000,3,'Rappelé, intervention replanifiée',1767700000000000,NULL);
INSERT INTO messages VALUES(2,1767697800000000,4,3,2,6,1,'Hélène Dupré','Mairie de Villebourg',NULL,NULL,'Rendez-vous','Souhaite rencontrer la responsable',0,NULL,4,NULL,1767700100000000,NULL);
INSERT INTO messages VALUES(3,1767697800000000,4,2,2,6,1,'Hélène Dupré','Mairie de Villebourg',NULL,NULL,'Rendez-vous','Souhaite rencontrer la responsable',0,NULL,0,NULL,1767700100000000,2);
CREATE TABLE message_events (
  id              INTEGER PRIMARY KEY,
  message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  at              INTEGER NOT NULL,
  staff_id        INTEGER REFERENCES staff (id),
  status          INTEGER NOT NULL,
  note            TEXT,
  forwarded_to_id INTEGER REFERENCES staff (id)
);
INSERT INTO message_events VALUES(1,1,1767607380000000,1,0,NULL,NULL);
INSERT INTO message_events VALUES(2,1,1767690000000000,2,1,NULL,NULL);
INSERT INTO message_events VALUES(3,1,1767700000000000,2,3,'Rappelé, intervention replanifiée',NULL);
INSERT INTO message_events VALUES(4,2,1767697800000000,4,0,NULL,NULL);
INSERT INTO message_events VALUES(5,2,1767700100000000,3,4,NULL,2);
INSERT INTO message_events VALUES(6,3,1767700100000000,3,0,NULL,NULL);
CREATE TABLE documents (
  id                   INTEGER PRIMARY KEY,
  title                TEXT NOT NULL,
  kind                 INTEGER NOT NULL,
  location             TEXT,
  reviewed_at          INTEGER,
  reviewed_by_id       INTEGER REFERENCES staff (id),
  review_interval_days INTEGER NOT NULL DEFAULT 365
);
INSERT INTO documents VALUES(1,'Plaquette de présentation',0,'Présentoir de l’accueil',1760349600000000,3,365);
INSERT INTO documents VALUES(2,'Livret d’accueil',3,'Accueil',NULL,NULL,365);
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
INSERT INTO schedule_ranges VALUES(3,0,2,540,720);
INSERT INTO schedule_ranges VALUES(4,0,6,540,720);
INSERT INTO schedule_ranges VALUES(5,1,1,510,1050);
CREATE TABLE closures (
  id        INTEGER PRIMARY KEY,
  kind      INTEGER NOT NULL,
  first_day TEXT NOT NULL,          -- YYYY-MM-DD, local
  last_day  TEXT NOT NULL,          -- inclusive
  label     TEXT,
  CHECK (first_day <= last_day)
);
INSERT INTO closures VALUES(1,0,'2026-04-06','2026-04-06','Lundi de Pâques');
INSERT INTO closures VALUES(2,1,'2026-08-10','2026-08-14','Fermeture estivale');
CREATE TABLE reasons (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  active   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO reasons VALUES(1,'Demande d''information',1,1);
INSERT INTO reasons VALUES(2,'Devis',2,1);
INSERT INTO reasons VALUES(3,'Réclamation',3,1);
INSERT INTO reasons VALUES(4,'Ancien motif',4,0);
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
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 1;
