-- hocbaso schema 18 (SQLite): receipt verification (issue #18, item 4). The managing unit verifies
-- the signatures of every sent record version (CMS over the content, the school's registered and
-- approved certificates at signing time, their chains and revocation then) and keeps one result per
-- version: when, by whom, valid / invalid / unverifiable, and why in words. A store verifies its own
-- rows: results are not synced (an offline copy verifies what it holds).
CREATE TABLE record_verifications (
    version_id  INTEGER PRIMARY KEY REFERENCES record_versions(id),
    record_id   INTEGER NOT NULL REFERENCES records(id),
    version     INTEGER NOT NULL,
    verified_at TEXT NOT NULL,
    verified_by TEXT NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('valid', 'invalid', 'unverifiable')),
    reason      TEXT NOT NULL DEFAULT ''
);
-- The record's result (its current version) for 6.3's badge; the few that are not valid for its
-- filter and 6.4's count.
CREATE INDEX record_verifications_record ON record_verifications(record_id, version);
CREATE INDEX record_verifications_problems ON record_verifications(result, record_id) WHERE result <> 'valid';
