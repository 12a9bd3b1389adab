#include "crypto/Certificate.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

// resources/vn-ca: from HOCBASO_SOURCE_DIR (set by CTest), else found above the test binary.
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

Certificate loadOne(const QString& name)
{
    auto parsed = Certificate::fromFile(vnCaDir() + name);
    EXPECT_TRUE(parsed.ok()) << name.toStdString() << ": " << parsed.errorString().toStdString();
    if (!parsed.ok() || parsed->isEmpty())
        return {};
    EXPECT_EQ(parsed->size(), 1);
    return parsed->first();
}

QString opensslBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

// A small issuer and leaf, fast enough for every test that needs one.
struct Pair
{
    PrivateKey caKey;
    Certificate ca;
    PrivateKey leafKey;
    Certificate leaf;
};

Pair makePair()
{
    Pair p;
    p.caKey = PrivateKey::generateEc();
    auto ca = CertificateBuilder()
                  .setSubject({{"CN", QStringLiteral("Test Root CA")},
                               {"O", QStringLiteral("Ban Cơ yếu Chính phủ")},
                               {"C", QStringLiteral("VN")}})
                  .setSerial(1)
                  .setValidity(utc(2020, 1, 1), utc(2040, 1, 1))
                  .setCa(true)
                  .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
                  .sign(p.caKey);
    EXPECT_TRUE(ca.ok()) << ca.errorString().toStdString();
    p.ca = ca.value();
    p.leafKey = PrivateKey::generateEc();
    auto leaf = CertificateBuilder()
                    .setSubject({{"CN", QStringLiteral("Trường Tiểu học Kim Liên")},
                                 {"O", QStringLiteral("Phòng Giáo dục và Đào tạo quận Đống Đa")},
                                 {"L", QStringLiteral("Đống Đa")},
                                 {"ST", QStringLiteral("Hà Nội")},
                                 {"C", QStringLiteral("VN")},
                                 {"UID", QStringLiteral("MST:0101234567")}})
                    .setSerial(0x1234abcd)
                    .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
                    .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
                    .setExtendedKeyUsage({QStringLiteral("clientAuth"), QStringLiteral("emailProtection")})
                    .setPolicies({QStringLiteral("2.16.704.1.1.1.1.1")})
                    .setPublicKey(p.leafKey)
                    .sign(p.caKey, &p.ca);
    EXPECT_TRUE(leaf.ok()) << leaf.errorString().toStdString();
    p.leaf = leaf.value();
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The real Vietnamese CA certificates

TEST(CryptoCertificate, ParsesVietnameseGovernmentCas)
{
    const Certificate root = loadOne(QStringLiteral("rootcag2.crt"));
    const Certificate intermediate = loadOne(QStringLiteral("cpcag2.crt"));
    ASSERT_FALSE(root.isNull());
    ASSERT_FALSE(intermediate.isNull());

    EXPECT_EQ(root.sha256Hex(), QStringLiteral("f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8"));
    EXPECT_EQ(intermediate.sha256Hex(),
              QStringLiteral("d8cab7a4aef92e6bb2509d7c61cee7b44f3731b2d21074963530277b366fae4b"));
    EXPECT_TRUE(root.subject().contains(QStringLiteral("Ban Cơ yếu Chính phủ"))) << root.subject().toStdString();
    EXPECT_TRUE(intermediate.subject().contains(QStringLiteral("Ban Cơ yếu Chính phủ")));
    EXPECT_EQ(root.subject(), QStringLiteral("CN=RootCA chuyên dùng Chính phủ G2, O=Ban Cơ yếu Chính phủ, C=VN"));
    EXPECT_EQ(intermediate.subjectField(QStringLiteral("CN")), QStringLiteral("CA phục vụ các cơ quan Nhà nước G2"));
    EXPECT_EQ(intermediate.issuerField(QStringLiteral("CN")), QStringLiteral("RootCA chuyên dùng Chính phủ G2"));
    EXPECT_EQ(intermediate.subjectField(QStringLiteral("c")), QStringLiteral("VN"));
    EXPECT_EQ(root.serialHex(), QStringLiteral("3b65b0a03006f9ab"));
    EXPECT_EQ(intermediate.serialHex(), QStringLiteral("7af2df52182653d3"));

    EXPECT_TRUE(root.isCa());
    EXPECT_TRUE(root.isSelfIssued());
    EXPECT_TRUE(root.isSelfSigned());
    EXPECT_TRUE(intermediate.isCa());
    EXPECT_FALSE(intermediate.isSelfIssued());
    EXPECT_EQ(intermediate.pathLength(), 0);
    EXPECT_EQ(root.pathLength(), -1);
    EXPECT_EQ(intermediate.authorityKeyId(), root.subjectKeyId());
    EXPECT_FALSE(root.subjectKeyId().isEmpty());
    EXPECT_TRUE(intermediate.policies().contains(QStringLiteral("2.16.704.1.1.1.1.1")));
    EXPECT_TRUE(root.hasKeyUsageExtension());
    EXPECT_EQ(root.keyUsage(), KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign);

    EXPECT_EQ(root.notBefore(), QDateTime(QDate(2018, 8, 22), QTime(7, 36, 39), Qt::UTC));
    EXPECT_EQ(root.notAfter(), QDateTime(QDate(2048, 8, 14), QTime(7, 36, 39), Qt::UTC));
    EXPECT_EQ(root.notAfter().timeSpec(), Qt::UTC);
    EXPECT_EQ(root.keyAlgorithm(), QStringLiteral("RSA"));
    EXPECT_EQ(root.keyDescription(), QStringLiteral("RSA %1").arg(root.keyBits()));
    EXPECT_GE(root.keyBits(), 2048);
}

TEST(CryptoCertificate, ParsesNationalRootAndVnptInDerAndPem)
{
    const Certificate root = loadOne(QStringLiteral("vnrca256.crt")); // DER
    const Certificate vnpt = loadOne(QStringLiteral("vnpt-ca-sha2.crt"));
    ASSERT_FALSE(root.isNull());
    ASSERT_FALSE(vnpt.isNull());
    EXPECT_EQ(root.sha256Hex(), QStringLiteral("bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7"));
    EXPECT_EQ(vnpt.sha256Hex(), QStringLiteral("7d6ba5245317f9ed5d8bc765a4634d26ac6340d36b9f584df3b52d9c4a81a306"));
    EXPECT_EQ(root.subjectField(QStringLiteral("CN")), QStringLiteral("Vietnam National Root CA"));
    EXPECT_EQ(vnpt.subjectField(QStringLiteral("CN")), QStringLiteral("VNPT-CA SHA2"));
    EXPECT_EQ(vnpt.subject(), QStringLiteral("C=VN, O=VIETNAM POSTS AND TELECOMMUNICATIONS GROUP, CN=VNPT-CA SHA2"));
    EXPECT_EQ(vnpt.serialHex(), QStringLiteral("fc4f741b4bc0896cac601ba22e9abf04"));
    EXPECT_EQ(root.serialHex(), QStringLiteral("9592bb8ceead5a24a6b8f71d7d323b5a"));
    EXPECT_EQ(vnpt.issuerNameDer(), root.subjectNameDer());
    EXPECT_TRUE(vnpt.keyUsage().testFlag(KeyUsageFlag::KeyCertSign));

    // DER -> PEM -> parse gives the same certificate.
    auto again = Certificate::fromBytes(root.toPem());
    ASSERT_TRUE(again.ok()) << again.errorString().toStdString();
    ASSERT_EQ(again->size(), 1);
    EXPECT_EQ(again->first(), root);
    EXPECT_EQ(again->first().der(), root.der());
    auto fromDer = Certificate::fromDer(root.der());
    ASSERT_TRUE(fromDer.ok());
    EXPECT_EQ(fromDer->sha256Hex(), root.sha256Hex());
}

// What `openssl x509 -text` shows for each file under "CRL Distribution Points" and "Authority
// Information Access" (read once with OpenSSL 3.0 when this test was written; the files never
// change). The roots carry neither extension.
TEST(CryptoCertificate, RevocationUrlsOfTheVietnameseCas)
{
    struct Expected
    {
        const char* file;
        QStringList crl;
        QStringList ocsp;
        QStringList caIssuers;
    };
    const Expected expected[] = {
        {"cpcag2.crt",
         {QStringLiteral("http://ca.gov.vn/pki/pub/crl/rootcag2.crl")},
         {QStringLiteral("http://ocsp.ca.gov.vn/")},
         {QStringLiteral("http://ca.gov.vn/pki/pub/crt/rootcag2.crt")}},
        {"vnpt-ca-sha2.crt",
         {QStringLiteral("https://rootca.gov.vn/crl/vnrca256.crl")},
         {},
         {QStringLiteral("https://rootca.gov.vn/crt/vnrca256.p7b")}},
        {"rootcag2.crt", {}, {}, {}},
        {"vnrca256.crt", {}, {}, {}},
    };
    for (const Expected& e : expected) {
        SCOPED_TRACE(e.file);
        const Certificate c = loadOne(QString::fromLatin1(e.file));
        ASSERT_FALSE(c.isNull());
        EXPECT_EQ(c.crlDistributionPoints(), e.crl);
        EXPECT_EQ(c.ocspUrls(), e.ocsp);
        EXPECT_EQ(c.caIssuersUrls(), e.caIssuers);
    }
    EXPECT_TRUE(Certificate().crlDistributionPoints().isEmpty());
    EXPECT_TRUE(Certificate().ocspUrls().isEmpty());
}

// ---------------------------------------------------------------------------------------------
// The system's CA bundle against the openssl tool

TEST(CryptoCertificate, SystemCertificatesMatchOpenSslTool)
{
    const QString openssl = opensslBinary();
    if (openssl.isEmpty())
        GTEST_SKIP() << "openssl binary not installed";
    QDir dir(QStringLiteral("/etc/ssl/certs"));
    const QStringList files = dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "no certificates in /etc/ssl/certs";

    // Every file parses; a sample of about 20 is compared with the tool (one process each).
    const qsizetype step = std::max<qsizetype>(1, files.size() / 20);
    int compared = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(files.at(i));
        auto parsed = Certificate::fromFile(path);
        ASSERT_TRUE(parsed.ok()) << path.toStdString() << ": " << parsed.errorString().toStdString();
        ASSERT_EQ(parsed->size(), 1) << path.toStdString();
        const Certificate& c = parsed->first();
        EXPECT_FALSE(c.subject().isEmpty()) << path.toStdString();
        EXPECT_TRUE(c.notBefore().isValid() && c.notAfter().isValid()) << path.toStdString();
        EXPECT_FALSE(c.keyDescription().isEmpty()) << path.toStdString();
        if (i % step != 0)
            continue;

        QProcess tool;
        tool.start(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                             QStringLiteral("-fingerprint"), QStringLiteral("-sha256"), QStringLiteral("-serial")});
        ASSERT_TRUE(tool.waitForFinished(20000));
        const QString output = QString::fromLatin1(tool.readAllStandardOutput());
        QString fingerprint;
        QString serial;
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("sha256 Fingerprint="), Qt::CaseInsensitive))
                fingerprint = line.section(QLatin1Char('='), 1).remove(QLatin1Char(':')).trimmed().toLower();
            else if (line.startsWith(QLatin1String("serial=")))
                serial = line.section(QLatin1Char('='), 1).trimmed().toLower();
        }
        while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
            serial.remove(0, 1);
        ASSERT_FALSE(fingerprint.isEmpty()) << output.toStdString();
        EXPECT_EQ(c.sha256Hex(), fingerprint) << path.toStdString();
        EXPECT_EQ(c.serialHex(), serial) << path.toStdString();
        ++compared;
    }
    EXPECT_GE(compared, 10);
}

