#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <QSet>
#include <optional>

namespace hocbaso::store {

// Records (one per pupil, year and grade), their versions and the signatures over each version.
class RecordRepository
{
public:
    explicit RecordRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Record& record);
    Result<qint64> insertVersion(const RecordVersion& version);
    Result<qint64> insertSignature(const Signature& signature);

    Result<std::optional<Record>> byUuid(const QString& uuid);
    Result<std::optional<Record>> byId(qint64 id);
    Result<QList<RecordVersion>> versions(qint64 recordId);
    Result<std::optional<RecordVersion>> version(qint64 recordId, int version);
    Result<QList<Signature>> signatures(qint64 recordId, int version);

    // Moves a record to a new status, only if it still has `expectedStatus` and `expectedRowVersion`
    // (optimistic: a concurrent change makes this return false rather than overwrite it).
    Result<bool> updateStatus(const Record& record, RecordStatus expectedStatus, int expectedRowVersion);
    // Sent records go back to their schools (approved revocations), in two statements: each record
    // and its current version become revoked, only from the statuses the domain lets a record be
    // revoked from (statusesBefore(Revoked)). The records that were revoked: one not in one of them
    // (any more) is left out.
    Result<QSet<qint64>> revokeSentAll(const QList<qint64>& recordIds, const QDateTime& at);
    Status updateVersionStatus(qint64 recordId, int version, RecordStatus status, const QDateTime& confirmedAt,
                               const QDateTime& sentAt, const QDateTime& revokedAt);
    Status deleteSignatures(qint64 recordId, int version);

    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
