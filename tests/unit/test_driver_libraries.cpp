// The program drives the connections of Qt's SQL drivers through its own libsqlite3 and libpq
// (custom SQL functions, raw bulk statements, parameters kept out of the server's log). That is
// sound only when the driver uses the same library; a store refuses to open otherwise.

#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;

TEST(DriverLibraries, SqliteOfTheDriverIsTheLinkedOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto db = store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("s.sqlite"))));
    ASSERT_TRUE(db.ok()) << db.errorString().toStdString();
    // The function registered through the program's library answers through Qt's driver.
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT hocbaso_words_match('nguyen van an', 'an')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(DriverLibraries, AnotherSqliteIsRefusedWithBothNamed)
{
    const QString ours =
        QStringLiteral("2022-12-28 14:03:47 df5c253c0b3dd24916e4ec7cf77d3db5294cc9fd45ae7b9c5e82ad8197f3alt1");
    const QString theirs =
        QStringLiteral("2022-09-29 15:55:41 a29f9949895322123f7c38fbe94c649a9d6e6c9cd0c3b41c96d694552f26b309");
    EXPECT_TRUE(store::checkSameSqlite(ours, ours).ok());
    const Status refused = store::checkSameSqlite(theirs, ours);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("2022-09-29")));
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("2022-12-28")));
}