// ---------------------------------------------------------------------------------------------
// Accessors on a generated certificate

TEST(CryptoCertificate, GeneratedCertificateKeepsVietnameseSubjectAndExtensions)
{
    const Pair p = makePair();
    const Certificate& c = p.leaf;
    ASSERT_FALSE(c.isNull());
    EXPECT_EQ(c.subject(),
              QStringLiteral("CN=Trường Tiểu học Kim Liên, O=Phòng Giáo dục và Đào tạo quận Đống Đa, L=Đống Đa, "
                             "ST=Hà Nội, C=VN, UID=MST:0101234567"));
    EXPECT_EQ(c.issuer(), QStringLiteral("CN=Test Root CA, O=Ban Cơ yếu Chính phủ, C=VN"));
    EXPECT_EQ(c.subjectField(QStringLiteral("UID")), QStringLiteral("MST:0101234567"));
    EXPECT_EQ(c.subjectField(QStringLiteral("userId")), QStringLiteral("MST:0101234567"));
    EXPECT_EQ(c.subjectField(QStringLiteral("0.9.2342.19200300.100.1.1")), QStringLiteral("MST:0101234567"));
    EXPECT_EQ(c.subjectField(QStringLiteral("ST")), QStringLiteral("Hà Nội"));
    EXPECT_TRUE(c.subjectField(QStringLiteral("OU")).isEmpty());
    EXPECT_EQ(c.issuerField(QStringLiteral("O")), QStringLiteral("Ban Cơ yếu Chính phủ"));
    EXPECT_EQ(c.serialHex(), QStringLiteral("1234abcd"));
    EXPECT_EQ(c.keyAlgorithm(), QStringLiteral("EC"));
    EXPECT_EQ(c.curveName(), QStringLiteral("P-256"));
    EXPECT_EQ(c.keyBits(), 256);
    EXPECT_EQ(c.keyDescription(), QStringLiteral("EC P-256"));
    EXPECT_TRUE(c.hasKeyUsageExtension());
    EXPECT_EQ(c.keyUsage(), KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation);
    EXPECT_EQ(keyUsageNames(c.keyUsage()), QStringList({"digitalSignature", "nonRepudiation"}));
    EXPECT_EQ(c.extendedKeyUsage(), QStringList({"clientAuth", "emailProtection"}));
    EXPECT_EQ(c.policies(), QStringList({"2.16.704.1.1.1.1.1"}));
    EXPECT_FALSE(c.isCa());
    EXPECT_FALSE(c.isSelfIssued());
    EXPECT_FALSE(c.isSelfSigned());
    EXPECT_EQ(c.authorityKeyId(), p.ca.subjectKeyId());
    EXPECT_EQ(p.ca.authorityKeyId(), p.ca.subjectKeyId());
    EXPECT_EQ(c.subjectKeyId().size(), 40); // SHA-1 of the key
    EXPECT_EQ(c.notBefore(), utc(2025, 1, 1));
    EXPECT_EQ(c.notAfter(), utc(2028, 1, 1));
    EXPECT_TRUE(p.leafKey.matches(c));
    EXPECT_FALSE(p.caKey.matches(c));
    EXPECT_EQ(c.sha256Hex().size(), 64);
    EXPECT_EQ(c.sha256Hex(), c.sha256Hex().toLower());

    EXPECT_TRUE(p.ca.isCa());
    EXPECT_TRUE(p.ca.isSelfSigned());
    EXPECT_EQ(p.ca.pathLength(), -1);
}

