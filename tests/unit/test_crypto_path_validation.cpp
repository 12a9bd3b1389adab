// RFC 5280 path validation with revocation of every certificate of the path, one test per rule,
// on certificates and CRLs from the test PKI.

#include "crypto/CertificateBuilder.h"
#include "crypto/PathValidation.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

using State = RevocationState::Status;
using Source = RevocationState::Source;
using Verdict = PathValidation::Verdict;

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

const QDateTime kNow = utc(2026, 3, 1);
const QString kLeafCdp = QStringLiteral("http://127.0.0.1:8080/sub.crl");

struct Issued
{
    PrivateKey key;
    Certificate cert;
};

Issued issue(CertificateBuilder builder, const Issued* issuer)
{
    Issued out;
    out.key = PrivateKey::generateEc();
    builder.setValidity(utc(2020, 1, 1), utc(2030, 1, 1)).setPublicKey(out.key);
    auto cert = issuer ? builder.sign(issuer->key, &issuer->cert) : builder.sign(out.key);
    EXPECT_TRUE(cert.ok()) << cert.errorString().toStdString();
    out.cert = cert.ok() ? cert.value() : Certificate();
    return out;
}

CertificateBuilder ca(const QString& cn, KeyUsage usage = KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
{
    CertificateBuilder b;
    b.setSubject({{"CN", cn}, {"C", QStringLiteral("VN")}}).setCa(true).setKeyUsage(usage);
    return b;
}

CertificateBuilder leafBuilder(const QString& cn)
{
    CertificateBuilder b;
    b.setSubject({{"CN", cn}})
        .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
        .setCrlDistributionPoints({kLeafCdp});
    return b;
}

Crl crl(const CrlBuilder& builder)
{
    auto der = builder.build();
    EXPECT_TRUE(der.ok()) << der.errorString().toStdString();
    auto parsed = Crl::fromBytes(der.ok() ? der.value() : QByteArray());
    EXPECT_TRUE(parsed.ok()) << parsed.errorString().toStdString();
    return parsed.ok() ? parsed.value() : Crl();
}

// A current CRL of `issuer`, listing `revoked`.
CrlBuilder crlOf(const Issued& issuer, const QList<Certificate>& revoked = {}, const QString& reason = {})
{
    CrlBuilder b;
    b.setIssuer(issuer.cert, issuer.key).setThisUpdate(utc(2026, 2, 20)).setNextUpdate(utc(2026, 3, 20));
    for (const Certificate& c : revoked)
        b.addRevoked(c, utc(2026, 2, 10), reason);
    return b;
}

class CryptoPathValidation : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_root = new Issued(issue(ca(QStringLiteral("Test Root")), nullptr));
        s_sub = new Issued(issue(ca(QStringLiteral("Test Sub CA")), s_root));
        s_leaf = new Issued(issue(leafBuilder(QStringLiteral("Trường A")), s_sub));
    }
    static void TearDownTestSuite()
    {
        for (Issued* p : {s_root, s_sub, s_leaf})
            delete p;
    }

    static QList<TrustAnchor> trust()
    {
        return {{s_root->cert, QStringLiteral("test"), true}, {s_sub->cert, {}, false}};
    }

    static PathValidation validate(const QList<Crl>& crls, const QList<OcspAnswer>& ocsp = {},
                                   const Certificate& leaf = {})
    {
        return validatePath(leaf.isNull() ? s_leaf->cert : leaf, trust(), crls, ocsp, kNow);
    }

    static QString details(const PathValidation& v)
    {
        QString out = v.path.error;
        for (const RevocationState& s : v.revocation)
            out += QLatin1Char('\n') + s.detail;
        return out;
    }

    static inline Issued* s_root = nullptr;
    static inline Issued* s_sub = nullptr;
    static inline Issued* s_leaf = nullptr;
};

} // namespace

