-- hocbaso schema 2 (SQLite): name search and progress counters.

-- Folded pupil names (DOMAIN.md folding) in an FTS5 index with prefix indexes, kept in step with
-- pupils by triggers. The folding is done by the program, so the tokenizer only splits words.
CREATE VIRTUAL TABLE pupils_fts USING fts5(
    name_folded,
    content = 'pupils',
    content_rowid = 'id',
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER pupils_fts_insert AFTER INSERT ON pupils BEGIN
    INSERT INTO pupils_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER pupils_fts_delete AFTER DELETE ON pupils BEGIN
    INSERT INTO pupils_fts(pupils_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
END;
CREATE TRIGGER pupils_fts_update AFTER UPDATE OF name_folded ON pupils BEGIN
    INSERT INTO pupils_fts(pupils_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
    INSERT INTO pupils_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
INSERT INTO pupils_fts(pupils_fts) VALUES ('rebuild');

-- Records per school, year, grade and status, maintained by triggers, so that statistics (6.4)
-- read a few thousand counter rows instead of scanning a million records.
CREATE TABLE record_counts (
    school_id   INTEGER NOT NULL,
    school_year INTEGER NOT NULL,
    grade       INTEGER NOT NULL,
    status      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (school_id, school_year, grade, status)
) WITHOUT ROWID;
INSERT INTO record_counts (school_id, school_year, grade, status, n)
    SELECT school_id, school_year, grade, status, count(*) FROM records
    GROUP BY school_id, school_year, grade, status;

CREATE TRIGGER record_counts_insert AFTER INSERT ON records BEGIN
    INSERT INTO record_counts (school_id, school_year, grade, status, n)
        VALUES (new.school_id, new.school_year, new.grade, new.status, 1)
        ON CONFLICT (school_id, school_year, grade, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER record_counts_delete AFTER DELETE ON records BEGIN
    UPDATE record_counts SET n = n - 1
        WHERE school_id = old.school_id AND school_year = old.school_year AND grade = old.grade
          AND status = old.status;
END;
CREATE TRIGGER record_counts_update AFTER UPDATE OF status, school_id, school_year, grade ON records
WHEN old.status IS NOT new.status OR old.school_id IS NOT new.school_id
  OR old.school_year IS NOT new.school_year OR old.grade IS NOT new.grade
BEGIN
    UPDATE record_counts SET n = n - 1
        WHERE school_id = old.school_id AND school_year = old.school_year AND grade = old.grade
          AND status = old.status;
    INSERT INTO record_counts (school_id, school_year, grade, status, n)
        VALUES (new.school_id, new.school_year, new.grade, new.status, 1)
        ON CONFLICT (school_id, school_year, grade, status) DO UPDATE SET n = n + 1;
END;
