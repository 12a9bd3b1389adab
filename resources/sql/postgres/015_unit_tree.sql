-- hocbaso schema 15 (PostgreSQL): units form a tree (a Sở above its communes since 2025-07-01), and
-- every rule follows it: a person of a unit works on the schools of that unit and of every unit
-- below it (issue "A province of communes").
--
-- What changes, with the rules of schemas 8-14 otherwise as they were:
-- - hocbaso_units_below(unit) is the unit and everything under it, read recursively from
--   units.parent_id (a tree of a few thousand units costs one index probe per unit, once per
--   statement: policies call it through an InitPlan). hocbaso_units_above(unit) is the unit and its
--   ancestors, nearest first.
-- - Units are readable by every signed-in person: the tree of a province's offices is public
--   administrative information, and a commune needs its ancestors to resolve lock dates and to
--   name where a date comes from. Schools, records and everything else stay as private as before.
-- - "The person's unit" becomes "a unit under the person's unit" in every policy, rule and
--   SECURITY DEFINER function that compared units: schools, users, lock dates, the audit log, the
--   change log, deciding (hocbaso_decides_for), acting for a school (hocbaso_acts_for), the search
--   functions and the sync horizon.
-- - Lock dates resolve date by date up the tree: a school's own setting, else its unit's unit-wide
--   one, else the parent's, up to the top. A school's own rows count only under its current unit
--   (those of a unit it has left stay as history).
-- - The tree stays a tree: a unit can neither be its own ancestor nor hang under a unit that does
--   not exist.
-- - A school that moves to another unit is announced again in the change log, with all its rows,
--   to both units: the new unit's offline copies pull its history, the old unit's copies drop it.

CREATE INDEX units_parent ON units (parent_id);

-- --- The tree ------------------------------------------------------------------------------------

-- Depth is bounded so that a cycle, which the trigger below refuses, could never loop forever.
CREATE FUNCTION hocbaso_units_below(p_unit bigint) RETURNS bigint[]
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE below(id, depth) AS (
        SELECT u.id, 0 FROM units u WHERE u.id = p_unit
        UNION ALL
        SELECT u.id, b.depth + 1 FROM units u JOIN below b ON u.parent_id = b.id WHERE b.depth < 32)
    SELECT coalesce(array_agg(DISTINCT id), '{}') FROM below
$$;

CREATE FUNCTION hocbaso_units_above(p_unit bigint) RETURNS bigint[]
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE above(id, parent, depth) AS (
        SELECT u.id, u.parent_id, 0 FROM units u WHERE u.id = p_unit
        UNION ALL
        SELECT u.id, u.parent_id, a.depth + 1 FROM units u JOIN above a ON u.id = a.parent WHERE a.depth < 32)
    SELECT coalesce(array_agg(id ORDER BY depth), '{}') FROM above
$$;

