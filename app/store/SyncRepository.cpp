#include "SyncRepository.h"

#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <cstdlib>

namespace hocbaso::store {
namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// The server's value in the replica's form: SqlValues writes timestamps as ISO-8601 UTC with
// milliseconds, dates as YYYY-MM-DD, booleans as 0/1 and UUIDs as lower-case text.
QString serverExpression(const QString& column, const QString& type)
{
    const QString c = quoted(column);
    if (type == QLatin1String("timestamp with time zone"))
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(c);
    if (type == QLatin1String("date"))
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(c);
    if (type == QLatin1String("boolean"))
        return QStringLiteral("%1::int").arg(c);
    // Bytes as plain hex whatever the server's bytea_output says.
    if (type == QLatin1String("bytea"))
        return QStringLiteral("encode(%1, 'hex')").arg(c);
    if (type == QLatin1String("uuid") || type == QLatin1String("jsonb") || type == QLatin1String("json"))
        return QStringLiteral("%1::text").arg(c);
    return c;
}

QString sqliteTimestamp(const QDateTime& t)
{
    return t.isValid() ? sql::isoUtc(t) : QString();
}

OutboxOp readOp(const QSqlQuery& q)
{
    OutboxOp op;
    op.seq = q.value(0).toLongLong();
    op.opId = q.value(1).toString();
    op.deviceId = q.value(2).toString();
    op.intent = q.value(3).toString();
    op.entity = q.value(4).toString();
    op.entityKey = q.value(5).toString();
    op.expectedRowVersion = q.value(6).toInt();
    op.payload = q.value(7).toString();
    op.hlc = q.value(8).toString();
    op.createdAt = sql::toTimestamp(q.value(9));
    op.createdBy = q.value(10).toString();
    op.acked = q.value(11).toString() == QLatin1String("acked");
    op.outcome = q.value(12).toString();
    op.result = q.value(13).toString();
    op.ackedAt = sql::toTimestamp(q.value(14));
    return op;
}

const QString kOpColumns =
    QStringLiteral("SELECT seq, op_id, device_id, intent, entity, entity_key, expected_row_version, payload, hlc, "
                   "created_at, created_by, state, outcome, result, acked_at FROM sync_outbox ");

} // namespace

const QStringList& replicaTables()
{
    static const QStringList tables = {QStringLiteral("units"),
                                       QStringLiteral("schools"),
                                       QStringLiteral("classes"),
                                       QStringLiteral("pupils"),
                                       QStringLiteral("users"),
                                       QStringLiteral("certificates"),
                                       QStringLiteral("records"),
                                       QStringLiteral("record_versions"),
                                       QStringLiteral("signatures"),
                                       QStringLiteral("lock_settings"),
                                       QStringLiteral("revocation_requests"),
                                       QStringLiteral("trust_anchors"),
                                       QStringLiteral("crls"),
                                       QStringLiteral("audit_events")};
    return tables;
}

std::optional<SyncCursor> SyncCursor::fromText(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool okTx = false, okSeq = false;
    SyncCursor c;
    c.txid = text.left(colon);
    c.txid.toULongLong(&okTx);
    c.seq = text.mid(colon + 1).toLongLong(&okSeq);
    if (!okTx || !okSeq || c.seq < 0)
        return std::nullopt;
    return c;
}

// --- ServerRows ----------------------------------------------------------------------------------

ServerRows::ServerRows() = default;

int ServerRows::size() const
{
    return m_rows;
}

bool ServerRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView ServerRows::value(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 ServerRows::integer(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result.get(), row, column), nullptr, 10);
}

QString ServerRows::text(int row, int column) const
{
    return isNull(row, column) ? QString() : QString::fromUtf8(value(row, column));
}

// --- ReplicaTable --------------------------------------------------------------------------------

