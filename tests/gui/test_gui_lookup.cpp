// 6.3 Look up records: the lazily paged result model, search as typed and on Enter, refusals of
// malformed IDs and lookup codes as a visible sentence, the detail pane with verified signatures,
// keyboard access, PDF export and sign-out.

#include "GuiSupport.h"

#include "Session.h"
#include "core/VietnameseText.h"
#include "models/RecordLookupModel.h"
#include "models/RecordLookupRunner.h"
#include "pages/RecordLookupPage.h"
#include "services/AuthService.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RecordPdf.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"
#include "support/DemoStore.h"
#include "widgets/RecordDetailView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace hocbaso::test {
namespace {

// Collects the model tester's complaints (it reports them as warnings starting with "FAIL!").
QStringList g_modelFailures;
QtMessageHandler g_previous = nullptr;

void collectModelFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("FAIL!")))
        g_modelFailures.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

class GuiLookup : public ::testing::Test
{
protected:
    // One demo district for the whole suite: generating its keys and signatures takes seconds.
    static void SetUpTestSuite()
    {
        QString skip;
        s_store = TestStore::create(store::Dialect::Sqlite, &skip).release();
        if (!s_store) {
            s_problem = skip;
            return;
        }
        auto demo = fillWithDemo(*s_store);
        if (!demo)
            s_problem = demo.errorString();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
    }

    void SetUp() override
    {
        quietOffscreenWarnings();
        ASSERT_NE(s_store, nullptr) << s_problem.toStdString();
        ASSERT_TRUE(s_problem.isEmpty()) << s_problem.toStdString();
        auto user = store::UserRepository(s_store->db()).byUsername(QStringLiteral("canbo1"));
        ASSERT_TRUE(user && user->has_value());
        const services::Actor actor = services::AuthService::actorFor(**user);
        auto unit = store::UnitRepository(s_store->db()).byId(actor.unitId);
        ASSERT_TRUE(unit && unit->has_value());
        m_session = new ui::Session(s_store->openAnother(), s_store->clock(), actor, **unit);
        m_page = new ui::RecordLookupPage;
        m_page->resize(1366, 640);
        m_page->show();
        m_page->setSession(m_session);
        m_model = m_page->model();
        m_name = child<QLineEdit>("nameLineEdit");
        m_personalId = child<QLineEdit>("personalIdLineEdit");
        m_lookupCode = child<QLineEdit>("lookupCodeLineEdit");
        m_table = child<QTableView>("resultsTableView");
        m_message = child<QLabel>("messageLabel");
        m_detail = child<ui::RecordDetailView>("recordDetailView");
    }

    void TearDown() override
    {
        if (m_page)
            m_page->setSession(nullptr);
        delete m_page;
        delete m_session;
    }

