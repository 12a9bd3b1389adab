#pragma once

#include "Database.h"
#include "core/Entities.h"

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

private:
    Database& m_db;
};

} // namespace hocbaso::store
