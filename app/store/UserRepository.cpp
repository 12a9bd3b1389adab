#include "UserRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
namespace {

// Every column but the password hash, which only sign-in against the store reads (passwordHash): in
// the central store a person's own role may not read it.
const QString kColumns =
    QStringLiteral("SELECT us.id, us.username, us.display_name, us.role, us.unit_id, us.school_id, us.disabled, "
                   "us.failed_attempts, us.locked_until, us.created_at, un.code, sc.code FROM users us "
                   "LEFT JOIN units un ON un.id = us.unit_id LEFT JOIN schools sc ON sc.id = us.school_id ");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromText(q.value(3).toString()).value_or(Role::Viewer);
    u.unitId = q.value(4).toLongLong();
    u.schoolId = q.value(5).toLongLong();
    u.disabled = sql::toBool(q.value(6));
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = sql::toTimestamp(q.value(8));
    u.createdAt = sql::toTimestamp(q.value(9));
    u.unitCode = q.value(10).toString();
    u.schoolCode = q.value(11).toString();
    return u;
}

} // namespace

Result<qint64> UserRepository::insert(const User& u)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO users (username, display_name, role, unit_id, school_id, password_hash, disabled, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.username, u.displayName, toText(u.role), sql::id(u.unitId), sql::id(u.schoolId), u.passwordHash, u.disabled,
         sql::timestamp(m_db, u.createdAt)});
}

Result<std::optional<User>> UserRepository::byUsername(const QString& username)
{
    return sql::readOne<User>(m_db, kColumns + QStringLiteral("WHERE us.username = ?"), {username}, readUser);
}

Result<QString> UserRepository::passwordHash(qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    QString hash;
    if ((*q)->next())
        hash = (*q)->value(0).toString();
    (*q)->finish();
    return hash;
}

Status UserRepository::createLoginRole(const QString& username, const QString& scramVerifier)
{
    if (!m_db.isPostgres())
        return {};
    // The function checks who asks (the owner, or an administrator of the user's unit), creates the
    // role with the verifier, grants the group of the user's role and maps the role to the user.
    // Through libpq's parameters: QPSQL would write the verifier into the statement's text, which the
    // server logs when the call fails.
    return m_db.execWithParameters(QStringLiteral("SELECT hocbaso_create_login($1, $2)"),
                                   {username.toUtf8(), scramVerifier.toUtf8()});
}

Result<bool> UserRepository::hasLoginRole(const QString& username)
{
    if (!m_db.isPostgres())
        return false;
    auto n =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {username});
    if (!n)
        return n.error();
    return *n > 0;
}

Result<QList<User>> UserRepository::list(qint64 unitId)
{
    if (unitId > 0)
        return sql::readAll<User>(m_db,
                                  kColumns + QStringLiteral("WHERE ") +
                                      sql::inUnitsUnder(QStringLiteral("us.unit_id")) +
                                      QStringLiteral(" ORDER BY us.username"),
                                  {unitId}, readUser);
    return sql::readAll<User>(m_db, kColumns + QStringLiteral("ORDER BY us.username"), {}, readUser);
}

Status UserRepository::setDisabled(qint64 id, bool disabled)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET disabled = ?, row_version = row_version + 1 WHERE id = ?"),
                      {disabled, id});
    return q ? Status() : Status(q.error());
}

Status UserRepository::recordFailedAttempt(qint64 id, int attempts, const QDateTime& lockedUntil)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                      {attempts, sql::timestamp(m_db, lockedUntil), id});
    return q ? Status() : Status(q.error());
}

Status UserRepository::clearFailedAttempts(qint64 id)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
    return q ? Status() : Status(q.error());
}

Status UserRepository::setPasswordHash(qint64 id, const QString& hash)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET password_hash = ?, row_version = row_version + 1 WHERE id = ?"),
                      {hash, id});
    return q ? Status() : Status(q.error());
}

Result<qint64> UserRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users"));
}

Status UserRepository::moveSchoolUsers(qint64 schoolId, qint64 unitId)
{
    auto q = m_db.run(
        QStringLiteral(
            "UPDATE users SET unit_id = ?, row_version = row_version + 1 WHERE school_id = ? AND unit_id <> ?"),
        {unitId, schoolId, unitId});
    return q ? Status() : Status(q.error());
}

} // namespace hocbaso::store
