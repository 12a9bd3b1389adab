// Central sign-in: the PostgreSQL server authenticates the user's own login role over TLS
// (verify-full), then the user row gives role and unit. Needs the test server (HOCBASO_TEST_PG,
// started by ./dev test); skipped without it, failed without it when CI=true.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "crypto/PasswordHash.h"
#include "services/StoreSetup.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiCentralSignIn : public ::testing::Test
{
protected:
    void SetUp() override
    {
        quietOffscreenWarnings();
        HOCBASO_MAKE_TEST_STORE(pg, store::Dialect::Postgres);
        m_store = std::move(pg);
        ASSERT_TRUE(services::StoreSetup::seedDefaults(m_store->db(), m_store->clock()));
        // Login roles belong to the whole cluster: names unique to this store, dropped with it.
        m_role = QStringLiteral("canbo") + m_store->roleSuffix();
        m_roleWithoutUser = QStringLiteral("khach") + m_store->roleSuffix();

        store::UnitRepository units(m_store->db());
        Unit unit;
        unit.code = QStringLiteral("PGD77");
        unit.name = QStringLiteral("Phòng GD&ĐT Trung tâm");
        auto unitId = units.insert(unit);
        ASSERT_TRUE(unitId) << unitId.errorString().toStdString();
        store::UserRepository users(m_store->db());
        User u;
        u.username = m_role;
        u.displayName = QStringLiteral("Đỗ Thu Trang");
        u.role = Role::Officer;
        u.unitId = *unitId;
        // Central users authenticate at the server; the local hash is not what lets them in.
        u.passwordHash = crypto::PasswordHash::hash(QStringLiteral("unused-local-hash-1"));
        u.createdAt = m_store->clock().now();
        auto id = users.insert(u);
        ASSERT_TRUE(id) << id.errorString().toStdString();
        // The officer's own login role, as `user add` makes it in the central store.
        ASSERT_TRUE(users.createLoginRole(m_role, crypto::ScramVerifier::make(QString::fromLatin1(kPassword))));
        // A role in the officers' group that the program does not know.
        ASSERT_TRUE(m_store->db().execDirect(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                                 .arg(m_roleWithoutUser, QString::fromLatin1(kPassword))));
        ASSERT_TRUE(m_store->db().execDirect(
            QStringLiteral("GRANT %1_officer TO %2").arg(m_store->databaseName(), m_roleWithoutUser)));

        ASSERT_TRUE(m_settingsDir.isValid());
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, m_store->clock());
        ui::ConnectionProfile p;
        p.kind = ui::ConnectionProfile::Kind::Server;
        p.host = qEnvironmentVariable("HOCBASO_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
        p.port = qEnvironmentVariableIntValue("HOCBASO_TEST_PG_PORT");
        static const QRegularExpression dbname(QStringLiteral("dbname=(\\S+)$"));
        p.database = dbname.match(m_store->conninfo()).captured(1);
        p.sslMode = QStringLiteral("verify-full");
        p.caFile = qEnvironmentVariable("HOCBASO_TEST_PG_ROOTCERT");
        m_settings->setLastProfile(p);
        m_controller->start();
    }

    void TearDown() override
    {
        m_controller.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (m_store && !m_roleWithoutUser.isEmpty())
            logIfFailed(m_store->db().execDirect(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_roleWithoutUser)),
                        "dropping the test's role");
        m_store.reset();
    }

    bool signInAs(const QString& username, const QString& password)
    {
        ui::LoginDialog* login = m_controller->loginDialog();
        auto* user = login->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
        auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        user->clear();
        QTest::keyClicks(user, username);
        QTest::keyClicks(pass, password);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInPushButton")), Qt::LeftButton);
        return m_controller->isSignedIn();
    }

    static constexpr const char* kPassword = "Central#Pass2026";
    std::unique_ptr<TestStore> m_store;
    QString m_role;
    QString m_roleWithoutUser;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ui::AppSettings> m_settings;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::SessionController> m_controller;
};

TEST_F(GuiCentralSignIn, TheServerRoleSignsInWithTheUsersRoleAndUnit)
{
    EXPECT_TRUE(
        m_controller->loginDialog()->findChild<QRadioButton*>(QStringLiteral("serverRadioButton"))->isChecked());
    ASSERT_TRUE(signInAs(m_role, QString::fromLatin1(kPassword)))
        << m_controller->loginDialog()->message().toStdString();
    ui::Session* session = m_controller->session();
    EXPECT_TRUE(session->database().isPostgres());
    EXPECT_EQ(session->actor().role, Role::Officer);
    EXPECT_EQ(session->unit().code, QStringLiteral("PGD77"));
    EXPECT_EQ(m_controller->mainWindow()->tabWidget()->count(), 6); // the to-do list and 6.1-6.5
    EXPECT_TRUE(session->storeDescription().startsWith(QStringLiteral("server ")));
    // The password is never remembered.
    EXPECT_TRUE(m_controller->loginDialog()->password().isEmpty());
}

TEST_F(GuiCentralSignIn, AWrongPasswordIsRefusedByTheServer)
{
    EXPECT_FALSE(signInAs(m_role, QStringLiteral("wrong-password1")));
    const QString message = m_controller->loginDialog()->message();
    EXPECT_TRUE(message.contains(QStringLiteral("refused the username or password"))) << message.toStdString();
    EXPECT_TRUE(message.contains(m_role));
    // The server's refusal is a wrong password like the local one: it says what to try.
    EXPECT_TRUE(message.contains(QStringLiteral("Caps Lock is off"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Vietnamese input method")));
}

TEST_F(GuiCentralSignIn, ARoleWithoutAUserRowIsRefusedClearly)
{
    EXPECT_FALSE(signInAs(m_roleWithoutUser, QString::fromLatin1(kPassword)));
    const QString message = m_controller->loginDialog()->message();
    EXPECT_TRUE(message.contains(QStringLiteral("no user of that name"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Caps Lock"))) << "the password was right";
}

TEST_F(GuiCentralSignIn, AServerCertificateFromAnotherAuthorityIsRefused)
{
    const QString wrongRoot = qEnvironmentVariable("HOCBASO_TEST_PG_WRONG_ROOTCERT");
    if (wrongRoot.isEmpty())
        GTEST_SKIP() << "HOCBASO_TEST_PG_WRONG_ROOTCERT is not set";
    ui::ConnectionProfile p = m_controller->loginDialog()->profile();
    p.caFile = wrongRoot;
    m_controller->loginDialog()->setProfile(p);
    EXPECT_FALSE(signInAs(m_role, QString::fromLatin1(kPassword)));
    const QString message = m_controller->loginDialog()->message();
    EXPECT_TRUE(message.contains(QStringLiteral("did not accept"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Caps Lock"))) << "a connection failure is no wrong password";
}

} // namespace
} // namespace hocbaso::test
