#pragma once

#include "Certificate.h"
#include "Chain.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hocbaso::crypto {

// OCSP (RFC 6960) without the transport: the network layer POSTs OcspRequest::der to the URL from
// Certificate::ocspUrls() as application/ocsp-request and hands the body it got back to
// verifyOcspResponse.

// Responses are a few kilobytes; anything larger is not an answer we want to parse.
inline constexpr qint64 kMaxOcspResponseBytes = 1024 * 1024;
// Clocks of responders and officers' computers differ; RFC 6960 leaves the tolerance to us.
inline constexpr int kOcspClockSkewSeconds = 5 * 60;

struct OcspRequest
{
    QByteArray der;
    // The value of the nonce extension as sent, empty when the request has none; pass it to
    // verifyOcspResponse so that a replayed old answer is refused.
    QByteArray nonce;
};

enum class OcspNonce
{
    Include,
    Omit // for responders that refuse nonces (many CAs pre-sign their answers)
};

// A request about `certificate`, issued by `issuer`, with a SHA-1 CertID (the hash every responder
// understands; RFC 5019). Fails when `issuer` did not issue `certificate`.
Result<OcspRequest> buildOcspRequest(const Certificate& certificate, const Certificate& issuer,
                                     OcspNonce nonce = OcspNonce::Include);

// What a verified response says about one certificate.
struct OcspAnswer
{
    enum class Status
    {
        Good,
        Revoked,
        Unknown // the responder does not know the certificate
    };
    enum class NonceCheck
    {
        Matched,
        NotRequested,
        NotEchoed // the request had a nonce and the responder left it out (allowed, but the answer may be a pre-signed
                  // one)
    };

    Certificate certificate;
    Status status = Status::Unknown;
    QDateTime revokedAt; // UTC; for Revoked
    QString reason;      // RFC 5280 name ("keyCompromise"...), empty when none is given
    QDateTime thisUpdate;
    QDateTime nextUpdate; // invalid when the responder gives none
    QDateTime producedAt;
    QString responder;               // the CN (else the subject) of the certificate that signed the answer
    bool delegatedResponder = false; // signed by a responder certificate rather than the CA's own key
    NonceCheck nonce = NonceCheck::NotRequested;

    // thisUpdate is not in the future and nextUpdate, when there is one, not past, give or take
    // kOcspClockSkewSeconds.
    bool isFreshAt(const QDateTime& at) const;
    // "good", "revoked", "unknown" (JSON, not translated).
    static QString statusText(Status status);
};

struct OcspVerification
{
    enum class Problem
    {
        None,
        TooLarge,              // more than kMaxOcspResponseBytes
        Malformed,             // not DER OCSP, cut short, or followed by other bytes
        NotSuccessful,         // the responder answered malformedRequest, tryLater, unauthorized...
        IssuerMismatch,        // the given issuer did not issue the certificate
        UntrustedIssuer,       // the issuer does not chain to the trust store
        UnknownSigner,         // the signer's certificate is neither included nor the issuer
        BadSignature,          // the signature does not verify with the signer's key
        UnauthorizedResponder, // the signer is neither the CA nor a responder the CA delegated
        WrongCertificate,      // no answer in the response is about this certificate
        NotYetValid,           // thisUpdate is in the future
        Stale,                 // nextUpdate has passed
        NonceMismatch,         // the response carries another nonce than the request
        Internal,
    };

    Problem problem = Problem::None;
    // A sentence in the user's language; empty when ok.
    QString error;
    // Filled only when ok.
    OcspAnswer answer;

    bool ok() const { return problem == Problem::None; }
};

// Verifies an OCSP response (DER, as received) about `certificate`, issued by `issuer`, at time
// `now` (the current time when invalid): the response status is successful; it is signed by the
// issuer itself or by a responder certificate the issuer issued directly with the OCSP-signing
// purpose and valid at `now`; the issuer chains to `trust`; one of its answers has the
// certificate's CertID; it is fresh (see OcspAnswer::isFreshAt); and when both the request and the
// response carry a nonce they are equal. Never trusts anything else in the response.
OcspVerification verifyOcspResponse(const QByteArray& der, const Certificate& certificate, const Certificate& issuer,
                                    const QList<TrustAnchor>& trust, const QDateTime& now,
                                    const QByteArray& expectedNonce = {});

} // namespace hocbaso::crypto
