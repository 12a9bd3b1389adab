#include "Commands.h"

#include "workspace/OfflineCopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <csignal>

namespace hocbaso::cli {
namespace {

// HOCBASO_SYNC_CRASH_AT=stage:n (tests): the process kills itself right after that step, as a
// power cut or `kill -9` would, so that the next run must pick up from what was committed.
std::function<void(const QString&, int)> crashHook()
{
    const QString spec = qEnvironmentVariable("HOCBASO_SYNC_CRASH_AT");
    if (spec.isEmpty())
        return {};
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    const QString stage = spec.left(colon);
    const int at = spec.mid(colon + 1).toInt();
    return [stage, at](const QString& s, int n) {
        if (s == stage && n == at)
            std::raise(SIGKILL);
    };
}

// The replica file: given with --db (never the default store, which is somebody's own data).
Result<QString> replicaPath(CliContext& c)
{
    const QString path = c.args().value(QStringLiteral("db"));
    if (path.isEmpty())
        return Error{ErrorKind::Usage,
                     QCoreApplication::translate("hocbaso::cli", "Name the offline copy's file with --db PATH.")};
    return path;
}

} // namespace

int cmdReplica(CliContext& c)
{
    const Arguments& a = c.args();
    if (a.words().value(1) != QLatin1String("create") || !a.has(QStringLiteral("from")))
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli", "Usage: hocbaso-cli --user NAME replica create --from CONNINFO --db PATH [--batch N]"));
    auto path = replicaPath(c);
    if (!path)
        return c.fail(path.error());
    auto batch = c.intOption(QStringLiteral("batch"), 5000, 1, 100000);
    if (!batch)
        return c.fail(batch.error());
    const QString username = a.value(QStringLiteral("user"));
    if (username.isEmpty())
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli", "This command needs --user NAME (the password comes from HOCBASO_PASSWORD or a prompt)."));
    auto password = c.password(username);
    if (!password)
        return c.fail(password.error());
    sync::DownloadOptions options;
    options.batchSize = *batch;
    options.checkpoint = crashHook();
    auto done = workspace::OfflineCopy(*path, c.clock())
                    .download(c.serverLocation(a.value(QStringLiteral("from"))), username, *password, options);
    if (!done)
        return c.fail(done.error());
    if (c.json())
        return c.printJson({{QStringLiteral("records"), done->records},
                            {QStringLiteral("schools"), done->schools},
                            {QStringLiteral("cursor"), done->cursor},
                            {QStringLiteral("resumed"), done->resumed},
                            {QStringLiteral("path"), QFileInfo(*path).absoluteFilePath()}});
    c.out() << QCoreApplication::translate("hocbaso::cli",
                                           "The offline copy is ready in %1: %2 records of %3 schools. Sign in to it "
                                           "with the same username and password, and sync it when you are back "
                                           "online.")
                   .arg(QFileInfo(*path).absoluteFilePath())
                   .arg(done->records)
                   .arg(done->schools)
            << "\n";
    return Done;
}

int cmdSync(CliContext& c)
{
    const Arguments& a = c.args();
    auto path = replicaPath(c);
    if (!path)
        return c.fail(path.error());
    auto page = c.intOption(QStringLiteral("page"), 5000, 1, 100000);
    if (!page)
        return c.fail(page.error());
    workspace::OfflineCopy copy(*path, c.clock());
    auto state = copy.status();
    if (!state)
        return c.fail(state.error());
    if (!state->isReplica)
        return c.fail(Error::refused(
            QCoreApplication::translate("hocbaso::cli", "%1 is not an offline copy (make one with replica create).")
                .arg(*path)));
    const QString username = a.value(QStringLiteral("user"), state->login);
    auto password = c.password(username);
    if (!password)
        return c.fail(password.error());
    sync::SyncOptions options;
    options.pageSize = *page;
    options.batchSize = *page;
    options.checkpoint = crashHook();
    // The server the copy came from, unless told otherwise (the server moved).
    auto report =
        copy.sync(c.serverLocation(a.value(QStringLiteral("from"), state->server)), username, *password, options);
    if (!report)
        return c.fail(report.error());
    if (c.json()) {
        QJsonArray conflicts;
        for (const sync::SyncConflict& k : std::as_const(report->conflicts))
            conflicts.append(QJsonObject{
                {QStringLiteral("op"), k.opId},
                {QStringLiteral("intent"), k.intent},
                {QStringLiteral("entity"), k.entity},
                {QStringLiteral("id"), k.key},
                {QStringLiteral("outcome"), k.outcome},
                {QStringLiteral("yours"), k.yours},
                {QStringLiteral("winner"), k.winner},
                {QStringLiteral("by"), k.by},
                {QStringLiteral("at"), k.at.isValid() ? k.at.toUTC().toString(Qt::ISODateWithMs) : QString()},
                {QStringLiteral("message"), k.message}});
        return c.printJson({{QStringLiteral("pushed"), report->pushed},
                            {QStringLiteral("pulled"), report->pulled},
                            {QStringLiteral("conflicts"), conflicts},
                            {QStringLiteral("reapplied"), report->reapplied},
                            {QStringLiteral("downloaded_again"), report->downloadedAgain},
                            {QStringLiteral("cursor"), report->cursor}});
    }
    c.out() << QCoreApplication::translate("hocbaso::cli", "Synced: %1 change(s) sent, %2 row(s) received.")
                   .arg(report->pushed)
                   .arg(report->pulled)
            << "\n";
    if (report->downloadedAgain)
        c.out() << QCoreApplication::translate("hocbaso::cli",
                                               "The server was restored or upgraded, so the unit was downloaded again.")
                << "\n";
    for (const sync::SyncConflict& k : std::as_const(report->conflicts))
        c.out() << "- " << k.message << "\n";
    return Done;
}

} // namespace hocbaso::cli
