#include "Ocsp.h"

#include "InputBytes.h"
#include "Support.h"
#include "core/DisplayDates.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp and OpenSslSupport.cpp (no OpenSSL type may appear in a header).
X509* certificateX509(const Certificate& certificate);
Certificate certificateFromX509(X509* borrowed);
QString nameToString(const X509_NAME* name);
QStringList nameFieldValues(const X509_NAME* name, const QString& field);
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}

// The stack borrows its certificates from the Certificate values, so only the stack is freed.
void freeStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}

using detail::Handle;
using RequestPtr = Handle<OCSP_REQUEST, OCSP_REQUEST_free>;
using ResponsePtr = Handle<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using BasicResponsePtr = Handle<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using CertIdPtr = Handle<OCSP_CERTID, OCSP_CERTID_free>;
using BorrowedStackPtr = Handle<STACK_OF(X509), freeStackOnly>;
using MdPtr = Handle<EVP_MD, EVP_MD_free>;
using StorePtr = Handle<X509_STORE, X509_STORE_free>;

OcspVerification failure(OcspVerification::Problem problem, QString error)
{
    OcspVerification result;
    result.problem = problem;
    result.error = std::move(error);
    return result;
}

// What a user recognises a certificate by: its CN, else its whole subject.
QString displayName(const X509_NAME* name)
{
    const QStringList cn = detail::nameFieldValues(name, QStringLiteral("CN"));
    return cn.isEmpty() ? detail::nameToString(name) : cn.first();
}

QByteArray extensionValue(const X509_EXTENSION* extension)
{
    const ASN1_OCTET_STRING* data = X509_EXTENSION_get_data(const_cast<X509_EXTENSION*>(extension));
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data));
}

// The certificate was issued by the issuer: names and key identifiers agree and its signature
// verifies with the issuer's key.
bool issuedBy(X509* certificate, X509* issuer)
{
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    return X509_check_issued(issuer, certificate) == X509_V_OK && key && X509_verify(certificate, key) == 1;
}

bool sameCertificateHolder(X509* a, X509* b)
{
    EVP_PKEY* keyA = X509_get0_pubkey(a);
    EVP_PKEY* keyB = X509_get0_pubkey(b);
    return X509_NAME_cmp(X509_get_subject_name(a), X509_get_subject_name(b)) == 0 && keyA && keyB &&
           EVP_PKEY_eq(keyA, keyB) == 1;
}

QString responseStatusText(int status)
{
    switch (status) {
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                           "The OCSP responder says the request was malformed.");
    case OCSP_RESPONSE_STATUS_INTERNALERROR:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp", "The OCSP responder reported an internal error.");
    case OCSP_RESPONSE_STATUS_TRYLATER:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                           "The OCSP responder is busy and asks to try again later.");
    case OCSP_RESPONSE_STATUS_SIGREQUIRED:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp", "The OCSP responder only answers signed requests.");
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                           "The OCSP responder is not authorized to answer for this certificate.");
    default:
        return QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                           "The OCSP responder answered with the unknown status %1.")
            .arg(status);
    }
}

// The single response about our certificate, with the hash algorithm the responder chose for its
// CertID (normally the SHA-1 of our request).
OCSP_SINGLERESP* findAnswer(OCSP_BASICRESP* basic, X509* certificate, X509* issuer)
{
    const int count = OCSP_resp_count(basic);
    for (int i = 0; i < count; ++i) {
        OCSP_SINGLERESP* single = OCSP_resp_get0(basic, i);
        const OCSP_CERTID* theirs = OCSP_SINGLERESP_get0_id(single);
        ASN1_OBJECT* algorithm = nullptr;
        if (!theirs || OCSP_id_get0_info(nullptr, &algorithm, nullptr, nullptr, const_cast<OCSP_CERTID*>(theirs)) != 1)
            continue;
        MdPtr md(EVP_MD_fetch(nullptr, OBJ_nid2sn(OBJ_obj2nid(algorithm)), nullptr));
        if (!md)
            continue;
        CertIdPtr ours(OCSP_cert_to_id(md.get(), certificate, issuer));
        if (ours && OCSP_id_cmp(ours.get(), theirs) == 0)
            return single;
    }
    return nullptr;
}

} // namespace

