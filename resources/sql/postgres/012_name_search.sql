-- hocbaso schema 12 (PostgreSQL): a per-record search table for the 6.3 name lookup, the
-- counterpart of SQLite's record_search (schema 7).
--
-- Why: the trigram index of schema 2 sits on pupils, the order (records.name_sort) and the filters
-- (year, grade, status, school) on records, and row-level security on both. A common word ("nguyen",
-- a third of a province) made the planner either sort every match or walk every record in name order
-- through two joins and two policies; a rare one paid a regular expression per trigram candidate.
-- Here each record has one narrow row holding what the lookup filters and sorts on, beside every
-- prefix of every word of its folded name (up to 12 characters), behind a GIN index:
-- - "each query word begins a word of the name" is `words @> ARRAY[w1, w2, ...]` (exact GIN
--   lookups of posting lists, no recheck); a query word longer than 12 characters is looked up by
--   its first 12 and checked on `name`; overlapping query words keep hocbaso_words_match (schema 3)
--   on the candidates;
-- - the first page walks record_search_sort in class-list order for a common word, or sorts the few
--   candidates of a rare one, and joins only the page's rows to records, pupils and schools;
-- - the total counts narrow rows of one table.
-- Triggers keep it: records (insert, and the columns copied here) and pupils (their folded name).
-- Officers read it through hocbaso_name_search and hocbaso_name_count (see the end for why).

CREATE FUNCTION hocbaso_name_prefixes(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}')
    FROM unnest(string_to_array(folded, ' ')) AS w, generate_series(1, least(length(w), 12)) AS n
    WHERE w <> '';
$$;

CREATE TABLE record_search (
    record_id   bigint PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    school_id   bigint NOT NULL,
    school_year integer NOT NULL,
    grade       integer NOT NULL,
    status      text NOT NULL,
    name_sort   text COLLATE "C" NOT NULL,
    name        text NOT NULL,
    words       text[] NOT NULL
);

INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, name, words)
    SELECT r.id, r.school_id, r.school_year, r.grade, r.status, r.name_sort, p.name_folded,
           hocbaso_name_prefixes(p.name_folded)
    FROM records r JOIN pupils p ON p.id = r.pupil_id;

CREATE INDEX record_search_words ON record_search USING gin (words);
CREATE INDEX record_search_sort ON record_search (name_sort, record_id);
CREATE INDEX record_search_school ON record_search (school_id, school_year, grade);

-- Records change under school users and officers, who may not write here themselves (as the
-- counters of schema 2): the functions run as the owner.
CREATE FUNCTION hocbaso_record_search_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.pupil_id IS DISTINCT FROM OLD.pupil_id THEN
        INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, name, words)
            SELECT NEW.id, NEW.school_id, NEW.school_year, NEW.grade, NEW.status, NEW.name_sort, p.name_folded,
                   hocbaso_name_prefixes(p.name_folded)
            FROM pupils p WHERE p.id = NEW.pupil_id
        ON CONFLICT (record_id) DO UPDATE SET school_id = EXCLUDED.school_id, school_year = EXCLUDED.school_year,
            grade = EXCLUDED.grade, status = EXCLUDED.status, name_sort = EXCLUDED.name_sort, name = EXCLUDED.name,
            words = EXCLUDED.words;
    ELSE
        -- A status change (a send, a revocation) touches no indexed column: a HOT update.
        UPDATE record_search SET school_id = NEW.school_id, school_year = NEW.school_year, grade = NEW.grade,
                                 status = NEW.status, name_sort = NEW.name_sort
            WHERE record_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER record_search_insert AFTER INSERT ON records
    FOR EACH ROW EXECUTE FUNCTION hocbaso_record_search_record();
