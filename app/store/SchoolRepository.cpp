#include "SchoolRepository.h"

#include "SqlValues.h"
#include "core/VietnameseText.h"

namespace hocbaso::store {
using sql::readAll;
using sql::readOne;

namespace {

School readSchool(const QSqlQuery& q)
{
    School s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.unitId = q.value(3).toLongLong();
    s.unitCode = q.value(4).toString();
    s.ownership = ownershipFromText(q.value(5).toString()).value_or(Ownership::Public);
    s.taxCode = q.value(6).toString();
    s.address = q.value(7).toString();
    s.closedAt = sql::toTimestamp(q.value(8));
    return s;
}

const QString kSchoolColumns =
    QStringLiteral("SELECT s.id, s.code, s.name, s.unit_id, u.code, s.ownership, s.tax_code, s.address, s.closed_at "
                   "FROM schools s JOIN units u ON u.id = s.unit_id WHERE s.deleted = FALSE ");

} // namespace

Result<qint64> SchoolRepository::insert(const School& s)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership, tax_code, address) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.code, s.name, text::fold(s.name), text::textSortKey(s.name), s.unitId, toText(s.ownership),
         sql::text(s.taxCode), sql::text(s.address)});
}

Result<std::optional<School>> SchoolRepository::byCode(const QString& code)
{
    return readOne<School>(m_db, kSchoolColumns + QStringLiteral("AND s.code = ?"), {code}, readSchool);
}

Result<std::optional<School>> SchoolRepository::byId(qint64 id)
{
    return readOne<School>(m_db, kSchoolColumns + QStringLiteral("AND s.id = ?"), {id}, readSchool);
}

Result<QList<School>> SchoolRepository::list(qint64 unitId)
{
    if (unitId > 0)
        return readAll<School>(m_db,
                               kSchoolColumns + QStringLiteral("AND ") +
                                   sql::inUnitsUnder(QStringLiteral("s.unit_id")) +
                                   QStringLiteral(" ORDER BY s.name_sort, s.id"),
                               {unitId}, readSchool);
    return readAll<School>(m_db, kSchoolColumns + QStringLiteral("ORDER BY s.name_sort, s.id"), {}, readSchool);
}

Result<qint64> SchoolRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM schools WHERE deleted = FALSE"));
}

Status SchoolRepository::update(const School& s)
{
    auto q = m_db.run(QStringLiteral("UPDATE schools SET name = ?, name_folded = ?, name_sort = ?, ownership = ?, "
                                     "tax_code = ?, address = ?, row_version = row_version + 1 WHERE id = ?"),
                      {s.name, text::fold(s.name), text::textSortKey(s.name), toText(s.ownership), sql::text(s.taxCode),
                       sql::text(s.address), s.id});
    if (!q)
        return q.error();
    return {};
}

Status SchoolRepository::setUnit(qint64 schoolId, qint64 unitId)
{
    auto q = m_db.run(QStringLiteral("UPDATE schools SET unit_id = ?, row_version = row_version + 1 WHERE id = ?"),
                      {unitId, schoolId});
    if (!q)
        return q.error();
    return {};
}

Status SchoolRepository::close(qint64 schoolId, const QDateTime& at)
{
    auto q = m_db.run(QStringLiteral("UPDATE schools SET closed_at = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND closed_at IS NULL"),
                      {sql::timestamp(m_db, at), schoolId});
    if (!q)
        return q.error();
    return {};
}

Result<SchoolPendingWork> SchoolRepository::pendingWork(qint64 schoolId)
{
    auto q = m_db.run(QStringLiteral("SELECT (SELECT count(*) FROM certificates WHERE school_id = ? AND status = ?), "
                                     "(SELECT count(*) FROM revocation_requests WHERE school_id = ? AND status = ?), "
                                     "(SELECT count(*) FROM records WHERE school_id = ? AND status IN (?, ?))"),
                      {schoolId, toText(CertificateStatus::Pending), schoolId, toText(RevocationStatus::Pending),
                       schoolId, toText(RecordStatus::Confirmed), toText(RecordStatus::Revoked)});
    if (!q)
        return q.error();
    SchoolPendingWork w;
    if ((*q)->next()) {
        w.certificates = (*q)->value(0).toLongLong();
        w.revocationRequests = (*q)->value(1).toLongLong();
        w.records = (*q)->value(2).toLongLong();
    }
    (*q)->finish();
    return w;
}

} // namespace hocbaso::store
