// `hocbaso-cli --pg CONNINFO init` and `demo --units 2` make a central store whose people sign in
// with their own login roles (CLI.md: the demo's usernames are the login roles). PostgreSQL only.

#include "support/CliRunner.h"
#include "support/TestStore.h"

#include "store/Migrator.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::runCli;
using hocbaso::test::TestStore;

TEST(CentralCli, InitAndDemoMakeGroupsAndLoginRolesForTwoUnits)
{
    QString why;
    auto t = TestStore::create(store::Dialect::Postgres, &why, false);
    if (!t) {
        if (TestStore::postgresRequired())
            FAIL() << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }
    const QString conninfo = t->conninfo();
    const auto init = runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json().value(QStringLiteral("schema_version")).toInt(), store::Migrator(t->db()).latestVersion());
    // init again: nothing to do, still fine.
    ASSERT_EQ(runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("init")}).exitCode, 0);

    const QString password = QStringLiteral("Tinh#Demo2026");
    const auto demo =
        runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("2"), QStringLiteral("--schools"),
                QStringLiteral("4"), QStringLiteral("--students"), QStringLiteral("60"),
                QStringLiteral("--no-signatures"), QStringLiteral("--password"), password, QStringLiteral("--json")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    // The password is never printed.
    EXPECT_FALSE(demo.out.contains(password));
    EXPECT_FALSE(demo.err.contains(password));
    EXPECT_EQ(demo.json().value(QStringLiteral("units")).toInt(), 2);
    const QJsonArray users = demo.json().value(QStringLiteral("users")).toArray();
    QStringList units;
    for (const QJsonValue& v : users) {
        const QJsonObject u = v.toObject();
        const QString name = u.value(QStringLiteral("username")).toString();
        if (!units.contains(u.value(QStringLiteral("unit")).toString()))
            units.append(u.value(QStringLiteral("unit")).toString());
        // Each user signs in as their own role, with the demo's password, and sees their unit only.
        QString failed;
        auto db = t->openAs(name, password, &failed);
        ASSERT_TRUE(db) << name.toStdString() << ": " << failed.toStdString();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT string_agg(DISTINCT u.code, ',') FROM schools s JOIN units u ON "
                                          "u.id = s.unit_id")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toString(), u.value(QStringLiteral("unit")).toString()) << name.toStdString();
        EXPECT_FALSE(t->openAs(name, password + QLatin1Char('x'), &failed));
    }
    EXPECT_EQ(units.size(), 2);
    EXPECT_GE(users.size(), 7);
}
