-- hocbaso schema 29 (SQLite): a revocation request carries its record's school, as the server's has
-- since postgres/013. 6.5's counts and the to-do list count requests per status within the actor's
-- schools; without the school on the request, each count read every request's record, one random
-- page each (36,666 requests took 0.6 s a count on a province's store, three counts a window open).
ALTER TABLE revocation_requests ADD COLUMN school_id INTEGER REFERENCES schools(id);

UPDATE revocation_requests
SET school_id = (SELECT r.school_id FROM records r WHERE r.id = revocation_requests.record_id);

-- Whoever inserts (the program, the replica download, a sync), the school is the record's.
CREATE TRIGGER revocation_requests_school AFTER INSERT ON revocation_requests
WHEN NEW.school_id IS NOT (SELECT r.school_id FROM records r WHERE r.id = NEW.record_id)
BEGIN
    UPDATE revocation_requests SET school_id = (SELECT r.school_id FROM records r WHERE r.id = NEW.record_id)
    WHERE id = NEW.id;
END;

CREATE INDEX revocation_school_status ON revocation_requests (school_id, status);
