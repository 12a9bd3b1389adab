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

} // namespace hocbaso::services
