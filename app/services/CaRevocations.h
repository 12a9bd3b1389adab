#pragma once

#include "CertificateReview.h"
#include "ServiceContext.h"
#include "crypto/Crl.h"

#include <QList>

namespace hocbaso::services {

// A registered certificate that its CA revoked (issue #18, item 3): the CA's word, as a verified CRL
// or OCSP answer gives it, is recorded on the registration (when, why, by whose word, when learnt),
// once and for good. From then on 6.1 shows it ("revoked by the CA"), the school's sends with it are
// refused (SchoolActions, and the central store's rules) until a new certificate is approved, and
// the stored receipt verifications of records it signed on or after the CA's date are judged again
// at once (RecordVerification::reverifySignedWith); records signed before that date stay valid.
//
// Officers and administrators, for the schools they decide for; online only. Called by
// RevocationRefresh after it asked the CAs and by TrustStoreService after a CRL was loaded.
class CaRevocations
{
public:
    struct Recorded
    {
        qint64 id = 0;
        QDateTime revokedAt;
        qint64 reverified = 0; // receipt verifications judged again
    };

    explicit CaRevocations(ServiceContext& ctx) : m_ctx(ctx) {}

    // The registrations whose views (with checks) fail not_revoked and carry no CA revocation yet:
    // recorded, each with its audit event. Returns those recorded now.
    Result<QList<Recorded>> recordFrom(const QList<CertificateView>& views);
    // The same for registrations by id, checked again now.
    Result<QList<Recorded>> record(const QList<qint64>& ids);
    // After a CRL was loaded: the pending and approved registrations within reach that it can
    // speak about (issued by its issuer, or by a CA certificate of the trust store that it lists),
    // checked again and recorded. Cheap for a CRL that lists nothing; never reads every certificate.
    Result<QList<Recorded>> afterCrl(const crypto::Crl& crl);

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
