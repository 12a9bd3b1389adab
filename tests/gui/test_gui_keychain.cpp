// The keychain option of the sign-in window: offered only with a keychain service, the password
// kept there (never in the settings) when asked, offered again at the next start but not after a
// sign-out, and dropped when it stops working.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "PasswordVault.h"
#include "SessionController.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <map>

namespace hocbaso::test {
namespace {

// A keychain in memory, as the operating system's would be.
class MemoryVault final : public ui::PasswordVault
{
public:
    bool available = true;
    std::map<QString, QString> entries;
    int reads = 0;

    bool isAvailable() override { return available; }
    std::optional<QString> read(const QString& account) override
    {
        ++reads;
        const auto it = entries.find(account);
        if (it == entries.end())
            return std::nullopt;
        return it->second;
    }
    bool store(const QString& account, const QString& password) override
    {
        entries[account] = password;
        return true;
    }
    void forget(const QString& account) override { entries.erase(account); }
};

class GuiKeychain : public GuiTest
{
protected:
    // The program started again (same settings and store), with `vault` as the keychain.
    void restart(ui::PasswordVault* vault)
    {
        m_controller.reset();
        flushDeletes();
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
        m_controller->setDatabaseOverride(m_store->sqlitePath());
        m_controller->setPasswordVault(vault);
        m_controller->start();
    }
    QCheckBox* rememberBox() const
    {
        return m_controller->loginDialog()->findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheckBox"));
    }
    QLineEdit* passwordEdit() const
    {
        return m_controller->loginDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    }
    bool pressSignIn()
    {
        auto* button = m_controller->loginDialog()->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return m_controller->isSignedIn();
    }
    QString accountOf(const QString& username) const
    {
        return ui::PasswordVault::account(m_controller->loginDialog()->profile(), username);
    }
};

TEST_F(GuiKeychain, WithoutAKeychainServiceTheOptionIsAbsent)
{
    ASSERT_NE(rememberBox(), nullptr);
    EXPECT_TRUE(rememberBox()->isHidden()); // no vault at all
    MemoryVault none;
    none.available = false;
    restart(&none);
    EXPECT_TRUE(rememberBox()->isHidden());
    EXPECT_FALSE(m_controller->loginDialog()->rememberPassword());
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(none.entries.empty());
}

TEST_F(GuiKeychain, AKeptPasswordIsOfferedAtTheNextStartButNotAfterSignOut)
{
    MemoryVault vault;
    restart(&vault);
    ASSERT_TRUE(rememberBox()->isVisibleTo(m_controller->loginDialog()));
    EXPECT_FALSE(rememberBox()->isChecked()); // off unless asked
    QTest::keyClicks(m_controller->loginDialog()->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit")),
                     QStringLiteral("canbo1"));
    QTest::keyClicks(passwordEdit(), QString::fromLatin1(kPassword));
    rememberBox()->click();
    ASSERT_TRUE(pressSignIn()) << loginMessage().toStdString();
    ASSERT_EQ(vault.entries.size(), 1u);
    EXPECT_EQ(vault.entries.begin()->first, accountOf(QStringLiteral("canbo1")));
    EXPECT_EQ(vault.entries.begin()->second, QString::fromLatin1(kPassword));
    // Never in the settings file.
    m_settings->sync();
    QFile ini(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains(kPassword));

    // Signing out asks for the password again: whoever sits down next must know it.
    m_controller->signOut();
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(passwordEdit()->text().isEmpty());

    // The next start offers it, and one press signs in.
    restart(&vault);
    EXPECT_EQ(passwordEdit()->text(), QString::fromLatin1(kPassword));
    EXPECT_TRUE(rememberBox()->isChecked());
    ASSERT_TRUE(pressSignIn()) << loginMessage().toStdString();
    EXPECT_EQ(vault.entries.size(), 1u);
}

TEST_F(GuiKeychain, UntickingTheOptionTakesThePasswordOut)
{
    MemoryVault vault;
    vault.entries[ui::PasswordVault::account(m_controller->loginDialog()->profile(), QStringLiteral("canbo1"))] =
        QString::fromLatin1(kPassword);
    m_settings->setLastUsername(QStringLiteral("canbo1"));
    restart(&vault);
    ASSERT_TRUE(rememberBox()->isChecked());
    rememberBox()->click();
    ASSERT_TRUE(pressSignIn()) << loginMessage().toStdString();
    EXPECT_TRUE(vault.entries.empty());
}

TEST_F(GuiKeychain, AKeptPasswordThatNoLongerWorksIsDropped)
{
    MemoryVault vault;
    const QString account =
        ui::PasswordVault::account(m_controller->loginDialog()->profile(), QStringLiteral("canbo1"));
    vault.entries[account] = QStringLiteral("Old#Pass2025"); // changed since
    m_settings->setLastUsername(QStringLiteral("canbo1"));
    restart(&vault);
    EXPECT_EQ(passwordEdit()->text(), QStringLiteral("Old#Pass2025"));
    EXPECT_FALSE(pressSignIn());
    EXPECT_TRUE(m_controller->loginDialog()->messageIsError());
    EXPECT_TRUE(vault.entries.empty());
    EXPECT_FALSE(rememberBox()->isChecked());
    // The right password typed by hand still works, and is not kept unless asked.
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(vault.entries.empty());
}

TEST_F(GuiKeychain, TheSystemKeychainIsUnavailableWithoutASessionBus)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        GTEST_SKIP() << "this machine has a session bus, and maybe a keychain";
    ui::SystemPasswordVault vault;
    EXPECT_FALSE(vault.isAvailable());
    EXPECT_FALSE(vault.read(QStringLiteral("x|y")).has_value());
    EXPECT_FALSE(vault.store(QStringLiteral("x|y"), QStringLiteral("secret")));
}

} // namespace
} // namespace hocbaso::test
