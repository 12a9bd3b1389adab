-- hocbaso schema 27 (SQLite): following up lagging schools from 6.4, "Đôn đốc" (see postgres/027).
-- A school's contact person and phone (the school's data, written by administrators), and a log of
-- the reminders the unit sent, per school and school year, which only grows. A store logs its own
-- reminders: they are not synced.
ALTER TABLE schools ADD COLUMN contact_person TEXT;
ALTER TABLE schools ADD COLUMN contact_phone TEXT;

CREATE TABLE school_reminders (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    school_year INTEGER NOT NULL,
    sent_at     TEXT NOT NULL,
    sent_by     TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT ''
);
-- The dialog shows each school's last reminder of the year.
CREATE INDEX school_reminders_school ON school_reminders(school_id, school_year, sent_at);
