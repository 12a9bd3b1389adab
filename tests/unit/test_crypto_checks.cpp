#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateChecks.h"

#include <gtest/gtest.h>

#include <optional>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

const QDateTime kNow = utc(2026, 3, 1);
const QString kSchool = QStringLiteral("Trường Tiểu học Kim Liên");

struct Authority
{
    PrivateKey key;
    Certificate cert;
};

// A test PKI like the demo's: a VGCA-like and a public-CA-like hierarchy (root + intermediate),
// and a third one nobody trusts; every intermediate publishes a CRL.
class CryptoChecks : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_vgcaRoot = root(QStringLiteral("Test VGCA Root"));
        s_vgcaSub = intermediate(QStringLiteral("Test VGCA Sub"), s_vgcaRoot);
        s_publicRoot = root(QStringLiteral("Test Public Root"));
        s_publicSub = intermediate(QStringLiteral("Test Public Sub"), s_publicRoot);
        s_strangerRoot = root(QStringLiteral("Stranger Root"));
        s_strangerSub = intermediate(QStringLiteral("Stranger Sub"), s_strangerRoot);
    }

    static Authority root(const QString& cn)
    {
        Authority a;
        a.key = PrivateKey::generateEc();
        a.cert = CertificateBuilder()
                     .setSubject({{"CN", cn}, {"O", QStringLiteral("Test PKI")}, {"C", QStringLiteral("VN")}})
                     .setValidity(utc(2015, 1, 1), utc(2045, 1, 1))
                     .setCa(true)
                     .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
                     .sign(a.key)
                     .value();
        return a;
    }

    static Authority intermediate(const QString& cn, const Authority& parent)
    {
        Authority a;
        a.key = PrivateKey::generateEc();
        a.cert = CertificateBuilder()
                     .setSubject({{"CN", cn}, {"O", QStringLiteral("Test PKI")}, {"C", QStringLiteral("VN")}})
                     .setValidity(utc(2016, 1, 1), utc(2044, 1, 1))
                     .setCa(true, 0)
                     .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
                     .setPublicKey(a.key)
                     .sign(parent.key, &parent.cert)
                     .value();
        return a;
    }

    struct LeafSpec
    {
        const Authority* issuer = &s_vgcaSub;
        QString cn = QStringLiteral("TRƯỜNG TIỂU HỌC KIM LIÊN");
        QString organisation = QStringLiteral("Phòng GD&ĐT quận Đống Đa");
        QDateTime notBefore = utc(2025, 1, 1);
        QDateTime notAfter = utc(2027, 1, 1);
        KeyUsage usage = KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation;
        std::optional<int> rsaBits = std::nullopt;
    };

    static Certificate leaf(const LeafSpec& spec)
    {
        const PrivateKey key = spec.rsaBits ? PrivateKey::generateRsa(*spec.rsaBits) : PrivateKey::generateEc();
        auto cert = CertificateBuilder()
                        .setSubject({{"CN", spec.cn},
                                     {"O", spec.organisation},
                                     {"L", QStringLiteral("Hà Nội")},
                                     {"C", QStringLiteral("VN")},
                                     {"UID", QStringLiteral("MST:0101234567")}})
                        .setValidity(spec.notBefore, spec.notAfter)
                        .setKeyUsage(spec.usage)
                        .setPublicKey(key)
                        .sign(spec.issuer->key, &spec.issuer->cert);
        EXPECT_TRUE(cert.ok()) << cert.errorString().toStdString();
        return cert.ok() ? cert.value() : Certificate();
    }

    static Crl crlOf(const Authority& issuer, const QList<Certificate>& revoked = {})
    {
        CrlBuilder builder;
        builder.setIssuer(issuer.cert, issuer.key).setThisUpdate(utc(2026, 2, 1)).setNextUpdate(utc(2026, 4, 1));
        builder.addRevokedSerial(QStringLiteral("0badc0de"), utc(2026, 1, 15));
        for (const Certificate& c : revoked)
            builder.addRevoked(c, utc(2026, 1, 20));
        auto der = builder.build();
        EXPECT_TRUE(der.ok()) << der.errorString().toStdString();
        auto crl = Crl::fromBytes(der.value());
        EXPECT_TRUE(crl.ok()) << crl.errorString().toStdString();
        return crl.value();
    }

    static CheckContext context()
    {
        CheckContext c;
        c.now = kNow;
        c.trust = {{s_vgcaRoot.cert, QStringLiteral("vgca"), true},
                   {s_vgcaSub.cert, QStringLiteral("vgca"), false},
                   {s_publicRoot.cert, QStringLiteral("public"), true},
                   {s_publicSub.cert, QStringLiteral("public"), false},
                   // Known as an intermediate but its root is not trusted.
                   {s_strangerSub.cert, QStringLiteral("public"), false}};
        c.allowedFamilies = {QStringLiteral("vgca")};
        c.schoolName = QStringLiteral("trường tiểu học  kim liên");
        c.crls = {crlOf(s_vgcaRoot),  crlOf(s_vgcaSub),      crlOf(s_publicRoot),
                  crlOf(s_publicSub), crlOf(s_strangerRoot), crlOf(s_strangerSub)};
        return c;
    }

    static const Check& find(const QList<Check>& checks, const QString& name)
    {
        for (const Check& c : checks) {
            if (c.name == name)
                return c;
        }
        static const Check missing{QStringLiteral("missing"), Check::Fail, QStringLiteral("no such check")};
        ADD_FAILURE() << "no check named " << name.toStdString();
        return missing;
    }

    // Only `name` has `severity`; every other check passes (except the already-expired warning
    // that accompanies an expired certificate).
    static void expectAlone(const QList<Check>& checks, const QString& name, Check::Severity severity,
                            const QStringList& alsoWarning = {})
    {
        ASSERT_EQ(checks.size(), 8);
        for (const Check& c : checks) {
            EXPECT_FALSE(c.detail.isEmpty()) << c.name.toStdString();
            if (c.name == name)
                EXPECT_EQ(c.severity, severity) << c.name.toStdString() << ": " << c.detail.toStdString();
            else if (alsoWarning.contains(c.name))
                EXPECT_EQ(c.severity, Check::Warning) << c.name.toStdString() << ": " << c.detail.toStdString();
            else
                EXPECT_EQ(c.severity, Check::Pass) << c.name.toStdString() << ": " << c.detail.toStdString();
        }
    }

    static Authority s_vgcaRoot, s_vgcaSub, s_publicRoot, s_publicSub, s_strangerRoot, s_strangerSub;
};

