#pragma once

#include "Arguments.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "services/ServiceContext.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace hocbaso::cli {

enum ExitCode
{
    Done = 0,
    Refused = 1,
    Usage = 2
};

// What every command gets: its arguments, the clock (`--today`), the store and the acting user,
// and the two ways of answering (text or one JSON document).
class CliContext
{
public:
    CliContext(Arguments args, QTextStream& out, QTextStream& err);
    ~CliContext();

    const Arguments& args() const { return m_args; }
    bool json() const { return m_args.has(QStringLiteral("json")); }
    const Clock& clock() const { return *m_clock; }
    QDate ruleDateOverride() const { return m_ruleDate; }
    Status setupClock();

    // Opens (and migrates) the store named by --db/--pg, or the default file.
    Result<store::Database*> database();
    // The acting user (--user + HOCBASO_PASSWORD or a prompt), signed in through the services: on a
    // SQLite file by the store's own password check, on the central store by connecting as the
    // user's own login role (the --pg conninfo's user and password are then not used).
    Result<services::Actor> actor();
    // A service context for the acting user (or the system for init/demo). On an offline replica
    // it carries the replica's outbox.
    Result<services::ServiceContext*> context(bool needsUser = true);
    // The acting user's name (--user) and password (HOCBASO_PASSWORD or a prompt, asked once).
    Result<QString> password(const QString& username);
    // The connection spec of --pg CONNINFO (or `conninfo`) with --sslmode and --sslrootcert.
    store::ConnectionSpec postgresSpec(const QString& conninfo) const;

    // Answers.
    int fail(const Error& e);
    int usage(const QString& message);
    int printJson(const QJsonObject& o);
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Reads a line from the terminal without echo (passwords).
    QString readSecret(const QString& prompt);

    // Asks for confirmation (`--yes` answers; without a terminal the answer is no).
    bool confirm(const QString& question);

    // Common argument parsers with clear messages.
    Result<int> intOption(const QString& name, int fallback, int min, int max);
    Result<QDate> dateOption(const QString& name);

private:
    store::ConnectionSpec connectionSpec() const;

    Arguments m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Clock> m_clock;
    QDate m_ruleDate;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<services::ServiceContext> m_ctx;
    std::unique_ptr<services::Outbox> m_outbox;
    QString m_password;
    bool m_havePassword = false;
};

} // namespace hocbaso::cli
