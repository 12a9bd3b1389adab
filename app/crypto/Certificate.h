#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hocbaso::crypto {

namespace detail {
class CertificateAccess;
}

// The X.509 keyUsage bits (RFC 5280 4.2.1.3).
enum class KeyUsageFlag : unsigned
{
    DigitalSignature = 0x001,
    NonRepudiation = 0x002, // also called contentCommitment
    KeyEncipherment = 0x004,
    DataEncipherment = 0x008,
    KeyAgreement = 0x010,
    KeyCertSign = 0x020,
    CrlSign = 0x040,
    EncipherOnly = 0x080,
    DecipherOnly = 0x100,
};
Q_DECLARE_FLAGS(KeyUsage, KeyUsageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsage)

// The RFC 5280 names ("digitalSignature", "nonRepudiation", "keyCertSign", "cRLSign"...), in bit
// order.
QStringList keyUsageNames(KeyUsage usage);
// The same in words a person reads ("digital signature", "non-repudiation"), translated: what the
// screens say, the RFC names staying in the technical details.
QStringList keyUsageLabels(KeyUsage usage);

// One X.509 certificate. A value: copies share the parsed form, which never changes, so a
// Certificate may be read from several threads at once. A default-constructed one is null.
class Certificate
{
public:
    // Files we accept are small; anything larger is the wrong file (or an attack).
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    Certificate();

    // One DER-encoded certificate (as kept in the store).
    static Result<Certificate> fromDer(const QByteArray& der);
    // What a user may hand us: PEM with one or more CERTIFICATE (or TRUSTED CERTIFICATE) blocks,
    // a DER certificate (or several, concatenated), a PKCS#7 bundle (.p7b/.p7c) in DER or PEM,
    // or base64 without armour. Private keys and PKCS#12 files are refused with a warning.
    static Result<QList<Certificate>> fromBytes(const QByteArray& bytes);
    static Result<QList<Certificate>> fromFile(const QString& path);

    // In a file that carries a chain, the certificate that issued none of the others (the end
    // entity); -1 for an empty list.
    static qsizetype findLeaf(const QList<Certificate>& certificates);

    bool isNull() const { return !m_d; }

    QByteArray der() const;
    QByteArray toPem() const;
    // Lower-case hex of SHA-256 over the DER, no separators.
    QString sha256Hex() const;
    // Lower-case hex, no leading zeros, "0" for zero.
    QString serialHex() const;

    // One line, "CN=..., O=..., C=VN", in UTF-8 (Vietnamese letters intact), most specific first.
    QString subject() const;
    QString issuer() const;
    // Values of one attribute: a short name ("CN", "O", "OU", "L", "ST", "C", "UID",
    // "serialNumber", "emailAddress"), a long name ("userId") or a dotted OID. The first value,
    // or empty; the plural form returns all of them (a name may hold several OU, for example).
    QString subjectField(const QString& shortName) const;
    QStringList subjectFields(const QString& shortName) const;
    QString issuerField(const QString& shortName) const;
    QStringList issuerFields(const QString& shortName) const;
    // The DER of the subject and issuer names, for exact matching (CRL issuers, stores).
    QByteArray subjectNameDer() const;
    QByteArray issuerNameDer() const;

    // UTC.
    QDateTime notBefore() const;
    QDateTime notAfter() const;

    // "RSA", "RSA-PSS", "EC", "Ed25519", "Ed448", "DSA"...
    QString keyAlgorithm() const;
    int keyBits() const;
    // NIST name where there is one ("P-256"), else OpenSSL's short name; empty for non-EC keys.
    QString curveName() const;
    // "RSA 2048", "EC P-256", "Ed25519".
    QString keyDescription() const;
    // DER SubjectPublicKeyInfo, to match a certificate with a private key.
    QByteArray publicKeyDer() const;

    bool hasKeyUsageExtension() const;
    // Empty when the extension is absent (see hasKeyUsageExtension).
    KeyUsage keyUsage() const;
    // Short names where OpenSSL knows them ("clientAuth", "emailProtection"), else dotted OIDs.
    QStringList extendedKeyUsage() const;
    // Dotted OIDs of the certificate policies.
    QStringList policies() const;

    // basicConstraints cA = TRUE.
    bool isCa() const;
    // basicConstraints pathLenConstraint, -1 when absent.
    int pathLength() const;
    // Subject and issuer names are equal (a root, or a re-keyed CA).
    bool isSelfIssued() const;
    // Self-issued and its signature verifies with its own key.
    bool isSelfSigned() const;
    // Lower-case hex of the key identifiers, empty when absent.
    QString subjectKeyId() const;
    QString authorityKeyId() const;

    // Where revocation news about this certificate is published, as the certificate writes it (no
    // scheme is dropped: http, https, ldap...; the fetcher decides what it can follow), in
    // certificate order. Distribution points named otherwise than by a URI are left out.
    QStringList crlDistributionPoints() const;
    // Authority Information Access: the OCSP responders, and where the issuer's certificate is.
    QStringList ocspUrls() const;
    QStringList caIssuersUrls() const;

    // Same DER.
    bool operator==(const Certificate& other) const;
    bool operator!=(const Certificate& other) const { return !(*this == other); }

private:
    friend class detail::CertificateAccess;
    struct Data;
    std::shared_ptr<const Data> m_d;
};

} // namespace hocbaso::crypto
