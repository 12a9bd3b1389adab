#include "LockRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
namespace {

const QString kLockColumns = QStringLiteral(
    "SELECT id, unit_id, school_year, school_id, grade, receive_lock, revoke_lock, hlc, updated_at, updated_by, "
    "row_version FROM lock_settings ");

LockSetting readLock(const QSqlQuery& q)
{
    LockSetting s;
    s.id = q.value(0).toLongLong();
    s.unitId = q.value(1).toLongLong();
    s.schoolYear = q.value(2).toInt();
    s.schoolId = q.value(3).toLongLong();
    s.grade = q.value(4).toInt();
    s.receiveLock = sql::toDay(q.value(5));
    s.revokeLock = sql::toDay(q.value(6));
    s.hlc = q.value(7).toString();
    s.updatedAt = sql::toTimestamp(q.value(8));
    s.updatedBy = q.value(9).toString();
    s.rowVersion = q.value(10).toInt();
    return s;
}

} // namespace

Result<QList<LockSetting>> LockRepository::forUnitYear(qint64 unitId, int schoolYear)
{
    return sql::readAll<LockSetting>(m_db,
                                     kLockColumns + QStringLiteral("WHERE unit_id = ? AND school_year = ? AND "
                                                                   "deleted = FALSE ORDER BY school_id, grade"),
                                     {unitId, schoolYear}, readLock);
}

Result<QList<LockSetting>> LockRepository::forYear(int schoolYear)
{
    return sql::readAll<LockSetting>(
        m_db,
        kLockColumns + QStringLiteral("WHERE school_year = ? AND deleted = FALSE ORDER BY unit_id, school_id, grade"),
        {schoolYear}, readLock);
}

Result<std::optional<LockSetting>> LockRepository::find(qint64 unitId, int schoolYear, qint64 schoolId, int grade)
{
    return sql::readOne<LockSetting>(
        m_db,
        kLockColumns + QStringLiteral("WHERE unit_id = ? AND school_year = ? AND COALESCE(school_id, 0) = ? AND "
                                      "grade = ? AND deleted = FALSE"),
        {unitId, schoolYear, schoolId, grade}, readLock);
}

Result<std::optional<LockRepository::StoredLock>> LockRepository::findAny(qint64 unitId, int schoolYear,
                                                                          qint64 schoolId, int grade)
{
    return sql::readOne<StoredLock>(
        m_db,
        QStringLiteral("SELECT id, unit_id, school_year, school_id, grade, receive_lock, revoke_lock, hlc, updated_at, "
                       "updated_by, row_version, deleted FROM lock_settings WHERE unit_id = ? AND school_year = ? AND "
                       "COALESCE(school_id, 0) = ? AND grade = ?"),
        {unitId, schoolYear, schoolId, grade}, [](const QSqlQuery& q) {
            return StoredLock{readLock(q), sql::toBool(q.value(11))};
        });
}

Status LockRepository::removeStamped(const LockSetting& key, const QString& hlc, const QDateTime& at, const QString& by)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE lock_settings SET deleted = TRUE, hlc = ?, updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1 WHERE unit_id = ? AND school_year = ? AND COALESCE(school_id, 0) "
                       "= ? AND grade = ?"),
        {hlc, sql::timestamp(m_db, at), sql::text(by), key.unitId, key.schoolYear, key.schoolId, key.grade});
    return q ? Status() : Status(q.error());
}

Status LockRepository::upsert(const LockSetting& s)
{
    // The unique key is an expression index (COALESCE(school_id, 0)), which ON CONFLICT cannot
    // name portably, so update first and insert when nothing was there.
    auto q =
        m_db.run(QStringLiteral("UPDATE lock_settings SET receive_lock = ?, revoke_lock = ?, hlc = ?, "
                                "updated_at = ?, updated_by = ?, deleted = FALSE, row_version = row_version + 1 "
                                "WHERE unit_id = ? AND school_year = ? AND COALESCE(school_id, 0) = ? AND grade = ?"),
                 {sql::day(m_db, s.receiveLock), sql::day(m_db, s.revokeLock),
                  QString(s.hlc.isNull() ? QStringLiteral("") : s.hlc), sql::timestamp(m_db, s.updatedAt),
                  sql::text(s.updatedBy), s.unitId, s.schoolYear, s.schoolId, s.grade});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() > 0)
        return {};
    auto ins =
        m_db.run(QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, school_id, grade, receive_lock, "
                                "revoke_lock, hlc, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {s.unitId, s.schoolYear, sql::id(s.schoolId), s.grade, sql::day(m_db, s.receiveLock),
                  sql::day(m_db, s.revokeLock), QString(s.hlc.isNull() ? QStringLiteral("") : s.hlc),
                  sql::timestamp(m_db, s.updatedAt), sql::text(s.updatedBy)});
    return ins ? Status() : Status(ins.error());
}

Status LockRepository::remove(qint64 unitId, int schoolYear, qint64 schoolId, int grade)
{
    auto q =
        m_db.run(QStringLiteral("UPDATE lock_settings SET deleted = TRUE, row_version = row_version + 1 "
                                "WHERE unit_id = ? AND school_year = ? AND COALESCE(school_id, 0) = ? AND grade = ?"),
                 {unitId, schoolYear, schoolId, grade});
    return q ? Status() : Status(q.error());
}

} // namespace hocbaso::store
