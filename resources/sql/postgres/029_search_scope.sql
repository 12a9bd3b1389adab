-- hocbaso schema 29 (PostgreSQL): the name search of a person who sees every school of the store
-- (a Sở's officer on their province's server) filters by no school (issue #19).
--
-- Why. hocbaso_search_schools() gives the search functions (running as the owner, so without
-- row-level security) the caller's schools, and they add `school_id = ANY (those)`. For the Sở's
-- officer that is all 1,000 schools of the store: a filter that removes nothing, yet costs every
-- statement a bitmap of the whole record_search table (20-30 ms of a 55 ms count of "nguyen anh" on
-- the 1,000,000-record province). NULL already means "no filter" (the administrator above every
-- unit, the owner); a caller whose schools are all the store's schools now gets it too. Their
-- schools are counted from school_scopes (schema 28) in the same snapshot as the store's, so the
-- two are equal only when nothing is left out; a school added anywhere the caller does not see
-- makes them differ, and the filter is back.

CREATE OR REPLACE FUNCTION hocbaso_search_schools() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    mine bigint[];
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
    mine := ARRAY(SELECT s.school_id FROM school_scopes s WHERE s.scope = me.unit_id);
    IF cardinality(mine) > 0 AND cardinality(mine) = (SELECT count(*) FROM schools) THEN
        RETURN NULL;
    END IF;
    RETURN mine;
END;
$$;

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION hocbaso_search_schools() SET search_path = pg_catalog, %I, pg_temp', store_schema);
END;
$$;