bool OcspAnswer::isFreshAt(const QDateTime& at) const
{
    if (!thisUpdate.isValid() || thisUpdate > at.addSecs(kOcspClockSkewSeconds))
        return false;
    return !nextUpdate.isValid() || nextUpdate >= at.addSecs(-kOcspClockSkewSeconds);
}

QString OcspAnswer::statusText(Status status)
{
    switch (status) {
    case Status::Good:
        return QStringLiteral("good");
    case Status::Revoked:
        return QStringLiteral("revoked");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

Result<OcspRequest> buildOcspRequest(const Certificate& certificate, const Certificate& issuer, OcspNonce nonce)
{
    detail::ErrorQueueGuard guard;
    X509* subject = detail::certificateX509(certificate);
    X509* issuerX509 = detail::certificateX509(issuer);
    if (!subject || !issuerX509)
        return Error::invalid(QCoreApplication::translate(
            "hocbaso::crypto::Ocsp", "An OCSP request needs the certificate and the certificate of its issuer."));
    if (!issuedBy(subject, issuerX509))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                        "\"%1\" did not issue \"%2\", so no OCSP request can be made for that pair.")
                .arg(displayName(X509_get_subject_name(issuerX509)), displayName(X509_get_subject_name(subject))));
    RequestPtr request(OCSP_REQUEST_new());
    CertIdPtr id(OCSP_cert_to_id(EVP_sha1(), subject, issuerX509));
    if (!request || !id || !OCSP_request_add0_id(request.get(), id.get()))
        return Error::internal(detail::openSslErrorText());
    id.release(); // now owned by the request
    OcspRequest out;
    if (nonce == OcspNonce::Include) {
        // 16 random bytes (RFC 8954 asks for 1 to 32).
        if (OCSP_request_add1_nonce(request.get(), nullptr, 16) != 1)
            return Error::internal(detail::openSslErrorText());
        const int at = OCSP_REQUEST_get_ext_by_NID(request.get(), NID_id_pkix_OCSP_Nonce, -1);
        if (at < 0)
            return Error::internal(detail::openSslErrorText());
        out.nonce = extensionValue(OCSP_REQUEST_get_ext(request.get(), at));
    }
    unsigned char* bytes = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &bytes);
    if (length <= 0)
        return Error::internal(detail::openSslErrorText());
    Handle<unsigned char, freeBytes> owned(bytes);
    out.der = QByteArray(reinterpret_cast<const char*>(bytes), length);
    return out;
}

