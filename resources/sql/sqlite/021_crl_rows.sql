-- PostgreSQL only: who may file which CRL row in the central store (resources/sql/postgres).
-- SQLite has no people to keep apart; this empty step keeps both dialects' schema numbers alike.
SELECT 1;
