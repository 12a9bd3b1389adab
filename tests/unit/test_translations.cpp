// Vietnamese is the default language of hocbaso, so an English string that slips into the
// Vietnamese interface is a defect. These tests re-extract the strings of app/ and ui/ with lupdate
// into a copy of translations/hocbaso_vi.ts (the file in the source tree is never touched) and fail
// on every message left unfinished, and they check the compiled :/i18n/hocbaso_vi.qm.
//
// The source folder comes from HOCBASO_SOURCE_DIR (CTest sets it); when the binary is run by hand it
// is found from this file's path or above the executable. lupdate is /usr/lib/qt6/bin/lupdate (or
// HOCBASO_LUPDATE); without it the lupdate tests are skipped, except under CI=true where they fail.

#include "core/Statuses.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <optional>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
    bool unfinished = false;
    bool hasTranslation = false;
    QList<QPair<QString, int>> locations; // absolute file path, line
};

bool isSourceRoot(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/translations/hocbaso_vi.ts")) &&
           QFileInfo(dir + QStringLiteral("/app")).isDir() && QFileInfo(dir + QStringLiteral("/ui")).isDir();
}

QString sourceDir()
{
    const QString env = qEnvironmentVariable("HOCBASO_SOURCE_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    // tests/unit/test_translations.cpp -> the project root.
    QDir fromFile = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    if (fromFile.cdUp() && fromFile.cdUp() && isSourceRoot(fromFile.absolutePath()))
        return fromFile.absolutePath();
    QDir d(QCoreApplication::applicationDirPath());
    do {
        if (isSourceRoot(d.absolutePath()))
            return d.absolutePath();
    } while (d.cdUp());
    return {};
}

QString lupdatePath()
{
    QStringList candidates;
    if (!qEnvironmentVariableIsEmpty("HOCBASO_LUPDATE"))
        candidates << qEnvironmentVariable("HOCBASO_LUPDATE");
    candidates << QStringLiteral("/usr/lib/qt6/bin/lupdate")
               << QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate")
               << QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/lupdate");
    for (const QString& c : std::as_const(candidates)) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
    }
    return {};
}

bool onCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// The *.cpp, *.h and *.ui files of app/ and ui/, without build folders (as tools/update-translations.sh).
QStringList translatableSources(const QString& root)
{
    QStringList files;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + top,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(root).relativeFilePath(path);
            bool skip = false;
            for (const QString& part : rel.split(QLatin1Char('/')).mid(0, rel.count(QLatin1Char('/')))) {
                if (part == QLatin1String("build") || part.startsWith(QLatin1String("build-")) ||
                    part.startsWith(QLatin1String("cmake-build-")) || part.startsWith(QLatin1Char('.')))
                    skip = true;
            }
            if (!skip)
                files << path;
        }
    }
    files.sort();
    return files;
}