TEST(CryptoCertificate, SerialHexHasNoLeadingZeros)
{
    const PrivateKey key = PrivateKey::generateEc();
    auto make = [&](qint64 serial) {
        return CertificateBuilder()
            .setSubject({{"CN", QStringLiteral("serial")}})
            .setSerial(serial)
            .setValidity(utc(2024, 1, 1), utc(2030, 1, 1))
            .sign(key)
            .value();
    };
    EXPECT_EQ(make(10).serialHex(), QStringLiteral("a"));
    EXPECT_EQ(make(0x0100).serialHex(), QStringLiteral("100"));
    EXPECT_EQ(make(0x7fffffffffffffffLL).serialHex(), QStringLiteral("7fffffffffffffff"));
    const Certificate random = CertificateBuilder()
                                   .setSubject({{"CN", QStringLiteral("random")}})
                                   .setValidity(utc(2024, 1, 1), utc(2030, 1, 1))
                                   .sign(key)
                                   .value();
    EXPECT_GE(random.serialHex().size(), 30);
    EXPECT_FALSE(random.serialHex().startsWith(QLatin1Char('0')));
}

TEST(CryptoCertificate, KeyDescriptions)
{
    const PrivateKey rsa = PrivateKey::generateRsa(2048);
    const PrivateKey ed = PrivateKey::generateEd25519();
    ASSERT_FALSE(rsa.isNull());
    ASSERT_FALSE(ed.isNull());
    auto selfSigned = [](const PrivateKey& key) {
        return CertificateBuilder()
            .setSubject({{"CN", QStringLiteral("key")}})
            .setValidity(utc(2024, 1, 1), utc(2030, 1, 1))
            .sign(key);
    };
    auto rsaCert = selfSigned(rsa);
    auto edCert = selfSigned(ed);
    ASSERT_TRUE(rsaCert.ok()) << rsaCert.errorString().toStdString();
    ASSERT_TRUE(edCert.ok()) << edCert.errorString().toStdString();
    EXPECT_EQ(rsaCert->keyDescription(), QStringLiteral("RSA 2048"));
    EXPECT_EQ(rsaCert->keyAlgorithm(), QStringLiteral("RSA"));
    EXPECT_TRUE(rsaCert->curveName().isEmpty());
    EXPECT_EQ(edCert->keyDescription(), QStringLiteral("Ed25519"));
    EXPECT_FALSE(edCert->hasKeyUsageExtension());
    EXPECT_EQ(edCert->keyUsage(), KeyUsage());
}

