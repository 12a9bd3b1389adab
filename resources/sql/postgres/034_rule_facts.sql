-- hocbaso schema 34 (PostgreSQL): the rules' triggers read a record's facts in one probe of the
-- caller's scope (issue #19).
--
-- Why. The rules' triggers on records, record_versions and revocation_requests look up the record,
-- its school's unit and whether a revocation was approved. They run as the person, so each lookup
-- went through the row policy `school_id IN (SELECT school_id FROM school_scope)`, which PostgreSQL
-- plans as a hashed subplan: every one-row lookup built a hash of all the caller's schools (1,000
-- for a Sở's officer, ~0.2 ms), seven times a 6.5 decision. EXPLAIN ANALYZE of a 500-request
-- approval as the Sở officer of the 1,000,000-record province: the three rules triggers took
-- 0.77, 0.92 and 1.0 ms a row, perf put 40 % of the backend in ExecSubPlan.
--
-- What instead: hocbaso_rule_facts(record, version) reads the facts as the owner, after one probe of
-- school_scopes' primary key for the signed-in person's scope (the same set the policies admit, for
-- session_user, who cannot SET ROLE to anyone else). Anyone may call it with any record: it answers
-- for exactly the records the caller's policies show, and nothing for the others (tested in
-- RuleFactsTellOnlyWhatThePoliciesShow).

CREATE FUNCTION hocbaso_rule_facts(p_record bigint, p_version integer)
RETURNS TABLE(school_id bigint, school_year integer, grade integer, status text, version integer,
              sent_at timestamptz, school_unit bigint, revocation_approved boolean)
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
        SELECT r.school_id, r.school_year, r.grade, r.status, r.version, r.sent_at, s.unit_id,
               p_version IS NOT NULL AND EXISTS (SELECT 1 FROM revocation_requests q WHERE q.record_id = r.id
                                                 AND q.record_version = p_version AND q.status = 'approved')
        FROM records r JOIN schools s ON s.id = r.school_id
        WHERE r.id = p_record
          AND EXISTS (SELECT 1 FROM school_scopes sc WHERE sc.scope = my_scope AND sc.school_id = r.school_id);
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
    IF OLD.status = 'sent' AND NEW.status = 'revoked' THEN
        IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not revoke records of this school', me.username));
        END IF;
        IF NOT coalesce(facts.revocation_approved, false) THEN
            PERFORM hocbaso_refuse('a record is revoked only through an approved revocation request');
        END IF;
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.sent_at := OLD.sent_at;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record cannot go from %s to %s', OLD.status, NEW.status));
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
    -- What a version says never changes once written.
    IF NEW.record_id IS DISTINCT FROM OLD.record_id OR NEW.version IS DISTINCT FROM OLD.version
       OR NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 THEN
        PERFORM hocbaso_refuse('the content of a record version never changes');
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
    IF OLD.status = 'sent' AND NEW.status = 'revoked' THEN
        IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit)
           OR NOT coalesce(rec.revocation_approved, false) THEN
            PERFORM hocbaso_refuse('a version is revoked only through an approved revocation request');
        END IF;
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.sent_at := OLD.sent_at;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record version cannot go from %s to %s', OLD.status, NEW.status));
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
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT * INTO rec FROM hocbaso_rule_facts(NEW.record_id, NULL);
    school_unit := rec.school_unit;
    IF TG_OP = 'INSERT' THEN
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
    END IF;
    IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit) THEN
        PERFORM hocbaso_refuse(format('%s may not decide revocation requests of this school', me.username));
    END IF;
    IF OLD.status <> 'pending' OR NEW.status NOT IN ('approved', 'rejected') THEN
        PERFORM hocbaso_refuse(format('a revocation request cannot go from %s to %s', OLD.status, NEW.status));
    END IF;
    IF NEW.decided_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('a decision is made in one''s own name');
    END IF;
    RETURN NEW;
END;
$$;


DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
    f text;
BEGIN
    REVOKE ALL ON FUNCTION hocbaso_rule_facts(bigint, integer) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_rule_facts(bigint, integer) TO %s', hocbaso_groups_sql());
    FOREACH f IN ARRAY ARRAY['hocbaso_rule_facts(bigint, integer)', 'hocbaso_records_rules()',
                             'hocbaso_record_versions_rules()', 'hocbaso_revocation_requests_rules()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, store_schema);
    END LOOP;
END;
$$;
