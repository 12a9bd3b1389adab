#pragma once

#include "Database.h"

#include <QStringList>

namespace hocbaso::store {

// The nation's layout of the central store (issue 19): records, record_versions, signatures and
// record_search partitioned by ranges of school ids, with the same rules (see the comment at the
// top of resources/sql/postgres/layout/partitioned.sql for the design). The plain layout of the
// migrations stays the default and is never changed by this.
class PartitionedLayout
{
public:
    // A province's schools (~1,000 school ids, ~1M records over five years) per partition, and
    // partitions for 64 of them; schools beyond go to a default partition.
    static constexpr qint64 kDefaultWidth = 1000;
    static constexpr int kDefaultCount = 64;

    // Run by the store's owner on a PostgreSQL store migrated to the latest schema that holds no
    // record yet, in one transaction (nothing changes when it fails).
    static Status apply(Database& db, qint64 width = kDefaultWidth, int count = kDefaultCount);
    // Are the store's records partitioned?
    static Result<bool> isPartitioned(Database& db);
    // Fills the side tables that hold records' keys across partitions (record_uuids,
    // record_pupil_years) from the records, for a bulk load that ran with records' triggers off
    // (services::buildCentralDataset); in the caller's transaction. A duplicate key fails it.
    static Status rebuildRecordKeys(Database& db);
    // The tables the layout adds beside the partitioned ones (a bulk load vacuums them too).
    static QStringList sideTables();
};

} // namespace hocbaso::store
