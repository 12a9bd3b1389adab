#pragma once

#include "CliRunner.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

namespace hocbaso::test {

// A test suite over a small demo province (one Sở, SGD, above two communes, XA01 and XA02) made
// once by hocbaso-cli and copied for each test into m_db: every test starts from the same data
// without paying for the demo again. Suites that need another demo (signatures, more years) call
// makeTemplate() with its options from their own SetUpTestSuite().
class CliDemoSuite : public ::testing::Test
{
public:
    static constexpr const char* kDemoPassword = "Demo@2026";

protected:
    static void SetUpTestSuite()
    {
        makeTemplate({QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--units"), QStringLiteral("2"),
                      QStringLiteral("--schools"), QStringLiteral("4"), QStringLiteral("--students"),
                      QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("1"),
                      QStringLiteral("--no-signatures")});
    }
    // `demo` with these options (the password is added), into the suite's template file.
    static void makeTemplate(const QStringList& demoOptions)
    {
        s_dir = new QTemporaryDir;
        s_template = s_dir->filePath(QStringLiteral("template.sqlite"));
        const auto demo = runCli(QStringList{QStringLiteral("--db"), s_template, QStringLiteral("demo")} + demoOptions +
                                 QStringList{QStringLiteral("--password"), QString::fromLatin1(kDemoPassword)});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_dir && QFile::exists(s_template));
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        ASSERT_TRUE(QFile::copy(s_template, m_db));
    }

    // hocbaso-cli on m_db as `user` (the demo's password), in English, with `extra` in its environment.
    CliResult asUser(const QString& user, const QStringList& args, const QProcessEnvironment& extra = {}) const
    {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(kDemoPassword));
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args +
                          QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
                      env);
    }

    // Runs `work` on a direct connection to the file, as someone with the file in hand would.
    void withFile(const std::function<void(QSqlDatabase&)>& work) const
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
            db.setDatabaseName(m_db);
            ASSERT_TRUE(db.open());
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }

    // The first value of `sql` on the file, as text (empty when there is none).
    QString one(const QString& sql) const
    {
        QString v;
        withFile([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toString();
        });
        return v;
    }

    // One template at a time: suites run one after the other, each making its own.
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_template;
    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace hocbaso::test
