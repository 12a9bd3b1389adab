#include "UnitRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
using sql::readAll;
using sql::readOne;

namespace {

Unit readUnit(const QSqlQuery& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.level = unitLevelFromText(q.value(3).toString()).value_or(UnitLevel::Phong);
    u.parentId = q.value(4).toLongLong();
    u.closedAt = sql::toTimestamp(q.value(5));
    return u;
}

const QString kUnitColumns = QStringLiteral("SELECT id, code, name, level, parent_id, closed_at FROM units ");

} // namespace

Result<qint64> UnitRepository::insert(const Unit& u)
{
    return sql::insertReturningId(
        m_db, QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES (?, ?, ?, ?)"),
        {u.code, u.name, toText(u.level), sql::id(u.parentId)});
}

Result<std::optional<Unit>> UnitRepository::byCode(const QString& code)
{
    return readOne<Unit>(m_db, kUnitColumns + QStringLiteral("WHERE code = ?"), {code}, readUnit);
}

Result<std::optional<Unit>> UnitRepository::byId(qint64 id)
{
    return readOne<Unit>(m_db, kUnitColumns + QStringLiteral("WHERE id = ?"), {id}, readUnit);
}

Result<QList<Unit>> UnitRepository::all()
{
    return readAll<Unit>(m_db, kUnitColumns + QStringLiteral("WHERE deleted = FALSE ORDER BY code"), {}, readUnit);
}

Result<qint64> UnitRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM units WHERE deleted = FALSE"));
}

Status UnitRepository::setParent(qint64 unitId, qint64 parentId)
{
    auto q = m_db.run(QStringLiteral("UPDATE units SET parent_id = ?, row_version = row_version + 1 WHERE id = ?"),
                      {sql::id(parentId), unitId});
    if (!q)
        return q.error();
    return {};
}

Result<QList<qint64>> UnitRepository::subtree(qint64 unitId)
{
    return readAll<qint64>(m_db,
                           QStringLiteral("SELECT id FROM units WHERE ") + sql::inUnitsUnder(QStringLiteral("id")) +
                               QStringLiteral(" ORDER BY id"),
                           {unitId}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Status UnitRepository::rename(qint64 unitId, const QString& name)
{
    auto q = m_db.run(QStringLiteral("UPDATE units SET name = ?, row_version = row_version + 1 WHERE id = ?"),
                      {name, unitId});
    if (!q)
        return q.error();
    return {};
}

Status UnitRepository::close(qint64 unitId, const QDateTime& at)
{
    auto q = m_db.run(QStringLiteral("UPDATE units SET closed_at = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND closed_at IS NULL"),
                      {sql::timestamp(m_db, at), unitId});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> UnitRepository::openChildCount(qint64 unitId)
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM units WHERE parent_id = ? AND closed_at IS NULL "
                                      "AND deleted = FALSE"),
                       {unitId});
}

Result<qint64> UnitRepository::openSchoolCount(qint64 unitId)
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM schools WHERE unit_id = ? AND closed_at IS NULL "
                                      "AND deleted = FALSE"),
                       {unitId});
}

Result<QHash<qint64, qint64>> UnitRepository::openSchoolCounts()
{
    auto rows = readAll<QPair<qint64, qint64>>(
        m_db,
        QStringLiteral("SELECT unit_id, count(*) FROM schools WHERE closed_at IS NULL AND deleted = FALSE "
                       "GROUP BY unit_id"),
        {}, [](const QSqlQuery& q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> out;
    for (const auto& [unit, n] : *rows)
        out.insert(unit, n);
    return out;
}

} // namespace hocbaso::store
