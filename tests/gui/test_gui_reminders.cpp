// 6.4's "Đôn đốc" (issue #23, item 9): the lagging schools with their contact, the official reminder
// letter (PDF, one page per school, read back with pdftotext), the log of reminders per school, who
// may send, and the contact fields administrators edit.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/Translations.h"
#include "dialogs/OrganisationForms.h"
#include "dialogs/ReminderDialog.h"
#include "models/ProgressTableModel.h"
#include "pages/StatisticsPage.h"
#include "services/Reminders.h"
#include "store/ReminderRepository.h"
#include "store/SchoolContactRepository.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "support/DemoStore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace hocbaso::test {
namespace {

// The demo unit (four schools) at the fixture's clock, 20/11/2026.
class GuiReminders : public GuiDemoTest
{
protected:
    void SetUp() override
    {
        GuiDemoTest::SetUp();
        ASSERT_TRUE(m_out.isValid());
    }

    ui::StatisticsPage* openPage(const QString& user)
    {
        if (!signInAs(user, QString::fromLatin1(kDemoPassword)))
            return nullptr;
        ui::MainWindow* main = m_controller->mainWindow();
        auto* page = qobject_cast<ui::StatisticsPage*>(main->page(ui::PageId::Statistics));
        if (!page)
            return nullptr;
        page->setPrompter(&m_prompter);
        page->setFileChooser([this](const QString&, const QString& suggested, const QString&) {
            m_suggested = suggested;
            return m_out.filePath(QStringLiteral("letters.pdf"));
        });
        main->showPage(ui::PageId::Statistics);
        return page;
    }
    services::ServiceContext& context() { return m_controller->session()->context(); }
    // Marks every school that has sent less than all its records (the demo has some at every
    // share) and opens the dialog on them.
    ui::ReminderDialog* openDialog(ui::StatisticsPage* page)
    {
        page->findChild<QSpinBox*>(QStringLiteral("highlightSpinBox"))->setValue(100);
        auto* remind = page->findChild<QPushButton*>(QStringLiteral("remindPushButton"));
        if (!remind || !remind->isEnabled())
            return nullptr;
        QTest::mouseClick(remind, Qt::LeftButton);
        return page->reminderDialog();
    }
    static QString pdfText(const QString& path)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return QStringLiteral("pdftotext is missing (Debian: poppler-utils)");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return QStringLiteral("pdftotext did not finish");
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_out;
    QString m_suggested;
};

TEST_F(GuiReminders, TheLetterNamesEachSchoolAndTheUnitAndEachSchoolIsLoggedOnce)
{
    ui::StatisticsPage* page = openPage(QStringLiteral("canbo1"));
    ASSERT_NE(page, nullptr);
    ui::ReminderDialog* dialog = openDialog(page);
    ASSERT_NE(dialog, nullptr);
    // The dialog lists the marked schools, as many as the button said.
    const QList<services::ProgressRow> marked = page->reminderRows();
    ASSERT_GE(marked.size(), 2);
    ASSERT_EQ(dialog->targets().size(), marked.size());
    EXPECT_EQ(page->findChild<QPushButton*>(QStringLiteral("remindPushButton"))->text(),
              QStringLiteral("Re&mind (%1)...").arg(marked.size()));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("remindersTableWidget"));
    ASSERT_EQ(table->rowCount(), marked.size());
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Never"));
    // The last school is left out of this letter.
    table->item(table->rowCount() - 1, 0)->setCheckState(Qt::Unchecked);
    const QStringList chosen = dialog->checkedCodes();
    ASSERT_EQ(chosen.size(), marked.size() - 1);

