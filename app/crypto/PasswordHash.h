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

// A person's password for their PostgreSQL login role in the central store, as the SCRAM-SHA-256
// verifier the server keeps ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey", RFC 5802/7677, as
// libpq's PQencryptPasswordConn makes it). The program sends the verifier, never the password, so
// the clear password reaches neither the server nor its logs. Empty when randomness fails.
class ScramVerifier
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL's scram_iterations default
    static QString make(const QString& password, int iterations = kIterations);
    // For tests: the same with a given salt.
    static QString makeWithSalt(const QString& password, const QByteArray& salt, int iterations = kIterations);
    // SASLprep as PostgreSQL applies it before hashing (RFC 4013, simplified to what passwords meet:
    // NFKC, non-ASCII spaces to U+0020, characters "mapped to nothing" dropped; a password with
    // control characters is used as it is, as PostgreSQL does when SASLprep refuses it).
    static QByteArray prepare(const QString& password);
};

// SHA-256 of the bytes (32 raw bytes), and the same as lower-case hex.
QByteArray sha256(const QByteArray& data);
QString sha256Hex(const QByteArray& data);

} // namespace hocbaso::crypto
