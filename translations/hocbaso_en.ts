<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>hocbaso::LookupCode</name>
    <message>
        <source>&quot;%1&quot; is not a lookup code: a lookup code looks like 3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.</source>
        <translation>&quot;%1&quot; is not a lookup code: a lookup code looks like 3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it as 2025-2026.</source>
        <translation>&quot;%1&quot; is not a school year; write it as 2025-2026.</translation>
    </message>
</context>
<context>
    <name>hocbaso::NameGenerator</name>
    <message>
        <source>Line %1 of the built-in name list comments.txt has the level &quot;%2&quot;; use T, H, C or P.</source>
        <translation>Line %1 of the built-in name list comments.txt has the level &quot;%2&quot;; use T, H, C or P.</translation>
    </message>
    <message>
        <source>The built-in name list comments.txt needs comments of every level (T, H, C, P).</source>
        <translation>The built-in name list comments.txt needs comments of every level (T, H, C, P).</translation>
    </message>
    <message>
        <source>The built-in name list %1 is missing: %2</source>
        <translation>The built-in name list %1 is missing: %2</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has %3 fields instead of %4.</source>
        <translation>Line %1 of the built-in name list %2 has %3 fields instead of %4.</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has an empty field, stray spaces or text not in NFC.</source>
        <translation>Line %1 of the built-in name list %2 has an empty field, stray spaces or text not in NFC.</translation>
    </message>
    <message>
        <source>The built-in name list %1 is empty.</source>
        <translation>The built-in name list %1 is empty.</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has the weight &quot;%3&quot;; a weight is a number above 0.</source>
        <translation>Line %1 of the built-in name list %2 has the weight &quot;%3&quot;; a weight is a number above 0.</translation>
    </message>
</context>
<context>
    <name>hocbaso::PersonalId</name>
    <message>
        <source>The personal identification number is empty.</source>
        <translation>The personal identification number is empty.</translation>
    </message>
    <message>
        <source>The personal identification number &quot;%1&quot; must contain digits only.</source>
        <translation>The personal identification number &quot;%1&quot; must contain digits only.</translation>
    </message>
    <message>
        <source>The personal identification number must have 12 digits; &quot;%1&quot; has %2.</source>
        <translation>The personal identification number must have 12 digits; &quot;%1&quot; has %2.</translation>
    </message>
    <message>
        <source>The personal identification number &quot;%1&quot; starts with %2, which is not a province code.</source>
        <translation>The personal identification number &quot;%1&quot; starts with %2, which is not a province code.</translation>
    </message>
    <message>
        <source>The 4th digit of personal identification number %1 is %2, but a %3 born in %4 must have %5.</source>
        <translation>The 4th digit of personal identification number %1 is %2, but a %3 born in %4 must have %5.</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <source>Digits 5-6 of personal identification number %1 give birth year %2, but the pupil was born in %3.</source>
        <translation>Digits 5-6 of personal identification number %1 give birth year %2, but the pupil was born in %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::Status</name>
    <message>
        <source>Not sent (draft)</source>
        <translation>Not sent (draft)</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Confirmed complete</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>School user</source>
        <translation>School user</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Department of Education and Training</source>
        <translation>Department of Education and Training</translation>
    </message>
    <message>
        <source>District Office of Education and Training</source>
        <translation>District Office of Education and Training</translation>
    </message>
    <message>
        <source>Commune education office</source>
        <translation>Commune education office</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>School seal</source>
        <translation>School seal</translation>
    </message>
    <message>
        <source>Vice-principal</source>
        <translation>Vice-principal</translation>
    </message>
    <message>
        <source>A record cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A record cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate has already been decided (%1).</source>
        <translation>The certificate has already been decided (%1).</translation>
    </message>
    <message>
        <source>A certificate cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A certificate cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The revocation request has already been decided (%1).</source>
        <translation>The revocation request has already been decided (%1).</translation>
    </message>
    <message>
        <source>A revocation request cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A revocation request cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Signatures valid</source>
        <translation>Signatures valid</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Signatures could not be verified</source>
        <translation>Signatures could not be verified</translation>
    </message>
</context>
<context>
    <name>hocbaso::Tt27Content</name>
    <message>
        <source>The record content is not valid: %1 is not a known field.</source>
        <translation>The record content is not valid: %1 is not a known field.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is missing.</source>
        <translation>The record content is not valid: %1 is missing.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be text.</source>
        <translation>The record content is not valid: %1 must be text.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is empty.</source>
        <translation>The record content is not valid: %1 is empty.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be a whole number from %2 to %3.</source>
        <translation>The record content is not valid: %1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be a list.</source>
        <translation>The record content is not valid: %1 must be a list.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be an object.</source>
        <translation>The record content is not valid: %1 must be an object.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is &quot;%2&quot;; use Tốt, Đạt or Cần cố gắng.</source>
        <translation>The record content is not valid: %1 is &quot;%2&quot;; use Tốt, Đạt or Cần cố gắng.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is &quot;%2&quot;; use T, H or C.</source>
        <translation>The record content is not valid: %1 is &quot;%2&quot;; use T, H or C.</translation>
    </message>
    <message>
        <source>The record content is not valid: schoolYear is &quot;%1&quot;; write it as 2025-2026.</source>
        <translation>The record content is not valid: schoolYear is &quot;%1&quot;; write it as 2025-2026.</translation>
    </message>
    <message>
        <source>The record content is not valid: yearEndResult is &quot;%1&quot;; use Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành or Chưa hoàn thành.</source>
        <translation>The record content is not valid: yearEndResult is &quot;%1&quot;; use Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành or Chưa hoàn thành.</translation>
    </message>
    <message>
        <source>The record content is not valid: promoted must be true or false.</source>
        <translation>The record content is not valid: promoted must be true or false.</translation>
    </message>
</context>
<context>
    <name>hocbaso::cli</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>seal (unit certificate)</source>
        <translation>seal (unit certificate)</translation>
    </message>
    <message>
        <source>signing account of %1, %2</source>
        <translation>signing account of %1, %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Certificate #%1: %2</source>
        <translation>Certificate #%1: %2</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Certificate file (not registered)</source>
        <translation>Certificate file (not registered)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Serial:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>CA family:</source>
        <translation>CA family:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Decided:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Revoked:</translation>
    </message>
    <message>
        <source>by %1 on %2: %3</source>
        <translation>by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>warnings: %1</translation>
    </message>
    <message>
        <source>all checks pass</source>
        <translation>all checks pass</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number.</source>
        <translation>&quot;%1&quot; is not a certificate number.</translation>
    </message>
    <message>
        <source>Name at least one certificate number.</source>
        <translation>Name at least one certificate number.</translation>
    </message>
    <message>
        <source>Certificate #%1 approved.</source>
        <translation>Certificate #%1 approved.</translation>
    </message>
    <message>
        <source>Certificate #%1 rejected.</source>
        <translation>Certificate #%1 rejected.</translation>
    </message>
    <message>
        <source>Certificate #%1 revoked.</source>
        <translation>Certificate #%1 revoked.</translation>
    </message>
    <message>
        <source>Add --yes to approve a certificate whose checks failed.</source>
        <translation>Add --yes to approve a certificate whose checks failed.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert import --school CODE [--kind unit|signer] [--holder NAME] [--position principal|vice_principal] FILE</source>
        <translation>Usage: hocbaso-cli cert import --school CODE [--kind unit|signer] [--holder NAME] [--position principal|vice_principal] FILE</translation>
    </message>
    <message>
        <source>cert import needs --school CODE.</source>
        <translation>cert import needs --school CODE.</translation>
    </message>
    <message>
        <source>--kind must be unit or signer.</source>
        <translation>--kind must be unit or signer.</translation>
    </message>
    <message>
        <source>--position must be principal or vice_principal.</source>
        <translation>--position must be principal or vice_principal.</translation>
    </message>
    <message>
        <source>Certificate #%1 is registered for %2 and waits for the managing unit&apos;s decision.</source>
        <translation>Certificate #%1 is registered for %2 and waits for the managing unit&apos;s decision.</translation>
    </message>
    <message>
        <source>It replaces certificate #%1, which was still pending.</source>
        <translation>It replaces certificate #%1, which was still pending.</translation>
    </message>
    <message>
        <source>--status must be pending, approved, rejected or revoked.</source>
        <translation>--status must be pending, approved, rejected or revoked.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n certificate.</numerusform>
            <numerusform>%n certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>seal</source>
        <translation>seal</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert show ID</source>
        <translation>Usage: hocbaso-cli cert show ID</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert inspect FILE</source>
        <translation>Usage: hocbaso-cli cert inspect FILE</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message numerus="yes">
        <source>dated %1, next update %2, %n revoked certificate(s)</source>
        <translation>
            <numerusform>dated %1, next update %2, %n revoked certificate</numerusform>
            <numerusform>dated %1, next update %2, %n revoked certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>--family must be vgca, public or test.</source>
        <translation>--family must be vgca, public or test.</translation>
    </message>
    <message>
        <source>Added to the trust store:</source>
        <translation>Added to the trust store:</translation>
    </message>
    <message>
        <source>Already trusted: %1</source>
        <translation>Already trusted: %1</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli trust add FILE [--family vgca|public|test] | trust list</source>
        <translation>Usage: hocbaso-cli trust add FILE [--family vgca|public|test] | trust list</translation>
    </message>
    <message>
        <source>CRL added:</source>
        <translation>CRL added:</translation>
    </message>
    <message>
        <source>No CRL is loaded.</source>
        <translation>No CRL is loaded.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli crl add FILE | crl list</source>
        <translation>Usage: hocbaso-cli crl add FILE | crl list</translation>
    </message>
    <message>
        <source>--lang must be vi or en.</source>
        <translation>--lang must be vi or en.</translation>
    </message>
    <message>
        <source>See: hocbaso-cli --help</source>
        <translation>See: hocbaso-cli --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; grades are 1 to 5.</source>
        <translation>&quot;%1&quot; is not a grade; grades are 1 to 5.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE] | lock clear --school CODE [--grade N...] [--year Y] | lock show [--school CODE] [--year Y]</source>
        <translation>Usage: hocbaso-cli lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE] | lock clear --school CODE [--grade N...] [--year Y] | lock show [--school CODE] [--year Y]</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>lock clear needs --school CODE.</source>
        <translation>lock clear needs --school CODE.</translation>
    </message>
    <message>
        <source>The schools follow the unit-wide setting again.</source>
        <translation>The schools follow the unit-wide setting again.</translation>
    </message>
    <message>
        <source>Lock dates, school year %1</source>
        <translation>Lock dates, school year %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grade %1</translation>
    </message>
    <message>
        <source>receive: %1</source>
        <translation>receive: %1</translation>
    </message>
    <message>
        <source>revoke: %1</source>
        <translation>revoke: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVALID: %1</translation>
    </message>
    <message>
        <source>(certificate approved when signing)</source>
        <translation>(certificate approved when signing)</translation>
    </message>
    <message>
        <source>(certificate NOT approved when signing)</source>
        <translation>(certificate NOT approved when signing)</translation>
    </message>
    <message>
        <source>--status must be draft, confirmed, sent or revoked.</source>
        <translation>--status must be draft, confirmed, sent or revoked.</translation>
    </message>
    <message>
        <source>Record %1 version %2: every signature is valid.</source>
        <translation>Record %1 version %2: every signature is valid.</translation>
    </message>
    <message>
        <source>Record %1 version %2: NOT valid.</source>
        <translation>Record %1 version %2: NOT valid.</translation>
    </message>
    <message>
        <source>The record has no signatures (it was not confirmed).</source>
        <translation>The record has no signatures (it was not confirmed).</translation>
    </message>
    <message>
        <source>the record has no signatures</source>
        <translation>the record has no signatures</translation>
    </message>
    <message>
        <source>the %1 signature (%2) is invalid: %3</source>
        <translation>the %1 signature (%2) is invalid: %3</translation>
    </message>
    <message>
        <source>Record %1 is not valid: %2.</source>
        <translation>Record %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>Lookup code: %1</source>
        <translation>Lookup code: %1</translation>
    </message>
    <message>
        <source>Pupil: %1, born %2, personal ID %3</source>
        <translation>Pupil: %1, born %2, personal ID %3</translation>
    </message>
    <message>
        <source>School: %1 (%2), class %3, grade %4, school year %5</source>
        <translation>School: %1 (%2), class %3, grade %4, school year %5</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Status: %1, version %2</translation>
    </message>
    <message>
        <source>Year-end result: %1</source>
        <translation>Year-end result: %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>&quot;%1&quot; is not an id.</translation>
    </message>
    <message>
        <source>Give at least one id.</source>
        <translation>Give at least one id.</translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n request(s).</source>
        <translation>
            <numerusform>Decided: %n request.</numerusform>
            <numerusform>Decided: %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>record confirm needs --keys FILE (the simulation key file).</source>
        <translation>record confirm needs --keys FILE (the simulation key file).</translation>
    </message>
    <message>
        <source>Record %1 is now &quot;%2&quot; (version %3).</source>
        <translation>Record %1 is now &quot;%2&quot; (version %3).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli revocation request UUID --reason TEXT</source>
        <translation>Usage: hocbaso-cli revocation request UUID --reason TEXT</translation>
    </message>
    <message>
        <source>A revocation request needs --reason TEXT.</source>
        <translation>A revocation request needs --reason TEXT.</translation>
    </message>
    <message>
        <source>Revocation request #%1 was sent to the managing unit.</source>
        <translation>Revocation request #%1 was sent to the managing unit.</translation>
    </message>
    <message>
        <source>--status must be pending, approved or rejected.</source>
        <translation>--status must be pending, approved or rejected.</translation>
    </message>
    <message>
        <source>Rejecting needs --reason TEXT (a note for the school).</source>
        <translation>Rejecting needs --reason TEXT (a note for the school).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli revocation request UUID --reason TEXT | revocation list [--school CODE] [--grade N] [--status S] | revocation approve ID... | revocation reject ID... --reason TEXT</source>
        <translation>Usage: hocbaso-cli revocation request UUID --reason TEXT | revocation list [--school CODE] [--grade N] [--status S] | revocation approve ID... | revocation reject ID... --reason TEXT</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>% sent</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The store is ready (schema version %1): %2</source>
        <translation>The store is ready (schema version %1): %2</translation>
    </message>
    <message>
        <source>demo needs --password P (the password of every demo user).</source>
        <translation>demo needs --password P (the password of every demo user).</translation>
    </message>
    <message>
        <source>Demo data created: %1 units, %2 schools, %3 pupils, %4 records, %5 certificates, %6 revocation requests.</source>
        <translation>Demo data created: %1 units, %2 schools, %3 pupils, %4 records, %5 certificates, %6 revocation requests.</translation>
    </message>
    <message>
        <source>Users (all with the password you gave):</source>
        <translation>Users (all with the password you gave):</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Managing units: %1</source>
        <translation>Managing units: %1</translation>
    </message>
    <message>
        <source>Schools: %1</source>
        <translation>Schools: %1</translation>
    </message>
    <message>
        <source>Pupils: %1</source>
        <translation>Pupils: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Certificates: %1</translation>
    </message>
    <message>
        <source>Revocation requests: %1</source>
        <translation>Revocation requests: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Users: %1</translation>
    </message>
    <message>
        <source>Audit events: %1</source>
        <translation>Audit events: %1</translation>
    </message>
    <message>
        <source>The audit log was altered: %1.</source>
        <translation>The audit log was altered: %1.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf needs the name of the file to write.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>This command needs --user NAME (the password comes from HOCBASO_PASSWORD or a prompt).</source>
        <translation>This command needs --user NAME (the password comes from HOCBASO_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>No password: set HOCBASO_PASSWORD or run from a terminal.</source>
        <translation>No password: set HOCBASO_PASSWORD or run from a terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; got &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3; got &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD (for example 2026-05-31).</source>
        <translation>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD (for example 2026-05-31).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT] (the new password from HOCBASO_NEW_PASSWORD or a prompt) | user list | user disable NAME | user enable NAME | user unlock NAME</source>
        <translation>Usage: hocbaso-cli user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT] (the new password from HOCBASO_NEW_PASSWORD or a prompt) | user list | user disable NAME | user enable NAME | user unlock NAME</translation>
    </message>
    <message>
        <source>No password for the new user: set HOCBASO_NEW_PASSWORD or run from a terminal.</source>
        <translation>No password for the new user: set HOCBASO_NEW_PASSWORD or run from a terminal.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The new password is never given on the command line: set HOCBASO_NEW_PASSWORD or answer the prompt.</source>
        <translation>The new password is never given on the command line: set HOCBASO_NEW_PASSWORD or answer the prompt.</translation>
    </message>
    <message>
        <source>--role must be admin, officer, viewer or school; got &quot;%1&quot;.</source>
        <translation>--role must be admin, officer, viewer or school; got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--school is only for users of role school.</source>
        <translation>--school is only for users of role school.</translation>
    </message>
    <message>
        <source>User %1 was added (%2, %3).</source>
        <translation>User %1 was added (%2, %3).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>User %1 is disabled and can no longer sign in.</source>
        <translation>User %1 is disabled and can no longer sign in.</translation>
    </message>
    <message>
        <source>User %1 can sign in again.</source>
        <translation>User %1 can sign in again.</translation>
    </message>
    <message>
        <source>User %1 is unlocked.</source>
        <translation>User %1 is unlocked.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n event.</numerusform>
            <numerusform>The audit log is intact: %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the offline copy&apos;s file with --db PATH.</source>
        <translation>Name the offline copy&apos;s file with --db PATH.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli --user NAME replica create --from CONNINFO --db PATH [--batch N]</source>
        <translation>Usage: hocbaso-cli --user NAME replica create --from CONNINFO --db PATH [--batch N]</translation>
    </message>
    <message>
        <source>The offline copy is ready in %1: %2 records of %3 schools. Sign in to it with the same username and password, and sync it when you are back online.</source>
        <translation>The offline copy is ready in %1: %2 records of %3 schools. Sign in to it with the same username and password, and sync it when you are back online.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy (make one with replica create).</source>
        <translation>%1 is not an offline copy (make one with replica create).</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 row(s) received.</source>
        <translation>Synced: %1 change(s) sent, %2 row(s) received.</translation>
    </message>
    <message>
        <source>The server was restored or upgraded, so the unit was downloaded again.</source>
        <translation>The server was restored or upgraded, so the unit was downloaded again.</translation>
    </message>
    <message>
        <source>--by takes unit or school, not %1.</source>
        <translation>--by takes unit or school, not %1.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1 is its administrator (of the whole store) and can now sign in.</source>
        <translation>%1 is its administrator (of the whole store) and can now sign in.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli school list [--unit CODE] | school add|update|move|close CODE ...</source>
        <translation>Usage: hocbaso-cli school list [--unit CODE] | school add|update|move|close CODE ...</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli unit add CODE --name TEXT --level so|phong|xa [--parent CODE] | unit list | unit rename CODE --name TEXT | unit move CODE --parent CODE | unit close CODE</source>
        <translation>Usage: hocbaso-cli unit add CODE --name TEXT --level so|phong|xa [--parent CODE] | unit list | unit rename CODE --name TEXT | unit move CODE --parent CODE | unit close CODE</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>There is no managing unit with the code %1.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>There is no school with the code %1.</translation>
    </message>
    <message>
        <source>--ownership must be public or private; got &quot;%1&quot;.</source>
        <translation>--ownership must be public or private; got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>School %1 (%2) was added to %3.</source>
        <translation>School %1 (%2) was added to %3.</translation>
    </message>
    <message>
        <source>School %1 was updated.</source>
        <translation>School %1 was updated.</translation>
    </message>
    <message>
        <source>--level must be so, phong or xa; got &quot;%1&quot;.</source>
        <translation>--level must be so, phong or xa; got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Managing unit %1 (%2) was added.</source>
        <translation>Managing unit %1 (%2) was added.</translation>
    </message>
    <message>
        <source>Managing unit %1 was renamed.</source>
        <translation>Managing unit %1 was renamed.</translation>
    </message>
    <message>
        <source>Managing unit %1 now stands under %2.</source>
        <translation>Managing unit %1 now stands under %2.</translation>
    </message>
    <message>
        <source>Managing unit %1 is closed.</source>
        <translation>Managing unit %1 is closed.</translation>
    </message>
    <message>
        <source>School %1 now belongs to %2.</source>
        <translation>School %1 now belongs to %2.</translation>
    </message>
    <message>
        <source>School %1 is closed.</source>
        <translation>School %1 is closed.</translation>
    </message>
    <message>
        <source>This store already has users: an administrator adds more with &quot;user add&quot;.</source>
        <translation>This store already has users: an administrator adds more with &quot;user add&quot;.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli school list [--unit CODE] | school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T] | school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T] | school move CODE --unit CODE | school close CODE | school import FILE [--dry-run]</source>
        <translation>Usage: hocbaso-cli school list [--unit CODE] | school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T] | school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T] | school move CODE --unit CODE | school close CODE | school import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged; %4 error(s).</source>
        <translation>Would add %1, update %2, leave %3 unchanged; %4 error(s).</translation>
    </message>
    <message>
        <source>Added %1, updated %2, left %3 unchanged.</source>
        <translation>Added %1, updated %2, left %3 unchanged.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked with their certificate authorities</source>
        <translation>
            <numerusform>%n certificate checked with their certificate authorities</numerusform>
            <numerusform>%n certificates checked with their certificate authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new CRL(s), </source>
        <translation>
            <numerusform>%n new CRL, </numerusform>
            <numerusform>%n new CRLs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OCSP answer(s), </source>
        <translation>
            <numerusform>%n OCSP answer, </numerusform>
            <numerusform>%n OCSP answers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable address(es).</source>
        <translation>
            <numerusform>%n unreachable address(es).</numerusform>
            <numerusform>%n unreachable address(es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate #%1 is revoked by its certificate authority.</source>
        <translation>Certificate #%1 is revoked by its certificate authority.</translation>
    </message>
    <message>
        <source>%1 sent record version(s) checked: %2 valid, %3 invalid, %4 could not be verified.</source>
        <translation>%1 sent record version(s) checked: %2 valid, %3 invalid, %4 could not be verified.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have an invalid signature.</source>
        <translation>
            <numerusform>%n record have an invalid signature.</numerusform>
            <numerusform>%n records have an invalid signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli record verify --all [--school CODE] [--year Y] [--unverified]</source>
        <translation>Usage: hocbaso-cli record verify --all [--school CODE] [--year Y] [--unverified]</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli record show UUID [--pdf FILE] | record verify UUID | record verify --all [--school CODE] [--year Y] | record confirm UUID | record send UUID</source>
        <translation>Usage: hocbaso-cli record show UUID [--pdf FILE] | record verify UUID | record verify --all [--school CODE] [--year Y] | record confirm UUID | record send UUID</translation>
    </message>
    <message>
        <source>on %1, according to %2 (learnt %3)</source>
        <translation>on %1, according to %2 (learnt %3)</translation>
    </message>
    <message>
        <source>Revoked by CA:</source>
        <translation>Revoked by CA:</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]</source>
        <translation>Usage: hocbaso-cli cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert inspect FILE | import --school CODE ... FILE | list [--status S] [--school CODE] [--ca-revoked] | show ID | refresh [ID...] | approve ID... | reject ID... --reason TEXT | revoke ID... --reason TEXT</source>
        <translation>Usage: hocbaso-cli cert inspect FILE | import --school CODE ... FILE | list [--status S] [--school CODE] [--ca-revoked] | show ID | refresh [ID...] | approve ID... | reject ID... --reason TEXT | revoke ID... --reason TEXT</translation>
    </message>
    <message>
        <source>hocbaso-cli: digital school records (học bạ số) for education offices, from the command line.

