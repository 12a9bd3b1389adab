// 6.5 revocation requests page: filters, ticking, approve and reject (with the note), big
// selections on a worker thread, refusals that say who decided first, the record pane; and its
// model.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/LookupCode.h"
#include "core/Translations.h"
#include "dialogs/RejectNoteDialog.h"
#include "models/RevocationTableModel.h"
#include "pages/RevocationReviewPage.h"
#include "services/RevocationReview.h"
#include "services/Statistics.h"
#include "store/RevocationRepository.h"
#include "support/DemoStore.h"
#include "widgets/BackgroundTask.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <atomic>

namespace hocbaso::test {
namespace {

using ui::RevocationTableModel;

// Texts with a count ("%n request(s)") get their English plural from translations/hocbaso_en.ts,
// which tests do not load: checks stop before the plural ending.

// The texts these tests read are the English source texts: another suite may have left a
// Vietnamese translation installed.
void useEnglish()
{
    installTranslations(QStringLiteral("en"));
}

class GuiRevocations : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";
    static constexpr int kGrade = 2;

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
        // The school that sent the most records of the grade this year (some demo schools cannot
        // send: their certificates are not approved).
        QSqlQuery q(m_store->db().connection());
        q.prepare(QStringLiteral("SELECT s.code FROM records r JOIN schools s ON s.id = r.school_id WHERE r.status = "
                                 "'sent' AND r.grade = ? AND r.school_year = ? GROUP BY s.code ORDER BY count(*) DESC, "
                                 "s.code LIMIT 1"));
        q.addBindValue(kGrade);
        q.addBindValue(year());
        ASSERT_TRUE(q.exec() && q.next());
        m_school = q.value(0).toString();
    }

    // The school asks to revoke `n` of its sent records of grade kGrade this year (store setup, as
    // the bench does it).
    QList<qint64> addPendingRequests(int n)
    {
        QSqlQuery q(m_store->db().connection());
        q.prepare(QStringLiteral(
            "SELECT r.id, r.version FROM records r JOIN schools s ON s.id = r.school_id WHERE s.code = ? AND "
            "r.grade = ? AND r.school_year = ? AND r.status = 'sent' AND NOT EXISTS (SELECT 1 FROM "
            "revocation_requests x WHERE x.record_id = r.id AND x.status = 'pending') ORDER BY r.id LIMIT ?"));
        q.addBindValue(m_school);
        q.addBindValue(kGrade);
        q.addBindValue(year());
        q.addBindValue(n);
        EXPECT_TRUE(q.exec());
        QList<QPair<qint64, int>> records;
        while (q.next())
            records.append({q.value(0).toLongLong(), q.value(1).toInt()});
        q.finish();
        EXPECT_EQ(records.size(), n);
        store::RevocationRepository repo(m_store->db());
        QList<qint64> ids;
        for (const auto& [record, version] : records) {
            RevocationRequest r;
            r.recordId = record;
            r.recordVersion = version;
            r.reason = QStringLiteral("Nhập sai điểm cuối năm môn Toán");
            r.requestedAt = m_clock->now().addSecs(-3600);
            r.requestedBy = QStringLiteral("school:%1").arg(m_school);
            auto id = repo.insert(r);
            EXPECT_TRUE(id.ok()) << id.errorString().toStdString();
            if (id)
                ids.append(*id);
        }
        return ids;
    }
    int year() const { return SchoolYear::containing(m_clock->today()).startYear; }

