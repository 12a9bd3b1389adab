#include "CliContext.h"

#include "services/StoreSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hocbaso::cli {
namespace {

// Reads a line from the terminal without echo.
QString promptHidden(const QString& prompt, QTextStream& err)
{
    err << prompt << Qt::flush;
    termios old{};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << "\n" << Qt::flush;
    }
    return line;
}

} // namespace

CliContext::CliContext(Arguments args, QTextStream& out, QTextStream& err)
    : m_args(std::move(args)), m_out(out), m_err(err), m_clock(std::make_unique<SystemClock>())
{}

CliContext::~CliContext() = default;

Status CliContext::setupClock()
{
    if (!m_args.has(QStringLiteral("today")))
        return {};
    auto d = dateOption(QStringLiteral("today"));
    if (!d)
        return d.error();
    m_ruleDate = *d;
    m_clock = std::make_unique<ShiftedDayClock>(*d);
    return {};
}

workspace::StoreLocation CliContext::serverLocation(const QString& conninfo) const
{
    QString full = conninfo;
    if (m_args.has(QStringLiteral("sslmode")))
        full += QStringLiteral(" sslmode=") + m_args.value(QStringLiteral("sslmode"));
    if (m_args.has(QStringLiteral("sslrootcert")))
        full += QStringLiteral(" sslrootcert=") + m_args.value(QStringLiteral("sslrootcert"));
    return workspace::StoreLocation::server(full);
}

workspace::StoreLocation CliContext::location(bool createIfMissing) const
{
    if (m_args.has(QStringLiteral("pg"))) {
        workspace::StoreLocation where = serverLocation(m_args.value(QStringLiteral("pg")));
        // --pg-read: shown data is read from this read-only server; --sslmode and --sslrootcert
        // apply to it as to --pg.
        if (m_args.has(QStringLiteral("pg-read")))
            where.readConninfo = serverLocation(m_args.value(QStringLiteral("pg-read"))).conninfo;
        return where;
    }
    return workspace::StoreLocation::localFile(
        m_args.value(QStringLiteral("db"), services::StoreSetup::defaultDatabasePath()), createIfMissing);
}

QString CliContext::sqlitePath() const
{
    const workspace::StoreLocation where = location(false);
    return where.isServer() ? QString() : where.filePath;
}

Result<workspace::Workspace*> CliContext::workspace(bool needsUser)
{
    if (m_workspace)
        return m_workspace.get();
    // Without a user: the system (init, demo, cert inspect), the store created when missing.
    auto open = [&]() -> Result<std::unique_ptr<workspace::Workspace>> {
        if (m_args.has(QStringLiteral("pg-read")) && !m_args.has(QStringLiteral("pg")))
            return Error{ErrorKind::Usage,
                         QCoreApplication::translate(
                             "hocbaso::cli", "--pg-read names a read replica of the --pg server: give --pg too.")};
        if (!needsUser)
            return workspace::Workspace::openAsSystem(location(true), *m_clock);
        // The first --user signs in (`audit list --user U` names a second one: whose events).
        const QString username = m_args.values(QStringLiteral("user")).value(0);
        if (username.isEmpty())
            return Error{ErrorKind::Usage, QCoreApplication::translate(
                                               "hocbaso::cli", "This command needs --user NAME (the password comes "
                                                               "from HOCBASO_PASSWORD or a prompt).")};
        auto secret = password(username);
        if (!secret)
            return secret.error();
        return workspace::Workspace::signInAnyRole(location(false), username, *secret, *m_clock);
    };
    auto opened = open();
    if (!opened)
        return opened.error();
    m_workspace = std::move(opened).value();
    m_workspace->setRuleDate(m_ruleDate);
    return m_workspace.get();
}

Result<services::ServiceContext*> CliContext::context(bool needsUser)
{
    auto ws = workspace(needsUser);
    if (!ws)
        return ws.error();
    return &(*ws)->context();
}

Result<QString> CliContext::password(const QString& username)
{
    if (m_havePassword)
        return m_password;
    QString password = qEnvironmentVariable("HOCBASO_PASSWORD");
    if (password.isEmpty()) {
        if (!::isatty(STDIN_FILENO))
            return Error::refused(QCoreApplication::translate(
                "hocbaso::cli", "No password: set HOCBASO_PASSWORD or run from a terminal."));
        password = promptHidden(QCoreApplication::translate("hocbaso::cli", "Password for %1: ").arg(username), m_err);
    }
    m_password = password;
    m_havePassword = true;
    return password;
}

int CliContext::fail(const Error& e)
{
    if (e.kind == ErrorKind::Usage)
        return usage(e.message);
    m_err << e.message.simplified() << "\n" << Qt::flush;
    return Refused;
}

int CliContext::usage(const QString& message)
{
    m_err << message << "\n"
          << QCoreApplication::translate("hocbaso::cli", "See: hocbaso-cli --help") << "\n"
          << Qt::flush;
    return Usage;
}

int CliContext::printJson(const QJsonObject& o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)) << Qt::flush;
    return Done;
}

QString CliContext::readSecret(const QString& prompt)
{
    return promptHidden(prompt, m_err);
}

bool CliContext::confirm(const QString& question)
{
    if (m_args.has(QStringLiteral("yes")))
        return true;
    if (!::isatty(STDIN_FILENO))
        return false;
    m_err << question << " [y/N] " << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QLatin1String("c") ||
           answer == QLatin1String("có") || answer == QLatin1String("co");
}

Result<int> CliContext::intOption(const QString& name, int fallback, int min, int max)
{
    if (!m_args.has(name))
        return fallback;
    bool ok = false;
    const int v = m_args.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return Error{ErrorKind::Usage, QCoreApplication::translate(
                                           "hocbaso::cli", "--%1 must be a whole number from %2 to %3; got \"%4\".")
                                           .arg(name)
                                           .arg(min)
                                           .arg(max)
                                           .arg(m_args.value(name))};
    return v;
}

Result<QDate> CliContext::dateOption(const QString& name)
{
    const QString text = m_args.value(name).trimmed();
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::cli",
                                        "--%1: \"%2\" is not a date; write it as YYYY-MM-DD (for example 2026-05-31).")
                .arg(name, text));
    return d;
}

} // namespace hocbaso::cli