TEST_F(CryptoPathValidation, GoodPathPasses)
{
    const PathValidation v = validate({crl(crlOf(*s_root)), crl(crlOf(*s_sub))});
    EXPECT_TRUE(v.path.ok) << details(v).toStdString();
    EXPECT_EQ(v.verdict(), Verdict::Pass) << details(v).toStdString();
    ASSERT_EQ(v.revocation.size(), 3);
    EXPECT_EQ(v.revocation.at(0).certificate, s_leaf->cert);
    EXPECT_EQ(v.revocation.at(0).status, State::Good);
    EXPECT_EQ(v.revocation.at(0).source, Source::Crl);
    EXPECT_EQ(v.revocation.at(0).authority, QStringLiteral("Test Sub CA"));
    EXPECT_EQ(v.revocation.at(0).answerDate, utc(2026, 2, 20));
    EXPECT_EQ(v.revocation.at(0).answerNextUpdate, utc(2026, 3, 20));
    EXPECT_EQ(v.revocation.at(1).status, State::Good);
    EXPECT_EQ(v.revocation.at(1).authority, QStringLiteral("Test Root"));
    EXPECT_EQ(v.revocation.at(2).status, State::TrustAnchor);
    EXPECT_EQ(v.path.family, QStringLiteral("test"));
}

TEST_F(CryptoPathValidation, NoCrlAtAllIsAWarningForEachCertificate)
{
    const PathValidation v = validate({});
    EXPECT_TRUE(v.path.ok);
    EXPECT_EQ(v.verdict(), Verdict::Warning);
    ASSERT_EQ(v.revocation.size(), 3);
    EXPECT_EQ(v.revocation.at(0).status, State::Unknown);
    EXPECT_TRUE(v.revocation.at(0).detail.contains(QStringLiteral("Test Sub CA"))) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(1).status, State::Unknown);
    EXPECT_TRUE(v.revocation.at(1).detail.contains(QStringLiteral("Test Root")));

    // The root's CRL alone: the CA is known good, the leaf is not.
    const PathValidation half = validate({crl(crlOf(*s_root))});
    EXPECT_EQ(half.verdict(), Verdict::Warning);
    EXPECT_EQ(half.revocation.at(0).status, State::Unknown);
    EXPECT_EQ(half.revocation.at(1).status, State::Good);
}

TEST_F(CryptoPathValidation, SubordinateCaRevokedByItsRootFailsEverythingUnderIt)
{
    const PathValidation v =
        validate({crl(crlOf(*s_root, {s_sub->cert}, QStringLiteral("cACompromise"))), crl(crlOf(*s_sub))});
    EXPECT_EQ(v.verdict(), Verdict::Fail) << details(v).toStdString();
    const RevocationState* revoked = v.firstRevoked();
    ASSERT_NE(revoked, nullptr);
    EXPECT_EQ(revoked->certificate, s_sub->cert);
    EXPECT_EQ(revoked->revokedAt, utc(2026, 2, 10));
    EXPECT_EQ(revoked->reason, QStringLiteral("cACompromise"));
    EXPECT_EQ(revoked->source, Source::Crl);
    EXPECT_TRUE(revoked->detail.contains(QStringLiteral("cACompromise"))) << revoked->detail.toStdString();
    EXPECT_EQ(v.revocation.at(0).status, State::Good); // the leaf itself is not listed
}

TEST_F(CryptoPathValidation, RevokedLeaf)
{
    const PathValidation v =
        validate({crl(crlOf(*s_root)), crl(crlOf(*s_sub, {s_leaf->cert}, QStringLiteral("keyCompromise")))});
    EXPECT_EQ(v.verdict(), Verdict::Fail);
    ASSERT_NE(v.firstRevoked(), nullptr);
    EXPECT_EQ(v.firstRevoked()->certificate, s_leaf->cert);
    EXPECT_EQ(v.firstRevoked()->reason, QStringLiteral("keyCompromise"));
}