Authority CryptoChecks::s_vgcaRoot;
Authority CryptoChecks::s_vgcaSub;
Authority CryptoChecks::s_publicRoot;
Authority CryptoChecks::s_publicSub;
Authority CryptoChecks::s_strangerRoot;
Authority CryptoChecks::s_strangerSub;

} // namespace

TEST_F(CryptoChecks, GoodCertificatePassesEverything)
{
    const QList<Check> checks = runChecks(leaf({}), context());
    ASSERT_EQ(checks.size(), 8);
    const QStringList names = {"chain",       "validity",     "expiry_soon",
                               "key_usage",   "key_strength", "subject_matches_school",
                               "not_revoked", "unique"};
    for (qsizetype i = 0; i < checks.size(); ++i) {
        EXPECT_EQ(checks.at(i).name, names.at(i));
        EXPECT_EQ(checks.at(i).severity, Check::Pass)
            << checks.at(i).name.toStdString() << ": " << checks.at(i).detail.toStdString();
        EXPECT_TRUE(checks.at(i).ok());
        EXPECT_EQ(checks.at(i).severityText(), QStringLiteral("pass"));
    }
    EXPECT_EQ(worstSeverity(checks), Check::Pass);
    EXPECT_TRUE(find(checks, "chain").detail.contains(QStringLiteral("Test VGCA Root")));
    EXPECT_TRUE(find(checks, "key_strength").detail.contains(QStringLiteral("EC P-256")));
}

