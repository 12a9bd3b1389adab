#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <optional>

namespace hocbaso::store {

// What is still under way at a school: while any of it is, the school is not closed (the work would
// be left with nobody to finish it).
struct SchoolPendingWork
{
    qint64 certificates = 0;       // registered, waiting for the unit's decision (6.1)
    qint64 revocationRequests = 0; // waiting for the unit's decision (6.5)
    qint64 records = 0;            // confirmed but not sent yet, or revoked and not yet confirmed again
    qint64 total() const { return certificates + revocationRequests + records; }
};

// Schools, each under one managing unit.
class SchoolRepository
{
public:
    explicit SchoolRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const School& school);
    Result<std::optional<School>> byCode(const QString& code);
    Result<std::optional<School>> byId(qint64 id);
    // Schools of one unit (0: all), in Vietnamese order of their names.
    Result<QList<School>> list(qint64 unitId = 0);
    Result<qint64> count();
    // Name, ownership, tax code and address of the school `school.id` (code and unit stay).
    Status update(const School& school);
    // Moves the school to another unit; everything of the school hangs on its id and moves with it.
    Status setUnit(qint64 schoolId, qint64 unitId);
    // Marks the school closed at `at`; the row stays, as its records do.
    Status close(qint64 schoolId, const QDateTime& at);
    Result<SchoolPendingWork> pendingWork(qint64 schoolId);

private:
    Database& m_db;
};

} // namespace hocbaso::store
