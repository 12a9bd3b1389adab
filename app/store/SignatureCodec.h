#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace hocbaso::store {

// How the SQLite store keeps a signature's CMS: compressed with zstd, with the signer's certificate
// (certificates.der of the signature's certificate_id) as the frame's prefix. Each CMS carries its
// signer's certificate (640 of its ~1,000 bytes), which the store already holds once per signer;
// with it as the prefix, zstd writes that part as one back-reference and the CMS shrinks to about a
// quarter (README, issue 22), the largest share of a province's offline copy.
//
// A stored CMS is either the CMS itself (DER: its first byte is 0x30, a SEQUENCE), written by
// earlier versions or when there is no certificate to pack it with, or the packed form, whose first
// byte is kFormatZstdCertificate. What is verified is always the CMS itself, byte for byte: nothing
// outside the store layer sees the packed form. PostgreSQL keeps the CMS as it is.
class SignatureCodec
{
public:
    static constexpr char kFormatZstdCertificate = 0x02;

    // The packed form, or the CMS itself when there is no certificate or packing gains nothing.
    static QByteArray pack(QByteArrayView cms, QByteArrayView certificateDer);
    static bool isPacked(QByteArrayView stored);
    // The CMS from what the column holds and the certificate it was packed with; nullopt when a
    // packed value is damaged or was packed with another certificate (its checksum fails).
    static std::optional<QByteArray> unpack(QByteArrayView stored, QByteArrayView certificateDer);
    // For readers that fill a Signature: a damaged value reads as empty (and is logged), which no
    // verification accepts.
    static QByteArray cmsOf(QByteArrayView stored, QByteArrayView certificateDer);
};

} // namespace hocbaso::store
