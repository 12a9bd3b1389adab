// `unit add|list|rename|move|close`, `school add|update|move|close|list --unit` and `init --admin`
// through the real hocbaso-cli (CLI.md): the JSON keys, the exit codes, and that a refused command
// changes nothing.

#include "support/CliDemoSuite.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliDemoSuite;
using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

constexpr const char* kDemoPassword = CliDemoSuite::kDemoPassword;
constexpr const char* kNewPassword = "Moi#Pass2026";

class CliUnits : public CliDemoSuite
{
protected:
    CliResult as(const QString& user, QStringList args, const QString& password = QString::fromLatin1(kDemoPassword))
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), password);
        env.insert(QStringLiteral("HOCBASO_NEW_PASSWORD"), QString::fromLatin1(kNewPassword));
        args = QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user, QStringLiteral("--lang"),
                           QStringLiteral("en")} +
               args;
        return runCli(args, env);
    }

    QJsonObject row(const QJsonArray& rows, const QString& code)
    {
        for (const QJsonValue& v : rows) {
            if (v[QStringLiteral("code")].toString() == code)
                return v.toObject();
        }
        return {};
    }
    QJsonArray unitRows()
    {
        const auto list = as(QStringLiteral("admin"), {"unit", "list", "--json"});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.json().value(QStringLiteral("rows")).toArray();
    }
    QJsonArray schoolRows(const QString& unit = QString())
    {
        QStringList args{"school", "list", "--json"};
        if (!unit.isEmpty())
            args << "--unit" << unit;
        const auto list = as(QStringLiteral("admin"), args);
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.json().value(QStringLiteral("rows")).toArray();
    }
    // What a refused command must leave as it was.
    QString state()
    {
        return QString::fromUtf8(QJsonDocument(unitRows()).toJson() + QJsonDocument(schoolRows()).toJson());
    }
};

} // namespace