    dialog->findChild<QLineEdit*>(QStringLiteral("referenceLineEdit"))->setText(QStringLiteral("125/PGDĐT-TH"));
    dialog->findChild<QLineEdit*>(QStringLiteral("placeLineEdit"))->setText(QStringLiteral("Hà Nội"));
    QList<QPair<bool, QString>> finished;
    QObject::connect(dialog, &ui::ReminderDialog::letterFinished, dialog, [&](bool saved, const QString& path) {
        finished.append({saved, path});
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("letterPushButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    ASSERT_TRUE(finished.first().first) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(m_suggested.endsWith(QStringLiteral("don-doc-2026-11-20.pdf"))) << m_suggested.toStdString();
    const QString path = finished.first().second;
    ASSERT_TRUE(QFileInfo::exists(path));
    // Nothing half-written is left beside the letter.
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // The letter: one page per ticked school, each naming the school, the issuing unit under its Sở,
    // the number, the place and date, and the school's own figures.
    const QString text = pdfText(path);
    const QString flat = text.simplified();
    EXPECT_EQ(text.count(QLatin1Char('\f')), chosen.size()) << text.toStdString();
    auto unit = store::UnitRepository(m_store->db()).byId(context().actor.unitId);
    ASSERT_TRUE(unit && *unit);
    auto so = store::UnitRepository(m_store->db()).byId((*unit)->parentId);
    ASSERT_TRUE(so && *so);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    EXPECT_TRUE(flat.contains(vi.toUpper((*unit)->name))) << text.toStdString();
    EXPECT_TRUE(flat.contains(vi.toUpper((*so)->name))) << text.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Số: 125/PGDĐT-TH")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Hà Nội, ngày 20 tháng 11 năm 2026"))) << text.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("V/v đôn đốc hoàn thành học bạ số")));
    const QStringList pages = text.split(QLatin1Char('\f'));
    for (int i = 0; i < chosen.size(); ++i) {
        const services::ReminderTarget& t = dialog->targets().at(i);
        ASSERT_EQ(t.school.code, chosen.at(i));
        const QString page = pages.value(i).simplified();
        EXPECT_TRUE(page.contains(QStringLiteral("Kính gửi: %1").arg(t.school.name))) << page.toStdString();
        EXPECT_TRUE(page.contains(QStringLiteral("Chưa gửi: %1.").arg(vi.toString(t.figures.notSent()))))
            << page.toStdString();
    }
    const QString leftOut = dialog->targets().last().school.name;
    EXPECT_FALSE(flat.contains(QStringLiteral("Kính gửi: %1").arg(leftOut)));

    // The log: one reminder per ticked school, in the officer's name, with the number; none for the
    // school left out; one audit event each.
    const int year = services::Statistics(context()).defaultYear();
    store::ReminderRepository log(m_store->db());
    for (const services::ReminderTarget& t : dialog->targets()) {
        auto history = log.history(t.school.id, year);
        ASSERT_TRUE(history);
        if (!chosen.contains(t.school.code)) {
            EXPECT_TRUE(history->isEmpty()) << t.school.code.toStdString();
            continue;
        }
        ASSERT_EQ(history->size(), 1) << t.school.code.toStdString();
        EXPECT_EQ(history->first().sentBy, QStringLiteral("canbo1"));
        EXPECT_EQ(history->first().reference, QStringLiteral("125/PGDĐT-TH"));
        EXPECT_EQ(history->first().sentAt, m_clock->now());
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'school.remind'")), chosen.size());
    // The dialog shows the new reminders.
    // (The English plural comes from translations/hocbaso_en.ts; the day is what matters here.)
    EXPECT_TRUE(table->item(0, 4)->text().startsWith(QStringLiteral("20/11/2026 (1 time")))
        << table->item(0, 4)->text().toStdString();
    EXPECT_EQ(table->item(table->rowCount() - 1, 4)->text(), QStringLiteral("Never"));
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
}

