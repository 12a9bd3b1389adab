#pragma once

#include "services/SignIn.h"
#include "workspace/StoreLocation.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace hocbaso::ui {

// Where to sign in (app/workspace): the local SQLite file, or a central PostgreSQL server.
using ConnectionProfile = workspace::StoreLocation;

// The program's settings with their defaults in one place. Keys carry a version so that a later
// release can move them. Passwords are never stored here.
class AppSettings
{
public:
    static constexpr int kDefaultIdleMinutes = 15;
    static constexpr int kMinIdleMinutes = 1;
    static constexpr int kMaxIdleMinutes = 240;

    // The user's settings (QSettings with the application's names).
    AppSettings();
    // An INI file of its own: tests and the screenshot mode leave the user's settings alone.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // The support contact is the deploying office's: none until an administrator sets one (the
    // program must not send people to a hotline that is not theirs).
    static QString defaultHotline() { return QString(); }
    static QString defaultEmail() { return QString(); }

    // "vi" or "en"; empty until the user chooses (then the system locale decides, Vietnamese first).
    QString language() const;
    void setLanguage(const QString& language);

    int idleMinutes() const;
    void setIdleMinutes(int minutes);

    QString supportHotline() const;
    void setSupportHotline(const QString& hotline);
    QString supportEmail() const;
    void setSupportEmail(const QString& email);

    // Whether a profile was ever remembered (a sign-in was tried); lastProfile() has defaults anyway.
    bool hasRememberedProfile() const;
    ConnectionProfile lastProfile() const;
    void setLastProfile(const ConnectionProfile& profile);
    QString lastUsername() const;
    void setLastUsername(const QString& username);
    services::Edition lastEdition() const;
    void setLastEdition(services::Edition edition);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace hocbaso::ui
