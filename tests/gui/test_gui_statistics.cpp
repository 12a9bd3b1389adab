// 6.4 statistics page: the table against the service, totals, grades, drill-down, marking,
// sorting, refresh and exports; and its model.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/Translations.h"
#include "core/VietnameseText.h"
#include "models/ProgressTableModel.h"
#include "pages/StatisticsPage.h"
#include "services/RevocationReview.h"
#include "services/Statistics.h"
#include "support/DemoStore.h"
#include "widgets/ProgressChart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace hocbaso::test {
namespace {

using ui::ProgressTableModel;
using Row = services::ProgressRow;

// The texts these tests read are the English source texts: another suite may have left a
// Vietnamese translation installed.
void useEnglish()
{
    installTranslations(QStringLiteral("en"));
}

// The demo unit (four schools, two school years) signed in as its officer canbo1.
class GuiStatistics : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";

    void SetUp() override
    {
        quietOffscreenWarnings();
        useEnglish();
        QString skip;
        m_store = TestStore::create(store::Dialect::Sqlite, &skip);
        ASSERT_TRUE(m_store) << skip.toStdString();
        m_clock = &m_store->clock();
        ASSERT_TRUE(m_settingsDir.isValid());
        auto demo = fillWithDemo(*m_store, 4, 320, false);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
        m_controller->setDatabaseOverride(m_store->sqlitePath());
        m_controller->start();
    }

    ui::StatisticsPage* openPage(const QString& user = QStringLiteral("canbo1"))
    {
        if (!signInAs(user, QString::fromLatin1(kDemoPassword)))
            return nullptr;
        ui::MainWindow* main = m_controller->mainWindow();
        auto* page = qobject_cast<ui::StatisticsPage*>(main->page(ui::PageId::Statistics));
        if (!page)
            return nullptr;
        page->setPrompter(&m_prompter);
        main->showPage(ui::PageId::Statistics);
        return page;
    }
    services::ServiceContext& context() { return m_controller->session()->context(); }
    services::ProgressReport report(int grade = 0)
    {
        services::Statistics stats(context());
        auto r = stats.report(stats.defaultYear(), grade);
        EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
        return r ? *r : services::ProgressReport();
    }
    static qint64 value(const ProgressTableModel* m, int row, int column)
    {
        return m->index(row, column).data(ProgressTableModel::ValueRole).toLongLong();
    }
    static void expectRowEquals(const ProgressTableModel* m, int row, const Row& expected)
    {
        ASSERT_GE(row, 0) << expected.schoolCode.toStdString();
        EXPECT_EQ(value(m, row, ProgressTableModel::ExpectedColumn), expected.expected);
        EXPECT_EQ(value(m, row, ProgressTableModel::ConfirmedColumn), expected.confirmed);
        EXPECT_EQ(value(m, row, ProgressTableModel::SentColumn), expected.sent);
        EXPECT_EQ(value(m, row, ProgressTableModel::NotSentColumn), expected.notSent());
        // What the user reads is the same number.
        EXPECT_EQ(m->index(row, ProgressTableModel::SentColumn).data().toString(), QLocale().toString(expected.sent));
    }
};

