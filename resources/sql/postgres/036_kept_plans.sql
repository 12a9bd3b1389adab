-- hocbaso schema 36 (PostgreSQL): the helpers called most often keep their plans (issue #19,
-- central_load).
--
-- Why. A SQL function that pins its search_path (every function of the store does, tested in
-- TemporaryTablesShadowNothing) is never inlined, and PostgreSQL plans its body again at every call.
-- pg_stat_user_functions over a central_load run (16 connections, 8,000 operations, the
-- 1,000,000-record province): hocbaso_unit_channel 61,712 calls at 109 us each (6.7 s: the live
-- notices' channel of every unit above a change), hocbaso_closure_below 84 us, hocbaso_units_below
-- 104 us, hocbaso_my_units 56 us, hocbaso_me 46 us, hocbaso_audit_canonical 141 us (each audit
-- event's hash), hocbaso_name_search_where 94 us: ~13 s of the server's two cores in a 25 s run.
--
-- What instead: the same bodies in PL/pgSQL, which keeps a function's plans for the session. Same
-- arguments, results, volatility, search_path and grants (CREATE OR REPLACE keeps the grants).

CREATE OR REPLACE FUNCTION hocbaso_unit_channel(p_unit bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- live_key holds one row (its primary key is a constant true).
    RETURN (SELECT 'hocbaso_' || left(encode(sha256(k.secret || sha256(k.secret || convert_to(p_unit::text, 'UTF8'))),
                                             'hex'), 40)
            FROM live_key k LIMIT 1);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_closure_below(p_unit bigint) RETURNS bigint[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(c.unit_id), '{}') FROM unit_closure c WHERE c.ancestor_id = p_unit);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_units_below(p_unit bigint) RETURNS bigint[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN (WITH RECURSIVE below(id, depth) AS (
                SELECT u.id, 0 FROM units u WHERE u.id = p_unit
                UNION ALL
                SELECT u.id, b.depth + 1 FROM units u JOIN below b ON u.parent_id = b.id WHERE b.depth < 32)
            SELECT coalesce(array_agg(DISTINCT below.id), '{}') FROM below);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_my_units() RETURNS bigint[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN hocbaso_login_units(current_user::text);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_me()
RETURNS TABLE(user_id bigint, username text, role text, unit_id bigint, school_id bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY SELECT * FROM hocbaso_login_info(current_user::text);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_audit_canonical(e audit_events) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN '[' || e.chain || ',' || e.seq || ','
        || to_json(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text || ','
        || to_json(coalesce(to_char(e.rule_date, 'YYYY-MM-DD'), ''))::text || ','
        || to_json(e.actor)::text || ',' || to_json(e.action)::text || ',' || to_json(e.entity)::text || ','
        || to_json(e.entity_id)::text || ',' || hocbaso_json_canonical(e.detail::jsonb) || ']';
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_name_search_where(p_long text[], p_rule text, p_school text, p_unit bigint,
                                                     p_year integer, p_grade integer, p_status text,
                                                     p_after_sort text, p_schools bigint[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $fn$
BEGIN
    RETURN CASE WHEN p_school IS NOT NULL OR cardinality(p_schools) <= 40 THEN '(x.words @> $1) IS TRUE'
                WHEN p_year IS NOT NULL OR p_grade IS NOT NULL THEN 'x.words @> ($1 || hocbaso_filter_terms($6, $7))'
                ELSE 'x.words @> $1' END
        || CASE WHEN cardinality(p_long) > 0
                THEN ' AND NOT EXISTS (SELECT 1 FROM unnest($2) AS w WHERE strpos('' '' || x.name, '' '' || w) = 0)'
                ELSE '' END
        || CASE WHEN p_rule IS NOT NULL THEN ' AND hocbaso_words_match(x.name, $3)' ELSE '' END
        || CASE WHEN p_school IS NOT NULL THEN ' AND x.school_id = (SELECT s.id FROM schools s WHERE s.code = $4)'
                ELSE '' END
        || CASE WHEN p_unit IS NOT NULL
                THEN ' AND x.school_id IN (SELECT s.id FROM schools s WHERE s.unit_id = ANY (hocbaso_units_below($5)))'
                ELSE '' END
        || CASE WHEN p_year IS NOT NULL THEN ' AND x.school_year = $6' ELSE '' END
        || CASE WHEN p_grade IS NOT NULL THEN ' AND x.grade = $7' ELSE '' END
        || CASE WHEN p_status IS NOT NULL THEN ' AND x.status = $8' ELSE '' END
        || CASE WHEN p_after_sort IS NOT NULL THEN ' AND (x.name_sort, x.record_id) > ($9, $10)' ELSE '' END
        || CASE WHEN p_schools IS NOT NULL THEN ' AND x.school_id = ANY ($13)' ELSE '' END;
END;
$fn$;

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['hocbaso_unit_channel(bigint)', 'hocbaso_closure_below(bigint)',
                             'hocbaso_units_below(bigint)', 'hocbaso_my_units()', 'hocbaso_me()',
                             'hocbaso_audit_canonical(audit_events)',
                             'hocbaso_name_search_where(text[], text, text, bigint, integer, integer, text, text, '
                             'bigint[])'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, store_schema);
    END LOOP;
END;
$$;