TEST_F(CliUnits, UnitsAreAddedListedRenamedMovedAndClosed)
{
    const auto add = as(QStringLiteral("admin"), {"unit", "add", "XA09", "--name", QStringLiteral("UBND xã Tân Lập"),
                                                  "--level", "xa", "--parent", "SGD", "--json"});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const QJsonObject added = add.json();
    EXPECT_EQ(added.value(QStringLiteral("code")).toString(), QStringLiteral("XA09"));
    EXPECT_EQ(added.value(QStringLiteral("name")).toString(), QStringLiteral("UBND xã Tân Lập"));
    EXPECT_EQ(added.value(QStringLiteral("level")).toString(), QStringLiteral("xa"));
    EXPECT_EQ(added.value(QStringLiteral("parent")).toString(), QStringLiteral("SGD"));

    QJsonObject listed = row(unitRows(), QStringLiteral("XA09"));
    for (const char* key : {"code", "name", "level", "parent", "schools", "closed"})
        EXPECT_TRUE(listed.contains(QLatin1String(key))) << key;
    EXPECT_EQ(listed.value(QStringLiteral("schools")).toInt(), 0);
    EXPECT_FALSE(listed.value(QStringLiteral("closed")).toBool());
    EXPECT_GT(row(unitRows(), QStringLiteral("XA01")).value(QStringLiteral("schools")).toInt(), 0);
    EXPECT_TRUE(row(unitRows(), QStringLiteral("SGD")).value(QStringLiteral("parent")).isNull());

    const auto rename =
        as(QStringLiteral("admin"), {"unit", "rename", "XA09", "--name", QStringLiteral("UBND xã Tân Hòa"), "--json"});
    ASSERT_EQ(rename.exitCode, 0) << rename.err.toStdString();
    EXPECT_EQ(rename.json().value(QStringLiteral("name")).toString(), QStringLiteral("UBND xã Tân Hòa"));

    const auto move = as(QStringLiteral("admin"), {"unit", "move", "XA09", "--parent", "SGD", "--json"});
    ASSERT_EQ(move.exitCode, 0) << move.err.toStdString();
    EXPECT_EQ(move.json().value(QStringLiteral("parent")).toString(), QStringLiteral("SGD"));

    const auto close = as(QStringLiteral("admin"), {"unit", "close", "XA09", "--json"});
    ASSERT_EQ(close.exitCode, 0) << close.err.toStdString();
    EXPECT_TRUE(close.json().value(QStringLiteral("closed")).toBool());
    EXPECT_TRUE(row(unitRows(), QStringLiteral("XA09")).value(QStringLiteral("closed")).toBool());

    const auto audit = as(QStringLiteral("admin"), {"audit", "list", "--limit", "4", "--json"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    QStringList actions;
    for (const QJsonValue& v : audit.json().value(QStringLiteral("rows")).toArray())
        actions.append(v[QStringLiteral("action")].toString());
    EXPECT_TRUE(actions.contains(QStringLiteral("unit.close"))) << actions.join(' ').toStdString();
    EXPECT_TRUE(actions.contains(QStringLiteral("unit.rename"))) << actions.join(' ').toStdString();
}

TEST_F(CliUnits, RefusalsAndUsageErrorsChangeNothing)
{
    const QString before = state();
    // Usage: exit 2.
    EXPECT_EQ(as(QStringLiteral("admin"), {"unit", "add", "XA09", "--name", "X", "--level", "huyen", "--parent", "SGD"})
                  .exitCode,
              2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"unit", "add", "XA09", "--level", "xa"}).exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"unit", "move", "XA01"}).exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"unit", "frobnicate", "XA01"}).exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"),
                 {"school", "add", "TH99001", "--name", "X", "--unit", "XA01", "--ownership", "state"})
                  .exitCode,
              2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"school", "update", "TH99001"}).exitCode, 2);
    // Refused: exit 1 with a reason.
    for (const auto& [user, args] : QList<QPair<QString, QStringList>>{
             {QStringLiteral("admin1"), {"unit", "add", "XA09", "--name", "X", "--level", "xa", "--parent", "SGD"}},
             {QStringLiteral("canboso"), {"unit", "rename", "XA01", "--name", "X"}},
             {QStringLiteral("admin"), {"unit", "add", "XA09", "--name", "X", "--level", "xa", "--parent", "XA01"}},
             {QStringLiteral("admin"), {"unit", "add", "XA01", "--name", "X", "--level", "xa", "--parent", "SGD"}},
             {QStringLiteral("admin"), {"unit", "move", "SGD", "--parent", "XA01"}},
             {QStringLiteral("admin"), {"unit", "close", "XA01"}},
             {QStringLiteral("admin"), {"unit", "close", "SGD"}},
             {QStringLiteral("admin1"), {"school", "list", "--unit", "XA02"}},
             {QStringLiteral("admin1"),
              {"school", "add", "TH99001", "--name", "X", "--unit", "XA02", "--ownership", "public"}},
             {QStringLiteral("admin"), {"school", "move", "TH99999", "--unit", "XA02"}}}) {
        const auto r = as(user, args);
        EXPECT_EQ(r.exitCode, 1) << args.join(' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << args.join(' ').toStdString();
    }
    EXPECT_EQ(state(), before);
}