TEST(CryptoCertificate, PrivateKeyPemRoundTrip)
{
    const PrivateKey key = PrivateKey::generateEc();
    const QByteArray pem = key.toPem();
    EXPECT_TRUE(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    auto back = PrivateKey::fromPem(pem);
    ASSERT_TRUE(back.ok()) << back.errorString().toStdString();
    EXPECT_EQ(back->publicKeyDer(), key.publicKeyDer());
    EXPECT_EQ(back->algorithm(), QStringLiteral("EC"));
    EXPECT_FALSE(PrivateKey::fromPem("garbage").ok());
    EXPECT_TRUE(PrivateKey().isNull());
}

TEST(CryptoCertificate, FindsTheLeafOfAChain)
{
    const Pair p = makePair();
    EXPECT_EQ(Certificate::findLeaf({p.ca, p.leaf}), 1);
    EXPECT_EQ(Certificate::findLeaf({p.leaf, p.ca}), 0);
    EXPECT_EQ(Certificate::findLeaf({p.ca}), 0);
    EXPECT_EQ(Certificate::findLeaf({}), -1);
}

// ---------------------------------------------------------------------------------------------
// Multi-certificate inputs

TEST(CryptoCertificate, ParsesPemWithSeveralCertificatesAndText)
{
    const Pair p = makePair();
    const QByteArray pem =
        "Bag Attributes: some text a tool wrote\r\n" + p.leaf.toPem() + "\nissuer below\n" + p.ca.toPem();
    auto parsed = Certificate::fromBytes(pem);
    ASSERT_TRUE(parsed.ok()) << parsed.errorString().toStdString();
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(0), p.leaf);
    EXPECT_EQ(parsed->at(1), p.ca);

    QByteArray crlf = p.leaf.toPem();
    crlf.replace("\n", "\r\n");
    auto windows = Certificate::fromBytes(crlf);
    ASSERT_TRUE(windows.ok());
    EXPECT_EQ(windows->first(), p.leaf);
}

