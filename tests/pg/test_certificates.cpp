#include "support/TestStore.h"

#include "crypto/CertificateBuilder.h"
#include "net/HttpFetcher.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/RevocationRefresh.h"
#include "services/TrustStoreService.h"
#include "store/AuditRepository.h"
#include "store/CertificateRepository.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "support/LoopbackHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <latch>
#include <thread>

using namespace hocbaso;
using namespace hocbaso::crypto;
using hocbaso::services::CertificateRefusal;
using hocbaso::services::CertificateReview;
using hocbaso::services::TrustStoreService;
using hocbaso::test::TestStore;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

struct Authority
{
    PrivateKey key;
    Certificate cert;
};

// The test PKI, made once: a VGCA-like and a public-CA-like hierarchy, and a root nobody trusts.
struct Pki
{
    Authority vgcaRoot, vgcaSub, publicRoot, publicSub, strangerRoot;

    static Authority ca(const QString& cn, const Authority* parent)
    {
        Authority a;
        a.key = PrivateKey::generateEc();
        CertificateBuilder b;
        b.setSubject({{"CN", cn}, {"O", QStringLiteral("Test PKI")}, {"C", QStringLiteral("VN")}})
            .setValidity(utc(2015, 1, 1), utc(2045, 1, 1))
            .setCa(true, parent ? 0 : -1)
            .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
            .setPublicKey(a.key);
        a.cert = (parent ? b.sign(parent->key, &parent->cert) : b.sign(a.key)).value();
        return a;
    }

    static const Pki& get()
    {
        static const Pki pki = [] {
            Pki p;
            p.vgcaRoot = ca(QStringLiteral("Test VGCA Root"), nullptr);
            p.vgcaSub = ca(QStringLiteral("Test VGCA Sub"), &p.vgcaRoot);
            p.publicRoot = ca(QStringLiteral("Test Public Root"), nullptr);
            p.publicSub = ca(QStringLiteral("Test Public Sub"), &p.publicRoot);
            p.strangerRoot = ca(QStringLiteral("Stranger Root"), nullptr);
            return p;
        }();
        return pki;
    }
};

struct LeafSpec
{
    const Authority* issuer = nullptr; // default: the VGCA intermediate
    QString cn;
    QDateTime notBefore = utc(2025, 1, 1);
    QDateTime notAfter = utc(2028, 1, 1);
};

Certificate leaf(const LeafSpec& spec)
{
    const Authority& issuer = spec.issuer ? *spec.issuer : Pki::get().vgcaSub;
    const PrivateKey key = PrivateKey::generateEc();
    return CertificateBuilder()
        .setSubject({{"CN", spec.cn}, {"O", spec.cn}, {"C", QStringLiteral("VN")}})
        .setValidity(spec.notBefore, spec.notAfter)
        .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
        .setPublicKey(key)
        .sign(issuer.key, &issuer.cert)
        .value();
}

const QString kKimLien = QStringLiteral("Trường Tiểu học Kim Liên");
const QString kQuangTrung = QStringLiteral("Trường Tiểu học Tư thục Quang Trung");
const QString kHoaBinh = QStringLiteral("Trường Tiểu học Hòa Bình");

services::Actor actor(const QString& name, Role role, qint64 unitId, qint64 schoolId = 0)
{
    services::Actor a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.unitId = unitId;
    a.schoolId = schoolId;
    return a;
}

services::CertificateImport request(const QString& school)
{
    services::CertificateImport r;
    r.schoolCode = school;
    return r;
}

services::CertificateQuery query(std::optional<CertificateStatus> status, const QString& school = {})
{
    services::CertificateQuery q;
    q.status = status;
    q.schoolCode = school;
    return q;
}

} // namespace

