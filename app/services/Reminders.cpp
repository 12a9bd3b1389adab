#include "Reminders.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "LockService.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {

Status Reminders::canSend() const
{
    if (auto s = permissions::canDecide(m_ctx.actor, 0); !s)
        return s;
    return requireOnline(m_ctx);
}

Result<QList<ReminderTarget>> Reminders::targets(const QList<ProgressRow>& rows, int schoolYear, int grade)
{
    store::SchoolRepository schools(m_ctx.db);
    LockService locks(m_ctx);
    QList<ReminderTarget> out;
    for (const ProgressRow& row : rows) {
        if (row.schoolId <= 0)
            continue;
        auto school = schools.byId(row.schoolId);
        if (!school)
            return school.error();
        if (!school->has_value())
            continue;
        if (auto s = permissions::canView(m_ctx.actor, (*school)->unitId); !s)
            return s.error();
        ReminderTarget t;
        t.school = **school;
        t.figures = row;
        auto effective = locks.effective(schoolYear, t.school.code);
        if (!effective)
            return effective.error();
        for (const EffectiveLock& l : std::as_const(*effective)) {
            if ((grade == 0 || l.grade == grade) && l.receive.isValid() &&
                (!t.receiveLock.isValid() || l.receive < t.receiveLock))
                t.receiveLock = l.receive;
        }
        out.append(t);
    }
    QList<qint64> ids;
    for (const ReminderTarget& t : std::as_const(out))
        ids.append(t.school.id);
    auto contacts = store::SchoolContactRepository(m_ctx.db).byIds(ids);
    if (!contacts)
        return contacts.error();
    for (ReminderTarget& t : out)
        t.contact = contacts->value(t.school.id);
    if (auto s = refreshLog(out, schoolYear); !s)
        return s.error();
    return out;
}

Status Reminders::refreshLog(QList<ReminderTarget>& targets, int schoolYear)
{
    QList<qint64> ids;
    for (const ReminderTarget& t : std::as_const(targets))
        ids.append(t.school.id);
    auto summaries = store::ReminderRepository(m_ctx.db).summaries(ids, schoolYear);
    if (!summaries)
        return summaries.error();
    for (ReminderTarget& t : targets) {
        const store::ReminderSummary s = summaries->value(t.school.id);
        t.reminders = s.count;
        t.lastSentAt = s.lastSentAt;
    }
    return {};
}

Result<ReminderIssuer> Reminders::issuer(const QList<ReminderTarget>& targets)
{
    // A store-wide administrator has no unit of their own: the letter goes out in the name of the
    // school's managing unit.
    qint64 unitId = m_ctx.actor.unitId;
    if (unitId <= 0 && !targets.isEmpty())
        unitId = targets.first().school.unitId;
    ReminderIssuer out;
    store::UnitRepository units(m_ctx.db);
    auto unit = units.byId(unitId);
    if (!unit)
        return unit.error();
    if (!unit->has_value())
        return out;
    out.unitName = (*unit)->name;
    if ((*unit)->parentId > 0) {
        auto parent = units.byId((*unit)->parentId);
        if (!parent)
            return parent.error();
        if (parent->has_value())
            out.parentName = (*parent)->name;
    }
    return out;
}

Result<QList<store::SchoolReminder>> Reminders::log(const QList<ReminderTarget>& targets, int schoolYear,
                                                    const QString& reference)
{
    if (auto s = canSend(); !s)
        return s.error();
    for (const ReminderTarget& t : targets) {
        if (auto s = permissions::canDecide(m_ctx.actor, t.school.unitId); !s)
            return s.error();
    }
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    store::ReminderRepository repo(m_ctx.db);
    const QDateTime now = m_ctx.clock.now();
    QList<store::SchoolReminder> out;
    QList<AuditLog::Entry> audit;
    for (const ReminderTarget& t : targets) {
        store::SchoolReminder r;
        r.schoolId = t.school.id;
        r.schoolYear = schoolYear;
        r.sentAt = now;
        r.sentBy = m_ctx.actor.username;
        r.reference = reference.simplified();
        auto id = repo.insert(r);
        if (!id)
            return id.error();
        r.id = *id;
        out.append(r);
        // On the school's unit's chain, beside the school's other history.
        audit.append({t.school.unitId, QStringLiteral("school.remind"), QStringLiteral("school"), t.school.code,
                      QJsonObject{{QStringLiteral("school_year"), schoolYear},
                                  {QStringLiteral("reference"), r.reference},
                                  {QStringLiteral("expected"), t.figures.expected},
                                  {QStringLiteral("sent"), t.figures.sent}}});
    }
    if (auto s = AuditLog(m_ctx).appendAll(audit); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace hocbaso::services
