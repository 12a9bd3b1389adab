#include "crypto/CertificateBuilder.h"
#include "crypto/Ocsp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

using CertStatus = OcspResponseBuilder::CertStatus;
using Problem = OcspVerification::Problem;

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

const QDateTime kNow = utc(2026, 3, 1, 12);

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

CertificateBuilder ca(const QString& cn)
{
    CertificateBuilder b;
    b.setSubject({{"CN", cn}, {"C", QStringLiteral("VN")}})
        .setCa(true)
        .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign);
    return b;
}

CertificateBuilder endEntity(const QString& cn)
{
    CertificateBuilder b;
    b.setSubject({{"CN", cn}})
        .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
        .setOcspUrls({QStringLiteral("http://127.0.0.1:1/")});
    return b;
}

class CryptoOcsp : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_root = new Issued(issue(ca(QStringLiteral("Test Root")), nullptr));
        s_ca = new Issued(issue(ca(QStringLiteral("Test Sub CA")), s_root));
        s_leaf = new Issued(issue(endEntity(QStringLiteral("Trường A")), s_ca));
        s_other = new Issued(issue(endEntity(QStringLiteral("Trường B")), s_ca));
        s_responder = new Issued(issue(CertificateBuilder::ocspResponder(QStringLiteral("Sub CA OCSP")), s_ca));
        CertificateBuilder noEku;
        noEku.setSubject({{"CN", QStringLiteral("Sub CA not a responder")}})
            .setKeyUsage(KeyUsageFlag::DigitalSignature);
        s_notResponder = new Issued(issue(noEku, s_ca));
        s_stranger = new Issued(issue(ca(QStringLiteral("Stranger CA")), nullptr));
    }
    static void TearDownTestSuite()
    {
        for (Issued* p : {s_root, s_ca, s_leaf, s_other, s_responder, s_notResponder, s_stranger})
            delete p;
    }

    static QList<TrustAnchor> trust() { return {{s_root->cert, QStringLiteral("test"), true}}; }

    // An answer about the leaf, signed by the CA, current at kNow.
    static OcspResponseBuilder response(CertStatus status = CertStatus::Good)
    {
        OcspResponseBuilder b;
        b.setIssuer(s_ca->cert)
            .setSigner(s_ca->cert, s_ca->key)
            .addStatus(s_leaf->cert, status, utc(2026, 2, 10), QStringLiteral("keyCompromise"))
            .setThisUpdate(kNow.addSecs(-3600))
            .setNextUpdate(kNow.addDays(7));
        return b;
    }

    static OcspVerification verify(const QByteArray& der, const QByteArray& nonce = {})
    {
        return verifyOcspResponse(der, s_leaf->cert, s_ca->cert, trust(), kNow, nonce);
    }

    static QByteArray build(const OcspResponseBuilder& b)
    {
        auto der = b.build();
        EXPECT_TRUE(der.ok()) << der.errorString().toStdString();
        return der.ok() ? der.value() : QByteArray();
    }

    static inline Issued* s_root = nullptr;
    static inline Issued* s_ca = nullptr;
    static inline Issued* s_leaf = nullptr;
    static inline Issued* s_other = nullptr;
    static inline Issued* s_responder = nullptr;
    static inline Issued* s_notResponder = nullptr;
    static inline Issued* s_stranger = nullptr;
};

} // namespace

TEST_F(CryptoOcsp, RequestCarriesCertIdAndNonce)
{
    auto request = buildOcspRequest(s_leaf->cert, s_ca->cert);
    ASSERT_TRUE(request.ok()) << request.errorString().toStdString();
    EXPECT_FALSE(request->der.isEmpty());
    // An OCTET STRING of 16 random bytes, different every time.
    EXPECT_EQ(request->nonce.size(), 18);
    EXPECT_EQ(request->nonce.at(0), '\x04');
    auto again = buildOcspRequest(s_leaf->cert, s_ca->cert);
    ASSERT_TRUE(again.ok());
    EXPECT_NE(again->nonce, request->nonce);

    auto plain = buildOcspRequest(s_leaf->cert, s_ca->cert, OcspNonce::Omit);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->nonce.isEmpty());
    EXPECT_LT(plain->der.size(), request->der.size());

    EXPECT_FALSE(buildOcspRequest(s_leaf->cert, s_stranger->cert).ok());
    EXPECT_FALSE(buildOcspRequest(Certificate(), s_ca->cert).ok());
}

