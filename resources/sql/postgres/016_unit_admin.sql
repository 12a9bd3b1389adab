-- hocbaso schema 16 (PostgreSQL): units and schools are administered in the program (issue #17):
-- they are added, renamed, moved and closed. A closed unit or school keeps its row and everything
-- that hangs on it (records, certificates, users, the audit log name it), so closing is a moment,
-- not a delete; NULL while it is open.
ALTER TABLE units ADD COLUMN closed_at timestamptz;
ALTER TABLE schools ADD COLUMN closed_at timestamptz;

-- --- Administering the organisation from a login role ---------------------------------------------
-- Until now only the owner touched units and schools. An administrator's login role now adds,
-- renames, moves and closes them, within the administrator's unit and the units below it (a
-- store-wide administrator everywhere), as the services do; the database holds the same line for
-- whatever is typed in psql:
-- - column grants: no code, level, deletion or closing date can be written directly (a closing date
--   is the server's moment, stamped by the triggers below); a new unit or school starts open;
-- - row-level security: a new unit hangs under one of the administrator's units, a school is added
--   to, updated in and moved between the administrator's units only;
-- - the triggers (for sessions that are not the owner's): the level rule (a Sở at the top, a commune
--   or Phòng directly under a Sở), a move stays within the administrator's units and never moves
--   their own unit, a closed unit or school stays as it was, a unit closes only without open schools
--   or open units below it, a school only without pending certificates, pending revocation requests
--   or records under way (confirmed and not sent, or revoked and not confirmed again);
-- - a school's users carry the school's unit: an administrator may move them with the school (the
--   services do in the same transaction), never elsewhere.
-- The triggers are SECURITY DEFINER so that they see every row they count, and so they ask who the
-- caller is through session_user, which the definer's rights do not change.

DO $$
DECLARE
    admins constant text := hocbaso_groups_sql(ARRAY['admin']);
    mine constant text := 'IN (SELECT unnest(hocbaso_my_units()))';
    is_admin constant text := '(SELECT hocbaso_my_role()) = ''admin''';
BEGIN
    EXECUTE format('GRANT INSERT (code, name, level, parent_id), UPDATE (name, parent_id, closed_at, row_version) '
                   'ON units TO %s', admins);
    EXECUTE format('GRANT INSERT (code, name, name_folded, name_sort, unit_id, ownership, tax_code, address), '
                   'UPDATE (name, name_folded, name_sort, unit_id, ownership, tax_code, address, closed_at, '
                   'row_version) ON schools TO %s', admins);
    EXECUTE format('GRANT UPDATE (unit_id) ON users TO %s', admins);

    EXECUTE format('CREATE POLICY admin_insert ON units FOR INSERT TO %s WITH CHECK ((SELECT hocbaso_sees_all()) '
                   'OR (%s AND parent_id %s))', admins, is_admin, mine);
    EXECUTE format('CREATE POLICY admin_update ON units FOR UPDATE TO %1$s USING ((SELECT hocbaso_sees_all()) '
                   'OR (%2$s AND id %3$s)) WITH CHECK ((SELECT hocbaso_sees_all()) OR (%2$s AND id %3$s))',
                   admins, is_admin, mine);
    EXECUTE format('CREATE POLICY admin_insert ON schools FOR INSERT TO %s WITH CHECK ((SELECT hocbaso_sees_all()) '
                   'OR (%s AND unit_id %s))', admins, is_admin, mine);
    EXECUTE format('CREATE POLICY admin_update ON schools FOR UPDATE TO %1$s USING ((SELECT hocbaso_sees_all()) '
                   'OR (%2$s AND unit_id %3$s)) WITH CHECK ((SELECT hocbaso_sees_all()) OR (%2$s AND unit_id %3$s))',
                   admins, is_admin, mine);
END;
$$;

CREATE FUNCTION hocbaso_units_admin_rules() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    me record;
    mine bigint[];
    parent record;
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    IF NOT FOUND OR me.role <> 'admin' THEN
        RAISE EXCEPTION 'only an administrator changes managing units' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- NULL: a store-wide administrator, who reaches every unit.
    mine := CASE WHEN me.unit_id IS NULL THEN NULL ELSE hocbaso_units_below(me.unit_id) END;
    IF TG_OP = 'INSERT' THEN
        IF NEW.closed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new unit starts open' USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        IF OLD.closed_at IS NOT NULL THEN
            RAISE EXCEPTION 'the unit % is closed', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.id = me.unit_id AND (NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.closed_at IS NOT NULL) THEN
            RAISE EXCEPTION 'an administrator neither moves nor closes their own unit'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.level IS DISTINCT FROM OLD.level THEN
        IF NEW.parent_id IS NULL THEN
            IF NEW.level <> 'so' OR mine IS NOT NULL THEN
                RAISE EXCEPTION 'only a Sở stands at the top, added by a store-wide administrator'
                    USING ERRCODE = 'check_violation';
            END IF;
        ELSE
            SELECT u.level, u.closed_at INTO parent FROM units u WHERE u.id = NEW.parent_id;
            IF NEW.level = 'so' OR parent.level IS DISTINCT FROM 'so' OR parent.closed_at IS NOT NULL THEN
                RAISE EXCEPTION 'the unit % must stand directly under an open Sở', NEW.code
                    USING ERRCODE = 'check_violation';
            END IF;
            IF mine IS NOT NULL AND NOT (NEW.parent_id = ANY (mine)) THEN
                RAISE EXCEPTION 'the unit % cannot be placed outside your units', NEW.code
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.closed_at IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM schools s WHERE s.unit_id = NEW.id AND s.closed_at IS NULL AND NOT s.deleted)
           OR EXISTS (SELECT 1 FROM units u WHERE u.parent_id = NEW.id AND u.closed_at IS NULL AND NOT u.deleted) THEN
            RAISE EXCEPTION 'the unit % still has open schools or open units below it', NEW.code
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.closed_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER units_admin_rules BEFORE INSERT OR UPDATE ON units
    FOR EACH ROW EXECUTE FUNCTION hocbaso_units_admin_rules();

