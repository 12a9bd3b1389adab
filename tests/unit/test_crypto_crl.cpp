#include "crypto/CertificateBuilder.h"
#include "crypto/Crl.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

struct Ca
{
    PrivateKey key;
    Certificate cert;
};

Ca makeCa(const QString& cn)
{
    Ca ca;
    ca.key = PrivateKey::generateEc();
    ca.cert = CertificateBuilder()
                  .setSubject({{"CN", cn}, {"O", QStringLiteral("Ban Cơ yếu Chính phủ")}, {"C", QStringLiteral("VN")}})
                  .setValidity(utc(2020, 1, 1), utc(2040, 1, 1))
                  .setCa(true)
                  .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
                  .sign(ca.key)
                  .value();
    return ca;
}

Certificate makeLeaf(const Ca& ca, qint64 serial)
{
    const PrivateKey key = PrivateKey::generateEc();
    return CertificateBuilder()
        .setSubject({{"CN", QStringLiteral("Leaf %1").arg(serial)}})
        .setSerial(serial)
        .setValidity(utc(2025, 1, 1), utc(2027, 1, 1))
        .setPublicKey(key)
        .sign(ca.key, &ca.cert)
        .value();
}

QByteArray toPem(const QByteArray& der)
{
    QByteArray pem("-----BEGIN X509 CRL-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    return pem + "-----END X509 CRL-----\n";
}

} // namespace

TEST(CryptoCrl, ParsesDerAndPemAndFindsRevokedCertificates)
{
    const Ca ca = makeCa(QStringLiteral("CA phục vụ các cơ quan Nhà nước G2"));
    const Certificate revoked = makeLeaf(ca, 0x0a0b);
    const Certificate fine = makeLeaf(ca, 0x0a0c);
    auto der = CrlBuilder()
                   .setIssuer(ca.cert, ca.key)
                   .setThisUpdate(utc(2026, 2, 1))
                   .setNextUpdate(utc(2026, 3, 1))
                   .setCrlNumber(42)
                   .addRevoked(revoked, QDateTime(QDate(2026, 1, 20), QTime(8, 30), Qt::UTC))
                   .addRevokedSerial(QStringLiteral("00:FF:01"), utc(2025, 12, 1))
                   .build();
    ASSERT_TRUE(der.ok()) << der.errorString().toStdString();

    for (const QByteArray& bytes : {der.value(), toPem(der.value())}) {
        auto crl = Crl::fromBytes(bytes);
        ASSERT_TRUE(crl.ok()) << crl.errorString().toStdString();
        EXPECT_EQ(crl->der(), der.value());
        EXPECT_EQ(crl->issuer(), ca.cert.subject());
        EXPECT_TRUE(crl->issuer().contains(QStringLiteral("Nhà nước G2")));
        EXPECT_EQ(crl->issuerNameDer(), ca.cert.subjectNameDer());
        EXPECT_EQ(crl->thisUpdate(), utc(2026, 2, 1));
        EXPECT_EQ(crl->nextUpdate(), utc(2026, 3, 1));
        EXPECT_EQ(crl->crlNumber(), 42);
        EXPECT_EQ(crl->revokedCount(), 2);
        const QList<RevokedEntry> entries = crl->revoked();
        ASSERT_EQ(entries.size(), 2);
        QStringList serials;
        for (const RevokedEntry& e : entries)
            serials.append(e.serialHex);
        serials.sort();
        EXPECT_EQ(serials, QStringList({"a0b", "ff01"}));

        EXPECT_TRUE(crl->covers(fine));
        EXPECT_TRUE(crl->isRevoked(revoked));
        EXPECT_FALSE(crl->isRevoked(fine));
        const auto when = crl->revocationOf(revoked);
        ASSERT_TRUE(when.has_value());
        EXPECT_EQ(when->revokedAt, QDateTime(QDate(2026, 1, 20), QTime(8, 30), Qt::UTC));
        EXPECT_EQ(when->serialHex, QStringLiteral("a0b"));

        EXPECT_TRUE(crl->verifySignature({{ca.cert, QStringLiteral("vgca"), true}}).ok());
    }
}

