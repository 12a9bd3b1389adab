// Receipt verification in the window (issue #18): 6.3's Refresh verifies the received records off
// the GUI thread, the list shows a badge on a record whose signature bytes were altered and filters
// by it ("chữ ký không hợp lệ"), the detail says what failed; 6.4 counts invalid records per school.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/Translations.h"
#include "models/ProgressTableModel.h"
#include "models/RecordLookupModel.h"
#include "models/RecordLookupRunner.h"
#include "pages/RecordLookupPage.h"
#include "pages/StatisticsPage.h"
#include "services/RecordDetails.h"
#include "services/RecordVerification.h"
#include "services/Statistics.h"
#include "support/DemoStore.h"

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiVerification : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";

    void SetUp() override
    {
        quietOffscreenWarnings();
        installTranslations(QStringLiteral("en"));
        QString skip;
        m_store = TestStore::create(store::Dialect::Sqlite, &skip);
        ASSERT_TRUE(m_store) << skip.toStdString();
        m_clock = &m_store->clock();
        ASSERT_TRUE(m_settingsDir.isValid());
        auto demo = fillWithDemo(*m_store, 3, 120, true);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        alterOneSealSignature();
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
        m_controller->setDatabaseOverride(m_store->sqlitePath());
        m_controller->start();
        ASSERT_TRUE(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword)))
            << loginMessage().toStdString();
    }

    // One byte of the value of a sent record's seal signature, changed in the file.
    void alterOneSealSignature()
    {
        QSqlQuery q(m_store->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT g.id, g.cms, r.uuid, s.code FROM signatures g JOIN records r ON "
                                          "r.id = g.record_id AND r.version = g.version JOIN schools s ON s.id = "
                                          "r.school_id WHERE r.status = 'sent' AND g.role = 'seal' AND r.school_year = "
                                          "(SELECT max(school_year) FROM records) ORDER BY g.id LIMIT 1")));
        ASSERT_TRUE(q.next());
        const qint64 id = q.value(0).toLongLong();
        QByteArray cms = q.value(1).toByteArray();
        m_altered = q.value(2).toString();
        m_alteredSchool = q.value(3).toString();
        cms[cms.size() - 1] = char(cms.at(cms.size() - 1) ^ 0x01);
        QSqlQuery u(m_store->db().connection());
        ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE signatures SET cms = ? WHERE id = ?")));
        u.addBindValue(cms);
        u.addBindValue(id);
        ASSERT_TRUE(u.exec());
    }

    template <typename P> P* page(ui::PageId id)
    {
        ui::MainWindow* main = m_controller->mainWindow();
        main->showPage(id);
        return qobject_cast<P*>(main->page(id));
    }

    QString m_altered;
    QString m_alteredSchool;
};

} // namespace

