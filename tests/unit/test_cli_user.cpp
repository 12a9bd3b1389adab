// `user add|list|disable` through the real hocbaso-cli: who may, what is refused, and that a new
// user really signs in (and a disabled one no longer does).

#include "support/CliDemoSuite.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliDemoSuite;
using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

constexpr const char* kDemoPassword = CliDemoSuite::kDemoPassword;
constexpr const char* kNewPassword = "Moi#Pass2026";

class CliUser : public CliDemoSuite
{
protected:
    void SetUp() override
    {
        CliDemoSuite::SetUp();
        if (HasFatalFailure())
            return;
        // Units and schools by code, from the store itself.
        const auto schools = as(QStringLiteral("admin"), {"school", "list", "--json"});
        ASSERT_EQ(schools.exitCode, 0) << schools.err.toStdString();
        for (const QJsonValue& v : schools.json().value(QStringLiteral("rows")).toArray()) {
            const QString unit = v[QStringLiteral("unit")].toString();
            if (!m_schoolsOf.contains(unit))
                m_units.append(unit);
            m_schoolsOf[unit].append(v[QStringLiteral("code")].toString());
        }
        ASSERT_EQ(m_units.size(), 2);
    }

    // hocbaso-cli as `user` (signing in with `password`), in English, with `newPassword` in
    // HOCBASO_NEW_PASSWORD unless it is nullopt.
    CliResult as(const QString& user, QStringList args,
                 const std::optional<QString>& newPassword = QString::fromLatin1(kNewPassword),
                 const QString& password = QString::fromLatin1(kDemoPassword))
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), password);
        if (newPassword)
            env.insert(QStringLiteral("HOCBASO_NEW_PASSWORD"), *newPassword);
        args = QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user, QStringLiteral("--lang"),
                           QStringLiteral("en")} +
               args;
        return runCli(args, env);
    }

    QJsonArray userRows()
    {
        const auto list = as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list"), "--json"});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.json().value(QStringLiteral("rows")).toArray();
    }

    QJsonObject userRow(const QString& username)
    {
        for (const QJsonValue& v : userRows()) {
            if (v[QStringLiteral("username")].toString() == username)
                return v.toObject();
        }
        return {};
    }

    // A command that needs sign-in, as `user` with `password`.
    CliResult signInAs(const QString& user, const QString& password)
    {
        return as(user, {QStringLiteral("lookup"), QStringLiteral("--limit"), QStringLiteral("1"), "--json"},
                  std::nullopt, password);
    }

    QStringList m_units;
    QHash<QString, QStringList> m_schoolsOf;
};

} // namespace

TEST_F(CliUser, AddedUserSignsInAndIsListed)
{
    const auto add = as(QStringLiteral("admin"), {"user", "add", "canbo9", "--role", "officer", "--unit", m_units.at(0),
                                                  "--display-name", QStringLiteral("Trần Thị Mai"), "--json"});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_GT(add.json().value(QStringLiteral("id")).toInt(), 0);

    const auto signedIn = signInAs(QStringLiteral("canbo9"), QString::fromLatin1(kNewPassword));
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
    EXPECT_EQ(signInAs(QStringLiteral("canbo9"), QString::fromLatin1(kDemoPassword)).exitCode, 1);

    const QJsonObject row = userRow(QStringLiteral("canbo9"));
    ASSERT_FALSE(row.isEmpty());
    EXPECT_EQ(row.value(QStringLiteral("role")).toString(), QStringLiteral("officer"));
    EXPECT_EQ(row.value(QStringLiteral("unit")).toString(), m_units.at(0));
    EXPECT_TRUE(row.value(QStringLiteral("school")).isNull());
    EXPECT_FALSE(row.value(QStringLiteral("disabled")).toBool());
    EXPECT_EQ(row.value(QStringLiteral("display_name")).toString(), QStringLiteral("Trần Thị Mai"));
    // Every row carries the contract's keys.
    for (const QJsonValue& v : userRows()) {
        for (const char* key : {"username", "role", "unit", "school", "disabled"})
            EXPECT_TRUE(v.toObject().contains(QLatin1String(key))) << key;
    }

    // The text listing names the user too.
    const auto text = as(QStringLiteral("admin"), {"user", "list"});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("canbo9"))) << text.out.toStdString();
}

