-- hocbaso schema 20 (SQLite): the last attempt at each revocation source (issue #18). When no
-- current CRL or OCSP answer is at hand, 6.1 says which distribution points and responders failed,
-- why and when, beside the age of the answer it still holds. One row per URL, replaced at each
-- attempt; no verdict reads it. Not replicated: each store asks the CAs itself.
CREATE TABLE revocation_fetches (
    url      TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('crl', 'ocsp')),
    tried_at TEXT NOT NULL,
    ok       INTEGER NOT NULL,
    error    TEXT NOT NULL DEFAULT '',
    tried_by TEXT NOT NULL
);
