-- hocbaso schema 7 (SQLite): the 6.3 name search indexed per record, in class-list order.
--
-- Schema 2 indexed pupils' folded names. A lookup then joined every matching pupil to its records
-- to count them and sorted all of them for the first page: ~100 ms for a common surname in a
-- province. Here every record is one document of a contentless FTS5 index holding the pupil's
-- folded name words plus tags for the record's school year, grade, school and unit, so that
--   * the total is a count over the index alone (no join per match);
--   * the document ids follow the class-list order (records.name_sort): the first page of any
--     query is the first matching documents, read in id order from the start (or from the last
--     row of the previous page) and sorted exactly within the last bucket.
--
-- Document id (sort_rowid) = bucket * 2^23 + n. The bucket is a number computed from the first
-- seven characters of name_sort that never decreases as name_sort increases (so documents come in
-- class-list order bucket by bucket); n tells apart the records of a bucket (up to 2^23 of them).
-- Within a bucket the order is only approximate, and readers sort it exactly.
--
-- Tags start with "đ", which folding never produces (it maps đ to d), so no name word or query
-- word can ever equal or prefix a tag: đy<school year>, đg<grade>, đc<school id>, đu<unit id>.
-- The index holds a set of words per record, while the rule wants every query word to prefix a
-- different name word: when query words prefix one another ("nguyen n", "an an"), the name must
-- have at least k words starting with a word that k query words start with. So each name also
-- carries đ<k><prefix> for every prefix (up to 12 letters) that k >= 2 of its words share
-- ("pham thi thao": đ2t đ2th). Names with a character other than a-z, 0-9 and space (apostrophes
-- of Ê Đê names, hyphens) get the tag đx instead: the tokenizer splits their words, so for them
-- the index only narrows and the program checks the rule itself.
--
-- The status is not in the index, nor anywhere beside it: it is what changes most (a bulk decision
-- revokes ten thousand records at once), and re-indexing a document, or even rewriting a row
-- beside it, costs a noticeable part of such a change. Lookups check it for their candidates in
-- the records_school index (school, year, grade, status, id), which is kept anyway.
--
-- A single query word can match a third of a province ("nguyen", or "ng" while typing), and
-- counting that many documents takes longer than the rest of the lookup: search_prefix_counts
-- keeps, per school year, how many records have a name word starting with each prefix of up to
-- six letters, so that such totals are one read.