TEST(CryptoCrl, SameSerialFromAnotherIssuerIsNotRevoked)
{
    const Ca ca = makeCa(QStringLiteral("CA One"));
    const Ca other = makeCa(QStringLiteral("CA Two"));
    const Certificate mine = makeLeaf(ca, 77);
    const Certificate theirs = makeLeaf(other, 77);
    auto crl = Crl::fromBytes(CrlBuilder()
                                  .setIssuer(ca.cert, ca.key)
                                  .setThisUpdate(utc(2026, 2, 1))
                                  .addRevoked(mine, utc(2026, 1, 1))
                                  .build()
                                  .value());
    ASSERT_TRUE(crl.ok());
    EXPECT_TRUE(crl->isRevoked(mine));
    EXPECT_FALSE(crl->covers(theirs));
    EXPECT_FALSE(crl->isRevoked(theirs));
    EXPECT_FALSE(crl->nextUpdate().isValid());
}

TEST(CryptoCrl, SignatureNeedsTheRightIssuer)
{
    const Ca ca = makeCa(QStringLiteral("CA One"));
    const Ca impostor = makeCa(QStringLiteral("CA One")); // same name, other key
    const Ca stranger = makeCa(QStringLiteral("Stranger"));
    auto forged = Crl::fromBytes(
        CrlBuilder().setIssuer(impostor.cert, impostor.key).setThisUpdate(utc(2026, 2, 1)).build().value());
    ASSERT_TRUE(forged.ok());

    const Status wrongKey = forged->verifySignature({{ca.cert, QStringLiteral("vgca"), true}});
    EXPECT_FALSE(wrongKey.ok());
    EXPECT_TRUE(wrongKey.errorString().contains(QStringLiteral("does not verify")))
        << wrongKey.errorString().toStdString();

    const Status unknown = forged->verifySignature({{stranger.cert, QStringLiteral("vgca"), true}});
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorString().contains(QStringLiteral("not in the trust store")));

    // Both certificates under the name are tried.
    EXPECT_TRUE(
        forged
            ->verifySignature({{ca.cert, QStringLiteral("vgca"), true}, {impostor.cert, QStringLiteral("vgca"), true}})
            .ok());

    // An altered CRL fails.
    QByteArray der = CrlBuilder().setIssuer(ca.cert, ca.key).setThisUpdate(utc(2026, 2, 1)).build().value();
    der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01);
    auto altered = Crl::fromBytes(der);
    ASSERT_TRUE(altered.ok()) << altered.errorString().toStdString();
    EXPECT_FALSE(altered->verifySignature({{ca.cert, QStringLiteral("vgca"), true}}).ok());
}

TEST(CryptoCrl, RefusesBadInput)
{
    EXPECT_FALSE(Crl::fromBytes(QByteArray()).ok());
    EXPECT_FALSE(Crl::fromBytes("not a crl at all").ok());
    const Ca ca = makeCa(QStringLiteral("CA"));
    auto asCert = Crl::fromBytes(ca.cert.toPem());
    ASSERT_FALSE(asCert.ok());
    EXPECT_TRUE(asCert.errorString().contains(QStringLiteral("certificate, not a CRL")))
        << asCert.errorString().toStdString();
    EXPECT_FALSE(Crl::fromBytes(ca.cert.der()).ok());

    const QByteArray der = CrlBuilder().setIssuer(ca.cert, ca.key).setThisUpdate(utc(2026, 2, 1)).build().value();
    auto truncated = Crl::fromBytes(der.left(der.size() - 10));
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.errorString().contains(QStringLiteral("cut short"))) << truncated.errorString().toStdString();
    const QByteArray pem = toPem(der);
    EXPECT_FALSE(Crl::fromBytes(pem.left(pem.size() / 2)).ok());

    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    EXPECT_FALSE(Crl::fromFile(temp.path()).ok());
    const QString path = temp.filePath(QStringLiteral("ca.crl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(der);
    f.close();
    auto fromFile = Crl::fromFile(path);
    ASSERT_TRUE(fromFile.ok()) << fromFile.errorString().toStdString();
    EXPECT_EQ(fromFile->sha256Hex().size(), 64);
}

TEST(CryptoCrl, BuilderRefusesMismatchedKey)
{
    const Ca ca = makeCa(QStringLiteral("CA"));
    const Ca other = makeCa(QStringLiteral("Other"));
    EXPECT_FALSE(CrlBuilder().setIssuer(ca.cert, other.key).setThisUpdate(utc(2026, 2, 1)).build().ok());
    EXPECT_FALSE(CrlBuilder().setThisUpdate(utc(2026, 2, 1)).build().ok());
    EXPECT_FALSE(CrlBuilder()
                     .setIssuer(ca.cert, ca.key)
                     .setThisUpdate(utc(2026, 2, 1))
                     .addRevokedSerial(QStringLiteral("xyz"), utc(2026, 1, 1))
                     .build()
                     .ok());
}
