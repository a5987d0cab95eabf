-- SPDX-License-Identifier: GPL-3.0-or-later
-- 007: a contact's calls, visits and messages by date. The RGPD purge asks,
-- for each old row, whether its contact has anything recent; without these
-- it read every recent message for each one (8 minutes for a dry run on a
-- million calls). The erasure and the contacts file's history read the
-- same rows.
CREATE INDEX messages_contact ON messages (contact_id, created_at);
DROP INDEX interactions_contact;
CREATE INDEX interactions_contact ON interactions (contact_id, started_at);
