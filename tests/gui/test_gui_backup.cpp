// System > Back up... and Restore... on a SQLite store: the copy is made behind a progress window and
// described in words; a restore checks the copy, asks with what it holds, signs out, puts the copy in
// the place of the store (the old file kept beside) and returns to the sign-in window.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "services/StoreBackup.h"
#include "services/StoreInfo.h"
#include "store/SchoolRepository.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>

namespace hocbaso::test {
namespace {

// The store the window works on is a file of its own in a temporary folder, which no other
// connection holds open (a restore replaces only a store nobody has open; the fixture's own
// connection stays on its file).
class GuiBackup : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        m_office = m_dir.filePath(QStringLiteral("office.sqlite"));
        auto made = services::StoreBackup(*m_clock).backupFile(m_store->sqlitePath(), m_office);
        ASSERT_TRUE(made) << made.errorString().toStdString();
        m_controller->setDatabaseOverride(m_office);
        m_controller->start();
    }

    ui::MainWindow* main() const { return m_controller->mainWindow(); }

    // The file dialogs answer `path`; what they were asked is kept.
    void answerFileDialogWith(const QString& path)
    {
        main()->setFileChooser([this, path](bool save, const QString&, const QString& suggestion, const QString&) {
            m_askedSave = save;
            m_suggestion = suggestion;
            return path;
        });
    }

    // Backs up through System > Back up... into `path`; true when the window says the copy was made.
    bool backUpThroughTheMenu(const QString& path)
    {
        answerFileDialogWith(path);
        QSignalSpy finished(main(), &ui::MainWindow::backupFinished);
        main()->backupAction()->trigger();
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        return finished.first().first().toBool();
    }

    static qint64 schoolsIn(const QString& path)
    {
        auto db = store::Database::open(store::ConnectionSpec::sqlite(path, false));
        if (!db)
            return -1;
        auto counts = services::storeCounts(**db);
        return counts ? counts->schools : -1;
    }

    bool hasMessage(const QString& kind, const QString& part) const
    {
        for (const auto& m : m_prompter.messages()) {
            if (m.kind == kind && m.text.contains(part))
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    QString m_office;
    bool m_askedSave = false;
    QString m_suggestion;
};

TEST_F(GuiBackup, TheSystemMenuOffersBackUpAndRestoreWithMnemonics)
{
    ASSERT_TRUE(signInAs(QStringLiteral("admin"))) << loginMessage().toStdString();
    auto* system = main()->findChild<QMenu*>(QStringLiteral("systemMenu"));
    ASSERT_TRUE(system);
    for (QAction* a : {main()->backupAction(), main()->restoreAction()}) {
        EXPECT_TRUE(system->actions().contains(a)) << a->objectName().toStdString();
        EXPECT_TRUE(a->isEnabled()) << "a SQLite store is backed up from the window";
        EXPECT_TRUE(a->text().contains(QLatin1Char('&'))) << a->text().toStdString();
    }
    EXPECT_EQ(main()->backupAction()->text(), QStringLiteral("&Back up..."));
    EXPECT_EQ(main()->restoreAction()->text(), QStringLiteral("&Restore..."));

    main()->signOutAction()->trigger();
    EXPECT_FALSE(main()->backupAction()->isEnabled()) << "nothing to back up without a session";
    EXPECT_FALSE(main()->restoreAction()->isEnabled());
}

TEST_F(GuiBackup, BackUpWritesACopyThatVerifiesAndSaysWhatItMade)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    const QString target = m_dir.filePath(QStringLiteral("usb/office-copy.sqlite"));
    ASSERT_TRUE(backUpThroughTheMenu(target)) << m_prompter.lastText().toStdString();

    // The dialog proposed the store's name and the day, in Documents.
    EXPECT_TRUE(m_askedSave);
    EXPECT_EQ(QFileInfo(m_suggestion).fileName(), QStringLiteral("office-2026-11-20.sqlite"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty()) {
        EXPECT_EQ(QFileInfo(m_suggestion).absolutePath(), QDir(documents).absolutePath());
    }

    ASSERT_FALSE(m_prompter.messages().isEmpty());
    const auto said = m_prompter.messages().last();
    EXPECT_EQ(said.kind, QStringLiteral("inform")) << said.text.toStdString();
    EXPECT_TRUE(said.text.contains(QDir::toNativeSeparators(target))) << said.text.toStdString();
    EXPECT_TRUE(said.text.contains(QStringLiteral("audit log was verified"))) << said.text.toStdString();

    // A copy a restore accepts, holding the store's school.
    ASSERT_TRUE(QFileInfo::exists(target));
    auto checked = services::StoreBackup(*m_clock).check(target);
    ASSERT_TRUE(checked) << checked.errorString().toStdString();
    EXPECT_EQ(checked->schools, 1);
    EXPECT_FALSE(main()->runningTask());
    EXPECT_TRUE(m_controller->isSignedIn()) << "a backup leaves the session as it was";
}

// The daily copy is made off the GUI thread after sign-in (a province's store takes longer to copy
// than a sign-in may), once a day, and leaves the session as it was.
TEST_F(GuiBackup, TheDailyCopyIsMadeBehindTheWindowOnceADay)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    EXPECT_TRUE(services::StoreBackup::dailyCopies(m_office).isEmpty()) << "made during sign-in itself";
    QSignalSpy finished(main(), &ui::MainWindow::dailyBackupFinished);
    main()->makeDailyBackup();
    ASSERT_TRUE(finished.wait(60000));
    const QStringList copies = services::StoreBackup::dailyCopies(m_office);
    ASSERT_EQ(copies.size(), 1);
    auto checked = services::StoreBackup(*m_clock).check(copies.first());
    ASSERT_TRUE(checked) << checked.errorString().toStdString();
    EXPECT_EQ(checked->schools, 1);
    // The same day again: nothing new.
    main()->makeDailyBackup();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(services::StoreBackup::dailyCopies(m_office), copies);
    EXPECT_TRUE(m_controller->isSignedIn());
}

TEST_F(GuiBackup, AViewerIsToldWhyAndNothingIsWritten)
{
    ASSERT_TRUE(signInAs(QStringLiteral("xem1"))) << loginMessage().toStdString();
    const QString target = m_dir.filePath(QStringLiteral("viewer-copy.sqlite"));
    answerFileDialogWith(target);
    main()->backupAction()->trigger();
    EXPECT_TRUE(hasMessage(QStringLiteral("refuse"), QStringLiteral("Only administrators and officers")))
        << m_prompter.lastText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(main()->runningTask());
}

TEST_F(GuiBackup, RestoreConfirmedReturnsToSignInOnTheCopysData)
{
    ASSERT_TRUE(signInAs(QStringLiteral("admin"))) << loginMessage().toStdString();
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backUpThroughTheMenu(copy)) << m_prompter.lastText().toStdString();

