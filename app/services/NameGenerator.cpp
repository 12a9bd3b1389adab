#include "NameGenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <utility>

namespace hocbaso {
namespace {

struct Line
{
    int number = 0;
    QStringList fields;
};

// A field must already be in the form we hand out: NFC, single spaces, nothing around it.
bool isClean(const QString& field)
{
    if (field.isEmpty() || field != field.trimmed() || field.contains(QLatin1String("  ")))
        return false;
    for (const QChar c : field) {
        if (c.category() == QChar::Other_Control || (c.isSpace() && c != QLatin1Char(' ')))
            return false;
    }
    return field == field.normalized(QString::NormalizationForm_C);
}

// Reads :/names/<file>: one entry a line, fields separated by a tab, '#' starts a comment line.
Result<QList<Line>> readList(const QString& fileName, qsizetype fieldCount)
{
    const QString path = QStringLiteral(":/names/") + fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(
            QCoreApplication::translate("hocbaso::NameGenerator", "The built-in name list %1 is missing: %2")
                .arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    QList<Line> lines;
    int number = 0;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++number;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
            continue;
        Line line{number, raw.split(QLatin1Char('\t'))};
        if (line.fields.size() != fieldCount)
            return Error::internal(
                QCoreApplication::translate("hocbaso::NameGenerator",
                                            "Line %1 of the built-in name list %2 has %3 fields instead of %4.")
                    .arg(number)
                    .arg(fileName)
                    .arg(line.fields.size())
                    .arg(fieldCount));
        for (const QString& field : std::as_const(line.fields)) {
            if (!isClean(field))
                return Error::internal(
                    QCoreApplication::translate(
                        "hocbaso::NameGenerator",
                        "Line %1 of the built-in name list %2 has an empty field, stray spaces or text not in NFC.")
                        .arg(number)
                        .arg(fileName));
        }
        lines.append(std::move(line));
    }
    if (lines.isEmpty())
        return Error::internal(
            QCoreApplication::translate("hocbaso::NameGenerator", "The built-in name list %1 is empty.").arg(fileName));
    return lines;
}

Status loadWeighted(const QString& fileName, WeightedChoice<QString>& choice, QStringList& list)
{
    auto lines = readList(fileName, 2);
    if (!lines)
        return lines.error();
    for (const Line& line : std::as_const(lines.value())) {
        bool ok = false;
        const double weight = line.fields.at(1).toDouble(&ok);
        if (!ok || !std::isfinite(weight) || weight <= 0)
            return Error::internal(
                QCoreApplication::translate("hocbaso::NameGenerator",
                                            "Line %1 of the built-in name list %2 has the weight \"%3\"; "
                                            "a weight is a number above 0.")
                    .arg(line.number)
                    .arg(fileName, line.fields.at(1)));
        choice.add(line.fields.at(0), weight);
        list.append(line.fields.at(0));
    }
    return {};
}

Status loadPlain(const QString& fileName, QStringList& list)
{
    auto lines = readList(fileName, 1);
    if (!lines)
        return lines.error();
    for (const Line& line : std::as_const(lines.value())) {
        if (!list.contains(line.fields.at(0)))
            list.append(line.fields.at(0));
    }
    return {};
}

bool sharesWord(const QString& a, const QString& b)
{
    const QStringList wordsA = a.split(QLatin1Char(' '));
    for (const QString& w : b.split(QLatin1Char(' '))) {
        if (wordsA.contains(w))
            return true;
    }
    return false;
}

} // namespace

Result<NameGenerator> NameGenerator::load()
{
    NameGenerator g;
    const std::pair<const char*, std::pair<WeightedChoice<QString>*, QStringList*>> weighted[] = {
        {"surnames.txt", {&g.m_surnames, &g.m_surnameList}},
        {"middle_male.txt", {&g.m_middleMale, &g.m_middleMaleList}},
        {"middle_female.txt", {&g.m_middleFemale, &g.m_middleFemaleList}},
        {"given_male.txt", {&g.m_givenMale, &g.m_givenMaleList}},
        {"given_female.txt", {&g.m_givenFemale, &g.m_givenFemaleList}},
    };
    for (const auto& [file, target] : weighted) {
        const Status s = loadWeighted(QLatin1String(file), *target.first, *target.second);
        if (!s)
            return s.error();
    }
    for (const auto& [file, target] : {std::pair{"places.txt", &g.m_places}, std::pair{"units.txt", &g.m_units}}) {
        const Status s = loadPlain(QLatin1String(file), *target);
        if (!s)
            return s.error();
    }

    auto comments = readList(QStringLiteral("comments.txt"), 2);
    if (!comments)
        return comments.error();
    for (const Line& line : std::as_const(comments.value())) {
        const QString& level = line.fields.at(0);
        QStringList* target = level == QLatin1String("T")   ? &g.m_commentsGood
                              : level == QLatin1String("H") ? &g.m_commentsFair
                              : level == QLatin1String("C") ? &g.m_commentsNeedsEffort
                              : level == QLatin1String("P") ? &g.m_principalRemarks
                                                            : nullptr;
        if (!target)
            return Error::internal(
                QCoreApplication::translate("hocbaso::NameGenerator",
                                            "Line %1 of the built-in name list comments.txt has the level \"%2\"; "
                                            "use T, H, C or P.")
                    .arg(line.number)
                    .arg(level));
        target->append(line.fields.at(1));
    }
    if (g.m_commentsGood.isEmpty() || g.m_commentsFair.isEmpty() || g.m_commentsNeedsEffort.isEmpty() ||
        g.m_principalRemarks.isEmpty())
        return Error::internal(QCoreApplication::translate(
            "hocbaso::NameGenerator",
            "The built-in name list comments.txt needs comments of every level (T, H, C, P)."));
    return g;
}

QString NameGenerator::fullName(Gender gender, Random& rng) const
{
    const bool male = gender == Gender::Male;
    const QString& surname = m_surnames.draw(rng);
    const auto& middles = male ? m_middleMale : m_middleFemale;
    const auto& givens = male ? m_givenMale : m_givenFemale;
    // Redraw instead of filtering the lists so the weights stay as written. A few tries are enough:
    // no list is dominated by a word that clashes with everything.
    QString middle = middles.draw(rng);
    for (int i = 0; i < 8 && sharesWord(surname, middle); ++i)
        middle = middles.draw(rng);
    QString given = givens.draw(rng);
    for (int i = 0; i < 8 && (sharesWord(middle, given) || sharesWord(surname, given)); ++i)
        given = givens.draw(rng);
    // Entries are checked NFC at load and joined by ASCII spaces, so the result is NFC too.
    return surname + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

QString NameGenerator::schoolPlace(Random& rng) const
{
    return rng.pick(m_places);
}

QString NameGenerator::unitPlace(Random& rng) const
{
    return rng.pick(m_units);
}

QString NameGenerator::uniquePlace(QSet<QString>& used, bool forUnit, Random& rng) const
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QString p = forUnit ? unitPlace(rng) : schoolPlace(rng);
        if (!used.contains(p)) {
            used.insert(p);
            return p;
        }
    }
    // More schools than names: number them, as real districts do ("Kim Liên 2").
    QString base = forUnit ? unitPlace(rng) : schoolPlace(rng);
    for (int n = 2;; ++n) {
        const QString p = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!used.contains(p)) {
            used.insert(p);
            return p;
        }
    }
}

