#include "support/DemoNames.h"

#include "core/Random.h"
#include "core/VietnameseText.h"
#include "services/NameGenerator.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace hocbaso;

namespace {

const NameGenerator& generator()
{
    return test::demoNames();
}

QString lastWord(const QString& name)
{
    return name.section(QLatin1Char(' '), -1);
}

} // namespace

TEST(Names, LoadsTheEmbeddedLists)
{
    const auto loaded = NameGenerator::load();
    ASSERT_TRUE(loaded.ok()) << loaded.errorString().toStdString();
    EXPECT_GE(loaded->surnames().size(), 30);
    EXPECT_TRUE(loaded->surnames().contains(QStringLiteral("Nguyễn")));
    EXPECT_GE(loaded->givenNames(Gender::Male).size(), 80);
    EXPECT_GE(loaded->givenNames(Gender::Female).size(), 80);
    EXPECT_TRUE(loaded->middleNames(Gender::Male).contains(QStringLiteral("Văn")));
    EXPECT_TRUE(loaded->middleNames(Gender::Female).contains(QStringLiteral("Thị")));
    EXPECT_TRUE(loaded->middleNames(Gender::Female).contains(QStringLiteral("Thị Ánh")));
    EXPECT_GE(loaded->places().size(), 150);
    EXPECT_TRUE(loaded->places().contains(QStringLiteral("Lê Quý Đôn")));
    EXPECT_GE(loaded->units().size(), 40);
    EXPECT_GE(loaded->allComments().size(), 60);
}

TEST(Names, NguyenShareMatchesTheEstimates)
{
    Random rng(20250901);
    const QString nguyen = QStringLiteral("Nguyễn ");
    int count = 0;
    const int draws = 20000;
    for (int i = 0; i < draws; ++i) {
        if (generator().fullName(i % 2 ? Gender::Male : Gender::Female, rng).startsWith(nguyen))
            ++count;
    }
    const double share = double(count) / draws;
    EXPECT_GE(share, 0.34);
    EXPECT_LE(share, 0.42);
}

TEST(Names, GendersHaveDifferentNames)
{
    Random rng(7);
    QSet<QString> boys, girls;
    int boysWithThi = 0, girlsWithThi = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString boy = generator().fullName(Gender::Male, rng);
        const QString girl = generator().fullName(Gender::Female, rng);
        boys.insert(lastWord(boy));
        girls.insert(lastWord(girl));
        boysWithThi += text::splitName(boy).middle.split(QLatin1Char(' ')).contains(QStringLiteral("Thị"));
        girlsWithThi += text::splitName(girl).middle.split(QLatin1Char(' ')).contains(QStringLiteral("Thị"));
    }
    EXPECT_NE(boys, girls);
    EXPECT_TRUE(girls.contains(QStringLiteral("Nhi")));
    EXPECT_FALSE(boys.contains(QStringLiteral("Nhi")));
    EXPECT_TRUE(boys.contains(QStringLiteral("Khôi")));
    EXPECT_FALSE(girls.contains(QStringLiteral("Khôi")));
    // Both lists share a few unisex names (An, Anh...), but most of each is its own.
    EXPECT_LT((boys & girls).size(), boys.size() / 3);
    EXPECT_EQ(boysWithThi, 0);
    EXPECT_GT(girlsWithThi, 300);
}

TEST(Names, SameSeedSameNames)
{
    Random a(42), b(42), c(43);
    QStringList fromA, fromB, fromC;
    for (int i = 0; i < 200; ++i) {
        const Gender g = i % 3 ? Gender::Female : Gender::Male;
        fromA << generator().fullName(g, a) << generator().schoolPlace(a) << generator().unitPlace(a)
              << generator().teacherComment(a);
        fromB << generator().fullName(g, b) << generator().schoolPlace(b) << generator().unitPlace(b)
              << generator().teacherComment(b);
        fromC << generator().fullName(g, c) << generator().schoolPlace(c) << generator().unitPlace(c)
              << generator().teacherComment(c);
    }
    EXPECT_EQ(fromA, fromB);
    EXPECT_NE(fromA, fromC);
}

