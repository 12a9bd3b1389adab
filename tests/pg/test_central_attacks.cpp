// Attacks on the central store by the people who may connect to it: each test connects with the
// login role of a demo user (no program in between, or the program's services under that role) and
// tries something the rules must not allow, then checks what the superuser sees. The store is made
// the way an installation makes it, by an init role that is no superuser, in both setups of
// CentralSetup (the database owned by the init role, or by the DBA). A refused change is an error
// or zero rows changed; either way the victim's rows must not change. Unit A is demo unit 1, unit B
// demo unit 2. PostgreSQL only (needs HOCBASO_TEST_PG; skipped without it, failed without it when
// CI=true).

#include "CentralAttack.h"

// The tests are written in the vocabulary of the fixture (CentralAttack.h).
using namespace hocbaso::test::attack;

// 1. A temporary table named like a table of the store shadows it in every function that does not
// pin its search_path (pg_temp comes first for tables unless named last): the policies' own
// helpers then read the attacker's "schools". Nobody may make temporary tables, and every function
// names pg_temp last.
TEST_P(CentralAttack, TemporaryTablesShadowNothing)
{
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, "canbo1");
    const QString db = c->databaseName();

    // (a) No temporary tables at all.
    const auto temp = execAs(officer->database(), QStringLiteral("CREATE TEMP TABLE schools (id bigint)"));
    EXPECT_FALSE(temp.ok) << "an officer made a temporary table";
    execAs(officer->database(), QStringLiteral("DROP TABLE IF EXISTS pg_temp.schools"));

    // (b) Not for any login role, not through PUBLIC; nobody creates in the schema public.
    for (const services::DemoUser& u : c->demo().users) {
        EXPECT_EQ(
            text(c->one(
                QStringLiteral("SELECT has_database_privilege('%1', current_database(), 'TEMP')").arg(u.username))),
            text(QStringLiteral("false")))
            << u.username.toStdString();
        EXPECT_EQ(text(c->one(QStringLiteral("SELECT has_schema_privilege('%1', 'public', 'CREATE')").arg(u.username))),
                  text(QStringLiteral("false")))
            << u.username.toStdString();
    }
    EXPECT_EQ(text(sure(QStringLiteral("SELECT coalesce(string_agg(a.privilege_type, ', '), '') FROM pg_database d, "
                                       "aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a WHERE d.datname = "
                                       "current_database() AND a.grantee = 0 AND a.privilege_type IN ('CONNECT', "
                                       "'TEMPORARY', 'CREATE')"))),
              text(QString()))
        << "PUBLIC's privileges on the database " << db.toStdString();
    EXPECT_EQ(
        text(c->one(QStringLiteral("SELECT count(*) FROM pg_namespace n, aclexplode(coalesce(n.nspacl, "
                                   "acldefault('n', n.nspowner))) a WHERE n.nspname = 'public' AND a.grantee = 0 AND "
                                   "a.privilege_type = 'CREATE'"))),
        text(QStringLiteral("0")))
        << "PUBLIC may create in the schema public";

    // (c) Defence in depth: the DBA grants the officer TEMPORARY by mistake. Shadow tables that give
    // every id to unit A, with and without pg_temp first in the search_path.
    ASSERT_TRUE(c->dba().execDirect(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(db, me)));
    const QString schools2 = schoolsB();
    const QString pendingCert = c->one(
        QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' ORDER BY id LIMIT 1")
            .arg(schools2));
    const QString pendingRequest =
        c->one(QStringLiteral("SELECT id FROM revocation_requests WHERE school_id IN (%1) AND status = 'pending' "
                              "ORDER BY id LIMIT 1")
                   .arg(schools2));
    ASSERT_FALSE(pendingCert.isEmpty());
    ASSERT_FALSE(pendingRequest.isEmpty());
    const qint64 maxId = c->count(QStringLiteral("SELECT greatest((SELECT max(id) FROM schools), (SELECT max(id) FROM "
                                                 "records), (SELECT max(id) FROM certificates)) + 100"));
    const QString before = fingerprint(2);
    ASSERT_FALSE(before.isEmpty());
    const QList<QPair<QString, QString>> seen = {
        {QStringLiteral("pupils"), QStringLiteral("SELECT count(*) FROM public.pupils WHERE school_id IN (%1)")},
        {QStringLiteral("records"), QStringLiteral("SELECT count(*) FROM public.records WHERE school_id IN (%1)")},
        {QStringLiteral("record_versions"),
         QStringLiteral("SELECT count(*) FROM public.record_versions WHERE school_id IN (%1)")},
        {QStringLiteral("certificates"),
         QStringLiteral("SELECT count(*) FROM public.certificates WHERE school_id IN (%1)")},
    };
    for (const bool setPath : {true, false}) {
        SCOPED_TRACE(setPath ? "search_path = pg_temp, public" : "the default search_path");
        for (const char* t : {"signatures", "revocation_requests", "records", "certificates", "schools"})
            execAs(officer->database(), QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1").arg(QLatin1String(t)));
        execAs(officer->database(),
               setPath ? QStringLiteral("SET search_path = pg_temp, public") : QStringLiteral("RESET search_path"));
        const auto shadow = execAs(
            officer->database(),
            QStringLiteral("CREATE TEMP TABLE schools AS SELECT g::bigint AS id, 'X' || g AS code, 'x' AS name, 'x' AS "
                           "name_folded, 'x' COLLATE \"C\" AS name_sort, %1::bigint AS unit_id, 'public' AS ownership, "
                           "NULL::text AS tax_code, NULL::text AS address, 1 AS row_version, false AS deleted FROM "
                           "generate_series(1, %2) AS g")
                .arg(unitA())
                .arg(maxId));
        if (!shadow.ok) {
            ADD_FAILURE() << "the officer could not make the shadow table although the DBA granted TEMPORARY: "
                          << shadow.error.toStdString();
            continue;
        }
        // With the shadow in place, whatever the officer now sees is copied, made approved.
        for (const QString& sql :
             {QStringLiteral("CREATE TEMP TABLE records AS SELECT * FROM public.records"),
              QStringLiteral("CREATE TEMP TABLE certificates AS SELECT * FROM public.certificates"),
              QStringLiteral("UPDATE pg_temp.certificates SET status = 'approved'"),
              QStringLiteral("CREATE TEMP TABLE revocation_requests AS SELECT * FROM public.revocation_requests"),
              QStringLiteral("UPDATE pg_temp.revocation_requests SET status = 'approved'"),
              QStringLiteral("CREATE TEMP TABLE signatures AS SELECT * FROM public.signatures")}) {
            const auto r = execAs(officer->database(), sql);
            EXPECT_TRUE(r.ok) << sql.toStdString() << ": " << r.error.toStdString();
        }
        for (const auto& [table, sql] : seen)
            EXPECT_EQ(text(oneOn(officer->database(), sql.arg(schools2))), text(QStringLiteral("0")))
                << "unit B's " << table.toStdString() << " seen through the shadow";
        const auto approve = execAs(officer->database(),
                                    QStringLiteral("UPDATE public.certificates SET status = 'approved', decided_by = "
                                                   "'%1', decided_at = now() WHERE id = %2")
                                        .arg(me, pendingCert));
        EXPECT_TRUE(refused(approve)) << "approving unit B's certificate: " << describe(approve);
        const auto decide =
            execAs(officer->database(), QStringLiteral("UPDATE public.revocation_requests SET status = 'approved', "
                                                       "decided_by = '%1', decided_at = now() WHERE id = %2")
                                            .arg(me, pendingRequest));
        EXPECT_TRUE(refused(decide)) << "approving unit B's revocation request: " << describe(decide);
    }
    EXPECT_EQ(text(fingerprint(2)), text(before));
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status FROM certificates WHERE id = %1").arg(pendingCert))),
              text(QStringLiteral("pending")));
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(pendingRequest))),
              text(QStringLiteral("pending")));

    // (d) Every function of the store pins a search_path with pg_temp last (extensions' aside).
    EXPECT_EQ(text(sure(QStringLiteral(
                  "SELECT coalesce(string_agg(p.proname, ', ' ORDER BY p.proname), '') FROM pg_proc p JOIN "
                  "pg_namespace n ON n.oid = p.pronamespace LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = "
                  "'e' WHERE n.nspname = 'public' AND d.objid IS NULL AND NOT EXISTS (SELECT 1 FROM "
                  "unnest(p.proconfig) cfg WHERE cfg LIKE 'search_path=%pg_temp')"))),
              text(QString()))
        << "functions without search_path = ..., pg_temp";
}

