#include "Statistics.h"

#include "AuthService.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "store/SchoolRepository.h"
#include "store/StatsRepository.h"
#include "store/UnitRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {
namespace {

// DOMAIN.md: expected = every record of the year (and grade); confirmed complete = confirmed or
// sent; sent = sent.
ProgressRow progressRow(const store::StatsRepository::SchoolCounts& c)
{
    ProgressRow row;
    row.schoolId = c.schoolId;
    row.schoolCode = c.schoolCode;
    row.schoolName = c.schoolName;
    row.grade = c.grade;
    row.expected = c.records;
    row.confirmed = c.confirmed + c.sent;
    row.sent = c.sent;
    return row;
}

} // namespace

void ProgressRow::add(const ProgressRow& o)
{
    expected += o.expected;
    confirmed += o.confirmed;
    sent += o.sent;
}

int Statistics::defaultYear() const
{
    return SchoolYear::containing(m_ctx.clock.today()).startYear;
}

Result<QList<int>> Statistics::schoolYears()
{
    return store::StatsRepository(m_ctx.db).schoolYears();
}

Result<ProgressReport> Statistics::report(int schoolYear, int grade)
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    if (grade != 0 && !isGrade(grade))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::Statistics",
                                        "Grade %1 does not exist: primary schools have grades 1 to 5.")
                .arg(grade));
    const qint64 unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    ProgressReport report;
    report.schoolYear = schoolYear;
    report.grade = grade;
    if (unitId > 0) {
        auto unit = store::UnitRepository(m_ctx.db).byId(unitId);
        if (!unit)
            return unit.error();
        if (unit->has_value()) {
            report.unitCode = (*unit)->code;
            report.unitName = (*unit)->name;
        }
    }
    // Every school of the unit appears, even one with no records yet (all zeros is news too).
    auto counts = store::StatsRepository(m_ctx.db).bySchool(unitId, schoolYear, grade);
    if (!counts)
        return counts.error();
    report.rows.reserve(counts->size());
    for (const auto& c : *counts) {
        report.rows.append(progressRow(c));
        report.totals.add(report.rows.last());
    }
    report.totals.grade = grade;
    return report;
}

Result<QList<ProgressRow>> Statistics::byGrade(const QString& schoolCode, int schoolYear)
{
    auto school = store::SchoolRepository(m_ctx.db).byCode(schoolCode);
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::Statistics", "There is no school with the code %1.")
                .arg(schoolCode));
    if (auto s = permissions::canView(m_ctx.actor, (*school)->unitId); !s)
        return s.error();
    auto counts = store::StatsRepository(m_ctx.db).byGrade((*school)->id, schoolYear);
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
        if (isGrade(c.grade))
            rows[c.grade - kFirstGrade] = progressRow(c);
    }
    return rows;
}

} // namespace hocbaso::services
