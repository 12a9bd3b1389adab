#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <optional>

namespace hocbaso::store {

// Pupils, each enrolled in one school.
class PupilRepository
{
public:
    explicit PupilRepository(Database& db) : m_db(db) {}
    // `nameSort`, when the caller has it already, is text::nameSortKey(pupil.fullName).
    Result<qint64> insert(const Pupil& pupil, const QString& nameSort = {});
    Result<std::optional<Pupil>> byId(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
