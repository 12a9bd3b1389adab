// The printed form of one record (RecordPdf), from the service and from `hocbaso-cli record show
// UUID --pdf FILE`: A4 portrait, Vietnamese text that survives extraction, fonts embedded.

#include "core/VietnameseText.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RecordPdf.h"
#include "support/CliRunner.h"
#include "support/DemoStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hocbaso::test {
namespace {

// Runs a poppler tool on a file; empty when it is not installed or fails.
QString runTool(const QString& tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text in reading order; `raw` also keeps the diagonal watermark, which layout mode drops.
QString pdfText(const QString& path, bool raw = false)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")};
    if (raw)
        args.prepend(QStringLiteral("-raw"));
    return runTool(QStringLiteral("pdftotext"), args);
}

class RecordPdfTest : public ::testing::Test
{
protected:
    // One small demo district for the suite: its keys and signatures take a few seconds.
    static void SetUpTestSuite()
    {
        QString skip;
        s_store = TestStore::create(store::Dialect::Sqlite, &skip).release();
        if (!s_store) {
            s_problem = skip;
            return;
        }
        auto demo = fillWithDemo(*s_store, 2, 60);
        if (!demo)
            s_problem = demo.errorString();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
    }

    void SetUp() override
    {
        ASSERT_NE(s_store, nullptr) << s_problem.toStdString();
        ASSERT_TRUE(s_problem.isEmpty()) << s_problem.toStdString();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext is not installed (poppler-utils)";
        ASSERT_TRUE(m_dir.isValid());
    }

    // A record in `status` of a pupil whose name has diacritics.
    services::RecordDetails record(RecordStatus status)
    {
        services::LookupRequest r;
        r.status = status;
        r.limit = 200;
        auto found = services::RecordLookup(s_store->context()).find(r);
        EXPECT_TRUE(found) << found.errorString().toStdString();
        if (found) {
            for (const RecordListing& l : found->rows) {
                if (text::fold(l.fullName) == l.fullName.toLower())
                    continue;
                auto d = services::RecordDetailsService(s_store->context()).load(l.uuid);
                if (d)
                    return *d;
            }
        }
        ADD_FAILURE() << "no record in status " << toText(status).toStdString();
        return {};
    }

    static TestStore* s_store;
    static QString s_problem;
    QTemporaryDir m_dir;
};

TestStore* RecordPdfTest::s_store = nullptr;
QString RecordPdfTest::s_problem;

TEST_F(RecordPdfTest, ThePupilsNameKeepsItsDiacritics)
{
    const services::RecordDetails d = record(RecordStatus::Sent);
    ASSERT_TRUE(d.content.has_value());
    const QString path = m_dir.filePath(QStringLiteral("record.pdf"));
    const Status written = services::RecordPdf::write(d, path);
    ASSERT_TRUE(written) << written.errorString().toStdString();

    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(d.pupil.fullName)) << d.pupil.fullName.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    EXPECT_TRUE(text.contains(QStringLiteral("HỌC BẠ")));
    EXPECT_TRUE(text.contains(d.school.name.toUpper()) || text.contains(d.school.name));
    EXPECT_TRUE(text.contains(d.pupil.personalId));
    EXPECT_TRUE(text.contains(d.record.uuid));
    EXPECT_TRUE(text.contains(d.content->yearEndResult));
    EXPECT_TRUE(text.contains(QStringLiteral("Đã ký số")));
    for (const SubjectResult& s : d.content->subjects) {
        // Long subject names wrap inside their cell; their first word is on one line.
        EXPECT_TRUE(text.contains(s.name.section(QLatin1Char(' '), 0, 0))) << s.name.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Đã gửi")));
    // A valid sent record carries no warning mark.
    const QString raw = pdfText(path, true);
    EXPECT_FALSE(raw.contains(QStringLiteral("NHÁP")));
    EXPECT_FALSE(raw.contains(QStringLiteral("THU HỒI")));
    EXPECT_FALSE(raw.contains(QStringLiteral("KHÔNG HỢP LỆ")));
}

TEST_F(RecordPdfTest, IsA4PortraitWithEmbeddedFonts)
{
    const services::RecordDetails d = record(RecordStatus::Sent);
    const QString path = m_dir.filePath(QStringLiteral("record.pdf"));
    ASSERT_TRUE(services::RecordPdf::write(d, path));
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    if (!info.isEmpty()) {
        EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
        static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)"));
        const QRegularExpressionMatch m = size.match(info);
        ASSERT_TRUE(m.hasMatch());
        EXPECT_LT(m.captured(1).toDouble(), m.captured(2).toDouble()); // portrait
        EXPECT_TRUE(info.contains(d.pupil.fullName));                  // the title
    }
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    if (!fonts.isEmpty()) {
        // Columns emb, sub, uni, object, generation end every font line.
        static const QRegularExpression row(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        int seen = 0;
        for (const QString& line : fonts.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = row.match(line);
            if (!m.hasMatch())
                continue;
            ++seen;
            EXPECT_EQ(m.captured(1), QStringLiteral("yes")) << line.toStdString();
        }
        EXPECT_GT(seen, 0) << fonts.toStdString();
    }
}

TEST_F(RecordPdfTest, ADraftIsMarkedAsOne)
{
    const services::RecordDetails d = record(RecordStatus::Draft);
    const QString path = m_dir.filePath(QStringLiteral("draft.pdf"));
    ASSERT_TRUE(services::RecordPdf::write(d, path));
    const QString text = pdfText(path, true);
    EXPECT_TRUE(text.contains(QStringLiteral("NHÁP"))) << text.toStdString(); // the watermark
    EXPECT_TRUE(text.contains(QStringLiteral("Chưa gửi (bản nháp)")));        // the footer
    EXPECT_TRUE(text.contains(QStringLiteral("Chưa ký số")));
    EXPECT_FALSE(text.contains(QStringLiteral("Đã ký số")));
}

TEST_F(RecordPdfTest, AnUnwritablePathIsASentence)
{
    const services::RecordDetails d = record(RecordStatus::Sent);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/record.pdf"));
    const Status s = services::RecordPdf::write(d, path);
    EXPECT_FALSE(s);
    EXPECT_TRUE(s.errorString().contains(path)) << s.errorString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(RecordPdfTest, TheCommandLineWritesTheSamePdf)
{
    const services::RecordDetails d = record(RecordStatus::Sent);
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    // The demo's officer, with the demo's password.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QStringLiteral("Demo@2026"));
    const QStringList user{QStringLiteral("--db"),   s_store->sqlitePath(),    QStringLiteral("--user"),
                           QStringLiteral("canbo1"), QStringLiteral("--lang"), QStringLiteral("en")};
    const CliResult r = runCli(user + QStringList{QStringLiteral("record"), QStringLiteral("show"), d.record.uuid,
                                                  QStringLiteral("--pdf"), path},
                               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(path)) << r.out.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(d.pupil.fullName)) << text.toStdString();
    EXPECT_TRUE(text.contains(d.record.uuid));

    const CliResult bad =
        runCli(user + QStringList{QStringLiteral("record"), QStringLiteral("show"), d.record.uuid,
                                  QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("missing/x.pdf"))},
               env);
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_FALSE(bad.err.isEmpty());
}

} // namespace
} // namespace hocbaso::test
