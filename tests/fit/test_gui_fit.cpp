// The windows on the screens officers have. This suite runs once per screen (tests/CMakeLists.txt):
// a 1366x768 laptop at 125 % (1093x614 logical pixels) and a 1920x1080 monitor at 150 % (1280x720),
// through the offscreen platform's screen configuration and QT_SCALE_FACTOR, in the language of
// HOCBASO_FIT_LANG. Run alone it uses whatever screen the platform gives.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScreenFit.h"
#include "Session.h"
#include "SessionController.h"
#include "models/CertificateTableModel.h"
#include "models/ProgressTableModel.h"
#include "pages/CertificateReviewPage.h"
#include "pages/Page.h"
#include "pages/StatisticsPage.h"
#include "services/CertificateReview.h"
#include "store/CertificateRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGuiApplication>
#include <QPair>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace hocbaso::test {
namespace {

QString fitLanguage()
{
    const QString language = qEnvironmentVariable("HOCBASO_FIT_LANG");
    return language.isEmpty() ? QStringLiteral("vi") : language;
}

QRect screenArea()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

QString describe(const QRect& r)
{
    return QStringLiteral("%1x%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// Whether a window lies on the screen, frame and title bar included.
::testing::AssertionResult onScreen(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    // At 125 % a 1366-pixel screen is 1092.8 logical pixels: Qt rounds the screen down and a
    // maximized window up, one pixel apart.
    if (screenArea().adjusted(0, 0, 1, 1).contains(frame))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << window->objectName().toStdString() << " " << describe(frame).toStdString()
                                         << " is not within the screen's " << describe(screenArea()).toStdString();
}

// Whether every pixel of `w` is inside each of its ancestors up to its window, so that a button
// pushed past a splitter's edge or the window's is caught as well as a hidden one.
::testing::AssertionResult shownWhole(const QWidget* w)
{
    if (!w)
        return ::testing::AssertionFailure() << "no such widget";
    if (!w->isVisible())
        return ::testing::AssertionFailure() << w->objectName().toStdString() << " is hidden";
    const QWidget* window = w->window();
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect inParent = p == window ? p->rect() : QRect(p->mapTo(window, QPoint(0, 0)), p->size());
        if (!inParent.contains(r))
            return ::testing::AssertionFailure()
                   << w->objectName().toStdString() << " " << describe(r).toStdString() << " is cut by "
                   << p->metaObject()->className() << " " << p->objectName().toStdString() << " "
                   << describe(inParent).toStdString();
        if (p == window)
            break;
    }
    if (w->width() < w->minimumSizeHint().width())
        return ::testing::AssertionFailure()
               << w->objectName().toStdString() << " is squeezed to " << w->width() << " px, under the "
               << w->minimumSizeHint().width() << " px its text needs";
    return ::testing::AssertionSuccess();
}

// The widgets under `root` that ask for more than `width` pixels while none of their children
// does: where a too-wide minimum comes from.
QStringList widerThan(const QWidget* root, int width)
{
    QStringList found;
    bool childIsWider = false;
    for (const QWidget* child : root->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() || child->minimumSizeHint().width() <= width)
            continue;
        childIsWider = true;
        found += widerThan(child, width);
    }
    if (!childIsWider) {
        // No one child: then it is the children side by side (a status bar's labels, a row of
        // buttons); name the widest of them.
        QStringList parts;
        for (const QWidget* child : root->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && !child->isHidden() && child->minimumSizeHint().width() > width / 4)
                parts.append(QStringLiteral("%1 %2 (%3 px)")
                                 .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                                 .arg(child->minimumSizeHint().width()));
        }
        found.append(QStringLiteral("%1 %2 (%3 px)")
                         .arg(QString::fromLatin1(root->metaObject()->className()), root->objectName())
                         .arg(root->minimumSizeHint().width()) +
                     (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(" + "))));
    }
    return found;
}

// The buttons a page cannot be used without: its decisions and exports.
QStringList keyButtons(ui::PageId id)
{
    switch (id) {
    case ui::PageId::CertificateReview:
        return {QStringLiteral("approvePushButton"), QStringLiteral("rejectPushButton"),
                QStringLiteral("revokePushButton"), QStringLiteral("detailPanePushButton")};
    case ui::PageId::LockSettings:
        return {QStringLiteral("configureReceivePushButton"), QStringLiteral("configureRevokePushButton"),
                QStringLiteral("savePushButton"), QStringLiteral("discardPushButton")};
    case ui::PageId::RecordLookup:
        return {QStringLiteral("lookUpPushButton"), QStringLiteral("exportPdfPushButton"),
                QStringLiteral("printPushButton"), QStringLiteral("recordPanePushButton")};
    case ui::PageId::Statistics:
        return {QStringLiteral("remindPushButton"), QStringLiteral("exportXlsxPushButton"),
                QStringLiteral("exportPdfPushButton")};
    case ui::PageId::RevocationReview:
        return {QStringLiteral("approvePushButton"), QStringLiteral("rejectPushButton"),
                QStringLiteral("recordPanePushButton")};
    case ui::PageId::Todo:
        return {QStringLiteral("refreshPushButton")};
    }
    return {};
}

