// The to-do list ("Việc cần làm"): the first tab after sign-in, its numbers the services', and each
// line opening its tab with the filter that lists that work.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/Translations.h"
#include "models/LockSettingsModel.h"
#include "models/RevocationTableModel.h"
#include "pages/CertificateReviewPage.h"
#include "pages/LockSettingsPage.h"
#include "pages/RevocationReviewPage.h"
#include "pages/StatisticsPage.h"
#include "pages/TodoPage.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "support/DemoStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

namespace hocbaso::test {
namespace {

using Item = ui::TodoPage::Item;

class GuiTodo : public GuiDemoTest
{
protected:
    services::ServiceContext& context() { return m_controller->session()->context(); }
    ui::MainWindow* main() { return m_controller->mainWindow(); }
    ui::TodoPage* todo() { return qobject_cast<ui::TodoPage*>(main()->page(ui::PageId::Todo)); }
    ui::Page* current() { return qobject_cast<ui::Page*>(main()->tabWidget()->currentWidget()); }
    // Back to the to-do tab, then Enter on the item's line, as a person would.
    void open(Item item)
    {
        ASSERT_TRUE(main()->showPage(ui::PageId::Todo));
        QTreeWidgetItem* line = todo()->lineOf(item);
        ASSERT_NE(line, nullptr);
        QTreeWidget* tree = todo()->treeWidget();
        tree->setCurrentItem(line);
        tree->setFocus();
        QTest::keyClick(tree->viewport(), Qt::Key_Return);
        // Some styles activate on Return only through the view itself.
        if (current() && current()->pageId() == ui::PageId::Todo)
            QTest::keyClick(tree, Qt::Key_Return);
    }
    static qint64 shownCount(QTreeWidgetItem* line) { return QLocale().toLongLong(line->text(1)); }
};

TEST_F(GuiTodo, ItIsTheFirstTabAfterSignInAndCountsAsTheServicesDo)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword))) << loginMessage().toStdString();
    ASSERT_NE(todo(), nullptr);
    EXPECT_EQ(main()->tabWidget()->indexOf(todo()), 0);
    ASSERT_NE(current(), nullptr);
    EXPECT_EQ(current()->pageId(), ui::PageId::Todo);
    EXPECT_EQ(main()->tabWidget()->tabText(0), QStringLiteral("To-do"));

    auto certificates = services::CertificateReview(context()).countsByStatus({});
    ASSERT_TRUE(certificates.ok());
    auto revocations = services::RevocationReview(context()).countsByStatus();
    ASSERT_TRUE(revocations.ok());
    const qint64 pending = certificates->value(CertificateStatus::Pending);
    EXPECT_GT(pending, 0);
    EXPECT_EQ(shownCount(todo()->lineOf(Item::PendingCertificates)), pending);
    EXPECT_EQ(shownCount(todo()->lineOf(Item::PendingRevocations)), revocations->value(RevocationStatus::Pending));
    ASSERT_TRUE(todo()->summary().has_value());
    EXPECT_EQ(shownCount(todo()->lineOf(Item::SchoolsBelowThreshold)), todo()->summary()->schoolsBelowThreshold);
    EXPECT_TRUE(m_prompter.messages().isEmpty());
}

