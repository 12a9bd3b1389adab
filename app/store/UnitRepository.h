#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace hocbaso::store {

// Managing units (offices of education), a tree through parent_id: a Sở above its communes (or, in
// older data, Phòng), the top of the organisation the records hang on.
class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const Unit& unit);
    Result<std::optional<Unit>> byCode(const QString& code);
    Result<std::optional<Unit>> byId(qint64 id);
    Result<QList<Unit>> all();
    Result<qint64> count();
    // Hangs the unit under another (the services check that the tree stays a tree).
    Status setParent(qint64 unitId, qint64 parentId);
    // The unit and every unit below it, sorted by id.
    Result<QList<qint64>> subtree(qint64 unitId);
    Status rename(qint64 unitId, const QString& name);
    // Marks the unit closed at `at`; the row stays, as everything that names it does.
    Status close(qint64 unitId, const QDateTime& at);
    // Open units directly below the unit, and open schools directly in it: what keeps it from closing.
    Result<qint64> openChildCount(qint64 unitId);
    Result<qint64> openSchoolCount(qint64 unitId);
    // unit id -> its open schools (units without any are absent), for lists.
    Result<QHash<qint64, qint64>> openSchoolCounts();

private:
    Database& m_db;
};

} // namespace hocbaso::store
