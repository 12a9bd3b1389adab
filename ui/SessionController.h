#pragma once

#include "AppSettings.h"
#include "core/Clock.h"
#include "services/SignIn.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hocbaso::workspace {
class Workspace;
}

namespace hocbaso::ui {

class AppSettings;
class BackgroundTask;
class IdleWatcher;
class LoginDialog;
class PasswordVault;
class MainWindow;
class Prompter;
using Session = workspace::Workspace;
class WelcomeDialog;

// The program's round: the sign-in window, then the main window for one session, then back to
// the sign-in window at sign-out (asked for, or after the idle time). It owns the session, so
// that signing out really drops the connection and every page's data.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(AppSettings& settings, Prompter& prompter, const Clock& clock, QObject* parent = nullptr);
    ~SessionController() override;

    // `--db PATH`: sign in to this file, whatever profile was remembered.
    void setDatabaseOverride(const QString& path);
    // The OS keychain (not owned); null: no keychain option in the sign-in window.
    void setPasswordVault(PasswordVault* vault) { m_vault = vault; }
    // Shows the sign-in window, filled with the remembered profile and username; on the first start
    // (see needsWelcome()) the welcome window comes first.
    void start();
    // No database at the default place, no `--db`, and no remembered profile pointing elsewhere.
    bool needsWelcome() const;

    LoginDialog* loginDialog() const { return m_login.get(); }
    // The first start's window while it is up, else null.
    WelcomeDialog* welcomeDialog() const;
    MainWindow* mainWindow() const { return m_main.get(); }
    Session* session() const { return m_session.get(); }
    IdleWatcher* idleWatcher() const { return m_idle.get(); }
    bool isSignedIn() const { return m_session != nullptr; }

public Q_SLOTS:
    // Signs in with what the sign-in window holds; on refusal the window says why and stays.
    bool signIn();
    void signOut();
    // "vi" or "en", applied at once to every window and remembered.
    void setLanguage(const QString& language);
    // Signed in to the server: downloads the unit into the person's offline copy (a progress window
    // that can be cancelled; a later try continues), then works on the copy.
    void workOffline();
    // Working offline: sends the copy's changes to the server, brings it up to date, and shows what
    // happened.
    void syncNow();
    // After MainWindow checked the copy `file` and the user confirmed: signs out (the session's
    // connection must be closed for the file to be replaced), puts the copy in the place of the
    // SQLite store behind a progress window, says what was restored (or why nothing was changed),
    // and shows the sign-in window for the restored store.
    void restoreStore(const QString& file);

public:
    // The offline copy of `username` (a file in the per-user data folder unless set here).
    QString offlinePath(const QString& username) const;
    void setOfflineFolder(const QString& folder) { m_offlineFolder = folder; }
    // The download, sync or restore running now, if any.
    BackgroundTask* runningTask() const;

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void quitRequested();
    // A restore asked for by restoreStore() ended (`ok`: the copy is the store now), after its message.
    void restoreFinished(bool ok);

private:
    void showLogin(const ConnectionProfile& profile, const QString& username, const QString& notice);
    void showWelcome();
    void closeWelcome();
    void endSession(const QString& notice);
    void onIdle();
    void onMainWindowClosed();
    void applySettings();
    void offerSavedPassword();
    // Opens the main window on a signed-in workspace.
    void startSession(std::unique_ptr<Session> session);
    // Leaves the server and signs in to the offline copy with the same password.
    bool switchToReplica(const QString& path, const QString& username, const QString& password);
    void updateSyncState();

    AppSettings& m_settings;
    Prompter& m_prompter;
    const Clock& m_clock;
    QString m_databaseOverride;
    PasswordVault* m_vault = nullptr;
    std::unique_ptr<LoginDialog> m_login;
    QPointer<WelcomeDialog> m_welcome;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<Session> m_session;
    QString m_offlineFolder;
    QPointer<BackgroundTask> m_task;
};

} // namespace hocbaso::ui