Global options: --db PATH | --pg CONNINFO, --user NAME (password from HOCBASO_PASSWORD), --today YYYY-MM-DD, --json, --yes, --lang vi|en, --version

Commands:
  init                      create or upgrade the store
  init --admin NAME [--display-name TEXT]   and add its first administrator, of the whole store
                            (the new password from HOCBASO_NEW_PASSWORD or a prompt)
  demo [--seed N] [--units N] [--schools N] [--students N] [--years N] --password P
  info                      what the store holds
  school list [--unit CODE] the schools (of a unit and the units below it)
  unit add CODE --name TEXT --level so|phong|xa [--parent CODE]   add a managing unit
  unit list, unit rename CODE --name TEXT, unit move CODE --parent CODE, unit close CODE
  school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T]
  school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T]
  school move CODE --unit CODE, school close CODE   (administrators, within their units)
  user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT]
                            add a user (administrators; the new password from HOCBASO_NEW_PASSWORD
                            or a prompt, never an argument)
  user list, user disable NAME, user enable NAME, user unlock NAME   the users and their state
  audit list [--limit N]    the latest audit events
  audit verify              recompute the audit hash chains
  lookup [--name Q] [--pid ID] [--school CODE] [--uuid U] [--year Y] [--grade N] [--status S]
         [--limit N] [--offset N]   find records (6.3)
  record show UUID          a record with its versions and signatures
  record verify UUID        verify a record&apos;s signatures
  record verify --all [--school CODE] [--year Y] [--unverified]
                            verify every sent record (exit 1 naming each invalid one)
  cert inspect FILE         check a certificate file against the trust store (no --user needed)
  cert import --school CODE [--kind unit|signer] [--holder NAME]
         [--position principal|vice_principal] FILE
                            register a school&apos;s seal or a manager&apos;s signing account (school side)
  cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]
                            registered certificates with their checks (6.1); --ca-revoked: only
                            those their certificate authority revoked
  cert show ID              one certificate with its checks and decisions
  cert refresh [ID...]      ask the certificate authorities now (CRLs, OCSP)
  cert approve ID... [--reason TEXT]   approve pending certificates (--yes if a check failed)
  cert reject ID... --reason TEXT      reject pending certificates
  cert revoke ID... --reason TEXT      revoke approved certificates
  trust add FILE [--family vgca|public|test], trust list   the trusted CA certificates
  crl add FILE, crl list    certificate revocation lists, verified against the trust store
  record confirm UUID [--keys FILE], record send UUID      (school side)
  lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE]
  lock clear --school CODE [--grade N...] [--year Y], lock show [--school CODE] [--year Y]
  revocation request UUID --reason TEXT   (school side)
  revocation list [--school CODE] [--grade N] [--status S]
  revocation approve ID..., revocation reject ID... --reason TEXT
  school import FILE [--dry-run]   add and update schools from a CSV or .xlsx list, all or nothing
  stats [--by unit] [--unit CODE] [--year Y] [--grade N] [--csv FILE] [--xlsx FILE] [--pdf FILE]
  replica create --from CONNINFO --db PATH [--batch N]
                            download your unit from the server into an offline copy (resumable)
  sync --db PATH [--from CONNINFO]   send the offline copy&apos;s changes, bring it up to date

Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>hocbaso-cli: digital school records (học bạ số) for education offices, from the command line.

Global options: --db PATH | --pg CONNINFO, --user NAME (password from HOCBASO_PASSWORD), --today YYYY-MM-DD, --json, --yes, --lang vi|en, --version

Commands:
  init                      create or upgrade the store
  init --admin NAME [--display-name TEXT]   and add its first administrator, of the whole store
                            (the new password from HOCBASO_NEW_PASSWORD or a prompt)
  demo [--seed N] [--units N] [--schools N] [--students N] [--years N] --password P
  info                      what the store holds
  school list [--unit CODE] the schools (of a unit and the units below it)
  unit add CODE --name TEXT --level so|phong|xa [--parent CODE]   add a managing unit
  unit list, unit rename CODE --name TEXT, unit move CODE --parent CODE, unit close CODE
  school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T]
  school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T]
  school move CODE --unit CODE, school close CODE   (administrators, within their units)
  user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT]
                            add a user (administrators; the new password from HOCBASO_NEW_PASSWORD
                            or a prompt, never an argument)
  user list, user disable NAME, user enable NAME, user unlock NAME   the users and their state
  audit list [--limit N]    the latest audit events
  audit verify              recompute the audit hash chains
  lookup [--name Q] [--pid ID] [--school CODE] [--uuid U] [--year Y] [--grade N] [--status S]
         [--limit N] [--offset N]   find records (6.3)
  record show UUID          a record with its versions and signatures
  record verify UUID        verify a record&apos;s signatures
  record verify --all [--school CODE] [--year Y] [--unverified]
                            verify every sent record (exit 1 naming each invalid one)
  cert inspect FILE         check a certificate file against the trust store (no --user needed)
  cert import --school CODE [--kind unit|signer] [--holder NAME]
         [--position principal|vice_principal] FILE
                            register a school&apos;s seal or a manager&apos;s signing account (school side)
  cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]
                            registered certificates with their checks (6.1); --ca-revoked: only
                            those their certificate authority revoked
  cert show ID              one certificate with its checks and decisions
  cert refresh [ID...]      ask the certificate authorities now (CRLs, OCSP)
  cert approve ID... [--reason TEXT]   approve pending certificates (--yes if a check failed)
  cert reject ID... --reason TEXT      reject pending certificates
  cert revoke ID... --reason TEXT      revoke approved certificates
  trust add FILE [--family vgca|public|test], trust list   the trusted CA certificates
  crl add FILE, crl list    certificate revocation lists, verified against the trust store
  record confirm UUID [--keys FILE], record send UUID      (school side)
  lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE]
  lock clear --school CODE [--grade N...] [--year Y], lock show [--school CODE] [--year Y]
  revocation request UUID --reason TEXT   (school side)
  revocation list [--school CODE] [--grade N] [--status S]
  revocation approve ID..., revocation reject ID... --reason TEXT
  school import FILE [--dry-run]   add and update schools from a CSV or .xlsx list, all or nothing
  stats [--by unit] [--unit CODE] [--year Y] [--grade N] [--csv FILE] [--xlsx FILE] [--pdf FILE]
  replica create --from CONNINFO --db PATH [--batch N]
                            download your unit from the server into an offline copy (resumable)
  sync --db PATH [--from CONNINFO]   send the offline copy&apos;s changes, bring it up to date

Exit codes: 0 done, 1 refused or failed, 2 usage error.
</translation>
    </message>
    <message>
        <source>
Read replica: --pg-read CONNINFO reads lookups, record details, lists and statistics from a read-only server (a streaming replica of the --pg server); every change still goes to --pg.
</source>
        <translation>
Read replica: --pg-read CONNINFO reads lookups, record details, lists and statistics from a read-only server (a streaming replica of the --pg server); every change still goes to --pg.
</translation>
    </message>
    <message>
        <source>--pg-read names a read replica of the --pg server: give --pg too.</source>
        <translation>--pg-read names a read replica of the --pg server: give --pg too.</translation>
    </message>
    <message>
        <source>
To-do: todo [--below PERCENT] counts what waits in your units (pending certificates, approved ones expiring soon, pending revocation requests, schools below the share sent, lock dates in the next 14 days); cert list --expiring lists the certificates expiring within 30 days.
</source>
        <translation>
To-do: todo [--below PERCENT] counts what waits in your units (pending certificates, approved ones expiring soon, pending revocation requests, schools below the share sent, lock dates in the next 14 days); cert list --expiring lists the certificates expiring within 30 days.
</translation>
    </message>
    <message>
        <source>Only administrators and officers back up or restore a store.</source>
        <translation>Only administrators and officers back up or restore a store.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli backup --to FILE | --daily</source>
        <translation>Usage: hocbaso-cli backup --to FILE | --daily</translation>
    </message>
    <message>
        <source>Today&apos;s copy is there already in %1.</source>
        <translation>Today&apos;s copy is there already in %1.</translation>
    </message>
    <message>
        <source>Copied the store into %1 (%2 bytes, schema version %3).</source>
        <translation>Copied the store into %1 (%2 bytes, schema version %3).</translation>
    </message>
    <message>
        <source>Its audit log is intact.</source>
        <translation>Its audit log is intact.</translation>
    </message>
    <message>
        <source>Its audit log does NOT verify.</source>
        <translation>Its audit log does NOT verify.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli restore --from FILE</source>
        <translation>Usage: hocbaso-cli restore --from FILE</translation>
    </message>
    <message>
        <source>%1 Put it in the place of the store %2?</source>
        <translation>%1 Put it in the place of the store %2?</translation>
    </message>
    <message>
        <source>Not restored: confirm with --yes (nothing was changed).</source>
        <translation>Not restored: confirm with --yes (nothing was changed).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli todo [--below PERCENT]</source>
        <translation>Usage: hocbaso-cli todo [--below PERCENT]</translation>
    </message>
    <message>
        <source>Certificates waiting for approval: %1</source>
        <translation>Certificates waiting for approval: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved certificates expiring within %n day(s): %1</source>
        <translation>
            <numerusform>Approved certificates expiring within %n day: %1</numerusform>
            <numerusform>Approved certificates expiring within %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation requests waiting for a decision: %1</source>
        <translation>Revocation requests waiting for a decision: %1</translation>
    </message>
    <message>
        <source>Schools below %1% of records sent (%2): %3</source>
        <translation>Schools below %1% of records sent (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Lock dates within the next %n day(s): %1</source>
        <translation>
            <numerusform>Lock dates within the next %n day: %1</numerusform>
            <numerusform>Lock dates within the next %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>receive lock</source>
        <translation>receive lock</translation>
    </message>
    <message>
        <source>revoke lock</source>
        <translation>revoke lock</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli audit list [--limit N] [--action A] [--user U] [--since DATE] [--until DATE] [--entity E] [--csv FILE] | audit verify</source>
        <translation>Usage: hocbaso-cli audit list [--limit N] [--action A] [--user U] [--since DATE] [--until DATE] [--entity E] [--csv FILE] | audit verify</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written to %1.</source>
        <translation>
            <numerusform>%n audit event written to %1.</numerusform>
            <numerusform>%n audit events written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>
Backups of a SQLite store:
  backup --to FILE          a consistent copy of the store, taken while others work
  backup --daily            today&apos;s copy in the backups folder beside the store (keeps 7)
  restore --from FILE       check a copy and put it in the place of the store (--yes)
  compact [--no-vacuum]     pack the record content of a store made before version 28, in
                            place; it can be stopped and goes on where it stopped
</source>
        <translation>
Backups of a SQLite store:
  backup --to FILE          a consistent copy of the store, taken while others work
  backup --daily            today&apos;s copy in the backups folder beside the store (keeps 7)
  restore --from FILE       check a copy and put it in the place of the store (--yes)
  compact [--no-vacuum]     pack the record content of a store made before version 28, in
                            place; it can be stopped and goes on where it stopped
</translation>
    </message>
    <message>
        <source>compact is for a SQLite store; PostgreSQL compresses large values itself.</source>
        <translation>compact is for a SQLite store; PostgreSQL compresses large values itself.</translation>
    </message>
    <message>
        <source>Record content is not packed yet: hocbaso-cli compact makes the store smaller.</source>
        <translation>Record content is not packed yet: hocbaso-cli compact makes the store smaller.</translation>
    </message>
    <message>
        <source>Packing the store: %1%</source>
        <translation>Packing the store: %1%</translation>
    </message>
    <message>
        <source>Packed the content of %1 record version(s) and %2 signature(s); the store went from %3 to %4 bytes.</source>
        <translation>Packed the content of %1 record version(s) and %2 signature(s); the store went from %3 to %4 bytes.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Certificate</name>
    <message>
        <source>This file contains a private key as well as certificates; a private key must never be shared. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>This file contains a private key as well as certificates; a private key must never be shared. Export the certificate alone (.cer or .crt) and try again.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate; never share it. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>This is a private key, not a certificate; never share it. Export the certificate alone (.cer or .crt) and try again.</translation>
    </message>
    <message>
        <source>This is a PKCS#12 (.pfx or .p12) file, which contains a private key; never share it. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>This is a PKCS#12 (.pfx or .p12) file, which contains a private key; never share it. Export the certificate alone (.cer or .crt) and try again.</translation>
    </message>
    <message>
        <source>This is a certificate revocation list (CRL), not a certificate; add it as a CRL instead.</source>
        <translation>This is a certificate revocation list (CRL), not a certificate; add it as a CRL instead.</translation>
    </message>
    <message>
        <source>This is a certificate request (CSR), not a certificate; the certificate authority issues the certificate from it.</source>
        <translation>This is a certificate request (CSR), not a certificate; the certificate authority issues the certificate from it.</translation>
    </message>
    <message>
        <source>The file is not a certificate: it is neither PEM text nor a DER certificate or PKCS#7 bundle.</source>
        <translation>The file is not a certificate: it is neither PEM text nor a DER certificate or PKCS#7 bundle.</translation>
    </message>
    <message>
        <source>The certificate data is cut short: it announces %1 bytes but only %2 are there. The file may have been copied incompletely.</source>
        <translation>The certificate data is cut short: it announces %1 bytes but only %2 are there. The file may have been copied incompletely.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle holds no certificate.</source>
        <translation>The PKCS#7 bundle holds no certificate.</translation>
    </message>
    <message>
        <source>After certificate %1 the file holds data that is not a certificate.</source>
        <translation>After certificate %1 the file holds data that is not a certificate.</translation>
    </message>
    <message>
        <source>PEM block %1 of the file is damaged or cut short.</source>
        <translation>PEM block %1 of the file is damaged or cut short.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged and cannot be read.</source>
        <translation>Certificate %1 in the file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle in the file is damaged and cannot be read.</source>
        <translation>The PKCS#7 bundle in the file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file looks like PEM text but holds no complete PEM block, so no certificate.</source>
        <translation>The file looks like PEM text but holds no complete PEM block, so no certificate.</translation>
    </message>
    <message>
        <source>The PEM file holds no certificate (it holds: %1).</source>
        <translation>The PEM file holds no certificate (it holds: %1).</translation>
    </message>
    <message>
        <source>The certificate data is empty.</source>
        <translation>The certificate data is empty.</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded certificate.</source>
        <translation>The data is not a DER-encoded certificate.</translation>
    </message>
    <message>
        <source>The certificate data is followed by other bytes.</source>
        <translation>The certificate data is followed by other bytes.</translation>
    </message>
    <message>
        <source>The data is %1 bytes long, more than the %2 bytes a certificate file may have; choose the certificate file itself (.cer, .crt, .pem or .p7b).</source>
        <translation>The data is %1 bytes long, more than the %2 bytes a certificate file may have; choose the certificate file itself (.cer, .crt, .pem or .p7b).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>digital signature</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>non-repudiation</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>key encipherment</translation>
    </message>
    <message>
        <source>data encipherment</source>
        <translation>data encipherment</translation>
    </message>
    <message>
        <source>key agreement</source>
        <translation>key agreement</translation>
    </message>
    <message>
        <source>signing certificates</source>
        <translation>signing certificates</translation>
    </message>
    <message>
        <source>signing revocation lists</source>
        <translation>signing revocation lists</translation>
    </message>
    <message>
        <source>encipher only</source>
        <translation>encipher only</translation>
    </message>
    <message>
        <source>decipher only</source>
        <translation>decipher only</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CertificateBuilder</name>
    <message>
        <source>No issuer key was given to sign the certificate.</source>
        <translation>No issuer key was given to sign the certificate.</translation>
    </message>
    <message>
        <source>The issuer key does not belong to the issuer certificate.</source>
        <translation>The issuer key does not belong to the issuer certificate.</translation>
    </message>
    <message>
        <source>The certificate has no public key.</source>
        <translation>The certificate has no public key.</translation>
    </message>
    <message>
        <source>The certificate has no subject.</source>
        <translation>The certificate has no subject.</translation>
    </message>
    <message>
        <source>The certificate needs a validity period that ends after it starts.</source>
        <translation>The certificate needs a validity period that ends after it starts.</translation>
    </message>
    <message>
        <source>The subject field %1=%2 is not valid.</source>
        <translation>The subject field %1=%2 is not valid.</translation>
    </message>
    <message>
        <source>The extended key usage %1 is not known.</source>
        <translation>The extended key usage %1 is not known.</translation>
    </message>
    <message>
        <source>The certificate policy %1 is not a valid OID.</source>
        <translation>The certificate policy %1 is not a valid OID.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CertificateChecks</name>
    <message>
        <source>The trust store is empty, so the certificate cannot be traced to a trusted root; add the root certificates first.</source>
        <translation>The trust store is empty, so the certificate cannot be traced to a trusted root; add the root certificates first.</translation>
    </message>
    <message>
        <source>The certificate chains to &quot;%1&quot; of the family &quot;%2&quot;, but this school requires the family %3.</source>
        <translation>The certificate chains to &quot;%1&quot; of the family &quot;%2&quot;, but this school requires the family %3.</translation>
    </message>
    <message>
        <source>The certificate chains to the trusted root &quot;%1&quot; (family &quot;%2&quot;).</source>
        <translation>The certificate chains to the trusted root &quot;%1&quot; (family &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it becomes valid on %1.</source>
        <translation>The certificate is not valid yet: it becomes valid on %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>The certificate is valid from %1 to %2.</translation>
    </message>
    <message>
        <source>The certificate has already expired (see the validity check).</source>
        <translation>The certificate has already expired (see the validity check).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s); ask the school to renew it.</source>
        <translation>
            <numerusform>The certificate expires on %1, in %n day; ask the school to renew it.</numerusform>
            <numerusform>The certificate expires on %1, in %n days; ask the school to renew it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate does not expire within %n day(s).</source>
        <translation>
            <numerusform>The certificate does not expire within %n day.</numerusform>
            <numerusform>The certificate does not expire within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key (%1) is too weak; RSA of at least 2048 bits or EC of at least 256 bits is required.</source>
        <translation>The key (%1) is too weak; RSA of at least 2048 bits or EC of at least 256 bits is required.</translation>
    </message>
    <message>
        <source>The key (%1) is strong enough.</source>
        <translation>The key (%1) is strong enough.</translation>
    </message>
    <message>
        <source>There is no school to compare the subject &quot;%1&quot; with.</source>
        <translation>There is no school to compare the subject &quot;%1&quot; with.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; names the school &quot;%2&quot;.</source>
        <translation>The subject &quot;%1&quot; names the school &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; does not name the school &quot;%2&quot;.</source>
        <translation>The subject &quot;%1&quot; does not name the school &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1%2, according to the CRL of &quot;%3&quot;.</source>
        <translation>The certificate was revoked on %1%2, according to the CRL of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No CRL of the issuer &quot;%1&quot; is loaded, so revocation could not be checked.</source>
        <translation>No CRL of the issuer &quot;%1&quot; is loaded, so revocation could not be checked.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; load a newer one.</source>
        <translation>The certificate is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; load a newer one.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2.</source>
        <translation>The certificate is not on the CRL of &quot;%1&quot; dated %2.</translation>
    </message>
    <message>
        <source>The same certificate is already registered by another school: %1.</source>
        <translation>The same certificate is already registered by another school: %1.</translation>
    </message>
    <message>
        <source>No other school has registered this certificate.</source>
        <translation>No other school has registered this certificate.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>There is no certificate to check.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; of the chain is revoked, and with it every certificate it issued: %2</source>
        <translation>The CA certificate &quot;%1&quot; of the chain is revoked, and with it every certificate it issued: %2</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1%2, according to the OCSP responder &quot;%3&quot;.</source>
        <translation>The certificate was revoked on %1%2, according to the OCSP responder &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Whether the CA certificate &quot;%1&quot; of the chain is revoked is not known: %2</source>
        <translation>Whether the CA certificate &quot;%1&quot; of the chain is revoked is not known: %2</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; says the certificate is not revoked (answer of %2), and no CA of its chain is revoked.</source>
        <translation>The OCSP responder &quot;%1&quot; says the certificate is not revoked (answer of %2), and no CA of its chain is revoked.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2, and no CA of its chain is revoked.</source>
        <translation>The certificate is not on the CRL of &quot;%1&quot; dated %2, and no CA of its chain is revoked.</translation>
    </message>
    <message>
        <source>The certificate states no key usage; a signing certificate must allow digital signature and non-repudiation.</source>
        <translation>The certificate states no key usage; a signing certificate must allow digital signature and non-repudiation.</translation>
    </message>
    <message>
        <source>The key usage does not allow %1 (it allows: %2); a signing certificate must allow digital signature and non-repudiation.</source>
        <translation>The key usage does not allow %1 (it allows: %2); a signing certificate must allow digital signature and non-repudiation.</translation>
    </message>
    <message>
        <source>The key usage allows digital signature and non-repudiation.</source>
        <translation>The key usage allows digital signature and non-repudiation.</translation>
    </message>
    <message>
        <source>The certificate chains to the test root &quot;%1&quot; (family &quot;%2&quot;): a root for rehearsals and tests, not a real certification authority.</source>
        <translation>The certificate chains to the test root &quot;%1&quot; (family &quot;%2&quot;): a root for rehearsals and tests, not a real certification authority.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Chain</name>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in the chain expired on %2.</source>
        <translation>The CA certificate &quot;%1&quot; in the chain expired on %2.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>The certificate is not valid before %1.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in the chain is not valid before %2.</source>
        <translation>The CA certificate &quot;%1&quot; in the chain is not valid before %2.</translation>
    </message>
    <message>
        <source>The certificate is self-signed and is not in the trust store.</source>
        <translation>The certificate is self-signed and is not in the trust store.</translation>
    </message>
    <message>
        <source>The certificate chains to the root &quot;%1&quot;, which is not in the trust store.</source>
        <translation>The certificate chains to the root &quot;%1&quot;, which is not in the trust store.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; of &quot;%2&quot; is not in the trust store, so the certificate does not chain to a trusted root.</source>
        <translation>The issuer &quot;%1&quot; of &quot;%2&quot; is not in the trust store, so the certificate does not chain to a trusted root.</translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; does not verify with the key of its issuer &quot;%2&quot;: it was altered or issued by another authority.</source>
        <translation>The signature on &quot;%1&quot; does not verify with the key of its issuer &quot;%2&quot;: it was altered or issued by another authority.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to issue the certificates below it in the chain.</source>
        <translation>&quot;%1&quot; is not allowed to issue the certificates below it in the chain.</translation>
    </message>
    <message>
        <source>The certificate chain could not be verified (%1).</source>
        <translation>The certificate chain could not be verified (%1).</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>There is no certificate to check.</translation>
    </message>
    <message>
        <source>A certificate of the chain requires an explicit certificate policy, and no policy is valid along the whole chain.</source>
        <translation>A certificate of the chain requires an explicit certificate policy, and no policy is valid along the whole chain.</translation>
    </message>
    <message>
        <source>The certificate policies of &quot;%1&quot; are invalid.</source>
        <translation>The certificate policies of &quot;%1&quot; are invalid.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Check</name>
    <message>
        <source>Chain of trust</source>
        <translation>Chain of trust</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Validity period</translation>
    </message>
    <message>
        <source>Not expiring soon</source>
        <translation>Not expiring soon</translation>
    </message>
    <message>
        <source>Key usage (signing)</source>
        <translation>Key usage (signing)</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Key strength</translation>
    </message>
    <message>
        <source>Subject names the school</source>
        <translation>Subject names the school</translation>
    </message>
    <message>
        <source>Not revoked by its CA</source>
        <translation>Not revoked by its CA</translation>
    </message>
    <message>
        <source>Not registered by another school</source>
        <translation>Not registered by another school</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Cms</name>
    <message>
        <source>A signature needs the signer&apos;s certificate and key.</source>
        <translation>A signature needs the signer&apos;s certificate and key.</translation>
    </message>
    <message>
        <source>The key does not belong to the signer&apos;s certificate.</source>
        <translation>The key does not belong to the signer&apos;s certificate.</translation>
    </message>
    <message>
        <source>Ed25519 and Ed448 keys cannot make CMS signatures here; use an RSA or EC key.</source>
        <translation>Ed25519 and Ed448 keys cannot make CMS signatures here; use an RSA or EC key.</translation>
    </message>
    <message>
        <source>The content is too large to sign.</source>
        <translation>The content is too large to sign.</translation>
    </message>
    <message>
        <source>The data is not a CMS signature.</source>
        <translation>The data is not a CMS signature.</translation>
    </message>
    <message>
        <source>The signature carries its own content instead of signing the record.</source>
        <translation>The signature carries its own content instead of signing the record.</translation>
    </message>
    <message>
        <source>The signature has no signer.</source>
        <translation>The signature has no signer.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>The signature does not carry the signer&apos;s certificate.</translation>
    </message>
    <message>
        <source>The content was changed after signing.</source>
        <translation>The content was changed after signing.</translation>
    </message>
    <message>
        <source>The signature does not verify with the signer&apos;s key: it was altered or made with another key.</source>
        <translation>The signature does not verify with the signer&apos;s key: it was altered or made with another key.</translation>
    </message>
    <message>
        <source>The signature is not valid (%1).</source>
        <translation>The signature is not valid (%1).</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Crl</name>
    <message>
        <source>The data is %1 bytes long, more than the %2 bytes a CRL file may have.</source>
        <translation>The data is %1 bytes long, more than the %2 bytes a CRL file may have.</translation>
    </message>
    <message>
        <source>The CRL file is empty.</source>
        <translation>The CRL file is empty.</translation>
    </message>
    <message>
        <source>This is a certificate, not a CRL; add it to the trust store or import it as a certificate instead.</source>
        <translation>This is a certificate, not a CRL; add it to the trust store or import it as a certificate instead.</translation>
    </message>
    <message>
        <source>The PEM file holds no CRL (X509 CRL block).</source>
        <translation>The PEM file holds no CRL (X509 CRL block).</translation>
    </message>
    <message>
        <source>The CRL in the PEM file is damaged or cut short.</source>
        <translation>The CRL in the PEM file is damaged or cut short.</translation>
    </message>
    <message>
        <source>The CRL data is cut short: it announces %1 bytes but only %2 are there.</source>
        <translation>The CRL data is cut short: it announces %1 bytes but only %2 are there.</translation>
    </message>
    <message>
        <source>The file is not a CRL: it is neither PEM text nor a DER certificate revocation list.</source>
        <translation>The file is not a CRL: it is neither PEM text nor a DER certificate revocation list.</translation>
    </message>
    <message>
        <source>The CRL data is followed by other bytes.</source>
        <translation>The CRL data is followed by other bytes.</translation>
    </message>
    <message>
        <source>There is no CRL to verify.</source>
        <translation>There is no CRL to verify.</translation>
    </message>
    <message>
        <source>The signature of the CRL from &quot;%1&quot; does not verify with that authority&apos;s key in the trust store; the file was altered or forged.</source>
        <translation>The signature of the CRL from &quot;%1&quot; does not verify with that authority&apos;s key in the trust store; the file was altered or forged.</translation>
    </message>
    <message>
        <source>The CRL was issued by &quot;%1&quot;, which is not in the trust store; add that authority&apos;s certificate first.</source>
        <translation>The CRL was issued by &quot;%1&quot;, which is not in the trust store; add that authority&apos;s certificate first.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CrlBuilder</name>
    <message>
        <source>A CRL needs its issuer&apos;s certificate and key.</source>
        <translation>A CRL needs its issuer&apos;s certificate and key.</translation>
    </message>
    <message>
        <source>The issuer key does not belong to the issuer certificate.</source>
        <translation>The issuer key does not belong to the issuer certificate.</translation>
    </message>
    <message>
        <source>A CRL needs its date.</source>
        <translation>A CRL needs its date.</translation>
    </message>
    <message>
        <source>The serial number %1 is not hexadecimal.</source>
        <translation>The serial number %1 is not hexadecimal.</translation>
    </message>
    <message>
        <source>The revocation reason &quot;%1&quot; is not one of RFC 5280.</source>
        <translation>The revocation reason &quot;%1&quot; is not one of RFC 5280.</translation>
    </message>
    <message>
        <source>The extension %1 is not a valid OID.</source>
        <translation>The extension %1 is not a valid OID.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::InputFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file %1 is %2 bytes long, more than the %3 bytes allowed; choose the certificate or CRL file itself.</source>
        <translation>The file %1 is %2 bytes long, more than the %3 bytes allowed; choose the certificate or CRL file itself.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>The file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The file %1 is more than the %2 bytes allowed; choose the certificate or CRL file itself.</source>
        <translation>The file %1 is more than the %2 bytes allowed; choose the certificate or CRL file itself.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Ocsp</name>
    <message>
        <source>The OCSP responder says the request was malformed.</source>
        <translation>The OCSP responder says the request was malformed.</translation>
    </message>
    <message>
        <source>The OCSP responder reported an internal error.</source>
        <translation>The OCSP responder reported an internal error.</translation>
    </message>
    <message>
        <source>The OCSP responder is busy and asks to try again later.</source>
        <translation>The OCSP responder is busy and asks to try again later.</translation>
    </message>
    <message>
        <source>The OCSP responder only answers signed requests.</source>
        <translation>The OCSP responder only answers signed requests.</translation>
    </message>
    <message>
        <source>The OCSP responder is not authorized to answer for this certificate.</source>
        <translation>The OCSP responder is not authorized to answer for this certificate.</translation>
    </message>
    <message>
        <source>The OCSP responder answered with the unknown status %1.</source>
        <translation>The OCSP responder answered with the unknown status %1.</translation>
    </message>
    <message>
        <source>An OCSP request needs the certificate and the certificate of its issuer.</source>
        <translation>An OCSP request needs the certificate and the certificate of its issuer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue &quot;%2&quot;, so no OCSP request can be made for that pair.</source>
        <translation>&quot;%1&quot; did not issue &quot;%2&quot;, so no OCSP request can be made for that pair.</translation>
    </message>
    <message>
        <source>An OCSP response can only be checked with the certificate and the certificate of its issuer.</source>
        <translation>An OCSP response can only be checked with the certificate and the certificate of its issuer.</translation>
    </message>
    <message>
        <source>The OCSP response is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>The OCSP response is %1 bytes long, more than the %2 bytes accepted.</translation>
    </message>
    <message>
        <source>The OCSP response is cut short: it announces %1 bytes but only %2 arrived.</source>
        <translation>The OCSP response is cut short: it announces %1 bytes but only %2 arrived.</translation>
    </message>
    <message>
        <source>The answer of the OCSP responder is not an OCSP response.</source>
        <translation>The answer of the OCSP responder is not an OCSP response.</translation>
    </message>
    <message>
        <source>The OCSP response is followed by other bytes.</source>
        <translation>The OCSP response is followed by other bytes.</translation>
    </message>
    <message>
        <source>The OCSP response has no basic response (the only kind RFC 6960 defines).</source>
        <translation>The OCSP response has no basic response (the only kind RFC 6960 defines).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue &quot;%2&quot;, so its OCSP answer cannot be checked.</source>
        <translation>&quot;%1&quot; did not issue &quot;%2&quot;, so its OCSP answer cannot be checked.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a responder whose certificate it does not include.</source>
        <translation>The OCSP response is signed by a responder whose certificate it does not include.</translation>
    </message>
    <message>
        <source>The signature of the OCSP response does not verify with the key of &quot;%1&quot;; the answer was altered or forged.</source>
        <translation>The signature of the OCSP response does not verify with the key of &quot;%1&quot;; the answer was altered or forged.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by &quot;%1&quot;, which is neither the CA &quot;%2&quot; nor a responder that CA appointed.</source>
        <translation>The OCSP response is signed by &quot;%1&quot;, which is neither the CA &quot;%2&quot; nor a responder that CA appointed.</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; was issued by &quot;%2&quot; but not for signing OCSP answers (its certificate lacks the OCSP-signing purpose).</source>
        <translation>The OCSP responder &quot;%1&quot; was issued by &quot;%2&quot; but not for signing OCSP answers (its certificate lacks the OCSP-signing purpose).</translation>
    </message>
    <message>
        <source>The certificate of the OCSP responder &quot;%1&quot; is valid from %2 to %3, not at the time of the check.</source>
        <translation>The certificate of the OCSP responder &quot;%1&quot; is valid from %2 to %3, not at the time of the check.</translation>
    </message>
    <message>
        <source>The CA &quot;%1&quot; that the OCSP answer speaks for is not trusted: %2</source>
        <translation>The CA &quot;%1&quot; that the OCSP answer speaks for is not trusted: %2</translation>
    </message>
    <message>
        <source>The OCSP response does not speak about this certificate (serial %1); it answers for other certificates.</source>
        <translation>The OCSP response does not speak about this certificate (serial %1); it answers for other certificates.</translation>
    </message>
    <message>
        <source>The OCSP response answers another request than ours (its nonce differs); it may be a replayed old answer.</source>
        <translation>The OCSP response answers another request than ours (its nonce differs); it may be a replayed old answer.</translation>
    </message>
    <message>
        <source>The OCSP answer is dated %1, later than now; the clock of this computer or of the responder is wrong.</source>
        <translation>The OCSP answer is dated %1, later than now; the clock of this computer or of the responder is wrong.</translation>
    </message>
    <message>
        <source>The OCSP answer of %1 was valid until %2 and is out of date.</source>
        <translation>The OCSP answer of %1 was valid until %2 and is out of date.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::OcspResponseBuilder</name>
    <message>
        <source>An OCSP response needs the issuer and its signer.</source>
        <translation>An OCSP response needs the issuer and its signer.</translation>
    </message>
    <message>
        <source>An OCSP response needs its date.</source>
        <translation>An OCSP response needs its date.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::PathValidation</name>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: that authority&apos;s certificate does not allow it to sign CRLs (no cRLSign).</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used: that authority&apos;s certificate does not allow it to sign CRLs (no cRLSign).</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: it carries a critical extension this program does not understand.</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used: it carries a critical extension this program does not understand.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: its scope (issuing distribution point) does not cover this certificate.</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used: its scope (issuing distribution point) does not cover this certificate.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: its signature does not verify with that authority&apos;s key, so it was altered or forged.</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used: its signature does not verify with that authority&apos;s key, so it was altered or forged.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: it is dated in the future.</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used: it is dated in the future.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used (%3).</source>
        <translation>The CRL of &quot;%1&quot; dated %2 was not used (%3).</translation>
    </message>
    <message>
        <source>Revoked on %1, according to the OCSP responder &quot;%2&quot;.</source>
        <translation>Revoked on %1, according to the OCSP responder &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2), according to the OCSP responder &quot;%3&quot;.</source>
        <translation>Revoked on %1 (%2), according to the OCSP responder &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Revoked on %1, according to the CRL of &quot;%2&quot; dated %3.</source>
        <translation>Revoked on %1, according to the CRL of &quot;%2&quot; dated %3.</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2), according to the CRL of &quot;%3&quot; dated %4.</source>
        <translation>Revoked on %1 (%2), according to the CRL of &quot;%3&quot; dated %4.</translation>
    </message>
    <message>
        <source>Not revoked, according to the CRL of &quot;%1&quot; dated %2.</source>
        <translation>Not revoked, according to the CRL of &quot;%1&quot; dated %2.</translation>
    </message>
    <message>
        <source>Not revoked, according to the OCSP responder &quot;%1&quot; (answer of %2).</source>
        <translation>Not revoked, according to the OCSP responder &quot;%1&quot; (answer of %2).</translation>
    </message>
    <message>
        <source>It is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; a newer one is needed.</source>
        <translation>It is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; a newer one is needed.</translation>
    </message>
    <message>
        <source>No usable CRL of &quot;%1&quot; is at hand, so its revocation could not be checked.</source>
        <translation>No usable CRL of &quot;%1&quot; is at hand, so its revocation could not be checked.</translation>
    </message>
    <message>
        <source>Its revocation was not checked, because the certification path is not valid.</source>
        <translation>Its revocation was not checked, because the certification path is not valid.</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; does not know this certificate.</source>
        <translation>The OCSP responder &quot;%1&quot; does not know this certificate.</translation>
    </message>
    <message>
        <source>The last OCSP answer from &quot;%1&quot;, of %2, is out of date.</source>
        <translation>The last OCSP answer from &quot;%1&quot;, of %2, is out of date.</translation>
    </message>
    <message>
        <source>A trust anchor: trusted as it is, so its revocation is not checked.</source>
        <translation>A trust anchor: trusted as it is, so its revocation is not checked.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::PrivateKey</name>
    <message>
        <source>The private key is encrypted; only unencrypted test keys can be loaded.</source>
        <translation>The private key is encrypted; only unencrypted test keys can be loaded.</translation>
    </message>
    <message>
        <source>The text is not a PEM private key.</source>
        <translation>The text is not a PEM private key.</translation>
    </message>
