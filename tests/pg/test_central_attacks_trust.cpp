// Attacks on the live-trust tables (issue #18, schema 17): the OCSP answers officers store when they
// ask the CAs, and the CRLs officers and administrators add. Whatever a person types in psql as
// their own login role, they store answers only about their units' certificates, in their own name,
// never change or remove one, and nothing they type decides a revocation check: 6.1 verifies every
// cached answer and CRL again. Same fixture and rules as test_central_attacks.cpp (CentralAttack.h),
// whose file instantiates the suite. PostgreSQL only.

#include "CentralAttack.h"

#include "crypto/Crl.h"
#include "services/TrustStoreService.h"

#include <QCryptographicHash>

using namespace hocbaso::test::attack;

namespace {

QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

// bytea literal of `bytes`.
QString bytea(const QByteArray& bytes)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()));
}

struct TestCa
{
    crypto::PrivateKey key;
    crypto::Certificate cert;
};

TestCa makeCa()
{
    TestCa ca;
    ca.key = crypto::PrivateKey::generateEc();
    ca.cert = crypto::CertificateBuilder()
                  .setSubject({{QStringLiteral("CN"), QStringLiteral("Attack Test CA")}, {"C", QStringLiteral("VN")}})
                  .setValidity(QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC))
                  .setCa(true)
                  .setKeyUsage(crypto::KeyUsageFlag::KeyCertSign | crypto::KeyUsageFlag::CrlSign)
                  .sign(ca.key)
                  .value();
    return ca;
}

crypto::Certificate sealOf(const TestCa& ca, const QString& school)
{
    return crypto::CertificateBuilder()
        .setSubject({{QStringLiteral("CN"), school}, {QStringLiteral("C"), QStringLiteral("VN")}})
        .setValidity(utcNow().addDays(-30), utcNow().addDays(365))
        .setKeyUsage(crypto::KeyUsageFlag::DigitalSignature | crypto::KeyUsageFlag::NonRepudiation)
        .setOcspUrls({QStringLiteral("http://127.0.0.1:9/")})
        .setPublicKey(crypto::PrivateKey::generateEc())
        .sign(ca.key, &ca.cert)
        .value();
}

QByteArray goodAnswer(const TestCa& ca, const crypto::Certificate& about)
{
    crypto::OcspResponseBuilder b;
    b.setIssuer(ca.cert).setSigner(ca.cert, ca.key);
    b.addStatus(about, crypto::OcspResponseBuilder::CertStatus::Good);
    b.setThisUpdate(utcNow().addSecs(-60)).setNextUpdate(utcNow().addDays(7));
    return b.build().value();
}

} // namespace

