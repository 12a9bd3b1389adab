#include "Certificate.h"

#include "InputBytes.h"
#include "Support.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in OpenSslSupport.cpp (see the note there).
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
QString nameToString(const X509_NAME* name);
QStringList nameFieldValues(const X509_NAME* name, const QString& field);
QString objectName(const ASN1_OBJECT* object);
QString objectOid(const ASN1_OBJECT* object);
QString integerToHex(const ASN1_INTEGER* value);
QString asn1StringToText(const ASN1_STRING* value);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}
void freeChars(char* p)
{
    OPENSSL_free(p);
}

using detail::Handle;
using X509Ptr = Handle<X509, X509_free>;
using BioPtr = Handle<BIO, BIO_free>;
using Pkcs7Ptr = Handle<PKCS7, PKCS7_free>;
using Pkcs12Ptr = Handle<PKCS12, PKCS12_free>;
using X509SigPtr = Handle<X509_SIG, X509_SIG_free>;
using EvpPkeyPtr = Handle<EVP_PKEY, EVP_PKEY_free>;
using CrlPtr = Handle<X509_CRL, X509_CRL_free>;
using ReqPtr = Handle<X509_REQ, X509_REQ_free>;
using BytesPtr = Handle<unsigned char, freeBytes>;
using CharsPtr = Handle<char, freeChars>;
using EkuPtr = Handle<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>;
using PoliciesPtr = Handle<CERTIFICATEPOLICIES, CERTIFICATEPOLICIES_free>;
using DistPointsPtr = Handle<CRL_DIST_POINTS, CRL_DIST_POINTS_free>;
using InfoAccessPtr = Handle<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free>;

template <typename T, int (*Encode)(const T*, unsigned char**)> QByteArray encodeDer(const T* value)
{
    unsigned char* out = nullptr;
    const int length = Encode(value, &out);
    if (length <= 0)
        return {};
    BytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

QByteArray nameDer(const X509_NAME* name)
{
    return name ? encodeDer<X509_NAME, i2d_X509_NAME>(name) : QByteArray();
}

Error privateKeyError(bool alongCertificates)
{
    if (alongCertificates)
        return Error::invalid(QCoreApplication::translate(
            "hocbaso::crypto::Certificate",
            "This file contains a private key as well as certificates; a private key must never be shared. Export "
            "the certificate alone (.cer or .crt) and try again."));
    return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                      "This is a private key, not a certificate; never share it. "
                                                      "Export the certificate alone (.cer or .crt) and try again."));
}

Error pkcs12Error()
{
    return Error::invalid(QCoreApplication::translate(
        "hocbaso::crypto::Certificate",
        "This is a PKCS#12 (.pfx or .p12) file, which contains a private key; never share it. Export the "
        "certificate alone (.cer or .crt) and try again."));
}

Error crlNotCertificateError()
{
    return Error::invalid(QCoreApplication::translate(
        "hocbaso::crypto::Certificate",
        "This is a certificate revocation list (CRL), not a certificate; add it as a CRL instead."));
}

Error requestNotCertificateError()
{
    return Error::invalid(QCoreApplication::translate(
        "hocbaso::crypto::Certificate",
        "This is a certificate request (CSR), not a certificate; the certificate authority issues the "
        "certificate from it."));
}

Error garbageError()
{
    return Error::invalid(QCoreApplication::translate(
        "hocbaso::crypto::Certificate",
        "The file is not a certificate: it is neither PEM text nor a DER certificate or PKCS#7 bundle."));
}

Error truncatedError(qint64 have, qint64 announced)
{
    return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                      "The certificate data is cut short: it announces %1 bytes "
                                                      "but only %2 are there. The file may have been copied "
                                                      "incompletely.")
                              .arg(announced)
                              .arg(have));
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct Certificate::Data
{
    X509Ptr x509;
    QByteArray der;
    QString sha256;
};

