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
};

} // namespace hocbaso::services