TEST_F(CliUser, DisabledUserCannotSignIn)
{
    ASSERT_EQ(
        as(QStringLiteral("admin"), {"user", "add", "xem9", "--role", "viewer", "--unit", m_units.at(1)}).exitCode, 0);
    ASSERT_EQ(signInAs(QStringLiteral("xem9"), QString::fromLatin1(kNewPassword)).exitCode, 0);

    const auto disable = as(QStringLiteral("admin"), {"user", "disable", "xem9"});
    ASSERT_EQ(disable.exitCode, 0) << disable.err.toStdString();
    EXPECT_TRUE(userRow(QStringLiteral("xem9")).value(QStringLiteral("disabled")).toBool());

    const auto refused = signInAs(QStringLiteral("xem9"), QString::fromLatin1(kNewPassword));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("disabled"))) << refused.err.toStdString();
    EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0) << "one line on stderr";

    // Enabled again, the same password works.
    ASSERT_EQ(as(QStringLiteral("admin"), {"user", "enable", "xem9"}).exitCode, 0);
    EXPECT_EQ(signInAs(QStringLiteral("xem9"), QString::fromLatin1(kNewPassword)).exitCode, 0);

    // An administrator cannot lock themself out; an unknown name is refused.
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "disable", "admin"}).exitCode, 1);
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "disable", "khongco"}).exitCode, 1);
    EXPECT_EQ(signInAs(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword)).exitCode, 0);
}

TEST_F(CliUser, OnlyAnAdministratorManagesUsers)
{
    const int before = userRows().size();
    for (const char* user : {"canbo1", "xem1"}) {
        const auto add =
            as(QString::fromLatin1(user), {"user", "add", "canbo8", "--role", "officer", "--unit", m_units.at(0)});
        EXPECT_EQ(add.exitCode, 1) << user;
        EXPECT_TRUE(add.err.contains(QStringLiteral("administrator"))) << add.err.toStdString();
        EXPECT_EQ(as(QString::fromLatin1(user), {"user", "list"}).exitCode, 1) << user;
        EXPECT_EQ(as(QString::fromLatin1(user), {"user", "disable", "xem2"}).exitCode, 1) << user;
    }
    EXPECT_EQ(userRows().size(), before);
    EXPECT_FALSE(userRow(QStringLiteral("xem2")).value(QStringLiteral("disabled")).toBool());
    // No sign-in at all is a usage error; a wrong admin password is refused.
    const auto anonymous = runCli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("list")});
    EXPECT_EQ(anonymous.exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "list"}, std::nullopt, QStringLiteral("Sai#Pass2026")).exitCode, 1);
}

TEST_F(CliUser, WeakOrMissingPasswordsAreRefused)
{
    const QStringList add{"user", "add", "canbo8", "--role", "officer", "--unit", m_units.at(0)};
    struct Case
    {
        QString password;
        const char* says;
    };
    for (const Case& c : {Case{QStringLiteral(""), "at least 8"}, Case{QStringLiteral("Ab1"), "at least 8"},
                          Case{QStringLiteral("abcdefghij"), "letters and digits"},
                          Case{QStringLiteral("canbo8-2026x"), "must not contain the username"}}) {
        const auto r = as(QStringLiteral("admin"), add, c.password);
        EXPECT_EQ(r.exitCode, 1) << c.password.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.says))) << r.err.toStdString();
    }
    // Without HOCBASO_NEW_PASSWORD and without a terminal there is no one to ask.
    const auto none = as(QStringLiteral("admin"), add, std::nullopt);
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("HOCBASO_NEW_PASSWORD"))) << none.err.toStdString();
    // Never as an argument.
    EXPECT_EQ(as(QStringLiteral("admin"), add + QStringList{"--password", kNewPassword}).exitCode, 2);
    EXPECT_TRUE(userRow(QStringLiteral("canbo8")).isEmpty()) << "nothing was added";
}