std::optional<QList<TsMessage>> parseTs(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    QList<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = TsMessage{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("location")) {
                const auto a = xml.attributes();
                m.locations.append(
                    {QDir::cleanPath(tsDir.absoluteFilePath(a.value(QLatin1String("filename")).toString())),
                     a.value(QLatin1String("line")).toInt()});
            } else if (inMessage && name == QLatin1String("translation")) {
                m.hasTranslation = true;
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    m.unfinished = true;
                if (m.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            m.translations << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << m;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return out;
}

QString describe(const TsMessage& m)
{
    QString where;
    if (!m.locations.isEmpty())
        where = QStringLiteral(" (%1:%2)").arg(m.locations.first().first).arg(m.locations.first().second);
    QString src = m.source;
    src.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (src.size() > 120)
        src = src.left(117) + QStringLiteral("...");
    return QStringLiteral("[%1] \"%2\"%3").arg(m.context, src, where);
}

// %1..%99 (also %L1) and %n, as a set: a translation may use a placeholder once or several times.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(QLatin1Char('%') + it.next().captured(1));
    return out;
}

QString sortedList(const QSet<QString>& s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.join(QLatin1Char(' '));
}

// Counts mnemonic ampersands: "&x" but not "&&".
int accelerators(const QString& text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

// lupdate over the sources into a copy of hocbaso_vi.ts, once for all tests of this file.
class TranslationsVi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_state = new State;
        State& st = *s_state;
        st.root = sourceDir();
        if (st.root.isEmpty()) {
            st.problem = QStringLiteral("the source folder was not found; set HOCBASO_SOURCE_DIR");
            return;
        }
        st.lupdate = lupdatePath();
        if (st.lupdate.isEmpty()) {
            st.missingTool = true;
            st.problem = QStringLiteral("lupdate was not found (looked for /usr/lib/qt6/bin/lupdate)");
            return;
        }
        if (!st.dir.isValid()) {
            st.problem = QStringLiteral("cannot create a temporary folder");
            return;
        }
        // Copy first, so that lupdate merges the existing translations as the real update would.
        const QString original = st.root + QStringLiteral("/translations/hocbaso_vi.ts");
        st.tsCopy = st.dir.filePath(QStringLiteral("hocbaso_vi.ts"));
        if (!QFile::copy(original, st.tsCopy)) {
            st.problem = QStringLiteral("cannot copy %1").arg(original);
            return;
        }
        QFile::setPermissions(st.tsCopy, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList sources = translatableSources(st.root);
        QFile list(st.dir.filePath(QStringLiteral("sources.lst")));
        if (sources.isEmpty() || !list.open(QIODevice::WriteOnly | QIODevice::Text)) {
            st.problem = QStringLiteral("no sources to scan under %1").arg(st.root);
            return;
        }
        list.write(sources.join(QLatin1Char('\n')).toUtf8() + '\n');
        list.close();

        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        // Absolute locations in the copy only: they let the context test name the file.
        p.start(st.lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("absolute"),
                             QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"), QStringLiteral("en"),
                             QStringLiteral("-target-language"), QStringLiteral("vi"),
                             QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), st.tsCopy});
        if (!p.waitForStarted(30000)) {
            st.problem = QStringLiteral("lupdate did not start: %1").arg(p.errorString());
            return;
        }
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            st.problem = QStringLiteral("lupdate did not finish within 5 minutes");
            return;
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            st.problem = QStringLiteral("lupdate failed (exit %1): %2")
                             .arg(p.exitCode())
                             .arg(QString::fromLocal8Bit(p.readAllStandardError()).right(2000));
            return;
        }
        QString error;
        auto parsed = parseTs(st.tsCopy, &error);
        if (!parsed) {
            st.problem = error;
            return;
        }
        st.messages = *parsed;
        if (st.messages.isEmpty())
            st.problem = QStringLiteral("lupdate found no messages at all");
    }

    static void TearDownTestSuite()
    {
        delete s_state;
        s_state = nullptr;
    }

    void SetUp() override
    {
        ASSERT_NE(s_state, nullptr);
        if (s_state->missingTool) {
            if (onCi())
                FAIL() << s_state->problem.toStdString() << " (CI=true: the translation check is required)";
            GTEST_SKIP() << s_state->problem.toStdString();
        }
        ASSERT_TRUE(s_state->problem.isEmpty()) << s_state->problem.toStdString();
    }

    static const QList<TsMessage>& messages() { return s_state->messages; }
    static const QString& root() { return s_state->root; }

private:
    struct State
    {
        QString root;
        QString lupdate;
        QTemporaryDir dir;
        QString tsCopy;
        QList<TsMessage> messages;
        QString problem;
        bool missingTool = false;
    };
    static inline State* s_state = nullptr;
};

TEST_F(TranslationsVi, EveryMessageIsTranslated)
{
    QStringList bad;
    for (const TsMessage& m : messages()) {
        bool empty = !m.hasTranslation || m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (m.unfinished || empty)
            bad << describe(m) + (m.unfinished ? QString() : QStringLiteral(" (empty)"));
    }
    EXPECT_TRUE(bad.isEmpty()) << bad.size() << " of " << messages().size()
                               << " messages have no finished Vietnamese translation. Run "
                                  "tools/update-translations.sh, translate them in translations/hocbaso_vi.ts "
                                  "and remove type=\"unfinished\":\n  "
                               << bad.join(QStringLiteral("\n  ")).toStdString();
}

TEST_F(TranslationsVi, PlaceholdersMatchTheSource)
{
    QStringList bad;
    for (const TsMessage& m : messages()) {
        const QSet<QString> want = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue; // reported by EveryMessageIsTranslated
            const QSet<QString> got = placeholders(t);
            if (got != want)
                bad << QStringLiteral("%1: source has {%2}, translation has {%3}")
                           .arg(describe(m), sortedList(want), sortedList(got));
        }
    }
    EXPECT_TRUE(bad.isEmpty()) << bad.size() << " translations change the placeholders:\n  "
                               << bad.join(QStringLiteral("\n  ")).toStdString();
}

TEST_F(TranslationsVi, AcceleratorsAreKept)
{
    QStringList bad;
    for (const TsMessage& m : messages()) {
        if (accelerators(m.source) != 1)
            continue;
        for (const QString& t : m.translations) {
            if (!t.isEmpty() && accelerators(t) != 1)
                bad << QStringLiteral("%1 -> \"%2\"").arg(describe(m), t);
        }
    }
    EXPECT_TRUE(bad.isEmpty()) << "these translations lost their accelerator (&) or gained a second one:\n  "
                               << bad.join(QStringLiteral("\n  ")).toStdString();
}