TEST_F(CryptoPathValidation, StaleCrlGivesAWarningNotAPass)
{
    CrlBuilder stale = crlOf(*s_sub);
    stale.setThisUpdate(utc(2026, 1, 1)).setNextUpdate(utc(2026, 2, 1));
    const PathValidation v = validate({crl(crlOf(*s_root)), crl(stale)});
    EXPECT_EQ(v.verdict(), Verdict::Warning) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(0).status, State::Unknown);
    EXPECT_EQ(v.revocation.at(0).answerNextUpdate, utc(2026, 2, 1));
    EXPECT_TRUE(v.revocation.at(0).detail.contains(QStringLiteral("due for renewal")))
        << v.revocation.at(0).detail.toStdString();

    // What an out-of-date CRL lists is still revoked.
    CrlBuilder staleRevoking = crlOf(*s_sub, {s_leaf->cert});
    staleRevoking.setThisUpdate(utc(2026, 1, 1)).setNextUpdate(utc(2026, 2, 1));
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(staleRevoking)}).verdict(), Verdict::Fail);
}

TEST_F(CryptoPathValidation, ForgedCrlUnderTheSameNameIsIgnored)
{
    CrlBuilder forged = crlOf(*s_sub, {s_leaf->cert});
    forged.setForgedSigningKey(PrivateKey::generateEc());
    const PathValidation alone = validate({crl(crlOf(*s_root)), crl(forged)});
    EXPECT_EQ(alone.verdict(), Verdict::Warning) << details(alone).toStdString();
    EXPECT_EQ(alone.revocation.at(0).status, State::Unknown);
    EXPECT_TRUE(alone.revocation.at(0).detail.contains(QStringLiteral("forged")))
        << alone.revocation.at(0).detail.toStdString();

    // Beside the genuine CRL, newer than it: the genuine one is used.
    CrlBuilder newerForged = crlOf(*s_sub);
    newerForged.setForgedSigningKey(PrivateKey::generateEc()).setThisUpdate(utc(2026, 2, 25));
    const PathValidation both = validate({crl(crlOf(*s_root)), crl(newerForged), crl(crlOf(*s_sub))});
    EXPECT_EQ(both.verdict(), Verdict::Pass) << details(both).toStdString();
    EXPECT_EQ(both.revocation.at(0).answerDate, utc(2026, 2, 20));
}

TEST_F(CryptoPathValidation, CrlOfAnIssuerWithoutCrlSignIsIgnored)
{
    const Issued noCrlSign = issue(ca(QStringLiteral("Sub CA without cRLSign"), KeyUsageFlag::KeyCertSign), s_root);
    const Issued leaf = issue(leafBuilder(QStringLiteral("Trường B")), &noCrlSign);
    const PathValidation v =
        validatePath(leaf.cert, {{s_root->cert, QStringLiteral("test"), true}, {noCrlSign.cert, {}, false}},
                     {crl(crlOf(*s_root)), crl(crlOf(noCrlSign, {leaf.cert}))}, {}, kNow);
    EXPECT_TRUE(v.path.ok) << details(v).toStdString();
    EXPECT_EQ(v.verdict(), Verdict::Warning) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(0).status, State::Unknown);
    EXPECT_TRUE(v.revocation.at(0).detail.contains(QStringLiteral("cRLSign")))
        << v.revocation.at(0).detail.toStdString();
}

TEST_F(CryptoPathValidation, CrlWithAnUnknownCriticalExtensionIsIgnored)
{
    CrlBuilder strange = crlOf(*s_sub, {s_leaf->cert});
    strange.addExtension(QStringLiteral("1.3.6.1.4.1.99999.7"), QByteArray::fromHex("0500"), true);
    const PathValidation v = validate({crl(crlOf(*s_root)), crl(strange)});
    EXPECT_EQ(v.verdict(), Verdict::Warning) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(0).status, State::Unknown);
    EXPECT_TRUE(v.revocation.at(0).detail.contains(QStringLiteral("critical extension")))
        << v.revocation.at(0).detail.toStdString();

    // The same extension, not critical, changes nothing.
    CrlBuilder harmless = crlOf(*s_sub, {s_leaf->cert});
    harmless.addExtension(QStringLiteral("1.3.6.1.4.1.99999.7"), QByteArray::fromHex("0500"), false);
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(harmless)}).verdict(), Verdict::Fail);
}