// Two units; Kim Liên (public) and Quang Trung (private) in the first, Hòa Bình (public) in the
// second. Trust anchors go in through the service, as an administrator would add them.
class Certificates : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        QString skip;
        m_store = TestStore::create(GetParam(), &skip);
        if (!m_store) {
            if (TestStore::postgresRequired() || GetParam() == store::Dialect::Sqlite)
                FAIL() << skip.toStdString();
            GTEST_SKIP() << skip.toStdString();
        }
        ASSERT_TRUE(m_dir.isValid());
        store::UnitRepository units(db());
        store::SchoolRepository schools(db());
        m_unit1 = units
                      .insert(Unit{
                          0, QStringLiteral("PGD01"), QStringLiteral("Phòng GD&ĐT Đống Đa"), UnitLevel::Phong, 0, {}})
                      .value();
        m_unit2 = units
                      .insert(Unit{
                          0, QStringLiteral("PGD02"), QStringLiteral("Phòng GD&ĐT Hoàn Kiếm"), UnitLevel::Phong, 0, {}})
                      .value();
        const auto school = [&](const QString& code, const QString& name, qint64 unit, Ownership o) {
            School s;
            s.code = code;
            s.name = name;
            s.unitId = unit;
            s.ownership = o;
            return schools.insert(s).value();
        };
        m_kimLien = school(QStringLiteral("TH001"), kKimLien, m_unit1, Ownership::Public);
        m_quangTrung = school(QStringLiteral("TH002"), kQuangTrung, m_unit1, Ownership::Private);
        m_hoaBinh = school(QStringLiteral("TH003"), kHoaBinh, m_unit2, Ownership::Public);

        const Pki& pki = Pki::get();
        // A bundle (root + intermediate) with a family, and a second hierarchy added one by one:
        // the intermediate takes its root's family.
        auto vgca = TrustStoreService(m_store->context())
                        .addAnchorsFromFile(writePem({pki.vgcaSub.cert, pki.vgcaRoot.cert}, "vgca.pem"),
                                            QStringLiteral("vgca"));
        ASSERT_TRUE(vgca.ok()) << vgca.errorString().toStdString();
        ASSERT_EQ(vgca->added.size(), 2);
        ASSERT_TRUE(
            TrustStoreService(m_store->context())
                .addAnchorsFromFile(writePem({pki.publicRoot.cert}, "public-root.pem"), QStringLiteral("public"))
                .ok());
        auto sub =
            TrustStoreService(m_store->context()).addAnchorsFromFile(writeDer(pki.publicSub.cert, "public-sub.cer"));
        ASSERT_TRUE(sub.ok()) << sub.errorString().toStdString();
        ASSERT_EQ(sub->added.size(), 1);
        EXPECT_EQ(sub->added.first().family, QStringLiteral("public"));
        EXPECT_FALSE(sub->added.first().isRoot);
    }

    store::Database& db() { return m_store->db(); }

    services::ServiceContext as(const services::Actor& a) { return {db(), m_store->clock(), a, {}}; }
    services::Actor officer1() const { return actor(QStringLiteral("canbo1"), Role::Officer, m_unit1); }
    services::Actor officer2() const { return actor(QStringLiteral("canbo2"), Role::Officer, m_unit2); }
    services::Actor viewer1() const { return actor(QStringLiteral("xem1"), Role::Viewer, m_unit1); }
    services::Actor school1() const { return actor(QStringLiteral("truong1"), Role::School, m_unit1, m_kimLien); }

    QString writePem(const QList<Certificate>& certs, const char* name)
    {
        QByteArray pem;
        for (const Certificate& c : certs)
            pem += c.toPem();
        return writeBytes(pem, name);
    }
    QString writeDer(const Certificate& c, const char* name) { return writeBytes(c.der(), name); }
    QString writeBytes(const QByteArray& bytes, const char* name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    // Registers a certificate as the school's user; returns its id (0 on failure, with a test failure).
    qint64 import(const Certificate& c, const QString& schoolCode = QStringLiteral("TH001"),
                  CertificateKind kind = CertificateKind::Unit, SignerPosition position = SignerPosition::None,
                  const QString& holder = {})
    {
        services::CertificateImport r;
        r.schoolCode = schoolCode;
        r.kind = kind;
        r.position = position;
        r.holder = holder;
        r.path = writePem({c}, "import.pem");
        auto ctx = as(actor(QStringLiteral("admin"), Role::Admin, 0));
        auto result = CertificateReview(ctx).importFile(r);
        EXPECT_TRUE(result.ok()) << result.errorString().toStdString();
        return result.ok() ? result->id : 0;
    }

    // A pending row written straight to the store: several pending seals of one school at once,
    // which importing would supersede.
    qint64 insertPending(const Certificate& c, qint64 schoolId)
    {
        CertificateRegistration r;
        r.schoolId = schoolId;
        r.der = c.der();
        r.sha256 = c.sha256Hex();
        r.subject = c.subject();
        r.issuer = c.issuer();
        r.serialHex = c.serialHex();
        r.notBefore = c.notBefore();
        r.notAfter = c.notAfter();
        r.submittedAt = m_store->clock().now();
        r.submittedBy = QStringLiteral("truong1");
        auto id = store::CertificateRepository(db()).insert(r);
        EXPECT_TRUE(id.ok()) << id.errorString().toStdString();
        return id.ok() ? *id : 0;
    }

    CertificateRegistration row(qint64 id)
    {
        auto r = store::CertificateRepository(db()).byId(id);
        EXPECT_TRUE(r.ok() && r->has_value());
        return r.ok() && r->has_value() ? **r : CertificateRegistration();
    }

    qint64 certificateCount() { return store::CertificateRepository(db()).count().value(); }
    qint64 auditCount() { return store::AuditRepository(db()).count().value(); }

    std::unique_ptr<TestStore> m_store;
    QTemporaryDir m_dir;
    qint64 m_unit1 = 0, m_unit2 = 0, m_kimLien = 0, m_quangTrung = 0, m_hoaBinh = 0;
};

