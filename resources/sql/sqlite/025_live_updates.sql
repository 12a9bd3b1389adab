-- hocbaso schema 25: live updates are PostgreSQL's LISTEN/NOTIFY (see postgres/025); a SQLite store
-- has one writer at a desk and nothing to tell.
SELECT 1;
