-- hocbaso schema 19 (SQLite): a registered certificate that its CA revoked (issue #18, item 3).
-- The unit's own revocation (revoked_*, schema 4) is a decision of an officer; this is a fact
-- learnt from the CA, a verified CRL or OCSP answer, recorded on the registration when a refresh or
-- a loaded CRL tells it: when the CA says it was revoked, why, who said so (the CRL's issuer or the
-- OCSP responder) and when the store learnt it. A CA revocation is final (the services never clear
-- it); 6.1 shows it, and the school's sends with that certificate are refused until a new one is
-- approved. An offline copy receives the columns with the rest of the row.
ALTER TABLE certificates ADD COLUMN ca_revoked_at TEXT;
ALTER TABLE certificates ADD COLUMN ca_revocation_reason TEXT;
ALTER TABLE certificates ADD COLUMN ca_revocation_source TEXT;
ALTER TABLE certificates ADD COLUMN ca_revocation_seen_at TEXT;
-- 6.1's banner counts the approved ones the CA revoked; few rows ever carry it.
CREATE INDEX certificates_ca_revoked ON certificates (school_id, status) WHERE ca_revoked_at IS NOT NULL;
