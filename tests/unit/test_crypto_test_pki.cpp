// The test PKI's options for the revocation tests: URLs in certificates, delegated OCSP
// responders, CRL variants, and files `openssl` itself can read.

#include "crypto/CertificateBuilder.h"
#include "crypto/Crl.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

struct Issued
{
    PrivateKey key;
    Certificate cert;
};

Issued makeCa(const QString& cn, KeyUsage usage = KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
{
    Issued ca;
    ca.key = PrivateKey::generateEc();
    ca.cert = CertificateBuilder()
                  .setSubject({{"CN", cn}, {"C", QStringLiteral("VN")}})
                  .setValidity(utc(2020, 1, 1), utc(2040, 1, 1))
                  .setCa(true)
                  .setKeyUsage(usage)
                  .sign(ca.key)
                  .value();
    return ca;
}

// The output of `openssl <arguments>`, or nothing when the tool is missing (then the test skips).
std::optional<QString> openssl(const QStringList& arguments)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// 1.3.6.1.5.5.7.48.1.5 as DER.
const QByteArray kOcspNoCheckOid = QByteArray::fromHex("06092b0601050507300105");

} // namespace

TEST(CryptoTestPki, CertificatesCarryDistributionPointsAndAuthorityInformationAccess)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    const PrivateKey key = PrivateKey::generateEc();
    auto leaf = CertificateBuilder()
                    .setSubject({{"CN", QStringLiteral("Trường Tiểu học Kim Liên")}})
                    .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
                    .setPublicKey(key)
                    .setCrlDistributionPoints({QStringLiteral("http://127.0.0.1:8080/ca.crl"),
                                               QStringLiteral("ldap://ldap.example/cn=CA?certificateRevocationList")})
                    .setOcspUrls({QStringLiteral("http://127.0.0.1:8081/")})
                    .setCaIssuersUrls({QStringLiteral("https://example.vn/ca.crt")})
                    .sign(ca.key, &ca.cert);
    ASSERT_TRUE(leaf.ok()) << leaf.errorString().toStdString();
    EXPECT_EQ(leaf->crlDistributionPoints(),
              QStringList({QStringLiteral("http://127.0.0.1:8080/ca.crl"),
                           QStringLiteral("ldap://ldap.example/cn=CA?certificateRevocationList")}));
    EXPECT_EQ(leaf->ocspUrls(), QStringList{QStringLiteral("http://127.0.0.1:8081/")});
    EXPECT_EQ(leaf->caIssuersUrls(), QStringList{QStringLiteral("https://example.vn/ca.crt")});
    EXPECT_TRUE(ca.cert.crlDistributionPoints().isEmpty());
    EXPECT_TRUE(ca.cert.ocspUrls().isEmpty());
}

TEST(CryptoTestPki, DelegatedOcspResponder)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    const PrivateKey key = PrivateKey::generateEc();
    auto responder = CertificateBuilder::ocspResponder(QStringLiteral("Test CA OCSP"))
                         .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
                         .setPublicKey(key)
                         .sign(ca.key, &ca.cert);
    ASSERT_TRUE(responder.ok()) << responder.errorString().toStdString();
    EXPECT_EQ(responder->extendedKeyUsage(), QStringList{QStringLiteral("OCSPSigning")});
    EXPECT_EQ(responder->keyUsage(), KeyUsage(KeyUsageFlag::DigitalSignature));
    EXPECT_FALSE(responder->isCa());
    EXPECT_TRUE(responder->der().contains(kOcspNoCheckOid));

    auto checked = CertificateBuilder::ocspResponder(QStringLiteral("Test CA OCSP"), false)
                       .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
                       .setPublicKey(key)
                       .sign(ca.key, &ca.cert);
    ASSERT_TRUE(checked.ok());
    EXPECT_FALSE(checked->der().contains(kOcspNoCheckOid));
}

