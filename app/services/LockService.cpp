#include "LockService.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "core/LookupCode.h"
#include "store/LockRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace hocbaso::services {
namespace {

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString sourceWords(LockSource s)
{
    switch (s) {
    case LockSource::Unit:
        return QCoreApplication::translate("hocbaso::services::LockService", "set for the whole unit");
    case LockSource::School:
        return QCoreApplication::translate("hocbaso::services::LockService", "set for this school");
    case LockSource::None:
        break;
    }
    return QCoreApplication::translate("hocbaso::services::LockService", "not set");
}

QJsonValue isoOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Lays one stored row over what is inherited: its dates (where set) and the row's source win.
static void applyRow(EffectiveLock& e, const LockSetting& row, LockSource source)
{
    e.source = source;
    if (row.receiveLock.isValid()) {
        e.receive = row.receiveLock;
        e.receiveSource = source;
    }
    if (row.revokeLock.isValid()) {
        e.revoke = row.revokeLock;
        e.revokeSource = source;
    }
}

} // namespace

QString toText(LockSource s)
{
    switch (s) {
    case LockSource::Unit:
        return QStringLiteral("unit");
    case LockSource::School:
        return QStringLiteral("school");
    case LockSource::None:
        break;
    }
    return {};
}

QString EffectiveLock::describeReceive() const
{
    return QStringLiteral("%1 (%2)").arg(day(receive), sourceWords(receiveSource));
}

QString EffectiveLock::describeRevoke() const
{
    return QStringLiteral("%1 (%2)").arg(day(revoke), sourceWords(revokeSource));
}

int LockService::defaultYear() const
{
    return SchoolYear::containing(m_ctx.clock.today()).startYear;
}

Status LockService::validateGrades(const QList<int>& grades)
{
    for (int g : grades) {
        if (g < 1 || g > 5)
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::LockService",
                                            "Grade %1 does not exist: primary schools have grades 1 to 5.")
                    .arg(g));
    }
    return {};
}

Result<qint64> LockService::actingUnit() const
{
    if (m_ctx.actor.unitId > 0)
        return m_ctx.actor.unitId;
    // The system (demo, tests) acts for the only unit there is.
    auto units = store::UnitRepository(m_ctx.db).all();
    if (!units)
        return units.error();
    if (units->size() == 1)
        return units->first().id;
    return Error::refused(QCoreApplication::translate("hocbaso::services::LockService",
                                                      "%1 belongs to no managing unit, so it has no lock settings.")
                              .arg(m_ctx.actor.username));
}

Result<EffectiveLock> LockService::effectiveFor(qint64 schoolId, int schoolYear, int grade)
{
    auto school = store::SchoolRepository(m_ctx.db).byId(schoolId);
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::LockService", "The school no longer exists."));
    store::LockRepository locks(m_ctx.db);
    EffectiveLock e;
    e.schoolId = schoolId;
    e.schoolCode = (*school)->code;
    e.schoolName = (*school)->name;
    e.grade = grade;
    e.schoolYear = schoolYear;
    auto unitRow = locks.find((*school)->unitId, schoolYear, 0, grade);
    if (!unitRow)
        return unitRow.error();
    auto ownRow = locks.find((*school)->unitId, schoolYear, schoolId, grade);
    if (!ownRow)
        return ownRow.error();
    if (unitRow->has_value())
        applyRow(e, **unitRow, LockSource::Unit);
    if (ownRow->has_value())
        applyRow(e, **ownRow, LockSource::School);
    return e;
}

