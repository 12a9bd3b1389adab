#pragma once

#include "Database.h"

#include <QList>

namespace hocbaso::store {

// Reads the maintained record counters (record_counts) behind 6.4: a few thousand small rows per
// unit and year, never a scan of the records themselves. The counters are summed in the engine so
// that a unit of 1,000 schools returns 1,000 rows, not one per school, grade and status.
class StatsRepository
{
public:
    // Records of one school (and grade, when asked) in one school year, by status. What counts as
    // "confirmed complete" is the service's rule, so the statuses stay apart here.
    struct SchoolCounts
    {
        qint64 schoolId = 0;
        QString schoolCode;
        QString schoolName;
        int grade = 0; // 0: all grades
        qint64 records = 0;
        qint64 confirmed = 0; // status confirmed
        qint64 sent = 0;      // status sent
        qint64 unitId = 0;    // the school's unit (bySchool only), for the sums per unit
    };
    // Per status for the naive reading (GROUP BY over records), kept for the benchmark.
    struct Count
    {
        qint64 schoolId = 0;
        int grade = 0;
        QString status;
        qint64 n = 0;
    };
    explicit StatsRepository(Database& db) : m_db(db) {}
    // Every school of a unit and of the units below it (0: every unit), in Vietnamese order of their names, with its
    // counts for the year (grade 0: all grades); schools without records have zeros.
    Result<QList<SchoolCounts>> bySchool(qint64 unitId, int schoolYear, int grade);
    // The same counts summed per unit in the engine: one row per unit that has schools (in the unit
    // and below it), schoolId/code/name empty and `unitId` set. A Sở's 6.4 by commune reads 100
    // rows instead of 1,000 schools' names in their order.
    Result<QList<SchoolCounts>> byUnit(qint64 unitId, int schoolYear, int grade);
    // One school's counts per grade, for the grades that have records.
    Result<QList<SchoolCounts>> byGrade(qint64 schoolId, int schoolYear);
    // The naive equivalent of bySchool: GROUP BY over the records of the year.
    Result<QList<Count>> countsByScan(qint64 unitId, int schoolYear, int grade);
    Result<QList<int>> schoolYears();

private:
    Database& m_db;
};

} // namespace hocbaso::store
