#include "PasswordHash.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <sodium.h>

namespace hocbaso::crypto {

namespace {

bool sodiumReady()
{
    // sodium_init is thread-safe and idempotent; a static keeps it to one call.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The UTF-8 copy of a password is wiped when it goes out of scope.
class SecretUtf8
{
public:
    explicit SecretUtf8(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretUtf8()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    }
    SecretUtf8(const SecretUtf8&) = delete;
    SecretUtf8& operator=(const SecretUtf8&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

QString PasswordHash::hash(const QString& password)
{
    if (!sodiumReady())
        return {};
    const SecretUtf8 secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), kOpsLimit, kMemLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& stored, const QString& password)
{
    if (!sodiumReady() || stored.isEmpty())
        return false;
    const QByteArray hashText = stored.toLatin1();
    if (hashText.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    // libsodium reads a fixed-size buffer: give it one, NUL-padded.
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(hashText.cbegin(), hashText.cend(), buffer);
    const SecretUtf8 secret(password);
    return crypto_pwhash_str_verify(buffer, secret.data(), secret.size()) == 0;
}

bool PasswordHash::needsRehash(const QString& stored)
{
    if (!sodiumReady())
        return true;
    const QByteArray hashText = stored.toLatin1();
    if (hashText.isEmpty() || hashText.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return true;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(hashText.cbegin(), hashText.cend(), buffer);
    // 0 = current parameters; 1 = other parameters; -1 = not an Argon2id string.
    return crypto_pwhash_str_needs_rehash(buffer, kOpsLimit, kMemLimitBytes) != 0;
}

QByteArray sha256(const QByteArray& data)
{
    // OpenSSL's digest uses the CPU's SHA extensions; Qt 6.4's own SHA-256 is several times slower,
    // which shows when hashing a million record contents.
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), md, &len, EVP_sha256(), nullptr) != 1)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return QByteArray(reinterpret_cast<const char*>(md), int(len));
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

} // namespace hocbaso::crypto
