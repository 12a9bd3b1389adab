#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hocbaso::ui {

class AppSettings;
struct ConnectionProfile;
class IdleWatcher;
class LoginDialog;
class PasswordVault;
class MainWindow;
class Prompter;
class Session;
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

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void quitRequested();

private:
    void showLogin(const ConnectionProfile& profile, const QString& username, const QString& notice);
    void showWelcome();
    void closeWelcome();
    void endSession(const QString& notice);
    void onIdle();
    void onMainWindowClosed();
    void applySettings();
    void offerSavedPassword();

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
};

} // namespace hocbaso::ui