// 2. A revoked record is corrected as a new version (the revoked one stays in the history); the
// school cannot put the revoked version back, nor date its own sending.
TEST_P(CentralAttack, ARevokedRecordComesBackOnlyAsANewVersion)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty()) << "no school of unit A with approved certificates";
    SCHOOL_USER(head, "hieutruong", school);
    SIGN_IN(officer, "canbo1");
    // Two sent records of the school revoked the legitimate way: the school asks, the unit approves.
    const QStringList sent = recordsOf(school, "sent", 2, true,
                                       QStringLiteral("AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE "
                                                      "q.record_id = r.id AND q.status = 'pending')"));
    ASSERT_EQ(sent.size(), 2);
    services::SchoolActions actions(head->context(), &c->keys());
    QList<qint64> requests;
    for (const QString& record : sent) {
        auto requested = actions.requestRevocation(uuidOf(record), QStringLiteral("Sai ngày sinh của học sinh."));
        ASSERT_TRUE(requested.ok()) << requested.errorString().toStdString();
        requests << *requested;
    }
    auto approved = services::RevocationReview(officer->context()).approve(requests);
    ASSERT_TRUE(approved.ok()) << approved.errorString().toStdString();
    ASSERT_EQ(approved->decided.size(), 2);
    const QString revoked = sent.at(0), corrected = sent.at(1);
    const QString versionBefore = c->one(QStringLiteral("SELECT version FROM records WHERE id = %1").arg(revoked));
    ASSERT_EQ(text(c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(revoked))),
              text(QStringLiteral("revoked")));

    // The revoked version confirmed again in place.
    const auto back =
        execAs(head->database(), QStringLiteral("UPDATE records SET status = 'confirmed' WHERE id = %1").arg(revoked));
    EXPECT_TRUE(refused(back)) << "revoked -> confirmed at the same version: " << describe(back);
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status || ' ' || version FROM records WHERE id = %1").arg(revoked))),
              text(QStringLiteral("revoked ") + versionBefore));

    // Sending with a date of the school's choosing.
    const QStringList ready =
        recordsOf(school, "confirmed", 1, true, QStringLiteral("AND hocbaso_signed_by_approved(r.id, r.version)"));
    ASSERT_EQ(ready.size(), 1);
    const auto backdated = execAs(head->database(), QStringLiteral("UPDATE records SET status = 'sent', sent_at = "
                                                                   "'2020-01-01 00:00+07', updated_at = now() WHERE "
                                                                   "id = %1")
                                                        .arg(ready.first()));
    EXPECT_NE(
        text(sure(QStringLiteral("SELECT CASE WHEN status <> 'sent' THEN 'refused' WHEN sent_at BETWEEN now() - "
                                 "interval '10 minutes' AND now() + interval '10 minutes' THEN 'the server''s time' "
                                 "ELSE 'the client''s time: ' || sent_at END FROM records WHERE id = %1")
                      .arg(ready.first()))
                 .left(16)),
        text(QStringLiteral("the client's tim")))
        << describe(backdated);

    // The program's way still works: a new version, confirmed and sent.
    auto again = actions.confirm(uuidOf(corrected));
    ASSERT_TRUE(again.ok()) << again.errorString().toStdString();
    const int correctedVersion =
        c->one(QStringLiteral("SELECT version FROM record_versions WHERE record_id = %1 AND status = 'revoked'")
                   .arg(corrected))
            .toInt();
    EXPECT_EQ(again->version, correctedVersion + 1);
    auto resent = actions.send(uuidOf(corrected));
    ASSERT_TRUE(resent.ok()) << resent.errorString().toStdString();
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status || ' ' || version FROM records WHERE id = %1").arg(corrected))),
              text(QStringLiteral("sent %1").arg(correctedVersion + 1)));
}

