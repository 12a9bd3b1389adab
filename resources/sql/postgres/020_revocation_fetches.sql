-- hocbaso schema 20 (PostgreSQL): the last attempt at each revocation source (issue #18). When no
-- current CRL or OCSP answer is at hand, 6.1 says which distribution points and responders failed,
-- why and when, beside the age of the answer it still holds. One row per URL, replaced at each
-- attempt. A row only explains a warning: no verdict reads it, so a false row can neither revoke nor
-- clear a certificate (those come from CRLs and OCSP answers, verified whenever they are read).
-- Not in the change log: each store asks the CAs itself.
CREATE TABLE revocation_fetches (
    url      text PRIMARY KEY,
    kind     text NOT NULL CHECK (kind IN ('crl', 'ocsp')),
    tried_at timestamptz NOT NULL,
    ok       boolean NOT NULL,
    error    text NOT NULL DEFAULT '',
    tried_by text NOT NULL
);

-- The URLs are the CAs' public addresses: everyone signed in may read them; officers and
-- administrators, who ask the CAs, write them in their own name.
DO $$
DECLARE
    deciders constant text := hocbaso_groups_sql(ARRAY['admin', 'officer']);
BEGIN
    EXECUTE format('GRANT SELECT ON revocation_fetches TO %s', hocbaso_groups_sql());
    EXECUTE format('GRANT INSERT ON revocation_fetches TO %s', deciders);
    -- Column privileges only: a table-level UPDATE would let them LOCK the table (schema 14).
    EXECUTE format('GRANT UPDATE (kind, tried_at, ok, error, tried_by) ON revocation_fetches TO %s', deciders);
    ALTER TABLE revocation_fetches ENABLE ROW LEVEL SECURITY;
    ALTER TABLE revocation_fetches FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON revocation_fetches USING ((SELECT hocbaso_is_owner()))
        WITH CHECK ((SELECT hocbaso_is_owner()));
    EXECUTE format('CREATE POLICY all_read ON revocation_fetches FOR SELECT TO %s USING (true)',
                   hocbaso_groups_sql());
    EXECUTE format('CREATE POLICY own_insert ON revocation_fetches FOR INSERT TO %s '
                   'WITH CHECK (tried_by = (SELECT hocbaso_my_username()))', deciders);
    EXECUTE format('CREATE POLICY own_update ON revocation_fetches FOR UPDATE TO %s USING (true) '
                   'WITH CHECK (tried_by = (SELECT hocbaso_my_username()))', deciders);
END;
$$;