TEST(GuiStatisticsModel, PassesTheModelTesterAndSortsTheVietnameseWay)
{
    useEnglish();
    ProgressTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Vietnamese order: a < â, d < đ; percentages as numbers (9% < 10% < 100%).
    auto make = [](const char* code, const char* name, qint64 expected, qint64 sent) {
        Row r;
        r.schoolCode = QString::fromLatin1(code);
        r.schoolName = QString::fromUtf8(name);
        r.expected = expected;
        r.confirmed = sent;
        r.sent = sent;
        return r;
    };
    model.setRows({make("T4", "Trường Tiểu học Đa Phúc", 100, 100), make("T3", "Trường Tiểu học Dương Nội", 100, 10),
                   make("T2", "Trường Tiểu học Ân Thi", 100, 9), make("T1", "Trường Tiểu học An Khánh", 0, 0)});
    ASSERT_EQ(model.rowCount(), 4);
    model.sort(ProgressTableModel::NameColumn, Qt::AscendingOrder);
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r)
        codes.append(model.index(r, ProgressTableModel::CodeColumn).data().toString());
    EXPECT_EQ(codes, (QStringList{"T1", "T2", "T3", "T4"}));

    model.sort(ProgressTableModel::PercentColumn, Qt::DescendingOrder);
    codes.clear();
    for (int r = 0; r < model.rowCount(); ++r)
        codes.append(model.index(r, ProgressTableModel::CodeColumn).data().toString());
    // Nothing expected sorts below every real share.
    EXPECT_EQ(codes, (QStringList{"T4", "T3", "T2", "T1"}));
    EXPECT_EQ(model.index(3, ProgressTableModel::PercentColumn).data().toString(), QStringLiteral("–"));

    model.setHighlightBelow(50);
    EXPECT_FALSE(model.isHighlighted(0));
    EXPECT_TRUE(model.isHighlighted(1));
    EXPECT_TRUE(model.isHighlighted(2));
    EXPECT_FALSE(model.isHighlighted(3)) << "a school with nothing expected is not behind";
    EXPECT_TRUE(model.index(1, ProgressTableModel::NameColumn).data(Qt::BackgroundRole).isValid());
    model.setHighlightBelow(0);
    EXPECT_FALSE(model.isHighlighted(1));

    ProgressTableModel totals(ProgressTableModel::Kind::Totals);
    QAbstractItemModelTester totalsTester(&totals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    totals.setRows({make("", "", 300, 119)});
    totals.sort(ProgressTableModel::SentColumn);
    EXPECT_EQ(totals.index(0, ProgressTableModel::NameColumn).data().toString(), QStringLiteral("Total"));
    EXPECT_TRUE(totals.index(0, ProgressTableModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GuiStatisticsChart, KeepsBarsReadableAndGroupsTheRestPastTheLimit)
{
    useEnglish();
    ui::ProgressChart chart;
    const QStringList places{QStringLiteral("An Khánh"), QStringLiteral("Ba Đình"), QStringLiteral("Cầu Giấy"),
                             QStringLiteral("Đông Anh"), QStringLiteral("Gia Lâm")};
    QList<Row> rows;
    for (int i = 0; i < 200; ++i) {
        Row r;
        r.schoolCode = QStringLiteral("TH%1").arg(i, 3, 10, QLatin1Char('0'));
        r.schoolName = QStringLiteral("Trường Tiểu học %1 %2").arg(places.at(i % places.size())).arg(i);
        r.expected = 100;
        r.confirmed = 60;
        r.sent = i % 100;
        rows.append(r);
    }
    chart.setRows(rows.mid(0, 60));
    QStringList labels = chart.barLabels();
    ASSERT_EQ(labels.size(), 60);
    // The words every school shares are not repeated on each bar.
    EXPECT_EQ(labels.first(), QStringLiteral("An Khánh 0"));
    chart.setCurrentSchool(QStringLiteral("TH002"));
    EXPECT_TRUE(chart.barLabels().at(2).endsWith(QStringLiteral("Cầu Giấy 2")));
    EXPECT_NE(chart.barLabels().at(2), QStringLiteral("Cầu Giấy 2")) << "the current school is marked";

    chart.setRows(rows);
    labels = chart.barLabels();
    ASSERT_EQ(labels.size(), ui::ProgressChart::kMaxBars);
    EXPECT_EQ(labels.last(), QStringLiteral("Other schools (51)"));
    chart.clear();
    EXPECT_TRUE(chart.barLabels().isEmpty());
}

TEST_F(GuiStatistics, TheTableShowsEverySchoolAsTheServiceCountsIt)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    const services::ProgressReport expected = report();
    ASSERT_EQ(expected.rows.size(), 4);
    ProgressTableModel* m = page->schoolsModel();
    ASSERT_EQ(m->rowCount(), expected.rows.size());
    Row sum;
    for (const Row& r : expected.rows) {
        expectRowEquals(m, m->rowOfSchool(r.schoolCode), r);
        sum.add(r);
    }
    EXPECT_GT(expected.totals.sent, 0);
    // The totals row sums the schools and stays out of the sortable rows.
    ASSERT_EQ(page->totalsModel()->rowCount(), 1);
    expectRowEquals(page->totalsModel(), 0, expected.totals);
    EXPECT_EQ(sum.expected, expected.totals.expected);
    EXPECT_EQ(sum.sent, expected.totals.sent);
    EXPECT_TRUE(page->totalsModel()->index(0, ProgressTableModel::NameColumn).data().toString().startsWith("Total"));
    // Names in Vietnamese order by default.
    for (int r = 1; r < m->rowCount(); ++r)
        EXPECT_LE(text::textSortKey(m->rowAt(r - 1)->schoolName), text::textSortKey(m->rowAt(r)->schoolName));
    // One bar per school.
    EXPECT_EQ(page->chart()->barLabels().size(), expected.rows.size());
    auto* year = page->findChild<QComboBox*>(QStringLiteral("yearComboBox"));
    EXPECT_EQ(year->currentText(), QStringLiteral("2026-2027"));
    EXPECT_TRUE(m_prompter.messages().isEmpty());
}

TEST_F(GuiStatistics, ChoosingAGradeChangesTheNumbers)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const qint64 allExpected = page->totalsModel()->rowAt(0)->expected;
    auto* grade = page->findChild<QComboBox*>(QStringLiteral("gradeComboBox"));
    grade->setCurrentIndex(grade->findData(3));
    const services::ProgressReport third = report(3);
    EXPECT_LT(third.totals.expected, allExpected);
    EXPECT_GT(third.totals.expected, 0);
    expectRowEquals(page->totalsModel(), 0, third.totals);
    for (const Row& r : third.rows)
        expectRowEquals(page->schoolsModel(), page->schoolsModel()->rowOfSchool(r.schoolCode), r);
    EXPECT_EQ(page->currentReport()->grade, 3);
}

