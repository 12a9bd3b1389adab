#pragma once

#include "Certificate.h"
#include "Chain.h"
#include "Crl.h"
#include "Ocsp.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hocbaso::crypto {

// Revocation of one certificate of a certification path.
struct RevocationState
{
    enum class Status
    {
        Good,        // a current CRL or OCSP answer that verified says so
        Revoked,     // its CA says so (a revocation stays a fact even in an out-of-date CRL)
        Unknown,     // no usable, current answer: a warning, never a pass
        TrustAnchor, // trusted as it is; RFC 5280 does not check an anchor's revocation
    };
    enum class Source
    {
        None,
        Crl,
        Ocsp
    };

    Certificate certificate;
    Status status = Status::Unknown;
    Source source = Source::None;
    QDateTime revokedAt; // UTC, for Revoked
    QString reason;      // RFC 5280 name, empty when none is given
    // The answer relied on (or, for Unknown, the out-of-date one there was): its date and when the
    // next is due, and who gave it (the CRL's issuer or the OCSP responder).
    QDateTime answerDate;
    QDateTime answerNextUpdate;
    QString authority;
    // Sentences in the user's language: what was found, and for Unknown why (no CRL, a CRL that
    // was not used and why, an out-of-date CRL or OCSP answer).
    QString detail;
};

struct PathValidation
{
    enum class Verdict
    {
        Pass,    // the path is valid and every certificate below the anchor is known good
        Warning, // the path is valid, nothing is revoked, but some revocation state is unknown
        Fail,    // the path is not valid, or a certificate of it is revoked
    };

    // The path itself: building, signatures, validity, CA constraints, policies.
    ChainResult path;
    // One per certificate of path.chain, leaf first, the trust anchor last.
    QList<RevocationState> revocation;

    Verdict verdict() const;
    // The first revoked certificate of the path (leaf first), or null.
    const RevocationState* firstRevoked() const;
    // The first certificate whose state is unknown, or null.
    const RevocationState* firstUnknown() const;
};

// Validates the path from `leaf` to a trust anchor at time `at` (now when invalid) as RFC 5280 6.1
// does, with OpenSSL's verifier: CRLs checked for the leaf and every CA below the anchor (delta
// CRLs applied to their base), certificate policies processed with any-policy as the initial set
// (requireExplicitPolicy, inhibitPolicyMapping and inhibitAnyPolicy as the certificates demand).
// A CRL is used only when its issuer may sign CRLs (cRLSign), it has no unknown critical
// extension, its scope (issuing distribution point, reasons, indirect issuer) covers the
// certificate, it is not dated in the future and its signature verifies with the issuer's key;
// a CRL that fails any of these is left out and named in the certificate's detail. `ocspAnswers`
// are answers verifyOcspResponse already accepted; an answer counts for the certificate it is
// about while it is current at `at`.
PathValidation validatePath(const Certificate& leaf, const QList<TrustAnchor>& anchorsAndIntermediates,
                            const QList<Crl>& crls, const QList<OcspAnswer>& ocspAnswers, const QDateTime& at,
                            LeafValidity leafValidity = LeafValidity::Check);

} // namespace hocbaso::crypto
