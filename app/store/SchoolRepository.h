#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <optional>

namespace hocbaso::store {

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

private:
    Database& m_db;
};

} // namespace hocbaso::store
