-- hocbaso schema 22 (PostgreSQL): the same row-level security at a province's size (issue #19).
--
-- Why. Every policy on a school's rows asks `school_id IN (SELECT unnest(hocbaso_my_schools()))`,
-- and PostgreSQL evaluates that list once per policy per statement: a lookup by personal ID
-- (records, pupils, classes) computed it three times. For a Sở officer the list is the Sở's 1,000
-- schools, and hocbaso_my_schools() read `schools` as the officer, through the schools' own policy,
-- which computes the officer's units again (hocbaso_my_units() walks the unit tree): about 1.4 ms a
-- call on the 1,000,000-record bench store, so 6 ms of policy for a lookup whose own work is 0.5 ms.
--
-- What instead: the lists are computed by two functions that run as the owner
-- (hocbaso_login_schools, hocbaso_login_units) for a login the caller is, which read `schools` and
-- the unit tree's closure (unit_closure, below) without paying the caller's policies for rows the
-- caller may see anyway.
-- They answer only for a login the session is a member of, through hocbaso_login_info's own check
-- (session_user, which a client cannot change): asking for another person's login, or anyone's
-- unit, gives an empty list. hocbaso_my_schools() and hocbaso_my_units() keep their meaning and
-- their callers (every policy and rule): the same rows stay visible and writable for everyone.
--
-- And for the 6.5 page: its requests are listed by school name, grade and pupil. Walking the
-- schools in name order (schools_sort) and each school's requests (revocation_school, on the school
-- the request carries since schema 13) stops after a page instead of joining every request to the
-- million records for its school.

-- The unit tree's closure: a row per unit and each unit at or below it, so that "the units below"
-- is one index range instead of a recursive walk. Only the owner reads and writes it (through the
-- functions below and the triggers on units); row-level security keeps everyone else out even if a
-- privilege is granted by mistake.
CREATE TABLE unit_closure (
    ancestor_id bigint NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    unit_id     bigint NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    depth       integer NOT NULL,
    PRIMARY KEY (ancestor_id, unit_id)
);
CREATE INDEX unit_closure_unit ON unit_closure (unit_id);
ALTER TABLE unit_closure ENABLE ROW LEVEL SECURITY;
ALTER TABLE unit_closure FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON unit_closure USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));

-- Rebuilt whole (a migration, a bulk load that bypassed the triggers).
CREATE FUNCTION hocbaso_unit_closure_rebuild() RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public, pg_temp AS $$
    DELETE FROM unit_closure;
    INSERT INTO unit_closure (ancestor_id, unit_id, depth)
        WITH RECURSIVE below(ancestor_id, unit_id, depth) AS (
            SELECT u.id, u.id, 0 FROM units u
            UNION ALL
            SELECT b.ancestor_id, u.id, b.depth + 1 FROM units u JOIN below b ON u.parent_id = b.unit_id
            WHERE b.depth < 32)
        SELECT ancestor_id, unit_id, min(depth) FROM below GROUP BY ancestor_id, unit_id;
$$;
REVOKE ALL ON FUNCTION hocbaso_unit_closure_rebuild() FROM PUBLIC;
SELECT hocbaso_unit_closure_rebuild();

-- Kept by the units' writers, whoever they are (administrators, a sync, the owner): the triggers run
-- as the owner. A new unit is below its parent's ancestors; a moved unit takes its subtree along
-- (the old ancestors let go of the subtree, the new ones take it). units_shape (schema 15) has
-- already refused a move below itself.
CREATE FUNCTION hocbaso_unit_closure_keep() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO unit_closure (ancestor_id, unit_id, depth)
            SELECT NEW.id, NEW.id, 0
            UNION ALL
            SELECT c.ancestor_id, NEW.id, c.depth + 1 FROM unit_closure c WHERE c.unit_id = NEW.parent_id;
    ELSE
        DELETE FROM unit_closure x
            WHERE x.unit_id IN (SELECT d.unit_id FROM unit_closure d WHERE d.ancestor_id = NEW.id)
              AND x.ancestor_id NOT IN (SELECT d.unit_id FROM unit_closure d WHERE d.ancestor_id = NEW.id);
        INSERT INTO unit_closure (ancestor_id, unit_id, depth)
            SELECT a.ancestor_id, d.unit_id, a.depth + d.depth + 1
            FROM unit_closure a, unit_closure d
            WHERE a.unit_id = NEW.parent_id AND d.ancestor_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER unit_closure_insert AFTER INSERT ON units FOR EACH ROW EXECUTE FUNCTION hocbaso_unit_closure_keep();
CREATE TRIGGER unit_closure_move AFTER UPDATE OF parent_id ON units FOR EACH ROW
    WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION hocbaso_unit_closure_keep();

-- The units at or below p_unit, for the functions below (as the owner).
CREATE FUNCTION hocbaso_closure_below(p_unit bigint) RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(c.unit_id), '{}') FROM unit_closure c WHERE c.ancestor_id = p_unit
$$;
REVOKE ALL ON FUNCTION hocbaso_closure_below(bigint) FROM PUBLIC;

CREATE FUNCTION hocbaso_login_units(p_login text) RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(p_login);
    IF NOT FOUND OR me.role = 'school' OR me.unit_id IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN hocbaso_closure_below(me.unit_id);
END;
$$;

CREATE FUNCTION hocbaso_login_schools(p_login text) RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(p_login);
    IF NOT FOUND THEN
        RETURN '{}';
    ELSIF me.role = 'school' THEN
        RETURN ARRAY[me.school_id];
    END IF;
    RETURN ARRAY(SELECT s.id FROM unit_closure c JOIN schools s ON s.unit_id = c.unit_id
                 WHERE c.ancestor_id = me.unit_id);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_my_units() RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT hocbaso_login_units(current_user::text)
$$;

CREATE OR REPLACE FUNCTION hocbaso_my_schools() RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT hocbaso_login_schools(current_user::text)
$$;

DO $$
BEGIN
    REVOKE ALL ON FUNCTION hocbaso_login_units(text), hocbaso_login_schools(text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_login_units(text), hocbaso_login_schools(text) TO %s',
                   hocbaso_groups_sql());
END;
$$;

CREATE INDEX revocation_school ON revocation_requests (school_id, status);
CREATE INDEX schools_sort ON schools (name_sort, id);
ANALYZE revocation_requests;
ANALYZE schools;
