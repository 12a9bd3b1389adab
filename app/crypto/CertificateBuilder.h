#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hocbaso::crypto {

// Issues certificates for the test PKI (tests, the demo generator): roots, intermediates, school
// seals and signers. Always signs with SHA-256 (Ed25519 keys sign without a separate digest) and
// adds subjectKeyIdentifier, authorityKeyIdentifier and a critical basicConstraints.
class CertificateBuilder
{
public:
    using Field = QPair<QString, QString>;

    // Subject attributes in reading order, most specific first, as subject() prints them:
    // {{"CN", "Trường Tiểu học Kim Liên"}, {"O", "..."}, {"L", "..."}, {"ST", "..."}, {"C", "VN"},
    // {"UID", "MST:0101234567"}}. Names are OpenSSL short or long names or dotted OIDs; values
    // are UTF-8 text.
    CertificateBuilder& setSubject(const QList<Field>& fields);
    CertificateBuilder& addSubjectField(const QString& shortName, const QString& value);
    // Positive; without a call, a random 127-bit serial.
    CertificateBuilder& setSerial(qint64 serial);
    CertificateBuilder& setRandomSerial();
    CertificateBuilder& setValidity(const QDateTime& notBefore, const QDateTime& notAfter);
    // pathLength -1 = no limit; ignored for end entities.
    CertificateBuilder& setCa(bool isCa, int pathLength = -1);
    // Marked critical. Without a call the certificate has no keyUsage extension.
    CertificateBuilder& setKeyUsage(KeyUsage usage);
    // Names ("clientAuth", "emailProtection", "codeSigning") or dotted OIDs.
    CertificateBuilder& setExtendedKeyUsage(const QStringList& purposes);
    // Dotted OIDs.
    CertificateBuilder& setPolicies(const QStringList& oids);
    // Only the public half is used. A self-signed certificate may leave it out (the issuer key
    // is then the subject key).
    CertificateBuilder& setPublicKey(const PrivateKey& subjectKey);

    // issuerCert null = self-signed (issuer name = subject name).
    Result<Certificate> sign(const PrivateKey& issuerKey, const Certificate* issuerCert = nullptr) const;

private:
    QList<Field> m_subject;
    qint64 m_serial = 0;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    bool m_isCa = false;
    int m_pathLength = -1;
    bool m_hasKeyUsage = false;
    KeyUsage m_keyUsage;
    QStringList m_extendedKeyUsage;
    QStringList m_policies;
    PrivateKey m_subjectKey;
};

// Issues CRLs for the test PKI: v2, SHA-256, with authorityKeyIdentifier and a CRL number.
class CrlBuilder
{
public:
    CrlBuilder& setIssuer(const Certificate& issuerCert, const PrivateKey& issuerKey);
    CrlBuilder& setThisUpdate(const QDateTime& at);
    CrlBuilder& setNextUpdate(const QDateTime& at);
    CrlBuilder& setCrlNumber(qint64 number);
    CrlBuilder& addRevoked(const Certificate& certificate, const QDateTime& revokedAt);
    // Lower-case or upper-case hex, colons allowed.
    CrlBuilder& addRevokedSerial(const QString& serialHex, const QDateTime& revokedAt);

    // DER.
    Result<QByteArray> build() const;

private:
    struct Entry
    {
        QString serialHex;
        QDateTime revokedAt;
    };
    Certificate m_issuerCert;
    PrivateKey m_issuerKey;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    qint64 m_crlNumber = 1;
    QList<Entry> m_entries;
};

} // namespace hocbaso::crypto
