#include "crypto/CertificateBuilder.h"
#include "crypto/Chain.h"

#include <QCoreApplication>
#include <QDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

QString vnCaDir()
{
    const QString fromEnv = qEnvironmentVariable("HOCBASO_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv + QStringLiteral("/resources/vn-ca/");
    for (QDir dir(QCoreApplication::applicationDirPath()); !dir.isRoot(); dir.cdUp()) {
        if (dir.exists(QStringLiteral("resources/vn-ca/rootcag2.crt")))
            return dir.filePath(QStringLiteral("resources/vn-ca/"));
    }
    return QStringLiteral("/work/main/resources/vn-ca/");
}

Certificate load(const QString& name)
{
    auto parsed = Certificate::fromFile(vnCaDir() + name);
    EXPECT_TRUE(parsed.ok()) << parsed.errorString().toStdString();
    return parsed.ok() ? parsed->first() : Certificate();
}

QList<TrustAnchor> vietnameseTrustStore()
{
    return {
        {load(QStringLiteral("rootcag2.crt")), QStringLiteral("vgca"), true},
        {load(QStringLiteral("cpcag2.crt")), QStringLiteral("vgca"), false},
        {load(QStringLiteral("vnrca256.crt")), QStringLiteral("public"), true},
        {load(QStringLiteral("vnpt-ca-sha2.crt")), QStringLiteral("public"), false},
    };
}

struct Issued
{
    PrivateKey key;
    Certificate cert;
};

Issued issue(const QString& cn, const QDateTime& from, const QDateTime& until, bool ca, const Issued* issuer)
{
    Issued out;
    out.key = PrivateKey::generateEc();
    CertificateBuilder builder;
    builder.setSubject({{"CN", cn}, {"O", QStringLiteral("Test PKI")}, {"C", QStringLiteral("VN")}})
        .setValidity(from, until)
        .setCa(ca)
        .setKeyUsage(ca ? KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign
                        : KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
        .setPublicKey(out.key);
    auto cert = issuer ? builder.sign(issuer->key, &issuer->cert) : builder.sign(out.key);
    EXPECT_TRUE(cert.ok()) << cert.errorString().toStdString();
    out.cert = cert.ok() ? cert.value() : Certificate();
    return out;
}

} // namespace

TEST(CryptoChain, VietnameseIntermediatesChainToTheirRoots)
{
    const QList<TrustAnchor> store = vietnameseTrustStore();
    const QDateTime at = utc(2026, 6, 1);

    const ChainResult vgca = verifyChain(store.at(1).cert, store, at);
    EXPECT_TRUE(vgca.ok) << vgca.error.toStdString();
    EXPECT_EQ(vgca.family, QStringLiteral("vgca"));
    ASSERT_EQ(vgca.chain.size(), 2);
    EXPECT_EQ(vgca.chain.at(0), store.at(1).cert);
    EXPECT_EQ(vgca.chain.at(1), store.at(0).cert);
    EXPECT_TRUE(vgca.error.isEmpty());
    EXPECT_EQ(vgca.problem, ChainResult::Problem::None);

    const ChainResult vnpt = verifyChain(store.at(3).cert, store, at);
    EXPECT_TRUE(vnpt.ok) << vnpt.error.toStdString();
    EXPECT_EQ(vnpt.family, QStringLiteral("public"));
    ASSERT_EQ(vnpt.chain.size(), 2);
    EXPECT_EQ(vnpt.chain.at(1), store.at(2).cert);

    // A root checks against itself.
    const ChainResult root = verifyChain(store.at(0).cert, store, at);
    EXPECT_TRUE(root.ok) << root.error.toStdString();
    EXPECT_EQ(root.family, QStringLiteral("vgca"));
    EXPECT_EQ(root.chain.size(), 1);
}

TEST(CryptoChain, IntermediateWithoutItsRootIsUntrusted)
{
    QList<TrustAnchor> store = vietnameseTrustStore();
    store.removeAt(0); // the VGCA root
    const ChainResult r = verifyChain(store.at(0).cert, store, utc(2026, 6, 1));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.problem, ChainResult::Problem::IssuerNotFound);
    EXPECT_TRUE(r.family.isEmpty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("RootCA chuyên dùng Chính phủ G2"))) << r.error.toStdString();
}

TEST(CryptoChain, VnptIntermediateExpiresIn2029)
{
    const QList<TrustAnchor> store = vietnameseTrustStore();
    const ChainResult r = verifyChain(store.at(3).cert, store, utc(2030, 1, 1));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.problem, ChainResult::Problem::Expired);
    EXPECT_TRUE(r.error.contains(QStringLiteral("30/08/2029"))) << r.error.toStdString();
    // The leaf's own dates may be set aside (the validity check judges them).
    const ChainResult ignoring = verifyChain(store.at(3).cert, store, utc(2030, 1, 1), LeafValidity::Ignore);
    EXPECT_TRUE(ignoring.ok) << ignoring.error.toStdString();
    EXPECT_EQ(ignoring.family, QStringLiteral("public"));
}

