#include "SignInRefusal.h"

#include <QCoreApplication>

namespace hocbaso::services {
namespace {

// The contexts are those the sentences had before they moved here, so their translations stay.
QString wrongCredentialsText()
{
    return QCoreApplication::translate("hocbaso::services::AuthService", "Wrong username or password.");
}

QString serverRefusedTemplate()
{
    return QCoreApplication::translate("hocbaso::services::SignIn",
                                       "The server %1 refused the username or password of %2.");
}

} // namespace

Error SignInRefusal::wrongCredentials()
{
    Error e = Error::refused(wrongCredentialsText());
    e.reason = ErrorReason::WrongCredentials;
    return e;
}

Error SignInRefusal::serverRefused(const QString& server, const QString& username)
{
    Error e = Error::refused(serverRefusedTemplate().arg(server, username));
    e.reason = ErrorReason::WrongCredentials;
    return e;
}

bool SignInRefusal::isWrongCredentials(const Error& error)
{
    return error.kind == ErrorKind::Refused && error.reason == ErrorReason::WrongCredentials;
}

} // namespace hocbaso::services