TEST(CryptoCertificate, ParsesConcatenatedDerAndBareBase64)
{
    const Pair p = makePair();
    auto two = Certificate::fromBytes(p.leaf.der() + p.ca.der());
    ASSERT_TRUE(two.ok()) << two.errorString().toStdString();
    ASSERT_EQ(two->size(), 2);
    EXPECT_EQ(two->at(1), p.ca);

    auto base64 = Certificate::fromBytes(p.leaf.der().toBase64() + "\r\n");
    ASSERT_TRUE(base64.ok()) << base64.errorString().toStdString();
    EXPECT_EQ(base64->first(), p.leaf);
}

TEST(CryptoCertificate, ParsesTrustedCertificatePem)
{
    const Certificate root = loadOne(QStringLiteral("rootcag2.crt"));
    const QString openssl = opensslBinary();
    if (openssl.isEmpty())
        GTEST_SKIP() << "openssl binary not installed";
    QProcess tool;
    tool.start(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), vnCaDir() + QStringLiteral("rootcag2.crt"),
                         QStringLiteral("-trustout"), QStringLiteral("-addtrust"), QStringLiteral("clientAuth")});
    ASSERT_TRUE(tool.waitForFinished(20000));
    const QByteArray trusted = tool.readAllStandardOutput();
    ASSERT_TRUE(trusted.contains("BEGIN TRUSTED CERTIFICATE")) << trusted.constData();
    auto parsed = Certificate::fromBytes(trusted);
    ASSERT_TRUE(parsed.ok()) << parsed.errorString().toStdString();
    ASSERT_EQ(parsed->size(), 1);
    EXPECT_EQ(parsed->first().sha256Hex(), root.sha256Hex());
}