// 3. row_version is how replicas tell a newer row: whoever writes a row does not choose it (a
// maximal one would freeze the row on every replica and make the next change overflow).
TEST_P(CentralAttack, RowVersionIsTheServers)
{
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, "canbo1");
    const QString max = QString::fromLatin1(kMaxRowVersion);

    // (a) A decision with a row_version of the officer's choosing.
    const QString cert = c->one(
        QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' ORDER BY id LIMIT 1")
            .arg(schoolsA()));
    ASSERT_FALSE(cert.isEmpty());
    const qint64 certVersion = c->count(QStringLiteral("SELECT row_version FROM certificates WHERE id = %1").arg(cert));
    const auto decided =
        execAs(officer->database(), QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = '%1', "
                                                   "decided_at = now(), row_version = %2 WHERE id = %3")
                                        .arg(me, max, cert));
    const QString certStatus = c->one(QStringLiteral("SELECT status FROM certificates WHERE id = %1").arg(cert));
    EXPECT_EQ(c->count(QStringLiteral("SELECT row_version FROM certificates WHERE id = %1").arg(cert)),
              certStatus == QLatin1String("approved") ? certVersion + 1 : certVersion)
        << describe(decided);
    services::CertificateReview review(officer->context());
    if (certStatus == QLatin1String("pending")) {
        auto ok = review.approve({cert.toLongLong()}, yes);
        ASSERT_TRUE(ok.ok()) << ok.errorString().toStdString();
    }
    auto revoked = review.revoke({cert.toLongLong()}, QStringLiteral("Lộ khóa bí mật."));
    EXPECT_TRUE(revoked.ok() && revoked->decided == QList<qint64>{cert.toLongLong()})
        << "revoking it through the service afterwards: "
        << (!revoked.ok()                ? revoked.errorString().toStdString()
            : revoked->refused.isEmpty() ? std::string("not decided")
                                         : revoked->refused.first().reason.toStdString());

    // (b) Lock dates inserted and updated with a row_version of the officer's choosing.
    const QString lockRow = QStringLiteral("SELECT row_version FROM lock_settings WHERE unit_id = %1 AND school_year = "
                                           "2031 AND school_id IS NULL AND grade = %2")
                                .arg(unitA());
    const auto inserted = execAs(officer->database(),
                                 QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, "
                                                "updated_at, updated_by, row_version) VALUES (%1, 2031, 1, "
                                                "'2032-05-01', now(), '%2', %3)")
                                     .arg(unitA())
                                     .arg(me, max));
    const QString insertedVersion = sure(lockRow.arg(1));
    EXPECT_TRUE(insertedVersion.isEmpty() || insertedVersion == QLatin1String("1"))
        << "stored row_version " << insertedVersion.toStdString() << "; " << describe(inserted);
    const auto plain = execAs(officer->database(),
                              QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, "
                                             "updated_at, updated_by) VALUES (%1, 2031, 2, '2032-05-01', now(), '%2')")
                                  .arg(unitA())
                                  .arg(me));
    ASSERT_TRUE(plain.ok && plain.rows == 1) << plain.error.toStdString();
    const qint64 lockVersion = c->count(lockRow.arg(2));
    const auto updated =
        execAs(officer->database(), QStringLiteral("UPDATE lock_settings SET receive_lock = '2032-05-02', updated_at = "
                                                   "now(), updated_by = '%1', row_version = %2 WHERE unit_id = %3 AND "
                                                   "school_year = 2031 AND school_id IS NULL AND grade = 2")
                                        .arg(me, max)
                                        .arg(unitA()));
    const qint64 afterUpdate = c->count(lockRow.arg(2));
    EXPECT_TRUE(afterUpdate == lockVersion + 1 || (refused(updated) && afterUpdate == lockVersion))
        << "stored row_version " << afterUpdate << "; " << describe(updated);

    // (c) A school user's new rows with a row_version of its choosing.
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty());
    SCHOOL_USER(head, "hieutruong", school);
    const QString headName = c->user(QStringLiteral("hieutruong"));
    const QStringList sent = recordsOf(school, "sent", 1, true,
                                       QStringLiteral("AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE "
                                                      "q.record_id = r.id AND q.status = 'pending')"));
    ASSERT_EQ(sent.size(), 1);
    const auto request =
        execAs(head->database(), QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, "
                                                "requested_at, requested_by, status, row_version) SELECT id, version, "
                                                "'sai tên', now(), '%1', 'pending', %2 FROM records WHERE id = %3")
                                     .arg(headName, max, sent.first()));
    const QString requestVersion =
        c->one(QStringLiteral("SELECT row_version FROM revocation_requests WHERE record_id = %1 AND status = 'pending'")
                   .arg(sent.first()));
    EXPECT_TRUE(requestVersion.isEmpty() || requestVersion == QLatin1String("1"))
        << "revocation request stored with row_version " << requestVersion.toStdString() << "; " << describe(request);
    const auto registered =
        execAs(head->database(),
               QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, "
                              "serial_hex, not_before, not_after, submitted_at, submitted_by, row_version) VALUES "
                              "(%1, 'unit', 'pending', '\\x00', 'rowversion-attack', 'CN=x', 'CN=y', '1', now(), "
                              "now() + interval '1 year', now(), '%2', %3)")
                   .arg(school, headName, max));
    const QString certRowVersion =
        sure(QStringLiteral("SELECT row_version FROM certificates WHERE sha256 = 'rowversion-attack'"));
    EXPECT_TRUE(certRowVersion.isEmpty() || certRowVersion == QLatin1String("1"))
        << "certificate stored with row_version " << certRowVersion.toStdString() << "; " << describe(registered);

    // (d) The school's own records: row_version alone, or beside a change of status.
    const QStringList drafts = recordsOf(school, "draft", 1, false);
    const QStringList confirmed = recordsOf(school, "confirmed", 1, false);
    ASSERT_EQ(drafts.size(), 1);
    for (const QString& record : drafts + confirmed) {
        const QString recordVersion = QStringLiteral("SELECT row_version FROM records WHERE id = %1").arg(record);
        const qint64 old = c->count(recordVersion);
        const QString oldStatus = c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(record));
        const bool alone = oldStatus == QLatin1String("draft");
        const auto r =
            execAs(head->database(),
                   alone ? QStringLiteral("UPDATE records SET row_version = %1 WHERE id = %2").arg(max, record)
                         : QStringLiteral("UPDATE records SET status = 'draft', row_version = %1 WHERE id "
                                          "= %2")
                               .arg(max, record));
        const qint64 now = c->count(recordVersion);
        EXPECT_TRUE(now == old || now == old + 1) << (alone ? "row_version alone" : "confirmed -> draft") << ": stored "
                                                  << now << " after " << old << "; " << describe(r);
    }
}

