#pragma once

#include "core/Clock.h"
#include "store/Database.h"

#include <memory>

namespace hocbaso::services {

// Opening a store the way every entry point needs it: connect, bring the schema up to date
// (refusing a newer one), and give a new store its defaults (the Vietnamese trust anchors, an epoch).
class StoreSetup
{
public:
    static Result<std::unique_ptr<store::Database>> open(const store::ConnectionSpec& spec, const Clock& clock);
    // Schema only, no defaults: what `init` reports and tests use.
    static Result<int> migrate(store::Database& db);
    static Status seedDefaults(store::Database& db, const Clock& clock);
    // The default SQLite file in the per-user data folder.
    static QString defaultDatabasePath();
    // Removes a SQLite store that the program has just created and given up on (a cancelled demo,
    // a refused first administrator): the file, its journal companions and the demo keys beside
    // it, so that the next start offers the choice again. Call with no connection open to it.
    static void discardNewSqliteStore(const QString& path);
};

} // namespace hocbaso::services