Result<QList<EffectiveLock>> LockService::effective(int schoolYear, const QString& schoolCode)
{
    auto unit = actingUnit();
    if (!unit)
        return unit.error();
    if (auto s = permissions::canView(m_ctx.actor, *unit); !s)
        return s.error();
    auto schools = store::SchoolRepository(m_ctx.db).list(*unit);
    if (!schools)
        return schools.error();
    auto rows = store::LockRepository(m_ctx.db).forUnitYear(*unit, schoolYear);
    if (!rows)
        return rows.error();
    // One pass over the unit's rows: unit-wide by grade, then each school's own.
    QHash<int, LockSetting> unitWide;
    QHash<QPair<qint64, int>, LockSetting> own;
    for (const LockSetting& s : *rows) {
        if (s.schoolId == 0)
            unitWide.insert(s.grade, s);
        else
            own.insert({s.schoolId, s.grade}, s);
    }
    QList<EffectiveLock> out;
    bool found = schoolCode.isEmpty();
    for (const School& school : *schools) {
        if (!schoolCode.isEmpty() && school.code != schoolCode)
            continue;
        found = true;
        for (int grade = 1; grade <= 5; ++grade) {
            EffectiveLock e;
            e.schoolId = school.id;
            e.schoolCode = school.code;
            e.schoolName = school.name;
            e.grade = grade;
            e.schoolYear = schoolYear;
            if (auto it = unitWide.constFind(grade); it != unitWide.constEnd())
                applyRow(e, *it, LockSource::Unit);
            if (auto it = own.constFind({school.id, grade}); it != own.constEnd())
                applyRow(e, *it, LockSource::School);
            out.append(e);
        }
    }
    if (!found)
        return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                           "There is no school with the code %1 in your unit.")
                                   .arg(schoolCode));
    return out;
}

Status LockService::set(const LockChange& change, const Confirm& confirm)
{
    if (!change.receive && !change.revoke)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                          "Give a receive-lock date, a revoke-lock date or both."));
    if (change.allSchools == !change.schoolCodes.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                          "Choose either all schools or some schools."));
    if (auto s = validateGrades(change.grades); !s)
        return s;
    auto unit = actingUnit();
    if (!unit)
        return unit.error();
    if (auto s = permissions::canDecide(m_ctx.actor, *unit); !s)
        return s;
    const int year = change.schoolYear.value_or(defaultYear());
    const SchoolYear sy{year};
    for (const std::optional<QDate>* d : {&change.receive, &change.revoke}) {
        if (*d && !d->value().isValid())
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::LockService", "The date is not a real date."));
        if (*d && !sy.contains(d->value()))
            return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                              "%1 is outside the school year %2 (%3 to %4).")
                                      .arg(day(d->value()), sy.label(), day(sy.firstDay()), day(sy.lastDay())));
    }
    QList<int> grades = change.grades.isEmpty() ? QList<int>{1, 2, 3, 4, 5} : change.grades;
    std::sort(grades.begin(), grades.end());
    grades.erase(std::unique(grades.begin(), grades.end()), grades.end());

    store::SchoolRepository schools(m_ctx.db);
    QList<School> targets;
    for (const QString& code : change.schoolCodes) {
        auto s = schools.byCode(code.trimmed());
        if (!s)
            return s.error();
        if (!s->has_value() || (*s)->unitId != *unit)
            return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                               "There is no school with the code %1 in your unit.")
                                       .arg(code));
        targets.append(**s);
    }

    const QDate today = m_ctx.clock.today();
    QStringList past;
    for (const std::optional<QDate>* d : {&change.receive, &change.revoke}) {
        if (*d && d->value() < today)
            past.append(day(d->value()));
    }
    if (!past.isEmpty()) {
        const QString question =
            QCoreApplication::translate(
                "hocbaso::services::LockService",
                "The date %1 is already past: records are locked from the moment you save. Save anyway?")
                .arg(past.join(QStringLiteral(", ")));
        if (!confirm || !confirm(question))
            return Error::refused(
                QCoreApplication::translate("hocbaso::services::LockService",
                                            "Nothing was saved: the date %1 is already past and was not confirmed.")
                    .arg(past.join(QStringLiteral(", "))));
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::LockRepository locks(m_ctx.db);
    AuditLog audit(m_ctx);
    const QList<qint64> schoolIds = change.allSchools ? QList<qint64>{0} : [&] {
        QList<qint64> ids;
        for (const School& s : targets)
            ids.append(s.id);
        return ids;
    }();
    for (qsizetype i = 0; i < schoolIds.size(); ++i) {
        const qint64 schoolId = schoolIds.at(i);
        for (int grade : grades) {
            auto existing = locks.find(*unit, year, schoolId, grade);
            if (!existing)
                return existing.error();
            LockSetting row = existing->value_or(LockSetting{});
            const LockSetting old = row;
            row.unitId = *unit;
            row.schoolYear = year;
            row.schoolId = schoolId;
            row.grade = grade;
            if (change.receive)
                row.receiveLock = *change.receive;
            if (change.revoke)
                row.revokeLock = *change.revoke;
            row.updatedAt = m_ctx.clock.now();
            row.updatedBy = m_ctx.actor.username;
            // The revoke lock may not come before the receive lock, counting what is inherited.
            QDate receive = row.receiveLock, revoke = row.revokeLock;
            if (schoolId > 0 && (!receive.isValid() || !revoke.isValid())) {
                auto inherited = locks.find(*unit, year, 0, grade);
                if (!inherited)
                    return inherited.error();
                if (inherited->has_value()) {
                    if (!receive.isValid())
                        receive = (*inherited)->receiveLock;
                    if (!revoke.isValid())
                        revoke = (*inherited)->revokeLock;
                }
            }
            if (receive.isValid() && revoke.isValid() && revoke < receive) {
                const QString where =
                    schoolId > 0 ? targets.at(i).name
                                 : QCoreApplication::translate("hocbaso::services::LockService", "all schools");
                return Error::invalid(QCoreApplication::translate(
                                          "hocbaso::services::LockService",
                                          "The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); "
                                          "nothing was saved.")
                                          .arg(day(revoke), day(receive), where)
                                          .arg(grade));
            }
            if (auto s = locks.upsert(row); !s)
                return s;
            QJsonObject detail{{QStringLiteral("year"), SchoolYear{year}.label()},
                               {QStringLiteral("grade"), grade},
                               {QStringLiteral("school"), schoolId > 0 ? targets.at(i).code : QStringLiteral("*")},
                               {QStringLiteral("old_receive"), isoOrNull(old.receiveLock)},
                               {QStringLiteral("old_revoke"), isoOrNull(old.revokeLock)},
                               {QStringLiteral("receive"), isoOrNull(row.receiveLock)},
                               {QStringLiteral("revoke"), isoOrNull(row.revokeLock)}};
            if (auto s = audit.append(*unit, QStringLiteral("lock.set"), QStringLiteral("lock_setting"),
                                      QStringLiteral("%1/%2/%3")
                                          .arg(schoolId > 0 ? targets.at(i).code : QStringLiteral("*"))
                                          .arg(year)
                                          .arg(grade),
                                      detail);
                !s)
                return s;
        }
    }
    return tx.commit();
}

