-- hocbaso schema 17 (PostgreSQL): live trust (issue #18). A CRL fetched from a certificate's
-- distribution point says where and when it came from (both NULL for a file someone loaded); each
-- OCSP answer about a certificate is kept as the responder sent it (DER) with what it said, so that
-- 6.1 works offline from the freshest answer and shows its age. Readers verify the DER again before
-- they use an answer: a row is a cache, never a verdict, so what a person types into these tables
-- can hide nothing (a forged CRL or answer does not verify and is not used).
ALTER TABLE crls ADD COLUMN source_url text;
ALTER TABLE crls ADD COLUMN fetched_at timestamptz;

ALTER TABLE certificates ADD CONSTRAINT certificates_id_school_key UNIQUE (id, school_id);
CREATE TABLE ocsp_answers (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_id bigint NOT NULL,
    school_id      bigint NOT NULL,
    url            text NOT NULL,
    der            bytea NOT NULL,
    status         text NOT NULL CHECK (status IN ('good', 'revoked', 'unknown')),
    revoked_at     timestamptz,
    reason         text,
    this_update    timestamptz NOT NULL,
    next_update    timestamptz,
    fetched_at     timestamptz NOT NULL,
    fetched_by     text NOT NULL,
    FOREIGN KEY (certificate_id, school_id) REFERENCES certificates (id, school_id)
);
CREATE INDEX ocsp_answers_certificate ON ocsp_answers (certificate_id, fetched_at);

-- Who may store what they fetched: officers and administrators ask the CAs (6.1's "Check
-- revocation now"), for the certificates of their units' schools, in their own name. A fetched CRL
-- is the trust store's (no unit), so officers may add CRLs as administrators always could.
DO $$
DECLARE
    deciders constant text := hocbaso_groups_sql(ARRAY['admin', 'officer']);
    by_school constant text := '(SELECT hocbaso_sees_all()) OR school_id IN (SELECT unnest(hocbaso_my_schools()))';
BEGIN
    EXECUTE format('GRANT INSERT ON crls TO %s', deciders);
    EXECUTE format('GRANT SELECT ON ocsp_answers TO %s', hocbaso_groups_sql());
    EXECUTE format('GRANT INSERT ON ocsp_answers TO %s', deciders);
    ALTER TABLE ocsp_answers ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ocsp_answers FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON ocsp_answers USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
    EXECUTE format('CREATE POLICY unit_read ON ocsp_answers FOR SELECT TO %s USING (%s)', hocbaso_groups_sql(),
                   by_school);
    EXECUTE format('CREATE POLICY unit_insert ON ocsp_answers FOR INSERT TO %s WITH CHECK ((%s) '
                   'AND fetched_by = (SELECT hocbaso_my_username()))', deciders, by_school);
END;
$$;
-- Ids are the server's, as on every table people insert into (schema 14).
CREATE TRIGGER insert_guard BEFORE INSERT ON ocsp_answers FOR EACH ROW EXECUTE FUNCTION hocbaso_insert_guard();

-- Offline copies carry the answers of their unit's certificates (the change log, as schema 10 does
-- for every replicated table), so that 6.1 offline shows the last answer and its age.
CREATE FUNCTION hocbaso_sync_log_ocsp_answers() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_changes (tbl, row_id, unit_id)
        SELECT 'ocsp_answers', c.id, (SELECT s.unit_id FROM schools s WHERE s.id = c.school_id) FROM old_rows c
        ORDER BY c.id;
    ELSE
        INSERT INTO sync_changes (tbl, row_id, unit_id)
        SELECT 'ocsp_answers', c.id, (SELECT s.unit_id FROM schools s WHERE s.id = c.school_id) FROM new_rows c
        ORDER BY c.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER sync_log_insert AFTER INSERT ON ocsp_answers REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_sync_log_ocsp_answers();
CREATE TRIGGER sync_log_update AFTER UPDATE ON ocsp_answers REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_sync_log_ocsp_answers();
CREATE TRIGGER sync_log_delete AFTER DELETE ON ocsp_answers REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_sync_log_ocsp_answers();
