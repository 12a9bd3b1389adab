// The connection's prepared statements (store::Database::run): a statement lent out is never lent
// again, so a nested run of the same SQL cannot cut an outer loop short, and lists of ids of any
// length share one statement text.

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;

namespace {

std::unique_ptr<store::Database> numbers(QTemporaryDir& dir, int n)
{
    auto db = store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("n.sqlite"))));
    if (!db)
        return nullptr;
    std::unique_ptr<store::Database> out = std::move(db).value();
    if (!out->execDirect(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")))
        return nullptr;
    for (int i = 1; i <= n; ++i) {
        if (!out->run(QStringLiteral("INSERT INTO t (id) VALUES (?)"), {i}))
            return nullptr;
    }
    return out;
}

} // namespace

TEST(Statements, ANestedRunOfTheSameTextLeavesTheOuterLoopWhole)
{
    QTemporaryDir dir;
    auto db = numbers(dir, 5);
    ASSERT_TRUE(db);
    const QString sql = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
    auto outer = db->run(sql, {1});
    ASSERT_TRUE(outer.ok()) << outer.errorString().toStdString();
    QList<int> seen;
    qint64 innerRows = 0;
    while ((*outer)->next()) {
        seen.append((*outer)->value(0).toInt());
        auto inner = db->run(sql, {(*outer)->value(0).toInt()});
        ASSERT_TRUE(inner.ok());
        while ((*inner)->next())
            ++innerRows;
    }
    EXPECT_EQ(seen, (QList<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(innerRows, 5 + 4 + 3 + 2 + 1);
}

TEST(Statements, AReturnedStatementIsUsedAgainAndReadsFromTheStart)
{
    QTemporaryDir dir;
    auto db = numbers(dir, 3);
    ASSERT_TRUE(db);
    const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE id <= ?");
    for (int i = 1; i <= 3; ++i) {
        auto q = store::sql::scalar(*db, sql, {i});
        ASSERT_TRUE(q.ok());
        EXPECT_EQ(*q, i);
    }
    // Many distinct texts stay within the cache's bound and keep working.
    for (int i = 0; i < store::StatementPool::kMaxIdle + 10; ++i) {
        auto q = store::sql::scalar(*db, QStringLiteral("SELECT %1 + count(*) FROM t").arg(i));
        ASSERT_TRUE(q.ok());
        EXPECT_EQ(*q, i + 3);
    }
}

TEST(Statements, IdListsOfAnyLengthAreOneValue)
{
    QTemporaryDir dir;
    auto db = numbers(dir, 10);
    ASSERT_TRUE(db);
    const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE ") + store::sql::inIds(*db, QStringLiteral("id"));
    for (const QList<qint64>& ids : {QList<qint64>{2}, QList<qint64>{1, 3, 5}, QList<qint64>{4, 40, 9, 10}}) {
        auto n = store::sql::scalar(*db, sql, {store::sql::idsValue(*db, ids)});
        ASSERT_TRUE(n.ok()) << n.errorString().toStdString();
        EXPECT_EQ(*n, std::count_if(ids.begin(), ids.end(), [](qint64 id) { return id <= 10; }));
    }
}
