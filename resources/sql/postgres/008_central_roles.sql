-- hocbaso schema 8 (PostgreSQL): the central store's roles, privileges and row-level security.
--
-- Who is who. Every person has a PostgreSQL LOGIN role of their own, created by `user add` and the
-- demo through hocbaso_create_login (schema 9). db_logins maps that login role to the program's user
-- row, whose role, managing unit and school decide what the person may see and change. Every policy
-- and rule finds the person from current_user through hocbaso_me(), never from a setting that the
-- client could SET.
--
-- Group roles. Table privileges come from four NOLOGIN group roles, one per program role, granted to
-- each login role. Role names belong to the whole cluster while privileges and db_logins belong to
-- one database, so the groups are named after the database that created them: <prefix>_admin,
-- <prefix>_officer, <prefix>_viewer and <prefix>_school, the prefix being the database's name at
-- init time (kept in meta.role_prefix, so a renamed database keeps its groups). A training copy on
-- the same server so gets groups of its own, and a login role of one database is never let into
-- another. Login role names are the program's usernames (CLI.md), so they are cluster-wide too.
--
-- The owner. The role that runs the migrations (`hocbaso-cli --pg ... init`) owns every object; it
-- needs CREATEROLE (or is a superuser) to create the groups and the login roles. Row-level security
-- is ENABLEd and FORCEd on every table that holds a unit's data, so that no one's access, the
-- owner's included, escapes the policies. The owner is admitted by a policy of its own (owner_all)
-- rather than by BYPASSRLS: it runs the migrations, user administration and the demo generator, and
-- BYPASSRLS would need a superuser to grant and would not show in the schema. The per-person
-- policies are granted TO the group roles only, so that the owner never evaluates them (they call
-- hocbaso_me(), which reads users: a policy on users calling it for the owner would recurse).
-- SECURITY DEFINER functions run as the owner and so see every row: each one checks its caller
-- itself. A superuser bypasses row-level security in any case.
--
-- Every object lives in the schema public (all migrations create unqualified names there);
-- SECURITY DEFINER functions pin their search_path to it, with pg_temp last.
--
-- A later migration that adds a table holding unit data must ENABLE and FORCE row-level security
-- on it, add the owner_all policy and group policies, and grant the groups what they need.

INSERT INTO meta (key, value) SELECT 'role_prefix', current_database()
    WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'role_prefix');

-- The group role of a program role ('admin', 'officer', 'viewer', 'school').
CREATE FUNCTION hocbaso_group(kind text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT value || '_' || kind FROM meta WHERE key = 'role_prefix'
$$;

-- The four groups as a list for GRANT and CREATE POLICY ... TO.
CREATE FUNCTION hocbaso_groups_sql(kinds text[] DEFAULT ARRAY['admin', 'officer', 'viewer', 'school']) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT string_agg(format('%I', hocbaso_group(k)), ', ') FROM unnest(kinds) AS k
$$;

DO $$
DECLARE
    k text;
    existing record;
BEGIN
    -- Role names are at most 63 bytes; a longer prefix would be cut and two groups could collide.
    IF octet_length(hocbaso_group('officer')) > 63 THEN
        RAISE EXCEPTION 'the database name % is too long to name its group roles (at most 55 bytes)',
            current_database();
    END IF;
    FOREACH k IN ARRAY ARRAY['admin', 'officer', 'viewer', 'school'] LOOP
        SELECT rolcanlogin, rolsuper, rolcreaterole, rolbypassrls INTO existing
            FROM pg_roles WHERE rolname = hocbaso_group(k);
        IF FOUND THEN
            -- Re-running init, or a group the administrator made beforehand: fine, unless it is a
            -- person's role or a powerful one, which must not become a hocbaso group.
            IF existing.rolcanlogin OR existing.rolsuper OR existing.rolcreaterole OR existing.rolbypassrls THEN
                RAISE EXCEPTION 'the role % exists and can log in or has special powers; it cannot be a hocbaso group',
                    hocbaso_group(k);
            END IF;
        ELSE
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', hocbaso_group(k));
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database's init on the same server made it at the same moment
            END;
        END IF;
    END LOOP;
    -- Only hocbaso's people connect, and nobody makes temporary tables (which could shadow tables
    -- inside functions). Needs the database's owner; otherwise the administrator does it by hand.
    IF EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()
               AND pg_has_role(current_user, d.datdba, 'USAGE')) THEN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', current_database(), hocbaso_groups_sql());
    END IF;
