#include "LockService.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "LockInheritance.h"
#include "core/DisplayDates.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "store/LockRepository.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace hocbaso::services {
namespace {

QString sourceWords(LockSource s, const QString& unitName)
{
    switch (s) {
    case LockSource::Unit:
        if (!unitName.isEmpty())
            return QCoreApplication::translate("hocbaso::services::LockService", "set by %1 for all its schools")
                .arg(unitName);
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

// One school's grade as the tree gives it: each date with the setting it comes from.
EffectiveLock effectiveLock(const LockInheritance& tree, const School& school, int schoolYear, int grade)
{
    EffectiveLock e;
    e.schoolId = school.id;
    e.schoolCode = school.code;
    e.schoolName = school.name;
    e.grade = grade;
    e.schoolYear = schoolYear;
    const LockInheritance::Dates d = tree.resolve(school.unitId, school.id, grade);
    const auto take = [&](const LockInheritance::Date& from, QDate& date, LockSource& source, QString& unitCode,
                          QString& unitName) {
        date = from.date;
        if (!from.date.isValid())
            return;
        source = from.fromSchool ? LockSource::School : LockSource::Unit;
        if (const Unit* u = from.fromSchool ? nullptr : tree.unit(from.unitId)) {
            unitCode = u->code;
            unitName = u->name;
        }
    };
    take(d.receive, e.receive, e.receiveSource, e.receiveUnitCode, e.receiveUnitName);
    take(d.revoke, e.revoke, e.revokeSource, e.revokeUnitCode, e.revokeUnitName);
    if (d.ownRow)
        e.source = LockSource::School;
    else if (e.receiveSource == LockSource::Unit || e.revokeSource == LockSource::Unit)
        e.source = LockSource::Unit;
    return e;
}

// The dates a row being saved combines with: for a school's own row, what its units give; for a
// unit-wide row, what the units above give.
LockInheritance::Dates inheritedFor(const LockInheritance& tree, qint64 unitId, qint64 schoolId, int grade)
{
    return schoolId > 0 ? tree.resolve(unitId, 0, grade) : tree.inheritedAbove(unitId, grade);
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
    return QStringLiteral("%1 (%2)").arg(text::dayText(receive), sourceWords(receiveSource, receiveUnitName));
}

QString EffectiveLock::describeRevoke() const
{
    return QStringLiteral("%1 (%2)").arg(text::dayText(revoke), sourceWords(revokeSource, revokeUnitName));
}

QString LockService::rowKey(qint64 unitId, int schoolYear, qint64 schoolId, int grade)
{
    return QStringLiteral("%1/%2/%3/%4").arg(unitId).arg(schoolYear).arg(schoolId).arg(grade);
}

Result<QString> LockService::nextStamp(const QString& after)
{
    if (m_ctx.outbox) {
        auto stamp = m_ctx.outbox->stamp(after);
        if (!stamp)
            return stamp.error();
        return stamp->toString();
    }
    Hlc clock(m_ctx.clock, m_ctx.actor.username);
    if (auto seen = HlcStamp::fromString(after))
        clock.observe(*seen);
    return clock.now().toString();
}

int LockService::defaultYear() const
{
    return SchoolYear::containing(m_ctx.clock.today()).startYear;
}

Status LockService::validateGrades(const QList<int>& grades)
{
    for (int g : grades) {
        if (!isGrade(g))
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
    // The system (demo, tests) acts for the top of the tree when there is one top.
    auto units = store::UnitRepository(m_ctx.db).all();
    if (!units)
        return units.error();
    QList<qint64> tops;
    for (const Unit& u : *units) {
        if (u.parentId == 0)
            tops.append(u.id);
    }
    if (tops.size() == 1)
        return tops.first();
    return Error::refused(QCoreApplication::translate("hocbaso::services::LockService",
                                                      "%1 belongs to no managing unit, so it has no lock settings.")
                              .arg(m_ctx.actor.username));
}

Result<LockInheritance> LockService::inheritance(int schoolYear)
{
    auto units = store::UnitRepository(m_ctx.db).all();
    if (!units)
        return units.error();
    auto rows = store::LockRepository(m_ctx.db).forYear(schoolYear);
    if (!rows)
        return rows.error();
    return LockInheritance(*units, *rows);
}

Result<EffectiveLock> LockService::effectiveFor(qint64 schoolId, int schoolYear, int grade)
{
    auto school = store::SchoolRepository(m_ctx.db).byId(schoolId);
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::LockService", "The school no longer exists."));
    auto tree = inheritance(schoolYear);
    if (!tree)
        return tree.error();
    return effectiveLock(*tree, **school, schoolYear, grade);
}

Result<QList<EffectiveLock>> LockService::effective(int schoolYear, const QString& schoolCode)
{
    auto unit = actingUnit();
    if (!unit)
        return unit.error();
    if (auto s = permissions::canView(m_ctx.actor, *unit); !s)
        return s.error();
    // The schools of the unit and of every unit below it.
    auto schools = store::SchoolRepository(m_ctx.db).list(*unit);
    if (!schools)
        return schools.error();
    auto tree = inheritance(schoolYear);
    if (!tree)
        return tree.error();
    QList<EffectiveLock> out;
    bool found = schoolCode.isEmpty();
    for (const School& school : *schools) {
        if (!schoolCode.isEmpty() && school.code != schoolCode)
            continue;
        found = true;
        for (int grade : allGrades())
            out.append(effectiveLock(*tree, school, schoolYear, grade));
    }
    if (!found)
        return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                           "There is no school with the code %1 in your unit.")
                                   .arg(schoolCode));
    return out;
}

QStringList LockService::pastDays(const QList<std::optional<QDate>>& dates) const
{
    const QDate today = m_ctx.clock.today();
    QStringList past;
    for (const std::optional<QDate>& d : dates) {
        if (d && d->isValid() && *d < today && !past.contains(text::dayText(*d)))
            past.append(text::dayText(*d));
    }
    return past;
}

Status LockService::confirmPast(const QStringList& past, const Confirm& confirm) const
{
    if (past.isEmpty())
        return {};
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
    return {};
}

Status LockService::set(const LockChange& change, const Confirm& confirm)
{
    return set(change, confirm, false);
}

Status LockService::set(const LockChange& change, const Confirm& confirm, bool pastDatesConfirmed)
{
    if (!change.receive && !change.revoke)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                          "Give a receive-lock date, a revoke-lock date or both."));
    if (change.allSchools == !change.schoolCodes.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                          "Choose either all schools or some schools."));
    if (auto s = validateGrades(change.grades); !s)
        return s;
    if (auto s = requireOutboxOnReplica(m_ctx); !s)
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
                                      .arg(text::dayText(d->value()), sy.label(), text::dayText(sy.firstDay()),
                                           text::dayText(sy.lastDay())));
    }
    QList<int> grades = change.grades.isEmpty() ? allGrades() : change.grades;
    std::sort(grades.begin(), grades.end());
    grades.erase(std::unique(grades.begin(), grades.end()), grades.end());

    store::SchoolRepository schools(m_ctx.db);
    QList<School> targets;
    for (const QString& code : change.schoolCodes) {
        auto s = schools.byCode(code.trimmed());
        if (!s)
            return s.error();
        if (!s->has_value() || !m_ctx.actor.covers((*s)->unitId))
            return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                               "There is no school with the code %1 in your unit.")
                                       .arg(code));
        targets.append(**s);
    }

    if (!pastDatesConfirmed) {
        if (auto s = confirmPast(pastDays({change.receive, change.revoke}), confirm); !s)
            return s;
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::LockRepository locks(m_ctx.db);
    AuditLog audit(m_ctx);
    auto tree = inheritance(year);
    if (!tree)
        return tree.error();
    const QList<qint64> schoolIds = change.allSchools ? QList<qint64>{0} : [&] {
        QList<qint64> ids;
        for (const School& s : targets)
            ids.append(s.id);
        return ids;
    }();
    for (qsizetype i = 0; i < schoolIds.size(); ++i) {
        const qint64 schoolId = schoolIds.at(i);
        // A school's own rows are kept under its own unit (whoever above it sets them), so that
        // they leave with the unit when the school moves; a unit-wide row under the acting unit.
        const qint64 rowUnit = schoolId > 0 ? targets.at(i).unitId : *unit;
        for (int grade : grades) {
            auto existing = locks.find(rowUnit, year, schoolId, grade);
            if (!existing)
                return existing.error();
            auto stored = locks.findAny(rowUnit, year, schoolId, grade);
            if (!stored)
                return stored.error();
            LockSetting row = existing->value_or(LockSetting{});
            const LockSetting old = row;
            auto stamp = nextStamp(stored->has_value() ? (*stored)->row.hlc : QString());
            if (!stamp)
                return stamp.error();
            row.hlc = *stamp;
            row.unitId = rowUnit;
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
            const LockInheritance::Dates inherited = inheritedFor(*tree, rowUnit, schoolId, grade);
            if (!receive.isValid())
                receive = inherited.receive.date;
            if (!revoke.isValid())
                revoke = inherited.revoke.date;
            if (receive.isValid() && revoke.isValid() && revoke < receive) {
                const QString where =
                    schoolId > 0 ? targets.at(i).name
                                 : QCoreApplication::translate("hocbaso::services::LockService", "all schools");
                return Error::invalid(QCoreApplication::translate(
                                          "hocbaso::services::LockService",
                                          "The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); "
                                          "nothing was saved.")
                                          .arg(text::dayText(revoke), text::dayText(receive), where)
                                          .arg(grade));
            }
            if (auto s = locks.upsert(row); !s)
                return s;
            if (m_ctx.outbox) {
                QJsonObject payload{{QStringLiteral("unit"), rowUnit},
                                    {QStringLiteral("year"), year},
                                    {QStringLiteral("school"), schoolId},
                                    {QStringLiteral("grade"), grade}};
                if (change.receive)
                    payload.insert(QStringLiteral("receive"), change.receive->toString(Qt::ISODate));
                if (change.revoke)
                    payload.insert(QStringLiteral("revoke"), change.revoke->toString(Qt::ISODate));
                if (auto s = m_ctx.outbox->record({QStringLiteral("lock.set"), QStringLiteral("lock_setting"),
                                                   rowKey(rowUnit, year, schoolId, grade), old.rowVersion, payload,
                                                   row.hlc});
                    !s)
                    return s;
            }
            QJsonObject detail{{QStringLiteral("year"), SchoolYear{year}.label()},
                               {QStringLiteral("grade"), grade},
                               {QStringLiteral("school"), schoolId > 0 ? targets.at(i).code : QStringLiteral("*")},
                               {QStringLiteral("old_receive"), isoOrNull(old.receiveLock)},
                               {QStringLiteral("old_revoke"), isoOrNull(old.revokeLock)},
                               {QStringLiteral("receive"), isoOrNull(row.receiveLock)},
                               {QStringLiteral("revoke"), isoOrNull(row.revokeLock)}};
            if (auto s = audit.append(rowUnit, QStringLiteral("lock.set"), QStringLiteral("lock_setting"),
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
    if (auto s = requireOutboxOnReplica(m_ctx); !s)
        return s;
    auto unit = actingUnit();
    if (!unit)
        return unit.error();
    if (auto s = permissions::canDecide(m_ctx.actor, *unit); !s)
        return s;
    auto school = store::SchoolRepository(m_ctx.db).byCode(schoolCode.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value() || !m_ctx.actor.covers((*school)->unitId))
        return Error::notFound(QCoreApplication::translate("hocbaso::services::LockService",
                                                           "There is no school with the code %1 in your unit.")
                                   .arg(schoolCode));
    const qint64 rowUnit = (*school)->unitId; // a school's own rows are kept under its unit
    const int year = schoolYear.value_or(defaultYear());
    const QList<int> list = grades.isEmpty() ? allGrades() : grades;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::LockRepository locks(m_ctx.db);
    AuditLog audit(m_ctx);
    for (int grade : list) {
        auto existing = locks.find(rowUnit, year, (*school)->id, grade);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            continue;
        auto stamp = nextStamp((*existing)->hlc);
        if (!stamp)
            return stamp.error();
        if (auto s = locks.removeStamped(**existing, *stamp, m_ctx.clock.now(), m_ctx.actor.username); !s)
            return s;
        if (m_ctx.outbox) {
            if (auto s = m_ctx.outbox->record({QStringLiteral("lock.clear"), QStringLiteral("lock_setting"),
                                               rowKey(rowUnit, year, (*school)->id, grade), (*existing)->rowVersion,
                                               QJsonObject{{QStringLiteral("unit"), rowUnit},
                                                           {QStringLiteral("year"), year},
                                                           {QStringLiteral("school"), (*school)->id},
                                                           {QStringLiteral("grade"), grade}},
                                               *stamp});
                !s)
                return s;
        }
        if (auto s = audit.append(rowUnit, QStringLiteral("lock.clear"), QStringLiteral("lock_setting"),
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

Result<int> LockService::applyEdits(int schoolYear, const QList<LockEdit>& edits, const Confirm& confirm)
{
    if (edits.isEmpty())
        return 0;
    // Asked once for every past date of every row, before anything is written (and outside the
    // transaction: a person may take their time to answer).
    QList<std::optional<QDate>> dates;
    for (const LockEdit& e : edits) {
        dates.append(e.receive);
        dates.append(e.revoke);
    }
    if (auto s = confirmPast(pastDays(dates), confirm); !s)
        return s.error();
    const Confirm asked = [](const QString&) { return true; };

    // One transaction around every row's set() and clear() (theirs nest in it): a refused row,
    // whichever, leaves every row as it was.
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    store::SchoolRepository schools(m_ctx.db);
    store::LockRepository locks(m_ctx.db);
    for (const LockEdit& e : edits) {
        LockChange change;
        change.schoolCodes = {e.schoolCode};
        change.grades = {e.grade};
        change.schoolYear = schoolYear;
        const bool clears = (e.receive && !e.receive->isValid()) || (e.revoke && !e.revoke->isValid());
        if (!clears) {
            change.receive = e.receive;
            change.revoke = e.revoke;
            if (auto s = set(change, asked, true); !s)
                return s.error();
            continue;
        }
        // A row cannot lose one date, so the school's own row goes, and the own date it keeps (the
        // other one, unless edited too) is set again.
        auto school = schools.byCode(e.schoolCode.trimmed());
        if (!school)
            return school.error();
        std::optional<LockSetting> own;
        if (school->has_value()) {
            auto found = locks.find((*school)->unitId, schoolYear, (*school)->id, e.grade);
            if (!found)
                return found.error();
            own = *found;
        }
        const auto kept = [&](const std::optional<QDate>& edit, QDate LockSetting::*date) -> std::optional<QDate> {
            if (edit)
                return edit->isValid() ? edit : std::nullopt;
            if (own && ((*own).*date).isValid())
                return (*own).*date;
            return std::nullopt;
        };
        change.receive = kept(e.receive, &LockSetting::receiveLock);
        change.revoke = kept(e.revoke, &LockSetting::revokeLock);
        if (auto s = clear(e.schoolCode, {e.grade}, schoolYear); !s)
            return s.error();
        if (change.receive || change.revoke) {
            if (auto s = set(change, asked, true); !s)
                return s.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(edits.size());
}

Result<StampedLockOutcome> LockService::applyStamped(const StampedLockChange& change)
{
    if (auto s = validateGrades({change.grade}); !s)
        return s.error();
    if (auto s = permissions::canDecide(m_ctx.actor, change.unitId); !s)
        return s.error();
    const auto stamp = HlcStamp::fromString(change.hlc);
    if (!stamp)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                          "The change carries no valid time stamp (\"%1\").")
                                  .arg(change.hlc));
    QString where = QCoreApplication::translate("hocbaso::services::LockService", "all schools");
    QString schoolCode = QStringLiteral("*");
    if (change.schoolId > 0) {
        auto school = store::SchoolRepository(m_ctx.db).byId(change.schoolId);
        if (!school)
            return school.error();
        if (!school->has_value() || (*school)->unitId != change.unitId)
            return Error::notFound(
                QCoreApplication::translate("hocbaso::services::LockService", "The school is not in your unit."));
        where = (*school)->name;
        schoolCode = (*school)->code;
    }
    const SchoolYear sy{change.schoolYear};
    for (const std::optional<QDate>* d : {&change.receive, &change.revoke}) {
        if (*d && (!d->value().isValid() || !sy.contains(d->value())))
            return Error::invalid(QCoreApplication::translate("hocbaso::services::LockService",
                                                              "%1 is outside the school year %2 (%3 to %4).")
                                      .arg(text::dayText(d->value()), sy.label(), text::dayText(sy.firstDay()),
                                           text::dayText(sy.lastDay())));
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    store::LockRepository locks(m_ctx.db);
    auto stored = locks.findAny(change.unitId, change.schoolYear, change.schoolId, change.grade);
    if (!stored)
        return stored.error();
    StampedLockOutcome outcome;
    if (stored->has_value()) {
        const auto current = HlcStamp::fromString((*stored)->row.hlc);
        // A row stamped at or after this change was written by someone who (by the clocks) came
        // later: it stays. Rows from before stamps existed have none and always give way.
        if (current && !(*current < *stamp)) {
            outcome.current = (*stored)->row;
            outcome.currentCleared = (*stored)->deleted;
            // Nothing changed; ending the transaction cleanly keeps a caller's own one usable.
            if (auto s = tx.commit(); !s)
                return s.error();
            return outcome;
        }
    }
    LockSetting old;
    bool oldCleared = true;
    if (stored->has_value()) {
        old = (*stored)->row;
        oldCleared = (*stored)->deleted;
    }
    LockSetting row = oldCleared ? LockSetting{} : old;
    row.unitId = change.unitId;
    row.schoolYear = change.schoolYear;
    row.schoolId = change.schoolId;
    row.grade = change.grade;
    row.hlc = change.hlc;
    row.updatedAt = m_ctx.clock.now();
    row.updatedBy = m_ctx.actor.username;
    if (change.clear) {
        // A clearing leaves a stamped, cleared row behind, so that an older change arriving later
        // does not bring the school's own dates back.
        if (!stored->has_value()) {
            if (auto s = locks.upsert(row); !s)
                return s.error();
        }
        if (auto s = locks.removeStamped(row, change.hlc, row.updatedAt, row.updatedBy); !s)
            return s.error();
    } else {
        if (change.receive)
            row.receiveLock = *change.receive;
        if (change.revoke)
            row.revokeLock = *change.revoke;
        QDate receive = row.receiveLock, revoke = row.revokeLock;
        auto tree = inheritance(change.schoolYear);
        if (!tree)
            return tree.error();
        const LockInheritance::Dates inherited = inheritedFor(*tree, change.unitId, change.schoolId, change.grade);
        if (!receive.isValid())
            receive = inherited.receive.date;
        if (!revoke.isValid())
            revoke = inherited.revoke.date;
        if (receive.isValid() && revoke.isValid() && revoke < receive)
            return Error::invalid(QCoreApplication::translate(
                                      "hocbaso::services::LockService",
                                      "The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); "
                                      "nothing was saved.")
                                      .arg(text::dayText(revoke), text::dayText(receive), where)
                                      .arg(change.grade));
        if (auto s = locks.upsert(row); !s)
            return s.error();
    }
    QJsonObject detail{{QStringLiteral("year"), sy.label()},
                       {QStringLiteral("grade"), change.grade},
                       {QStringLiteral("school"), schoolCode},
                       {QStringLiteral("hlc"), change.hlc},
                       {QStringLiteral("old_receive"), oldCleared ? QJsonValue() : isoOrNull(old.receiveLock)},
                       {QStringLiteral("old_revoke"), oldCleared ? QJsonValue() : isoOrNull(old.revokeLock)}};
    if (stored->has_value()) {
        // Last writer wins: whose value this overwrote, and its stamp.
        detail.insert(QStringLiteral("overwrote_by"), old.updatedBy);
        detail.insert(QStringLiteral("overwrote_hlc"), old.hlc);
    }
    if (!change.clear) {
        detail.insert(QStringLiteral("receive"), isoOrNull(row.receiveLock));
        detail.insert(QStringLiteral("revoke"), isoOrNull(row.revokeLock));
    }
    if (auto s = AuditLog(m_ctx).append(
            change.unitId, change.clear ? QStringLiteral("lock.clear") : QStringLiteral("lock.set"),
            QStringLiteral("lock_setting"),
            QStringLiteral("%1/%2/%3").arg(schoolCode).arg(change.schoolYear).arg(change.grade), detail);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    outcome.applied = true;
    return outcome;
}

} // namespace hocbaso::services
