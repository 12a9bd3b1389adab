#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class LoginDialog;
}

// The sign-in window: edition, username and password, and a line saying where the store is (a local
// file or a central server) with its settings folded behind "Connection settings...": they are set
// once per computer, and shown by themselves only while they are incomplete. It does not sign in
// itself: it asks through signInRequested(), and the caller answers with showError() (or
// showWrongCredentials()) or hides it. The password never leaves this dialog except in that request.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Opens the connection settings when the profile is not enough to connect.
    void setProfile(const ConnectionProfile& profile);
    ConnectionProfile profile() const;
    // A file, or a server with its host and database: enough to try a sign-in.
    bool isConnectionComplete() const;
    void setConnectionSettingsShown(bool shown);
    bool connectionSettingsShown() const;
    void setEdition(services::Edition edition);
    services::Edition edition() const;
    void setUsername(const QString& username);
    QString username() const;
    QString password() const;
    void clearPassword();
    // The keychain option: shown only when the machine has a keychain service.
    void setRememberPasswordAvailable(bool available);
    bool isRememberPasswordAvailable() const;
    void setRememberPassword(bool remember);
    bool rememberPassword() const;
    // A password read from the keychain: filled in, and marked so that a refusal can drop it.
    void setSavedPassword(const QString& password);
    bool passwordIsSaved() const;
    void setSupportContact(const QString& hotline, const QString& email);

    // A refusal (wrong password, locked account...) or a neutral notice (signed out after idling).
    void showError(const QString& message);
    // A wrong username or password: the refusal and what to try before typing again (Caps Lock, the
    // input method, who resets passwords). `typedDiacritics`: the refused password, typed by hand,
    // had letters with diacritics (SignInHelp::hasDiacritics).
    void showWrongCredentials(const QString& refusal, bool typedDiacritics);
    void showNotice(const QString& message);
    void clearMessage();
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    // Caps Lock seems to be on, from the letters typed into the password (see CapsLockWatcher).
    bool isCapsLockWarningShown() const;

    // Puts the cursor where typing should start: the connection settings while they are incomplete,
    // else the username, or the password when the username is known.
    void focusFirstEmptyField();

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateConnectionKind();
    void updateSignInEnabled();
    void showConnectionSettings(bool shown);
    void updateConnectionSummary();
    void fitToScreen();
    QString supportContact() const;
    void browseDatabase();
    void browseCaFile();
    void showMessage(const QString& message, bool error);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_hotline;
    QString m_email;
    bool m_messageIsError = false;
    QString m_savedPassword; // what the keychain gave, to tell it from a typed password
};

} // namespace hocbaso::ui