CREATE FUNCTION hocbaso_schools_admin_rules() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.closed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new school starts open' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF OLD.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'the school % is closed', OLD.code USING ERRCODE = 'check_violation';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.unit_id IS DISTINCT FROM OLD.unit_id)
       AND EXISTS (SELECT 1 FROM units u WHERE u.id = NEW.unit_id AND u.closed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the managing unit of school % is closed', NEW.code USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.closed_at IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM certificates c WHERE c.school_id = NEW.id AND c.status = 'pending')
           OR EXISTS (SELECT 1 FROM revocation_requests q WHERE q.school_id = NEW.id AND q.status = 'pending')
           OR EXISTS (SELECT 1 FROM records r WHERE r.school_id = NEW.id AND r.status IN ('confirmed', 'revoked')) THEN
            RAISE EXCEPTION 'the school % still has work pending', NEW.code USING ERRCODE = 'check_violation';
        END IF;
        NEW.closed_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER schools_admin_rules BEFORE INSERT OR UPDATE ON schools
    FOR EACH ROW EXECUTE FUNCTION hocbaso_schools_admin_rules();

CREATE FUNCTION hocbaso_users_follow_school() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT hocbaso_session_trusted() AND NEW.school_id IS NOT NULL
       AND NEW.unit_id IS DISTINCT FROM (SELECT s.unit_id FROM schools s WHERE s.id = NEW.school_id) THEN
        RAISE EXCEPTION 'a school''s user belongs to the unit of the school' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_follow_school BEFORE UPDATE OF unit_id ON users
    FOR EACH ROW EXECUTE FUNCTION hocbaso_users_follow_school();

-- Every function of the store pins its search_path (schemas 14 and 15), the new ones too.
DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['hocbaso_units_admin_rules()', 'hocbaso_schools_admin_rules()',
                             'hocbaso_users_follow_school()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, store_schema);
    END LOOP;
END;
$$;
