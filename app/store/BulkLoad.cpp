#include "BulkLoad.h"

#include "RecordSearchRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hocbaso::store {

BulkLoad::BulkLoad(Database& db, Checks checks) : m_db(db), m_checks(checks) {}

BulkLoad::~BulkLoad()
{
    // A load given up half-way (an error return) still gets its indexes and triggers back; the
    // caller is already reporting the first failure, so a second can only be noted.
    if (m_active) {
        if (auto s = finish(); !s)
            qWarning("hocbaso: restoring the indexes after a bulk load failed: %s", qPrintable(s.errorString()));
    }
}

Status BulkLoad::begin()
{
    auto dropped = drop(m_db);
    if (!dropped)
        return dropped.error();
    m_dropped = *dropped;
    m_active = true;
    if (m_checks == Checks::Skip && m_db.isSqlite())
        return m_db.execDirect(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    return {};
}

Status BulkLoad::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    const Dropped dropped = m_dropped;
    m_dropped.clear();
    m_timings.clear();
    const Status restored = restore(m_db, dropped, &m_timings);
    if (m_checks == Checks::Skip && m_db.isSqlite()) {
        if (auto s = m_db.execDirect(QStringLiteral("PRAGMA ignore_check_constraints = OFF")); !s && restored)
            return s;
    }
    return restored;
}

Result<BulkLoad::Dropped> BulkLoad::drop(Database& db)
{
    Dropped dropped;
    if (!db.isSqlite())
        return dropped;
    QSqlQuery q(db.connection());
    // Secondary indexes (sql not null = not a constraint's automatic index; not UNIQUE), the
    // counter triggers and the search index triggers of the record tables: one rebuild at the end
    // is several times faster than a million row-by-row updates.
    if (!q.exec(QStringLiteral(
            "SELECT name, sql, type FROM sqlite_master WHERE tbl_name IN ('records', 'record_versions') AND sql IS NOT "
            "NULL AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND (name LIKE "
            "'record_counts_%' OR name LIKE 'record_search_%')))")))
        return db.storageError(q.lastError(), QStringLiteral("preparing a bulk load"));
    while (q.next())
        dropped.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [name, sqlText] : std::as_const(dropped)) {
        const QString kind = sqlText.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                                 ? QStringLiteral("TRIGGER")
                                 : QStringLiteral("INDEX");
        if (auto s = db.execDirect(QStringLiteral("DROP %1 %2").arg(kind, name)); !s)
            return s.error();
    }
    return dropped;
}

Status BulkLoad::restore(Database& db, const Dropped& dropped, RecordSearchRepository::Timings* timings)
{
    if (!db.isSqlite())
        return {};
    QElapsedTimer clock;
    clock.start();
    const auto lap = [&](const QString& step) {
        if (timings)
            timings->append({step, double(clock.nsecsElapsed()) / 1e9});
        clock.restart();
    };
    for (const auto& [name, sqlText] : dropped) {
        if (auto s = db.execDirect(sqlText); !s)
            return s;
        lap(name);
    }
    // The counters and the search index the triggers would have kept.
    if (auto s = db.execDirect(QStringLiteral("DELETE FROM record_counts")); !s)
        return s;
    if (auto s = db.execDirect(QStringLiteral(
            "INSERT INTO record_counts (school_id, school_year, grade, status, n) SELECT school_id, school_year, "
            "grade, status, count(*) FROM records GROUP BY school_id, school_year, grade, status"));
        !s)
        return s;
    lap(QStringLiteral("record_counts"));
    return RecordSearchRepository::rebuildIndex(db, timings);
}

QString BulkLoad::toText(const Dropped& dropped)
{
    QJsonArray a;
    for (const auto& [name, sqlText] : dropped)
        a.append(QJsonArray{name, sqlText});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

BulkLoad::Dropped BulkLoad::fromText(const QString& text)
{
    Dropped dropped;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        dropped.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return dropped;
}

} // namespace hocbaso::store
