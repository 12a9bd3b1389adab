#include "Statistics.h"

#include "AuthService.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "core/VietnameseText.h"
#include "store/SchoolRepository.h"
#include "store/StatsRepository.h"
#include "store/UnitRepository.h"
#include "store/VerificationRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hocbaso::services {
namespace {

// DOMAIN.md: expected = every record of the year (and grade); confirmed complete = confirmed or
// sent; sent = sent.
ProgressRow progressRow(const store::StatsRepository::SchoolCounts& c, const QHash<qint64, qint64>& invalid)
{
    ProgressRow row;
    row.invalidSignatures = invalid.value(c.schoolId);
    row.schoolId = c.schoolId;
    row.schoolCode = c.schoolCode;
    row.schoolName = c.schoolName;
    row.grade = c.grade;
    row.expected = c.records;
    row.confirmed = c.confirmed + c.sent;
    row.sent = c.sent;
    return row;
}

// The schools' records with an invalid signature (few: read from the results' index of problems).
Result<QHash<qint64, qint64>> invalidOf(store::Database& db, const QList<store::StatsRepository::SchoolCounts>& counts,
                                        int schoolYear, int grade)
{
    QList<qint64> ids;
    for (const auto& c : counts) {
        if (ids.isEmpty() || ids.last() != c.schoolId)
            ids.append(c.schoolId);
    }
    return store::VerificationRepository(db).invalidBySchool(schoolYear, grade, ids);
}

} // namespace

void ProgressRow::add(const ProgressRow& o)
{
    expected += o.expected;
    confirmed += o.confirmed;
    sent += o.sent;
    invalidSignatures += o.invalidSignatures;
}

int Statistics::defaultYear() const
{
    return SchoolYear::containing(m_ctx.clock.today()).startYear;
}

Result<QList<int>> Statistics::schoolYears()
{
    return store::StatsRepository(readDatabase(m_ctx)).schoolYears();
}

Result<Statistics::Scope> Statistics::scope(const QString& unitCode, int grade)
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    if (grade != 0 && !isGrade(grade))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::Statistics",
                                        "Grade %1 does not exist: primary schools have grades 1 to 5.")
                .arg(grade));
    store::UnitRepository units(readDatabase(m_ctx));
    Result<std::optional<Unit>> unit = std::optional<Unit>();
    if (!unitCode.isEmpty())
        unit = units.byCode(unitCode);
    else if (!m_ctx.actor.system)
        unit = units.byId(m_ctx.actor.unitId);
    else
        return Scope{};
    if (!unit)
        return unit.error();
    if (!unit->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::Statistics", "There is no unit with the code %1.")
                .arg(unitCode));
    if (auto s = permissions::canView(m_ctx.actor, (*unit)->id); !s)
        return s.error();
    return Scope{(*unit)->id, (*unit)->code, (*unit)->name};
}

Result<ProgressReport> Statistics::report(int schoolYear, int grade, const QString& unitCode, bool ownSchoolsOnly)
{
    auto unit = scope(unitCode, grade);
    if (!unit)
        return unit.error();
    ProgressReport report;
    report.schoolYear = schoolYear;
    report.grade = grade;
    report.unitCode = unit->code;
    report.unitName = unit->name;
    // Every school of the unit appears, even one with no records yet (all zeros is news too).
    auto counts = store::StatsRepository(readDatabase(m_ctx)).bySchool(unit->unitId, schoolYear, grade);
    if (!counts)
        return counts.error();
    auto invalid = invalidOf(readDatabase(m_ctx), *counts, schoolYear, grade);
    if (!invalid)
        return invalid.error();
    report.rows.reserve(counts->size());
    for (const auto& c : *counts) {
        if (ownSchoolsOnly && c.unitId != unit->unitId)
            continue;
        report.rows.append(progressRow(c, *invalid));
        report.totals.add(report.rows.last());
    }
    report.totals.grade = grade;
    return report;
}

