#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class LoginDialog;
}

// The sign-in window: edition, where the store is (a local file or a central server), username and
// password. It does not sign in itself: it asks through signInRequested(), and the caller answers
// with showError() or hides it. The password never leaves this dialog except in that request.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setProfile(const ConnectionProfile& profile);
    ConnectionProfile profile() const;
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
    void showNotice(const QString& message);
    void clearMessage();
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    // Puts the cursor where typing should start: the password when the username is known.
    void focusFirstEmptyField();

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateConnectionKind();
    void updateSignInEnabled();
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
