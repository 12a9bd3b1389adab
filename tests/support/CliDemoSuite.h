#pragma once

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hocbaso::test {

// A test suite over a small demo province (one Sở, SGD, above two communes, XA01 and XA02) made
// once by hocbaso-cli and copied for each test into m_db: every test starts from the same data
// without paying for the demo again.
class CliDemoSuite : public ::testing::Test
{
public:
    static constexpr const char* kDemoPassword = "Demo@2026";

protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_template = s_dir->filePath(QStringLiteral("template.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("--db"), s_template, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4"),
             QStringLiteral("--units"), QStringLiteral("2"), QStringLiteral("--schools"), QStringLiteral("4"),
             QStringLiteral("--students"), QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("1"),
             QStringLiteral("--no-signatures"), QStringLiteral("--password"), QString::fromLatin1(kDemoPassword)});
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

    // One template at a time: suites run one after the other, each making its own.
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_template;
    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace hocbaso::test