    template <typename T> T* child(const char* name) const
    {
        T* w = m_page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    services::ServiceContext& context() { return m_session->context(); }

    // A sent record whose every signature verifies, of a pupil whose name has diacritics.
    services::RecordDetails signedRecord()
    {
        services::LookupRequest r;
        r.status = RecordStatus::Sent;
        r.limit = 200;
        auto found = services::RecordLookup(context()).find(r);
        EXPECT_TRUE(found) << found.errorString().toStdString();
        if (found) {
            for (const RecordListing& l : found->rows) {
                if (text::fold(l.fullName) == l.fullName.toLower())
                    continue;
                auto d = services::RecordDetailsService(context()).load(l.uuid);
                if (d && d->current() && d->current()->allValid() && d->current()->signatures.size() >= 3)
                    return *d;
            }
        }
        ADD_FAILURE() << "the demo has no sent record with valid signatures";
        return {};
    }

    void typeAndEnter(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString detailText() const { return m_detail->toPlainText(); }

    static TestStore* s_store;
    static QString s_problem;
    ui::Session* m_session = nullptr;
    ui::RecordLookupPage* m_page = nullptr;
    ui::RecordLookupModel* m_model = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_personalId = nullptr;
    QLineEdit* m_lookupCode = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    ui::RecordDetailView* m_detail = nullptr;
};

TestStore* GuiLookup::s_store = nullptr;
QString GuiLookup::s_problem;

TEST_F(GuiLookup, ModelPassesTheModelTesterWhilePaging)
{
    g_modelFailures.clear();
    g_previous = qInstallMessageHandler(collectModelFailures);
    {
        ui::RecordLookupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setContext(&context());
        services::LookupRequest r;
        r.name = QStringLiteral("nguyen");
        ASSERT_TRUE(model.search(r));
        ASSERT_GT(model.total(), ui::RecordLookupModel::kPageSize);
        EXPECT_EQ(model.rowCount(), ui::RecordLookupModel::kPageSize);
        int guard = 0;
        while (model.canFetchMore(QModelIndex()) && ++guard < 100)
            model.fetchMore(QModelIndex());
        EXPECT_EQ(model.rowCount(), model.total());
        EXPECT_FALSE(model.canFetchMore(QModelIndex()));
        // Every cell answers every role without touching the store.
        for (int row = 0; row < model.rowCount(); row += 37) {
            for (int col = 0; col < model.columnCount(); ++col)
                EXPECT_FALSE(model.data(model.index(row, col)).toString().isEmpty()) << row << "," << col;
        }
        r.name = QStringLiteral("khong-co-ai-ten-nay");
        ASSERT_TRUE(model.search(r));
        EXPECT_EQ(model.total(), 0);
        EXPECT_FALSE(model.canFetchMore(QModelIndex()));
        r.personalId = QStringLiteral("12ab");
        EXPECT_FALSE(model.search(r));
        EXPECT_EQ(model.rowCount(), 0);
        model.setContext(nullptr);
        EXPECT_EQ(model.rowCount(), 0);
    }
    qInstallMessageHandler(g_previous);
    EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiLookup, ANewResultMovesOnlyTheRowsThatDiffer)
{
    g_modelFailures.clear();
    g_previous = qInstallMessageHandler(collectModelFailures);
    {
        ui::RecordLookupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setContext(&context());
        services::LookupRequest broad;
        broad.name = QStringLiteral("ng");
        services::LookupRequest narrow;
        narrow.name = QStringLiteral("ngo");
        services::RecordLookup lookup(context());
        auto a = lookup.find(ui::RecordLookupModel::firstPage(broad));
        auto b = lookup.find(ui::RecordLookupModel::firstPage(narrow));
        ASSERT_TRUE(a && b);
        model.showResult(ui::RecordLookupModel::firstPage(broad), *a);
        // A row in both lists, followed while the list changes around it.
        int kept = -1;
        for (int r = 0; r < model.rowCount() && kept < 0; ++r) {
            for (const RecordListing& l : b->rows) {
                if (l.recordId == model.listingAt(r)->recordId)
                    kept = r;
            }
        }
        ASSERT_GE(kept, 0) << "no record in both first pages";
        const QString keptCode = model.listingAt(kept)->uuid;
        const QPersistentModelIndex follow = model.index(kept, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.showResult(ui::RecordLookupModel::firstPage(narrow), *b);
        EXPECT_EQ(resets.count(), 0);
        EXPECT_GT(removed.count(), 0);
        ASSERT_EQ(model.rowCount(), b->rows.size());
        for (int r = 0; r < model.rowCount(); ++r)
            EXPECT_EQ(model.listingAt(r)->recordId, b->rows.at(r).recordId) << r;
        ASSERT_TRUE(follow.isValid());
        EXPECT_EQ(model.listingAt(follow.row())->uuid, keptCode);
        // And back: the broad list again, row for row.
        model.showResult(ui::RecordLookupModel::firstPage(broad), *a);
        ASSERT_EQ(model.rowCount(), a->rows.size());
        for (int r = 0; r < model.rowCount(); ++r)
            EXPECT_EQ(model.listingAt(r)->recordId, a->rows.at(r).recordId) << r;
        EXPECT_EQ(model.listingAt(follow.row())->uuid, keptCode);
        // The total comes with the result when it was counted.
        EXPECT_EQ(model.total(), a->total);
    }
    qInstallMessageHandler(g_previous);
    EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiLookup, FoldedNameFindsThePupilAndShowsTheRecordWithValidSignatures)
{
    const services::RecordDetails wanted = signedRecord();
    ASSERT_FALSE(wanted.record.uuid.isEmpty());
    const QString folded = text::fold(wanted.pupil.fullName);
    ASSERT_NE(folded, wanted.pupil.fullName.toLower()); // the test types no diacritics on purpose

    typeAndEnter(m_name, folded);
    EXPECT_FALSE(m_message->isVisible()) << m_message->text().toStdString();
    ASSERT_GT(m_model->rowCount(), 0);
    const int row = m_model->rowOfLookupCode(wanted.record.uuid);
    ASSERT_GE(row, 0);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        EXPECT_EQ(text::fold(m_model->index(r, ui::RecordLookupModel::NameColumn).data().toString()), folded);
    }
    const QString count = child<QLabel>("resultCountLabel")->text();
    EXPECT_TRUE(count.contains(QString::number(m_model->total()))) << count.toStdString();

    // Clicking the row shows it in the pane.
    const QRect cell = m_table->visualRect(m_model->index(row, ui::RecordLookupModel::NameColumn));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_NE(m_page->currentDetails(), nullptr);
    EXPECT_EQ(m_page->currentDetails()->record.uuid, wanted.record.uuid);
    const QString shown = detailText();
    EXPECT_TRUE(shown.contains(wanted.pupil.fullName)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(wanted.pupil.personalId));
    // The lookup code (a UUID) and the certificates' full names wait in the collapsed technical
    // section; the page shows the lookup code above the pane.
    EXPECT_FALSE(m_detail->technicalDetailsShown());
    EXPECT_FALSE(shown.contains(wanted.record.uuid)) << shown.toStdString();
    const services::VersionDetails* current = wanted.current();
    ASSERT_NE(current, nullptr);
    ASSERT_FALSE(current->signatures.isEmpty());
    const QString subject = current->signatures.constFirst().subject;
    ASSERT_FALSE(subject.isEmpty());
    EXPECT_FALSE(shown.contains(subject)) << subject.toStdString();
    ASSERT_TRUE(m_detail->technicalDetailsButton()->isVisible());
    QTest::mouseClick(m_detail->technicalDetailsButton(), Qt::LeftButton);
    const QString technical = detailText();
    QTest::mouseClick(m_detail->technicalDetailsButton(), Qt::LeftButton);
    EXPECT_TRUE(technical.contains(wanted.record.uuid)) << technical.toStdString();
    EXPECT_TRUE(technical.contains(subject));
    EXPECT_FALSE(detailText().contains(wanted.record.uuid));
    qsizetype signatures = 0;
    for (const services::VersionDetails& v : wanted.versions)
        signatures += v.signatures.size();
    // In whatever language an earlier test left installed.
    const QString valid = QCoreApplication::translate("hocbaso::ui::RecordDetailView", "Valid");
    const QString invalid =
        QCoreApplication::translate("hocbaso::ui::RecordDetailView", "Invalid: %1").section(QLatin1Char(':'), 0, 0);
    EXPECT_EQ(shown.count(QStringLiteral("✔ ") + valid), signatures);
    EXPECT_FALSE(shown.contains(QStringLiteral("✘ ") + invalid));
    // The TT27 content: every subject with its rating, and the year-end result.
    ASSERT_TRUE(wanted.content.has_value());
    for (const SubjectResult& s : wanted.content->subjects)
        EXPECT_TRUE(shown.contains(s.name)) << s.name.toStdString();
    EXPECT_TRUE(shown.contains(wanted.content->yearEndResult));
    EXPECT_TRUE(child<QPushButton>("exportPdfPushButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("printPushButton")->isEnabled());
}

TEST_F(GuiLookup, EnterOnARowOpensIt)
{
    const services::RecordDetails wanted = signedRecord();
    typeAndEnter(m_name, text::fold(wanted.pupil.fullName));
    const int row = m_model->rowOfLookupCode(wanted.record.uuid);
    ASSERT_GE(row, 0);
    m_page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page));
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(m_table, Qt::Key_Return);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    EXPECT_EQ(m_page->currentDetails()->record.uuid, wanted.record.uuid);
    // Opening moves the keyboard to the record, to read it with the arrow keys.
    EXPECT_TRUE(m_detail->hasFocus());
}

TEST_F(GuiLookup, TheRecordPaneFoldsAwayForTheList)
{
    auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("recordPanePushButton"));
    auto* pane = m_page->findChild<QWidget*>(QStringLiteral("detailWidget"));
    ASSERT_TRUE(toggle && pane);
    ASSERT_TRUE(pane->isVisible());
    const int listWidth = m_table->width();
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(pane->isVisible());
    // The splitter lays out on the next pass of the event loop.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_table->width() > listWidth; }, 2000))
        << "the list takes the pane's room";
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(pane->isVisible());
}

TEST_F(GuiLookup, TabReachesTheResultTable)
{
    m_page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page));
    m_name->setFocus();
    for (int i = 0; i < 12 && !m_table->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(m_table->hasFocus());
}