    ui::RevocationReviewPage* openPage()
    {
        if (!signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword)))
            return nullptr;
        ui::MainWindow* main = m_controller->mainWindow();
        auto* page = qobject_cast<ui::RevocationReviewPage*>(main->page(ui::PageId::RevocationReview));
        if (!page)
            return nullptr;
        page->setPrompter(&m_prompter);
        main->showPage(ui::PageId::RevocationReview);
        return page;
    }
    // Chooses school, grade and status in the combo boxes, as the officer does.
    void choose(ui::RevocationReviewPage* page, const QString& school, int grade, int status)
    {
        auto pick = [page](const char* name, const QVariant& data) {
            auto* box = page->findChild<QComboBox*>(QString::fromLatin1(name));
            ASSERT_NE(box, nullptr);
            const int i = box->findData(data);
            ASSERT_GE(i, 0) << name;
            box->setCurrentIndex(i);
        };
        pick("schoolComboBox", school);
        pick("gradeComboBox", grade);
        pick("statusComboBox", status);
    }
    void tick(ui::RevocationReviewPage* page, qint64 id)
    {
        const int row = page->model()->rowOfRequest(id);
        ASSERT_GE(row, 0);
        EXPECT_TRUE(page->model()->setData(page->model()->index(row, RevocationTableModel::PupilColumn), Qt::Checked,
                                           Qt::CheckStateRole));
    }
    QPushButton* button(ui::RevocationReviewPage* page, const char* name)
    {
        return page->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    services::ServiceContext& context() { return m_controller->session()->context(); }
    qint64 sentThisYear()
    {
        auto r = services::Statistics(context()).report(year());
        EXPECT_TRUE(r.ok());
        return r ? r->totals.sent : -1;
    }
    QString expectedCounts()
    {
        auto c = services::RevocationReview(context()).countsByStatus(m_school, kGrade);
        EXPECT_TRUE(c.ok());
        return QStringLiteral("Pending: %1, approved: %2, rejected: %3")
            .arg(c->value(RevocationStatus::Pending))
            .arg(c->value(RevocationStatus::Approved))
            .arg(c->value(RevocationStatus::Rejected));
    }

    QString m_school;
};

