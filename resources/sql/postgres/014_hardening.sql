-- hocbaso schema 14 (PostgreSQL): the central store holds against its own signed-in people, whatever
-- they run with psql as their own login role (issue "Harden the central store"). What changes:
--
-- 1. Name resolution. Every function of the store runs with search_path = pg_catalog, <the store's
--    schema>, pg_temp (pinned at the end of this file, for every function, old and new), so that a
--    session's temporary table or a search_path it SETs can never stand in for a store table inside a
--    policy's function or a rule. Besides, PUBLIC loses CONNECT, TEMPORARY and CREATE on the database
--    and CREATE on the schema, so nobody but the owner makes temporary tables or objects at all; when
--    the init role may not do that itself, the program refuses before migrating and names the
--    statements the database's owner must run (store::Migrator), and this step checks it again.
-- 2. Records. A revoked record comes back only as a new version; confirmation and send times are the
--    server's; a record and its current version change status together (the version first when it
--    is confirmed, the record first when it is sent).
-- 3. row_version is the server's: an insert by a person starts at 1, every update adds exactly 1.
-- 4. A version's content never changes once written, and its signatures change only while it is a
--    draft (the program signs a draft and then confirms it). Nobody but the owner deletes
--    signatures directly: hocbaso_delete_signatures() does it for a draft of one's own school (a
--    table-level DELETE privilege would also let a person LOCK the whole table).
-- 5. Nobody stalls another unit. Audit appends are serialized by the chain's head row, locked by the
--    append trigger only after it has checked that the person may append to that chain (an advisory
--    lock, which anyone may take with any key, stalled every unit's decisions). No person holds a
--    table-level UPDATE, DELETE or TRUNCATE privilege, so LOCK TABLE beyond ROW EXCLUSIVE is refused.
--    The sync horizon of a unit waits only for transactions of people who may write that unit's
--    rows (the unit's own people, global administrators, the owner and anyone hocbaso does not
--    know), so an open transaction holds back its own unit at most; login roles get
--    idle_in_transaction_session_timeout (10 minutes) from the server.
-- 6. The server computes each audit event's seq, prev_hash and hash (sha256 over the same canonical
--    JSON as services::AuditLog::canonical), and for people also its time; a person's event carries
--    their own name.
-- 7. A school that supersedes its own pending certificate writes no officer's decision.
-- 8. hocbaso_lock_dates answers for the caller's schools only; hocbaso_certificate_elsewhere names
--    only schools the caller sees; identity columns are GENERATED ALWAYS, people have no sequence
--    privileges (pg_sequences shows them no totals), and an explicit id (COPY ignores GENERATED
--    ALWAYS) is refused.
-- 9. The name search takes plain words for the long-word test (matched literally, never as regular
--    expressions); hocbaso_create_login never lets a SCRAM verifier reach an error's text.

-- --- Who is trusted inside SECURITY DEFINER code -----------------------------------------------

-- Inside a SECURITY DEFINER function current_user is the owner: the person is session_user.
CREATE FUNCTION hocbaso_session_trusted() RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN pg_catalog.pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c
                                                 WHERE c.oid = 'public.meta'::regclass), 'MEMBER')
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = session_user AND r.rolsuper);
END;
$$;

-- --- 1. The database and the schema ------------------------------------------------------------