CREATE TRIGGER record_search_update AFTER UPDATE OF pupil_id, school_id, school_year, grade, status, name_sort
    ON records FOR EACH ROW
    WHEN (OLD.pupil_id IS DISTINCT FROM NEW.pupil_id OR OLD.school_id IS DISTINCT FROM NEW.school_id
          OR OLD.school_year IS DISTINCT FROM NEW.school_year OR OLD.grade IS DISTINCT FROM NEW.grade
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.name_sort IS DISTINCT FROM NEW.name_sort)
    EXECUTE FUNCTION hocbaso_record_search_record();

CREATE FUNCTION hocbaso_record_search_pupil() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE record_search SET name = NEW.name_folded, words = hocbaso_name_prefixes(NEW.name_folded)
        WHERE record_id IN (SELECT r.id FROM records r WHERE r.pupil_id = NEW.id);
    RETURN NULL;
END;
$$;
-- After the fold trigger of schema 11 has set name_folded.
CREATE TRIGGER record_search_pupil AFTER UPDATE OF full_name, name_folded ON pupils FOR EACH ROW
    WHEN (OLD.name_folded IS DISTINCT FROM NEW.name_folded)
    EXECUTE FUNCTION hocbaso_record_search_pupil();

-- Who may read what. PostgreSQL applies a policy's condition before any condition of the query
-- that is not LEAKPROOF, and neither @> on arrays nor ~ is: under row-level security the GIN index
-- could never be used, and every lookup read the whole table (what made schema 2's trigram search
-- slow too). So officers do not read this table themselves: row-level security is enabled (direct
-- reads see their schools only) but not forced, and the lookup goes through the two functions
-- below, which run as the owner (who may use the index) and restrict the rows to the caller's
-- schools themselves. The caller is session_user (inside these functions current_user is the
-- owner), the login the person authenticated as, which a client cannot SET either.
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON record_search TO %s', hocbaso_groups_sql());
    ALTER TABLE record_search ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY unit_read ON record_search FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR school_id = ANY ((SELECT hocbaso_my_schools())::bigint[]))', hocbaso_groups_sql());
END;
$$;