END;
$$;

-- Login role -> program user. Written only by the owner and hocbaso_create_login; nobody reads it
-- directly (hocbaso_me() does, as the owner).
CREATE TABLE db_logins (
    login      text PRIMARY KEY,
    user_id    bigint NOT NULL UNIQUE REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The functions below are PL/pgSQL rather than SQL on purpose: policies call them in every
-- statement, and PL/pgSQL keeps their query plans for the session where SQL functions that cannot be
-- inlined are planned again at each call. Policies call them as (SELECT f()), evaluated once per
-- statement rather than once per row.

-- Is the current role the owner of the schema (the migrations' role)?
CREATE FUNCTION hocbaso_is_owner() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user
            FROM pg_catalog.pg_class c WHERE c.oid = 'public.meta'::regclass);
END;
$$;

-- The program user behind a login role. Callers pass current_user (see hocbaso_me); a session may
-- only ask about a role it is (or is a member of), so nobody learns another person's unit this way.
-- Inside SECURITY DEFINER code current_user is the owner, which is no one's login: the answer is
-- then empty, and such code checks its caller itself. Disabled users get no answer at all, so
-- disabling a user takes effect at once, even in an open session.
CREATE FUNCTION hocbaso_login_info(p_login text)
RETURNS TABLE (user_id bigint, username text, role text, unit_id bigint, school_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login)
       OR NOT pg_catalog.pg_has_role(session_user, p_login, 'MEMBER') THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT u.id, u.username, u.role, u.unit_id, u.school_id
        FROM db_logins l JOIN users u ON u.id = l.user_id
        WHERE l.login = p_login AND NOT u.disabled;
END;
$$;

CREATE FUNCTION hocbaso_me() RETURNS TABLE (user_id bigint, username text, role text, unit_id bigint, school_id bigint)
LANGUAGE sql STABLE AS $$
    SELECT * FROM hocbaso_login_info(current_user::text)
$$;

CREATE FUNCTION hocbaso_my_role() RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT me.role FROM hocbaso_login_info(current_user::text) me);
END;
$$;
CREATE FUNCTION hocbaso_my_unit() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT me.unit_id FROM hocbaso_login_info(current_user::text) me);
END;
$$;
CREATE FUNCTION hocbaso_my_school() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT me.school_id FROM hocbaso_login_info(current_user::text) me);
END;
$$;
CREATE FUNCTION hocbaso_my_user_id() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT me.user_id FROM hocbaso_login_info(current_user::text) me);
END;
$$;
CREATE FUNCTION hocbaso_my_username() RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT me.username FROM hocbaso_login_info(current_user::text) me);
END;
$$;
-- An administrator of no unit administers the whole store (as in the services).
CREATE FUNCTION hocbaso_sees_all() RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT me.role = 'admin' AND me.unit_id IS NULL FROM hocbaso_login_info(current_user::text) me),
                    false);
