#include "PasswordVault.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace hocbaso::ui {

namespace {

const QString kService = QStringLiteral("hocbaso");
constexpr int kJobTimeoutMs = 5000;

// Runs a job to its end (or the timeout) and returns its error; NoError when it finished well.
QKeychain::Error runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kJobTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished ? job.error() : QKeychain::OtherError;
}

} // namespace

QString PasswordVault::account(const ConnectionProfile& profile, const QString& username)
{
    const QString where =
        profile.kind == ConnectionProfile::Kind::Server
            ? QStringLiteral("server:%1:%2/%3").arg(profile.host).arg(profile.port).arg(profile.database)
            : QStringLiteral("file:%1").arg(profile.filePath);
    return QStringLiteral("%1|%2").arg(where, username.trimmed());
}

bool SystemPasswordVault::isAvailable()
{
    if (!m_available) {
        // Reading an entry that does not exist tells a working keychain (EntryNotFound) from a
        // machine without one (NoBackendAvailable, or no answer at all).
        QKeychain::ReadPasswordJob probe(kService);
        probe.setKey(QStringLiteral("hocbaso-probe"));
        const QKeychain::Error e = runJob(probe);
        m_available = e == QKeychain::NoError || e == QKeychain::EntryNotFound;
    }
    return *m_available;
}

std::optional<QString> SystemPasswordVault::read(const QString& account)
{
    if (!isAvailable())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    if (runJob(job) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool SystemPasswordVault::store(const QString& account, const QString& password)
{
    if (!isAvailable())
        return false;
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(password);
    return runJob(job) == QKeychain::NoError;
}

void SystemPasswordVault::forget(const QString& account)
{
    if (!isAvailable())
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    runJob(job);
}

} // namespace hocbaso::ui
