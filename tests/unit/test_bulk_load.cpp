// Bulk loading (the bench dataset): indexes, counter and full-text triggers are dropped for the
// load and everything they maintain is rebuilt at the end, so the store reads as if it had been
// filled row by row.

#include "support/DemoStore.h"

#include "core/VietnameseText.h"
#include "services/RecordLookup.h"
#include "store/BulkLoad.h"
#include "store/PupilRepository.h"
#include "store/RecordRepository.h"
#include "store/RecordSearchRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

// Names the search index treats apart: other characters than a-z/0-9 (tagged đx), words that
// prefix one another (đ<k><prefix> tags, up to 9 words and 12 letters), a digit, one-letter words.
const QStringList kOddNames = {
    QStringLiteral("H'Hen Niê"),
    QStringLiteral("Nguyễn Văn-An"),
    QStringLiteral("Nguyễn An An"),
    QStringLiteral("Ngô Ngô Ngọc"),
    QStringLiteral("Trần Thị 2"),
    QStringLiteral("O'Neil Ân"),
    QStringLiteral("Y Phôn Ksor"),
    QStringLiteral("Lê Thị Thanh Thanh Thảo"),
    QStringLiteral("An An An An An An An An An An"),
    QStringLiteral("Abcdefghijklmnop Abcdefghijklmnopq"),
    QStringLiteral("Nguyễn Ngọc Anh"),
    QStringLiteral("Nguyễn Ngọc Anh"),
    QStringLiteral("Zoë \"Bé\" O\\Neil"),
};

// The same pupils and records in any store: ids, keys and order follow from the inputs only.
void addOddPupils(store::Database& db)
{
    QSqlQuery q(db.connection());
    QList<qint64> schools;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM schools ORDER BY id")));
    while (q.next())
        schools.append(q.value(0).toLongLong());
    ASSERT_FALSE(schools.isEmpty());
    store::PupilRepository pupils(db);
    store::RecordRepository records(db);
    for (qsizetype i = 0; i < kOddNames.size(); ++i) {
        Pupil p;
        p.personalId = QStringLiteral("0012%1").arg(30000000 + i, 8, 10, QLatin1Char('0'));
        p.fullName = kOddNames.at(i);
        p.birthDate = QDate(2018, 1 + int(i % 12), 1);
        p.schoolId = schools.at(i % schools.size());
        auto pupilId = pupils.insert(p);
        ASSERT_TRUE(pupilId.ok()) << pupilId.errorString().toStdString();
        for (int k = 0; k <= int(i % 3); ++k) {
            Record r;
            r.uuid = QStringLiteral("6f0c1d2e-3a4b-4c5d-8e6f-%1").arg(i * 10 + k, 12, 10, QLatin1Char('0'));
            r.pupilId = *pupilId;
            r.schoolId = p.schoolId;
            r.schoolYear = 2025 + k % 2;
            r.grade = 1 + k;
            r.status = k == 1 ? RecordStatus::Sent : RecordStatus::Draft;
            r.nameSort = text::nameSortKey(p.fullName);
            r.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
            auto id = records.insert(r);
            ASSERT_TRUE(id.ok()) << id.errorString().toStdString();
        }
    }
    // Sort keys with characters beyond ASCII in their first seven (a bucket that ends early), and
    // a school in a second unit.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE records SET name_sort = 'Ân' || char(1) || 'éB' || name_sort WHERE id % "
                                      "17 = 3")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO units (code, name, level) VALUES ('U2', 'Phòng thứ hai', 'phong')")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE schools SET unit_id = (SELECT id FROM units WHERE code = 'U2') WHERE id "
                                      "= (SELECT max(id) FROM schools)")));
}

