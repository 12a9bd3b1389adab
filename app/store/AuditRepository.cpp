#include "AuditRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace hocbaso::store {
namespace {

const QString kColumnList =
    QStringLiteral("id, chain, seq, at, rule_date, actor, action, entity, entity_id, detail, prev_hash, hash");
const QString kColumns = QStringLiteral("SELECT ") + kColumnList + QStringLiteral(" FROM audit_events ");

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.chain = q.value(1).toLongLong();
    e.seq = q.value(2).toLongLong();
    e.at = sql::toTimestamp(q.value(3));
    e.ruleDate = sql::toDay(q.value(4));
    e.actor = q.value(5).toString();
    e.action = q.value(6).toString();
    e.entity = q.value(7).toString();
    e.entityId = q.value(8).toString();
    e.detail = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

} // namespace

Status AuditRepository::lockChain(qint64 chain)
{
    if (m_db.isSqlite())
        return {};
    // The chain's head row, which only the chain's own people may lock (an advisory lock could be
    // taken by anyone, with any key, and so stall every unit).
    auto q = m_db.run(QStringLiteral("SELECT hocbaso_audit_lock(?)"), {int(chain)});
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

Result<AuditRepository::ChainHead> AuditRepository::head(qint64 chain)
{
    // The central store keeps each chain's head in a row of its own (locked by the append trigger),
    // which school users may read although they see only their own events.
    auto q =
        m_db.isPostgres()
            ? m_db.run(QStringLiteral("SELECT seq, hash FROM audit_heads WHERE chain = ? AND seq > 0"), {chain})
            : m_db.run(QStringLiteral("SELECT seq, hash FROM audit_events WHERE chain = ? ORDER BY seq DESC LIMIT 1"),
                       {chain});
    if (!q)
        return q.error();
    ChainHead h;
    if ((*q)->next()) {
        h.seq = (*q)->value(0).toLongLong();
        h.hash = (*q)->value(1).toString();
    }
    (*q)->finish();
    return h;
}

Status AuditRepository::insert(AuditEvent& e)
{
    const QString sqlText =
        QStringLiteral("INSERT INTO audit_events (chain, seq, at, rule_date, actor, action, entity, entity_id, detail, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values{e.chain,
                              e.seq,
                              sql::timestamp(m_db, e.at),
                              sql::day(m_db, e.ruleDate),
                              e.actor,
                              e.action,
                              e.entity,
                              e.entityId,
                              QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)),
                              e.prevHash,
                              e.hash};
    if (m_db.isSqlite()) {
        auto id = sql::insertReturningId(m_db, sqlText, values);
        if (!id)
            return id.error();
        e.id = *id;
        return {};
    }
    // The central store writes the chain itself (schema 14): seq, prev_hash and hash, and for a
    // person the time. The event becomes what was stored.
    auto q = m_db.run(sqlText + QStringLiteral(" RETURNING ") + kColumnList, values);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::storage(QStringLiteral("INSERT returned no row"));
    e = readEvent(**q);
    (*q)->finish();
    return {};
}

Status AuditRepository::insertAll(QList<AuditEvent>& events)
{
    if (m_db.isSqlite() || events.size() == 1) {
        for (AuditEvent& e : events) {
            if (auto s = insert(e); !s)
                return s;
        }
        return {};
    }
    // Rows of one statement go in the order of its VALUES, so the append trigger numbers each
    // chain's events in the order given; read back in chain and seq order, a chain's k-th row
    // stored is its k-th event given.
    constexpr qsizetype kRowsPerStatement = 200;
    for (qsizetype start = 0; start < events.size(); start += kRowsPerStatement) {
        const qsizetype end = std::min(events.size(), start + kRowsPerStatement);
        QString sqlText = QStringLiteral("WITH stored AS (INSERT INTO audit_events (chain, seq, at, rule_date, actor, "
                                         "action, entity, entity_id, detail, prev_hash, hash) VALUES ");
        QVariantList values;
        values.reserve((end - start) * 11);
        QHash<qint64, QList<qsizetype>> byChain;
        for (qsizetype i = start; i < end; ++i) {
            const AuditEvent& e = events.at(i);
            sqlText +=
                (i > start ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            values << e.chain << e.seq << sql::timestamp(m_db, e.at) << sql::day(m_db, e.ruleDate) << e.actor
                   << e.action << e.entity << e.entityId
                   << QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)) << e.prevHash << e.hash;
            byChain[e.chain].append(i);
        }
        sqlText += QStringLiteral(" RETURNING ") + kColumnList + QStringLiteral(") SELECT ") + kColumnList +
                   QStringLiteral(" FROM stored ORDER BY chain, seq");
        auto q = m_db.run(sqlText, values);
        if (!q)
            return q.error();
        QHash<qint64, qsizetype> next;
        qsizetype returned = 0;
        while ((*q)->next()) {
            AuditEvent stored = readEvent(**q);
            const QList<qsizetype>& order = byChain.value(stored.chain);
            qsizetype& k = next[stored.chain];
            if (k >= order.size())
                return Error::storage(
                    QStringLiteral("INSERT returned an event of chain %1 it was not given").arg(stored.chain));
            events[order.at(k++)] = stored;
            ++returned;
        }
        if (returned != end - start)
            return Error::storage(
                QStringLiteral("INSERT returned %1 rows for %2 events").arg(returned).arg(end - start));
    }
    return {};
}

Result<QList<AuditEvent>> AuditRepository::latest(int limit)
{
    return sql::readAll<AuditEvent>(m_db, kColumns + QStringLiteral("ORDER BY at DESC, id DESC LIMIT ?"), {limit},
                                    readEvent);
}

Result<QList<AuditEvent>> AuditRepository::list(const Filter& f)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (f.unitId > 0) {
        // SQLite: "+chain" keeps its planner on the time-ordered indexes (the chains' own index would
        // sort every event of the actor's units for each page).
        where += QStringLiteral(" AND ") +
                 sql::inUnitsUnder(m_db.isSqlite() ? QStringLiteral("+chain") : QStringLiteral("chain"));
        values.append(f.unitId);
    }
    const auto equals = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        values.append(value);
    };
    equals("action", f.action);
    equals("actor", f.actor);
    equals("entity", f.entity);
    equals("entity_id", f.entityId);
    if (f.since.isValid()) {
        where += QStringLiteral(" AND at >= ?");
        values.append(sql::timestamp(m_db, f.since));
    }
    if (f.until.isValid()) {
        where += QStringLiteral(" AND at < ?");
        values.append(sql::timestamp(m_db, f.until));
    }
    if (f.beforeAt.isValid()) {
        // A row value, which both engines compare in the index's order.
        where += QStringLiteral(" AND (at, id) < (?, ?)");
        values.append(sql::timestamp(m_db, f.beforeAt));
        values.append(f.beforeId);
    }
    values.append(qMax(1, f.limit));
    return sql::readAll<AuditEvent>(m_db, kColumns + where + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"),
                                    values, readEvent);
}

Status AuditRepository::forEachInChainOrder(const std::function<bool(const AuditEvent&)>& visit, qint64 unitId)
{
    auto q = unitId > 0 ? m_db.run(kColumns + QStringLiteral("WHERE ") + sql::inUnitsUnder(QStringLiteral("chain")) +
                                       QStringLiteral(" ORDER BY chain, seq"),
                                   {unitId})
                        : m_db.run(kColumns + QStringLiteral("ORDER BY chain, seq"));
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (!visit(readEvent(**q)))
            break;
    }
    (*q)->finish();
    return {};
}

Result<qint64> AuditRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_events"));
}

} // namespace hocbaso::store
