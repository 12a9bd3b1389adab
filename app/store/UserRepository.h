#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <optional>

namespace hocbaso::store {

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const User& user);
    // Users as read for lists and sign-in, without the password hash (User::passwordHash stays empty).
    Result<std::optional<User>> byUsername(const QString& username);
    // The Argon2id hash, for sign-in against the store itself (local files, the owner's connection).
    Result<QString> passwordHash(qint64 id);
    // Central store (PostgreSQL): the user's own LOGIN role, with the password as a SCRAM-SHA-256
    // verifier, in the group of the user's role and mapped to the user (hocbaso_create_login).
    // Nothing to do in a SQLite store.
    Status createLoginRole(const QString& username, const QString& scramVerifier);
    // Central store: is there a PostgreSQL role of that name on the server (any database's)?
    Result<bool> hasLoginRole(const QString& username);
    Result<QList<User>> list(qint64 unitId = 0);
    Status setDisabled(qint64 id, bool disabled);
    Status recordFailedAttempt(qint64 id, int attempts, const QDateTime& lockedUntil);
    Status clearFailedAttempts(qint64 id);
    Status setPasswordHash(qint64 id, const QString& hash);
    Result<qint64> count();
    // The users of a school carry its unit (their scope in rules and row-level security): when the
    // school moves, they move with it.
    Status moveSchoolUsers(qint64 schoolId, qint64 unitId);

private:
    Database& m_db;
};

} // namespace hocbaso::store