TEST(Names, FullNamesAreNfcVietnamese)
{
    Random rng(2017);
    QString allMarks;
    int withDiacritics = 0;
    for (int i = 0; i < 5000; ++i) {
        const QString name = generator().fullName(i % 2 ? Gender::Male : Gender::Female, rng);
        ASSERT_EQ(name, name.normalized(QString::NormalizationForm_C)) << name.toStdString();
        ASSERT_EQ(name, text::cleanName(name)) << name.toStdString();
        const QStringList words = name.split(QLatin1Char(' '));
        ASSERT_GE(words.size(), 3) << name.toStdString();
        ASSERT_LE(words.size(), 5) << name.toStdString();
        // No word twice ("Nguyễn Minh Minh").
        ASSERT_EQ(QSet<QString>(words.begin(), words.end()).size(), words.size()) << name.toStdString();
        for (const QChar c : name)
            ASSERT_TRUE(c.isLetter() || c == QLatin1Char(' ')) << name.toStdString();
        if (text::fold(name) != name.toLower())
            ++withDiacritics;
        allMarks += name.normalized(QString::NormalizationForm_D);
    }
    EXPECT_GT(withDiacritics, 4500);
    // The letters and tones that search folding must handle all occur in generated names. (Đ only
    // ever starts a syllable, so names carry it capitalised.)
    for (const char16_t c : {u'Đ', u'\u031B' /* horn: ơ ư */, u'\u0306' /* breve: ă */, u'\u0302' /* â ê ô */,
                             u'\u0300', u'\u0309', u'\u0303', u'\u0301', u'\u0323'})
        EXPECT_TRUE(allMarks.contains(QChar(c))) << "missing U+" << std::hex << int(c);
}

TEST(Names, ListedEntriesAreClean)
{
    const QStringList files = QDir(QStringLiteral(":/names")).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const char* expected : {"surnames.txt", "middle_male.txt", "middle_female.txt", "given_male.txt",
                                 "given_female.txt", "places.txt", "units.txt", "comments.txt"})
        EXPECT_TRUE(files.contains(QLatin1String(expected))) << expected;
    for (const QString& fileName : files) {
        QFile file(QStringLiteral(":/names/") + fileName);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << fileName.toStdString();
        const QByteArray bytes = file.readAll();
        const QString content = QString::fromUtf8(bytes);
        ASSERT_EQ(content.toUtf8(), bytes) << fileName.toStdString() << " is not valid UTF-8";
        EXPECT_FALSE(content.contains(QLatin1Char('\r'))) << fileName.toStdString();
        int lineNumber = 0;
        for (const QString& line : content.split(QLatin1Char('\n'))) {
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const std::string where = fileName.toStdString() + ":" + std::to_string(lineNumber);
            EXPECT_EQ(line, line.normalized(QString::NormalizationForm_C)) << where;
            for (const QString& field : line.split(QLatin1Char('\t'))) {
                EXPECT_FALSE(field.isEmpty()) << where;
                EXPECT_EQ(field, field.trimmed()) << where;
                EXPECT_FALSE(field.contains(QLatin1String("  "))) << where;
                EXPECT_FALSE(field.contains(QChar(0x00D0))) << where << " has Ð (eth) instead of Đ";
            }
        }
    }
    // The loaded lists hold the same entries; check them too, and that names are single letters
    // words without punctuation.
    const NameGenerator& g = generator();
    for (const QStringList* list : {&g.surnames(), &g.middleNames(Gender::Male), &g.middleNames(Gender::Female),
                                    &g.givenNames(Gender::Male), &g.givenNames(Gender::Female)}) {
        for (const QString& name : *list) {
            EXPECT_EQ(name, text::cleanName(name)) << name.toStdString();
            for (const QChar c : name)
                EXPECT_TRUE(c.isLetter() || c == QLatin1Char(' ')) << name.toStdString();
        }
    }
    for (const QStringList* list : {&g.places(), &g.units()}) {
        for (const QString& name : *list)
            EXPECT_EQ(name, text::cleanName(name)) << name.toStdString();
    }
}

TEST(Names, CommentsByLevel)
{
    Random rng(5);
    const QString good = generator().teacherComment(CommentLevel::Good, rng);
    const QString fair = generator().teacherComment(CommentLevel::Fair, rng);
    const QString weak = generator().teacherComment(CommentLevel::NeedsEffort, rng);
    for (const QString& c : {good, fair, weak, generator().principalRemark(rng)}) {
        EXPECT_FALSE(c.isEmpty());
        EXPECT_EQ(c, c.normalized(QString::NormalizationForm_C));
        EXPECT_TRUE(c.endsWith(QLatin1Char('.'))) << c.toStdString();
    }
    EXPECT_TRUE(good.startsWith(QStringLiteral("Em "))) << good.toStdString();
}