TEST(CryptoTestPki, CrlEntriesCarryReasons)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    auto der = CrlBuilder()
                   .setIssuer(ca.cert, ca.key)
                   .setThisUpdate(utc(2026, 2, 1))
                   .addRevokedSerial(QStringLiteral("0a"), utc(2026, 1, 5), QStringLiteral("keyCompromise"))
                   .addRevokedSerial(QStringLiteral("0b"), utc(2026, 1, 6), QStringLiteral("cACompromise"))
                   .addRevokedSerial(QStringLiteral("0c"), utc(2026, 1, 7))
                   .build();
    ASSERT_TRUE(der.ok()) << der.errorString().toStdString();
    auto crl = Crl::fromBytes(der.value());
    ASSERT_TRUE(crl.ok());
    const QList<RevokedEntry> entries = crl->revoked();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.at(0).reason, QStringLiteral("keyCompromise"));
    EXPECT_EQ(entries.at(1).reason, QStringLiteral("cACompromise"));
    EXPECT_TRUE(entries.at(2).reason.isEmpty());

    auto bad = CrlBuilder()
                   .setIssuer(ca.cert, ca.key)
                   .setThisUpdate(utc(2026, 2, 1))
                   .addRevokedSerial(QStringLiteral("0a"), utc(2026, 1, 5), QStringLiteral("lostIt"))
                   .build();
    EXPECT_FALSE(bad.ok());
}

TEST(CryptoTestPki, ForgedCrlKeepsTheNameButNotTheSignature)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    auto der = CrlBuilder()
                   .setIssuer(ca.cert, ca.key)
                   .setForgedSigningKey(PrivateKey::generateEc())
                   .setThisUpdate(utc(2026, 2, 1))
                   .build();
    ASSERT_TRUE(der.ok()) << der.errorString().toStdString();
    auto crl = Crl::fromBytes(der.value());
    ASSERT_TRUE(crl.ok());
    EXPECT_EQ(crl->issuerNameDer(), ca.cert.subjectNameDer());
    EXPECT_FALSE(crl->verifySignature({{ca.cert, QStringLiteral("test"), true}}).ok());
}

// `openssl crl -text` reads every CRL variant the path validation tests use, and the files are
// written for the owner only.
TEST(CryptoTestPki, CrlVariantsAndFilesAsOpenSslReadsThem)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto delta = CrlBuilder()
                     .setIssuer(ca.cert, ca.key)
                     .setThisUpdate(utc(2026, 2, 2))
                     .setNextUpdate(utc(2026, 2, 3))
                     .setCrlNumber(8)
                     .setDeltaOf(7)
                     .setIssuingDistributionPoint({QStringLiteral("http://127.0.0.1/ca.crl")},
                                                  CrlBuilder::Scope::OnlyEndEntities)
                     .addExtension(QStringLiteral("1.3.6.1.4.1.99999.1"), QByteArray::fromHex("0500"), true)
                     .build();
    ASSERT_TRUE(delta.ok()) << delta.errorString().toStdString();
    const QString crlPath = dir.filePath(QStringLiteral("delta.crl"));
    ASSERT_TRUE(writeTestPkiFile(crlPath, crlDerToPem(delta.value())).ok());
    EXPECT_EQ(QFile::permissions(crlPath),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const auto text = openssl(
        {QStringLiteral("crl"), QStringLiteral("-in"), crlPath, QStringLiteral("-noout"), QStringLiteral("-text")});
    if (!text)
        GTEST_SKIP() << "openssl binary not installed";
    EXPECT_TRUE(text->contains(QStringLiteral("Delta CRL Indicator: critical"))) << text->toStdString();
    EXPECT_TRUE(text->contains(QStringLiteral("Issuing Distribution Point: critical")));
    EXPECT_TRUE(text->contains(QStringLiteral("Only User Certificates")));
    EXPECT_TRUE(text->contains(QStringLiteral("URI:http://127.0.0.1/ca.crl")));
    EXPECT_TRUE(text->contains(QStringLiteral("1.3.6.1.4.1.99999.1: critical")));
    auto parsed = Crl::fromFile(crlPath);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->crlNumber(), 8);
}

TEST(CryptoTestPki, OpenSslCaIndexLines)
{
    const Issued ca = makeCa(QStringLiteral("Test CA"));
    const PrivateKey key = PrivateKey::generateEc();
    const Certificate leaf = CertificateBuilder()
                                 .setSubject({{"CN", QStringLiteral("Leaf")}, {"C", QStringLiteral("VN")}})
                                 .setSerial(0xabc)
                                 .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
                                 .setPublicKey(key)
                                 .sign(ca.key, &ca.cert)
                                 .value();
    const QByteArray index =
        OpenSslCaIndex()
            .addValid(leaf)
            .addRevoked(leaf, QDateTime(QDate(2026, 1, 20), QTime(8, 30), Qt::UTC), QStringLiteral("keyCompromise"))
            .text();
    EXPECT_EQ(index, QByteArray("V\t270101000000Z\t\t0ABC\tunknown\t/C=VN/CN=Leaf\n"
                                "R\t270101000000Z\t260120083000Z,keyCompromise\t0ABC\tunknown\t/C=VN/CN=Leaf\n"));
}
