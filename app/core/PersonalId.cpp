#include "PersonalId.h"

#include <QCoreApplication>

namespace hocbaso {
namespace {

bool allDigits(const QString& s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

const QStringList& PersonalId::provinceCodes()
{
    // The codes of the 63 provinces as used in citizen identity numbers (before the 2025 mergers;
    // birth registrations keep the code of the province at the time).
    static const QStringList codes = {
        QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("004"), QStringLiteral("006"),
        QStringLiteral("008"), QStringLiteral("010"), QStringLiteral("011"), QStringLiteral("012"),
        QStringLiteral("014"), QStringLiteral("015"), QStringLiteral("017"), QStringLiteral("019"),
        QStringLiteral("020"), QStringLiteral("022"), QStringLiteral("024"), QStringLiteral("025"),
        QStringLiteral("026"), QStringLiteral("027"), QStringLiteral("030"), QStringLiteral("031"),
        QStringLiteral("033"), QStringLiteral("034"), QStringLiteral("035"), QStringLiteral("036"),
        QStringLiteral("037"), QStringLiteral("038"), QStringLiteral("040"), QStringLiteral("042"),
        QStringLiteral("044"), QStringLiteral("045"), QStringLiteral("046"), QStringLiteral("048"),
        QStringLiteral("049"), QStringLiteral("051"), QStringLiteral("052"), QStringLiteral("054"),
        QStringLiteral("056"), QStringLiteral("058"), QStringLiteral("060"), QStringLiteral("062"),
        QStringLiteral("064"), QStringLiteral("066"), QStringLiteral("067"), QStringLiteral("068"),
        QStringLiteral("070"), QStringLiteral("072"), QStringLiteral("074"), QStringLiteral("075"),
        QStringLiteral("077"), QStringLiteral("079"), QStringLiteral("080"), QStringLiteral("082"),
        QStringLiteral("083"), QStringLiteral("084"), QStringLiteral("086"), QStringLiteral("087"),
        QStringLiteral("089"), QStringLiteral("091"), QStringLiteral("092"), QStringLiteral("093"),
        QStringLiteral("094"), QStringLiteral("095"), QStringLiteral("096")};
    return codes;
}

bool PersonalId::isKnownProvince(const QString& code)
{
    return provinceCodes().contains(code);
}

int PersonalId::centuryGenderDigit(int year, Gender gender)
{
    return (year / 100 - 19) * 2 + (gender == Gender::Female ? 1 : 0);
}

bool PersonalId::isSearchPrefix(const QString& text)
{
    return text.size() >= 6 && text.size() <= 12 && allDigits(text);
}

Result<PersonalId::Parts> PersonalId::parse(const QString& raw)
{
    const QString id = raw.trimmed();
    if (id.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::PersonalId", "The personal identification number is empty."));
    if (!allDigits(id))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::PersonalId",
                                        "The personal identification number \"%1\" must contain digits only.")
                .arg(id));
    if (id.size() != 12)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::PersonalId",
                                        "The personal identification number must have 12 digits; \"%1\" has %2.")
                .arg(id)
                .arg(id.size()));
    Parts p;
    p.provinceCode = id.left(3);
    if (!isKnownProvince(p.provinceCode))
        return Error::invalid(
            QCoreApplication::translate(
                "hocbaso::PersonalId",
                "The personal identification number \"%1\" starts with %2, which is not a province code.")
                .arg(id, p.provinceCode));
    p.centuryGenderDigit = id.at(3).digitValue();
    const int century = 1900 + (p.centuryGenderDigit / 2) * 100;
    p.gender = (p.centuryGenderDigit % 2) ? Gender::Female : Gender::Male;
    p.yearOfBirth = century + id.mid(4, 2).toInt();
    return p;
}

Status PersonalId::validate(const QString& id, QDate birthDate, Gender gender)
{
    auto parts = parse(id);
    if (!parts)
        return parts.error();
    const int expectedDigit = centuryGenderDigit(birthDate.year(), gender);
    if (parts->centuryGenderDigit != expectedDigit) {
        return Error::invalid(
            QCoreApplication::translate(
                "hocbaso::PersonalId",
                "The 4th digit of personal identification number %1 is %2, but a %3 born in %4 must have %5.")
                .arg(id.trimmed())
                .arg(parts->centuryGenderDigit)
                .arg(gender == Gender::Female ? QCoreApplication::translate("hocbaso::PersonalId", "girl")
                                              : QCoreApplication::translate("hocbaso::PersonalId", "boy"))
                .arg(birthDate.year())
                .arg(expectedDigit));
    }
    if (parts->yearOfBirth != birthDate.year()) {
        return Error::invalid(
            QCoreApplication::translate("hocbaso::PersonalId",
                                        "Digits 5-6 of personal identification number %1 give birth year %2, "
                                        "but the pupil was born in %3.")
                .arg(id.trimmed())
                .arg(parts->yearOfBirth)
                .arg(birthDate.year()));
    }
    return {};
}

} // namespace hocbaso