// Many sources translate through a file-local helper
//     QString tr(const char* s) { return QCoreApplication::translate("hocbaso::X", s); }
// lupdate does not read the helper: it files each tr("...") under the class or namespace that
// surrounds the call. When that differs from "hocbaso::X", the Vietnamese text exists in the .ts
// but is never found at run time, and the user sees English.
TEST_F(TranslationsVi, TrHelpersMatchTheExtractedContext)
{
    static const QRegularExpression helper(QStringLiteral(
        R"re(QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)")re"));
    static const QRegularExpression literal(QStringLiteral(R"re(translate\(\s*"([^"]+)")re"));
    QHash<QString, std::optional<QSet<QString>>> contextsOfFile; // nullopt: the file has no helper
    QStringList bad;
    for (const TsMessage& m : messages()) {
        for (const auto& [file, line] : m.locations) {
            if (!contextsOfFile.contains(file)) {
                QFile f(file);
                std::optional<QSet<QString>> known;
                if (f.open(QIODevice::ReadOnly)) {
                    const QString text = QString::fromUtf8(f.readAll());
                    if (helper.match(text).hasMatch()) {
                        QSet<QString> s;
                        for (auto it = literal.globalMatch(text); it.hasNext();)
                            s.insert(it.next().captured(1));
                        known = s;
                    }
                }
                contextsOfFile.insert(file, known);
            }
            const auto& known = contextsOfFile.value(file);
            if (known && !known->contains(m.context))
                bad << QStringLiteral("%1:%2: lupdate files \"%3\" under \"%4\", but the file translates with {%5}")
                           .arg(QDir(root()).relativeFilePath(file))
                           .arg(line)
                           .arg(m.source.left(60).replace(QLatin1Char('\n'), QLatin1String("\\n")), m.context,
                                sortedList(*known));
        }
    }
    EXPECT_TRUE(bad.isEmpty())
        << bad.size()
        << " strings are translated under a context that lupdate does not use, so they stay English at run "
           "time. Call the helper only inside the class it names, or use QCoreApplication::translate with "
           "the literal context, or Q_DECLARE_TR_FUNCTIONS:\n  "
        << bad.join(QStringLiteral("\n  ")).toStdString();
}

// The compiled Vietnamese catalogue is embedded and says what the guide says.
TEST(TranslationsQm, VietnameseCatalogueIsEmbedded)
{
    QTranslator vi;
    ASSERT_TRUE(vi.load(QStringLiteral(":/i18n/hocbaso_vi.qm")));
    EXPECT_FALSE(vi.isEmpty());
    EXPECT_EQ(vi.language(), QStringLiteral("vi"));
    const QString title = vi.translate("hocbaso::ui::MainWindow", "Digital school records");
    EXPECT_TRUE(title.contains(QStringLiteral("Học bạ số"))) << title.toStdString();
    EXPECT_EQ(vi.translate("hocbaso::ui::MainWindow", "&6. Digital school records"), QStringLiteral("&6. Học bạ số"));
    EXPECT_TRUE(vi.translate("hocbaso::ui::LoginDialog", "Sign in").contains(QStringLiteral("Đăng nhập")));
    EXPECT_EQ(vi.translate("hocbaso::ui::Page", "6.1 Approve school certificates"),
              QStringLiteral("6.1. Duyệt chứng thư số đơn vị"));
    EXPECT_EQ(vi.translate("hocbaso::ui::Page", "6.2 Receive and revoke locks"),
              QStringLiteral("6.2. Cấu hình tiếp nhận, thu hồi học bạ số"));
    EXPECT_EQ(vi.translate("hocbaso::ui::Page", "6.3 Look up records"), QStringLiteral("6.3. Tra cứu học bạ số"));
    EXPECT_EQ(vi.translate("hocbaso::ui::Page", "6.4 Record statistics"), QStringLiteral("6.4. Thống kê học bạ số"));
    EXPECT_EQ(vi.translate("hocbaso::ui::Page", "6.5 Revocation requests"),
              QStringLiteral("6.5. Quản lý yêu cầu thu hồi"));
}

TEST(TranslationsQm, EnglishCatalogueIsEmbedded)
{
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/hocbaso_en.qm")));
    EXPECT_EQ(en.translate("hocbaso::ui::MainWindow", "Digital school records"),
              QStringLiteral("Digital school records"));
}

// What the officer sees in every list: the states of certificates and records, in Vietnamese.
TEST(TranslationsQm, StatusLabelsAreVietnamese)
{
    QTranslator vi;
    ASSERT_TRUE(vi.load(QStringLiteral(":/i18n/hocbaso_vi.qm")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&vi));
    const QString pending = hocbaso::label(hocbaso::CertificateStatus::Pending);
    const QString sent = hocbaso::label(hocbaso::RecordStatus::Sent);
    QCoreApplication::removeTranslator(&vi);
    EXPECT_EQ(pending.toStdString(), "Chờ duyệt");
    EXPECT_EQ(sent.toStdString(), "Đã gửi");
}

} // namespace
