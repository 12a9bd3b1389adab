-- hocbaso schema 9 (PostgreSQL): the rules that need more than a row filter, enforced by the
-- database for everyone but the owner, so that a client that bypasses the program gets no further
-- than the program allows. They are the services' rules (app/services), checked again here:
-- - certificates (6.1): registered pending, by a user of the school or an officer of its unit;
--   decided only by officers (and administrators) of the school's unit, only pending -> approved or
--   rejected, and revoked only when approved; a school's newer registration may reject its older
--   pending one (superseded_by);
-- - records: the school confirms, un-confirms and sends (not after the receive lock, and only with
--   seal and principal signatures by approved certificates); a record is revoked only through an
--   approved revocation request;
-- - revocation requests (6.5): made by a user of the school for a sent record, not after the revoke
--   lock; decided only by officers of the unit, only from pending;
-- - lock dates (6.2): officers of the unit (the policies of schema 8);
-- - audit events: appended in one's own name on one's unit's chain, each linking to the chain's last
--   event (a per-chain head row locked FOR UPDATE serializes appends); never updated or deleted.
-- The first decision wins because the program decides with `... WHERE status = 'pending'`; these
-- triggers also refuse any change of a decided row, whatever the statement.
-- Dates of lock rules are the server's, in Vietnam (Asia/Ho_Chi_Minh); `--today` only moves the
-- program's clock, which the owner's connection keeps using.

-- The owner (migrations, demo, administration from the server) and superusers are trusted.
CREATE FUNCTION hocbaso_trusted() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN hocbaso_is_owner()
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = current_user AND (r.rolsuper OR r.rolbypassrls));
END;
$$;

