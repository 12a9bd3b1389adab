-- PostgreSQL only: the row-level security's lists computed once as the owner, and the 6.5 page's
-- indexes on the school a request carries (resources/sql/postgres). SQLite has no row-level security,
-- and its requests carry no school; this empty step keeps both dialects' schema numbers alike.
SELECT 1;
