#include "StoreCompaction.h"

#include "store/ContentPackingRepository.h"

namespace hocbaso::services {

Result<bool> StoreCompaction::isNeeded()
{
    store::ContentPackingRepository repo(m_db);
    auto after = repo.resumeAfter();
    if (!after)
        return after.error();
    auto signaturesAfter = repo.signaturesResumeAfter();
    if (!signaturesAfter)
        return signaturesAfter.error();
    return after->has_value() || signaturesAfter->has_value();
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
    auto contentStart = repo.resumeAfter();
    if (!contentStart)
        return contentStart.error();
    auto signaturesStart = repo.signaturesResumeAfter();
    if (!signaturesStart)
        return signaturesStart.error();
    auto versions = repo.lastVersionId();
    if (!versions)
        return versions.error();
    auto signatures = repo.lastSignatureId();
    if (!signatures)
        return signatures.error();
    // Progress is over both: the versions' ids, then the signatures' after them.
    const qint64 total = *versions + *signatures;
    int batches = 0;
    // One phase: batches of `pack` from `start` until a batch finds nothing, each committed with its
    // place; false when the caller stopped it.
    auto phase = [&](std::optional<qint64> after, qint64 offset, qint64 last, auto pack, qint64& packed, qint64& before,
                     qint64& afterBytes) -> Result<bool> {
        while (after) {
            store::Transaction tx(m_db);
            if (!tx.isOpen())
                return tx.status().error();
            auto batch = pack(*after, qMax(1, batchSize));
            if (!batch)
                return batch.error();
            if (auto s = tx.commit(); !s)
                return s.error();
            packed += batch->packed;
            before += batch->bytesBefore;
            afterBytes += batch->bytesAfter;
            after = batch->seen == 0 ? std::nullopt : std::optional<qint64>(batch->lastId);
            if (m_batchHook)
                m_batchHook(++batches);
            if (progress && !progress(offset + (after ? qMin(*after, last) : last), total))
                return !after.has_value();
        }
        return true;
    };
    auto contentDone = phase(
        *contentStart, 0, *versions, [&](qint64 a, int n) { return repo.packAfter(a, n); }, report.packed,
        report.contentBytesBefore, report.contentBytesAfter);
    if (!contentDone)
        return contentDone.error();
    if (*contentDone) {
        auto signaturesDone = phase(
            *signaturesStart, *versions, *signatures, [&](qint64 a, int n) { return repo.packSignaturesAfter(a, n); },
            report.signaturesPacked, report.signatureBytesBefore, report.signatureBytesAfter);
        if (!signaturesDone)
            return signaturesDone.error();
    }
    auto needed = isNeeded();
    if (!needed)
        return needed.error();
    report.complete = !*needed;
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