namespace detail {

class CertificateAccess
{
public:
    static Certificate adopt(X509Ptr x509)
    {
        if (!x509)
            return {};
        QByteArray der = encodeDer<X509, i2d_X509>(x509.get());
        if (der.isEmpty())
            return {};
        // Fills OpenSSL's extension cache now, once, rather than lazily from whichever thread
        // asks first.
        X509_check_purpose(x509.get(), -1, 0);
        auto data = std::make_shared<Certificate::Data>();
        data->sha256 = hexLower(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
        data->der = std::move(der);
        data->x509 = std::move(x509);
        Certificate certificate;
        certificate.m_d = std::move(data);
        return certificate;
    }

    static X509* x509(const Certificate& certificate)
    {
        return certificate.m_d ? certificate.m_d->x509.get() : nullptr;
    }
};

// For the other crypto sources, which declare these themselves (no OpenSSL type in headers).
X509* certificateX509(const Certificate& certificate)
{
    return CertificateAccess::x509(certificate);
}

// Takes a new reference to `borrowed`; the caller keeps its own.
Certificate certificateFromX509(X509* borrowed)
{
    if (!borrowed || X509_up_ref(borrowed) != 1)
        return {};
    return CertificateAccess::adopt(X509Ptr(borrowed));
}

} // namespace detail

namespace {

using detail::CertificateAccess;

// The certificates of a PKCS#7 SignedData (a .p7b bundle is one with no content and no signer).
Result<QList<Certificate>> certificatesOfPkcs7(PKCS7* p7)
{
    const STACK_OF(X509)* stack = nullptr;
    if (PKCS7_type_is_signed(p7) && p7->d.sign)
        stack = p7->d.sign->cert;
    else if (PKCS7_type_is_signedAndEnveloped(p7) && p7->d.signed_and_enveloped)
        stack = p7->d.signed_and_enveloped->cert;
    QList<Certificate> out;
    for (int i = 0; stack && i < sk_X509_num(stack); ++i) {
        Certificate c = detail::certificateFromX509(sk_X509_value(stack, i));
        if (!c.isNull())
            out.append(c);
    }
    if (out.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::Certificate", "The PKCS#7 bundle holds no certificate."));
    return out;
}

// One DER object; `consumed` reports how far it reached.
X509Ptr parseDerCertificate(const QByteArray& bytes, qint64 offset, qint64* consumed)
{
    const auto* start = reinterpret_cast<const unsigned char*>(bytes.constData()) + offset;
    const unsigned char* p = start;
    X509Ptr x509(d2i_X509(nullptr, &p, long(bytes.size() - offset)));
    if (consumed)
        *consumed = x509 ? qint64(p - start) : 0;
    return x509;
}

// DER input. `recognised` is false when the bytes are not DER of any kind we know, so the caller
// may still try them as bare base64.
Result<QList<Certificate>> parseBinary(const QByteArray& bytes, bool* recognised)
{
    *recognised = true;
    QList<Certificate> certificates;
    qint64 offset = 0;
    while (offset < bytes.size()) {
        if (!certificates.isEmpty() && detail::isBlank(bytes.mid(offset)))
            break;
        qint64 consumed = 0;
        X509Ptr x509 = parseDerCertificate(bytes, offset, &consumed);
        if (!x509)
            break;
        certificates.append(CertificateAccess::adopt(std::move(x509)));
        offset += consumed;
    }
    if (!certificates.isEmpty()) {
        if (offset < bytes.size() && !detail::isBlank(bytes.mid(offset))) {
            const qint64 announced = detail::derAnnouncedLength(bytes, offset);
            if (announced > bytes.size() - offset)
                return truncatedError(bytes.size() - offset, announced);
            return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                              "After certificate %1 the file holds data that is "
                                                              "not a certificate.")
                                      .arg(certificates.size()));
        }
        return certificates;
    }

    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.constData());
    const long size = long(bytes.size());
    {
        const unsigned char* p = begin;
        Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, size));
        if (p7)
            return certificatesOfPkcs7(p7.get());
    }
    {
        const unsigned char* p = begin;
        if (Pkcs12Ptr(d2i_PKCS12(nullptr, &p, size)))
            return pkcs12Error();
    }
    {
        // EncryptedPrivateKeyInfo: checked before the decoder below, which is never given a
        // pass phrase and must not go looking for one.
        const unsigned char* p = begin;
        if (X509SigPtr(d2i_X509_SIG(nullptr, &p, size)) && p == begin + size)
            return privateKeyError(false);
    }
    {
        const unsigned char* p = begin;
        if (EvpPkeyPtr(d2i_AutoPrivateKey(nullptr, &p, size)))
            return privateKeyError(false);
    }
    {
        const unsigned char* p = begin;
        if (CrlPtr(d2i_X509_CRL(nullptr, &p, size)))
            return crlNotCertificateError();
    }
    {
        const unsigned char* p = begin;
        if (ReqPtr(d2i_X509_REQ(nullptr, &p, size)))
            return requestNotCertificateError();
    }
    const qint64 announced = detail::derAnnouncedLength(bytes);
    if (announced > bytes.size())
        return truncatedError(bytes.size(), announced);
    *recognised = false;
    return garbageError();
}

