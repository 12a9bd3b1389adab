#include "SessionController.h"

#include "AppSettings.h"
#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PasswordVault.h"
#include "Prompter.h"
#include "Session.h"
#include "SignInHelp.h"
#include "core/DisplayDates.h"
#include "core/Translations.h"
#include "dialogs/WelcomeDialog.h"
#include "pages/RecordLookupPage.h"
#include "services/SignInRefusal.h"
#include "services/StoreBackup.h"
#include "services/StoreSetup.h"
#include "widgets/BackgroundTask.h"
#include "widgets/TechnicalDetailsPane.h"
#include "workspace/OfflineCopy.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace hocbaso::ui {

SessionController::SessionController(AppSettings& settings, Prompter& prompter, const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_prompter(prompter), m_clock(clock)
{
    m_login = std::make_unique<LoginDialog>();
    m_main = std::make_unique<MainWindow>(m_settings, m_prompter);
    m_idle = std::make_unique<IdleWatcher>(m_clock);
    connect(m_login.get(), &LoginDialog::signInRequested, this, &SessionController::signIn);
    connect(m_login.get(), &QDialog::rejected, this, &SessionController::quitRequested);
    connect(m_main.get(), &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(m_main.get(), &MainWindow::workOfflineRequested, this, &SessionController::workOffline);
    connect(m_main.get(), &MainWindow::syncRequested, this, &SessionController::syncNow);
    connect(m_main.get(), &MainWindow::restoreRequested, this, &SessionController::restoreStore);
    connect(m_main.get(), &MainWindow::closed, this, &SessionController::onMainWindowClosed);
    connect(m_main.get(), &MainWindow::languageChosen, this, &SessionController::setLanguage);
    connect(m_main.get(), &MainWindow::settingsChanged, this, &SessionController::applySettings);
    connect(m_idle.get(), &IdleWatcher::idleTimeout, this, &SessionController::onIdle);
    applySettings();
}

SessionController::~SessionController()
{
    delete m_welcome.data();
    m_idle->stop();
    if (m_main)
        m_main->closeSession();
    m_session.reset();
}

void SessionController::setDatabaseOverride(const QString& path)
{
    m_databaseOverride = path;
}

void SessionController::applySettings()
{
    m_idle->setTimeoutMinutes(m_settings.idleMinutes());
    m_login->setSupportContact(m_settings.supportHotline(), m_settings.supportEmail());
}

WelcomeDialog* SessionController::welcomeDialog() const
{
    return m_welcome.data();
}

bool SessionController::needsWelcome() const
{
    if (!m_databaseOverride.isEmpty())
        return false;
    const QString path = services::StoreSetup::defaultDatabasePath();
    if (QFileInfo::exists(path))
        return false;
    if (m_settings.hasRememberedProfile()) {
        const ConnectionProfile p = m_settings.lastProfile();
        const auto same = [](const QString& a, const QString& b) {
            return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
        };
        if (p.kind == ConnectionProfile::Kind::Server || !same(p.filePath, path))
            return false;
    }
    return true;
}

void SessionController::start()
{
    if (needsWelcome()) {
        showWelcome();
        return;
    }
    ConnectionProfile profile = m_settings.lastProfile();
    if (!m_databaseOverride.isEmpty()) {
        profile.kind = ConnectionProfile::Kind::Local;
        profile.filePath = m_databaseOverride;
    }
    showLogin(profile, QString(), QString());
}

void SessionController::showLogin(const ConnectionProfile& profile, const QString& username, const QString& notice)
{
    m_login->setProfile(profile);
    m_login->setEdition(m_settings.lastEdition());
    if (!username.isEmpty())
        m_login->setUsername(username);
    else if (m_login->username().isEmpty())
        m_login->setUsername(m_settings.lastUsername());
    if (notice.isEmpty())
        m_login->clearMessage();
    else
        m_login->showNotice(notice);
    offerSavedPassword();
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    m_login->focusFirstEmptyField();
}

void SessionController::showWelcome()
{
    const QString path = services::StoreSetup::defaultDatabasePath();
    m_welcome = new WelcomeDialog(m_prompter, m_clock, path);
    ConnectionProfile local = m_settings.lastProfile();
    local.kind = ConnectionProfile::Kind::Local;
    local.filePath = path;
    connect(m_welcome, &WelcomeDialog::demoCreated, this, [this, local](const QString& officer) {
        closeWelcome();
        showLogin(local, officer,
                  tr("The demo database is ready. Every demo account's password is %1.")
                      .arg(QString::fromLatin1(WelcomeDialog::kDemoPassword)));
    });
    connect(m_welcome, &WelcomeDialog::emptyCreated, this, [this, local](const QString& admin) {
        closeWelcome();
        showLogin(local, admin, tr("The new database is ready. Sign in as its administrator to add the other users."));
    });
    connect(m_welcome, &WelcomeDialog::databaseFound, this, [this, local] {
        closeWelcome();
        showLogin(local, QString(), QString());
    });
    connect(m_welcome, &WelcomeDialog::serverChosen, this, [this] {
        closeWelcome();
        ConnectionProfile server = m_settings.lastProfile();
        server.kind = ConnectionProfile::Kind::Server;
        showLogin(server, QString(),
                  tr("Enter the server's address and your username and password, as your administrator gave them."));
    });
    connect(m_welcome, &QDialog::rejected, this, &SessionController::quitRequested);
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

void SessionController::closeWelcome()
{
    if (!m_welcome)
        return;
    // Its choice is made; rejected() would mean "quit" and must not fire as it goes.
    disconnect(m_welcome, nullptr, this, nullptr);
    m_welcome->hide();
    m_welcome->deleteLater();
    m_welcome = nullptr;
}

// At the program's start only: after a sign-out, and above all after an idle sign-out, whoever
// sits at the computer must type the password again.
void SessionController::offerSavedPassword()
{
    const bool available = m_vault && m_vault->isAvailable();
    m_login->setRememberPasswordAvailable(available);
    const QString username = m_login->username().trimmed();
    if (!available || username.isEmpty())
        return;
    const auto saved = m_vault->read(PasswordVault::account(m_login->profile(), username));
    if (saved && !saved->isEmpty())
        m_login->setSavedPassword(*saved);
}

bool SessionController::signIn()
{
    if (m_session)
        return true;
    const ConnectionProfile profile = m_login->profile();
    const QString username = m_login->username();
    const QString password = m_login->password();
    const bool fromKeychain = m_login->passwordIsSaved();
    const bool remember = m_login->rememberPassword();
    // Argon2id and a server round trip take a moment: say so with the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = workspace::Workspace::signIn(profile, m_login->edition(), username, password, m_clock);
    QGuiApplication::restoreOverrideCursor();
    m_login->clearPassword();
    // Remembered whether or not the password was right: the next try starts from the same place.
    m_settings.setLastProfile(profile);
    m_settings.setLastUsername(username);
    m_settings.setLastEdition(m_login->edition());
    m_settings.sync();
    const bool keychain = m_vault && m_login->isRememberPasswordAvailable();
    const QString account = PasswordVault::account(profile, username);
    if (!result) {
        // A kept password that no longer works is dropped, so that it cannot lock the account by
        // being tried again at every start.
        if (keychain && fromKeychain) {
            m_vault->forget(account);
            m_login->setRememberPassword(false);
        }
        // Only a wrong username or password is worth typing again: that refusal says what to check.
        // A password from the keychain was not typed, so what it holds says nothing about the keyboard.
        if (services::SignInRefusal::isWrongCredentials(result.error()))
            m_login->showWrongCredentials(result.errorString(), !fromKeychain && SignInHelp::hasDiacritics(password));
        else
            m_login->showError(result.errorString());
        m_login->focusFirstEmptyField();
        return false;
    }
    if (keychain) {
        if (remember)
            m_vault->store(account, password);
        else
            m_vault->forget(account);
    }
    startSession(std::move(result).value());
    m_login->clearMessage();
    m_login->hide();
    m_main->showForWork();
    m_idle->setTimeoutMinutes(m_settings.idleMinutes());
    m_idle->start();
    Q_EMIT signedIn();
    return true;
}

void SessionController::startSession(std::unique_ptr<Session> session)
{
    m_main->closeSession();
    // Technical sections open again only when this session's reader opens them.
    TechnicalDetailsPane::forgetShownSections();
    m_session = std::move(session);
    connect(m_session.get(), &Session::outboxChanged, this, &SessionController::updateSyncState);
    m_main->openSession(m_session.get());
    // Officers, viewers and administrators of a unit take their unit along; from a server only.
    const services::Actor& a = m_session->actor();
    m_main->setOfflineMode(m_session->isOffline(), m_session->isCentral() && a.unitId > 0 && a.role != Role::School);
    updateSyncState();
}

QString SessionController::offlinePath(const QString& username) const
{
    const QString folder = m_offlineFolder.isEmpty()
                               ? QFileInfo(services::StoreSetup::defaultDatabasePath()).absolutePath()
                               : m_offlineFolder;
    return QDir(folder).filePath(QStringLiteral("offline-%1.sqlite").arg(username));
}

BackgroundTask* SessionController::runningTask() const
{
    return m_task.data();
}

void SessionController::updateSyncState()
{
    if (!m_session || !m_session->isOffline()) {
        m_main->setSyncState(QString());
        return;
    }
    auto status = m_session->replicaStatus();
    if (!status) {
        m_main->setSyncState(status.errorString());
        return;
    }
    const QString pending = tr("%n change(s) waiting to sync", "", int(status->pending));
    const QString last =
        status->lastSync.isValid() ? tr("last sync %1").arg(text::timeDayText(status->lastSync)) : tr("never synced");
    m_main->setSyncState(pending + QStringLiteral(" \u00b7 ") + last, status->pending > 0);
}

bool SessionController::switchToReplica(const QString& path, const QString& username, const QString& password)
{
    auto result = workspace::Workspace::signIn(workspace::StoreLocation::localFile(path),
                                               services::Edition::ManagingUnit, username, password, m_clock);
    if (!result) {
        m_prompter.refuse(m_main.get(), tr("Work offline"), result.errorString());
        return false;
    }
    startSession(std::move(result).value());
    // The next start opens the offline copy, where the work goes on.
    ConnectionProfile local = m_settings.lastProfile();
    local.kind = ConnectionProfile::Kind::Local;
    local.filePath = path;
    m_settings.setLastProfile(local);
    m_settings.sync();
    // And so does the sign-in window after a sign-out.
    m_login->setProfile(local);
    return true;
}

void SessionController::workOffline()
{
    if (!m_session || m_session->isOffline() || !m_session->isCentral() || m_task)
        return;
    const services::Actor actor = m_session->actor();
    const QString title = tr("Work offline");
    if (actor.unitId <= 0 || actor.role == Role::School) {
        m_prompter.refuse(m_main.get(), title,
                          tr("Offline copies are made for the officers and viewers of a managing unit."));
        return;
    }
    const QString path = offlinePath(actor.username);
    const workspace::StoreLocation server = m_session->location();
    const QString password = m_session->syncPassword();
    // A copy made before may be complete (work on it), or interrupted (the download continues).
    auto status = workspace::OfflineCopy(path, m_clock).status();
    if (!status) {
        m_prompter.refuse(m_main.get(), title, status.errorString());
        return;
    }
    if (status->isReplica && status->login != actor.username) {
        m_prompter.refuse(
            m_main.get(), title,
            tr("The file %1 is the offline copy of %2.").arg(QDir::toNativeSeparators(path), status->login));
        return;
    }
    const bool complete = status->isReplica && status->complete;
    const QString unit = m_session->unit().name;
    const QString question =
        complete ? tr("This computer has an offline copy of %1 (%2). Work on it now? Sync it when you are back "
                      "online, so that the server gets your changes.")
                       .arg(unit, QDir::toNativeSeparators(path))
                 : tr("Download the data of %1 to this computer (%2) and work offline? Decisions and lock dates you "
                      "change there reach the server when you sync.")
                       .arg(unit, QDir::toNativeSeparators(path));
    if (!m_prompter.confirm(m_main.get(), title, question, tr("Work offline")))
        return;
    if (complete) {
        // The server has just checked this password: the copy takes it for the offline sign-in (the
        // officer may have changed it since the copy was made).
        if (auto kept = workspace::OfflineCopy(path, m_clock).adopt(actor.username, password); !kept) {
            m_prompter.refuse(m_main.get(), title, kept.errorString());
            return;
        }
        switchToReplica(path, actor.username, password);
        return;
    }

    // The download runs on a worker thread with connections of its own.
    const Clock* clock = &m_clock;
    auto result = std::make_shared<Result<sync::DownloadResult>>(Error::internal(tr("The download did not run.")));
    auto work = [server, path, actor, clock, password, result](BackgroundTask& task) {
        sync::DownloadOptions options;
        options.progress = [&task](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
            task.reportProgress(
                permille, 1000,
                QCoreApplication::translate("hocbaso::ui::SessionController", "Downloading your unit: %1 of %2 rows...")
                    .arg(done)
                    .arg(total));
            return !task.isCancelled();
        };
        *result = workspace::OfflineCopy(path, *clock).download(server, actor.username, password, options);
    };
    m_task = new BackgroundTask(m_main.get(), title, tr("Downloading the data of %1...").arg(unit), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, path, actor, password, title] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        if (cancelled) {
            m_prompter.inform(m_main.get(), title,
                              tr("The download was stopped. Choose Work offline again to continue where it stopped."));
            return;
        }
        if (!*result) {
            m_prompter.refuse(m_main.get(), title, result->errorString());
            return;
        }
        const sync::DownloadResult done = **result;
        if (!switchToReplica(path, actor.username, password))
            return;
        m_prompter.inform(m_main.get(), title,
                          tr("You are working offline on a copy of %n record(s) of %1 school(s). Your decisions wait "
                             "on this computer until you sync.",
                             "", int(done.records))
                              .arg(done.schools));
    });
    m_task->start(1000, 0);
}

void SessionController::syncNow()
{
    if (!m_session || !m_session->isOffline() || m_task)
        return;
    const QString title = tr("Sync");
    auto status = m_session->replicaStatus();
    if (!status) {
        m_prompter.refuse(m_main.get(), title, status.errorString());
        return;
    }
    const QString replicaPath = m_session->filePath();
    const workspace::StoreLocation server = workspace::StoreLocation::server(status->server);
    const QString login = status->login;
    const QString password = m_session->syncPassword();
    const Clock* clock = &m_clock;
    auto result = std::make_shared<Result<sync::SyncReport>>(Error::internal(tr("The sync did not run.")));
    auto work = [replicaPath, server, login, password, clock, result](BackgroundTask& task) {
        sync::SyncOptions options;
        options.progress = [&task](const QString& stage, qint64 done, qint64 total) {
            const QString step =
                stage == QLatin1String("push")
                    ? QCoreApplication::translate("hocbaso::ui::SessionController", "Sending your changes: %1 of %2...")
                          .arg(done)
                          .arg(total)
                : stage == QLatin1String("pull")
                    ? QCoreApplication::translate("hocbaso::ui::SessionController",
                                                  "Receiving the server's changes: %1 row(s)...")
                          .arg(done)
                    : QCoreApplication::translate("hocbaso::ui::SessionController",
                                                  "Downloading your unit again: %1 of %2 rows...")
                          .arg(done)
                          .arg(total);
            task.reportProgress(0, 0, step);
            return !task.isCancelled();
        };
        *result = workspace::OfflineCopy(replicaPath, *clock).sync(server, login, password, options);
    };
    m_task = new BackgroundTask(m_main.get(), title, tr("Syncing with the server..."), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, title] {
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        if (!m_session)
            return;
        // Every page shows the server's answer from here on, the one on screen included.
        const int tab = m_main->tabWidget()->currentIndex();
        m_main->openSession(m_session.get());
        m_main->tabWidget()->setCurrentIndex(tab);
        m_main->setOfflineMode(true, false);
        updateSyncState();
        if (!*result) {
            m_prompter.refuse(m_main.get(), title, result->errorString());
            return;
        }
        m_main->showSyncReport(**result);
        // What the sync brought is verified behind the window (receipt verification, issue #18).
        if (auto* lookup = qobject_cast<RecordLookupPage*>(m_main->page(PageId::RecordLookup)))
            lookup->verifyInBackground();
    });
    m_task->start(0, 0);
}