TEST_F(GuiStatistics, ClickingASchoolShowsItsGrades)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    auto* table = page->findChild<QTableView*>(QStringLiteral("schoolsTableView"));
    ProgressTableModel* m = page->schoolsModel();
    const QRect cell = table->visualRect(m->index(1, ProgressTableModel::NameColumn));
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const Row school = *m->rowAt(1);
    EXPECT_EQ(page->currentSchoolCode(), school.schoolCode);

    services::Statistics stats(context());
    auto grades = stats.byGrade(school.schoolCode, stats.defaultYear());
    ASSERT_TRUE(grades.ok());
    ProgressTableModel* g = page->gradesModel();
    ASSERT_EQ(g->rowCount(), 5);
    Row sum;
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(g->index(i, ProgressTableModel::NameColumn).data().toString(), QStringLiteral("Grade %1").arg(i + 1));
        expectRowEquals(g, i, grades->at(i));
        sum.add(grades->at(i));
    }
    EXPECT_EQ(sum.expected, school.expected);
    EXPECT_EQ(sum.sent, school.sent);
    EXPECT_TRUE(page->findChild<QGroupBox*>(QStringLiteral("gradesGroupBox"))->title().contains(school.schoolName));

    // The chart's bar of a school leads to the same place.
    const Row other = *m->rowAt(2);
    ASSERT_TRUE(page->selectSchool(other.schoolCode));
    EXPECT_EQ(page->currentSchoolCode(), other.schoolCode);
    EXPECT_EQ(page->gradesModel()->rowAt(0)->schoolCode, other.schoolCode);
}

TEST_F(GuiStatistics, SortingKeepsTheTotalsAtTheBottomAndReordersTheChart)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    auto* table = page->findChild<QTableView*>(QStringLiteral("schoolsTableView"));
    QHeaderView* header = table->horizontalHeader();
    const QRect section(header->sectionViewportPosition(ProgressTableModel::PercentColumn), 0,
                        header->sectionSize(ProgressTableModel::PercentColumn), header->height());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section.center());
    ProgressTableModel* m = page->schoolsModel();
    QStringList names;
    for (int r = 1; r < m->rowCount(); ++r) {
        const double a =
            m->index(r - 1, ProgressTableModel::PercentColumn).data(ProgressTableModel::ValueRole).toDouble();
        const double b = m->index(r, ProgressTableModel::PercentColumn).data(ProgressTableModel::ValueRole).toDouble();
        EXPECT_TRUE(header->sortIndicatorOrder() == Qt::AscendingOrder ? a <= b : a >= b);
    }
    EXPECT_EQ(page->totalsModel()->rowCount(), 1);
    // The chart follows the table's order, top to bottom.
    const QStringList bars = page->chart()->barLabels();
    ASSERT_EQ(bars.size(), m->rowCount());
    for (int r = 0; r < m->rowCount(); ++r) {
        const QStringList words = m->rowAt(r)->schoolName.split(' ');
        EXPECT_TRUE(bars.at(r).endsWith(words.last())) << bars.at(r).toStdString();
    }
}

TEST_F(GuiStatistics, HighlightMarksSchoolsBelowTheChosenShare)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    auto* spin = page->findChild<QSpinBox*>(QStringLiteral("highlightSpinBox"));
    ProgressTableModel* m = page->schoolsModel();
    spin->setValue(100);
    int marked = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const bool below = m->rowAt(r)->expected > 0 && m->rowAt(r)->percentSent() < 100.0;
        EXPECT_EQ(m->isHighlighted(r), below);
        marked += below ? 1 : 0;
    }
    EXPECT_GT(marked, 0);
    spin->setValue(0);
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_FALSE(m->isHighlighted(r));
    EXPECT_EQ(spin->text(), QStringLiteral("Off"));
}

TEST_F(GuiStatistics, RefreshShowsDecisionsMadeMeanwhile)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const qint64 sentBefore = page->totalsModel()->rowAt(0)->sent;
    // Another officer approves one revocation: the record goes back to its school.
    services::RevocationReview review(context());
    auto pending = review.list({});
    ASSERT_TRUE(pending.ok());
    qint64 id = 0;
    for (const RevocationListing& l : *pending) {
        if (l.schoolYear == services::Statistics(context()).defaultYear()) {
            id = l.request.id;
            break;
        }
    }
    ASSERT_GT(id, 0) << "the demo has a pending request this year";
    auto outcome = review.approve({id});
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->decided.size(), 1);
    EXPECT_EQ(page->totalsModel()->rowAt(0)->sent, sentBefore);
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(page->findChild<QTableView*>(QStringLiteral("schoolsTableView")), Qt::Key_F5);
    EXPECT_EQ(page->totalsModel()->rowAt(0)->sent, sentBefore - 1);
}