Result<ReplicaTable> ReplicaTable::describe(Database& server, Database& replica, const QString& table)
{
    if (!replicaTables().contains(table))
        return Error::internal(QStringLiteral("%1 is not a replica table").arg(table));
    // Only the columns this person may read: the password hashes of users, for one, stay behind.
    auto serverColumns = sql::readAll<QPair<QString, QString>>(
        server,
        QStringLiteral("SELECT column_name::text, data_type::text FROM information_schema.columns WHERE "
                       "table_schema = current_schema() AND table_name = ? AND "
                       "has_column_privilege(quote_ident(table_name::text), column_name::text, 'SELECT') "
                       "ORDER BY ordinal_position"),
        {table},
        [](const QSqlQuery& q) { return QPair<QString, QString>(q.value(0).toString(), q.value(1).toString()); });
    if (!serverColumns)
        return serverColumns.error();
    QHash<QString, QString> typeOf;
    for (const auto& [name, type] : *serverColumns)
        typeOf.insert(name, type);

    QSqlQuery q(replica.connection());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return replica.storageError(q.lastError(), QStringLiteral("PRAGMA table_info"));
    ReplicaTable t;
    t.m_name = table;
    QStringList expressions, fillers, fillerValues;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString type = q.value(2).toString().toUpper();
        const bool notNull = q.value(3).toInt() != 0;
        const bool hasDefault = !q.value(4).isNull();
        if (typeOf.contains(name)) {
            const QString serverType = typeOf.value(name);
            t.m_columns.append(name);
            expressions.append(serverExpression(name, serverType));
            t.m_kinds.append(serverType == QLatin1String("bytea") ? Kind::Bytes
                             : serverType == QLatin1String("integer") || serverType == QLatin1String("bigint") ||
                                     serverType == QLatin1String("smallint") || serverType == QLatin1String("boolean")
                                 ? Kind::Integer
                                 : Kind::Text);
        } else if (notNull && !hasDefault) {
            // A column the person may not read (users.password_hash): kept empty in the replica.
            fillers.append(quoted(name));
            fillerValues.append(type.contains(QLatin1String("INT")) ? QStringLiteral("0") : QStringLiteral("''"));
        }
    }
    t.m_idIndex = int(t.m_columns.indexOf(QStringLiteral("id")));
    t.m_rowVersionIndex = int(t.m_columns.indexOf(QStringLiteral("row_version")));
    if (t.m_idIndex < 0)
        return Error::storage(QCoreApplication::translate("hocbaso::store::Database",
                                                          "The table %1 cannot be copied: its id is not readable.")
                                  .arg(table));
    t.m_selectList = expressions.join(QStringLiteral(", "));
    QStringList names;
    for (const QString& c : std::as_const(t.m_columns))
        names.append(quoted(c));
    QStringList placeholders(t.m_columns.size(), QStringLiteral("?"));
    t.m_insertSql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                        .arg(quoted(table), (names + fillers).join(QStringLiteral(", ")),
                             (placeholders + fillerValues).join(QStringLiteral(", ")));
    return t;
}

Result<ServerRows> ReplicaTable::read(Database& server, const QString& sqlText, const QByteArrayList& params) const
{
    // The same connection (and so the same transaction or snapshot) as the QPSQL statements around it.
    PGconn* conn = server.postgresHandle();
    if (!conn)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The PostgreSQL connection has no handle."));
    const QByteArray text = sqlText.toUtf8();
    QList<const char*> values;
    for (const QByteArray& p : params)
        values.append(p.constData());
    ServerRows rows;
    rows.m_result.reset(
        PQexecParams(conn, text.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0),
        PQclear);
    if (!rows.m_result || PQresultStatus(rows.m_result.get()) != PGRES_TUPLES_OK) {
        const QString why =
            QString::fromUtf8(rows.m_result ? PQresultErrorMessage(rows.m_result.get()) : PQerrorMessage(conn))
                .trimmed();
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
                .arg(sqlText.simplified().left(80), why));
    }
    rows.m_rows = PQntuples(rows.m_result.get());
    return rows;
}

