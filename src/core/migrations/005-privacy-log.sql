-- SPDX-License-Identifier: GPL-3.0-or-later
-- 005: the log of what was done with personal data (RGPD): purges,
-- exports on request (right of access) and erasures. It holds counts and
-- contact ids, never the personal data itself.
CREATE TABLE privacy_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,       -- unix microseconds, UTC
  action     INTEGER NOT NULL,       -- AccPrivacyAction: 0 purge, 1 export, 2 erase
  contact_id INTEGER,                -- no foreign key: the contact may be gone
  rows       INTEGER NOT NULL DEFAULT 0,
  detail     TEXT
);
CREATE INDEX privacy_log_at ON privacy_log (at);
