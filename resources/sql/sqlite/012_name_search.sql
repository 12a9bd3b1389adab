-- PostgreSQL only: the per-record name search table of the central store (resources/sql/postgres).
-- SQLite has its own since schema 7 (records_fts, record_search); this empty step keeps both
-- dialects' schema numbers alike.
SELECT 1;
