#include "CaRevocations.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "RecordVerification.h"
#include "TrustStoreService.h"
#include "store/CertificateRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hocbaso::services {
namespace {

Status canRecord(const Actor& a)
{
    if (a.system || a.role == Role::Officer || a.role == Role::Admin)
        return {};
    return Error::refused(QCoreApplication::translate(
        "hocbaso::services::CaRevocations",
        "Only officers and administrators record that a certificate authority revoked a certificate."));
}

const crypto::Check* failedRevocationCheck(const CertificateView& view)
{
    for (const crypto::Check& c : view.checks) {
        if (c.name == QLatin1String("not_revoked") && c.severity == crypto::Check::Fail)
            return &c;
    }
    return nullptr;
}

} // namespace

Result<QList<CaRevocations::Recorded>> CaRevocations::recordFrom(const QList<CertificateView>& views)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    if (auto s = canRecord(m_ctx.actor); !s)
        return s.error();
    store::CertificateRepository repo(m_ctx.db);
    QList<Recorded> recorded;
    for (const CertificateView& view : views) {
        const CertificateRegistration& r = view.registration;
        const crypto::Check* check = failedRevocationCheck(view);
        // Only registrations (not a file inspected), only once, only where the actor decides.
        if (!check || r.id <= 0 || r.isCaRevoked() || !permissions::canDecide(m_ctx.actor, view.unitId))
            continue;
        store::CertificateRepository::CaRevocation revocation;
        revocation.seenAt = m_ctx.clock.now();
        // A CRL entry and an OCSP "revoked" always carry a date; should one not, the moment it was
        // learnt is the latest it can have been.
        revocation.revokedAt = check->revokedAt.isValid() ? check->revokedAt : revocation.seenAt;
        revocation.reason = check->revocationReason;
        revocation.source = check->revocationSource.isEmpty() ? r.issuer : check->revocationSource;

        store::Transaction tx(m_ctx.db);
        if (!tx.isOpen())
            return tx.status().error();
        auto marked = repo.markCaRevoked(r.id, revocation);
        if (!marked)
            return marked.error();
        if (!*marked)
            continue; // somebody recorded it first; theirs stays
        QJsonObject detail{{QStringLiteral("school"), view.schoolCode},
                           {QStringLiteral("sha256"), r.sha256},
                           {QStringLiteral("status"), toText(r.status)},
                           {QStringLiteral("ca_revoked_at"), revocation.revokedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("source"), revocation.source}};
        if (!revocation.reason.isEmpty())
            detail.insert(QStringLiteral("reason"), revocation.reason);
        if (auto s = AuditLog(m_ctx).append(view.unitId, QStringLiteral("certificate.ca_revoked"),
                                            QStringLiteral("certificate"), QString::number(r.id), detail);
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();

        Recorded done{r.id, revocation.revokedAt, 0};
        // What it signed from the CA's date on was judged without the CA's word: judge it again now.
        auto again = RecordVerification(m_ctx).reverifySignedWith(r.id, revocation.revokedAt);
        if (!again)
            return again.error();
        done.reverified = again->checked;
        recorded.append(done);
    }
    return recorded;
}

Result<QList<CaRevocations::Recorded>> CaRevocations::record(const QList<qint64>& ids)
{
    if (auto s = canRecord(m_ctx.actor); !s)
        return s.error();
    QList<CertificateView> views;
    CertificateReview review(m_ctx);
    for (qint64 id : ids) {
        auto view = review.show(id);
        if (!view)
            return view.error();
        views.append(*view);
    }
    return recordFrom(views);
}

Result<QList<CaRevocations::Recorded>> CaRevocations::afterCrl(const crypto::Crl& crl)
{
    if (crl.isNull() || crl.revokedCount() == 0)
        return QList<Recorded>();
    if (auto s = canRecord(m_ctx.actor); !s)
        return s.error();
    // Whom the CRL can speak about: certificates its issuer issued, and (one level down) those
    // issued by a CA certificate of the trust store that it lists.
    QStringList issuers{crl.issuer()};
    auto context = TrustStoreService(m_ctx).checkContext();
    if (!context)
        return context.error();
    for (const crypto::TrustAnchor& anchor : std::as_const(context->trust)) {
        if (!anchor.isRoot && crl.revocationOf(anchor.cert))
            issuers.append(anchor.cert.subject());
    }
    store::CertificateRepository::Filter scope;
    scope.unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    auto ids = store::CertificateRepository(m_ctx.db).liveIdsIssuedBy(scope, issuers);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return QList<Recorded>();
    return record(*ids);
}

} // namespace hocbaso::services
