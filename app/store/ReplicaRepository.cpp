#include "ReplicaRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace hocbaso::store {
namespace {

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
        if (auto s = m_db.execDirect(QStringLiteral("DELETE FROM %1").arg(sql::quotedName(*it))); !s)
            return s;
    }
    return m_db.execDirect(QStringLiteral("DELETE FROM sync_dirty"));
}

Result<qint64> ReplicaRepository::count(const QString& table)
{
    if (!replicaTables().contains(table))
        return Error::internal(QStringLiteral("%1 is not a replica table").arg(table));
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(sql::quotedName(table)));
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

} // namespace hocbaso::store
