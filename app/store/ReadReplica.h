#pragma once

#include "Database.h"

#include <QDateTime>

#include <memory>

namespace hocbaso::store {

// A read-only server (a streaming replica of the central store, --pg-read) beside the primary
// connection: lookups, record details, lists and statistics read from it, every change goes to the
// primary. Read your writes: after a change this client committed on the primary, a read waits
// (bounded) until the replica has replayed that far, and reads from the primary when it has not.
class ReadReplica
{
public:
    // Opens `spec` (the same login role as the primary's) read-only, and makes `primary` note the
    // log position of each of its commits. `primary` must outlive this object.
    static Result<std::unique_ptr<ReadReplica>> open(Database& primary, const ConnectionSpec& spec);
    ReadReplica(Database& primary, std::unique_ptr<Database> replica);
    ~ReadReplica();
    ReadReplica(const ReadReplica&) = delete;
    ReadReplica& operator=(const ReadReplica&) = delete;

    // The connection to read from now: the replica once it shows this client's last change, the
    // primary when the replica has not caught up within the wait bound (or cannot tell its state).
    Database& forRead();
    Database& replica() { return *m_replica; }
    Database& primary() { return m_primary; }

    // How long a read waits for the replica to catch up with this client's last change.
    static constexpr int kDefaultWaitMs = 2000;
    void setWaitBound(int milliseconds) { m_waitMs = milliseconds; }
    int waitBound() const { return m_waitMs; }

    // Reads served by each side, and reads sent to the primary because the replica lagged.
    quint64 replicaReads() const { return m_replicaReads; }
    quint64 primaryFallbacks() const { return m_primaryFallbacks; }

    // How far the replica is behind the primary now.
    struct Lag
    {
        bool standby = false;    // the read server is a hot standby (in recovery)
        qint64 bytes = 0;        // of write-ahead log the primary has and the replica has not replayed
        qint64 milliseconds = 0; // since the replica replayed its last transaction, while it lags
    };
    Result<Lag> lag();

private:
    // The replica's replay position, or nullopt when it has none (not a standby) or fails to say.
    std::optional<quint64> replayedLsn();

    Database& m_primary;
    std::unique_ptr<Database> m_replica;
    int m_waitMs = kDefaultWaitMs;
    // The highest position the replica was seen to have replayed (positions only grow).
    quint64 m_seenReplayed = 0;
    // A change the replica did not show within the bound: later reads check once without waiting,
    // so that a replica far behind costs one wait, not one per read.
    quint64 m_gaveUpOn = 0;
    quint64 m_replicaReads = 0;
    quint64 m_primaryFallbacks = 0;
};

} // namespace hocbaso::store
