-- PostgreSQL only: the central store's hardening against its own signed-in people
-- (resources/sql/postgres/014_hardening.sql). SQLite has no roles; this empty step keeps both
-- dialects' schema numbers alike.
SELECT 1;