Result<ServerRows> ReplicaTable::readAfter(Database& server, qint64 afterId, int limit) const
{
    return read(
        server,
        QStringLiteral("SELECT %1 FROM %2 WHERE id > $1 ORDER BY id LIMIT $2").arg(m_selectList, quoted(m_name)),
        {QByteArray::number(afterId), QByteArray::number(limit)});
}

Result<ServerRows> ReplicaTable::readIds(Database& server, const QList<qint64>& ids) const
{
    return read(
        server,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY ($1::bigint[]) ORDER BY id").arg(m_selectList, quoted(m_name)),
        {sql::idList(ids, QLatin1Char('{'), QLatin1Char('}')).toLatin1()});
}

Result<qint64> ReplicaTable::countOnServer(Database& server) const
{
    return sql::scalar(server, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(m_name)));
}

Status ReplicaTable::writeRow(SqliteStatement* insert, const ServerRows& rows, int row) const
{
    // The values stay in libpq's result until the row is written, so SQLite reads them in place;
    // bytea arrives as hex digits (encode(..., 'hex')) and is decoded into `bytes` for as long.
    QList<QByteArray> bytes;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (rows.isNull(row, c)) {
            insert->bindNull(c);
            continue;
        }
        switch (m_kinds.at(c)) {
        case Kind::Integer:
            insert->bind(c, rows.integer(row, c));
            break;
        case Kind::Bytes: {
            const QByteArrayView v = rows.value(row, c);
            bytes.append(QByteArray::fromHex(QByteArray::fromRawData(v.data(), v.size())));
            insert->bindBlobStatic(c, bytes.last().constData(), int(bytes.last().size()));
            break;
        }
        case Kind::Text: {
            const QByteArrayView v = rows.value(row, c);
            insert->bindUtf8Static(c, v.data(), int(v.size()));
            break;
        }
        }
    }
    return insert->exec();
}

Status ReplicaTable::write(Database& replica, const ServerRows& rows) const
{
    SqliteStatement* insert = replica.sqliteStatement(m_insertSql);
    if (!insert->isValid())
        return insert->exec(); // the prepare error, as a sentence
    for (int r = 0; r < rows.size(); ++r) {
        if (auto s = writeRow(insert, rows, r); !s)
            return s;
    }
    return {};
}

Status ReplicaTable::write(Database& replica, const ServerRows& rows, const QList<int>& which) const
{
    SqliteStatement* insert = replica.sqliteStatement(m_insertSql);
    if (!insert->isValid())
        return insert->exec();
    for (int r : which) {
        if (auto s = writeRow(insert, rows, r); !s)
            return s;
    }
    return {};
}

Result<QHash<qint64, qint64>> ReplicaTable::localRowVersions(Database& replica, const QList<qint64>& ids) const
{
    QHash<qint64, qint64> out;
    if (ids.isEmpty())
        return out;
    const QString versionColumn = hasRowVersion() ? QStringLiteral("row_version") : QStringLiteral("0");
    auto rows = sql::readAll<QPair<qint64, qint64>>(
        replica,
        QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (SELECT value FROM json_each(?))")
            .arg(versionColumn, quoted(m_name)),
        {sql::idList(ids, QLatin1Char('['), QLatin1Char(']'))},
        [](const QSqlQuery& q) { return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    out.reserve(rows->size());
    for (const auto& [id, version] : *rows)
        out.insert(id, version);
    return out;
}

Status ReplicaTable::removeLocal(Database& replica, const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    auto q =
        replica.run(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(quoted(m_name)),
                    {sql::idList(ids, QLatin1Char('['), QLatin1Char(']'))});
    return q ? Status() : Status(q.error());
}

// --- ReplicaRepository ---------------------------------------------------------------------------

Result<QString> ReplicaRepository::state(const QString& key)
{
    auto v = sql::readOne<QString>(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Result<QHash<QString, QString>> ReplicaRepository::allState()
{
    auto rows = sql::readAll<QPair<QString, QString>>(
        m_db, QStringLiteral("SELECT key, value FROM sync_state"), {},
        [](const QSqlQuery& q) { return QPair<QString, QString>(q.value(0).toString(), q.value(1).toString()); });
    if (!rows)
        return rows.error();
    QHash<QString, QString> out;
    for (const auto& [k, v] : *rows)
        out.insert(k, v);
    return out;
}

Status ReplicaRepository::setState(const QString& key, const QString& value)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                     "SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status(q.error());
}

Status ReplicaRepository::removeState(const QString& key)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
    return q ? Status() : Status(q.error());
}

Status ReplicaRepository::insertOp(const OutboxOp& op)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO sync_outbox (op_id, device_id, intent, entity, entity_key, "
                                     "expected_row_version, payload, hlc, created_at, created_by) VALUES (?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?)"),
                      {op.opId, op.deviceId, op.intent, op.entity, op.entityKey, op.expectedRowVersion, op.payload,
                       op.hlc, sqliteTimestamp(op.createdAt), op.createdBy});
    return q ? Status() : Status(q.error());
}

