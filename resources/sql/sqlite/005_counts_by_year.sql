-- hocbaso schema 5 (SQLite): statistics read the counters of one school year across all the
-- unit's schools; the primary key starts with the school, so give the year its own covering index.
CREATE INDEX record_counts_year ON record_counts(school_year, school_id, grade, status, n);
