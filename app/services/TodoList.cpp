#include "TodoList.h"

#include "AuthService.h"
#include "CertificateReview.h"
#include "LockService.h"
#include "RevocationReview.h"
#include "Statistics.h"
#include "crypto/CertificateChecks.h"

#include <algorithm>

namespace hocbaso::services {

QString toText(LockSoon::Kind kind)
{
    return kind == LockSoon::Kind::Receive ? QStringLiteral("receive") : QStringLiteral("revoke");
}

Result<qint64> TodoList::pendingCertificates()
{
    auto counts = CertificateReview(m_ctx).countsByStatus(CertificateQuery{});
    if (!counts)
        return counts.error();
    return counts->value(CertificateStatus::Pending);
}

Result<qint64> TodoList::pendingRevocations()
{
    auto counts = RevocationReview(m_ctx).countsByStatus();
    if (!counts)
        return counts.error();
    return counts->value(RevocationStatus::Pending);
}

Result<TodoSummary> TodoList::summary(int thresholdPercent)
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    TodoSummary out;
    out.today = m_ctx.clock.today();
    out.thresholdPercent = thresholdPercent >= 0 ? thresholdPercent : Statistics::kDefaultLowSharePercent;
    out.expiryDays = crypto::kExpiryWarningDays;
    out.lockDays = kLockHorizonDays;

    CertificateReview certificates(m_ctx);
    // countsByStatus ignores the query's status: the pending count of every status's counts.
    auto counts = certificates.countsByStatus(CertificateQuery{});
    if (!counts)
        return counts.error();
    out.pendingCertificates = counts->value(CertificateStatus::Pending);
    CertificateQuery expiring;
    expiring.expiringWithinDays = out.expiryDays;
    auto expiringCounts = certificates.countsByStatus(expiring);
    if (!expiringCounts)
        return expiringCounts.error();
    // Only approved ones are in use; a pending one is already on the list of pending ones.
    out.expiringCertificates = expiringCounts->value(CertificateStatus::Approved);

    auto revocations = pendingRevocations();
    if (!revocations)
        return revocations.error();
    out.pendingRevocations = *revocations;

    Statistics stats(m_ctx);
    out.schoolYear = stats.defaultYear();
    auto report = stats.report(out.schoolYear);
    if (!report)
        return report.error();
    out.schoolsBelowThreshold = std::count_if(report->rows.cbegin(), report->rows.cend(), [&](const ProgressRow& r) {
        return Statistics::isBelow(r, out.thresholdPercent);
    });

    auto locks = LockService(m_ctx).effective(out.schoolYear);
    if (!locks)
        return locks.error();
    const QDate last = out.today.addDays(kLockHorizonDays);
    auto soon = [&](const QDate& d) { return d.isValid() && d >= out.today && d <= last; };
    for (const EffectiveLock& l : *locks) {
        for (LockSoon::Kind kind : {LockSoon::Kind::Receive, LockSoon::Kind::Revoke}) {
            const QDate date = kind == LockSoon::Kind::Receive ? l.receive : l.revoke;
            if (soon(date))
                out.locksSoon.append({l.schoolCode, l.schoolName, l.grade, l.schoolYear, kind, date});
        }
    }
    // effective() lists the schools in the 6.2 tree's order; the soonest date comes first, and
    // the tree's order stays within a date (stable).
    std::stable_sort(out.locksSoon.begin(), out.locksSoon.end(),
                     [](const LockSoon& a, const LockSoon& b) { return a.date < b.date; });
    return out;
}

} // namespace hocbaso::services