OcspVerification verifyOcspResponse(const QByteArray& der, const Certificate& certificate, const Certificate& issuer,
                                    const QList<TrustAnchor>& trust, const QDateTime& now,
                                    const QByteArray& expectedNonce)
{
    using Problem = OcspVerification::Problem;
    detail::ErrorQueueGuard guard;
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    X509* subject = detail::certificateX509(certificate);
    X509* issuerX509 = detail::certificateX509(issuer);
    if (!subject || !issuerX509)
        return failure(Problem::IssuerMismatch,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "An OCSP response can only be checked with the certificate and the certificate of its "
                           "issuer."));

    // The bytes first: nothing else is looked at in an answer that does not parse.
    if (der.size() > kMaxOcspResponseBytes)
        return failure(Problem::TooLarge, QCoreApplication::translate(
                                              "hocbaso::crypto::Ocsp",
                                              "The OCSP response is %1 bytes long, more than the %2 bytes accepted.")
                                              .arg(der.size())
                                              .arg(kMaxOcspResponseBytes));
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    ResponsePtr response(der.isEmpty() ? nullptr : d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!response) {
        const qint64 announced = detail::derAnnouncedLength(der);
        if (announced > der.size())
            return failure(Problem::Malformed,
                           QCoreApplication::translate(
                               "hocbaso::crypto::Ocsp",
                               "The OCSP response is cut short: it announces %1 bytes but only %2 arrived.")
                               .arg(announced)
                               .arg(der.size()));
        return failure(Problem::Malformed,
                       QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                                   "The answer of the OCSP responder is not an OCSP response."));
    }
    if (p - begin != der.size())
        return failure(
            Problem::Malformed,
            QCoreApplication::translate("hocbaso::crypto::Ocsp", "The OCSP response is followed by other bytes."));
    const int status = OCSP_response_status(response.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return failure(Problem::NotSuccessful, responseStatusText(status));
    BasicResponsePtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return failure(Problem::Malformed,
                       QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                                   "The OCSP response has no basic response (the only kind RFC 6960 "
                                                   "defines)."));

    // Who speaks: the certificate the response names as its signer (found among those it carries,
    // or the issuer's own), and its signature.
    if (!issuedBy(subject, issuerX509))
        return failure(
            Problem::IssuerMismatch,
            QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                        "\"%1\" did not issue \"%2\", so its OCSP answer cannot be checked.")
                .arg(displayName(X509_get_subject_name(issuerX509)), displayName(X509_get_subject_name(subject))));
    BorrowedStackPtr extra(sk_X509_new_null());
    if (!extra || !sk_X509_push(extra.get(), issuerX509))
        return failure(Problem::Internal, detail::openSslErrorText());
    X509* signer = nullptr;
    if (OCSP_resp_get0_signer(basic.get(), &signer, extra.get()) != 1 || !signer)
        return failure(Problem::UnknownSigner,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "The OCSP response is signed by a responder whose certificate it does not include."));
    // OpenSSL's check, limited to the signature: given only the signer found above and told not to
    // build its chain, it verifies the signature with that certificate's key. Whether the signer
    // may speak for the CA is decided below by RFC 6960's rules, not by a trust store lookup.
    BorrowedStackPtr signerOnly(sk_X509_new_null());
    StorePtr noStore(X509_STORE_new());
    if (!signerOnly || !noStore || !sk_X509_push(signerOnly.get(), signer))
        return failure(Problem::Internal, detail::openSslErrorText());
    if (OCSP_basic_verify(basic.get(), signerOnly.get(), noStore.get(), OCSP_NOINTERN | OCSP_NOVERIFY) != 1)
        return failure(Problem::BadSignature,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "The signature of the OCSP response does not verify with the key of \"%1\"; the answer "
                           "was altered or forged.")
                           .arg(displayName(X509_get_subject_name(signer))));

    // May it speak for this CA? RFC 6960 4.2.2.2: the CA itself, or a responder the CA issued
    // directly for this purpose.
    const QString signerName = displayName(X509_get_subject_name(signer));
    const QString issuerName = displayName(X509_get_subject_name(issuerX509));
    const bool delegated = !sameCertificateHolder(signer, issuerX509);
    if (delegated) {
        if (!issuedBy(signer, issuerX509))
            return failure(Problem::UnauthorizedResponder,
                           QCoreApplication::translate(
                               "hocbaso::crypto::Ocsp",
                               "The OCSP response is signed by \"%1\", which is neither the CA \"%2\" nor a responder "
                               "that CA appointed.")
                               .arg(signerName, issuerName));
        if (!(X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) ||
            !(X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN))
            return failure(Problem::UnauthorizedResponder,
                           QCoreApplication::translate(
                               "hocbaso::crypto::Ocsp",
                               "The OCSP responder \"%1\" was issued by \"%2\" but not for signing OCSP answers "
                               "(its certificate lacks the OCSP-signing purpose).")
                               .arg(signerName, issuerName));
        const QDateTime from = detail::asn1TimeToDateTime(X509_get0_notBefore(signer));
        const QDateTime until = detail::asn1TimeToDateTime(X509_get0_notAfter(signer));
        if (!from.isValid() || !until.isValid() || at < from || at > until)
            return failure(Problem::UnauthorizedResponder,
                           QCoreApplication::translate(
                               "hocbaso::crypto::Ocsp",
                               "The certificate of the OCSP responder \"%1\" is valid from %2 to %3, not at the time "
                               "of the check.")
                               .arg(signerName, text::dayText(from), text::dayText(until)));
    }
    const ChainResult issuerChain = verifyChain(issuer, trust, at);
    if (!issuerChain.ok)
        return failure(Problem::UntrustedIssuer,
                       QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                                   "The CA \"%1\" that the OCSP answer speaks for is not trusted: %2")
                           .arg(issuerName, issuerChain.error));

    // What it says about our certificate.
    OCSP_SINGLERESP* single = findAnswer(basic.get(), subject, issuerX509);
    if (!single)
        return failure(Problem::WrongCertificate,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "The OCSP response does not speak about this certificate (serial %1); it answers for "
                           "other certificates.")
                           .arg(certificate.serialHex()));
    int reason = -1;
    ASN1_GENERALIZEDTIME* revokedAt = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    const int certStatus = OCSP_single_get0_status(single, &reason, &revokedAt, &thisUpdate, &nextUpdate);

    OcspAnswer answer;
    answer.certificate = certificate;
    answer.responder = signerName;
    answer.delegatedResponder = delegated;
    answer.thisUpdate = detail::asn1TimeToDateTime(thisUpdate);
    answer.nextUpdate = detail::asn1TimeToDateTime(nextUpdate);
    answer.producedAt = detail::asn1TimeToDateTime(OCSP_resp_get0_produced_at(basic.get()));
    switch (certStatus) {
    case V_OCSP_CERTSTATUS_GOOD:
        answer.status = OcspAnswer::Status::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        answer.status = OcspAnswer::Status::Revoked;
        answer.revokedAt = detail::asn1TimeToDateTime(revokedAt);
        if (reason >= 0)
            answer.reason = detail::crlReasonName(reason);
        break;
    default:
        answer.status = OcspAnswer::Status::Unknown;
        break;
    }

    // Is it this request's answer, and a current one?
    const int nonceAt = OCSP_BASICRESP_get_ext_by_NID(basic.get(), NID_id_pkix_OCSP_Nonce, -1);
    if (expectedNonce.isEmpty()) {
        answer.nonce = OcspAnswer::NonceCheck::NotRequested;
    } else if (nonceAt < 0) {
        answer.nonce = OcspAnswer::NonceCheck::NotEchoed;
    } else if (extensionValue(OCSP_BASICRESP_get_ext(basic.get(), nonceAt)) != expectedNonce) {
        return failure(Problem::NonceMismatch,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "The OCSP response answers another request than ours (its nonce differs); it may be a "
                           "replayed old answer."));
    } else {
        answer.nonce = OcspAnswer::NonceCheck::Matched;
    }
    if (!answer.thisUpdate.isValid() || answer.thisUpdate > at.addSecs(kOcspClockSkewSeconds))
        return failure(Problem::NotYetValid,
                       QCoreApplication::translate(
                           "hocbaso::crypto::Ocsp",
                           "The OCSP answer is dated %1, later than now; the clock of this computer or of the "
                           "responder is wrong.")
                           .arg(text::dateTimeText(answer.thisUpdate)));
    if (answer.nextUpdate.isValid() && answer.nextUpdate < at.addSecs(-kOcspClockSkewSeconds))
        return failure(Problem::Stale,
                       QCoreApplication::translate("hocbaso::crypto::Ocsp",
                                                   "The OCSP answer of %1 was valid until %2 and is out of date.")
                           .arg(text::dateTimeText(answer.thisUpdate), text::dateTimeText(answer.nextUpdate)));

    OcspVerification result;
    result.answer = std::move(answer);
    return result;
}

} // namespace hocbaso::crypto
