#include "PartitionedLayout.h"

#include <QFile>

namespace hocbaso::store {

Status PartitionedLayout::apply(Database& db, qint64 width, int count)
{
    if (db.dialect() != Dialect::Postgres)
        return Error::invalid(QStringLiteral("only a PostgreSQL store is partitioned"));
    QFile file(QStringLiteral(":/sql/postgres/layout/partitioned.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("the partitioned layout is missing from the program"));
    const QString script = QString::fromUtf8(file.readAll());
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto s = db.execScript(script); !s)
        return s;
    auto q = db.run(QStringLiteral("SELECT hocbaso_partition_layout(?, ?)"), {width, count});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<bool> PartitionedLayout::isPartitioned(Database& db)
{
    if (db.dialect() != Dialect::Postgres)
        return false;
    auto q = db.run(QStringLiteral("SELECT relkind = 'p' FROM pg_class WHERE oid = 'public.records'::regclass"));
    if (!q)
        return q.error();
    return (*q)->next() && (*q)->value(0).toBool();
}

Status PartitionedLayout::rebuildRecordKeys(Database& db)
{
    // The trigger record_keys writes these rows one record at a time; after a bulk load they are
    // made in one pass each, and their unique keys check the load as the trigger would have.
    for (const QString& sql :
         {QStringLiteral("DELETE FROM record_uuids"), QStringLiteral("DELETE FROM record_pupil_years"),
          QStringLiteral("INSERT INTO record_uuids (uuid, record_id) SELECT uuid, id FROM records"),
          QStringLiteral("INSERT INTO record_pupil_years (pupil_id, school_year, grade, record_id) SELECT pupil_id, "
                         "school_year, grade, id FROM records")}) {
        if (auto q = db.run(sql); !q)
            return q.error();
    }
    return {};
}

QStringList PartitionedLayout::sideTables()
{
    return {QStringLiteral("record_uuids"), QStringLiteral("record_pupil_years")};
}

} // namespace hocbaso::store
