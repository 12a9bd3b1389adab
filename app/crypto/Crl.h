#pragma once

#include "Certificate.h"
#include "Chain.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace hocbaso::crypto {

namespace detail {
class CrlAccess;
}

struct RevokedEntry
{
    QString serialHex;   // lower-case hex, no leading zeros
    QDateTime revokedAt; // UTC
    QString reason;      // RFC 5280 name ("keyCompromise"...), empty when the CRL gives none
};

// A certificate revocation list. A value: copies share the parsed form.
class Crl
{
public:
    // CRLs of large CAs run to megabytes; this still bounds what a file can make us parse.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    Crl();

    // PEM ("X509 CRL") or DER.
    static Result<Crl> fromBytes(const QByteArray& bytes);
    static Result<Crl> fromFile(const QString& path);

    bool isNull() const { return !m_d; }
    QByteArray der() const;
    QString sha256Hex() const;

    // One line, as Certificate::subject().
    QString issuer() const;
    QByteArray issuerNameDer() const;
    QDateTime thisUpdate() const;
    // Invalid when the CRL gives none.
    QDateTime nextUpdate() const;
    // -1 when absent.
    qint64 crlNumber() const;
    QList<RevokedEntry> revoked() const;
    qsizetype revokedCount() const;

    // Issued under the same name as the certificate's issuer, so it speaks about it.
    bool covers(const Certificate& certificate) const;
    // Covers it and lists its serial.
    bool isRevoked(const Certificate& certificate) const;
    std::optional<RevokedEntry> revocationOf(const Certificate& certificate) const;

    // Finds the issuer among the trust store (by name and, where present, key identifier) and
    // checks the CRL's signature with its key.
    Status verifySignature(const QList<TrustAnchor>& anchors) const;

private:
    friend class detail::CrlAccess;
    struct Data;
    std::shared_ptr<const Data> m_d;
};

} // namespace hocbaso::crypto
