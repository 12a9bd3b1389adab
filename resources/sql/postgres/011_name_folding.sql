-- hocbaso schema 11 (PostgreSQL): the database folds pupils' names itself (DOMAIN.md, "Folding for
-- search"), so that rows written by other clients or by hand land in the trigram index of schema 2
-- and match the rule of schema 3 exactly like the program's own rows (core/VietnameseText fold()).
--
-- hocbaso_fold must be IMMUTABLE to back an index or a stored column, so it uses only built-ins
-- that are immutable whatever the database's locale:
-- - normalize(..., NFD) (needs the UTF8 server encoding the central store has);
-- - marks are dropped by code point: the combining blocks U+0300-U+036F (every Vietnamese mark),
--   U+1AB0-U+1AFF, U+1DC0-U+1DFF, U+20D0-U+20FF and U+FE20-U+FE2F. The program drops every Unicode
--   mark; letters of scripts with their own marks (Thai, Devanagari...) may fold differently;
-- - đ, Đ, Ð (U+00D0, typed for Đ on some keyboards) and ð do not decompose: all map to d;
-- - lower(... COLLATE "C") lowers A-Z only, whatever the database's collation; the other capitals
--   left after NFD (Æ Ø Ł Œ ẞ, Greek, Cyrillic...) are lowered by an explicit translate() list, the
--   Unicode simple lowercase of the non-decomposing capitals of Latin-1, Latin Extended-A/B and
--   Additional, Greek and Cyrillic. Vietnamese names are plain a-z once marks are gone;
-- - whitespace is the program's (QChar::isSpace): ASCII spaces and controls, U+0085, U+00A0,
--   U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000; runs become one space, and the
--   ends are trimmed.
-- tests/pg/test_name_folding.cpp checks that both foldings agree on generated names and variants.
CREATE FUNCTION hocbaso_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    -- The long translate() is slow (a multibyte search per character): only a name with letters
    -- beyond ASCII left goes through it.
    SELECT btrim(regexp_replace(
        CASE WHEN octet_length(l) = length(l) THEN l ELSE translate(l,
            'ÆØÞĦĲĿŁŊŒŦƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƢƤƦƧƩƬƮƱƲƳƵƷƸƼǄǅǇǈǊǋǤǱǲǶǷȜȠȢȤȺȻȽȾɁɃɄɅɆɈɊɌɎͰͲͶͿΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩϏϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹϺϽϾϿЂЄЅІЈЉЊЋЏАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯѠѢѤѦѨѪѬѮѰѲѴѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӃӅӇӉӋӍӔӘӠӨӶӺӼӾԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԨԪԬԮẞỺỼỾ',
            'æøþħĳŀłŋœŧɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵƣƥʀƨʃƭʈʊʋƴƶʒƹƽǆǆǉǉǌǌǥǳǳƕƿȝƞȣȥⱥȼƚⱦɂƀʉʌɇɉɋɍɏͱͳͷϳαβγδεζηθικλμνξοπρστυφχψωϗϙϛϝϟϡϣϥϧϩϫϭϯθϸϲϻͻͼͽђєѕіјљњћџабвгдежзиклмнопрстуфхцчшщъыьэюяѡѣѥѧѩѫѭѯѱѳѵѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏӄӆӈӊӌӎӕәӡөӷӻӽӿԁԃԅԇԉԋԍԏԑԓԕԗԙԛԝԟԡԣԥԧԩԫԭԯßỻỽỿ') END,
        '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ', 'g'), ' ')
    FROM (SELECT lower(translate(
              regexp_replace(normalize(name, NFD),
                             '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
              'đĐÐð', 'dddd') COLLATE "C") AS l) AS lowered;
$$;

-- name_folded stays a column (the program reads it and the trigram index is on it), but whatever
-- a client writes there, the database keeps it the fold of full_name.
CREATE FUNCTION hocbaso_pupils_fold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.name_folded := hocbaso_fold(NEW.full_name);
    RETURN NEW;
END;
$$;
CREATE TRIGGER pupils_fold BEFORE INSERT OR UPDATE OF full_name, name_folded ON pupils
    FOR EACH ROW EXECUTE FUNCTION hocbaso_pupils_fold();

-- Rows written before this step by someone who did not fold (run by the owner, who sees them all).
UPDATE pupils SET name_folded = hocbaso_fold(full_name) WHERE name_folded IS DISTINCT FROM hocbaso_fold(full_name);