    // After the copy the store gets a second school: the restore takes it back to one.
    School later;
    later.code = QStringLiteral("TH99002");
    later.name = QStringLiteral("Trường Tiểu học Sau bản sao");
    later.unitId = m_unitId;
    ASSERT_TRUE(store::SchoolRepository(m_controller->session()->database()).insert(later));
    ASSERT_EQ(schoolsIn(m_office), 2);

    m_prompter.clear();
    answerFileDialogWith(copy);
    m_prompter.answerNext(true);
    QSignalSpy restored(m_controller.get(), &ui::SessionController::restoreFinished);
    main()->restoreAction()->trigger();
    ASSERT_TRUE(restored.wait(60000)) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(restored.first().first().toBool()) << m_prompter.lastText().toStdString();
    EXPECT_FALSE(m_askedSave);

    // The question said what the copy holds and what would happen.
    ASSERT_GE(m_prompter.messages().size(), 2);
    const auto asked = m_prompter.messages().first();
    EXPECT_EQ(asked.kind, QStringLiteral("confirm"));
    EXPECT_TRUE(asked.text.contains(QStringLiteral("1 school(s)"))) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QStringLiteral("office.sqlite.before-restore-"))) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QStringLiteral("signed out"))) << asked.text.toStdString();
    // And the result in words.
    const auto told = m_prompter.messages().last();
    EXPECT_EQ(told.kind, QStringLiteral("inform")) << told.text.toStdString();
    EXPECT_TRUE(told.text.contains(QStringLiteral("Restored the copy of"))) << told.text.toStdString();

    // Back at the sign-in window, the session gone.
    EXPECT_FALSE(m_controller->isSignedIn());
    EXPECT_FALSE(main()->isVisible());
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("restored"))) << loginMessage().toStdString();
    EXPECT_FALSE(m_controller->runningTask());

    // The store is the copy; the replaced file is beside it with the later school.
    EXPECT_EQ(schoolsIn(m_office), 1);
    const QStringList kept =
        QDir(m_dir.path()).entryList({QStringLiteral("office.sqlite.before-restore-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1) << kept.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(schoolsIn(m_dir.filePath(kept.first())), 2);

    // And it is the store one signs in to again.
    flushDeletes();
    ASSERT_TRUE(signInAs(QStringLiteral("admin"))) << loginMessage().toStdString();
    auto schools = services::storeCounts(m_controller->session()->database());
    ASSERT_TRUE(schools);
    EXPECT_EQ(schools->schools, 1);
}

TEST_F(GuiBackup, RestoreNotConfirmedOrOfABadFileChangesNothing)
{
    ASSERT_TRUE(signInAs(QStringLiteral("admin"))) << loginMessage().toStdString();
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backUpThroughTheMenu(copy)) << m_prompter.lastText().toStdString();
    const QByteArray before = [this] {
        QFile f(m_office);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    // Asked, answered Cancel.
    m_prompter.clear();
    answerFileDialogWith(copy);
    m_prompter.answerNext(false);
    QSignalSpy declined(main(), &ui::MainWindow::restoreDeclined);
    main()->restoreAction()->trigger();
    ASSERT_TRUE(declined.wait(60000));
    ASSERT_FALSE(m_prompter.messages().isEmpty());
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("confirm"));
    EXPECT_TRUE(m_controller->isSignedIn());

    // Not a database: refused in words before any question.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    m_prompter.clear();
    answerFileDialogWith(garbage);
    main()->restoreAction()->trigger();
    ASSERT_TRUE(declined.wait(60000));
    ASSERT_EQ(m_prompter.messages().size(), 1);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("cannot be restored")))
        << m_prompter.lastText().toStdString();
    EXPECT_TRUE(m_controller->isSignedIn());

    QFile f(m_office);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before) << "the store changed";
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}

} // namespace
} // namespace hocbaso::test