TEST_P(CentralAttack, OcspAnswersAreStoredOnlyByTheUnitsDecidersInTheirOwnName)
{
    const QString certOf = QStringLiteral("SELECT id || ',' || school_id FROM certificates WHERE school_id IN (%1) "
                                          "ORDER BY id LIMIT 1");
    const QStringList a = sure(certOf.arg(schoolsA())).split(QLatin1Char(','));
    const QStringList b = sure(certOf.arg(schoolsB())).split(QLatin1Char(','));
    ASSERT_EQ(a.size(), 2);
    ASSERT_EQ(b.size(), 2);

    SIGN_IN(officerA, "canbo1");
    SIGN_IN(viewerA, "xem1");
    SCHOOL_USER(school, "trust_school", a.at(1));

    // The columns the program writes (RevocationRefresh), with what an attacker chooses.
    const auto insert = [](const QStringList& cert, const QString& by, const QString& extraColumns = {},
                           const QString& extraValues = {}) {
        return QStringLiteral(
                   "INSERT INTO ocsp_answers (%1certificate_id, school_id, url, der, status, this_update, "
                   "fetched_at, fetched_by) VALUES (%2%3, %4, 'http://ocsp.example/', '\\x3003020100'::bytea, "
                   "'good', now(), now(), %5)")
            .arg(extraColumns, extraValues, cert.at(0), cert.at(1), by);
    };
    const auto answersOf = [this](const QStringList& cert) {
        return sure(QStringLiteral("SELECT count(*) FROM ocsp_answers WHERE certificate_id = %1").arg(cert.at(0)));
    };
    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };

    attack(*officerA, "an answer about a certificate of another unit's school",
           insert(b, QStringLiteral("current_user")));
    attack(*officerA, "an answer filed under its own school but about another unit's certificate",
           insert({b.at(0), a.at(1)}, QStringLiteral("current_user")));
    attack(*officerA, "an answer in another person's name",
           insert(a, QStringLiteral("'%1'").arg(c->user(QStringLiteral("canbo2")))));
    attack(*officerA, "an answer with an id of its choosing",
           insert(a, QStringLiteral("current_user"), QStringLiteral("id, "), QStringLiteral("424242, ")));
    attack(*officerA, "an answer with an id of its choosing (OVERRIDING SYSTEM VALUE)",
           insert(a, QStringLiteral("current_user"), QStringLiteral("id, "), QStringLiteral("424242, "))
               .replace(QStringLiteral(") VALUES"), QStringLiteral(") OVERRIDING SYSTEM VALUE VALUES")));
    attack(*viewerA, "a viewer's answer", insert(a, QStringLiteral("current_user")));
    attack(*school, "a school's answer about its own seal", insert(a, QStringLiteral("current_user")));
    EXPECT_EQ(text(answersOf(b)), text(QStringLiteral("0")));
    EXPECT_EQ(text(answersOf(a)), text(QStringLiteral("0")));

    // What an officer may do: store an answer about its own unit's certificate, in its own name (the
    // bytes are a cache the readers verify again; see the next test). Then it stays as it was.
    const SqlOutcome own = execAs(officerA->database(), insert(a, QStringLiteral("current_user")));
    ASSERT_TRUE(own.ok && own.rows == 1) << describe(own);
    const QString answer = sure(QStringLiteral("SELECT id FROM ocsp_answers WHERE certificate_id = %1").arg(a.at(0)));
    const auto rowOf = [this, &answer] {
        return sure(QStringLiteral("SELECT md5(a::text) FROM ocsp_answers a WHERE id = %1").arg(answer));
    };
    const QString before = rowOf();
    attack(*officerA, "its answer changed to revoked",
           QStringLiteral("UPDATE ocsp_answers SET status = 'revoked' WHERE id = %1").arg(answer));
    attack(*officerA, "its answer's date moved",
           QStringLiteral("UPDATE ocsp_answers SET this_update = now() + interval '1 year' WHERE id = %1").arg(answer));
    attack(*officerA, "its answer deleted", QStringLiteral("DELETE FROM ocsp_answers WHERE id = %1").arg(answer));
    attack(*officerA, "every answer deleted", QStringLiteral("DELETE FROM ocsp_answers"));
    attack(*officerA, "the table truncated", QStringLiteral("TRUNCATE ocsp_answers"));
    attack(*viewerA, "a viewer deletes it", QStringLiteral("DELETE FROM ocsp_answers WHERE id = %1").arg(answer));
    EXPECT_EQ(text(rowOf()), text(before));
    // It is in the change log for the school's unit, as every replicated row.
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM sync_changes WHERE tbl = 'ocsp_answers' AND row_id = %1 "
                                       "AND unit_id = %2")
                            .arg(answer)
                            .arg(unitA()))),
              text(QStringLiteral("1")));

    // Another unit's officer does not see it.
    SIGN_IN(officerB, "canbo2");
    EXPECT_EQ(text(oneOn(officerB->database(),
                         QStringLiteral("SELECT count(*) FROM ocsp_answers WHERE id = %1").arg(answer))),
              text(QStringLiteral("0")));

    // No shadowing: a temporary ocsp_answers (or sync_changes) first on the search path cannot be
    // made, so the store's own trigger functions log the real row.
    attack(*officerA, "a temporary ocsp_answers table",
           QStringLiteral("CREATE TEMP TABLE ocsp_answers (LIKE public.ocsp_answers)"));
    attack(*officerA, "a temporary sync_changes table",
           QStringLiteral("CREATE TEMP TABLE sync_changes (tbl text, row_id bigint, unit_id bigint)"));
    const SqlOutcome path = execAs(officerA->database(), QStringLiteral("SET search_path = pg_temp, public"));
    ASSERT_TRUE(path.ok) << describe(path);
    const SqlOutcome second = execAs(officerA->database(), insert(a, QStringLiteral("current_user")));
    ASSERT_TRUE(second.ok && second.rows == 1) << describe(second);
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM sync_changes s JOIN ocsp_answers o ON o.id = s.row_id "
                                       "WHERE s.tbl = 'ocsp_answers' AND o.certificate_id = %1 AND s.unit_id = %2")
                            .arg(a.at(0))
                            .arg(unitA()))),
              text(QStringLiteral("2")));
    execAs(officerA->database(), QStringLiteral("RESET search_path"));
}

