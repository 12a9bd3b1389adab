#include "SchoolContactRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {

Result<QHash<qint64, SchoolContact>> SchoolContactRepository::byIds(const QList<qint64>& schoolIds)
{
    QHash<qint64, SchoolContact> out;
    if (schoolIds.isEmpty())
        return out;
    auto q = m_db.run(QStringLiteral("SELECT id, contact_person, contact_phone FROM schools WHERE ") +
                          sql::inIds(m_db, QStringLiteral("id")),
                      {sql::idsValue(m_db, schoolIds)});
    if (!q)
        return q.error();
    while ((*q)->next())
        out.insert((*q)->value(0).toLongLong(), SchoolContact{(*q)->value(1).toString(), (*q)->value(2).toString()});
    (*q)->finish();
    return out;
}

Status SchoolContactRepository::set(qint64 schoolId, const SchoolContact& c)
{
    auto q = m_db.run(QStringLiteral("UPDATE schools SET contact_person = ?, contact_phone = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"),
                      {sql::text(c.person), sql::text(c.phone), schoolId});
    if (!q)
        return q.error();
    return {};
}

} // namespace hocbaso::store
