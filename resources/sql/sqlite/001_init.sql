-- hocbaso schema 1 (SQLite): the domain of DOMAIN.md.
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 UTC text. Every syncable row has
-- row_version, bumped on each change; rows that can disappear are soft-deleted.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('so', 'phong', 'xa')),
    parent_id   INTEGER REFERENCES units(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE schools (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    name_sort   TEXT NOT NULL,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    ownership   TEXT NOT NULL CHECK (ownership IN ('public', 'private')),
    tax_code    TEXT,
    address     TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX schools_unit ON schools(unit_id, name_sort);

-- school_year is the first calendar year of the school year: 2025 means 2025-2026.
CREATE TABLE classes (
    id               INTEGER PRIMARY KEY,
    school_id        INTEGER NOT NULL REFERENCES schools(id),
    school_year      INTEGER NOT NULL,
    grade            INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
    name             TEXT NOT NULL,
    homeroom_teacher TEXT,
    row_version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (school_id, school_year, name)
);

CREATE TABLE pupils (
    id          INTEGER PRIMARY KEY,
    personal_id TEXT NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    name_sort   TEXT NOT NULL,
    birth_date  TEXT NOT NULL,
    gender      TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pupils_school ON pupils(school_id);

-- One record per pupil, school year and grade. The row holds the current status and version;
-- the content of every version (the draft being filled in included) is in record_versions.
CREATE TABLE records (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    pupil_id     INTEGER NOT NULL REFERENCES pupils(id),
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    school_year  INTEGER NOT NULL,
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
    class_id     INTEGER REFERENCES classes(id),
    status       TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'sent', 'revoked')),
    version      INTEGER NOT NULL DEFAULT 1,
    name_sort    TEXT NOT NULL,
    confirmed_at TEXT,
    sent_at      TEXT,
    updated_at   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (pupil_id, school_year, grade)
);
CREATE INDEX records_school ON records(school_id, school_year, grade, status);
CREATE INDEX records_sort ON records(name_sort, id);

CREATE TABLE record_versions (
    id             INTEGER PRIMARY KEY,
    record_id      INTEGER NOT NULL REFERENCES records(id),
    version        INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'sent', 'revoked')),
    content        TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    confirmed_at   TEXT,
    sent_at        TEXT,
    revoked_at     TEXT,
    row_version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (record_id, version)
);

-- Certificates that schools register: their seal (kind unit) and their managers' signing
-- accounts (kind signer, with holder and position). Decisions record who, when and why.
CREATE TABLE certificates (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    kind            TEXT NOT NULL CHECK (kind IN ('unit', 'signer')),
    holder          TEXT,
    position        TEXT CHECK (position IS NULL OR position IN ('principal', 'vice_principal')),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'revoked')),
    der             BLOB NOT NULL,
    sha256          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    issuer          TEXT NOT NULL,
    serial_hex      TEXT NOT NULL,
    not_before      TEXT NOT NULL,
    not_after       TEXT NOT NULL,
    submitted_at    TEXT NOT NULL,
    submitted_by    TEXT,
    decided_at      TEXT,
    decided_by      TEXT,
    decision_reason TEXT,
    superseded_by   INTEGER REFERENCES certificates(id),
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX certificates_school ON certificates(school_id, status);
CREATE INDEX certificates_sha256 ON certificates(sha256);
CREATE INDEX certificates_status ON certificates(status);

-- Signatures over one version of a record: detached CMS over the canonical content.
CREATE TABLE signatures (
    id             INTEGER PRIMARY KEY,
    record_id      INTEGER NOT NULL REFERENCES records(id),
    version        INTEGER NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('teacher', 'principal', 'seal')),
    signer         TEXT NOT NULL,
    certificate_id INTEGER REFERENCES certificates(id),
    signed_at      TEXT NOT NULL,
    cms            BLOB NOT NULL,
    UNIQUE (record_id, version, role)
);

CREATE TABLE trust_anchors (
    id       INTEGER PRIMARY KEY,
    der      BLOB NOT NULL,
    sha256   TEXT NOT NULL UNIQUE,
    subject  TEXT NOT NULL,
    family   TEXT NOT NULL CHECK (family IN ('vgca', 'public', 'test')),
    is_root  INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT
);

CREATE TABLE crls (
    id            INTEGER PRIMARY KEY,
    issuer        TEXT NOT NULL,
    der           BLOB NOT NULL,
    sha256        TEXT NOT NULL UNIQUE,
    this_update   TEXT NOT NULL,
    next_update   TEXT,
    revoked_count INTEGER NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT
);

-- Receive-lock and revoke-lock dates per unit, school year and grade; school_id NULL is the
-- unit-wide setting, a school's own row overrides it field by field.
CREATE TABLE lock_settings (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    school_year  INTEGER NOT NULL,
    school_id    INTEGER REFERENCES schools(id),
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
    receive_lock TEXT,
    revoke_lock  TEXT,
    hlc          TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX lock_settings_key ON lock_settings(unit_id, school_year, COALESCE(school_id, 0), grade);

CREATE TABLE revocation_requests (
    id             INTEGER PRIMARY KEY,
    record_id      INTEGER NOT NULL REFERENCES records(id),
    record_version INTEGER NOT NULL,
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    requested_at   TEXT NOT NULL,
    requested_by   TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_at     TEXT,
    decided_by     TEXT,
    decision_note  TEXT,
    row_version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX revocation_one_pending ON revocation_requests(record_id) WHERE status = 'pending';
CREATE INDEX revocation_status ON revocation_requests(status, record_id);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer', 'school')),
    unit_id         INTEGER REFERENCES units(id),
    school_id       INTEGER REFERENCES schools(id),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);

-- Append-only audit log, one hash chain per managing unit (chain = unit id, 0 for events of no
-- unit): hash = SHA-256(prev_hash || canonical event).
CREATE TABLE audit_events (
    id        INTEGER PRIMARY KEY,
    chain     INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    at        TEXT NOT NULL,
    rule_date TEXT,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    UNIQUE (chain, seq)
);
-- No trigger stops UPDATE here: a local file can always be edited, so the chain is what
-- detects it (audit verify). PostgreSQL refuses UPDATE and DELETE by privilege.