TEST_F(CryptoChecks, ExpiredFailsValidityOnly)
{
    const QList<Check> checks = runChecks(leaf({.notBefore = utc(2023, 1, 1), .notAfter = utc(2025, 6, 1)}), context());
    expectAlone(checks, "validity", Check::Fail, {"expiry_soon"});
    EXPECT_TRUE(find(checks, "validity").detail.contains(QStringLiteral("expired on 01/06/2025")))
        << find(checks, "validity").detail.toStdString();
    EXPECT_FALSE(find(checks, "validity").ok());
    EXPECT_EQ(find(checks, "validity").severityText(), QStringLiteral("fail"));
    EXPECT_EQ(worstSeverity(checks), Check::Fail);
}

TEST_F(CryptoChecks, NotYetValidFailsValidityOnly)
{
    const QList<Check> checks = runChecks(leaf({.notBefore = utc(2026, 5, 1), .notAfter = utc(2028, 1, 1)}), context());
    expectAlone(checks, "validity", Check::Fail);
    EXPECT_TRUE(find(checks, "validity").detail.contains(QStringLiteral("not valid yet")));
}

TEST_F(CryptoChecks, ExpiringWithinThirtyDaysWarns)
{
    const QList<Check> checks = runChecks(leaf({.notAfter = kNow.addDays(10)}), context());
    expectAlone(checks, "expiry_soon", Check::Warning);
    const Check& soon = find(checks, "expiry_soon");
    EXPECT_TRUE(soon.ok());
    EXPECT_EQ(soon.severityText(), QStringLiteral("warning"));
    EXPECT_TRUE(soon.detail.contains(QStringLiteral("11/03/2026"))) << soon.detail.toStdString();
    EXPECT_EQ(worstSeverity(checks), Check::Warning);

    // 31 days away is fine.
    expectAlone(runChecks(leaf({.notAfter = kNow.addDays(31)}), context()), "expiry_soon", Check::Pass);
}

TEST_F(CryptoChecks, MissingSigningKeyUsageFails)
{
    const QList<Check> noNonRepudiation = runChecks(leaf({.usage = KeyUsageFlag::DigitalSignature}), context());
    expectAlone(noNonRepudiation, "key_usage", Check::Fail);
    // In words, not RFC identifiers: what is missing, then what the certificate allows.
    EXPECT_TRUE(find(noNonRepudiation, "key_usage")
                    .detail.startsWith(
                        QStringLiteral("The key usage does not allow non-repudiation (it allows: digital signature)")))
        << find(noNonRepudiation, "key_usage").detail.toStdString();

    const QList<Check> encipherOnly = runChecks(leaf({.usage = KeyUsageFlag::KeyEncipherment}), context());
    expectAlone(encipherOnly, "key_usage", Check::Fail);
    EXPECT_TRUE(find(encipherOnly, "key_usage").detail.contains(QStringLiteral("(it allows: key encipherment)")));
    EXPECT_FALSE(find(encipherOnly, "key_usage").detail.contains(QStringLiteral("digitalSignature")));

    expectAlone(runChecks(leaf({.usage = KeyUsage()}), context()), "key_usage", Check::Fail);
}

TEST_F(CryptoChecks, WeakRsaKeyFails)
{
    const QList<Check> checks = runChecks(leaf({.rsaBits = 1024}), context());
    expectAlone(checks, "key_strength", Check::Fail);
    EXPECT_TRUE(find(checks, "key_strength").detail.contains(QStringLiteral("RSA 1024")))
        << find(checks, "key_strength").detail.toStdString();
}

TEST_F(CryptoChecks, UntrustedRootFailsChain)
{
    CheckContext c = context();
    c.allowedFamilies.clear();
    const QList<Check> checks = runChecks(leaf({.issuer = &s_strangerSub}), c);
    expectAlone(checks, "chain", Check::Fail);
    EXPECT_TRUE(find(checks, "chain").detail.contains(QStringLiteral("Stranger Root")))
        << find(checks, "chain").detail.toStdString();

    CheckContext empty = context();
    empty.trust.clear();
    expectAlone(runChecks(leaf({}), empty), "chain", Check::Fail);
}

