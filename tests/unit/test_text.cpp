#include "core/VietnameseText.h"

#include <QCollator>
#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>

using namespace hocbaso;

namespace {
QString nfd(const QString& s)
{
    return s.normalized(QString::NormalizationForm_D);
}
} // namespace

TEST(Folding, DropsMarksAndLowersCase)
{
    EXPECT_EQ(text::fold(u"Nguyễn Văn An"), QStringLiteral("nguyen van an"));
    EXPECT_EQ(text::fold(u"NGUYỄN VĂN AN"), QStringLiteral("nguyen van an"));
    EXPECT_EQ(text::fold(u"Trường Tiểu học Kim Liên"), QStringLiteral("truong tieu hoc kim lien"));
}

TEST(Folding, NfdInputFoldsLikeNfc)
{
    const QString nfc = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    const QString decomposed = nfd(nfc);
    ASSERT_NE(nfc, decomposed); // the test means something only if the forms differ
    EXPECT_EQ(text::fold(decomposed), text::fold(nfc));
    EXPECT_EQ(text::fold(decomposed), QStringLiteral("nguyen thi anh tuyet"));
}

TEST(Folding, AllFormsOfDStrokeBecomeD)
{
    EXPECT_EQ(text::fold(u"Đặng Đức Đạt"), QStringLiteral("dang duc dat"));
    EXPECT_EQ(text::fold(u"đặng đức đạt"), QStringLiteral("dang duc dat"));
    // U+00D0 (Icelandic eth) typed instead of U+0110.
    EXPECT_EQ(text::fold(QString::fromUtf8("\xC3\x90\xe1\xba\xb7ng")), QStringLiteral("dang"));
    EXPECT_EQ(text::fold(nfd(QStringLiteral("Đỗ"))), QStringLiteral("do"));
}

TEST(Folding, OldAndNewTonePlacementFoldTogether)
{
    // "hoà" (old style, mark on a) and "hòa" (new style, mark on o).
    const QString oldStyle = QString::fromUtf8("ho\xc3\xa0"); // hoà
    const QString newStyle = QString::fromUtf8("h\xc3\xb2"
                                               "a"); // hòa
    ASSERT_NE(oldStyle, newStyle);
    EXPECT_EQ(text::fold(oldStyle), text::fold(newStyle));
    EXPECT_EQ(text::fold(oldStyle), QStringLiteral("hoa"));
    const QString thuyOld = QString::fromUtf8("thu\xe1\xbb\xb7"); // thuỷ
    const QString thuyNew = QString::fromUtf8("th\xe1\xbb\xa7y"); // thủy
    ASSERT_NE(thuyOld, thuyNew);
    EXPECT_EQ(text::fold(thuyOld), text::fold(thuyNew));
    EXPECT_EQ(text::fold(thuyNew), QStringLiteral("thuy"));
}

TEST(Folding, CollapsesSpaces)
{
    EXPECT_EQ(text::fold(u"  Lê   Thị\tHoa \n"), QStringLiteral("le thi hoa"));
    EXPECT_EQ(text::fold(u""), QString());
    EXPECT_EQ(text::queryWords(QStringLiteral("  an   NGUYỄN ")), QStringList({"an", "nguyen"}));
}

TEST(Names, CleanAndSplit)
{
    EXPECT_EQ(text::cleanName(QString::fromUtf8("  \xC3\x90\xe1\xbb\x97   V\xC4\x83n  ")), QStringLiteral("Đỗ Văn"));
    const auto p = text::splitName(QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    EXPECT_EQ(p.family, QStringLiteral("Nguyễn"));
    EXPECT_EQ(p.middle, QStringLiteral("Thị Ánh"));
    EXPECT_EQ(p.given, QStringLiteral("Tuyết"));
    const auto two = text::splitName(QStringLiteral("Lý Na"));
    EXPECT_EQ(two.family, QStringLiteral("Lý"));
    EXPECT_TRUE(two.middle.isEmpty());
    EXPECT_EQ(two.given, QStringLiteral("Na"));
}

TEST(Collation, VietnameseAlphabetOrder)
{
    const QStringList ordered = {QStringLiteral("An"),   QStringLiteral("Ăn"),   QStringLiteral("Ân"),
                                 QStringLiteral("Dung"), QStringLiteral("Đức"),  QStringLiteral("Em"),
                                 QStringLiteral("Ên"),   QStringLiteral("Oanh"), QStringLiteral("Ôn"),
                                 QStringLiteral("Ơn"),   QStringLiteral("Uyên"), QStringLiteral("Ưng")};
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
        EXPECT_LT(text::compareText(ordered.at(i), ordered.at(i + 1)), 0) << ordered.at(i).toStdString();
        EXPECT_LT(text::textSortKey(ordered.at(i)), text::textSortKey(ordered.at(i + 1)))
            << ordered.at(i).toStdString();
    }
    // Đ after every D word, whatever follows.
    EXPECT_LT(text::textSortKey(QStringLiteral("Dzung")), text::textSortKey(QStringLiteral("Đa")));
}

