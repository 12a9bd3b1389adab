#include "ClassRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {

Result<qint64> ClassRepository::insert(const SchoolClass& c)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO classes (school_id, school_year, grade, name, homeroom_teacher) VALUES (?, ?, ?, ?, ?)"),
        {c.schoolId, c.schoolYear, c.grade, c.name, sql::text(c.homeroomTeacher)});
}

Result<std::optional<SchoolClass>> ClassRepository::byId(qint64 id)
{
    return sql::readOne<SchoolClass>(
        m_db,
        QStringLiteral("SELECT id, school_id, school_year, grade, name, homeroom_teacher FROM classes WHERE id = ?"),
        {id}, [](const QSqlQuery& q) {
            SchoolClass c;
            c.id = q.value(0).toLongLong();
            c.schoolId = q.value(1).toLongLong();
            c.schoolYear = q.value(2).toInt();
            c.grade = q.value(3).toInt();
            c.name = q.value(4).toString();
            c.homeroomTeacher = q.value(5).toString();
            return c;
        });
}

} // namespace hocbaso::store
