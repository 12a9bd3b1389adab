-- PostgreSQL only: cheaper row-level security policies of the central store (resources/sql/postgres).
-- SQLite has no row-level security; this empty step keeps both dialects' schema numbers alike.
SELECT 1;
