#pragma once

#include "ServiceContext.h"

namespace hocbaso::services {

// What a store holds, in counts (`info`).
struct StoreCounts
{
    int schemaVersion = 0;
    qint64 units = 0;
    qint64 schools = 0;
    qint64 students = 0;
    qint64 records = 0;
    qint64 certificates = 0;
    qint64 revocationRequests = 0;
    qint64 users = 0;
    qint64 auditEvents = 0;
};

Result<StoreCounts> storeCounts(store::Database& db);

// Whether the store holds demo data (made by `demo`), which the window marks as such. Stores made
// before the demo left its mark are known by the demo's certification authorities, "(demo)".
bool isDemoStore(store::Database& db);

// The read replica a central session reads from (--pg-read), for the status bar: where it is, and
// how far behind the primary it is (nothing to show when the context has no replica).
struct ReplicaLag
{
    qint64 bytes = 0;        // of write-ahead log not replayed yet
    qint64 milliseconds = 0; // since its last replayed transaction, while it lags
};
bool hasReadReplica(const ServiceContext& ctx);
QString readReplicaDescription(const ServiceContext& ctx);
Result<ReplicaLag> readReplicaLag(const ServiceContext& ctx);

} // namespace hocbaso::services
