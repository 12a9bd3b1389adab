// Who may ask the command-line program what a store holds (CLI.md: every command but init, demo,
// cert inspect and --version needs the user's password).

#include "support/CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliResult;

namespace {

// hocbaso-cli with exactly the password given (none: no HOCBASO_PASSWORD at all, whatever the
// environment of the test has), never from a terminal.
CliResult runWithPassword(const QStringList& args, const QString& password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOCBASO_PASSWORD"));
    env.remove(QStringLiteral("HOCBASO_NEW_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(HOCBASO_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(CliAccess, InfoNeedsTheUsersPassword)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString password = QStringLiteral("Demo@2026");
    const CliResult demo =
        runWithPassword({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4"),
                         QStringLiteral("--schools"), QStringLiteral("2"), QStringLiteral("--students"),
                         QStringLiteral("60"), QStringLiteral("--password"), password, QStringLiteral("--json")},
                        {});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QStringList info{QStringLiteral("--db"),   db,
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("info"),   QStringLiteral("--json")};

    // Nobody signed in: a usage error (the command needs --user, as every other), and nothing of
    // the store is printed.
    const CliResult anonymous = runWithPassword(info, {});
    EXPECT_EQ(anonymous.exitCode, 2) << anonymous.out.toStdString() << anonymous.err.toStdString();
    // A user and no password (stdin is no terminal): refused.
    const CliResult noPassword =
        runWithPassword(QStringList{QStringLiteral("--user"), QStringLiteral("canbo1")} + info, {});
    EXPECT_EQ(noPassword.exitCode, 1) << noPassword.out.toStdString() << noPassword.err.toStdString();
    EXPECT_FALSE(noPassword.json().contains(QStringLiteral("records"))) << noPassword.out.toStdString();
    EXPECT_FALSE(anonymous.json().contains(QStringLiteral("records"))) << anonymous.out.toStdString();
    // A user with a wrong password: refused too.
    const CliResult wrong = runWithPassword(QStringList{QStringLiteral("--user"), QStringLiteral("canbo1")} + info,
                                            QStringLiteral("Sai#2026"));
    EXPECT_EQ(wrong.exitCode, 1) << wrong.out.toStdString() << wrong.err.toStdString();
    EXPECT_FALSE(wrong.json().contains(QStringLiteral("records"))) << wrong.out.toStdString();
    // The user with the right password is answered.
    const CliResult signedIn =
        runWithPassword(QStringList{QStringLiteral("--user"), QStringLiteral("canbo1")} + info, password);
    ASSERT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
    EXPECT_GT(signedIn.json().value(QStringLiteral("records")).toInt(), 0) << signedIn.out.toStdString();
}
