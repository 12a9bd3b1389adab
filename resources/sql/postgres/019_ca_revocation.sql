-- hocbaso schema 19 (PostgreSQL): a registered certificate that its CA revoked (issue #18, item 3).
-- The unit's own revocation (revoked_*, schema 4) is a decision of an officer; this is a fact
-- learnt from the CA, a verified CRL or OCSP answer, recorded on the registration when a refresh or
-- a loaded CRL tells it: when the CA says it was revoked, why, who said so (the CRL's issuer or the
-- OCSP responder) and when the store learnt it. A CA revocation is final, so once set nobody but the
-- store's owner clears or changes it; 6.1 shows it, and the school's sends with that certificate
-- are refused until a new one is approved.
--
-- Who may do what (for everyone but the owner):
-- - set it (all four columns from NULL, nothing else in the same update): officers and
--   administrators who decide for the school (hocbaso_decides_for: its unit or a unit above);
-- - school users hold no UPDATE privilege on the columns; a new registration starts without them;
-- - a record is sent only when its seal and principal certificates are approved and not revoked by
--   their CA (hocbaso_signed_by_approved).
ALTER TABLE certificates
    ADD COLUMN ca_revoked_at timestamptz,
    ADD COLUMN ca_revocation_reason text,
    ADD COLUMN ca_revocation_source text,
    ADD COLUMN ca_revocation_seen_at timestamptz;
-- 6.1's banner counts the approved ones the CA revoked; few rows ever carry it.
CREATE INDEX certificates_ca_revoked ON certificates (school_id, status) WHERE ca_revoked_at IS NOT NULL;

DO $$
BEGIN
    EXECUTE format('GRANT UPDATE (ca_revoked_at, ca_revocation_reason, ca_revocation_source, ca_revocation_seen_at) '
                   'ON certificates TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer']));
END;
$$;

-- Schema 14's rules, with the CA's revocation: recorded alone, once, by those who decide for the
-- school, and left as it is by every other change.
CREATE OR REPLACE FUNCTION hocbaso_certificates_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
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
        IF NEW.ca_revoked_at IS NOT NULL OR NEW.ca_revocation_reason IS NOT NULL
           OR NEW.ca_revocation_source IS NOT NULL OR NEW.ca_revocation_seen_at IS NOT NULL THEN
            PERFORM hocbaso_refuse('a new certificate registration carries no revocation by its CA');
        END IF;
        IF NEW.submitted_by IS DISTINCT FROM me.username THEN
            PERFORM hocbaso_refuse('a certificate is registered in one''s own name');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.school_id IS DISTINCT FROM OLD.school_id OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.der IS DISTINCT FROM OLD.der OR NEW.sha256 IS DISTINCT FROM OLD.sha256 THEN
        PERFORM hocbaso_refuse('a registered certificate stays the certificate it is');
    END IF;

    -- The CA's revocation: set once, from nothing, and alone.
    IF NEW.ca_revoked_at IS DISTINCT FROM OLD.ca_revoked_at
       OR NEW.ca_revocation_reason IS DISTINCT FROM OLD.ca_revocation_reason
       OR NEW.ca_revocation_source IS DISTINCT FROM OLD.ca_revocation_source
       OR NEW.ca_revocation_seen_at IS DISTINCT FROM OLD.ca_revocation_seen_at THEN
        IF NOT hocbaso_decides_for(me.role, me.unit_id, school_unit) THEN
            PERFORM hocbaso_refuse(format('%s may not record a CA''s revocation of certificates of this school',
                                          me.username));
        END IF;
        IF OLD.ca_revoked_at IS NOT NULL OR OLD.ca_revocation_reason IS NOT NULL
           OR OLD.ca_revocation_source IS NOT NULL OR OLD.ca_revocation_seen_at IS NOT NULL THEN
            PERFORM hocbaso_refuse('a revocation by the CA is final: it is neither cleared nor changed');
        END IF;
        IF NEW.ca_revoked_at IS NULL OR NEW.ca_revocation_source IS NULL OR NEW.ca_revocation_seen_at IS NULL THEN
            PERFORM hocbaso_refuse('a revocation by the CA says when, by whose word, and when it was seen');
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
           OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
           OR NEW.decision_reason IS DISTINCT FROM OLD.decision_reason
           OR NEW.superseded_by IS DISTINCT FROM OLD.superseded_by OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
           OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by
           OR NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason THEN
            PERFORM hocbaso_refuse('recording a revocation by the CA changes nothing else');
        END IF;
        RETURN NEW;
    END IF;

    -- The school's newer registration of the same kind rejects its older pending one. That is no
    -- officer's decision: it is made in the name 'system', at the server's time.
    IF OLD.status = 'pending' AND NEW.status = 'rejected' AND OLD.superseded_by IS NULL
       AND NEW.superseded_by IS NOT NULL THEN
        IF NOT registers THEN
            PERFORM hocbaso_refuse(format('%s may not register certificates for this school', me.username));
        END IF;
        IF NOT EXISTS (SELECT 1 FROM certificates c WHERE c.id = NEW.superseded_by AND c.school_id = OLD.school_id
                       AND c.kind = OLD.kind AND c.id > OLD.id AND c.status = 'pending') THEN
            PERFORM hocbaso_refuse('a certificate is superseded only by a newer pending one of the same school');
        END IF;
        IF NEW.decided_by IS DISTINCT FROM 'system' OR NEW.revoked_at IS NOT NULL OR NEW.revoked_by IS NOT NULL
           OR NEW.revocation_reason IS NOT NULL THEN
            PERFORM hocbaso_refuse('a superseded registration is rejected in the name ''system''');
        END IF;
        NEW.decided_at := now();
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
        -- What the CA revoked is never approved (services::CertificateReview refuses it too).
        IF NEW.status = 'approved' AND OLD.ca_revoked_at IS NOT NULL THEN
            PERFORM hocbaso_refuse('a certificate its CA revoked cannot be approved');
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

-- A record is sent only with seal and principal signatures by certificates the unit approved and
-- their CA has not revoked (as far as the store has learnt).
CREATE OR REPLACE FUNCTION hocbaso_signed_by_approved(p_record bigint, p_version integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT count(DISTINCT g.role) = 2 FROM signatures g JOIN certificates c ON c.id = g.certificate_id
    WHERE g.record_id = p_record AND g.version = p_version AND g.role IN ('seal', 'principal')
      AND c.status = 'approved' AND c.ca_revoked_at IS NULL
$$;

-- Every function of the store pins its search_path (schema 14); CREATE OR REPLACE dropped the pin
-- of the one above.
DO $$
DECLARE
    f record;
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = store_schema AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                               AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f.sig, store_schema);
    END LOOP;
END;
$$;