TEST_F(GuiLookup, MalformedPersonalIdShowsTheServicesSentence)
{
    typeAndEnter(m_name, QStringLiteral("nguyen"));
    ASSERT_GT(m_model->rowCount(), 0);
    m_name->clear();

    typeAndEnter(m_personalId, QStringLiteral("0792x5"));
    services::LookupRequest r;
    r.personalId = QStringLiteral("0792x5");
    const Status expected = services::RecordLookup::validate(r);
    ASSERT_FALSE(expected);
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_EQ(m_message->text(), expected.errorString());
    EXPECT_EQ(m_model->rowCount(), 0);

    // A good search hides the sentence again.
    m_personalId->clear();
    typeAndEnter(m_name, QStringLiteral("nguyen"));
    EXPECT_FALSE(m_message->isVisible());
}

TEST_F(GuiLookup, MalformedLookupCodeShowsTheServicesSentence)
{
    typeAndEnter(m_lookupCode, QStringLiteral("1234-not-a-code"));
    services::LookupRequest r;
    r.lookupCode = QStringLiteral("1234-not-a-code");
    const Status expected = services::RecordLookup::validate(r);
    ASSERT_FALSE(expected);
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_EQ(m_message->text(), expected.errorString());
    EXPECT_FALSE(m_message->text().isEmpty());
}

