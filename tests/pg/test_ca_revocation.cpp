// An approved seal that its CA revokes later (issue #18, item 3), on SQLite and PostgreSQL: a refresh
// that fetches the CA's CRL from a loopback server records the revocation on the registration, 6.1's
// filter and banner count find it, the school's sends with it are refused until a new seal is
// approved, and the receipt verifications of what it signed from the CA's date on are judged again
// (what it signed before stays valid). A CRL loaded by hand does the same.

#include "support/CliRunner.h"
#include "support/DemoStore.h"
#include "support/LoopbackHttpServer.h"
#include "support/TestAuthority.h"

#include "crypto/CertificateBuilder.h"
#include "net/HttpFetcher.h"
#include "services/CertificateReview.h"
#include "services/RecordVerification.h"
#include "services/RevocationRefresh.h"
#include "services/SchoolActions.h"
#include "services/SigningKeys.h"
#include "services/TrustStoreService.h"
#include "store/CertificateRepository.h"
#include "store/VerificationRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;
using hocbaso::test::TestStore;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

using Authority = test::TestAuthority;

Authority makeCa(const QString& cn, const Authority* parent)
{
    return Authority::make(cn, parent);
}

} // namespace

class CaRevocation : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        QString why;
        m_store = TestStore::create(GetParam(), &why);
        if (!m_store) {
            if (TestStore::postgresRequired() || GetParam() == store::Dialect::Sqlite)
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        ASSERT_TRUE(m_dir.isValid());
        const QString keyFile = m_dir.filePath(QStringLiteral("keys.json"));
        auto demo = test::fillWithDemo(*m_store, 3, 150, true, keyFile);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        auto keys = services::SigningKeys::load(keyFile);
        ASSERT_TRUE(keys.ok()) << keys.errorString().toStdString();
        m_keys = std::move(*keys);

        // A CA of our own beside the demo's, trusted as the Government CA: its CRL says what we want.
        m_root = makeCa(QStringLiteral("Test VGCA Root R"), nullptr);
        m_sub = makeCa(QStringLiteral("Test VGCA Sub R"), &m_root);
        auto added = services::TrustStoreService(m_store->context())
                         .addAnchors({m_sub.cert, m_root.cert}, QStringLiteral("vgca"));
        ASSERT_TRUE(added.ok()) << added.errorString().toStdString();

        // A public school whose seal and principal the unit approved, with draft records to sign.
        m_school = one(QStringLiteral(
            "SELECT s.code FROM schools s JOIN records r ON r.school_id = s.id WHERE s.ownership = 'public' AND "
            "r.status = 'draft' AND r.school_year = (SELECT max(school_year) FROM records) AND EXISTS (SELECT 1 FROM "
            "certificates c WHERE c.school_id = s.id AND c.kind = 'signer' AND c.position = 'principal' AND "
            "c.status = 'approved') GROUP BY s.code HAVING count(*) >= 4 ORDER BY count(*) DESC, s.code LIMIT 1"));
        ASSERT_FALSE(m_school.isEmpty());
        m_schoolName = one(QStringLiteral("SELECT name FROM schools WHERE code = '%1'").arg(m_school));
        const QString unit = one(QStringLiteral("SELECT unit_id FROM schools WHERE code = '%1'").arg(m_school));
        m_officer.username =
            one(QStringLiteral("SELECT username FROM users WHERE role = 'officer' AND unit_id = %1 ORDER BY id LIMIT 1")
                    .arg(unit));
        ASSERT_FALSE(m_officer.username.isEmpty());
        m_officer.displayName = m_officer.username;
        m_officer.role = Role::Officer;
        m_officer.unitId = unit.toLongLong();
        QSqlQuery drafts(m_store->db().connection());
        ASSERT_TRUE(drafts.exec(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id "
                                               "WHERE s.code = '%1' AND r.status = 'draft' AND r.school_year = (SELECT "
                                               "max(school_year) FROM records) ORDER BY r.id LIMIT 4")
                                    .arg(m_school)));
        while (drafts.next())
            m_drafts.append(drafts.value(0).toString());
        ASSERT_EQ(m_drafts.size(), 4);
    }

    QString one(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        if (!q.exec(sql) || !q.next()) {
            ADD_FAILURE() << "query failed: " << sql.toStdString();
            return {};
        }
        return q.value(0).toString();
    }

    services::ServiceContext asOfficer() { return {m_store->db(), m_store->clock(), m_officer, {}}; }

    // A seal for the school from our CA, naming `crlUrl` as its distribution point (none when empty),
    // registered by the school, approved by the officer and put on the school's token.
    qint64 newApprovedSeal(const QString& crlUrl)
    {
        const PrivateKey key = PrivateKey::generateEc();
        CertificateBuilder b;
        b.setSubject({{"CN", m_schoolName}, {"O", m_schoolName}, {"C", QStringLiteral("VN")}})
            .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
            .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
            .setPublicKey(key);
        if (!crlUrl.isEmpty())
            b.setCrlDistributionPoints({crlUrl});
        const Certificate cert = b.sign(m_sub.key, &m_sub.cert).value();
        const QString path = m_dir.filePath(QStringLiteral("seal-%1.pem").arg(++m_seals));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(cert.toPem());
        f.close();
        services::CertificateImport request;
        request.schoolCode = m_school;
        request.path = path;
        auto imported = services::CertificateReview(m_store->context()).importFile(request);
        EXPECT_TRUE(imported.ok()) << imported.errorString().toStdString();
        if (!imported.ok())
            return 0;
        auto ctx = asOfficer();
        auto approved = services::CertificateReview(ctx).approve({imported->id}, [](const QString&) { return true; });
        EXPECT_TRUE(approved.ok() && approved->decided == QList<qint64>{imported->id})
            << (approved.ok() && !approved->refused.isEmpty() ? approved->refused.first().reason.toStdString()
                                                              : approved.errorString().toStdString());
        m_keys.replace({QStringLiteral("seal"), m_school, m_schoolName, cert, key});
        m_sealCerts.insert(imported->id, cert);
        return imported->id;
    }

    Result<Record> confirmAndSend(const QString& uuid, bool send = true)
    {
        services::ServiceContext& ctx = m_store->context();
        auto confirmed = services::SchoolActions(ctx, &m_keys).confirm(uuid);
        if (!confirmed || !send)
            return confirmed;
        return services::SchoolActions(ctx, &m_keys).send(uuid);
    }

    // The stored receipt verification of a record's current version: "result|verified_at".
    QString storedResult(const QString& uuid)
    {
        return one(QStringLiteral("SELECT coalesce(max(x.result || '|' || x.verified_at), 'none') FROM records r LEFT "
                                  "JOIN record_versions v ON v.record_id = r.id AND v.version = r.version LEFT JOIN "
                                  "record_verifications x ON x.version_id = v.id WHERE r.uuid = '%1'")
                       .arg(uuid));
    }

    std::unique_ptr<TestStore> m_store;
    QTemporaryDir m_dir;
    services::SigningKeys m_keys;
    Authority m_root, m_sub;
    QString m_school, m_schoolName;
    services::Actor m_officer;
    QStringList m_drafts;
    QHash<qint64, Certificate> m_sealCerts;
    int m_seals = 0;
};

