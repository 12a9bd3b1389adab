// A wrong username or password is told apart from a sign-in's other refusals, in either language.

#include "core/Translations.h"
#include "services/SignInRefusal.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using services::SignInRefusal;

TEST(SignInRefusal, OnlyAWrongUsernameOrPasswordIsOne)
{
    EXPECT_TRUE(SignInRefusal::isWrongCredentials(SignInRefusal::wrongCredentials()));
    EXPECT_TRUE(SignInRefusal::isWrongCredentials(
        SignInRefusal::serverRefused(QStringLiteral("db.example.vn:5432/hocbaso"), QStringLiteral("canbo1"))));
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(
        Error::refused(QStringLiteral("The account canbo1 is locked after 5 failed sign-in attempts until 10:00."))));
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(Error::invalid(QStringLiteral("Wrong username or password."))));
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(
        Error::refused(QStringLiteral("The server did not accept the sign-in of canbo1: timeout"))));
    // The mark makes the refusal, not its words: the same sentence without it is another refusal.
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(Error::refused(SignInRefusal::wrongCredentials().message)));
    // A sentence that only begins like the server's refusal is not one.
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(
        Error::refused(QStringLiteral("Wrong username or password. The account is locked."))));
}

TEST(SignInRefusal, IsToldApartInVietnamese)
{
    ASSERT_EQ(installTranslations(QStringLiteral("vi")), QStringLiteral("vi"));
    const Error server =
        SignInRefusal::serverRefused(QStringLiteral("db.example.vn:5432/hocbaso"), QStringLiteral("canbo1"));
    EXPECT_TRUE(server.message.startsWith(QStringLiteral("Máy chủ db.example.vn"))) << server.message.toStdString();
    EXPECT_TRUE(SignInRefusal::isWrongCredentials(server));
    EXPECT_TRUE(SignInRefusal::isWrongCredentials(SignInRefusal::wrongCredentials()));
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(
        Error::refused(QStringLiteral("Máy chủ không chấp nhận đăng nhập của canbo1: timeout"))));
    // The Vietnamese sentence alone is not the mark either.
    EXPECT_FALSE(SignInRefusal::isWrongCredentials(Error::refused(server.message)));
    installTranslations(QStringLiteral("en"));
}

TEST(SignInRefusal, TheMarkTravelsWithTheError)
{
    // Layers pass errors on by value (Result<T> from Result<U>); the reason must come along.
    const Result<int> inner = SignInRefusal::wrongCredentials();
    const Result<QString> outer = inner.error();
    EXPECT_TRUE(SignInRefusal::isWrongCredentials(outer.error()));
}
