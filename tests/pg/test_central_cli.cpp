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
    EXPECT_EQ(demo.json().value(QStringLiteral("units")).toInt(), 3); // a Sở and its two communes
    const QJsonArray users = demo.json().value(QStringLiteral("users")).toArray();
    QStringList units;
    for (const QJsonValue& v : users) {
        const QJsonObject u = v.toObject();
        const QString name = u.value(QStringLiteral("username")).toString();
        if (!units.contains(u.value(QStringLiteral("unit")).toString()))
            units.append(u.value(QStringLiteral("unit")).toString());
        // Each user signs in as their own role, with the demo's password, and sees their unit only ...
        QString failed;
        auto db = t->openAs(name, password, &failed);
        ASSERT_TRUE(db) << name.toStdString() << ": " << failed.toStdString();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT string_agg(DISTINCT u.code, ',') FROM schools s JOIN units u ON "
                                          "u.id = s.unit_id")) &&
                    q.next());
        // ... the Sở's people every commune's schools.
        const QString unit = u.value(QStringLiteral("unit")).toString();
        EXPECT_EQ(q.value(0).toString(), unit == QLatin1String("SGD") ? QStringLiteral("XA01,XA02") : unit)
            << name.toStdString();
        EXPECT_FALSE(t->openAs(name, password + QLatin1Char('x'), &failed));
    }
    units.removeAll(QStringLiteral("SGD"));
    EXPECT_EQ(units.size(), 2);
    EXPECT_GE(users.size(), 7);

    // Commands with --user run as that person's own login role: a lookup finds the unit's records
    // only, whatever the --pg conninfo's user may see.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), password);
    QString officer2;
    for (const QJsonValue& v : users) {
        if (v.toObject().value(QStringLiteral("role")).toString() == QLatin1String("officer") &&
            v.toObject().value(QStringLiteral("unit")).toString() == units.at(1))
            officer2 = v.toObject().value(QStringLiteral("username")).toString();
    }
    ASSERT_FALSE(officer2.isEmpty());
    // The officer's school list is their unit's.
    const auto schools = runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("--user"), officer2,
                                 QStringLiteral("school"), QStringLiteral("list"), QStringLiteral("--json")},
                                env);
    ASSERT_EQ(schools.exitCode, 0) << schools.err.toStdString();
    QStringList unit2Schools;
    for (const QJsonValue& v : schools.json().value(QStringLiteral("rows")).toArray()) {
        EXPECT_EQ(v.toObject().value(QStringLiteral("unit")).toString(), units.at(1));
        unit2Schools.append(v.toObject().value(QStringLiteral("code")).toString());
    }
    ASSERT_FALSE(unit2Schools.isEmpty());
    const auto found = runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("--user"), officer2,
                               QStringLiteral("lookup"), QStringLiteral("--name"), QStringLiteral("n"),
                               QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")},
                              env);
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray rows = found.json().value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    for (const QJsonValue& v : rows)
        EXPECT_TRUE(unit2Schools.contains(v.toObject().value(QStringLiteral("school")).toString()));
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id JOIN units u "
                              "ON u.id = s.unit_id JOIN pupils p ON p.id = r.pupil_id WHERE u.code = '%1' AND "
                              "p.name_folded ~ '(^| )n'")
                   .arg(units.at(1))) &&
        q.next());
    EXPECT_EQ(found.json().value(QStringLiteral("total")).toInteger(), q.value(0).toLongLong());
    // The server checks the password.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("HOCBASO_PASSWORD"), password + QLatin1Char('x'));
    const auto refused = runCli({QStringLiteral("--pg"), conninfo, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--user"), officer2, QStringLiteral("lookup"), QStringLiteral("--name"),
                                 QStringLiteral("n")},
                                wrong);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("refused the username or password"))) << refused.err.toStdString();
}