</context>
<context>
    <name>hocbaso::net::HttpFetcher</name>
    <message>
        <source>%1 was not fetched: only http and https addresses are fetched.</source>
        <translation>%1 was not fetched: only http and https addresses are fetched.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address; it was not followed.</source>
        <translation>%1 redirects to %2, which is not an http or https address; it was not followed.</translation>
    </message>
    <message>
        <source>%1 announces %L2 bytes, more than the %L3 bytes accepted.</source>
        <translation>%1 announces %L2 bytes, more than the %L3 bytes accepted.</translation>
    </message>
    <message>
        <source>%1 sent more than the %L2 bytes accepted; the rest was not read.</source>
        <translation>%1 sent more than the %L2 bytes accepted; the rest was not read.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>Fetching %1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>Fetching %1 ended without an answer.</source>
        <translation>Fetching %1 ended without an answer.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 could not be reached: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 answered HTTP %2 %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::A4Pdf</name>
    <message>
        <source>PDF export needs the graphical subsystem.</source>
        <translation>PDF export needs the graphical subsystem.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::AuditLog</name>
    <message>
        <source>event %1 has sequence number %2 where %3 was expected (an event is missing)</source>
        <translation>event %1 has sequence number %2 where %3 was expected (an event is missing)</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>event %1 does not link to the event before it</translation>
    </message>
    <message>
        <source>event %1 (%2 of %3 by %4) was changed after it was written</source>
        <translation>event %1 (%2 of %3 by %4) was changed after it was written</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Cannot write the CSV file: %1</translation>
    </message>
    <message>
        <source>Certificate approved</source>
        <translation>Certificate approved</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Certificate rejected</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <source>Certificate registered</source>
        <translation>Certificate registered</translation>
    </message>
    <message>
        <source>Certificate revoked by its CA (recorded)</source>
        <translation>Certificate revoked by its CA (recorded)</translation>
    </message>
    <message>
        <source>CRL added</source>
        <translation>CRL added</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Trusted root certificate added</translation>
    </message>
    <message>
        <source>Lock dates set</source>
        <translation>Lock dates set</translation>
    </message>
    <message>
        <source>Lock dates cleared</source>
        <translation>Lock dates cleared</translation>
    </message>
    <message>
        <source>Record confirmed complete</source>
        <translation>Record confirmed complete</translation>
    </message>
    <message>
        <source>Record sent</source>
        <translation>Record sent</translation>
    </message>
    <message>
        <source>Revocation requested</source>
        <translation>Revocation requested</translation>
    </message>
    <message>
        <source>Revocation request approved</source>
        <translation>Revocation request approved</translation>
    </message>
    <message>
        <source>Revocation request rejected</source>
        <translation>Revocation request rejected</translation>
    </message>
    <message>
        <source>School added</source>
        <translation>School added</translation>
    </message>
    <message>
        <source>School changed</source>
        <translation>School changed</translation>
    </message>
    <message>
        <source>School moved to another unit</source>
        <translation>School moved to another unit</translation>
    </message>
    <message>
        <source>School closed</source>
        <translation>School closed</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Unit added</translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation>Unit renamed</translation>
    </message>
    <message>
        <source>Unit moved</source>
        <translation>Unit moved</translation>
    </message>
    <message>
        <source>Unit closed</source>
        <translation>Unit closed</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled again</source>
        <translation>User enabled again</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>trusted root</source>
        <translation>trusted root</translation>
    </message>
    <message>
        <source>lock dates</source>
        <translation>lock dates</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>revocation request</source>
        <translation>revocation request</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::AuthService</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>The account %1 is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-in attempts until %3.</source>
        <translation>The account %1 is locked after %2 failed sign-in attempts until %3.</translation>
    </message>
    <message>
        <source>Wrong password. After %1 failed attempts the account %2 is locked until %3.</source>
        <translation>Wrong password. After %1 failed attempts the account %2 is locked until %3.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot make decisions.</source>
        <translation>%1 is a viewer and cannot make decisions.</translation>
    </message>
    <message>
        <source>%1 is a school user; decisions belong to the managing unit.</source>
        <translation>%1 is a school user; decisions belong to the managing unit.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Not allowed.</translation>
    </message>
    <message>
        <source>%1 is a school user and cannot use the managing-unit edition.</source>
        <translation>%1 is a school user and cannot use the managing-unit edition.</translation>
    </message>
    <message>
        <source>Only an administrator may do this; %1 is not one.</source>
        <translation>Only an administrator may do this; %1 is not one.</translation>
    </message>
    <message>
        <source>Only a user of that school may do this for it; %1 is not one.</source>
        <translation>Only a user of that school may do this for it; %1 is not one.</translation>
    </message>
    <message>
        <source>%1 may only decide for schools of their own managing unit and the units below it.</source>
        <translation>%1 may only decide for schools of their own managing unit and the units below it.</translation>
    </message>
    <message>
        <source>%1 may only see schools of their own managing unit and the units below it.</source>
        <translation>%1 may only see schools of their own managing unit and the units below it.</translation>
    </message>
    <message>
        <source>Only administrators and officers read the audit log; %1 is not one.</source>
        <translation>Only administrators and officers read the audit log; %1 is not one.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CaRevocations</name>
    <message>
        <source>Only officers and administrators record that a certificate authority revoked a certificate.</source>
        <translation>Only officers and administrators record that a certificate authority revoked a certificate.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CentralDataset</name>
    <message>
        <source>Building the central dataset: %1</source>
        <translation>Building the central dataset: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CertificateReview</name>
    <message>
        <source>The file holds no certificate.</source>
        <translation>The file holds no certificate.</translation>
    </message>
    <message>
        <source>Say which school registers the certificate (its code).</source>
        <translation>Say which school registers the certificate (its code).</translation>
    </message>
    <message>
        <source>A signing account needs the name of its holder.</source>
        <translation>A signing account needs the name of its holder.</translation>
    </message>
    <message>
        <source>A signing account needs the holder&apos;s position: principal or vice-principal.</source>
        <translation>A signing account needs the holder&apos;s position: principal or vice-principal.</translation>
    </message>
    <message>
        <source>A seal certificate has no holder or position; those are for signing accounts.</source>
        <translation>A seal certificate has no holder or position; those are for signing accounts.</translation>
    </message>
    <message>
        <source>There is no school with the code &quot;%1&quot;.</source>
        <translation>There is no school with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the certificate of a certificate authority, not one that a school or its manager signs with.</source>
        <translation>&quot;%1&quot; is the certificate of a certificate authority, not one that a school or its manager signs with.</translation>
    </message>
    <message>
        <source>This certificate is already registered for %1 as #%2.</source>
        <translation>This certificate is already registered for %1 as #%2.</translation>
    </message>
    <message>
        <source>superseded by #%1</source>
        <translation>superseded by #%1</translation>
    </message>
    <message>
        <source>Certificate #%1 was stored but cannot be read back.</source>
        <translation>Certificate #%1 was stored but cannot be read back.</translation>
    </message>
    <message>
        <source>%1 is a user of another school and cannot see this school&apos;s certificates.</source>
        <translation>%1 is a user of another school and cannot see this school&apos;s certificates.</translation>
    </message>
    <message>
        <source>There is no certificate #%1.</source>
        <translation>There is no certificate #%1.</translation>
    </message>
    <message>
        <source>Rejecting a certificate needs a reason, which the school will read.</source>
        <translation>Rejecting a certificate needs a reason, which the school will read.</translation>
    </message>
    <message>
        <source>Revoking a certificate needs a reason, which the school will read.</source>
        <translation>Revoking a certificate needs a reason, which the school will read.</translation>
    </message>
    <message>
        <source>No certificate was named.</source>
        <translation>No certificate was named.</translation>
    </message>
    <message>
        <source>Certificate #%1 was rejected by %2 on %3; only an approved certificate can be revoked.</source>
        <translation>Certificate #%1 was rejected by %2 on %3; only an approved certificate can be revoked.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 (%3) failed these checks:
%4
Approve it anyway?</source>
        <translation>Certificate #%1 of %2 (%3) failed these checks:
