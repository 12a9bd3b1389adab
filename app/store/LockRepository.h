#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QHash>
#include <QList>
#include <optional>

namespace hocbaso::store {

// Receive-lock and revoke-lock rows (6.2): unit-wide (school 0) and per school.
class LockRepository
{
public:
    explicit LockRepository(Database& db) : m_db(db) {}
    // Every row of a unit and year (unit-wide and per school).
    Result<QList<LockSetting>> forUnitYear(qint64 unitId, int schoolYear);
    // Every row of a year that the reader sees (the central store shows a person the rows of their
    // units and the unit-wide rows of the units above them).
    Result<QList<LockSetting>> forYear(int schoolYear);
    Result<std::optional<LockSetting>> find(qint64 unitId, int schoolYear, qint64 schoolId, int grade);
    // The row with that key even when it was cleared (its stamp still counts for last writer wins).
    struct StoredLock
    {
        LockSetting row;
        bool deleted = false;
    };
    Result<std::optional<StoredLock>> findAny(qint64 unitId, int schoolYear, qint64 schoolId, int grade);
    // Inserts or replaces the row with the same key; bumps row_version.
    Status upsert(const LockSetting& s);
    Status remove(qint64 unitId, int schoolYear, qint64 schoolId, int grade);
    // Clears the row and stamps the clearing (who, when, HLC).
    Status removeStamped(const LockSetting& key, const QString& hlc, const QDateTime& at, const QString& by);

private:
    Database& m_db;
};

} // namespace hocbaso::store
