-- hocbaso schema 10 (PostgreSQL): offline replicas and their sync (ARCHITECTURE.md, "Central store and
-- offline sync").
--
-- Pull. Every change of a table that replicas hold is written to sync_changes by statement-level
-- triggers: which row of which table changed, in which transaction (txid) and in what order (seq),
-- and whose unit it belongs to. A replica pages through the log on (txid, seq) and is served only
-- entries below a horizon that every transaction under it has passed (ARCHITECTURE.md: txid <
-- pg_snapshot_xmin(pg_current_snapshot())), so no entry can appear later behind the replica's cursor:
-- a transaction that wrote an earlier seq but commits after a later one is simply served once it is
-- below the horizon. pg_snapshot_xmin is the oldest transaction of the whole cluster, so a long
-- transaction in another database (a training copy being filled, a report) would hold every pull
-- back; hocbaso_sync_horizon() counts this database's transactions only (see there). The log names
-- rows, it does not copy them: the replica then reads the rows' current state through row-level
-- security and keeps a row only when its row_version is newer than its own.
--
-- Who reads the log. Its rows carry the unit of the row that changed, and row-level security lets a
-- person read the entries of their own unit only (global administrators all of them; the trust
-- store's entries, unit NULL, everyone), so an officer's replica learns nothing of other units, not
-- even which of their rows changed. The triggers run as the owner (SECURITY DEFINER) because nobody
-- else may write the log or look a row's unit up across units.
--
-- Push. An offline action reaches the server as an operation with a UUID. The sync client, signed in
-- as the officer's own login role, applies it in one transaction that begins with
-- INSERT INTO applied_ops ... ON CONFLICT DO NOTHING: a replay (a retry after a lost acknowledgement)
-- finds the row, changes nothing and returns the outcome stored the first time. The operation itself
-- runs through the same services and so through the rules of schemas 8 and 9.
--
-- Epoch. meta.epoch (a UUID set when the store was created) names this database's history; the
-- owner renews it with hocbaso_sync_new_epoch() after restoring a backup, and replicas that knew
-- another epoch download again and push their operations again.

CREATE TABLE sync_changes (
    seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid    xid8 NOT NULL DEFAULT pg_current_xact_id(),
    tbl     text NOT NULL,
    row_id  bigint NOT NULL,
    -- The managing unit whose data the row is; NULL for rows everyone reads (trust anchors, CRLs),
    -- 0 for rows of no unit (global administrators, chain 0 of the audit log).
    unit_id bigint
);
CREATE INDEX sync_changes_order ON sync_changes (txid, seq);
CREATE INDEX sync_changes_unit ON sync_changes (unit_id, txid, seq);

-- The horizon of this database: the oldest transaction still running here, else the next one to
-- come. A transaction that writes here holds a lock on one of this database's relations from before
-- it has a transaction id until it ends, and an exclusive lock on its own id, so pg_locks (which
-- everyone may read) tells this database's running transactions apart; their ids are matched to the
-- snapshot's (xid8) by their low 32 bits. The snapshot is taken first: a transaction that ends in
-- between is simply not held back, and the caller reads the log in a later statement, which sees it.
CREATE FUNCTION hocbaso_sync_horizon() RETURNS xid8
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    s pg_snapshot;
    h xid8;
BEGIN
    s := pg_current_snapshot();
    SELECT min(x) INTO h FROM pg_snapshot_xip(s) AS x
    WHERE (x::text::numeric % 4294967296)::bigint IN (
        SELECT t.transactionid::text::bigint FROM pg_catalog.pg_locks t
        WHERE t.locktype = 'transactionid' AND t.mode = 'ExclusiveLock' AND t.granted
          AND t.pid IN (SELECT r.pid FROM pg_catalog.pg_locks r
                        WHERE r.database = (SELECT d.oid FROM pg_catalog.pg_database d
                                            WHERE d.datname = current_database())));
    RETURN coalesce(h, pg_snapshot_xmax(s));
END;
$$;

-- One trigger function per table (static SQL, so its plan is kept for the session): the transition
-- table holds the changed rows, and the table says how to find their unit.
DO $do$
DECLARE
    t text;
    unit_of text;
BEGIN
    -- The tables a replica holds (app/store/SyncRepository.cpp lists the same, in download order).
    FOREACH t IN ARRAY ARRAY['units', 'schools', 'classes', 'pupils', 'users', 'certificates', 'records',
                             'record_versions', 'signatures', 'lock_settings', 'revocation_requests',
                             'trust_anchors', 'crls', 'audit_events'] LOOP
        unit_of := CASE t
            WHEN 'units' THEN 'c.id'
            WHEN 'schools' THEN 'c.unit_id'
            WHEN 'lock_settings' THEN 'c.unit_id'
            WHEN 'users' THEN 'coalesce(c.unit_id, 0)'
            WHEN 'audit_events' THEN 'c.chain::bigint'
            WHEN 'trust_anchors' THEN 'NULL::bigint'
            WHEN 'crls' THEN 'NULL::bigint'
            WHEN 'classes' THEN '(SELECT s.unit_id FROM schools s WHERE s.id = c.school_id)'
            WHEN 'pupils' THEN '(SELECT s.unit_id FROM schools s WHERE s.id = c.school_id)'
            WHEN 'records' THEN '(SELECT s.unit_id FROM schools s WHERE s.id = c.school_id)'
            WHEN 'certificates' THEN '(SELECT s.unit_id FROM schools s WHERE s.id = c.school_id)'
            ELSE '(SELECT s.unit_id FROM records r JOIN schools s ON s.id = r.school_id WHERE r.id = c.record_id)'
        END;
        EXECUTE format(
            'CREATE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
            'SET search_path = public, pg_temp AS $body$ '
            'BEGIN '
            '    IF TG_OP = ''DELETE'' THEN '
            '        INSERT INTO sync_changes (tbl, row_id, unit_id) SELECT %2$L, c.id, %3$s FROM old_rows c ORDER BY c.id; '
            '    ELSE '
            '        INSERT INTO sync_changes (tbl, row_id, unit_id) SELECT %2$L, c.id, %3$s FROM new_rows c ORDER BY c.id; '
            '    END IF; '
            '    RETURN NULL; '
            'END; '
            '$body$', 'hocbaso_sync_log_' || t, t, unit_of);
        EXECUTE format('CREATE TRIGGER sync_log_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'hocbaso_sync_log_' || t);
        EXECUTE format('CREATE TRIGGER sync_log_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'hocbaso_sync_log_' || t);
        EXECUTE format('CREATE TRIGGER sync_log_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'hocbaso_sync_log_' || t);
    END LOOP;
END;
$do$;

-- A replica keeps a pulled row only when its row_version is newer than its own, so every change must
-- raise it: whoever forgets (a hand-made UPDATE, a future code path) gets it raised here.
CREATE FUNCTION hocbaso_row_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version <= OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END;
$$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['units', 'schools', 'classes', 'pupils', 'users', 'certificates', 'records',
                             'record_versions', 'lock_settings', 'revocation_requests'] LOOP
        EXECUTE format('CREATE TRIGGER sync_row_version BEFORE UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION hocbaso_row_version()', t);
    END LOOP;
END;
$$;

-- Operations pushed by replicas, one row each, written in the transaction that applied them.
CREATE TABLE applied_ops (
    op_id       uuid PRIMARY KEY,
    login       text NOT NULL DEFAULT current_user,
    device_id   text NOT NULL,
    intent      text NOT NULL,
    entity      text NOT NULL,
    entity_key  text NOT NULL,
    hlc         text NOT NULL,
    -- NULL only inside the applying transaction.
    outcome     text CHECK (outcome IS NULL OR outcome IN ('applied', 'conflict', 'refused')),
    result      text,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- The owner renews the epoch after restoring a backup (see above).
CREATE FUNCTION hocbaso_sync_new_epoch() RETURNS text
LANGUAGE sql AS $$
    UPDATE meta SET value = gen_random_uuid()::text WHERE key = 'epoch' RETURNING value
$$;
REVOKE EXECUTE ON FUNCTION hocbaso_sync_new_epoch() FROM PUBLIC;

ALTER TABLE sync_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_changes FORCE ROW LEVEL SECURITY;
ALTER TABLE applied_ops ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_ops FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON sync_changes USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
CREATE POLICY owner_all ON applied_ops USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
DO $$
BEGIN
    -- Replicas are the managing unit's (officers, viewers, administrators), never a school's.
    EXECUTE format('GRANT SELECT ON sync_changes TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer', 'viewer']));
    EXECUTE format('CREATE POLICY unit_read ON sync_changes FOR SELECT TO %s USING (unit_id IS NULL '
                   'OR (SELECT hocbaso_sees_all()) OR (unit_id = (SELECT hocbaso_my_unit()) '
                   'AND (SELECT hocbaso_my_role()) <> ''school''))', hocbaso_groups_sql(ARRAY['admin', 'officer', 'viewer']));
    -- Only those who decide push operations, each person their own.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE (outcome, result) ON applied_ops TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer']));
    EXECUTE format('CREATE POLICY own_ops ON applied_ops FOR ALL TO %s USING (login = current_user::text) '
                   'WITH CHECK (login = current_user::text)', hocbaso_groups_sql(ARRAY['admin', 'officer']));
END;
$$;