TEST_F(CryptoOcsp, GoodAnswerFromTheCa)
{
    const OcspVerification r = verify(build(response()));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.error.isEmpty());
    EXPECT_EQ(r.answer.status, OcspAnswer::Status::Good);
    EXPECT_EQ(r.answer.certificate, s_leaf->cert);
    EXPECT_EQ(r.answer.thisUpdate, kNow.addSecs(-3600));
    EXPECT_EQ(r.answer.nextUpdate, kNow.addDays(7));
    EXPECT_TRUE(r.answer.producedAt.isValid());
    EXPECT_EQ(r.answer.responder, QStringLiteral("Test Sub CA"));
    EXPECT_FALSE(r.answer.delegatedResponder);
    EXPECT_EQ(r.answer.nonce, OcspAnswer::NonceCheck::NotRequested);
    EXPECT_TRUE(r.answer.isFreshAt(kNow));
    EXPECT_FALSE(r.answer.isFreshAt(kNow.addDays(8)));
    EXPECT_EQ(OcspAnswer::statusText(r.answer.status), QStringLiteral("good"));
}

TEST_F(CryptoOcsp, RevokedWithReasonAndUnknown)
{
    const OcspVerification revoked = verify(build(response(CertStatus::Revoked)));
    ASSERT_TRUE(revoked.ok()) << revoked.error.toStdString();
    EXPECT_EQ(revoked.answer.status, OcspAnswer::Status::Revoked);
    EXPECT_EQ(revoked.answer.revokedAt, utc(2026, 2, 10));
    EXPECT_EQ(revoked.answer.reason, QStringLiteral("keyCompromise"));

    const OcspVerification unknown = verify(build(response(CertStatus::Unknown)));
    ASSERT_TRUE(unknown.ok()) << unknown.error.toStdString();
    EXPECT_EQ(unknown.answer.status, OcspAnswer::Status::Unknown);
    EXPECT_FALSE(unknown.answer.revokedAt.isValid());
}

TEST_F(CryptoOcsp, DelegatedResponderWithTheOcspSigningPurpose)
{
    OcspResponseBuilder b = response();
    b.setSigner(s_responder->cert, s_responder->key);
    const OcspVerification r = verify(build(b));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.answer.delegatedResponder);
    EXPECT_EQ(r.answer.responder, QStringLiteral("Sub CA OCSP"));
}

TEST_F(CryptoOcsp, DelegatedResponderWithoutThePurposeIsRefused)
{
    OcspResponseBuilder b = response(CertStatus::Revoked);
    b.setSigner(s_notResponder->cert, s_notResponder->key);
    const OcspVerification r = verify(build(b));
    EXPECT_EQ(r.problem, Problem::UnauthorizedResponder);
    EXPECT_TRUE(r.error.contains(QStringLiteral("OCSP-signing"))) << r.error.toStdString();
}

TEST_F(CryptoOcsp, AnswerSignedByAnUnrelatedKeyIsRefused)
{
    OcspResponseBuilder b = response(CertStatus::Revoked);
    b.setSigner(s_stranger->cert, s_stranger->key);
    const OcspVerification r = verify(build(b));
    EXPECT_EQ(r.problem, Problem::UnauthorizedResponder);
    EXPECT_TRUE(r.error.contains(QStringLiteral("Stranger CA"))) << r.error.toStdString();
    EXPECT_FALSE(r.ok());

    // A responder issued by another CA that carries the OCSP-signing purpose does not help.
    const Issued strangerResponder =
        issue(CertificateBuilder::ocspResponder(QStringLiteral("Stranger OCSP")), s_stranger);
    b.setSigner(strangerResponder.cert, strangerResponder.key);
    EXPECT_EQ(verify(build(b)).problem, Problem::UnauthorizedResponder);
}