TEST_F(CryptoChecks, WrongFamilyFailsChain)
{
    const QList<Check> checks = runChecks(leaf({.issuer = &s_publicSub}), context());
    expectAlone(checks, "chain", Check::Fail);
    const QString detail = find(checks, "chain").detail;
    EXPECT_TRUE(detail.contains(QStringLiteral("\"public\""))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("vgca"))) << detail.toStdString();

    // Allowed when the school may use either family, or any.
    CheckContext both = context();
    both.allowedFamilies = {QStringLiteral("vgca"), QStringLiteral("public")};
    expectAlone(runChecks(leaf({.issuer = &s_publicSub}), both), "chain", Check::Pass);
    both.allowedFamilies.clear();
    expectAlone(runChecks(leaf({.issuer = &s_publicSub}), both), "chain", Check::Pass);
}

// A chain to a root marked as a test root still passes (the demo's CAs vouch for its schools), but
// the check carries the mark and names the root as a test root.
TEST_F(CryptoChecks, AChainToATestRootPassesMarked)
{
    const QList<Check> plain = runChecks(leaf({}), context());
    EXPECT_FALSE(find(plain, "chain").testRoot);
    EXPECT_FALSE(chainsToTestRoot(plain));

    CheckContext marked = context();
    marked.trust[0].test = true; // the VGCA root
    const QList<Check> checks = runChecks(leaf({}), marked);
    const Check chain = find(checks, "chain");
    EXPECT_EQ(chain.severity, Check::Pass) << chain.detail.toStdString();
    EXPECT_TRUE(chain.testRoot);
    EXPECT_TRUE(chainsToTestRoot(checks));
    EXPECT_TRUE(chain.detail.contains(QStringLiteral("test root \"Test VGCA Root\""))) << chain.detail.toStdString();
    EXPECT_TRUE(verifyChain(leaf({}), marked.trust, kNow).testRoot);
    EXPECT_FALSE(verifyChain(leaf({}), context().trust, kNow).testRoot);
}

TEST_F(CryptoChecks, RevokedCertificateFails)
{
    const Certificate revoked = leaf({});
    CheckContext c = context();
    c.crls = {crlOf(s_vgcaRoot), crlOf(s_vgcaSub, {revoked})};
    const QList<Check> checks = runChecks(revoked, c);
    expectAlone(checks, "not_revoked", Check::Fail);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("20/01/2026")))
        << find(checks, "not_revoked").detail.toStdString();

    // Another certificate of the same issuer is not affected.
    expectAlone(runChecks(leaf({}), c), "not_revoked", Check::Pass);
}

TEST_F(CryptoChecks, NoCrlForTheIssuerWarns)
{
    CheckContext c = context();
    c.crls = {crlOf(s_publicSub)};
    const QList<Check> checks = runChecks(leaf({}), c);
    expectAlone(checks, "not_revoked", Check::Warning);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("Test VGCA Sub")));
}

TEST_F(CryptoChecks, RevocationCoversTheCasOfTheChain)
{
    // The root revoked the school's CA: the school's certificate fails with it.
    CheckContext c = context();
    CrlBuilder rootCrl;
    rootCrl.setIssuer(s_vgcaRoot.cert, s_vgcaRoot.key)
        .setThisUpdate(utc(2026, 2, 1))
        .setNextUpdate(utc(2026, 4, 1))
        .addRevoked(s_vgcaSub.cert, utc(2026, 1, 25), QStringLiteral("cACompromise"));
    c.crls = {Crl::fromBytes(rootCrl.build().value()).value(), crlOf(s_vgcaSub)};
    QList<Check> checks = runChecks(leaf({}), c);
    expectAlone(checks, "not_revoked", Check::Fail);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("Test VGCA Sub")))
        << find(checks, "not_revoked").detail.toStdString();
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("cACompromise")));

    // No CRL of the root: the CA's state is unknown, a warning that names it.
    c.crls = {crlOf(s_vgcaSub)};
    checks = runChecks(leaf({}), c);
    expectAlone(checks, "not_revoked", Check::Warning);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("Test VGCA Root")))
        << find(checks, "not_revoked").detail.toStdString();
}

