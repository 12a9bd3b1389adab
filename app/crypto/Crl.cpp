#include "Crl.h"

#include "InputBytes.h"
#include "Support.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp and OpenSslSupport.cpp (no OpenSSL type may appear in a header).
X509* certificateX509(const Certificate& certificate);
QString nameToString(const X509_NAME* name);
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
QString integerToHex(const ASN1_INTEGER* value);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}

using detail::Handle;
using CrlPtr = Handle<X509_CRL, X509_CRL_free>;
using BioPtr = Handle<BIO, BIO_free>;
using IntegerPtr = Handle<ASN1_INTEGER, ASN1_INTEGER_free>;
using EnumeratedPtr = Handle<ASN1_ENUMERATED, ASN1_ENUMERATED_free>;
using OctetStringPtr = Handle<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using KeyIdPtr = Handle<AUTHORITY_KEYID, AUTHORITY_KEYID_free>;

RevokedEntry entryOf(const X509_REVOKED* revoked)
{
    RevokedEntry entry;
    entry.serialHex = detail::integerToHex(X509_REVOKED_get0_serialNumber(revoked));
    entry.revokedAt = detail::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(revoked));
    EnumeratedPtr reason(
        static_cast<ASN1_ENUMERATED*>(X509_REVOKED_get_ext_d2i(revoked, NID_crl_reason, nullptr, nullptr)));
    if (reason)
        entry.reason = detail::crlReasonName(ASN1_ENUMERATED_get(reason.get()));
    return entry;
}

Error crlError(const QString& message)
{
    return Error::invalid(message);
}

} // namespace

struct Crl::Data
{
    CrlPtr crl;
    QByteArray der;
};

namespace detail {

class CrlAccess
{
public:
    static X509_CRL* crl(const Crl& crl) { return crl.m_d ? crl.m_d->crl.get() : nullptr; }
};

// Borrowed: valid while a copy of the Crl lives. For the path validation.
X509_CRL* crlX509(const Crl& crl)
{
    return CrlAccess::crl(crl);
}

} // namespace detail

Crl::Crl() = default;

Result<Crl> Crl::fromBytes(const QByteArray& bytes)
{
    detail::ErrorQueueGuard guard;
    if (bytes.size() > kMaxFileBytes)
        return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                    "The data is %1 bytes long, more than the %2 bytes a CRL file "
                                                    "may have.")
                            .arg(bytes.size())
                            .arg(kMaxFileBytes));
    if (detail::isBlank(bytes))
        return crlError(QCoreApplication::translate("hocbaso::crypto::Crl", "The CRL file is empty."));

    CrlPtr crl;
    if (detail::looksLikePem(bytes)) {
        if (!bytes.contains("-----BEGIN X509 CRL-----")) {
            if (bytes.contains("CERTIFICATE-----"))
                return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                            "This is a certificate, not a CRL; add it to the trust "
                                                            "store or import it as a certificate instead."));
            return crlError(
                QCoreApplication::translate("hocbaso::crypto::Crl", "The PEM file holds no CRL (X509 CRL block)."));
        }
        BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        crl.reset(bio ? PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (!crl)
            return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                        "The CRL in the PEM file is damaged or cut short."));
    } else {
        const auto* begin = reinterpret_cast<const unsigned char*>(bytes.constData());
        const unsigned char* p = begin;
        crl.reset(d2i_X509_CRL(nullptr, &p, long(bytes.size())));
        if (!crl) {
            const qint64 announced = detail::derAnnouncedLength(bytes);
            if (announced > bytes.size())
                return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                            "The CRL data is cut short: it announces %1 bytes but "
                                                            "only %2 are there.")
                                    .arg(announced)
                                    .arg(bytes.size()));
            return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                        "The file is not a CRL: it is neither PEM text nor a DER "
                                                        "certificate revocation list."));
        }
        if (!detail::isBlank(bytes.mid(p - begin)))
            return crlError(
                QCoreApplication::translate("hocbaso::crypto::Crl", "The CRL data is followed by other bytes."));
    }

    unsigned char* out = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &out);
    if (length <= 0)
        return Error::internal(detail::openSslErrorText());
    Handle<unsigned char, freeBytes> owned(out);
    auto data = std::make_shared<Data>();
    data->der = QByteArray(reinterpret_cast<const char*>(out), length);
    data->crl = std::move(crl);
    Crl result;
    result.m_d = std::move(data);
    return result;
}

Result<Crl> Crl::fromFile(const QString& path)
{
    auto bytes = detail::readBoundedFile(path, kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value());
}

QByteArray Crl::der() const
{
    return m_d ? m_d->der : QByteArray();
}

QString Crl::sha256Hex() const
{
    return m_d ? detail::hexLower(QCryptographicHash::hash(m_d->der, QCryptographicHash::Sha256)) : QString();
}