Result<QList<Certificate>> parsePem(const QByteArray& bytes)
{
    BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    if (!bio)
        return Error::internal(detail::openSslErrorText());
    QList<Certificate> certificates;
    QStringList otherLabels;
    bool sawPrivateKey = false;
    for (int block = 1;; ++block) {
        char* rawName = nullptr;
        char* rawHeader = nullptr;
        unsigned char* rawData = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &length) != 1) {
            const unsigned long error = ERR_peek_last_error();
            if (ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE)
                break; // no further block
            return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                              "PEM block %1 of the file is damaged or cut short.")
                                      .arg(block));
        }
        CharsPtr name(rawName);
        CharsPtr header(rawHeader);
        BytesPtr data(rawData);
        const QByteArray label(rawName);
        const unsigned char* p = rawData;
        if (label == PEM_STRING_X509 || label == PEM_STRING_X509_OLD || label == PEM_STRING_X509_TRUSTED) {
            // A TRUSTED CERTIFICATE carries OpenSSL trust settings after the certificate; we keep
            // only the certificate itself.
            X509Ptr x509(label == PEM_STRING_X509_TRUSTED ? d2i_X509_AUX(nullptr, &p, length)
                                                          : d2i_X509(nullptr, &p, length));
            if (!x509 || (label != PEM_STRING_X509_TRUSTED && p != rawData + length))
                return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                                  "Certificate %1 in the file is damaged and cannot "
                                                                  "be read.")
                                          .arg(certificates.size() + 1));
            certificates.append(CertificateAccess::adopt(std::move(x509)));
        } else if (label == PEM_STRING_PKCS7 || label == PEM_STRING_PKCS7_SIGNED || label == "CMS") {
            Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, length));
            if (!p7)
                return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                                  "The PKCS#7 bundle in the file is damaged and "
                                                                  "cannot be read."));
            auto inBundle = certificatesOfPkcs7(p7.get());
            if (!inBundle)
                return inBundle.error();
            certificates.append(inBundle.value());
        } else if (label.endsWith("PRIVATE KEY")) {
            sawPrivateKey = true;
        } else if (!otherLabels.contains(QString::fromLatin1(label))) {
            otherLabels.append(QString::fromLatin1(label));
        }
    }
    if (sawPrivateKey)
        return privateKeyError(!certificates.isEmpty());
    if (!certificates.isEmpty())
        return certificates;
    if (otherLabels.contains(QLatin1String(PEM_STRING_X509_CRL)))
        return crlNotCertificateError();
    if (otherLabels.contains(QLatin1String(PEM_STRING_X509_REQ)) ||
        otherLabels.contains(QLatin1String(PEM_STRING_X509_REQ_OLD)))
        return requestNotCertificateError();
    if (otherLabels.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                          "The file looks like PEM text but holds no complete "
                                                          "PEM block, so no certificate."));
    return Error::invalid(
        QCoreApplication::translate("hocbaso::crypto::Certificate", "The PEM file holds no certificate (it holds: %1).")
            .arg(otherLabels.join(QStringLiteral(", "))));
}

} // namespace

// ---------------------------------------------------------------------------------------------

QStringList keyUsageNames(KeyUsage usage)
{
    static const std::pair<KeyUsageFlag, const char*> names[] = {
        {KeyUsageFlag::DigitalSignature, "digitalSignature"},
        {KeyUsageFlag::NonRepudiation, "nonRepudiation"},
        {KeyUsageFlag::KeyEncipherment, "keyEncipherment"},
        {KeyUsageFlag::DataEncipherment, "dataEncipherment"},
        {KeyUsageFlag::KeyAgreement, "keyAgreement"},
        {KeyUsageFlag::KeyCertSign, "keyCertSign"},
        {KeyUsageFlag::CrlSign, "cRLSign"},
        {KeyUsageFlag::EncipherOnly, "encipherOnly"},
        {KeyUsageFlag::DecipherOnly, "decipherOnly"},
    };
    QStringList out;
    for (const auto& [flag, name] : names) {
        if (usage.testFlag(flag))
            out.append(QString::fromLatin1(name));
    }
    return out;
}

