-- hocbaso schema 10 (SQLite): what an offline replica keeps besides the unit's data (ARCHITECTURE.md,
-- "Central store and offline sync"). A SQLite store becomes a replica when `replica create` fills
-- these tables; in any other store they stay empty.

-- The replica's own facts, as text: the server and login it was made from, the server's epoch, the
-- pull cursor (txid:seq), the download's progress, this device's id and its last HLC stamp.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every offline action, written in the transaction of the action itself: pending until the server
-- answered (acked), then kept with the outcome, so that a restored server can be given them again
-- and the conflict report can say what happened.
CREATE TABLE sync_outbox (
    seq                  INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id                TEXT NOT NULL UNIQUE,
    device_id            TEXT NOT NULL,
    intent               TEXT NOT NULL,
    entity               TEXT NOT NULL,
    entity_key           TEXT NOT NULL,
    expected_row_version INTEGER,
    payload              TEXT NOT NULL,
    hlc                  TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    state                TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acked')),
    outcome              TEXT CHECK (outcome IS NULL OR outcome IN ('applied', 'conflict', 'refused')),
    result               TEXT,
    acked_at             TEXT
);
CREATE INDEX sync_outbox_state ON sync_outbox(state, seq);

-- Rows that offline actions changed since the last pull. Before pulling, the sync puts the server's
-- version of each back (the server has applied or refused the action by then), so that the replica
-- never keeps a local guess beside the server's answer.
CREATE TABLE sync_dirty (
    tbl    TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- The Argon2id verifier of the password used at the last online sign-in (never the password), and
-- the offline sign-in's own count of failed attempts.
CREATE TABLE sync_credentials (
    username        TEXT PRIMARY KEY,
    verifier        TEXT NOT NULL,
    saved_at        TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT
);
