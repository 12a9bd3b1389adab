#include "StoreCompaction.h"

#include "store/ContentPackingRepository.h"

namespace hocbaso::services {

Result<bool> StoreCompaction::isNeeded()
{
    auto after = store::ContentPackingRepository(m_db).resumeAfter();
    if (!after)
        return after.error();
    return after->has_value();
}

Result<CompactionReport> StoreCompaction::run(const Progress& progress, bool vacuum, int batchSize)
{
    CompactionReport report;
    if (!m_db.isSqlite()) {
        report.complete = true;
        return report;
    }
    store::ContentPackingRepository repo(m_db);
    auto fileBefore = repo.fileBytes();
    if (!fileBefore)
        return fileBefore.error();
    report.fileBytesBefore = *fileBefore;
    auto start = repo.resumeAfter();
    if (!start)
        return start.error();
    auto total = repo.lastVersionId();
    if (!total)
        return total.error();
    std::optional<qint64> after = *start;
    int batches = 0;
    while (after) {
        store::Transaction tx(m_db);
        if (!tx.isOpen())
            return tx.status().error();
        auto batch = repo.packAfter(*after, qMax(1, batchSize));
        if (!batch)
            return batch.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        report.packed += batch->packed;
        report.contentBytesBefore += batch->bytesBefore;
        report.contentBytesAfter += batch->bytesAfter;
        after = batch->seen == 0 ? std::nullopt : std::optional<qint64>(batch->lastId);
        if (m_batchHook)
            m_batchHook(++batches);
        if (progress && !progress(after ? qMin(*after, *total) : *total, *total))
            break;
    }
    report.complete = !after.has_value();
    if (report.complete && vacuum) {
        auto pending = repo.vacuumPending();
        if (!pending)
            return pending.error();
        if (*pending) {
            // Killed during the vacuum, the file is as it was (SQLite's own journal), still marked
            // for one: the next run vacuums again.
            if (auto s = repo.vacuum(); !s)
                return s.error();
            if (auto s = repo.markVacuumed(); !s)
                return s.error();
            report.vacuumed = true;
        }
    }
    auto fileAfter = repo.fileBytes();
    if (!fileAfter)
        return fileAfter.error();
    report.fileBytesAfter = *fileAfter;
    return report;
}

Result<CompactionReport> StoreCompaction::runOnFile(const QString& sqlitePath, const Progress& progress, bool vacuum,
                                                    int batchSize)
{
    auto db = store::Database::open(store::ConnectionSpec::sqlite(sqlitePath, false));
    if (!db)
        return db.error();
    return StoreCompaction(**db).run(progress, vacuum, batchSize);
}

} // namespace hocbaso::services
