#include "CentralSyncRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace hocbaso::store {

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