TEST_F(CliUnits, SchoolsAreAddedUpdatedMovedAndClosed)
{
    const auto add = as(QStringLiteral("admin1"),
                        {"school", "add", "TH99001", "--name", QStringLiteral("Trường Tiểu học Hòa Bình"), "--unit",
                         "XA01", "--ownership", "private", "--tax-code", "0101234567", "--json"});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    for (const char* key : {"code", "name", "unit", "ownership", "closed"})
        EXPECT_TRUE(add.json().contains(QLatin1String(key))) << key;
    EXPECT_EQ(add.json().value(QStringLiteral("unit")).toString(), QStringLiteral("XA01"));
    EXPECT_EQ(add.json().value(QStringLiteral("ownership")).toString(), QStringLiteral("private"));

    QJsonObject listed = row(schoolRows(QStringLiteral("XA01")), QStringLiteral("TH99001"));
    for (const char* key : {"code", "name", "unit", "ownership", "closed"})
        EXPECT_TRUE(listed.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(listed.value(QStringLiteral("closed")).toBool());
    EXPECT_TRUE(row(schoolRows(QStringLiteral("XA02")), QStringLiteral("TH99001")).isEmpty());
    // A Sở's list holds its communes' schools.
    EXPECT_FALSE(row(schoolRows(QStringLiteral("SGD")), QStringLiteral("TH99001")).isEmpty());

    const auto update =
        as(QStringLiteral("admin1"), {"school", "update", "TH99001", "--ownership", "public", "--json"});
    ASSERT_EQ(update.exitCode, 0) << update.err.toStdString();
    EXPECT_EQ(update.json().value(QStringLiteral("ownership")).toString(), QStringLiteral("public"));
    EXPECT_EQ(update.json().value(QStringLiteral("name")).toString(), QStringLiteral("Trường Tiểu học Hòa Bình"));

    // The commune's administrator cannot give it away; the Sở's can.
    EXPECT_EQ(as(QStringLiteral("admin1"), {"school", "move", "TH99001", "--unit", "XA02"}).exitCode, 1);
    const auto move = as(QStringLiteral("admin"), {"school", "move", "TH99001", "--unit", "XA02", "--json"});
    ASSERT_EQ(move.exitCode, 0) << move.err.toStdString();
    EXPECT_EQ(move.json().value(QStringLiteral("unit")).toString(), QStringLiteral("XA02"));
    EXPECT_FALSE(row(schoolRows(QStringLiteral("XA02")), QStringLiteral("TH99001")).isEmpty());

    const auto close = as(QStringLiteral("admin2"), {"school", "close", "TH99001", "--json"});
    ASSERT_EQ(close.exitCode, 0) << close.err.toStdString();
    EXPECT_TRUE(close.json().value(QStringLiteral("closed")).toBool());
    EXPECT_TRUE(row(schoolRows(), QStringLiteral("TH99001")).value(QStringLiteral("closed")).toBool());
    EXPECT_EQ(as(QStringLiteral("admin2"), {"school", "close", "TH99001"}).exitCode, 1);
}

TEST_F(CliUnits, InitAdminMakesTheFirstAdministratorOfAnEmptyStore)
{
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QProcessEnvironment weak;
    weak.insert(QStringLiteral("HOCBASO_NEW_PASSWORD"), QStringLiteral("short"));
    const auto refused = runCli({"--db", db, "--lang", "en", "init", "--admin", "boss", "--json"}, weak);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(refused.err.trimmed().isEmpty());

    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_NEW_PASSWORD"), QString::fromLatin1(kNewPassword));
    const auto init = runCli({"--db", db, "--lang", "en", "init", "--admin", "boss", "--display-name",
                              QStringLiteral("Lê Văn Bình"), "--json"},
                             env);
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_GT(init.json().value(QStringLiteral("schema_version")).toInt(), 0);
    EXPECT_EQ(init.json().value(QStringLiteral("admin")).toString(), QStringLiteral("boss"));

    // Not twice: the store has a user now.
    const auto again = runCli({"--db", db, "--lang", "en", "init", "--admin", "boss2"}, env);
    EXPECT_EQ(again.exitCode, 1);

    // The store-wide administrator builds the organisation from nothing.
    m_db = db;
    const QString pw = QString::fromLatin1(kNewPassword);
    ASSERT_EQ(as(QStringLiteral("boss"),
                 {"unit", "add", "SGX", "--name", QStringLiteral("Sở GD&ĐT Hà Nam"), "--level", "so"}, pw)
                  .exitCode,
              0);
    ASSERT_EQ(
        as(QStringLiteral("boss"),
           {"unit", "add", "XX01", "--name", QStringLiteral("UBND xã Kim Bảng"), "--level", "xa", "--parent", "SGX"},
           pw)
            .exitCode,
        0);
    const auto school = as(QStringLiteral("boss"),
                           {"school", "add", "TH01", "--name", QStringLiteral("Trường Tiểu học Kim Bảng"), "--unit",
                            "XX01", "--ownership", "public", "--json"},
                           pw);
    ASSERT_EQ(school.exitCode, 0) << school.err.toStdString();
    const auto users = as(QStringLiteral("boss"), {"user", "list", "--json"}, pw);
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    const QJsonArray rows = users.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0)[QStringLiteral("role")].toString(), QStringLiteral("admin"));
    EXPECT_TRUE(rows.at(0)[QStringLiteral("unit")].isNull());
}

