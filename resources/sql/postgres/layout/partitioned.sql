-- The nation's layout (issue 19, item 4): records, record_versions, signatures and record_search
-- partitioned by PostgreSQL's declarative partitioning, with every rule of the plain layout unchanged
-- in effect. Applied once by the store's owner (store::PartitionedLayout) to a store that the
-- migrations brought to the latest schema and that holds no record yet; existing stores keep the
-- plain layout of the migrations, which this script never changes.
--
-- Partition key: school_id, by RANGE. Why:
-- - All four tables carry school_id (records always; record_versions and signatures since schema
--   13, record_search since 7), and schema 13's triggers keep every child row's school_id equal to
--   its record's. A province id would be a new column (a different plain schema) and would go stale
--   when a unit moves in the tree; a school never changes its id.
-- - Every read of these tables is by school: the policies (`school_id IN (SELECT unnest(
--   hocbaso_my_schools()))`) and the services' own filters (a school, a unit's schools, the lookup's
--   `school_id = ANY (...)` for a caller of at most 40 schools, schema 23).
-- - Range, not hash: schools are made province by province (the school list import, the demo, the
--   nation dataset), so a range of school ids is a province's schools, or a part of one, and a
--   Sở's or commune's schools fall in one or two partitions. Hash would spread every unit over all
--   partitions. Default width: 1,000 school ids (a province of ~1,000 schools, ~1M records over
--   five years); a DEFAULT partition takes schools beyond the last range.
-- - Pruning: the policies alone do not prune (their `(SELECT hocbaso_sees_all()) OR ...` is a
--   hashed subplan, not a condition on the key the planner can use); statements that name their
--   schools (`school_id = $1`, `= ANY ($n)`) prune at plan or executor start.
--
-- What changes, and why the rules stay the same:
-- - Unique constraints must contain the partition key. records' primary key becomes (id,
--   school_id): ids are drawn by the identity (GENERATED ALWAYS, an explicit id refused by the
--   insert guard), so id alone stays unique. The children's keys (record_versions (id) and
--   (record_id, version), signatures (record_id, version, role), record_search (record_id)) take
--   school_id as well, which changes nothing since a child's school_id is its record's.
--   records' two keys that are not about the record itself, uuid and (pupil_id, school_year,
--   grade), are held by side tables (record_uuids, record_pupil_years) filled by a trigger, whose
--   constraints carry the original names, so a duplicate is refused as before, across partitions.
-- - Foreign keys to records(id) and record_versions(id) (from the children, revocation_requests and
--   record_verifications) become (x_id, school_id) -> (id, school_id) ON UPDATE CASCADE. The
--   cascade is what schema 13/18's record_school_follows did (the owner moving a record to another
--   school drags its versions, signatures, requests and verifications along, each through its own
--   row_version and change-log triggers); that trigger is left out here because an AFTER UPDATE row
--   trigger does not fire for a row that moves to another partition, while a cascade does.
-- - Row triggers are cloned to every partition by PostgreSQL. Two functions are replaced by
--   layout-aware twins: the insert guard (it finds the identity's sequence from TG_TABLE_NAME,
--   which is now a partition without identity; the twin asks the partition's root) and record_search
--   maintenance (its ON CONFLICT names the new key, and a record that moved partition replaces its
--   row of the old school).
-- - Statement triggers with transition tables (sync_log_*) stay on the partitioned tables; the
--   services address the parent, and PostgreSQL fires them there with every row, including rows an
--   UPDATE moved between partitions.
-- - Policies, grants (table and column), ENABLE + FORCE row-level security: copied from the
--   catalog. The partitions get no grant and forced row-level security without policies: nobody
--   but the owner reads or writes a partition by its own name.
-- - Identity sequences: the parent's; renamed to the plain names (records_id_seq ...).
--
-- Migrations after this layout: a migration that alters one of these tables must hold on both
-- layouts (ALTER TABLE on the parent reaches the partitions; CREATE UNIQUE INDEX or a new foreign key
-- to records(id) does not work here; CREATE OR REPLACE of hocbaso_insert_guard or
-- hocbaso_record_search_record must change the twins below as well; record_school_follows is absent).

CREATE OR REPLACE FUNCTION hocbaso_insert_guard_partitioned() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    drawn bigint;
    root regclass := pg_catalog.pg_partition_root(TG_RELID);
BEGIN
    -- hocbaso_insert_guard, for a row trigger cloned to a partition: the identity is the root's.
    IF hocbaso_session_trusted() THEN
        RETURN NEW;
    END IF;
    BEGIN
        drawn := pg_catalog.currval(pg_catalog.pg_get_serial_sequence(root::text, 'id'));
    EXCEPTION WHEN object_not_in_prerequisite_state THEN
        drawn := NULL;
    END;
    IF NEW.id IS DISTINCT FROM drawn THEN
        RAISE EXCEPTION 'ids of % are given by the server', (SELECT c.relname FROM pg_class c WHERE c.oid = root)
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_record_search_record_partitioned() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- hocbaso_record_search_record with the partitioned key. A record that moved to another
    -- partition arrives here as an INSERT: its row of the old school goes (if the foreign key's
    -- cascade has not moved it already).
    IF TG_OP = 'INSERT' OR NEW.pupil_id IS DISTINCT FROM OLD.pupil_id THEN
        DELETE FROM record_search WHERE record_id = NEW.id AND school_id <> NEW.school_id;
        INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, name, words)
            SELECT NEW.id, NEW.school_id, NEW.school_year, NEW.grade, NEW.status, NEW.name_sort, p.name_folded,
                   hocbaso_search_words(p.name_folded, NEW.school_year, NEW.grade)
            FROM pupils p WHERE p.id = NEW.pupil_id
        ON CONFLICT (record_id, school_id) DO UPDATE SET school_year = EXCLUDED.school_year,
            grade = EXCLUDED.grade, status = EXCLUDED.status, name_sort = EXCLUDED.name_sort, name = EXCLUDED.name,
            words = EXCLUDED.words;
    ELSE
        UPDATE record_search SET school_id = NEW.school_id, school_year = NEW.school_year, grade = NEW.grade,
                                 status = NEW.status, name_sort = NEW.name_sort,
                                 words = CASE WHEN school_year = NEW.school_year AND grade = NEW.grade THEN words
                                              ELSE hocbaso_search_words(name, NEW.school_year, NEW.grade) END
            WHERE record_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

