-- hocbaso schema 33 (PostgreSQL): a name lookup with a school year or a grade finds its matches in
-- the index (issue #19).
--
-- Why. The year and the grade were checked on each row the words matched: "tran" in 2023 read all
-- 119,332 records with a word beginning "tran" to keep 15,739 (68 ms on the 1,000,000-record
-- province), "ng" in grade 3 read 450,000 to keep 91,239. Each row's words now also hold đy<year>
-- and đg<grade>, and a lookup with those filters asks for them beside its words, so the GIN index
-- hands over the matches only. Folding never produces "đ", and the overlap tokens of schema 32 are
-- đ followed by a digit, so these are told apart from both. The status, which changes most, stays
-- a check on the row, as in SQLite.

-- The tokens a lookup asks for besides its words (none for a filter not set).
CREATE FUNCTION hocbaso_filter_terms(p_year integer, p_grade integer) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT array_remove(ARRAY['đy' || p_year, 'đg' || p_grade], NULL);
$$;

CREATE FUNCTION hocbaso_search_words(folded text, p_year integer, p_grade integer) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT hocbaso_name_prefixes(coalesce(folded, '')) || hocbaso_filter_terms(p_year, p_grade);
$$;

CREATE OR REPLACE FUNCTION hocbaso_record_search_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.pupil_id IS DISTINCT FROM OLD.pupil_id THEN
        INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, name, words)
            SELECT NEW.id, NEW.school_id, NEW.school_year, NEW.grade, NEW.status, NEW.name_sort, p.name_folded,
                   hocbaso_search_words(p.name_folded, NEW.school_year, NEW.grade)
            FROM pupils p WHERE p.id = NEW.pupil_id
        ON CONFLICT (record_id) DO UPDATE SET school_id = EXCLUDED.school_id, school_year = EXCLUDED.school_year,
            grade = EXCLUDED.grade, status = EXCLUDED.status, name_sort = EXCLUDED.name_sort, name = EXCLUDED.name,
            words = EXCLUDED.words;
    ELSE
        -- A status change (a send, a revocation) touches no indexed column: a HOT update. Only a
        -- new year or grade rewrites the words.
        UPDATE record_search SET school_id = NEW.school_id, school_year = NEW.school_year, grade = NEW.grade,
                                 status = NEW.status, name_sort = NEW.name_sort,
                                 words = CASE WHEN school_year = NEW.school_year AND grade = NEW.grade THEN words
                                              ELSE hocbaso_search_words(name, NEW.school_year, NEW.grade) END
            WHERE record_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_record_search_pupil() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE record_search SET name = NEW.name_folded,
                             words = hocbaso_search_words(NEW.name_folded, school_year, grade)
        WHERE record_id IN (SELECT r.id FROM records r WHERE r.pupil_id = NEW.id);
    RETURN NULL;
END;
$$;

-- A store made with the partitioned layout has the twin of hocbaso_record_search_record
-- (layout/partitioned.sql, which writes the same).
DO $$
BEGIN
    IF to_regprocedure('hocbaso_record_search_record_partitioned()') IS NULL THEN
        RETURN;
    END IF;
    CREATE OR REPLACE FUNCTION hocbaso_record_search_record_partitioned() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
    BEGIN
        IF TG_OP = 'INSERT' OR NEW.pupil_id IS DISTINCT FROM OLD.pupil_id THEN
            DELETE FROM record_search WHERE record_id = NEW.id AND school_id <> NEW.school_id;
            INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, name, words)
                SELECT NEW.id, NEW.school_id, NEW.school_year, NEW.grade, NEW.status, NEW.name_sort, p.name_folded,
                       hocbaso_search_words(p.name_folded, NEW.school_year, NEW.grade)
                FROM pupils p WHERE p.id = NEW.pupil_id
            ON CONFLICT (record_id, school_id) DO UPDATE SET school_year = EXCLUDED.school_year,
                grade = EXCLUDED.grade, status = EXCLUDED.status, name_sort = EXCLUDED.name_sort,
                name = EXCLUDED.name, words = EXCLUDED.words;
        ELSE
            UPDATE record_search SET school_id = NEW.school_id, school_year = NEW.school_year, grade = NEW.grade,
                                     status = NEW.status, name_sort = NEW.name_sort,
                                     words = CASE WHEN school_year = NEW.school_year AND grade = NEW.grade THEN words
                                                  ELSE hocbaso_search_words(name, NEW.school_year, NEW.grade) END
                WHERE record_id = NEW.id;
        END IF;
        RETURN NULL;
    END;
    $fn$;
END;
$$;

-- Every row gets its tokens, and the counters count them as they count prefixes (schema 32 did the
-- same for its tokens, and for the same reason sets the counters' update trigger aside).
DROP INDEX record_search_words;
DROP TRIGGER record_search_counts_update ON record_search;
UPDATE record_search SET words = words || hocbaso_filter_terms(school_year, grade);
INSERT INTO record_search_counts (prefix, school_year, school_id, n)
    SELECT w, x.school_year, x.school_id, count(*) FROM record_search x, unnest(hocbaso_filter_terms(x.school_year, x.grade)) AS w
    GROUP BY 1, 2, 3;
CREATE TRIGGER record_search_counts_update AFTER UPDATE OF words, school_id, school_year ON record_search
    FOR EACH ROW
    WHEN (OLD.words IS DISTINCT FROM NEW.words OR OLD.school_id IS DISTINCT FROM NEW.school_id
          OR OLD.school_year IS DISTINCT FROM NEW.school_year)
    EXECUTE FUNCTION hocbaso_record_search_count();
CREATE INDEX record_search_words ON record_search USING gin (words) WITH (fastupdate = off);

-- The condition of a lookup (schema 23's) asks for the year's and the grade's tokens with the words.
CREATE OR REPLACE FUNCTION hocbaso_name_search_where(p_long text[], p_rule text, p_school text, p_unit bigint,
                                                     p_year integer, p_grade integer, p_status text,
                                                     p_after_sort text, p_schools bigint[])
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN p_school IS NOT NULL OR cardinality(p_schools) <= 40 THEN '(x.words @> $1) IS TRUE'
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
        || CASE WHEN p_schools IS NOT NULL THEN ' AND x.school_id = ANY ($13)' ELSE '' END
$$;

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['hocbaso_search_words(text, integer, integer)', 'hocbaso_filter_terms(integer, integer)',
                             'hocbaso_record_search_record()', 'hocbaso_record_search_pupil()',
                             'hocbaso_name_search_where(text[], text, text, bigint, integer, integer, text, text, '
                             'bigint[])'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, store_schema);
    END LOOP;
    IF to_regprocedure('hocbaso_record_search_record_partitioned()') IS NOT NULL THEN
        EXECUTE format('ALTER FUNCTION hocbaso_record_search_record_partitioned() SET search_path = pg_catalog, %I, '
                       'pg_temp', store_schema);
    END IF;
END;
$$;