TEST_F(CliUser, UnknownRoleUnitAndTakenNamesAreRefused)
{
    const int before = userRows().size();
    const auto role = as(QStringLiteral("admin"), {"user", "add", "canbo8", "--role", "boss", "--unit", m_units.at(0)});
    EXPECT_EQ(role.exitCode, 2);
    EXPECT_TRUE(role.err.contains(QStringLiteral("--role"))) << role.err.toStdString();
    const auto unit = as(QStringLiteral("admin"), {"user", "add", "canbo8", "--role", "officer", "--unit", "PGD00"});
    EXPECT_EQ(unit.exitCode, 1);
    EXPECT_TRUE(unit.err.contains(QStringLiteral("PGD00"))) << unit.err.toStdString();
    // Missing options and operands are usage errors.
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "add", "canbo8", "--role", "officer"}).exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "add", "--role", "officer", "--unit", m_units.at(0)}).exitCode, 2);
    EXPECT_EQ(as(QStringLiteral("admin"), {"user", "frobnicate"}).exitCode, 2);
    // A name that cannot be a login role, and a taken one.
    EXPECT_EQ(
        as(QStringLiteral("admin"), {"user", "add", "Cán bộ", "--role", "officer", "--unit", m_units.at(0)}).exitCode,
        1);
    const auto taken =
        as(QStringLiteral("admin"), {"user", "add", "canbo1", "--role", "viewer", "--unit", m_units.at(1)});
    EXPECT_EQ(taken.exitCode, 1);
    EXPECT_TRUE(taken.err.contains(QStringLiteral("already taken"))) << taken.err.toStdString();
    EXPECT_EQ(userRows().size(), before);
    EXPECT_EQ(userRow(QStringLiteral("canbo1")).value(QStringLiteral("role")).toString(), QStringLiteral("officer"));
    // The demo password still opens canbo1: the refused add changed nothing.
    EXPECT_EQ(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword)).exitCode, 0);
}

TEST_F(CliUser, SchoolUsersNeedASchoolOfTheirUnit)
{
    const QString unit = m_units.at(0);
    const QString own = m_schoolsOf.value(unit).first();
    const QString other = m_schoolsOf.value(m_units.at(1)).first();

    const auto noSchool = as(QStringLiteral("admin"), {"user", "add", "truong8", "--role", "school", "--unit", unit});
    EXPECT_EQ(noSchool.exitCode, 1);
    EXPECT_TRUE(noSchool.err.contains(QStringLiteral("needs a school"))) << noSchool.err.toStdString();
    const auto wrongUnit =
        as(QStringLiteral("admin"), {"user", "add", "truong8", "--role", "school", "--unit", unit, "--school", other});
    EXPECT_EQ(wrongUnit.exitCode, 1);
    EXPECT_TRUE(wrongUnit.err.contains(QStringLiteral("does not belong"))) << wrongUnit.err.toStdString();
    EXPECT_EQ(as(QStringLiteral("admin"),
                 {"user", "add", "truong8", "--role", "school", "--unit", unit, "--school", "TH00000"})
                  .exitCode,
              1);
    // --school with another role is a slip, not something to ignore.
    EXPECT_EQ(
        as(QStringLiteral("admin"), {"user", "add", "canbo8", "--role", "officer", "--unit", unit, "--school", own})
            .exitCode,
        2);
    EXPECT_TRUE(userRow(QStringLiteral("truong8")).isEmpty());

    const auto ok =
        as(QStringLiteral("admin"), {"user", "add", "truong8", "--role", "school", "--unit", unit, "--school", own});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QJsonObject row = userRow(QStringLiteral("truong8"));
    EXPECT_EQ(row.value(QStringLiteral("role")).toString(), QStringLiteral("school"));
    EXPECT_EQ(row.value(QStringLiteral("school")).toString(), own);
    EXPECT_EQ(row.value(QStringLiteral("unit")).toString(), unit);
    // A school user acts for their school and cannot look records up in the managing-unit edition.
    const auto lookup = signInAs(QStringLiteral("truong8"), QString::fromLatin1(kNewPassword));
    EXPECT_EQ(lookup.exitCode, 1);
    EXPECT_TRUE(lookup.err.contains(QStringLiteral("school user"))) << lookup.err.toStdString();
}

TEST_F(CliUser, AddAndDisableAreAudited)
{
    ASSERT_EQ(
        as(QStringLiteral("admin"), {"user", "add", "xem8", "--role", "viewer", "--unit", m_units.at(0)}).exitCode, 0);
    ASSERT_EQ(as(QStringLiteral("admin"), {"user", "disable", "xem8"}).exitCode, 0);
    const auto audit = as(QStringLiteral("admin"), {"audit", "list", "--limit", "2", "--json"});
    ASSERT_EQ(audit.exitCode, 0);
    const QJsonArray rows = audit.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    QStringList actions;
    for (const QJsonValue& v : rows) {
        EXPECT_EQ(v[QStringLiteral("actor")].toString(), QStringLiteral("admin"));
        EXPECT_EQ(v[QStringLiteral("entity_id")].toString(), QStringLiteral("xem8"));
        actions.append(v[QStringLiteral("action")].toString());
    }
    actions.sort();
    EXPECT_EQ(actions, (QStringList{QStringLiteral("user.add"), QStringLiteral("user.disable")}));
    const auto verify = as(QStringLiteral("admin"), {"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}