RevocationListing listing(qint64 id, RevocationStatus status, const char* name)
{
    RevocationListing l;
    l.request.id = id;
    l.request.status = status;
    l.request.reason = QStringLiteral("Sai điểm");
    l.request.requestedAt = QDateTime(QDate(2026, 11, 19), QTime(14, 5), Qt::UTC);
    l.request.requestedBy = QStringLiteral("school:TH01");
    if (status != RevocationStatus::Pending) {
        l.request.decidedBy = QStringLiteral("canbo2");
        l.request.decidedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    }
    l.fullName = QString::fromUtf8(name);
    l.uuid = QStringLiteral("3f2a0c8e-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0'));
    l.className = QStringLiteral("2A");
    l.grade = 2;
    return l;
}

TEST(GuiRevocationsModel, RequestersAndDecidersAreNamedAsPeople)
{
    useEnglish();
    RevocationTableModel model;
    RevocationListing byPerson = listing(7, RevocationStatus::Approved, "Nguyễn Văn An");
    byPerson.schoolCode = QStringLiteral("TH01");
    byPerson.request.requestedBy = QStringLiteral("th01_hieutruong");
    byPerson.requesterName = QStringLiteral("Phạm Thị Lan");
    byPerson.requesterRole = Role::School;
    byPerson.deciderName = QStringLiteral("Nguyễn Hoàng Tú");
    RevocationListing bySchool = listing(5, RevocationStatus::Pending, "Lê Minh Châu");
    bySchool.schoolCode = QStringLiteral("TH01");
    RevocationListing unknown = listing(6, RevocationStatus::Pending, "Trần Thị Bình");
    unknown.request.requestedBy = QStringLiteral("someone");
    model.setRequests({byPerson, bySchool, unknown});
    auto shown = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    EXPECT_EQ(shown(0, RevocationTableModel::RequestedByColumn),
              QStringLiteral("Phạm Thị Lan (%1)").arg(label(Role::School)));
    EXPECT_EQ(shown(0, RevocationTableModel::RequestedByColumn, Qt::ToolTipRole), QStringLiteral("th01_hieutruong"));
    EXPECT_TRUE(
        shown(0, RevocationTableModel::StatusColumn, Qt::ToolTipRole).contains(QStringLiteral("by Nguyễn Hoàng Tú")));
    EXPECT_EQ(shown(1, RevocationTableModel::RequestedByColumn), QStringLiteral("The school's account"));
    EXPECT_EQ(shown(2, RevocationTableModel::RequestedByColumn), QStringLiteral("someone")) << "nothing better known";
}

TEST(GuiRevocationsModel, PassesTheModelTesterAndTicksPendingRowsOnly)
{
    useEnglish();
    RevocationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequests({listing(7, RevocationStatus::Pending, "Nguyễn Văn An"),
                       listing(3, RevocationStatus::Approved, "Trần Thị Bình"),
                       listing(5, RevocationStatus::Pending, "Lê Minh Châu")});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.checkableCount(), 2);
    EXPECT_TRUE(model.flags(model.index(0, RevocationTableModel::PupilColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(1, RevocationTableModel::PupilColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.index(1, RevocationTableModel::PupilColumn).data(Qt::CheckStateRole).isValid());
    EXPECT_FALSE(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(0, RevocationTableModel::RequestedAtColumn).data().toString(),
              QDateTime(QDate(2026, 11, 19), QTime(14, 5), Qt::UTC).toLocalTime().toString("dd/MM/yyyy HH:mm"));
    EXPECT_EQ(model.index(1, RevocationTableModel::StatusColumn).data().toString(), QStringLiteral("Approved"));

    EXPECT_TRUE(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{5}));
    EXPECT_TRUE(model.setAllChecked(true).ok());
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{7, 5})) << "in the table's order";
    // Ticks survive a refresh for requests still pending.
    model.setRequests({listing(5, RevocationStatus::Pending, "Lê Minh Châu"),
                       listing(7, RevocationStatus::Approved, "Nguyễn Văn An")});
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{5}));
    EXPECT_TRUE(model.setAllChecked(false).ok());
    EXPECT_EQ(model.checkedCount(), 0);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GuiRevocationsTask, CancelStopsTheWorkBetweenSteps)
{
    QWidget parent;
    std::atomic_int steps{0};
    auto* task = new ui::BackgroundTask(&parent, QStringLiteral("Work"), QStringLiteral("Working..."),
                                        [&steps](ui::BackgroundTask& t) {
                                            while (!t.isCancelled() && steps < 100000) {
                                                ++steps;
                                                t.reportProgress(steps, 100000);
                                                QThread::msleep(1);
                                            }
                                        });
    bool finished = false;
    QObject::connect(task, &ui::BackgroundTask::finished, &parent, [&] { finished = true; });
    task->start(100000, 0);
    EXPECT_TRUE(task->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return steps > 5; }, 5000));
    task->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 5000));
    EXPECT_TRUE(task->wasCancelled());
    EXPECT_FALSE(task->isRunning());
    EXPECT_LT(steps.load(), 100000);
    delete task;
}

