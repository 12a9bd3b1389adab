-- hocbaso schema 16 (SQLite): units and schools are administered in the program (issue #17): they
-- are added, renamed, moved and closed. A closed unit or school keeps its row and everything that
-- hangs on it (records, certificates, users, the audit log name it), so closing is a date, not a
-- delete; NULL while it is open. Text like every other timestamp of this dialect.
ALTER TABLE units ADD COLUMN closed_at TEXT;
ALTER TABLE schools ADD COLUMN closed_at TEXT;