%4
Approve it anyway?</translation>
    </message>
    <message>
        <source>Certificate #%1 was not approved: it failed these checks: %2; approving it anyway was not confirmed.</source>
        <translation>Certificate #%1 was not approved: it failed these checks: %2; approving it anyway was not confirmed.</translation>
    </message>
    <message>
        <source>Approved although these checks failed: %1.</source>
        <translation>Approved although these checks failed: %1.</translation>
    </message>
    <message>
        <source>Certificate #%1 is still pending; only an approved certificate can be revoked (reject it instead).</source>
        <translation>Certificate #%1 is still pending; only an approved certificate can be revoked (reject it instead).</translation>
    </message>
    <message>
        <source>Certificate #%1 was already approved by %2 on %3.</source>
        <translation>Certificate #%1 was already approved by %2 on %3.</translation>
    </message>
    <message>
        <source>Certificate #%1 was already rejected on %2: the school registered #%3 in its place.</source>
        <translation>Certificate #%1 was already rejected on %2: the school registered #%3 in its place.</translation>
    </message>
    <message>
        <source>Certificate #%1 was already rejected by %2 on %3 (reason: %4).</source>
        <translation>Certificate #%1 was already rejected by %2 on %3 (reason: %4).</translation>
    </message>
    <message>
        <source>Certificate #%1 was already revoked by %2 on %3 (reason: %4).</source>
        <translation>Certificate #%1 was already revoked by %2 on %3 (reason: %4).</translation>
    </message>
    <message>
        <source>Only a user of %1, or an officer of its managing unit, may register its certificates; %2 may not.</source>
        <translation>Only a user of %1, or an officer of its managing unit, may register its certificates; %2 may not.</translation>
    </message>
    <message>
        <source>a school of another unit</source>
        <translation>a school of another unit</translation>
    </message>
    <message>
        <source>Certificate #%1 cannot be approved: its certificate authority has revoked it. %2 The school must register a new certificate.</source>
        <translation>Certificate #%1 cannot be approved: its certificate authority has revoked it. %2 The school must register a new certificate.</translation>
    </message>
    <message>
        <source>Certificate #%1 cannot be approved: its certificate authority revoked it on %2. The school must register a new certificate.</source>
        <translation>Certificate #%1 cannot be approved: its certificate authority revoked it on %2. The school must register a new certificate.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CsvTable</name>
    <message>
        <source>The file is not UTF-8 text. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, or save it as .xlsx.</source>
        <translation>The file is not UTF-8 text. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, or save it as .xlsx.</translation>
    </message>
    <message>
        <source>The file has more than %L1 cells. Split it into smaller files.</source>
        <translation>The file has more than %L1 cells. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark (&quot;) that is never closed.</source>
        <translation>Line %1: a cell starts with a quotation mark (&quot;) that is never closed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::DemoGenerator</name>
    <message>
        <source>The demo needs at least one unit, one school and one school year.</source>
        <translation>The demo needs at least one unit, one school and one school year.</translation>
    </message>
    <message>
        <source>The demo users need a password (--password).</source>
        <translation>The demo users need a password (--password).</translation>
    </message>
    <message>
        <source>The store already holds data; the demo needs an empty store.</source>
        <translation>The store already holds data; the demo needs an empty store.</translation>
    </message>
    <message>
        <source>Creating the certificate authorities</source>
        <translation>Creating the certificate authorities</translation>
    </message>
    <message>
        <source>Creating pupils and records of %1</source>
        <translation>Creating pupils and records of %1</translation>
    </message>
    <message>
        <source>Setting lock dates</source>
        <translation>Setting lock dates</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>The demo was cancelled.</source>
        <translation>The demo was cancelled.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::LiveUpdates</name>
    <message>
        <source>Live updates need the central server.</source>
        <translation>Live updates need the central server.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::LockService</name>
    <message>
        <source>Grade %1 does not exist: primary schools have grades 1 to 5.</source>
        <translation>Grade %1 does not exist: primary schools have grades 1 to 5.</translation>
    </message>
    <message>
        <source>%1 belongs to no managing unit, so it has no lock settings.</source>
        <translation>%1 belongs to no managing unit, so it has no lock settings.</translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation>The school no longer exists.</translation>
    </message>
    <message>
        <source>There is no school with the code %1 in your unit.</source>
        <translation>There is no school with the code %1 in your unit.</translation>
    </message>
    <message>
        <source>Give a receive-lock date, a revoke-lock date or both.</source>
        <translation>Give a receive-lock date, a revoke-lock date or both.</translation>
    </message>
    <message>
        <source>Choose either all schools or some schools.</source>
        <translation>Choose either all schools or some schools.</translation>
    </message>
    <message>
        <source>The date is not a real date.</source>
        <translation>The date is not a real date.</translation>
    </message>
    <message>
        <source>%1 is outside the school year %2 (%3 to %4).</source>
        <translation>%1 is outside the school year %2 (%3 to %4).</translation>
    </message>
    <message>
        <source>The date %1 is already past: records are locked from the moment you save. Save anyway?</source>
        <translation>The date %1 is already past: records are locked from the moment you save. Save anyway?</translation>
    </message>
    <message>
        <source>Nothing was saved: the date %1 is already past and was not confirmed.</source>
        <translation>Nothing was saved: the date %1 is already past and was not confirmed.</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>all schools</translation>
    </message>
    <message>
        <source>The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); nothing was saved.</source>
        <translation>The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); nothing was saved.</translation>
    </message>
    <message>
        <source>set for the whole unit</source>
        <translation>set for the whole unit</translation>
    </message>
    <message>
        <source>set for this school</source>
        <translation>set for this school</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The change carries no valid time stamp (&quot;%1&quot;).</source>
        <translation>The change carries no valid time stamp (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The school is not in your unit.</source>
        <translation>The school is not in your unit.</translation>
    </message>
    <message>
        <source>set by %1 for all its schools</source>
        <translation>set by %1 for all its schools</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordDetails</name>
    <message>
        <source>the record&apos;s content was changed after it was signed</source>
        <translation>the record&apos;s content was changed after it was signed</translation>
    </message>
    <message>
        <source>the signature was made with a certificate other than the registered one</source>
        <translation>the signature was made with a certificate other than the registered one</translation>
    </message>
    <message>
        <source>No record has the lookup code %1.</source>
        <translation>No record has the lookup code %1.</translation>
    </message>
    <message>
        <source>The record&apos;s content cannot be read: %1</source>
        <translation>The record&apos;s content cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordLookup</name>
    <message>
        <source>The personal identification number &quot;%1&quot; may contain digits only.</source>
        <translation>The personal identification number &quot;%1&quot; may contain digits only.</translation>
    </message>
    <message>
        <source>A personal identification number has 12 digits; &quot;%1&quot; has %2.</source>
        <translation>A personal identification number has 12 digits; &quot;%1&quot; has %2.</translation>
    </message>
    <message>
        <source>Type at least 6 digits of the personal identification number to search by it; &quot;%1&quot; has %2.</source>
        <translation>Type at least 6 digits of the personal identification number to search by it; &quot;%1&quot; has %2.</translation>
    </message>
    <message>
        <source>Grade must be 1 to 5.</source>
        <translation>Grade must be 1 to 5.</translation>
    </message>
    <message>
        <source>The page size must be 1 to 100000.</source>
        <translation>The page size must be 1 to 100000.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordVerification</name>
    <message>
        <source>the certificate of %1 does not chain to the trust store (%2)</source>
        <translation>the certificate of %1 does not chain to the trust store (%2)</translation>
    </message>
    <message>
        <source>the certificate of %1 was not valid when it signed on %2 (%3)</source>
        <translation>the certificate of %1 was not valid when it signed on %2 (%3)</translation>
    </message>
    <message>
        <source>its CA had revoked the certificate of %1 on %2, before it signed on %3</source>
        <translation>its CA had revoked the certificate of %1 on %2, before it signed on %3</translation>
    </message>
    <message>
        <source>the signature says it was made on %1, not on %2 as stored</source>
        <translation>the signature says it was made on %1, not on %2 as stored</translation>
    </message>
    <message>
        <source>it was made with a certificate the school never registered</source>
        <translation>it was made with a certificate the school never registered</translation>
    </message>
    <message>
        <source>certificate #%1 is registered by another school</source>
        <translation>certificate #%1 is registered by another school</translation>
    </message>
    <message>
        <source>certificate #%1 is not registered for this kind of signature</source>
        <translation>certificate #%1 is not registered for this kind of signature</translation>
    </message>
    <message>
        <source>when certificate #%1 was approved is no longer known, so its approval at signing cannot be told</source>
        <translation>when certificate #%1 was approved is no longer known, so its approval at signing cannot be told</translation>
    </message>
    <message>
        <source>certificate #%1 was not approved by the managing unit when it signed on %2</source>
        <translation>certificate #%1 was not approved by the managing unit when it signed on %2</translation>
    </message>
    <message>
        <source>its registered certificate #%1 is not in the store</source>
        <translation>its registered certificate #%1 is not in the store</translation>
    </message>
    <message>
        <source>%1 signature (%2): %3</source>
        <translation>%1 signature (%2): %3</translation>
    </message>
    <message>
        <source>the record has no %1 signature</source>
        <translation>the record has no %1 signature</translation>
    </message>
    <message>
        <source>the record has no signatures</source>
        <translation>the record has no signatures</translation>
    </message>
    <message>
        <source>Only officers and administrators verify received records; %1 may read the results.</source>
        <translation>Only officers and administrators verify received records; %1 may read the results.</translation>
    </message>
    <message>
        <source>No school of yours has the code %1.</source>
        <translation>No school of yours has the code %1.</translation>
    </message>
    <message>
        <source>its CA revoked certificate #%1 on %2, before it signed on %3</source>
        <translation>its CA revoked certificate #%1 on %2, before it signed on %3</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::ReminderLetter</name>
    <message>
        <source>Choose at least one school.</source>
        <translation>Choose at least one school.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationAnswers</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (at %2)</translation>
    </message>
    <message>
        <source>Could not be asked: %1.</source>
        <translation>Could not be asked: %1.</translation>
    </message>
    <message>
        <source>Its certificate authority has not been asked yet (%1); use &quot;Check revocation now&quot;.</source>
        <translation>Its certificate authority has not been asked yet (%1); use &quot;Check revocation now&quot;.</translation>
    </message>
    <message>
        <source>The newest answer at hand is of %1 (%2 old).</source>
        <translation>The newest answer at hand is of %1 (%2 old).</translation>
    </message>
    <message>
        <source>No answer about it is at hand.</source>
        <translation>No answer about it is at hand.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationRefresh</name>
    <message>
        <source>Only officers and administrators ask the certificate authorities.</source>
        <translation>Only officers and administrators ask the certificate authorities.</translation>
    </message>
    <message>
        <source>There is no certificate #%1 among those you review.</source>
        <translation>There is no certificate #%1 among those you review.</translation>
    </message>
    <message>
        <source>Only http and https distribution points are fetched.</source>
        <translation>Only http and https distribution points are fetched.</translation>
    </message>
    <message>
        <source>What it sent is not a CRL: %1</source>
        <translation>What it sent is not a CRL: %1</translation>
    </message>
    <message>
        <source>The issuer of certificate #%1 is not in the trust store, so its OCSP responder cannot be asked.</source>
        <translation>The issuer of certificate #%1 is not in the trust store, so its OCSP responder cannot be asked.</translation>
    </message>
    <message>
        <source>Only http and https OCSP responders are asked.</source>
        <translation>Only http and https OCSP responders are asked.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationReview</name>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>There is no school with the code %1.</translation>
    </message>
    <message>
        <source>Rejecting a revocation request needs a note for the school.</source>
        <translation>Rejecting a revocation request needs a note for the school.</translation>
    </message>
    <message>
        <source>There is no revocation request #%1.</source>
        <translation>There is no revocation request #%1.</translation>
    </message>
    <message>
        <source>The record of request #%1 is no longer sent.</source>
        <translation>The record of request #%1 is no longer sent.</translation>
    </message>
    <message>
        <source>Request #%1 was already approved by %2 on %3.</source>
        <translation>Request #%1 was already approved by %2 on %3.</translation>
    </message>
    <message>
        <source>Request #%1 was already rejected by %2 on %3.</source>
        <translation>Request #%1 was already rejected by %2 on %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolActions</name>
    <message>
        <source>No record has the lookup code %1.</source>
        <translation>No record has the lookup code %1.</translation>
    </message>
    <message>
        <source>The record&apos;s school no longer exists.</source>
        <translation>The record&apos;s school no longer exists.</translation>
    </message>
    <message>
        <source>Confirming needs the school&apos;s signing keys (the simulation key file).</source>
        <translation>Confirming needs the school&apos;s signing keys (the simulation key file).</translation>
    </message>
    <message>
        <source>The record %1 has no content.</source>
        <translation>The record %1 has no content.</translation>
    </message>
    <message>
        <source>The simulation key file has no %1 key for %2.</source>
        <translation>The simulation key file has no %1 key for %2.</translation>
    </message>
    <message>
        <source>The record %1 was changed by someone else meanwhile; nothing was done.</source>
        <translation>The record %1 was changed by someone else meanwhile; nothing was done.</translation>
    </message>
    <message>
        <source>The managing unit stopped receiving records of %1, grade %2, after %3; the record was not sent.</source>
        <translation>The managing unit stopped receiving records of %1, grade %2, after %3; the record was not sent.</translation>
    </message>
    <message>
        <source>The record has no %1 signature, so it cannot be sent.</source>
        <translation>The record has no %1 signature, so it cannot be sent.</translation>
    </message>
    <message>
        <source>The %1 signature was made with a certificate the school never registered; the record cannot be sent.</source>
        <translation>The %1 signature was made with a certificate the school never registered; the record cannot be sent.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The %1 certificate #%2 (%3) is %4, not approved by the managing unit; the record cannot be sent.</source>
        <translation>The %1 certificate #%2 (%3) is %4, not approved by the managing unit; the record cannot be sent.</translation>
    </message>
    <message>
        <source>A revocation request needs a reason.</source>
        <translation>A revocation request needs a reason.</translation>
    </message>
    <message>
        <source>Only a sent record can be revoked; this one is &quot;%1&quot;.</source>
        <translation>Only a sent record can be revoked; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Revocation requests for %1, grade %2, closed after %3; the request was not made.</source>
        <translation>Revocation requests for %1, grade %2, closed after %3; the request was not made.</translation>
    </message>
    <message>
        <source>The record already has a pending revocation request (#%1, made %2).</source>
        <translation>The record already has a pending revocation request (#%1, made %2).</translation>
    </message>
    <message>
        <source>The %1 certificate #%2 (%3) was revoked by its certificate authority on %4; the record cannot be sent. The school must register a new certificate, have it approved by the managing unit and sign the record with it.</source>
        <translation>The %1 certificate #%2 (%3) was revoked by its certificate authority on %4; the record cannot be sent. The school must register a new certificate, have it approved by the managing unit and sign the record with it.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolContacts</name>
    <message>
        <source>There is no school %1.</source>
        <translation>There is no school %1.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + . - ( ) only.</source>
        <translation>A phone number has digits, spaces and + . - ( ) only.</translation>
    </message>
    <message>
        <source>%1 may only change schools of their own unit and the units below it.</source>
        <translation>%1 may only change schools of their own unit and the units below it.</translation>
    </message>
    <message>
        <source>The school %1 is closed.</source>
        <translation>The school %1 is closed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImport</name>
    <message>
        <source>Only administrators import school lists.</source>
        <translation>Only administrators import school lists.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n error; nothing was imported.</numerusform>
            <numerusform>The file has %n errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImportFile</name>
    <message>
        <source>The file is larger than %L1 MB. A list of schools is much smaller; check that this is the right file.</source>
        <translation>The file is larger than %L1 MB. A list of schools is much smaller; check that this is the right file.</translation>
    </message>
    <message>
        <source>The file has no header row and no schools.</source>
        <translation>The file has no header row and no schools.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row; keep one of them.</source>
        <translation>The column “%1” appears twice in the header row; keep one of them.</translation>
    </message>
    <message>
        <source>The header row has no column “%1” (or “%2”). The columns needed are Mã trường, Tên trường, Đơn vị quản lý and Loại hình.</source>
        <translation>The header row has no column “%1” (or “%2”). The columns needed are Mã trường, Tên trường, Đơn vị quản lý and Loại hình.</translation>
    </message>
    <message>
        <source>The school code is empty.</source>
        <translation>The school code is empty.</translation>
    </message>
    <message>
        <source>The school code %1 is already on line %2.</source>
        <translation>The school code %1 is already on line %2.</translation>
    </message>
    <message>
        <source>The school name is empty.</source>
        <translation>The school name is empty.</translation>
    </message>
    <message>
        <source>The managing unit&apos;s code is empty.</source>
        <translation>The managing unit&apos;s code is empty.</translation>
    </message>
    <message>
        <source>The ownership type is empty. Write Công lập or Tư thục.</source>
        <translation>The ownership type is empty. Write Công lập or Tư thục.</translation>
    </message>
    <message>
        <source>“%1” is not an ownership type. Write Công lập, Tư thục or Dân lập (or public, private).</source>
        <translation>“%1” is not an ownership type. Write Công lập, Tư thục or Dân lập (or public, private).</translation>
    </message>
    <message>
        <source>The file has a header row but no schools below it.</source>
        <translation>The file has a header row but no schools below it.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be read. In Excel choose File › Save As › “Excel Workbook (*.xlsx)” or “CSV UTF-8 (Comma delimited)”.</source>
        <translation>This is an Excel 97-2003 workbook (.xls), which cannot be read. In Excel choose File › Save As › “Excel Workbook (*.xlsx)” or “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImportPlan</name>
    <message>
        <source>name “%1” → “%2”</source>
        <translation>name “%1” → “%2”</translation>
    </message>
    <message>
        <source>moves from unit %1 to unit %2</source>
        <translation>moves from unit %1 to unit %2</translation>
    </message>
    <message>
        <source>ownership %1 → %2</source>
        <translation>ownership %1 → %2</translation>
    </message>
    <message>
        <source>tax code “%1” → “%2”</source>
        <translation>tax code “%1” → “%2”</translation>
    </message>
    <message>
        <source>address “%1” → “%2”</source>
        <translation>address “%1” → “%2”</translation>
    </message>
    <message>
        <source>New school in unit %1.</source>
        <translation>New school in unit %1.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>The unit %1 does not exist or is not one of the units you manage.</source>
        <translation>The unit %1 does not exist or is not one of the units you manage.</translation>
    </message>
    <message>
        <source>The unit %1 is closed; schools cannot be added to it or changed in it.</source>
        <translation>The unit %1 is closed; schools cannot be added to it or changed in it.</translation>
    </message>
    <message>
        <source>The school %1 is closed; reopen it before changing it.</source>
        <translation>The school %1 is closed; reopen it before changing it.</translation>
    </message>
    <message>
        <source>The school %1 belongs to unit %2, which is not one of the units you manage.</source>
        <translation>The school %1 belongs to unit %2, which is not one of the units you manage.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::ServiceContext</name>
    <message>
        <source>This cannot be done while working offline: only decisions and lock dates are taken along. Connect to the server to do it.</source>
        <translation>This cannot be done while working offline: only decisions and lock dates are taken along. Connect to the server to do it.</translation>
    </message>
    <message>
        <source>This offline copy&apos;s changes must be recorded for the next sync, and this window did not do so; nothing was changed.</source>
        <translation>This offline copy&apos;s changes must be recorded for the next sync, and this window did not do so; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SignIn</name>
    <message>
        <source>This program is the managing-unit edition. The school edition runs at the schools; choose &quot;Managing unit edition (Education Office)&quot; to sign in here.</source>
        <translation>This program is the managing-unit edition. The school edition runs at the schools; choose &quot;Managing unit edition (Education Office)&quot; to sign in here.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The server %1 refused the username or password of %2.</source>
        <translation>The server %1 refused the username or password of %2.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in of %1: %2</source>
        <translation>The server did not accept the sign-in of %1: %2</translation>
    </message>
    <message>
        <source>The server accepted %1, but this program has no user of that name, so it does not know the role and managing unit. Ask an administrator to add the user.</source>
        <translation>The server accepted %1, but this program has no user of that name, so it does not know the role and managing unit. Ask an administrator to add the user.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>The account %1 is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1; only %1 can sign in to it.</source>
        <translation>This offline copy belongs to %1; only %1 can sign in to it.</translation>
    </message>
    <message>
        <source>%1 has not signed in online since this offline copy was made, so it cannot check the password. Sign in to the server once.</source>
        <translation>%1 has not signed in online since this offline copy was made, so it cannot check the password. Sign in to the server once.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>The download of this offline copy did not finish. Connect to the server and make it again (it continues where it stopped).</source>
        <translation>The download of this offline copy did not finish. Connect to the server and make it again (it continues where it stopped).</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SigningKeys</name>
    <message>
        <source>The simulation key file %1 cannot be read (it is made by `demo` beside the database).</source>
        <translation>The simulation key file %1 cannot be read (it is made by `demo` beside the database).</translation>
    </message>
    <message>
        <source>The simulation key file %1 is damaged.</source>
        <translation>The simulation key file %1 is damaged.</translation>
    </message>
    <message>
        <source>Cannot write the simulation key file %1.</source>
        <translation>Cannot write the simulation key file %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::Statistics</name>
    <message>
        <source>Grade %1 does not exist: primary schools have grades 1 to 5.</source>
        <translation>Grade %1 does not exist: primary schools have grades 1 to 5.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>There is no school with the code %1.</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>There is no unit with the code %1.</translation>
    </message>
    <message>
        <source>Schools managed by %1 itself</source>
        <translation>Schools managed by %1 itself</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StatsExport</name>
    <message>
        <source>Progress of digital school records, school year %1</source>
        <translation>Progress of digital school records, school year %1</translation>
    </message>
    <message>
        <source>, grade %1</source>
        <translation>, grade %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical subsystem.</source>
        <translation>PDF export needs the graphical subsystem.</translation>
    </message>
    <message>
        <source>Schools with the lowest share sent (%1 of %2)</source>
        <translation>Schools with the lowest share sent (%1 of %2)</translation>
    </message>
    <message>
        <source>Records per school</source>
        <translation>Records per school</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmed, not sent</source>
        <translation>Confirmed, not sent</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Confirmed complete</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>% sent</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>, by unit</source>
        <translation>, by unit</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StoreBackup</name>
    <message>
        <source>The central store (PostgreSQL) is backed up on its server, not by this program: use pg_dump, or base backups (pg_basebackup) with the write-ahead log archived; see the README, section Backups.</source>
        <translation>The central store (PostgreSQL) is backed up on its server, not by this program: use pg_dump, or base backups (pg_basebackup) with the write-ahead log archived; see the README, section Backups.</translation>
    </message>
    <message>
        <source>Name the file for the copy.</source>
        <translation>Name the file for the copy.</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>The store %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is the store itself (or one of its files): choose another file for the copy.</source>
        <translation>%1 is the store itself (or one of its files): choose another file for the copy.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file for the copy.</source>
        <translation>%1 is a folder: name a file for the copy.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: the copy needs about %2 MB and %3 MB are free.</source>
        <translation>The disk of %1 is full: the copy needs about %2 MB and %3 MB are free.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was changed.</source>
        <translation>%1 cannot be restored: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>it is damaged or not a database (%1).</translation>
    </message>
    <message>
        <source>it is damaged (the integrity check says: %1).</source>
        <translation>it is damaged (the integrity check says: %1).</translation>
    </message>
    <message>
        <source>it is not a hocbaso store or backup.</source>
        <translation>it is not a hocbaso store or backup.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in it point to rows that are not there.</source>
        <translation>
            <numerusform>%n row in it point to rows that are not there.</numerusform>
            <numerusform>%n rows in it point to rows that are not there.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was made by a newer hocbaso (schema version %1; this program knows up to %2). Update the program first.</source>
        <translation>it was made by a newer hocbaso (schema version %1; this program knows up to %2). Update the program first.</translation>
    </message>
    <message>
        <source>its audit log does not verify (%1).</source>
        <translation>its audit log does not verify (%1).</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the copy.</source>
        <translation>Cannot make a temporary folder to check the copy.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>%1 is the store itself: choose a backup copy to restore.</source>
        <translation>%1 is the store itself: choose a backup copy to restore.</translation>
    </message>
    <message>
        <source>The restore was stopped before it replaced the store.</source>
        <translation>The restore was stopped before it replaced the store.</translation>
    </message>
    <message>
        <source>The store %1 is open in another program or window: close it there and try again.</source>
        <translation>The store %1 is open in another program or window: close it there and try again.</translation>
    </message>
    <message>
        <source>Cannot write the copy into %1: it is not a folder.</source>
        <translation>Cannot write the copy into %1: it is not a folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the copy.</source>
        <translation>Cannot create the folder %1 for the copy.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: it is read-only or not yours.</source>
        <translation>Cannot write into the folder %1: it is read-only or not yours.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>A copy of %1 (schema version %2): %3 school(s), %4 record(s), %5 audit event(s).</source>
        <translation>A copy of %1 (schema version %2): %3 school(s), %4 record(s), %5 audit event(s).</translation>
    </message>
    <message>
        <source>Restored the copy of %1: %2 school(s), %3 record(s), %4 audit event(s), the audit log intact.</source>
        <translation>Restored the copy of %1: %2 school(s), %3 record(s), %4 audit event(s), the audit log intact.</translation>
    </message>
    <message>
        <source>The replaced store is kept as %1.</source>
        <translation>The replaced store is kept as %1.</translation>
    </message>
    <message>
        <source>This is an offline copy: the next sync brings it up to date with the server (what was decided after the copy on this computer and not yet sent is lost).</source>
        <translation>This is an offline copy: the next sync brings it up to date with the server (what was decided after the copy on this computer and not yet sent is lost).</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StoreSetup</name>
    <message>
        <source>The bundled certificate %1 cannot be read.</source>
        <translation>The bundled certificate %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::TrustStoreService</name>
    <message>
        <source>The family must be vgca, public or test; got &quot;%1&quot;.</source>
        <translation>The family must be vgca, public or test; got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation>The file holds no certificate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate; only root and intermediate CA certificates can be trusted. Nothing was added.</source>
        <translation>&quot;%1&quot; is not a CA certificate; only root and intermediate CA certificates can be trusted. Nothing was added.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the trust store.</source>
        <translation>&quot;%1&quot; is already in the trust store.</translation>
    </message>
    <message>
        <source>Every certificate of this file is already in the trust store.</source>
        <translation>Every certificate of this file is already in the trust store.</translation>
    </message>
    <message>
        <source>There is no CRL to add.</source>
        <translation>There is no CRL to add.</translation>
    </message>
    <message>
        <source>This CRL of &quot;%1&quot; dated %2 is already loaded.</source>
        <translation>This CRL of &quot;%1&quot; dated %2 is already loaded.</translation>
    </message>
    <message>
        <source>Only an administrator or an officer may load a CRL; %1 is not one.</source>
        <translation>Only an administrator or an officer may load a CRL; %1 is not one.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::UnitAdmin</name>
    <message>
        <source>The code &quot;%1&quot; is not valid: use 1 to 32 letters without accents, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>The code &quot;%1&quot; is not valid: use 1 to 32 letters without accents, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 may only administer their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 may only administer their own managing unit and the units below it; %2 is not one of them.</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>There is no managing unit with the code %1.</translation>
    </message>
    <message>
        <source>The managing unit %1 is closed.</source>
        <translation>The managing unit %1 is closed.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>There is no school with the code %1.</translation>
    </message>
    <message>
        <source>%1 is a Sở: a Sở stands at the top and has no unit above it.</source>
        <translation>%1 is a Sở: a Sở stands at the top and has no unit above it.</translation>
    </message>
    <message>
        <source>%1 needs a Sở above it: give its code with --parent.</source>
        <translation>%1 needs a Sở above it: give its code with --parent.</translation>
    </message>
    <message>
        <source>%1 cannot stand under %2: a commune or a Phòng stands directly under a Sở.</source>
        <translation>%1 cannot stand under %2: a commune or a Phòng stands directly under a Sở.</translation>
    </message>
    <message>
        <source>%1 works on the schools of their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 works on the schools of their own managing unit and the units below it; %2 is not one of them.</translation>
    </message>
    <message>
        <source>Enter the name of the managing unit.</source>
        <translation>Enter the name of the managing unit.</translation>
    </message>
    <message>
        <source>Only an administrator of the whole store may add a Sở; %1 administers a managing unit.</source>
        <translation>Only an administrator of the whole store may add a Sở; %1 administers a managing unit.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the managing unit &quot;%2&quot;.</source>
        <translation>The code %1 is already used by the managing unit &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>You cannot move your own managing unit; an administrator above it can.</source>
        <translation>You cannot move your own managing unit; an administrator above it can.</translation>
    </message>
    <message>
        <source>%1 cannot be moved under %2: %2 is %1 itself or one of the units below it.</source>
        <translation>%1 cannot be moved under %2: %2 is %1 itself or one of the units below it.</translation>
    </message>
    <message>
        <source>You cannot close your own managing unit; an administrator above it can.</source>
        <translation>You cannot close your own managing unit; an administrator above it can.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open school(s): move or close them first.</source>
        <translation>
            <numerusform>%1 still has %n open school: move or close them first.</numerusform>
            <numerusform>%1 still has %n open schools: move or close them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open unit(s) below it: move or close them first.</source>
        <translation>
            <numerusform>%1 still has %n open unit below it: move or close them first.</numerusform>
            <numerusform>%1 still has %n open units below it: move or close them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the school &quot;%2&quot;.</source>
        <translation>The code %1 is already used by the school &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 may only administer the schools of their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 may only administer the schools of their own managing unit and the units below it; %2 is not one of them.</translation>
    </message>
    <message>
        <source>The school %1 is closed.</source>
        <translation>The school %1 is closed.</translation>
    </message>
    <message>
        <source>The school %1 cannot be closed while work is pending: %2 certificate(s) and %3 revocation request(s) wait for a decision, %4 record(s) are confirmed but not sent or revoked but not confirmed again.</source>
        <translation>The school %1 cannot be closed while work is pending: %2 certificate(s) and %3 revocation request(s) wait for a decision, %4 record(s) are confirmed but not sent or revoked but not confirmed again.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::UserAdmin</name>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 lower-case letters without accents, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>The username &quot;%1&quot; is not valid: use 3 to 32 lower-case letters without accents, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>The password must contain both letters and digits.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Enter the user&apos;s full name.</translation>
    </message>
    <message>
        <source>Choose the managing unit of the user.</source>
        <translation>Choose the managing unit of the user.</translation>
    </message>
    <message>
        <source>A school user needs a school: choose one.</source>
        <translation>A school user needs a school: choose one.</translation>
    </message>
    <message>
        <source>The chosen school does not belong to the chosen managing unit.</source>
        <translation>The chosen school does not belong to the chosen managing unit.</translation>
    </message>
    <message>
        <source>The managing unit no longer exists.</source>
        <translation>The managing unit no longer exists.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>There is no managing unit with the code %1.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>There is no school with the code %1.</translation>
    </message>
    <message>
        <source>Only the program&apos;s first start creates the first administrator.</source>
        <translation>Only the program&apos;s first start creates the first administrator.</translation>
    </message>
    <message>
        <source>This database already has users: an administrator adds more in the user list.</source>
        <translation>This database already has users: an administrator adds more in the user list.</translation>
    </message>
    <message>
        <source>The database server already has an account named %1 (perhaps of another database); choose another username.</source>
        <translation>The database server already has an account named %1 (perhaps of another database); choose another username.</translation>
    </message>
    <message>
        <source>%1 may only add users of their own managing unit and the units below it.</source>
        <translation>%1 may only add users of their own managing unit and the units below it.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::XlsxSheetReader</name>
    <message>
        <source>The file is not a readable .xlsx workbook: it is damaged, cut short or of another kind. Open it in Excel and save it again as .xlsx, or as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>The file is not a readable .xlsx workbook: it is damaged, cut short or of another kind. Open it in Excel and save it again as .xlsx, or as “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be read (%2). Open it in Excel and save it again.</source>
        <translation>The workbook is damaged: its part %1 cannot be read (%2). Open it in Excel and save it again.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %L1 MB and is refused as too large.</source>
        <translation>The workbook unpacks to more than %L1 MB and is refused as too large.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
        <source>The worksheet has more than %L1 cells. Split it into smaller files.</source>
        <translation>The worksheet has more than %L1 cells. Split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::ChangeNotices</name>
    <message>
        <source>Live updates need the central server.</source>
        <translation>Live updates need the central server.</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>listening for changes</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>The data already exists (%1): %2</source>
        <translation>The data already exists (%1): %2</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>The database reported an error while %1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>server %1:%2/%3</source>
        <translation>server %1:%2/%3</translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation>The transaction is already closed.</translation>
    </message>
    <message>
        <source>A step of the change failed, so nothing was saved.</source>
        <translation>A step of the change failed, so nothing was saved.</translation>
    </message>
    <message>
        <source>The SQLite connection has no handle.</source>
        <translation>The SQLite connection has no handle.</translation>
    </message>
    <message>
        <source>The table %1 cannot be copied: its id is not readable.</source>
        <translation>The table %1 cannot be copied: its id is not readable.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no handle.</source>
        <translation>The PostgreSQL connection has no handle.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Install the program with the Qt it was built for (on Windows: a Qt whose SQLite driver uses the same SQLite).</source>
        <translation>Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Install the program with the Qt it was built for (on Windows: a Qt whose SQLite driver uses the same SQLite).</translation>
    </message>
    <message>
        <source>The read-only server refused a change while %1; changes go to the primary server: %2</source>
        <translation>The read-only server refused a change while %1; changes go to the primary server: %2</translation>
    </message>
    <message>
        <source>The content of record version %1 does not pack back to itself; nothing of this batch was changed.</source>
        <translation>The content of record version %1 does not pack back to itself; nothing of this batch was changed.</translation>
    </message>
    <message>
        <source>The signature %1 does not pack back to itself; nothing of this batch was changed.</source>
        <translation>The signature %1 does not pack back to itself; nothing of this batch was changed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::Migrator</name>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Cannot read the migration %1.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>This database was written by a newer version of hocbaso (schema version %1; this program knows up to %2). Install the newer program to open it; nothing was changed.</source>
        <translation>This database was written by a newer version of hocbaso (schema version %1; this program knows up to %2). Install the newer program to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, so the database was left as it was: %3</source>
        <translation>Migration %1 (%2) failed, so the database was left as it was: %3</translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation>recording migration %1</translation>
    </message>
    <message>
        <source>reading the schema owner</source>
        <translation>reading the schema owner</translation>
    </message>
    <message>
        <source>The central store has schema version %1 and this program needs %2. Ask the administrator to upgrade it (hocbaso-cli --pg ... init as the store&apos;s owner); nothing was changed.</source>
        <translation>The central store has schema version %1 and this program needs %2. Ask the administrator to upgrade it (hocbaso-cli --pg ... init as the store&apos;s owner); nothing was changed.</translation>
    </message>
    <message>
        <source>reading the database&apos;s privileges</source>
        <translation>reading the database&apos;s privileges</translation>
    </message>
    <message>
        <source>The database %1 is not ready for a central store: every role may still connect to it or make temporary tables in it, or the role %2 may not create the store there. As the database&apos;s owner or a superuser, run:
%3
then run init again; nothing was changed.</source>
        <translation>The database %1 is not ready for a central store: every role may still connect to it or make temporary tables in it, or the role %2 may not create the store there. As the database&apos;s owner or a superuser, run:
%3
then run init again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::ReadReplica</name>
    <message>
        <source>A read replica serves a central PostgreSQL store only.</source>
        <translation>A read replica serves a central PostgreSQL store only.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::sqlite_backup</name>
    <message>
        <source>The disk is full: there is not enough space for the copy %1.</source>
        <translation>The disk is full: there is not enough space for the copy %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is read-only or not yours.</source>
        <translation>Cannot write %1: the folder is read-only or not yours.</translation>
    </message>
    <message>
        <source>Copying into %1 failed: %2</source>
        <translation>Copying into %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 is not a SQLite database.</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or altered): %2</source>
        <translation>%1 is damaged (truncated or altered): %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>The copy was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Cannot write %1 to the disk.</translation>
    </message>
    <message>
        <source>Cannot put %1 in the place of %2.</source>
        <translation>Cannot put %1 in the place of %2.</translation>
    </message>
    <message>
        <source>Cannot put %1 in the place of %2: %3</source>
        <translation>Cannot put %1 in the place of %2: %3</translation>
    </message>
    <message>
        <source>Cannot keep the current store as %1.</source>
        <translation>Cannot keep the current store as %1.</translation>
    </message>
    <message>
        <source>The copy %1 is larger than that disk takes in one file (a USB stick formatted FAT32 takes at most 4 GB a file). Choose another disk, or format the stick as exFAT or NTFS.</source>
        <translation>The copy %1 is larger than that disk takes in one file (a USB stick formatted FAT32 takes at most 4 GB a file). Choose another disk, or format the stick as exFAT or NTFS.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::sqlite_backup::StoreHold</name>
    <message>
        <source>The store %1 is open in another program or window: close it there and try again.</source>
        <translation>The store %1 is open in another program or window: close it there and try again.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::OperationApplier</name>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>revoke</translation>
    </message>
    <message>
        <source>This program does not know the change &quot;%1&quot;.</source>
        <translation>This program does not know the change &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2</source>
        <translation>Certificate #%1 of %2</translation>
    </message>
    <message>
        <source>The revocation request of %1 (%2)</source>
        <translation>The revocation request of %1 (%2)</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>all schools</translation>
    </message>
    <message>
        <source>The lock dates of %1, grade %2, school year %3 were changed by %4 on %5 after your change; your change was not applied.</source>
        <translation>The lock dates of %1, grade %2, school year %3 were changed by %4 on %5 after your change; your change was not applied.</translation>
    </message>
    <message>
        <source>%1 was already approved by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 was already approved by %2 on %3; your decision (%4) was not applied.</translation>
    </message>
    <message>
        <source>%1 was already rejected by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 was already rejected by %2 on %3; your decision (%4) was not applied.</translation>
    </message>
    <message>
        <source>%1 was already revoked by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 was already revoked by %2 on %3; your decision (%4) was not applied.</translation>
    </message>
    <message>
        <source>%1 was already decided by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 was already decided by %2 on %3; your decision (%4) was not applied.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::ReplicaDownload</name>
    <message>
        <source>%1 has no managing unit to take along: offline copies are made for the officers and viewers of a unit.</source>
        <translation>%1 has no managing unit to take along: offline copies are made for the officers and viewers of a unit.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1, not to %2.</source>
        <translation>This offline copy belongs to %1, not to %2.</translation>
    </message>
    <message>
        <source>This file is already a complete offline copy; bring it up to date with sync.</source>
        <translation>This file is already a complete offline copy; bring it up to date with sync.</translation>
    </message>
    <message>
        <source>This file already holds a store; an offline copy is made into a new file.</source>
        <translation>This file already holds a store; an offline copy is made into a new file.</translation>
    </message>
    <message>
        <source>The download was cancelled; run it again to continue where it stopped.</source>
        <translation>The download was cancelled; run it again to continue where it stopped.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::ReplicaOutbox</name>
    <message>
        <source>This store is not an offline copy.</source>
        <translation>This store is not an offline copy.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::SyncService</name>
    <message>
        <source>This store is not an offline copy, so there is nothing to sync.</source>
        <translation>This store is not an offline copy, so there is nothing to sync.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1; only %1 can sync it.</source>
        <translation>This offline copy belongs to %1; only %1 can sync it.</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was synced.</source>
        <translation>The server cannot be reached; nothing was synced.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The connection was lost before the server&apos;s answer arrived.</source>
        <translation>The connection was lost before the server&apos;s answer arrived.</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped: %1 The %n change(s) not yet answered stay(s) waiting for the next sync.</source>
        <translation>
            <numerusform>The sync stopped: %1 The %n change not yet answered stay waiting for the next sync.</numerusform>
            <numerusform>The sync stopped: %1 The %n changes not yet answered stays waiting for the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AboutDialog</name>
    <message>
        <source>About Digital school records</source>
        <translation>About Digital school records</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Digital school records</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>For officers of education offices: approve school certificates, set the receive and revoke locks, look up and count the digital school records of primary schools, and decide on revocation requests.</source>
        <translation>For officers of education offices: approve school certificates, set the receive and revoke locks, look up and count the digital school records of primary schools, and decide on revocation requests.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Support&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Hotline: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Your office has not set a support contact. An administrator can set it in Settings.</source>
        <translation>Your office has not set a support contact. An administrator can set it in Settings.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AccountNames</name>
    <message>
        <source>the account of school %1</source>
        <translation>the account of school %1</translation>
    </message>
    <message>
        <source>the program itself</source>
        <translation>the program itself</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. canbo2</source>
        <translation>lower-case letters and digits, e.g. canbo2</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Managing u&amp;nit:</source>
        <translation>Managing u&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>at least 8 characters, letters and digits</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::Application</name>
    <message>
        <source>Digital school records for education offices.</source>
        <translation>Digital school records for education offices.</translation>
    </message>
    <message>
        <source>Sign in to the database file PATH.</source>
        <translation>Sign in to the database file PATH.</translation>
    </message>
    <message>
        <source>Language of the program: vi or en.</source>
        <translation>Language of the program: vi or en.</translation>
    </message>
    <message>
        <source>Fill in the username NAME.</source>
        <translation>Fill in the username NAME.</translation>
    </message>
    <message>
        <source>--lang must be vi or en.</source>
        <translation>--lang must be vi or en.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>Object &amp;ID:</source>
        <translation>Object &amp;ID:</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>any action</translation>
    </message>
    <message>
        <source>any object</source>
        <translation>any object</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Clea&amp;r filters</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Recompute the hash chains of your units&apos; audit log and say whether any event was changed or removed</source>
        <translation>Recompute the hash chains of your units&apos; audit log and say whether any event was changed or removed</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xport CSV...</translation>
    </message>
    <message>
        <source>Save every event the filters keep as a CSV file</source>
        <translation>Save every event the filters keep as a CSV file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>No event matches the filters.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s) shown; scroll down for older ones.</source>
        <translation>
            <numerusform>The newest %n event shown; scroll down for older ones.</numerusform>
            <numerusform>The newest %n events shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the filters.</source>
        <translation>
            <numerusform>%n event match the filters.</numerusform>
            <numerusform>%n events match the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain...</source>
        <translation>Verifying the chain...</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Recomputing the audit log&apos;s hash chains...</source>
        <translation>Recomputing the audit log&apos;s hash chains...</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>The chain could not be verified: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked, each one linked to the one before it and unchanged since it was written.</source>
        <translation>
            <numerusform>The audit log is intact: %n event checked, each one linked to the one before it and unchanged since it was written.</numerusform>
            <numerusform>The audit log is intact: %n events checked, each one linked to the one before it and unchanged since it was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered: %1. The first bad event is %2; what follows it on its chain cannot be trusted either.</source>
        <translation>The audit log was altered: %1. The first bad event is %2; what follows it on its chain cannot be trusted either.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Saving %1...</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>The file %1 was not written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.</source>
        <translation>
            <numerusform>%n event saved to %1.</numerusform>
            <numerusform>%n events saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>Chain / No.</source>
        <translation>Chain / No.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Stopping after the current step...</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateDetailView</name>
    <message>
        <source>Choose a certificate in the list to see its fields, its chain, its checks and its history.</source>
        <translation>Choose a certificate in the list to see its fields, its chain, its checks and its history.</translation>
    </message>
    <message>
        <source>Government CA (VGCA)</source>
        <translation>Government CA (VGCA)</translation>
    </message>
    <message>
        <source>Licensed public CA</source>
        <translation>Licensed public CA</translation>
    </message>
    <message>
        <source>Test (vouches for no school)</source>
        <translation>Test (vouches for no school)</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Every check passes.</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Warnings: %1.</translation>
    </message>
    <message>
        <source>Failed checks: %1. Approving needs an explicit confirmation.</source>
        <translation>Failed checks: %1. Approving needs an explicit confirmation.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>The checks were not run.</source>
        <translation>The checks were not run.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>not stated (any use)</source>
        <translation>not stated (any use)</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Key usage:</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Extended key usage:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>Policies:</translation>
    </message>
    <message>
        <source>the stored certificate cannot be read</source>
        <translation>the stored certificate cannot be read</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Chain of trust</translation>
    </message>
    <message>
        <source>No chain was built.</source>
        <translation>No chain was built.</translation>
    </message>
    <message>
        <source>this certificate</source>
        <translation>this certificate</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>trust anchor</translation>
    </message>
    <message>
        <source>issued the one above</source>
        <translation>issued the one above</translation>
    </message>
    <message>
        <source>Family of the anchor:</source>
        <translation>Family of the anchor:</translation>
    </message>
    <message>
        <source>The chain does not reach a trust anchor of the trust store.</source>
        <translation>The chain does not reach a trust anchor of the trust store.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source>Replaced by the school&apos;s newer registration #%1 on %2</source>
        <translation>Replaced by the school&apos;s newer registration #%1 on %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>none yet: waiting for approval</source>
        <translation>none yet: waiting for approval</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Revocation:</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority: the school cannot send records signed with it until a new certificate is approved.</source>
        <translation>Revoked by its certificate authority: the school cannot send records signed with it until a new certificate is approved.</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority: it cannot be approved; the school must register a new certificate.</source>
        <translation>Revoked by its certificate authority: it cannot be approved; the school must register a new certificate.</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority.</source>
        <translation>Revoked by its certificate authority.</translation>
    </message>
    <message>
        <source>revoked by the CA on %1</source>
        <translation>revoked by the CA on %1</translation>
    </message>
    <message>
        <source>Every check passes, but the chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</source>
        <translation>Every check passes, but the chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</translation>
    </message>
    <message>
        <source>test root</source>
        <translation>test root</translation>
    </message>
    <message>
        <source>%1, test root</source>
        <translation>%1, test root</translation>
    </message>
    <message>
        <source>The chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</source>
        <translation>The chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateReviewPage</name>
    <message>
        <source>Tick the schools&apos; certificates that wait for approval, read their checks beside the list, then approve or reject them. An approved certificate can be revoked later.</source>
        <translation>Tick the schools&apos; certificates that wait for approval, read their checks beside the list, then approve or reject them. An approved certificate can be revoked later.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Name or code, with or without accents</source>
        <translation>Name or code, with or without accents</translation>
    </message>
    <message>
        <source>Trusted r&amp;oots...</source>
        <translation>Trusted r&amp;oots...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Tick or untick every certificate in the list that can still be decided</source>
        <translation>Tick or untick every certificate in the list that can still be decided</translation>
    </message>
    <message>
        <source>Show or hide the details of the current certificate</source>
        <translation>Show or hide the details of the current certificate</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>Certificate &amp;details</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Re&amp;ject...</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>Re&amp;voke...</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Unit seals</source>
        <translation>Unit seals</translation>
    </message>
    <message>
        <source>Signing accounts</source>
        <translation>Signing accounts</translation>
    </message>
    <message>
        <source>Approve certificates</source>
        <translation>Approve certificates</translation>
    </message>
    <message>
        <source>Reject certificates</source>
        <translation>Reject certificates</translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Revoke certificates</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n certificate(s)? The schools can then sign and send records with them.</source>
        <translation>
            <numerusform>Approve %n certificate? The schools can then sign and send records with them.</numerusform>
            <numerusform>Approve %n certificates? The schools can then sign and send records with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed checks: you will be asked about each of those.</source>
        <translation>
            <numerusform>%n of them failed checks: you will be asked about each of those.</numerusform>
            <numerusform>%n of them failed checks: you will be asked about each of those.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tick the approved certificates to revoke first: only an approved certificate can be revoked.</source>
        <translation>Tick the approved certificates to revoke first: only an approved certificate can be revoked.</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Approve anyway</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n certificate(s)...</source>
        <translation>
            <numerusform>Approving %n certificate...</numerusform>
            <numerusform>Approving %n certificates...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n certificate(s)...</source>
        <translation>
            <numerusform>Rejecting %n certificate...</numerusform>
            <numerusform>Rejecting %n certificates...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n certificate(s)...</source>
        <translation>
            <numerusform>Revoking %n certificate...</numerusform>
            <numerusform>Revoking %n certificates...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certificate(s): the schools can sign and send records with them.</source>
        <translation>
            <numerusform>Approved %n certificate: the schools can sign and send records with them.</numerusform>
            <numerusform>Approved %n certificates: the schools can sign and send records with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n certificate(s); the schools read your reason.</source>
        <translation>
            <numerusform>Rejected %n certificate; the schools read your reason.</numerusform>
            <numerusform>Rejected %n certificates; the schools read your reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s): records they sign from now on are refused.</source>
        <translation>
            <numerusform>Revoked %n certificate: records they sign from now on are refused.</numerusform>
            <numerusform>Revoked %n certificates: records they sign from now on are refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the end: %n certificate(s) were not decided.</source>
        <translation>
            <numerusform>Stopped before the end: %n certificate were not decided.</numerusform>
            <numerusform>Stopped before the end: %n certificates were not decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) with failed checks stay pending: approving them anyway was not confirmed.</source>
        <translation>
            <numerusform>%n certificate with failed checks stay pending: approving them anyway was not confirmed.</numerusform>
            <numerusform>%n certificates with failed checks stay pending: approving them anyway was not confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) could not be decided:</source>
        <translation>
            <numerusform>%n certificate could not be decided:</numerusform>
            <numerusform>%n certificates could not be decided:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...and %n more.</numerusform>
            <numerusform>...and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate(s) ticked</source>
        <translation>
            <numerusform>%1 of %n certificate ticked</numerusform>
            <numerusform>%1 of %n certificates ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1, approved: %2, rejected: %3, revoked: %4</source>
        <translation>Pending: %1, approved: %2, rejected: %3, revoked: %4</translation>
    </message>
    <message>
        <source>No certificate waits for approval.</source>
        <translation>No certificate waits for approval.</translation>
    </message>
    <message>
        <source>No certificates for this choice.</source>
        <translation>No certificates for this choice.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the certificates again (F5)</source>
        <translation>Load the certificates again (F5)</translation>
    </message>
    <message>
        <source>The root and intermediate CA certificates that school certificates must chain to</source>
        <translation>The root and intermediate CA certificates that school certificates must chain to</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>S&amp;elect all</translation>
    </message>
    <message>
        <source>Check re&amp;vocation now</source>
        <translation>Check re&amp;vocation now</translation>
    </message>
    <message>
        <source>Check revocation</source>
        <translation>Check revocation</translation>
    </message>
    <message>
        <source>Asking the certificate authorities...</source>
        <translation>Asking the certificate authorities...</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked with their certificate authorities.</source>
        <translation>
            <numerusform>%n certificate checked with their certificate authorities.</numerusform>
            <numerusform>%n certificates checked with their certificate authorities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked by their certificate authority: %1.</source>
        <translation>Revoked by their certificate authority: %1.</translation>
    </message>
    <message>
        <source>These addresses could not be used; the answers stored before still count:</source>
        <translation>These addresses could not be used; the answers stored before still count:</translation>
    </message>
    <message>
        <source>None is revoked.</source>
        <translation>None is revoked.</translation>
    </message>
    <message>
        <source>Ask the certificate authorities now whether the pending and approved certificates were revoked (CRLs and OCSP)</source>
        <translation>Ask the certificate authorities now whether the pending and approved certificates were revoked (CRLs and OCSP)</translation>
    </message>
    <message>
        <source>newest answer kept: %1 old</source>
        <translation>newest answer kept: %1 old</translation>
    </message>
    <message>
        <source>no answer kept yet</source>
        <translation>no answer kept yet</translation>
    </message>
    <message>
        <source>Offline: revocation is judged from the answers copied at the last sync (%1).</source>
        <translation>Offline: revocation is judged from the answers copied at the last sync (%1).</translation>
    </message>
    <message>
        <source>The certificate authorities have not been asked about revocation yet.</source>
        <translation>The certificate authorities have not been asked about revocation yet.</translation>
    </message>
    <message>
        <source>Revocation checked %1 ago</source>
        <translation>Revocation checked %1 ago</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) did not answer</source>
        <translation>
            <numerusform>%n address(es) did not answer</numerusform>
            <numerusform>%n address(es) did not answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked by the CA</source>
        <translation>Revoked by the CA</translation>
    </message>
    <message numerus="yes">
        <source>%n approved certificate(s) have since been revoked by their certificate authority: those schools cannot send records until a new certificate is approved.</source>
        <translation>
            <numerusform>%n approved certificate have since been revoked by their certificate authority: those schools cannot send records until a new certificate is approved.</numerusform>
            <numerusform>%n approved certificates have since been revoked by their certificate authority: those schools cannot send records until a new certificate is approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and reject act on the ticked pending certificates, revoke on the ticked approved ones; with none ticked, on the highlighted one.</source>
        <translation>Approve and reject act on the ticked pending certificates, revoke on the ticked approved ones; with none ticked, on the highlighted one.</translation>
    </message>
    <message>
        <source>Tick the pending certificates to approve, or highlight one, first.</source>
        <translation>Tick the pending certificates to approve, or highlight one, first.</translation>
    </message>
    <message>
        <source>Tick the pending certificates to reject, or highlight one, first.</source>
        <translation>Tick the pending certificates to reject, or highlight one, first.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Approve %n certificate</numerusform>
            <numerusform>&amp;Approve %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;ject (%n)...</source>
        <translation>
            <numerusform>Re&amp;ject (%n)...</numerusform>
            <numerusform>Re&amp;ject (%n)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke (%n)...</source>
        <translation>
            <numerusform>Re&amp;voke (%n)...</numerusform>
            <numerusform>Re&amp;voke (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the ticked pending certificates (with none ticked, the highlighted one): the schools can then sign records with them</source>
        <translation>Approve the ticked pending certificates (with none ticked, the highlighted one): the schools can then sign records with them</translation>
    </message>
    <message>
        <source>Reject the ticked pending certificates (with none ticked, the highlighted one) with a reason for the school</source>
        <translation>Reject the ticked pending certificates (with none ticked, the highlighted one) with a reason for the school</translation>
    </message>
    <message>
        <source>Revoke the ticked approved certificates (with none ticked, the highlighted one): for a lost or compromised key or a manager who left. The school can no longer sign with it; this cannot be undone.</source>
        <translation>Revoke the ticked approved certificates (with none ticked, the highlighted one): for a lost or compromised key or a manager who left. The school can no longer sign with it; this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateTableModel</name>
    <message>
        <source>Unit seal</source>
        <translation>Unit seal</translation>
    </message>
    <message>
        <source>Signing account</source>
        <translation>Signing account</translation>
    </message>
    <message>
        <source>Signing account: %1 (%2)</source>
        <translation>Signing account: %1 (%2)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Fail (%1)</source>
        <translation>Fail (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Warning (%1)</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Every check passes.</translation>
    </message>
    <message>
        <source>Registered by %1 on %2</source>
        <translation>Registered by %1 on %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject (CN)</source>
        <translation>Subject (CN)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>%1, revoked by the CA</source>
        <translation>%1, revoked by the CA</translation>
    </message>
    <message>
        <source>Its certificate authority revoked it on %1</source>
        <translation>Its certificate authority revoked it on %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>according to %1</translation>
    </message>
    <message>
        <source>The school cannot send records signed with it until a new certificate is approved.</source>
        <translation>The school cannot send records signed with it until a new certificate is approved.</translation>
    </message>
    <message>
        <source>Pass (test root)</source>
        <translation>Pass (test root)</translation>
    </message>
    <message>
        <source>! The chain ends at a test root: a certificate for rehearsals, not for real records.</source>
        <translation>! The chain ends at a test root: a certificate for rehearsals, not for real records.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CommonLockDialog</name>
    <message>
        <source>All schools of the unit</source>
        <translation>All schools of the unit</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>Grade 5</translation>
    </message>
    <message>
        <source>Tick at least one grade.</source>
        <translation>Tick at least one grade.</translation>
    </message>
    <message>
        <source>Tick &quot;All schools of the unit&quot; or at least one school.</source>
        <translation>Tick &quot;All schools of the unit&quot; or at least one school.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Configure the receive lock</source>
        <translation>Configure the receive lock</translation>
    </message>
    <message>
        <source>School year %1: from the receive-lock date on, the chosen schools can no longer send records of the chosen grades.</source>
        <translation>School year %1: from the receive-lock date on, the chosen schools can no longer send records of the chosen grades.</translation>
    </message>
    <message>
        <source>Receive-lock date:</source>
        <translation>Receive-lock date:</translation>
    </message>
    <message>
        <source>Configure the revoke lock</source>
        <translation>Configure the revoke lock</translation>
    </message>
    <message>
        <source>School year %1: from the revoke-lock date on, the chosen schools can no longer ask to revoke records of the chosen grades.</source>
        <translation>School year %1: from the revoke-lock date on, the chosen schools can no longer ask to revoke records of the chosen grades.</translation>
    </message>
    <message>
        <source>Revoke-lock date:</source>
        <translation>Revoke-lock date:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::FirstAdminDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>The new database needs an administrator, who signs in first and then adds the other users. Keep the password safe: nobody can read it back.</source>
        <translation>The new database needs an administrator, who signs in first and then adds the other users. Keep the password safe: nobody can read it back.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>at least 8 characters, letters and digits</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>The database %1 could not be created: %2</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <source>The managing unit</source>
        <translation>The managing unit</translation>
    </message>
    <message>
        <source>The office this database serves. Its schools are imported or added right after the first sign-in, in System › Units and schools.</source>
        <translation>The office this database serves. Its schools are imported or added right after the first sign-in, in System › Units and schools.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation>Unit &amp;code:</translation>
    </message>
    <message>
        <source>e.g. SGD79</source>
        <translation>e.g. SGD79</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Sở GD&amp;ĐT Thành phố Hồ Chí Minh</source>
        <translation>e.g. Sở GD&amp;ĐT Thành phố Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Code of its &amp;Sở:</source>
        <translation>Code of its &amp;Sở:</translation>
    </message>
    <message>
        <source>Name of its S&amp;ở:</source>
        <translation>Name of its S&amp;ở:</translation>
    </message>
    <message>
        <source>e.g. XA07</source>
        <translation>e.g. XA07</translation>
    </message>
    <message>
        <source>e.g. UBND xã An Bình</source>
        <translation>e.g. UBND xã An Bình</translation>
    </message>
    <message>
        <source>Enter the code of the managing unit (the code the sector database gives it).</source>
        <translation>Enter the code of the managing unit (the code the sector database gives it).</translation>
    </message>
    <message>
        <source>Enter the name of the managing unit.</source>
        <translation>Enter the name of the managing unit.</translation>
    </message>
    <message>
        <source>Enter the code of the Sở above the commune.</source>
        <translation>Enter the code of the Sở above the commune.</translation>
    </message>
    <message>
        <source>The commune and its Sở need two different codes.</source>
        <translation>The commune and its Sở need two different codes.</translation>
    </message>
    <message>
        <source>Enter the name of the Sở above the commune.</source>
        <translation>Enter the name of the Sở above the commune.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LockSettingsModel</name>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Not saved yet: press Save to apply it.</source>
        <translation>Not saved yet: press Save to apply it.</translation>
    </message>
    <message>
        <source>Not saved yet: the school&apos;s own date is removed and the unit-wide date applies again when you press Save.</source>
        <translation>Not saved yet: the school&apos;s own date is removed and the unit-wide date applies again when you press Save.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the date; its lowest value &quot;—&quot; clears it.</source>
        <translation>Double-click or press F2 to change the date; its lowest value &quot;—&quot; clears it.</translation>
    </message>
    <message>
        <source>School / grade</source>
        <translation>School / grade</translation>
    </message>
    <message>
        <source>Receive lock</source>
        <translation>Receive lock</translation>
    </message>
    <message>
        <source>Receive lock set by</source>
        <translation>Receive lock set by</translation>
    </message>
    <message>
        <source>Revoke lock</source>
        <translation>Revoke lock</translation>
    </message>
    <message>
        <source>Revoke lock set by</source>
        <translation>Revoke lock set by</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message numerus="yes">
        <source>%n different date(s)</source>
        <translation>
            <numerusform>%n different date</numerusform>
            <numerusform>%n different dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Differs by grade</source>
        <translation>Differs by grade</translation>
    </message>
    <message>
        <source>Receive lock by grade:</source>
        <translation>Receive lock by grade:</translation>
    </message>
    <message>
        <source>Revoke lock by grade:</source>
        <translation>Revoke lock by grade:</translation>
    </message>
    <message>
        <source>Grade %1: %2</source>
        <translation>Grade %1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LockSettingsPage</name>
    <message>
        <source>Set the receive-lock and revoke-lock dates of digital school records: for all or some schools and grades at once, or school by school and grade by grade. After the receive-lock date a school can no longer send records; after the revoke-lock date it can no longer ask to revoke one.</source>
        <translation>Set the receive-lock and revoke-lock dates of digital school records: for all or some schools and grades at once, or school by school and grade by grade. After the receive-lock date a school can no longer send records; after the revoke-lock date it can no longer ask to revoke one.</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>Configure receive lock...</source>
        <translation>Configure receive lock...</translation>
    </message>
    <message>
        <source>One receive-lock date for all or some schools and grades at once.</source>
        <translation>One receive-lock date for all or some schools and grades at once.</translation>
    </message>
    <message>
        <source>Configure revoke lock...</source>
        <translation>Configure revoke lock...</translation>
    </message>
    <message>
        <source>One revoke-lock date for all or some schools and grades at once.</source>
        <translation>One revoke-lock date for all or some schools and grades at once.</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <source>Removes the school&apos;s own date in the selected cell, so the unit-wide date applies again.</source>
        <translation>Removes the school&apos;s own date in the selected cell, so the unit-wide date applies again.</translation>
    </message>
    <message>
        <source>Use unit setting</source>
        <translation>Use unit setting</translation>
    </message>
    <message>
        <source>Returns the selected school, or the selected grade of a school, to the unit-wide setting.</source>
        <translation>Returns the selected school, or the selected grade of a school, to the unit-wide setting.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Changed dates are marked with * and are not saved until you press Save.</source>
        <translation>Changed dates are marked with * and are not saved until you press Save.</translation>
    </message>
    <message>
        <source>Unsaved lock dates</source>
        <translation>Unsaved lock dates</translation>
    </message>
    <message numerus="yes">
        <source>You changed the lock dates of %n grade(s) without saving them. Save them now?</source>
        <translation>
            <numerusform>You changed the lock dates of %n grade without saving them. Save them now?</numerusform>
            <numerusform>You changed the lock dates of %n grades without saving them. Save them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the unsaved lock dates? If not, you stay on this page with them.</source>
        <translation>Discard the unsaved lock dates? If not, you stay on this page with them.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Save lock dates</source>
        <translation>Save lock dates</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lock dates of %n grade(s).</source>
        <translation>
            <numerusform>Saved the lock dates of %n grade.</numerusform>
            <numerusform>Saved the lock dates of %n grades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lock dates were saved.</source>
        <translation>The lock dates were saved.</translation>
    </message>
    <message>
        <source>Remove the own lock dates of %1 for every grade, so that the unit-wide dates apply?</source>
        <translation>Remove the own lock dates of %1 for every grade, so that the unit-wide dates apply?</translation>
    </message>
    <message>
        <source>Remove the own lock dates of %1 for grade %2, so that the unit-wide dates apply?</source>
        <translation>Remove the own lock dates of %1 for grade %2, so that the unit-wide dates apply?</translation>
    </message>
    <message>
        <source>%1 now follows the unit-wide lock dates.</source>
        <translation>%1 now follows the unit-wide lock dates.</translation>
    </message>
    <message>
        <source>Select the receive-lock or revoke-lock date to clear.</source>
        <translation>Select the receive-lock or revoke-lock date to clear.</translation>
    </message>
    <message>
        <source>This date is not the school&apos;s own, so there is nothing to clear.</source>
        <translation>This date is not the school&apos;s own, so there is nothing to clear.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LoginDialog</name>
    <message>
        <source>Digital school records</source>
        <translation>Digital school records</translation>
    </message>
    <message>
        <source>Primary education management: sign in to continue</source>
        <translation>Primary education management: sign in to continue</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <source>&amp;This computer (database file)</source>
        <translation>&amp;This computer (database file)</translation>
    </message>
    <message>
        <source>Central ser&amp;ver (PostgreSQL)</source>
        <translation>Central ser&amp;ver (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Encr&amp;yption (TLS):</source>
        <translation>Encr&amp;yption (TLS):</translation>
    </message>
    <message>
        <source>&amp;Authority certificate:</source>
        <translation>&amp;Authority certificate:</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s CA file</source>
        <translation>Optional: the server&apos;s CA file</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>Br&amp;owse...</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Sign-in details</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Managing unit edition (Education Office)</source>
        <translation>Managing unit edition (Education Office)</translation>
    </message>
    <message>
        <source>School edition</source>
        <translation>School edition</translation>
    </message>
    <message>
        <source>Verify the certificate and the server name (verify-full)</source>
        <translation>Verify the certificate and the server name (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate only (verify-ca)</source>
        <translation>Verify the certificate only (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Encrypt, do not verify (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Encrypt when the server can (prefer)</translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation>Do not encrypt (disable)</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the certificate of the server&apos;s authority</source>
        <translation>Choose the certificate of the server&apos;s authority</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keychain</source>
        <translation>&amp;Keep the password in this computer&apos;s keychain</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in the program&apos;s settings. Leave this off on a shared computer.</source>
        <translation>The password is kept by the operating system&apos;s keychain, never in the program&apos;s settings. Leave this off on a shared computer.</translation>
    </message>
    <message>
        <source>hotline %1</source>
        <translation>hotline %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>email %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <source>&amp;Read replica:</source>
        <translation>&amp;Read replica:</translation>
    </message>
    <message>
        <source>Optional: a read-only replica of the server</source>
        <translation>Optional: a read-only replica of the server</translation>
    </message>
    <message>
        <source>Lookups, record details, lists and statistics are read from this streaming replica; every change still goes to the server above.</source>
        <translation>Lookups, record details, lists and statistics are read from this streaming replica; every change still goes to the server above.</translation>
    </message>
    <message>
        <source>Rep&amp;lica port:</source>
        <translation>Rep&amp;lica port:</translation>
    </message>
    <message>
        <source>Caps Lock is on: letters are typed as capitals.</source>
        <translation>Caps Lock is on: letters are typed as capitals.</translation>
    </message>
    <message>
        <source>&amp;Connection settings...</source>
        <translation>&amp;Connection settings...</translation>
    </message>
    <message>
        <source>Where the data is: a database file on this computer or a central server, with its encryption (TLS) and authority certificate.</source>
        <translation>Where the data is: a database file on this computer or a central server, with its encryption (TLS) and authority certificate.</translation>
    </message>
    <message>
        <source>Not set up yet: choose a database file or a server.</source>
        <translation>Not set up yet: choose a database file or a server.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Data file: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;6. Digital school records</source>
        <translation>&amp;6. Digital school records</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>Add, list and disable the users of the program (administrators)</source>
        <translation>Add, list and disable the users of the program (administrators)</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>S&amp;ettings...</translation>
    </message>
    <message>
        <source>Idle sign-out and support contact (administrators)</source>
        <translation>Idle sign-out and support contact (administrators)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Close every page and return to the sign-in window</source>
        <translation>Close every page and return to the sign-in window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Digital school records</source>
        <translation>&amp;About Digital school records</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Digital school records</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>all units</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation>User: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>&amp;Trusted root certificates...</source>
        <translation>&amp;Trusted root certificates...</translation>
    </message>
    <message>
        <source>The CA certificates that school certificates must chain to (administrators add them)</source>
        <translation>The CA certificates that school certificates must chain to (administrators add them)</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <source>Work &amp;offline...</source>
        <translation>Work &amp;offline...</translation>
    </message>
    <message>
        <source>Download your unit&apos;s data to this computer and work on it without the server; sync when you are back</source>
        <translation>Download your unit&apos;s data to this computer and work on it without the server; sync when you are back</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Send the changes made offline to the server and bring this copy up to date</source>
        <translation>Send the changes made offline to the server and bring this copy up to date</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Offline copy: %1</source>
        <translation>Offline copy: %1</translation>
    </message>
    <message>
        <source>Units and &amp;schools...</source>
        <translation>Units and &amp;schools...</translation>
    </message>
    <message>
        <source>The managing units and their schools: add, move, close, import school lists (administrators)</source>
        <translation>The managing units and their schools: add, move, close, import school lists (administrators)</translation>
    </message>
    <message>
        <source>Units and schools</source>
        <translation>Units and schools</translation>
    </message>
    <message>
        <source>Store: %1, reading from the replica %2</source>
        <translation>Store: %1, reading from the replica %2</translation>
    </message>
    <message>
        <source>Read replica: %1</source>
        <translation>Read replica: %1</translation>
    </message>
    <message>
        <source>Read replica %1 s behind the server</source>
        <translation>Read replica %1 s behind the server</translation>
    </message>
    <message>
        <source>Lists and statistics may not show others&apos; latest changes yet; your own changes are always shown.</source>
        <translation>Lists and statistics may not show others&apos; latest changes yet; your own changes are always shown.</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Back up...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restore...</translation>
    </message>
    <message>
        <source>Only administrators and officers back up or restore the store: a copy holds every person&apos;s data.</source>
        <translation>Only administrators and officers back up or restore the store: a copy holds every person&apos;s data.</translation>
    </message>
    <message>
        <source>Copy the store into a file, for example on a USB drive</source>
        <translation>Copy the store into a file, for example on a USB drive</translation>
    </message>
    <message>
        <source>Put a backup copy in the place of the store</source>
        <translation>Put a backup copy in the place of the store</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>The backup did not run.</source>
        <translation>The backup did not run.</translation>
    </message>
    <message>
        <source>Copying the store into %1...</source>
        <translation>Copying the store into %1...</translation>
    </message>
    <message>
        <source>The backup was stopped: no copy was written.</source>
        <translation>The backup was stopped: no copy was written.</translation>
    </message>
    <message>
        <source>The store was copied into %1 (%2).</source>
        <translation>The store was copied into %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The copy&apos;s audit log was verified: its %n event(s) are intact.</source>
        <translation>
            <numerusform>The copy&apos;s audit log was verified: its %n event are intact.</numerusform>
            <numerusform>The copy&apos;s audit log was verified: its %n events are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the copy&apos;s audit log does NOT verify, so the store&apos;s own log is damaged. Keep this copy and earlier ones, and tell your administrator.</source>
        <translation>Warning: the copy&apos;s audit log does NOT verify, so the store&apos;s own log is damaged. Keep this copy and earlier ones, and tell your administrator.</translation>
    </message>
    <message>
        <source>Keep the copy somewhere safe: it holds the personal data of every pupil and user. System &gt; Restore brings the store back to this copy.</source>
        <translation>Keep the copy somewhere safe: it holds the personal data of every pupil and user. System &gt; Restore brings the store back to this copy.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose the backup copy to restore</source>
        <translation>Choose the backup copy to restore</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>The check did not run.</translation>
    </message>
    <message>
        <source>Checking the copy %1...</source>
        <translation>Checking the copy %1...</translation>
    </message>
    <message>
        <source>Restoring puts this copy in the place of the store %1: what was done after the copy was made is no longer in it. The current store is kept beside it as %2.before-restore-&lt;date-time&gt;. You are signed out now, and sign in again on the restored store.</source>
        <translation>Restoring puts this copy in the place of the store %1: what was done after the copy was made is no longer in it. The current store is kept beside it as %2.before-restore-&lt;date-time&gt;. You are signed out now, and sign in again on the restored store.</translation>
    </message>
    <message>
        <source>This is an offline copy: the next sync brings it up to date with the server.</source>
        <translation>This is an offline copy: the next sync brings it up to date with the server.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Restore this copy?</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Audit log...</translation>
    </message>
    <message>
        <source>Who did what and when, within your units: filter, verify the chain, export (administrators and officers)</source>
        <translation>Who did what and when, within your units: filter, verify the chain, export (administrators and officers)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Updated %1 after another officer&apos;s change</source>
        <translation>Updated %1 after another officer&apos;s change</translation>
    </message>
    <message>
        <source>Live updates on</source>
        <translation>Live updates on</translation>
    </message>
    <message>
        <source>Decisions that other officers of the unit make appear here by themselves.</source>
        <translation>Decisions that other officers of the unit make appear here by themselves.</translation>
    </message>
    <message>
        <source>DEMO DATA: the schools, pupils and records of this store are made up, for trying the program out. Do not enter real data here.</source>
        <translation>DEMO DATA: the schools, pupils and records of this store are made up, for trying the program out. Do not enter real data here.</translation>
    </message>
    <message>
        <source>Packing record content</source>
        <translation>Packing record content</translation>
    </message>
    <message>
        <source>Making the store smaller: %1%</source>
        <translation>Making the store smaller: %1%</translation>
    </message>
    <message>
        <source>Record content is being packed to take less disk space. You can go on working; if you sign out, it goes on from here next time.</source>
        <translation>Record content is being packed to take less disk space. You can go on working; if you sign out, it goes on from here next time.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::MoveDialog</name>
    <message>
        <source>Move school %1</source>
        <translation>Move school %1</translation>
    </message>
    <message>
        <source>Move unit %1</source>
        <translation>Move unit %1</translation>
    </message>
    <message>
        <source>%1 keeps its pupils, records, certificates, requests and history. From the move on, the officers of the new unit manage it and its lock dates come from the new unit.</source>
        <translation>%1 keeps its pupils, records, certificates, requests and history. From the move on, the officers of the new unit manage it and its lock dates come from the new unit.</translation>
    </message>
    <message>
        <source>%1 keeps its schools and users; it then stands under the unit chosen here.</source>
        <translation>%1 keeps its schools and users; it then stands under the unit chosen here.</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::OrganisationDialog</name>
    <message numerus="yes">
        <source>%n unit(s), </source>
        <translation>
            <numerusform>%n unit, </numerusform>
            <numerusform>%n units, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no managing unit yet. Start with “Add unit...”: the Sở or the commune this program manages.</source>
        <translation>There is no managing unit yet. Start with “Add unit...”: the Sở or the commune this program manages.</translation>
    </message>
    <message>
        <source>There is no school yet. Import the list of schools from a CSV or Excel file with “Import school list...”, or add schools one by one with “Add school...”. Then make the accounts of the unit&apos;s officers with “Add account...”.</source>
        <translation>There is no school yet. Import the list of schools from a CSV or Excel file with “Import school list...”, or add schools one by one with “Add school...”. Then make the accounts of the unit&apos;s officers with “Add account...”.</translation>
    </message>
    <message>
        <source>&amp;Edit school...</source>
        <translation>&amp;Edit school...</translation>
    </message>
    <message>
        <source>&amp;Move school...</source>
        <translation>&amp;Move school...</translation>
    </message>
    <message>
        <source>C&amp;lose school...</source>
        <translation>C&amp;lose school...</translation>
    </message>
    <message>
        <source>&amp;Rename unit...</source>
        <translation>&amp;Rename unit...</translation>
    </message>
    <message>
        <source>&amp;Move unit...</source>
        <translation>&amp;Move unit...</translation>
    </message>
    <message>
        <source>C&amp;lose unit...</source>
        <translation>C&amp;lose unit...</translation>
    </message>
    <message>
        <source>Close school</source>
        <translation>Close school</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its records and history are kept and stay searchable, but it can no longer send records or register certificates, and it cannot be opened again.</source>
        <translation>Close %1 (%2)? Its records and history are kept and stay searchable, but it can no longer send records or register certificates, and it cannot be opened again.</translation>
    </message>
    <message>
        <source>Close the school</source>
        <translation>Close the school</translation>
    </message>
    <message>
        <source>Close unit</source>
        <translation>Close unit</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its history is kept, but no school or unit can be added under it, and it cannot be opened again.</source>
        <translation>Close %1 (%2)? Its history is kept, but no school or unit can be added under it, and it cannot be opened again.</translation>
    </message>
    <message>
        <source>Close the unit</source>
        <translation>Close the unit</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>The account %1 was created.</translation>
    </message>
    <message>
        <source>Units and schools</source>
        <translation>Units and schools</translation>
    </message>
    <message>
        <source>Filter by name or code (accents optional)</source>
        <translation>Filter by name or code (accents optional)</translation>
    </message>
    <message>
        <source>Add &amp;unit...</source>
        <translation>Add &amp;unit...</translation>
    </message>
    <message>
        <source>Add &amp;school...</source>
        <translation>Add &amp;school...</translation>
    </message>
    <message>
        <source>Add &amp;account...</source>
        <translation>Add &amp;account...</translation>
    </message>
    <message>
        <source>Create the account of an officer of the selected unit, or of the selected school&apos;s own user</source>
        <translation>Create the account of an officer of the selected unit, or of the selected school&apos;s own user</translation>
    </message>
    <message>
        <source>&amp;Import school list...</source>
        <translation>&amp;Import school list...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::OrganisationModel</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::Page</name>
    <message>
        <source>6.1 Approve school certificates</source>
        <translation>6.1 Approve school certificates</translation>
    </message>
    <message>
        <source>6.2 Receive and revoke locks</source>
        <translation>6.2 Receive and revoke locks</translation>
    </message>
    <message>
        <source>6.3 Look up records</source>
        <translation>6.3 Look up records</translation>
    </message>
    <message>
        <source>6.4 Record statistics</source>
        <translation>6.4 Record statistics</translation>
    </message>
    <message>
        <source>6.5 Revocation requests</source>
        <translation>6.5 Revocation requests</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Not allowed.</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ProgressChart</name>
    <message numerus="yes">
        <source>Other schools (%n)</source>
        <translation>
            <numerusform>Other schools (%n)</numerusform>
            <numerusform>Other schools (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sent: %2 (%3)&lt;br&gt;Confirmed, not sent: %4&lt;br&gt;Not confirmed: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sent: %2 (%3)&lt;br&gt;Confirmed, not sent: %4&lt;br&gt;Not confirmed: %5</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmed, not sent</source>
        <translation>Confirmed, not sent</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>No schools to show.</source>
        <translation>No schools to show.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ProgressTableModel</name>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (%2): click to see its grades</source>
        <translation>%1 (%2): click to see its grades</translation>
    </message>
    <message>
        <source>Below %1% sent</source>
        <translation>Below %1% sent</translation>
    </message>
    <message>
        <source>Records of the school year: one per pupil enrolled</source>
        <translation>Records of the school year: one per pupil enrolled</translation>
    </message>
    <message>
        <source>Confirmed complete and signed by the school (sent ones included)</source>
        <translation>Confirmed complete and signed by the school (sent ones included)</translation>
    </message>
    <message>
        <source>Sent to the managing unit</source>
        <translation>Sent to the managing unit</translation>
    </message>
    <message>
        <source>Expected minus sent</source>
        <translation>Expected minus sent</translation>
    </message>
    <message>
        <source>Sent as a share of expected</source>
        <translation>Sent as a share of expected</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Confirmed complete</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>% sent</translation>
    </message>
    <message>
        <source>%1: double-click to see its schools</source>
        <translation>%1: double-click to see its schools</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Received records whose signatures failed the verification on receipt</source>
        <translation>Received records whose signatures failed the verification on receipt</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordDetailView</name>
    <message>
        <source>Select a record in the list to see its content, its versions and its signatures.</source>
        <translation>Select a record in the list to see its content, its versions and its signatures.</translation>
    </message>
    <message>
        <source>The content of this record cannot be shown: %1</source>
        <translation>The content of this record cannot be shown: %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Personal ID:</source>
        <translation>Personal ID:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>School code:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>Homeroom teacher:</source>
        <translation>Homeroom teacher:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Lookup code:</source>
        <translation>Lookup code:</translation>
    </message>
    <message>
        <source>Subjects and educational activities</source>
        <translation>Subjects and educational activities</translation>
    </message>
    <message>
        <source>Subject or activity</source>
        <translation>Subject or activity</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Periodic test scores</source>
        <translation>Periodic test scores</translation>
    </message>
    <message>
        <source>Mid-term 1</source>
        <translation>Mid-term 1</translation>
    </message>
    <message>
        <source>End of term 1</source>
        <translation>End of term 1</translation>
    </message>
    <message>
        <source>Mid-term 2</source>
        <translation>Mid-term 2</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>End of year</translation>
    </message>
    <message>
        <source>Rating: T = completed well, H = completed, C = not completed.</source>
        <translation>Rating: T = completed well, H = completed, C = not completed.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Qualities and competencies</source>
        <translation>Qualities and competencies</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>General competency</source>
        <translation>General competency</translation>
    </message>
    <message>
        <source>Specific competency</source>
        <translation>Specific competency</translation>
    </message>
    <message>
        <source>Year-end result</source>
        <translation>Year-end result</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Commendation:</source>
        <translation>Commendation:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Promoted:</source>
        <translation>Promoted:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Teacher&apos;s comment:</translation>
    </message>
    <message>
        <source>Versions and signatures</source>
        <translation>Versions and signatures</translation>
    </message>
    <message>
        <source>The record has no confirmed version yet.</source>
        <translation>The record has no confirmed version yet.</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>confirmed %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>No signatures.</source>
        <translation>No signatures.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Certificate when signing</source>
        <translation>Certificate when signing</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>The current version is not signed yet.</source>
        <translation>The current version is not signed yet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) of the current version are valid.</source>
        <translation>
            <numerusform>All %n signature of the current version are valid.</numerusform>
            <numerusform>All %n signatures of the current version are valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 signature is not valid: %2</source>
        <translation>The %1 signature is not valid: %2</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Invalid signature: %1.</source>
        <translation>Invalid signature: %1.</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1.</source>
        <translation>The signatures could not be verified: %1.</translation>
    </message>
    <message>
        <source>(Verified on receipt on %1 by %2.)</source>
        <translation>(Verified on receipt on %1 by %2.)</translation>
    </message>
    <message>
        <source>Signing certificates:</source>
        <translation>Signing certificates:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Certificate subject</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordLookupModel</name>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1, born %2, %3</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lookup code</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Every signature of this version was verified.</source>
        <translation>Every signature of this version was verified.</translation>
    </message>
    <message>
        <source>Invalid signature: %1</source>
        <translation>Invalid signature: %1</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Not verifiable</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1</source>
        <translation>The signatures could not be verified: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordLookupPage</name>
    <message>
        <source>Find a pupil&apos;s digital school records by name, personal identification number, school or lookup code (UUID).</source>
        <translation>Find a pupil&apos;s digital school records by name, personal identification number, school or lookup code (UUID).</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An (accents optional)</source>
        <translation>e.g. Nguyen Van An (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Personal ID:</source>
        <translation>&amp;Personal ID:</translation>
    </message>
    <message>
        <source>12 digits, or at least the first 6</source>
        <translation>12 digits, or at least the first 6</translation>
    </message>
    <message>
        <source>UUID, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>UUID, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Export P&amp;DF...</translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation>Pr&amp;int...</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>All school years</source>
        <translation>All school years</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>class %1, %2</source>
        <translation>class %1, %2</translation>
    </message>
    <message>
        <source>Type a name, a personal ID or a lookup code, or choose a school; press Enter to look up.</source>
        <translation>Type a name, a personal ID or a lookup code, or choose a school; press Enter to look up.</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>No record matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Open a record first.</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>The PDF was not written: %1</translation>
    </message>
    <message>
        <source>The record was saved as %1.</source>
        <translation>The record was saved as %1.</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Export the record as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Print the record</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The record was sent to the printer.</source>
        <translation>The record was sent to the printer.</translation>
    </message>
    <message>
        <source>Loo&amp;kup code:</source>
        <translation>Loo&amp;kup code:</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Look &amp;up</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>Invalid signature only</source>
        <translation>Invalid signature only</translation>
    </message>
    <message>
        <source>Records whose signatures failed the verification on receipt</source>
        <translation>Records whose signatures failed the verification on receipt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The verification did not run.</source>
        <translation>The verification did not run.</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Signature verification</translation>
    </message>
    <message>
        <source>Verifying received signatures: %1 of %2</source>
        <translation>Verifying received signatures: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n received record(s) have an invalid signature; tick &quot;Invalid signature only&quot; to list them.</source>
        <translation>
            <numerusform>%n received record have an invalid signature; tick &quot;Invalid signature only&quot; to list them.</numerusform>
            <numerusform>%n received records have an invalid signature; tick &quot;Invalid signature only&quot; to list them.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 records found; counting...</source>
        <translation>At least %1 records found; counting...</translation>
    </message>
    <message>
        <source>Record &amp;details</source>
        <translation>Record &amp;details</translation>
    </message>
    <message>
        <source>Show or hide the record of the current line</source>
        <translation>Show or hide the record of the current line</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RejectNoteDialog</name>
    <message>
        <source>Reject revocation requests</source>
        <translation>Reject revocation requests</translation>
    </message>
    <message>
        <source>For example: the record is correct; the class list shows the same marks.</source>
        <translation>For example: the record is correct; the class list shows the same marks.</translation>
    </message>
    <message>
        <source>%1 characters: at most %2.</source>
        <translation>%1 characters: at most %2.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n revocation request(s)? The records stay sent, and the school reads your note.</source>
        <translation>
            <numerusform>Reject %n revocation request? The records stay sent, and the school reads your note.</numerusform>
            <numerusform>Reject %n revocation requests? The records stay sent, and the school reads your note.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note for the school (required): why is the request refused?</source>
        <translation>&amp;Note for the school (required): why is the request refused?</translation>
    </message>
    <message>
        <source>Reject certificates</source>
        <translation>Reject certificates</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n certificate(s)? The schools cannot sign records with them, and they read your reason.</source>
        <translation>
            <numerusform>Reject %n certificate? The schools cannot sign records with them, and they read your reason.</numerusform>
            <numerusform>Reject %n certificates? The schools cannot sign records with them, and they read your reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the school (required): what is wrong with the certificate?</source>
        <translation>&amp;Reason for the school (required): what is wrong with the certificate?</translation>
    </message>
    <message>
        <source>For example: the certificate does not carry the school&apos;s name; register the school&apos;s own seal.</source>
        <translation>For example: the certificate does not carry the school&apos;s name; register the school&apos;s own seal.</translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Revoke certificates</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n approved certificate(s)? Records signed with them from now on are refused; records signed before keep their approval.</source>
        <translation>
            <numerusform>Revoke %n approved certificate? Records signed with them from now on are refused; records signed before keep their approval.</numerusform>
            <numerusform>Revoke %n approved certificates? Records signed with them from now on are refused; records signed before keep their approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (required): why is the certificate revoked?</source>
        <translation>&amp;Reason (required): why is the certificate revoked?</translation>
    </message>
    <message>
        <source>For example: the school reported its USB token lost; the key may be compromised.</source>
        <translation>For example: the school reported its USB token lost; the key may be compromised.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ReminderDialog</name>
    <message>
        <source>Remind schools - %1</source>
        <translation>Remind schools - %1</translation>
    </message>
    <message>
        <source>Call the contact person of each school, then create the reminder letter: one page per ticked school, with its figures. Each letter is logged.</source>
        <translation>Call the contact person of each school, then create the reminder letter: one page per ticked school, with its figures. Each letter is logged.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation>Last reminded</translation>
    </message>
    <message>
        <source>e.g. 125/PGDĐT-TH; empty: filled in by hand</source>
        <translation>e.g. 125/PGDĐT-TH; empty: filled in by hand</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>e.g. Hà Nội</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Create &amp;letter (PDF)...</source>
        <translation>Create &amp;letter (PDF)...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Create reminder letter</source>
        <translation>Create reminder letter</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Tick at least one school.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Saving %1...</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>Cannot replace %1: it may be open in another program.</translation>
    </message>
    <message>
        <source>The reminders were logged, but %1 could not be written.</source>
        <translation>The reminders were logged, but %1 could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>The letter for %n school(s) was saved to %1 and the reminders were logged.</source>
        <translation>
            <numerusform>The letter for %n school was saved to %1 and the reminders were logged.</numerusform>
            <numerusform>The letter for %n schools was saved to %1 and the reminders were logged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RevocationReviewPage</name>
    <message>
        <source>Choose a school and a grade, tick the pupils, then approve or reject the school&apos;s requests to revoke records that it has already sent.</source>
        <translation>Choose a school and a grade, tick the pupils, then approve or reject the school&apos;s requests to revoke records that it has already sent.</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Tick or untick every pending request in the list</source>
        <translation>Tick or untick every pending request in the list</translation>
    </message>
    <message>
        <source>Show or hide the record of the current request</source>
        <translation>Show or hide the record of the current request</translation>
    </message>
    <message>
        <source>Record &amp;details</source>
        <translation>Record &amp;details</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Re&amp;ject...</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Choose a request in the list to see its record and the record&apos;s version history.</source>
        <translation>Choose a request in the list to see its record and the record&apos;s version history.</translation>
    </message>
    <message>
        <source>Personal ID:</source>
        <translation>Personal ID:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Lookup code:</source>
        <translation>Lookup code:</translation>
    </message>
    <message>
        <source>Record status:</source>
        <translation>Record status:</translation>
    </message>
    <message>
        <source>Year-end result:</source>
        <translation>Year-end result:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;School&apos;s reason:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;School&apos;s reason:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Requested on %1 by %2</source>
        <translation>Requested on %1 by %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; by %2 on %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for your decision.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waiting for your decision.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, grade %2, school year %3</source>
        <translation>%1, grade %2, school year %3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 (%2): valid</source>
        <translation>%1 (%2): valid</translation>
    </message>
    <message>
        <source>%1 (%2): not valid, %3</source>
        <translation>%1 (%2): not valid, %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 not valid</source>
        <translation>%1 of %2 not valid</translation>
    </message>
    <message>
        <source>Version %1 carries no signatures.</source>
        <translation>Version %1 carries no signatures.</translation>
    </message>
    <message>
        <source>Signatures of version %1:</source>
        <translation>Signatures of version %1:</translation>
    </message>
    <message>
        <source>Approve revocation requests</source>
        <translation>Approve revocation requests</translation>
    </message>
    <message>
        <source>Reject revocation requests</source>
        <translation>Reject revocation requests</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n request(s)...</source>
        <translation>
            <numerusform>Approving %n request...</numerusform>
            <numerusform>Approving %n requests...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n request(s)...</source>
        <translation>
            <numerusform>Rejecting %n request...</numerusform>
            <numerusform>Rejecting %n requests...</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision did not run.</source>
        <translation>The decision did not run.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s): the records went back to their schools.</source>
        <translation>
            <numerusform>Approved %n request: the records went back to their schools.</numerusform>
            <numerusform>Approved %n requests: the records went back to their schools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n request(s): the records stay sent.</source>
        <translation>
            <numerusform>Rejected %n request: the records stay sent.</numerusform>
            <numerusform>Rejected %n requests: the records stay sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the end: %n request(s) were not decided and are still pending.</source>
        <translation>
            <numerusform>Stopped before the end: %n request were not decided and are still pending.</numerusform>
            <numerusform>Stopped before the end: %n requests were not decided and are still pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be decided:</source>
        <translation>
            <numerusform>%n request could not be decided:</numerusform>
            <numerusform>%n requests could not be decided:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...and %n more.</numerusform>
            <numerusform>...and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pending request(s) ticked</source>
        <translation>
            <numerusform>%1 of %n pending request ticked</numerusform>
            <numerusform>%1 of %n pending requests ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1, approved: %2, rejected: %3</source>
        <translation>Pending: %1, approved: %2, rejected: %3</translation>
    </message>
    <message>
        <source>No pending revocation requests for this school and grade.</source>
        <translation>No pending revocation requests for this school and grade.</translation>
    </message>
    <message>
        <source>No revocation requests for this choice.</source>
        <translation>No revocation requests for this choice.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Load the requests again (F5)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>S&amp;elect all</translation>
    </message>
    <message>
        <source>The buttons act on the ticked requests, or with none ticked on the highlighted one. Agreeing sends the records back to their schools; rejecting keeps them sent and needs a note.</source>
        <translation>The buttons act on the ticked requests, or with none ticked on the highlighted one. Agreeing sends the records back to their schools; rejecting keeps them sent and needs a note.</translation>
    </message>
    <message>
        <source>&amp;Agree to revoke</source>
        <translation>&amp;Agree to revoke</translation>
    </message>
    <message numerus="yes">
        <source> and %n other school(s)</source>
        <translation>
            <numerusform> and %n other school</numerusform>
            <numerusform> and %n other schools</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree to revoke sent records</source>
        <translation>Agree to revoke sent records</translation>
    </message>
    <message>
        <source>Tick the requests to decide, or highlight one, first.</source>
        <translation>Tick the requests to decide, or highlight one, first.</translation>
    </message>
    <message numerus="yes">
        <source>Agree to revoke %n sent record(s)?</source>
        <translation>
            <numerusform>Agree to revoke %n sent record?</numerusform>
            <numerusform>Agree to revoke %n sent records?</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1.</source>
        <translation>From: %1.</translation>
    </message>
    <message>
        <source>The records go back to their schools, which correct them, confirm them and send them again. This cannot be undone.</source>
        <translation>The records go back to their schools, which correct them, confirm them and send them again. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Agree to revoke (%n)</source>
        <translation>
            <numerusform>Agree to revoke (%n)</numerusform>
            <numerusform>Agree to revoke (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Agree to revoke (%n)</source>
        <translation>
            <numerusform>&amp;Agree to revoke (%n)</numerusform>
            <numerusform>&amp;Agree to revoke (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;ject (%n)...</source>
        <translation>
            <numerusform>Re&amp;ject (%n)...</numerusform>
            <numerusform>Re&amp;ject (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree to the ticked requests (with none ticked, the highlighted one): the records go back to their schools</source>
        <translation>Agree to the ticked requests (with none ticked, the highlighted one): the records go back to their schools</translation>
    </message>
    <message>
        <source>Reject the ticked requests (with none ticked, the highlighted one) with a note for the school</source>
        <translation>Reject the ticked requests (with none ticked, the highlighted one) with a note for the school</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RevocationTableModel</name>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source>%1, personal ID %2</source>
        <translation>%1, personal ID %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Lookup code</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <source>School&apos;s reason</source>
        <translation>School&apos;s reason</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>The school&apos;s account</source>
        <translation>The school&apos;s account</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolFormDialog</name>
    <message>
        <source>e.g. Trường Tiểu học An Bình</source>
        <translation>e.g. Trường Tiểu học An Bình</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>New school</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Managing unit:</source>
        <translation>&amp;Managing unit:</translation>
    </message>
    <message>
        <source>&amp;Ownership:</source>
        <translation>&amp;Ownership:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Add the school</source>
        <translation>Add the school</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>School %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan (vice principal)</source>
        <translation>e.g. Nguyễn Thị Lan (vice principal)</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolImportDialog</name>
    <message>
        <source>Import a school list</source>
        <translation>Import a school list</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) or an Excel workbook (.xlsx) with the columns Mã trường, Tên trường, Đơn vị quản lý and Loại hình (and, if you have them, Mã số thuế and Địa chỉ). Nothing is written until you press Import.</source>
        <translation>A CSV file (UTF-8) or an Excel workbook (.xlsx) with the columns Mã trường, Tên trường, Đơn vị quản lý and Loại hình (and, if you have them, Mã số thuế and Địa chỉ). Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Every line</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the school list</source>
        <translation>Choose the school list</translation>
    </message>
    <message>
        <source>School lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>School lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Reading %1...</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n new school(s), </source>
        <translation>
            <numerusform>%n new school, </numerusform>
            <numerusform>%n new schools, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without change, </source>
        <translation>
            <numerusform>%n without change, </numerusform>
            <numerusform>%n without change, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and choose it again: nothing is imported while a line is refused.</source>
        <translation>Correct the refused lines in the file and choose it again: nothing is imported while a line is refused.</translation>
    </message>
    <message>
        <source>The store already holds this list: there is nothing to import.</source>
        <translation>The store already holds this list: there is nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n school(s)</source>
        <translation>
            <numerusform>&amp;Import %n school</numerusform>
            <numerusform>&amp;Import %n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n school(s)...</source>
        <translation>
            <numerusform>Importing %n school...</numerusform>
            <numerusform>Importing %n schools...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The school list was imported: %n new school(s)</source>
        <translation>
            <numerusform>The school list was imported: %n new school</numerusform>
            <numerusform>The school list was imported: %n new schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n updated.</source>
        <translation>
            <numerusform> and %n updated.</numerusform>
            <numerusform> and %n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Managing unit</source>
        <translation>Managing unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SessionController</name>
    <message>
        <source>You have signed out. Sign in again to continue.</source>
        <translation>You have signed out. Sign in again to continue.</translation>
    </message>
    <message>
        <source>You were signed out because the program was not used for %1 minutes.</source>
        <translation>You were signed out because the program was not used for %1 minutes.</translation>
    </message>
    <message>
        <source>The demo database is ready. Every demo account&apos;s password is %1.</source>
        <translation>The demo database is ready. Every demo account&apos;s password is %1.</translation>
    </message>
    <message>
        <source>The new database is ready. Sign in as its administrator to add the other users.</source>
        <translation>The new database is ready. Sign in as its administrator to add the other users.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address and your username and password, as your administrator gave them.</source>
        <translation>Enter the server&apos;s address and your username and password, as your administrator gave them.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <source>Offline copies are made for the officers and viewers of a managing unit.</source>
        <translation>Offline copies are made for the officers and viewers of a managing unit.</translation>
    </message>
    <message>
        <source>The file %1 is the offline copy of %2.</source>
        <translation>The file %1 is the offline copy of %2.</translation>
    </message>
    <message>
        <source>This computer has an offline copy of %1 (%2). Work on it now? Sync it when you are back online, so that the server gets your changes.</source>
        <translation>This computer has an offline copy of %1 (%2). Work on it now? Sync it when you are back online, so that the server gets your changes.</translation>
    </message>
    <message>
        <source>Download the data of %1 to this computer (%2) and work offline? Decisions and lock dates you change there reach the server when you sync.</source>
        <translation>Download the data of %1 to this computer (%2) and work offline? Decisions and lock dates you change there reach the server when you sync.</translation>
    </message>
    <message>
        <source>The download did not run.</source>
        <translation>The download did not run.</translation>
    </message>
    <message>
        <source>Downloading your unit: %1 of %2 rows...</source>
        <translation>Downloading your unit: %1 of %2 rows...</translation>
    </message>
    <message>
        <source>Downloading the data of %1...</source>
        <translation>Downloading the data of %1...</translation>
    </message>
    <message>
        <source>The download was stopped. Choose Work offline again to continue where it stopped.</source>
        <translation>The download was stopped. Choose Work offline again to continue where it stopped.</translation>
    </message>
    <message numerus="yes">
        <source>You are working offline on a copy of %n record(s) of %1 school(s). Your decisions wait on this computer until you sync.</source>
        <translation>
            <numerusform>You are working offline on a copy of %n record of %1 school. Your decisions wait on this computer until you sync.</numerusform>
            <numerusform>You are working offline on a copy of %n records of %1 schools. Your decisions wait on this computer until you sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>The sync did not run.</source>
        <translation>The sync did not run.</translation>
    </message>
    <message>
        <source>Sending your changes: %1 of %2...</source>
        <translation>Sending your changes: %1 of %2...</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s changes: %1 row(s)...</source>
        <translation>Receiving the server&apos;s changes: %1 row(s)...</translation>
    </message>
    <message>
        <source>Downloading your unit again: %1 of %2 rows...</source>
        <translation>Downloading your unit again: %1 of %2 rows...</translation>
    </message>
    <message>
        <source>Syncing with the server...</source>
        <translation>Syncing with the server...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The restore did not run.</source>
        <translation>The restore did not run.</translation>
    </message>
    <message>
        <source>Restoring the copy %1...</source>
        <translation>Restoring the copy %1...</translation>
    </message>
    <message>
        <source>The store was restored from the backup copy. Sign in again to continue.</source>
        <translation>The store was restored from the backup copy. Sign in again to continue.</translation>
    </message>
    <message>
        <source>The store was not changed. Sign in again to continue.</source>
        <translation>The store was not changed. Sign in again to continue.</translation>
    </message>
    <message>
        <source>The restore was stopped: the store was not changed.</source>
        <translation>The restore was stopped: the store was not changed.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Sign out after &amp;inactivity of:</source>
        <translation>Sign out after &amp;inactivity of:</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Support contact</translation>
    </message>
    <message>
        <source>&amp;Hotline:</source>
        <translation>&amp;Hotline:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is not an email address.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SignInHelp</name>
    <message>
        <source>The password just typed has letters with diacritics: the Vietnamese input method (Unikey, EVKey) is probably on. Switch it to English (E) and type the password again.</source>
        <translation>The password just typed has letters with diacritics: the Vietnamese input method (Unikey, EVKey) is probably on. Switch it to English (E) and type the password again.</translation>
    </message>
    <message>
        <source>Check that Caps Lock is off: passwords tell capital letters from small ones.</source>
        <translation>Check that Caps Lock is off: passwords tell capital letters from small ones.</translation>
    </message>
    <message>
        <source>Check the Vietnamese input method (Unikey, EVKey): with Telex or VNI, &quot;aa&quot; becomes &quot;â&quot; and &quot;a1&quot; becomes &quot;á&quot;. Switch it to English (E) while typing the password.</source>
        <translation>Check the Vietnamese input method (Unikey, EVKey): with Telex or VNI, &quot;aa&quot; becomes &quot;â&quot; and &quot;a1&quot; becomes &quot;á&quot;. Switch it to English (E) while typing the password.</translation>
    </message>
    <message>
        <source>Forgotten password: the administrator of your unit resets it.</source>
        <translation>Forgotten password: the administrator of your unit resets it.</translation>
    </message>
    <message>
        <source>Forgotten password: the administrator of your unit resets it (support: %1).</source>
        <translation>Forgotten password: the administrator of your unit resets it (support: %1).</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::StatisticsPage</name>
    <message>
        <source>Follow the progress of the schools of your unit: how many records are confirmed complete, sent and not yet sent.</source>
        <translation>Follow the progress of the schools of your unit: how many records are confirmed complete, sent and not yet sent.</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>&amp;Highlight schools below:</source>
        <translation>&amp;Highlight schools below:</translation>
    </message>
    <message>
        <source>Schools that sent less than this share of their records get a red background; 0 turns the marking off</source>
        <translation>Schools that sent less than this share of their records get a red background; 0 turns the marking off</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Click a school in the table or a bar of the chart to see its grades 1 to 5.</source>
        <translation>Click a school in the table or a bar of the chart to see its grades 1 to 5.</translation>
    </message>
    <message>
        <source>Records per school</source>
        <translation>Records per school</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook (.xlsx)</source>
        <translation>Save the table as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;xcel (.xlsx)...</source>
        <translation>E&amp;xcel (.xlsx)...</translation>
    </message>
    <message>
        <source>Save the table as comma-separated values (.csv, UTF-8)</source>
        <translation>Save the table as comma-separated values (.csv, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>&amp;CSV...</translation>
    </message>
    <message>
        <source>Save the table and the chart as a PDF file (A4 landscape)</source>
        <translation>Save the table and the chart as a PDF file (A4 landscape)</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n school(s)</source>
        <translation>
            <numerusform>Total: %n school</numerusform>
            <numerusform>Total: %n schools</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades of %1</source>
        <translation>Grades of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) below</source>
        <translation>
            <numerusform>%n school below</numerusform>
            <numerusform>%n schools below</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sent of %2 expected (%3); %4 confirmed complete; %5 not sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sent of %2 expected (%3); %4 confirmed complete; %5 not sent.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Updated %2</source>
        <translation>%1&lt;br&gt;Updated %2</translation>
    </message>
    <message>
        <source>progress-%1</source>
        <comment>suggested file name; keep it ASCII, without spaces</comment>
        <translation>progress-%1</translation>
    </message>
    <message>
        <source>-grade-%1</source>
        <comment>suggested file name; keep it ASCII, without spaces</comment>
        <translation>-grade-%1</translation>
    </message>
    <message>
        <source>Export statistics to Excel</source>
        <translation>Export statistics to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics to CSV</source>
        <translation>Export statistics to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export statistics to PDF</source>
        <translation>Export statistics to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Saving %1...</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>Cannot replace %1: it may be open in another program.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The statistics were saved to %1.</source>
        <translation>The statistics were saved to %1.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>Schools below %1% sent are shaded.</source>
        <translation>Schools below %1% sent are shaded.</translation>
    </message>
    <message>
        <source>Print statistics</source>
        <translation>Print statistics</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the numbers again (F5)</source>
        <translation>Load the numbers again (F5)</translation>
    </message>
    <message>
        <source>Print the table</source>
        <translation>Print the table</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Back to the unit above (Alt+Up)</source>
        <translation>Back to the unit above (Alt+Up)</translation>
    </message>
    <message>
        <source>Double-click a unit (or press Enter) to see its schools.</source>
        <translation>Double-click a unit (or press Enter) to see its schools.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n unit(s)</source>
        <translation>
            <numerusform>Total: %n unit</numerusform>
            <numerusform>Total: %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Records per unit</source>
        <translation>Records per unit</translation>
    </message>
    <message>
        <source>Double-click a unit to see its schools, then click a school to see its grades 1 to 5.</source>
        <translation>Double-click a unit to see its schools, then click a school to see its grades 1 to 5.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below</source>
        <translation>
            <numerusform>%n unit below</numerusform>
            <numerusform>%n units below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;mind (%n)...</source>
        <translation>
            <numerusform>Re&amp;mind (%n)...</numerusform>
            <numerusform>Re&amp;mind (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind the lagging schools with an official letter: the schools selected in the table (Ctrl+click), or else those marked below the share</source>
        <translation>Remind the lagging schools with an official letter: the schools selected in the table (Ctrl+click), or else those marked below the share</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SyncReportDialog</name>
    <message>
        <source>Approve revocation request #%1</source>
        <translation>Approve revocation request #%1</translation>
    </message>
    <message>
        <source>Reject revocation request #%1</source>
        <translation>Reject revocation request #%1</translation>
    </message>
    <message>
        <source>Approve certificate #%1</source>
        <translation>Approve certificate #%1</translation>
    </message>
    <message>
        <source>Reject certificate #%1</source>
        <translation>Reject certificate #%1</translation>
    </message>
    <message>
        <source>Revoke certificate #%1</source>
        <translation>Revoke certificate #%1</translation>
    </message>
    <message>
        <source>Set lock dates</source>
        <translation>Set lock dates</translation>
    </message>
    <message>
        <source>Clear a school&apos;s lock dates</source>
        <translation>Clear a school&apos;s lock dates</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Sync result</translation>
    </message>
    <message>
        <source>The server was restored or upgraded, so your unit was downloaded again.</source>
        <translation>The server was restored or upgraded, so your unit was downloaded again.</translation>
    </message>
    <message>
        <source>Every change you made offline was applied.</source>
        <translation>Every change you made offline was applied.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes could not be applied: somebody decided first, or the rules refused them.</source>
        <translation>
            <numerusform>%n of your changes could not be applied: somebody decided first, or the rules refused them.</numerusform>
            <numerusform>%n of your changes could not be applied: somebody decided first, or the rules refused them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Decided first by %1</source>
        <translation>Decided first by %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the server.</source>
        <translation>
            <numerusform>Sent %n change to the server.</numerusform>
            <numerusform>Sent %n changes to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n row(s) from it.</source>
        <translation>
            <numerusform>Received %n row from it.</numerusform>
            <numerusform>Received %n rows from it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TechnicalDetailsPane</name>
    <message>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Hide the serial numbers, full names and codes</source>
        <translation>Hide the serial numbers, full names and codes</translation>
    </message>
    <message>
        <source>Show the serial numbers, full names and codes</source>
        <translation>Show the serial numbers, full names and codes</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TodoPage</name>
    <message>
        <source>To-do on %1</source>
        <translation>To-do on %1</translation>
    </message>
    <message>
        <source>Certificates waiting for approval</source>
        <translation>Certificates waiting for approval</translation>
    </message>
    <message numerus="yes">
        <source>Approved certificates expiring within %n day(s)</source>
        <translation>
            <numerusform>Approved certificates expiring within %n day</numerusform>
            <numerusform>Approved certificates expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation requests waiting for a decision</source>
        <translation>Revocation requests waiting for a decision</translation>
    </message>
    <message>
        <source>Schools below %1% of records sent (school year %2)</source>
        <translation>Schools below %1% of records sent (school year %2)</translation>
    </message>
    <message numerus="yes">
        <source>Lock dates within the next %n day(s) (school grades)</source>
        <translation>
            <numerusform>Lock dates within the next %n day (school grades)</numerusform>
            <numerusform>Lock dates within the next %n days (school grades)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive lock</source>
        <translation>receive lock</translation>
    </message>
    <message>
        <source>revoke lock</source>
        <translation>revoke lock</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4, grade(s) %5</source>
        <translation>%1, %2: %3 %4, grade(s) %5</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Work waiting in your units. Double-click a line (or press Enter) to open the function that lists it.</source>
        <translation>Work waiting in your units. Double-click a line (or press Enter) to open the function that lists it.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Count again (F5)</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TrustAnchorsDialog</name>
    <message>
        <source>Trusted root certificates</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <source>The certificate authorities that the schools&apos; certificates must chain to. A public school&apos;s seal must chain to a root of the Government CA (VGCA); a private school&apos;s to a VGCA root or a licensed public CA. Test roots vouch for no school. Intermediate CAs only help to build the chains.</source>
        <translation>The certificate authorities that the schools&apos; certificates must chain to. A public school&apos;s seal must chain to a root of the Government CA (VGCA); a private school&apos;s to a VGCA root or a licensed public CA. Test roots vouch for no school. Intermediate CAs only help to build the chains.</translation>
    </message>
    <message>
        <source>&amp;Family of the added certificates:</source>
        <translation>&amp;Family of the added certificates:</translation>
    </message>
    <message>
        <source>&amp;Add from file...</source>
        <translation>&amp;Add from file...</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trust store is empty: no school certificate can pass the chain check.</source>
        <translation>The trust store is empty: no school certificate can pass the chain check.</translation>
    </message>
    <message>
        <source>Choose a certificate in the list to see its full name and fingerprint.</source>
        <translation>Choose a certificate in the list to see its full name and fingerprint.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2; key %3</source>
        <translation>Valid from %1 to %2; key %3</translation>
    </message>
    <message>
        <source>Family: %1 (%2)</source>
        <translation>Family: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Add trusted CA certificates</source>
        <translation>Add trusted CA certificates</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n certificate(s) to the trust store:</source>
        <translation>
            <numerusform>Added %n certificate to the trust store:</numerusform>
            <numerusform>Added %n certificates to the trust store:</numerusform>
        </translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <source>Already trusted, left as they were: %1</source>
        <translation>Already trusted, left as they were: %1</translation>
    </message>
    <message>
        <source>Automatic: an intermediate takes its root&apos;s family</source>
        <translation>Automatic: an intermediate takes its root&apos;s family</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Only an administrator can add certificates to the trust store.</source>
        <translation>Only an administrator can add certificates to the trust store.</translation>
    </message>
    <message>
        <source>Add the CA certificates of a PEM, DER, .cer or .p7b file</source>
        <translation>Add the CA certificates of a PEM, DER, .cer or .p7b file</translation>
    </message>
    <message>
        <source>Test root</source>
        <translation>Test root</translation>
    </message>
    <message>
        <source>Test intermediate</source>
        <translation>Test intermediate</translation>
    </message>
    <message>
        <source>For rehearsals and tests: a certificate that chains to it is not a real school&apos;s.</source>
        <translation>For rehearsals and tests: a certificate that chains to it is not a real school&apos;s.</translation>
    </message>
    <message>
        <source>Test root: for rehearsals and tests, not a real certification authority.</source>
        <translation>Test root: for rehearsals and tests, not a real certification authority.</translation>
    </message>
    <message>
        <source>Test intermediate: for rehearsals and tests, not a real certification authority.</source>
        <translation>Test intermediate: for rehearsals and tests, not a real certification authority.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UnitFormDialog</name>
    <message>
        <source>New managing unit</source>
        <translation>New managing unit</translation>
    </message>
    <message>
        <source>e.g. XA07</source>
        <translation>e.g. XA07</translation>
    </message>
    <message>
        <source>e.g. UBND xã An Bình</source>
        <translation>e.g. UBND xã An Bình</translation>
    </message>
    <message>
        <source>(none: at the top of the tree)</source>
        <translation>(none: at the top of the tree)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Above it:</source>
        <translation>&amp;Above it:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Add the unit</source>
        <translation>Add the unit</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The people who may sign in to this program, with their role and unit. Officers decide for their own unit; viewers only look up records and statistics; administrators manage users.</source>
        <translation>The people who may sign in to this program, with their role and unit. Officers decide for their own unit; viewers only look up records and statistics; administrators manage users.</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Clear the failed sign-in attempts and the lock-out</source>
        <translation>Clear the failed sign-in attempts and the lock-out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable the user %1? They will no longer be able to sign in until an administrator enables them again.</source>
        <translation>Disable the user %1? They will no longer be able to sign in until an administrator enables them again.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Unlock user</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Digital school records</source>
        <translation>Welcome to Digital school records</translation>
    </message>
    <message>
        <source>First start on this computer</source>
        <translation>First start on this computer</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. How would you like to start?</source>
        <translation>There is no database on this computer yet. How would you like to start?</translation>
    </message>
    <message>
        <source>Create the &amp;demo database</source>
        <translation>Create the &amp;demo database</translation>
    </message>
    <message>
        <source>A sample education office with schools, pupils, records and certificates, to try the program out. Demo accounts are created for every role.</source>
        <translation>A sample education office with schools, pupils, records and certificates, to try the program out. Demo accounts are created for every role.</translation>
    </message>
    <message>
        <source>Create an &amp;empty database</source>
        <translation>Create an &amp;empty database</translation>
    </message>
    <message>
        <source>Start with real data on this computer: you create the first administrator account now.</source>
        <translation>Start with real data on this computer: you create the first administrator account now.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server</source>
        <translation>&amp;Connect to a server</translation>
    </message>
    <message>
        <source>Sign in to your office&apos;s shared database (PostgreSQL) with the address your administrator gave you.</source>
        <translation>Sign in to your office&apos;s shared database (PostgreSQL) with the address your administrator gave you.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Digital school records</translation>
    </message>
    <message>
        <source>A database made here is saved as %1.</source>
        <translation>A database made here is saved as %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>A database has appeared at %1 in the meantime. Sign in to it.</source>
        <translation>A database has appeared at %1 in the meantime. Sign in to it.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation>Creating the demo database...</translation>
    </message>
    <message>
        <source>The demo database was not created.</source>
        <translation>The demo database was not created.</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>The demo database could not be created: %1</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly.</source>
        <translation>the work stopped unexpectedly.</translation>
    </message>
    <message>
        <source>The demo database is ready</source>
        <translation>The demo database is ready</translation>
    </message>
    <message numerus="yes">
        <source>The demo database was created with %n school(s).</source>
        <translation>
            <numerusform>The demo database was created with %n school.</numerusform>
            <numerusform>The demo database was created with %n schools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation>Demo accounts:</translation>
    </message>
    <message>
        <source>Every demo account&apos;s password is %1.</source>
        <translation>Every demo account&apos;s password is %1.</translation>
    </message>
    <message>
        <source>The sign-in window is filled in with the officer account %1.</source>
        <translation>The sign-in window is filled in with the officer account %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::workspace::Workspace</name>
    <message>
        <source>The read replica %1: %2</source>
        <translation>The read replica %1: %2</translation>
    </message>
</context>
</TS>
