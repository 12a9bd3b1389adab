#pragma once

#include "services/ServiceContext.h"
#include "store/RecordSearchRepository.h"

#include <functional>

namespace hocbaso::sync {

struct DownloadOptions
{
    // Rows per batch; each batch is committed with the download's position, so an interrupted
    // download continues where it stopped (ARCHITECTURE.md: 5,000 to 10,000).
    int batchSize = 5000;
    // Rows copied so far and in all; false cancels (the download can be resumed later).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called after each committed batch ("download-batch", n): tests stop the process there.
    std::function<void(const QString& stage, int n)> checkpoint;
};

struct DownloadResult
{
    qint64 records = 0;
    qint64 schools = 0;
    QString cursor;
    bool resumed = false;
    // How long each step of the final index build took (the bench prints them).
    store::RecordSearchRepository::Timings indexing;
};

// Copies the signed-in person's unit from the central store into a local SQLite replica: one
// REPEATABLE READ snapshot, table by table in keyset batches, everything read through the person's
// own row-level security. The pull cursor is the first snapshot's horizon, so a download resumed
// in a later snapshot still pulls every change it may have missed.
class ReplicaDownload
{
public:
    ReplicaDownload(store::Database& server, store::Database& replica, const services::Actor& actor,
                    const Clock& clock);

    // A new replica of `serverConninfo` (kept without its password), or the rest of an interrupted
    // download of the same person's replica.
    Result<DownloadResult> create(const QString& serverConninfo, const DownloadOptions& options);
    // The unit again from scratch into a replica (after the server was restored or its schema
    // changed); the outbox, the device and the offline sign-in stay.
    Result<DownloadResult> again(const DownloadOptions& options);
    // Finishes a download that was interrupted.
    Result<DownloadResult> resume(const DownloadOptions& options);

private:
    Result<DownloadResult> run(const DownloadOptions& options, bool resumed);

    store::Database& m_server;
    store::Database& m_replica;
    services::Actor m_actor;
    const Clock& m_clock;
};

} // namespace hocbaso::sync
