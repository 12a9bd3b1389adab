-- hocbaso schema 26: 6.5 lists the requests that have waited longest first (see postgres/026); the
-- first page walks this index in the list's order instead of sorting every request of the status.
CREATE INDEX revocation_oldest ON revocation_requests (status, requested_at, id);
