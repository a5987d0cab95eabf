-- SPDX-License-Identifier: GPL-3.0-or-later
-- A version-4 Accueil database, as `sqlite3 FILE .dump` writes it: the schema
-- of src/core/migrations/001-initial.sql to 004-visit-documents.sql as
-- released, filled by the version-4 `accueil-cli demo --contacts 4 --calls 4
-- --visits 3 --messages 3 --seed 4` (fictional people only) and passed by the
-- version-4 `accueil-cli check`.
--
-- tests/test-migrations.c loads it into a temporary file and opens it with
-- the current code. Never edit it by hand: a new schema version gets a dump
-- of its own (v5.sql…), made the same way, and this one stays as it is.
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
INSERT INTO settings VALUES('organisation.website','https://www.ad-valdeloire.fr');
CREATE TABLE staff (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  role       INTEGER NOT NULL CHECK (role >= 0),
  phone      TEXT,
  email      TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
INSERT INTO staff VALUES(1,'Véronique Martin',0,'+33261910011','veronique.martin@ad-valdeloire.fr',1,1795783556654707);
INSERT INTO staff VALUES(2,'Sébastien Roux',0,'+33261910012','sebastien.roux@ad-valdeloire.fr',1,1795783556654749);
INSERT INTO staff VALUES(3,'Inès Belkacem',0,'+33261910013','ines.belkacem@ad-valdeloire.fr',1,1795783556654777);
INSERT INTO staff VALUES(4,'Hélène Dubois-Garnier',1,'+33639980021','helene.dubois-garnier@ad-valdeloire.fr',1,1795783556654920);
INSERT INTO staff VALUES(5,'Jérôme Lemaître',1,'+33639980022','jerome.lemaitre@ad-valdeloire.fr',1,1795783556655011);
INSERT INTO staff VALUES(6,'Gaëlle Le Goff',1,'+33639980023','gaelle.legoff@ad-valdeloire.fr',1,1795783556655099);
INSERT INTO staff VALUES(7,'Anne-Sophie Béranger',2,'+33639980030','as.beranger@ad-valdeloire.fr',1,1795783556655187);
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
INSERT INTO contacts VALUES(1,'Paulette Meunier',NULL,'+33257241169','257241169','paulette.meunier@orange.fr',NULL,3,NULL,1795783556656264,1795783556656264);
INSERT INTO contacts VALUES(2,'Jacques Lemoine',NULL,'+33760260457','760260457',NULL,'42 rue du Château-d’Eau, 37400 Chaumont-la-Rivière',0,NULL,1795783556656404,1795783556656404);
INSERT INTO contacts VALUES(3,'Grégoire Dubois',NULL,'+33668346918','668346918',NULL,NULL,1,NULL,1795783556656433,1795783556656433);
INSERT INTO contacts VALUES(4,'Jérôme Perrin',NULL,'+33340333245','340333245','jerome.perrin@wanadoo.fr','15 rue Jean-Jaurès, 37270 Montlouis-les-Vignes',0,NULL,1795783556656462,1795783556656462);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','contacts_fts','contacts_fts',0,'CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  name, organisation,
  content = ''contacts'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'contacts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO contacts_fts_data VALUES(1,X'040800');
INSERT INTO contacts_fts_data VALUES(10,X'000000000104040004010101020101030101040101');
INSERT INTO contacts_fts_data VALUES(137438953473,X'0000004a08306d65756e69657201020301087061756c657474650102020002316d0102030101700102020003326d65010203010270610102020004336d65750102030103706175010202040c0d0706080709');
INSERT INTO contacts_fts_data VALUES(274877906945,X'0000004908306a61637175657302020201076c656d6f696e650202030002316a02020201016c0202030003326a6102020201026c650202030004336a616302020201036c656d020203040c0c0706080709');
INSERT INTO contacts_fts_data VALUES(412316860417,X'0000004907306475626f69730302030108677265676f697265030202000231640302030101670302020003326475030203010267720302020004336475620302030103677265030202040b0d0706080709');
INSERT INTO contacts_fts_data VALUES(549755813889,X'0000004707306a65726f6d65040202010670657272696e0402030002316a0402020101700402030003326a65040202010270650402030004336a65720402020103706572040203040b0b0706080709');
CREATE TABLE IF NOT EXISTS 'contacts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO contacts_fts_idx VALUES(1,X'',2);
INSERT INTO contacts_fts_idx VALUES(2,X'',2);
INSERT INTO contacts_fts_idx VALUES(3,X'',2);
INSERT INTO contacts_fts_idx VALUES(4,X'',2);
CREATE TABLE IF NOT EXISTS 'contacts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO contacts_fts_docsize VALUES(1,X'0200');
INSERT INTO contacts_fts_docsize VALUES(2,X'0200');
INSERT INTO contacts_fts_docsize VALUES(3,X'0200');
INSERT INTO contacts_fts_docsize VALUES(4,X'0200');
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
INSERT INTO directory VALUES(1,'CCAS de Villebourg-sur-Loire','Action sociale','+33261911010','ccas@villebourg-sur-loire.fr','Hôtel de ville, place du Marché, 37530 Villebourg-sur-Loire','https://www.villebourg-sur-loire.fr/ccas','Lun–ven 8 h 30–12 h, 13 h 30–17 h','Aides d’urgence, portage de repas, dossiers d’aide sociale');
INSERT INTO directory VALUES(2,'CLIC du Val de Villebourg','Coordination gérontologique','+33261911011','clic@valdevillebourg.fr','5 rue de l’Hospice, 37530 Villebourg-sur-Loire',NULL,'Lun–ven 9 h–12 h 30, sur rendez-vous l’après-midi','Information des personnes âgées et des aidants, évaluation à domicile');
INSERT INTO directory VALUES(3,'CAF — antenne de Villebourg','Prestations familiales','+33261911012',NULL,'2 avenue de la République, 37530 Villebourg-sur-Loire','https://www.caf.fr','Mar et jeu 9 h–12 h','Sur rendez-vous uniquement');
INSERT INTO directory VALUES(4,'MDPH — Maison départementale des personnes handicapées','Handicap','+33261911013','contact@mdph-val.fr','38 rue Édouard-Vaillant, 37000 Tours',NULL,'Lun–ven 9 h–17 h','PCH, AAH, carte mobilité inclusion');
INSERT INTO directory VALUES(5,'Mairie de Villebourg-sur-Loire','Mairie','+33261911014','mairie@villebourg-sur-loire.fr','Place du Marché, 37530 Villebourg-sur-Loire','https://www.villebourg-sur-loire.fr','Lun–ven 8 h 30–12 h, 14 h–17 h 30 ; sam 9 h–12 h',NULL);
INSERT INTO directory VALUES(6,'CPAM — accueil de Villebourg','Assurance maladie','+33261911015',NULL,'11 boulevard Béranger, 37530 Villebourg-sur-Loire','https://www.ameli.fr','Lun, mer, ven 8 h 30–12 h',NULL);
INSERT INTO directory VALUES(7,'Conseil départemental — service APA','Allocation personnalisée d’autonomie','+33261911016','apa@departement-val.fr','Place de la Préfecture, 37000 Tours',NULL,'Lun–ven 9 h–16 h 30','Demandes et révisions de plans d’aide');
INSERT INTO directory VALUES(8,'Espace France Services de Villebourg','Accès aux droits','+33261911017','franceservices@villebourg-sur-loire.fr','3 rue des Écoles, 37530 Villebourg-sur-Loire',NULL,'Lun–sam 9 h–12 h','Aide aux démarches en ligne');
INSERT INTO directory VALUES(9,'SSIAD du Val de Loire','Soins infirmiers à domicile','+33261911018','ssiad@valdeloire-sante.fr','17 rue Pasteur, 37530 Villebourg-sur-Loire',NULL,'7 j/7, 7 h–19 h','Prescription médicale nécessaire');
INSERT INTO directory VALUES(10,'Les Amis du Val — contre l’isolement','Association','+33261911019','contact@lesamisduval.fr','Maison des associations, 37530 Villebourg-sur-Loire',NULL,'Mer 14 h–17 h','Visites de convivialité, bénévoles');
INSERT INTO directory VALUES(11,'Mémoire & Aidants du Val','Aide aux aidants','+33261911020','accueil@memoire-aidants-val.fr','9 allée des Châtaigniers, 37270 Montlouis-les-Vignes',NULL,'Lun et jeu 14 h–18 h','Groupes de parole, plateforme de répit');
INSERT INTO directory VALUES(12,'Les Saveurs du Val — portage de repas','Portage de repas','+33261911021',NULL,'ZA des Perrières, 37530 Villebourg-sur-Loire',NULL,'Commandes la veille avant 11 h',NULL);
INSERT INTO directory VALUES(13,'France Travail — agence de Villebourg','Emploi','+33261911022',NULL,'20 avenue de la Gare, 37530 Villebourg-sur-Loire','https://www.francetravail.fr','Lun–ven 8 h 30–12 h 30','Pour les candidatures spontanées');
INSERT INTO directory VALUES(14,'Service de protection des majeurs du Val','Protection juridique','+33261911023','spm@tutelles-val.fr','4 rue de la Loire, 37530 Villebourg-sur-Loire',NULL,'Sur rendez-vous','Tutelles et curatelles');
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
INSERT INTO interactions VALUES(1,0,1780304993000000,1780305203487175,2,1,'Paulette Meunier',NULL,'+33257241169','paulette.meunier@orange.fr','Devis',NULL,1,NULL,5,NULL,15);
INSERT INTO interactions VALUES(2,0,1780409095000000,1780409509524947,1,3,'Grégoire Dubois',NULL,'+33668346918',NULL,'Absence d''un intervenant','Dossier APA en cours au département.',3,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(3,0,1782922376000000,1782922539811761,2,NULL,'Géraldine Haddad',NULL,'+33694254463',NULL,'Aide financière (APA, PCH)',NULL,0,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(4,0,1790784720000000,1790784902618793,1,NULL,'Léonie Clément',NULL,'+33270168181',NULL,'Demande d''information',NULL,0,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(5,1,1791375667000000,1791376624599731,1,4,'Jérôme Perrin',NULL,'+33340333245','jerome.perrin@wanadoo.fr','Candidature',NULL,0,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(6,1,1781688830000000,1781689694503804,1,2,'Jacques Lemoine',NULL,'+33760260457',NULL,'Réclamation',NULL,3,NULL,NULL,NULL,15);
INSERT INTO interactions VALUES(7,1,1789485865000000,1789486604989361,3,4,'Jérôme Perrin',NULL,'+33340333245','jerome.perrin@wanadoo.fr','Planning d''intervention',NULL,0,NULL,NULL,NULL,11);
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
INSERT INTO messages VALUES(1,1780409509524947,1,6,0,2,3,'Grégoire Dubois',NULL,'+33668346918',NULL,'Absence d''un intervenant','Conteste la facture du mois dernier : 3 h facturées en trop.',0,1781192509524947,0,NULL,1780409509524947,NULL,NULL);
INSERT INTO messages VALUES(2,1781689694503804,1,4,2,6,2,'Jacques Lemoine',NULL,'+33760260457',NULL,'Réclamation','Merci de rappeler au sujet du planning de la semaine prochaine.',0,1782472694503804,1,NULL,1795783556657843,NULL,NULL);
INSERT INTO messages VALUES(3,1783512177000000,1,6,1,NULL,NULL,'Clémence Van der Berghe',NULL,'+33627805019',NULL,'Absence d''un intervenant','Sortie d’hôpital prévue vendredi : besoin d’aide dès samedi.',0,1784547177000000,2,NULL,1795783556659973,NULL,24);
CREATE TABLE message_events (
  id              INTEGER PRIMARY KEY,
  message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  at              INTEGER NOT NULL,
  staff_id        INTEGER REFERENCES staff (id),
  status          INTEGER NOT NULL,
  note            TEXT,
  forwarded_to_id INTEGER REFERENCES staff (id)
);
INSERT INTO message_events VALUES(1,1,1780409509524947,1,0,NULL,NULL);
INSERT INTO message_events VALUES(2,2,1781689694503804,1,0,NULL,NULL);
INSERT INTO message_events VALUES(3,2,1795783556657843,4,1,NULL,NULL);
INSERT INTO message_events VALUES(4,3,1783512177000000,1,0,NULL,NULL);
INSERT INTO message_events VALUES(5,3,1795783556659967,6,1,NULL,NULL);
INSERT INTO message_events VALUES(6,3,1795783556659973,6,2,NULL,NULL);
CREATE TABLE documents (
  id                   INTEGER PRIMARY KEY,
  title                TEXT NOT NULL,
  kind                 INTEGER NOT NULL,
  location             TEXT,
  reviewed_at          INTEGER,
  reviewed_by_id       INTEGER REFERENCES staff (id),
  review_interval_days INTEGER NOT NULL DEFAULT 365
);
INSERT INTO documents VALUES(1,'Plaquette de présentation',0,'Présentoir de l’accueil',1760349600000000,7,365);
INSERT INTO documents VALUES(2,'Grille tarifaire',1,'Présentoir de l’accueil et site internet',1792317600000000,7,365);
INSERT INTO documents VALUES(3,'Fiche avantages fiscaux (crédit d’impôt de 50 %)',2,'Présentoir de l’accueil',1758621600000000,7,365);
INSERT INTO documents VALUES(4,'Livret d’accueil du bénéficiaire',3,'Remis à la signature du contrat',1785405600000000,7,365);
INSERT INTO documents VALUES(5,'Affiche des horaires d’ouverture',4,'Porte d’entrée',1778493600000000,7,180);
INSERT INTO documents VALUES(6,'Enseigne extérieure',5,'Façade, rue des Tanneurs',1735293600000000,7,730);
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
INSERT INTO schedule_ranges VALUES(4,0,2,840,1020);
INSERT INTO schedule_ranges VALUES(5,0,3,540,720);
INSERT INTO schedule_ranges VALUES(6,0,3,840,1020);
INSERT INTO schedule_ranges VALUES(7,0,4,540,720);
INSERT INTO schedule_ranges VALUES(8,0,4,840,1020);
INSERT INTO schedule_ranges VALUES(9,0,5,540,720);
INSERT INTO schedule_ranges VALUES(10,0,5,840,960);
INSERT INTO schedule_ranges VALUES(11,0,6,540,660);
INSERT INTO schedule_ranges VALUES(12,1,1,540,750);
INSERT INTO schedule_ranges VALUES(13,1,1,810,1050);
INSERT INTO schedule_ranges VALUES(14,1,2,540,750);
INSERT INTO schedule_ranges VALUES(15,1,2,810,1050);
INSERT INTO schedule_ranges VALUES(16,1,3,540,750);
INSERT INTO schedule_ranges VALUES(17,1,4,540,750);
INSERT INTO schedule_ranges VALUES(18,1,4,810,1050);
INSERT INTO schedule_ranges VALUES(19,1,5,540,750);
INSERT INTO schedule_ranges VALUES(20,1,5,810,990);
INSERT INTO schedule_ranges VALUES(21,1,6,540,720);
CREATE TABLE closures (
  id        INTEGER PRIMARY KEY,
  kind      INTEGER NOT NULL,
  first_day TEXT NOT NULL,          -- YYYY-MM-DD, local
  last_day  TEXT NOT NULL,          -- inclusive
  label     TEXT,
  CHECK (first_day <= last_day)
);
INSERT INTO closures VALUES(1,0,'2026-01-01','2026-01-01','Jour de l’an');
INSERT INTO closures VALUES(2,0,'2026-05-01','2026-05-01','Fête du Travail');
INSERT INTO closures VALUES(3,0,'2026-05-08','2026-05-08','Victoire 1945');
INSERT INTO closures VALUES(4,0,'2026-07-14','2026-07-14','Fête nationale');
INSERT INTO closures VALUES(5,0,'2026-08-15','2026-08-15','Assomption');
INSERT INTO closures VALUES(6,0,'2026-11-01','2026-11-01','Toussaint');
INSERT INTO closures VALUES(7,0,'2026-11-11','2026-11-11','Armistice 1918');
INSERT INTO closures VALUES(8,0,'2026-12-25','2026-12-25','Noël');
INSERT INTO closures VALUES(9,0,'2026-04-06','2026-04-06','Lundi de Pâques');
INSERT INTO closures VALUES(10,0,'2026-05-14','2026-05-14','Ascension');
INSERT INTO closures VALUES(11,0,'2026-05-25','2026-05-25','Lundi de Pentecôte');
INSERT INTO closures VALUES(12,0,'2027-01-01','2027-01-01','Jour de l’an');
INSERT INTO closures VALUES(13,0,'2027-05-01','2027-05-01','Fête du Travail');
INSERT INTO closures VALUES(14,0,'2027-05-08','2027-05-08','Victoire 1945');
INSERT INTO closures VALUES(15,0,'2027-07-14','2027-07-14','Fête nationale');
INSERT INTO closures VALUES(16,0,'2027-08-15','2027-08-15','Assomption');
INSERT INTO closures VALUES(17,0,'2027-11-01','2027-11-01','Toussaint');
INSERT INTO closures VALUES(18,0,'2027-11-11','2027-11-11','Armistice 1918');
INSERT INTO closures VALUES(19,0,'2027-12-25','2027-12-25','Noël');
INSERT INTO closures VALUES(20,0,'2027-03-29','2027-03-29','Lundi de Pâques');
INSERT INTO closures VALUES(21,0,'2027-05-06','2027-05-06','Ascension');
INSERT INTO closures VALUES(22,0,'2027-05-17','2027-05-17','Lundi de Pentecôte');
INSERT INTO closures VALUES(23,1,'2027-05-07','2027-05-07','Pont de l’Ascension');
CREATE TABLE reasons (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  active   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO reasons VALUES(1,'Demande d''information',1,1);
INSERT INTO reasons VALUES(2,'Devis',2,1);
INSERT INTO reasons VALUES(3,'Planning d''intervention',3,1);
INSERT INTO reasons VALUES(4,'Modification de planning',4,1);
INSERT INTO reasons VALUES(5,'Réclamation',5,1);
INSERT INTO reasons VALUES(6,'Facturation',6,1);
INSERT INTO reasons VALUES(7,'Candidature',7,1);
INSERT INTO reasons VALUES(8,'Absence d''un intervenant',8,1);
INSERT INTO reasons VALUES(9,'Aide financière (APA, PCH)',9,1);
INSERT INTO reasons VALUES(10,'Demande de rappel',10,1);
CREATE TABLE answering_machine_events (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,                      -- when it was confirmed
  staff_id    INTEGER REFERENCES staff (id),         -- who confirmed it
  switched_on INTEGER NOT NULL CHECK (switched_on IN (0, 1)),
  boundary_at INTEGER NOT NULL,                      -- the slot start or end it is for
  UNIQUE (boundary_at, switched_on)
);
INSERT INTO answering_machine_events VALUES(1,1780045341000000,3,0,1780045200000000);
INSERT INTO answering_machine_events VALUES(2,1780056107000000,3,1,1780056000000000);
INSERT INTO answering_machine_events VALUES(3,1780063351000000,2,0,1780063200000000);
INSERT INTO answering_machine_events VALUES(4,1780070470000000,1,1,1780070400000000);
INSERT INTO answering_machine_events VALUES(5,1780131651000000,1,0,1780131600000000);
INSERT INTO answering_machine_events VALUES(6,1780138839000000,2,1,1780138800000000);
INSERT INTO answering_machine_events VALUES(7,1780304488000000,1,0,1780304400000000);
INSERT INTO answering_machine_events VALUES(8,1780315250000000,3,1,1780315200000000);
INSERT INTO answering_machine_events VALUES(9,1780322521000000,3,0,1780322400000000);
INSERT INTO answering_machine_events VALUES(10,1780333285000000,2,1,1780333200000000);
INSERT INTO answering_machine_events VALUES(11,1780390805000000,2,0,1780390800000000);
INSERT INTO answering_machine_events VALUES(12,1780401747000000,1,1,1780401600000000);
INSERT INTO answering_machine_events VALUES(13,1780408857000000,2,0,1780408800000000);
INSERT INTO answering_machine_events VALUES(14,1780419643000000,1,1,1780419600000000);
INSERT INTO answering_machine_events VALUES(15,1780477210000000,1,0,1780477200000000);
INSERT INTO answering_machine_events VALUES(16,1780488148000000,3,1,1780488000000000);
INSERT INTO answering_machine_events VALUES(17,1780495264000000,1,0,1780495200000000);
INSERT INTO answering_machine_events VALUES(18,1780506199000000,3,1,1780506000000000);
INSERT INTO answering_machine_events VALUES(19,1780563704000000,2,0,1780563600000000);
INSERT INTO answering_machine_events VALUES(20,1780574591000000,1,1,1780574400000000);
INSERT INTO answering_machine_events VALUES(21,1780581736000000,2,0,1780581600000000);
INSERT INTO answering_machine_events VALUES(22,1780592446000000,2,1,1780592400000000);
INSERT INTO answering_machine_events VALUES(23,1780650132000000,3,0,1780650000000000);
INSERT INTO answering_machine_events VALUES(24,1780660940000000,2,1,1780660800000000);
INSERT INTO answering_machine_events VALUES(25,1780675438000000,1,1,1780675200000000);
INSERT INTO answering_machine_events VALUES(26,1780743713000000,3,1,1780743600000000);
INSERT INTO answering_machine_events VALUES(27,1780909284000000,2,0,1780909200000000);
INSERT INTO answering_machine_events VALUES(28,1780920113000000,3,1,1780920000000000);
INSERT INTO answering_machine_events VALUES(29,1780927204000000,3,0,1780927200000000);
INSERT INTO answering_machine_events VALUES(30,1780938138000000,1,1,1780938000000000);
INSERT INTO answering_machine_events VALUES(31,1780995716000000,2,0,1780995600000000);
INSERT INTO answering_machine_events VALUES(32,1781006500000000,3,1,1781006400000000);
INSERT INTO answering_machine_events VALUES(33,1781013793000000,1,0,1781013600000000);
INSERT INTO answering_machine_events VALUES(34,1781024580000000,1,1,1781024400000000);
INSERT INTO answering_machine_events VALUES(35,1781082023000000,3,0,1781082000000000);
INSERT INTO answering_machine_events VALUES(36,1781092972000000,3,1,1781092800000000);
INSERT INTO answering_machine_events VALUES(37,1781100014000000,2,0,1781100000000000);
INSERT INTO answering_machine_events VALUES(38,1781110934000000,2,1,1781110800000000);
INSERT INTO answering_machine_events VALUES(39,1781168476000000,1,0,1781168400000000);
INSERT INTO answering_machine_events VALUES(40,1781179381000000,2,1,1781179200000000);
INSERT INTO answering_machine_events VALUES(41,1781186469000000,2,0,1781186400000000);
INSERT INTO answering_machine_events VALUES(42,1781197382000000,2,1,1781197200000000);
INSERT INTO answering_machine_events VALUES(43,1781254843000000,2,0,1781254800000000);
INSERT INTO answering_machine_events VALUES(44,1781265714000000,3,1,1781265600000000);
INSERT INTO answering_machine_events VALUES(45,1781272887000000,3,0,1781272800000000);
INSERT INTO answering_machine_events VALUES(46,1781280032000000,1,1,1781280000000000);
INSERT INTO answering_machine_events VALUES(47,1781341315000000,1,0,1781341200000000);
INSERT INTO answering_machine_events VALUES(48,1781348512000000,2,1,1781348400000000);
INSERT INTO answering_machine_events VALUES(49,1781514211000000,1,0,1781514000000000);
INSERT INTO answering_machine_events VALUES(50,1781524853000000,3,1,1781524800000000);
INSERT INTO answering_machine_events VALUES(51,1781532229000000,2,0,1781532000000000);
INSERT INTO answering_machine_events VALUES(52,1781543003000000,2,1,1781542800000000);
INSERT INTO answering_machine_events VALUES(53,1781600475000000,1,0,1781600400000000);
INSERT INTO answering_machine_events VALUES(54,1781611204000000,2,1,1781611200000000);
INSERT INTO answering_machine_events VALUES(55,1781618575000000,3,0,1781618400000000);
INSERT INTO answering_machine_events VALUES(56,1781629439000000,3,1,1781629200000000);
INSERT INTO answering_machine_events VALUES(57,1781687026000000,1,0,1781686800000000);
INSERT INTO answering_machine_events VALUES(58,1781697787000000,2,1,1781697600000000);
INSERT INTO answering_machine_events VALUES(59,1781704923000000,1,0,1781704800000000);
INSERT INTO answering_machine_events VALUES(60,1781715833000000,3,1,1781715600000000);
INSERT INTO answering_machine_events VALUES(61,1781773398000000,2,0,1781773200000000);
INSERT INTO answering_machine_events VALUES(62,1781784055000000,3,1,1781784000000000);
INSERT INTO answering_machine_events VALUES(63,1781791406000000,2,0,1781791200000000);
INSERT INTO answering_machine_events VALUES(64,1781802043000000,3,1,1781802000000000);
INSERT INTO answering_machine_events VALUES(65,1781859723000000,1,0,1781859600000000);
INSERT INTO answering_machine_events VALUES(66,1781870523000000,3,1,1781870400000000);
INSERT INTO answering_machine_events VALUES(67,1781877815000000,3,0,1781877600000000);
INSERT INTO answering_machine_events VALUES(68,1781884996000000,1,1,1781884800000000);
INSERT INTO answering_machine_events VALUES(69,1781946005000000,2,0,1781946000000000);
INSERT INTO answering_machine_events VALUES(70,1781953231000000,2,1,1781953200000000);
INSERT INTO answering_machine_events VALUES(71,1782118810000000,1,0,1782118800000000);
INSERT INTO answering_machine_events VALUES(72,1782129778000000,1,1,1782129600000000);
INSERT INTO answering_machine_events VALUES(73,1782136836000000,1,0,1782136800000000);
INSERT INTO answering_machine_events VALUES(74,1782147747000000,2,1,1782147600000000);
INSERT INTO answering_machine_events VALUES(75,1782205385000000,1,0,1782205200000000);
INSERT INTO answering_machine_events VALUES(76,1782216017000000,1,1,1782216000000000);
INSERT INTO answering_machine_events VALUES(77,1782223372000000,2,0,1782223200000000);
INSERT INTO answering_machine_events VALUES(78,1782234068000000,3,1,1782234000000000);
INSERT INTO answering_machine_events VALUES(79,1782291728000000,2,0,1782291600000000);
INSERT INTO answering_machine_events VALUES(80,1782302472000000,2,1,1782302400000000);
INSERT INTO answering_machine_events VALUES(81,1782309612000000,3,0,1782309600000000);
INSERT INTO answering_machine_events VALUES(82,1782320573000000,2,1,1782320400000000);
INSERT INTO answering_machine_events VALUES(83,1782378185000000,2,0,1782378000000000);
INSERT INTO answering_machine_events VALUES(84,1782389018000000,3,1,1782388800000000);
INSERT INTO answering_machine_events VALUES(85,1782396000000000,1,0,1782396000000000);
INSERT INTO answering_machine_events VALUES(86,1782406843000000,2,1,1782406800000000);
INSERT INTO answering_machine_events VALUES(87,1782475229000000,1,1,1782475200000000);
INSERT INTO answering_machine_events VALUES(88,1782482587000000,3,0,1782482400000000);
INSERT INTO answering_machine_events VALUES(89,1782550851000000,1,0,1782550800000000);
INSERT INTO answering_machine_events VALUES(90,1782558141000000,3,1,1782558000000000);
INSERT INTO answering_machine_events VALUES(91,1782723699000000,3,0,1782723600000000);
INSERT INTO answering_machine_events VALUES(92,1782734522000000,2,1,1782734400000000);
INSERT INTO answering_machine_events VALUES(93,1782741791000000,1,0,1782741600000000);
INSERT INTO answering_machine_events VALUES(94,1782752438000000,3,1,1782752400000000);
INSERT INTO answering_machine_events VALUES(95,1782810181000000,1,0,1782810000000000);
INSERT INTO answering_machine_events VALUES(96,1782821018000000,2,1,1782820800000000);
INSERT INTO answering_machine_events VALUES(97,1782828127000000,1,0,1782828000000000);
INSERT INTO answering_machine_events VALUES(98,1782838832000000,3,1,1782838800000000);
INSERT INTO answering_machine_events VALUES(99,1782896611000000,3,0,1782896400000000);
INSERT INTO answering_machine_events VALUES(100,1782907201000000,2,1,1782907200000000);
INSERT INTO answering_machine_events VALUES(101,1782914617000000,1,0,1782914400000000);
INSERT INTO answering_machine_events VALUES(102,1782925424000000,2,1,1782925200000000);
INSERT INTO answering_machine_events VALUES(103,1782982811000000,2,0,1782982800000000);
INSERT INTO answering_machine_events VALUES(104,1782993602000000,1,1,1782993600000000);
INSERT INTO answering_machine_events VALUES(105,1783000884000000,3,0,1783000800000000);
INSERT INTO answering_machine_events VALUES(106,1783011684000000,3,1,1783011600000000);
INSERT INTO answering_machine_events VALUES(107,1783069297000000,1,0,1783069200000000);
INSERT INTO answering_machine_events VALUES(108,1783080236000000,1,1,1783080000000000);
INSERT INTO answering_machine_events VALUES(109,1783087249000000,1,0,1783087200000000);
INSERT INTO answering_machine_events VALUES(110,1783094412000000,2,1,1783094400000000);
INSERT INTO answering_machine_events VALUES(111,1783155763000000,1,0,1783155600000000);
INSERT INTO answering_machine_events VALUES(112,1783162940000000,3,1,1783162800000000);
INSERT INTO answering_machine_events VALUES(113,1783328582000000,3,0,1783328400000000);
INSERT INTO answering_machine_events VALUES(114,1783339216000000,3,1,1783339200000000);
INSERT INTO answering_machine_events VALUES(115,1783346409000000,1,0,1783346400000000);
INSERT INTO answering_machine_events VALUES(116,1783357363000000,3,1,1783357200000000);
INSERT INTO answering_machine_events VALUES(117,1783414974000000,1,0,1783414800000000);
INSERT INTO answering_machine_events VALUES(118,1783425788000000,1,1,1783425600000000);
INSERT INTO answering_machine_events VALUES(119,1783432897000000,3,0,1783432800000000);
INSERT INTO answering_machine_events VALUES(120,1783443742000000,1,1,1783443600000000);
INSERT INTO answering_machine_events VALUES(121,1783501232000000,1,0,1783501200000000);
INSERT INTO answering_machine_events VALUES(122,1783512115000000,1,1,1783512000000000);
INSERT INTO answering_machine_events VALUES(123,1783519301000000,1,0,1783519200000000);
INSERT INTO answering_machine_events VALUES(124,1783530052000000,3,1,1783530000000000);
INSERT INTO answering_machine_events VALUES(125,1783587617000000,1,0,1783587600000000);
INSERT INTO answering_machine_events VALUES(126,1783598436000000,2,1,1783598400000000);
INSERT INTO answering_machine_events VALUES(127,1783605786000000,2,0,1783605600000000);
INSERT INTO answering_machine_events VALUES(128,1783616544000000,3,1,1783616400000000);
INSERT INTO answering_machine_events VALUES(129,1783674068000000,3,0,1783674000000000);
INSERT INTO answering_machine_events VALUES(130,1783684937000000,3,1,1783684800000000);
INSERT INTO answering_machine_events VALUES(131,1783692000000000,1,0,1783692000000000);
INSERT INTO answering_machine_events VALUES(132,1783699300000000,2,1,1783699200000000);
INSERT INTO answering_machine_events VALUES(133,1783760595000000,1,0,1783760400000000);
INSERT INTO answering_machine_events VALUES(134,1783767622000000,1,1,1783767600000000);
INSERT INTO answering_machine_events VALUES(135,1783933257000000,1,0,1783933200000000);
INSERT INTO answering_machine_events VALUES(136,1783944056000000,1,1,1783944000000000);
INSERT INTO answering_machine_events VALUES(137,1783951386000000,2,0,1783951200000000);
INSERT INTO answering_machine_events VALUES(138,1783962080000000,3,1,1783962000000000);
INSERT INTO answering_machine_events VALUES(139,1784106010000000,2,0,1784106000000000);
INSERT INTO answering_machine_events VALUES(140,1784116919000000,2,1,1784116800000000);
INSERT INTO answering_machine_events VALUES(141,1784134807000000,2,1,1784134800000000);
INSERT INTO answering_machine_events VALUES(142,1784192569000000,2,0,1784192400000000);
INSERT INTO answering_machine_events VALUES(143,1784203318000000,1,1,1784203200000000);
INSERT INTO answering_machine_events VALUES(144,1784210482000000,1,0,1784210400000000);
INSERT INTO answering_machine_events VALUES(145,1784221220000000,3,1,1784221200000000);
INSERT INTO answering_machine_events VALUES(146,1784278935000000,2,0,1784278800000000);
INSERT INTO answering_machine_events VALUES(147,1784289712000000,2,1,1784289600000000);
INSERT INTO answering_machine_events VALUES(148,1784296959000000,2,0,1784296800000000);
INSERT INTO answering_machine_events VALUES(149,1784304103000000,2,1,1784304000000000);
INSERT INTO answering_machine_events VALUES(150,1784365325000000,1,0,1784365200000000);
INSERT INTO answering_machine_events VALUES(151,1784372568000000,2,1,1784372400000000);
INSERT INTO answering_machine_events VALUES(152,1784548914000000,1,1,1784548800000000);
INSERT INTO answering_machine_events VALUES(153,1784556000000000,1,0,1784556000000000);
INSERT INTO answering_machine_events VALUES(154,1784566923000000,3,1,1784566800000000);
INSERT INTO answering_machine_events VALUES(155,1784624602000000,3,0,1784624400000000);
INSERT INTO answering_machine_events VALUES(156,1784635384000000,1,1,1784635200000000);
INSERT INTO answering_machine_events VALUES(157,1784642401000000,2,0,1784642400000000);
INSERT INTO answering_machine_events VALUES(158,1784710886000000,1,0,1784710800000000);
INSERT INTO answering_machine_events VALUES(159,1784721671000000,1,1,1784721600000000);
INSERT INTO answering_machine_events VALUES(160,1784728836000000,1,0,1784728800000000);
INSERT INTO answering_machine_events VALUES(161,1784739669000000,3,1,1784739600000000);
INSERT INTO answering_machine_events VALUES(162,1784797394000000,1,0,1784797200000000);
INSERT INTO answering_machine_events VALUES(163,1784808163000000,3,1,1784808000000000);
INSERT INTO answering_machine_events VALUES(164,1784815314000000,2,0,1784815200000000);
INSERT INTO answering_machine_events VALUES(165,1784826071000000,2,1,1784826000000000);
INSERT INTO answering_machine_events VALUES(166,1784883713000000,1,0,1784883600000000);
INSERT INTO answering_machine_events VALUES(167,1784901791000000,1,0,1784901600000000);
INSERT INTO answering_machine_events VALUES(168,1784908994000000,3,1,1784908800000000);
INSERT INTO answering_machine_events VALUES(169,1784970226000000,2,0,1784970000000000);
INSERT INTO answering_machine_events VALUES(170,1784977206000000,3,1,1784977200000000);
INSERT INTO answering_machine_events VALUES(171,1785142974000000,3,0,1785142800000000);
INSERT INTO answering_machine_events VALUES(172,1785153668000000,2,1,1785153600000000);
INSERT INTO answering_machine_events VALUES(173,1785229407000000,1,0,1785229200000000);
INSERT INTO answering_machine_events VALUES(174,1785240128000000,1,1,1785240000000000);
INSERT INTO answering_machine_events VALUES(175,1785247324000000,1,0,1785247200000000);
INSERT INTO answering_machine_events VALUES(176,1785258156000000,1,1,1785258000000000);
INSERT INTO answering_machine_events VALUES(177,1785315661000000,1,0,1785315600000000);
INSERT INTO answering_machine_events VALUES(178,1785326423000000,2,1,1785326400000000);
INSERT INTO answering_machine_events VALUES(179,1785333817000000,2,0,1785333600000000);
INSERT INTO answering_machine_events VALUES(180,1785344409000000,2,1,1785344400000000);
INSERT INTO answering_machine_events VALUES(181,1785402135000000,1,0,1785402000000000);
INSERT INTO answering_machine_events VALUES(182,1785412985000000,1,1,1785412800000000);
INSERT INTO answering_machine_events VALUES(183,1785420023000000,1,0,1785420000000000);
INSERT INTO answering_machine_events VALUES(184,1785430858000000,2,1,1785430800000000);
INSERT INTO answering_machine_events VALUES(185,1785488563000000,2,0,1785488400000000);
INSERT INTO answering_machine_events VALUES(186,1785499305000000,1,1,1785499200000000);
INSERT INTO answering_machine_events VALUES(187,1785506489000000,2,0,1785506400000000);
INSERT INTO answering_machine_events VALUES(188,1785513711000000,3,1,1785513600000000);
INSERT INTO answering_machine_events VALUES(189,1785574838000000,3,0,1785574800000000);
INSERT INTO answering_machine_events VALUES(190,1785582176000000,3,1,1785582000000000);
INSERT INTO answering_machine_events VALUES(191,1785747629000000,1,0,1785747600000000);
INSERT INTO answering_machine_events VALUES(192,1785758561000000,1,1,1785758400000000);
INSERT INTO answering_machine_events VALUES(193,1785765783000000,1,0,1785765600000000);
INSERT INTO answering_machine_events VALUES(194,1785776625000000,3,1,1785776400000000);
INSERT INTO answering_machine_events VALUES(195,1785834225000000,2,0,1785834000000000);
INSERT INTO answering_machine_events VALUES(196,1785845014000000,3,1,1785844800000000);
INSERT INTO answering_machine_events VALUES(197,1785852030000000,1,0,1785852000000000);
INSERT INTO answering_machine_events VALUES(198,1785920601000000,1,0,1785920400000000);
INSERT INTO answering_machine_events VALUES(199,1785931423000000,2,1,1785931200000000);
INSERT INTO answering_machine_events VALUES(200,1785938407000000,2,0,1785938400000000);
INSERT INTO answering_machine_events VALUES(201,1785949291000000,3,1,1785949200000000);
INSERT INTO answering_machine_events VALUES(202,1786006995000000,2,0,1786006800000000);
INSERT INTO answering_machine_events VALUES(203,1786017695000000,3,1,1786017600000000);
INSERT INTO answering_machine_events VALUES(204,1786035637000000,2,1,1786035600000000);
INSERT INTO answering_machine_events VALUES(205,1786093371000000,3,0,1786093200000000);
INSERT INTO answering_machine_events VALUES(206,1786104203000000,3,1,1786104000000000);
INSERT INTO answering_machine_events VALUES(207,1786111426000000,2,0,1786111200000000);
INSERT INTO answering_machine_events VALUES(208,1786118482000000,2,1,1786118400000000);
INSERT INTO answering_machine_events VALUES(209,1786179639000000,1,0,1786179600000000);
INSERT INTO answering_machine_events VALUES(210,1786187029000000,3,1,1786186800000000);
INSERT INTO answering_machine_events VALUES(211,1786352600000000,3,0,1786352400000000);
INSERT INTO answering_machine_events VALUES(212,1786363410000000,2,1,1786363200000000);
INSERT INTO answering_machine_events VALUES(213,1786370539000000,1,0,1786370400000000);
INSERT INTO answering_machine_events VALUES(214,1786381238000000,1,1,1786381200000000);
INSERT INTO answering_machine_events VALUES(215,1786438990000000,3,0,1786438800000000);
INSERT INTO answering_machine_events VALUES(216,1786449711000000,1,1,1786449600000000);
INSERT INTO answering_machine_events VALUES(217,1786467710000000,2,1,1786467600000000);
INSERT INTO answering_machine_events VALUES(218,1786525376000000,3,0,1786525200000000);
INSERT INTO answering_machine_events VALUES(219,1786536120000000,3,1,1786536000000000);
INSERT INTO answering_machine_events VALUES(220,1786543305000000,1,0,1786543200000000);
INSERT INTO answering_machine_events VALUES(221,1786554051000000,3,1,1786554000000000);
INSERT INTO answering_machine_events VALUES(222,1786611625000000,1,0,1786611600000000);
INSERT INTO answering_machine_events VALUES(223,1786622466000000,1,1,1786622400000000);
INSERT INTO answering_machine_events VALUES(224,1786629697000000,1,0,1786629600000000);
INSERT INTO answering_machine_events VALUES(225,1786640565000000,1,1,1786640400000000);
INSERT INTO answering_machine_events VALUES(226,1786698187000000,3,0,1786698000000000);
INSERT INTO answering_machine_events VALUES(227,1786708856000000,2,1,1786708800000000);
INSERT INTO answering_machine_events VALUES(228,1786716225000000,2,0,1786716000000000);
INSERT INTO answering_machine_events VALUES(229,1786723272000000,1,1,1786723200000000);
INSERT INTO answering_machine_events VALUES(230,1786968047000000,3,1,1786968000000000);
INSERT INTO answering_machine_events VALUES(231,1786975355000000,3,0,1786975200000000);
INSERT INTO answering_machine_events VALUES(232,1786986139000000,3,1,1786986000000000);
INSERT INTO answering_machine_events VALUES(233,1787043658000000,3,0,1787043600000000);
INSERT INTO answering_machine_events VALUES(234,1787054624000000,2,1,1787054400000000);
INSERT INTO answering_machine_events VALUES(235,1787061821000000,2,0,1787061600000000);
INSERT INTO answering_machine_events VALUES(236,1787072409000000,2,1,1787072400000000);
INSERT INTO answering_machine_events VALUES(237,1787130066000000,3,0,1787130000000000);
INSERT INTO answering_machine_events VALUES(238,1787140926000000,2,1,1787140800000000);
INSERT INTO answering_machine_events VALUES(239,1787148227000000,1,0,1787148000000000);
INSERT INTO answering_machine_events VALUES(240,1787158870000000,2,1,1787158800000000);
INSERT INTO answering_machine_events VALUES(241,1787216474000000,2,0,1787216400000000);
INSERT INTO answering_machine_events VALUES(242,1787227235000000,2,1,1787227200000000);
INSERT INTO answering_machine_events VALUES(243,1787234411000000,1,0,1787234400000000);
INSERT INTO answering_machine_events VALUES(244,1787245386000000,2,1,1787245200000000);
INSERT INTO answering_machine_events VALUES(245,1787302896000000,2,0,1787302800000000);
INSERT INTO answering_machine_events VALUES(246,1787313813000000,2,1,1787313600000000);
INSERT INTO answering_machine_events VALUES(247,1787320889000000,3,0,1787320800000000);
INSERT INTO answering_machine_events VALUES(248,1787328200000000,3,1,1787328000000000);
INSERT INTO answering_machine_events VALUES(249,1787389203000000,1,0,1787389200000000);
INSERT INTO answering_machine_events VALUES(250,1787396571000000,3,1,1787396400000000);
INSERT INTO answering_machine_events VALUES(251,1787562122000000,3,0,1787562000000000);
INSERT INTO answering_machine_events VALUES(252,1787572959000000,3,1,1787572800000000);
INSERT INTO answering_machine_events VALUES(253,1787580178000000,3,0,1787580000000000);
INSERT INTO answering_machine_events VALUES(254,1787591003000000,2,1,1787590800000000);
INSERT INTO answering_machine_events VALUES(255,1787648561000000,3,0,1787648400000000);
INSERT INTO answering_machine_events VALUES(256,1787659415000000,3,1,1787659200000000);
INSERT INTO answering_machine_events VALUES(257,1787666551000000,1,0,1787666400000000);
INSERT INTO answering_machine_events VALUES(258,1787734953000000,2,0,1787734800000000);
INSERT INTO answering_machine_events VALUES(259,1787745694000000,3,1,1787745600000000);
INSERT INTO answering_machine_events VALUES(260,1787763618000000,1,1,1787763600000000);
INSERT INTO answering_machine_events VALUES(261,1787821230000000,2,0,1787821200000000);
INSERT INTO answering_machine_events VALUES(262,1787832195000000,2,1,1787832000000000);
INSERT INTO answering_machine_events VALUES(263,1787839408000000,3,0,1787839200000000);
INSERT INTO answering_machine_events VALUES(264,1787918401000000,3,1,1787918400000000);
INSERT INTO answering_machine_events VALUES(265,1787925755000000,3,0,1787925600000000);
INSERT INTO answering_machine_events VALUES(266,1787932811000000,1,1,1787932800000000);
INSERT INTO answering_machine_events VALUES(267,1787994055000000,2,0,1787994000000000);
INSERT INTO answering_machine_events VALUES(268,1788001335000000,3,1,1788001200000000);
INSERT INTO answering_machine_events VALUES(269,1788166920000000,1,0,1788166800000000);
INSERT INTO answering_machine_events VALUES(270,1788177791000000,1,1,1788177600000000);
INSERT INTO answering_machine_events VALUES(271,1788185012000000,1,0,1788184800000000);
INSERT INTO answering_machine_events VALUES(272,1788195702000000,3,1,1788195600000000);
INSERT INTO answering_machine_events VALUES(273,1788253215000000,1,0,1788253200000000);
INSERT INTO answering_machine_events VALUES(274,1788264166000000,1,1,1788264000000000);
INSERT INTO answering_machine_events VALUES(275,1788271230000000,1,0,1788271200000000);
INSERT INTO answering_machine_events VALUES(276,1788282058000000,1,1,1788282000000000);
INSERT INTO answering_machine_events VALUES(277,1788339794000000,2,0,1788339600000000);
INSERT INTO answering_machine_events VALUES(278,1788350498000000,3,1,1788350400000000);
INSERT INTO answering_machine_events VALUES(279,1788357602000000,3,0,1788357600000000);
INSERT INTO answering_machine_events VALUES(280,1788368437000000,1,1,1788368400000000);
INSERT INTO answering_machine_events VALUES(281,1788426157000000,3,0,1788426000000000);
INSERT INTO answering_machine_events VALUES(282,1788436802000000,3,1,1788436800000000);
INSERT INTO answering_machine_events VALUES(283,1788444135000000,1,0,1788444000000000);
INSERT INTO answering_machine_events VALUES(284,1788454932000000,2,1,1788454800000000);
INSERT INTO answering_machine_events VALUES(285,1788512439000000,1,0,1788512400000000);
INSERT INTO answering_machine_events VALUES(286,1788523233000000,2,1,1788523200000000);
INSERT INTO answering_machine_events VALUES(287,1788530600000000,3,0,1788530400000000);
INSERT INTO answering_machine_events VALUES(288,1788598942000000,2,0,1788598800000000);
INSERT INTO answering_machine_events VALUES(289,1788606203000000,2,1,1788606000000000);
INSERT INTO answering_machine_events VALUES(290,1788771771000000,1,0,1788771600000000);
INSERT INTO answering_machine_events VALUES(291,1788782570000000,1,1,1788782400000000);
INSERT INTO answering_machine_events VALUES(292,1788789624000000,1,0,1788789600000000);
INSERT INTO answering_machine_events VALUES(293,1788800616000000,2,1,1788800400000000);
INSERT INTO answering_machine_events VALUES(294,1788858193000000,1,0,1788858000000000);
INSERT INTO answering_machine_events VALUES(295,1788868993000000,2,1,1788868800000000);
INSERT INTO answering_machine_events VALUES(296,1788876113000000,3,0,1788876000000000);
INSERT INTO answering_machine_events VALUES(297,1788886816000000,3,1,1788886800000000);
INSERT INTO answering_machine_events VALUES(298,1788944469000000,3,0,1788944400000000);
INSERT INTO answering_machine_events VALUES(299,1788955263000000,1,1,1788955200000000);
INSERT INTO answering_machine_events VALUES(300,1788962445000000,1,0,1788962400000000);
INSERT INTO answering_machine_events VALUES(301,1788973233000000,1,1,1788973200000000);
INSERT INTO answering_machine_events VALUES(302,1789030813000000,1,0,1789030800000000);
INSERT INTO answering_machine_events VALUES(303,1789041637000000,3,1,1789041600000000);
INSERT INTO answering_machine_events VALUES(304,1789049003000000,3,0,1789048800000000);
INSERT INTO answering_machine_events VALUES(305,1789059706000000,3,1,1789059600000000);
INSERT INTO answering_machine_events VALUES(306,1789117234000000,3,0,1789117200000000);
INSERT INTO answering_machine_events VALUES(307,1789128016000000,2,1,1789128000000000);
INSERT INTO answering_machine_events VALUES(308,1789135413000000,2,0,1789135200000000);
INSERT INTO answering_machine_events VALUES(309,1789142537000000,2,1,1789142400000000);
INSERT INTO answering_machine_events VALUES(310,1789203698000000,1,0,1789203600000000);
INSERT INTO answering_machine_events VALUES(311,1789210975000000,2,1,1789210800000000);
INSERT INTO answering_machine_events VALUES(312,1789376473000000,1,0,1789376400000000);
INSERT INTO answering_machine_events VALUES(313,1789387390000000,1,1,1789387200000000);
INSERT INTO answering_machine_events VALUES(314,1789405285000000,3,1,1789405200000000);
INSERT INTO answering_machine_events VALUES(315,1789463031000000,3,0,1789462800000000);
INSERT INTO answering_machine_events VALUES(316,1789473642000000,2,1,1789473600000000);
INSERT INTO answering_machine_events VALUES(317,1789481024000000,3,0,1789480800000000);
INSERT INTO answering_machine_events VALUES(318,1789491757000000,2,1,1789491600000000);
INSERT INTO answering_machine_events VALUES(319,1789549208000000,2,0,1789549200000000);
INSERT INTO answering_machine_events VALUES(320,1789560166000000,3,1,1789560000000000);
INSERT INTO answering_machine_events VALUES(321,1789567222000000,3,0,1789567200000000);
INSERT INTO answering_machine_events VALUES(322,1789578128000000,3,1,1789578000000000);
INSERT INTO answering_machine_events VALUES(323,1789635783000000,1,0,1789635600000000);
INSERT INTO answering_machine_events VALUES(324,1789646589000000,1,1,1789646400000000);
INSERT INTO answering_machine_events VALUES(325,1789653816000000,3,0,1789653600000000);
INSERT INTO answering_machine_events VALUES(326,1789664564000000,3,1,1789664400000000);
INSERT INTO answering_machine_events VALUES(327,1789722180000000,3,0,1789722000000000);
INSERT INTO answering_machine_events VALUES(328,1789732922000000,3,1,1789732800000000);
INSERT INTO answering_machine_events VALUES(329,1789740078000000,2,0,1789740000000000);
INSERT INTO answering_machine_events VALUES(330,1789747299000000,2,1,1789747200000000);
INSERT INTO answering_machine_events VALUES(331,1789808429000000,2,0,1789808400000000);
INSERT INTO answering_machine_events VALUES(332,1789815700000000,3,1,1789815600000000);
INSERT INTO answering_machine_events VALUES(333,1789981434000000,3,0,1789981200000000);
INSERT INTO answering_machine_events VALUES(334,1789992013000000,1,1,1789992000000000);
INSERT INTO answering_machine_events VALUES(335,1789999273000000,2,0,1789999200000000);
INSERT INTO answering_machine_events VALUES(336,1790010125000000,3,1,1790010000000000);
INSERT INTO answering_machine_events VALUES(337,1790067816000000,1,0,1790067600000000);
INSERT INTO answering_machine_events VALUES(338,1790078515000000,3,1,1790078400000000);
INSERT INTO answering_machine_events VALUES(339,1790085799000000,1,0,1790085600000000);
INSERT INTO answering_machine_events VALUES(340,1790096518000000,2,1,1790096400000000);
INSERT INTO answering_machine_events VALUES(341,1790154125000000,3,0,1790154000000000);
INSERT INTO answering_machine_events VALUES(342,1790164968000000,3,1,1790164800000000);
INSERT INTO answering_machine_events VALUES(343,1790172019000000,2,0,1790172000000000);
INSERT INTO answering_machine_events VALUES(344,1790183019000000,1,1,1790182800000000);
INSERT INTO answering_machine_events VALUES(345,1790240614000000,2,0,1790240400000000);
INSERT INTO answering_machine_events VALUES(346,1790251263000000,1,1,1790251200000000);
INSERT INTO answering_machine_events VALUES(347,1790258630000000,2,0,1790258400000000);
INSERT INTO answering_machine_events VALUES(348,1790269207000000,1,1,1790269200000000);
INSERT INTO answering_machine_events VALUES(349,1790326884000000,3,0,1790326800000000);
INSERT INTO answering_machine_events VALUES(350,1790337799000000,1,1,1790337600000000);
INSERT INTO answering_machine_events VALUES(351,1790344890000000,2,0,1790344800000000);
INSERT INTO answering_machine_events VALUES(352,1790352177000000,1,1,1790352000000000);
INSERT INTO answering_machine_events VALUES(353,1790413382000000,1,0,1790413200000000);
INSERT INTO answering_machine_events VALUES(354,1790420537000000,3,1,1790420400000000);
INSERT INTO answering_machine_events VALUES(355,1790586013000000,3,0,1790586000000000);
INSERT INTO answering_machine_events VALUES(356,1790596826000000,3,1,1790596800000000);
INSERT INTO answering_machine_events VALUES(357,1790604182000000,1,0,1790604000000000);
INSERT INTO answering_machine_events VALUES(358,1790614885000000,2,1,1790614800000000);
INSERT INTO answering_machine_events VALUES(359,1790672530000000,1,0,1790672400000000);
INSERT INTO answering_machine_events VALUES(360,1790683213000000,1,1,1790683200000000);
INSERT INTO answering_machine_events VALUES(361,1790690530000000,1,0,1790690400000000);
INSERT INTO answering_machine_events VALUES(362,1790701430000000,2,1,1790701200000000);
INSERT INTO answering_machine_events VALUES(363,1790758885000000,1,0,1790758800000000);
INSERT INTO answering_machine_events VALUES(364,1790769736000000,3,1,1790769600000000);
INSERT INTO answering_machine_events VALUES(365,1790776891000000,2,0,1790776800000000);
INSERT INTO answering_machine_events VALUES(366,1790787747000000,3,1,1790787600000000);
INSERT INTO answering_machine_events VALUES(367,1790845224000000,3,0,1790845200000000);
INSERT INTO answering_machine_events VALUES(368,1790856069000000,2,1,1790856000000000);
INSERT INTO answering_machine_events VALUES(369,1790863313000000,2,0,1790863200000000);
INSERT INTO answering_machine_events VALUES(370,1790874051000000,2,1,1790874000000000);
INSERT INTO answering_machine_events VALUES(371,1790931618000000,3,0,1790931600000000);
INSERT INTO answering_machine_events VALUES(372,1790949723000000,1,0,1790949600000000);
INSERT INTO answering_machine_events VALUES(373,1790956944000000,2,1,1790956800000000);
INSERT INTO answering_machine_events VALUES(374,1791025265000000,1,1,1791025200000000);
INSERT INTO answering_machine_events VALUES(375,1791190814000000,1,0,1791190800000000);
INSERT INTO answering_machine_events VALUES(376,1791201661000000,3,1,1791201600000000);
INSERT INTO answering_machine_events VALUES(377,1791209009000000,2,0,1791208800000000);
INSERT INTO answering_machine_events VALUES(378,1791219694000000,1,1,1791219600000000);
INSERT INTO answering_machine_events VALUES(379,1791288200000000,3,1,1791288000000000);
INSERT INTO answering_machine_events VALUES(380,1791295331000000,1,0,1791295200000000);
INSERT INTO answering_machine_events VALUES(381,1791306192000000,2,1,1791306000000000);
INSERT INTO answering_machine_events VALUES(382,1791363730000000,2,0,1791363600000000);
INSERT INTO answering_machine_events VALUES(383,1791374400000000,1,1,1791374400000000);
INSERT INTO answering_machine_events VALUES(384,1791381771000000,2,0,1791381600000000);
INSERT INTO answering_machine_events VALUES(385,1791392452000000,2,1,1791392400000000);
INSERT INTO answering_machine_events VALUES(386,1791450096000000,3,0,1791450000000000);
INSERT INTO answering_machine_events VALUES(387,1791460815000000,1,1,1791460800000000);
INSERT INTO answering_machine_events VALUES(388,1791468222000000,3,0,1791468000000000);
INSERT INTO answering_machine_events VALUES(389,1791478911000000,3,1,1791478800000000);
INSERT INTO answering_machine_events VALUES(390,1791536445000000,3,0,1791536400000000);
INSERT INTO answering_machine_events VALUES(391,1791547387000000,1,1,1791547200000000);
INSERT INTO answering_machine_events VALUES(392,1791554484000000,2,0,1791554400000000);
INSERT INTO answering_machine_events VALUES(393,1791561743000000,1,1,1791561600000000);
INSERT INTO answering_machine_events VALUES(394,1791630165000000,2,1,1791630000000000);
INSERT INTO answering_machine_events VALUES(395,1791806498000000,1,1,1791806400000000);
INSERT INTO answering_machine_events VALUES(396,1791813658000000,2,0,1791813600000000);
INSERT INTO answering_machine_events VALUES(397,1791824568000000,2,1,1791824400000000);
INSERT INTO answering_machine_events VALUES(398,1791882102000000,1,0,1791882000000000);
INSERT INTO answering_machine_events VALUES(399,1791892874000000,3,1,1791892800000000);
INSERT INTO answering_machine_events VALUES(400,1791900020000000,1,0,1791900000000000);
INSERT INTO answering_machine_events VALUES(401,1791911011000000,3,1,1791910800000000);
INSERT INTO answering_machine_events VALUES(402,1791968471000000,2,0,1791968400000000);
INSERT INTO answering_machine_events VALUES(403,1791979364000000,2,1,1791979200000000);
INSERT INTO answering_machine_events VALUES(404,1791986438000000,3,0,1791986400000000);
INSERT INTO answering_machine_events VALUES(405,1791997295000000,3,1,1791997200000000);
INSERT INTO answering_machine_events VALUES(406,1792054950000000,1,0,1792054800000000);
INSERT INTO answering_machine_events VALUES(407,1792065665000000,1,1,1792065600000000);
INSERT INTO answering_machine_events VALUES(408,1792072899000000,1,0,1792072800000000);
INSERT INTO answering_machine_events VALUES(409,1792083830000000,1,1,1792083600000000);
INSERT INTO answering_machine_events VALUES(410,1792141270000000,2,0,1792141200000000);
INSERT INTO answering_machine_events VALUES(411,1792152170000000,2,1,1792152000000000);
INSERT INTO answering_machine_events VALUES(412,1792159418000000,1,0,1792159200000000);
INSERT INTO answering_machine_events VALUES(413,1792166445000000,1,1,1792166400000000);
INSERT INTO answering_machine_events VALUES(414,1792227748000000,1,0,1792227600000000);
INSERT INTO answering_machine_events VALUES(415,1792234995000000,2,1,1792234800000000);
INSERT INTO answering_machine_events VALUES(416,1792400513000000,3,0,1792400400000000);
INSERT INTO answering_machine_events VALUES(417,1792411263000000,1,1,1792411200000000);
INSERT INTO answering_machine_events VALUES(418,1792418610000000,3,0,1792418400000000);
INSERT INTO answering_machine_events VALUES(419,1792429296000000,2,1,1792429200000000);
INSERT INTO answering_machine_events VALUES(420,1792486853000000,2,0,1792486800000000);
INSERT INTO answering_machine_events VALUES(421,1792497661000000,2,1,1792497600000000);
INSERT INTO answering_machine_events VALUES(422,1792504974000000,2,0,1792504800000000);
INSERT INTO answering_machine_events VALUES(423,1792515803000000,2,1,1792515600000000);
INSERT INTO answering_machine_events VALUES(424,1792573294000000,1,0,1792573200000000);
INSERT INTO answering_machine_events VALUES(425,1792584061000000,2,1,1792584000000000);
INSERT INTO answering_machine_events VALUES(426,1792591321000000,1,0,1792591200000000);
INSERT INTO answering_machine_events VALUES(427,1792602081000000,3,1,1792602000000000);
INSERT INTO answering_machine_events VALUES(428,1792659723000000,3,0,1792659600000000);
INSERT INTO answering_machine_events VALUES(429,1792670422000000,2,1,1792670400000000);
INSERT INTO answering_machine_events VALUES(430,1792677675000000,3,0,1792677600000000);
INSERT INTO answering_machine_events VALUES(431,1792688412000000,1,1,1792688400000000);
INSERT INTO answering_machine_events VALUES(432,1792746174000000,3,0,1792746000000000);
INSERT INTO answering_machine_events VALUES(433,1792756907000000,2,1,1792756800000000);
INSERT INTO answering_machine_events VALUES(434,1792771208000000,3,1,1792771200000000);
INSERT INTO answering_machine_events VALUES(435,1792832427000000,1,0,1792832400000000);
INSERT INTO answering_machine_events VALUES(436,1792839797000000,1,1,1792839600000000);
INSERT INTO answering_machine_events VALUES(437,1793005258000000,1,0,1793005200000000);
INSERT INTO answering_machine_events VALUES(438,1793016072000000,1,1,1793016000000000);
INSERT INTO answering_machine_events VALUES(439,1793023204000000,3,0,1793023200000000);
INSERT INTO answering_machine_events VALUES(440,1793034077000000,3,1,1793034000000000);
INSERT INTO answering_machine_events VALUES(441,1793091651000000,1,0,1793091600000000);
INSERT INTO answering_machine_events VALUES(442,1793102408000000,2,1,1793102400000000);
INSERT INTO answering_machine_events VALUES(443,1793109739000000,2,0,1793109600000000);
INSERT INTO answering_machine_events VALUES(444,1793120576000000,2,1,1793120400000000);
INSERT INTO answering_machine_events VALUES(445,1793178237000000,2,0,1793178000000000);
INSERT INTO answering_machine_events VALUES(446,1793188856000000,2,1,1793188800000000);
INSERT INTO answering_machine_events VALUES(447,1793196225000000,1,0,1793196000000000);
INSERT INTO answering_machine_events VALUES(448,1793206864000000,1,1,1793206800000000);
INSERT INTO answering_machine_events VALUES(449,1793264561000000,3,0,1793264400000000);
INSERT INTO answering_machine_events VALUES(450,1793275398000000,3,1,1793275200000000);
INSERT INTO answering_machine_events VALUES(451,1793282582000000,3,0,1793282400000000);
INSERT INTO answering_machine_events VALUES(452,1793293371000000,3,1,1793293200000000);
INSERT INTO answering_machine_events VALUES(453,1793350958000000,3,0,1793350800000000);
INSERT INTO answering_machine_events VALUES(454,1793361600000000,1,1,1793361600000000);
INSERT INTO answering_machine_events VALUES(455,1793368972000000,1,0,1793368800000000);
INSERT INTO answering_machine_events VALUES(456,1793376070000000,3,1,1793376000000000);
INSERT INTO answering_machine_events VALUES(457,1793437409000000,2,0,1793437200000000);
INSERT INTO answering_machine_events VALUES(458,1793444473000000,2,1,1793444400000000);
INSERT INTO answering_machine_events VALUES(459,1793610031000000,2,0,1793610000000000);
INSERT INTO answering_machine_events VALUES(460,1793620889000000,3,1,1793620800000000);
INSERT INTO answering_machine_events VALUES(461,1793628136000000,2,0,1793628000000000);
INSERT INTO answering_machine_events VALUES(462,1793639012000000,3,1,1793638800000000);
INSERT INTO answering_machine_events VALUES(463,1793696607000000,3,0,1793696400000000);
INSERT INTO answering_machine_events VALUES(464,1793707301000000,2,1,1793707200000000);
INSERT INTO answering_machine_events VALUES(465,1793714579000000,3,0,1793714400000000);
INSERT INTO answering_machine_events VALUES(466,1793783008000000,2,0,1793782800000000);
INSERT INTO answering_machine_events VALUES(467,1793793834000000,3,1,1793793600000000);
INSERT INTO answering_machine_events VALUES(468,1793800997000000,2,0,1793800800000000);
INSERT INTO answering_machine_events VALUES(469,1793811698000000,3,1,1793811600000000);
INSERT INTO answering_machine_events VALUES(470,1793869213000000,2,0,1793869200000000);
INSERT INTO answering_machine_events VALUES(471,1793880015000000,2,1,1793880000000000);
INSERT INTO answering_machine_events VALUES(472,1793887346000000,2,0,1793887200000000);
INSERT INTO answering_machine_events VALUES(473,1793898015000000,3,1,1793898000000000);
INSERT INTO answering_machine_events VALUES(474,1793955791000000,1,0,1793955600000000);
INSERT INTO answering_machine_events VALUES(475,1793966630000000,1,1,1793966400000000);
INSERT INTO answering_machine_events VALUES(476,1793973648000000,2,0,1793973600000000);
INSERT INTO answering_machine_events VALUES(477,1794042213000000,2,0,1794042000000000);
INSERT INTO answering_machine_events VALUES(478,1794049355000000,3,1,1794049200000000);
INSERT INTO answering_machine_events VALUES(479,1794214855000000,3,0,1794214800000000);
INSERT INTO answering_machine_events VALUES(480,1794225716000000,3,1,1794225600000000);
INSERT INTO answering_machine_events VALUES(481,1794232989000000,3,0,1794232800000000);
INSERT INTO answering_machine_events VALUES(482,1794301364000000,3,0,1794301200000000);
INSERT INTO answering_machine_events VALUES(483,1794312180000000,3,1,1794312000000000);
INSERT INTO answering_machine_events VALUES(484,1794319231000000,3,0,1794319200000000);
INSERT INTO answering_machine_events VALUES(485,1794474050000000,1,0,1794474000000000);
INSERT INTO answering_machine_events VALUES(486,1794484935000000,2,1,1794484800000000);
INSERT INTO answering_machine_events VALUES(487,1794492197000000,2,0,1794492000000000);
INSERT INTO answering_machine_events VALUES(488,1794502843000000,1,1,1794502800000000);
INSERT INTO answering_machine_events VALUES(489,1794560500000000,3,0,1794560400000000);
INSERT INTO answering_machine_events VALUES(490,1794571350000000,2,1,1794571200000000);
INSERT INTO answering_machine_events VALUES(491,1794578494000000,2,0,1794578400000000);
INSERT INTO answering_machine_events VALUES(492,1794585715000000,1,1,1794585600000000);
INSERT INTO answering_machine_events VALUES(493,1794646849000000,1,0,1794646800000000);
INSERT INTO answering_machine_events VALUES(494,1794654103000000,2,1,1794654000000000);
INSERT INTO answering_machine_events VALUES(495,1794819643000000,2,0,1794819600000000);
INSERT INTO answering_machine_events VALUES(496,1794830468000000,1,1,1794830400000000);
INSERT INTO answering_machine_events VALUES(497,1794848613000000,3,1,1794848400000000);
INSERT INTO answering_machine_events VALUES(498,1794906000000000,1,0,1794906000000000);
INSERT INTO answering_machine_events VALUES(499,1794917023000000,3,1,1794916800000000);
INSERT INTO answering_machine_events VALUES(500,1794924222000000,1,0,1794924000000000);
INSERT INTO answering_machine_events VALUES(501,1794934922000000,3,1,1794934800000000);
INSERT INTO answering_machine_events VALUES(502,1794992466000000,3,0,1794992400000000);
INSERT INTO answering_machine_events VALUES(503,1795003205000000,1,1,1795003200000000);
INSERT INTO answering_machine_events VALUES(504,1795010429000000,3,0,1795010400000000);
INSERT INTO answering_machine_events VALUES(505,1795021324000000,3,1,1795021200000000);
INSERT INTO answering_machine_events VALUES(506,1795078875000000,2,0,1795078800000000);
INSERT INTO answering_machine_events VALUES(507,1795089762000000,3,1,1795089600000000);
INSERT INTO answering_machine_events VALUES(508,1795096913000000,3,0,1795096800000000);
INSERT INTO answering_machine_events VALUES(509,1795107610000000,1,1,1795107600000000);
INSERT INTO answering_machine_events VALUES(510,1795165271000000,3,0,1795165200000000);
INSERT INTO answering_machine_events VALUES(511,1795176097000000,1,1,1795176000000000);
INSERT INTO answering_machine_events VALUES(512,1795183313000000,3,0,1795183200000000);
INSERT INTO answering_machine_events VALUES(513,1795190587000000,2,1,1795190400000000);
INSERT INTO answering_machine_events VALUES(514,1795251779000000,1,0,1795251600000000);
INSERT INTO answering_machine_events VALUES(515,1795424405000000,3,0,1795424400000000);
INSERT INTO answering_machine_events VALUES(516,1795435420000000,3,1,1795435200000000);
INSERT INTO answering_machine_events VALUES(517,1795442485000000,2,0,1795442400000000);
INSERT INTO answering_machine_events VALUES(518,1795453415000000,2,1,1795453200000000);
INSERT INTO answering_machine_events VALUES(519,1795510935000000,2,0,1795510800000000);
INSERT INTO answering_machine_events VALUES(520,1795521731000000,1,1,1795521600000000);
INSERT INTO answering_machine_events VALUES(521,1795528893000000,3,0,1795528800000000);
INSERT INTO answering_machine_events VALUES(522,1795539688000000,3,1,1795539600000000);
INSERT INTO answering_machine_events VALUES(523,1795608083000000,1,1,1795608000000000);
INSERT INTO answering_machine_events VALUES(524,1795615410000000,3,0,1795615200000000);
INSERT INTO answering_machine_events VALUES(525,1795626074000000,1,1,1795626000000000);
INSERT INTO answering_machine_events VALUES(526,1795683729000000,1,0,1795683600000000);
INSERT INTO answering_machine_events VALUES(527,1795701793000000,1,0,1795701600000000);
INSERT INTO answering_machine_events VALUES(528,1795712556000000,1,1,1795712400000000);
CREATE TABLE voicemail_checks (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  staff_id      INTEGER REFERENCES staff (id),
  message_count INTEGER NOT NULL CHECK (message_count >= 0)
);
INSERT INTO voicemail_checks VALUES(1,1780063320000000,2,0);
INSERT INTO voicemail_checks VALUES(2,1780322700000000,3,0);
INSERT INTO voicemail_checks VALUES(3,1780409040000000,2,0);
INSERT INTO voicemail_checks VALUES(4,1780495680000000,1,0);
INSERT INTO voicemail_checks VALUES(5,1780563960000000,2,0);
INSERT INTO voicemail_checks VALUES(6,1780736820000000,3,1);
INSERT INTO voicemail_checks VALUES(7,1780909740000000,2,0);
INSERT INTO voicemail_checks VALUES(8,1780927560000000,3,0);
INSERT INTO voicemail_checks VALUES(9,1780995780000000,2,0);
INSERT INTO voicemail_checks VALUES(10,1781100480000000,2,0);
INSERT INTO voicemail_checks VALUES(11,1781168700000000,1,1);
INSERT INTO voicemail_checks VALUES(12,1781687280000000,1,0);
INSERT INTO voicemail_checks VALUES(13,1781705100000000,1,0);
INSERT INTO voicemail_checks VALUES(14,1781859840000000,1,0);
INSERT INTO voicemail_checks VALUES(15,1781877960000000,3,0);
INSERT INTO voicemail_checks VALUES(16,1782137100000000,1,0);
INSERT INTO voicemail_checks VALUES(17,1782205320000000,1,0);
INSERT INTO voicemail_checks VALUES(18,1782223620000000,2,0);
INSERT INTO voicemail_checks VALUES(19,1782550980000000,1,0);
INSERT INTO voicemail_checks VALUES(20,1783001160000000,3,0);
INSERT INTO voicemail_checks VALUES(21,1783087620000000,1,0);
INSERT INTO voicemail_checks VALUES(22,1783328820000000,3,0);
INSERT INTO voicemail_checks VALUES(23,1783433160000000,3,0);
INSERT INTO voicemail_checks VALUES(24,1783519320000000,1,1);
INSERT INTO voicemail_checks VALUES(25,1783606080000000,2,0);
INSERT INTO voicemail_checks VALUES(26,1783692540000000,1,0);
INSERT INTO voicemail_checks VALUES(27,1783760520000000,1,0);
INSERT INTO voicemail_checks VALUES(28,1783951440000000,2,0);
INSERT INTO voicemail_checks VALUES(29,1784106120000000,2,0);
INSERT INTO voicemail_checks VALUES(30,1784124120000000,3,0);
INSERT INTO voicemail_checks VALUES(31,1784538360000000,3,0);
INSERT INTO voicemail_checks VALUES(32,1784556540000000,1,0);
INSERT INTO voicemail_checks VALUES(33,1784642640000000,2,0);
INSERT INTO voicemail_checks VALUES(34,1784711040000000,1,0);
INSERT INTO voicemail_checks VALUES(35,1784797620000000,1,0);
INSERT INTO voicemail_checks VALUES(36,1784970360000000,2,0);
INSERT INTO voicemail_checks VALUES(37,1785142980000000,3,0);
INSERT INTO voicemail_checks VALUES(38,1785161160000000,1,0);
INSERT INTO voicemail_checks VALUES(39,1785229740000000,1,1);
INSERT INTO voicemail_checks VALUES(40,1785247680000000,1,0);
INSERT INTO voicemail_checks VALUES(41,1785488640000000,2,0);
INSERT INTO voicemail_checks VALUES(42,1785575280000000,3,0);
INSERT INTO voicemail_checks VALUES(43,1785747900000000,1,0);
INSERT INTO voicemail_checks VALUES(44,1785766140000000,1,1);
INSERT INTO voicemail_checks VALUES(45,1785834420000000,2,0);
INSERT INTO voicemail_checks VALUES(46,1785920580000000,1,1);
INSERT INTO voicemail_checks VALUES(47,1785938700000000,2,0);
INSERT INTO voicemail_checks VALUES(48,1786111500000000,2,0);
INSERT INTO voicemail_checks VALUES(49,1786370880000000,1,0);
INSERT INTO voicemail_checks VALUES(50,1786439040000000,3,0);
INSERT INTO voicemail_checks VALUES(51,1786543320000000,1,0);
INSERT INTO voicemail_checks VALUES(52,1786630140000000,1,0);
INSERT INTO voicemail_checks VALUES(53,1786698120000000,3,0);
INSERT INTO voicemail_checks VALUES(54,1786957320000000,2,0);
INSERT INTO voicemail_checks VALUES(55,1787062080000000,2,0);
INSERT INTO voicemail_checks VALUES(56,1787148180000000,1,0);
INSERT INTO voicemail_checks VALUES(57,1787216520000000,2,0);
INSERT INTO voicemail_checks VALUES(58,1787234760000000,1,0);
INSERT INTO voicemail_checks VALUES(59,1787303340000000,2,0);
INSERT INTO voicemail_checks VALUES(60,1787321160000000,3,0);
INSERT INTO voicemail_checks VALUES(61,1787562480000000,3,0);
INSERT INTO voicemail_checks VALUES(62,1787752980000000,2,0);
INSERT INTO voicemail_checks VALUES(63,1787907780000000,1,0);
INSERT INTO voicemail_checks VALUES(64,1787925960000000,3,0);
INSERT INTO voicemail_checks VALUES(65,1788530640000000,3,0);
INSERT INTO voicemail_checks VALUES(66,1788876360000000,3,0);
INSERT INTO voicemail_checks VALUES(67,1789031340000000,1,0);
INSERT INTO voicemail_checks VALUES(68,1789049280000000,3,0);
INSERT INTO voicemail_checks VALUES(69,1789135500000000,2,0);
INSERT INTO voicemail_checks VALUES(70,1789204140000000,1,0);
INSERT INTO voicemail_checks VALUES(71,1789376520000000,1,0);
INSERT INTO voicemail_checks VALUES(72,1789549320000000,2,0);
INSERT INTO voicemail_checks VALUES(73,1789722240000000,3,0);
INSERT INTO voicemail_checks VALUES(74,1789740360000000,2,0);
INSERT INTO voicemail_checks VALUES(75,1789808820000000,2,0);
INSERT INTO voicemail_checks VALUES(76,1789981320000000,3,0);
INSERT INTO voicemail_checks VALUES(77,1790086140000000,1,0);
INSERT INTO voicemail_checks VALUES(78,1790172240000000,2,0);
INSERT INTO voicemail_checks VALUES(79,1790240640000000,2,0);
INSERT INTO voicemail_checks VALUES(80,1790327100000000,3,0);
INSERT INTO voicemail_checks VALUES(81,1790413440000000,1,0);
INSERT INTO voicemail_checks VALUES(82,1790672700000000,1,0);
INSERT INTO voicemail_checks VALUES(83,1791209100000000,2,0);
INSERT INTO voicemail_checks VALUES(84,1791363840000000,2,0);
INSERT INTO voicemail_checks VALUES(85,1791623220000000,2,0);
INSERT INTO voicemail_checks VALUES(86,1791813960000000,2,0);
INSERT INTO voicemail_checks VALUES(87,1791882180000000,1,0);
INSERT INTO voicemail_checks VALUES(88,1791968580000000,2,0);
INSERT INTO voicemail_checks VALUES(89,1792072920000000,1,0);
INSERT INTO voicemail_checks VALUES(90,1792227960000000,1,0);
INSERT INTO voicemail_checks VALUES(91,1792400520000000,3,0);
INSERT INTO voicemail_checks VALUES(92,1792487280000000,2,1);
INSERT INTO voicemail_checks VALUES(93,1792832520000000,1,0);
INSERT INTO voicemail_checks VALUES(94,1793023620000000,3,0);
INSERT INTO voicemail_checks VALUES(95,1793091720000000,1,0);
INSERT INTO voicemail_checks VALUES(96,1793196240000000,1,0);
INSERT INTO voicemail_checks VALUES(97,1793351340000000,3,0);
INSERT INTO voicemail_checks VALUES(98,1793369100000000,1,0);
INSERT INTO voicemail_checks VALUES(99,1793696520000000,3,0);
INSERT INTO voicemail_checks VALUES(100,1793973840000000,2,0);
INSERT INTO voicemail_checks VALUES(101,1794301560000000,3,0);
INSERT INTO voicemail_checks VALUES(102,1794492120000000,2,0);
INSERT INTO voicemail_checks VALUES(103,1794560940000000,3,0);
INSERT INTO voicemail_checks VALUES(104,1794647280000000,1,0);
INSERT INTO voicemail_checks VALUES(105,1794924240000000,1,0);
INSERT INTO voicemail_checks VALUES(106,1795079040000000,2,0);
INSERT INTO voicemail_checks VALUES(107,1795097340000000,3,0);
INSERT INTO voicemail_checks VALUES(108,1795165500000000,3,0);
INSERT INTO voicemail_checks VALUES(109,1795442700000000,2,0);
INSERT INTO voicemail_checks VALUES(110,1795510920000000,2,0);
INSERT INTO voicemail_checks VALUES(111,1795597440000000,2,0);
CREATE TABLE interaction_changes (
  id             INTEGER PRIMARY KEY,
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  staff_id       INTEGER REFERENCES staff (id),
  field          TEXT NOT NULL,
  old_value      TEXT,
  new_value      TEXT
);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','interactions_fts','interactions_fts',0,'CREATE VIRTUAL TABLE interactions_fts USING fts5 (
  name, organisation, reason, notes,
  content = ''interactions'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'interactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO interactions_fts_data VALUES(1,X'070e001106');
INSERT INTO interactions_fts_data VALUES(10,X'000000000107070007010101020101030101040101050101060101070101');
INSERT INTO interactions_fts_data VALUES(137438953473,X'0000007106306465766973010601020201076d65756e69657201020301087061756c6574746501020200023164010601020201016d0102030101700102020003326465010601020201026d6501020301027061010202000433646576010601020201036d65750102030103706175010202040c0c0d0906060a07070b08');
INSERT INTO interactions_fts_data VALUES(274877906945,X'000001760830616273656e6365020601020202027061020601030302017502060103060105636f75727302060103050101640206010203020a6570617274656d656e74020601030702066f73736965720206010302020575626f69730202030102656e02060103040108677265676f697265020202010b696e74657276656e616e7402060102050102756e020601020400023161020e0102020103030501016302060103050101640210030102030103020701016502060103040101670202020101690206010205010175020601020400033261620206010202020170020601030302017502060103060102636f020601030501026465020601030702016f02060103020201750202030102656e0206010304010267720202020102696e02060102050102756e020601020400043361627302060102020202706102060103030103636f7502060103050103646570020601030702026f7302060103020202756202020301036772650202020103696e740206010205040e09080c08110d0a090d12090d080d080608080a080809090806090709090b090a0a090708');
INSERT INTO interactions_fts_data VALUES(412316860417,X'000000dc0530616964650306010202020270610306010204010a66696e616e636965726503060102030109676572616c64696e65030202010668616464616403020301037063680306010205000231610308010202040101660306010203010167030202010168030203010170030601020500033261690306010202020170030601020401026669030601020301026765030202010268610302030102706303060102050004336169640306010202020270610306010204010366696e03060102030103676572030202010368616403020301037063680306010205040b09110e0b0a0a080606080a08090707090b090a0808');
INSERT INTO interactions_fts_data VALUES(549755813889,X'000000a60830636c656d656e7404020301016404060102030206656d616e64650406010202010b696e666f726d6174696f6e040601020401066c656f6e696504020200023163040203010164040801020203010169040601020401016c040202000332636c0402030102646504060102020102696e040601020401026c65040202000433636c65040203010364656d04060102020103696e66040601020401036c656f040202040c080d120b0709080608090907090a0a');
INSERT INTO interactions_fts_data VALUES(687194767361,X'000000740c3063616e6469646174757265050601020201066a65726f6d65050202010670657272696e05020300023163050601020201016a0502020101700502030003326361050601020201026a650502020102706505020300043363616e050601020201036a6572050202010370657205020304120b0b0906060a07070b08');
INSERT INTO interactions_fts_data VALUES(824633720833,X'0000007608306a61637175657306020201076c656d6f696e65060203010b7265636c616d6174696f6e06060102020002316a06020201016c06020301017206060102020003326a6106020201026c650602030102726506060102020004336a616306020201036c656d06020301037265630606010202040c0c120706080807090908');
INSERT INTO interactions_fts_data VALUES(962072674305,X'000000a70230640706010203010c696e74657276656e74696f6e070601020401066a65726f6d65070202010670657272696e07020302076c616e6e696e670706010202000231640706010203010169070601020401016a070202010170070803010202000332696e070601020401026a650702020102706507020302016c0706010202000433696e74070601020401036a6572070202010370657207020302026c6107060102020408130b0b0e090806090a0707080b0808');
CREATE TABLE IF NOT EXISTS 'interactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO interactions_fts_idx VALUES(1,X'',2);
INSERT INTO interactions_fts_idx VALUES(2,X'',2);
INSERT INTO interactions_fts_idx VALUES(3,X'',2);
INSERT INTO interactions_fts_idx VALUES(4,X'',2);
INSERT INTO interactions_fts_idx VALUES(5,X'',2);
INSERT INTO interactions_fts_idx VALUES(6,X'',2);
INSERT INTO interactions_fts_idx VALUES(7,X'',2);
CREATE TABLE IF NOT EXISTS 'interactions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO interactions_fts_docsize VALUES(1,X'02000100');
INSERT INTO interactions_fts_docsize VALUES(2,X'02000406');
INSERT INTO interactions_fts_docsize VALUES(3,X'02000400');
INSERT INTO interactions_fts_docsize VALUES(4,X'02000300');
INSERT INTO interactions_fts_docsize VALUES(5,X'02000100');
INSERT INTO interactions_fts_docsize VALUES(6,X'02000100');
INSERT INTO interactions_fts_docsize VALUES(7,X'02000300');
CREATE TABLE IF NOT EXISTS 'interactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO interactions_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','messages_fts','messages_fts',0,'CREATE VIRTUAL TABLE messages_fts USING fts5 (
  name, organisation, reason,
  content = ''messages'', content_rowid = ''id'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'messages_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO messages_fts_data VALUES(1,X'03080009');
INSERT INTO messages_fts_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO messages_fts_data VALUES(137438953473,X'000000c30830616273656e636501060102020101640106010203020575626f69730102030108677265676f697265010202010b696e74657276656e616e7401060102050102756e0106010204000231610106010202010164010803010203010167010202010169010601020501017501060102040003326162010601020201026475010203010267720102020102696e01060102050102756e01060102040004336162730106010202010364756201020301036772650102020103696e740106010205040e080a0d120909090608080a070709090b0808');
INSERT INTO messages_fts_data VALUES(274877906945,X'0000007608306a61637175657302020201076c656d6f696e65020203010b7265636c616d6174696f6e02060102020002316a02020201016c02020301017202060102020003326a6102020201026c650202030102726502060102020004336a616302020201036c656d02020301037265630206010202040c0c120706080807090908');
INSERT INTO messages_fts_data VALUES(412316860417,X'000000fd0830616273656e6365030601020201066265726768650302050108636c656d656e6365030202010164030601020302026572030204010b696e74657276656e616e7403060102050102756e0306010204010376616e0302030002316103060102020101620302050101630302020101640308040102030101690306010205010175030601020401017603020300033261620306010202010262650302050102636c030202010264650302040102696e03060102050102756e030601020401027661030203000433616273030601020201036265720302050103636c6503020201036465720302040103696e740306010205010376616e030203040e0b0d0807120908090606090808060a0707070909070b0808080a');
CREATE TABLE IF NOT EXISTS 'messages_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO messages_fts_idx VALUES(1,X'',2);
INSERT INTO messages_fts_idx VALUES(2,X'',2);
INSERT INTO messages_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'messages_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO messages_fts_docsize VALUES(1,X'020004');
INSERT INTO messages_fts_docsize VALUES(2,X'020001');
INSERT INTO messages_fts_docsize VALUES(3,X'040004');
CREATE TABLE IF NOT EXISTS 'messages_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO messages_fts_config VALUES('version',4);
CREATE TABLE interaction_documents (
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  document_id    INTEGER NOT NULL REFERENCES documents (id),
  PRIMARY KEY (interaction_id, document_id)
) WITHOUT ROWID;
CREATE TABLE document_reviews (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  at          INTEGER NOT NULL,
  staff_id    INTEGER REFERENCES staff (id)
);
INSERT INTO document_reviews VALUES(1,1,1760349600000000,7);
INSERT INTO document_reviews VALUES(2,2,1792317600000000,7);
INSERT INTO document_reviews VALUES(3,3,1758621600000000,7);
INSERT INTO document_reviews VALUES(4,4,1785405600000000,7);
INSERT INTO document_reviews VALUES(5,5,1778493600000000,7);
INSERT INTO document_reviews VALUES(6,6,1735293600000000,7);
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
CREATE INDEX interaction_documents_document ON interaction_documents (document_id);
CREATE INDEX document_reviews_document ON document_reviews (document_id, at);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 4;