TEST(Collation, TonesAreSecondary)
{
    // ngang < huyền < hỏi < ngã < sắc < nặng, and a tone never outweighs a letter.
    const QStringList tones = {QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"),
                               QStringLiteral("mã"), QStringLiteral("má"), QStringLiteral("mạ")};
    for (qsizetype i = 0; i + 1 < tones.size(); ++i)
        EXPECT_LT(text::textSortKey(tones.at(i)), text::textSortKey(tones.at(i + 1)));
    EXPECT_LT(text::textSortKey(QStringLiteral("mạ")), text::textSortKey(QStringLiteral("mai")));
    EXPECT_LT(text::textSortKey(QStringLiteral("Án")), text::textSortKey(QStringLiteral("Anh")));
}

TEST(Collation, KeyAgreesWithIcuOnSingleWords)
{
    const QStringList words = {
        QStringLiteral("An"),    QStringLiteral("Anh"),   QStringLiteral("Ánh"),   QStringLiteral("Bảo"),
        QStringLiteral("Bình"),  QStringLiteral("Chi"),   QStringLiteral("Dũng"),  QStringLiteral("Duy"),
        QStringLiteral("Đạt"),   QStringLiteral("Đức"),   QStringLiteral("Giang"), QStringLiteral("Hà"),
        QStringLiteral("Hân"),   QStringLiteral("Hoa"),   QStringLiteral("Hòa"),   QStringLiteral("Hùng"),
        QStringLiteral("Hương"), QStringLiteral("Khang"), QStringLiteral("Khôi"),  QStringLiteral("Lâm"),
        QStringLiteral("Linh"),  QStringLiteral("Long"),  QStringLiteral("My"),    QStringLiteral("Mỹ"),
        QStringLiteral("Nam"),   QStringLiteral("Ngân"),  QStringLiteral("Ngọc"),  QStringLiteral("Nhi"),
        QStringLiteral("Ơn"),    QStringLiteral("Phúc"),  QStringLiteral("Quân"),  QStringLiteral("Sơn"),
        QStringLiteral("Thảo"),  QStringLiteral("Thư"),   QStringLiteral("Trâm"),  QStringLiteral("Tuyết"),
        QStringLiteral("Uyên"),  QStringLiteral("Ưng"),   QStringLiteral("Vy"),    QStringLiteral("Yến")};
    QCollator icu{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    icu.setCaseSensitivity(Qt::CaseInsensitive);
    for (const QString& a : words) {
        for (const QString& b : words) {
            const int byIcu = icu.compare(a, b);
            const int byKey = text::textSortKey(a).compare(text::textSortKey(b));
            EXPECT_EQ(byIcu < 0, byKey < 0) << a.toStdString() << " vs " << b.toStdString();
            EXPECT_EQ(byIcu == 0, byKey == 0) << a.toStdString() << " vs " << b.toStdString();
        }
    }
}

TEST(Collation, ClassListOrderIsGivenThenMiddleThenFamily)
{
    QStringList names = {QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị An"),
                         QStringLiteral("Lê Văn An"),     QStringLiteral("Nguyễn Văn An"),
                         QStringLiteral("Phạm Đức Anh"),  QStringLiteral("Đỗ Thị Ánh")};
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return text::nameSortKey(a) < text::nameSortKey(b); });
    const QStringList expected = {QStringLiteral("Nguyễn Thị An"), QStringLiteral("Lê Văn An"),
                                  QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Đức Anh"),
                                  QStringLiteral("Đỗ Thị Ánh"),    QStringLiteral("Trần Văn Bình")};
    EXPECT_EQ(names, expected);
    EXPECT_LT(text::compareNames(QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Văn An")), 0);
    // NFD input sorts as its NFC form.
    EXPECT_EQ(text::nameSortKey(nfd(QStringLiteral("Đỗ Thị Ánh"))), text::nameSortKey(QStringLiteral("Đỗ Thị Ánh")));
}

TEST(NameSearch, EveryWordPrefixesADifferentWord)
{
    const QString name = text::fold(u"Nguyễn Văn An");
    EXPECT_TRUE(text::wordsMatch(name, text::queryWords(QStringLiteral("an nguyen"))));
    EXPECT_TRUE(text::wordsMatch(name, text::queryWords(QStringLiteral("nguyen v an"))));
    EXPECT_TRUE(text::wordsMatch(name, text::queryWords(QStringLiteral("NGUYỄN"))));
    EXPECT_FALSE(text::wordsMatch(name, text::queryWords(QStringLiteral("an an"))));
    EXPECT_FALSE(text::wordsMatch(name, text::queryWords(QStringLiteral("nguyen anh"))));
    EXPECT_FALSE(text::wordsMatch(name, text::queryWords(QStringLiteral("guyen"))));
    // "an" and "anh" overlap: "an" must find a word other than the one "anh" takes.
    const QString anh = text::fold(u"Lê Anh An");
    EXPECT_TRUE(text::wordsMatch(anh, text::queryWords(QStringLiteral("an anh"))));
    EXPECT_FALSE(text::wordsMatch(text::fold(u"Lê Văn Anh"), text::queryWords(QStringLiteral("an anh"))));
    EXPECT_TRUE(text::queryWordsOverlap(text::queryWords(QStringLiteral("an anh"))));
    EXPECT_TRUE(text::queryWordsOverlap(text::queryWords(QStringLiteral("an an"))));
    EXPECT_FALSE(text::queryWordsOverlap(text::queryWords(QStringLiteral("nguyen van an"))));
}