QString NameGenerator::teacherComment(Random& rng) const
{
    // Most pupils finish the year well; a fair comment one time in three reads like a real class.
    return rng.chance(2.0 / 3.0) ? rng.pick(m_commentsGood) : rng.pick(m_commentsFair);
}

QString NameGenerator::teacherComment(CommentLevel level, Random& rng) const
{
    switch (level) {
    case CommentLevel::Good:
        return rng.pick(m_commentsGood);
    case CommentLevel::Fair:
        return rng.pick(m_commentsFair);
    case CommentLevel::NeedsEffort:
        return rng.pick(m_commentsNeedsEffort);
    }
    return rng.pick(m_commentsFair);
}

QString NameGenerator::principalRemark(Random& rng) const
{
    return rng.pick(m_principalRemarks);
}

const QStringList& NameGenerator::middleNames(Gender gender) const
{
    return gender == Gender::Male ? m_middleMaleList : m_middleFemaleList;
}

const QStringList& NameGenerator::givenNames(Gender gender) const
{
    return gender == Gender::Male ? m_givenMaleList : m_givenFemaleList;
}

QStringList NameGenerator::allComments() const
{
    return m_commentsGood + m_commentsFair + m_commentsNeedsEffort + m_principalRemarks;
}

} // namespace hocbaso
