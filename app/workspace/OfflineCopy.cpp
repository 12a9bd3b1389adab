#include "OfflineCopy.h"

#include "services/SignIn.h"
#include "store/Migrator.h"

#include <QFileInfo>

namespace hocbaso::workspace {
namespace {

// The replica's file with its schema brought up to date (no defaults: the download brings the
// unit's own trust store and epoch).
Result<std::unique_ptr<store::Database>> openReplica(const QString& path, bool create)
{
    auto db = store::Database::open(store::ConnectionSpec::sqlite(path, create));
    if (!db)
        return db.error();
    if (auto v = store::Migrator(**db).migrate(); !v)
        return v.error();
    return std::move(db).value();
}

} // namespace

Result<sync::ReplicaStatus> OfflineCopy::status() const
{
    if (!QFileInfo::exists(m_path))
        return sync::ReplicaStatus{};
    auto db = store::Database::open(store::ConnectionSpec::sqlite(m_path, false));
    if (!db)
        return db.error();
    return sync::SyncService::status(**db);
}

Result<sync::DownloadResult> OfflineCopy::download(const StoreLocation& server, const QString& username,
                                                   const QString& password, const sync::DownloadOptions& options)
{
    const store::ConnectionSpec spec = server.toSpec(username, password);
    auto signedIn = services::SignIn(m_clock).signInCentral(spec, username, password);
    if (!signedIn)
        return signedIn.error();
    auto replica = openReplica(m_path, true);
    if (!replica)
        return replica.error();
    auto done =
        sync::ReplicaDownload(*signedIn->db, **replica, signedIn->actor, m_clock).create(spec.conninfo, options);
    if (!done)
        return done.error();
    if (auto s = services::SignIn::rememberForOffline(**replica, username, password, m_clock); !s)
        return s.error();
    return done;
}

Status OfflineCopy::adopt(const QString& username, const QString& password)
{
    auto replica = openReplica(m_path, false);
    if (!replica)
        return replica.error();
    return services::SignIn::rememberForOffline(**replica, username, password, m_clock);
}

Result<sync::SyncReport> OfflineCopy::sync(const StoreLocation& server, const QString& username,
                                           const QString& password, const sync::SyncOptions& options)
{
    auto replica = openReplica(m_path, false);
    if (!replica)
        return replica.error();
    const store::ConnectionSpec spec = server.toSpec(username, password);
    const Clock& clock = m_clock;
    auto signIn = [spec, username, password, &clock] {
        return services::SignIn(clock).signInCentral(spec, username, password);
    };
    // A lost connection is opened again the same way, as the same person.
    auto reconnect = [signIn]() -> Result<std::unique_ptr<store::Database>> {
        auto s = signIn();
        if (!s)
            return s.error();
        return std::move(s->db);
    };
    auto signedIn = signIn();
    if (!signedIn)
        return signedIn.error();
    if (auto s = services::SignIn::rememberForOffline(**replica, username, password, clock); !s)
        return s.error();
    std::unique_ptr<store::Database> serverDb = std::move(signedIn->db);
    return sync::SyncService(**replica, clock, serverDb, signedIn->actor, reconnect).run(options);
}

} // namespace hocbaso::workspace
