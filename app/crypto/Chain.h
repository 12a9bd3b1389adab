#pragma once

#include "Certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hocbaso::crypto {

// A certificate of the trust store. Roots (and any certificate the officer chose to trust
// directly) are trust anchors; intermediates only help to build a path.
struct TrustAnchor
{
    Certificate cert;
    QString family; // "vgca" | "public" | "test"
    bool isRoot = true;
    // A root made for rehearsals and tests (the demo's stand-ins for the real CAs, or any anchor of
    // the family "test"): a chain to it is shown as such, never as a plain pass. The trust store
    // decides (services::TrustStoreService::isTestAnchor); crypto only carries the mark.
    bool test = false;
};

struct ChainResult
{
    enum class Problem
    {
        None,
        Expired,        // a certificate of the path had expired at the given time
        NotYetValid,    // a certificate of the path was not yet valid
        UntrustedRoot,  // the path ends in a self-signed certificate that is not trusted
        IssuerNotFound, // no trusted or intermediate certificate issued one of the path
        BadSignature,   // a signature of the path does not verify
        NotCa,          // an issuer is not a CA, or a path length limit is exceeded
        Policy,         // the certificates demand an explicit policy the path does not have, or one is invalid
        Other,
    };

    bool ok = false;
    Problem problem = Problem::None;
    // Leaf first, trust anchor last. On failure, as far as OpenSSL got.
    QList<Certificate> chain;
    // Family of the trust anchor reached; empty when none was.
    QString family;
    // Whether that anchor is a test root (TrustAnchor::test).
    bool testRoot = false;
    // A sentence in the user's language; empty when ok.
    QString error;
};

// Whether the leaf's own validity period counts. The certificate checks judge it separately
// (validity, expiry_soon), so their chain check must not fail a path that is only "expired".
enum class LeafValidity
{
    Check,
    Ignore
};

// Builds and verifies a path from `leaf` to a trust anchor at time `at` (the current time when
// invalid), with no purpose or key usage requirement on the leaf; the leaf may be a CA
// certificate itself. Revocation is not checked here (see Crl).
ChainResult verifyChain(const Certificate& leaf, const QList<TrustAnchor>& anchorsAndIntermediates, const QDateTime& at,
                        LeafValidity leafValidity = LeafValidity::Check);

} // namespace hocbaso::crypto
