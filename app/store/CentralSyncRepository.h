#pragma once

#include "Database.h"
#include "SyncRepository.h"

#include <QHash>
#include <QList>
#include <QSet>

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
    // A batch of operations, one statement each (SyncService applies a batch in one transaction, and
    // applied_ops keeps each operation applied once: INSERT ... ON CONFLICT DO NOTHING).
    // claimAll: the operations not applied before (op ids in lower case), now claimed in the
    // caller's transaction; recordOutcomes: the answers of claimed operations, before the commit;
    // appliedAll: the stored answers of the others (applied before, their acknowledgement lost).
    Result<QSet<QString>> claimAll(const QList<OutboxOp>& ops);
    Status recordOutcomes(const QList<AppliedOp>& outcomes);
    Result<QHash<QString, AppliedOp>> appliedAll(const QStringList& opIds);

private:
    Database& m_db;
};

} // namespace hocbaso::store
