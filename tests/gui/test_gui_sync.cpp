// Working offline in the GUI (issue 10): an officer signed in to the central store chooses "Work
// offline", the unit is downloaded behind a progress window, the program then works on the copy;
// a decision there shows as a change waiting in the status bar; [Sync] sends it, and the report says
// in words that another officer decided first. Needs the test server (HOCBASO_TEST_PG).
//
// With HOCBASO_SYNC_SHOTS=DIR the walkthrough's windows (and, under X, the whole screen) are saved
// there as PNG files, in the language of SHOT_LANG (vi by default); the checks of English words are
// then left out.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/SyncReportDialog.h"
#include "models/RevocationTableModel.h"
#include "pages/RevocationReviewPage.h"
#include "services/RevocationReview.h"
#include "support/CentralStore.h"
#include "widgets/BackgroundTask.h"

#include "core/Translations.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTableWidget>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiSync : public ::testing::Test
{
protected:
    void SetUp() override
    {
        quietOffscreenWarnings();
        QString why;
        bool noServer = false;
        m_central = CentralStore::create(&why, &noServer);
        if (!m_central) {
            if (!noServer || TestStore::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        ASSERT_TRUE(m_settingsDir.isValid() && m_offlineDir.isValid());
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, m_central->store().clock());
        m_controller->setOfflineFolder(m_offlineDir.path());
        ui::ConnectionProfile p;
        p.kind = ui::ConnectionProfile::Kind::Server;
        p.host = qEnvironmentVariable("HOCBASO_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
        p.port = qEnvironmentVariableIntValue("HOCBASO_TEST_PG_PORT");
        static const QRegularExpression dbname(QStringLiteral("dbname=(\\S+)$"));
        p.database = dbname.match(m_central->store().conninfo()).captured(1);
        p.sslMode = QStringLiteral("verify-full");
        p.caFile = qEnvironmentVariable("HOCBASO_TEST_PG_ROOTCERT");
        m_settings->setLastProfile(p);
        m_server = p;
        m_controller->start();
        m_shots = qEnvironmentVariable("HOCBASO_SYNC_SHOTS");
        if (!m_shots.isEmpty()) {
            QDir().mkpath(m_shots);
            installTranslations(qEnvironmentVariable("SHOT_LANG", QStringLiteral("vi")));
        }
    }

    void TearDown() override
    {
        m_controller.reset();
        m_settings.reset();
        m_central.reset();
    }

    bool signIn(const QString& login)
    {
        ui::LoginDialog* dialog = m_controller->loginDialog();
        dialog->setUsername(login);
        auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
        if (!pass || !button)
            return false;
        QTest::keyClicks(pass, QString::fromLatin1(CentralStore::kPassword));
        QTest::mouseClick(button, Qt::LeftButton);
        return m_controller->isSignedIn();
    }

    // Waits (on the event loop, not a clock) until the download or sync has ended.
    bool waitForTask()
    {
        return QTest::qWaitFor([this] { return !m_controller->runningTask(); }, 300000);
    }

    // The source (English) words are checked only when no translation is installed.
    bool english() const { return m_shots.isEmpty(); }

    void shot(QWidget* w, const QString& name)
    {
        if (m_shots.isEmpty() || !w)
            return;
        QTest::qWait(0);
        QApplication::processEvents();
        w->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
        // Under X the whole screen too, with every window where it is.
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            QGuiApplication::primaryScreen()->grabWindow(0).save(
                QDir(m_shots).filePath(name + QStringLiteral("-screen.png")));
    }

    qint64 pendingRequest()
    {
        return m_central->count(QStringLiteral("SELECT r.id FROM revocation_requests r JOIN records rec ON rec.id = "
                                               "r.record_id JOIN schools s ON s.id = rec.school_id WHERE s.unit_id = "
                                               "%1 AND r.status = 'pending' ORDER BY r.id LIMIT 1")
                                    .arg(m_central->unitId(1)));
    }

    std::unique_ptr<CentralStore> m_central;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_offlineDir;
    std::unique_ptr<ui::AppSettings> m_settings;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::SessionController> m_controller;
    QString m_shots;
    ui::ConnectionProfile m_server;
};

TEST_F(GuiSync, WorkOfflineDecideSyncAndReadTheConflictReport)
{
    const QString officer = m_central->user(QStringLiteral("canbo1"));
    ASSERT_TRUE(signIn(officer)) << m_prompter.lastText().toStdString();
    ui::MainWindow* main = m_controller->mainWindow();
    main->resize(1366, 768);
    EXPECT_TRUE(main->workOfflineAction()->isVisible());
    EXPECT_TRUE(main->workOfflineAction()->isEnabled());
    EXPECT_FALSE(main->syncAction()->isVisible());
    EXPECT_TRUE(main->syncState().isEmpty());
    shot(main, QStringLiteral("1-online"));

    // Work offline: asked first, then the download behind a progress window.
    m_prompter.answerNext(true);
    main->workOfflineAction()->trigger();
    ASSERT_TRUE(m_controller->runningTask());
    if (QProgressDialog* progress = m_controller->runningTask()->progressDialog()) {
        if (english()) {
            EXPECT_EQ(progress->windowTitle(), QStringLiteral("Work offline"));
        }
        shot(progress, QStringLiteral("2-downloading"));
    }
    ASSERT_TRUE(waitForTask());
    ASSERT_TRUE(m_controller->isSignedIn());
    ui::Session* session = m_controller->session();
    ASSERT_TRUE(session->isOffline()) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(session->database().isSqlite());
    EXPECT_EQ(session->actor().username, officer);
    if (english()) {
        EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("You are working offline")))
            << m_prompter.lastText().toStdString();
    }
    EXPECT_TRUE(main->syncAction()->isVisible());
    EXPECT_FALSE(main->workOfflineAction()->isVisible());
    if (english()) {
        EXPECT_TRUE(main->syncState().startsWith(QStringLiteral("0 change(s) waiting to sync")))
            << main->syncState().toStdString();
    }
    // The next start opens the offline copy.
    EXPECT_EQ(m_settings->lastProfile().kind, ui::ConnectionProfile::Kind::Local);
    EXPECT_EQ(m_settings->lastProfile().filePath, m_controller->offlinePath(officer));

    // Decide offline on 6.5, with the page's own buttons.
    const qint64 request = pendingRequest();
    ASSERT_GT(request, 0);
    ASSERT_TRUE(main->showPage(ui::PageId::RevocationReview));
    auto* page = qobject_cast<ui::RevocationReviewPage*>(main->page(ui::PageId::RevocationReview));
    ASSERT_TRUE(page);
    const int row = page->model()->rowOfRequest(request);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(page->model()->setData(page->model()->index(row, ui::RevocationTableModel::PupilColumn), Qt::Checked,
                                       Qt::CheckStateRole));
    auto* approve = page->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
    ASSERT_TRUE(approve && approve->isEnabled());
    m_prompter.answerNext(true);
    QTest::mouseClick(approve, Qt::LeftButton);
    if (english()) {
        EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved 1 request")))
            << m_prompter.lastText().toStdString();
    }
    // The status bar counts it once the decision's transaction is over.
    ASSERT_TRUE(QTest::qWaitFor([main] { return main->syncState().startsWith(QStringLiteral("1 ")); }, 10000))
        << main->syncState().toStdString();
    shot(main, QStringLiteral("3-decided-offline"));
    EXPECT_EQ(m_central->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("pending"));

    // Meanwhile the administrator, online, rejects the same request.
    QString why;
    auto admin = m_central->signIn(m_central->user(QStringLiteral("admin")), &why);
    ASSERT_TRUE(admin) << why.toStdString();
    ASSERT_TRUE(
        services::RevocationReview(admin->context()).reject({request}, QStringLiteral("Thiếu minh chứng.")).ok());

    // [Sync]: the decision goes to the server, which has decided already; the report says so.
    main->syncAction()->trigger();
    ASSERT_TRUE(m_controller->runningTask());
    ASSERT_TRUE(waitForTask());
    ui::SyncReportDialog* report = main->syncReportDialog();
    ASSERT_TRUE(report) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(report->isVisible());
    QTableWidget* table = report->conflictTable();
    ASSERT_EQ(table->rowCount(), 1);
    if (english()) {
        EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Approve revocation request #%1").arg(request));
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Decided first by %1").arg(admin->ctx->actor.username));
    }
    const QString pupil =
        m_central->one(QStringLiteral("SELECT p.full_name FROM revocation_requests r JOIN records rec "
                                      "ON rec.id = r.record_id JOIN pupils p ON p.id = rec.pupil_id "
                                      "WHERE r.id = %1")
                           .arg(request));
    EXPECT_TRUE(table->item(0, 2)->text().contains(pupil)) << table->item(0, 2)->text().toStdString();
    if (english()) {
        EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("was not applied")));
        EXPECT_TRUE(report->summaryLabel()->text().startsWith(QStringLiteral("Sent 1 change(s) to the server")))
            << report->summaryLabel()->text().toStdString();
    }
    shot(main, QStringLiteral("4-synced"));
    shot(report, QStringLiteral("5-conflict-report"));
    if (english()) {
        EXPECT_TRUE(main->syncState().startsWith(QStringLiteral("0 change(s) waiting to sync")))
            << main->syncState().toStdString();
    }
    EXPECT_EQ(
        m_central->one(
            QStringLiteral("SELECT status || ':' || decided_by FROM revocation_requests WHERE id = %1").arg(request)),
        QStringLiteral("rejected:") + admin->ctx->actor.username);
    // The page shows the server's answer: the request is no longer pending here either.
    auto* after = qobject_cast<ui::RevocationReviewPage*>(main->page(ui::PageId::RevocationReview));
    ASSERT_TRUE(after);
    EXPECT_LT(after->model()->rowOfRequest(request), 0);
    report->close();

    // Back at the office: signed out, the sign-in window offers the offline copy; the officer picks
    // the server, and Work offline later opens the same copy again, without a new download.
    main->signOutAction()->trigger();
    ASSERT_FALSE(m_controller->isSignedIn());
    EXPECT_EQ(m_controller->loginDialog()->profile().kind, ui::ConnectionProfile::Kind::Local);
    m_controller->loginDialog()->setProfile(m_server);
    ASSERT_TRUE(signIn(officer)) << m_prompter.lastText().toStdString();
    EXPECT_FALSE(m_controller->session()->isOffline());
    m_prompter.answerNext(true);
    main->workOfflineAction()->trigger();
    EXPECT_FALSE(m_controller->runningTask());
    ASSERT_TRUE(m_controller->session()->isOffline()) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(main->syncAction()->isVisible());
}

} // namespace
} // namespace hocbaso::test
