-- The audit log in the window and `audit list`: newest first, paged by (at, id) without OFFSET, so a
-- page is read from an index however many events the store holds; filtered by action or by person,
-- from the index that starts with it.
CREATE INDEX audit_events_at ON audit_events (at, id);
CREATE INDEX audit_events_action ON audit_events (action, at, id);
CREATE INDEX audit_events_actor ON audit_events (actor, at, id);
