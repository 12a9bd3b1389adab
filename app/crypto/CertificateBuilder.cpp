#include "CertificateBuilder.h"

#include "Support.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp, PrivateKey.cpp and OpenSslSupport.cpp (no OpenSSL type may appear
// in a header).
X509* certificateX509(const Certificate& certificate);
Certificate certificateFromX509(X509* borrowed);
EVP_PKEY* privateKeyEvp(const PrivateKey& key);
ASN1_TIME* newAsn1Time(const QDateTime& at);
ASN1_INTEGER* hexToInteger(const QString& hex);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}

using detail::Handle;
using X509Ptr = Handle<X509, X509_free>;
using CrlPtr = Handle<X509_CRL, X509_CRL_free>;
using RevokedPtr = Handle<X509_REVOKED, X509_REVOKED_free>;
using ExtensionPtr = Handle<X509_EXTENSION, X509_EXTENSION_free>;
using TimePtr = Handle<ASN1_TIME, ASN1_TIME_free>;
using IntegerPtr = Handle<ASN1_INTEGER, ASN1_INTEGER_free>;
using BignumPtr = Handle<BIGNUM, BN_free>;
using ObjectPtr = Handle<ASN1_OBJECT, ASN1_OBJECT_free>;
using PolicyInfoPtr = Handle<POLICYINFO, POLICYINFO_free>;
using PoliciesPtr = Handle<CERTIFICATEPOLICIES, CERTIFICATEPOLICIES_free>;

// EdDSA signs the message itself; every other key type signs a SHA-256 digest.
const EVP_MD* digestFor(EVP_PKEY* key)
{
    const int id = EVP_PKEY_get_base_id(key);
    return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 ? nullptr : EVP_sha256();
}

Error builderError(const QString& what)
{
    return Error::invalid(what);
}

} // namespace

CertificateBuilder& CertificateBuilder::setSubject(const QList<Field>& fields)
{
    m_subject = fields;
    return *this;
}

CertificateBuilder& CertificateBuilder::addSubjectField(const QString& shortName, const QString& value)
{
    m_subject.append({shortName, value});
    return *this;
}

CertificateBuilder& CertificateBuilder::setSerial(qint64 serial)
{
    m_serial = serial;
    return *this;
}

CertificateBuilder& CertificateBuilder::setRandomSerial()
{
    m_serial = 0;
    return *this;
}

CertificateBuilder& CertificateBuilder::setValidity(const QDateTime& notBefore, const QDateTime& notAfter)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
    return *this;
}

CertificateBuilder& CertificateBuilder::setCa(bool isCa, int pathLength)
{
    m_isCa = isCa;
    m_pathLength = pathLength;
    return *this;
}

CertificateBuilder& CertificateBuilder::setKeyUsage(KeyUsage usage)
{
    m_hasKeyUsage = true;
    m_keyUsage = usage;
    return *this;
}

CertificateBuilder& CertificateBuilder::setExtendedKeyUsage(const QStringList& purposes)
{
    m_extendedKeyUsage = purposes;
    return *this;
}

CertificateBuilder& CertificateBuilder::setPolicies(const QStringList& oids)
{
    m_policies = oids;
    return *this;
}

CertificateBuilder& CertificateBuilder::setPublicKey(const PrivateKey& subjectKey)
{
    m_subjectKey = subjectKey;
    return *this;
}

