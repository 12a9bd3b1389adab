#include "AuditLog.h"

#include "store/AuditRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace hocbaso::services {
QByteArray AuditLog::canonical(const AuditEvent& e)
{
    // A JSON array in a fixed order; QJsonObject keeps the detail's keys sorted, so the same
    // event always gives the same bytes, in either store.
    const QJsonArray a{e.chain,
                       e.seq,
                       e.at.toUTC().toString(Qt::ISODateWithMs),
                       e.ruleDate.isValid() ? e.ruleDate.toString(Qt::ISODate) : QString(),
                       e.actor,
                       e.action,
                       e.entity,
                       e.entityId,
                       e.detail};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString& prevHash, const AuditEvent& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(qint64 unitId, const QString& action, const QString& entity, const QString& entityId,
                        const QJsonObject& detail)
{
    return appendAll({Entry{unitId, action, entity, entityId, detail}});
}

Status AuditLog::appendAll(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return {};
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::AuditRepository repo(m_ctx.db);
    QHash<qint64, store::AuditRepository::ChainHead> heads;
    // Millisecond precision: what both stores keep exactly, so the hash can be recomputed.
    const QDateTime now = m_ctx.clock.now().toUTC();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    for (const Entry& entry : entries) {
        auto head = heads.find(entry.unitId);
        if (head == heads.end()) {
            if (auto s = repo.lockChain(entry.unitId); !s)
                return s;
            auto read = repo.head(entry.unitId);
            if (!read)
                return read.error();
            head = heads.insert(entry.unitId, *read);
        }
        AuditEvent e;
        e.chain = entry.unitId;
        e.seq = head->seq + 1;
        e.at = at;
        e.ruleDate = m_ctx.ruleDateOverride;
        e.actor = m_ctx.actor.username;
        e.action = entry.action;
        e.entity = entry.entity;
        e.entityId = entry.entityId;
        e.detail = entry.detail;
        for (auto it = m_ctx.auditNote.constBegin(); it != m_ctx.auditNote.constEnd(); ++it)
            e.detail.insert(it.key(), it.value());
        e.prevHash = head->seq == 0 ? genesisHash() : head->hash;
        e.hash = chainHash(e.prevHash, e);
        if (auto s = repo.insert(e); !s)
            return s;
        head->seq = e.seq;
        head->hash = e.hash;
    }
    return tx.commit();
}

Result<AuditLog::Verification> AuditLog::verify()
{
    store::AuditRepository repo(m_ctx.db);
    Verification v;
    qint64 chain = -1, expectedSeq = 0;
    QString prev;
    auto walked = repo.forEachInChainOrder([&](const AuditEvent& e) {
        ++v.events;
        if (e.chain != chain) {
            chain = e.chain;
            expectedSeq = 1;
            prev = genesisHash();
        }
        QString problem;
        if (e.seq != expectedSeq)
            problem = QCoreApplication::translate(
                          "hocbaso::services::AuditLog",
                          "event %1 has sequence number %2 where %3 was expected (an event is missing)")
                          .arg(e.id)
                          .arg(e.seq)
                          .arg(expectedSeq);
        else if (e.prevHash != prev)
            problem = QCoreApplication::translate("hocbaso::services::AuditLog",
                                                  "event %1 does not link to the event before it")
                          .arg(e.id);
        else if (chainHash(prev, e) != e.hash)
            problem = QCoreApplication::translate("hocbaso::services::AuditLog",
                                                  "event %1 (%2 of %3 by %4) was changed after it was written")
                          .arg(e.id)
                          .arg(e.action, e.entity + QLatin1Char(' ') + e.entityId, e.actor);
        if (!problem.isEmpty() && v.ok) {
            v.ok = false;
            v.firstBadId = e.id;
            v.problem = problem;
        }
        // Keep walking (to count every event) along the stored links.
        prev = e.hash;
        expectedSeq = e.seq + 1;
        return true;
    });
    if (!walked)
        return walked.error();
    return v;
}

Result<QList<AuditEvent>> AuditLog::latest(int limit)
{
    return store::AuditRepository(m_ctx.db).latest(limit);
}

} // namespace hocbaso::services
