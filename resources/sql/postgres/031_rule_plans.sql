-- hocbaso schema 31 (PostgreSQL): the rules' other questions of a record keep their plans (issue #19).
--
-- Why. hocbaso_version_status, hocbaso_revocation_approved and hocbaso_signed_by_approved are asked
-- by the rules' triggers, as the caller (their policies apply), a few times a decision or a send.
-- As SQL functions with a pinned search_path they cannot be inlined, so PostgreSQL planned their
-- statement again at every call (0.2 ms each in pg_stat_statements over a thousand offline
-- approvals). PL/pgSQL keeps the plan for the session; the statements are the same.

CREATE OR REPLACE FUNCTION hocbaso_version_status(p_record bigint, p_version integer) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN (SELECT v.status FROM record_versions v WHERE v.record_id = p_record AND v.version = p_version);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_revocation_approved(p_record bigint, p_version integer) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM revocation_requests r WHERE r.record_id = p_record
                   AND r.record_version = p_version AND r.status = 'approved');
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_signed_by_approved(p_record bigint, p_version integer) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN (SELECT count(DISTINCT g.role) = 2 FROM signatures g JOIN certificates c ON c.id = g.certificate_id
            WHERE g.record_id = p_record AND g.version = p_version AND g.role IN ('seal', 'principal')
              AND c.status = 'approved' AND c.ca_revoked_at IS NULL);
END;
$$;

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION hocbaso_version_status(bigint, integer) SET search_path = pg_catalog, %I, pg_temp',
                   store_schema);
    EXECUTE format('ALTER FUNCTION hocbaso_revocation_approved(bigint, integer) SET search_path = pg_catalog, %I, '
                   'pg_temp', store_schema);
    EXECUTE format('ALTER FUNCTION hocbaso_signed_by_approved(bigint, integer) SET search_path = pg_catalog, %I, '
                   'pg_temp', store_schema);
END;
$$;
