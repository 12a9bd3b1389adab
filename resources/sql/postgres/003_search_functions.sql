-- hocbaso schema 3 (PostgreSQL): the 6.3 name rule as a function.

-- Every query word must be the prefix of a different word of the folded name. Query words are
-- taken longest first and each takes the first free name word it prefixes: a shorter word can use
-- any word a longer word it prefixes could, so this greedy choice never blocks a match.
CREATE FUNCTION hocbaso_words_match(folded_name text, folded_query text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    names text[] := regexp_split_to_array(trim(folded_name), ' +');
    used boolean[] := array_fill(false, ARRAY[coalesce(array_length(names, 1), 0)]);
    q text;
    i integer;
    found boolean;
BEGIN
    FOR q IN SELECT w FROM regexp_split_to_table(trim(folded_query), ' +') AS w WHERE w <> ''
             ORDER BY length(w) DESC LOOP
        found := false;
        FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
            IF NOT used[i] AND left(names[i], length(q)) = q THEN
                used[i] := true;
                found := true;
                EXIT;
            END IF;
        END LOOP;
        IF NOT found THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END;
$$;
