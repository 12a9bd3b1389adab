-- hocbaso schema 32 (PostgreSQL): the name lookup answers from the index where it ran a rule per
-- candidate, reads its matches once, and skips filters that remove nothing (issue #19).
--
-- Why, from the 1,000,000-record province (pg_stat_statements and EXPLAIN over the central bench):
-- - A query whose words prefix one another ("nguyen n", "tran t", "nguyen n thao") ran
--   hocbaso_words_match on every record with both words: 380,000 calls and 3.5 s for "nguyen n".
--   Each name's words now also carry a token đ<k><prefix> for every prefix (up to 12 characters)
--   that k >= 2 of its words begin with ("nguyen ngoc nhi": đ2n đ3n đ2ng), as SQLite's tags do
--   (schema 7 there). Prefix sets of query words are nested or disjoint, so "each query word begins
--   a different name word" holds exactly when, for every query word q, the name has at least as
--   many words beginning with q as the query has words beginning with q: `words @> {nguyen, đ2n}`
--   is the rule, answered by the GIN index. Folding never produces "đ", so no typed word is a
--   token. The rule stays only for query words longer than 12 characters or repeated ten times.
-- - The GIN index kept new entries in its pending list (fastupdate), which every lookup scanned
--   whole until a vacuum: after the bench's writes a three-word lookup read 269 index pages, 9 after
--   a vacuum. Entries now go into the index at once (a record insert pays a few pages instead).
-- - The first page counted its matches in one statement and read them again for the page. Now
--   they are read once, counted, and the page sorted from that read (a single word's total still
--   comes from the counters).
-- - Many matches used to be found by walking the class-list order until a page of them turned up.
--   A given name ("nhi") sits together far into that order, and the walk read half the table
--   (0.7 s). The walk now reads at most a quarter as many rows as there are matches (5,000 at
--   least); if no full page turned up there, the matches are sorted instead.
-- - The function said it returns 1,000 rows (PostgreSQL's default), so the page's join to its
--   records read every class of the caller's schools (30,000 rows through their policy, 7 ms)
--   into a hash. It returns a page: ROWS 50 makes that join look each class up.
-- - The service narrows an officer's lookup to their unit, which the caller's scope (schema 28)
--   already does: the unit filter, a subquery per candidate, is left out when the caller's unit is
--   at or below it.

CREATE OR REPLACE FUNCTION hocbaso_name_prefixes(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
    WITH p AS (
        SELECT left(w, n) AS prefix, count(*) AS k
        FROM unnest(string_to_array(folded, ' ')) AS w, generate_series(1, least(length(w), 12)) AS n
        WHERE w <> ''
        GROUP BY 1)
    SELECT coalesce(array_agg(t ORDER BY t COLLATE "C"), '{}')
    FROM (SELECT p.prefix FROM p
          UNION ALL
          SELECT 'đ' || j || p.prefix FROM p, generate_series(2, least(p.k, 9)) AS j) AS s(t);
$$;

-- The rows of names with a shared prefix get their tokens, and the counters count the tokens as
-- they count prefixes (so a lookup of "n n" is one read of the counters). The counters' update
-- trigger would rewrite every prefix of each row; it is set aside while the tokens are added.
DROP INDEX record_search_words;
DROP TRIGGER record_search_counts_update ON record_search;
UPDATE record_search x SET words = t.words
FROM (SELECT y.record_id, hocbaso_name_prefixes(y.name) AS words FROM record_search y) AS t
WHERE t.record_id = x.record_id AND t.words <> x.words;
INSERT INTO record_search_counts (prefix, school_year, school_id, n)
    SELECT w, x.school_year, x.school_id, count(*) FROM record_search x, unnest(x.words) AS w
    WHERE w LIKE 'đ%' GROUP BY 1, 2, 3;
CREATE TRIGGER record_search_counts_update AFTER UPDATE OF words, school_id, school_year ON record_search
    FOR EACH ROW
    WHEN (OLD.words IS DISTINCT FROM NEW.words OR OLD.school_id IS DISTINCT FROM NEW.school_id
          OR OLD.school_year IS DISTINCT FROM NEW.school_year)
    EXECUTE FUNCTION hocbaso_record_search_count();
CREATE INDEX record_search_words ON record_search USING gin (words) WITH (fastupdate = off);

-- The unit a lookup is narrowed to, or NULL when the caller's own reach lies within it (then the
-- caller's schools, which hocbaso_name_search applies anyway, say all the unit would).
CREATE FUNCTION hocbaso_search_unit(p_unit bigint) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    IF p_unit IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    IF FOUND AND me.role <> 'school' AND me.unit_id IS NOT NULL AND hocbaso_unit_within(me.unit_id, p_unit) THEN
        RETURN NULL;
    END IF;
    RETURN p_unit;
END;
$$;
REVOKE ALL ON FUNCTION hocbaso_search_unit(bigint) FROM PUBLIC;

CREATE OR REPLACE FUNCTION hocbaso_name_count(p_words text[], p_long text[], p_rule text, p_school text,
                                              p_unit bigint, p_year integer, p_grade integer, p_status text)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN hocbaso_name_total(p_words, p_long, p_rule, p_school, hocbaso_search_unit(p_unit), p_year, p_grade,
                              p_status, hocbaso_search_schools());
END;
$$;

-- One page of a name lookup in class-list order (name_sort COLLATE "C", record_id), after the
-- keyset row when one is given; a first page comes with the exact total.
CREATE OR REPLACE FUNCTION hocbaso_name_search(p_words text[], p_long text[], p_rule text, p_school text,
                                               p_unit bigint, p_year integer, p_grade integer, p_status text,
                                               p_after_sort text, p_after_id bigint, p_limit integer,
                                               p_offset integer)
RETURNS TABLE (record_id bigint, name_sort text, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
SET search_path = pg_catalog, public, pg_temp SET work_mem = '16MB' AS $$
DECLARE
    -- A single word this common is looked for by walking the class-list order.
    k_many constant integer := 20000;
    -- Rows of class-list order a walk may read for its page: at least this many, and a quarter of
    -- the matches when they are known (sorting them would read them all).
    k_walk constant integer := 5000;
    -- A later page: matches left that are read and sorted at once.
    k_probe constant integer := 2000;
    schools constant bigint[] := hocbaso_search_schools();
    unit constant bigint := hocbaso_search_unit(p_unit);
    condition constant text := hocbaso_name_search_where(p_long, p_rule, p_school, unit, p_year, p_grade, p_status,
                                                         p_after_sort, schools);
    first_page constant boolean := p_after_sort IS NULL AND coalesce(p_offset, 0) = 0;
    cap integer;
    walk bigint := k_walk;
    matches bigint;
    ids bigint[];
    sorts text[];
BEGIN
    total := NULL;
    IF first_page THEN
        -- One word with at most a year, a school or a unit: the counters tell the total at once.
        IF cardinality(p_words) = 1 AND cardinality(p_long) = 0 AND p_rule IS NULL AND p_grade IS NULL
           AND p_status IS NULL THEN
            total := hocbaso_name_total(p_words, p_long, p_rule, p_school, unit, p_year, p_grade, p_status, schools);
            IF total = 0 THEN
                RETURN;
            END IF;
        END IF;
        -- Otherwise the matches are read once, counted, and the page sorted from them: one pass
        -- over the index and the rows where a count and a page took two.
        cap := CASE WHEN total IS NULL OR total < k_many THEN 0 END;
        walk := greatest(k_walk, total / 4);
    ELSE
        cap := k_probe;
    END IF;
    IF cap IS NOT NULL THEN
        EXECUTE 'WITH m AS MATERIALIZED (SELECT x.record_id, x.name_sort FROM record_search x WHERE ' || condition
                || CASE WHEN cap > 0 THEN ' LIMIT ' || cap ELSE '' END
                || ') SELECT (SELECT count(*) FROM m), array_agg(p.record_id ORDER BY p.name_sort, p.record_id), '
                || 'array_agg(p.name_sort::text ORDER BY p.name_sort, p.record_id) FROM (SELECT m.record_id, '
                || 'm.name_sort FROM m ORDER BY m.name_sort, m.record_id LIMIT $11 OFFSET $12) p'
            INTO matches, ids, sorts
            USING p_words, p_long, p_rule, p_school, unit, p_year, p_grade, p_status, p_after_sort, p_after_id,
                  p_limit, p_offset, schools;
        IF cap = 0 OR matches < cap THEN
            IF first_page THEN
                total := matches;
            END IF;
            RETURN QUERY SELECT u.id, u.sort, total FROM unnest(ids, sorts) AS u(id, sort);
            RETURN;
        END IF;
    END IF;
    -- Many matches: a surname or a middle name is spread over the class-list order, and walking it
    -- finds a page early. The walk reads at most `walk` rows; a full page among them is the page
    -- (every row before them was read).
    EXECUTE 'SELECT array_agg(w.record_id ORDER BY w.name_sort, w.record_id), array_agg(w.name_sort::text ORDER BY '
            || 'w.name_sort, w.record_id) FROM (SELECT x.record_id, x.name_sort FROM (SELECT * FROM record_search x'
            || CASE WHEN p_after_sort IS NOT NULL THEN ' WHERE (x.name_sort, x.record_id) > ($9, $10)' ELSE '' END
            || ' ORDER BY x.name_sort, x.record_id LIMIT ' || walk || ') x WHERE ' || condition
            || ' ORDER BY x.name_sort, x.record_id LIMIT $11 OFFSET $12) w'
        INTO ids, sorts
        USING p_words, p_long, p_rule, p_school, unit, p_year, p_grade, p_status, p_after_sort, p_after_id,
              p_limit, p_offset, schools;
    IF coalesce(cardinality(ids), 0) >= p_limit THEN
        RETURN QUERY SELECT u.id, u.sort, total FROM unnest(ids, sorts) AS u(id, sort);
        RETURN;
    END IF;
    -- A given name ("nhi") sits together far into the order: sort its matches instead (sorting by
    -- an expression keeps the order's index out of the plan).
    RETURN QUERY EXECUTE 'SELECT x.record_id, x.name_sort::text, $14 FROM record_search x WHERE ' || condition
        || ' ORDER BY x.name_sort || '''', x.record_id LIMIT $11 OFFSET $12'
        USING p_words, p_long, p_rule, p_school, unit, p_year, p_grade, p_status, p_after_sort, p_after_id,
              p_limit, p_offset, schools, total;
END;
$$;

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION hocbaso_name_prefixes(text) SET search_path = pg_catalog, %I, pg_temp',
                   store_schema);
    EXECUTE format('ALTER FUNCTION hocbaso_search_unit(bigint) SET search_path = pg_catalog, %I, pg_temp',
                   store_schema);
    EXECUTE format('ALTER FUNCTION hocbaso_name_count(text[], text[], text, text, bigint, integer, integer, text) '
                   'SET search_path = pg_catalog, %I, pg_temp', store_schema);
    EXECUTE format('ALTER FUNCTION hocbaso_name_search(text[], text[], text, text, bigint, integer, integer, text, '
                   'text, bigint, integer, integer) SET search_path = pg_catalog, %I, pg_temp', store_schema);
END;
$$;