TEST(CryptoCertificate, ParsesPkcs7BundlesInDerAndPem)
{
    const QString openssl = opensslBinary();
    if (openssl.isEmpty())
        GTEST_SKIP() << "openssl binary not installed";
    const Pair p = makePair();
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString leafPath = temp.filePath(QStringLiteral("leaf.pem"));
    const QString caPath = temp.filePath(QStringLiteral("ca.pem"));
    for (const auto& [path, cert] : {std::pair{leafPath, p.leaf}, std::pair{caPath, p.ca}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(cert.toPem());
    }
    for (const QString& form : {QStringLiteral("DER"), QStringLiteral("PEM")}) {
        const QString out = temp.filePath(QStringLiteral("bundle.p7b.") + form);
        QProcess tool;
        tool.start(openssl, {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"),
                             leafPath, QStringLiteral("-certfile"), caPath, QStringLiteral("-outform"), form,
                             QStringLiteral("-out"), out});
        ASSERT_TRUE(tool.waitForFinished(20000));
        ASSERT_EQ(tool.exitCode(), 0) << tool.readAllStandardError().constData();
        auto parsed = Certificate::fromFile(out);
        ASSERT_TRUE(parsed.ok()) << form.toStdString() << ": " << parsed.errorString().toStdString();
        ASSERT_EQ(parsed->size(), 2);
        EXPECT_TRUE(parsed->contains(p.leaf));
        EXPECT_TRUE(parsed->contains(p.ca));
        EXPECT_EQ(parsed->at(Certificate::findLeaf(parsed.value())), p.leaf);
    }

    // A bundle with no certificate is an error, not an empty list.
    const QString empty = temp.filePath(QStringLiteral("empty.p7b"));
    QProcess tool;
    tool.start(openssl, {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), empty});
    tool.closeWriteChannel();
    ASSERT_TRUE(tool.waitForFinished(20000));
    if (tool.exitCode() == 0 && QFileInfo(empty).size() > 0) {
        auto parsed = Certificate::fromFile(empty);
        EXPECT_FALSE(parsed.ok());
    }
}

