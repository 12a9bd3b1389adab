#include "BulkLoad.h"

#include "RecordSearchRepository.h"

#include <QSqlQuery>

namespace hocbaso::store {

BulkLoad::BulkLoad(Database& db) : m_db(db) {}

BulkLoad::~BulkLoad()
{
    if (m_active)
        finish();
}

Status BulkLoad::begin()
{
    if (!m_db.isSqlite())
        return {};
    QSqlQuery q(m_db.connection());
    // Secondary indexes (sql not null = not a constraint's automatic index; not UNIQUE), the
    // counter triggers and the search index triggers of the record tables: one rebuild at the end
    // is several times faster than a million row-by-row updates.
    if (!q.exec(QStringLiteral(
            "SELECT name, sql, type FROM sqlite_master WHERE tbl_name IN ('records', 'record_versions') AND sql IS NOT "
            "NULL AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND (name LIKE "
            "'record_counts_%' OR name LIKE 'record_search_%')))")))
        return m_db.storageError(q.lastError(), QStringLiteral("preparing a bulk load"));
    while (q.next())
        m_dropped.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [name, sqlText] : m_dropped) {
        const QString kind = sqlText.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                                 ? QStringLiteral("TRIGGER")
                                 : QStringLiteral("INDEX");
        if (auto s = m_db.execDirect(QStringLiteral("DROP %1 %2").arg(kind, name)); !s)
            return s;
    }
    m_active = true;
    return {};
}

Status BulkLoad::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    for (const auto& item : m_dropped) {
        if (auto s = m_db.execDirect(item.second); !s)
            return s;
    }
    m_dropped.clear();
    // The counters and the search index the triggers would have kept.
    if (auto s = m_db.execDirect(QStringLiteral("DELETE FROM record_counts")); !s)
        return s;
    if (auto s = m_db.execDirect(
            QStringLiteral("INSERT INTO record_counts (school_id, school_year, grade, status, n) SELECT school_id, "
                           "school_year, grade, "
                           "status, count(*) FROM records GROUP BY school_id, school_year, grade, status"));
        !s)
        return s;
    return RecordSearchRepository::rebuildIndex(m_db);
}

} // namespace hocbaso::store