-- records' keys that span schools, held where a unique index can see every partition.
CREATE OR REPLACE FUNCTION hocbaso_record_keys_partitioned() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM record_uuids WHERE record_id = OLD.id;
        DELETE FROM record_pupil_years WHERE record_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO record_uuids (uuid, record_id) VALUES (NEW.uuid, NEW.id);
        INSERT INTO record_pupil_years (pupil_id, school_year, grade, record_id)
            VALUES (NEW.pupil_id, NEW.school_year, NEW.grade, NEW.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION hocbaso_partition_layout(p_width bigint, p_count integer) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    tables constant text[] := ARRAY['records', 'record_versions', 'signatures', 'record_search'];
    t text;
    r record;
    k integer;
    ddl text[] := '{}';     -- indexes, triggers, policies, grants, in order, run once the tables exist
    fks text[] := '{}';     -- foreign keys to the tables, dropped and made again with school_id
    options text[];         -- a table's storage parameters, for its partitions
    known_keys constant text[] := ARRAY['records_pkey', 'records_uuid_key', 'records_pupil_id_school_year_grade_key',
        'record_versions_pkey', 'record_versions_record_id_version_key', 'signatures_pkey',
        'signatures_record_id_version_role_key', 'record_search_pkey'];
BEGIN
    IF NOT hocbaso_is_owner() THEN
        RAISE EXCEPTION 'only the store''s owner applies a layout' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_width < 1 OR p_count < 1 THEN
        RAISE EXCEPTION 'a partition spans at least one school id, and there is at least one';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_class WHERE oid = 'public.records'::regclass AND relkind = 'p') THEN
        RAISE EXCEPTION 'the store is partitioned already';
    END IF;
    IF EXISTS (SELECT 1 FROM records) OR EXISTS (SELECT 1 FROM record_versions) OR EXISTS (SELECT 1 FROM signatures)
       OR EXISTS (SELECT 1 FROM record_search) THEN
        RAISE EXCEPTION 'the partitioned layout is made on a store without records';
    END IF;
    -- A key this script does not know how to carry (a later migration's) stops it: it must be
    -- thought about, not dropped.
    FOR r IN SELECT c.conname FROM pg_constraint c
             WHERE c.conrelid = ANY (SELECT ('public.' || x)::regclass FROM unnest(tables) x)
               AND c.contype IN ('p', 'u', 'x') AND c.conname <> ALL (known_keys) LOOP
        RAISE EXCEPTION 'the partitioned layout does not know the key %', r.conname;
    END LOOP;

    FOREACH t IN ARRAY tables LOOP
        -- Indexes that back no constraint, as they are.
        FOR r IN SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
                 WHERE i.indrelid = ('public.' || t)::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) LOOP
            ddl := ddl || r.def;
        END LOOP;
        -- Triggers (not the foreign keys' own), with the twins above where the layout needs them.
        FOR r IN SELECT tg.tgname, pg_get_triggerdef(tg.oid) AS def FROM pg_trigger tg
                 WHERE tg.tgrelid = ('public.' || t)::regclass AND NOT tg.tgisinternal ORDER BY tg.tgname LOOP
            CONTINUE WHEN r.tgname = 'record_school_follows';
            -- (pg_get_triggerdef names the function with or without its schema, as the path sees it.)
            ddl := ddl || regexp_replace(regexp_replace(r.def,
                'EXECUTE FUNCTION (public\.)?hocbaso_insert_guard\(\)$',
                'EXECUTE FUNCTION public.hocbaso_insert_guard_partitioned()'),
                'EXECUTE FUNCTION (public\.)?hocbaso_record_search_record\(\)$',
                'EXECUTE FUNCTION public.hocbaso_record_search_record_partitioned()');
        END LOOP;
        -- Policies, with their command, roles and conditions.
        FOR r IN SELECT * FROM pg_policies WHERE schemaname = 'public' AND tablename = t ORDER BY policyname LOOP
            ddl := ddl || format('CREATE POLICY %I ON public.%I AS %s FOR %s TO %s%s%s', r.policyname, t, r.permissive,
                                 r.cmd, (SELECT string_agg(quote_ident(x), ', ') FROM unnest(r.roles) x),
                                 CASE WHEN r.qual IS NOT NULL THEN ' USING (' || r.qual || ')' ELSE '' END,
                                 CASE WHEN r.with_check IS NOT NULL THEN ' WITH CHECK (' || r.with_check || ')' ELSE '' END);
        END LOOP;
        -- Table and column privileges (other than the owner's own).
        FOR r IN SELECT a.privilege_type, a.grantee FROM pg_class c, aclexplode(c.relacl) a
                 WHERE c.oid = ('public.' || t)::regclass AND a.grantee <> c.relowner LOOP
            ddl := ddl || format('GRANT %s ON public.%I TO %s', r.privilege_type, t,
                                 CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.grantee::regrole::text) END);
        END LOOP;
        FOR r IN SELECT at.attname, a.privilege_type, a.grantee FROM pg_attribute at, aclexplode(at.attacl) a
                 WHERE at.attrelid = ('public.' || t)::regclass AND at.attacl IS NOT NULL LOOP
            ddl := ddl || format('GRANT %s (%I) ON public.%I TO %s', r.privilege_type, r.attname, t,
                                 CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.grantee::regrole::text) END);
        END LOOP;
        FOR r IN SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = ('public.' || t)::regclass LOOP
            IF r.relrowsecurity THEN
                ddl := ddl || format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
            END IF;
            IF r.relforcerowsecurity THEN
                ddl := ddl || format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
            END IF;
        END LOOP;
    END LOOP;

    -- Foreign keys into the four tables, from anywhere: only the ones this script knows.
    FOR r IN SELECT c.conname, c.conrelid::regclass AS tbl, c.confrelid::regclass AS ref FROM pg_constraint c
             WHERE c.contype = 'f' AND c.confrelid = ANY (SELECT ('public.' || x)::regclass FROM unnest(tables) x) LOOP
        IF (r.tbl::text, r.conname) NOT IN (('record_versions', 'record_versions_record_id_fkey'),
                ('signatures', 'signatures_record_id_fkey'), ('record_search', 'record_search_record_id_fkey'),
                ('revocation_requests', 'revocation_requests_record_id_fkey'),
                ('record_verifications', 'record_verifications_record_id_fkey'),
                ('record_verifications', 'record_verifications_version_id_fkey')) THEN
            RAISE EXCEPTION 'the partitioned layout does not know the foreign key % of %', r.conname, r.tbl;
        END IF;
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
        fks := fks || format('ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (%s, school_id) REFERENCES %s (id, school_id) '
                             'ON UPDATE CASCADE%s', r.tbl, r.conname,
                             CASE WHEN r.conname LIKE '%version_id_fkey' THEN 'version_id' ELSE 'record_id' END, r.ref,
                             CASE WHEN r.tbl::text = 'record_search' THEN ' ON DELETE CASCADE' ELSE '' END);
    END LOOP;

    FOREACH t IN ARRAY tables LOOP
        -- Storage parameters (record_search's fillfactor, schema 35) go to the partitions: LIKE does
        -- not copy them and a partitioned table takes none.
        SELECT c.reloptions INTO options FROM pg_class c WHERE c.oid = ('public.' || t)::regclass;
        -- Columns, defaults, NOT NULL, checks, identity, collations, storage; the outgoing foreign
        -- keys (to pupils, classes, schools, certificates) are added below.
        EXECUTE format('CREATE TABLE public.%I (LIKE public.%I INCLUDING ALL EXCLUDING INDEXES) PARTITION BY RANGE (school_id)',
                       t || '_partitioned', t);
        FOR r IN SELECT c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
                 WHERE c.conrelid = ('public.' || t)::regclass AND c.contype = 'f' LOOP
            fks := fks || format('ALTER TABLE public.%I ADD CONSTRAINT %I %s', t, r.conname, r.def);
        END LOOP;
        EXECUTE format('DROP TABLE public.%I', t);
        EXECUTE format('ALTER TABLE public.%I RENAME TO %I', t || '_partitioned', t);
        IF t <> 'record_search' THEN
            EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', pg_get_serial_sequence('public.' || t, 'id'), t || '_id_seq');
        END IF;
        -- The ranges of school ids, then the rest.
        FOR k IN 0 .. p_count - 1 LOOP
            EXECUTE format('CREATE TABLE public.%I PARTITION OF public.%I FOR VALUES FROM (%s) TO (%s)',
                           format('%s_p%s', t, lpad(k::text, 4, '0')), t, 1 + k * p_width, 1 + (k + 1) * p_width);
        END LOOP;
        EXECUTE format('CREATE TABLE public.%I PARTITION OF public.%I DEFAULT', t || '_pdefault', t);
        FOR r IN SELECT i.inhrelid::regclass AS part FROM pg_inherits i WHERE i.inhparent = ('public.' || t)::regclass LOOP
            EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', r.part);
            EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', r.part);
            EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', r.part);
            IF options IS NOT NULL THEN
                EXECUTE format('ALTER TABLE %s SET (%s)', r.part, array_to_string(options, ', '));
            END IF;
        END LOOP;
    END LOOP;

    -- The keys, with the partition key where it belongs.
    ALTER TABLE records ADD CONSTRAINT records_pkey PRIMARY KEY (id, school_id);
    ALTER TABLE record_versions ADD CONSTRAINT record_versions_pkey PRIMARY KEY (id, school_id);
    ALTER TABLE record_versions ADD CONSTRAINT record_versions_record_id_version_key UNIQUE (record_id, version, school_id);
    ALTER TABLE signatures ADD CONSTRAINT signatures_pkey PRIMARY KEY (id, school_id);
    ALTER TABLE signatures ADD CONSTRAINT signatures_record_id_version_role_key UNIQUE (record_id, version, role, school_id);
    ALTER TABLE record_search ADD CONSTRAINT record_search_pkey PRIMARY KEY (record_id, school_id);
    CREATE TABLE public.record_uuids (
        uuid      uuid   CONSTRAINT records_uuid_key PRIMARY KEY,
        record_id bigint NOT NULL UNIQUE
    );
    CREATE TABLE public.record_pupil_years (
        pupil_id    bigint  NOT NULL,
        school_year integer NOT NULL,
        grade       integer NOT NULL,
        record_id   bigint  NOT NULL UNIQUE,
        CONSTRAINT records_pupil_id_school_year_grade_key PRIMARY KEY (pupil_id, school_year, grade)
    );
    -- Nobody but the owner (and its triggers) touches them.
    ALTER TABLE record_uuids ENABLE ROW LEVEL SECURITY;
    ALTER TABLE record_uuids FORCE ROW LEVEL SECURITY;
    ALTER TABLE record_pupil_years ENABLE ROW LEVEL SECURITY;
    ALTER TABLE record_pupil_years FORCE ROW LEVEL SECURITY;
    REVOKE ALL ON record_uuids, record_pupil_years FROM PUBLIC;
    CREATE POLICY owner_all ON record_uuids USING ((SELECT hocbaso_is_owner())) WITH CHECK ((SELECT hocbaso_is_owner()));
    CREATE POLICY owner_all ON record_pupil_years USING ((SELECT hocbaso_is_owner()))
        WITH CHECK ((SELECT hocbaso_is_owner()));
    CREATE TRIGGER record_keys AFTER INSERT OR DELETE ON records FOR EACH ROW
        EXECUTE FUNCTION hocbaso_record_keys_partitioned();
    CREATE TRIGGER record_keys_update AFTER UPDATE OF uuid, pupil_id, school_year, grade ON records FOR EACH ROW
        WHEN (OLD.uuid IS DISTINCT FROM NEW.uuid OR OLD.pupil_id IS DISTINCT FROM NEW.pupil_id
              OR OLD.school_year IS DISTINCT FROM NEW.school_year OR OLD.grade IS DISTINCT FROM NEW.grade)
        EXECUTE FUNCTION hocbaso_record_keys_partitioned();

    FOR k IN 1 .. coalesce(array_length(ddl, 1), 0) LOOP
        EXECUTE ddl[k];
    END LOOP;
    FOR k IN 1 .. coalesce(array_length(fks, 1), 0) LOOP
        EXECUTE fks[k];
    END LOOP;
    INSERT INTO meta (key, value) VALUES ('layout', 'partitioned:school_id:' || p_width || 'x' || p_count)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
END;
$$;

REVOKE ALL ON FUNCTION hocbaso_partition_layout(bigint, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hocbaso_insert_guard_partitioned() FROM PUBLIC;
REVOKE ALL ON FUNCTION hocbaso_record_search_record_partitioned() FROM PUBLIC;
REVOKE ALL ON FUNCTION hocbaso_record_keys_partitioned() FROM PUBLIC;
