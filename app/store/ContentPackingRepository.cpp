#include "ContentPackingRepository.h"

#include "MetaRepository.h"
#include "RecordContentCodec.h"
#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

namespace hocbaso::store {
namespace {

const QString kKey = QStringLiteral("content_packing");
const QString kDone = QStringLiteral("done");
const QString kVacuum = QStringLiteral("vacuum");

} // namespace

Result<std::optional<qint64>> ContentPackingRepository::resumeAfter()
{
    if (!m_db.isSqlite())
        return std::optional<qint64>();
    auto value = MetaRepository(m_db).get(kKey);
    if (!value)
        return value.error();
    if (*value == kDone || *value == kVacuum)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 after = value->toLongLong(&ok);
    // Missing or unreadable: start from the beginning; packed values are skipped, never packed twice.
    return std::optional<qint64>(ok && after >= 0 ? after : 0);
}

Result<qint64> ContentPackingRepository::lastVersionId()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM record_versions"));
}

Result<ContentPackingRepository::Batch> ContentPackingRepository::packAfter(qint64 afterId, int limit)
{
    Batch b;
    b.lastId = afterId;
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
    SqliteStatement& update =
        *m_db.sqliteStatement(QStringLiteral("UPDATE record_versions SET content = ? WHERE id = ?"));
    for (const Row& r : std::as_const(*rows)) {
        b.lastId = r.id;
        ++b.seen;
        if (r.text.isNull())
            continue;
        const QByteArray packed = RecordContentCodec::pack(r.text);
        // Read back before the text is replaced: a value that would not come back byte for byte is
        // left as text (and reported by the caller), never traded for a damaged one.
        if (RecordContentCodec::unpack(packed) != r.text)
            return Error::internal(QCoreApplication::translate("hocbaso::store::Database",
                                                               "The content of record version %1 does not pack back "
                                                               "to itself; nothing of this batch was changed.")
                                       .arg(r.id));
        update.bindBlobStatic(0, packed.constData(), int(packed.size()));
        update.bind(1, r.id);
        if (auto s = update.exec(); !s)
            return s.error();
        ++b.packed;
        b.bytesBefore += r.text.size();
        b.bytesAfter += packed.size();
    }
    const QString where = b.seen == 0 ? kVacuum : QString::number(b.lastId);
    if (auto s = MetaRepository(m_db).set(kKey, where); !s)
        return s.error();
    return b;
}

Result<qint64> ContentPackingRepository::fileBytes()
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
}

Result<bool> ContentPackingRepository::vacuumPending()
{
    auto value = MetaRepository(m_db).get(kKey);
    if (!value)
        return value.error();
    return *value == kVacuum;
}

Status ContentPackingRepository::markVacuumed()
{
    return MetaRepository(m_db).set(kKey, kDone);
}

Status ContentPackingRepository::vacuum()
{
    return m_db.execDirect(QStringLiteral("VACUUM"));
}

} // namespace hocbaso::store
