-- hocbaso schema 18 (PostgreSQL): receipt verification (issue #18, item 4). The managing unit verifies
-- the signatures of every sent record version (CMS over the content, the school's registered and
-- approved certificates at signing time, their chains and revocation then) and keeps one result per
-- version: when, by whom, valid / invalid / unverifiable, and why in words. Results are not in the
-- change log: an offline copy verifies what it holds.
--
-- Who may do what (row-level security, ENABLE + FORCE, as every table of a unit's data):
-- - read: everyone who sees the record's school (officers and viewers of the school's unit or a unit
--   above it, a school's user their own school only, store-wide administrators everything);
-- - write (insert, or update a result already there): officers and administrators who decide for
--   the school (hocbaso_decides_for: the school's unit or a unit above it), in their own name.
-- The row's record, version and school are the version's, set by a trigger as the owner whatever
-- the client sent, so a result can neither be filed under a record of another school nor name a
-- school the caller reaches while it speaks of one they do not. Only sent versions get a result.

CREATE TABLE record_verifications (
    version_id  bigint PRIMARY KEY REFERENCES record_versions(id),
    record_id   bigint NOT NULL REFERENCES records(id),
    version     integer NOT NULL,
    school_id   bigint NOT NULL REFERENCES schools(id),
    verified_at timestamptz NOT NULL,
    verified_by text NOT NULL,
    result      text NOT NULL CHECK (result IN ('valid', 'invalid', 'unverifiable')),
    reason      text NOT NULL DEFAULT ''
);
CREATE INDEX record_verifications_record ON record_verifications (record_id, version);
CREATE INDEX record_verifications_problems ON record_verifications (school_id, result) WHERE result <> 'valid';

-- The version's record, number and school, from the version itself (as the owner: it must find the
-- version whoever asks, so that the policies judge the real school).
CREATE FUNCTION hocbaso_verification_of_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v record;
BEGIN
    SELECT rv.record_id, rv.version, r.school_id, rv.sent_at INTO v
        FROM record_versions rv JOIN records r ON r.id = rv.record_id WHERE rv.id = NEW.version_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no record version % to verify', NEW.version_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF v.sent_at IS NULL THEN
        RAISE EXCEPTION 'only a sent record version is verified on receipt' USING ERRCODE = 'check_violation';
    END IF;
    NEW.record_id := v.record_id;
    NEW.version := v.version;
    NEW.school_id := v.school_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER record_verifications_derive BEFORE INSERT OR UPDATE ON record_verifications
    FOR EACH ROW EXECUTE FUNCTION hocbaso_verification_of_version();

-- Runs after the derivation (triggers fire in name order), as the caller.
CREATE FUNCTION hocbaso_record_verifications_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    school_unit bigint;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = NEW.school_id;
    IF NOT coalesce(hocbaso_decides_for(me.role, me.unit_id, school_unit), false) THEN
        PERFORM hocbaso_refuse(format('%s may not record verification results for this school', me.username));
    END IF;
    IF NEW.verified_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('a verification result is recorded in one''s own name');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER record_verifications_rules BEFORE INSERT OR UPDATE ON record_verifications
    FOR EACH ROW EXECUTE FUNCTION hocbaso_record_verifications_rules();

-- A record moved to another school (only the owner can) takes its results along, as its versions.
CREATE OR REPLACE FUNCTION hocbaso_record_school_follows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE record_versions SET school_id = NEW.school_id WHERE record_id = NEW.id;
    UPDATE signatures SET school_id = NEW.school_id WHERE record_id = NEW.id;
    UPDATE revocation_requests SET school_id = NEW.school_id WHERE record_id = NEW.id;
    UPDATE record_verifications SET school_id = NEW.school_id WHERE record_id = NEW.id;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    groups constant text := hocbaso_groups_sql();
    deciders_sql constant text := hocbaso_groups_sql(ARRAY['admin', 'officer']);
    by_school constant text := '(SELECT hocbaso_sees_all()) OR school_id IN (SELECT unnest(hocbaso_my_schools()))';
    deciders constant text := '(SELECT hocbaso_my_role()) IN (''admin'', ''officer'')';
BEGIN
    ALTER TABLE record_verifications ENABLE ROW LEVEL SECURITY;
    ALTER TABLE record_verifications FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON record_verifications USING ((SELECT hocbaso_is_owner()))
        WITH CHECK ((SELECT hocbaso_is_owner()));
    EXECUTE format('CREATE POLICY unit_read ON record_verifications FOR SELECT TO %s USING (%s)', groups, by_school);
    EXECUTE format('CREATE POLICY unit_insert ON record_verifications FOR INSERT TO %s WITH CHECK '
                   '((SELECT hocbaso_sees_all()) OR (school_id IN (SELECT unnest(hocbaso_my_schools())) AND %s))',
                   groups, deciders);
    EXECUTE format('CREATE POLICY unit_update ON record_verifications FOR UPDATE TO %1$s USING '
                   '((SELECT hocbaso_sees_all()) OR (school_id IN (SELECT unnest(hocbaso_my_schools())) AND %2$s)) '
                   'WITH CHECK ((SELECT hocbaso_sees_all()) OR (school_id IN (SELECT unnest(hocbaso_my_schools())) '
                   'AND %2$s))', groups, deciders);
    EXECUTE format('GRANT SELECT ON record_verifications TO %s', groups);
    -- school_id is the trigger's to write; nobody deletes a result (a new verification overwrites it).
    EXECUTE format('GRANT INSERT (version_id, record_id, version, verified_at, verified_by, result, reason), '
                   'UPDATE (record_id, version, verified_at, verified_by, result, reason) ON record_verifications TO %s',
                   deciders_sql);
END;
$$;

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
