#pragma once

#include "ServiceContext.h"

namespace hocbaso::services {

// One line of 6.4 (DOMAIN.md): expected = records of the year (and grade); confirmed complete =
// confirmed or sent; sent; not sent = expected - sent. A line is a school (or one of its grades),
// or in a report by unit a unit below, or the schools a unit manages itself; then schoolId is 0
// and the code and name are the unit's.
struct ProgressRow
{
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    qint64 unitId = 0;       // a unit's line: the unit
    bool ownSchools = false; // a unit's line for the schools it manages itself
    int grade = 0;           // 0: all grades
    qint64 expected = 0;
    qint64 confirmed = 0;
    qint64 sent = 0;
    // Records whose current version receipt verification found invalid (issue #18).
    qint64 invalidSignatures = 0;
    qint64 notSent() const { return expected - sent; }
    double percentSent() const { return expected > 0 ? 100.0 * double(sent) / double(expected) : 0.0; }
    void add(const ProgressRow& o);
};

struct ProgressReport
{
    enum class Lines
    {
        Schools, // one line per school of the unit and of the units below it
        Units    // one line per unit directly below, and one for the unit's own schools
    };
    Lines lines = Lines::Schools;
    QString unitCode;
    QString unitName;
    int schoolYear = 0;
    int grade = 0;
    QList<ProgressRow> rows; // in Vietnamese order of the names (a unit's own schools last)
    ProgressRow totals;
};

class Statistics
{
public:
    // The share sent under which 6.4 marks a school, until the officer chooses another (the page's
    // "Highlight schools below"), and the to-do list's "schools under the threshold".
    static constexpr int kDefaultLowSharePercent = 30;
    // Whether a line is marked at `percent`: it expects records and has sent less than that share
    // of them (a school with nothing expected has no share to fall short of). 0 marks nothing.
    static bool isBelow(const ProgressRow& row, double percent)
    {
        return percent > 0 && row.expected > 0 && row.percentSent() < percent;
    }

    explicit Statistics(ServiceContext& ctx) : m_ctx(ctx) {}
    // Every school of a unit and of the units below it; an empty unit code means the actor's unit
    // (for the system actor, every school). ownSchoolsOnly: only the schools the unit manages
    // itself, the drill-down of the "own schools" line of a report by unit.
    Result<ProgressReport> report(int schoolYear, int grade = 0, const QString& unitCode = {},
                                  bool ownSchoolsOnly = false);
    // The same figures summed per unit directly below the unit (a Sở sees one line per commune),
    // plus one line for the schools the unit manages itself when it has any. With no unit code the
    // system actor gets one line per top unit.
    Result<ProgressReport> byUnit(int schoolYear, int grade = 0, const QString& unitCode = {});
    // Whether a unit (empty: the actor's) has units below it, so that the page starts by unit.
    Result<bool> hasUnitsBelow(const QString& unitCode = {});
    // One school's grades 1-5.
    Result<QList<ProgressRow>> byGrade(const QString& schoolCode, int schoolYear);
    Result<QList<int>> schoolYears();
    int defaultYear() const;

private:
    struct Scope
    {
        qint64 unitId = 0; // 0: every unit (the system actor)
        QString code;
        QString name;
    };
    Result<Scope> scope(const QString& unitCode, int grade);
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