QStringList keyUsageLabels(KeyUsage usage)
{
    static const std::pair<KeyUsageFlag, const char*> labels[] = {
        {KeyUsageFlag::DigitalSignature, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "digital signature")},
        {KeyUsageFlag::NonRepudiation, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "non-repudiation")},
        {KeyUsageFlag::KeyEncipherment, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "key encipherment")},
        {KeyUsageFlag::DataEncipherment, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "data encipherment")},
        {KeyUsageFlag::KeyAgreement, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "key agreement")},
        {KeyUsageFlag::KeyCertSign, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "signing certificates")},
        {KeyUsageFlag::CrlSign, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "signing revocation lists")},
        {KeyUsageFlag::EncipherOnly, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "encipher only")},
        {KeyUsageFlag::DecipherOnly, QT_TRANSLATE_NOOP("hocbaso::crypto::Certificate", "decipher only")},
    };
    QStringList out;
    for (const auto& [flag, label] : labels) {
        if (usage.testFlag(flag))
            out.append(QCoreApplication::translate("hocbaso::crypto::Certificate", label));
    }
    return out;
}

Certificate::Certificate() = default;

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    detail::ErrorQueueGuard guard;
    if (der.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::Certificate", "The certificate data is empty."));
    qint64 consumed = 0;
    X509Ptr x509 = parseDerCertificate(der, 0, &consumed);
    if (!x509) {
        const qint64 announced = detail::derAnnouncedLength(der);
        if (announced > der.size())
            return truncatedError(der.size(), announced);
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::Certificate", "The data is not a DER-encoded certificate."));
    }
    if (consumed != der.size())
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                          "The certificate data is followed by other bytes."));
    Certificate certificate = CertificateAccess::adopt(std::move(x509));
    if (certificate.isNull())
        return Error::internal(detail::openSslErrorText());
    return certificate;
}

Result<QList<Certificate>> Certificate::fromBytes(const QByteArray& bytes)
{
    detail::ErrorQueueGuard guard;
    if (bytes.size() > kMaxFileBytes)
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate",
                                                          "The data is %1 bytes long, more than the %2 bytes a "
                                                          "certificate file may have; choose the certificate file "
                                                          "itself (.cer, .crt, .pem or .p7b).")
                                  .arg(bytes.size())
                                  .arg(kMaxFileBytes));
    if (detail::isBlank(bytes))
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Certificate", "The file is empty."));
    if (detail::looksLikePem(bytes))
        return parsePem(bytes);
    bool recognised = false;
    auto result = parseBinary(bytes, &recognised);
    if (result || recognised)
        return result;
    const QByteArray decoded = detail::decodeBareBase64(bytes);
    if (!decoded.isEmpty()) {
        auto fromBase64 = parseBinary(decoded, &recognised);
        if (fromBase64 || recognised)
            return fromBase64;
    }
    return result;
}

Result<QList<Certificate>> Certificate::fromFile(const QString& path)
{
    auto bytes = detail::readBoundedFile(path, kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value());
}

qsizetype Certificate::findLeaf(const QList<Certificate>& certificates)
{
    if (certificates.isEmpty())
        return -1;
    qsizetype fallback = -1;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const QByteArray subject = certificates.at(i).subjectNameDer();
        bool issuedAnother = false;
        for (qsizetype j = 0; j < certificates.size() && !issuedAnother; ++j)
            issuedAnother = j != i && certificates.at(j).issuerNameDer() == subject &&
                            certificates.at(j).subjectNameDer() != subject;
        if (issuedAnother)
            continue;
        if (!certificates.at(i).isCa())
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback >= 0 ? fallback : 0;
}

QByteArray Certificate::der() const
{
    return m_d ? m_d->der : QByteArray();
}

QByteArray Certificate::toPem() const
{
    if (!m_d)
        return {};
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = m_d->der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        pem += base64.mid(i, 64);
        pem += '\n';
    }
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

QString Certificate::sha256Hex() const
{
    return m_d ? m_d->sha256 : QString();
}

QString Certificate::serialHex() const
{
    return m_d ? detail::integerToHex(X509_get0_serialNumber(m_d->x509.get())) : QString();
}

