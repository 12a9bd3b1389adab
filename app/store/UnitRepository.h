#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <optional>

namespace hocbaso::store {

// Managing units (offices of education): the top of the organisation the records hang on.
class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const Unit& unit);
    Result<std::optional<Unit>> byCode(const QString& code);
    Result<std::optional<Unit>> byId(qint64 id);
    Result<QList<Unit>> all();
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