TEST_P(CentralAttack, ForgedOcspAnswersAndCrlRowsDecideNothing)
{
    // A CA of the test's own in the trust store, and two seals of unit A's schools from it: the
    // store's owner adds them as an administrator would.
    const TestCa ca = makeCa();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        const QString file = dir.filePath(QStringLiteral("ca.pem"));
        ASSERT_TRUE(crypto::writeTestPkiFile(file, ca.cert.toPem()).ok());
        auto added = services::TrustStoreService(c->store().context()).addAnchorsFromFile(file, QStringLiteral("vgca"));
        ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    }
    const QStringList schools = schoolsA().split(QLatin1Char(','));
    ASSERT_GE(schools.size(), 2);
    QList<crypto::Certificate> seals;
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i) {
        const QString name = c->one(QStringLiteral("SELECT name FROM schools WHERE id = %1").arg(schools.at(i)));
        seals.append(sealOf(ca, name));
        const QString file = dir.filePath(QStringLiteral("seal%1.pem").arg(i));
        ASSERT_TRUE(crypto::writeTestPkiFile(file, seals.last().toPem()).ok());
        services::CertificateImport r;
        r.schoolCode = c->one(QStringLiteral("SELECT code FROM schools WHERE id = %1").arg(schools.at(i)));
        r.path = file;
        auto imported = services::CertificateReview(c->store().context()).importFile(r);
        ASSERT_TRUE(imported.ok()) << imported.errorString().toStdString();
        ids.append(imported->id);
    }
    const qint64 victim = ids.at(0);
    const QString victimSchool = schools.at(0);

    SIGN_IN(officerA, "canbo1");
    SIGN_IN(officerB, "canbo2");
    SIGN_IN(viewerA, "xem1");
    SCHOOL_USER(school, "trust_crl_school", victimSchool);
    c->clock().set(utcNow());
    const auto notRevoked = [&](Person& who, qint64 id) {
        auto view = services::CertificateReview(who.context()).show(id);
        EXPECT_TRUE(view.ok()) << view.errorString().toStdString();
        if (view.ok()) {
            for (const crypto::Check& check : view->checks) {
                if (check.name == QLatin1String("not_revoked"))
                    return check;
            }
        }
        ADD_FAILURE() << "no not_revoked check";
        return crypto::Check{};
    };
    // Nobody asked the CA yet: unknown, a warning.
    ASSERT_EQ(notRevoked(*officerA, victim).severity, crypto::Check::Warning);

    const auto storeAnswer = [&](const QByteArray& der, const char* what) {
        const SqlOutcome r =
            execAs(officerA->database(),
                   QStringLiteral("INSERT INTO ocsp_answers (certificate_id, school_id, url, der, status, this_update, "
                                  "next_update, fetched_at, fetched_by) VALUES (%1, %2, 'http://127.0.0.1:9/', %3, "
                                  "'good', now(), now() + interval '7 days', now(), current_user)")
                       .arg(victim)
                       .arg(victimSchool)
                       .arg(bytea(der)));
        EXPECT_TRUE(r.ok && r.rows == 1) << what << ": " << describe(r);
    };
    // An officer of the unit may store answers; a forged one says "good" in its columns only.
    storeAnswer("forged: not DER at all", "garbage bytes");
    storeAnswer(goodAnswer(ca, seals.at(0)).left(60), "a real answer cut short");
    storeAnswer(goodAnswer(ca, seals.at(1)), "a real good answer about the other seal");
    {
        const TestCa impostor = makeCa(); // the same name, another key
        crypto::OcspResponseBuilder b;
        b.setIssuer(ca.cert).setSigner(impostor.cert, impostor.key);
        b.addStatus(seals.at(0), crypto::OcspResponseBuilder::CertStatus::Good);
        b.setThisUpdate(utcNow().addSecs(-60)).setNextUpdate(utcNow().addDays(7));
        storeAnswer(b.build().value(), "a good answer signed by another key with the CA's name");
    }
    const crypto::Check forged = notRevoked(*officerA, victim);
    EXPECT_EQ(forged.severity, crypto::Check::Warning)
        << "forged answers made it " << forged.severityText().toStdString() << ": " << forged.detail.toStdString();

    // The control: a genuine answer about the other seal, stored by its officer, is used.
    const SqlOutcome genuine = execAs(
        officerA->database(),
        QStringLiteral("INSERT INTO ocsp_answers (certificate_id, school_id, url, der, status, this_update, "
                       "fetched_at, fetched_by) VALUES (%1, %2, 'http://127.0.0.1:9/', %3, 'good', now(), now(), "
                       "current_user)")
            .arg(ids.at(1))
            .arg(schools.at(1))
            .arg(bytea(goodAnswer(ca, seals.at(1)))));
    ASSERT_TRUE(genuine.ok && genuine.rows == 1) << describe(genuine);
    EXPECT_EQ(notRevoked(*officerA, ids.at(1)).severity, crypto::Check::Pass)
        << notRevoked(*officerA, ids.at(1)).detail.toStdString();

    // CRLs: only deciders add them.
    const QString crlInsert =
        QStringLiteral("INSERT INTO crls (issuer, der, sha256, this_update, next_update, revoked_count, added_at, "
                       "added_by) VALUES ('CN=Attack Test CA,C=VN', %1, '%2', now(), now() + interval '30 days', 0, "
                       "now(), %3)");
    const QByteArray garbage("garbage that claims to be the CA's CRL");
    const QString garbageSha =
        QString::fromLatin1(QCryptographicHash::hash(garbage, QCryptographicHash::Sha256).toHex());
    const auto crlCount = [this] { return sure(QStringLiteral("SELECT count(*) FROM crls")); };
    const QString crlsBefore = crlCount();
    for (Person* p : {&*viewerA, &*school}) {
        const SqlOutcome r =
            execAs(p->database(), crlInsert.arg(bytea(garbage), garbageSha, QStringLiteral("current_user")));
        EXPECT_TRUE(refused(r)) << "a viewer's or a school's CRL: " << describe(r);
    }
    EXPECT_EQ(text(crlCount()), text(crlsBefore));

    // In someone else's name: refused (schema 21).
    const QByteArray otherGarbage("garbage in another officer's name");
    const SqlOutcome otherName = execAs(
        officerA->database(),
        crlInsert.arg(bytea(otherGarbage),
                      QString::fromLatin1(QCryptographicHash::hash(otherGarbage, QCryptographicHash::Sha256).toHex()),
                      QStringLiteral("'%1'").arg(c->user(QStringLiteral("canbo2")))));
    EXPECT_TRUE(refused(otherName)) << "a CRL in another person's name: " << describe(otherName);

    // The CA's next CRL, which revokes the victim, is public before anybody loads it. An officer of
    // another unit files garbage under its digest first, so that loading the real one would find it
    // "already held": refused (schema 21), since a row's digest is the digest of its bytes.
    crypto::CrlBuilder next;
    next.setIssuer(ca.cert, ca.key).setThisUpdate(utcNow().addSecs(-60)).setNextUpdate(utcNow().addDays(7));
    next.addRevoked(seals.at(0), utcNow().addDays(-1), QStringLiteral("keyCompromise"));
    const crypto::Crl realCrl = crypto::Crl::fromBytes(next.build().value()).value();
    const SqlOutcome frontRun = execAs(
        officerB->database(), crlInsert.arg(bytea(garbage), realCrl.sha256Hex(), QStringLiteral("current_user")));
    EXPECT_TRUE(refused(frontRun)) << "garbage under the digest of the CA's next CRL: " << describe(frontRun);

    // Garbage an officer may file in its own name under its own digest: neither used nor a crash.
    const SqlOutcome junk =
        execAs(officerA->database(), crlInsert.arg(bytea(garbage), garbageSha, QStringLiteral("current_user")));
    EXPECT_TRUE(junk.ok && junk.rows == 1) << describe(junk);
    auto listed = services::TrustStoreService(officerA->context()).crls();
    ASSERT_TRUE(listed.ok()) << listed.errorString().toStdString();
    for (const auto& row : *listed)
        EXPECT_NE(row.sha256, garbageSha) << "`crl list` shows only rows whose bytes are a CRL";
    auto context = services::TrustStoreService(officerA->context()).checkContext();
    ASSERT_TRUE(context.ok()) << context.errorString().toStdString();
    EXPECT_EQ(notRevoked(*officerA, victim).severity, crypto::Check::Warning);

    // The real CRL, loaded through the program, revokes the victim for every unit; the forged
    // answers above ("good") change nothing.
    auto added = services::TrustStoreService(officerA->context()).addCrl(realCrl);
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    const crypto::Check revoked = notRevoked(*officerA, victim);
    EXPECT_EQ(revoked.severity, crypto::Check::Fail) << revoked.detail.toStdString();
}