Result<ProgressReport> Statistics::byUnit(int schoolYear, int grade, const QString& unitCode)
{
    auto unit = scope(unitCode, grade);
    if (!unit)
        return unit.error();
    auto all = store::UnitRepository(readDatabase(m_ctx)).all();
    if (!all)
        return all.error();
    // The counters summed per unit by the engine; the walk below adds each unit to the line of the
    // unit directly below the one reported on, with the same rule for "confirmed" as the schools'.
    auto counts = store::StatsRepository(readDatabase(m_ctx)).byUnit(unit->unitId, schoolYear, grade);
    if (!counts)
        return counts.error();
    auto invalid = invalidOf(readDatabase(m_ctx), *counts, schoolYear, grade);
    if (!invalid)
        return invalid.error();

    QHash<qint64, qint64> parentOf;
    for (const Unit& u : *all)
        parentOf.insert(u.id, u.parentId);
    ProgressReport report;
    report.lines = ProgressReport::Lines::Units;
    report.schoolYear = schoolYear;
    report.grade = grade;
    report.unitCode = unit->code;
    report.unitName = unit->name;
    QHash<qint64, int> lineOf; // unit directly below -> its line
    // The lines in Vietnamese order of the units' names, each sort key worked out once.
    QList<std::pair<QString, ProgressRow>> below;
    for (const Unit& u : *all) {
        if (u.parentId != unit->unitId)
            continue;
        ProgressRow row;
        row.unitId = u.id;
        row.schoolCode = u.code;
        row.schoolName = u.name;
        row.grade = grade;
        below.append({text::textSortKey(u.name), row});
    }
    std::stable_sort(below.begin(), below.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& line : below)
        report.rows.append(std::move(line.second));
    for (int i = 0; i < report.rows.size(); ++i)
        lineOf.insert(report.rows[i].unitId, i);

    ProgressRow own;
    own.unitId = unit->unitId;
    own.ownSchools = true;
    own.schoolCode = unit->code;
    own.schoolName =
        QCoreApplication::translate("hocbaso::services::Statistics", "Schools managed by %1 itself").arg(unit->name);
    own.grade = grade;
    bool hasOwn = false;
    for (const auto& c : *counts) {
        const ProgressRow line = progressRow(c, *invalid);
        report.totals.add(line);
        // Up from the schools' unit to the unit directly below the one reported on; the walk is
        // bounded in case the data holds a cycle that the store should have refused.
        qint64 u = c.unitId;
        for (int depth = 0; depth < 32 && u > 0 && !lineOf.contains(u) && u != unit->unitId; ++depth)
            u = parentOf.value(u);
        if (auto it = lineOf.constFind(u); it != lineOf.constEnd()) {
            report.rows[*it].add(line);
        } else {
            own.add(line);
            hasOwn = true;
        }
    }
    if (hasOwn && unit->unitId > 0)
        report.rows.append(own);
    report.totals.grade = grade;
    return report;
}

Result<bool> Statistics::hasUnitsBelow(const QString& unitCode)
{
    auto unit = scope(unitCode, 0);
    if (!unit)
        return unit.error();
    auto all = store::UnitRepository(readDatabase(m_ctx)).all();
    if (!all)
        return all.error();
    if (unit->unitId == 0)
        return all->size() > 1;
    return std::any_of(all->cbegin(), all->cend(), [&](const Unit& u) { return u.parentId == unit->unitId; });
}

Result<QList<ProgressRow>> Statistics::byGrade(const QString& schoolCode, int schoolYear)
{
    auto school = store::SchoolRepository(readDatabase(m_ctx)).byCode(schoolCode);
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::Statistics", "There is no school with the code %1.")
                .arg(schoolCode));
    if (auto s = permissions::canView(m_ctx.actor, (*school)->unitId); !s)
        return s.error();
    auto counts = store::StatsRepository(readDatabase(m_ctx)).byGrade((*school)->id, schoolYear);
    if (!counts)
        return counts.error();
    QList<ProgressRow> rows;
    for (int g : allGrades()) {
        ProgressRow& row = rows.emplace_back();
        row.schoolId = (*school)->id;
        row.schoolCode = (*school)->code;
        row.schoolName = (*school)->name;
        row.grade = g;
    }
    for (const auto& c : *counts) {
        if (!isGrade(c.grade))
            continue;
        auto invalid =
            store::VerificationRepository(readDatabase(m_ctx)).invalidBySchool(schoolYear, c.grade, {(*school)->id});
        if (!invalid)
            return invalid.error();
        rows[c.grade - kFirstGrade] = progressRow(c, *invalid);
    }
    return rows;
}

} // namespace hocbaso::services