TEST_F(CryptoOcsp, AlteredSignatureIsRefused)
{
    QByteArray der = build(response());
    // thisUpdate moved by a second: same length, same structure, but not what the CA signed. (The
    // last bytes would not do: they are the signer's certificate, which the response carries.)
    const QByteArray signedTime("20260301110000Z");
    ASSERT_EQ(der.count(signedTime), 1);
    der.replace(signedTime, QByteArray("20260301110001Z"));
    const OcspVerification r = verify(der);
    EXPECT_EQ(r.problem, Problem::BadSignature) << r.error.toStdString();
}

TEST_F(CryptoOcsp, AnswerAboutAnotherCertificateIsRefused)
{
    OcspResponseBuilder b;
    b.setIssuer(s_ca->cert)
        .setSigner(s_ca->cert, s_ca->key)
        .addStatus(s_other->cert, CertStatus::Good)
        .setThisUpdate(kNow.addSecs(-60));
    const OcspVerification r = verify(build(b));
    EXPECT_EQ(r.problem, Problem::WrongCertificate);
    EXPECT_TRUE(r.error.contains(s_leaf->cert.serialHex())) << r.error.toStdString();

    // The issuer must be the certificate's issuer.
    EXPECT_EQ(verifyOcspResponse(build(response()), s_leaf->cert, s_root->cert, trust(), kNow).problem,
              Problem::IssuerMismatch);
    // ...and trusted.
    EXPECT_EQ(verifyOcspResponse(build(response()), s_leaf->cert, s_ca->cert, {}, kNow).problem,
              Problem::UntrustedIssuer);
}

TEST_F(CryptoOcsp, StaleAndFutureAnswersAreRefused)
{
    OcspResponseBuilder stale = response(CertStatus::Good);
    stale.setThisUpdate(kNow.addDays(-10)).setNextUpdate(kNow.addDays(-3));
    const OcspVerification old = verify(build(stale));
    EXPECT_EQ(old.problem, Problem::Stale);
    EXPECT_FALSE(old.error.isEmpty());

    // Within the clock skew it is still current.
    stale.setNextUpdate(kNow.addSecs(-kOcspClockSkewSeconds + 60));
    EXPECT_TRUE(verify(build(stale)).ok());

    OcspResponseBuilder future = response();
    future.setThisUpdate(kNow.addSecs(kOcspClockSkewSeconds + 60));
    EXPECT_EQ(verify(build(future)).problem, Problem::NotYetValid);

    // Without nextUpdate the responder says newer news is always available: current.
    OcspResponseBuilder open = response();
    open.setNextUpdate({});
    const OcspVerification r = verify(build(open));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_FALSE(r.answer.nextUpdate.isValid());
}

TEST_F(CryptoOcsp, Nonces)
{
    auto request = buildOcspRequest(s_leaf->cert, s_ca->cert);
    ASSERT_TRUE(request.ok());
    OcspResponseBuilder echoed = response();
    echoed.setNonce(request->nonce);
    const OcspVerification matched = verify(build(echoed), request->nonce);
    ASSERT_TRUE(matched.ok()) << matched.error.toStdString();
    EXPECT_EQ(matched.answer.nonce, OcspAnswer::NonceCheck::Matched);

    auto other = buildOcspRequest(s_leaf->cert, s_ca->cert);
    ASSERT_TRUE(other.ok());
    const OcspVerification replayed = verify(build(echoed), other->nonce);
    EXPECT_EQ(replayed.problem, Problem::NonceMismatch);

    // A responder that leaves the nonce out (pre-signed answers) is allowed; the result says so.
    const OcspVerification omitted = verify(build(response()), request->nonce);
    ASSERT_TRUE(omitted.ok()) << omitted.error.toStdString();
    EXPECT_EQ(omitted.answer.nonce, OcspAnswer::NonceCheck::NotEchoed);
}

TEST_F(CryptoOcsp, UnsuccessfulResponseStatus)
{
    OcspResponseBuilder busy;
    busy.setResponseStatus(3);
    const OcspVerification r = verify(build(busy));
    EXPECT_EQ(r.problem, Problem::NotSuccessful);
    EXPECT_TRUE(r.error.contains(QStringLiteral("later"))) << r.error.toStdString();
}