TEST_F(GuiLookup, ALookupCodeOpensItsRecordStraightAway)
{
    const services::RecordDetails wanted = signedRecord();
    // Upper case with braces, as it may be pasted.
    typeAndEnter(m_lookupCode, QStringLiteral("{%1}").arg(wanted.record.uuid.toUpper()));
    EXPECT_EQ(m_model->total(), 1);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    EXPECT_EQ(m_page->currentDetails()->record.uuid, wanted.record.uuid);
    EXPECT_TRUE(detailText().contains(wanted.pupil.fullName));
}

TEST_F(GuiLookup, ABroadQueryLoadsOnlyTheFirstPageUntilMoreIsNeeded)
{
    typeAndEnter(m_name, QStringLiteral("nguyen"));
    ASSERT_GT(m_model->total(), ui::RecordLookupModel::kPageSize);
    EXPECT_EQ(m_model->rowCount(), ui::RecordLookupModel::kPageSize);
    EXPECT_TRUE(m_model->canFetchMore(QModelIndex()));
    // Rows stay in class-list order across pages.
    const QString lastOfFirstPage = m_model->listingAt(m_model->rowCount() - 1)->nameSort;

    // Scrolling to the end asks for the next page.
    m_table->scrollToBottom();
    QCoreApplication::processEvents();
    EXPECT_GT(m_model->rowCount(), ui::RecordLookupModel::kPageSize);
    EXPECT_LE(m_model->rowCount(), 2 * ui::RecordLookupModel::kPageSize);
    EXPECT_GE(m_model->listingAt(ui::RecordLookupModel::kPageSize)->nameSort, lastOfFirstPage);
    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    EXPECT_EQ(m_model->rowCount(), m_model->total());
    QSet<QString> codes;
    for (int r = 0; r < m_model->rowCount(); ++r)
        codes.insert(m_model->listingAt(r)->uuid);
    EXPECT_EQ(codes.size(), m_model->total()); // no row twice, none skipped
}

// Every word of the folded name begins one of the folded query's words.
bool matchesWords(const QString& fullName, const QString& query)
{
    const QStringList words = text::fold(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& q : text::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::none_of(words.cbegin(), words.cend(), [&](const QString& w) { return w.startsWith(q); }))
            return false;
    }
    return true;
}

