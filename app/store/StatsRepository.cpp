#include "StatsRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
namespace {

// The sums over a school's counter rows: every status, then the two that 6.4 reports.
const QString kSums =
    QStringLiteral("COALESCE(sum(c.n), 0), COALESCE(sum(CASE WHEN c.status = 'confirmed' THEN c.n ELSE 0 END), 0), "
                   "COALESCE(sum(CASE WHEN c.status = 'sent' THEN c.n ELSE 0 END), 0)");

// The schools of a unit and the units below it (0: every unit), each joined to its counters of
// the year (and grade): `select` and `tail` (GROUP BY ...) make of it bySchool or byUnit.
std::pair<QString, QVariantList> countsStatement(const QString& select, const QString& tail, qint64 unitId,
                                                 int schoolYear, int grade)
{
    QVariantList values{schoolYear};
    QString sqlText = QStringLiteral("SELECT ") + select +
                      QStringLiteral(" FROM schools s LEFT JOIN record_counts c ON c.school_id = s.id AND "
                                     "c.school_year = ?");
    if (grade > 0) {
        sqlText += QStringLiteral(" AND c.grade = ?");
        values.append(grade);
    }
    sqlText += QStringLiteral(" WHERE s.deleted = FALSE");
    if (unitId > 0) {
        sqlText += QStringLiteral(" AND ") + sql::inUnitsUnder(QStringLiteral("s.unit_id"));
        values.append(unitId);
    }
    return {sqlText + QLatin1Char(' ') + tail, values};
}

} // namespace

Result<QList<StatsRepository::SchoolCounts>> StatsRepository::bySchool(qint64 unitId, int schoolYear, int grade)
{
    // Schools first (the unit's, by index), then each school's counters by their primary key
    // (school, year, grade, status): ~1,000 short index ranges for a unit of 1,000 schools. Driven
    // from the counters of the year instead, every school of every unit was probed, ten times slower
    // on the province dataset. LEFT JOIN keeps that order in SQLite and keeps schools with no records.
    const auto [sqlText, values] = countsStatement(
        QStringLiteral("s.id, s.code, s.name, ") + kSums + QStringLiteral(", s.unit_id"),
        QStringLiteral("GROUP BY s.id, s.code, s.name, s.name_sort, s.unit_id ORDER BY s.name_sort, s.id"), unitId,
        schoolYear, grade);
    return sql::readAll<SchoolCounts>(m_db, sqlText, values, [grade](const QSqlQuery& q) {
        return SchoolCounts{
            q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),   grade,
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
    });
}

Result<QList<StatsRepository::SchoolCounts>> StatsRepository::byUnit(qint64 unitId, int schoolYear, int grade)
{
    // bySchool's statement grouped by the schools' units, with nothing to sort.
    const auto [sqlText, values] = countsStatement(QStringLiteral("s.unit_id, ") + kSums,
                                                   QStringLiteral("GROUP BY s.unit_id"), unitId, schoolYear, grade);
    return sql::readAll<SchoolCounts>(m_db, sqlText, values, [grade](const QSqlQuery& q) {
        SchoolCounts c;
        c.unitId = q.value(0).toLongLong();
        c.grade = grade;
        c.records = q.value(1).toLongLong();
        c.confirmed = q.value(2).toLongLong();
        c.sent = q.value(3).toLongLong();
        return c;
    });
}

Result<QList<StatsRepository::SchoolCounts>> StatsRepository::byGrade(qint64 schoolId, int schoolYear)
{
    const QString sqlText = QStringLiteral("SELECT s.id, s.code, s.name, c.grade, ") + kSums +
                            QStringLiteral(" FROM schools s JOIN record_counts c ON c.school_id = s.id AND "
                                           "c.school_year = ? WHERE s.id = ? GROUP BY s.id, s.code, s.name, c.grade "
                                           "ORDER BY c.grade");
    return sql::readAll<SchoolCounts>(m_db, sqlText, {schoolYear, schoolId}, [](const QSqlQuery& q) {
        return SchoolCounts{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                            q.value(3).toInt(),      q.value(4).toLongLong(), q.value(5).toLongLong(),
                            q.value(6).toLongLong()};
    });
}

Result<QList<StatsRepository::Count>> StatsRepository::countsByScan(qint64 unitId, int schoolYear, int grade)
{
    QVariantList values{schoolYear};
    QString sqlText = QStringLiteral("SELECT r.school_id, r.grade, r.status, count(*) FROM records r JOIN schools s ON "
                                     "s.id = r.school_id WHERE r.school_year = ?");
    if (unitId > 0) {
        sqlText += QStringLiteral(" AND ") + sql::inUnitsUnder(QStringLiteral("s.unit_id"));
        values.append(unitId);
    }
    if (grade > 0) {
        sqlText += QStringLiteral(" AND r.grade = ?");
        values.append(grade);
    }
    sqlText += QStringLiteral(" GROUP BY r.school_id, r.grade, r.status");
    return sql::readAll<Count>(m_db, sqlText, values, [](const QSqlQuery& q) {
        return Count{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toLongLong()};
    });
}

Result<QList<int>> StatsRepository::schoolYears()
{
    return sql::readAll<int>(m_db,
                             QStringLiteral("SELECT DISTINCT school_year FROM record_counts WHERE n > 0 ORDER BY 1"),
                             {}, [](const QSqlQuery& q) { return q.value(0).toInt(); });
}

} // namespace hocbaso::store
