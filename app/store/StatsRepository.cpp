#include "StatsRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
namespace {

Result<QList<StatsRepository::Count>> read(Database& db, const QString& table, qint64 unitId, int schoolYear, int grade)
{
    const QString n = table == QLatin1String("record_counts") ? QStringLiteral("sum(c.n)") : QStringLiteral("count(*)");
    QString sqlText = QStringLiteral("SELECT c.school_id, c.grade, c.status, %1 FROM %2 c JOIN schools s ON s.id = "
                                     "c.school_id WHERE c.school_year = ?")
                          .arg(n, table);
    QVariantList values{schoolYear};
    if (unitId > 0) {
        sqlText += QStringLiteral(" AND s.unit_id = ?");
        values.append(unitId);
    }
    if (grade > 0) {
        sqlText += QStringLiteral(" AND c.grade = ?");
        values.append(grade);
    }
    sqlText += QStringLiteral(" GROUP BY c.school_id, c.grade, c.status");
    return sql::readAll<StatsRepository::Count>(db, sqlText, values, [](const QSqlQuery& q) {
        return StatsRepository::Count{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                      q.value(3).toLongLong()};
    });
}

} // namespace

Result<QList<StatsRepository::Count>> StatsRepository::counts(qint64 unitId, int schoolYear, int grade)
{
    return read(m_db, QStringLiteral("record_counts"), unitId, schoolYear, grade);
}

Result<QList<StatsRepository::Count>> StatsRepository::countsByScan(qint64 unitId, int schoolYear, int grade)
{
    return read(m_db, QStringLiteral("records"), unitId, schoolYear, grade);
}

Result<QList<int>> StatsRepository::schoolYears()
{
    return sql::readAll<int>(m_db,
                             QStringLiteral("SELECT DISTINCT school_year FROM record_counts WHERE n > 0 ORDER BY 1"),
                             {}, [](const QSqlQuery& q) { return q.value(0).toInt(); });
}

} // namespace hocbaso::store