-- Bucket numbers per 7-character prefix of name_sort, computed once per prefix. Characters that
-- name_sort keys are made of (separators 1-3, digits, letter weights 'A'..'a') map to digits 1-48
-- of a base-50 number in their own order; any other character maps to the gap where it falls and
-- ends the number (the rest counts as 0), which keeps the number monotonic for any text.
CREATE TABLE record_sort_buckets (
    prefix    TEXT PRIMARY KEY,
    exact_len INTEGER GENERATED ALWAYS AS (
        length(prefix) - length(ltrim(prefix, char(1, 2, 3) || '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`a'))
    ) VIRTUAL,
    bucket    INTEGER NOT NULL GENERATED ALWAYS AS (
        (((((
          (CASE WHEN exact_len >= 1 THEN unicode(substr(prefix, 1, 1)) - 43 * (unicode(substr(prefix, 1, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 1, 1)) >= 65)
                WHEN exact_len = 0 AND length(prefix) >= 1 THEN
                    (CASE WHEN unicode(substr(prefix, 1, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 1, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 1, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END) * 50
        + (CASE WHEN exact_len >= 2 THEN unicode(substr(prefix, 2, 1)) - 43 * (unicode(substr(prefix, 2, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 2, 1)) >= 65)
                WHEN exact_len = 1 AND length(prefix) >= 2 THEN
                    (CASE WHEN unicode(substr(prefix, 2, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 2, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 2, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)) * 50
        + (CASE WHEN exact_len >= 3 THEN unicode(substr(prefix, 3, 1)) - 43 * (unicode(substr(prefix, 3, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 3, 1)) >= 65)
                WHEN exact_len = 2 AND length(prefix) >= 3 THEN
                    (CASE WHEN unicode(substr(prefix, 3, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 3, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 3, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)) * 50
        + (CASE WHEN exact_len >= 4 THEN unicode(substr(prefix, 4, 1)) - 43 * (unicode(substr(prefix, 4, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 4, 1)) >= 65)
                WHEN exact_len = 3 AND length(prefix) >= 4 THEN
                    (CASE WHEN unicode(substr(prefix, 4, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 4, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 4, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)) * 50
        + (CASE WHEN exact_len >= 5 THEN unicode(substr(prefix, 5, 1)) - 43 * (unicode(substr(prefix, 5, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 5, 1)) >= 65)
                WHEN exact_len = 4 AND length(prefix) >= 5 THEN
                    (CASE WHEN unicode(substr(prefix, 5, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 5, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 5, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)) * 50
        + (CASE WHEN exact_len >= 6 THEN unicode(substr(prefix, 6, 1)) - 43 * (unicode(substr(prefix, 6, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 6, 1)) >= 65)
                WHEN exact_len = 5 AND length(prefix) >= 6 THEN
                    (CASE WHEN unicode(substr(prefix, 6, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 6, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 6, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)) * 50
        + (CASE WHEN exact_len >= 7 THEN unicode(substr(prefix, 7, 1)) - 43 * (unicode(substr(prefix, 7, 1)) >= 48)
                                         - 6 * (unicode(substr(prefix, 7, 1)) >= 65)
                WHEN exact_len = 6 AND length(prefix) >= 7 THEN
                    (CASE WHEN unicode(substr(prefix, 7, 1)) < 1 THEN 0 WHEN unicode(substr(prefix, 7, 1)) < 48 THEN 4
                          WHEN unicode(substr(prefix, 7, 1)) < 65 THEN 15 ELSE 49 END)
                ELSE 0 END)
    ) STORED
) WITHOUT ROWID;

-- The name tags of each distinct folded name (computed once per name: pure SQL, so that any
-- client of the file keeps the index right, but not cheap), and its distinct word prefixes.
CREATE TABLE search_names (
    name     TEXT PRIMARY KEY,
    tags     TEXT NOT NULL,
    prefixes TEXT NOT NULL -- JSON array of the distinct prefixes (1-6 characters) of its words
) WITHOUT ROWID;
CREATE VIEW search_name_source AS
SELECT p.id AS pupil_id,
       p.name_folded AS name,
       CASE WHEN p.name_folded GLOB '*[^a-z0-9 ]*' THEN 'đx'
            ELSE coalesce((SELECT group_concat('đ' || k.value || m.prefix, ' ')
                           FROM (SELECT substr(w.value, 1, l.value) AS prefix, count(*) AS words
                                 FROM json_each('["' || replace(p.name_folded, ' ', '","') || '"]') w
                                 JOIN json_each('[1,2,3,4,5,6,7,8,9,10,11,12]') l ON l.value <= length(w.value)
                                 GROUP BY 1 HAVING count(*) >= 2) m
                           JOIN json_each('[2,3,4,5,6,7,8,9]') k ON k.value <= m.words), '')
       END AS tags,
       (SELECT json_group_array(DISTINCT substr(w.value, 1, l.value))
        FROM json_each('[' || replace(json_quote(p.name_folded), ' ', '","') || ']') w
        JOIN json_each('[1,2,3,4,5,6]') l ON l.value <= length(w.value)) AS prefixes
FROM pupils p;

-- What each record is indexed under: its sort prefix, the pupil's folded name and the tags.
CREATE VIEW record_search_source AS
SELECT r.id AS record_id,
       r.name_sort AS name_sort,
       substr(r.name_sort, 1, 7) AS sort_prefix,
       r.school_id AS school_id,
       r.school_year AS school_year,
       r.grade AS grade,
       p.name_folded AS name,
       ltrim((SELECT n.tags FROM search_names n WHERE n.name = p.name_folded)
             || ' đy' || r.school_year || ' đg' || r.grade || ' đc' || r.school_id || ' đu' || s.unit_id) AS tags
FROM records r
JOIN pupils p ON p.id = r.pupil_id
JOIN schools s ON s.id = r.school_id;

-- Each record's document: what was indexed (so that the contentless index can be told exactly
-- what to remove, and be rebuilt) and what readers check and sort candidates by, stored in
-- document order so that the candidates of a bucket lie side by side.
CREATE TABLE record_search (
    sort_rowid  INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL UNIQUE,
    name_sort   TEXT NOT NULL,
    school_id   INTEGER NOT NULL,
    school_year INTEGER NOT NULL,
    grade       INTEGER NOT NULL,
    name        TEXT NOT NULL,
    tags        TEXT NOT NULL
);

CREATE TABLE search_prefix_counts (
    prefix      TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (prefix, school_year)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE records_fts USING fts5(
    name,
    tags,
    content = '',
    columnsize = 0,
    detail = none,
    prefix = '1 2 3 4 5 6',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Kept in step by triggers. A new record takes the next number of its bucket.
CREATE TRIGGER record_search_insert AFTER INSERT ON records BEGIN
    INSERT INTO search_names (name, tags, prefixes)
        SELECT v.name, v.tags, v.prefixes FROM search_name_source v
        WHERE v.pupil_id = new.pupil_id AND NOT EXISTS (SELECT 1 FROM search_names n WHERE n.name = v.name);
    INSERT OR IGNORE INTO record_sort_buckets (prefix) VALUES (substr(new.name_sort, 1, 7));
    INSERT INTO record_search (sort_rowid, record_id, name_sort, school_id, school_year, grade, name, tags)
        SELECT coalesce((SELECT max(x.sort_rowid) + 1 FROM record_search x
                         WHERE x.sort_rowid BETWEEN b.bucket * 8388608 AND b.bucket * 8388608 + 8388607),
                        b.bucket * 8388608),
               v.record_id, v.name_sort, v.school_id, v.school_year, v.grade, v.name, v.tags
        FROM record_search_source v JOIN record_sort_buckets b ON b.prefix = v.sort_prefix
        WHERE v.record_id = new.id;
    INSERT INTO records_fts (rowid, name, tags)
        SELECT sort_rowid, name, tags FROM record_search WHERE record_id = new.id;
    INSERT INTO search_prefix_counts (prefix, school_year, n)
        SELECT j.value, x.school_year, 1
        FROM record_search x JOIN search_names n ON n.name = x.name, json_each(n.prefixes) j
        WHERE x.record_id = new.id
        ON CONFLICT (prefix, school_year) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER record_search_delete AFTER DELETE ON records BEGIN
    UPDATE search_prefix_counts SET n = n - 1
        WHERE school_year = (SELECT school_year FROM record_search WHERE record_id = old.id)
          AND prefix IN (SELECT j.value FROM record_search x JOIN search_names n ON n.name = x.name,
                                             json_each(n.prefixes) j
                         WHERE x.record_id = old.id);
    INSERT INTO records_fts (records_fts, rowid, name, tags)
        SELECT 'delete', sort_rowid, name, tags FROM record_search WHERE record_id = old.id;
    DELETE FROM record_search WHERE record_id = old.id;
END;
CREATE TRIGGER record_search_update AFTER UPDATE OF id, pupil_id, school_id, school_year, grade, name_sort ON records
WHEN old.id IS NOT new.id OR old.pupil_id IS NOT new.pupil_id OR old.school_id IS NOT new.school_id
  OR old.school_year IS NOT new.school_year OR old.grade IS NOT new.grade OR old.name_sort IS NOT new.name_sort
BEGIN
    UPDATE search_prefix_counts SET n = n - 1
        WHERE school_year = (SELECT school_year FROM record_search WHERE record_id = old.id)
          AND prefix IN (SELECT j.value FROM record_search x JOIN search_names n ON n.name = x.name,
                                             json_each(n.prefixes) j
                         WHERE x.record_id = old.id);
    INSERT INTO records_fts (records_fts, rowid, name, tags)
        SELECT 'delete', sort_rowid, name, tags FROM record_search WHERE record_id = old.id;
    DELETE FROM record_search WHERE record_id = old.id;
    INSERT INTO search_names (name, tags, prefixes)
        SELECT v.name, v.tags, v.prefixes FROM search_name_source v
        WHERE v.pupil_id = new.pupil_id AND NOT EXISTS (SELECT 1 FROM search_names n WHERE n.name = v.name);
    INSERT OR IGNORE INTO record_sort_buckets (prefix) VALUES (substr(new.name_sort, 1, 7));
    INSERT INTO record_search (sort_rowid, record_id, name_sort, school_id, school_year, grade, name, tags)
        SELECT coalesce((SELECT max(x.sort_rowid) + 1 FROM record_search x
                         WHERE x.sort_rowid BETWEEN b.bucket * 8388608 AND b.bucket * 8388608 + 8388607),
                        b.bucket * 8388608),
               v.record_id, v.name_sort, v.school_id, v.school_year, v.grade, v.name, v.tags
        FROM record_search_source v JOIN record_sort_buckets b ON b.prefix = v.sort_prefix
        WHERE v.record_id = new.id;
    INSERT INTO records_fts (rowid, name, tags)
        SELECT sort_rowid, name, tags FROM record_search WHERE record_id = new.id;
    INSERT INTO search_prefix_counts (prefix, school_year, n)
        SELECT j.value, x.school_year, 1
        FROM record_search x JOIN search_names n ON n.name = x.name, json_each(n.prefixes) j
        WHERE x.record_id = new.id
        ON CONFLICT (prefix, school_year) DO UPDATE SET n = n + 1;
END;
-- A renamed pupil or a school moved to another unit: re-tag their records (same ids).
CREATE TRIGGER record_search_pupil_name AFTER UPDATE OF name_folded ON pupils
WHEN old.name_folded IS NOT new.name_folded
BEGIN
    INSERT INTO search_names (name, tags, prefixes)
        SELECT v.name, v.tags, v.prefixes FROM search_name_source v
        WHERE v.pupil_id = new.id AND NOT EXISTS (SELECT 1 FROM search_names n WHERE n.name = v.name);
    UPDATE search_prefix_counts
        SET n = n - (SELECT count(*)
                     FROM record_search x JOIN search_names n ON n.name = x.name, json_each(n.prefixes) j
                     WHERE x.record_id IN (SELECT id FROM records WHERE pupil_id = new.id)
                       AND j.value = search_prefix_counts.prefix AND x.school_year = search_prefix_counts.school_year)
        WHERE (prefix, school_year) IN (SELECT j.value, x.school_year
                                        FROM record_search x JOIN search_names n ON n.name = x.name,
                                             json_each(n.prefixes) j
                                        WHERE x.record_id IN (SELECT id FROM records WHERE pupil_id = new.id));
    INSERT INTO records_fts (records_fts, rowid, name, tags)
        SELECT 'delete', x.sort_rowid, x.name, x.tags FROM record_search x
        WHERE x.record_id IN (SELECT id FROM records WHERE pupil_id = new.id);
    UPDATE record_search SET (name, tags) = (SELECT v.name, v.tags FROM record_search_source v
                                             WHERE v.record_id = record_search.record_id)
        WHERE record_id IN (SELECT id FROM records WHERE pupil_id = new.id);
    INSERT INTO records_fts (rowid, name, tags)
        SELECT x.sort_rowid, x.name, x.tags FROM record_search x
        WHERE x.record_id IN (SELECT id FROM records WHERE pupil_id = new.id);
    INSERT INTO search_prefix_counts (prefix, school_year, n)
        SELECT j.value, x.school_year, count(*)
        FROM record_search x JOIN search_names n ON n.name = x.name, json_each(n.prefixes) j
        WHERE x.record_id IN (SELECT id FROM records WHERE pupil_id = new.id) GROUP BY 1, 2
        ON CONFLICT (prefix, school_year) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER record_search_school_unit AFTER UPDATE OF unit_id ON schools
WHEN old.unit_id IS NOT new.unit_id
BEGIN
    INSERT INTO records_fts (records_fts, rowid, name, tags)
        SELECT 'delete', x.sort_rowid, x.name, x.tags FROM record_search x
        WHERE x.record_id IN (SELECT id FROM records WHERE school_id = new.id);
    UPDATE record_search SET tags = (SELECT v.tags FROM record_search_source v
                                     WHERE v.record_id = record_search.record_id)
        WHERE record_id IN (SELECT id FROM records WHERE school_id = new.id);
    INSERT INTO records_fts (rowid, name, tags)
        SELECT x.sort_rowid, x.name, x.tags FROM record_search x
        WHERE x.record_id IN (SELECT id FROM records WHERE school_id = new.id);
END;

-- The records already there (the program's RecordSearchRepository::rebuildIndex does the same
-- after a bulk load): numbered in exact class-list order within each bucket.
INSERT INTO search_names (name, tags, prefixes)
    SELECT v.name, v.tags, v.prefixes FROM search_name_source v
    WHERE v.pupil_id IN (SELECT min(id) FROM pupils GROUP BY name_folded);
INSERT OR IGNORE INTO record_sort_buckets (prefix) SELECT DISTINCT substr(name_sort, 1, 7) FROM records;
INSERT INTO record_search (sort_rowid, record_id, name_sort, school_id, school_year, grade, name, tags)
    SELECT b.bucket * 8388608 + row_number() OVER (PARTITION BY b.bucket ORDER BY v.name_sort, v.record_id) - 1,
           v.record_id, v.name_sort, v.school_id, v.school_year, v.grade, v.name, v.tags
    FROM record_search_source v JOIN record_sort_buckets b ON b.prefix = v.sort_prefix
    ORDER BY 1;
INSERT INTO records_fts (rowid, name, tags) SELECT sort_rowid, name, tags FROM record_search;
INSERT INTO records_fts (records_fts) VALUES ('optimize');
INSERT INTO search_prefix_counts (prefix, school_year, n)
    SELECT j.value, g.school_year, sum(g.n)
    FROM (SELECT name, school_year, count(*) AS n FROM record_search GROUP BY 1, 2) g
    JOIN search_names n ON n.name = g.name, json_each(n.prefixes) j
    GROUP BY 1, 2;

-- The pupil-level index of schema 2 is replaced.
DROP TRIGGER pupils_fts_insert;
DROP TRIGGER pupils_fts_delete;
DROP TRIGGER pupils_fts_update;
DROP TABLE pupils_fts;
