#pragma once

#include "StoreLocation.h"
#include "core/Clock.h"
#include "sync/ReplicaDownload.h"
#include "sync/SyncService.h"

namespace hocbaso::workspace {

// A person's offline copy of their unit (a SQLite replica file): made from the central store,
// taken up again after an online sign-in, and synced. The desktop's "Work offline" and "Sync" and
// the command line's `replica create` and `sync` are these calls, so that both do the same steps.
// Each call opens its own connections (it may run on a worker thread).
class OfflineCopy
{
public:
    OfflineCopy(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock) {}

    const QString& path() const { return m_path; }

    // What the file holds now (isReplica false when there is no file or it is no offline copy).
    Result<sync::ReplicaStatus> status() const;

    // Signs in to `server` as `username`, then downloads their unit into the file (a new copy, or
    // the rest of an interrupted download), and keeps a verifier of the password (never the
    // password) for signing in to the copy offline.
    Result<sync::DownloadResult> download(const StoreLocation& server, const QString& username, const QString& password,
                                          const sync::DownloadOptions& options = {});

    // A complete copy taken up after an online sign-in: the password the server has just accepted
    // becomes the copy's offline one (the person may have changed it since the copy was made).
    Status adopt(const QString& username, const QString& password);

    // Signs in to `server` (the one the copy came from, unless it moved) as the copy's owner, keeps
    // the password for the offline sign-in, then sends the outbox and brings the copy up to date.
    Result<sync::SyncReport> sync(const StoreLocation& server, const QString& username, const QString& password,
                                  const sync::SyncOptions& options = {});

private:
    const QString m_path;
    const Clock& m_clock;
};

} // namespace hocbaso::workspace
