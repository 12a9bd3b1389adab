#include "CliContext.h"

#include "services/AuthService.h"
#include "services/SignIn.h"
#include "services/StoreSetup.h"
#include "store/SyncRepository.h"
#include "sync/ReplicaOutbox.h"

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

CliContext::~CliContext()
{
    m_ctx.reset();
    m_outbox.reset();
    m_db.reset();
}

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

store::ConnectionSpec CliContext::postgresSpec(const QString& conninfo) const
{
    QString full = conninfo;
    if (m_args.has(QStringLiteral("sslmode")))
        full += QStringLiteral(" sslmode=") + m_args.value(QStringLiteral("sslmode"));
    if (m_args.has(QStringLiteral("sslrootcert")))
        full += QStringLiteral(" sslrootcert=") + m_args.value(QStringLiteral("sslrootcert"));
    return store::ConnectionSpec::postgres(full);
}

store::ConnectionSpec CliContext::connectionSpec() const
{
    if (m_args.has(QStringLiteral("pg")))
        return postgresSpec(m_args.value(QStringLiteral("pg")));
    return store::ConnectionSpec::sqlite(
        m_args.value(QStringLiteral("db"), services::StoreSetup::defaultDatabasePath()));
}

Result<store::Database*> CliContext::database()
{
    if (m_db)
        return m_db.get();
    auto db = services::StoreSetup::open(connectionSpec(), *m_clock);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return m_db.get();
}

Result<services::Actor> CliContext::actor()
{
    const QString username = m_args.value(QStringLiteral("user"));
    if (username.isEmpty())
        return Error{ErrorKind::Usage,
                     QCoreApplication::translate(
                         "hocbaso::cli", "This command needs --user NAME (the password comes from HOCBASO_PASSWORD "
                                         "or a prompt).")};
    auto secret = password(username);
    if (!secret)
        return secret.error();
    const QString password = *secret;
    const store::ConnectionSpec spec = connectionSpec();
    if (spec.dialect == store::Dialect::Postgres && !m_db) {
        // The central store: the server checks the password of the user's own login role, and the
        // session works under that role (row-level security), as the GUI does.
        auto signedIn = services::SignIn(*m_clock).signInCentral(spec, username, password);
        if (!signedIn)
            return signedIn.error();
        m_db = std::move(signedIn->db);
        return signedIn->actor;
    }
    auto db = database();
    if (!db)
        return db.error();
    // An offline replica: the verifier of the last online sign-in.
    auto owner = store::ReplicaRepository(**db).state(store::replica_state::kLogin);
    if (!owner)
        return owner.error();
    if (!owner->isEmpty())
        return services::SignIn(*m_clock).signInOffline(**db, username, password);
    services::AuthService auth(**db, *m_clock);
    return auth.signIn(username, password);
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

Result<services::ServiceContext*> CliContext::context(bool needsUser)
{
    if (m_ctx)
        return m_ctx.get();
    services::Actor a = services::Actor::systemActor();
    if (needsUser) {
        auto signedIn = actor();
        if (!signedIn)
            return signedIn.error();
        a = *signedIn;
    }
    auto db = database();
    if (!db)
        return db.error();
    m_ctx.reset(new services::ServiceContext{**db, *m_clock, a, m_ruleDate});
    if ((*db)->isSqlite()) {
        // Working offline: every decision and lock change goes to the replica's outbox as well.
        auto owner = store::ReplicaRepository(**db).state(store::replica_state::kLogin);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty()) {
            auto outbox = sync::ReplicaOutbox::open(**db, *m_clock, a.username);
            if (!outbox)
                return outbox.error();
            m_outbox = std::move(outbox).value();
            m_ctx->outbox = m_outbox.get();
        }
    }
    return m_ctx.get();
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
