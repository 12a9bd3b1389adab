#include "support/TestStore.h"

#include "store/Migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

class Migrations : public ::testing::TestWithParam<store::Dialect>
{};

namespace {
qint64 countTables(store::Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(db.isSqlite() ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
                         : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                          "current_schema()"));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_P(Migrations, FreshStoreReachesLatest)
{
    QString skip;
    auto t = TestStore::create(GetParam(), &skip, false);
    if (!t) {
        if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())
            FAIL() << skip.toStdString();
        GTEST_SKIP() << skip.toStdString();
    }
    store::Migrator m(t->db());
    ASSERT_GE(m.latestVersion(), 2);
    EXPECT_EQ(*m.currentVersion(), 0);
    auto v = m.migrate();
    ASSERT_TRUE(v.ok()) << v.errorString().toStdString();
    EXPECT_EQ(*v, m.latestVersion());
    EXPECT_EQ(*m.currentVersion(), m.latestVersion());
    // Applying again changes nothing.
    const qint64 tables = countTables(t->db());
    EXPECT_EQ(*m.migrate(), m.latestVersion());
    EXPECT_EQ(countTables(t->db()), tables);
    // Every function of the store is the store schema's: a migration that leaves its search_path
    // changed for the next (they run in one transaction) would have them created in pg_catalog,
    // where a superuser may create and pg_dump never looks.
    if (t->db().isPostgres()) {
        QSqlQuery q(t->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE 'hocbaso%' AND "
                                          "pronamespace <> (SELECT relnamespace FROM pg_class WHERE oid = "
                                          "'meta'::regclass)")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 0);
    }
}

TEST_P(Migrations, UpgradesFromEachEarlierVersion)
{
    QString skip;
    auto probe = TestStore::create(GetParam(), &skip, false);
    if (!probe) {
        if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())
            FAIL() << skip.toStdString();
        GTEST_SKIP() << skip.toStdString();
    }
    const store::Migrator known(probe->db());
    const int latest = known.latestVersion();
    QList<int> versions;
    for (const auto& m : known.migrations())
        versions.append(m.version);
    probe.reset();
    // Numbers may have gaps (reserved ones): start from each version there is.
    for (int from : std::as_const(versions)) {
        if (from >= latest)
            continue;
        auto t = TestStore::create(GetParam(), &skip, false);
        ASSERT_TRUE(t) << skip.toStdString();
        store::Migrator m(t->db());
        ASSERT_EQ(*m.migrate(from), from);
        // Data written by the older schema survives the upgrade.
        QSqlQuery q(t->db().connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO units (code, name, level) VALUES ('U1', 'Phòng GD&ĐT Thử', 'phong')")));
        auto up = m.migrate();
        ASSERT_TRUE(up.ok()) << "from " << from << ": " << up.errorString().toStdString();
        EXPECT_EQ(*m.currentVersion(), latest);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM units WHERE code = 'U1'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("Phòng GD&ĐT Thử"));
    }
}

TEST_P(Migrations, RefusesNewerDatabase)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                                      "(999, 'future', CURRENT_TIMESTAMP)")));
    store::Migrator m(t->db());
    auto v = m.migrate();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(v.errorString().contains(QStringLiteral("999"))) << v.errorString().toStdString();
}

TEST_P(Migrations, FailedMigrationLeavesStoreUntouched)
{
    QString skip;
    auto t = TestStore::create(GetParam(), &skip, false);
    if (!t) {
        if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())
            FAIL() << skip.toStdString();
        GTEST_SKIP() << skip.toStdString();
    }
    // A set of migrations whose second step is broken: nothing of the first may remain.
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("001_good.sql")));
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    a.write("CREATE TABLE t1 (x integer);");
    a.close();
    QFile b(dir.filePath(QStringLiteral("002_bad.sql")));
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write("CREATE TABLE t2 (x integer); INSERT INTO no_such_table VALUES (1);");
    b.close();
    store::Migrator m(t->db(), dir.path());
    auto v = m.migrate();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(*store::Migrator(t->db(), dir.path()).currentVersion(), 0);
    EXPECT_EQ(countTables(t->db()), 0);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Migrations, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