-- The units whose schools the current person works on: their unit and all below (none for a school's
-- user, and none for someone unknown).
CREATE FUNCTION hocbaso_my_units() RETURNS bigint[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(current_user::text);
    IF NOT FOUND OR me.role = 'school' OR me.unit_id IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN hocbaso_units_below(me.unit_id);
END;
$$;

-- The units above the current person (their own included): whose unit-wide lock dates reach them.
-- A school's user has the chain of their school's unit.
CREATE FUNCTION hocbaso_my_unit_chain() RETURNS bigint[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(current_user::text);
    IF NOT FOUND THEN
        RETURN '{}';
    ELSIF me.role = 'school' THEN
        RETURN hocbaso_units_above((SELECT s.unit_id FROM schools s WHERE s.id = me.school_id));
    END IF;
    RETURN hocbaso_units_above(me.unit_id);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_my_schools() RETURNS bigint[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(current_user::text);
    IF NOT FOUND THEN
        RETURN '{}';
    ELSIF me.role = 'school' THEN
        RETURN ARRAY[me.school_id];
    END IF;
    RETURN ARRAY(SELECT s.id FROM schools s WHERE s.unit_id IN (SELECT unnest(hocbaso_units_below(me.unit_id))));
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_search_schools() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    me record;
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN NULL;
    END IF;
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    IF NOT FOUND THEN
        RETURN '{}';
    ELSIF me.role = 'school' THEN
        RETURN ARRAY[me.school_id];
    ELSIF me.role = 'admin' AND me.unit_id IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN ARRAY(SELECT s.id FROM schools s WHERE s.unit_id IN (SELECT unnest(hocbaso_units_below(me.unit_id))));
END;
$$;

-- Deciding for a school of unit p_unit (6.1, 6.5, 6.2): officers and administrators of that unit or
-- of a unit above it; administrators of no unit decide everywhere.
CREATE OR REPLACE FUNCTION hocbaso_decides_for(p_role text, p_my_unit bigint, p_unit bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_role IN ('officer', 'admin')
       AND ((p_role = 'admin' AND p_my_unit IS NULL) OR p_unit = ANY (hocbaso_units_below(p_my_unit)))
$$;

CREATE OR REPLACE FUNCTION hocbaso_acts_for(p_role text, p_my_unit bigint, p_my_school bigint, p_school bigint,
                                            p_unit bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT (p_role = 'school' AND p_my_school = p_school)
        OR (p_role = 'admin' AND (p_my_unit IS NULL OR p_unit = ANY (hocbaso_units_below(p_my_unit))))
$$;

-- --- The tree stays a tree -------------------------------------------------------------------------

CREATE FUNCTION hocbaso_units_shape() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND NEW.parent_id = ANY (hocbaso_units_below(NEW.id)) THEN
        RAISE EXCEPTION 'the unit % cannot be placed below itself or one of its own units', NEW.code
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER units_shape BEFORE INSERT OR UPDATE OF parent_id ON units
    FOR EACH ROW EXECUTE FUNCTION hocbaso_units_shape();

-- --- Lock dates down the tree ----------------------------------------------------------------------

CREATE OR REPLACE FUNCTION hocbaso_lock_dates(p_school bigint, p_year integer, p_grade integer, OUT receive date,
                                              OUT revoke date)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    WITH school AS (
        SELECT s.id, s.unit_id FROM schools s
        WHERE s.id = p_school
          AND (SELECT coalesce(p_school = ANY (x.schools), true) FROM (SELECT hocbaso_search_schools() AS schools) x)),
    chain AS (
        SELECT c.id, c.depth FROM school,
               unnest(hocbaso_units_above(school.unit_id)) WITH ORDINALITY AS c(id, depth)),
    own AS (
        SELECT l.receive_lock, l.revoke_lock FROM school JOIN lock_settings l ON l.unit_id = school.unit_id
        WHERE l.school_id = school.id AND l.school_year = p_year AND l.grade = p_grade AND NOT l.deleted),
    wide AS (
        SELECT l.receive_lock, l.revoke_lock, chain.depth FROM chain JOIN lock_settings l ON l.unit_id = chain.id
        WHERE l.school_id IS NULL AND l.school_year = p_year AND l.grade = p_grade AND NOT l.deleted)
    SELECT coalesce((SELECT own.receive_lock FROM own),
                    (SELECT w.receive_lock FROM wide w WHERE w.receive_lock IS NOT NULL ORDER BY w.depth LIMIT 1)),
           coalesce((SELECT own.revoke_lock FROM own),
                    (SELECT w.revoke_lock FROM wide w WHERE w.revoke_lock IS NOT NULL ORDER BY w.depth LIMIT 1))
    FROM school
$$;

-- --- The audit log ---------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION hocbaso_audit_may_append(p_chain integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    me record;
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN true;
    END IF;
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    IF NOT FOUND OR me.role = 'viewer' THEN
        RETURN false;
    ELSIF me.role = 'school' THEN
        RETURN p_chain = me.unit_id; -- the school's unit only, never a unit below it
    END IF;
    RETURN (me.role = 'admin' AND me.unit_id IS NULL) OR p_chain = ANY (hocbaso_units_below(me.unit_id))
        OR (p_chain = 0 AND me.role = 'admin');
END;
$$;

-- --- The sync horizon ------------------------------------------------------------------------------

-- A unit's offline copies wait for the open transactions of people who may write its rows: those of
-- the unit and below, those of the units above it (a Sở decides for its communes), global
-- administrators, the owner and anyone hocbaso does not know. A sibling's transaction holds nobody
-- back.
CREATE OR REPLACE FUNCTION hocbaso_sync_horizon() RETURNS xid8
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s pg_snapshot;
    h xid8;
    related bigint[];
    everything boolean;
BEGIN
    s := pg_current_snapshot();
    everything := hocbaso_session_trusted();
    IF NOT everything THEN
        SELECT me.unit_id IS NULL, hocbaso_units_below(me.unit_id) || hocbaso_units_above(me.unit_id)
            INTO everything, related FROM hocbaso_login_info(session_user::text) me;
        everything := coalesce(everything, false);
    END IF;
    SELECT min(x) INTO h FROM pg_snapshot_xip(s) AS x
    WHERE (x::text::numeric % 4294967296)::bigint IN (
        SELECT a.backend_xid::text::bigint FROM pg_catalog.pg_stat_activity a
        WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
          AND (everything OR NOT EXISTS (
                SELECT 1 FROM db_logins l JOIN users u ON u.id = l.user_id
                WHERE l.login = a.usename AND u.unit_id IS NOT NULL
                  AND NOT (u.unit_id = ANY (coalesce(related, '{}'))))));
    RETURN coalesce(h, pg_snapshot_xmax(s));
END;
$$;

-- --- Login roles -----------------------------------------------------------------------------------

-- An administrator of a unit creates the login roles of the users of their unit and the units below.
DO $do$
DECLARE
    body text;
BEGIN
    body := pg_catalog.pg_get_functiondef('hocbaso_create_login(text, text)'::regprocedure);
    IF strpos(body, 'target.unit_id IS DISTINCT FROM caller.unit_id') = 0 THEN
        RAISE EXCEPTION 'hocbaso_create_login is not the function schema 15 expects';
    END IF;
    EXECUTE replace(body, 'target.unit_id IS DISTINCT FROM caller.unit_id',
                    'NOT coalesce(target.unit_id = ANY (hocbaso_units_below(caller.unit_id)), false)');
END;
$do$;

-- --- Moving a school -------------------------------------------------------------------------------

CREATE FUNCTION hocbaso_school_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    u bigint;
BEGIN
    FOREACH u IN ARRAY ARRAY[OLD.unit_id, NEW.unit_id] LOOP
        INSERT INTO sync_changes (tbl, row_id, unit_id)
            SELECT 'classes', c.id, u FROM classes c WHERE c.school_id = NEW.id
            UNION ALL SELECT 'pupils', p.id, u FROM pupils p WHERE p.school_id = NEW.id
            UNION ALL SELECT 'certificates', c.id, u FROM certificates c WHERE c.school_id = NEW.id
            UNION ALL SELECT 'records', r.id, u FROM records r WHERE r.school_id = NEW.id
            UNION ALL SELECT 'record_versions', v.id, u FROM record_versions v WHERE v.school_id = NEW.id
            UNION ALL SELECT 'signatures', g.id, u FROM signatures g WHERE g.school_id = NEW.id
            UNION ALL SELECT 'revocation_requests', q.id, u FROM revocation_requests q WHERE q.school_id = NEW.id
            UNION ALL SELECT 'schools', NEW.id, u;
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER school_moved AFTER UPDATE OF unit_id ON schools FOR EACH ROW
    WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id) EXECUTE FUNCTION hocbaso_school_moved();

-- --- The policies ----------------------------------------------------------------------------------

DO $$
DECLARE
    mine constant text := 'unit_id IN (SELECT unnest(hocbaso_my_units()))';
    deciders constant text := '(SELECT hocbaso_my_role()) IN (''admin'', ''officer'')';
BEGIN
    ALTER POLICY unit_read ON units USING ((SELECT hocbaso_sees_all()) OR (SELECT hocbaso_my_user_id()) IS NOT NULL);
    EXECUTE format('ALTER POLICY unit_read ON schools USING ((SELECT hocbaso_sees_all()) OR %s '
                   'OR id = (SELECT hocbaso_my_school()))', mine);
    -- Lock dates: a unit's own and those below it; the unit-wide ones of the units above, which reach
    -- it; a school's user also its school's own.
    EXECUTE format('ALTER POLICY unit_read ON lock_settings USING ((SELECT hocbaso_sees_all()) OR %s '
                   'OR (school_id IS NULL AND unit_id IN (SELECT unnest(hocbaso_my_unit_chain()))) '
                   'OR school_id = (SELECT hocbaso_my_school()))', mine);
    EXECUTE format('ALTER POLICY unit_insert ON lock_settings WITH CHECK ((SELECT hocbaso_sees_all()) OR (%s AND %s))',
                   mine, deciders);
    EXECUTE format('ALTER POLICY unit_update ON lock_settings USING ((SELECT hocbaso_sees_all()) OR (%1$s AND %2$s)) '
                   'WITH CHECK ((SELECT hocbaso_sees_all()) OR (%1$s AND %2$s))', mine, deciders);
    ALTER POLICY unit_read ON audit_events USING ((SELECT hocbaso_sees_all())
        OR chain IN (SELECT unnest(hocbaso_my_units())) OR actor = (SELECT hocbaso_my_username()));
    -- A school's user appends to the chain of the school's unit (their user row's unit), as before.
    ALTER POLICY unit_insert ON audit_events WITH CHECK (actor = (SELECT hocbaso_my_username())
        AND ((SELECT hocbaso_sees_all()) OR chain IN (SELECT unnest(hocbaso_my_units()))
             OR chain = (SELECT hocbaso_my_unit())
             OR (chain = 0 AND (SELECT hocbaso_my_role()) = 'admin')));
    ALTER POLICY unit_read ON audit_heads USING ((SELECT hocbaso_sees_all())
        OR chain IN (SELECT unnest(hocbaso_my_units())) OR (chain = 0 AND (SELECT hocbaso_my_role()) = 'admin'));
    -- The change log: the rows of one's units, and the unit-wide lock dates of the units above.
    EXECUTE format('ALTER POLICY unit_read ON sync_changes USING (unit_id IS NULL OR (SELECT hocbaso_sees_all()) '
                   'OR %s OR unit_id IN (SELECT unnest(hocbaso_my_unit_chain())))', mine);
    EXECUTE format('ALTER POLICY unit_read ON users USING ((SELECT hocbaso_sees_all()) '
                   'OR id = (SELECT hocbaso_my_user_id()) OR ((SELECT hocbaso_my_role()) = ''admin'' AND %s))', mine);
    EXECUTE format('ALTER POLICY unit_insert ON users WITH CHECK ((SELECT hocbaso_sees_all()) '
                   'OR ((SELECT hocbaso_my_role()) = ''admin'' AND %s))', mine);
    EXECUTE format('ALTER POLICY unit_update ON users USING ((SELECT hocbaso_sees_all()) '
                   'OR ((SELECT hocbaso_my_role()) = ''admin'' AND %1$s)) WITH CHECK ((SELECT hocbaso_sees_all()) '
                   'OR ((SELECT hocbaso_my_role()) = ''admin'' AND %1$s))', mine);
END;
$$;

-- The name search's unit filter takes the unit's whole subtree.
DO $do$
DECLARE
    f regprocedure;
    body text;
BEGIN
    FOREACH f IN ARRAY ARRAY['hocbaso_name_search_where(text[], text, text, bigint, integer, integer, text, text, bigint[])',
                             'hocbaso_name_total(text[], text[], text, text, bigint, integer, integer, text, bigint[])']::regprocedure[] LOOP
        body := pg_catalog.pg_get_functiondef(f);
        IF strpos(body, 'WHERE s.unit_id = $5') = 0 THEN
            RAISE EXCEPTION '% is not the function schema 15 expects', f;
        END IF;
        EXECUTE replace(body, 'WHERE s.unit_id = $5', 'WHERE s.unit_id = ANY (hocbaso_units_below($5))');
    END LOOP;
END;
$do$;

-- Every function of the store pins its search_path (schema 14), the new ones too.
DO $$
DECLARE
    f record;
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = store_schema AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                               AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f.sig, store_schema);
    END LOOP;
END;
$$;
