#include "ContentPackingRepository.h"

#include "MetaRepository.h"
#include "RecordContentCodec.h"
#include "SignatureCodec.h"
#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

namespace hocbaso::store {
namespace {

const QString kKey = QStringLiteral("content_packing");
const QString kSignatureKey = QStringLiteral("signature_packing");
const QString kDone = QStringLiteral("done");
const QString kVacuum = QStringLiteral("vacuum");

Result<std::optional<qint64>> resumeAfterOf(Database& db, const QString& key)
{
    if (!db.isSqlite())
        return std::optional<qint64>();
    auto value = MetaRepository(db).get(key);
    if (!value)
        return value.error();
    if (*value == kDone || *value == kVacuum)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 after = value->toLongLong(&ok);
    // Missing or unreadable: start from the beginning; packed values are skipped, never packed twice.
    return std::optional<qint64>(ok && after >= 0 ? after : 0);
}

// A row of a batch: its id, its value's size as it was, and the packed value to write (empty: left
// as it is, already packed or with nothing to pack it with).
struct Packed
{
    qint64 id = 0;
    qsizetype before = 0;
    QByteArray packed;
};

// Writes a batch's packed values and keeps the place reached under `key` (or "vacuum" when the batch
// found no row: the conversion is done), in the caller's transaction.
Result<ContentPackingRepository::Batch> writeBatch(Database& db, qint64 afterId, const QList<Packed>& rows,
                                                   const QString& updateSql, const QString& key)
{
    ContentPackingRepository::Batch b;
    b.lastId = afterId;
    SqliteStatement& update = *db.sqliteStatement(updateSql);
    for (const Packed& p : rows) {
        b.lastId = p.id;
        ++b.seen;
        if (p.packed.isEmpty())
            continue;
        update.bindBlobStatic(0, p.packed.constData(), int(p.packed.size()));
        update.bind(1, p.id);
        if (auto s = update.exec(); !s)
            return s.error();
        ++b.packed;
        b.bytesBefore += p.before;
        b.bytesAfter += p.packed.size();
    }
    if (auto s = MetaRepository(db).set(key, b.seen == 0 ? kVacuum : QString::number(b.lastId)); !s)
        return s.error();
    return b;
}

} // namespace

Result<std::optional<qint64>> ContentPackingRepository::resumeAfter()
{
    return resumeAfterOf(m_db, kKey);
}

Result<std::optional<qint64>> ContentPackingRepository::signaturesResumeAfter()
{
    return resumeAfterOf(m_db, kSignatureKey);
}

Result<qint64> ContentPackingRepository::lastSignatureId()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM signatures"));
}

Result<ContentPackingRepository::Batch> ContentPackingRepository::packSignaturesAfter(qint64 afterId, int limit)
{
    struct Row
    {
        qint64 id;
        QByteArray cms;
        QByteArray certificate;
    };
    // Only a CMS by a registered certificate, not packed yet, is read whole; the others cost a row.
    auto rows = sql::readAll<Row>(
        m_db,
        QStringLiteral("SELECT g.id, CASE WHEN g.certificate_id IS NOT NULL AND substr(g.cms, 1, 1) <> x'02' THEN "
                       "g.cms END, CASE WHEN g.certificate_id IS NOT NULL AND substr(g.cms, 1, 1) <> x'02' THEN "
                       "(SELECT c.der FROM certificates c WHERE c.id = g.certificate_id) END FROM signatures g "
                       "WHERE g.id > ? ORDER BY g.id LIMIT ?"),
        {afterId, limit}, [](const QSqlQuery& q) {
            return Row{q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray()};
        });
    if (!rows)
        return rows.error();
    QList<Packed> batch;
    batch.reserve(rows->size());
    for (const Row& r : std::as_const(*rows)) {
        Packed p{r.id, r.cms.size(), {}};
        if (!r.cms.isEmpty() && !r.certificate.isEmpty()) {
            const QByteArray packed = SignatureCodec::pack(r.cms, r.certificate);
            // Read back before the CMS is replaced: one that would not come back byte for byte
            // stays as it is, never traded for a damaged one.
            if (SignatureCodec::isPacked(packed) && SignatureCodec::unpack(packed, r.certificate) != r.cms)
                return Error::internal(QCoreApplication::translate("hocbaso::store::Database",
                                                                   "The signature %1 does not pack back to itself; "
                                                                   "nothing of this batch was changed.")
                                           .arg(r.id));
            if (SignatureCodec::isPacked(packed))
                p.packed = packed;
        }
        batch.append(std::move(p));
    }
    return writeBatch(m_db, afterId, batch, QStringLiteral("UPDATE signatures SET cms = ? WHERE id = ?"),
                      kSignatureKey);
}

Result<qint64> ContentPackingRepository::lastVersionId()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM record_versions"));
}

Result<ContentPackingRepository::Batch> ContentPackingRepository::packAfter(qint64 afterId, int limit)
{
    struct Row
    {
        qint64 id;
        QByteArray text;
    };
    // typeof() reads only the value's type from the row header: packed rows cost next to nothing.
    auto rows = sql::readAll<Row>(
        m_db,
        QStringLiteral("SELECT id, CASE WHEN typeof(content) = 'text' THEN content END FROM record_versions "
                       "WHERE id > ? ORDER BY id LIMIT ?"),
        {afterId, limit}, [](const QSqlQuery& q) {
            return Row{q.value(0).toLongLong(), q.value(1).isNull() ? QByteArray() : q.value(1).toString().toUtf8()};
        });
    if (!rows)
        return rows.error();
    QList<Packed> batch;
    batch.reserve(rows->size());
    for (const Row& r : std::as_const(*rows)) {
        Packed p{r.id, r.text.size(), {}};
        if (!r.text.isNull()) {
            p.packed = RecordContentCodec::pack(r.text);
            // Read back before the text is replaced: a value that would not come back byte for byte
            // is left as text (and reported by the caller), never traded for a damaged one.
            if (RecordContentCodec::unpack(p.packed) != r.text)
                return Error::internal(QCoreApplication::translate("hocbaso::store::Database",
                                                                   "The content of record version %1 does not pack "
                                                                   "back to itself; nothing of this batch was changed.")
                                           .arg(r.id));
        }
        batch.append(std::move(p));
    }
    return writeBatch(m_db, afterId, batch, QStringLiteral("UPDATE record_versions SET content = ? WHERE id = ?"),
                      kKey);
}

Result<qint64> ContentPackingRepository::fileBytes()
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
}

Result<bool> ContentPackingRepository::vacuumPending()
{
    for (const QString& key : {kKey, kSignatureKey}) {
        auto value = MetaRepository(m_db).get(key);
        if (!value)
            return value.error();
        if (*value == kVacuum)
            return true;
    }
    return false;
}

Status ContentPackingRepository::markVacuumed()
{
    for (const QString& key : {kKey, kSignatureKey}) {
        auto value = MetaRepository(m_db).get(key);
        if (!value)
            return value.error();
        if (*value == kVacuum) {
            if (auto s = MetaRepository(m_db).set(key, kDone); !s)
                return s;
        }
    }
    return {};
}

Status ContentPackingRepository::vacuum()
{
    return m_db.execDirect(QStringLiteral("VACUUM"));
}

} // namespace hocbaso::store
