#include "AppSettings.h"

#include "services/StoreSetup.h"

#include <QSettings>

namespace hocbaso::ui {
namespace {

constexpr int kSettingsVersion = 1;

const QString kVersion = QStringLiteral("settingsVersion");
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleMinutes = QStringLiteral("security/idleMinutes");
const QString kHotline = QStringLiteral("support/hotline");
const QString kEmail = QStringLiteral("support/email");
const QString kProfileKind = QStringLiteral("signIn/profileKind");
const QString kProfileFile = QStringLiteral("signIn/file");
const QString kProfileHost = QStringLiteral("signIn/host");
const QString kProfilePort = QStringLiteral("signIn/port");
const QString kProfileDatabase = QStringLiteral("signIn/database");
const QString kProfileSslMode = QStringLiteral("signIn/sslMode");
const QString kProfileCaFile = QStringLiteral("signIn/caFile");
const QString kProfileReadHost = QStringLiteral("signIn/readHost");
const QString kProfileReadPort = QStringLiteral("signIn/readPort");
const QString kUsername = QStringLiteral("signIn/username");
const QString kEdition = QStringLiteral("signIn/edition");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    // Version 1 is the first; later versions move keys here.
    if (m_settings->value(kVersion, 0).toInt() < kSettingsVersion)
        m_settings->setValue(kVersion, kSettingsVersion);
}

QString AppSettings::language() const
{
    const QString lang = m_settings->value(kLanguage).toString();
    return lang == QLatin1String("vi") || lang == QLatin1String("en") ? lang : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

int AppSettings::idleMinutes() const
{
    bool ok = false;
    const int m = m_settings->value(kIdleMinutes, kDefaultIdleMinutes).toInt(&ok);
    return ok ? qBound(kMinIdleMinutes, m, kMaxIdleMinutes) : kDefaultIdleMinutes;
}

void AppSettings::setIdleMinutes(int minutes)
{
    m_settings->setValue(kIdleMinutes, qBound(kMinIdleMinutes, minutes, kMaxIdleMinutes));
}

QString AppSettings::supportHotline() const
{
    return m_settings->value(kHotline, defaultHotline()).toString().trimmed();
}

void AppSettings::setSupportHotline(const QString& hotline)
{
    m_settings->setValue(kHotline, hotline.trimmed());
}

QString AppSettings::supportEmail() const
{
    return m_settings->value(kEmail, defaultEmail()).toString().trimmed();
}

void AppSettings::setSupportEmail(const QString& email)
{
    m_settings->setValue(kEmail, email.trimmed());
}

bool AppSettings::hasRememberedProfile() const
{
    return m_settings->contains(kProfileKind);
}

ConnectionProfile AppSettings::lastProfile() const
{
    ConnectionProfile p;
    p.kind = m_settings->value(kProfileKind).toString() == QLatin1String("server") ? ConnectionProfile::Kind::Server
                                                                                   : ConnectionProfile::Kind::Local;
    p.filePath = m_settings->value(kProfileFile, services::StoreSetup::defaultDatabasePath()).toString();
    p.host = m_settings->value(kProfileHost).toString();
    p.port = qBound(1, m_settings->value(kProfilePort, 5432).toInt(), 65535);
    p.database = m_settings->value(kProfileDatabase, QStringLiteral("hocbaso")).toString();
    const QString mode = m_settings->value(kProfileSslMode).toString();
    if (ConnectionProfile::sslModes().contains(mode))
        p.sslMode = mode;
    p.caFile = m_settings->value(kProfileCaFile).toString();
    p.readHost = m_settings->value(kProfileReadHost).toString();
    p.readPort = qBound(1, m_settings->value(kProfileReadPort, 5432).toInt(), 65535);
    return p;
}

void AppSettings::setLastProfile(const ConnectionProfile& p)
{
    m_settings->setValue(kProfileKind, p.kind == ConnectionProfile::Kind::Server ? QStringLiteral("server")
                                                                                 : QStringLiteral("local"));
    m_settings->setValue(kProfileFile, p.filePath);
    m_settings->setValue(kProfileHost, p.host);
    m_settings->setValue(kProfilePort, p.port);
    m_settings->setValue(kProfileDatabase, p.database);
    m_settings->setValue(kProfileSslMode, p.sslMode);
    m_settings->setValue(kProfileCaFile, p.caFile);
    m_settings->setValue(kProfileReadHost, p.readHost);
    m_settings->setValue(kProfileReadPort, p.readPort);
}

QString AppSettings::lastUsername() const
{
    return m_settings->value(kUsername).toString();
}

void AppSettings::setLastUsername(const QString& username)
{
    m_settings->setValue(kUsername, username.trimmed());
}

services::Edition AppSettings::lastEdition() const
{
    return m_settings->value(kEdition).toString() == QLatin1String("school") ? services::Edition::School
                                                                             : services::Edition::ManagingUnit;
}

void AppSettings::setLastEdition(services::Edition edition)
{
    m_settings->setValue(kEdition,
                         edition == services::Edition::School ? QStringLiteral("school") : QStringLiteral("unit"));
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace hocbaso::ui
