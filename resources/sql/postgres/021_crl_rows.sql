-- hocbaso schema 21 (PostgreSQL): a CRL row says who added it and what it holds (issue #18). Since
-- schema 17 officers add CRLs too (what `cert refresh` fetches), and the CRLs are the whole store's:
-- a row one officer files is read by every unit. Readers verify a CRL's bytes before they use it,
-- but the store itself keys a CRL by its digest (sha256, unique), and the program treats a CRL whose
-- digest is already there as "already held". So a person could file garbage under the digest of a
-- CA's next CRL (public, on the CA's site, before anybody loads it) and keep the real one out of the
-- store for everyone: the revocation it announces would never reach 6.1. And the row named whoever
-- the person chose as the one who added it.
--
-- For everyone but the owner: the digest is the SHA-256 of the row's bytes, the row is added in
-- one's own name, and its times are the server's (when it was added; when it was fetched, for a
-- fetched one). SQLite has no people to keep apart (021 there is empty).
CREATE FUNCTION hocbaso_crls_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    IF hocbaso_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM hocbaso_me_or_refuse();
    IF NEW.added_by IS DISTINCT FROM me.username THEN
        PERFORM hocbaso_refuse('a CRL is added in one''s own name');
    END IF;
    IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.der), 'hex') THEN
        PERFORM hocbaso_refuse('a CRL''s sha256 is the SHA-256 of its bytes');
    END IF;
    NEW.added_at := now();
    IF NEW.fetched_at IS NOT NULL THEN
        NEW.fetched_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER crls_rules BEFORE INSERT ON crls FOR EACH ROW EXECUTE FUNCTION hocbaso_crls_rules();
