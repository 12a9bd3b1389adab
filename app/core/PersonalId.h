#pragma once

#include "Result.h"
#include "Statuses.h"

#include <QDate>
#include <QString>

namespace hocbaso {

// Số định danh cá nhân (DOMAIN.md): 3 digits province of birth registration, 1 digit century and
// gender, 2 digits year of birth, 6 random digits. No checksum.
class PersonalId
{
public:
    struct Parts
    {
        QString provinceCode;
        int centuryGenderDigit = 0;
        int yearOfBirth = 0; // full year, e.g. 2017
        Gender gender = Gender::Male;
    };

    // Structure only: 12 digits, a known province code.
    static Result<Parts> parse(const QString& id);
    // Structure plus agreement with the pupil's birth year and gender.
    static Status validate(const QString& id, QDate birthDate, Gender gender);
    // The century-and-gender digit for a birth year and gender (2017 girl -> 3).
    static int centuryGenderDigit(int year, Gender gender);
    // Is `code` one of the 63 provincial codes used for birth registration?
    static bool isKnownProvince(const QString& code);
    static const QStringList& provinceCodes();
    // A prefix typed in a search box: 6 to 12 digits.
    static bool isSearchPrefix(const QString& text);
};

} // namespace hocbaso
