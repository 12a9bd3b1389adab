#pragma once

#include "Database.h"
#include "RecordSearchRepository.h"

#include <QList>
#include <QPair>

namespace hocbaso::store {

// Loading a province dataset in one go (bench, replicas): SQLite builds secondary indexes far
// faster in one sorted pass than row by row, and the per-row counter triggers are replaced by one
// GROUP BY at the end. Begin drops them (remembering their SQL); finish() puts them back and
// recounts. Unique indexes stay, so duplicates are still refused while loading. A no-op on
// PostgreSQL.
class BulkLoad
{
public:
    // What begin() dropped: (name, sql) of each index and trigger.
    using Dropped = QList<QPair<QString, QString>>;

    // Whether SQLite evaluates the tables' CHECK constraints on the loaded rows. Skip is for rows
    // the program makes itself (the bench's province dataset, by the demo generator, which runs
    // with the checks everywhere else): in SQLite 3.40 each `status IN (...)` check builds and
    // drops a temporary table per row, a quarter of the time of a record's insert. NOT NULL,
    // UNIQUE and foreign keys are still enforced, and PRAGMA integrity_check would report a row
    // that breaks a check. finish() turns the checks back on.
    enum class Checks
    {
        Enforce,
        Skip
    };

    explicit BulkLoad(Database& db, Checks checks = Checks::Enforce);
    ~BulkLoad();
    Status begin();
    Status finish();
    // The steps of finish() and their seconds.
    const RecordSearchRepository::Timings& timings() const { return m_timings; }

    // The same in two steps that may lie in different processes (a replica download that is
    // interrupted and resumed keeps the list with its own state). In the caller's transaction.
    static Result<Dropped> drop(Database& db);
    // Timings, when given, gets how long each step took (the dataset bench prints them).
    static Status restore(Database& db, const Dropped& dropped, RecordSearchRepository::Timings* timings = nullptr);
    static QString toText(const Dropped& dropped);
    static Dropped fromText(const QString& text);

private:
    Database& m_db;
    Checks m_checks;
    Dropped m_dropped;
    RecordSearchRepository::Timings m_timings;
    bool m_active = false;
};

} // namespace hocbaso::store