TEST_F(GuiReminders, SchoolsSelectedInTheTableAreTheOnesReminded)
{
    ui::StatisticsPage* page = openPage(QStringLiteral("canbo1"));
    ASSERT_NE(page, nullptr);
    page->findChild<QSpinBox*>(QStringLiteral("highlightSpinBox"))->setValue(0);
    auto* remind = page->findChild<QPushButton*>(QStringLiteral("remindPushButton"));
    auto* view = page->findChild<QTableView*>(QStringLiteral("schoolsTableView"));
    view->clearSelection();
    EXPECT_FALSE(remind->isEnabled());
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_TRUE(remind->isEnabled());
    EXPECT_EQ(remind->text(), QStringLiteral("Re&mind (2)..."));
    QTest::mouseClick(remind, Qt::LeftButton);
    ui::ReminderDialog* dialog = page->reminderDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->targets().size(), 2);
    EXPECT_EQ(dialog->targets().at(0).school.code, page->schoolsModel()->rowAt(1)->schoolCode);
    EXPECT_EQ(dialog->targets().at(1).school.code, page->schoolsModel()->rowAt(3)->schoolCode);
}

TEST_F(GuiReminders, AViewerSeesTheContactsButSendsNoReminder)
{
    ui::StatisticsPage* page = openPage(QStringLiteral("xem1"));
    ASSERT_NE(page, nullptr);
    ui::ReminderDialog* dialog = openDialog(page);
    ASSERT_NE(dialog, nullptr);
    ASSERT_FALSE(dialog->targets().isEmpty());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("letterPushButton"))->isEnabled());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("reminderMessageLabel"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("viewer"))) << message->text().toStdString();
    // The service refuses whatever the GUI shows.
    auto logged = services::Reminders(context()).log(dialog->targets(), 2026, {});
    ASSERT_FALSE(logged);
    EXPECT_EQ(logged.error().kind, ErrorKind::Refused);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM school_reminders")), 0);
}

TEST_F(GuiReminders, AnAdministratorsContactShowsInTheDialog)
{
    ui::StatisticsPage* page = openPage(QStringLiteral("admin1"));
    ASSERT_NE(page, nullptr);
    page->findChild<QSpinBox*>(QStringLiteral("highlightSpinBox"))->setValue(100);
    const QList<services::ProgressRow> marked = page->reminderRows();
    ASSERT_FALSE(marked.isEmpty());
    auto school = store::SchoolRepository(m_store->db()).byCode(marked.first().schoolCode);
    ASSERT_TRUE(school && *school);

    // A phone that is not a number is refused in the form, which stays open.
    auto* form = ui::SchoolFormDialog::forEdit(context(), **school, page);
    form->show();
    form->findChild<QLineEdit*>(QStringLiteral("contactPersonLineEdit"))
        ->setText(QStringLiteral("Nguyễn Thị Lan (phó hiệu trưởng)"));
    form->findChild<QLineEdit*>(QStringLiteral("contactPhoneLineEdit"))->setText(QStringLiteral("gọi cô Lan"));
    auto* ok = form->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(form->result(), QDialog::Rejected);
    const auto contactOf = [this](qint64 id) {
        auto c = store::SchoolContactRepository(m_store->db()).byIds({id});
        return c ? c->value(id) : store::SchoolContact{QStringLiteral("error"), {}};
    };
    EXPECT_EQ(contactOf((*school)->id), store::SchoolContact{});
    form->findChild<QLineEdit*>(QStringLiteral("contactPhoneLineEdit"))->setText(QStringLiteral("0912 345 678"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(form->result(), QDialog::Accepted);
    delete form;
    const store::SchoolContact saved = contactOf((*school)->id);
    EXPECT_EQ(saved.person, QStringLiteral("Nguyễn Thị Lan (phó hiệu trưởng)"));
    EXPECT_EQ(saved.phone, QStringLiteral("0912 345 678"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'school.update' AND detail "
                                   "LIKE '%contact_phone%'")),
              1);

    ui::ReminderDialog* dialog = openDialog(page);
    ASSERT_NE(dialog, nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("remindersTableWidget"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == (*school)->code)
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->item(row, 1)->text(), QStringLiteral("Nguyễn Thị Lan (phó hiệu trưởng)"));
    EXPECT_EQ(table->item(row, 2)->text(), QStringLiteral("0912 345 678"));
    // An administrator of the unit sends reminders as an officer does.
    EXPECT_TRUE(dialog->findChild<QPushButton*>(QStringLiteral("letterPushButton"))->isEnabled());
}

} // namespace
} // namespace hocbaso::test