void SessionController::restoreStore(const QString& file)
{
    if (!m_session || m_session->isCentral() || m_task)
        return;
    const QString title = tr("Restore");
    const QString storePath = m_session->filePath();
    // The file is replaced only when no connection has it open: this session's goes first, with
    // every page (their deferred deletion runs before the queued start below) and the idle watch.
    m_idle->stop();
    m_main->closeSession();
    m_session.reset();
    Q_EMIT signedOut();

    const Clock* clock = &m_clock;
    auto result = std::make_shared<Result<services::RestoreReport>>(Error::internal(tr("The restore did not run.")));
    auto work = [storePath, file, clock, result](BackgroundTask& task) {
        services::StoreBackup backup(*clock);
        // Cancel is honoured until the store is replaced; after that the restore is done.
        backup.setStepHook([&task](services::RestoreStep step) {
            return step == services::RestoreStep::Replaced || !task.isCancelled();
        });
        *result = backup.restore(storePath, file, [&task](qint64 done, qint64 total) {
            task.reportProgress(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0, 1000);
            return !task.isCancelled();
        });
    };
    m_task = new BackgroundTask(m_main.get(), title, tr("Restoring the copy %1...").arg(QDir::toNativeSeparators(file)),
                                work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, title] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        const bool ok = result->ok();
        m_main->hide();
        m_login->clearPassword();
        m_login->showNotice(ok ? tr("The store was restored from the backup copy. Sign in again to continue.")
                               : tr("The store was not changed. Sign in again to continue."));
        m_login->show();
        m_login->raise();
        m_login->activateWindow();
        m_login->focusFirstEmptyField();
        if (ok)
            m_prompter.inform(m_login.get(), title, (*result)->summary());
        else if (cancelled)
            m_prompter.inform(m_login.get(), title, tr("The restore was stopped: the store was not changed."));
        else
            m_prompter.refuse(m_login.get(), title, result->errorString());
        Q_EMIT restoreFinished(ok);
    });
    // Queued: the pages' deferred deletions, posted above, run first and close what they had open.
    QTimer::singleShot(0, m_task, [task = m_task] { task->start(1000, 0); });
}

