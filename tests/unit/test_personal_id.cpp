#include "core/LookupCode.h"
#include "core/PersonalId.h"

#include <gtest/gtest.h>

using namespace hocbaso;

TEST(PersonalId, AcceptsMatchingDigits)
{
    // Hà Nội (001), a girl born in 2017 (3), year 17.
    EXPECT_TRUE(PersonalId::validate(QStringLiteral("001317123456"), QDate(2017, 4, 2), Gender::Female).ok());
    // TP HCM (079), a boy born 2019 (2).
    EXPECT_TRUE(PersonalId::validate(QStringLiteral("079219000001"), QDate(2019, 12, 31), Gender::Male).ok());
    // A man born in 1985 (0) in Cà Mau (096).
    EXPECT_TRUE(PersonalId::validate(QStringLiteral("096085999999"), QDate(1985, 1, 1), Gender::Male).ok());
    auto parts = PersonalId::parse(QStringLiteral(" 001317123456 "));
    ASSERT_TRUE(parts.ok());
    EXPECT_EQ(parts->provinceCode, QStringLiteral("001"));
    EXPECT_EQ(parts->yearOfBirth, 2017);
    EXPECT_EQ(parts->gender, Gender::Female);
}

TEST(PersonalId, RefusesBadStructure)
{
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("")).ok());
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("00131712345")).ok());   // 11 digits
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("0013171234567")).ok()); // 13 digits
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("00131712345a")).ok());  // a letter
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("003317123456")).ok());  // 003 is no province
    EXPECT_FALSE(PersonalId::parse(QStringLiteral("097317123456")).ok());  // beyond 096
    const auto e = PersonalId::parse(QStringLiteral("00131712345a"));
    EXPECT_FALSE(e.errorString().isEmpty());
}

TEST(PersonalId, RefusesCenturyOrGenderMismatch)
{
    // Digit 2 means a boy of the 2000s; the pupil is a girl.
    const auto girl = PersonalId::validate(QStringLiteral("001217123456"), QDate(2017, 4, 2), Gender::Female);
    EXPECT_FALSE(girl.ok());
    EXPECT_TRUE(girl.errorString().contains(QStringLiteral("3"))) << girl.errorString().toStdString();
    // Digit 1 means the 1900s; the pupil was born in 2017.
    EXPECT_FALSE(PersonalId::validate(QStringLiteral("001117123456"), QDate(2017, 4, 2), Gender::Female).ok());
    // The year digits say 2018.
    EXPECT_FALSE(PersonalId::validate(QStringLiteral("001318123456"), QDate(2017, 4, 2), Gender::Female).ok());
    EXPECT_EQ(PersonalId::centuryGenderDigit(2017, Gender::Female), 3);
    EXPECT_EQ(PersonalId::centuryGenderDigit(1999, Gender::Male), 0);
    EXPECT_EQ(PersonalId::centuryGenderDigit(2105, Gender::Female), 5);
}

TEST(PersonalId, SearchPrefix)
{
    EXPECT_TRUE(PersonalId::isSearchPrefix(QStringLiteral("001317")));
    EXPECT_TRUE(PersonalId::isSearchPrefix(QStringLiteral("001317123456")));
    EXPECT_FALSE(PersonalId::isSearchPrefix(QStringLiteral("00131")));
    EXPECT_FALSE(PersonalId::isSearchPrefix(QStringLiteral("0013171234567")));
    EXPECT_FALSE(PersonalId::isSearchPrefix(QStringLiteral("00131x")));
}

TEST(LookupCode, AcceptsAnyCaseAndBraces)
{
    const QString code = QStringLiteral("3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f");
    EXPECT_EQ(*LookupCode::normalize(code), code);
    EXPECT_EQ(*LookupCode::normalize(code.toUpper()), code);
    EXPECT_EQ(*LookupCode::normalize(QStringLiteral("  {") + code.toUpper() + QStringLiteral("}  ")), code);
    EXPECT_FALSE(LookupCode::normalize(QStringLiteral("3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6")).ok());
    EXPECT_FALSE(LookupCode::normalize(QStringLiteral("3f2b8c1e5d4a4e7b9c2d1a2b3c4d5e6fzz")).ok());
    EXPECT_FALSE(LookupCode::normalize(QStringLiteral("not a code")).ok());
    EXPECT_FALSE(LookupCode::normalize(QStringLiteral("{3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f")).ok());
}

TEST(SchoolYear, ParsesAndContains)
{
    auto y = SchoolYear::parse(QStringLiteral("2025-2026"));
    ASSERT_TRUE(y.ok());
    EXPECT_EQ(y->startYear, 2025);
    EXPECT_EQ(y->label(), QStringLiteral("2025-2026"));
    EXPECT_TRUE(y->contains(QDate(2026, 5, 31)));
    EXPECT_FALSE(y->contains(QDate(2026, 8, 1)));
    EXPECT_FALSE(SchoolYear::parse(QStringLiteral("2025-2027")).ok());
    EXPECT_FALSE(SchoolYear::parse(QStringLiteral("2025")).ok());
    EXPECT_EQ(SchoolYear::containing(QDate(2026, 11, 28)).startYear, 2026);
    EXPECT_EQ(SchoolYear::containing(QDate(2026, 3, 1)).startYear, 2025);
}
