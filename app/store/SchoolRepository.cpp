#include "SchoolRepository.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/VietnameseText.h"

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
    return u;
}

const QString kUnitColumns = QStringLiteral("SELECT id, code, name, level, parent_id FROM units ");

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
        return readAll<School>(m_db, kSchoolColumns + QStringLiteral("AND s.unit_id = ? ORDER BY s.name_sort, s.id"),
                               {unitId}, readSchool);
    return readAll<School>(m_db, kSchoolColumns + QStringLiteral("ORDER BY s.name_sort, s.id"), {}, readSchool);
}

Result<qint64> SchoolRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM schools WHERE deleted = FALSE"));
}

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
    return readOne<SchoolClass>(
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
    return readOne<Pupil>(m_db,
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
