-- hocbaso schema 7 (PostgreSQL): the per-record search index of the SQLite store (records_fts) has
-- no counterpart here; the trigram index of schema 2 serves the name search. The step keeps both
-- dialects' versions equal.
SELECT 1;
