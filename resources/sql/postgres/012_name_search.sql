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
-- Row-level security as records (school of the row), ENABLE and FORCE.

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

-- Read like records; written only through the triggers above (as the owner).
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON record_search TO %s', hocbaso_groups_sql());
    ALTER TABLE record_search ENABLE ROW LEVEL SECURITY;
    ALTER TABLE record_search FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON record_search USING ((SELECT hocbaso_is_owner()))
        WITH CHECK ((SELECT hocbaso_is_owner()));
    EXECUTE format('CREATE POLICY unit_read ON record_search FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR school_id = ANY ((SELECT hocbaso_my_schools())::bigint[]))', hocbaso_groups_sql());
END;
$$;

ANALYZE record_search;
