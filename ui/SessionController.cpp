#include "SessionController.h"

#include "AppSettings.h"
#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PasswordVault.h"
#include "Prompter.h"
#include "Session.h"
#include "core/Translations.h"
#include "dialogs/WelcomeDialog.h"
#include "services/SignIn.h"
#include "services/StoreSetup.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>

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
    services::SignIn service(m_clock);
    auto result = service.signIn(profile.toSpec(username, password), m_login->edition(), username, password);
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
    services::SignedIn opened = std::move(result).value();
    m_session = std::make_unique<Session>(std::move(opened.db), m_clock, opened.actor, opened.unit);
    m_login->clearMessage();
    m_login->hide();
    m_main->openSession(m_session.get());
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    m_idle->setTimeoutMinutes(m_settings.idleMinutes());
    m_idle->start();
    Q_EMIT signedIn();
    return true;
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
