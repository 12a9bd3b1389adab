#include "WorkerInterrupt.h"

#include "store/Database.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>

namespace hocbaso::workspace {

std::function<void()> interrupterOf(Workspace::Worker& worker)
{
    store::Database& db = *worker.db;
    if (db.isSqlite()) {
        const QVariant h = db.connection().driver()->handle();
        if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
            return [] {};
        sqlite3* handle = *static_cast<sqlite3* const*>(h.constData());
        // sqlite3_interrupt may be called from any thread while the connection is open.
        return [handle] { sqlite3_interrupt(handle); };
    }
    PGconn* conn = db.postgresHandle();
    if (!conn)
        return [] {};
    // A cancel request travels on a connection of its own (PQcancel is thread-safe).
    std::shared_ptr<PGcancel> cancel(PQgetCancel(conn), PQfreeCancel);
    if (!cancel)
        return [] {};
    return [cancel] {
        char reason[256];
        PQcancel(cancel.get(), reason, sizeof reason);
    };
}

} // namespace hocbaso::workspace