TEST_F(CryptoPathValidation, DeltaCrlIsAppliedToItsBase)
{
    CrlBuilder base = crlOf(*s_sub);
    base.setCrlNumber(10).setFreshestCrl({QStringLiteral("http://127.0.0.1:8080/sub-delta.crl")});
    CrlBuilder delta = crlOf(*s_sub, {s_leaf->cert}, QStringLiteral("superseded"));
    delta.setCrlNumber(11).setDeltaOf(10).setThisUpdate(utc(2026, 2, 28));
    const PathValidation v = validate({crl(crlOf(*s_root)), crl(base), crl(delta)});
    EXPECT_EQ(v.verdict(), Verdict::Fail) << details(v).toStdString();
    ASSERT_NE(v.firstRevoked(), nullptr);
    EXPECT_EQ(v.firstRevoked()->certificate, s_leaf->cert);
    EXPECT_EQ(v.firstRevoked()->reason, QStringLiteral("superseded"));
    EXPECT_EQ(v.firstRevoked()->answerDate, utc(2026, 2, 28));

    // The base alone says good; a delta alone is not a CRL to rely on.
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(base)}).verdict(), Verdict::Pass);
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(delta)}).revocation.at(0).status, State::Unknown);
}

TEST_F(CryptoPathValidation, CrlWhoseScopeDoesNotCoverTheCertificateIsIgnored)
{
    CrlBuilder elsewhere = crlOf(*s_sub, {s_leaf->cert});
    elsewhere.setIssuingDistributionPoint({QStringLiteral("http://127.0.0.1:8080/other.crl")});
    const PathValidation v = validate({crl(crlOf(*s_root)), crl(elsewhere)});
    EXPECT_EQ(v.verdict(), Verdict::Warning) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(0).status, State::Unknown);
    EXPECT_TRUE(v.revocation.at(0).detail.contains(QStringLiteral("scope"))) << v.revocation.at(0).detail.toStdString();

    CrlBuilder onlyCas = crlOf(*s_sub, {s_leaf->cert});
    onlyCas.setIssuingDistributionPoint({}, CrlBuilder::Scope::OnlyCas);
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(onlyCas)}).revocation.at(0).status, State::Unknown);

    // The leaf's own distribution point is in scope.
    CrlBuilder here = crlOf(*s_sub, {s_leaf->cert});
    here.setIssuingDistributionPoint({kLeafCdp}, CrlBuilder::Scope::OnlyEndEntities);
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(here)}).verdict(), Verdict::Fail);
}

TEST_F(CryptoPathValidation, ExplicitPolicyRequiredAndAbsentFails)
{
    const QString policy = QStringLiteral("2.16.704.1.1.1.1.1");
    CertificateBuilder strictCa = ca(QStringLiteral("Strict Sub CA"));
    strictCa.setPolicies({policy}).setPolicyConstraints(0);
    const Issued strict = issue(strictCa, s_root);
    QList<TrustAnchor> anchors = {{s_root->cert, QStringLiteral("test"), true}, {strict.cert, {}, false}};
    const QList<Crl> crls = {crl(crlOf(*s_root)), crl(crlOf(strict))};

    const Issued bare = issue(leafBuilder(QStringLiteral("No policy")), &strict);
    const PathValidation failed = validatePath(bare.cert, anchors, crls, {}, kNow);
    EXPECT_FALSE(failed.path.ok);
    EXPECT_EQ(failed.path.problem, ChainResult::Problem::Policy);
    EXPECT_EQ(failed.verdict(), Verdict::Fail);
    EXPECT_FALSE(failed.path.error.isEmpty());

    CertificateBuilder withPolicy = leafBuilder(QStringLiteral("With policy"));
    withPolicy.setPolicies({policy});
    const PathValidation passed = validatePath(issue(withPolicy, &strict).cert, anchors, crls, {}, kNow);
    EXPECT_EQ(passed.verdict(), Verdict::Pass) << details(passed).toStdString();

    // inhibitAnyPolicy: a leaf asserting only anyPolicy does not satisfy the explicit policy.
    CertificateBuilder noAnyCa = ca(QStringLiteral("No anyPolicy Sub CA"));
    noAnyCa.setPolicies({policy}).setPolicyConstraints(0).setInhibitAnyPolicy(0);
    const Issued noAny = issue(noAnyCa, s_root);
    anchors.append({noAny.cert, {}, false});
    CertificateBuilder anyLeaf = leafBuilder(QStringLiteral("anyPolicy"));
    anyLeaf.setPolicies({QStringLiteral("2.5.29.32.0")});
    const PathValidation inhibited =
        validatePath(issue(anyLeaf, &noAny).cert, anchors, {crl(crlOf(*s_root)), crl(crlOf(noAny))}, {}, kNow);
    EXPECT_EQ(inhibited.path.problem, ChainResult::Problem::Policy) << details(inhibited).toStdString();

    // Without constraints, no policy at all is fine (any-policy is the initial set).
    EXPECT_EQ(validate({crl(crlOf(*s_root)), crl(crlOf(*s_sub))}).path.problem, ChainResult::Problem::None);
}

