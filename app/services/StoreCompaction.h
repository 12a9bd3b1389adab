#pragma once

#include "store/Database.h"

#include <functional>

namespace hocbaso::services {

struct CompactionReport
{
    qint64 packed = 0;             // versions whose content this run packed
    qint64 contentBytesBefore = 0; // those versions' content, as text and packed
    qint64 contentBytesAfter = 0;
    qint64 signaturesPacked = 0;     // signatures whose CMS this run packed with its certificate
    qint64 signatureBytesBefore = 0; // those CMS, as they were and packed
    qint64 signatureBytesAfter = 0;
    qint64 fileBytesBefore = 0; // the store file, before and after (after a vacuum, if one ran)
    qint64 fileBytesAfter = 0;
    bool complete = false; // every version is packed, and every signature that can be
    bool vacuumed = false;
};

// Converts a SQLite store made before schema 28 to packed record content, and one made before schema
// 30 to packed signatures (issue 22), in place. Batches of versions, then of signatures, are packed
// and committed one by one, each with the place reached, so the work
// can be stopped (cancel, a closed laptop, kill -9) and goes on from there the next time; the store
// is fully usable throughout, since both forms are read. At the end, a vacuum gives the freed pages
// back to the disk (the file shrinks only then).
class StoreCompaction
{
public:
    static constexpr int kDefaultBatch = 2000;
    // done and total count version ids, then signature ids after them (progress is their ratio);
    // returning false stops after the batch in hand is committed.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit StoreCompaction(store::Database& db) : m_db(db) {}

    // Are there versions or signatures left to pack? Always false for PostgreSQL, which keeps both as
    // they are.
    Result<bool> isNeeded();
    Result<CompactionReport> run(const Progress& progress = {}, bool vacuum = true, int batchSize = kDefaultBatch);
    // The same on a connection of its own to the SQLite file (for a worker thread: a connection
    // belongs to the thread that opened it).
    static Result<CompactionReport> runOnFile(const QString& sqlitePath, const Progress& progress, bool vacuum,
                                              int batchSize = kDefaultBatch);
    // Tests: called after each committed batch with the number committed so far (to kill the
    // process there, as kill -9 would).
    void setBatchHook(std::function<void(int)> hook) { m_batchHook = std::move(hook); }

private:
    store::Database& m_db;
    std::function<void(int)> m_batchHook;
};

} // namespace hocbaso::services