-- The schools the connected person sees, as hocbaso_my_schools() for them; NULL: every school (the
-- owner, a global administrator).
CREATE FUNCTION hocbaso_search_schools() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    IF pg_catalog.pg_has_role(session_user,
                              (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.meta'::regclass),
                              'MEMBER') THEN
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
    RETURN ARRAY(SELECT s.id FROM schools s WHERE s.unit_id = me.unit_id);
END;
$$;

-- The condition of a lookup on record_search x, with the parameters of the two functions below:
-- $1 words (prefixes, up to 12 characters), $2 patterns for longer words, $3 the query for
-- hocbaso_words_match (overlapping words), $4 school code, $5 unit, $6 year, $7 grade, $8 status,
-- $9 and $10 the keyset, $13 the caller's schools. Only what is set is written, so that each
-- EXECUTE is planned for what it asks.
CREATE FUNCTION hocbaso_name_search_where(p_long text[], p_rule text, p_school text, p_unit bigint, p_year integer,
                                          p_grade integer, p_status text, p_after_sort text, p_schools bigint[])
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'x.words @> $1'
        || CASE WHEN cardinality(p_long) > 0 THEN ' AND x.name ~ ALL ($2)' ELSE '' END
        || CASE WHEN p_rule IS NOT NULL THEN ' AND hocbaso_words_match(x.name, $3)' ELSE '' END
        || CASE WHEN p_school IS NOT NULL THEN ' AND x.school_id = (SELECT s.id FROM schools s WHERE s.code = $4)'
                ELSE '' END
        || CASE WHEN p_unit IS NOT NULL THEN ' AND x.school_id IN (SELECT s.id FROM schools s WHERE s.unit_id = $5)'
                ELSE '' END
        || CASE WHEN p_year IS NOT NULL THEN ' AND x.school_year = $6' ELSE '' END
        || CASE WHEN p_grade IS NOT NULL THEN ' AND x.grade = $7' ELSE '' END
        || CASE WHEN p_status IS NOT NULL THEN ' AND x.status = $8' ELSE '' END
        || CASE WHEN p_after_sort IS NOT NULL THEN ' AND (x.name_sort, x.record_id) > ($9, $10)' ELSE '' END
        || CASE WHEN p_schools IS NOT NULL THEN ' AND x.school_id = ANY ($13)' ELSE '' END
$$;

-- Totals of one word: the matches of a common word ("nguyen", a third of a province) are too many
-- to count one by one at each lookup, so the records per word prefix, school and year are kept,
-- as SQLite's search_prefix_counts (schema 7). A grade, a status or more words are counted on
-- record_search.
CREATE TABLE record_search_counts (
    prefix      text COLLATE "C" NOT NULL,
    school_year integer NOT NULL,
    school_id   bigint NOT NULL,
    n           integer NOT NULL,
    PRIMARY KEY (prefix, school_year, school_id)
);
INSERT INTO record_search_counts (prefix, school_year, school_id, n)
    SELECT w, x.school_year, x.school_id, count(*) FROM record_search x, unnest(x.words) AS w GROUP BY 1, 2, 3;

-- Prefixes in array order (sorted, distinct): concurrent changes lock counters in the same order.
CREATE FUNCTION hocbaso_record_search_count() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE record_search_counts SET n = n - 1
            WHERE prefix = ANY (OLD.words) AND school_year = OLD.school_year AND school_id = OLD.school_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO record_search_counts (prefix, school_year, school_id, n)
            SELECT w, NEW.school_year, NEW.school_id, 1 FROM unnest(NEW.words) AS w ORDER BY w
            ON CONFLICT (prefix, school_year, school_id) DO UPDATE SET n = record_search_counts.n + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER record_search_counts_insert_delete AFTER INSERT OR DELETE ON record_search
    FOR EACH ROW EXECUTE FUNCTION hocbaso_record_search_count();
CREATE TRIGGER record_search_counts_update AFTER UPDATE OF words, school_id, school_year ON record_search
    FOR EACH ROW
    WHEN (OLD.words IS DISTINCT FROM NEW.words OR OLD.school_id IS DISTINCT FROM NEW.school_id
          OR OLD.school_year IS DISTINCT FROM NEW.school_year)
    EXECUTE FUNCTION hocbaso_record_search_count();

-- The total of a lookup, for the caller's schools (`p_schools`, NULL: all), from the counters when
-- it is one word with at most a year, a school or a unit besides; called by the functions below
-- (as the owner).
CREATE FUNCTION hocbaso_name_total(p_words text[], p_long text[], p_rule text, p_school text, p_unit bigint,
                                   p_year integer, p_grade integer, p_status text, p_schools bigint[])
RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    IF cardinality(p_words) = 1 AND cardinality(p_long) = 0 AND p_rule IS NULL AND p_grade IS NULL
       AND p_status IS NULL THEN
        EXECUTE 'SELECT coalesce(sum(c.n), 0) FROM record_search_counts c WHERE c.prefix = $1[1]'
            || CASE WHEN p_year IS NOT NULL THEN ' AND c.school_year = $6' ELSE '' END
            || CASE WHEN p_school IS NOT NULL THEN ' AND c.school_id = (SELECT s.id FROM schools s WHERE s.code = $4)'
                    ELSE '' END
            || CASE WHEN p_unit IS NOT NULL
                    THEN ' AND c.school_id IN (SELECT s.id FROM schools s WHERE s.unit_id = $5)' ELSE '' END
            || CASE WHEN p_schools IS NOT NULL THEN ' AND c.school_id = ANY ($13)' ELSE '' END
            INTO n
            USING p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status, NULL::text, NULL::bigint,
                  NULL::integer, NULL::integer, p_schools;
    ELSE
        EXECUTE 'SELECT count(*) FROM record_search x WHERE '
            || hocbaso_name_search_where(p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status, NULL, p_schools)
            INTO n
            USING p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status, NULL::text, NULL::bigint,
                  NULL::integer, NULL::integer, p_schools;
    END IF;
    RETURN n;
END;
$$;

-- The total of a name lookup.
CREATE FUNCTION hocbaso_name_count(p_words text[], p_long text[], p_rule text, p_school text, p_unit bigint,
                                   p_year integer, p_grade integer, p_status text)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN hocbaso_name_total(p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status,
                              hocbaso_search_schools());
END;
$$;

-- One page of a name lookup in class-list order (name_sort, to be ordered COLLATE "C" by the
-- caller), after the keyset row when one is given; a first page comes with the exact total.
--
-- The plan is chosen here, not left to the planner: name_sort begins with the given name, so the
-- matches of a given name ("nhi", "hung") sit together far into the order, and walking
-- record_search_sort until a page of them turns up reads most of the table, while the planner,
-- thinking them spread evenly, picks that walk for anything not rare. A first page counts its
-- matches (the total the lookup shows anyway); a later page probes how many are left, up to
-- k_probe. Few matches are read through the GIN index and sorted; many (a surname, "thi") are
-- spread enough that the walk finds its rows early.
CREATE FUNCTION hocbaso_name_search(p_words text[], p_long text[], p_rule text, p_school text, p_unit bigint,
                                    p_year integer, p_grade integer, p_status text, p_after_sort text,
                                    p_after_id bigint, p_limit integer, p_offset integer)
RETURNS TABLE (record_id bigint, name_sort text, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k_walk constant integer := 20000;
    k_probe constant integer := 2000;
    schools bigint[] := hocbaso_search_schools();
    condition text := hocbaso_name_search_where(p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status,
                                                p_after_sort, schools);
    matches bigint;
    walk boolean;
BEGIN
    IF p_after_sort IS NULL AND coalesce(p_offset, 0) = 0 THEN
        matches := hocbaso_name_total(p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status,
                                      schools);
        walk := matches >= k_walk;
        total := matches;
    ELSE
        EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM record_search x WHERE ' || condition || ' LIMIT ' || k_probe
                || ') t' INTO matches
            USING p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status, p_after_sort, p_after_id,
                  p_limit, p_offset, schools;
        walk := matches >= k_probe;
        total := NULL;
    END IF;
    -- Sorting by an expression keeps the sort index out of the plan.
    RETURN QUERY EXECUTE 'SELECT x.record_id, x.name_sort::text, $14 FROM record_search x WHERE ' || condition
        || CASE WHEN walk THEN ' ORDER BY x.name_sort, x.record_id'
                ELSE ' ORDER BY x.name_sort || '''', x.record_id' END
        || ' LIMIT $11 OFFSET $12'
        USING p_words, p_long, p_rule, p_school, p_unit, p_year, p_grade, p_status, p_after_sort, p_after_id,
              p_limit, p_offset, schools, total;
END;
$$;

DO $$
BEGIN
    REVOKE ALL ON FUNCTION hocbaso_search_schools(), hocbaso_name_search(text[], text[], text, text, bigint, integer,
        integer, text, text, bigint, integer, integer), hocbaso_name_count(text[], text[], text, text, bigint, integer,
        integer, text), hocbaso_name_total(text[], text[], text, text, bigint, integer, integer, text, bigint[])
        FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_search_schools(), hocbaso_name_search(text[], text[], text, '
                   'text, bigint, integer, integer, text, text, bigint, integer, integer), hocbaso_name_count(text[], '
                   'text[], text, text, bigint, integer, integer, text) TO %s', hocbaso_groups_sql());
    -- The counters: read and written like record_search.
    EXECUTE format('GRANT SELECT ON record_search_counts TO %s', hocbaso_groups_sql());
    ALTER TABLE record_search_counts ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY unit_read ON record_search_counts FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR school_id = ANY ((SELECT hocbaso_my_schools())::bigint[]))', hocbaso_groups_sql());
END;
$$;

ANALYZE record_search;
ANALYZE record_search_counts;
