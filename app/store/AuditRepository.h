#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>

#include <functional>

namespace hocbaso::store {

// The append-only audit table. Hashing and verification live in services::AuditLog.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    struct ChainHead
    {
        qint64 seq = 0;
        QString hash;
    };
    // Serializes appends to one chain across connections until the transaction ends (PostgreSQL:
    // the chain's head row); SQLite's BEGIN IMMEDIATE already serializes writers.
    Status lockChain(qint64 chain);
    Result<ChainHead> head(qint64 chain);
    // Appends `e` and sets its id. The central store computes seq, prev_hash, hash (and, for a
    // person, the time) itself: `e` then holds what was stored.
    Status insert(AuditEvent& e);
    // Appends several, in order (a batch of a bulk decision): the central store in statements of
    // many rows, each event then holding what was stored.
    Status insertAll(QList<AuditEvent>& events);
    // Newest first, at most `limit`.
    Result<QList<AuditEvent>> latest(int limit);
    // What a listing keeps; empty fields filter nothing.
    struct Filter
    {
        qint64 unitId = 0; // > 0: the chains of this unit and of every unit below it
        QString action;
        QString actor;
        QString entity;
        QString entityId;
        QDateTime since; // at >= since
        QDateTime until; // at < until
        // Keyset: only events older than (beforeAt, beforeId) in the listing's order; never OFFSET.
        QDateTime beforeAt;
        qint64 beforeId = 0;
        int limit = 100;
    };
    // Newest first, by (at, id) (the index audit_events_at), at most `limit`.
    Result<QList<AuditEvent>> list(const Filter& f);
    // Every event in chain order, for verification; calls `visit` per event, stops when it returns false.
    // `unitId` > 0: only the chains of that unit and of the units below it.
    Status forEachInChainOrder(const std::function<bool(const AuditEvent&)>& visit, qint64 unitId = 0);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
