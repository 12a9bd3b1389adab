-- hocbaso schema 17 (SQLite): live trust (issue #18). A CRL fetched from a certificate's
-- distribution point says where and when it came from (both NULL for a file someone loaded); each
-- OCSP answer about a certificate is kept as the responder sent it (DER) with what it said, so that
-- 6.1 works offline from the freshest answer and shows its age. Readers verify the DER again before
-- they use an answer: a row is a cache, never a verdict.
ALTER TABLE crls ADD COLUMN source_url TEXT;
ALTER TABLE crls ADD COLUMN fetched_at TEXT;

-- An answer belongs to its certificate's school (row-level security in central mode reads it).
CREATE UNIQUE INDEX certificates_id_school ON certificates (id, school_id);
CREATE TABLE ocsp_answers (
    id             INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL,
    school_id      INTEGER NOT NULL,
    url            TEXT NOT NULL,
    der            BLOB NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('good', 'revoked', 'unknown')),
    revoked_at     TEXT,
    reason         TEXT,
    this_update    TEXT NOT NULL,
    next_update    TEXT,
    fetched_at     TEXT NOT NULL,
    fetched_by     TEXT NOT NULL,
    FOREIGN KEY (certificate_id, school_id) REFERENCES certificates (id, school_id)
);
CREATE INDEX ocsp_answers_certificate ON ocsp_answers (certificate_id, fetched_at);
