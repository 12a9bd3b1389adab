#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <optional>

namespace hocbaso::store {

// Classes of a school, one per school year, grade and name.
class ClassRepository
{
public:
    explicit ClassRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const SchoolClass& c);
    Result<std::optional<SchoolClass>> byId(qint64 id);

private:
    Database& m_db;
};

} // namespace hocbaso::store