TEST_F(GuiRevocations, FilterTickAndApproveSendsRecordsBackToTheirSchool)
{
    const QList<qint64> ids = addPendingRequests(3);
    ASSERT_EQ(ids.size(), 3);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    RevocationTableModel* m = page->model();
    ASSERT_GE(m->rowCount(), 3);
    for (int r = 0; r < m->rowCount(); ++r) {
        EXPECT_EQ(m->requestAt(r)->schoolCode, m_school);
        EXPECT_EQ(m->requestAt(r)->grade, kGrade);
        EXPECT_EQ(m->requestAt(r)->request.status, RevocationStatus::Pending);
    }
    EXPECT_EQ(page->countsText(), expectedCounts());
    auto* approve = button(page, "approvePushButton");
    // Nothing ticked: the buttons act on the highlighted request and say so; once rows are
    // ticked, on the ticked ones only.
    ASSERT_TRUE(page->selectRequest(ids.at(2)));
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_EQ(approve->text(), QStringLiteral("&Agree to revoke (1)"));

    // One tick with the model (a click on the box), one with the space bar on the current row.
    tick(page, ids.at(0));
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    ASSERT_TRUE(page->selectRequest(ids.at(1)));
    auto* table = page->findChild<QTableView*>(QStringLiteral("requestsTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(m->checkedIds().size(), 2);
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_EQ(approve->text(), QStringLiteral("&Agree to revoke (2)"));

    const QString schoolName = m->requestAt(m->rowOfRequest(ids.at(0)))->schoolName;
    const qint64 sentBefore = sentThisYear();
    m_prompter.answerNext(true);
    QTest::mouseClick(approve, Qt::LeftButton);
    const QList<ScriptedPrompter::Message>& said = m_prompter.messages();
    ASSERT_GE(said.size(), 2);
    EXPECT_EQ(said.at(said.size() - 2).kind, QStringLiteral("confirm"));
    // The question says how many records leave and from which school.
    const QString question = said.at(said.size() - 2).text;
    EXPECT_TRUE(question.startsWith(QStringLiteral("Agree to revoke 2 sent record"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("From: %1 (2).").arg(schoolName))) << question.toStdString();
    EXPECT_EQ(said.last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(said.last().text.startsWith(QStringLiteral("Approved 2 request"))) << said.last().text.toStdString();

    EXPECT_LT(m->rowOfRequest(ids.at(0)), 0);
    EXPECT_LT(m->rowOfRequest(ids.at(1)), 0);
    EXPECT_GE(m->rowOfRequest(ids.at(2)), 0);
    EXPECT_EQ(m->checkedCount(), 0);
    EXPECT_EQ(sentThisYear(), sentBefore - 2);
    EXPECT_EQ(page->countsText(), expectedCounts());

    // Under "Approved" they show who decided.
    choose(page, m_school, kGrade, int(RevocationStatus::Approved));
    const int row = m->rowOfRequest(ids.at(0));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->requestAt(row)->request.decidedBy, QStringLiteral("canbo1"));
    EXPECT_EQ(m->requestAt(row)->recordStatus, RecordStatus::Revoked);
}

// The record's lookup code (a UUID) waits under "Technical details", closed until opened, and stays
// open for the next request.
TEST_F(GuiRevocations, TheLookupCodeWaitsUnderTechnicalDetails)
{
    const QList<qint64> ids = addPendingRequests(2);
    ASSERT_EQ(ids.size(), 2);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    RevocationTableModel* m = page->model();
    ASSERT_TRUE(page->selectRequest(ids.at(0)));
    auto* toggle = page->findChild<QToolButton*>(QStringLiteral("technicalDetailsToolButton"));
    auto* technical = page->findChild<QWidget*>(QStringLiteral("technicalDetailsWidget"));
    auto* code = page->findChild<QLabel*>(QStringLiteral("lookupCodeValueLabel"));
    ASSERT_NE(toggle, nullptr);
    ASSERT_NE(technical, nullptr);
    ASSERT_NE(code, nullptr);
    EXPECT_TRUE(technical->isAncestorOf(code));
    EXPECT_EQ(code->text(), m->requestAt(m->rowOfRequest(ids.at(0)))->uuid);
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_TRUE(technical->isHidden());

    toggle->setFocus(Qt::TabFocusReason);
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_FALSE(technical->isHidden());
    ASSERT_TRUE(page->selectRequest(ids.at(1)));
    EXPECT_FALSE(technical->isHidden());
    EXPECT_EQ(code->text(), m->requestAt(m->rowOfRequest(ids.at(1)))->uuid);
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(technical->isHidden());
}

TEST_F(GuiRevocations, TheHighlightedRequestIsDecidedWithTheKeyboardAlone)
{
    const QList<qint64> ids = addPendingRequests(2);
    ASSERT_EQ(ids.size(), 2);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    RevocationTableModel* m = page->model();
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    ASSERT_TRUE(page->selectRequest(ids.at(0)));
    auto* table = page->findChild<QTableView*>(QStringLiteral("requestsTableView"));
    table->setFocus();
    // Down to the next request, then the button's mnemonic: nothing ticked, so the highlighted one.
    QTest::keyClick(table, Qt::Key_Down);
    const qint64 highlighted = m->requestAt(table->currentIndex().row())->request.id;
    EXPECT_NE(highlighted, ids.at(0));
    EXPECT_EQ(m->checkedCount(), 0);
    const qint64 sentBefore = sentThisYear();
    m_prompter.answerNext(true);
    auto* approve = button(page, "approvePushButton");
    ASSERT_TRUE(approve->isEnabled());
    ASSERT_EQ(approve->text(), QStringLiteral("&Agree to revoke (1)"));
    QTest::keyClick(table, Qt::Key_A, Qt::AltModifier);
    // A mnemonic clicks the button as a mouse would, after the button's short animation.
    const QList<ScriptedPrompter::Message>& said = m_prompter.messages();
    ASSERT_TRUE(QTest::qWaitFor([&] { return said.size() >= 2; }, 5000));
    EXPECT_TRUE(said.at(said.size() - 2).text.startsWith(QStringLiteral("Agree to revoke 1 sent record")))
        << said.at(said.size() - 2).text.toStdString();
    EXPECT_LT(m->rowOfRequest(highlighted), 0);
    EXPECT_GE(m->rowOfRequest(ids.at(0)), 0);
    EXPECT_EQ(sentThisYear(), sentBefore - 1);
}

TEST_F(GuiRevocations, SayingNoToTheConfirmationDecidesNothing)
{
    const QList<qint64> ids = addPendingRequests(2);
    ASSERT_EQ(ids.size(), 2);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    const qint64 sentBefore = sentThisYear();
    tick(page, ids.at(0));
    m_prompter.answerNext(false);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("confirm"));
    EXPECT_GE(page->model()->rowOfRequest(ids.at(0)), 0);
    EXPECT_EQ(page->model()->checkedIds(), (QList<qint64>{ids.at(0)}));
    EXPECT_EQ(sentThisYear(), sentBefore);
}

TEST_F(GuiRevocations, RejectingNeedsANote)
{
    const QList<qint64> ids = addPendingRequests(2);
    ASSERT_EQ(ids.size(), 2);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    tick(page, ids.at(1));
    const qint64 sentBefore = sentThisYear();
    QTest::mouseClick(button(page, "rejectPushButton"), Qt::LeftButton);
    ui::RejectNoteDialog* dialog = page->rejectNoteDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->rejectButton()->isEnabled());
    auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
    QTest::keyClicks(note, QStringLiteral("   "));
    EXPECT_FALSE(dialog->rejectButton()->isEnabled()) << "blanks are no note";
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "an empty note does not get past the dialog";
    EXPECT_GE(page->model()->rowOfRequest(ids.at(1)), 0);

    // QTest types ASCII only; Vietnamese arrives as an input method would insert it.
    note->insertPlainText(QStringLiteral("Học bạ đúng với sổ điểm của lớp."));
    ASSERT_TRUE(dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Rejected 1 request")))
        << m_prompter.lastText().toStdString();
    EXPECT_LT(page->model()->rowOfRequest(ids.at(1)), 0);
    EXPECT_EQ(sentThisYear(), sentBefore) << "a rejected request leaves the record sent";

    choose(page, m_school, kGrade, int(RevocationStatus::Rejected));
    const int row = page->model()->rowOfRequest(ids.at(1));
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->model()->index(row, RevocationTableModel::NoteColumn).data().toString(),
              QStringLiteral("Học bạ đúng với sổ điểm của lớp."));

    // The service refuses an empty note by itself too.
    auto refused = services::RevocationReview(context()).reject({ids.at(0)}, QStringLiteral("  "));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
}

TEST_F(GuiRevocations, BigSelectionsAreDecidedOnAWorkerThread)
{
    ASSERT_EQ(addPendingRequests(4).size(), 4);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    page->setBackgroundThreshold(0);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    const int pending = page->model()->rowCount();
    ASSERT_GE(pending, 4);
    QTest::mouseClick(page->findChild<QCheckBox*>(QStringLiteral("selectAllCheckBox")), Qt::LeftButton);
    ASSERT_EQ(page->model()->checkedCount(), pending);
    const qint64 sentBefore = sentThisYear();
    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_TRUE(page->isBusy());
    EXPECT_NE(page->findChild<QProgressDialog*>(), nullptr);
    EXPECT_FALSE(button(page, "approvePushButton")->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved %1 request").arg(pending)))
        << m_prompter.lastText().toStdString();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(sentThisYear(), sentBefore - pending);
}

// Scrolls the table to its end until the model has read every page, as an officer would.
void scrollToTheEnd(QTableView* table)
{
    for (int i = 0; i < 100 && table->model()->canFetchMore(QModelIndex()); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
}

TEST_F(GuiRevocations, TheListIsReadAPageAtATimeAsItScrolls)
{
    ASSERT_EQ(addPendingRequests(7).size(), 7);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    RevocationTableModel* m = page->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->setPageSize(3);
    choose(page, m_school, kGrade, -1);
    services::RevocationReview::Filter every;
    every.schoolCode = m_school;
    every.grade = kGrade;
    every.status.reset();
    auto whole = services::RevocationReview(context()).list(every);
    ASSERT_TRUE(whole.ok());
    ASSERT_GT(whole->size(), 6);
    EXPECT_EQ(m->rowCount(), 3) << "the first page only";
    EXPECT_EQ(page->countsText(), expectedCounts());
    auto pending = services::RevocationReview(context()).pendingIds(every);
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(m->checkableCount(), pending->size()) << "counted by the store, not from the rows read";

    auto* table = page->findChild<QTableView*>(QStringLiteral("requestsTableView"));
    scrollToTheEnd(table);
    ASSERT_FALSE(m->canFetchMore({}));
    ASSERT_EQ(m->rowCount(), whole->size());
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_EQ(m->requestAt(r)->request.id, whole->at(r).request.id) << "row " << r;

    // A pending request of a later page: its record in the pane, its tick, its approval.
    int row = -1;
    for (int r = m->rowCount() - 1; r >= 3 && row < 0; --r) {
        if (m->requestAt(r)->request.status == RevocationStatus::Pending)
            row = r;
    }
    ASSERT_GE(row, 3);
    const qint64 id = m->requestAt(row)->request.id;
    ASSERT_TRUE(page->selectRequest(id));
    EXPECT_EQ(page->shownLookupCode(), m->requestAt(row)->uuid);
    tick(page, id);
    EXPECT_EQ(m->checkedIds(), QList<qint64>{id});
    const qint64 sentBefore = sentThisYear();
    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform")) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved 1 request")));
    EXPECT_EQ(sentThisYear(), sentBefore - 1);
    EXPECT_EQ(page->countsText(), expectedCounts());
    EXPECT_EQ(m->checkedCount(), 0);
}

