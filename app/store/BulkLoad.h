#pragma once

#include "Database.h"

#include <QList>
#include <QPair>

namespace hocbaso::store {

// Loading a province dataset in one go (bench, replicas): SQLite builds secondary indexes far
// faster in one sorted pass than row by row, and the per-row counter triggers are replaced by one
// GROUP BY at the end. Begin drops them (remembering their SQL); finish() puts them back and
// recounts. Unique indexes stay, so duplicates are still refused while loading. A no-op on
// PostgreSQL.
class BulkLoad
{
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    Status begin();
    Status finish();

private:
    Database& m_db;
    QList<QPair<QString, QString>> m_dropped; // (name, sql)
    bool m_active = false;
};

} // namespace hocbaso::store
