-- hocbaso schema 26: 6.5 lists the requests that have waited longest first (issue #23): an officer
-- at a deadline works from the oldest request down, whichever school sent it. The first page walks
-- this index in the list's order, (requested_at, id) within a status, and stops after a page; the
-- policies' school filter applies on the way (a commune's schools are a few percent of a province's
-- pending requests, so a page reads a few hundred index entries).
CREATE INDEX revocation_oldest ON revocation_requests (status, requested_at, id);
ANALYZE revocation_requests;