Status LockService::clear(const QString& schoolCode, const QList<int>& grades, std::optional<int> schoolYear)
{
    if (auto s = validateGrades(grades); !s)
        return s;
    auto unit = actingUnit();
    if (!unit)
        return unit.error();
    if (auto s = permissions::canDecide(m_ctx.actor, *unit); !s)
        return s;
    auto school = store::SchoolRepository(m_ctx.db).byCode(schoolCode.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value() || (*school)->unitId != *unit)
        return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                           "There is no school with the code %1 in your unit.")
                                   .arg(schoolCode));
    const int year = schoolYear.value_or(defaultYear());
    const QList<int> list = grades.isEmpty() ? QList<int>{1, 2, 3, 4, 5} : grades;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::LockRepository locks(m_ctx.db);
    AuditLog audit(m_ctx);
    for (int grade : list) {
        auto existing = locks.find(*unit, year, (*school)->id, grade);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            continue;
        if (auto s = locks.remove(*unit, year, (*school)->id, grade); !s)
            return s;
        if (auto s = audit.append(*unit, QStringLiteral("lock.clear"), QStringLiteral("lock_setting"),
                                  QStringLiteral("%1/%2/%3").arg((*school)->code).arg(year).arg(grade),
                                  {{QStringLiteral("year"), SchoolYear{year}.label()},
                                   {QStringLiteral("grade"), grade},
                                   {QStringLiteral("school"), (*school)->code},
                                   {QStringLiteral("old_receive"), isoOrNull((*existing)->receiveLock)},
                                   {QStringLiteral("old_revoke"), isoOrNull((*existing)->revokeLock)}});
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace hocbaso::services
