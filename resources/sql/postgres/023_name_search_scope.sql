-- hocbaso schema 23 (PostgreSQL): a name lookup within a few schools reads those schools' rows, not
-- the whole province's posting lists (issue #19).
--
-- Why. `x.words @> $1` is served by the GIN index over every record of the store: a commune
-- officer's "nguyen anh" decoded the province's posting lists of both words and checked each of
-- the province's matches against the heap before keeping the commune's 245 (20-40 ms alone,
-- 100-300 ms with 16 officers at once on the 1,000,000-record bench store). A commune holds about
-- 10,000 records: reading them through record_search_school and testing the words on each is 4 ms
-- whatever the words. So when the lookup is narrowed to one school (a school code) or the caller
-- sees few schools, the words condition is written so that the GIN index cannot serve it
-- (`(... @> ...) IS TRUE` is no index clause) and the school index is used instead. Larger scopes
-- (a Sở, a global administrator) keep the GIN index. Same rows either way. The rest is schema 14's
-- text with schema 15's units below a unit.
CREATE OR REPLACE FUNCTION hocbaso_name_search_where(p_long text[], p_rule text, p_school text, p_unit bigint,
                                                     p_year integer, p_grade integer, p_status text,
                                                     p_after_sort text, p_schools bigint[])
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN p_school IS NOT NULL OR cardinality(p_schools) <= 40 THEN '(x.words @> $1) IS TRUE'
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