TEST_F(GuiRevocations, SelectAllTicksEveryPageAndDecidesThemAll)
{
    ASSERT_EQ(addPendingRequests(7).size(), 7);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    page->setBackgroundThreshold(0);
    RevocationTableModel* m = page->model();
    m->setPageSize(2);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    services::RevocationReview::Filter f;
    f.schoolCode = m_school;
    f.grade = kGrade;
    auto pending = services::RevocationReview(context()).pendingIds(f);
    ASSERT_TRUE(pending.ok());
    ASSERT_GT(pending->size(), 2 * m->pageSize()) << "more than two pages";
    ASSERT_EQ(m->rowCount(), 2);

    auto* all = page->findChild<QCheckBox*>(QStringLiteral("selectAllCheckBox"));
    QTest::mouseClick(all, Qt::LeftButton);
    EXPECT_EQ(m->rowCount(), 2) << "ticking every row reads ids, not rows";
    EXPECT_EQ(m->checkedCount(), pending->size());
    EXPECT_EQ(all->checkState(), Qt::Checked);
    QList<qint64> ticked = m->checkedIds(), expected = *pending;
    std::sort(ticked.begin(), ticked.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(ticked, expected);
    // Unticking one row read leaves the rest, and the box says the list is partly ticked.
    m->setChecked(0, false);
    EXPECT_EQ(m->checkedCount(), pending->size() - 1);
    EXPECT_EQ(all->checkState(), Qt::PartiallyChecked);
    QTest::mouseClick(all, Qt::LeftButton);
    ASSERT_EQ(m->checkedCount(), pending->size());

    const qint64 sentBefore = sentThisYear();
    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_TRUE(m_prompter.messages()
                    .at(m_prompter.messages().size() - 1)
                    .text.startsWith(QStringLiteral("Agree to revoke %1 sent record").arg(pending->size())));
    EXPECT_TRUE(page->isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved %1 request").arg(pending->size())))
        << m_prompter.lastText().toStdString();
    EXPECT_EQ(m->rowCount(), 0);
    EXPECT_EQ(m->checkedCount(), 0);
    EXPECT_EQ(sentThisYear(), sentBefore - pending->size());
}

TEST_F(GuiRevocations, RefusalsSayWhoDecidedFirst)
{
    const QList<qint64> ids = addPendingRequests(2);
    ASSERT_EQ(ids.size(), 2);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    tick(page, ids.at(0));
    tick(page, ids.at(1));
    // Meanwhile another officer of the unit approves one of them from another computer.
    services::ServiceContext other{m_store->db(), *m_clock, context().actor, {}};
    other.actor.username = QStringLiteral("canbo2");
    auto first = services::RevocationReview(other).approve({ids.at(1)});
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->decided.size(), 1);

    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    const QString text = m_prompter.lastText();
    EXPECT_TRUE(text.contains(QStringLiteral("Approved 1 request"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 request")) && text.contains(QStringLiteral("could not be decided")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("already approved by canbo2 on 20/11/2026"))) << text.toStdString();
    EXPECT_EQ(page->model()->rowOfRequest(ids.at(0)), -1);
    EXPECT_EQ(page->model()->rowOfRequest(ids.at(1)), -1);
}

TEST_F(GuiRevocations, ThePaneShowsTheRecordAndItsHistory)
{
    const QList<qint64> ids = addPendingRequests(1);
    ASSERT_EQ(ids.size(), 1);
    ui::RevocationReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    choose(page, m_school, kGrade, int(RevocationStatus::Pending));
    ASSERT_TRUE(page->selectRequest(ids.at(0)));
    const RevocationListing* l = page->model()->requestAt(page->model()->rowOfRequest(ids.at(0)));
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(page->currentRequestId(), ids.at(0));
    EXPECT_EQ(page->shownLookupCode(), l->uuid);
    // The list keeps the identifier out of sight; the pane's technical section has it.
    auto* table = page->findChild<QTableView*>(QStringLiteral("requestsTableView"));
    EXPECT_TRUE(table->isColumnHidden(RevocationTableModel::LookupCodeColumn));
    EXPECT_FALSE(table->isColumnHidden(RevocationTableModel::ReasonColumn));
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("pupilNameLabel"))->text(), l->fullName);
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("personalIdValueLabel"))->text(), l->personalId);
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("requestValueLabel"))
                    ->text()
                    .contains(QStringLiteral("Nhập sai điểm")));
    auto* versions = page->findChild<QTableWidget*>(QStringLiteral("versionsTableWidget"));
    ASSERT_GE(versions->rowCount(), 1);
    EXPECT_EQ(versions->item(versions->rowCount() - 1, 1)->text(), QStringLiteral("Sent"));
    EXPECT_TRUE(page->findChild<QWidget*>(QStringLiteral("recordGroupBox"))->isVisible());
    // The pane can be closed to give the list the room.
    QTest::mouseClick(button(page, "recordPanePushButton"), Qt::LeftButton);
    EXPECT_FALSE(page->findChild<QWidget*>(QStringLiteral("recordGroupBox"))->isVisible());
}

TEST_F(GuiRevocations, ViewersDoNotGetThePageAndTheServiceRefusesThem)
{
    const QList<qint64> ids = addPendingRequests(1);
    ASSERT_EQ(ids.size(), 1);
    ASSERT_TRUE(signInAs(QStringLiteral("xem1"), QString::fromLatin1(kDemoPassword))) << loginMessage().toStdString();
    EXPECT_EQ(m_controller->mainWindow()->page(ui::PageId::RevocationReview), nullptr);
    auto refused = services::RevocationReview(context()).approve(ids);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
}

} // namespace
} // namespace hocbaso::test