DO $$
DECLARE
    db constant text := current_database();
    missing text[] := '{}';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_database d WHERE d.datname = db
               AND pg_catalog.pg_has_role(current_user, d.datdba, 'USAGE')) THEN
        EXECUTE format('REVOKE CONNECT, TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC', db);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = 'public'
               AND pg_catalog.pg_has_role(current_user, n.nspowner, 'USAGE')) THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    END IF;
    -- Without the grant option this only warns: checked below.
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', db, hocbaso_groups_sql());

    IF EXISTS (SELECT 1 FROM pg_catalog.pg_database d,
               LATERAL pg_catalog.aclexplode(coalesce(d.datacl, pg_catalog.acldefault('d', d.datdba))) a
               WHERE d.datname = db AND a.grantee = 0
                 AND a.privilege_type IN ('CONNECT', 'TEMPORARY', 'CREATE')) THEN
        missing := missing || format('REVOKE CONNECT, TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC;', db);
    END IF;
    IF NOT pg_catalog.has_database_privilege(hocbaso_group('officer'), db, 'CONNECT') THEN
        missing := missing || format('GRANT CONNECT ON DATABASE %I TO %I WITH GRANT OPTION;', db, current_user);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n,
               LATERAL pg_catalog.aclexplode(coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a
               WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE') THEN
        missing := missing || 'REVOKE CREATE ON SCHEMA public FROM PUBLIC;'::text;
    END IF;
    IF cardinality(missing) > 0 THEN
        RAISE EXCEPTION 'every role may still connect to the database %, make temporary tables or create objects in '
            'it; as its owner or a superuser run:%', db, E'\n' || array_to_string(missing, E'\n')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

-- --- 8. Identity columns, sequences and explicit ids -------------------------------------------

DO $$
DECLARE
    col record;
BEGIN
    FOR col IN SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND a.attidentity = 'd' AND NOT a.attisdropped LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET GENERATED ALWAYS', col.relname, col.attname);
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %s', hocbaso_groups_sql());
END;
$$;

-- A person's insert takes the id its identity column drew, whatever it names (COPY writes the ids it
-- is given even into GENERATED ALWAYS columns). currval() is this session's last value of the
-- table's sequence: the one the identity drew for this very row.
CREATE FUNCTION hocbaso_insert_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    drawn bigint;
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN NEW;
    END IF;
    BEGIN
        drawn := pg_catalog.currval(pg_catalog.pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME),
                                                                       'id'));
    EXCEPTION WHEN object_not_in_prerequisite_state THEN
        drawn := NULL;
    END;
    IF NEW.id IS DISTINCT FROM drawn THEN
        RAISE EXCEPTION 'ids of % are given by the server', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    -- The tables people insert into (the grants of schemas 8 and 10).
    FOREACH t IN ARRAY ARRAY['certificates', 'lock_settings', 'record_versions', 'revocation_requests', 'signatures',
                             'audit_events', 'users', 'trust_anchors', 'crls'] LOOP
        EXECUTE format('CREATE TRIGGER insert_guard BEFORE INSERT ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION hocbaso_insert_guard()', t);
    END LOOP;
END;
$$;

-- --- 3. row_version ------------------------------------------------------------------------------

-- Whatever a client writes: an update adds exactly one (a person who set it to the largest integer
-- made every later update of the row fail), and a person's insert starts at one.
CREATE OR REPLACE FUNCTION hocbaso_row_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT hocbaso_trusted() THEN
            NEW.row_version := 1;
        END IF;
    ELSE
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END;
$$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['certificates', 'lock_settings', 'record_versions', 'revocation_requests', 'users'] LOOP
        EXECUTE format('CREATE TRIGGER sync_row_version_insert BEFORE INSERT ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION hocbaso_row_version()', t);
    END LOOP;
END;
$$;

-- --- 2. and 4. Records, versions, signatures -----------------------------------------------------

-- The status of one version of a record (NULL when there is no such version).
CREATE FUNCTION hocbaso_version_status(p_record bigint, p_version integer) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT v.status FROM record_versions v WHERE v.record_id = p_record AND v.version = p_version
$$;

CREATE OR REPLACE FUNCTION hocbaso_records_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
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
        IF NOT hocbaso_revocation_approved(OLD.id, OLD.version) THEN
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
    SELECT r.school_id, r.status, r.version, r.sent_at INTO rec FROM records r WHERE r.id = NEW.record_id;
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = rec.school_id;
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
           OR NOT hocbaso_revocation_approved(OLD.record_id, OLD.version) THEN
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

-- Signatures are made on a draft version, which is then confirmed: from then on they stay.
CREATE OR REPLACE FUNCTION hocbaso_signatures_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    row_ signatures%ROWTYPE;
    rec record;
    school_unit bigint;
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
    IF hocbaso_version_status(row_.record_id, row_.version) IS DISTINCT FROM 'draft' THEN
        PERFORM hocbaso_refuse('the signatures of a confirmed, sent or revoked version stay as they are');
    END IF;
    IF TG_OP = 'INSERT' AND NEW.certificate_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.id = NEW.certificate_id AND c.school_id = rec.school_id) THEN
        PERFORM hocbaso_refuse('a signature links to a certificate of its own school');
    END IF;
    RETURN row_;