QString Crl::issuer() const
{
    return m_d ? detail::nameToString(X509_CRL_get_issuer(m_d->crl.get())) : QString();
}

QByteArray Crl::issuerNameDer() const
{
    if (!m_d)
        return {};
    unsigned char* out = nullptr;
    const int length = i2d_X509_NAME(X509_CRL_get_issuer(m_d->crl.get()), &out);
    if (length <= 0)
        return {};
    Handle<unsigned char, freeBytes> owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

QDateTime Crl::thisUpdate() const
{
    return m_d ? detail::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(m_d->crl.get())) : QDateTime();
}

QDateTime Crl::nextUpdate() const
{
    return m_d ? detail::asn1TimeToDateTime(X509_CRL_get0_nextUpdate(m_d->crl.get())) : QDateTime();
}

qint64 Crl::crlNumber() const
{
    if (!m_d)
        return -1;
    detail::ErrorQueueGuard guard;
    IntegerPtr number(
        static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(m_d->crl.get(), NID_crl_number, nullptr, nullptr)));
    int64_t value = -1;
    if (!number || ASN1_INTEGER_get_int64(&value, number.get()) != 1)
        return -1;
    return value;
}

QList<RevokedEntry> Crl::revoked() const
{
    QList<RevokedEntry> out;
    if (!m_d)
        return out;
    detail::ErrorQueueGuard guard;
    const STACK_OF(X509_REVOKED)* list = X509_CRL_get_REVOKED(m_d->crl.get());
    out.reserve(list ? sk_X509_REVOKED_num(list) : 0);
    for (int i = 0; list && i < sk_X509_REVOKED_num(list); ++i)
        out.append(entryOf(sk_X509_REVOKED_value(list, i)));
    return out;
}

qsizetype Crl::revokedCount() const
{
    if (!m_d)
        return 0;
    const STACK_OF(X509_REVOKED)* list = X509_CRL_get_REVOKED(m_d->crl.get());
    return list ? sk_X509_REVOKED_num(list) : 0;
}

bool Crl::covers(const Certificate& certificate) const
{
    X509* x509 = detail::certificateX509(certificate);
    return m_d && x509 && X509_NAME_cmp(X509_CRL_get_issuer(m_d->crl.get()), X509_get_issuer_name(x509)) == 0;
}

bool Crl::isRevoked(const Certificate& certificate) const
{
    return revocationOf(certificate).has_value();
}

std::optional<RevokedEntry> Crl::revocationOf(const Certificate& certificate) const
{
    if (!covers(certificate))
        return std::nullopt;
    detail::ErrorQueueGuard guard;
    X509_REVOKED* found = nullptr;
    // Looks the serial up in the CRL's sorted list (sorted once, under OpenSSL's lock).
    const int status =
        X509_CRL_get0_by_serial(m_d->crl.get(), &found, X509_get0_serialNumber(detail::certificateX509(certificate)));
    // 2 = listed with reason removeFromCRL, i.e. no longer revoked (delta CRLs).
    if (status != 1 || !found)
        return std::nullopt;
    return entryOf(found);
}

Status Crl::verifySignature(const QList<TrustAnchor>& anchors) const
{
    if (!m_d)
        return crlError(QCoreApplication::translate("hocbaso::crypto::Crl", "There is no CRL to verify."));
    detail::ErrorQueueGuard guard;
    X509_CRL* crl = m_d->crl.get();
    const X509_NAME* issuerName = X509_CRL_get_issuer(crl);
    KeyIdPtr keyId(
        static_cast<AUTHORITY_KEYID*>(X509_CRL_get_ext_d2i(crl, NID_authority_key_identifier, nullptr, nullptr)));
    bool sameName = false;
    for (const TrustAnchor& anchor : anchors) {
        X509* candidate = detail::certificateX509(anchor.cert);
        if (!candidate || X509_NAME_cmp(X509_get_subject_name(candidate), issuerName) != 0)
            continue;
        sameName = true;
        if (keyId && keyId->keyid) {
            const ASN1_OCTET_STRING* subjectKeyId = X509_get0_subject_key_id(candidate);
            if (subjectKeyId && ASN1_OCTET_STRING_cmp(subjectKeyId, keyId->keyid) != 0)
                continue; // a re-keyed CA under the same name
        }
        EVP_PKEY* key = X509_get0_pubkey(candidate);
        if (key && X509_CRL_verify(crl, key) == 1)
            return {};
    }
    if (sameName)
        return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                    "The signature of the CRL from \"%1\" does not verify with that "
                                                    "authority's key in the trust store; the file was altered or "
                                                    "forged.")
                            .arg(issuer()));
    return crlError(QCoreApplication::translate("hocbaso::crypto::Crl",
                                                "The CRL was issued by \"%1\", which is not in the trust store; add "
                                                "that authority's certificate first.")
                        .arg(issuer()));
}

} // namespace hocbaso::crypto