TEST_F(GuiVerification, RefreshVerifiesInTheBackgroundAndTheListShowsAndFiltersTheBadge)
{
    auto* lookup = page<ui::RecordLookupPage>(ui::PageId::RecordLookup);
    ASSERT_NE(lookup, nullptr);
    ui::RecordLookupModel* model = lookup->model();
    QSignalSpy finished(lookup, &ui::RecordLookupPage::verificationFinished);

    lookup->refreshAction()->trigger();
    // The work runs on its own thread: the page answers meanwhile.
    EXPECT_TRUE(lookup->isVerifying());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(120000));
    EXPECT_FALSE(lookup->isVerifying());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_GT(finished.first().at(0).toLongLong(), 1);
    EXPECT_EQ(finished.first().at(1).toLongLong(), 1);

    // "Invalid signature only" lists exactly the altered record, with its badge and the reason.
    QTest::mouseClick(lookup->invalidSignatureCheckBox(), Qt::LeftButton, {},
                      QPoint(8, lookup->invalidSignatureCheckBox()->height() / 2));
    ASSERT_TRUE(lookup->invalidSignatureCheckBox()->isChecked());
    // Looked up as a choice is: on a worker thread.
    ASSERT_TRUE(QTest::qWaitFor([&] { return lookup->lookupRunner()->isIdle(); }, 10000));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->total(), 1);
    const QModelIndex badge = model->index(0, ui::RecordLookupModel::SignatureColumn);
    EXPECT_EQ(badge.data(ui::RecordLookupModel::LookupCodeRole).toString(), m_altered);
    EXPECT_EQ(badge.data(ui::RecordLookupModel::VerificationRole).toString(), QStringLiteral("invalid"));
    EXPECT_EQ(badge.data().toString(), QStringLiteral("Invalid signature"));
    EXPECT_FALSE(badge.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(badge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("School seal")))
        << badge.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(model->headerData(ui::RecordLookupModel::SignatureColumn, Qt::Horizontal).toString(),
              QStringLiteral("Signatures"));

    // The detail says in words what failed.
    auto details = services::RecordDetailsService(m_controller->session()->context()).load(m_altered);
    ASSERT_TRUE(details);
    ASSERT_TRUE(details->current() && details->current()->verdict);
    EXPECT_EQ(details->current()->verdict->result, VerificationResult::Invalid);
    EXPECT_TRUE(details->current()->verdict->reason.contains(QStringLiteral("School seal")));

    // Unticked, a school's list shows the other records plain or valid, never invalid.
    lookup->invalidSignatureCheckBox()->setChecked(false);
    services::LookupRequest r;
    r.schoolCode = m_alteredSchool;
    ASSERT_TRUE(model->search(r).ok());
    int valid = 0, invalid = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString v = model->index(row, 0).data(ui::RecordLookupModel::VerificationRole).toString();
        valid += v == QLatin1String("valid");
        invalid += v == QLatin1String("invalid");
    }
    EXPECT_GT(valid, 0);
    EXPECT_EQ(invalid, 1);

    // A second refresh has nothing new to verify.
    lookup->refresh();
    ASSERT_TRUE(finished.count() > 1 || finished.wait(60000));
    EXPECT_EQ(finished.last().at(0).toLongLong(), 0);
}

TEST_F(GuiVerification, StatisticsCountInvalidRecordsPerSchool)
{
    auto verified = services::RecordVerification(m_controller->session()->context()).verifyAll({});
    ASSERT_TRUE(verified) << verified.errorString().toStdString();
    ASSERT_EQ(verified->invalid, 1);
    const int year = [this] {
        QSqlQuery q(m_store->db().connection());
        return q.exec(QStringLiteral("SELECT school_year FROM records WHERE uuid = '%1'").arg(m_altered)) && q.next()
                   ? q.value(0).toInt()
                   : 0;
    }();
    ASSERT_EQ(year, services::Statistics(m_controller->session()->context()).defaultYear());

    auto* stats = page<ui::StatisticsPage>(ui::PageId::Statistics);
    ASSERT_NE(stats, nullptr);
    stats->refresh();
    ui::ProgressTableModel* m = stats->schoolsModel();
    ASSERT_GT(m->rowCount(), 1);
    qint64 sum = 0;
    for (int row = 0; row < m->rowCount(); ++row) {
        const qint64 n = m->index(row, ui::ProgressTableModel::InvalidSignaturesColumn)
                             .data(ui::ProgressTableModel::ValueRole)
                             .toLongLong();
        EXPECT_EQ(n, m->rowAt(row)->schoolCode == m_alteredSchool ? 1 : 0) << m->rowAt(row)->schoolCode.toStdString();
        sum += n;
    }
    EXPECT_EQ(sum, 1);
    EXPECT_EQ(stats->totalsModel()
                  ->index(0, ui::ProgressTableModel::InvalidSignaturesColumn)
                  .data(ui::ProgressTableModel::ValueRole)
                  .toLongLong(),
              1);
    EXPECT_EQ(m->headerData(ui::ProgressTableModel::InvalidSignaturesColumn, Qt::Horizontal).toString(),
              QStringLiteral("Invalid signature"));
    EXPECT_TRUE(stats->reportHtml().contains(QStringLiteral("Invalid signature")));
}

} // namespace hocbaso::test
