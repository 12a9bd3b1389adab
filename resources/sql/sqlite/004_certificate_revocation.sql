-- hocbaso schema 4 (SQLite): certificate revocation kept apart from the approval.

-- Revoking an approved certificate (6.1, a compromised key) must not overwrite who approved it
-- and when: a record signed while the certificate was approved stays "approved at signing time".
-- So the revocation gets its own who, when and why.
ALTER TABLE certificates ADD COLUMN revoked_at TEXT;
ALTER TABLE certificates ADD COLUMN revoked_by TEXT;
ALTER TABLE certificates ADD COLUMN revocation_reason TEXT;

-- A school registers one certificate once while it is pending or approved (a second import of
-- the same file would only make a twin row for the officer to decide twice).
CREATE UNIQUE INDEX certificates_one_live ON certificates(school_id, sha256) WHERE status IN ('pending', 'approved');