QString Certificate::subject() const
{
    return m_d ? detail::nameToString(X509_get_subject_name(m_d->x509.get())) : QString();
}

QString Certificate::issuer() const
{
    return m_d ? detail::nameToString(X509_get_issuer_name(m_d->x509.get())) : QString();
}

QString Certificate::subjectField(const QString& shortName) const
{
    const QStringList values = subjectFields(shortName);
    return values.isEmpty() ? QString() : values.first();
}

QStringList Certificate::subjectFields(const QString& shortName) const
{
    return m_d ? detail::nameFieldValues(X509_get_subject_name(m_d->x509.get()), shortName) : QStringList();
}

QString Certificate::issuerField(const QString& shortName) const
{
    const QStringList values = issuerFields(shortName);
    return values.isEmpty() ? QString() : values.first();
}

QStringList Certificate::issuerFields(const QString& shortName) const
{
    return m_d ? detail::nameFieldValues(X509_get_issuer_name(m_d->x509.get()), shortName) : QStringList();
}

QByteArray Certificate::subjectNameDer() const
{
    return m_d ? nameDer(X509_get_subject_name(m_d->x509.get())) : QByteArray();
}

QByteArray Certificate::issuerNameDer() const
{
    return m_d ? nameDer(X509_get_issuer_name(m_d->x509.get())) : QByteArray();
}

QDateTime Certificate::notBefore() const
{
    return m_d ? detail::asn1TimeToDateTime(X509_get0_notBefore(m_d->x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_d ? detail::asn1TimeToDateTime(X509_get0_notAfter(m_d->x509.get())) : QDateTime();
}

QString Certificate::keyAlgorithm() const
{
    if (!m_d)
        return {};
    detail::ErrorQueueGuard guard;
    EVP_PKEY* key = X509_get0_pubkey(m_d->x509.get());
    if (!key) {
        // A key type this OpenSSL cannot load (GOST, for example): name its algorithm OID.
        ASN1_OBJECT* algorithm = nullptr;
        X509_PUBKEY_get0_param(&algorithm, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(m_d->x509.get()));
        return algorithm ? detail::objectName(algorithm) : QString();
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        break;
    }
    const char* name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QString();
}

int Certificate::keyBits() const
{
    if (!m_d)
        return 0;
    detail::ErrorQueueGuard guard;
    EVP_PKEY* key = X509_get0_pubkey(m_d->x509.get());
    return key ? EVP_PKEY_get_bits(key) : 0;
}

QString Certificate::curveName() const
{
    if (!m_d)
        return {};
    detail::ErrorQueueGuard guard;
    EVP_PKEY* key = X509_get0_pubkey(m_d->x509.get());
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return {};
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
        return {};
    const int nid = OBJ_sn2nid(group);
    if (const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr)
        return QString::fromLatin1(nist);
    return QString::fromLatin1(group, int(length));
}

QString Certificate::keyDescription() const
{
    const QString algorithm = keyAlgorithm();
    if (algorithm == QLatin1String("EC")) {
        const QString curve = curveName();
        return curve.isEmpty() ? QStringLiteral("EC %1").arg(keyBits()) : QStringLiteral("EC ") + curve;
    }
    if (algorithm == QLatin1String("Ed25519") || algorithm == QLatin1String("Ed448") || algorithm.isEmpty())
        return algorithm;
    return QStringLiteral("%1 %2").arg(algorithm).arg(keyBits());
}

QByteArray Certificate::publicKeyDer() const
{
    if (!m_d)
        return {};
    return encodeDer<X509_PUBKEY, i2d_X509_PUBKEY>(X509_get_X509_PUBKEY(m_d->x509.get()));
}

bool Certificate::hasKeyUsageExtension() const
{
    return m_d && (X509_get_extension_flags(m_d->x509.get()) & EXFLAG_KUSAGE);
}

KeyUsage Certificate::keyUsage() const
{
    if (!hasKeyUsageExtension())
        return {};
    const uint32_t bits = X509_get_key_usage(m_d->x509.get());
    static const std::pair<uint32_t, KeyUsageFlag> map[] = {
        {KU_DIGITAL_SIGNATURE, KeyUsageFlag::DigitalSignature},
        {KU_NON_REPUDIATION, KeyUsageFlag::NonRepudiation},
        {KU_KEY_ENCIPHERMENT, KeyUsageFlag::KeyEncipherment},
        {KU_DATA_ENCIPHERMENT, KeyUsageFlag::DataEncipherment},
        {KU_KEY_AGREEMENT, KeyUsageFlag::KeyAgreement},
        {KU_KEY_CERT_SIGN, KeyUsageFlag::KeyCertSign},
        {KU_CRL_SIGN, KeyUsageFlag::CrlSign},
        {KU_ENCIPHER_ONLY, KeyUsageFlag::EncipherOnly},
        {KU_DECIPHER_ONLY, KeyUsageFlag::DecipherOnly},
    };
    KeyUsage usage;
    for (const auto& [bit, flag] : map) {
        if (bits & bit)
            usage |= flag;
    }
    return usage;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList out;
    if (!m_d)
        return out;
    detail::ErrorQueueGuard guard;
    EkuPtr eku(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_d->x509.get(), NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i)
        out.append(detail::objectName(sk_ASN1_OBJECT_value(eku.get(), i)));
    return out;
}

QStringList Certificate::policies() const
{
    QStringList out;
    if (!m_d)
        return out;
    detail::ErrorQueueGuard guard;
    PoliciesPtr policies(static_cast<CERTIFICATEPOLICIES*>(
        X509_get_ext_d2i(m_d->x509.get(), NID_certificate_policies, nullptr, nullptr)));
    for (int i = 0; policies && i < sk_POLICYINFO_num(policies.get()); ++i)
        out.append(detail::objectOid(sk_POLICYINFO_value(policies.get(), i)->policyid));
    return out;
}

bool Certificate::isCa() const
{
    return m_d && (X509_get_extension_flags(m_d->x509.get()) & EXFLAG_CA);
}

int Certificate::pathLength() const
{
    return m_d ? int(X509_get_pathlen(m_d->x509.get())) : -1;
}

bool Certificate::isSelfIssued() const
{
    return m_d && X509_NAME_cmp(X509_get_subject_name(m_d->x509.get()), X509_get_issuer_name(m_d->x509.get())) == 0;
}

bool Certificate::isSelfSigned() const
{
    if (!m_d)
        return false;
    detail::ErrorQueueGuard guard;
    return X509_self_signed(m_d->x509.get(), 1) == 1;
}

QString Certificate::subjectKeyId() const
{
    if (!m_d)
        return {};
    const ASN1_OCTET_STRING* id = X509_get0_subject_key_id(m_d->x509.get());
    if (!id)
        return {};
    return detail::hexLower(
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id)));
}

