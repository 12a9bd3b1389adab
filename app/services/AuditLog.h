#pragma once

#include "ServiceContext.h"

#include <QJsonObject>

namespace hocbaso::services {

// The append-only audit log: one SHA-256 hash chain per managing unit,
// hash = SHA-256(prev_hash || canonical event). `verify` recomputes every chain.
class AuditLog
{
public:
    explicit AuditLog(ServiceContext& ctx) : m_ctx(ctx) {}

    // Appends within the caller's transaction (or its own when there is none).
    Status append(qint64 unitId, const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& detail);

    struct Entry
    {
        qint64 unitId = 0;
        QString action;
        QString entity;
        QString entityId;
        QJsonObject detail;
    };
    // Several events in order, within the caller's transaction (or one of its own): each unit's
    // chain is locked and its head read once, however many events go onto it.
    Status appendAll(const QList<Entry>& entries);

    struct Verification
    {
        bool ok = true;
        qint64 events = 0;
        qint64 firstBadId = 0; // 0 when ok
        QString problem;       // a sentence naming what is wrong with the first bad event
    };
    Result<Verification> verify();
    Result<QList<AuditEvent>> latest(int limit);

    static QByteArray canonical(const AuditEvent& e);
    static QString chainHash(const QString& prevHash, const AuditEvent& e);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
