// libFuzzer target: everything a user can hand the certificate and CRL parsers. The first byte
// picks the entry point so that one corpus exercises all of them; the rest is the input.

#include "crypto/Certificate.h"
#include "crypto/Cms.h"
#include "crypto/Crl.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

// Touches every accessor, so that a parsed-but-odd certificate is also read in full.
void readAll(const hocbaso::crypto::Certificate& c)
{
    (void)c.sha256Hex();
    (void)c.serialHex();
    (void)c.subject();
    (void)c.issuer();
    (void)c.subjectFields(QStringLiteral("CN"));
    (void)c.issuerField(QStringLiteral("UID"));
    (void)c.notBefore();
    (void)c.notAfter();
    (void)c.keyDescription();
    (void)c.keyUsage();
    (void)c.extendedKeyUsage();
    (void)c.policies();
    (void)c.isCa();
    (void)c.pathLength();
    (void)c.isSelfSigned();
    (void)c.subjectKeyId();
    (void)c.authorityKeyId();
    (void)c.toPem();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        const auto certificates = hocbaso::crypto::Certificate::fromBytes(input);
        if (certificates.ok()) {
            for (const auto& c : certificates.value())
                readAll(c);
            (void)hocbaso::crypto::Certificate::findLeaf(certificates.value());
        }
        break;
    }
    case 1: {
        const auto certificate = hocbaso::crypto::Certificate::fromDer(input);
        if (certificate.ok())
            readAll(certificate.value());
        break;
    }
    case 2: {
        const auto crl = hocbaso::crypto::Crl::fromBytes(input);
        if (crl.ok()) {
            (void)crl->issuer();
            (void)crl->thisUpdate();
            (void)crl->nextUpdate();
            (void)crl->crlNumber();
            (void)crl->revoked();
        }
        break;
    }
    default: {
        (void)hocbaso::crypto::verifyDetached(input, QByteArray("content"));
        break;
    }
    }
    return 0;
}
