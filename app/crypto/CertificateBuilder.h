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
    // Where relying parties find revocation news: one distribution point per URI (cRLDistributionPoints),
    // and Authority Information Access entries for OCSP responders and the issuer's certificate.
    CertificateBuilder& setCrlDistributionPoints(const QStringList& uris);
    CertificateBuilder& setOcspUrls(const QStringList& uris);
    CertificateBuilder& setCaIssuersUrls(const QStringList& uris);
    // id-pkix-ocsp-nocheck (RFC 6960 4.2.2.2.1): clients need not check a delegated responder's own
    // revocation.
    CertificateBuilder& setOcspNoCheck(bool noCheck);
    // policyConstraints (critical): skip counts, -1 = that field absent; both -1 = no extension.
    CertificateBuilder& setPolicyConstraints(int requireExplicitPolicy, int inhibitPolicyMapping = -1);
    // inhibitAnyPolicy (critical); -1 = no extension.
    CertificateBuilder& setInhibitAnyPolicy(int skipCerts);

    // A delegated OCSP responder (RFC 6960 4.2.2.2): digitalSignature, the id-kp-OCSPSigning purpose
    // and, when asked, id-pkix-ocsp-nocheck. The caller sets the validity and key and signs it
    // with the CA's key, since a delegated responder must be issued by the CA itself.
    static CertificateBuilder ocspResponder(const QString& commonName, bool noCheck = true);

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
    QStringList m_crlDistributionPoints;
    QStringList m_ocspUrls;
    QStringList m_caIssuersUrls;
    bool m_ocspNoCheck = false;
    int m_requireExplicitPolicy = -1;
    int m_inhibitPolicyMapping = -1;
    int m_inhibitAnyPolicy = -1;
};

// Issues CRLs for the test PKI: v2, SHA-256, with authorityKeyIdentifier and a CRL number.
class CrlBuilder
{
public:
    CrlBuilder& setIssuer(const Certificate& issuerCert, const PrivateKey& issuerKey);
    CrlBuilder& setThisUpdate(const QDateTime& at);
    CrlBuilder& setNextUpdate(const QDateTime& at);
    CrlBuilder& setCrlNumber(qint64 number);
    // reason: an RFC 5280 name ("keyCompromise", "cACompromise", "removeFromCRL"...); empty = no
    // reason code on the entry.
    CrlBuilder& addRevoked(const Certificate& certificate, const QDateTime& revokedAt, const QString& reason = {});
    // Lower-case or upper-case hex, colons allowed.
    CrlBuilder& addRevokedSerial(const QString& serialHex, const QDateTime& revokedAt, const QString& reason = {});

    // The options below make the CRLs the path validation tests need; a real CA uses few of them.
    // Signs with this key instead of the issuer's, keeping the issuer's name and key identifier: a
    // forgery that only a signature check can tell apart.
    CrlBuilder& setForgedSigningKey(const PrivateKey& key);
    // A delta CRL (critical deltaCRLIndicator) on top of the full CRL with this number; its own
    // number (setCrlNumber) must be higher.
    CrlBuilder& setDeltaOf(qint64 baseCrlNumber);
    // freshestCRL: where the delta CRLs of this full CRL are (OpenSSL only looks for deltas of a
    // full CRL that announces them).
    CrlBuilder& setFreshestCrl(const QStringList& uris);
    // issuingDistributionPoint (critical): the CRL speaks only for certificates that name one of
    // these URIs as distribution point (no URI = any), and only for end entities or only for CAs
    // when asked.
    enum class Scope
    {
        AllCertificates,
        OnlyEndEntities,
        OnlyCas
    };
    CrlBuilder& setIssuingDistributionPoint(const QStringList& uris, Scope scope = Scope::AllCertificates);
    // An extension of any OID with the given DER value (an unknown critical extension makes the CRL
    // unusable to a conforming reader).
    CrlBuilder& addExtension(const QString& oid, const QByteArray& derValue, bool critical);

    // DER.
    Result<QByteArray> build() const;

private:
    struct Entry
    {
        QString serialHex;
        QDateTime revokedAt;
        QString reason;
    };
    struct RawExtension
    {
        QString oid;
        QByteArray der;
        bool critical = false;
    };
    Certificate m_issuerCert;
    PrivateKey m_issuerKey;
    PrivateKey m_forgedKey;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    qint64 m_crlNumber = 1;
    qint64 m_deltaOf = -1;
    QStringList m_freshest;
    bool m_hasIdp = false;
    QStringList m_idpUris;
    Scope m_idpScope = Scope::AllCertificates;
    QList<RawExtension> m_extensions;
    QList<Entry> m_entries;
};

// OCSP responses (RFC 6960) for the test PKI: one BasicOCSPResponse signed by the CA or a
// delegated responder, with SHA-1 CertIDs. producedAt is the real current time (OpenSSL sets it
// while signing); thisUpdate and nextUpdate are what the test says.
class OcspResponseBuilder
{
public:
    enum class CertStatus
    {
        Good,
        Revoked,
        Unknown
    };

    // The CA whose certificates the answers are about (it names them in the CertIDs).
    OcspResponseBuilder& setIssuer(const Certificate& issuerCert);
    // Who signs: the CA itself, a delegated responder or, in tests, anybody.
    OcspResponseBuilder& setSigner(const Certificate& signerCert, const PrivateKey& signerKey);
    // reason: an RFC 5280 name, empty = none given.
    OcspResponseBuilder& addStatus(const Certificate& certificate, CertStatus status, const QDateTime& revokedAt = {},
                                   const QString& reason = {});
    OcspResponseBuilder& setThisUpdate(const QDateTime& at);
    // Invalid = no nextUpdate in the answers.
    OcspResponseBuilder& setNextUpdate(const QDateTime& at);
    // The value of the request's nonce extension, echoed as is (see OcspRequest::nonce).
    OcspResponseBuilder& setNonce(const QByteArray& extensionValue);
    // An unsuccessful OCSPResponseStatus (1 malformedRequest, 2 internalError, 3 tryLater,
    // 5 sigRequired, 6 unauthorized): a response with no body.
    OcspResponseBuilder& setResponseStatus(int status);

    // DER OCSPResponse.
    Result<QByteArray> build() const;

private:
    struct Answer
    {
        Certificate certificate;
        CertStatus status = CertStatus::Good;
        QDateTime revokedAt;
        QString reason;
    };
    Certificate m_issuer;
    Certificate m_signer;
    PrivateKey m_signerKey;
    QList<Answer> m_answers;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    QByteArray m_nonce;
    int m_responseStatus = 0;
};

// The index file of `openssl ca`, which `openssl ocsp -index` reads to answer as a responder
// (the loopback responder of the network tests): one line per certificate, valid or revoked.
class OpenSslCaIndex
{
public:
    OpenSslCaIndex& addValid(const Certificate& certificate);
    // reason: an RFC 5280 name, empty = none given.
    OpenSslCaIndex& addRevoked(const Certificate& certificate, const QDateTime& revokedAt, const QString& reason = {});
    QByteArray text() const;

private:
    QByteArray m_text;
};

// PEM text of a DER CRL ("X509 CRL" armour).
QByteArray crlDerToPem(const QByteArray& der);

// Writes test PKI material (certificates, keys, CRLs, index files) readable by the owner only,
// since a private key may be among them.
Status writeTestPkiFile(const QString& path, const QByteArray& bytes);

} // namespace hocbaso::crypto
