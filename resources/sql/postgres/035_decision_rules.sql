-- hocbaso schema 35 (PostgreSQL): a 6.5 decision's rules are checked once per statement (issue #19,
-- sync_1k_ops_s).
--
-- Why. A revocation decided in bulk (RevocationReview, the sync's push of offline decisions) is three
-- statements over many rows: the requests, their records, the records' versions. Each row's BEFORE
-- trigger looked up the caller's login (hocbaso_me_or_refuse) and the record's facts
-- (hocbaso_rule_facts, which looks the login up again), then whether the caller decides for the
-- school's unit: pg_stat_user_functions over 500 approvals as the Sở officer of the 1,000,000-record
-- province gave ~0.3 ms a row and a table, 1,500 login lookups and 15,000 calls of
-- hocbaso_is_owner (the owner's own policy, once per table a lookup reads) for one decision batch.
--
-- What instead. The row triggers keep what a row says alone for these moves (a request goes from
-- pending to approved or rejected; a sent record or version is revoked at the same version, its
-- content untouched, its dates the server's) and let the row through. An AFTER ... FOR EACH STATEMENT
-- trigger over the statement's transition tables then checks all its rows at once: the caller looked
-- up once, the records' facts read in one call of hocbaso_rule_facts_of, and whether the caller
-- decides for each distinct unit. One wrong row refuses the whole statement, as a row trigger's
-- refusal did (tests/pg/test_central_attacks_decisions.cpp). Statement triggers fire for statements
-- on the table named, and on a partitioned store every row of every partition is in the transition
-- tables; nobody but the owner may name a partition (layout/partitioned.sql).
--
-- The other moves (confirming, sending, new versions, new requests) stay checked row by row.
--
-- And: record_search gets fillfactor 80. A send or a revocation changes a row's status, which no index
-- holds, so the update can stay on its page (HOT) and leave the words' GIN index alone; with full
-- pages each one was a new tuple with ~20 new GIN entries (0.47 ms a row, 0.16 ms at fillfactor 90
-- after VACUUM FULL). Existing pages make room as they are vacuumed; VACUUM FULL record_search
-- rewrites them at once.

-- The facts of many records at once, for exactly the records the caller's policies show: the
-- set-based form of hocbaso_rule_facts (schema 34), which is now written with it.
CREATE FUNCTION hocbaso_rule_facts_of(p_records bigint[], p_versions integer[])
RETURNS TABLE(record_id bigint, asked_version integer, school_id bigint, school_year integer, grade integer,
              status text, version integer, sent_at timestamptz, school_unit bigint, revocation_approved boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    me record;
    my_scope bigint;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- The scope hocbaso_my_scope gives the same person.
    my_scope := CASE WHEN me.role = 'admin' AND me.unit_id IS NULL THEN 0
                     WHEN me.role = 'school' THEN -me.school_id
                     ELSE me.unit_id END;
    RETURN QUERY
        SELECT r.id, a.v, r.school_id, r.school_year, r.grade, r.status, r.version, r.sent_at, s.unit_id,
               a.v IS NOT NULL AND EXISTS (SELECT 1 FROM revocation_requests q WHERE q.record_id = r.id
                                           AND q.record_version = a.v AND q.status = 'approved')
        FROM unnest(p_records, p_versions) AS a(id, v)
        JOIN records r ON r.id = a.id
        JOIN schools s ON s.id = r.school_id
        WHERE EXISTS (SELECT 1 FROM school_scopes sc WHERE sc.scope = my_scope AND sc.school_id = r.school_id);
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_rule_facts(p_record bigint, p_version integer)
RETURNS TABLE(school_id bigint, school_year integer, grade integer, status text, version integer,
              sent_at timestamptz, school_unit bigint, revocation_approved boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY SELECT f.school_id, f.school_year, f.grade, f.status, f.version, f.sent_at, f.school_unit,
                        f.revocation_approved
                 FROM hocbaso_rule_facts_of(ARRAY[p_record], ARRAY[p_version]) f;
END;
$$;

-- Which of the statement's rows the caller may not decide, and why: for each record (with the
-- version asked about), whether the caller decides for its school's unit and whether that version's
-- revocation was approved. The units are asked once each.
CREATE FUNCTION hocbaso_decision_refusals(p_role text, p_my_unit bigint, p_records bigint[], p_versions integer[])
RETURNS TABLE(record_id bigint, decides boolean, approved boolean)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        WITH asked AS (SELECT a.id, a.v FROM unnest(p_records, p_versions) AS a(id, v)),
             facts AS (SELECT * FROM hocbaso_rule_facts_of(p_records, p_versions)),
             units AS (SELECT u.school_unit, hocbaso_decides_for(p_role, p_my_unit, u.school_unit) AS ok
                       FROM (SELECT DISTINCT f.school_unit FROM facts f) u)
        SELECT a.id, coalesce(u.ok, false), coalesce(f.revocation_approved, false)
        FROM asked a
        LEFT JOIN facts f ON f.record_id = a.id AND f.asked_version IS NOT DISTINCT FROM a.v
        LEFT JOIN units u ON u.school_unit = f.school_unit
        WHERE NOT coalesce(u.ok, false) OR (a.v IS NOT NULL AND NOT coalesce(f.revocation_approved, false))
        ORDER BY coalesce(u.ok, false), a.id;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_records_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    school_unit bigint;
    facts record;
    dates record;
    school_side boolean;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    -- A revocation (6.5): who decides and the approved request are checked for the whole statement
    -- by hocbaso_records_revoked (records_revoke_rules); the row keeps its version and its dates.
    IF OLD.status = 'sent' AND NEW.status = 'revoked' AND NEW.version = OLD.version THEN
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.sent_at := OLD.sent_at;
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT * INTO facts FROM hocbaso_rule_facts(OLD.id, OLD.version);
    school_unit := facts.school_unit;
    school_side := hocbaso_acts_for(me.role, me.unit_id, me.school_id, OLD.school_id, school_unit);
    -- Only a revoked record, confirmed again, takes the next version; nothing else changes it.
    IF NEW.version <> OLD.version AND NOT (OLD.status = 'revoked' AND NEW.status = 'confirmed'
                                           AND NEW.version = OLD.version + 1) THEN
        PERFORM hocbaso_refuse('a record gets a new version only when it is confirmed again after a revocation');
    END IF;
    IF (OLD.status, NEW.status) IN (('draft', 'confirmed'), ('revoked', 'confirmed')) THEN
        IF NOT school_side THEN
            PERFORM hocbaso_refuse(format('%s may not confirm records of this school', me.username));
        END IF;
        IF OLD.status = 'revoked' AND NEW.version <> OLD.version + 1 THEN
            PERFORM hocbaso_refuse('a revoked record comes back only as a new version');
        END IF;
        -- The version is confirmed (with its signatures) before its record.
        IF hocbaso_version_status(OLD.id, NEW.version) IS DISTINCT FROM 'confirmed' THEN
            PERFORM hocbaso_refuse('a record is confirmed after its version');
        END IF;
        NEW.confirmed_at := now();
        NEW.sent_at := NULL;
        RETURN NEW;
    END IF;
    IF OLD.status = 'confirmed' AND NEW.status = 'draft' THEN
        IF NOT school_side THEN
            PERFORM hocbaso_refuse(format('%s may not confirm records of this school', me.username));
        END IF;
        NEW.confirmed_at := NULL;
        NEW.sent_at := NULL;
        RETURN NEW;
    END IF;
    IF OLD.status = 'confirmed' AND NEW.status = 'sent' THEN
        IF NOT school_side THEN
            PERFORM hocbaso_refuse(format('%s may not send records of this school', me.username));
        END IF;
        SELECT * INTO dates FROM hocbaso_lock_dates(OLD.school_id, OLD.school_year, OLD.grade);
        IF dates.receive IS NOT NULL AND hocbaso_today() > dates.receive THEN
            PERFORM hocbaso_refuse(format('the managing unit stopped receiving these records after %s', dates.receive));
        END IF;
        IF hocbaso_version_status(OLD.id, OLD.version) IS DISTINCT FROM 'confirmed' THEN
            PERFORM hocbaso_refuse('a record is sent with its confirmed version');
        END IF;
        IF NOT hocbaso_signed_by_approved(OLD.id, OLD.version) THEN
            PERFORM hocbaso_refuse('a record is sent only with seal and principal signatures by approved certificates');
        END IF;
        -- The time of a send is the server's.
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.sent_at := now();
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record cannot go from %s to %s', OLD.status, NEW.status));
    RETURN NULL;
END;
$$;

CREATE FUNCTION hocbaso_records_revoked() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    ids bigint[];
    versions integer[];
    refusal record;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NULL;
    END IF;
    -- The rows records_rules let through on their status alone (ids never change: no one but the
    -- owner may write them).
    SELECT array_agg(o.id), array_agg(o.version) INTO ids, versions
        FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status = 'sent' AND n.status = 'revoked';
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT * INTO refusal FROM hocbaso_decision_refusals(me.role, me.unit_id, ids, versions) LIMIT 1;
    IF FOUND THEN
        IF NOT refusal.decides THEN
            PERFORM hocbaso_refuse(format('%s may not revoke records of this school', me.username));
        END IF;
        PERFORM hocbaso_refuse('a record is revoked only through an approved revocation request');
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_record_versions_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    rec record;
    school_unit bigint;
    current_or_next boolean;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- What a version says never changes once written.
        IF NEW.record_id IS DISTINCT FROM OLD.record_id OR NEW.version IS DISTINCT FROM OLD.version
           OR NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 THEN
            PERFORM hocbaso_refuse('the content of a record version never changes');
        END IF;
        -- A revocation (6.5): checked for the whole statement by hocbaso_record_versions_revoked.
        IF OLD.status = 'sent' AND NEW.status = 'revoked' THEN
            NEW.confirmed_at := OLD.confirmed_at;
            NEW.sent_at := OLD.sent_at;
            RETURN NEW;
        END IF;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT * INTO rec FROM hocbaso_rule_facts(NEW.record_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.version END);
    school_unit := rec.school_unit;
    IF TG_OP = 'INSERT' THEN
        -- The corrected version of a revoked record starts as a draft, to be signed and confirmed.
        IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not add versions to records of this school', me.username));
        END IF;
        IF rec.status <> 'revoked' OR NEW.version <> rec.version + 1 OR NEW.status <> 'draft' THEN
            PERFORM hocbaso_refuse('a new version follows a revoked one, as a draft');
        END IF;
        IF NEW.content_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex') THEN
            PERFORM hocbaso_refuse('content_sha256 is the SHA-256 of the content');
        END IF;
        NEW.confirmed_at := NULL;
        NEW.sent_at := NULL;
        NEW.revoked_at := NULL;
        RETURN NEW;
    END IF;
    -- Confirming and un-confirming concern the record's current version while the record is not
    -- sent, or the next version of a revoked record.
    current_or_next := (OLD.version = rec.version AND rec.status IN ('draft', 'confirmed'))
                       OR (OLD.version = rec.version + 1 AND rec.status = 'revoked');
    IF (OLD.status, NEW.status) IN (('draft', 'confirmed'), ('confirmed', 'draft')) THEN
        IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not change records of this school', me.username));
        END IF;
        IF NOT current_or_next THEN
            PERFORM hocbaso_refuse('a version is confirmed or un-confirmed only while its record is not sent');
        END IF;
        NEW.confirmed_at := CASE WHEN NEW.status = 'confirmed' THEN now() END;
        NEW.sent_at := NULL;
        NEW.revoked_at := OLD.revoked_at;
        RETURN NEW;
    END IF;
    IF OLD.status = 'confirmed' AND NEW.status = 'sent' THEN
        IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not change records of this school', me.username));
        END IF;
        -- A version is marked sent after its record was (the record's rules checked the send).
        IF rec.status <> 'sent' OR rec.version <> OLD.version THEN
            PERFORM hocbaso_refuse('a version is sent with its record');
        END IF;
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.sent_at := rec.sent_at;
        NEW.revoked_at := OLD.revoked_at;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record version cannot go from %s to %s', OLD.status, NEW.status));
    RETURN NULL;
END;
$$;

CREATE FUNCTION hocbaso_record_versions_revoked() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    ids bigint[];
    versions integer[];
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(o.record_id), array_agg(o.version) INTO ids, versions
        FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status = 'sent' AND n.status = 'revoked';
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    IF EXISTS (SELECT 1 FROM hocbaso_decision_refusals(me.role, me.unit_id, ids, versions)) THEN
        PERFORM hocbaso_refuse('a version is revoked only through an approved revocation request');
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_revocation_requests_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    rec record;
    school_unit bigint;
    dates record;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- A decision (6.5): who decides, and in whose name, are checked for the whole statement by
        -- hocbaso_revocation_requests_decided.
        IF OLD.status <> 'pending' OR NEW.status NOT IN ('approved', 'rejected') THEN
            PERFORM hocbaso_refuse(format('a revocation request cannot go from %s to %s', OLD.status, NEW.status));
        END IF;
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT * INTO rec FROM hocbaso_rule_facts(NEW.record_id, NULL);
    school_unit := rec.school_unit;
    IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
        PERFORM hocbaso_refuse(format('%s may not request revocations for this school', me.username));
    END IF;
    IF rec.status <> 'sent' OR NEW.record_version <> rec.version THEN
        PERFORM hocbaso_refuse('only the sent version of a record can be revoked');
    END IF;
    IF NEW.status <> 'pending' OR NEW.decided_at IS NOT NULL OR NEW.decided_by IS NOT NULL
       OR NEW.decision_note IS NOT NULL THEN
        PERFORM hocbaso_refuse('a new revocation request is pending and undecided');
    END IF;
    IF NEW.requested_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('a revocation is requested in one''s own name');
    END IF;
    SELECT * INTO dates FROM hocbaso_lock_dates(rec.school_id, rec.school_year, rec.grade);
    IF dates.revoke IS NOT NULL AND hocbaso_today() > dates.revoke THEN
        PERFORM hocbaso_refuse(format('revocation requests for these records closed after %s', dates.revoke));
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION hocbaso_revocation_requests_decided() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    ids bigint[];
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(n.record_id) INTO ids FROM new_rows n;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    IF EXISTS (SELECT 1 FROM hocbaso_decision_refusals(me.role, me.unit_id, ids,
                                                       array_fill(NULL::integer, ARRAY[cardinality(ids)]))) THEN
        PERFORM hocbaso_refuse(format('%s may not decide revocation requests of this school', me.username));
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.decided_by IS DISTINCT FROM me.username) THEN
        PERFORM hocbaso_refuse('a decision is made in one''s own name');
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER records_revoke_rules AFTER UPDATE ON records REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_records_revoked();
CREATE TRIGGER record_versions_revoke_rules AFTER UPDATE ON record_versions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_record_versions_revoked();
CREATE TRIGGER revocation_requests_decision_rules AFTER UPDATE ON revocation_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hocbaso_revocation_requests_decided();

-- The counters of records by school, year, grade and status (6.4, the name lookup's totals): a status
-- change moved one record between two counters, two statements a row, so a decision of 500 records of
-- a few classes rewrote the same counter rows hundreds of times in one transaction, each write a new
-- row version the next one had to step over (0.2 ms a row). Now a statement's rows are summed by
-- counter and each counter written once, in key order (two statements touching the same counters
-- take their locks in the same order). Inserts and deletes are counted by statement too: on a
-- partitioned store an UPDATE that moves a record to another partition fires the partitions' row
-- triggers for a delete and an insert, and puts the row in the UPDATE's transition tables as well,
-- so row triggers for those beside a statement trigger for updates would count the move twice.
CREATE FUNCTION record_counts_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- (Each branch names only the transition tables its trigger defines.)
    IF TG_OP = 'INSERT' THEN
        INSERT INTO record_counts AS c (school_id, school_year, grade, status, n)
            SELECT w.school_id, w.school_year, w.grade, w.status, count(*) FROM new_rows w
            GROUP BY w.school_id, w.school_year, w.grade, w.status
            ORDER BY w.school_id, w.school_year, w.grade, w.status
        ON CONFLICT (school_id, school_year, grade, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE record_counts c SET n = c.n - d.n
            FROM (SELECT o.school_id, o.school_year, o.grade, o.status, count(*) AS n FROM old_rows o
                  GROUP BY o.school_id, o.school_year, o.grade, o.status
                  ORDER BY o.school_id, o.school_year, o.grade, o.status) d
            WHERE c.school_id = d.school_id AND c.school_year = d.school_year AND c.grade = d.grade
              AND c.status = d.status;
    ELSE
        INSERT INTO record_counts AS c (school_id, school_year, grade, status, n)
            SELECT d.school_id, d.school_year, d.grade, d.status, sum(d.n)
            FROM (SELECT o.school_id, o.school_year, o.grade, o.status, -1 AS n FROM old_rows o
                  UNION ALL
                  SELECT w.school_id, w.school_year, w.grade, w.status, 1 FROM new_rows w) d
            GROUP BY d.school_id, d.school_year, d.grade, d.status
            HAVING sum(d.n) <> 0
            ORDER BY d.school_id, d.school_year, d.grade, d.status
        ON CONFLICT (school_id, school_year, grade, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER record_counts_update ON records;
DROP TRIGGER record_counts_insert_delete ON records;
DROP FUNCTION record_counts_maintain();
CREATE TRIGGER record_counts_insert AFTER INSERT ON records REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_counts_changed();
CREATE TRIGGER record_counts_update AFTER UPDATE ON records REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_counts_changed();
CREATE TRIGGER record_counts_delete AFTER DELETE ON records REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_counts_changed();

DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
    f text;
    part regclass;
BEGIN
    REVOKE ALL ON FUNCTION hocbaso_rule_facts_of(bigint[], integer[]) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_rule_facts_of(bigint[], integer[]) TO %s', hocbaso_groups_sql());
    FOREACH f IN ARRAY ARRAY['hocbaso_rule_facts_of(bigint[], integer[])', 'hocbaso_rule_facts(bigint, integer)',
                             'hocbaso_decision_refusals(text, bigint, bigint[], integer[])',
                             'hocbaso_records_rules()', 'hocbaso_records_revoked()',
                             'hocbaso_record_versions_rules()', 'hocbaso_record_versions_revoked()',
                             'hocbaso_revocation_requests_rules()', 'hocbaso_revocation_requests_decided()',
                             'record_counts_changed()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, store_schema);
    END LOOP;
    -- A partitioned table takes no storage parameters; its partitions do.
    IF (SELECT relkind FROM pg_catalog.pg_class WHERE oid = 'record_search'::regclass) = 'p' THEN
        FOR part IN SELECT i.inhrelid::regclass FROM pg_catalog.pg_inherits i
                    WHERE i.inhparent = 'record_search'::regclass LOOP
            EXECUTE format('ALTER TABLE %s SET (fillfactor = 80)', part);
        END LOOP;
    ELSE
        ALTER TABLE record_search SET (fillfactor = 80);
    END IF;
END;
$$;
