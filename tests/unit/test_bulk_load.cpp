// Bulk loading (the bench dataset): indexes, counter and full-text triggers are dropped for the
// load and everything they maintain is rebuilt at the end, so the store reads as if it had been
// filled row by row.

#include "support/DemoStore.h"

#include "services/RecordLookup.h"
#include "store/BulkLoad.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;

namespace {

QStringList schemaObjects(store::Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master "
                                      "WHERE type IN ('index', 'trigger') ORDER BY type, name")));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

qint64 number(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

TEST(BulkLoad, RebuildsIndexesCountersAndFullTextAfterTheLoad)
{
    QString why;
    auto store = test::TestStore::create(store::Dialect::Sqlite, &why);
    ASSERT_TRUE(store) << why.toStdString();
    store::Database& db = store->db();
    const QStringList before = schemaObjects(db);
    ASSERT_TRUE(before.join(QLatin1Char('\n')).contains(QStringLiteral("record_search_insert")));

    store::BulkLoad bulk(db);
    ASSERT_TRUE(bulk.begin().ok());
    const QStringList during = schemaObjects(db);
    EXPECT_LT(during.size(), before.size());
    EXPECT_FALSE(during.join(QLatin1Char('\n')).contains(QStringLiteral("record_search_insert")));
    auto demo = test::fillWithDemo(*store, 3, 120, false);
    ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
    ASSERT_TRUE(bulk.finish().ok());

    EXPECT_EQ(schemaObjects(db), before);
    // The counters equal a count of the records.
    EXPECT_EQ(number(db, QStringLiteral("SELECT count(*) FROM (SELECT school_id, school_year, grade, status, count(*) "
                                        "AS n FROM records GROUP BY 1, 2, 3, 4 EXCEPT SELECT school_id, school_year, "
                                        "grade, status, n FROM record_counts)")),
              0);
    EXPECT_EQ(number(db, QStringLiteral("SELECT sum(n) FROM record_counts")),
              number(db, QStringLiteral("SELECT count(*) FROM records")));
    // Every record is in the search index, and a name word finds what a scan of the names finds.
    EXPECT_EQ(number(db, QStringLiteral("SELECT count(*) FROM record_search")),
              number(db, QStringLiteral("SELECT count(*) FROM records")));
    QSqlQuery check(db.connection());
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")))
        << check.lastError().text().toStdString();
    const QString word = [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT name_folded FROM pupils ORDER BY id LIMIT 1"));
        q.next();
        return q.value(0).toString().section(QLatin1Char(' '), 0, 0);
    }();
    ASSERT_FALSE(word.isEmpty());
    services::LookupRequest request;
    request.name = word;
    auto found = services::RecordLookup(store->context()).find(request);
    ASSERT_TRUE(found.ok()) << found.errorString().toStdString();
    EXPECT_GT(found->total, 0);
    EXPECT_EQ(found->total,
              number(db, QStringLiteral("SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE "
                                        "' ' || p.name_folded LIKE '% %1%'")
                             .arg(word)));
}
