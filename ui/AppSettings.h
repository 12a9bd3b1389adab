#pragma once

#include "services/SignIn.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace hocbaso::ui {

// Where to sign in: the local SQLite file, or a central PostgreSQL server. Never holds a password.
struct ConnectionProfile
{
    enum class Kind
    {
        Local,
        Server
    };

    Kind kind = Kind::Local;
    QString filePath;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("hocbaso");
    // verify-full by default (ARCHITECTURE.md): the server's name must match its certificate.
    QString sslMode = QStringLiteral("verify-full");
    QString caFile; // empty: libpq's default (~/.postgresql/root.crt)

    store::ConnectionSpec toSpec(const QString& username, const QString& password) const;
    static QStringList sslModes();
};

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

    static QString defaultHotline() { return QStringLiteral("1900.4740"); }
    static QString defaultEmail() { return QStringLiteral("csdl@qlgd.edu.vn"); }

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