// ---------------------------------------------------------------------------------------------
// Bad inputs

TEST(CryptoCertificate, RefusesEmptyAndGarbage)
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("   \r\n\t "), QByteArray(100, '\0')}) {
        auto r = Certificate::fromBytes(bytes);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
        EXPECT_EQ(r.errorString(), QStringLiteral("The file is empty."));
    }
    QByteArray garbage;
    for (int i = 0; i < 3000; ++i)
        garbage.append(char((i * 7919) % 251));
    for (const QByteArray& bytes :
         {garbage, QByteArray("hello world, this is not a certificate"), QByteArray("\x30\x03\x02\x01\x05", 5)}) {
        auto r = Certificate::fromBytes(bytes);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.errorString().contains(QStringLiteral("not a certificate"))) << r.errorString().toStdString();
    }
}

TEST(CryptoCertificate, RefusesTruncatedDer)
{
    const Certificate root = loadOne(QStringLiteral("vnrca256.crt"));
    ASSERT_FALSE(root.isNull());
    for (qsizetype cut : {qsizetype(10), root.der().size() / 2, root.der().size() - 1}) {
        auto r = Certificate::fromBytes(root.der().left(cut));
        ASSERT_FALSE(r.ok()) << cut;
        EXPECT_TRUE(r.errorString().contains(QStringLiteral("cut short"))) << r.errorString().toStdString();
        EXPECT_FALSE(Certificate::fromDer(root.der().left(cut)).ok());
    }
    // Truncated PEM: the END line is missing.
    const QByteArray pem = root.toPem();
    auto r = Certificate::fromBytes(pem.left(pem.size() / 2));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("cut short"))) << r.errorString().toStdString();
}

TEST(CryptoCertificate, RefusesPemWithoutCertificate)
{
    auto r = Certificate::fromBytes("-----BEGIN PUBLIC KEY-----\n"
                                    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
                                    "-----END PUBLIC KEY-----\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("holds no certificate"))) << r.errorString().toStdString();
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("PUBLIC KEY")));

    auto noBlock = Certificate::fromBytes("-----BEGIN nothing here");
    ASSERT_FALSE(noBlock.ok());
    EXPECT_TRUE(noBlock.errorString().contains(QStringLiteral("no certificate")))
        << noBlock.errorString().toStdString();
}

TEST(CryptoCertificate, RefusesPrivateKeysWithAWarning)
{
    const PrivateKey key = PrivateKey::generateEc();
    const QString expected = QStringLiteral("this is a private key, not a certificate; never share it");
    auto pem = Certificate::fromBytes(key.toPem());
    ASSERT_FALSE(pem.ok());
    EXPECT_TRUE(pem.errorString().contains(expected, Qt::CaseInsensitive)) << pem.errorString().toStdString();

    // A "traditional" EC key and a key next to a certificate.
    auto traditional = Certificate::fromBytes("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
    ASSERT_FALSE(traditional.ok());
    EXPECT_TRUE(traditional.errorString().contains(expected, Qt::CaseInsensitive));
    const Pair p = makePair();
    auto both = Certificate::fromBytes(p.leaf.toPem() + p.leafKey.toPem());
    ASSERT_FALSE(both.ok());
    EXPECT_TRUE(both.errorString().contains(QStringLiteral("never be shared"))) << both.errorString().toStdString();

    // The same key in DER (PKCS#8).
    QByteArray body = key.toPem();
    body.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
    const QByteArray der = QByteArray::fromBase64(body.simplified().replace(" ", ""));
    auto derKey = Certificate::fromBytes(der);
    ASSERT_FALSE(derKey.ok());
    EXPECT_TRUE(derKey.errorString().contains(expected, Qt::CaseInsensitive)) << derKey.errorString().toStdString();
}

TEST(CryptoCertificate, RefusesPkcs12WithAWarning)
{
    const QString openssl = opensslBinary();
    if (openssl.isEmpty())
        GTEST_SKIP() << "openssl binary not installed";
    const Pair p = makePair();
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString pemPath = temp.filePath(QStringLiteral("both.pem"));
    QFile f(pemPath);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(p.leaf.toPem() + p.leafKey.toPem());
    f.close();
    const QString pfx = temp.filePath(QStringLiteral("token.pfx"));
    QProcess tool;
    tool.start(openssl, {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), pemPath,
                         QStringLiteral("-out"), pfx, QStringLiteral("-passout"), QStringLiteral("pass:1234")});
    ASSERT_TRUE(tool.waitForFinished(20000));
    ASSERT_EQ(tool.exitCode(), 0) << tool.readAllStandardError().constData();
    auto r = Certificate::fromFile(pfx);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("PKCS#12"))) << r.errorString().toStdString();
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("never share it")));
}

