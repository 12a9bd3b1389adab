#pragma once

#include "Database.h"

#include <QByteArrayList>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_result; // libpq's PGresult, only ever behind ServerRows

// The SQL of offline replicas and their sync (app/sync holds the logic): copying a unit's rows from
// the central store into a replica, the replica's own bookkeeping (state, outbox, rows changed
// offline, the offline sign-in verifier), and the server's change log and applied operations.
namespace hocbaso::store {

class SqliteStatement;

// The keys of a replica's sync_state.
namespace replica_state {
inline const QString kLogin = QStringLiteral("login");
inline const QString kUnit = QStringLiteral("unit");
inline const QString kServer = QStringLiteral("server");
inline const QString kEpoch = QStringLiteral("epoch");
inline const QString kDevice = QStringLiteral("device");
inline const QString kCursor = QStringLiteral("cursor");
inline const QString kHlc = QStringLiteral("hlc");
inline const QString kDownload = QStringLiteral("download"); // running | complete
inline const QString kDownloadTable = QStringLiteral("download_table");
inline const QString kDownloadAfter = QStringLiteral("download_after");
inline const QString kServerSchema = QStringLiteral("server_schema");
inline const QString kReplicaSchema = QStringLiteral("replica_schema");
inline const QString kCreatedAt = QStringLiteral("created_at");
inline const QString kDownloadedAt = QStringLiteral("downloaded_at");
inline const QString kLastSync = QStringLiteral("last_sync");
} // namespace replica_state

// The tables a replica holds, in download order (parents before children). The server's change-log
// triggers (resources/sql/postgres/010_sync.sql) cover the same tables.
const QStringList& replicaTables();

// Where a replica's pull stands: every change-log entry up to (txid, seq) is in the replica.
struct SyncCursor
{
    QString txid = QStringLiteral("0"); // xid8 as text
    qint64 seq = 0;

    QString toText() const { return txid + QLatin1Char(':') + QString::number(seq); }
    static std::optional<SyncCursor> fromText(const QString& text);
};

// Rows read from the central store in the replica's text forms, kept as libpq received them: a
// replica download copies hundreds of thousands of rows, and a QVariant and a QString per value
// cost more than the rest of the copy. Shared, immutable, usable from any thread.
class ServerRows
{
public:
    ServerRows();
    int size() const;
    bool isNull(int row, int column) const;
    QByteArrayView value(int row, int column) const; // the text form, without a terminator
    qint64 integer(int row, int column) const;
    QString text(int row, int column) const;

private:
    friend class ReplicaTable;
    std::shared_ptr<pg_result> m_result;
    int m_rows = 0;
};

// One table as both stores have it: the columns the server lets the signed-in person read that the
// replica also has (so a replica made by an older program, or a column the person may not read,
// is no problem), read on the server in the replica's text forms (ISO dates, 0/1 booleans).
class ReplicaTable
{
public:
    static Result<ReplicaTable> describe(Database& server, Database& replica, const QString& table);

    const QString& name() const { return m_name; }
    const QStringList& columns() const { return m_columns; }
    bool hasRowVersion() const { return m_rowVersionIndex >= 0; }
    int idIndex() const { return m_idIndex; }
    int rowVersionIndex() const { return m_rowVersionIndex; }

    // Server reads, through the person's row-level security, by id.
    Result<ServerRows> readAfter(Database& server, qint64 afterId, int limit) const;
    Result<ServerRows> readIds(Database& server, const QList<qint64>& ids) const;
    Result<qint64> countOnServer(Database& server) const;

    // Replica writes, in the caller's transaction: every row, or those listed. A row replaces the
    // replica's row with the same id and any row that holds one of its unique keys (the server's
    // state is the truth).
    Status write(Database& replica, const ServerRows& rows) const;
    Status write(Database& replica, const ServerRows& rows, const QList<int>& which) const;
    Result<QHash<qint64, qint64>> localRowVersions(Database& replica, const QList<qint64>& ids) const;
    Status removeLocal(Database& replica, const QList<qint64>& ids) const;

private:
    enum class Kind
    {
        Integer,
        Text,
        Bytes
    };
    Result<ServerRows> read(Database& server, const QString& sql, const QByteArrayList& params) const;
    Status writeRow(SqliteStatement* insert, const ServerRows& rows, int row) const;

    QString m_name;
    QStringList m_columns;
    QList<Kind> m_kinds;
    QString m_selectList;
    QString m_insertSql;
    int m_idIndex = -1;
    int m_rowVersionIndex = -1;
};

// One offline action in the replica's outbox.
struct OutboxOp
{
    qint64 seq = 0;
    QString opId;
    QString deviceId;
    QString intent;
    QString entity;
    QString entityKey;
    int expectedRowVersion = 0;
    QString payload; // JSON
    QString hlc;
    QDateTime createdAt;
    QString createdBy;
    bool acked = false;
    QString outcome; // applied | conflict | refused, once acked
    QString result;  // JSON, once acked
    QDateTime ackedAt;
};

struct OfflineCredential
{
    QString username;
    QString verifier;
    QDateTime savedAt;
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

// The replica's side (SQLite).
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

// The central store's side (PostgreSQL): epoch, snapshots, the change log, applied operations.
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
