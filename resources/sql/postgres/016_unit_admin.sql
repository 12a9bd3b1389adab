-- hocbaso schema 16 (PostgreSQL): units and schools are administered in the program (issue #17):
-- they are added, renamed, moved and closed. A closed unit or school keeps its row and everything
-- that hangs on it (records, certificates, users, the audit log name it), so closing is a moment,
-- not a delete; NULL while it is open.
ALTER TABLE units ADD COLUMN closed_at timestamptz;
ALTER TABLE schools ADD COLUMN closed_at timestamptz;
