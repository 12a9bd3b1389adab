#include "ReadReplica.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace hocbaso::store {

Result<std::unique_ptr<ReadReplica>> ReadReplica::open(Database& primary, const ConnectionSpec& spec)
{
    if (!primary.isPostgres() || spec.dialect != Dialect::Postgres)
        return Error::invalid(QCoreApplication::translate("hocbaso::store::ReadReplica",
                                                          "A read replica serves a central PostgreSQL store only."));
    auto db = Database::open(spec);
    if (!db)
        return db.error();
    // A standby refuses changes by itself; this makes any other server named here refuse them too,
    // so that a change sent to the read connection by mistake fails instead of landing there.
    if (auto s = (*db)->execDirect(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")); !s)
        return s.error();
    return std::make_unique<ReadReplica>(primary, std::move(db).value());
}

ReadReplica::ReadReplica(Database& primary, std::unique_ptr<Database> replica)
    : m_primary(primary), m_replica(std::move(replica))
{
    m_primary.setTrackCommitLsn(true);
}

ReadReplica::~ReadReplica()
{
    m_primary.setTrackCommitLsn(false);
}

std::optional<quint64> ReadReplica::replayedLsn()
{
    auto q = m_replica->run(QStringLiteral("SELECT pg_last_wal_replay_lsn()::text"));
    if (!q || !(*q)->next())
        return std::nullopt;
    return Database::parseLsn((*q)->value(0).toString());
}

Database& ReadReplica::forRead()
{
    const quint64 wanted = m_primary.lastCommitLsn();
    if (wanted == 0 || m_seenReplayed >= wanted) {
        ++m_replicaReads;
        return *m_replica;
    }
    // Polled rather than awaited: PostgreSQL 15 has no wait-for-LSN, and a standby replays within
    // milliseconds on a healthy link, so short naps keep the wait close to the real lag.
    const bool waitAgain = m_gaveUpOn != wanted;
    QDeadlineTimer deadline(waitAgain ? m_waitMs : 0);
    int nap = 1;
    for (;;) {
        const auto replayed = replayedLsn();
        if (!replayed)
            break; // not a standby, or it cannot say: only the primary surely has the change
        m_seenReplayed = std::max(m_seenReplayed, *replayed);
        if (m_seenReplayed >= wanted) {
            ++m_replicaReads;
            return *m_replica;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(std::min<qint64>(nap, std::max<qint64>(1, deadline.remainingTime())));
        nap = std::min(nap * 2, 20);
    }
    m_gaveUpOn = wanted;
    ++m_primaryFallbacks;
    return m_primary;
}

Result<ReadReplica::Lag> ReadReplica::lag()
{
    Lag lag;
    auto r = m_replica->run(
        QStringLiteral("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text, "
                       "(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::bigint"));
    if (!r)
        return r.error();
    if (!(*r)->next())
        return lag;
    lag.standby = (*r)->value(0).toBool();
    const auto replayed = Database::parseLsn((*r)->value(1).toString());
    const qint64 sinceReplay = (*r)->value(2).isNull() ? 0 : (*r)->value(2).toLongLong();
    if (!lag.standby || !replayed)
        return lag;
    m_seenReplayed = std::max(m_seenReplayed, *replayed);
    auto p = m_primary.run(QStringLiteral("SELECT pg_current_wal_lsn()::text"));
    if (!p)
        return p.error();
    const auto current = (*p)->next() ? Database::parseLsn((*p)->value(0).toString()) : std::nullopt;
    if (current && *current > *replayed) {
        lag.bytes = qint64(*current - *replayed);
        // The last replayed transaction's age is the lag only while there is more to replay: on an
        // idle primary it just grows.
        lag.milliseconds = std::max<qint64>(0, sinceReplay);
    }
    return lag;
}

} // namespace hocbaso::store