END;
$$;
DROP TRIGGER signatures_rules ON signatures;
CREATE TRIGGER signatures_rules BEFORE INSERT OR UPDATE OR DELETE ON signatures
    FOR EACH ROW EXECUTE FUNCTION hocbaso_signatures_rules();

-- Deleting the signatures of a draft version of one's own school (before signing it afresh): the
-- only way people delete signatures, so that nobody needs the table-level DELETE privilege.
CREATE FUNCTION hocbaso_delete_signatures(p_record bigint, p_version integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    rec record;
    n integer;
BEGIN
    IF NOT hocbaso_session_trusted() THEN
        SELECT * INTO me FROM hocbaso_login_info(session_user::text);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the role % is not a hocbaso user here (or is disabled)', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT r.school_id, s.unit_id INTO rec FROM records r JOIN schools s ON s.id = r.school_id
            WHERE r.id = p_record;
        IF NOT FOUND OR NOT hocbaso_acts_for(me.role, me.unit_id, me.school_id, rec.school_id, rec.unit_id) THEN
            RAISE EXCEPTION '% may not sign records of this school', me.username USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF hocbaso_version_status(p_record, p_version) IS DISTINCT FROM 'draft' THEN
            RAISE EXCEPTION 'the signatures of a confirmed, sent or revoked version stay as they are'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    DELETE FROM signatures g WHERE g.record_id = p_record AND g.version = p_version;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;
REVOKE EXECUTE ON FUNCTION hocbaso_delete_signatures(bigint, integer) FROM PUBLIC;

-- --- 7. Certificates -----------------------------------------------------------------------------

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
        IF NEW.submitted_by IS DISTINCT FROM me.username THEN
            PERFORM hocbaso_refuse('a certificate is registered in one''s own name');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.school_id IS DISTINCT FROM OLD.school_id OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.der IS DISTINCT FROM OLD.der OR NEW.sha256 IS DISTINCT FROM OLD.sha256 THEN
        PERFORM hocbaso_refuse('a registered certificate stays the certificate it is');
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

-- --- 5. and 6. The audit chain -------------------------------------------------------------------

-- A JSON value written as QJsonDocument::Compact writes it (services::AuditLog::canonical): no
-- spaces, object keys sorted, strings escaped as to_json escapes them (the same set: quote,
-- backslash, \b \f \n \r \t, other controls as \u00xx). Numbers are integers (the program's
-- details hold no others), written plainly.
CREATE FUNCTION hocbaso_json_canonical(v jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    out text;
BEGIN
    CASE jsonb_typeof(v)
    WHEN 'object' THEN
        SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || hocbaso_json_canonical(e.value), ','
                                          ORDER BY e.key COLLATE "C"), '') || '}'
            INTO out FROM jsonb_each(v) AS e;
    WHEN 'array' THEN
        SELECT '[' || coalesce(string_agg(hocbaso_json_canonical(e.value), ',' ORDER BY e.n), '') || ']'
            INTO out FROM jsonb_array_elements(v) WITH ORDINALITY AS e(value, n);
    WHEN 'number' THEN
        IF v::numeric <> trunc(v::numeric) THEN
            RAISE EXCEPTION 'audit details hold whole numbers only' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        out := trunc(v::numeric)::text;
    ELSE
        out := v::text; -- strings (jsonb writes them escaped like to_json), true, false, null
    END CASE;
    RETURN out;
END;
$$;