// 4. What a school confirmed (the content and its three signatures) stays as it was; only a new
// version after a revocation changes it, and signatures are removed by nobody.
TEST_P(CentralAttack, ConfirmedContentAndSignaturesAreImmutable)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty());
    SCHOOL_USER(head, "hieutruong", school);
    const QStringList sent = recordsOf(school, "sent", 1, false);
    const QStringList confirmed =
        recordsOf(school, "confirmed", 2, true, QStringLiteral("AND hocbaso_signed_by_approved(r.id, r.version)"));
    const QStringList drafts = recordsOf(school, "draft", 1, false);
    ASSERT_EQ(sent.size(), 1);
    ASSERT_EQ(confirmed.size(), 2) << "two confirmed records the school could send";
    ASSERT_EQ(drafts.size(), 1);

    // Nobody's login deletes signatures at all.
    for (const services::DemoUser& u : c->demo().users)
        EXPECT_EQ(
            text(c->one(QStringLiteral("SELECT has_table_privilege('%1', 'signatures', 'DELETE')").arg(u.username))),
            text(QStringLiteral("false")))
            << u.username.toStdString() << " may delete signatures";

    auto attackVersion = [&](const QString& record, const char* what) {
        SCOPED_TRACE(what);
        const QString version = c->one(QStringLiteral("SELECT version FROM records WHERE id = %1").arg(record));
        const QString signatures = signaturesOf(record), content = contentOf(record);
        ASSERT_TRUE(signatures.startsWith(QStringLiteral("3:"))) << signatures.toStdString();
        ASSERT_FALSE(content.isEmpty());
        const auto deleted =
            execAs(head->database(), QStringLiteral("DELETE FROM signatures WHERE record_id = %1").arg(record));
        EXPECT_TRUE(refused(deleted)) << "deleting the signatures: " << describe(deleted);
        const auto added =
            execAs(head->database(), QStringLiteral("INSERT INTO signatures (record_id, version, role, signer, "
                                                    "signed_at, cms) VALUES (%1, %2, 'teacher', 'Giáo viên khác', "
                                                    "now(), '\\x3000')")
                                         .arg(record, version));
        EXPECT_TRUE(refused(added)) << "adding a signature: " << describe(added);
        const auto edited = execAs(head->database(), QStringLiteral("UPDATE record_versions SET content = content || "
                                                                    "' ' WHERE record_id = %1 AND version = %2")
                                                         .arg(record, version));
        EXPECT_TRUE(refused(edited)) << "changing the content: " << describe(edited);
        EXPECT_EQ(text(signaturesOf(record)), text(signatures));
        EXPECT_EQ(text(contentOf(record)), text(content));
    };
    attackVersion(sent.first(), "a sent record");
    attackVersion(confirmed.at(0), "a confirmed record");

    // The trick: the record marked sent alone (its version row left confirmed), the version then
    // put back to draft, and its signatures deleted as a draft's.
    {
        SCOPED_TRACE("sent record, confirmed version, back to draft");
        const QString record = confirmed.at(1);
        const QString version = c->one(QStringLiteral("SELECT version FROM records WHERE id = %1").arg(record));
        const QString signatures = signaturesOf(record), content = contentOf(record);
        const auto sentAlone =
            execAs(head->database(), QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(record));
        std::cout << "[ note ] records.status = 'sent' alone: " << describe(sentAlone) << "\n";
        const auto toDraft = execAs(head->database(), QStringLiteral("UPDATE record_versions SET status = 'draft' "
                                                                     "WHERE record_id = %1 AND version = %2")
                                                          .arg(record, version));
        EXPECT_TRUE(refused(toDraft)) << "the version back to draft: " << describe(toDraft);
        const auto deleted =
            execAs(head->database(), QStringLiteral("DELETE FROM signatures WHERE record_id = %1").arg(record));
        EXPECT_TRUE(refused(deleted)) << "deleting the signatures: " << describe(deleted);
        EXPECT_EQ(text(signaturesOf(record)), text(signatures));
        EXPECT_EQ(text(contentOf(record)), text(content));
    }

    // The function that replaces deleting (after the fix) refuses a confirmed or sent version.
    if (c->count(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'hocbaso_delete_signatures'")) > 0) {
        for (const QString& record : {sent.first(), confirmed.at(0)}) {
            const QString signatures = signaturesOf(record);
            const auto r =
                execAs(head->database(), QStringLiteral("SELECT hocbaso_delete_signatures(%1, (SELECT version FROM "
                                                        "records WHERE id = %1))")
                                             .arg(record));
            EXPECT_FALSE(r.ok) << "hocbaso_delete_signatures on record " << record.toStdString();
            EXPECT_FALSE(r.error.contains(QStringLiteral("does not exist"))) << r.error.toStdString();
            EXPECT_EQ(text(signaturesOf(record)), text(signatures));
        }
    } else {
        std::cout << "[ note ] hocbaso_delete_signatures does not exist (yet): not tried\n";
    }

    // The program's confirmation of a draft still signs it.
    auto done = services::SchoolActions(head->context(), &c->keys()).confirm(uuidOf(drafts.first()));
    ASSERT_TRUE(done.ok()) << done.errorString().toStdString();
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT count(*) FROM signatures s JOIN records r ON r.id = s.record_id AND "
                                         "r.version = s.version WHERE r.id = %1")
                              .arg(drafts.first()))),
              text(QStringLiteral("3")));
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(drafts.first()))),
              text(QStringLiteral("confirmed")));
}

