// The main window on the province dataset, signed in as the officer of its Sở (canboso, who sees every
// commune): time from signing in to the first tab shown, and the resident memory then.

#include "Bench.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "Session.h"
#include "services/SignIn.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace hocbaso::bench {
namespace {

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

QList<Figure> run(BenchEnv& env)
{
    if (!env.db.isSqlite() || env.dbPath.isEmpty())
        return {};
    SystemClock clock;
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MessageBoxPrompter prompter;
    QElapsedTimer t;
    t.start();
    services::SignIn signIn(clock);
    auto signedIn = signIn.signIn(store::ConnectionSpec::sqlite(env.dbPath, false), services::Edition::ManagingUnit,
                                  QStringLiteral("canboso"), QStringLiteral("Bench@2026"));
    if (!signedIn)
        return {};
    const double signInMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    auto* session = new ui::Session(std::move(signedIn->db), clock, signedIn->actor, signedIn->unit);
    ui::MainWindow window(settings, prompter);
    window.resize(1366, 768);
    window.openSession(session);
    window.show();
    QApplication::processEvents();
    const double windowMs = double(t.nsecsElapsed()) / 1e6;
    QList<Figure> out;
    Figure f{QStringLiteral("main_window_ms"), windowMs + signInMs, QStringLiteral("ms"), {}, {}};
    // The sign-in alone (Argon2id by design takes tens of milliseconds) as the "bare" part.
    f.bare = signInMs;
    out.append(f);
    out.append({QStringLiteral("main_window_rss_mb"), residentMb(), QStringLiteral("MB"), {}, {}});
    window.closeSession();
    delete session;
    return out;
}

Registration mainWindow(QStringLiteral("main_window"), run);

} // namespace
} // namespace hocbaso::bench