Result<Certificate> CertificateBuilder::sign(const PrivateKey& issuerKey, const Certificate* issuerCert) const
{
    detail::ErrorQueueGuard guard;
    if (issuerKey.isNull())
        return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                        "No issuer key was given to sign the certificate."));
    if (issuerCert && issuerCert->isNull())
        issuerCert = nullptr;
    if (issuerCert && !issuerKey.matches(*issuerCert))
        return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                        "The issuer key does not belong to the issuer certificate."));
    const PrivateKey subjectKey = m_subjectKey.isNull() && !issuerCert ? issuerKey : m_subjectKey;
    if (subjectKey.isNull())
        return builderError(
            QCoreApplication::translate("hocbaso::crypto::CertificateBuilder", "The certificate has no public key."));
    if (m_subject.isEmpty())
        return builderError(
            QCoreApplication::translate("hocbaso::crypto::CertificateBuilder", "The certificate has no subject."));
    if (!m_notBefore.isValid() || !m_notAfter.isValid() || m_notAfter <= m_notBefore)
        return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                        "The certificate needs a validity period that ends after "
                                                        "it starts."));

    X509Ptr x509(X509_new());
    if (!x509 || X509_set_version(x509.get(), X509_VERSION_3) != 1)
        return Error::internal(detail::openSslErrorText());

    if (m_serial > 0) {
        ASN1_INTEGER_set_int64(X509_get_serialNumber(x509.get()), m_serial);
    } else {
        // 127 random bits, positive and never zero (RFC 5280 allows up to 20 octets).
        unsigned char bytes[16];
        if (RAND_bytes(bytes, sizeof bytes) != 1)
            return Error::internal(detail::openSslErrorText());
        bytes[0] = (bytes[0] & 0x7f) | 0x40;
        BignumPtr number(BN_bin2bn(bytes, sizeof bytes, nullptr));
        if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x509.get())))
            return Error::internal(detail::openSslErrorText());
    }

    // DER order is the reverse of reading order (RFC 4514 prints the last RDN first).
    X509_NAME* subject = X509_get_subject_name(x509.get());
    for (auto it = m_subject.crbegin(); it != m_subject.crend(); ++it) {
        const QByteArray field = it->first.toUtf8();
        const QByteArray value = it->second.toUtf8();
        if (X509_NAME_add_entry_by_txt(subject, field.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.constData()), int(value.size()), -1,
                                       0) != 1)
            return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                            "The subject field %1=%2 is not valid.")
                                    .arg(it->first, it->second));
    }
    X509* issuerX509 = issuerCert ? detail::certificateX509(*issuerCert) : x509.get();
    if (X509_set_issuer_name(x509.get(), X509_get_subject_name(issuerX509)) != 1)
        return Error::internal(detail::openSslErrorText());

    TimePtr notBefore(detail::newAsn1Time(m_notBefore));
    TimePtr notAfter(detail::newAsn1Time(m_notAfter));
    if (!notBefore || !notAfter || X509_set1_notBefore(x509.get(), notBefore.get()) != 1 ||
        X509_set1_notAfter(x509.get(), notAfter.get()) != 1)
        return Error::internal(detail::openSslErrorText());
    if (X509_set_pubkey(x509.get(), detail::privateKeyEvp(subjectKey)) != 1)
        return Error::internal(detail::openSslErrorText());

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuerX509, x509.get(), nullptr, nullptr, 0);
    auto addExtension = [&](int nid, const QString& value) {
        const QByteArray text = value.toLatin1();
        ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, text.constData()));
        return extension && X509_add_ext(x509.get(), extension.get(), -1) == 1;
    };

    QString basic = m_isCa ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE");
    if (m_isCa && m_pathLength >= 0)
        basic += QStringLiteral(",pathlen:%1").arg(m_pathLength);
    // The subject key identifier goes first: for a self-signed certificate the authority key
    // identifier is copied from it.
    if (!addExtension(NID_basic_constraints, basic) ||
        !addExtension(NID_subject_key_identifier, QStringLiteral("hash")) ||
        !addExtension(NID_authority_key_identifier, QStringLiteral("keyid:always")))
        return Error::internal(detail::openSslErrorText());
    if (m_hasKeyUsage && m_keyUsage) {
        if (!addExtension(NID_key_usage,
                          QStringLiteral("critical,") + keyUsageNames(m_keyUsage).join(QLatin1Char(','))))
            return Error::internal(detail::openSslErrorText());
    }
    if (!m_extendedKeyUsage.isEmpty() && !addExtension(NID_ext_key_usage, m_extendedKeyUsage.join(QLatin1Char(','))))
        return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                        "The extended key usage %1 is not known.")
                                .arg(m_extendedKeyUsage.join(QStringLiteral(", "))));
    if (!m_policies.isEmpty()) {
        // Built by hand: OpenSSL's text form of this extension needs a configuration database.
        PoliciesPtr policies(sk_POLICYINFO_new_null());
        if (!policies)
            return Error::internal(detail::openSslErrorText());
        for (const QString& oid : m_policies) {
            ObjectPtr object(OBJ_txt2obj(oid.toLatin1().constData(), 1));
            if (!object)
                return builderError(QCoreApplication::translate("hocbaso::crypto::CertificateBuilder",
                                                                "The certificate policy %1 is not a valid OID.")
                                        .arg(oid));
            PolicyInfoPtr info(POLICYINFO_new());
            if (!info)
                return Error::internal(detail::openSslErrorText());
            ASN1_OBJECT_free(info->policyid);
            info->policyid = object.release();
            if (!sk_POLICYINFO_push(policies.get(), info.get()))
                return Error::internal(detail::openSslErrorText());
            info.release(); // now owned by the stack
        }
        if (X509_add1_ext_i2d(x509.get(), NID_certificate_policies, policies.get(), 0, X509V3_ADD_DEFAULT) != 1)
            return Error::internal(detail::openSslErrorText());
    }

    EVP_PKEY* signingKey = detail::privateKeyEvp(issuerKey);
    if (X509_sign(x509.get(), signingKey, digestFor(signingKey)) <= 0)
        return Error::internal(detail::openSslErrorText());
    Certificate certificate = detail::certificateFromX509(x509.get());
    if (certificate.isNull())
        return Error::internal(detail::openSslErrorText());
    return certificate;
}