CREATE FUNCTION hocbaso_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (statement_timestamp() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
$$;

-- The person, or an error: rules never run for someone hocbaso does not know.
CREATE FUNCTION hocbaso_me_or_refuse() RETURNS TABLE (user_id bigint, username text, role text, unit_id bigint,
                                                     school_id bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY SELECT * FROM hocbaso_me();
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the role % is not a hocbaso user here (or is disabled)', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

-- May the person decide for schools of this unit (6.1, 6.5)?
CREATE FUNCTION hocbaso_decides_for(p_role text, p_my_unit bigint, p_unit bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_role IN ('officer', 'admin') AND (p_my_unit = p_unit OR (p_role = 'admin' AND p_my_unit IS NULL))
$$;

-- May the person act for this school (school side: confirm, send, revocation requests)?
CREATE FUNCTION hocbaso_acts_for(p_role text, p_my_unit bigint, p_my_school bigint, p_school bigint, p_unit bigint)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_role = 'school' AND p_my_school = p_school)
        OR (p_role = 'admin' AND (p_my_unit IS NULL OR p_my_unit = p_unit))
$$;

CREATE FUNCTION hocbaso_refuse(message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', message USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- The effective lock dates of a school, year and grade: the school's own row over the unit-wide
-- one, date by date (LockService::effectiveFor).
CREATE FUNCTION hocbaso_lock_dates(p_school bigint, p_year integer, p_grade integer, OUT receive date,
                                   OUT revoke date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(own.receive_lock, unit_wide.receive_lock), coalesce(own.revoke_lock, unit_wide.revoke_lock)
    FROM schools s
    LEFT JOIN lock_settings unit_wide ON unit_wide.unit_id = s.unit_id AND unit_wide.school_year = p_year
         AND unit_wide.school_id IS NULL AND unit_wide.grade = p_grade AND NOT unit_wide.deleted
    LEFT JOIN lock_settings own ON own.unit_id = s.unit_id AND own.school_year = p_year
         AND own.school_id = s.id AND own.grade = p_grade AND NOT own.deleted
    WHERE s.id = p_school
$$;

-- --- Certificates (6.1) -------------------------------------------------------------------------

CREATE FUNCTION hocbaso_certificates_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    school_unit bigint;
    registers boolean;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = NEW.school_id;
    -- A user of the school, or an officer or administrator of its unit on the school's behalf.
    registers := (me.role = 'school' AND me.school_id = NEW.school_id)
                 OR hocbaso_decides_for(me.role, me.unit_id, school_unit);
    IF TG_OP = 'INSERT' THEN
        IF NOT registers THEN
            PERFORM hocbaso_refuse(format('%s may not register certificates for this school', me.username));
        END IF;
        IF NEW.status <> 'pending' OR NEW.decided_at IS NOT NULL OR NEW.decided_by IS NOT NULL
           OR NEW.decision_reason IS NOT NULL OR NEW.superseded_by IS NOT NULL OR NEW.revoked_at IS NOT NULL
           OR NEW.revoked_by IS NOT NULL OR NEW.revocation_reason IS NOT NULL THEN
            PERFORM hocbaso_refuse('a new certificate registration is pending and undecided');
        END IF;
        IF NEW.submitted_by IS DISTINCT FROM me.username THEN
            PERFORM hocbaso_refuse('a certificate is registered in one''s own name');
        END IF;
        RETURN NEW;
    END IF;

    -- The school's newer registration of the same kind rejects its older pending one.
    IF OLD.status = 'pending' AND NEW.status = 'rejected' AND OLD.superseded_by IS NULL
       AND NEW.superseded_by IS NOT NULL THEN
        IF NOT registers THEN
            PERFORM hocbaso_refuse(format('%s may not register certificates for this school', me.username));
        END IF;
        IF NOT EXISTS (SELECT 1 FROM certificates c WHERE c.id = NEW.superseded_by AND c.school_id = OLD.school_id
                       AND c.kind = OLD.kind AND c.id > OLD.id AND c.status = 'pending') THEN
            PERFORM hocbaso_refuse('a certificate is superseded only by a newer pending one of the same school');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.superseded_by IS DISTINCT FROM OLD.superseded_by THEN
        PERFORM hocbaso_refuse('superseded_by is set only when a newer registration replaces a pending one');
    END IF;
    IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit) THEN
        PERFORM hocbaso_refuse(format('%s may not decide on certificates of this school', me.username));
    END IF;
    IF OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected') THEN
        IF NEW.decided_by IS DISTINCT FROM me.username THEN
            PERFORM hocbaso_refuse('a decision is made in one''s own name');
        END IF;
        IF NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by
           OR NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason THEN
            PERFORM hocbaso_refuse('approving or rejecting does not revoke');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'approved' AND NEW.status = 'revoked' THEN
        IF NEW.revoked_by IS DISTINCT FROM me.username THEN
            PERFORM hocbaso_refuse('a revocation is made in one''s own name');
        END IF;
        IF NEW.decided_at IS DISTINCT FROM OLD.decided_at OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
           OR NEW.decision_reason IS DISTINCT FROM OLD.decision_reason THEN
            PERFORM hocbaso_refuse('revoking keeps who approved the certificate');
        END IF;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a certificate cannot go from %s to %s', OLD.status, NEW.status));
    RETURN NULL;
END;
$$;
CREATE TRIGGER certificates_rules BEFORE INSERT OR UPDATE ON certificates
    FOR EACH ROW EXECUTE FUNCTION hocbaso_certificates_rules();

-- The schools other than `p_except` holding a live registration of a certificate, for the "unique"
-- check of 6.1, which must look beyond the officer's own unit.
CREATE FUNCTION hocbaso_certificate_elsewhere(p_sha256 text, p_except bigint)
RETURNS TABLE (school_id bigint, code text, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT s.id, s.code, s.name FROM certificates c JOIN schools s ON s.id = c.school_id
    WHERE c.sha256 = p_sha256 AND c.school_id <> p_except AND c.status IN ('pending', 'approved')
$$;

-- --- Records and their versions and signatures -------------------------------------------------

-- Are the record version's seal and principal signatures by certificates the unit approved?
CREATE FUNCTION hocbaso_signed_by_approved(p_record bigint, p_version integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT count(DISTINCT g.role) = 2 FROM signatures g JOIN certificates c ON c.id = g.certificate_id
    WHERE g.record_id = p_record AND g.version = p_version AND g.role IN ('seal', 'principal')
      AND c.status = 'approved'
$$;

-- Has the unit approved a revocation request of this record version?
CREATE FUNCTION hocbaso_revocation_approved(p_record bigint, p_version integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM revocation_requests r WHERE r.record_id = p_record
                   AND r.record_version = p_version AND r.status = 'approved')
$$;

CREATE FUNCTION hocbaso_records_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    school_unit bigint;
    dates record;
    school_side boolean;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = OLD.school_id;
    school_side := hocbaso_acts_for(me.role, me.unit_id, me.school_id, OLD.school_id, school_unit);
    IF NEW.version <> OLD.version AND NOT (OLD.status = 'revoked' AND NEW.status = 'confirmed'
                                           AND NEW.version = OLD.version + 1) THEN
        PERFORM hocbaso_refuse('a record gets a new version only when it is confirmed again after a revocation');
    END IF;
    IF (OLD.status, NEW.status) IN (('draft', 'confirmed'), ('confirmed', 'draft'), ('revoked', 'confirmed')) THEN
        IF NOT school_side THEN
            PERFORM hocbaso_refuse(format('%s may not confirm records of this school', me.username));
        END IF;
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
        IF NOT hocbaso_signed_by_approved(OLD.id, OLD.version) THEN
            PERFORM hocbaso_refuse('a record is sent only with seal and principal signatures by approved certificates');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'sent' AND NEW.status = 'revoked' THEN
        IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not revoke records of this school', me.username));
        END IF;
        IF NOT hocbaso_revocation_approved(OLD.id, OLD.version) THEN
            PERFORM hocbaso_refuse('a record is revoked only through an approved revocation request');
        END IF;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record cannot go from %s to %s', OLD.status, NEW.status));
    RETURN NULL;
END;
$$;
CREATE TRIGGER records_rules BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION hocbaso_records_rules();

CREATE FUNCTION hocbaso_record_versions_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    rec record;
    school_unit bigint;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT r.school_id, r.status, r.version INTO rec FROM records r WHERE r.id = NEW.record_id;
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = rec.school_id;
    IF TG_OP = 'INSERT' THEN
        -- The corrected version of a revoked record, confirmed at once.
        IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not add versions to records of this school', me.username));
        END IF;
        IF rec.status <> 'revoked' OR NEW.version <> rec.version + 1 OR NEW.status <> 'confirmed' THEN
            PERFORM hocbaso_refuse('a new version follows a revoked one, confirmed');
        END IF;
        RETURN NEW;
    END IF;
    IF (OLD.status, NEW.status) IN (('draft', 'confirmed'), ('confirmed', 'draft'), ('confirmed', 'confirmed'),
                                    ('confirmed', 'sent')) THEN
        IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not change records of this school', me.username));
        END IF;
        -- A version is marked sent after its record was (the record's rules checked the send).
        IF NEW.status = 'sent' AND (rec.status <> 'sent' OR rec.version <> OLD.version) THEN
            PERFORM hocbaso_refuse('a version is sent with its record');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'sent' AND NEW.status = 'revoked' THEN
        IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit)
           OR NOT hocbaso_revocation_approved(OLD.record_id, OLD.version) THEN
            PERFORM hocbaso_refuse('a version is revoked only through an approved revocation request');
        END IF;
        RETURN NEW;
    END IF;
    PERFORM hocbaso_refuse(format('a record version cannot go from %s to %s', OLD.status, NEW.status));
    RETURN NULL;
END;
$$;
CREATE TRIGGER record_versions_rules BEFORE INSERT OR UPDATE ON record_versions
    FOR EACH ROW EXECUTE FUNCTION hocbaso_record_versions_rules();

-- Signatures change only while their version is being confirmed (never once it is sent).
CREATE FUNCTION hocbaso_signatures_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    row_ signatures%ROWTYPE;
    rec record;
    school_unit bigint;
    version_status text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_ := OLD;
    ELSE
        row_ := NEW;
    END IF;
    IF hocbaso_trusted() THEN
        RETURN row_;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT r.school_id INTO rec FROM records r WHERE r.id = row_.record_id;
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = rec.school_id;
    IF NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, school_unit) THEN
        PERFORM hocbaso_refuse(format('%s may not sign records of this school', me.username));
    END IF;
    SELECT v.status INTO version_status FROM record_versions v
        WHERE v.record_id = row_.record_id AND v.version = row_.version;
    IF version_status IS NULL OR version_status NOT IN ('draft', 'confirmed') THEN
        PERFORM hocbaso_refuse('the signatures of a sent or revoked version stay as they are');
    END IF;
    IF TG_OP = 'INSERT' AND NEW.certificate_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.id = NEW.certificate_id AND c.school_id = rec.school_id) THEN
        PERFORM hocbaso_refuse('a signature links to a certificate of its own school');
    END IF;
    RETURN row_;
END;
$$;
CREATE TRIGGER signatures_rules BEFORE INSERT OR DELETE ON signatures
    FOR EACH ROW EXECUTE FUNCTION hocbaso_signatures_rules();

-- --- Revocation requests (6.5) ------------------------------------------------------------------

CREATE FUNCTION hocbaso_revocation_requests_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
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
    SELECT r.school_id, r.school_year, r.grade, r.status, r.version INTO rec FROM records r WHERE r.id = NEW.record_id;
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = rec.school_id;
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
CREATE TRIGGER revocation_requests_rules BEFORE INSERT OR UPDATE ON revocation_requests
    FOR EACH ROW EXECUTE FUNCTION hocbaso_revocation_requests_rules();

-- --- Lock dates (6.2) ---------------------------------------------------------------------------

CREATE FUNCTION hocbaso_lock_settings_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    IF NOT hocbaso_decides_for(me.role, me.unit_id, NEW.unit_id) THEN
        PERFORM hocbaso_refuse(format('%s may not set lock dates of this unit', me.username));
    END IF;
    IF NEW.school_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM schools s WHERE s.id = NEW.school_id AND s.unit_id = NEW.unit_id) THEN
        PERFORM hocbaso_refuse('a school''s lock dates belong to its own unit');
    END IF;
    IF NEW.updated_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('lock dates are set in one''s own name');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER lock_settings_rules BEFORE INSERT OR UPDATE ON lock_settings
    FOR EACH ROW EXECUTE FUNCTION hocbaso_lock_settings_rules();

-- --- Users --------------------------------------------------------------------------------------

-- A school user's school belongs to the user's unit (UserAdmin checks the same).
CREATE FUNCTION hocbaso_users_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    PERFORM hocbaso_me_or_refuse();
    IF NEW.school_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM schools s WHERE s.id = NEW.school_id AND s.unit_id = NEW.unit_id) THEN
        PERFORM hocbaso_refuse('a school user''s school belongs to the user''s unit');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_rules BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION hocbaso_users_rules();

-- --- Audit chain --------------------------------------------------------------------------------

-- The last event of each chain. Appending locks the chain's row, so appends to one unit's chain
-- are serialized whoever makes them, and checks that the new event links to it.
CREATE TABLE audit_heads (
    chain integer PRIMARY KEY,
    seq   integer NOT NULL,
    hash  text NOT NULL
);
INSERT INTO audit_heads (chain, seq, hash)
    SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_events ORDER BY chain, seq DESC;

CREATE FUNCTION hocbaso_audit_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head record;
BEGIN
    INSERT INTO audit_heads (chain, seq, hash) VALUES (NEW.chain, 0, repeat('0', 64))
        ON CONFLICT (chain) DO NOTHING;
    SELECT h.seq, h.hash INTO head FROM audit_heads h WHERE h.chain = NEW.chain FOR UPDATE;
    IF NEW.seq <> head.seq + 1 OR NEW.prev_hash <> head.hash THEN
        RAISE EXCEPTION 'audit event % of chain % does not follow the chain''s last event %', NEW.seq, NEW.chain,
            head.seq USING ERRCODE = 'check_violation';
    END IF;
    UPDATE audit_heads SET seq = NEW.seq, hash = NEW.hash WHERE chain = NEW.chain;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_append BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION hocbaso_audit_append();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON audit_heads USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
DO $$
BEGIN
    -- The head of the chain a person appends to (school users append to their unit's chain).
    EXECUTE format('GRANT SELECT ON audit_heads TO %s', hocbaso_groups_sql());
    EXECUTE format('CREATE POLICY unit_read ON audit_heads FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR chain = (SELECT hocbaso_my_unit()) OR (chain = 0 AND (SELECT hocbaso_my_role()) = ''admin''))',
                   hocbaso_groups_sql());
    -- Definer functions that only answer questions.
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_certificate_elsewhere(text, bigint) TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
END;
$$;
REVOKE EXECUTE ON FUNCTION hocbaso_certificate_elsewhere(text, bigint) FROM PUBLIC;
-- The lock dates of any school are read as the owner; only hocbaso's people (whose triggers call it)
-- may ask.
REVOKE EXECUTE ON FUNCTION hocbaso_lock_dates(bigint, integer, integer) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_lock_dates(bigint, integer, integer) TO %s',
                   hocbaso_groups_sql());
END;
$$;