END;
$$;
-- The schools whose data the current person sees: their school for a school user, their unit's
-- schools for everyone else (empty for someone unknown).
CREATE FUNCTION hocbaso_my_schools() RETURNS bigint[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM hocbaso_login_info(current_user::text);
    IF NOT FOUND THEN
        RETURN '{}';
    ELSIF me.role = 'school' THEN
        RETURN ARRAY[me.school_id];
    END IF;
    RETURN ARRAY(SELECT s.id FROM schools s WHERE s.unit_id = me.unit_id);
END;
$$;

-- Privileges: everyone reads what the policies let through; writes are granted per group, and the
-- rules of schema 9 decide which writes each person may really make. Nobody but the owner deletes
-- (soft deletes are updates), and nobody but the owner touches units, schools, classes and pupils.
DO $$
DECLARE
    all_groups text := hocbaso_groups_sql();
    t text;
BEGIN
    EXECUTE format('GRANT SELECT ON meta, schema_migrations, units, schools, classes, pupils, records, '
                   'record_versions, certificates, signatures, trust_anchors, crls, lock_settings, '
                   'revocation_requests, audit_events, record_counts TO %s', all_groups);
    -- The password hash stays with the owner (it serves local and offline sign-in only).
    EXECUTE format('GRANT SELECT (id, username, display_name, role, unit_id, school_id, disabled, failed_attempts, '
                   'locked_until, created_at, row_version) ON users TO %s', all_groups);
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_login_info(text) TO %s', all_groups);
    REVOKE EXECUTE ON FUNCTION hocbaso_login_info(text) FROM PUBLIC;

    -- Deciding (6.1, 6.5), lock dates (6.2): officers and administrators.
    EXECUTE format('GRANT UPDATE (status, decided_at, decided_by, decision_reason, superseded_by, revoked_at, '
                   'revoked_by, revocation_reason, row_version) ON certificates TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer']));
    EXECUTE format('GRANT UPDATE (status, decided_at, decided_by, decision_note, row_version) '
                   'ON revocation_requests TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer']));
    EXECUTE format('GRANT INSERT, UPDATE (receive_lock, revoke_lock, hlc, updated_at, updated_by, deleted, '
                   'row_version) ON lock_settings TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer']));
    -- Registering certificates: school users, and officers on a school's behalf. A newer
    -- registration rejects the school's older pending one (superseded_by).
    EXECUTE format('GRANT INSERT ON certificates TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    EXECUTE format('GRANT UPDATE (status, decided_at, decided_by, decision_reason, superseded_by, row_version) '
                   'ON certificates TO %s', hocbaso_groups_sql(ARRAY['school']));
    -- Record status: the school confirms and sends; an approved revocation (officer) revokes.
    EXECUTE format('GRANT UPDATE (status, version, confirmed_at, sent_at, updated_at, row_version) ON records TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    EXECUTE format('GRANT UPDATE (status, confirmed_at, sent_at, revoked_at, row_version) ON record_versions TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    -- The school side: a corrected version, its signatures, revocation requests.
    EXECUTE format('GRANT INSERT ON record_versions, revocation_requests TO %s',
                   hocbaso_groups_sql(ARRAY['admin', 'school']));
    EXECUTE format('GRANT INSERT, DELETE ON signatures TO %s', hocbaso_groups_sql(ARRAY['admin', 'school']));
    -- Audit events: everyone who changes something (viewers change nothing).
    EXECUTE format('GRANT INSERT ON audit_events TO %s', hocbaso_groups_sql(ARRAY['admin', 'officer', 'school']));
    -- Administrators: users and the trust store.
    EXECUTE format('GRANT INSERT, UPDATE (display_name, disabled, failed_attempts, locked_until, row_version) '
                   'ON users TO %s', hocbaso_groups_sql(ARRAY['admin']));
    EXECUTE format('GRANT INSERT ON trust_anchors, crls TO %s', hocbaso_groups_sql(ARRAY['admin']));
    -- Identity columns draw from sequences.
    FOREACH t IN ARRAY ARRAY['certificates', 'lock_settings', 'record_versions', 'revocation_requests', 'signatures',
                             'audit_events', 'users', 'trust_anchors', 'crls'] LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %s', pg_get_serial_sequence(t, 'id'), all_groups);
    END LOOP;
END;
$$;

-- The counters of 6.4 are kept by a trigger on records; records change under school users and
-- officers, who may not write the counters themselves.
ALTER FUNCTION record_counts_maintain() SECURITY DEFINER SET search_path = public, pg_temp;

-- Row-level security. owner_all admits the owner; the other policies are TO the groups.
DO $$
DECLARE
    t text;
    groups text := hocbaso_groups_sql();
    -- A row of a school the person sees (global administrators see every school).
    by_school constant text := '(SELECT hocbaso_sees_all()) OR school_id = ANY ((SELECT hocbaso_my_schools())::bigint[])';
    -- A row hanging off a record the person sees (the records policy decides).
    by_record constant text := 'EXISTS (SELECT 1 FROM records r WHERE r.id = record_id)';
BEGIN
    FOREACH t IN ARRAY ARRAY['units', 'schools', 'classes', 'pupils', 'records', 'record_versions', 'signatures',
                             'certificates', 'lock_settings', 'revocation_requests', 'users', 'audit_events',
                             'record_counts', 'db_logins'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON %I USING ((SELECT hocbaso_is_owner())) '
                       'WITH CHECK ((SELECT hocbaso_is_owner()))', t);
    END LOOP;
    -- db_logins: the owner only.

    EXECUTE format('CREATE POLICY unit_read ON units FOR SELECT TO %s USING '
                   '((SELECT hocbaso_sees_all()) OR id = (SELECT hocbaso_my_unit()))', groups);
    -- Not through hocbaso_my_schools(), which reads schools itself.
    EXECUTE format('CREATE POLICY unit_read ON schools FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR (unit_id = (SELECT hocbaso_my_unit()) AND (SELECT hocbaso_my_role()) <> ''school'') '
                   'OR id = (SELECT hocbaso_my_school()))', groups);
    FOREACH t IN ARRAY ARRAY['classes', 'pupils', 'records', 'certificates', 'record_counts'] LOOP
        EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT TO %s USING (%s)', t, groups, by_school);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['record_versions', 'signatures', 'revocation_requests'] LOOP
        EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT TO %s USING (%s)', t, groups, by_record);
    END LOOP;
    -- School users see their unit's unit-wide lock dates and their own school's.
    EXECUTE format('CREATE POLICY unit_read ON lock_settings FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR (unit_id = (SELECT hocbaso_my_unit()) AND ((SELECT hocbaso_my_role()) <> ''school'' '
                   'OR school_id IS NULL OR school_id = (SELECT hocbaso_my_school()))))', groups);
    -- Officers and viewers read their unit's audit chain; school users their own events.
    EXECUTE format('CREATE POLICY unit_read ON audit_events FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR ((SELECT hocbaso_my_role()) <> ''school'' AND chain = (SELECT hocbaso_my_unit())) '
                   'OR actor = (SELECT hocbaso_my_username()))', groups);
    -- Everyone reads their own user row; administrators their unit's users.
    EXECUTE format('CREATE POLICY unit_read ON users FOR SELECT TO %s USING ((SELECT hocbaso_sees_all()) '
                   'OR id = (SELECT hocbaso_my_user_id()) '
                   'OR ((SELECT hocbaso_my_role()) = ''admin'' AND unit_id = (SELECT hocbaso_my_unit())))', groups);

    -- Writes (the grants above say who may write at all; schema 9 says which changes are allowed).
    EXECUTE format('CREATE POLICY unit_insert ON certificates FOR INSERT TO %s WITH CHECK (%s)', groups, by_school);
    EXECUTE format('CREATE POLICY unit_update ON certificates FOR UPDATE TO %s USING (%s) WITH CHECK (%s)', groups,
                   by_school, by_school);
    EXECUTE format('CREATE POLICY unit_update ON records FOR UPDATE TO %s USING (%s) WITH CHECK (%s)', groups,
                   by_school, by_school);
    FOREACH t IN ARRAY ARRAY['record_versions', 'revocation_requests'] LOOP
        EXECUTE format('CREATE POLICY unit_insert ON %I FOR INSERT TO %s WITH CHECK (%s)', t, groups, by_record);
        EXECUTE format('CREATE POLICY unit_update ON %I FOR UPDATE TO %s USING (%s) WITH CHECK (%s)', t, groups,
                       by_record, by_record);
    END LOOP;
    EXECUTE format('CREATE POLICY unit_insert ON signatures FOR INSERT TO %s WITH CHECK (%s)', groups, by_record);
    EXECUTE format('CREATE POLICY unit_delete ON signatures FOR DELETE TO %s USING (%s)', groups, by_record);
    -- Lock dates: the person's own unit, never a school's user.
    EXECUTE format('CREATE POLICY unit_insert ON lock_settings FOR INSERT TO %1$s WITH CHECK (%2$s)', groups,
                   '(SELECT hocbaso_sees_all()) OR (unit_id = (SELECT hocbaso_my_unit()) '
                   'AND (SELECT hocbaso_my_role()) IN (''admin'', ''officer''))');
    EXECUTE format('CREATE POLICY unit_update ON lock_settings FOR UPDATE TO %1$s USING (%2$s) WITH CHECK (%2$s)',
                   groups,
                   '(SELECT hocbaso_sees_all()) OR (unit_id = (SELECT hocbaso_my_unit()) '
                   'AND (SELECT hocbaso_my_role()) IN (''admin'', ''officer''))');
    -- Audit events in one's own name, on one's unit's chain (administrators also on chain 0, the
    -- trust store's).
    EXECUTE format('CREATE POLICY unit_insert ON audit_events FOR INSERT TO %s WITH CHECK ('
                   'actor = (SELECT hocbaso_my_username()) AND ((SELECT hocbaso_sees_all()) '
                   'OR chain = (SELECT hocbaso_my_unit()) OR (chain = 0 AND (SELECT hocbaso_my_role()) = ''admin'')))',
                   groups);
    -- Users: administrators, within their unit.
    EXECUTE format('CREATE POLICY unit_insert ON users FOR INSERT TO %1$s WITH CHECK (%2$s)', groups,
                   '(SELECT hocbaso_sees_all()) OR ((SELECT hocbaso_my_role()) = ''admin'' '
                   'AND unit_id = (SELECT hocbaso_my_unit()))');
    EXECUTE format('CREATE POLICY unit_update ON users FOR UPDATE TO %1$s USING (%2$s) WITH CHECK (%2$s)', groups,
                   '(SELECT hocbaso_sees_all()) OR ((SELECT hocbaso_my_role()) = ''admin'' '
                   'AND unit_id = (SELECT hocbaso_my_unit()))');
END;
$$;

-- Creating a person's login role (`user add` and the demo in central mode). The password arrives as
-- a SCRAM-SHA-256 verifier computed by the program, so the clear password never reaches the server
-- or its logs. The user row must exist already (the caller inserted it in the same transaction); its
-- role picks the group. Allowed to the owner (or a superuser) and to administrators, within their
-- unit. Inside this function current_user is the owner, so the caller is the session's login.
-- A role of that name that exists already is taken over only by the owner (a re-created demo store
-- on the same server), and never when it has special powers; for anyone else it is refused, so an
-- administrator cannot take over somebody else's role by naming it.
CREATE FUNCTION hocbaso_create_login(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    owner_call boolean;
    caller record;
    target record;
    existing record;
    k text;
BEGIN
    owner_call := session_user::text = (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c
                                        WHERE c.oid = 'public.meta'::regclass)
                  OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = session_user AND r.rolsuper);
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
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
    ELSE
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- Made at the same moment by another database's demo on the same server.
            IF NOT owner_call THEN
                RAISE;
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
        END;
    END IF;
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
REVOKE EXECUTE ON FUNCTION hocbaso_create_login(text, text) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION hocbaso_create_login(text, text) TO %s', hocbaso_groups_sql(ARRAY['admin']));
END;
$$;

-- Disabling a user (`user disable`, the user dialog) makes their login role NOLOGIN, and enabling
-- gives LOGIN back. The UPDATE itself was allowed by the grants and policies of users.
CREATE FUNCTION hocbaso_users_login_follows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    l text;
BEGIN
    FOR l IN SELECT login FROM db_logins WHERE user_id = NEW.id LOOP
        EXECUTE format('ALTER ROLE %I %s', l, CASE WHEN NEW.disabled THEN 'NOLOGIN' ELSE 'LOGIN' END);
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_login_follows AFTER UPDATE OF disabled ON users FOR EACH ROW
    WHEN (OLD.disabled IS DISTINCT FROM NEW.disabled) EXECUTE FUNCTION hocbaso_users_login_follows();
