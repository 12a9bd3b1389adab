#pragma once

#include "Arguments.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

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

    // The store named by --db/--pg (or the default file) with the acting user (--user +
    // HOCBASO_PASSWORD or a prompt) signed in: on a SQLite file by the store's own password check
    // (an offline replica: the verifier of the last online sign-in, and its outbox), on the central
    // store by connecting as the user's own login role (the --pg conninfo's user and password are
    // then not used). Without a user (init, demo, cert inspect): the system, the store created when
    // missing and migrated.
    Result<workspace::Workspace*> workspace(bool needsUser = true);
    // The SQLite file named by --db (or the default one); empty with --pg.
    QString sqlitePath() const;
    // Closes the store opened by workspace() (a restore replaces its file).
    void closeWorkspace() { m_workspace.reset(); }
    // The service context of workspace().
    Result<services::ServiceContext*> context(bool needsUser = true);
    // The acting user's name (--user) and password (HOCBASO_PASSWORD or a prompt, asked once).
    Result<QString> password(const QString& username);
    // The server of --pg CONNINFO (or `conninfo`) with --sslmode and --sslrootcert.
    workspace::StoreLocation serverLocation(const QString& conninfo) const;

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
    workspace::StoreLocation location(bool createIfMissing) const;

    Arguments m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Clock> m_clock;
    QDate m_ruleDate;
    std::unique_ptr<workspace::Workspace> m_workspace;
    QString m_password;
    bool m_havePassword = false;
};

} // namespace hocbaso::cli