TEST_F(CryptoChecks, OutOfDateCrlWarns)
{
    CheckContext c = context();
    CrlBuilder stale;
    stale.setIssuer(s_vgcaSub.cert, s_vgcaSub.key).setThisUpdate(utc(2026, 1, 1)).setNextUpdate(utc(2026, 2, 1));
    c.crls = {crlOf(s_vgcaRoot), Crl::fromBytes(stale.build().value()).value()};
    const QList<Check> checks = runChecks(leaf({}), c);
    expectAlone(checks, "not_revoked", Check::Warning);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("01/02/2026")))
        << find(checks, "not_revoked").detail.toStdString();
}

TEST_F(CryptoChecks, CurrentOcspAnswerPasses)
{
    const Certificate school = leaf({});
    OcspAnswer answer;
    answer.certificate = school;
    answer.status = OcspAnswer::Status::Good;
    answer.thisUpdate = kNow.addSecs(-3600);
    answer.nextUpdate = kNow.addDays(1);
    answer.responder = QStringLiteral("Test VGCA Sub");
    CheckContext c = context();
    c.crls = {crlOf(s_vgcaRoot)};
    c.ocspAnswers = {answer};
    const QList<Check> checks = runChecks(school, c);
    expectAlone(checks, "not_revoked", Check::Pass);
    EXPECT_TRUE(find(checks, "not_revoked").detail.contains(QStringLiteral("OCSP")));
}

TEST_F(CryptoChecks, SubjectNamingAnotherSchoolFails)
{
    const QList<Check> checks = runChecks(
        leaf({.cn = QStringLiteral("Trường Tiểu học Thái Thịnh"), .organisation = QStringLiteral("UBND quận")}),
        context());
    expectAlone(checks, "subject_matches_school", Check::Fail);
    const QString detail = find(checks, "subject_matches_school").detail;
    EXPECT_TRUE(detail.contains(QStringLiteral("Thái Thịnh"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("kim liên"))) << detail.toStdString();
}

TEST_F(CryptoChecks, SubjectMatchingIgnoresCaseDiacriticsAndContainment)
{
    // The O names the school while the CN names the principal.
    expectAlone(runChecks(leaf({.cn = QStringLiteral("Nguyễn Văn An"),
                                .organisation = QStringLiteral("TRUONG TIEU HOC KIM LIEN - QUAN DONG DA")}),
                          context()),
                "subject_matches_school", Check::Pass);
    // The school name holds the CN.
    CheckContext c = context();
    c.schoolName = QStringLiteral("Trường Tiểu học Kim Liên, quận Đống Đa, Hà Nội");
    expectAlone(runChecks(leaf({}), c), "subject_matches_school", Check::Pass);
    // No school to compare with: a warning only.
    c.schoolName.clear();
    const QList<Check> none = runChecks(leaf({}), c);
    expectAlone(none, "subject_matches_school", Check::Warning);
    EXPECT_TRUE(find(none, "subject_matches_school")
                    .detail.contains(QStringLiteral("no school to compare"), Qt::CaseInsensitive));
}

TEST_F(CryptoChecks, RegisteredByAnotherSchoolFailsUnique)
{
    CheckContext c = context();
    c.registeredByOtherSchool = QStringLiteral("Trường Tiểu học Thái Thịnh (TH-0042)");
    const QList<Check> checks = runChecks(leaf({}), c);
    expectAlone(checks, "unique", Check::Fail);
    EXPECT_TRUE(find(checks, "unique").detail.contains(QStringLiteral("TH-0042")));
}

TEST_F(CryptoChecks, NullCertificateFailsEveryCheck)
{
    const QList<Check> checks = runChecks(Certificate(), context());
    ASSERT_EQ(checks.size(), 8);
    for (const Check& c : checks)
        EXPECT_FALSE(c.ok());
}

TEST_F(CryptoChecks, CrlSignatureVerifiesAgainstTrustStore)
{
    const Crl crl = crlOf(s_vgcaSub);
    EXPECT_TRUE(crl.verifySignature(context().trust).ok());
    const Status stranger = crlOf(s_strangerRoot).verifySignature(context().trust);
    EXPECT_FALSE(stranger.ok());
    EXPECT_TRUE(stranger.errorString().contains(QStringLiteral("Stranger Root")))
        << stranger.errorString().toStdString();
}
