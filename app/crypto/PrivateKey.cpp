#include "PrivateKey.h"

#include "Certificate.h"
#include "Support.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in OpenSslSupport.cpp and Certificate.cpp (no OpenSSL type may appear in a header).
QByteArray memoryBioBytes(BIO* bio);
X509* certificateX509(const Certificate& certificate);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}

using detail::Handle;
using EvpPkeyPtr = Handle<EVP_PKEY, EVP_PKEY_free>;
using BioPtr = Handle<BIO, BIO_free>;

// Refuses to ask for a pass phrase: without it OpenSSL would prompt on the terminal.
int noPassphrase(char*, int, int, void*)
{
    return -1;
}

} // namespace

struct PrivateKey::Data
{
    EvpPkeyPtr key;
};

namespace detail {

class PrivateKeyAccess
{
public:
    static PrivateKey adopt(EVP_PKEY* key)
    {
        if (!key)
            return {};
        auto data = std::make_shared<PrivateKey::Data>();
        data->key.reset(key);
        PrivateKey out;
        out.m_d = std::move(data);
        return out;
    }
    static EVP_PKEY* key(const PrivateKey& key) { return key.m_d ? key.m_d->key.get() : nullptr; }
};

// For the other crypto sources, which declare it themselves (no OpenSSL type in headers).
EVP_PKEY* privateKeyEvp(const PrivateKey& key)
{
    return PrivateKeyAccess::key(key);
}

} // namespace detail

PrivateKey::PrivateKey() = default;

PrivateKey PrivateKey::generateRsa(int bits)
{
    detail::ErrorQueueGuard guard;
    return detail::PrivateKeyAccess::adopt(EVP_RSA_gen(static_cast<unsigned int>(bits)));
}

PrivateKey PrivateKey::generateEc()
{
    detail::ErrorQueueGuard guard;
    return detail::PrivateKeyAccess::adopt(EVP_EC_gen("P-256"));
}

PrivateKey PrivateKey::generateEd25519()
{
    detail::ErrorQueueGuard guard;
    return detail::PrivateKeyAccess::adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem)
{
    detail::ErrorQueueGuard guard;
    if (pem.contains("ENCRYPTED"))
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::PrivateKey",
                                                          "The private key is encrypted; only unencrypted test keys "
                                                          "can be loaded."));
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return Error::internal(detail::openSslErrorText());
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
    if (!key)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::PrivateKey", "The text is not a PEM private key."));
    return detail::PrivateKeyAccess::adopt(key);
}

QByteArray PrivateKey::toPem() const
{
    if (!m_d)
        return {};
    detail::ErrorQueueGuard guard;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_d->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return detail::memoryBioBytes(bio.get());
}

QString PrivateKey::algorithm() const
{
    if (!m_d)
        return {};
    switch (EVP_PKEY_get_base_id(m_d->key.get())) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    default:
        break;
    }
    const char* name = EVP_PKEY_get0_type_name(m_d->key.get());
    return name ? QString::fromLatin1(name) : QString();
}

int PrivateKey::bits() const
{
    return m_d ? EVP_PKEY_get_bits(m_d->key.get()) : 0;
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_d)
        return {};
    unsigned char* out = nullptr;
    const int length = i2d_PUBKEY(m_d->key.get(), &out);
    if (length <= 0)
        return {};
    Handle<unsigned char, freeBytes> owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

bool PrivateKey::matches(const Certificate& certificate) const
{
    X509* x509 = detail::certificateX509(certificate);
    if (!m_d || !x509)
        return false;
    detail::ErrorQueueGuard guard;
    // Compares the keys themselves: encoding this key to DER costs far more in OpenSSL 3.
    const EVP_PKEY* certificateKey = X509_get0_pubkey(x509);
    return certificateKey && EVP_PKEY_eq(certificateKey, m_d->key.get()) == 1;
}

} // namespace hocbaso::crypto
