#pragma once

#include "Database.h"

#include <QList>

namespace hocbaso::store {

// Reads the maintained record counters (record_counts) behind 6.4: a few thousand small rows per
// unit and year, never a scan of the records themselves.
class StatsRepository
{
public:
    struct Count
    {
        qint64 schoolId = 0;
        int grade = 0;
        QString status;
        qint64 n = 0;
    };
    explicit StatsRepository(Database& db) : m_db(db) {}
    // Per school, grade and status for a unit (0: every unit) and year; grade 0 = all grades.
    Result<QList<Count>> counts(qint64 unitId, int schoolYear, int grade);
    // The naive equivalent (GROUP BY over records), for benchmarks and tests.
    Result<QList<Count>> countsByScan(qint64 unitId, int schoolYear, int grade);
    Result<QList<int>> schoolYears();

private:
    Database& m_db;
};

} // namespace hocbaso::store
