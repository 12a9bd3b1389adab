#include "SignInRefusal.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    return Error::refused(wrongCredentialsText());
}

Error SignInRefusal::serverRefused(const QString& server, const QString& username)
{
    return Error::refused(serverRefusedTemplate().arg(server, username));
}

bool SignInRefusal::isWrongCredentials(const Error& error)
{
    if (error.kind != ErrorKind::Refused)
        return false;
    if (error.message == wrongCredentialsText())
        return true;
    // The server's sentence names the server and the user: its placeholders match anything.
    QString pattern = QRegularExpression::escape(serverRefusedTemplate());
    pattern.replace(QLatin1String("\\%1"), QLatin1String(".*")).replace(QLatin1String("\\%2"), QLatin1String(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(error.message).hasMatch();
}

} // namespace hocbaso::services
