#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace hocbaso::crypto {

// Officers' passwords: Argon2id through libsodium, at OWASP's minimum (19 MiB, 2 passes), stored
// as the self-describing "$argon2id$v=19$m=19456,t=2,p=1$..." string.
class PasswordHash
{
public:
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr std::size_t kMemLimitBytes = 19u * 1024u * 1024u;

    // Empty only when libsodium cannot work (out of memory); never store an empty hash.
    static QString hash(const QString& password);
    static bool verify(const QString& stored, const QString& password);
    // True when `stored` was made with other parameters (or is not ours): hash again after the
    // next successful sign-in.
    static bool needsRehash(const QString& stored);
};

// SHA-256 of the bytes (32 raw bytes), and the same as lower-case hex.
QByteArray sha256(const QByteArray& data);
QString sha256Hex(const QByteArray& data);

} // namespace hocbaso::crypto
