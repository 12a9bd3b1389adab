#include "GuiSupport.h"

#include "LoginDialog.h"
#include "core/Translations.h"
#include "crypto/PasswordHash.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"
#include "support/DemoStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace hocbaso::test {
namespace {

// The offscreen platform warns about every raise() and size hint; those lines hide real output.
QtMessageHandler g_previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void quietOffscreenWarnings()
{
    static const bool quiet = [] {
        g_previousHandler = qInstallMessageHandler(quietOffscreen);
        return true;
    }();
    Q_UNUSED(quiet);
}

void GuiTest::SetUp()
{
    quietOffscreenWarnings();

    QString skip;
    m_store = TestStore::create(store::Dialect::Sqlite, &skip);
    ASSERT_TRUE(m_store) << skip.toStdString();
    m_clock = &m_store->clock();
    ASSERT_TRUE(m_settingsDir.isValid());

    store::UnitRepository units(m_store->db());
    Unit unit;
    unit.code = QStringLiteral("PGD99");
    unit.name = QString::fromUtf8(kUnitName);
    unit.level = UnitLevel::Phong;
    auto unitId = units.insert(unit);
    ASSERT_TRUE(unitId) << unitId.errorString().toStdString();
    m_unitId = *unitId;

    store::SchoolRepository schools(m_store->db());
    School school;
    school.code = QStringLiteral("TH99001");
    school.name = QStringLiteral("Trường Tiểu học Thử nghiệm");
    school.unitId = m_unitId;
    auto schoolId = schools.insert(school);
    ASSERT_TRUE(schoolId) << schoolId.errorString().toStdString();
    m_schoolId = *schoolId;

    // One Argon2id hash for every user: hashing is slow on purpose.
    const QString hash = crypto::PasswordHash::hash(QString::fromLatin1(kPassword));
    ASSERT_FALSE(hash.isEmpty());
    store::UserRepository users(m_store->db());
    struct Seed
    {
        const char* name;
        Role role;
        bool school;
        bool disabled;
    };
    for (const Seed& s : {Seed{"admin", Role::Admin, false, false}, Seed{"canbo1", Role::Officer, false, false},
                          Seed{"xem1", Role::Viewer, false, false}, Seed{"truong1", Role::School, true, false},
                          Seed{"nghi1", Role::Officer, false, true}}) {
        User u;
        u.username = QString::fromLatin1(s.name);
        u.displayName = QStringLiteral("Nguyễn Thị %1").arg(u.username);
        u.role = s.role;
        u.unitId = m_unitId;
        u.schoolId = s.school ? m_schoolId : 0;
        u.passwordHash = hash;
        u.disabled = s.disabled;
        u.createdAt = m_clock->now();
        auto id = users.insert(u);
        ASSERT_TRUE(id) << id.errorString().toStdString();
    }

    m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
    m_controller->setDatabaseOverride(m_store->sqlitePath());
    m_controller->start();
}

void GuiTest::TearDown()
{
    m_controller.reset();
    flushDeletes();
    m_settings.reset();
    m_store.reset();
}

void GuiTest::flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool GuiTest::signInAs(const QString& username, const QString& password)
{
    ui::LoginDialog* login = m_controller->loginDialog();
    auto* user = login->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* button = login->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
    if (!user || !pass || !button || !login->isVisible())
        return false;
    user->clear();
    QTest::keyClicks(user, username);
    pass->clear();
    QTest::keyClicks(pass, password);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_controller->isSignedIn();
}

QString GuiTest::loginMessage() const
{
    return m_controller->loginDialog()->message();
}

void GuiDemoTest::setUpDemo(const QString& language, int schools, int students)
{
    quietOffscreenWarnings();
    installTranslations(language);
    QString skip;
    m_store = TestStore::create(store::Dialect::Sqlite, &skip);
    ASSERT_TRUE(m_store) << skip.toStdString();
    m_clock = &m_store->clock();
    ASSERT_TRUE(m_settingsDir.isValid());
    auto demo = fillWithDemo(*m_store, schools, students, false);
    ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
    m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
    m_controller->setDatabaseOverride(m_store->sqlitePath());
    m_controller->start();
}

} // namespace hocbaso::test