TEST_P(CaRevocation, ARefreshRecordsItStopsSendsAndJudgesLaterSignaturesAgain)
{
    const QDateTime caDate = utc(2026, 11, 25);
    QHash<QByteArray, std::function<QByteArray()>> routes;
    test::LoopbackHttpServer server([&routes](const test::LoopbackHttpServer::Request& r) {
        test::LoopbackHttpServer::Response response;
        if (auto it = routes.constFind(r.path); it != routes.cend())
            response.body = (*it)();
        else
            response.status = 404;
        return response;
    });
    ASSERT_TRUE(server.isListening());
    const QString crlUrl = server.url(QStringLiteral("/sub.crl")).toString();
    const qint64 seal = newApprovedSeal(crlUrl);
    ASSERT_GT(seal, 0);
    // The CA publishes nothing yet (a refresh before would say "unknown"); the CRL appears later.
    routes.insert("/sub.crl", [&] {
        CrlBuilder b;
        b.setIssuer(m_sub.cert, m_sub.key).setThisUpdate(utc(2026, 11, 27)).setNextUpdate(utc(2026, 12, 27));
        b.addRevoked(m_sealCerts.value(seal), caDate, QStringLiteral("keyCompromise"));
        return b.build().value();
    });

    // Signed and sent before the CA's date, and after it while nobody knew yet; one more confirmed.
    const QString before = m_drafts.at(0), after = m_drafts.at(1), waiting = m_drafts.at(2), fresh = m_drafts.at(3);
    m_store->clock().set(utc(2026, 11, 20, 9));
    auto sentBefore = confirmAndSend(before);
    ASSERT_TRUE(sentBefore.ok()) << sentBefore.errorString().toStdString();
    m_store->clock().set(utc(2026, 11, 26, 9));
    auto sentAfter = confirmAndSend(after);
    ASSERT_TRUE(sentAfter.ok()) << sentAfter.errorString().toStdString();
    ASSERT_TRUE(confirmAndSend(waiting, false).ok());
    auto officerCtx = asOfficer();
    auto verified = services::RecordVerification(officerCtx).verifyAll({});
    ASSERT_TRUE(verified.ok()) << verified.errorString().toStdString();
    const QString beforeResult = storedResult(before);
    EXPECT_TRUE(beforeResult.startsWith(QStringLiteral("valid|"))) << beforeResult.toStdString();
    EXPECT_TRUE(storedResult(after).startsWith(QStringLiteral("valid|"))) << storedResult(after).toStdString();

    services::CertificateReview review(officerCtx);
    ASSERT_EQ(review.caRevokedApprovedCount().value(), 0);

    // The refresh learns it from the CA.
    m_store->clock().set(utc(2026, 11, 28, 9));
    net::FetchLimits limits;
    limits.timeoutMs = 5000;
    net::HttpFetcher fetcher(limits);
    auto report = services::RevocationRefresh(officerCtx, fetcher).refresh();
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    EXPECT_TRUE(report->revoked.contains(seal));
    EXPECT_EQ(report->newlyRevoked, QList<qint64>{seal});

    const CertificateRegistration reg = store::CertificateRepository(m_store->db()).byId(seal).value().value();
    EXPECT_EQ(reg.status, CertificateStatus::Approved) << "the unit's approval stays what it was";
    EXPECT_EQ(reg.caRevokedAt, caDate);
    EXPECT_EQ(reg.caRevocationReason, QStringLiteral("keyCompromise"));
    EXPECT_TRUE(reg.caRevocationSource.contains(QStringLiteral("Test VGCA Sub R")))
        << reg.caRevocationSource.toStdString();
    EXPECT_EQ(reg.caRevocationSeenAt, utc(2026, 11, 28, 9));

    // 6.1: the filter lists it alone, the banner counts it.
    services::CertificateQuery q;
    q.caRevoked = true;
    q.withChecks = false;
    auto listed = review.list(q);
    ASSERT_TRUE(listed.ok()) << listed.errorString().toStdString();
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().registration.id, seal);
    EXPECT_EQ(listed->first().registration.caRevokedAt, caDate);
    q.status = CertificateStatus::Pending;
    EXPECT_TRUE(review.list(q)->isEmpty());
    EXPECT_EQ(review.caRevokedApprovedCount().value(), 1);
    EXPECT_EQ(review.show(seal)->registration.caRevocationReason, QStringLiteral("keyCompromise"));

    // The school cannot send what it signed with that seal, and is told why and what to do.
    auto refused = services::SchoolActions(m_store->context(), &m_keys).send(waiting);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("certificate authority")) &&
                refused.errorString().contains(QStringLiteral("25/11/2026")) &&
                refused.errorString().contains(QStringLiteral("new certificate")))
        << refused.errorString().toStdString();

    // The receipt verification of what it signed after the CA's date was judged again at once; what
    // it signed before stays valid, untouched.
    const QString afterResult = storedResult(after);
    EXPECT_TRUE(afterResult.startsWith(QStringLiteral("invalid|"))) << afterResult.toStdString();
    EXPECT_EQ(storedResult(before), beforeResult);
    EXPECT_TRUE(one(QStringLiteral("SELECT x.reason FROM record_verifications x JOIN records r ON r.id = x.record_id "
                                   "AND r.version = x.version WHERE r.uuid = '%1'")
                        .arg(after))
                    .contains(QStringLiteral("revoked")));
    // A full run agrees with both.
    services::VerificationFilter all;
    all.everything = true;
    all.schoolCode = m_school;
    auto again = services::RecordVerification(officerCtx).verifyAll(all);
    ASSERT_TRUE(again.ok()) << again.errorString().toStdString();
    EXPECT_EQ(again->invalid, 1);
    EXPECT_TRUE(storedResult(before).startsWith(QStringLiteral("valid|")));

    // Asking again changes nothing: a CA revocation is recorded once.
    m_store->clock().set(utc(2026, 11, 29, 9));
    auto second = services::RevocationRefresh(officerCtx, fetcher).refresh();
    ASSERT_TRUE(second.ok()) << second.errorString().toStdString();
    EXPECT_TRUE(second->newlyRevoked.isEmpty());
    EXPECT_EQ(store::CertificateRepository(m_store->db()).byId(seal).value()->caRevocationSeenAt, utc(2026, 11, 28, 9));

    // A new seal, registered and approved: records signed with it go again.
    const qint64 replacement = newApprovedSeal({});
    ASSERT_GT(replacement, 0);
    EXPECT_EQ(review.caRevokedApprovedCount().value(), 1) << "the revoked one is still there to be seen";
    auto sentFresh = confirmAndSend(fresh);
    ASSERT_TRUE(sentFresh.ok()) << sentFresh.errorString().toStdString();
    EXPECT_EQ(sentFresh->status, RecordStatus::Sent);

    // The command line shows it (SQLite: the CLI opens the same file).
    if (GetParam() == store::Dialect::Sqlite) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), QStringLiteral("Demo@2026"));
        const QStringList base{QStringLiteral("--db"),  m_store->sqlitePath(),     QStringLiteral("--user"),
                               m_officer.username,      QStringLiteral("--today"), QStringLiteral("2026-11-29"),
                               QStringLiteral("--json")};
        const auto list = test::runCli(
            base + QStringList{QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--ca-revoked")}, env);
        ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
        const QJsonArray rows = list.json().value(QStringLiteral("rows")).toArray();
        ASSERT_EQ(rows.size(), 1) << list.out.toStdString();
        EXPECT_EQ(rows.first().toObject().value(QStringLiteral("id")).toInteger(), seal);
        EXPECT_EQ(rows.first().toObject().value(QStringLiteral("ca_revoked_at")).toString(),
                  QStringLiteral("2026-11-25T00:00:00.000Z"));
        EXPECT_EQ(rows.first().toObject().value(QStringLiteral("ca_revocation_reason")).toString(),
                  QStringLiteral("keyCompromise"));
        const auto shown = test::runCli(
            base + QStringList{QStringLiteral("cert"), QStringLiteral("show"), QString::number(replacement)}, env);
        ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        EXPECT_TRUE(shown.json().contains(QStringLiteral("ca_revoked_at")));
        EXPECT_TRUE(shown.json().value(QStringLiteral("ca_revoked_at")).isNull());
        EXPECT_TRUE(shown.json().value(QStringLiteral("ca_revocation_reason")).isNull());
    }
}