// ---------------------------------------------------------------------------------------------

CrlBuilder& CrlBuilder::setIssuer(const Certificate& issuerCert, const PrivateKey& issuerKey)
{
    m_issuerCert = issuerCert;
    m_issuerKey = issuerKey;
    return *this;
}

CrlBuilder& CrlBuilder::setThisUpdate(const QDateTime& at)
{
    m_thisUpdate = at;
    return *this;
}

CrlBuilder& CrlBuilder::setNextUpdate(const QDateTime& at)
{
    m_nextUpdate = at;
    return *this;
}

CrlBuilder& CrlBuilder::setCrlNumber(qint64 number)
{
    m_crlNumber = number;
    return *this;
}

CrlBuilder& CrlBuilder::addRevoked(const Certificate& certificate, const QDateTime& revokedAt)
{
    m_entries.append({certificate.serialHex(), revokedAt});
    return *this;
}

CrlBuilder& CrlBuilder::addRevokedSerial(const QString& serialHex, const QDateTime& revokedAt)
{
    m_entries.append({serialHex, revokedAt});
    return *this;
}

Result<QByteArray> CrlBuilder::build() const
{
    detail::ErrorQueueGuard guard;
    if (m_issuerCert.isNull() || m_issuerKey.isNull())
        return builderError(QCoreApplication::translate("hocbaso::crypto::CrlBuilder",
                                                        "A CRL needs its issuer's certificate and key."));
    if (!m_issuerKey.matches(m_issuerCert))
        return builderError(QCoreApplication::translate("hocbaso::crypto::CrlBuilder",
                                                        "The issuer key does not belong to the issuer certificate."));
    if (!m_thisUpdate.isValid())
        return builderError(QCoreApplication::translate("hocbaso::crypto::CrlBuilder", "A CRL needs its date."));

    X509* issuer = detail::certificateX509(m_issuerCert);
    CrlPtr crl(X509_CRL_new());
    // 1 = v2, needed for extensions.
    if (!crl || X509_CRL_set_version(crl.get(), 1) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer)) != 1)
        return Error::internal(detail::openSslErrorText());
    TimePtr thisUpdate(detail::newAsn1Time(m_thisUpdate));
    if (!thisUpdate || X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) != 1)
        return Error::internal(detail::openSslErrorText());
    if (m_nextUpdate.isValid()) {
        TimePtr nextUpdate(detail::newAsn1Time(m_nextUpdate));
        if (!nextUpdate || X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    for (const Entry& entry : m_entries) {
        IntegerPtr serial(detail::hexToInteger(entry.serialHex));
        if (!serial)
            return builderError(
                QCoreApplication::translate("hocbaso::crypto::CrlBuilder", "The serial number %1 is not hexadecimal.")
                    .arg(entry.serialHex));
        TimePtr when(detail::newAsn1Time(entry.revokedAt.isValid() ? entry.revokedAt : m_thisUpdate));
        RevokedPtr revoked(X509_REVOKED_new());
        if (!revoked || !when || X509_REVOKED_set_serialNumber(revoked.get(), serial.get()) != 1 ||
            X509_REVOKED_set_revocationDate(revoked.get(), when.get()) != 1 ||
            X509_CRL_add0_revoked(crl.get(), revoked.get()) != 1)
            return Error::internal(detail::openSslErrorText());
        revoked.release(); // now owned by the CRL
    }
    X509_CRL_sort(crl.get());

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, nullptr, nullptr, crl.get(), 0);
    ExtensionPtr keyId(X509V3_EXT_nconf_nid(nullptr, &context, NID_authority_key_identifier, "keyid:always"));
    IntegerPtr number(ASN1_INTEGER_new());
    if (!keyId || X509_CRL_add_ext(crl.get(), keyId.get(), -1) != 1 || !number ||
        ASN1_INTEGER_set_int64(number.get(), m_crlNumber) != 1 ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1)
        return Error::internal(detail::openSslErrorText());

    EVP_PKEY* key = detail::privateKeyEvp(m_issuerKey);
    if (X509_CRL_sign(crl.get(), key, digestFor(key)) <= 0)
        return Error::internal(detail::openSslErrorText());
    unsigned char* out = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &out);
    if (length <= 0)
        return Error::internal(detail::openSslErrorText());
    Handle<unsigned char, freeBytes> owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

} // namespace hocbaso::crypto
