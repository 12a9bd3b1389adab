#include "Commands.h"

#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "services/Statistics.h"
#include "services/TodoList.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {

// `todo [--below N]`: what needs the actor's attention within their units (CLI.md), counted by
// services::TodoList through the services behind `cert list`, `revocation list`, `stats` and
// `lock show`.
int cmdTodo(CliContext& c)
{
    const Arguments& a = c.args();
    if (a.words().size() != 1)
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli todo [--below PERCENT]"));
    auto below = c.intOption(QStringLiteral("below"), services::Statistics::kDefaultLowSharePercent, 0, 100);
    if (!below)
        return c.fail(below.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto summary = services::TodoList(**ctx).summary(*below);
    if (!summary)
        return c.fail(summary.error());
    const services::TodoSummary& s = *summary;
    if (c.json()) {
        QJsonArray locks;
        for (const services::LockSoon& l : s.locksSoon)
            locks.append(QJsonObject{{QStringLiteral("school"), l.schoolCode},
                                     {QStringLiteral("school_name"), l.schoolName},
                                     {QStringLiteral("grade"), l.grade},
                                     {QStringLiteral("kind"), services::toText(l.kind)},
                                     {QStringLiteral("date"), l.date.toString(Qt::ISODate)}});
        return c.printJson({{QStringLiteral("pending_certificates"), s.pendingCertificates},
                            {QStringLiteral("expiring_certificates"), s.expiringCertificates},
                            {QStringLiteral("pending_revocations"), s.pendingRevocations},
                            {QStringLiteral("schools_below_threshold"), s.schoolsBelowThreshold},
                            {QStringLiteral("locks_soon"), locks},
                            {QStringLiteral("year"), SchoolYear{s.schoolYear}.label()},
                            {QStringLiteral("threshold_percent"), s.thresholdPercent},
                            {QStringLiteral("expiry_days"), s.expiryDays},
                            {QStringLiteral("lock_days"), s.lockDays},
                            {QStringLiteral("today"), s.today.toString(Qt::ISODate)}});
    }
    QTextStream& out = c.out();
    out << QCoreApplication::translate("hocbaso::cli", "Certificates waiting for approval: %1")
               .arg(s.pendingCertificates)
        << "\n"
        << QCoreApplication::translate("hocbaso::cli", "Approved certificates expiring within %n day(s): %1", nullptr,
                                       s.expiryDays)
               .arg(s.expiringCertificates)
        << "\n"
        << QCoreApplication::translate("hocbaso::cli", "Revocation requests waiting for a decision: %1")
               .arg(s.pendingRevocations)
        << "\n"
        << QCoreApplication::translate("hocbaso::cli", "Schools below %1% of records sent (%2): %3")
               .arg(s.thresholdPercent)
               .arg(SchoolYear{s.schoolYear}.label())
               .arg(s.schoolsBelowThreshold)
        << "\n"
        << QCoreApplication::translate("hocbaso::cli", "Lock dates within the next %n day(s): %1", nullptr, s.lockDays)
               .arg(s.locksSoon.size())
        << "\n";
    for (const services::LockSoon& l : s.locksSoon)
        out << "  " << text::dayText(l.date) << "  "
            << (l.kind == services::LockSoon::Kind::Receive
                    ? QCoreApplication::translate("hocbaso::cli", "receive lock")
                    : QCoreApplication::translate("hocbaso::cli", "revoke lock"))
                   .leftJustified(16)
            << " " << l.schoolCode.leftJustified(8) << " "
            << QCoreApplication::translate("hocbaso::cli", "grade %1").arg(l.grade) << "  " << l.schoolName << "\n";
    return Done;
}

} // namespace hocbaso::cli
