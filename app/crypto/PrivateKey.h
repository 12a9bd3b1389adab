#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hocbaso::crypto {

class Certificate;

namespace detail {
class PrivateKeyAccess;
}

// A private key (with its public half). For the test PKI and demo data; real signing keys live on
// the schools' USB tokens and never reach this program. A value: copies share the key.
class PrivateKey
{
public:
    PrivateKey();

    // Null when generation fails (which only happens when OpenSSL itself is broken).
    static PrivateKey generateRsa(int bits = 2048);
    // P-256: what the demo uses for most keys, since generating one takes microseconds.
    static PrivateKey generateEc();
    static PrivateKey generateEd25519();

    // Unencrypted PKCS#8 ("BEGIN PRIVATE KEY"), or the older RSA/EC forms. An encrypted key is
    // refused (no pass phrase is ever asked for).
    static Result<PrivateKey> fromPem(const QByteArray& pem);
    // Unencrypted PKCS#8 PEM. The caller must keep it away from logs and files others can read.
    QByteArray toPem() const;

    bool isNull() const { return !m_d; }
    // "RSA", "EC", "Ed25519".
    QString algorithm() const;
    int bits() const;
    // DER SubjectPublicKeyInfo of the public half.
    QByteArray publicKeyDer() const;
    // The certificate carries this key's public half.
    bool matches(const Certificate& certificate) const;

private:
    friend class detail::PrivateKeyAccess;
    struct Data;
    std::shared_ptr<const Data> m_d;
};

} // namespace hocbaso::crypto
