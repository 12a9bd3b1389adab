#pragma once

#include "Database.h"
#include "SyncRepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace hocbaso::store {

// The replica's side of the sync (SQLite): state, outbox, rows changed offline, the offline sign-in
// verifier.
class ReplicaRepository
{
public:
    explicit ReplicaRepository(Database& db) : m_db(db) {}

    Result<QString> state(const QString& key);
    Result<QHash<QString, QString>> allState();
    Status setState(const QString& key, const QString& value);
    Status removeState(const QString& key);

    Status insertOp(const OutboxOp& op);
    // Pending operations (or all of them), oldest first.
    Result<QList<OutboxOp>> ops(bool pendingOnly);
    Result<std::optional<OutboxOp>> op(const QString& opId);
    Status ack(const QString& opId, const QString& outcome, const QString& result, const QDateTime& at);
    Result<qint64> pendingCount();

    // Rows changed by offline actions since the last pull, by table.
    Result<QHash<QString, QList<qint64>>> dirtyRows();
    Status clearDirty();
    // While the sync writes the server's rows, the change-tracking triggers stay quiet. Inside the
    // caller's transaction, so a crash cannot leave it set.
    Status setApplying(bool applying);
    // The triggers that note every local change of a replica table in sync_dirty (replicas only).
    Status installChangeTracking();
    // The sync writes rows in the server's order, not in foreign-key order, and replaces rows whose
    // unique keys moved to other ids: outside any transaction, before it starts writing. The
    // server's CHECK constraints already held for these rows, so they are not evaluated again.
    Status setWriterMode(bool on);
    // The rollback journal while a download pours rows into the file, write-ahead logging again
    // after it (ConnectionSpec::writeAheadLog). Best effort: with another connection open the file
    // stays as it is.
    Status setBulkJournal(bool bulk);
    // Empties the replica's copy of the unit (a new download after the server was restored).
    Status clearReplicaTables();
    Result<qint64> count(const QString& table);

    Status saveCredential(const QString& username, const QString& verifier, const QDateTime& at);
    Result<std::optional<OfflineCredential>> credential(const QString& username);
    Status setFailedAttempts(const QString& username, int attempts, const QDateTime& lockedUntil);

private:
    Database& m_db;
};

} // namespace hocbaso::store
