#include "VietnameseText.h"

#include <QCollator>
#include <QLocale>

#include <functional>

namespace hocbaso::text {
namespace {

constexpr char16_t kSmallDStroke = 0x0111;   // đ
constexpr char16_t kCapitalDStroke = 0x0110; // Đ
constexpr char16_t kCapitalEth = 0x00D0;     // Ð, typed for Đ on some keyboards
constexpr char16_t kSmallEth = 0x00F0;       // ð

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// Vietnamese alphabet order. Each base letter plus its vowel modifier (breve, circumflex, horn)
// gets a primary weight; tone marks give the secondary weight.
int letterWeight(char16_t base, bool breve, bool circumflex, bool horn)
{
    switch (base) {
    case 'a':
        return breve ? 2 : (circumflex ? 3 : 1);
    case 'b':
        return 4;
    case 'c':
        return 5;
    case 'd':
        return 6;
    case kSmallDStroke:
        return 7;
    case 'e':
        return circumflex ? 9 : 8;
    case 'f':
        return 10;
    case 'g':
        return 11;
    case 'h':
        return 12;
    case 'i':
        return 13;
    case 'j':
        return 14;
    case 'k':
        return 15;
    case 'l':
        return 16;
    case 'm':
        return 17;
    case 'n':
        return 18;
    case 'o':
        return circumflex ? 20 : (horn ? 21 : 19);
    case 'p':
        return 22;
    case 'q':
        return 23;
    case 'r':
        return 24;
    case 's':
        return 25;
    case 't':
        return 26;
    case 'u':
        return horn ? 28 : 27;
    case 'v':
        return 29;
    case 'w':
        return 30;
    case 'x':
        return 31;
    case 'y':
        return 32;
    case 'z':
        return 33;
    default:
        return -1;
    }
}

// ngang < huyền < hỏi < ngã < sắc < nặng
int toneWeight(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // grave: huyền
    case 0x0309:
        return 2; // hook above: hỏi
    case 0x0303:
        return 3; // tilde: ngã
    case 0x0301:
        return 4; // acute: sắc
    case 0x0323:
        return 5; // dot below: nặng
    default:
        return 0;
    }
}

// Appends the primary key of one word to `primary` and its tones to `secondary`.
void appendWordKey(const QString& word, QString& primary, QString& secondary)
{
    const QString d = word.normalized(QString::NormalizationForm_D).toLower();
    for (qsizetype i = 0; i < d.size(); ++i) {
        char16_t base = d.at(i).unicode();
        if (base == kSmallEth)
            base = kSmallDStroke;
        bool breve = false, circumflex = false, horn = false;
        int tone = 0;
        qsizetype j = i + 1;
        for (; j < d.size() && isMark(d.at(j)); ++j) {
            const char16_t m = d.at(j).unicode();
            if (m == 0x0306)
                breve = true;
            else if (m == 0x0302)
                circumflex = true;
            else if (m == 0x031B)
                horn = true;
            else if (const int t = toneWeight(m))
                tone = t;
        }
        i = j - 1;
        const int w = letterWeight(base, breve, circumflex, horn);
        if (w >= 0) {
            primary.append(QChar(char16_t(0x40 + w)));
        } else if (base >= '0' && base <= '9') {
            primary.append(QChar(char16_t(0x30 + (base - '0')))); // digits before letters
        } else {
            // Anything else after the letters, in code point order.
            primary.append(QChar(char16_t(base < 0xFE00 ? 0x100 + base : 0xFFFD)));
        }
        secondary.append(QChar(char16_t(0x30 + tone)));
    }
}

QString keyOfWords(const QStringList& groups)
{
    // Groups are separated by U+0002 and words within a group by U+0003, both below every
    // letter weight, so "An" sorts before "Anh". Tones follow all primaries after U+0001.
    QString primary, secondary;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (g > 0) {
            primary.append(QChar(char16_t(0x02)));
            secondary.append(QChar(char16_t(0x02)));
        }
        const QStringList words = groups.at(g).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w > 0) {
                primary.append(QChar(char16_t(0x03)));
                secondary.append(QChar(char16_t(0x03)));
            }
            appendWordKey(words.at(w), primary, secondary);
        }
    }
    return primary + QChar(char16_t(0x01)) + secondary;
}

QCollator makeCollator()
{
    QCollator c{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

} // namespace

QString fold(QStringView text)
{
    const QString d = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    bool pendingSpace = false;
    for (const QChar c : d) {
        if (isMark(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        const char16_t u = c.unicode();
        if (u == kSmallDStroke || u == kCapitalDStroke || u == kCapitalEth || u == kSmallEth)
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

QString cleanName(QStringView text)
{
    QString s = text.toString();
    s.replace(QChar(kCapitalEth), QChar(kCapitalDStroke));
    s.replace(QChar(kSmallEth), QChar(kSmallDStroke));
    return s.normalized(QString::NormalizationForm_C).simplified();
}

NameParts splitName(const QString& fullName)
{
    const QStringList words = cleanName(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts p;
    if (words.isEmpty())
        return p;
    if (words.size() == 1) {
        p.given = words.first();
        return p;
    }
    p.family = words.first();
    p.given = words.last();
    p.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    return p;
}

QString nameSortKey(const QString& fullName)
{
    const NameParts p = splitName(fullName);
    return keyOfWords({p.given, p.middle, p.family});
}

QString textSortKey(const QString& text)
{
    return keyOfWords({cleanName(text)});
}

int compareNames(const QString& a, const QString& b)
{
    // The same order as the stored key, so that in-memory and SQL sorting never disagree.
    return nameSortKey(a).compare(nameSortKey(b));
}

int compareText(const QString& a, const QString& b)
{
    static thread_local QCollator collator = makeCollator();
    return collator.compare(a, b);
}

QStringList queryWords(const QString& query)
{
    return fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool wordsMatch(const QString& foldedName, const QStringList& query)
{
    const QStringList words = foldedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (query.size() > words.size())
        return false;
    // Bipartite matching (query word -> name word it prefixes) by augmenting paths; names have a
    // handful of words, so this is instant.
    QList<int> owner(words.size(), -1);
    std::function<bool(int, QList<bool>&)> assign = [&](int qi, QList<bool>& seen) {
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (seen[w] || !words.at(w).startsWith(query.at(qi)))
                continue;
            seen[w] = true;
            if (owner[w] < 0 || assign(owner[w], seen)) {
                owner[w] = qi;
                return true;
            }
        }
        return false;
    };
    for (qsizetype qi = 0; qi < query.size(); ++qi) {
        QList<bool> seen(words.size(), false);
        if (!assign(int(qi), seen))
            return false;
    }
    return true;
}

bool queryWordsOverlap(const QStringList& query)
{
    for (qsizetype i = 0; i < query.size(); ++i) {
        for (qsizetype j = 0; j < query.size(); ++j) {
            if (i != j && query.at(j).startsWith(query.at(i)))
                return true;
        }
    }
    return false;
}

} // namespace hocbaso::text
