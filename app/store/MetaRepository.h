#pragma once

#include "Database.h"

namespace hocbaso::store {

// Small key/value facts about the store itself (database epoch, demo seed...).
class MetaRepository
{
public:
    explicit MetaRepository(Database& db) : m_db(db) {}
    Result<QString> get(const QString& key);
    Status set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace hocbaso::store