// Schema 20: the last attempt per CRL or OCSP address. No verdict reads it, but it is still written
// only by officers and administrators, in their own name, and gives nobody a stronger lock.
TEST_P(CentralAttack, RevocationFetchesAreWrittenOnlyByDecidersInTheirOwnName)
{
    SIGN_IN(officerA, "canbo1");
    SIGN_IN(viewerA, "xem1");
    const QString schoolId = sure(QStringLiteral("SELECT min(id) FROM schools WHERE id IN (%1)").arg(schoolsA()));
    SCHOOL_USER(school, "fetch_school", schoolId);
    const auto insert = [](const QString& url, const QString& by) {
        return QStringLiteral("INSERT INTO revocation_fetches (url, kind, tried_at, ok, error, tried_by) VALUES "
                              "('%1', 'crl', now(), false, 'down', %2)")
            .arg(url, by);
    };
    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };
    attack(*officerA, "an attempt in another person's name",
           insert(QStringLiteral("http://a.example/1.crl"),
                  QStringLiteral("'%1'").arg(c->user(QStringLiteral("canbo2")))));
    attack(*viewerA, "a viewer's attempt",
           insert(QStringLiteral("http://a.example/2.crl"), QStringLiteral("current_user")));
    attack(*school, "a school's attempt",
           insert(QStringLiteral("http://a.example/3.crl"), QStringLiteral("current_user")));

    const SqlOutcome own =
        execAs(officerA->database(), insert(QStringLiteral("http://a.example/ok.crl"), QStringLiteral("current_user")));
    ASSERT_TRUE(own.ok && own.rows == 1) << describe(own);
    attack(*officerA, "the row handed to another person",
           QStringLiteral("UPDATE revocation_fetches SET tried_by = '%1' WHERE url = 'http://a.example/ok.crl'")
               .arg(c->user(QStringLiteral("canbo2"))));
    attack(*officerA, "the row's address changed",
           QStringLiteral(
               "UPDATE revocation_fetches SET url = 'http://b.example/' WHERE url = 'http://a.example/ok.crl'"));
    attack(*officerA, "the rows deleted", QStringLiteral("DELETE FROM revocation_fetches"));
    // Locks beyond ROW EXCLUSIVE: CentralAttack.NobodyStallsAnotherUnit tries every table.
    attack(*viewerA, "a viewer updates the row",
           QStringLiteral("UPDATE revocation_fetches SET ok = true WHERE url = 'http://a.example/ok.crl'"));
    // A viewer reads them (public addresses of the CAs), and the officer's own update is allowed.
    EXPECT_EQ(text(oneOn(viewerA->database(), QStringLiteral("SELECT count(*) FROM revocation_fetches"))),
              text(QStringLiteral("1")));
    const SqlOutcome again =
        execAs(officerA->database(), QStringLiteral("UPDATE revocation_fetches SET ok = true, error = '' WHERE url = "
                                                    "'http://a.example/ok.crl'"));
    EXPECT_TRUE(again.ok && again.rows == 1) << describe(again);
}
