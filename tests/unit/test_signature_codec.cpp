// The SQLite store's packed signatures (issue 22): a CMS packed with its signer's certificate comes
// back byte for byte (and still verifies), takes a fraction of its bytes, is refused when damaged or
// read with another certificate, and a CMS stored as it is (older stores, no certificate) reads as it
// is. (That the store and the offline copy write them packed: test_repositories.cpp,
// test_offline_copy.cpp.)

#include "crypto/CertificateBuilder.h"
#include "crypto/Cms.h"
#include "store/SignatureCodec.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using store::SignatureCodec;

namespace {

struct Signed
{
    crypto::Certificate cert;
    QByteArray cms;
};

const QByteArray kRecord =
    QStringLiteral("{\"hoTen\":\"Nguyễn Thị Hương\",\"lop\":\"5A1\",\"ketQua\":\"HTT\"}").toUtf8();

Signed sign(const QString& name, crypto::PrivateKey key)
{
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC), to(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    Signed s;
    s.cert =
        crypto::CertificateBuilder()
            .setSubject({{"CN", name}, {"O", QStringLiteral("Trường Tiểu học Kim Liên")}, {"C", QStringLiteral("VN")}})
            .setValidity(from, to)
            .setKeyUsage(crypto::KeyUsageFlag::DigitalSignature | crypto::KeyUsageFlag::NonRepudiation)
            .sign(key)
            .value();
    s.cms = crypto::signDetached(kRecord, s.cert, key, QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC)).value();
    return s;
}

} // namespace

TEST(SignatureCodec, ACmsComesBackByteForByteAndStillVerifies)
{
    for (auto key : {crypto::PrivateKey::generateEc(), crypto::PrivateKey::generateRsa(2048)}) {
        const Signed s = sign(QStringLiteral("Vũ Thị Lan"), std::move(key));
        const QByteArray packed = SignatureCodec::pack(s.cms, s.cert.der());
        ASSERT_TRUE(SignatureCodec::isPacked(packed));
        const auto back = SignatureCodec::unpack(packed, s.cert.der());
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, s.cms);
        const crypto::CmsVerification v = crypto::verifyDetached(*back, kRecord);
        EXPECT_TRUE(v.valid) << v.reason.toStdString();
        // Most of a CMS is its signer's certificate, which the store holds once.
        EXPECT_LT(packed.size() * 2, s.cms.size()) << packed.size() << " of " << s.cms.size();
    }
}

TEST(SignatureCodec, AnotherCertificateOrDamageIsRefusedNotMisread)
{
    const Signed s = sign(QStringLiteral("Vũ Thị Lan"), crypto::PrivateKey::generateEc());
    const Signed other = sign(QStringLiteral("Trần Văn Bình"), crypto::PrivateKey::generateEc());
    const QByteArray packed = SignatureCodec::pack(s.cms, s.cert.der());
    EXPECT_FALSE(SignatureCodec::unpack(packed, other.cert.der()).has_value());
    EXPECT_FALSE(SignatureCodec::unpack(packed, QByteArray()).has_value());
    EXPECT_FALSE(SignatureCodec::unpack(packed.left(packed.size() - 1), s.cert.der()).has_value());
    EXPECT_FALSE(SignatureCodec::unpack(packed + QByteArray(1, '\0'), s.cert.der()).has_value());
    QByteArray flipped = packed;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
    EXPECT_FALSE(SignatureCodec::unpack(flipped, s.cert.der()).has_value());
    // A reader gets an empty CMS, which no verification accepts.
    EXPECT_TRUE(SignatureCodec::cmsOf(flipped, s.cert.der()).isEmpty());
    EXPECT_FALSE(crypto::verifyDetached(SignatureCodec::cmsOf(flipped, s.cert.der()), kRecord).valid);
}

TEST(SignatureCodec, ACmsStoredAsItIsReadsAsItIs)
{
    const Signed s = sign(QStringLiteral("Vũ Thị Lan"), crypto::PrivateKey::generateEc());
    // Without a certificate nothing is packed; a CMS from before packing (DER) reads as it is, with
    // or without the certificate.
    EXPECT_EQ(SignatureCodec::pack(s.cms, QByteArray()), s.cms);
    EXPECT_FALSE(SignatureCodec::isPacked(s.cms));
    EXPECT_EQ(SignatureCodec::unpack(s.cms, QByteArray()), std::optional<QByteArray>(s.cms));
    EXPECT_EQ(SignatureCodec::unpack(s.cms, s.cert.der()), std::optional<QByteArray>(s.cms));
    // Bytes that do not shrink stay as they are.
    const QByteArray small("0\x03\x02\x01\x00", 5);
    EXPECT_EQ(SignatureCodec::pack(small, s.cert.der()), small);
}