void SessionController::signOut()
{
    endSession(tr("You have signed out. Sign in again to continue."));
}

void SessionController::endSession(const QString& notice)
{
    m_idle->stop();
    if (!m_session)
        return;
    m_main->closeSession();
    m_main->hide();
    m_session.reset();
    m_login->clearPassword();
    m_login->showNotice(notice);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    m_login->focusFirstEmptyField();
    Q_EMIT signedOut();
}

void SessionController::onIdle()
{
    if (!m_session)
        return;
    // A message box waiting in its own event loop has callers below it on the stack that still use
    // the session: close it, and sign out once the stack has unwound.
    if (QThread::currentThread()->loopLevel() > 1) {
        QWidget* previous = nullptr;
        while (QWidget* modal = QApplication::activeModalWidget()) {
            if (modal == previous)
                break;
            previous = modal;
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        }
        QTimer::singleShot(200, this, &SessionController::onIdle);
        return;
    }
    endSession(
        tr("You were signed out because the program was not used for %1 minutes.").arg(m_idle->timeoutMinutes()));
}

void SessionController::onMainWindowClosed()
{
    m_idle->stop();
    if (m_session) {
        m_main->closeSession();
        m_session.reset();
        Q_EMIT signedOut();
    }
    Q_EMIT quitRequested();
}

void SessionController::setLanguage(const QString& language)
{
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    installTranslations(language);
}

} // namespace hocbaso::ui
