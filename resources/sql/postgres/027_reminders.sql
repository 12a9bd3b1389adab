-- hocbaso schema 27 (PostgreSQL): following up lagging schools from 6.4, "Đôn đốc" (issue #23, item 9).
--
-- A school gets a contact person and a phone: whom the unit calls about a reminder. They are the
-- school's data, written by administrators as the rest of it (schema 16's column grants, policies
-- and triggers apply unchanged).
--
-- A reminder is logged per school and school year each time the unit issues its letter: when, by
-- whom, and the letter's number ("Số: 12/PGDĐT"). The log only grows: nobody updates or deletes a
-- row (the owner aside), so what was sent stays on record.
--
-- Who may do what (row-level security, ENABLE + FORCE, as every table of a unit's data):
-- - read: everyone who sees the school (officers and viewers of the school's unit or a unit above
--   it, a school's user their own school, store-wide administrators everything);
-- - insert: officers and administrators who decide for the school (hocbaso_decides_for: the
--   school's unit or a unit above it), in their own name. A viewer or a school writes none.
-- Self-contained (its own search_path pinning, no reliance on a neighbouring migration) so that its
-- number can change when branches merge.

ALTER TABLE schools ADD COLUMN contact_person text;
ALTER TABLE schools ADD COLUMN contact_phone text;

CREATE TABLE school_reminders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   bigint NOT NULL REFERENCES schools(id),
    school_year integer NOT NULL,
    sent_at     timestamptz NOT NULL,
    sent_by     text NOT NULL,
    reference   text NOT NULL DEFAULT ''
);
-- The dialog shows each school's last reminder of the year.
CREATE INDEX school_reminders_school ON school_reminders (school_id, school_year, sent_at);

-- As the caller: the rules judge the person who signed in (session_user through hocbaso_me_or_refuse).
CREATE FUNCTION hocbaso_school_reminders_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me record;
    school_unit bigint;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    SELECT s.unit_id INTO school_unit FROM schools s WHERE s.id = NEW.school_id;
    IF NOT coalesce(hocbaso_decides_for(me.role, me.unit_id, school_unit), false) THEN
        PERFORM hocbaso_refuse(format('%s may not log reminders for this school', me.username));
    END IF;
    IF NEW.sent_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('a reminder is logged in one''s own name');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER school_reminders_rules BEFORE INSERT OR UPDATE ON school_reminders
    FOR EACH ROW EXECUTE FUNCTION hocbaso_school_reminders_rules();
-- Ids are the server's (schema 14): no sequence privilege for anyone, and a person's insert takes the
-- id its identity drew, whatever it names.
CREATE TRIGGER insert_guard BEFORE INSERT ON school_reminders FOR EACH ROW EXECUTE FUNCTION hocbaso_insert_guard();

DO $$
DECLARE
    groups constant text := hocbaso_groups_sql();
    deciders_sql constant text := hocbaso_groups_sql(ARRAY['admin', 'officer']);
    mine constant text := 'school_id IN (SELECT unnest(hocbaso_my_schools()))';
    deciders constant text := '(SELECT hocbaso_my_role()) IN (''admin'', ''officer'')';
BEGIN
    ALTER TABLE school_reminders ENABLE ROW LEVEL SECURITY;
    ALTER TABLE school_reminders FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON school_reminders USING ((SELECT hocbaso_is_owner()))
        WITH CHECK ((SELECT hocbaso_is_owner()));
    EXECUTE format('CREATE POLICY unit_read ON school_reminders FOR SELECT TO %s USING '
                   '((SELECT hocbaso_sees_all()) OR %s)', groups, mine);
    EXECUTE format('CREATE POLICY unit_insert ON school_reminders FOR INSERT TO %s WITH CHECK '
                   '((SELECT hocbaso_sees_all()) OR (%s AND %s))', groups, mine, deciders);
    EXECUTE format('GRANT SELECT ON school_reminders TO %s', groups);
    -- No UPDATE or DELETE grant: the log only grows.
    EXECUTE format('GRANT INSERT (school_id, school_year, sent_at, sent_by, reference) ON school_reminders TO %s',
                   deciders_sql);
    -- The contact fields are the school's data: administrators write them (schema 16).
    EXECUTE format('GRANT INSERT (contact_person, contact_phone), UPDATE (contact_person, contact_phone) '
                   'ON schools TO %s', hocbaso_groups_sql(ARRAY['admin']));
END;
$$;

-- Every function of the store pins its search_path (schema 14), the new one too.
DO $$
DECLARE
    store_schema constant text := (SELECT n.nspname FROM pg_catalog.pg_class c
                                   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                   WHERE c.oid = 'meta'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION hocbaso_school_reminders_rules() SET search_path = pg_catalog, %I, pg_temp',
                   store_schema);
END;
$$;
