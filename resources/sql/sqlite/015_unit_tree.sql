-- hocbaso schema 15 (SQLite): units form a tree (a Sở above its communes). The program walks it
-- from a unit down (store::sql::unitsUnder) and up (lock dates); this index serves the walk down.
-- A local store has one user at a time and the services keep the tree a tree; the central store's
-- schema 15 enforces it again in the database.
CREATE INDEX units_parent ON units (parent_id);