TEST_F(CliUnits, SchoolListsAreImportedAllOrNothingAndTwiceChangeNothing)
{
    const QString existing = schoolRows(QStringLiteral("XA01")).at(0)[QStringLiteral("code")].toString();
    ASSERT_FALSE(existing.isEmpty());
    // Two new schools (one per commune, semicolons and a BOM as Excel writes them), and an existing
    // school of commune 1 moved to commune 2 under a new name.
    const QString good = m_dir.filePath(QStringLiteral("truong.csv"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF");
        f.write(QStringLiteral("Mã trường;Tên trường;Đơn vị quản lý;Loại hình;Địa chỉ\r\n"
                               "TH99101;Trường Tiểu học Hòa Bình;XA01;Công lập;Ấp 3\r\n"
                               "TH99102;Trường Tiểu học Tư thục Ánh Dương;XA02;Tư thục;\r\n"
                               "%1;Trường Tiểu học Đổi Tên;XA02;Công lập;\r\n")
                    .arg(existing)
                    .toUtf8());
    }
    const QString before = state();
    const auto dry = as(QStringLiteral("admin"), {"school", "import", good, "--dry-run", "--json"});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.json().value(QStringLiteral("added")).toInt(), 2);
    EXPECT_EQ(dry.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(state(), before); // a dry run writes nothing

    const auto first = as(QStringLiteral("admin"), {"school", "import", good, "--json"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("added")).toInt(), 2);
    EXPECT_EQ(first.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_TRUE(first.json().value(QStringLiteral("errors")).toArray().isEmpty());
    const QJsonObject moved = row(schoolRows(QStringLiteral("XA02")), existing);
    EXPECT_EQ(moved[QStringLiteral("name")].toString(), QStringLiteral("Trường Tiểu học Đổi Tên"));
    EXPECT_FALSE(row(schoolRows(QStringLiteral("XA01")), QStringLiteral("TH99101")).isEmpty());
    EXPECT_EQ(
        row(schoolRows(QStringLiteral("XA02")), QStringLiteral("TH99102"))[QStringLiteral("ownership")].toString(),
        QStringLiteral("private"));

    // The same file again: nothing to do.
    const QString after = state();
    const auto again = as(QStringLiteral("admin"), {"school", "import", good, "--json"});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("updated")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("unchanged")).toInt(), 3);
    EXPECT_EQ(state(), after);

    // One bad row (an unknown unit) refuses the whole file: the good row beside it is not written.
    const QString bad = m_dir.filePath(QStringLiteral("sai.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("code,name,unit,ownership\nTH99103,Trường Tiểu học Mới,XA01,public\n"
                               "TH99104,Trường Tiểu học Lạ,XA77,public\n")
                    .toUtf8());
    }
    const auto refused = as(QStringLiteral("admin"), {"school", "import", bad, "--json"});
    EXPECT_EQ(refused.exitCode, 1);
    const QJsonArray errors = refused.json().value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0)[QStringLiteral("line")].toInt(), 3);
    EXPECT_EQ(state(), after);

    // A commune's administrator imports into their own commune only.
    const auto outside = as(QStringLiteral("admin1"), {"school", "import", good, "--json"});
    EXPECT_EQ(outside.exitCode, 1);
    EXPECT_EQ(state(), after);
    // Officers do not import.
    EXPECT_EQ(as(QStringLiteral("canbo1"), {"school", "import", good}).exitCode, 1);
}