TEST_P(Certificates, ImportRegistersAPendingRowWithItsChecks)
{
    auto ctx = as(school1());
    services::CertificateImport r;
    r.schoolCode = QStringLiteral("TH001");
    r.path = writeDer(leaf({nullptr, kKimLien.toUpper()}), "seal.cer");
    auto result = CertificateReview(ctx).importFile(r);
    ASSERT_TRUE(result.ok()) << result.errorString().toStdString();
    const CertificateRegistration c = row(result->id);
    EXPECT_EQ(c.status, CertificateStatus::Pending);
    EXPECT_EQ(c.schoolId, m_kimLien);
    EXPECT_EQ(c.kind, CertificateKind::Unit);
    EXPECT_EQ(c.submittedBy, QStringLiteral("truong1"));
    EXPECT_EQ(c.submittedAt, m_store->clock().now());
    EXPECT_TRUE(result->superseded.isEmpty());

    const services::CertificateView& v = result->view;
    QStringList names;
    for (const Check& check : v.checks)
        names.append(check.name);
    EXPECT_EQ(names, (QStringList{"chain", "validity", "expiry_soon", "key_usage", "key_strength",
                                  "subject_matches_school", "not_revoked", "unique"}));
    EXPECT_FALSE(v.hasFailedCheck()) << v.failedCheckNames().join(',').toStdString();
    EXPECT_EQ(v.family, QStringLiteral("vgca"));
    EXPECT_EQ(v.chain.size(), 3);
    EXPECT_EQ(v.schoolCode, QStringLiteral("TH001"));

    // An officer of the school's unit may register on its behalf; a signing account needs its
    // holder and position.
    auto officerCtx = as(officer1());
    services::CertificateImport signer;
    signer.schoolCode = QStringLiteral("TH001");
    signer.kind = CertificateKind::Signer;
    signer.holder = QStringLiteral("  Nguyễn   Thị Lan ");
    signer.position = SignerPosition::Principal;
    signer.path = writePem({leaf({nullptr, QStringLiteral("Nguyễn Thị Lan")})}, "principal.pem");
    auto principal = CertificateReview(officerCtx).importFile(signer);
    ASSERT_TRUE(principal.ok()) << principal.errorString().toStdString();
    EXPECT_EQ(row(principal->id).holder, QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(row(principal->id).position, SignerPosition::Principal);
}

TEST_P(Certificates, BadFilesAndBadRequestsLeaveTheStoreUnchanged)
{
    const qint64 certsBefore = certificateCount(), auditBefore = auditCount();
    const Certificate good = leaf({nullptr, kKimLien});
    const QByteArray der = good.der();
    QByteArray oversized(int(Certificate::kMaxFileBytes) + 10, 'A');
    struct Case
    {
        const char* what;
        QString path;
    };
    const QList<Case> files = {
        {"garbage", writeBytes(QByteArray("\x01\x02 not a certificate \xff\xfe", 24), "garbage.bin")},
        {"truncated DER", writeBytes(der.left(der.size() / 2), "truncated.der")},
        {"PEM without a certificate",
         writeBytes("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "nocert.pem")},
        {"private key", writeBytes(PrivateKey::generateEc().toPem(), "key.pem")},
        {"oversized", writeBytes(oversized, "big.pem")},
        {"empty", writeBytes(QByteArray(), "empty.pem")},
        {"missing", m_dir.filePath(QStringLiteral("missing.pem"))},
        {"folder", m_dir.path()},
        {"a CA certificate", writePem({Pki::get().vgcaSub.cert}, "ca.pem")},
    };
    auto ctx = as(school1());
    CertificateReview review(ctx);
    for (const Case& c : files) {
        services::CertificateImport r;
        r.schoolCode = QStringLiteral("TH001");
        r.path = c.path;
        auto result = review.importFile(r);
        ASSERT_FALSE(result.ok()) << c.what;
        EXPECT_FALSE(result.errorString().trimmed().isEmpty()) << c.what;
    }

    const QString goodPath = writeDer(good, "good.cer");
    const auto attempt = [&](services::ServiceContext& context, services::CertificateImport r) {
        r.path = goodPath;
        return CertificateReview(context).importFile(r);
    };
    services::CertificateImport signerWithoutHolder{
        QStringLiteral("TH001"), CertificateKind::Signer, {}, SignerPosition::Principal, {}};
    services::CertificateImport signerWithoutPosition{
        QStringLiteral("TH001"), CertificateKind::Signer, QStringLiteral("Lê Văn An"), SignerPosition::None, {}};
    services::CertificateImport sealWithHolder{
        QStringLiteral("TH001"), CertificateKind::Unit, QStringLiteral("Lê Văn An"), SignerPosition::None, {}};
    services::CertificateImport unknownSchool{
        QStringLiteral("TH999"), CertificateKind::Unit, {}, SignerPosition::None, {}};
    services::CertificateImport otherSchool{
        QStringLiteral("TH002"), CertificateKind::Unit, {}, SignerPosition::None, {}};
    services::CertificateImport otherUnit{QStringLiteral("TH003"), CertificateKind::Unit, {}, SignerPosition::None, {}};
    EXPECT_EQ(attempt(ctx, signerWithoutHolder).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(attempt(ctx, signerWithoutPosition).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(attempt(ctx, sealWithHolder).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(attempt(ctx, unknownSchool).error().kind, ErrorKind::NotFound);
    // A school user registers for their own school only; an officer for the schools of their unit;
    // a viewer for none.
    EXPECT_EQ(attempt(ctx, otherSchool).error().kind, ErrorKind::Refused);
    auto officerCtx = as(officer1());
    EXPECT_EQ(attempt(officerCtx, otherUnit).error().kind, ErrorKind::Refused);
    auto viewerCtx = as(viewer1());
    EXPECT_EQ(attempt(viewerCtx, request(QStringLiteral("TH001"))).error().kind, ErrorKind::Refused);

    EXPECT_EQ(certificateCount(), certsBefore);
    EXPECT_EQ(auditCount(), auditBefore);

    // The same file twice for one school: the second is refused, nothing added.
    ASSERT_TRUE(attempt(ctx, request(QStringLiteral("TH001"))).ok());
    const qint64 afterFirst = certificateCount();
    auto again = attempt(ctx, request(QStringLiteral("TH001")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(certificateCount(), afterFirst);
}

TEST_P(Certificates, ANewRegistrationSupersedesTheOlderPendingOne)
{
    const qint64 sealA = import(leaf({nullptr, kKimLien}));
    const qint64 principalA = import(leaf({nullptr, QStringLiteral("Lê Văn An")}), QStringLiteral("TH001"),
                                     CertificateKind::Signer, SignerPosition::Principal, QStringLiteral("Lê Văn An"));
    const qint64 vice = import(leaf({nullptr, QStringLiteral("Trần Thị Bình")}), QStringLiteral("TH001"),
                               CertificateKind::Signer, SignerPosition::VicePrincipal, QStringLiteral("Trần Thị Bình"));
    const qint64 otherSchoolSeal = import(leaf({&Pki::get().publicSub, kQuangTrung}), QStringLiteral("TH002"));

    services::CertificateImport r = request(QStringLiteral("TH001"));
    r.path = writePem({leaf({nullptr, kKimLien})}, "seal-b.pem");
    auto ctx = as(school1());
    auto sealB = CertificateReview(ctx).importFile(r);
    ASSERT_TRUE(sealB.ok()) << sealB.errorString().toStdString();
    EXPECT_EQ(sealB->superseded, QList<qint64>{sealA});
    const CertificateRegistration a = row(sealA);
    EXPECT_EQ(a.status, CertificateStatus::Rejected);
    EXPECT_EQ(a.supersededBy, sealB->id);
    EXPECT_EQ(a.decisionReason, QStringLiteral("superseded by #%1").arg(sealB->id));
    EXPECT_TRUE(a.decidedAt.isValid());
    // Other kinds, positions and schools are untouched.
    EXPECT_EQ(row(principalA).status, CertificateStatus::Pending);
    EXPECT_EQ(row(vice).status, CertificateStatus::Pending);
    EXPECT_EQ(row(otherSchoolSeal).status, CertificateStatus::Pending);

    // A new principal replaces the pending principal, not the vice-principal.
    const qint64 principalB = import(leaf({nullptr, QStringLiteral("Lê Văn An")}), QStringLiteral("TH001"),
                                     CertificateKind::Signer, SignerPosition::Principal, QStringLiteral("Lê Văn An"));
    EXPECT_EQ(row(principalA).status, CertificateStatus::Rejected);
    EXPECT_EQ(row(principalA).supersededBy, principalB);
    EXPECT_EQ(row(vice).status, CertificateStatus::Pending);

    // An approved seal stays approved when a renewal arrives.
    auto officerCtx = as(officer1());
    ASSERT_TRUE(CertificateReview(officerCtx).approve({sealB->id}, {}).value().allDecided());
    const qint64 sealC = import(leaf({nullptr, kKimLien}));
    EXPECT_EQ(row(sealB->id).status, CertificateStatus::Approved);
    EXPECT_EQ(row(sealC).status, CertificateStatus::Pending);

    // A superseded row can no longer be decided; the refusal says it was replaced.
    auto refused = CertificateReview(officerCtx).approve({sealA}, {});
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->refused.size(), 1);
    EXPECT_EQ(refused->refused.first().why, CertificateRefusal::Why::AlreadyDecided);
    EXPECT_TRUE(refused->refused.first().reason.contains(QStringLiteral("#%1").arg(sealB->id)))
        << refused->refused.first().reason.toStdString();
}

TEST_P(Certificates, DecisionsFollowTheLifecycleAndRecordWhoWhenWhy)
{
    const qint64 a = import(leaf({nullptr, kKimLien}));
    const qint64 b = import(leaf({nullptr, QStringLiteral("Lê Văn An")}), QStringLiteral("TH001"),
                            CertificateKind::Signer, SignerPosition::Principal, QStringLiteral("Lê Văn An"));
    auto ctx = as(officer1());
    CertificateReview review(ctx);

    auto approved = review.approve({a, a}, {});
    ASSERT_TRUE(approved.ok()) << approved.errorString().toStdString();
    EXPECT_EQ(approved->decided, QList<qint64>{a});
    EXPECT_TRUE(approved->refused.isEmpty());
    CertificateRegistration ra = row(a);
    EXPECT_EQ(ra.status, CertificateStatus::Approved);
    EXPECT_EQ(ra.decidedBy, QStringLiteral("canbo1"));
    EXPECT_EQ(ra.decidedAt, m_store->clock().now());

    // Decided rows stay decided; the refusal names who decided and when.
    m_store->clock().advanceSecs(3600);
    auto again = review.reject({a}, QStringLiteral("Sai tên"));
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->refused.size(), 1);
    EXPECT_EQ(again->refused.first().why, CertificateRefusal::Why::AlreadyDecided);
    EXPECT_TRUE(again->refused.first().reason.contains(QStringLiteral("canbo1")));
    EXPECT_TRUE(again->refused.first().reason.contains(ra.decidedAt.toLocalTime().toString("dd/MM/yyyy")));
    EXPECT_EQ(row(a).status, CertificateStatus::Approved);

    // A reason is required to reject or revoke.
    EXPECT_EQ(review.reject({b}, QStringLiteral("   ")).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(review.revoke({a}, QString()).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(row(b).status, CertificateStatus::Pending);

    // A pending row cannot be revoked; it is rejected instead.
    auto revokePending = review.revoke({b}, QStringLiteral("Lộ khóa"));
    ASSERT_TRUE(revokePending.ok());
    ASSERT_EQ(revokePending->refused.size(), 1);
    EXPECT_EQ(revokePending->refused.first().why, CertificateRefusal::Why::WrongStatus);
    auto rejected = review.reject({b}, QStringLiteral("Chứng thư số không mang tên hiệu trưởng."));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->decided, QList<qint64>{b});
    EXPECT_EQ(row(b).status, CertificateStatus::Rejected);
    EXPECT_EQ(row(b).decisionReason, QStringLiteral("Chứng thư số không mang tên hiệu trưởng."));
    auto revokeRejected = review.revoke({b}, QStringLiteral("x"));
    ASSERT_TRUE(revokeRejected.ok());
    EXPECT_EQ(revokeRejected->refused.first().why, CertificateRefusal::Why::WrongStatus);

    // Revoking keeps the approval's who and when beside the revocation.
    auto revoked = review.revoke({a, 424242}, QStringLiteral("Lộ khóa bí mật"));
    ASSERT_TRUE(revoked.ok());
    EXPECT_EQ(revoked->decided, QList<qint64>{a});
    ASSERT_EQ(revoked->refused.size(), 1);
    EXPECT_EQ(revoked->refused.first().why, CertificateRefusal::Why::NotFound);
    ra = row(a);
    EXPECT_EQ(ra.status, CertificateStatus::Revoked);
    EXPECT_EQ(ra.decidedBy, QStringLiteral("canbo1"));
    EXPECT_EQ(ra.decidedAt, m_store->clock().now().addSecs(-3600));
    auto view = review.show(a);
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->revokedBy, QStringLiteral("canbo1"));
    EXPECT_EQ(view->revokedAt, m_store->clock().now());
    EXPECT_EQ(view->revocationReason, QStringLiteral("Lộ khóa bí mật"));
    auto revokeAgain = review.revoke({a}, QStringLiteral("x"));
    ASSERT_TRUE(revokeAgain.ok());
    EXPECT_EQ(revokeAgain->refused.first().why, CertificateRefusal::Why::AlreadyDecided);
}

TEST_P(Certificates, OnlyOfficersOfTheSchoolsUnitDecide)
{
    const qint64 a = import(leaf({nullptr, kKimLien}));
    for (const services::Actor& who : {viewer1(), officer2(), school1()}) {
        auto ctx = as(who);
        auto outcome = CertificateReview(ctx).approve({a}, [](const QString&) { return true; });
        ASSERT_TRUE(outcome.ok()) << who.username.toStdString();
        ASSERT_EQ(outcome->refused.size(), 1) << who.username.toStdString();
        EXPECT_EQ(outcome->refused.first().why, CertificateRefusal::Why::NotAllowed);
        EXPECT_TRUE(outcome->refused.first().reason.contains(who.username));
    }
    EXPECT_EQ(row(a).status, CertificateStatus::Pending);

    // Seeing follows the same lines: the other unit's officer cannot look at it, the viewer can.
    auto otherCtx = as(officer2());
    EXPECT_EQ(CertificateReview(otherCtx).show(a).error().kind, ErrorKind::Refused);
    auto otherList = CertificateReview(otherCtx).list({});
    ASSERT_TRUE(otherList.ok());
    EXPECT_TRUE(otherList->isEmpty());
    auto viewerCtx = as(viewer1());
    auto viewerList = CertificateReview(viewerCtx).list(query(CertificateStatus::Pending));
    ASSERT_TRUE(viewerList.ok());
    ASSERT_EQ(viewerList->size(), 1);
    EXPECT_EQ(viewerList->first().registration.id, a);
    auto schoolCtx = as(school1());
    EXPECT_TRUE(CertificateReview(schoolCtx).show(a).ok());
    EXPECT_EQ(CertificateReview(schoolCtx).list(query(std::nullopt, QStringLiteral("TH002"))).error().kind,
              ErrorKind::Refused);
}

TEST_P(Certificates, ApprovingDespiteAFailedCheckNeedsConfirmation)
{
    const Pki& pki = Pki::get();
    const qint64 expired = insertPending(leaf({nullptr, kKimLien, utc(2023, 1, 1), utc(2026, 1, 1)}), m_kimLien);
    // A public school's seal from a public CA: the chain check fails on the family.
    const qint64 wrongFamily = insertPending(leaf({&pki.publicSub, kKimLien}), m_kimLien);
    // The same CA is fine for a private school.
    const qint64 privateSchool = import(leaf({&pki.publicSub, kQuangTrung}), QStringLiteral("TH002"));

    auto ctx = as(officer1());
    CertificateReview review(ctx);
    auto wrongFamilyView = review.show(wrongFamily).value();
    EXPECT_EQ(wrongFamilyView.failedCheckNames(), QStringList{QStringLiteral("chain")});
    EXPECT_TRUE(wrongFamilyView.checks.first().detail.contains(QStringLiteral("vgca")));
    EXPECT_FALSE(review.show(privateSchool).value().hasFailedCheck());

    QStringList questions;
    auto no = review.approve({expired, wrongFamily, privateSchool}, [&](const QString& q) {
        questions.append(q);
        return false;
    });
    ASSERT_TRUE(no.ok());
    EXPECT_EQ(no->decided, QList<qint64>{privateSchool});
    ASSERT_EQ(no->refused.size(), 2);
    for (const CertificateRefusal& r : no->refused)
        EXPECT_EQ(r.why, CertificateRefusal::Why::NotConfirmed);
    ASSERT_EQ(questions.size(), 2);
    // Checks are named for a person, not by their identifiers.
    EXPECT_TRUE(questions.first().contains(Check::label(QStringLiteral("validity"))))
        << questions.first().toStdString();
    EXPECT_FALSE(questions.first().contains(QStringLiteral("validity:")));
    EXPECT_EQ(row(expired).status, CertificateStatus::Pending);
    // No way to confirm at all counts as "no".
    EXPECT_EQ(review.approve({expired}, {}).value().refused.size(), 1);

    const qint64 auditBefore = auditCount();
    auto yes = review.approve({expired}, [](const QString&) { return true; });
    ASSERT_TRUE(yes.ok());
    EXPECT_EQ(yes->decided, QList<qint64>{expired});
    EXPECT_EQ(row(expired).status, CertificateStatus::Approved);
    EXPECT_TRUE(row(expired).decisionReason.contains(Check::label(QStringLiteral("validity"))));
    EXPECT_EQ(auditCount(), auditBefore + 1);
    auto events = services::AuditLog(ctx).latest(1).value();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().action, QStringLiteral("certificate.approve"));
    EXPECT_EQ(events.first().detail.value(QStringLiteral("failed_checks")).toArray(),
              QJsonArray{QStringLiteral("validity")});
}

TEST_P(Certificates, TwoOfficersDecidingAtOnceLeaveExactlyOneDecision)
{
    constexpr int kRows = 6;
    QList<qint64> ids;
    // Rows of two schools, every check passing, so that approving needs no confirmation.
    for (int i = 0; i < kRows; ++i)
        ids.append(i % 2 ? insertPending(leaf({nullptr, kKimLien}), m_kimLien)
                         : insertPending(leaf({nullptr, kQuangTrung}), m_quangTrung));
    const store::ConnectionSpec spec = m_store->spec();
    const FixedClock& clock = m_store->clock();
    struct Outcome
    {
        bool ok = false;
        QString error;
        QList<qint64> decided;
        QList<CertificateRefusal> refused;
    };
    Outcome approver, rejecter;
    std::latch start(2);
    const auto run = [&](services::Actor who, bool approve, Outcome& out) {
        // Each officer on their own connection, as two desktops would be.
        auto db = store::Database::open(spec);
        if (!db) {
            out.error = db.errorString();
            start.count_down();
            return;
        }
        {
            services::ServiceContext ctx{**db, clock, who, {}};
            CertificateReview review(ctx);
            start.arrive_and_wait();
            auto r = approve ? review.approve(ids, {}) : review.reject(ids, QStringLiteral("Trùng"));
            out.ok = r.ok();
            if (r.ok()) {
                out.decided = r->decided;
                out.refused = r->refused;
            } else {
                out.error = r.errorString();
            }
        }
        db->reset();
    };
    services::Actor second = officer1();
    second.username = QStringLiteral("canbo1b");
    std::thread a(run, officer1(), true, std::ref(approver));
    std::thread b(run, second, false, std::ref(rejecter));
    a.join();
    b.join();
    ASSERT_TRUE(approver.ok) << approver.error.toStdString();
    ASSERT_TRUE(rejecter.ok) << rejecter.error.toStdString();
    EXPECT_EQ(approver.decided.size() + rejecter.decided.size(), kRows);
    EXPECT_EQ(approver.refused.size() + rejecter.refused.size(), kRows);
    for (const CertificateRefusal& r : approver.refused + rejecter.refused)
        EXPECT_EQ(r.why, CertificateRefusal::Why::AlreadyDecided) << r.reason.toStdString();
    for (qint64 id : ids) {
        const CertificateRegistration c = row(id);
        const bool approved = approver.decided.contains(id);
        EXPECT_NE(approved, rejecter.decided.contains(id)) << id;
        EXPECT_EQ(c.status, approved ? CertificateStatus::Approved : CertificateStatus::Rejected);
        EXPECT_EQ(c.decidedBy, approved ? QStringLiteral("canbo1") : QStringLiteral("canbo1b"));
    }
    // One decision event per row, and the chain still verifies.
    QSqlQuery q(db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE action IN ('certificate.approve', "
                                      "'certificate.reject')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), kRows);
    auto ctx = as(officer1());
    auto verified = services::AuditLog(ctx).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
}

TEST_P(Certificates, EveryStepIsAuditedAndTheChainVerifies)
{
    const qint64 a = import(leaf({nullptr, kKimLien}));
    const qint64 b = import(leaf({nullptr, QStringLiteral("Lê Văn An")}), QStringLiteral("TH001"),
                            CertificateKind::Signer, SignerPosition::Principal, QStringLiteral("Lê Văn An"));
    auto ctx = as(officer1());
    CertificateReview review(ctx);
    ASSERT_TRUE(review.approve({a}, {}).value().allDecided());
    ASSERT_TRUE(review.reject({b}, QStringLiteral("Sai chức vụ")).value().allDecided());
    ASSERT_TRUE(review.revoke({a}, QStringLiteral("Mất thiết bị ký số")).value().allDecided());

    auto events = services::AuditLog(ctx).latest(5).value();
    ASSERT_GE(events.size(), 5);
    const QStringList expected = {"certificate.revoke", "certificate.reject", "certificate.approve",
                                  "certificate.import", "certificate.import"};
    for (int i = 0; i < expected.size(); ++i) {
        const AuditEvent& e = events.at(i);
        EXPECT_EQ(e.action, expected.at(i));
        EXPECT_EQ(e.chain, m_unit1) << i;
        EXPECT_EQ(e.entity, QStringLiteral("certificate"));
        EXPECT_EQ(e.detail.value(QStringLiteral("school")).toString(), QStringLiteral("TH001"));
        EXPECT_EQ(e.detail.value(QStringLiteral("sha256")).toString().size(), 64);
    }
    EXPECT_EQ(events.at(0).actor, QStringLiteral("canbo1"));
    EXPECT_EQ(events.at(0).entityId, QString::number(a));
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("Mất thiết bị ký số"));
    EXPECT_EQ(events.at(1).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("Sai chức vụ"));
    EXPECT_EQ(events.at(4).actor, QStringLiteral("admin"));

    auto verified = services::AuditLog(ctx).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
    EXPECT_GE(verified->events, 5);
}

// 6.1's filters run in the store: school words without accents, a code, literal wildcards; and
// the counts per status follow the same filter.
TEST_P(Certificates, ListAndCountBySchoolWordsKindAndStatus)
{
    const qint64 kimLienSeal = insertPending(leaf({nullptr, kKimLien}), m_kimLien);
    const qint64 kimLienSigner =
        import(leaf({nullptr, QStringLiteral("Lê Thị Hoa")}), QStringLiteral("TH001"), CertificateKind::Signer,
               SignerPosition::Principal, QStringLiteral("Lê Thị Hoa"));
    const qint64 quangTrung = import(leaf({&Pki::get().publicSub, kQuangTrung}), QStringLiteral("TH002"));
    insertPending(leaf({nullptr, kHoaBinh}), m_hoaBinh); // another unit's
    auto ctx = as(officer1());
    CertificateReview review(ctx);
    ASSERT_TRUE(review.approve({quangTrung}, {}).value().allDecided());

    const auto ids = [&](const services::CertificateQuery& q) {
        QList<qint64> out;
        auto rows = review.list(q);
        EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
        for (const services::CertificateView& v : rows.value())
            out.append(v.registration.id);
        std::sort(out.begin(), out.end());
        return out;
    };
    services::CertificateQuery q;
    q.withChecks = false;
    EXPECT_EQ(ids(q), (QList<qint64>{kimLienSeal, kimLienSigner, quangTrung})) << "the officer's unit only";
    q.schoolSearch = QStringLiteral("KIM lien");
    EXPECT_EQ(ids(q), (QList<qint64>{kimLienSeal, kimLienSigner}));
    q.schoolSearch = QStringLiteral("lien kim");
    EXPECT_EQ(ids(q), (QList<qint64>{kimLienSeal, kimLienSigner})) << "words in any order";
    q.schoolSearch = QStringLiteral("iên");
    EXPECT_TRUE(ids(q).isEmpty()) << "a word must begin a word of the name";
    q.schoolSearch = QStringLiteral("th00");
    EXPECT_EQ(ids(q).size(), 3) << "or begin the code";
    q.schoolSearch = QStringLiteral("tư thục");
    EXPECT_EQ(ids(q), QList<qint64>{quangTrung});
    q.schoolSearch = QStringLiteral("%");
    EXPECT_TRUE(ids(q).isEmpty()) << "wildcards are literal";
    q.schoolSearch = QStringLiteral("_h");
    EXPECT_TRUE(ids(q).isEmpty());
    q.schoolSearch.clear();
    q.kind = CertificateKind::Signer;
    EXPECT_EQ(ids(q), QList<qint64>{kimLienSigner});
    q.kind.reset();
    q.status = CertificateStatus::Approved;
    EXPECT_EQ(ids(q), QList<qint64>{quangTrung});

    // Counts ignore the status asked for and follow the rest.
    auto counts = review.countsByStatus(q);
    ASSERT_TRUE(counts.ok()) << counts.errorString().toStdString();
    EXPECT_EQ(counts->value(CertificateStatus::Pending), 2);
    EXPECT_EQ(counts->value(CertificateStatus::Approved), 1);
    EXPECT_FALSE(counts->contains(CertificateStatus::Rejected));
    q.schoolSearch = QStringLiteral("quang");
    EXPECT_EQ(review.countsByStatus(q)->value(CertificateStatus::Pending), 0);
    EXPECT_EQ(review.countsByStatus(q)->value(CertificateStatus::Approved), 1);
    // A viewer sees the counts of the unit; a school user those of the own school.
    auto viewerCtx = as(viewer1());
    EXPECT_EQ(CertificateReview(viewerCtx).countsByStatus({})->value(CertificateStatus::Pending), 2);
    auto schoolCtx = as(school1());
    EXPECT_EQ(CertificateReview(schoolCtx).countsByStatus({})->value(CertificateStatus::Approved), 0);
}

TEST_P(Certificates, TrustStoreRefusesWhatItCannotTrust)
{
    const Pki& pki = Pki::get();
    TrustStoreService trust(m_store->context());
    const qint64 anchorsBefore = trust.anchors().value().size();
    // Not a CA; already there; a bad family; not an administrator.
    EXPECT_EQ(trust.addAnchors({leaf({nullptr, kKimLien})}).error().kind, ErrorKind::Refused);
    EXPECT_EQ(trust.addAnchors({pki.vgcaRoot.cert}).error().kind, ErrorKind::Conflict);
    EXPECT_EQ(trust.addAnchors({pki.strangerRoot.cert}, QStringLiteral("gov")).error().kind, ErrorKind::Invalid);
    auto officerCtx = as(officer1());
    EXPECT_EQ(TrustStoreService(officerCtx).addAnchors({pki.strangerRoot.cert}).error().kind, ErrorKind::Refused);
    EXPECT_EQ(trust.anchors().value().size(), anchorsBefore);

    // An unlabelled root is a test root, which vouches for no school.
    auto stranger = trust.addAnchors({pki.strangerRoot.cert});
    ASSERT_TRUE(stranger.ok());
    EXPECT_EQ(stranger->added.first().family, QStringLiteral("test"));
    EXPECT_TRUE(stranger->added.first().isRoot);
    const qint64 testSeal = import(leaf({&pki.strangerRoot, kQuangTrung}), QStringLiteral("TH002"));
    auto ctx = as(officer1());
    auto view = CertificateReview(ctx).show(testSeal).value();
    EXPECT_EQ(view.failedCheckNames(), QStringList{QStringLiteral("chain")});
    EXPECT_EQ(view.family, QStringLiteral("test"));
}

TEST_P(Certificates, CrlsAreVerifiedAndRevokedCertificatesFail)
{
    const Pki& pki = Pki::get();
    const Certificate seal = leaf({nullptr, kKimLien});
    const qint64 id = import(seal);
    const auto crlFile = [&](const Authority& issuer, const char* name) {
        CrlBuilder b;
        b.setIssuer(issuer.cert, issuer.key).setThisUpdate(utc(2026, 11, 1)).setNextUpdate(utc(2026, 12, 1));
        b.addRevoked(seal, utc(2026, 10, 15));
        return writeBytes(b.build().value(), name);
    };
    auto viewerCtx = as(viewer1());
    EXPECT_EQ(TrustStoreService(viewerCtx).addCrlFromFile(crlFile(pki.vgcaSub, "a.crl")).error().kind,
              ErrorKind::Refused);
    auto ctx = as(officer1());
    TrustStoreService trust(ctx);
    // Signed by an impostor CA that took the intermediate's name: forged.
    const Authority impostor = Pki::ca(QStringLiteral("Test VGCA Sub"), nullptr);
    ASSERT_EQ(impostor.cert.subject(), pki.vgcaSub.cert.subject());
    auto forged = trust.addCrlFromFile(crlFile(impostor, "forged.crl"));
    ASSERT_FALSE(forged.ok());
    EXPECT_TRUE(trust.crls().value().isEmpty());
    EXPECT_FALSE(trust.addCrlFromFile(writeBytes("not a CRL", "junk.crl")).ok());

    const QString good = crlFile(pki.vgcaSub, "good.crl");
    auto added = trust.addCrlFromFile(good);
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    EXPECT_EQ(added->revokedCount, 1);
    EXPECT_EQ(added->addedBy, QStringLiteral("canbo1"));
    EXPECT_EQ(trust.addCrlFromFile(good).error().kind, ErrorKind::Conflict);
    ASSERT_EQ(trust.crls().value().size(), 1);

    auto view = CertificateReview(ctx).show(id).value();
    EXPECT_EQ(view.failedCheckNames(), QStringList{QStringLiteral("not_revoked")});

    // Revoked by its CA: no confirmation approves it (issue #18), and the question is not even asked.
    bool asked = false;
    auto decided = CertificateReview(ctx).approve({id}, [&asked](const QString&) {
        asked = true;
        return true;
    });
    ASSERT_TRUE(decided.ok()) << decided.errorString().toStdString();
    EXPECT_TRUE(decided->decided.isEmpty());
    ASSERT_EQ(decided->refused.size(), 1);
    EXPECT_EQ(decided->refused.first().why, services::Refusal::Why::RevokedByCa);
    EXPECT_TRUE(decided->refused.first().reason.contains(QStringLiteral("new certificate")))
        << decided->refused.first().reason.toStdString();
    EXPECT_FALSE(asked);
    EXPECT_EQ(CertificateReview(ctx).show(id).value().registration.status, CertificateStatus::Pending);
}

// Issue #18: "Check revocation now" asks the CAs on loopback. One seal is revoked by its CA's CRL,
// one by its OCSP responder, one is good, one names a dead URL and one a forged CRL.
TEST_P(Certificates, RefreshAsksTheCrlsAndOcspRespondersAndRefusesWhatTheyRevoked)
{
    const Pki& pki = Pki::get();
    const Authority impostor = Pki::ca(QStringLiteral("Test VGCA Sub"), nullptr);
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    // The CRL and the OCSP answers are made when asked, once the leaves exist.
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
    const auto url = [&server](const char* path) { return server.url(QString::fromLatin1(path)).toString(); };
    const auto sealOf = [&](const QString& cn, const QStringList& cdp, const QStringList& ocsp,
                            const Authority* issuer = nullptr) {
        const Authority& ca = issuer ? *issuer : pki.vgcaSub;
        const PrivateKey key = PrivateKey::generateEc();
        return CertificateBuilder()
            .setSubject({{"CN", cn}, {"O", cn}, {"C", QStringLiteral("VN")}})
            .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
            .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
            .setCrlDistributionPoints(cdp)
            .setOcspUrls(ocsp)
            .setPublicKey(key)
            .sign(ca.key, &ca.cert)
            .value();
    };
    const Certificate byCrl = sealOf(QStringLiteral("A"), {url("/sub.crl")}, {});
    const Certificate byOcsp = sealOf(QStringLiteral("B"), {url("/sub.crl")}, {url("/ocsp/b")});
    const Certificate good = sealOf(QStringLiteral("C"), {url("/sub.crl")}, {url("/ocsp/c")});
    const Certificate dead =
        sealOf(QStringLiteral("D"), {QStringLiteral("http://127.0.0.1:%1/gone.crl").arg(deadPort)}, {}, &pki.publicSub);
    const Certificate forged = sealOf(QStringLiteral("E"), {url("/forged.crl")}, {});
    routes.insert("/sub.crl", [&] {
        CrlBuilder b;
        b.setIssuer(pki.vgcaSub.cert, pki.vgcaSub.key).setThisUpdate(utc(2026, 11, 1)).setNextUpdate(utc(2026, 12, 1));
        b.addRevoked(byCrl, utc(2026, 10, 15));
        return b.build().value();
    });
    routes.insert("/forged.crl", [&] {
        CrlBuilder b;
        b.setIssuer(impostor.cert, impostor.key).setThisUpdate(utc(2026, 11, 10)).setNextUpdate(utc(2026, 12, 1));
        b.addRevoked(forged, utc(2026, 11, 9));
        return b.build().value();
    });
    const auto answer = [&](const Certificate& c, OcspResponseBuilder::CertStatus status) {
        return [&pki, c, status] {
            OcspResponseBuilder b;
            b.setIssuer(pki.vgcaSub.cert).setSigner(pki.vgcaSub.cert, pki.vgcaSub.key);
            b.addStatus(c, status, utc(2026, 11, 18), QStringLiteral("keyCompromise"));
            b.setThisUpdate(utc(2026, 11, 20)).setNextUpdate(utc(2026, 11, 27));
            return b.build().value();
        };
    };
    routes.insert("/ocsp/b", answer(byOcsp, OcspResponseBuilder::CertStatus::Revoked));
    routes.insert("/ocsp/c", answer(good, OcspResponseBuilder::CertStatus::Good));

    // Each seal at a school of its own: a newer registration would replace a school's pending one.
    store::SchoolRepository schools(db());
    QList<qint64> ids;
    int n = 0;
    for (const Certificate& c : {byCrl, byOcsp, good, dead, forged}) {
        School s;
        s.code = QStringLiteral("TH10%1").arg(++n);
        s.name = QStringLiteral("Trường Tiểu học Số %1").arg(n);
        s.unitId = m_unit1;
        ASSERT_TRUE(schools.insert(s).ok());
        ids.append(import(c, s.code));
    }

    auto ctx = as(officer1());
    // The root says its intermediate is good (a file loaded by hand), so that a good answer about a
    // leaf makes a pass.
    {
        CrlBuilder b;
        b.setIssuer(pki.vgcaRoot.cert, pki.vgcaRoot.key)
            .setThisUpdate(utc(2026, 11, 1))
            .setNextUpdate(utc(2026, 12, 1));
        ASSERT_TRUE(TrustStoreService(ctx).addCrl(Crl::fromBytes(b.build().value()).value()).ok());
    }
    net::FetchLimits limits;
    limits.timeoutMs = 5000;
    net::HttpFetcher fetcher(limits);
    auto report = services::RevocationRefresh(ctx, fetcher).refresh();
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    EXPECT_EQ(report->checked, 5);
    EXPECT_EQ(report->crlsAdded, 1) << "the CA's CRL, once for three certificates; never the forged one";
    EXPECT_EQ(report->ocspAnswers, 2);
    QList<qint64> revoked = report->revoked;
    std::sort(revoked.begin(), revoked.end());
    EXPECT_EQ(revoked, (QList<qint64>{ids[0], ids[1]}));
    QStringList failedUrls;
    for (const auto& u : report->unreachable)
        failedUrls.append(u.url);
    EXPECT_TRUE(failedUrls.contains(QStringLiteral("http://127.0.0.1:%1/gone.crl").arg(deadPort)))
        << failedUrls.join(' ').toStdString();
    EXPECT_TRUE(failedUrls.contains(url("/forged.crl"))) << failedUrls.join(' ').toStdString();
    // Each URL was asked once.
    int subAsked = 0;
    for (const auto& r : server.requests())
        subAsked += r.path == "/sub.crl" ? 1 : 0;
    EXPECT_EQ(subAsked, 1);

    // 6.1 reads the stored answers: revoked by OCSP with the reason, good stays good.
    CertificateReview review(ctx);
    const auto notRevoked = [&review](qint64 id) {
        const services::CertificateView view = review.show(id).value();
        for (const Check& c : view.checks) {
            if (c.name == QLatin1String("not_revoked"))
                return c;
        }
        return Check{};
    };
    EXPECT_EQ(notRevoked(ids[1]).severity, Check::Fail);
    EXPECT_TRUE(notRevoked(ids[1]).detail.contains(QStringLiteral("OCSP"))) << notRevoked(ids[1]).detail.toStdString();
    EXPECT_NE(notRevoked(ids[2]).severity, Check::Fail) << notRevoked(ids[2]).detail.toStdString();
    EXPECT_NE(notRevoked(ids[4]).severity, Check::Fail) << "a forged CRL revokes nothing";
    // A dead distribution point: a warning that names the URL, why it failed, and that no answer is at hand.
    const Check deadCheck = notRevoked(ids[3]);
    EXPECT_EQ(deadCheck.severity, Check::Warning);
    EXPECT_TRUE(
        deadCheck.detail.contains(QStringLiteral("Could not be asked: http://127.0.0.1:%1/gone.crl").arg(deadPort)))
        << deadCheck.detail.toStdString();
    EXPECT_TRUE(deadCheck.detail.contains(QStringLiteral("Connection refused"))) << deadCheck.detail.toStdString();
    EXPECT_EQ(notRevoked(ids[2]).severity, Check::Pass) << notRevoked(ids[2]).detail.toStdString();

    // What the CA revoked cannot be approved, even when the officer says yes; the good one can.
    auto decided = review.approve({ids[0], ids[1], ids[2]}, [](const QString&) { return true; });
    ASSERT_TRUE(decided.ok()) << decided.errorString().toStdString();
    EXPECT_EQ(decided->decided, QList<qint64>{ids[2]});
    ASSERT_EQ(decided->refused.size(), 2);
    for (const CertificateRefusal& r : decided->refused)
        EXPECT_EQ(r.why, services::Refusal::Why::RevokedByCa) << r.reason.toStdString();

    // Servers gone: a refresh reports every URL as failed, keeps what it had, and says so quickly.
    const QString subCrlUrl = url("/sub.crl");
    const QString ocspCUrl = url("/ocsp/c");
    server.close();
    auto offline = services::RevocationRefresh(ctx, fetcher).refresh({ids[1]});
    ASSERT_TRUE(offline.ok()) << offline.errorString().toStdString();
    EXPECT_FALSE(offline->unreachable.isEmpty());
    EXPECT_EQ(offline->revoked, QList<qint64>{ids[1]}) << "the stored OCSP answer still says revoked";
    // Offline, what is at hand still counts while current: the good certificate passes on the CRL.
    auto offlineGood = services::RevocationRefresh(ctx, fetcher).refresh({ids[2]});
    ASSERT_TRUE(offlineGood.ok()) << offlineGood.errorString().toStdString();
    EXPECT_EQ(notRevoked(ids[2]).severity, Check::Pass) << notRevoked(ids[2]).detail.toStdString();
    // Once the CRL (due 1 December) and the OCSP answer (due 27 November) are out of date, a warning
    // names the sources that failed and the age of the newest answer (20 November, 15 days).
    m_store->clock().advanceSecs(15 * 86400);
    const Check stale = notRevoked(ids[2]);
    EXPECT_EQ(stale.severity, Check::Warning) << stale.detail.toStdString();
    EXPECT_TRUE(stale.detail.contains(QStringLiteral("Could not be asked: "))) << stale.detail.toStdString();
    EXPECT_TRUE(stale.detail.contains(subCrlUrl)) << stale.detail.toStdString();
    EXPECT_TRUE(stale.detail.contains(ocspCUrl)) << stale.detail.toStdString();
    EXPECT_TRUE(stale.detail.contains(QStringLiteral("The newest answer at hand is of 20/11/2026")))
        << stale.detail.toStdString();
    EXPECT_TRUE(stale.detail.contains(QStringLiteral("(15 day"))) << stale.detail.toStdString();
}

TEST_P(Certificates, InspectAndUniquenessAcrossSchools)
{
    const Certificate shared = leaf({nullptr, kKimLien});
    auto ctx = as(services::Actor::systemActor());
    auto inspected = CertificateReview(ctx).inspect({shared});
    ASSERT_TRUE(inspected.ok());
    EXPECT_EQ(inspected->registration.id, 0);
    EXPECT_EQ(inspected->checks.at(0).severity, Check::Pass); // chain
    EXPECT_EQ(inspected->checks.at(5).name, QStringLiteral("subject_matches_school"));
    EXPECT_EQ(inspected->checks.at(5).severity, Check::Warning);
    EXPECT_EQ(inspected->checks.at(7).name, QStringLiteral("unique"));
    EXPECT_EQ(inspected->checks.at(7).severity, Check::Pass);

    const qint64 first = import(shared);
    const qint64 second = import(shared, QStringLiteral("TH003"));
    auto officerCtx = as(officer1());
    auto view = CertificateReview(officerCtx).show(first).value();
    EXPECT_EQ(view.checks.at(7).severity, Check::Fail);
    EXPECT_TRUE(view.checks.at(7).detail.contains(kHoaBinh)) << view.checks.at(7).detail.toStdString();
    auto other = as(officer2());
    auto secondView = CertificateReview(other).show(second).value();
    EXPECT_EQ(secondView.checks.at(7).severity, Check::Fail);
    // Hòa Bình's seal names Kim Liên: the subject check fails there too.
    EXPECT_EQ(secondView.checks.at(5).severity, Check::Fail);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Certificates, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