// Everything the search index and the counters hold, one line per row. With `exactIds` documents
// are named by their ids; without, by their record and bucket (the triggers number a bucket's
// documents in arrival order, a rebuild in class-list order).
QStringList indexContent(store::Database& db, bool exactIds)
{
    QStringList out;
    QSqlQuery q(db.connection());
    const auto read = [&](const QString& label, const QString& sql) {
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        int rows = 0;
        while (q.next()) {
            QStringList row{label};
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
            ++rows;
        }
        EXPECT_GT(rows, 0) << label.toStdString();
    };
    const QString doc = exactIds ? QStringLiteral("x.sort_rowid") : QStringLiteral("x.sort_rowid / 8388608");
    read(QStringLiteral("record_search"),
         QStringLiteral("SELECT %1, x.record_id, x.name_sort, x.school_id, x.school_year, x.grade, x.name, x.tags FROM "
                        "record_search x ORDER BY x.record_id")
             .arg(doc));
    // The words of each document (tokens; the prefix indexes are checked by integrity-check).
    EXPECT_TRUE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words USING fts5vocab(main, "
                                      "records_fts, instance)")))
        << q.lastError().text().toStdString();
    read(QStringLiteral("records_fts"),
         QStringLiteral("SELECT w.term, %1, x.record_id FROM temp.fts_words w LEFT JOIN record_search x ON "
                        "x.sort_rowid = w.doc ORDER BY x.record_id, w.term")
             .arg(exactIds ? QStringLiteral("w.doc") : QStringLiteral("w.doc / 8388608")));
    read(QStringLiteral("search_prefix_counts"),
         QStringLiteral("SELECT prefix, school_year, n FROM search_prefix_counts WHERE n <> 0 ORDER BY prefix, "
                        "school_year"));
    read(QStringLiteral("record_counts"), QStringLiteral("SELECT school_id, school_year, grade, status, n FROM "
                                                         "record_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4"));
    // Names and sort prefixes are kept once seen; a rebuild adds those of the records it finds.
    const QString inUse = exactIds ? QString() : QStringLiteral(" WHERE %1 IN (SELECT %2 FROM %3)");
    read(QStringLiteral("search_names"),
         QStringLiteral("SELECT name, tags, prefixes FROM search_names%1 ORDER BY name")
             .arg(inUse.arg(QStringLiteral("name"), QStringLiteral("name_folded"), QStringLiteral("pupils"))));
    read(QStringLiteral("records_fts_config"), QStringLiteral("SELECT k, v FROM records_fts_config ORDER BY k"));
    read(QStringLiteral("record_sort_buckets"),
         QStringLiteral("SELECT prefix, bucket FROM record_sort_buckets%1 ORDER BY prefix")
             .arg(inUse.arg(QStringLiteral("prefix"), QStringLiteral("substr(name_sort, 1, 7)"),
                            QStringLiteral("records"))));
    return out;
}

QString checkResult(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return q.lastError().text();
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows.join(QLatin1Char('\n'));
}

} // namespace

// The program computes the rows of the search index itself after a bulk load (the dataset's
// million records); they must be exactly those of the schema's statements, and of the triggers.
TEST(BulkLoad, TheProgramsIndexEqualsTheSchemasAndTheTriggers)
{
    QString why;
    auto bulkStore = test::TestStore::create(store::Dialect::Sqlite, &why);
    ASSERT_TRUE(bulkStore) << why.toStdString();
    store::Database& db = bulkStore->db();
    // As the bench loads: the generator's rows without evaluating CHECK constraints.
    store::BulkLoad bulk(db, store::BulkLoad::Checks::Skip);
    ASSERT_TRUE(bulk.begin().ok());
    ASSERT_TRUE(test::fillWithDemo(*bulkStore, 3, 150, false).ok());
    addOddPupils(db);
    ASSERT_TRUE(bulk.finish().ok());
    {
        // The checks apply again after the load.
        QSqlQuery bad(db.connection());
        EXPECT_FALSE(bad.exec(QStringLiteral("UPDATE records SET status = 'lost' WHERE id = (SELECT min(id) FROM "
                                             "records)")));
    }
    const QStringList program = indexContent(db, true);
    EXPECT_TRUE(program.join(QLatin1Char('\n')).contains(QStringLiteral("|đx ")));
    EXPECT_TRUE(program.join(QLatin1Char('\n')).contains(QStringLiteral("đ9a ")));
    EXPECT_TRUE(program.join(QLatin1Char('\n')).contains(QStringLiteral("\"o\\\\n\""))); // a JSON escape
    EXPECT_TRUE(program.join(QLatin1Char('\n')).contains(QStringLiteral("\"\\\"be\"")));
    EXPECT_EQ(checkResult(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(checkResult(db, QStringLiteral("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')")),
              QString());

    // The schema's statements on the same records (names and buckets computed anew).
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM search_names")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM record_sort_buckets")));
    ASSERT_TRUE(store::RecordSearchRepository::rebuildIndexInSql(db).ok());
    const QStringList schema = indexContent(db, true);
    EXPECT_EQ(program.size(), schema.size());
    for (qsizetype i = 0; i < std::min(program.size(), schema.size()); ++i)
        ASSERT_EQ(program.at(i).toStdString(), schema.at(i).toStdString()) << "line " << i;

    // The same data written row by row, the index kept by the triggers.
    auto rowStore = test::TestStore::create(store::Dialect::Sqlite, &why);
    ASSERT_TRUE(rowStore) << why.toStdString();
    ASSERT_TRUE(test::fillWithDemo(*rowStore, 3, 150, false).ok());
    addOddPupils(rowStore->db());
    const QStringList triggers = indexContent(rowStore->db(), false);
    ASSERT_TRUE(store::RecordSearchRepository::rebuildIndex(db).ok());
    EXPECT_EQ(indexContent(db, true), program);
    const QStringList byBucket = indexContent(db, false);
    EXPECT_EQ(byBucket.size(), triggers.size());
    for (qsizetype i = 0; i < std::min(byBucket.size(), triggers.size()); ++i)
        ASSERT_EQ(byBucket.at(i).toStdString(), triggers.at(i).toStdString()) << "line " << i;
}

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