class GuiFit : public GuiDemoTest
{
protected:
    void SetUp() override { setUpDemo(fitLanguage()); }
    ui::MainWindow* main() { return m_controller->mainWindow(); }

    // Every page the user may open, each with its key buttons whole, and the sign-out button.
    void expectEveryPageUsable(const char* where)
    {
        SCOPED_TRACE(where);
        ui::MainWindow* window = main();
        const QList<ui::PageId> pages = ui::Page::all();
        for (ui::PageId id : pages) {
            if (!window->showPage(id))
                continue;
            QApplication::processEvents();
            QWidget* page = window->page(id);
            EXPECT_LE(page->minimumSizeHint().width(), window->width())
                << ui::Page::title(id).toStdString() << ": "
                << widerThan(page, window->width()).join(QStringLiteral(", ")).toStdString();
            for (const QString& name : keyButtons(id))
                EXPECT_TRUE(shownWhole(page->findChild<QPushButton*>(name)))
                    << ui::Page::title(id).toStdString() << ": " << name.toStdString();
        }
        // Every tab in view, none behind scroll arrows, its number readable.
        QTabBar* tabs = window->tabWidget()->tabBar();
        for (int t = 0; t < tabs->count(); ++t)
            EXPECT_TRUE(tabs->rect().contains(tabs->tabRect(t))) << tabs->tabText(t).toStdString() << " is out of view";
        auto* signOut = window->findChild<QAction*>(QStringLiteral("signOutAction"));
        ASSERT_NE(signOut, nullptr);
        const QList<QToolBar*> bars = window->findChildren<QToolBar*>();
        ASSERT_FALSE(bars.isEmpty());
        auto* signOutButton = qobject_cast<QToolButton*>(bars.first()->widgetForAction(signOut));
        EXPECT_TRUE(shownWhole(signOutButton)) << "Sign out";
    }

    // The dialog `trigger` opens: it must lie on the screen. It is closed afterwards.
    // The dialog `trigger` opens: it must lie on the screen. With `inner`, the dialog that button of
    // it opens must too. Both are closed afterwards.
    void expectDialogOnScreen(const std::function<void()>& trigger, const char* what, const char* inner = nullptr)
    {
        SCOPED_TRACE(what);
        trigger();
        QDialog* dialog = waitForDialog(nullptr);
        ASSERT_NE(dialog, nullptr) << what << " did not open";
        expectFits(dialog, what);
        if (inner) {
            auto* button = dialog->findChild<QPushButton*>(QString::fromLatin1(inner));
            ASSERT_NE(button, nullptr) << inner;
            button->click();
            QDialog* nested = waitForDialog(dialog);
            ASSERT_NE(nested, nullptr) << inner << " opened nothing";
            expectFits(nested, inner);
            nested->reject();
            QApplication::processEvents();
        }
        dialog->reject();
        QApplication::processEvents();
    }
    // The modal dialog on top, once it is another than `other`.
    static QDialog* waitForDialog(const QDialog* other)
    {
        QDialog* dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                return dialog && dialog != other && dialog->isVisible();
            },
            5000);
        return opened ? dialog : nullptr;
    }
    static void expectFits(QDialog* dialog, const char* what)
    {
        QApplication::processEvents();
        EXPECT_TRUE(onScreen(dialog)) << what;
        EXPECT_LE(dialog->minimumSizeHint().width(), screenArea().width()) << what;
        EXPECT_LE(dialog->minimumSizeHint().height(), screenArea().height()) << what;
    }
};

TEST_F(GuiFit, TheSignInWindowFitsTheScreen)
{
    ui::LoginDialog* login = m_controller->loginDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 5000));
    EXPECT_TRUE(onScreen(login));
    auto* signIn = login->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
    EXPECT_TRUE(shownWhole(signIn));
}

TEST_F(GuiFit, TheMainWindowTakesTheScreenAndEveryPageKeepsItsButtonsInView)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->isVisible(); }, 5000));
    QApplication::processEvents();
    EXPECT_TRUE(window->isMaximized()) << "the first time, the window takes the whole screen";
    EXPECT_TRUE(onScreen(window));
    expectEveryPageUsable("maximized");
}

TEST_F(GuiFit, SchoolNamesIn64AreShownWhole)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    ASSERT_TRUE(window->showPage(ui::PageId::Statistics));
    auto* page = qobject_cast<ui::StatisticsPage*>(window->page(ui::PageId::Statistics));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy() && page->currentReport().has_value(); }, 10000));
    QApplication::processEvents();
    auto* table = page->findChild<QTableView*>(QStringLiteral("schoolsTableView"));
    ASSERT_NE(table, nullptr);
    ASSERT_GT(table->model()->rowCount(), 0);
    // The name column: each school's name in full, with the cell's own padding.
    const int column = ui::ProgressTableModel::NameColumn;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString name = table->model()->index(r, column).data().toString();
        EXPECT_LE(table->fontMetrics().horizontalAdvance(name) + 8, table->columnWidth(column))
            << name.toStdString() << " is cut";
    }
}

