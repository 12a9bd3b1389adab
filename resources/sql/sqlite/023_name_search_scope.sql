-- PostgreSQL only: how a name lookup within a few schools is read (resources/sql/postgres). SQLite's
-- index is its own; this empty step keeps both dialects' schema numbers alike.
SELECT 1;