// 6. An audit event's hash (and time) is computed by the server, so a client cannot write an event
// that breaks the chain for every later verification.
TEST_P(CentralAttack, TheServerComputesTheAuditHash)
{
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, "canbo1");
    const qint64 a = unitA();
    expectAuditLogWhole("before");
    for (const QString& forgedHash : {QStringLiteral("not-a-hash"), QString(64, QLatin1Char('a'))}) {
        SCOPED_TRACE(forgedHash.toStdString());
        const Rows head =
            rowsOn(officer->database(), QStringLiteral("SELECT seq, hash FROM audit_heads WHERE chain = %1").arg(a));
        ASSERT_TRUE(head.ok && head.rows.size() == 1) << head.error.toStdString();
        const QString action = QStringLiteral("forged-") + forgedHash.left(3);
        const auto forged =
            execAs(officer->database(),
                   QStringLiteral("INSERT INTO audit_events (chain, seq, at, rule_date, actor, action, entity, "
                                  "entity_id, detail, prev_hash, hash) VALUES (%1, %2 + 1, '2020-01-01T00:00:00Z', "
                                  "NULL, '%3', '%4', 'record', '1', '{}', '%5', '%6')")
                       .arg(a)
                       .arg(head.rows.first().at(0), me, action, head.rows.first().at(1), forgedHash));
        const Rows stored = rowsOn(
            c->dba(), QStringLiteral("SELECT hash, at BETWEEN now() - interval '10 minutes' AND now() + interval '10 "
                                     "minutes', at FROM audit_events WHERE chain = %1 AND action = '%2'")
                          .arg(a)
                          .arg(action));
        ASSERT_TRUE(stored.ok) << stored.error.toStdString();
        if (!stored.rows.isEmpty()) {
            EXPECT_NE(text(stored.rows.first().at(0)), text(forgedHash))
                << "the client's hash was stored; " << describe(forged);
            EXPECT_EQ(text(stored.rows.first().at(1)), text(QStringLiteral("true")))
                << "the client's time was stored: " << stored.rows.first().at(2).toStdString();
        }
        expectAuditLogWhole("after the forged event");
    }
    // The program's own append still makes a whole chain.
    auto appended = services::AuditLog(officer->context())
                        .append(a, QStringLiteral("test.legit"), QStringLiteral("test"), QStringLiteral("1"),
                                {{QStringLiteral("note"), QStringLiteral("hợp lệ")}});
    ASSERT_TRUE(appended.ok()) << appended.errorString().toStdString();
    expectAuditLogWhole("after the program's event");
}