TEST_F(CryptoPathValidation, VerifiedOcspAnswersCount)
{
    OcspAnswer good;
    good.certificate = s_leaf->cert;
    good.status = OcspAnswer::Status::Good;
    good.thisUpdate = kNow.addSecs(-600);
    good.nextUpdate = kNow.addDays(1);
    good.responder = QStringLiteral("Sub CA OCSP");
    const PathValidation v = validate({crl(crlOf(*s_root))}, {good});
    EXPECT_EQ(v.verdict(), Verdict::Pass) << details(v).toStdString();
    EXPECT_EQ(v.revocation.at(0).source, Source::Ocsp);
    EXPECT_EQ(v.revocation.at(0).authority, QStringLiteral("Sub CA OCSP"));

    OcspAnswer old = good;
    old.thisUpdate = kNow.addDays(-9);
    old.nextUpdate = kNow.addDays(-2);
    const PathValidation stale = validate({crl(crlOf(*s_root))}, {old});
    EXPECT_EQ(stale.verdict(), Verdict::Warning);
    EXPECT_TRUE(stale.revocation.at(0).detail.contains(QStringLiteral("out of date")));

    OcspAnswer revoked = good;
    revoked.status = OcspAnswer::Status::Revoked;
    revoked.revokedAt = utc(2026, 2, 27);
    revoked.reason = QStringLiteral("keyCompromise");
    // A revocation by OCSP wins over a CRL that does not list it yet.
    const PathValidation r = validate({crl(crlOf(*s_root)), crl(crlOf(*s_sub))}, {revoked});
    EXPECT_EQ(r.verdict(), Verdict::Fail);
    ASSERT_NE(r.firstRevoked(), nullptr);
    EXPECT_EQ(r.firstRevoked()->source, Source::Ocsp);
    EXPECT_EQ(r.firstRevoked()->revokedAt, utc(2026, 2, 27));
}

TEST_F(CryptoPathValidation, BrokenPathIsReportedWithoutRevocationVerdicts)
{
    const Issued stranger = issue(ca(QStringLiteral("Stranger Root")), nullptr);
    const Issued leaf = issue(leafBuilder(QStringLiteral("Trường C")), &stranger);
    const PathValidation v = validatePath(leaf.cert, trust(), {crl(crlOf(stranger))}, {}, kNow);
    EXPECT_FALSE(v.path.ok);
    EXPECT_EQ(v.path.problem, ChainResult::Problem::IssuerNotFound);
    EXPECT_EQ(v.verdict(), Verdict::Fail);
    EXPECT_EQ(v.firstRevoked(), nullptr);

    const PathValidation none = validatePath(Certificate(), trust(), {}, {}, kNow);
    EXPECT_FALSE(none.path.ok);
    EXPECT_TRUE(none.revocation.isEmpty());
}