TEST_F(CryptoOcsp, GarbageTruncatedAndHugeInput)
{
    const QByteArray good = build(response(CertStatus::Revoked));
    EXPECT_EQ(verify({}).problem, Problem::Malformed);
    EXPECT_EQ(verify("<html>502 Bad Gateway</html>").problem, Problem::Malformed);
    EXPECT_EQ(verify(QByteArray(4096, '\0')).problem, Problem::Malformed);
    for (const qsizetype keep : {qsizetype(1), qsizetype(2), qsizetype(10), good.size() / 2, good.size() - 1}) {
        const OcspVerification r = verify(good.left(keep));
        EXPECT_EQ(r.problem, Problem::Malformed) << keep;
        EXPECT_FALSE(r.error.isEmpty());
    }
    EXPECT_TRUE(verify(good.left(good.size() / 2)).error.contains(QStringLiteral("cut short")));
    EXPECT_EQ(verify(good + "trailing").problem, Problem::Malformed);
    QByteArray huge = good;
    huge.append(QByteArray(kMaxOcspResponseBytes, 'x'));
    EXPECT_EQ(verify(huge).problem, Problem::TooLarge);
    // Every single flipped byte gives an error or the same answer, never a crash or another status.
    for (qsizetype i = 0; i < good.size(); i += 7) {
        QByteArray damaged = good;
        damaged[i] = char(damaged.at(i) ^ 0x5a);
        const OcspVerification r = verify(damaged);
        if (r.ok()) {
            EXPECT_EQ(r.answer.status, OcspAnswer::Status::Revoked) << i;
        }
    }
}

// The responder the network tests run, `openssl ocsp -index`, answers a request of ours (given as
// a file, no network) in a way verifyOcspResponse accepts.
TEST_F(CryptoOcsp, AnswerOfTheOpenSslResponder)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (tool.isEmpty())
        GTEST_SKIP() << "openssl binary not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    const QDateTime revokedAt = utc(2026, 2, 10);
    ASSERT_TRUE(
        writeTestPkiFile(path("index.txt"), OpenSslCaIndex()
                                                .addRevoked(s_leaf->cert, revokedAt, QStringLiteral("keyCompromise"))
                                                .addValid(s_other->cert)
                                                .text())
            .ok());
    ASSERT_TRUE(writeTestPkiFile(path("ca.pem"), s_ca->cert.toPem()).ok());
    ASSERT_TRUE(writeTestPkiFile(path("responder.pem"), s_responder->cert.toPem()).ok());
    ASSERT_TRUE(writeTestPkiFile(path("responder.key"), s_responder->key.toPem()).ok());
    auto request = buildOcspRequest(s_leaf->cert, s_ca->cert);
    ASSERT_TRUE(request.ok());
    ASSERT_TRUE(writeTestPkiFile(path("request.der"), request->der).ok());

    QProcess process;
    process.start(tool,
                  {QStringLiteral("ocsp"), QStringLiteral("-index"), path("index.txt"), QStringLiteral("-CA"),
                   path("ca.pem"), QStringLiteral("-rsigner"), path("responder.pem"), QStringLiteral("-rkey"),
                   path("responder.key"), QStringLiteral("-reqin"), path("request.der"), QStringLiteral("-respout"),
                   path("response.der"), QStringLiteral("-ndays"), QStringLiteral("1")});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(path("response.der"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // The tool dates its answer with the real clock.
    const OcspVerification r = verifyOcspResponse(file.readAll(), s_leaf->cert, s_ca->cert, trust(),
                                                  QDateTime::currentDateTimeUtc(), request->nonce);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.answer.status, OcspAnswer::Status::Revoked);
    EXPECT_EQ(r.answer.revokedAt, revokedAt);
    EXPECT_EQ(r.answer.reason, QStringLiteral("keyCompromise"));
    EXPECT_TRUE(r.answer.delegatedResponder);
    EXPECT_EQ(r.answer.nonce, OcspAnswer::NonceCheck::Matched);
}