TEST_F(GuiStatistics, ExportsRunOffTheGuiThreadAndSaveTheTable)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    QString asked;
    page->setFileChooser([&](const QString&, const QString& suggested, const QString&) {
        asked = suggested;
        return out.filePath(QFileInfo(suggested).completeBaseName());
    });
    QList<QPair<bool, QString>> finished;
    QObject::connect(page, &ui::StatisticsPage::exportFinished, page, [&](bool saved, const QString& path) {
        finished.append({saved, path});
    });

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportCsvPushButton")), Qt::LeftButton);
    EXPECT_TRUE(asked.endsWith(QStringLiteral("progress-2026-2027.csv"))) << asked.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 10000));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().first);
    QFile csv(finished.first().second);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << finished.first().second.toStdString();
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 4 + 1);
    const Row totals = *page->totalsModel()->rowAt(0);
    EXPECT_TRUE(
        lines.last().contains(QStringLiteral(",%1,%2,%3,").arg(totals.expected).arg(totals.confirmed).arg(totals.sent)))
        << lines.last().toStdString();
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportXlsxPushButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 10000));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportPdfPushButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 10000));
    ASSERT_EQ(finished.size(), 3);
    for (const auto& [saved, path] : finished) {
        EXPECT_TRUE(saved) << path.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 100) << path.toStdString();
    }
    QFile pdf(finished.last().second);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    // Nothing half-written is left beside the files.
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

TEST_F(GuiStatistics, PrintingRendersTheTableWithItsTotals)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const QString html = page->reportHtml();
    for (int r = 0; r < page->schoolsModel()->rowCount(); ++r)
        EXPECT_TRUE(html.contains(page->schoolsModel()->rowAt(r)->schoolName.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("Total: 4 school")));
    EXPECT_TRUE(html.contains(QStringLiteral("Printed on 20/11/2026")));
}

TEST_F(GuiStatistics, SignOutClearsThePage)
{
    ui::StatisticsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    ASSERT_GT(page->schoolsModel()->rowCount(), 0);
    page->clear();
    EXPECT_EQ(page->schoolsModel()->rowCount(), 0);
    EXPECT_EQ(page->totalsModel()->rowCount(), 0);
    EXPECT_FALSE(page->currentReport().has_value());
    EXPECT_TRUE(page->chart()->barLabels().isEmpty());
}

TEST_F(GuiStatistics, ASoStartsByUnitOpensACommunesSchoolsAndGoesBackUp)
{
    // The Sở's officer: one line per commune (the demo has one), summing its schools.
    ui::StatisticsPage* page = openPage(QStringLiteral("canboso"));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->showsUnits());
    ProgressTableModel* lines = page->schoolsModel();
    EXPECT_EQ(lines->kind(), ProgressTableModel::Kind::Units);
    EXPECT_EQ(lines->headerData(ProgressTableModel::CodeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Unit code"));
    EXPECT_EQ(lines->headerData(ProgressTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Unit"));
    ASSERT_EQ(lines->rowCount(), 1);
    const services::ProgressRow commune = *lines->rowAt(0);
    EXPECT_FALSE(commune.ownSchools);
    EXPECT_EQ(commune.expected, report().totals.expected);
    EXPECT_FALSE(page->goUp()); // at the top already

    // Opening the commune lists its schools, whose grades the side panel follows again.
    ASSERT_TRUE(page->openUnit(commune.schoolCode));
    EXPECT_FALSE(page->showsUnits());
    EXPECT_EQ(lines->kind(), ProgressTableModel::Kind::Schools);
    EXPECT_EQ(lines->rowCount(), 4);
    EXPECT_EQ(page->totalsModel()->rowAt(0)->expected, commune.expected);
    ASSERT_TRUE(page->selectSchool(lines->rowAt(0)->schoolCode));
    EXPECT_EQ(page->gradesModel()->rowCount(), 5);

    // Alt+Up goes back to the communes, with the commune's line current.
    QAction* up = page->findChild<QAction*>(QStringLiteral("statisticsUpAction"));
    ASSERT_NE(up, nullptr);
    EXPECT_EQ(up->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
    up->trigger();
    EXPECT_TRUE(page->showsUnits());
    EXPECT_EQ(lines->rowCount(), 1);
    EXPECT_FALSE(up->isEnabled());
}

} // namespace
} // namespace hocbaso::test
