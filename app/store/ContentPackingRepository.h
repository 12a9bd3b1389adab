#pragma once

#include "Database.h"

#include <optional>

namespace hocbaso::store {

// The SQLite store's conversion to packed record content (migration 28, RecordContentCodec) and
// packed signatures (migration 30, SignatureCodec): which rows are left, and packing them a batch at a
// time. Where each conversion stands is kept in meta (content_packing, signature_packing), written in
// the same transaction as each batch, so the conversion resumes exactly where it stopped, whatever
// stopped it.
class ContentPackingRepository
{
public:
    struct Batch
    {
        qint64 lastId = 0; // the highest version id looked at; the next batch starts after it
        int seen = 0;
        int packed = 0;         // values rewritten (values already packed, or with nothing to pack with, are left)
        qint64 bytesBefore = 0; // of the values rewritten, as they were and as they are now
        qint64 bytesAfter = 0;
    };

    explicit ContentPackingRepository(Database& db) : m_db(db) {}

    // The id after which versions may still hold TEXT, or nullopt when every version is packed.
    Result<std::optional<qint64>> resumeAfter();
    Result<qint64> lastVersionId();
    // Packs the versions after `afterId` (at most `limit` of them) and records where it stopped;
    // the caller holds the transaction. A batch that finds no version marks the conversion packed,
    // with a vacuum still to come: the rows shrank inside their pages, and only a vacuum gives the
    // room back to the disk.
    Result<Batch> packAfter(qint64 afterId, int limit);
    // The same for signatures' CMS (schema 30, SignatureCodec), kept in meta.signature_packing: the
    // signatures by a registered certificate are packed with it; the others stay as they are.
    Result<std::optional<qint64>> signaturesResumeAfter();
    Result<qint64> lastSignatureId();
    Result<Batch> packSignaturesAfter(qint64 afterId, int limit);
    // The store file's size in bytes (pages in use and free).
    Result<qint64> fileBytes();
    // Packed, and not vacuumed since.
    Result<bool> vacuumPending();
    Status markVacuumed();
    // Gives the free pages back to the file system: rewrites the whole file, so it runs outside
    // any transaction and needs as much free disk as the store takes.
    Status vacuum();

private:
    Database& m_db;
};

} // namespace hocbaso::store