TEST(CryptoChain, GeneratedThreeLevelChain)
{
    const Issued root = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued intermediate = issue(QStringLiteral("Sub CA"), utc(2021, 1, 1), utc(2035, 1, 1), true, &root);
    const Issued leaf =
        issue(QStringLiteral("Trường Tiểu học A"), utc(2025, 1, 1), utc(2027, 1, 1), false, &intermediate);
    const QList<TrustAnchor> store = {{root.cert, QStringLiteral("test"), true},
                                      {intermediate.cert, QStringLiteral("test"), false}};

    const ChainResult ok = verifyChain(leaf.cert, store, utc(2026, 1, 1));
    EXPECT_TRUE(ok.ok) << ok.error.toStdString();
    ASSERT_EQ(ok.chain.size(), 3);
    EXPECT_EQ(ok.chain.first(), leaf.cert);
    EXPECT_EQ(ok.chain.last(), root.cert);
    EXPECT_EQ(ok.family, QStringLiteral("test"));

    const ChainResult expired = verifyChain(leaf.cert, store, utc(2028, 1, 1));
    EXPECT_FALSE(expired.ok);
    EXPECT_EQ(expired.problem, ChainResult::Problem::Expired);
    EXPECT_TRUE(expired.error.startsWith(QStringLiteral("The certificate expired on"))) << expired.error.toStdString();
    EXPECT_EQ(expired.family, QStringLiteral("test")); // the path itself was found

    const ChainResult early = verifyChain(leaf.cert, store, utc(2024, 1, 1));
    EXPECT_FALSE(early.ok);
    EXPECT_EQ(early.problem, ChainResult::Problem::NotYetValid);
    EXPECT_TRUE(verifyChain(leaf.cert, store, utc(2024, 1, 1), LeafValidity::Ignore).ok);

    // Without the intermediate there is no path.
    const ChainResult missing = verifyChain(leaf.cert, {store.first()}, utc(2026, 1, 1));
    EXPECT_FALSE(missing.ok);
    EXPECT_EQ(missing.problem, ChainResult::Problem::IssuerNotFound);

    // Trusting the intermediate directly is enough.
    const ChainResult direct =
        verifyChain(leaf.cert, {{intermediate.cert, QStringLiteral("public"), true}}, utc(2026, 1, 1));
    EXPECT_TRUE(direct.ok) << direct.error.toStdString();
    EXPECT_EQ(direct.family, QStringLiteral("public"));
}

TEST(CryptoChain, UntrustedSelfSignedAndForeignRoots)
{
    const Issued root = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued other = issue(QStringLiteral("Other Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued leaf = issue(QStringLiteral("Leaf"), utc(2025, 1, 1), utc(2027, 1, 1), false, &other);
    const QList<TrustAnchor> store = {{root.cert, QStringLiteral("vgca"), true}};

    const ChainResult selfSigned = verifyChain(other.cert, store, utc(2026, 1, 1));
    EXPECT_FALSE(selfSigned.ok);
    EXPECT_EQ(selfSigned.problem, ChainResult::Problem::UntrustedRoot);

    // The foreign root travels with the leaf as an "intermediate": still untrusted.
    const ChainResult foreign =
        verifyChain(leaf.cert, {store.first(), {other.cert, QStringLiteral("vgca"), false}}, utc(2026, 1, 1));
    EXPECT_FALSE(foreign.ok);
    EXPECT_EQ(foreign.problem, ChainResult::Problem::UntrustedRoot);
    EXPECT_TRUE(foreign.error.contains(QStringLiteral("Other Root"))) << foreign.error.toStdString();
    EXPECT_TRUE(foreign.family.isEmpty());

    const ChainResult empty = verifyChain(leaf.cert, {}, utc(2026, 1, 1));
    EXPECT_FALSE(empty.ok);
    EXPECT_FALSE(empty.error.isEmpty());

    const ChainResult none = verifyChain(Certificate(), store, utc(2026, 1, 1));
    EXPECT_FALSE(none.ok);
}

TEST(CryptoChain, SameNameOtherKeyDoesNotChain)
{
    // A second "Root" with the same name but another key: what it signs must not chain to the
    // trusted one.
    const Issued root = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued impostor = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued leaf = issue(QStringLiteral("Leaf"), utc(2025, 1, 1), utc(2027, 1, 1), false, &impostor);
    EXPECT_EQ(leaf.cert.issuerNameDer(), root.cert.subjectNameDer());
    const ChainResult r = verifyChain(leaf.cert, {{root.cert, QStringLiteral("vgca"), true}}, utc(2026, 1, 1));
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.problem, ChainResult::Problem::None);
    EXPECT_FALSE(r.error.isEmpty());

    // The builder refuses an issuer key that is not the issuer certificate's.
    CertificateBuilder builder;
    builder.setSubject({{"CN", QStringLiteral("Leaf")}})
        .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
        .setPublicKey(leaf.key);
    EXPECT_FALSE(builder.sign(impostor.key, &root.cert).ok());
}

TEST(CryptoChain, AlteredSignatureIsReported)
{
    const Issued root = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued leaf = issue(QStringLiteral("Leaf"), utc(2025, 1, 1), utc(2027, 1, 1), false, &root);
    QByteArray der = leaf.cert.der();
    der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01); // last byte of the ECDSA signature
    auto altered = Certificate::fromDer(der);
    ASSERT_TRUE(altered.ok()) << altered.errorString().toStdString();
    const ChainResult r = verifyChain(altered.value(), {{root.cert, QStringLiteral("vgca"), true}}, utc(2026, 1, 1));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.problem, ChainResult::Problem::BadSignature);
    EXPECT_TRUE(r.error.contains(QStringLiteral("does not verify"))) << r.error.toStdString();
}

TEST(CryptoChain, LeafIssuedByNonCaIsRefused)
{
    const Issued root = issue(QStringLiteral("Root"), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr);
    const Issued endEntity = issue(QStringLiteral("Not a CA"), utc(2021, 1, 1), utc(2035, 1, 1), false, &root);
    const Issued leaf = issue(QStringLiteral("Leaf"), utc(2025, 1, 1), utc(2027, 1, 1), false, &endEntity);
    const ChainResult r = verifyChain(
        leaf.cert, {{root.cert, QStringLiteral("test"), true}, {endEntity.cert, QStringLiteral("test"), false}},
        utc(2026, 1, 1));
    EXPECT_FALSE(r.ok);
}