QString Certificate::authorityKeyId() const
{
    if (!m_d)
        return {};
    const ASN1_OCTET_STRING* id = X509_get0_authority_key_id(m_d->x509.get());
    if (!id)
        return {};
    return detail::hexLower(
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id)));
}

QStringList Certificate::crlDistributionPoints() const
{
    QStringList out;
    if (!m_d)
        return out;
    detail::ErrorQueueGuard guard;
    DistPointsPtr points(static_cast<CRL_DIST_POINTS*>(
        X509_get_ext_d2i(m_d->x509.get(), NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        // type 0 = fullName; 1 = a name relative to the CRL issuer, which no fetcher can follow.
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                out.append(detail::asn1StringToText(name->d.uniformResourceIdentifier));
        }
    }
    return out;
}

namespace {

QStringList infoAccessUris(const X509* x509, int method)
{
    QStringList out;
    InfoAccessPtr access(
        static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(x509, NID_info_access, nullptr, nullptr)));
    for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
        const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
        if (OBJ_obj2nid(description->method) == method && description->location->type == GEN_URI)
            out.append(detail::asn1StringToText(description->location->d.uniformResourceIdentifier));
    }
    return out;
}

} // namespace

QStringList Certificate::ocspUrls() const
{
    if (!m_d)
        return {};
    detail::ErrorQueueGuard guard;
    return infoAccessUris(m_d->x509.get(), NID_ad_OCSP);
}

QStringList Certificate::caIssuersUrls() const
{
    if (!m_d)
        return {};
    detail::ErrorQueueGuard guard;
    return infoAccessUris(m_d->x509.get(), NID_ad_ca_issuers);
}

bool Certificate::operator==(const Certificate& other) const
{
    if (!m_d || !other.m_d)
        return !m_d && !other.m_d;
    return m_d == other.m_d || m_d->der == other.m_d->der;
}

} // namespace hocbaso::crypto
