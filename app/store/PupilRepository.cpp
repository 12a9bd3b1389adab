#include "PupilRepository.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/VietnameseText.h"

namespace hocbaso::store {

Result<qint64> PupilRepository::insert(const Pupil& p, const QString& nameSort)
{
    if (m_db.isSqlite()) {
        // Hot path of dataset building (see SqliteStatement).
        SqliteStatement& st = *m_db.sqliteStatement(
            QStringLiteral("INSERT INTO pupils (personal_id, full_name, name_folded, name_sort, birth_date, gender, "
                           "school_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        st.bindUtf8(0, p.personalId.toLatin1());
        st.bindText(1, p.fullName);
        st.bindText(2, text::fold(p.fullName));
        st.bindText(3, nameSort.isNull() ? text::nameSortKey(p.fullName) : nameSort);
        st.bindUtf8(4, p.birthDate.toString(Qt::ISODate).toLatin1());
        st.bindUtf8(5, toText(p.gender).toLatin1());
        st.bind(6, p.schoolId);
        if (auto s = st.exec(); !s)
            return s.error();
        return st.lastInsertRowId();
    }
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO pupils (personal_id, full_name, name_folded, name_sort, birth_date, gender, "
                       "school_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {p.personalId, p.fullName, text::fold(p.fullName), nameSort.isNull() ? text::nameSortKey(p.fullName) : nameSort,
         sql::day(m_db, p.birthDate), toText(p.gender), p.schoolId});
}

Result<std::optional<Pupil>> PupilRepository::byId(qint64 id)
{
    return sql::readOne<Pupil>(
        m_db,
        QStringLiteral("SELECT id, personal_id, full_name, birth_date, gender, school_id FROM pupils "
                       "WHERE id = ?"),
        {id}, [](const QSqlQuery& q) {
            Pupil p;
            p.id = q.value(0).toLongLong();
            p.personalId = q.value(1).toString();
            p.fullName = q.value(2).toString();
            p.birthDate = sql::toDay(q.value(3));
            p.gender = genderFromText(q.value(4).toString()).value_or(Gender::Male);
            p.schoolId = q.value(5).toLongLong();
            return p;
        });
}

Result<qint64> PupilRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pupils WHERE deleted = FALSE"));
}

} // namespace hocbaso::store
