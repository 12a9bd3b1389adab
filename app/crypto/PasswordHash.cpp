#include "PasswordHash.h"

#include <QCryptographicHash>

#include <cstring>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
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

QByteArray ScramVerifier::prepare(const QString& password)
{
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString mapped;
    mapped.reserve(password.size());
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        // RFC 3454 B.1: soft hyphen, joiners, variation selectors... are removed.
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || u == 0x200B || u == 0x200C ||
            u == 0x200D || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        // C.1.2: non-ASCII spaces become a space.
        if (u != 0x20 && c.category() == QChar::Separator_Space)
            mapped.append(QChar(0x20));
        else
            mapped.append(c);
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normalized) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_PrivateUse)
            return password.toUtf8(); // SASLprep refuses it; PostgreSQL then uses the raw bytes
    }
    return normalized.toUtf8();
}

QString ScramVerifier::makeWithSalt(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray prepared = prepare(password);
    unsigned char salted[32];
    const bool ok = PKCS5_PBKDF2_HMAC(prepared.constData(), int(prepared.size()),
                                      reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                                      iterations, EVP_sha256(), sizeof salted, salted) == 1;
    sodium_memzero(prepared.data(), std::size_t(prepared.size()));
    if (!ok)
        return {};
    auto hmac = [&](const char* text) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        HMAC(EVP_sha256(), salted, int(sizeof salted), reinterpret_cast<const unsigned char*>(text), std::strlen(text),
             md, &len);
        return QByteArray(reinterpret_cast<const char*>(md), int(len));
    };
    const QByteArray clientKey = hmac("Client Key");
    const QByteArray serverKey = hmac("Server Key");
    sodium_memzero(salted, sizeof salted);
    const QByteArray storedKey = sha256(clientKey);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString ScramVerifier::make(const QString& password, int iterations)
{
    QByteArray salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size())) != 1)
        return {};
    return makeWithSalt(password, salt, iterations);
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
