#pragma once

#include "crypto/Chain.h"
#include "crypto/Crl.h"
#include "crypto/Ocsp.h"
#include "store/Database.h"

#include <QList>

namespace hocbaso::services {

// The OCSP answers the store keeps about one registered certificate that still verify: the
// responder's signature and authority, the CertID, checked as at the answer's own date. Whether an
// answer is still fresh is the path validation's to judge (it then says how old it is). A row that
// no longer verifies (typed in by hand, or a forgery) is simply not among them. Newest first.
QList<crypto::OcspAnswer> verifiedOcspAnswers(store::Database& db, qint64 certificateId,
                                              const crypto::Certificate& certificate,
                                              const QList<crypto::TrustAnchor>& trust);

// The certificate of the trust store that issued `certificate`, or a null certificate.
crypto::Certificate issuerIn(const crypto::Certificate& certificate, const QList<crypto::TrustAnchor>& trust);

// Where a certificate's revocation is told: its own CRL distribution points and those of every CA
// of its path below the trust anchor (`path` as crypto::verifyChain builds it, the certificate
// first; empty when no path was built). Each once, in path order.
QStringList crlUrlsOfPath(const crypto::Certificate& certificate, const QList<crypto::Certificate>& path);

// When a certificate's revocation is not known (the not_revoked warning), what a person needs next:
// which of its CRL distribution points and OCSP responders (and those of the CAs of its path) could
// not be asked, why and when, and how old the newest answer at hand is. Empty when there is nothing
// to add. Sentences in the user's language.
QString revocationSourcesNote(store::Database& db, const crypto::Certificate& certificate,
                              const QList<crypto::Certificate>& path, const QList<crypto::Crl>& crls,
                              const QList<crypto::OcspAnswer>& ocspAnswers, const QDateTime& now);

// "3 days", "5 hours", "a few minutes": how long ago, for answers kept offline.
QString ageText(const QDateTime& then, const QDateTime& now);

} // namespace hocbaso::services
