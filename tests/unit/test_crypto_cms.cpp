#include "crypto/CertificateBuilder.h"
#include "crypto/Cms.h"
#include "crypto/PasswordHash.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace hocbaso;
using namespace hocbaso::crypto;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

struct Signer
{
    PrivateKey key;
    Certificate cert;
};

Signer makeSigner(PrivateKey key)
{
    Signer s;
    s.key = std::move(key);
    s.cert = CertificateBuilder()
                 .setSubject({{"CN", QStringLiteral("Nguyễn Thị Ánh Tuyết")},
                              {"O", QStringLiteral("Trường Tiểu học Kim Liên")},
                              {"C", QStringLiteral("VN")}})
                 .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
                 .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
                 .sign(s.key)
                 .value();
    return s;
}

const QByteArray kRecord =
    QByteArray("{\"uuid\":\"5f0c...\",\"name\":\"Nguyễn Văn An\",\"grade\":5,\"result\":\"HTT\"}");

} // namespace

TEST(CryptoCms, SignsAndVerifiesDetached)
{
    for (const Signer& s : {makeSigner(PrivateKey::generateEc()), makeSigner(PrivateKey::generateRsa(2048))}) {
        const QDateTime at(QDate(2026, 5, 20), QTime(9, 15, 30), Qt::UTC);
        auto cms = signDetached(kRecord, s.cert, s.key, at);
        ASSERT_TRUE(cms.ok()) << s.cert.keyDescription().toStdString() << ": " << cms.errorString().toStdString();
        EXPECT_FALSE(cms->contains(kRecord)); // detached

        const CmsVerification v = verifyDetached(cms.value(), kRecord);
        EXPECT_TRUE(v.valid) << s.cert.keyDescription().toStdString() << ": " << v.reason.toStdString();
        EXPECT_TRUE(v.reason.isEmpty());
        EXPECT_EQ(v.signer, s.cert);
        EXPECT_EQ(v.signingTime, at);
    }
}

TEST(CryptoCms, RefusesEdDsaKeysClearly)
{
    const Signer s = makeSigner(PrivateKey::generateEd25519());
    auto cms = signDetached(kRecord, s.cert, s.key, utc(2026, 5, 20));
    ASSERT_FALSE(cms.ok());
    EXPECT_TRUE(cms.errorString().contains(QStringLiteral("Ed25519"))) << cms.errorString().toStdString();
}

TEST(CryptoCms, AlteredContentIsInvalid)
{
    const Signer s = makeSigner(PrivateKey::generateEc());
    auto cms = signDetached(kRecord, s.cert, s.key, utc(2026, 5, 20));
    ASSERT_TRUE(cms.ok());
    QByteArray changed = kRecord;
    changed.replace("HTT", "HT ");
    const CmsVerification v = verifyDetached(cms.value(), changed);
    EXPECT_FALSE(v.valid);
    EXPECT_EQ(v.reason, QStringLiteral("The content was changed after signing."));
    EXPECT_EQ(v.signer, s.cert); // still known, to say who signed the original
    EXPECT_EQ(v.signingTime, utc(2026, 5, 20));

    EXPECT_FALSE(verifyDetached(cms.value(), QByteArray()).valid);
}

TEST(CryptoCms, AlteredSignatureIsInvalid)
{
    const Signer s = makeSigner(PrivateKey::generateEc());
    QByteArray cms = signDetached(kRecord, s.cert, s.key, utc(2026, 5, 20)).value();
    cms[cms.size() - 1] = char(cms.at(cms.size() - 1) ^ 0x01); // inside the ECDSA signature
    const CmsVerification v = verifyDetached(cms, kRecord);
    EXPECT_FALSE(v.valid);
    EXPECT_FALSE(v.reason.isEmpty());
    EXPECT_NE(v.reason, QStringLiteral("The content was changed after signing."));
}

TEST(CryptoCms, GarbageIsNotACmsSignature)
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("garbage"), QByteArray(500, '\x30'),
                                    makeSigner(PrivateKey::generateEc()).cert.der()}) {
        const CmsVerification v = verifyDetached(bytes, kRecord);
        EXPECT_FALSE(v.valid);
        EXPECT_EQ(v.reason, QStringLiteral("The data is not a CMS signature."));
        EXPECT_TRUE(v.signer.isNull());
    }
}

TEST(CryptoCms, RefusesAKeyOfAnotherCertificate)
{
    const Signer s = makeSigner(PrivateKey::generateEc());
    auto cms = signDetached(kRecord, s.cert, PrivateKey::generateEc(), utc(2026, 5, 20));
    EXPECT_FALSE(cms.ok());
    EXPECT_FALSE(signDetached(kRecord, Certificate(), s.key, utc(2026, 5, 20)).ok());
}

TEST(CryptoCms, SignsFromSeveralThreads)
{
    // The demo signs in worker threads with shared certificates and keys.
    const Signer s = makeSigner(PrivateKey::generateEc());
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const QByteArray content = kRecord + QByteArray::number(t * 1000 + i);
                auto cms = signDetached(content, s.cert, s.key, utc(2026, 5, 20));
                if (cms.ok() && verifyDetached(cms.value(), content).valid)
                    ++good;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(good.load(), 200);
}

TEST(CryptoPasswordHash, VerifiesRightAndWrongPasswords)
{
    const QString stored = PasswordHash::hash(QStringLiteral("Mật khẩu đúng 2026!"));
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_TRUE(stored.startsWith(QStringLiteral("$argon2id$"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("m=19456,t=2,p=1"))) << stored.toStdString();
    EXPECT_TRUE(PasswordHash::verify(stored, QStringLiteral("Mật khẩu đúng 2026!")));
    EXPECT_FALSE(PasswordHash::verify(stored, QStringLiteral("Mat khau dung 2026!")));
    EXPECT_FALSE(PasswordHash::verify(stored, QString()));
    EXPECT_FALSE(PasswordHash::verify(QString(), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHash::needsRehash(stored));
    EXPECT_TRUE(PasswordHash::needsRehash(QStringLiteral("plain text")));
    EXPECT_TRUE(PasswordHash::needsRehash(QString()));
    // Salted: the same password hashes differently each time.
    EXPECT_NE(PasswordHash::hash(QStringLiteral("same")), PasswordHash::hash(QStringLiteral("same")));
}

TEST(CryptoPasswordHash, Sha256Helper)
{
    EXPECT_EQ(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(sha256(QByteArray()).size(), 32);
}
