#include "CertificateBuilder.h"

#include "Support.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
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
QString integerToHex(const ASN1_INTEGER* value);
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
using DistPointsPtr = Handle<CRL_DIST_POINTS, CRL_DIST_POINTS_free>;
using DistPointPtr = Handle<DIST_POINT, DIST_POINT_free>;
using DistPointNamePtr = Handle<DIST_POINT_NAME, DIST_POINT_NAME_free>;
using GeneralNamePtr = Handle<GENERAL_NAME, GENERAL_NAME_free>;
using GeneralNamesPtr = Handle<GENERAL_NAMES, GENERAL_NAMES_free>;
using InfoAccessPtr = Handle<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free>;
using AccessDescriptionPtr = Handle<ACCESS_DESCRIPTION, ACCESS_DESCRIPTION_free>;
using IdpPtr = Handle<ISSUING_DIST_POINT, ISSUING_DIST_POINT_free>;
using OctetStringPtr = Handle<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using EnumeratedPtr = Handle<ASN1_ENUMERATED, ASN1_ENUMERATED_free>;
using BasicResponsePtr = Handle<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using ResponsePtr = Handle<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using CertIdPtr = Handle<OCSP_CERTID, OCSP_CERTID_free>;

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

// A URI as a GeneralName; null when OpenSSL fails.
GENERAL_NAME* uriName(const QString& uri)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    ASN1_IA5STRING* text = ASN1_IA5STRING_new();
    const QByteArray bytes = uri.toUtf8();
    if (!name || !text || ASN1_STRING_set(text, bytes.constData(), int(bytes.size())) != 1) {
        ASN1_IA5STRING_free(text);
        return nullptr;
    }
    GENERAL_NAME_set0_value(name.get(), GEN_URI, text);
    return name.release();
}

// A DistributionPointName with a fullName of URIs; null when OpenSSL fails.
DIST_POINT_NAME* fullNameOf(const QStringList& uris)
{
    DistPointNamePtr pointName(DIST_POINT_NAME_new());
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!pointName || !names)
        return nullptr;
    for (const QString& uri : uris) {
        GeneralNamePtr name(uriName(uri));
        if (!name || !sk_GENERAL_NAME_push(names.get(), name.get()))
            return nullptr;
        name.release();
    }
    pointName->type = 0; // fullName
    pointName->name.fullname = names.release();
    return pointName.release();
}

// One distribution point per URI, as CAs usually write them (cRLDistributionPoints, freshestCRL).
DistPointsPtr distributionPoints(const QStringList& uris)
{
    DistPointsPtr points(sk_DIST_POINT_new_null());
    if (!points)
        return {};
    for (const QString& uri : uris) {
        DistPointPtr point(DIST_POINT_new());
        if (!point)
            return {};
        point->distpoint = fullNameOf({uri});
        if (!point->distpoint || !sk_DIST_POINT_push(points.get(), point.get()))
            return {};
        point.release();
    }
    return points;
}

// A CRLReason as the DER extension value of an entry; null for an unknown name.
ASN1_ENUMERATED* reasonValue(const QString& reason)
{
    const int code = detail::crlReasonCode(reason);
    if (code < 0)
        return nullptr;
    EnumeratedPtr value(ASN1_ENUMERATED_new());
    if (!value || ASN1_ENUMERATED_set(value.get(), code) != 1)
        return nullptr;
    return value.release();
}

