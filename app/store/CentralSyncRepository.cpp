#include "CentralSyncRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

namespace {

// A list of rows as one JSON parameter, read on the server with json_to_recordset: one statement
// for a whole batch whatever its size, with every value bound (never spliced into the text).
QString jsonRows(const QList<QJsonObject>& rows)
{
    QJsonArray a;
    for (const QJsonObject& o : rows)
        a.append(o);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QSet<QString>> CentralSyncRepository::claimAll(const QList<OutboxOp>& ops)
{
    QList<QJsonObject> rows;
    rows.reserve(ops.size());
    for (const OutboxOp& op : ops)
        rows.append(QJsonObject{{QStringLiteral("op_id"), op.opId},
                                {QStringLiteral("device_id"), op.deviceId},
                                {QStringLiteral("intent"), op.intent},
                                {QStringLiteral("entity"), op.entity},
                                {QStringLiteral("entity_key"), op.entityKey},
                                {QStringLiteral("hlc"), op.hlc}});
    auto claimed = sql::readAll<QString>(
        m_db,
        QStringLiteral("INSERT INTO applied_ops (op_id, device_id, intent, entity, entity_key, hlc) SELECT o.op_id, "
                       "o.device_id, o.intent, o.entity, o.entity_key, o.hlc FROM json_to_recordset(?::json) AS "
                       "o(op_id uuid, device_id text, intent text, entity text, entity_key text, hlc text) ON "
                       "CONFLICT (op_id) DO NOTHING RETURNING op_id::text"),
        {jsonRows(rows)}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!claimed)
        return claimed.error();
    return QSet<QString>(claimed->cbegin(), claimed->cend());
}

Status CentralSyncRepository::recordOutcomes(const QList<AppliedOp>& outcomes)
{
    if (outcomes.isEmpty())
        return {};
    QList<QJsonObject> rows;
    rows.reserve(outcomes.size());
    for (const AppliedOp& o : outcomes)
        rows.append(QJsonObject{{QStringLiteral("op_id"), o.opId},
                                {QStringLiteral("outcome"), o.outcome},
                                {QStringLiteral("result"), o.result}});
    auto q = m_db.run(QStringLiteral("UPDATE applied_ops a SET outcome = o.outcome, result = o.result FROM "
                                     "json_to_recordset(?::json) AS o(op_id uuid, outcome text, result text) WHERE "
                                     "a.op_id = o.op_id"),
                      {jsonRows(rows)});
    return q ? Status() : Status(q.error());
}

Result<QHash<QString, CentralSyncRepository::AppliedOp>> CentralSyncRepository::appliedAll(const QStringList& opIds)
{
    QHash<QString, AppliedOp> out;
    if (opIds.isEmpty())
        return out;
    auto rows = sql::readAll<AppliedOp>(
        m_db,
        QStringLiteral("SELECT op_id::text, coalesce(outcome, ''), coalesce(result, '') FROM applied_ops WHERE "
                       "op_id IN (SELECT value::uuid FROM json_array_elements_text(?::json))"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(opIds)).toJson(QJsonDocument::Compact))},
        [](const QSqlQuery& q) {
            return AppliedOp{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
    if (!rows)
        return rows.error();
    for (const AppliedOp& a : std::as_const(*rows))
        out.insert(a.opId, a);
    return out;
}

} // namespace hocbaso::store