TEST_F(GuiLookup, RowsFollowEachKeystrokeWithoutEnter)
{
    const services::RecordDetails wanted = signedRecord();
    const QString folded = text::fold(wanted.pupil.fullName);
    auto* runner = m_page->lookupRunner();
    auto* timer = m_page->findChild<QTimer*>(QStringLiteral("searchTimer"));
    ASSERT_NE(timer, nullptr);
    m_name->setFocus();
    QString typed;
    for (const QChar c : folded) {
        QTest::keyClick(m_name, c.toLatin1());
        typed += c;
        ASSERT_EQ(m_name->text(), typed);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !timer->isActive() && runner->isIdle(); }, 5000));
        if (typed.trimmed().size() < 2) {
            EXPECT_FALSE(m_model->hasSearched()) << "a single letter matches half the unit";
            continue;
        }
        // The list shows what is typed so far, without Enter.
        EXPECT_EQ(m_model->shownRequest().name, typed);
        EXPECT_GT(m_model->rowCount(), 0) << typed.toStdString();
        for (int r = 0; r < m_model->rowCount(); ++r)
            EXPECT_TRUE(matchesWords(m_model->listingAt(r)->fullName, typed))
                << m_model->listingAt(r)->fullName.toStdString() << " for " << typed.toStdString();
    }
    EXPECT_GE(m_model->rowOfLookupCode(wanted.record.uuid), 0);
    // The count is there once known.
    ASSERT_GE(m_model->total(), m_model->rowCount());
    EXPECT_TRUE(child<QLabel>("resultCountLabel")->text().contains(QString::number(m_model->total())));

    // A narrower choice keeps the open record open and its row selected, without resetting the list.
    const int row = m_model->rowOfLookupCode(wanted.record.uuid);
    m_table->selectRow(row);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelAboutToBeReset);
    auto* grade = child<QComboBox>("gradeComboBox");
    const int at = grade->findData(wanted.record.grade);
    ASSERT_GT(at, 0);
    grade->setCurrentIndex(at);
    Q_EMIT grade->activated(at);
    ASSERT_TRUE(QTest::qWaitFor([&] { return runner->isIdle(); }, 5000));
    EXPECT_EQ(m_model->shownRequest().grade, wanted.record.grade);
    EXPECT_EQ(resets.count(), 0);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(m_model->listingAt(current.row())->uuid, wanted.record.uuid);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    EXPECT_EQ(m_page->currentDetails()->record.uuid, wanted.record.uuid);

    // Emptying the field empties the list.
    m_name->selectAll();
    QTest::keyClick(m_name, Qt::Key_Backspace);
    grade->setCurrentIndex(0);
    Q_EMIT grade->activated(0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_model->rowCount() == 0; }, 3000));
}

TEST_F(GuiLookup, AFasterSecondKeystrokeWinsOverASlowerFirstQuery)
{
    // "ng" and "ngo" list different records, so the older rows would show if they won.
    services::LookupRequest broad;
    broad.name = QStringLiteral("ng");
    auto first = services::RecordLookup(context()).find(ui::RecordLookupModel::firstPage(broad));
    ASSERT_TRUE(first);
    ASSERT_TRUE(std::any_of(first->rows.cbegin(), first->rows.cend(),
                            [](const RecordListing& l) { return !matchesWords(l.fullName, QStringLiteral("ngo")); }));

    // The first query ("ng") is held on its lane until the second one's rows are on screen.
    QSemaphore entered, gate;
    struct Release
    {
        QSemaphore& gate;
        ~Release() { gate.release(); } // never leave a lane blocked, whatever fails
    } release{gate};
    auto* runner = m_page->lookupRunner();
    runner->setQueryHook([&](const services::LookupRequest& r) {
        if (r.name == QLatin1String("ng")) {
            entered.release();
            gate.acquire();
        }
    });
    m_name->setFocus();
    QTest::keyClicks(m_name, QStringLiteral("ng"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return entered.tryAcquire(); }, 5000));
    const quint64 slow = m_page->shownGeneration();
    QTest::keyClick(m_name, 'o');
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_model->shownRequest().name == QLatin1String("ngo"); }, 5000));
    const quint64 shown = m_page->shownGeneration();
    EXPECT_GT(shown, slow);
    ASSERT_GT(m_model->rowCount(), 0);

    // Now the slow one ends: its rows arrive, and are not shown.
    gate.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return runner->isIdle(); }, 5000));
    EXPECT_EQ(m_page->shownGeneration(), shown);
    EXPECT_EQ(m_model->shownRequest().name, QStringLiteral("ngo"));
    for (int r = 0; r < m_model->rowCount(); ++r)
        EXPECT_TRUE(matchesWords(m_model->listingAt(r)->fullName, QStringLiteral("ngo")))
            << m_model->listingAt(r)->fullName.toStdString();
    EXPECT_TRUE(child<QLabel>("resultCountLabel")->text().contains(QString::number(m_model->total())));
    runner->setQueryHook({});
}

