#include "RevocationAnswers.h"

#include "store/TrustRepository.h"

namespace hocbaso::services {

crypto::Certificate issuerIn(const crypto::Certificate& certificate, const QList<crypto::TrustAnchor>& trust)
{
    // The path the chain check builds names the issuer; it needs no revocation data.
    const crypto::ChainResult path = crypto::verifyChain(certificate, trust, QDateTime(), crypto::LeafValidity::Ignore);
    if (path.chain.size() >= 2)
        return path.chain.at(1);
    return {};
}

QList<crypto::OcspAnswer> verifiedOcspAnswers(store::Database& db, qint64 certificateId,
                                              const crypto::Certificate& certificate,
                                              const QList<crypto::TrustAnchor>& trust)
{
    QList<crypto::OcspAnswer> answers;
    if (certificate.isNull())
        return answers;
    auto rows = store::TrustRepository(db).ocspAnswers({certificateId});
    if (!rows || rows->isEmpty())
        return answers;
    const crypto::Certificate issuer = issuerIn(certificate, trust);
    if (issuer.isNull())
        return answers;
    for (const store::TrustRepository::OcspAnswerRow& row : std::as_const(*rows)) {
        const crypto::OcspVerification v =
            crypto::verifyOcspResponse(row.der, certificate, issuer, trust, row.thisUpdate);
        if (v.ok())
            answers.append(v.answer);
    }
    return answers;
}

} // namespace hocbaso::services