-- The bytes services::AuditLog hashes after the previous hash: a compact JSON array of the event.
CREATE FUNCTION hocbaso_audit_canonical(e audit_events) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT '[' || e.chain || ',' || e.seq || ','
        || to_json(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text || ','
        || to_json(coalesce(to_char(e.rule_date, 'YYYY-MM-DD'), ''))::text || ','
        || to_json(e.actor)::text || ',' || to_json(e.action)::text || ',' || to_json(e.entity)::text || ','
        || to_json(e.entity_id)::text || ',' || hocbaso_json_canonical(e.detail::jsonb) || ']'
$$;

-- May the person of this session append to the chain (as the insert policy of schema 8 says)?
CREATE FUNCTION hocbaso_audit_may_append(p_chain integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    IF hocbaso_session_trusted() THEN
        RETURN true;
    END IF;
    SELECT * INTO me FROM hocbaso_login_info(session_user::text);
    RETURN FOUND AND me.role <> 'viewer'
        AND ((me.role = 'admin' AND me.unit_id IS NULL) OR p_chain = me.unit_id OR (p_chain = 0 AND me.role = 'admin'));
END;
$$;

-- Locks a chain's head row for the rest of the transaction: bulk decisions lock their chains
-- before their rows (in a fixed order), so that two officers deciding overlapping lists wait for
-- each other instead of deadlocking. Only the chain's own people may take it.
CREATE FUNCTION hocbaso_audit_lock(p_chain integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT hocbaso_audit_may_append(p_chain) THEN
        RAISE EXCEPTION 'you may not append to this audit chain' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_heads (chain, seq, hash) VALUES (p_chain, 0, repeat('0', 64)) ON CONFLICT (chain) DO NOTHING;
    PERFORM 1 FROM audit_heads h WHERE h.chain = p_chain FOR UPDATE;
END;
$$;
REVOKE EXECUTE ON FUNCTION hocbaso_audit_may_append(integer), hocbaso_audit_lock(integer) FROM PUBLIC;

-- Appending: the person may append to this chain (checked before anything is locked or read, so a
-- refused append neither holds another unit's head nor tells its length); then the chain's head row
-- is locked (appends to one chain are serialized, and only its own people can take that lock), and
-- the server writes seq, prev_hash and hash, and for a person also the time.
CREATE OR REPLACE FUNCTION hocbaso_audit_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    head record;
BEGIN
    IF NOT hocbaso_session_trusted() THEN
        IF NOT hocbaso_audit_may_append(NEW.chain) THEN
            RAISE EXCEPTION 'you may not append to this audit chain' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT * INTO me FROM hocbaso_login_info(session_user::text);
        IF NEW.actor IS DISTINCT FROM me.username THEN
            RAISE EXCEPTION 'an audit event is written in one''s own name' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.at := date_trunc('milliseconds', statement_timestamp());
        IF NEW.detail IS NULL OR jsonb_typeof(NEW.detail::jsonb) <> 'object' THEN
            RAISE EXCEPTION 'an audit event''s detail is a JSON object' USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    NEW.at := date_trunc('milliseconds', NEW.at);
    NEW.detail := hocbaso_json_canonical(NEW.detail::jsonb);
    INSERT INTO audit_heads (chain, seq, hash) VALUES (NEW.chain, 0, repeat('0', 64))
        ON CONFLICT (chain) DO NOTHING;
    SELECT h.seq, h.hash INTO head FROM audit_heads h WHERE h.chain = NEW.chain FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.hash := encode(sha256(convert_to(NEW.prev_hash || hocbaso_audit_canonical(NEW), 'UTF8')), 'hex');
    UPDATE audit_heads SET seq = NEW.seq, hash = NEW.hash WHERE chain = NEW.chain;
    RETURN NEW;
END;
$$;

-- --- 8. Small leaks ------------------------------------------------------------------------------

-- The effective lock dates of a school the caller sees (a school user: their own; anyone else: their
-- unit's), as schema 9; nothing for another unit's school.
CREATE OR REPLACE FUNCTION hocbaso_lock_dates(p_school bigint, p_year integer, p_grade integer, OUT receive date,
                                              OUT revoke date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(own.receive_lock, unit_wide.receive_lock), coalesce(own.revoke_lock, unit_wide.revoke_lock)
    FROM schools s
    LEFT JOIN lock_settings unit_wide ON unit_wide.unit_id = s.unit_id AND unit_wide.school_year = p_year
         AND unit_wide.school_id IS NULL AND unit_wide.grade = p_grade AND NOT unit_wide.deleted
    LEFT JOIN lock_settings own ON own.unit_id = s.unit_id AND own.school_year = p_year
         AND own.school_id = s.id AND own.grade = p_grade AND NOT own.deleted
    WHERE s.id = p_school
      AND (SELECT coalesce(p_school = ANY (x.schools), true) FROM (SELECT hocbaso_search_schools() AS schools) x)
$$;

-- The schools other than `p_except` holding a live registration of a certificate (the "unique" check
-- of 6.1 must look beyond the officer's own unit): named when the caller sees them, else a row with
-- no code and name ("another unit's school").
DROP FUNCTION hocbaso_certificate_elsewhere(text, bigint);
CREATE FUNCTION hocbaso_certificate_elsewhere(p_sha256 text, p_except bigint)
RETURNS TABLE (school_id bigint, code text, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT DISTINCT CASE WHEN seen THEN s.id END, CASE WHEN seen THEN s.code END, CASE WHEN seen THEN s.name END
    FROM certificates c JOIN schools s ON s.id = c.school_id,
         LATERAL (SELECT coalesce(s.id = ANY (hocbaso_search_schools()), true) AS seen) v
    WHERE c.sha256 = p_sha256 AND c.school_id <> p_except AND c.status IN ('pending', 'approved')
$$;
REVOKE EXECUTE ON FUNCTION hocbaso_certificate_elsewhere(text, bigint) FROM PUBLIC;

-- --- 5. The sync horizon of one unit -------------------------------------------------------------

-- The oldest transaction still running in this database among those that may write rows of the
-- caller's unit: sessions of the unit's own people, of global administrators, of the owner and of
-- any role hocbaso does not map to a unit (a DBA). A session of another unit's person cannot write
-- this unit's rows (row-level security and the rules), so its open transaction no longer holds the
-- unit's pulls back. pg_stat_activity shows every session's user and transaction id to everyone.
-- For a global administrator or the owner (a replica of everything): every session.
CREATE OR REPLACE FUNCTION hocbaso_sync_horizon() RETURNS xid8
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    s pg_snapshot;
    h xid8;
    my_unit bigint;
    everything boolean;
BEGIN
    s := pg_current_snapshot();
    everything := hocbaso_session_trusted();
    IF NOT everything THEN
        SELECT me.unit_id, me.unit_id IS NULL INTO my_unit, everything FROM hocbaso_login_info(session_user::text) me;
        everything := coalesce(everything, false);
    END IF;
    SELECT min(x) INTO h FROM pg_snapshot_xip(s) AS x
    WHERE (x::text::numeric % 4294967296)::bigint IN (
        SELECT a.backend_xid::text::bigint FROM pg_catalog.pg_stat_activity a
        WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
          AND (everything OR NOT EXISTS (
                SELECT 1 FROM db_logins l JOIN users u ON u.id = l.user_id
                WHERE l.login = a.usename AND u.unit_id IS NOT NULL AND u.unit_id IS DISTINCT FROM my_unit)));
    RETURN coalesce(h, pg_snapshot_xmax(s));
END;
$$;

-- --- 9. Name search and login creation -----------------------------------------------------------

-- As schema 12, but the words longer than the indexed prefixes ($2) are plain words matched
-- literally (a word of the name begins with each), never regular expressions from the caller.
CREATE OR REPLACE FUNCTION hocbaso_name_search_where(p_long text[], p_rule text, p_school text, p_unit bigint,
                                                     p_year integer, p_grade integer, p_status text,
                                                     p_after_sort text, p_schools bigint[])
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT 'x.words @> $1'
        || CASE WHEN cardinality(p_long) > 0
                THEN ' AND NOT EXISTS (SELECT 1 FROM unnest($2) AS w WHERE strpos('' '' || x.name, '' '' || w) = 0)'
                ELSE '' END
        || CASE WHEN p_rule IS NOT NULL THEN ' AND hocbaso_words_match(x.name, $3)' ELSE '' END
        || CASE WHEN p_school IS NOT NULL THEN ' AND x.school_id = (SELECT s.id FROM schools s WHERE s.code = $4)'
                ELSE '' END
        || CASE WHEN p_unit IS NOT NULL THEN ' AND x.school_id IN (SELECT s.id FROM schools s WHERE s.unit_id = $5)'
                ELSE '' END
        || CASE WHEN p_year IS NOT NULL THEN ' AND x.school_year = $6' ELSE '' END
        || CASE WHEN p_grade IS NOT NULL THEN ' AND x.grade = $7' ELSE '' END
        || CASE WHEN p_status IS NOT NULL THEN ' AND x.status = $8' ELSE '' END
        || CASE WHEN p_after_sort IS NOT NULL THEN ' AND (x.name_sort, x.record_id) > ($9, $10)' ELSE '' END
        || CASE WHEN p_schools IS NOT NULL THEN ' AND x.school_id = ANY ($13)' ELSE '' END
$$;

-- As schema 8, but the verifier never reaches an error's text (an error's context would show the
-- statement that failed, with the verifier in it, in the server's log), and the login role is
-- created without it first; and every login role gets the server's bound on idle transactions.
CREATE OR REPLACE FUNCTION hocbaso_create_login(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    owner_call boolean;
    caller record;
    target record;
    existing record;
    k text;
BEGIN
    owner_call := hocbaso_session_trusted();
    IF NOT owner_call THEN
        SELECT u.role, u.unit_id INTO caller FROM db_logins l JOIN users u ON u.id = l.user_id
            WHERE l.login = session_user::text AND NOT u.disabled;
        IF NOT FOUND OR caller.role <> 'admin' THEN
            RAISE EXCEPTION 'only an administrator may create login roles' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT u.id, u.role, u.unit_id, u.disabled INTO target FROM users u WHERE u.username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no user %', p_username USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT owner_call THEN
        IF caller.unit_id IS NOT NULL AND target.unit_id IS DISTINCT FROM caller.unit_id THEN
            RAISE EXCEPTION 'an administrator creates login roles for users of their own unit only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM db_logins WHERE login = p_username OR user_id = target.id) THEN
        RAISE EXCEPTION 'the user % has a login role already', p_username USING ERRCODE = 'unique_violation';
    END IF;
    SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls INTO existing
        FROM pg_catalog.pg_roles r WHERE r.rolname = p_username;
    IF FOUND THEN
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication
           OR existing.rolbypassrls THEN
            RAISE EXCEPTION 'the PostgreSQL role % exists and has special powers; choose another username', p_username
                USING ERRCODE = 'duplicate_object';
        END IF;
        -- A group (a role with members, such as a database's hocbaso groups) is nobody's login.
        IF NOT owner_call OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r
                                     ON r.oid = m.roleid WHERE r.rolname = p_username) THEN
            RAISE EXCEPTION 'a PostgreSQL role named % exists already on this server; choose another username', p_username
                USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN', p_username);
    ELSE
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', p_username);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- Made at the same moment by another database's demo on the same server.
            IF NOT owner_call THEN
                RAISE;
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN', p_username);
        END;
    END IF;
    BEGIN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
    EXCEPTION WHEN OTHERS THEN
        -- A new error, whose context is this line rather than the statement with the verifier.
        RAISE EXCEPTION 'the password of % could not be set (%)', p_username, SQLSTATE USING ERRCODE = SQLSTATE;
    END;
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_username, '10min');
    -- Exactly the group of the user's role in this database.
    FOREACH k IN ARRAY ARRAY['admin', 'officer', 'viewer', 'school'] LOOP
        IF k <> target.role AND pg_catalog.pg_has_role(p_username, hocbaso_group(k), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', hocbaso_group(k), p_username);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', hocbaso_group(target.role), p_username);
    IF target.disabled THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
    END IF;
    INSERT INTO db_logins (login, user_id) VALUES (p_username, target.id);
END;
$$;

-- --- Privileges ----------------------------------------------------------------------------------

DO $$
DECLARE
    l text;
BEGIN
    -- Signatures are deleted through hocbaso_delete_signatures only (see above).
    EXECUTE format('REVOKE DELETE ON signatures FROM %s', hocbaso_groups_sql());
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_delete_signatures(bigint, integer) TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'school']));
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_certificate_elsewhere(text, bigint) TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_audit_may_append(integer), hocbaso_audit_lock(integer) TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    -- The login roles made before this step get the bound on idle transactions too.
    FOR l IN SELECT d.login FROM db_logins d JOIN pg_catalog.pg_roles r ON r.rolname = d.login LOOP
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', l, '10min');
    END LOOP;
END;
$$;

-- --- 1. Every function of the store pins its search_path -----------------------------------------

-- pg_temp last: a session's temporary tables are never found first (unnamed, pg_temp would be
-- searched before anything else). Functions of extensions (pg_trgm) are left to their extension.
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
