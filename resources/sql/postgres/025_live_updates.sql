-- hocbaso schema 25 (PostgreSQL): live updates between officers (issue #21).
--
-- Open windows learn that their units' data changed through LISTEN/NOTIFY, without polling. What a
-- listener may learn is only that something changed in a unit it may see; never what, and never of
-- another unit:
-- - LISTEN needs no privilege in PostgreSQL: anyone may listen on any channel name. So a channel is
--   named by a keyed hash of the unit (a secret only the owner reads, made here at random): a name
--   cannot be guessed, and nobody can derive another unit's name from their own.
-- - A person is given the channel of their own unit only (hocbaso_my_channels(), for the login the
--   session is, as hocbaso_login_info checks). A change notifies its unit and every unit above it
--   (unit_closure), so a Sở officer hears its communes through the Sở's own channel.
-- - A notification carries an empty payload: the channel and the sender's process id are all a
--   listener receives.
-- - Changes are seen where they are already recorded for the replicas: every change of a replicated
--   table adds rows to sync_changes with its unit (schema 10), inside the writer's transaction. One
--   statement trigger there notifies; PostgreSQL delivers at commit (a rolled back change notifies
--   nobody) and folds repeats within a transaction into one.
-- Known limit: a channel name, once learned, stays valid until the owner runs
-- hocbaso_live_new_key(); after a person leaves a unit, that rotation stops them hearing its changes
-- (windows open at that moment stop hearing until they sign in again).

CREATE TABLE live_key (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    secret   bytea NOT NULL
);
ALTER TABLE live_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE live_key FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON live_key USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
-- 244 random bits from the server's strong random source (gen_random_uuid uses it).
INSERT INTO live_key (secret)
    VALUES (convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));

-- A unit's channel: the key on both sides of the hash (as HMAC does), so that no one can extend a
-- name they know into another. 'hocbaso_' and 40 hex digits: a lower-case identifier, within
-- PostgreSQL's 63 bytes.
CREATE FUNCTION hocbaso_unit_channel(p_unit bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT 'hocbaso_' || left(encode(sha256(k.secret || sha256(k.secret || convert_to(p_unit::text, 'UTF8'))), 'hex'), 40)
    FROM live_key k
$$;
REVOKE ALL ON FUNCTION hocbaso_unit_channel(bigint) FROM PUBLIC;

-- A new key: every channel name changes. Open windows keep listening to the old names and hear
-- nothing more until they sign in again.
CREATE FUNCTION hocbaso_live_new_key() RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public, pg_temp AS $$
    UPDATE live_key SET secret = convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')
$$;
REVOKE ALL ON FUNCTION hocbaso_live_new_key() FROM PUBLIC;

-- The channels a login listens to: its unit's, for the people who work for a unit (not a school's
-- users, who have no use for another school's changes). Empty for a login the session is not.
CREATE FUNCTION hocbaso_login_channels(p_login text) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(p_login);
    IF NOT FOUND OR me.role = 'school' OR me.unit_id IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN ARRAY[hocbaso_unit_channel(me.unit_id)];
END;
$$;

-- As hocbaso_my_units(): current_user is read here, in the caller's context, not inside the definer.
CREATE FUNCTION hocbaso_my_channels() RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT hocbaso_login_channels(current_user::text)
$$;

DO $$
BEGIN
    REVOKE ALL ON FUNCTION hocbaso_login_channels(text), hocbaso_my_channels() FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_login_channels(text), hocbaso_my_channels() TO %s',
                   hocbaso_groups_sql());
END;
$$;

-- After each statement that logged changes: one notification per unit touched and unit above it.
-- Changes of no unit (trust anchors, CRLs) notify nobody: no list of 6.1-6.5 is made of them alone.
CREATE FUNCTION hocbaso_live_notify() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify(hocbaso_unit_channel(a.ancestor_id), '')
    FROM (SELECT DISTINCT c.ancestor_id
          FROM (SELECT DISTINCT n.unit_id FROM new_rows n WHERE n.unit_id IS NOT NULL) t
          JOIN unit_closure c ON c.unit_id = t.unit_id) a;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION hocbaso_live_notify() FROM PUBLIC;
CREATE TRIGGER live_notify AFTER INSERT ON sync_changes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_live_notify();
