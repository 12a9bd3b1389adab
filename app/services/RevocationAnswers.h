#pragma once

#include "crypto/Chain.h"
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

} // namespace hocbaso::services
