-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: the documents of the register handed over during a
-- visit (« plaquette/documents de communication sur l'offre de services »),
-- and the history of the register's reviews (« tenir à jour les documents »),
-- who checked each document and when, for the auditor.
--
-- Times are UTC unix microseconds, as in versions 1 to 3.

-- The documents handed over during a call or a visit: one row per document,
-- written with the interaction and replaced with it. A document handed over
-- stays in the register (no cascade): the visit's record must keep naming it.
CREATE TABLE interaction_documents (
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  document_id    INTEGER NOT NULL REFERENCES documents (id),
  PRIMARY KEY (interaction_id, document_id)
) WITHOUT ROWID;
CREATE INDEX interaction_documents_document ON interaction_documents (document_id);

-- Every review of a document of the register: documents.reviewed_at and
-- reviewed_by_id are the last one, this table keeps them all.
CREATE TABLE document_reviews (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  at          INTEGER NOT NULL,
  staff_id    INTEGER REFERENCES staff (id)
);
CREATE INDEX document_reviews_document ON document_reviews (document_id, at);

-- The reviews recorded before the history existed: the last of each
-- document, as the register knew it.
INSERT INTO document_reviews (document_id, at, staff_id)
  SELECT id, reviewed_at, reviewed_by_id FROM documents WHERE reviewed_at IS NOT NULL;
