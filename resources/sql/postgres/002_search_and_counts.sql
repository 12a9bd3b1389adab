-- hocbaso schema 2 (PostgreSQL): name search and progress counters.

-- Folded pupil names (folded by the program, DOMAIN.md) behind a trigram index, which serves
-- the word-prefix searches of 6.3.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX pupils_name_trgm ON pupils USING gin (name_folded gin_trgm_ops);

-- Records per school, year, grade and status, maintained by triggers, so that statistics (6.4)
-- read a few thousand counter rows instead of scanning every record.
CREATE TABLE record_counts (
    school_id   bigint NOT NULL,
    school_year integer NOT NULL,
    grade       integer NOT NULL,
    status      text NOT NULL,
    n           integer NOT NULL,
    PRIMARY KEY (school_id, school_year, grade, status)
);
INSERT INTO record_counts (school_id, school_year, grade, status, n)
    SELECT school_id, school_year, grade, status, count(*) FROM records
    GROUP BY school_id, school_year, grade, status;

CREATE FUNCTION record_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE record_counts SET n = n - 1
            WHERE school_id = OLD.school_id AND school_year = OLD.school_year AND grade = OLD.grade
              AND status = OLD.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO record_counts (school_id, school_year, grade, status, n)
            VALUES (NEW.school_id, NEW.school_year, NEW.grade, NEW.status, 1)
            ON CONFLICT (school_id, school_year, grade, status) DO UPDATE SET n = record_counts.n + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER record_counts_insert_delete AFTER INSERT OR DELETE ON records
    FOR EACH ROW EXECUTE FUNCTION record_counts_maintain();
CREATE TRIGGER record_counts_update AFTER UPDATE OF status, school_id, school_year, grade ON records
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.school_id IS DISTINCT FROM NEW.school_id
          OR OLD.school_year IS DISTINCT FROM NEW.school_year OR OLD.grade IS DISTINCT FROM NEW.grade)
    EXECUTE FUNCTION record_counts_maintain();