TEST_F(GuiTodo, EachLineOpensItsTabWithItsFilter)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword))) << loginMessage().toStdString();
    ASSERT_NE(todo(), nullptr);

    // Another filter chosen on 6.1 first: the line must set its own.
    auto* certificates = qobject_cast<ui::CertificateReviewPage*>(main()->page(ui::PageId::CertificateReview));
    ASSERT_NE(certificates, nullptr);
    ASSERT_TRUE(certificates->setFilter(CertificateStatus::Rejected));
    open(Item::PendingCertificates);
    ASSERT_NE(current(), nullptr);
    EXPECT_EQ(current()->pageId(), ui::PageId::CertificateReview);
    auto* status = certificates->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->currentData().toInt(), int(CertificateStatus::Pending));

    open(Item::ExpiringCertificates);
    EXPECT_EQ(current()->pageId(), ui::PageId::CertificateReview);
    EXPECT_TRUE(certificates->showsExpiring());

    auto* revocations = qobject_cast<ui::RevocationReviewPage*>(main()->page(ui::PageId::RevocationReview));
    ASSERT_NE(revocations, nullptr);
    ASSERT_TRUE(revocations->setFilter(QString(), 0, RevocationStatus::Approved));
    open(Item::PendingRevocations);
    EXPECT_EQ(current()->pageId(), ui::PageId::RevocationReview);
    auto* revocationStatus = revocations->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    ASSERT_NE(revocationStatus, nullptr);
    EXPECT_EQ(revocationStatus->currentData().toInt(), int(RevocationStatus::Pending));

    auto* statistics = qobject_cast<ui::StatisticsPage*>(main()->page(ui::PageId::Statistics));
    ASSERT_NE(statistics, nullptr);
    open(Item::SchoolsBelowThreshold);
    EXPECT_EQ(current()->pageId(), ui::PageId::Statistics);
    EXPECT_EQ(statistics->highlightPercent(), todo()->summary()->thresholdPercent);

    // A receive lock in three days for every school of the unit: a line per school.
    const QDate soon = m_clock->now().toTimeZone(rulesTimeZone()).date().addDays(3);
    services::LockChange change;
    change.allSchools = true;
    change.receive = soon;
    ASSERT_TRUE(services::LockService(context()).set(change, [](const QString&) { return true; }).ok());
    ASSERT_TRUE(main()->showPage(ui::PageId::Todo)); // shown again: counted again
    ASSERT_TRUE(todo()->summary().has_value());
    ASSERT_FALSE(todo()->summary()->locksSoon.isEmpty());
    const services::LockSoon first = todo()->summary()->locksSoon.first();
    EXPECT_EQ(first.date, soon);
    open(Item::LockSoon);
    EXPECT_EQ(current()->pageId(), ui::PageId::LockSettings);
    auto* locks = qobject_cast<ui::LockSettingsPage*>(main()->page(ui::PageId::LockSettings));
    ASSERT_NE(locks, nullptr);
    EXPECT_EQ(locks->schoolYear(), first.schoolYear);
    EXPECT_EQ(locks->currentIndex().data(ui::LockSettingsModel::SchoolCodeRole).toString(), first.schoolCode);
    EXPECT_EQ(locks->currentIndex().data(ui::LockSettingsModel::GradeRole).toInt(), first.grade);
    EXPECT_TRUE(m_prompter.messages().isEmpty()) << m_prompter.lastText().toStdString();
}

TEST_F(GuiTodo, ADemoStoreSaysSoAndTheTabsCountWhatWaitsForADecision)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword))) << loginMessage().toStdString();
    EXPECT_TRUE(main()->showsDemoBanner());
    auto* banner = main()->findChild<QLabel*>(QStringLiteral("demoBannerLabel"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("DEMO DATA"))) << banner->text().toStdString();

    auto pendingRevocations = [&] {
        return services::RevocationReview(context()).countsByStatus()->value(RevocationStatus::Pending);
    };
    const qint64 certificates =
        services::CertificateReview(context()).countsByStatus({})->value(CertificateStatus::Pending);
    const qint64 revocations = pendingRevocations();
    ASSERT_GT(certificates, 0);
    ASSERT_GT(revocations, 0);
    EXPECT_EQ(main()->tabCount(ui::PageId::CertificateReview), certificates);
    EXPECT_EQ(main()->tabCount(ui::PageId::RevocationReview), revocations);
    EXPECT_EQ(main()->tabCount(ui::PageId::RecordLookup), 0);
    QTabWidget* tabs = main()->tabWidget();
    auto titleOf = [&](ui::PageId id) { return tabs->tabText(tabs->indexOf(main()->page(id))); };
    EXPECT_EQ(titleOf(ui::PageId::RevocationReview),
              QStringLiteral("6.5 Revocation requests (%1)").arg(QLocale().toString(revocations)));
    EXPECT_EQ(titleOf(ui::PageId::RecordLookup), QStringLiteral("6.3 Look up records"));

    // One request approved on 6.5: its tab counts one fewer at once.
    open(Item::PendingRevocations);
    auto* page = qobject_cast<ui::RevocationReviewPage*>(main()->page(ui::PageId::RevocationReview));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() > 0 && !page->isBusy(); }, 10000));
    ASSERT_TRUE(page->model()->setData(page->model()->index(0, ui::RevocationTableModel::PupilColumn), Qt::Checked,
                                       Qt::CheckStateRole));
    m_prompter.answerNext(true);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("approvePushButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    ASSERT_EQ(pendingRevocations(), revocations - 1) << m_prompter.lastText().toStdString();
    EXPECT_EQ(main()->tabCount(ui::PageId::RevocationReview), revocations - 1);
    EXPECT_EQ(titleOf(ui::PageId::RevocationReview),
              QStringLiteral("6.5 Revocation requests (%1)").arg(QLocale().toString(revocations - 1)));

    // Signed out, nothing of it stays on the window.
    main()->signOutAction()->trigger();
    EXPECT_FALSE(main()->showsDemoBanner());
    EXPECT_EQ(main()->tabCount(ui::PageId::RevocationReview), 0);
}

} // namespace
} // namespace hocbaso::test
