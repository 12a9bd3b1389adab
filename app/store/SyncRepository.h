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

// What the SQL of offline replicas and their sync shares (app/sync holds the logic): the tables a
// replica holds and their copy from the central store (ReplicaTable), the pull's cursor, outbox
// operations and offline credentials. The replica's own bookkeeping is in ReplicaRepository.h, the
// server's change log and applied operations in CentralSyncRepository.h.
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

// Rows read from the central store in the replica's forms, kept as libpq received them: a
// replica download copies hundreds of thousands of rows, and a QVariant and a QString per value
// cost more than the rest of the copy. Shared, immutable, usable from any thread.
class ServerRows
{
public:
    ServerRows();
    int size() const;
    bool isNull(int row, int column) const;
    // Read in libpq's binary format: integer columns as integers, bytes as they are, every other
    // column in the replica's text form (ReplicaTable reads them so).
    QByteArrayView value(int row, int column) const; // the bytes, without a terminator
    qint64 integer(int row, int column) const;       // an integer column
    QString text(int row, int column) const;         // a text column

private:
    friend class ReplicaTable;
    std::shared_ptr<pg_result> m_result;
    int m_rows = 0;
};

// One table as both stores have it: the columns the server lets the signed-in person read that the
// replica also has (so a replica made by an older program, or a column the person may not read,
// is no problem), read on the server in the replica's forms (ISO dates, 0/1 booleans, raw bytes).
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

    // Replica writes, in the caller's transaction: every row, or those listed. A row updates the
    // replica's row with the same id in place, or is added; any other row that holds one of its
    // unique keys gives way (the server's state is the truth). In place, the replica's triggers
    // see what changed: a record whose status changed moves between its counters only, where
    // replacing it would take it out of the name index and put it back.
    Status write(Database& replica, const ServerRows& rows) const;
    Status write(Database& replica, const ServerRows& rows, const QList<int>& which) const;

    // The download packs ahead of the write, on its reading thread, so that compressing and writing
    // run side by side. Certificates are signers' certificates by id (DER), for signatures.
    using Certificates = QHash<qint64, QByteArray>;
    // The packed form of this table's packed column, a value per row (record content, a signature's
    // CMS); empty when the table has no such column. Touches no connection.
    QList<QByteArray> packRows(const ServerRows& rows, const Certificates& certificates) const;
    // Adds the certificates of these rows of the certificates table.
    void collectCertificates(const ServerRows& rows, Certificates& into) const;
    // The replica's certificates with these ids (all of them when none are given).
    static Result<Certificates> certificatesIn(Database& replica, const QList<qint64>& ids = {});
    // Every row, with the packed values packRows gave for them.
    Status write(Database& replica, const ServerRows& rows, const QList<QByteArray>& packed) const;
    Result<QHash<qint64, qint64>> localRowVersions(Database& replica, const QList<qint64>& ids) const;
    Status removeLocal(Database& replica, const QList<qint64>& ids) const;

private:
    enum class Kind
    {
        Integer,
        Text,
        Bytes,
        // record_versions.content: text on the server, packed in the replica (RecordContentCodec).
        PackedContent,
        // signatures.cms: as it is on the server, packed in the replica with its signer's certificate
        // (SignatureCodec), which the replica holds by then (certificates come before signatures).
        PackedSignature
    };
    Result<ServerRows> read(Database& server, const QString& sql, const QByteArrayList& params) const;
    QByteArray packValue(const ServerRows& rows, int row, int column, const Certificates& certificates) const;
    // The listed rows; a packed column takes `packed` (a value per row) when given, else packs here.
    Status writeRows(Database& replica, const ServerRows& rows, const QList<int>& which,
                     const Certificates& certificates, const QList<QByteArray>* packed) const;
    Status writeRow(SqliteStatement* insert, const ServerRows& rows, int row, const Certificates& certificates,
                    const QList<QByteArray>* packed) const;
    // Binds a row's columns in order, from the first parameter.
    void bindRow(SqliteStatement* statement, const ServerRows& rows, int row, const Certificates& certificates,
                 const QList<QByteArray>* packed) const;
    // The replica's certificates that these rows' signatures name, when the table has packed CMS.
    Result<Certificates> certificatesOf(Database& replica, const ServerRows& rows, const QList<int>& which) const;

    QString m_name;
    QStringList m_columns;
    QList<Kind> m_kinds;
    QString m_selectList;
    QString m_insertSql;
    QString m_updateSql; // every readable column by the id (the last parameter)
    int m_idIndex = -1;
    int m_rowVersionIndex = -1;
    int m_certificateIdIndex = -1; // signatures.certificate_id, for PackedSignature
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

} // namespace hocbaso::store