Result<QList<OutboxOp>> ReplicaRepository::ops(bool pendingOnly)
{
    return sql::readAll<OutboxOp>(m_db,
                                  kOpColumns + (pendingOnly ? QStringLiteral("WHERE state = 'pending' ORDER BY seq")
                                                            : QStringLiteral("ORDER BY seq")),
                                  {}, readOp);
}

Result<std::optional<OutboxOp>> ReplicaRepository::op(const QString& opId)
{
    return sql::readOne<OutboxOp>(m_db, kOpColumns + QStringLiteral("WHERE op_id = ?"), {opId}, readOp);
}

Status ReplicaRepository::ack(const QString& opId, const QString& outcome, const QString& result, const QDateTime& at)
{
    auto q = m_db.run(QStringLiteral("UPDATE sync_outbox SET state = 'acked', outcome = ?, result = ?, acked_at = ? "
                                     "WHERE op_id = ?"),
                      {outcome, result, sqliteTimestamp(at), opId});
    return q ? Status() : Status(q.error());
}

Result<qint64> ReplicaRepository::pendingCount()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'"));
}

Result<QHash<QString, QList<qint64>>> ReplicaRepository::dirtyRows()
{
    auto rows = sql::readAll<QPair<QString, qint64>>(
        m_db, QStringLiteral("SELECT tbl, row_id FROM sync_dirty ORDER BY tbl, row_id"), {},
        [](const QSqlQuery& q) { return QPair<QString, qint64>(q.value(0).toString(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    QHash<QString, QList<qint64>> out;
    for (const auto& [table, id] : *rows)
        out[table].append(id);
    return out;
}

Status ReplicaRepository::clearDirty()
{
    return m_db.execDirect(QStringLiteral("DELETE FROM sync_dirty"));
}

Status ReplicaRepository::setApplying(bool applying)
{
    if (applying)
        return setState(QStringLiteral("applying"), QStringLiteral("1"));
    return removeState(QStringLiteral("applying"));
}

Status ReplicaRepository::installChangeTracking()
{
    for (const QString& table : replicaTables()) {
        const QString quiet = QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying')");
        const QString mark = QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES ('%1', %2.id);");
        for (const auto& [event, row] : {QPair<QString, QString>(QStringLiteral("INSERT"), QStringLiteral("NEW")),
                                         QPair<QString, QString>(QStringLiteral("UPDATE"), QStringLiteral("NEW")),
                                         QPair<QString, QString>(QStringLiteral("DELETE"), QStringLiteral("OLD"))}) {
            const QString sqlText =
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_dirty_%1_%2 AFTER %3 ON %1 WHEN %4 BEGIN %5 END")
                    .arg(table, event.toLower(), event, quiet, mark.arg(table, row));
            if (auto s = m_db.execDirect(sqlText); !s)
                return s;
        }
    }
    return {};
}

Status ReplicaRepository::setWriterMode(bool on)
{
    // Foreign keys cannot change inside a transaction; recursive triggers make the deletes of
    // INSERT OR REPLACE fire the delete triggers that keep the name index and the counters right.
    if (auto s = m_db.execDirect(on ? QStringLiteral("PRAGMA foreign_keys = OFF")
                                    : QStringLiteral("PRAGMA foreign_keys = ON"));
        !s)
        return s;
    if (auto s = m_db.execDirect(on ? QStringLiteral("PRAGMA recursive_triggers = ON")
                                    : QStringLiteral("PRAGMA recursive_triggers = OFF"));
        !s)
        return s;
    // The server's rows passed the same CHECK constraints there (the PostgreSQL schema states
    // them too); evaluating them again costs about a quarter of the writing time in SQLite 3.40,
    // whose `IN (...)` checks build a temporary table per row.
    return m_db.execDirect(on ? QStringLiteral("PRAGMA ignore_check_constraints = ON")
                              : QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
}

Status ReplicaRepository::setBulkJournal(bool bulk)
{
    return m_db.execDirect(bulk ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                : QStringLiteral("PRAGMA journal_mode = WAL"));
}

Status ReplicaRepository::clearReplicaTables()
{
    const QStringList& tables = replicaTables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (auto s = m_db.execDirect(QStringLiteral("DELETE FROM %1").arg(quoted(*it))); !s)
            return s;
    }
    return m_db.execDirect(QStringLiteral("DELETE FROM sync_dirty"));
}

Result<qint64> ReplicaRepository::count(const QString& table)
{
    if (!replicaTables().contains(table))
        return Error::internal(QStringLiteral("%1 is not a replica table").arg(table));
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
}

Status ReplicaRepository::saveCredential(const QString& username, const QString& verifier, const QDateTime& at)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO sync_credentials (username, verifier, saved_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (username) DO UPDATE SET verifier = excluded.verifier, saved_at = "
                                     "excluded.saved_at, failed_attempts = 0, locked_until = NULL"),
                      {username, verifier, sqliteTimestamp(at)});
    return q ? Status() : Status(q.error());
}

Result<std::optional<OfflineCredential>> ReplicaRepository::credential(const QString& username)
{
    return sql::readOne<OfflineCredential>(
        m_db,
        QStringLiteral("SELECT username, verifier, saved_at, failed_attempts, locked_until FROM sync_credentials "
                       "WHERE username = ?"),
        {username}, [](const QSqlQuery& q) {
            OfflineCredential c;
            c.username = q.value(0).toString();
            c.verifier = q.value(1).toString();
            c.savedAt = sql::toTimestamp(q.value(2));
            c.failedAttempts = q.value(3).toInt();
            c.lockedUntil = sql::toTimestamp(q.value(4));
            return c;
        });
}

Status ReplicaRepository::setFailedAttempts(const QString& username, int attempts, const QDateTime& lockedUntil)
{
    auto q =
        m_db.run(QStringLiteral("UPDATE sync_credentials SET failed_attempts = ?, locked_until = ? WHERE username = ?"),
                 {attempts, lockedUntil.isValid() ? QVariant(sqliteTimestamp(lockedUntil)) : QVariant(), username});
    return q ? Status() : Status(q.error());
}

// --- CentralSyncRepository -----------------------------------------------------------------------

Result<QString> CentralSyncRepository::epoch()
{
    auto v = sql::readOne<QString>(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"), {},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

namespace {

// Row-level security on the tables that hang off records (record_versions, signatures, revocation
// requests) is an EXISTS over records OR'ed with the owner's policy, which PostgreSQL runs as a
// hashed subplan when it fits in work_mem: every record of the unit hashed again for each batch of
// 5,000 rows (0.3 s a batch at 300,000 records). With a small work_mem it probes records' primary
// key row by row instead (15 ms a batch). Only for the sync's own reads, inside their transaction.
const QString kProbeRowByRow = QStringLiteral("SET LOCAL work_mem = '64kB'");

} // namespace

Status CentralSyncRepository::beginSnapshot()
{
    if (auto s = m_db.execDirect(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
        return s;
    return m_db.execDirect(kProbeRowByRow);
}

Status CentralSyncRepository::beginReads()
{
    if (auto s = m_db.execDirect(QStringLiteral("BEGIN READ ONLY")); !s)
        return s;
    return m_db.execDirect(kProbeRowByRow);
}

Status CentralSyncRepository::endReads()
{
    return m_db.execDirect(QStringLiteral("COMMIT"));
}

Status CentralSyncRepository::endSnapshot()
{
    return m_db.execDirect(QStringLiteral("COMMIT"));
}

Result<QString> CentralSyncRepository::snapshotXmin()
{
    auto v = sql::readOne<QString>(m_db, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"), {},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!v)
        return v.error();
    return v->value_or(QStringLiteral("0"));
}

Result<QList<CentralSyncRepository::Change>> CentralSyncRepository::changesAfter(const SyncCursor& cursor, int limit)
{
    // The horizon first, in a statement of its own: the log is then read in a later snapshot, which
    // sees every transaction the horizon let pass (resources/sql/postgres/010_sync.sql).
    auto horizon = sql::readOne<QString>(m_db, QStringLiteral("SELECT hocbaso_sync_horizon()::text"), {},
                                         [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!horizon)
        return horizon.error();
    return sql::readAll<Change>(
        m_db,
        QStringLiteral("SELECT seq, txid::text, tbl, row_id FROM sync_changes WHERE (txid, seq) > (?::xid8, ?) AND "
                       "txid < ?::xid8 ORDER BY txid, seq LIMIT ?"),
        {cursor.txid, cursor.seq, horizon->value_or(QStringLiteral("0")), limit}, [](const QSqlQuery& q) {
            Change c;
            c.seq = q.value(0).toLongLong();
            c.txid = q.value(1).toString();
            c.table = q.value(2).toString();
            c.rowId = q.value(3).toLongLong();
            return c;
        });
}

Result<QString> CentralSyncRepository::txidOf(qint64 seq)
{
    auto v = sql::readOne<QString>(m_db, QStringLiteral("SELECT txid::text FROM sync_changes WHERE seq = ?"), {seq},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Result<bool> CentralSyncRepository::claim(const OutboxOp& op)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO applied_ops (op_id, device_id, intent, entity, entity_key, hlc) "
                                     "VALUES (?::uuid, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO NOTHING RETURNING op_id"),
                      {op.opId, op.deviceId, op.intent, op.entity, op.entityKey, op.hlc});
    if (!q)
        return q.error();
    const bool inserted = (*q)->next();
    (*q)->finish();
    return inserted;
}

Status CentralSyncRepository::recordOutcome(const QString& opId, const QString& outcome, const QString& result)
{
    auto q = m_db.run(QStringLiteral("UPDATE applied_ops SET outcome = ?, result = ? WHERE op_id = ?::uuid"),
                      {outcome, result, opId});
    return q ? Status() : Status(q.error());
}

Status CentralSyncRepository::insertOutcome(const OutboxOp& op, const QString& outcome, const QString& result)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO applied_ops (op_id, device_id, intent, entity, entity_key, hlc, "
                                     "outcome, result) VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO "
                                     "NOTHING"),
                      {op.opId, op.deviceId, op.intent, op.entity, op.entityKey, op.hlc, outcome, result});
    return q ? Status() : Status(q.error());
}

Result<std::optional<CentralSyncRepository::AppliedOp>> CentralSyncRepository::applied(const QString& opId)
{
    return sql::readOne<AppliedOp>(
        m_db,
        QStringLiteral("SELECT op_id::text, coalesce(outcome, ''), coalesce(result, '') FROM applied_ops WHERE "
                       "op_id = ?::uuid"),
        {opId}, [](const QSqlQuery& q) {
            return AppliedOp{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

} // namespace hocbaso::store
