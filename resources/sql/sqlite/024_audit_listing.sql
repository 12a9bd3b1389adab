-- The audit log in the window and `audit list`: newest first, paged by (at, id) without OFFSET, so a
-- page is read from this index however many events the store holds.
CREATE INDEX audit_events_at ON audit_events (at, id);
