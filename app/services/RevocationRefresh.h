#pragma once

#include "ServiceContext.h"
#include "store/TrustRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace hocbaso::net {
class HttpFetcher;
}

namespace hocbaso::services {

// What a refresh did (`cert refresh`, 6.1's "Check revocation now").
struct RevocationRefreshReport
{
    struct Unreachable
    {
        QString url;
        QString reason; // a sentence in the user's language
    };
    int checked = 0;       // certificates looked at
    QList<qint64> revoked; // of those, the ones their CA (or a CA of their path) now says are revoked
    // Of those, the ones learnt now: recorded on the registration (CaRevocations) by this refresh, or
    // already by the CRLs it loaded.
    QList<qint64> newlyRevoked;
    QList<Unreachable> unreachable;
    int crlsAdded = 0;   // new CRLs stored (a CRL already held counts as fetched, not added)
    int ocspAnswers = 0; // answers stored
};

// Asks the certificate authorities now (issue #18): for each pending and approved certificate in
// the actor's reach (or the ones named), the CRLs of the distribution points of every certificate
// of its path, and the OCSP responders the certificate names. Every CRL and answer is verified
// before it is stored (a CRL that does not verify against the trust store, or an answer whose
// responder is not the CA or its delegate, is reported as a failure of that URL, never used); a URL
// is asked once per refresh however many certificates name it. Officers and administrators,
// online only. Blocking (it waits for the network): call it from a worker thread or the CLI.
class RevocationRefresh
{
public:
    using Progress = std::function<bool(int done, int total)>; // false stops after the current URL

    RevocationRefresh(ServiceContext& ctx, net::HttpFetcher& fetcher) : m_ctx(ctx), m_fetcher(fetcher) {}

    Result<RevocationRefreshReport> refresh(const QList<qint64>& certificateIds = {}, const Progress& progress = {});

    // When the CAs were last asked from this store, how many addresses failed then, and how old the
    // newest answer kept is: what 6.1 shows beside its button, offline too.
    using LastAttempts = store::TrustRepository::FetchSummary;
    static Result<LastAttempts> lastAttempts(ServiceContext& ctx);

private:
    ServiceContext& m_ctx;
    net::HttpFetcher& m_fetcher;
};

} // namespace hocbaso::services