Error unknownReasonError(const QString& reason)
{
    return builderError(QCoreApplication::translate("hocbaso::crypto::CrlBuilder",
                                                    "The revocation reason \"%1\" is not one of RFC 5280.")
                            .arg(reason));
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

CertificateBuilder& CertificateBuilder::setCrlDistributionPoints(const QStringList& uris)
{
    m_crlDistributionPoints = uris;
    return *this;
}

CertificateBuilder& CertificateBuilder::setOcspUrls(const QStringList& uris)
{
    m_ocspUrls = uris;
    return *this;
}

CertificateBuilder& CertificateBuilder::setCaIssuersUrls(const QStringList& uris)
{
    m_caIssuersUrls = uris;
    return *this;
}

CertificateBuilder& CertificateBuilder::setOcspNoCheck(bool noCheck)
{
    m_ocspNoCheck = noCheck;
    return *this;
}

CertificateBuilder& CertificateBuilder::setPolicyConstraints(int requireExplicitPolicy, int inhibitPolicyMapping)
{
    m_requireExplicitPolicy = requireExplicitPolicy;
    m_inhibitPolicyMapping = inhibitPolicyMapping;
    return *this;
}

CertificateBuilder& CertificateBuilder::setInhibitAnyPolicy(int skipCerts)
{
    m_inhibitAnyPolicy = skipCerts;
    return *this;
}

CertificateBuilder CertificateBuilder::ocspResponder(const QString& commonName, bool noCheck)
{
    CertificateBuilder builder;
    builder.setSubject({{QStringLiteral("CN"), commonName}})
        .setCa(false)
        .setKeyUsage(KeyUsageFlag::DigitalSignature)
        .setExtendedKeyUsage({QStringLiteral("OCSPSigning")})
        .setOcspNoCheck(noCheck);
    return builder;
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

    if (!m_crlDistributionPoints.isEmpty()) {
        DistPointsPtr points = distributionPoints(m_crlDistributionPoints);
        if (!points ||
            X509_add1_ext_i2d(x509.get(), NID_crl_distribution_points, points.get(), 0, X509V3_ADD_DEFAULT) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    if (!m_ocspUrls.isEmpty() || !m_caIssuersUrls.isEmpty()) {
        InfoAccessPtr access(sk_ACCESS_DESCRIPTION_new_null());
        if (!access)
            return Error::internal(detail::openSslErrorText());
        const auto addAccess = [&](int method, const QStringList& uris) {
            for (const QString& uri : uris) {
                AccessDescriptionPtr description(ACCESS_DESCRIPTION_new());
                GENERAL_NAME* location = uriName(uri);
                if (!description || !location) {
                    GENERAL_NAME_free(location);
                    return false;
                }
                ASN1_OBJECT_free(description->method);
                description->method = OBJ_nid2obj(method);
                GENERAL_NAME_free(description->location);
                description->location = location;
                if (!sk_ACCESS_DESCRIPTION_push(access.get(), description.get()))
                    return false;
                description.release();
            }
            return true;
        };
        if (!addAccess(NID_ad_OCSP, m_ocspUrls) || !addAccess(NID_ad_ca_issuers, m_caIssuersUrls) ||
            X509_add1_ext_i2d(x509.get(), NID_info_access, access.get(), 0, X509V3_ADD_DEFAULT) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    if (m_ocspNoCheck && !addExtension(NID_id_pkix_OCSP_noCheck, QStringLiteral("ignored")))
        return Error::internal(detail::openSslErrorText());
    if (m_requireExplicitPolicy >= 0 || m_inhibitPolicyMapping >= 0) {
        QStringList fields;
        if (m_requireExplicitPolicy >= 0)
            fields << QStringLiteral("requireExplicitPolicy:%1").arg(m_requireExplicitPolicy);
        if (m_inhibitPolicyMapping >= 0)
            fields << QStringLiteral("inhibitPolicyMapping:%1").arg(m_inhibitPolicyMapping);
        if (!addExtension(NID_policy_constraints, QStringLiteral("critical,") + fields.join(QLatin1Char(','))))
            return Error::internal(detail::openSslErrorText());
    }
    if (m_inhibitAnyPolicy >= 0 &&
        !addExtension(NID_inhibit_any_policy, QStringLiteral("critical,%1").arg(m_inhibitAnyPolicy)))
        return Error::internal(detail::openSslErrorText());

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

CrlBuilder& CrlBuilder::addRevoked(const Certificate& certificate, const QDateTime& revokedAt, const QString& reason)
{
    m_entries.append({certificate.serialHex(), revokedAt, reason});
    return *this;
}

CrlBuilder& CrlBuilder::addRevokedSerial(const QString& serialHex, const QDateTime& revokedAt, const QString& reason)
{
    m_entries.append({serialHex, revokedAt, reason});
    return *this;
}

CrlBuilder& CrlBuilder::setForgedSigningKey(const PrivateKey& key)
{
    m_forgedKey = key;
    return *this;
}

CrlBuilder& CrlBuilder::setDeltaOf(qint64 baseCrlNumber)
{
    m_deltaOf = baseCrlNumber;
    return *this;
}

CrlBuilder& CrlBuilder::setFreshestCrl(const QStringList& uris)
{
    m_freshest = uris;
    return *this;
}

CrlBuilder& CrlBuilder::setIssuingDistributionPoint(const QStringList& uris, Scope scope)
{
    m_hasIdp = true;
    m_idpUris = uris;
    m_idpScope = scope;
    return *this;
}

CrlBuilder& CrlBuilder::addExtension(const QString& oid, const QByteArray& derValue, bool critical)
{
    m_extensions.append({oid, derValue, critical});
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
            X509_REVOKED_set_revocationDate(revoked.get(), when.get()) != 1)
            return Error::internal(detail::openSslErrorText());
        if (!entry.reason.isEmpty()) {
            EnumeratedPtr reason(reasonValue(entry.reason));
            if (!reason)
                return unknownReasonError(entry.reason);
            if (X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, 0) != 1)
                return Error::internal(detail::openSslErrorText());
        }
        if (X509_CRL_add0_revoked(crl.get(), revoked.get()) != 1)
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

    if (m_deltaOf >= 0) {
        IntegerPtr base(ASN1_INTEGER_new());
        if (!base || ASN1_INTEGER_set_int64(base.get(), m_deltaOf) != 1 ||
            X509_CRL_add1_ext_i2d(crl.get(), NID_delta_crl, base.get(), 1, 0) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    if (!m_freshest.isEmpty()) {
        DistPointsPtr points = distributionPoints(m_freshest);
        if (!points || X509_CRL_add1_ext_i2d(crl.get(), NID_freshest_crl, points.get(), 0, 0) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    if (m_hasIdp) {
        IdpPtr idp(ISSUING_DIST_POINT_new());
        if (!idp)
            return Error::internal(detail::openSslErrorText());
        if (!m_idpUris.isEmpty() && !(idp->distpoint = fullNameOf(m_idpUris)))
            return Error::internal(detail::openSslErrorText());
        idp->onlyuser = m_idpScope == Scope::OnlyEndEntities ? 0xff : 0;
        idp->onlyCA = m_idpScope == Scope::OnlyCas ? 0xff : 0;
        if (X509_CRL_add1_ext_i2d(crl.get(), NID_issuing_distribution_point, idp.get(), 1, 0) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    for (const RawExtension& raw : m_extensions) {
        ObjectPtr object(OBJ_txt2obj(raw.oid.toLatin1().constData(), 1));
        OctetStringPtr value(ASN1_OCTET_STRING_new());
        if (!object)
            return builderError(
                QCoreApplication::translate("hocbaso::crypto::CrlBuilder", "The extension %1 is not a valid OID.")
                    .arg(raw.oid));
        if (!value || ASN1_OCTET_STRING_set(value.get(), reinterpret_cast<const unsigned char*>(raw.der.constData()),
                                            int(raw.der.size())) != 1)
            return Error::internal(detail::openSslErrorText());
        ExtensionPtr extension(X509_EXTENSION_create_by_OBJ(nullptr, object.get(), raw.critical ? 1 : 0, value.get()));
        if (!extension || X509_CRL_add_ext(crl.get(), extension.get(), -1) != 1)
            return Error::internal(detail::openSslErrorText());
    }

    EVP_PKEY* key = detail::privateKeyEvp(m_forgedKey.isNull() ? m_issuerKey : m_forgedKey);
    if (X509_CRL_sign(crl.get(), key, digestFor(key)) <= 0)
        return Error::internal(detail::openSslErrorText());
    unsigned char* out = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &out);
    if (length <= 0)
        return Error::internal(detail::openSslErrorText());
    Handle<unsigned char, freeBytes> owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

// ---------------------------------------------------------------------------------------------

OcspResponseBuilder& OcspResponseBuilder::setIssuer(const Certificate& issuerCert)
{
    m_issuer = issuerCert;
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::setSigner(const Certificate& signerCert, const PrivateKey& signerKey)
{
    m_signer = signerCert;
    m_signerKey = signerKey;
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::addStatus(const Certificate& certificate, CertStatus status,
                                                    const QDateTime& revokedAt, const QString& reason)
{
    m_answers.append({certificate, status, revokedAt, reason});
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::setThisUpdate(const QDateTime& at)
{
    m_thisUpdate = at;
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::setNextUpdate(const QDateTime& at)
{
    m_nextUpdate = at;
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::setNonce(const QByteArray& extensionValue)
{
    m_nonce = extensionValue;
    return *this;
}

OcspResponseBuilder& OcspResponseBuilder::setResponseStatus(int status)
{
    m_responseStatus = status;
    return *this;
}

Result<QByteArray> OcspResponseBuilder::build() const
{
    detail::ErrorQueueGuard guard;
    const auto encode = [](OCSP_RESPONSE* response) -> Result<QByteArray> {
        unsigned char* out = nullptr;
        const int length = i2d_OCSP_RESPONSE(response, &out);
        if (length <= 0)
            return Error::internal(detail::openSslErrorText());
        Handle<unsigned char, freeBytes> owned(out);
        return QByteArray(reinterpret_cast<const char*>(out), length);
    };
    if (m_responseStatus != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        ResponsePtr response(OCSP_response_create(m_responseStatus, nullptr));
        if (!response)
            return Error::internal(detail::openSslErrorText());
        return encode(response.get());
    }
    if (m_issuer.isNull() || m_signer.isNull() || m_signerKey.isNull())
        return builderError(QCoreApplication::translate("hocbaso::crypto::OcspResponseBuilder",
                                                        "An OCSP response needs the issuer and its signer."));
    if (!m_thisUpdate.isValid())
        return builderError(
            QCoreApplication::translate("hocbaso::crypto::OcspResponseBuilder", "An OCSP response needs its date."));

    BasicResponsePtr basic(OCSP_BASICRESP_new());
    if (!basic)
        return Error::internal(detail::openSslErrorText());
    TimePtr thisUpdate(detail::newAsn1Time(m_thisUpdate));
    TimePtr nextUpdate(m_nextUpdate.isValid() ? detail::newAsn1Time(m_nextUpdate) : nullptr);
    for (const Answer& answer : m_answers) {
        CertIdPtr id(OCSP_cert_to_id(EVP_sha1(), detail::certificateX509(answer.certificate),
                                     detail::certificateX509(m_issuer)));
        TimePtr revokedAt(answer.revokedAt.isValid() ? detail::newAsn1Time(answer.revokedAt) : nullptr);
        int status = V_OCSP_CERTSTATUS_GOOD;
        int reason = -1;
        if (answer.status == CertStatus::Revoked) {
            status = V_OCSP_CERTSTATUS_REVOKED;
            if (!answer.reason.isEmpty() && (reason = detail::crlReasonCode(answer.reason)) < 0)
                return unknownReasonError(answer.reason);
            if (!revokedAt)
                revokedAt.reset(detail::newAsn1Time(m_thisUpdate));
        } else if (answer.status == CertStatus::Unknown) {
            status = V_OCSP_CERTSTATUS_UNKNOWN;
        }
        if (!id || !OCSP_basic_add1_status(basic.get(), id.get(), status, reason,
                                           status == V_OCSP_CERTSTATUS_REVOKED ? revokedAt.get() : nullptr,
                                           thisUpdate.get(), nextUpdate.get()))
            return Error::internal(detail::openSslErrorText());
    }
    if (!m_nonce.isEmpty()) {
        // Echoed byte for byte, as OCSP_copy_nonce does from a request.
        OctetStringPtr value(ASN1_OCTET_STRING_new());
        if (!value || ASN1_OCTET_STRING_set(value.get(), reinterpret_cast<const unsigned char*>(m_nonce.constData()),
                                            int(m_nonce.size())) != 1)
            return Error::internal(detail::openSslErrorText());
        ExtensionPtr nonce(X509_EXTENSION_create_by_NID(nullptr, NID_id_pkix_OCSP_Nonce, 0, value.get()));
        if (!nonce || OCSP_BASICRESP_add_ext(basic.get(), nonce.get(), -1) != 1)
            return Error::internal(detail::openSslErrorText());
    }
    EVP_PKEY* key = detail::privateKeyEvp(m_signerKey);
    if (OCSP_basic_sign(basic.get(), detail::certificateX509(m_signer), key, digestFor(key) ? EVP_sha256() : nullptr,
                        nullptr, 0) != 1)
        return Error::internal(detail::openSslErrorText());
    ResponsePtr response(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    if (!response)
        return Error::internal(detail::openSslErrorText());
    return encode(response.get());
}

// ---------------------------------------------------------------------------------------------

namespace {

// Times in the index are UTCTime text, as `openssl ca` writes them.
QByteArray indexTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + 'Z';
}

QByteArray indexLine(const Certificate& certificate, char status, const QByteArray& revocation)
{
    // `openssl ocsp` looks serials up as BN_bn2hex writes them: upper case, whole bytes.
    QByteArray serial = certificate.serialHex().toUpper().toLatin1();
    if (serial.size() % 2)
        serial.prepend('0');
    char subject[512] = {};
    X509_NAME_oneline(X509_get_subject_name(detail::certificateX509(certificate)), subject, sizeof subject);
    return QByteArray(1, status) + '\t' + indexTime(certificate.notAfter()) + '\t' + revocation + '\t' + serial +
           "\tunknown\t" + QByteArray(subject) + '\n';
}

} // namespace

OpenSslCaIndex& OpenSslCaIndex::addValid(const Certificate& certificate)
{
    m_text += indexLine(certificate, 'V', {});
    return *this;
}

OpenSslCaIndex& OpenSslCaIndex::addRevoked(const Certificate& certificate, const QDateTime& revokedAt,
                                           const QString& reason)
{
    QByteArray revocation = indexTime(revokedAt);
    if (!reason.isEmpty())
        revocation += ',' + reason.toLatin1();
    m_text += indexLine(certificate, 'R', revocation);
    return *this;
}

QByteArray OpenSslCaIndex::text() const
{
    return m_text;
}

QByteArray crlDerToPem(const QByteArray& der)
{
    QByteArray pem("-----BEGIN X509 CRL-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END X509 CRL-----\n";
}

Status writeTestPkiFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(bytes) != bytes.size() ||
        !file.flush())
        return Error::storage(
            QCoreApplication::translate("hocbaso::crypto::CertificateBuilder", "Could not write %1: %2.")
                .arg(path, file.errorString()));
    return {};
}

} // namespace hocbaso::crypto
