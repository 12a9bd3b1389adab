#include "cli/Arguments.h"
#include "store/Database.h"

#include <gtest/gtest.h>

using namespace hocbaso;

TEST(SqlScript, SplitsOnSemicolonsOutsideQuotesCommentsAndBodies)
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'x;y'; END; $$;\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\n"
        "SELECT 1");
    const QStringList parts = store::Database::splitStatements(script);
    ASSERT_EQ(parts.size(), 5);
    EXPECT_TRUE(parts.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    EXPECT_TRUE(parts.at(1).contains(QStringLiteral("'it''s; fine'")));
    EXPECT_TRUE(parts.at(2).endsWith(QStringLiteral("$$")));
    EXPECT_TRUE(parts.at(3).endsWith(QStringLiteral("END")));
    EXPECT_EQ(parts.at(4), QStringLiteral("SELECT 1"));
}

TEST(CliArguments, OptionsAnywhereAndRepeated)
{
    QString error;
    auto a = cli::Arguments::parse({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("lock"),
                                    QStringLiteral("set"), QStringLiteral("--grade=1"), QStringLiteral("--grade"),
                                    QStringLiteral("2"), QStringLiteral("--json")},
                                   &error);
    ASSERT_TRUE(a.has_value()) << error.toStdString();
    EXPECT_EQ(a->words(), QStringList({"lock", "set"}));
    EXPECT_EQ(a->value(QStringLiteral("db")), QStringLiteral("x.sqlite"));
    EXPECT_EQ(a->values(QStringLiteral("grade")), QStringList({"1", "2"}));
    EXPECT_TRUE(a->has(QStringLiteral("json")));
    EXPECT_FALSE(a->has(QStringLiteral("yes")));
}

TEST(CliArguments, RefusesUnknownAndMissingValues)
{
    QString error;
    EXPECT_FALSE(cli::Arguments::parse({QStringLiteral("--bogus")}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(cli::Arguments::parse({QStringLiteral("demo"), QStringLiteral("--seed")}, &error).has_value());
    EXPECT_FALSE(cli::Arguments::parse({QStringLiteral("--json=1")}, &error).has_value());
}