TEST_P(CaRevocation, ACrlLoadedByHandRecordsItToo)
{
    const qint64 seal = newApprovedSeal({});
    ASSERT_GT(seal, 0);
    // Another approved seal of the same CA that the CRL does not list stays as it is.
    const qint64 other = newApprovedSeal({});
    ASSERT_GT(other, 0);
    CrlBuilder b;
    b.setIssuer(m_sub.cert, m_sub.key).setThisUpdate(utc(2026, 11, 19)).setNextUpdate(utc(2026, 12, 19));
    b.addRevoked(m_sealCerts.value(seal), utc(2026, 11, 18), QStringLiteral("cessationOfOperation"));
    const QString path = m_dir.filePath(QStringLiteral("sub.crl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(b.build().value());
    f.close();

    auto ctx = asOfficer();
    auto added = services::TrustStoreService(ctx).addCrlFromFile(path);
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    store::CertificateRepository repo(m_store->db());
    EXPECT_EQ(repo.byId(seal).value()->caRevokedAt, utc(2026, 11, 18));
    EXPECT_EQ(repo.byId(seal).value()->caRevocationReason, QStringLiteral("cessationOfOperation"));
    EXPECT_FALSE(repo.byId(other).value()->isCaRevoked());
    EXPECT_EQ(services::CertificateReview(ctx).caRevokedApprovedCount().value(), 1);
    // The audit log says who learnt it, when.
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'certificate.ca_revoked' AND "
                                 "entity_id = '%1'")
                      .arg(seal)),
              QStringLiteral("1"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, CaRevocation, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
