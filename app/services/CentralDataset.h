#pragma once

#include "DemoGenerator.h"

#include <QList>
#include <QPair>

namespace hocbaso::services {

// The bench's province (issue 19): one Sở above `units` communes, `schools` schools, about `records`
// records over `years` school years. The same demo options build it in SQLite (hocbaso-bench
// --build-dataset PATH) and in PostgreSQL (buildCentralDataset below).
DemoOptions provinceDemoOptions(int units, int schools, qint64 records, int years = 5);

struct CentralDatasetOptions
{
    int units = 100;
    int schools = 1000;
    qint64 records = 1000000;
    int years = 5;
    QString password;       // of every user, and of their login roles
    QString usernameSuffix; // as DemoOptions::usernameSuffix (tests on a shared server)
    QString scratchPath;    // a SQLite file the generator fills first (removed after)
    // Give every version past draft the signature rows the demo gives it (teacher, principal, seal),
    // with one real CMS each reused for every record (see buildCentralDataset).
    bool signatures = true;
    // The nation (issue 19, item 4): the store takes store::PartitionedLayout first, with this many
    // school ids a partition and this many partitions (0: the plain layout of the migrations).
    qint64 partitionWidth = 0;
    int partitionCount = 0;
    std::function<void(const QString& step)> log;
};

struct CentralDatasetReport
{
    DemoSummary summary;
    qint64 records = 0;
    qint64 signatures = 0;
    qint64 loginRoles = 0;
    double seconds = 0;
    QList<QPair<QString, double>> steps; // what took how long (seconds)
};

// Builds the province in an empty PostgreSQL store, `pg` being the store's owner connection. The
// demo generator writes it into a scratch SQLite file first (its fast bulk path, 30 s for a
// million records), then every row goes to PostgreSQL by COPY in one transaction with the
// secondary indexes, the triggers and the forced row-level security of the loaded tables off; the
// counters, the search table and the indexes are built once at the end, and every user gets a
// login role as the central demo gives them.
Result<CentralDatasetReport> buildCentralDataset(store::Database& pg, const Clock& clock,
                                                 const CentralDatasetOptions& options);

} // namespace hocbaso::services
