#include "RevocationRefresh.h"

#include "AuthService.h"
#include "CaRevocations.h"
#include "CertificateReview.h"
#include "RevocationAnswers.h"
#include "TrustStoreService.h"
#include "crypto/Crl.h"
#include "crypto/Ocsp.h"
#include "net/HttpFetcher.h"
#include "store/CertificateRepository.h"
#include "store/TrustRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace hocbaso::services {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hocbaso::services::RevocationRefresh", text);
}

} // namespace

Result<RevocationRefreshReport> RevocationRefresh::refresh(const QList<qint64>& certificateIds,
                                                           const Progress& progress)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    if (m_ctx.actor.role != Role::Admin && m_ctx.actor.role != Role::Officer && !m_ctx.actor.system)
        return Error::refused(tr("Only officers and administrators ask the certificate authorities."));

    // The certificates: those named, else every pending and approved one within reach.
    store::CertificateRepository repo(m_ctx.db);
    QList<store::CertificateRepository::ReviewRow> rows;
    if (!certificateIds.isEmpty()) {
        for (qint64 id : certificateIds) {
            auto row = repo.reviewRow(id);
            if (!row)
                return row.error();
            if (!row->has_value() || !permissions::canView(m_ctx.actor, (*row)->unitId))
                return Error::notFound(tr("There is no certificate #%1 among those you review.").arg(id));
            rows.append(**row);
        }
    } else {
        for (CertificateStatus status : {CertificateStatus::Pending, CertificateStatus::Approved}) {
            store::CertificateRepository::Filter filter;
            filter.status = status;
            filter.unitId = m_ctx.actor.unitId;
            auto some = repo.reviewRows(filter);
            if (!some)
                return some.error();
            rows += *some;
        }
    }

    TrustStoreService trust(m_ctx);
    auto context = trust.checkContext();
    if (!context)
        return context.error();

    RevocationRefreshReport report;
    report.checked = int(rows.size());
    // What to ask: each CRL URL once, and each certificate's OCSP responders.
    struct OcspQuestion
    {
        const store::CertificateRepository::ReviewRow* row;
        crypto::Certificate certificate;
        crypto::Certificate issuer;
        QString url;
    };
    QStringList crlUrls;
    QSet<QString> seenCrl;
    QList<OcspQuestion> ocsp;
    for (const auto& row : std::as_const(rows)) {
        auto certificate = crypto::Certificate::fromDer(row.registration.der);
        if (!certificate)
            continue;
        const crypto::ChainResult path =
            crypto::verifyChain(*certificate, context->trust, context->now, crypto::LeafValidity::Ignore);
        for (const QString& url : crlUrlsOfPath(*certificate, path.chain)) {
            if (!seenCrl.contains(url)) {
                seenCrl.insert(url);
                crlUrls.append(url);
            }
        }
        const crypto::Certificate issuer = path.chain.size() >= 2 ? path.chain.at(1) : crypto::Certificate();
        for (const QString& url : certificate->ocspUrls())
            ocsp.append({&row, *certificate, issuer, url});
    }

    const int total = int(crlUrls.size() + ocsp.size());
    int done = 0;
    bool stopped = false;
    const auto stepDone = [&]() {
        ++done;
        stopped = progress && !progress(done, total);
        return !stopped;
    };
    store::TrustRepository trustRepo(m_ctx.db);
    // Every attempt is remembered per URL, so that a warning later says which source failed and why.
    Status logged;
    const auto remember = [&](const QString& url, const char* kind, const QString& error) {
        store::TrustRepository::FetchRow f;
        f.url = url;
        f.kind = QString::fromLatin1(kind);
        f.triedAt = m_ctx.clock.now();
        f.ok = error.isEmpty();
        f.error = error;
        f.triedBy = m_ctx.actor.username;
        if (auto s = trustRepo.recordFetch(f); !s && logged)
            logged = s;
    };
    const auto unreachable = [&report](const QString& url, const QString& reason) {
        report.unreachable.append({url, reason});
    };
    // The reason the current URL failed, if it did (empty when it answered).
    const auto failureSince = [&report](qsizetype failuresBefore) {
        return report.unreachable.size() > failuresBefore ? report.unreachable.constLast().reason : QString();
    };

    for (const QString& url : std::as_const(crlUrls)) {
        const qsizetype failuresBefore = report.unreachable.size();
        const QUrl u(url);
        if (!net::HttpFetcher::isFetchable(u)) {
            unreachable(url, tr("Only http and https distribution points are fetched."));
        } else if (auto bytes = m_fetcher.get(u); !bytes) {
            unreachable(url, bytes.errorString());
        } else if (auto crl = crypto::Crl::fromBytes(*bytes); !crl) {
            unreachable(url, tr("What it sent is not a CRL: %1").arg(crl.errorString()));
        } else if (auto added = trust.addCrl(*crl, url); added) {
            ++report.crlsAdded;
        } else if (added.error().kind != ErrorKind::Conflict) {
            // A CRL that does not verify against the trust store is never stored, nor used.
            unreachable(url, added.errorString());
        }
        remember(url, "crl", failureSince(failuresBefore));
        if (!stepDone())
            break;
    }

    for (const OcspQuestion& q : std::as_const(ocsp)) {
        if (stopped)
            break; // stopped during the CRLs
        const qsizetype failuresBefore = report.unreachable.size();
        const QUrl u(q.url);
        if (q.issuer.isNull()) {
            unreachable(q.url, tr("The issuer of certificate #%1 is not in the trust store, so its OCSP responder "
                                  "cannot be asked.")
                                   .arg(q.row->registration.id));
        } else if (!net::HttpFetcher::isFetchable(u)) {
            unreachable(q.url, tr("Only http and https OCSP responders are asked."));
        } else if (auto request = crypto::buildOcspRequest(q.certificate, q.issuer); !request) {
            unreachable(q.url, request.errorString());
        } else if (auto bytes = m_fetcher.post(u, request->der, "application/ocsp-request"); !bytes) {
            unreachable(q.url, bytes.errorString());
        } else {
            const crypto::OcspVerification v = crypto::verifyOcspResponse(
                *bytes, q.certificate, q.issuer, context->trust, m_ctx.clock.now(), request->nonce);
            if (!v.ok()) {
                unreachable(q.url, v.error);
            } else {
                store::TrustRepository::OcspAnswerRow row;
                row.certificateId = q.row->registration.id;
                row.schoolId = q.row->registration.schoolId;
                row.url = q.url;
                row.der = *bytes;
                row.status = crypto::OcspAnswer::statusText(v.answer.status);
                row.revokedAt = v.answer.revokedAt;
                row.reason = v.answer.reason;
                row.thisUpdate = v.answer.thisUpdate;
                row.nextUpdate = v.answer.nextUpdate;
                row.fetchedAt = m_ctx.clock.now();
                row.fetchedBy = m_ctx.actor.username;
                if (auto id = trustRepo.insertOcspAnswer(row); !id)
                    return id.error();
                ++report.ocspAnswers;
            }
        }
        remember(q.url, "ocsp", failureSince(failuresBefore));
        if (!stepDone())
            break;
    }
    if (!logged)
        return logged.error();

    // The verdicts with everything now at hand, as 6.1 shows them.
    CertificateReview review(m_ctx);
    QList<CertificateView> revokedViews;
    for (const auto& row : std::as_const(rows)) {
        auto view = review.show(row.registration.id);
        if (!view)
            return view.error();
        for (const crypto::Check& c : std::as_const(view->checks)) {
            if (c.name == QLatin1String("not_revoked") && c.severity == crypto::Check::Fail) {
                report.revoked.append(row.registration.id);
                revokedViews.append(*view);
            }
        }
    }
    // What the CAs said is kept on the registrations: sends stop and 6.1 shows it, even once these
    // answers have aged or are gone.
    if (auto recorded = CaRevocations(m_ctx).recordFrom(revokedViews); !recorded)
        return recorded.error();
    for (const auto& row : std::as_const(rows)) {
        if (!row.registration.isCaRevoked() && report.revoked.contains(row.registration.id))
            report.newlyRevoked.append(row.registration.id);
    }
    return report;
}

Result<RevocationRefresh::LastAttempts> RevocationRefresh::lastAttempts(ServiceContext& ctx)
{
    return store::TrustRepository(ctx.db).fetchSummary();
}

} // namespace hocbaso::services