// 7. A school replaces its own pending registration with a newer one, nothing else: it cannot use
// that to decide in an officer's name, at a date of its choosing, or against another school's.
TEST_P(CentralAttack, ASchoolCannotDecideItsOwnSupersededCertificate)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty());
    SCHOOL_USER(head, "hieutruong", school);
    const QString me = c->user(QStringLiteral("hieutruong"));
    const QString register_ =
        QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                       "not_before, not_after, submitted_at, submitted_by) VALUES (%1, 'unit', 'pending', '\\x00', "
                       "'%2', 'CN=%2', 'CN=y', '1', now(), now() + interval '1 year', now(), '%3')");
    for (const char* sha : {"attack-older", "attack-old", "attack-newer"}) {
        const auto r = execAs(head->database(), register_.arg(school, QString::fromLatin1(sha), me));
        ASSERT_TRUE(r.ok && r.rows == 1) << r.error.toStdString();
    }
    const QString older = c->one(QStringLiteral("SELECT id FROM certificates WHERE sha256 = 'attack-older'"));
    const QString newer = c->one(QStringLiteral("SELECT id FROM certificates WHERE sha256 = 'attack-newer'"));
    const QString otherA = c->one(QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND school_id <> "
                                                 "%2 AND status = 'pending' ORDER BY id LIMIT 1")
                                      .arg(schoolsA(), school));
    const QString otherB = c->one(
        QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' ORDER BY id LIMIT 1")
            .arg(schoolsB()));
    ASSERT_FALSE(otherA.isEmpty());
    ASSERT_FALSE(otherB.isEmpty());
    const QString state = QStringLiteral("SELECT status || ' ' || coalesce(superseded_by::text, '-') || ' ' || "
                                         "coalesce(decided_by, '-') FROM certificates WHERE id = %1");
    const QString old = c->one(QStringLiteral("SELECT id FROM certificates WHERE sha256 = 'attack-old'"));
    const QString olderBefore = c->one(state.arg(older)), newerBefore = c->one(state.arg(newer));
    const QString supersede =
        QStringLiteral("UPDATE certificates SET status = 'rejected', superseded_by = %1, "
                       "decided_by = '%2', decided_at = %3, decision_reason = '%4' WHERE id = %5");

    // Superseded by another school's registration, or by an older one.
    for (const auto& [by, target] : {std::pair{otherA, older}, std::pair{otherB, older}, std::pair{older, newer}}) {
        const auto r = execAs(head->database(), supersede.arg(by, me, QStringLiteral("now()"),
                                                              QStringLiteral("superseded by #") + by, target));
        EXPECT_TRUE(refused(r)) << "#" << target.toStdString() << " superseded by #" << by.toStdString() << ": "
                                << describe(r);
    }
    EXPECT_EQ(text(c->one(state.arg(older))), text(olderBefore));
    EXPECT_EQ(text(c->one(state.arg(newer))), text(newerBefore));

    // The finding: "rejected" in an officer's name, on a date long past, with a reason that reads as
    // an approval.
    const auto forged =
        execAs(head->database(), supersede.arg(newer, c->user(QStringLiteral("canbo1")), QStringLiteral("'2020-01-01'"),
                                               QStringLiteral("Đã duyệt"), older));
    EXPECT_TRUE(refused(forged)) << "decided in an officer's name: " << describe(forged);
    EXPECT_EQ(text(c->one(state.arg(older))), text(olderBefore));
    // In its own name but on a date of its choosing (another older registration): refused, or the
    // server's time.
    const auto backdated = execAs(head->database(), supersede.arg(newer, me, QStringLiteral("'2020-01-01'"),
                                                                  QStringLiteral("superseded by #") + newer, old));
    EXPECT_NE(
        text(sure(QStringLiteral("SELECT CASE WHEN status = 'pending' THEN 'refused' WHEN decided_at BETWEEN now() "
                                 "- interval '10 minutes' AND now() + interval '10 minutes' THEN 'the server''s "
                                 "time' ELSE 'the client''s time: ' || decided_at END FROM certificates WHERE id "
                                 "= %1")
                      .arg(old))
                 .left(16)),
        text(QStringLiteral("the client's tim")))
        << describe(backdated);

    // The program's way: a newer registration through the service supersedes the older pending one.
    QTemporaryDir dir;
    const QString code = c->one(QStringLiteral("SELECT code FROM schools WHERE id = %1").arg(school));
    const QString name = c->one(QStringLiteral("SELECT name FROM schools WHERE id = %1").arg(school));
    services::CertificateImport first;
    first.schoolCode = code;
    first.kind = CertificateKind::Unit;
    first.path = writeCertificate(dir, name, QStringLiteral("first.pem"));
    services::CertificateImport second = first;
    second.path = writeCertificate(dir, name, QStringLiteral("second.pem"));
    ASSERT_FALSE(first.path.isEmpty());
    ASSERT_FALSE(second.path.isEmpty());
    services::CertificateReview review(head->context());
    auto one = review.importFile(first);
    ASSERT_TRUE(one.ok()) << one.errorString().toStdString();
    auto two = review.importFile(second);
    ASSERT_TRUE(two.ok()) << two.errorString().toStdString();
    EXPECT_TRUE(two->superseded.contains(one->id));
    EXPECT_EQ(
        text(c->one(
            QStringLiteral("SELECT status || ' ' || superseded_by FROM certificates WHERE id = %1").arg(one->id))),
        text(QStringLiteral("rejected %1").arg(two->id)));
}

INSTANTIATE_TEST_SUITE_P(Setups, CentralAttack,
                         ::testing::Values(CentralSetup::OwnedByInitRole, CentralSetup::OwnedByDba),
                         hocbaso::test::centralSetupName);
