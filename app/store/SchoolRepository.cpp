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
    return s;
}

const QString kSchoolColumns =
    QStringLiteral("SELECT s.id, s.code, s.name, s.unit_id, u.code, s.ownership, s.tax_code, s.address "
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

} // namespace hocbaso::store
