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
    Result<std::optional<User>> byUsername(const QString& username);
    Result<QList<User>> list(qint64 unitId = 0);
    Status setDisabled(qint64 id, bool disabled);
    Status recordFailedAttempt(qint64 id, int attempts, const QDateTime& lockedUntil);
    Status clearFailedAttempts(qint64 id);
    Status setPasswordHash(qint64 id, const QString& hash);
    Result<qint64> count();

private:
    Database& m_db;
};

// Small key/value facts about the store itself (database epoch, demo seed...).
class MetaRepository
{
public:
    explicit MetaRepository(Database& db) : m_db(db) {}
    Result<QString> get(const QString& key);
    Status set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace hocbaso::store
