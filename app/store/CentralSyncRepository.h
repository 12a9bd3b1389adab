#pragma once

#include "Database.h"
#include "SyncRepository.h"

#include <QList>

#include <optional>

namespace hocbaso::store {

// The central store's side of the sync (PostgreSQL): epoch, snapshots, the change log, applied operations.
class CentralSyncRepository
{
public:
    explicit CentralSyncRepository(Database& db) : m_db(db) {}

    Result<QString> epoch();
    // The download's snapshot: one REPEATABLE READ READ ONLY transaction, and its horizon (every
    // transaction below it had ended when the snapshot was taken).
    Status beginSnapshot();
    Status endSnapshot();
    Result<QString> snapshotXmin();
    // A read-only transaction (READ COMMITTED) for the rows of one pulled page, tuned like the
    // snapshot's (see beginSnapshot in the .cpp).
    Status beginReads();
    Status endReads();

    struct Change
    {
        qint64 seq = 0;
        QString txid;
        QString table;
        qint64 rowId = 0;
    };
    // The next entries after the cursor that are below the horizon (the person's unit's only).
    Result<QList<Change>> changesAfter(const SyncCursor& cursor, int limit);
    // The transaction of a log entry (empty when it is not there): a replica's cursor names an entry
    // the server must still have, or it was restored.
    Result<QString> txidOf(qint64 seq);

    struct AppliedOp
    {
        QString opId;
        QString outcome;
        QString result;
    };
    // Starts applying an operation in the caller's transaction: false when it was applied before
    // (INSERT ... ON CONFLICT DO NOTHING).
    Result<bool> claim(const OutboxOp& op);
    Status recordOutcome(const QString& opId, const QString& outcome, const QString& result);
    // An outcome recorded in a transaction of its own (a refusal whose transaction was rolled back).
    Status insertOutcome(const OutboxOp& op, const QString& outcome, const QString& result);
    Result<std::optional<AppliedOp>> applied(const QString& opId);

private:
    Database& m_db;
};

} // namespace hocbaso::store