TEST(CryptoCertificate, RefusesOversizedInput)
{
    const Certificate root = loadOne(QStringLiteral("rootcag2.crt"));
    QByteArray big = root.toPem();
    big.append(QByteArray(Certificate::kMaxFileBytes, '\n'));
    auto r = Certificate::fromBytes(big);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("more than"))) << r.errorString().toStdString();

    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path = temp.filePath(QStringLiteral("big.pem"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(big);
    f.close();
    auto file = Certificate::fromFile(path);
    ASSERT_FALSE(file.ok());
    EXPECT_TRUE(file.errorString().contains(QStringLiteral("more than"))) << file.errorString().toStdString();
}

TEST(CryptoCertificate, RefusesFoldersAndMissingFiles)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    auto folder = Certificate::fromFile(temp.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.errorString().contains(QStringLiteral("folder"))) << folder.errorString().toStdString();

    auto missing = Certificate::fromFile(temp.filePath(QStringLiteral("nope.crt")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    const QString empty = temp.filePath(QStringLiteral("empty.crt"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto emptyFile = Certificate::fromFile(empty);
    ASSERT_FALSE(emptyFile.ok());
    EXPECT_EQ(emptyFile.errorString(), QStringLiteral("The file is empty."));

    if (QFileInfo::exists(QStringLiteral("/proc/self/status"))) {
        // No size up front: still read with a limit, then refused as not a certificate.
        auto proc = Certificate::fromFile(QStringLiteral("/proc/self/status"));
        EXPECT_FALSE(proc.ok());
    }
}

TEST(CryptoCertificate, RefusesCrlsAndRequestsWithTheirNames)
{
    auto crl = Certificate::fromBytes("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n");
    ASSERT_FALSE(crl.ok());
    EXPECT_TRUE(crl.errorString().contains(QStringLiteral("CRL"))) << crl.errorString().toStdString();
    auto csr = Certificate::fromBytes("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n");
    ASSERT_FALSE(csr.ok());
    EXPECT_TRUE(csr.errorString().contains(QStringLiteral("request"))) << csr.errorString().toStdString();
}

TEST(CryptoCertificate, RefusesDamagedCertificateBlock)
{
    const Certificate root = loadOne(QStringLiteral("rootcag2.crt"));
    QByteArray der = root.der();
    der[der.size() / 2] = char(0xff); // corrupts an inner length or value
    der.truncate(der.size() - 5);
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
    auto r = Certificate::fromBytes(pem);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("damaged"))) << r.errorString().toStdString();
}

TEST(CryptoCertificate, NullCertificateIsHarmless)
{
    const Certificate none;
    EXPECT_TRUE(none.isNull());
    EXPECT_TRUE(none.der().isEmpty());
    EXPECT_TRUE(none.subject().isEmpty());
    EXPECT_TRUE(none.serialHex().isEmpty());
    EXPECT_FALSE(none.isCa());
    EXPECT_EQ(none.keyBits(), 0);
    EXPECT_FALSE(none.notAfter().isValid());
    EXPECT_EQ(none, Certificate());
    EXPECT_TRUE(none.toPem().isEmpty());
}
