#include "AuditLog.h"

#include "AuthService.h"
#include "store/AuditRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QIODevice>
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
    QList<AuditEvent> events;
    events.reserve(entries.size());
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
        if (const auto note = m_ctx.auditNotes.constFind(entry.entityId); note != m_ctx.auditNotes.constEnd()) {
            for (auto it = note->constBegin(); it != note->constEnd(); ++it)
                e.detail.insert(it.key(), it.value());
        }
        e.prevHash = head->seq == 0 ? genesisHash() : head->hash;
        e.hash = chainHash(e.prevHash, e);
        head->seq = e.seq;
        head->hash = e.hash;
        events.append(e);
    }
    if (auto s = repo.insertAll(events); !s)
        return s;
    return tx.commit();
}

Result<AuditLog::Verification> AuditLog::verify(Reach reach)
{
    qint64 unitId = 0;
    if (reach == Reach::ActorUnits) {
        if (auto s = permissions::canReadAuditLog(m_ctx.actor); !s)
            return s.error();
        unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    }
    store::AuditRepository repo(m_ctx.db);
    Verification v;
    qint64 chain = -1, expectedSeq = 0;
    QString prev;
    auto walked = repo.forEachInChainOrder(
        [&](const AuditEvent& e) {
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
        },
        unitId);
    if (!walked)
        return walked.error();
    return v;
}

Result<QList<AuditEvent>> AuditLog::latest(int limit)
{
    return store::AuditRepository(m_ctx.db).latest(limit);
}

Result<AuditLog::Page> AuditLog::list(const Filter& f)
{
    if (auto s = permissions::canReadAuditLog(m_ctx.actor); !s)
        return s.error();
    store::AuditRepository::Filter rf;
    rf.unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    rf.action = f.action.trimmed();
    rf.actor = f.actor.trimmed();
    rf.entity = f.entity.trimmed();
    rf.entityId = f.entityId.trimmed();
    if (f.since.isValid())
        rf.since = f.since.startOfDay().toUTC();
    if (f.until.isValid())
        rf.until = f.until.addDays(1).startOfDay().toUTC();
    if (f.after) {
        rf.beforeAt = f.after->at;
        rf.beforeId = f.after->id;
    }
    const int limit = qBound(1, f.limit, 10000);
    // One row more than asked says whether another page follows.
    rf.limit = limit + 1;
    auto rows = store::AuditRepository(readDatabase(m_ctx)).list(rf);
    if (!rows)
        return rows.error();
    Page page;
    page.rows = std::move(*rows);
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        page.next = Cursor{page.rows.last().at, page.rows.last().id};
    }
    return page;
}

namespace {

QString csvField(QString s)
{
    // A cell Excel would take for a formula is kept as text.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QStringList AuditLog::csvHeader()
{
    return {QStringLiteral("seq"),    QStringLiteral("at"),     QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("chain"),  QStringLiteral("id"),     QStringLiteral("detail")};
}

Result<qint64> AuditLog::writeCsv(const Filter& f, QIODevice& out, qint64 maxRows)
{
    const auto write = [&out](const QByteArray& bytes) {
        if (out.write(bytes) == bytes.size())
            return Status{};
        return Status(
            Error::storage(QCoreApplication::translate("hocbaso::services::AuditLog", "Cannot write the CSV file: %1")
                               .arg(out.errorString())));
    };
    if (auto s = write(QByteArray("\xEF\xBB\xBF") + csvHeader().join(QLatin1Char(',')).toUtf8() + "\r\n"); !s)
        return s.error();
    Filter pageFilter = f;
    qint64 written = 0;
    for (;;) {
        if (maxRows > 0)
            pageFilter.limit = int(qMin<qint64>(qMax(1, f.limit), maxRows - written));
        auto page = list(pageFilter);
        if (!page)
            return page.error();
        QByteArray chunk;
        for (const AuditEvent& e : page->rows) {
            const QStringList fields{
                QString::number(e.seq),
                e.at.toUTC().toString(Qt::ISODateWithMs),
                csvField(e.actor),
                csvField(e.action),
                csvField(e.entity),
                csvField(e.entityId),
                QString::number(e.chain),
                QString::number(e.id),
                csvField(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)))};
            chunk += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        if (auto s = write(chunk); !s)
            return s.error();
        written += page->rows.size();
        if (!page->next || (maxRows > 0 && written >= maxRows))
            return written;
        pageFilter.after = page->next;
    }
}

QString AuditLog::actionTitle(const QString& action)
{
    // One sentence-case title per action the services write (AuditLog::append's callers).
    static const QList<QPair<const char*, const char*>> titles = {
        {"certificate.approve", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Certificate approved")},
        {"certificate.reject", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Certificate rejected")},
        {"certificate.revoke", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Certificate revoked")},
        {"certificate.import", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Certificate registered")},
        {"certificate.ca_revoked",
         QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Certificate revoked by its CA (recorded)")},
        {"crl.add", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "CRL added")},
        {"trust.add", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Trusted root certificate added")},
        {"lock.set", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Lock dates set")},
        {"lock.clear", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Lock dates cleared")},
        {"record.confirm", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Record confirmed complete")},
        {"record.send", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Record sent")},
        {"revocation.request", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Revocation requested")},
        {"revocation.approve", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Revocation request approved")},
        {"revocation.reject", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Revocation request rejected")},
        {"school.add", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "School added")},
        {"school.update", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "School changed")},
        {"school.move", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "School moved to another unit")},
        {"school.close", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "School closed")},
        {"unit.add", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Unit added")},
        {"unit.rename", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Unit renamed")},
        {"unit.move", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Unit moved")},
        {"unit.close", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "Unit closed")},
        {"user.add", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "User added")},
        {"user.disable", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "User disabled")},
        {"user.enable", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "User enabled again")},
        {"user.unlock", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "User unlocked")},
    };
    for (const auto& [id, title] : titles) {
        if (action == QLatin1String(id))
            return QCoreApplication::translate("hocbaso::services::AuditLog", title);
    }
    return action;
}

QString AuditLog::entityTitle(const QString& entity)
{
    static const QList<QPair<const char*, const char*>> titles = {
        {"certificate", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "certificate")},
        {"crl", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "CRL")},
        {"trust_anchor", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "trusted root")},
        {"lock_setting", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "lock dates")},
        {"record", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "record")},
        {"revocation_request", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "revocation request")},
        {"school", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "school")},
        {"unit", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "unit")},
        {"user", QT_TRANSLATE_NOOP("hocbaso::services::AuditLog", "user")},
    };
    for (const auto& [id, title] : titles) {
        if (entity == QLatin1String(id))
            return QCoreApplication::translate("hocbaso::services::AuditLog", title);
    }
    return entity;
}

} // namespace hocbaso::services