TEST_F(GuiFit, TheMainWindowWorksAt1024x600)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    window->showNormal();
    const QSize small = QSize(1024, 600).boundedTo(screenArea().size());
    window->resize(small);
    QApplication::processEvents();
    EXPECT_EQ(window->size(), small) << "no minimum size larger than a small laptop's screen: minimum "
                                     << window->minimumSizeHint().width() << "x" << window->minimumSizeHint().height()
                                     << " from "
                                     << widerThan(window, small.width() - 1).join(QStringLiteral(", ")).toStdString();
    expectEveryPageUsable("1024x600");
}

TEST_F(GuiFit, TheOfficersDialogsFitTheScreen)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    QApplication::processEvents();

    ASSERT_TRUE(window->showPage(ui::PageId::LockSettings));
    QWidget* locks = window->page(ui::PageId::LockSettings);
    expectDialogOnScreen([&] { locks->findChild<QPushButton*>(QStringLiteral("configureReceivePushButton"))->click(); },
                         "6.2 lock dates for all schools");

    ASSERT_TRUE(window->showPage(ui::PageId::Statistics));
    QWidget* stats = window->page(ui::PageId::Statistics);
    auto* remind = stats->findChild<QPushButton*>(QStringLiteral("remindPushButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return remind->isEnabled(); }, 10000)) << "some schools lag in the demo";
    expectDialogOnScreen([&] { remind->click(); }, "6.4 reminders");

    ASSERT_TRUE(window->showPage(ui::PageId::CertificateReview));
    QWidget* certificates = window->page(ui::PageId::CertificateReview);
    expectDialogOnScreen([&] { certificates->findChild<QPushButton*>(QStringLiteral("trustPushButton"))->click(); },
                         "6.1 trusted roots");
    // A rejection asks for its reason: the highlighted pending certificate's.
    auto* reject = certificates->findChild<QPushButton*>(QStringLiteral("rejectPushButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reject->isEnabled(); }, 10000)) << "a pending certificate is highlighted";
    expectDialogOnScreen([&] { reject->click(); }, "6.1 rejection");
    expectDialogOnScreen([&] { window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger(); }, "About");
}

TEST_F(GuiFit, TheAdministratorsDialogsFitTheScreen)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("admin1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    QApplication::processEvents();
    // Each window, and the one it opens for its main task (the school list's import, a new user).
    const QList<QPair<const char*, const char*>> windows = {{"organisationAction", "importPushButton"},
                                                            {"usersAction", "addUserPushButton"},
                                                            {"auditLogAction", nullptr},
                                                            {"trustAnchorsAction", nullptr},
                                                            {"settingsAction", nullptr}};
    for (const auto& [name, inner] : windows) {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled() && action->isVisible()) << name << " is open to an administrator";
        expectDialogOnScreen([&] { action->trigger(); }, name, inner);
    }
}

TEST_F(GuiFit, TheHighlightedCertificateIsApprovedWithTheKeyboardAlone)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* window = main();
    ASSERT_TRUE(window->showPage(ui::PageId::CertificateReview));
    auto* page = qobject_cast<ui::CertificateReviewPage*>(window->page(ui::PageId::CertificateReview));
    ui::CertificateTableModel* model = page->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 10000));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));

    auto* table = page->findChild<QTableView*>(QStringLiteral("certificatesTableView"));
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    // Down the list with the arrow keys to a pending certificate whose checks pass.
    auto clean = [&](int row) {
        const services::CertificateView* v = model->certificateAt(row);
        return v && v->registration.status == CertificateStatus::Pending && !v->hasFailedCheck();
    };
    for (int i = 0; i < model->rowCount() && !clean(table->currentIndex().row()); ++i)
        QTest::keyClick(table, Qt::Key_Down);
    ASSERT_TRUE(clean(table->currentIndex().row())) << "the demo has a clean pending certificate";
    const qint64 id = model->certificateAt(table->currentIndex().row())->registration.id;
    EXPECT_EQ(model->checkedCount(), 0);

    // The approve button's own mnemonic, in whatever language the window speaks.
    auto* approve = page->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
    ASSERT_TRUE(shownWhole(approve));
    const QKeySequence mnemonic = QKeySequence::mnemonic(approve->text());
    ASSERT_FALSE(mnemonic.isEmpty()) << approve->text().toStdString();
    m_prompter.answerNext(true);
    QTest::keySequence(table, mnemonic);
    // A mnemonic clicks the button as a mouse would, after the button's short animation.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto stored = store::CertificateRepository(m_store->db()).byId(id);
            return stored.ok() && stored->has_value() && (*stored)->status == CertificateStatus::Approved;
        },
        5000))
        << "the highlighted certificate was approved";
    ASSERT_FALSE(m_prompter.messages().isEmpty());
    EXPECT_EQ(m_prompter.messages().first().kind, QStringLiteral("confirm"));
}

} // namespace
} // namespace hocbaso::test
