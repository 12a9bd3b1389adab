-- hocbaso schema 13 (PostgreSQL): the row-level security of schema 8, with the same rules, at a cost
-- that does not grow with the unit's size.
--
-- Why. Two conditions of schema 8 cost more than the rows they filter:
-- - by_school, `school_id = ANY ((SELECT hocbaso_my_schools())::bigint[])`: PostgreSQL hashes
--   `= ANY (array)` only when the array is a constant; an array from an InitPlan is searched element
--   by element, for every row. An officer of a unit of 300 schools so paid 300 comparisons per row
--   read (a count of 300,000 records took a third of a second).
-- - by_record, `EXISTS (SELECT 1 FROM records r WHERE r.id = record_id)` on record_versions,
--   signatures and revocation_requests: planned as a hashed SubPlan that reads every record the
--   person sees (through the records policy, above) once per statement, however few rows the
--   statement wants: the 6.5 list of a few pending requests read the whole unit's records.
--
-- What instead, with exactly the same rows visible and writable for everyone:
-- - by_school tests `school_id IN (SELECT unnest(hocbaso_my_schools()))`, which PostgreSQL plans as
--   a hashed SubPlan: the person's schools are hashed once per statement, each row costs one probe.
--   A NULL school or an unknown person behaves as before (no match).
-- - record_versions, signatures and revocation_requests carry their record's school_id, set by a
--   trigger from the record (as the owner, whatever the client sent) and kept equal to it, so that
--   "the person sees the record" is by_school on the row itself. Nobody but the owner may update the
--   column (no group has the privilege), an insert gets the record's school whatever it names, and a
--   record moved to another school (only the owner can) takes its rows along. The policy's WITH
--   CHECK sees the row after the BEFORE triggers, so it checks the record's real school.
-- The column is PostgreSQL's only: replicas copy the columns of their own (SQLite) tables, which do
-- not have it, and the change log names rows, not columns.

-- --- The record's school on the rows hanging off a record --------------------------------------

CREATE FUNCTION hocbaso_school_of_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- A missing record leaves NULL, which no policy admits (and the foreign key refuses).
    NEW.school_id := (SELECT r.school_id FROM records r WHERE r.id = NEW.record_id);
    RETURN NEW;
END;
$$;

CREATE FUNCTION hocbaso_record_school_follows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- school_of_record takes the value from the record again (a change of school_id fires it).
    UPDATE record_versions SET school_id = NEW.school_id WHERE record_id = NEW.id;
    UPDATE signatures SET school_id = NEW.school_id WHERE record_id = NEW.id;
    UPDATE revocation_requests SET school_id = NEW.school_id WHERE record_id = NEW.id;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['record_versions', 'signatures', 'revocation_requests'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN school_id bigint', t);
        -- Filling the column is no change a replica or a rule needs to hear of: the row_version,
        -- change-log and rule triggers stay out of it (the owner runs this).
        EXECUTE format('ALTER TABLE %I DISABLE TRIGGER USER', t);
        EXECUTE format('UPDATE %I c SET school_id = r.school_id FROM records r WHERE r.id = c.record_id', t);
        EXECUTE format('ALTER TABLE %I ENABLE TRIGGER USER', t);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN school_id SET NOT NULL', t);
        EXECUTE format('CREATE TRIGGER school_of_record BEFORE INSERT ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION hocbaso_school_of_record()', t);
        EXECUTE format('CREATE TRIGGER school_of_record_update BEFORE UPDATE ON %I FOR EACH ROW '
                       'WHEN (NEW.record_id IS DISTINCT FROM OLD.record_id OR NEW.school_id IS DISTINCT FROM OLD.school_id) '
                       'EXECUTE FUNCTION hocbaso_school_of_record()', t);
    END LOOP;
END;
$$;

CREATE TRIGGER record_school_follows AFTER UPDATE OF school_id ON records FOR EACH ROW
    WHEN (OLD.school_id IS DISTINCT FROM NEW.school_id) EXECUTE FUNCTION hocbaso_record_school_follows();

-- --- The policies -------------------------------------------------------------------------------

-- ALTER POLICY keeps each policy's command and roles (schemas 8 and 12); only the conditions change.
DO $$
DECLARE
    t text;
    by_school constant text := '(SELECT hocbaso_sees_all()) OR school_id IN (SELECT unnest(hocbaso_my_schools()))';
BEGIN
    FOREACH t IN ARRAY ARRAY['classes', 'pupils', 'records', 'certificates', 'record_counts', 'record_versions',
                             'signatures', 'revocation_requests', 'record_search', 'record_search_counts'] LOOP
        EXECUTE format('ALTER POLICY unit_read ON %I USING (%s)', t, by_school);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['certificates', 'record_versions', 'revocation_requests', 'signatures'] LOOP
        EXECUTE format('ALTER POLICY unit_insert ON %I WITH CHECK (%s)', t, by_school);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['certificates', 'records', 'record_versions', 'revocation_requests'] LOOP
        EXECUTE format('ALTER POLICY unit_update ON %I USING (%s) WITH CHECK (%s)', t, by_school, by_school);
    END LOOP;
    EXECUTE format('ALTER POLICY unit_delete ON signatures USING (%s)', by_school);
END;
$$;

ANALYZE record_versions;
ANALYZE signatures;
ANALYZE revocation_requests;