TEST_F(GuiLookup, AnIdBeingTypedIsNotRefusedUntilEnter)
{
    auto* timer = m_page->findChild<QTimer*>(QStringLiteral("searchTimer"));
    ASSERT_NE(timer, nullptr);
    m_personalId->setFocus();
    QTest::keyClicks(m_personalId, QStringLiteral("0013"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !timer->isActive(); }, 3000));
    EXPECT_FALSE(m_message->isVisible()) << m_message->text().toStdString();
    QTest::keyClick(m_personalId, Qt::Key_Return);
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_TRUE(m_message->text().contains(QStringLiteral("0013")));
}

TEST_F(GuiLookup, ExportWritesThePdfOfTheOpenRecord)
{
    const services::RecordDetails wanted = signedRecord();
    typeAndEnter(m_lookupCode, wanted.record.uuid);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    ASSERT_TRUE(m_page->exportPdf(path));
    const QFileInfo written(path);
    EXPECT_TRUE(written.exists());
    EXPECT_GT(written.size(), 10000);
    EXPECT_TRUE(m_message->isVisible());

    // A folder that does not exist: a sentence, not a crash.
    EXPECT_FALSE(m_page->exportPdf(dir.filePath(QStringLiteral("no/such/folder/record.pdf"))));
    EXPECT_TRUE(m_message->text().contains(QStringLiteral("record.pdf")));
}

TEST_F(GuiLookup, PrintingDrawsTheSameFormOnAPrinter)
{
    const services::RecordDetails wanted = signedRecord();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A printer's resolution differs from the PDF writer's: the form must not depend on it.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    ASSERT_TRUE(painter.begin(&printer));
    const int pages = services::RecordPdf::paint(wanted, painter, printer);
    painter.end();
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 3);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    QProcess p;
    p.start(pdftotext,
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), printer.outputFileName(), QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(wanted.pupil.fullName)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Trang %1/%1").arg(pages)));
}

TEST_F(GuiLookup, FiltersNarrowTheList)
{
    auto* grade = child<QComboBox>("gradeComboBox");
    auto* school = child<QComboBox>("schoolComboBox");
    ASSERT_EQ(grade->count(), 6);
    ASSERT_GT(school->count(), 1); // "All schools" and the unit's schools
    typeAndEnter(m_name, QStringLiteral("nguyen"));
    const qint64 all = m_model->total();
    grade->setCurrentIndex(3);
    school->setCurrentIndex(1);
    m_name->setFocus();
    QTest::keyClick(m_name, Qt::Key_Return);
    EXPECT_LT(m_model->total(), all);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        EXPECT_EQ(m_model->listingAt(r)->grade, 3);
        EXPECT_EQ(m_model->listingAt(r)->schoolCode, school->currentData().toString());
    }
}

TEST_F(GuiLookup, SignOutClearsTheView)
{
    const services::RecordDetails wanted = signedRecord();
    typeAndEnter(m_lookupCode, wanted.record.uuid);
    ASSERT_NE(m_page->currentDetails(), nullptr);
    m_page->clear();
    m_page->setSession(nullptr);
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_EQ(m_page->currentDetails(), nullptr);
    EXPECT_TRUE(detailText().isEmpty());
    EXPECT_TRUE(m_lookupCode->text().isEmpty());
    EXPECT_EQ(child<QComboBox>("schoolComboBox")->count(), 1);
}

} // namespace
} // namespace hocbaso::test
