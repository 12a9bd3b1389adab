#include "ReminderDialog.h"

#include "Palette.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "services/ReminderLetter.h"
#include "widgets/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace hocbaso::ui {

namespace {

enum Column
{
    SchoolColumn,
    ContactColumn,
    PhoneColumn,
    SentColumn,
    RemindedColumn,
    ColumnCount
};

} // namespace

ReminderDialog::ReminderDialog(services::ServiceContext& context, Prompter& prompter,
                               const QList<services::ProgressRow>& rows, int schoolYear, int grade, QWidget* parent)
    : QDialog(parent), m_context(context), m_prompter(prompter), m_schoolYear(schoolYear), m_grade(grade)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Remind schools - %1").arg(SchoolYear{schoolYear}.label()));
    services::Reminders reminders(m_context);
    m_canSend = reminders.canSend();

    m_intro = new QLabel(tr("Call the contact person of each school, then create the reminder letter: one page per "
                            "ticked school, with its figures. Each letter is logged."),
                         this);
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("remindersTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("School"), tr("Contact person"), tr("Phone"), tr("Sent"), tr("Last reminded")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The school's name takes what is left: it is the longest and the one that must not be cut.
    header->setSectionResizeMode(SchoolColumn, QHeaderView::Stretch);

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("e.g. 125/PGDĐT-TH; empty: filled in by hand"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_place->setPlaceholderText(tr("e.g. Hà Nội"));
    auto* form = new QFormLayout;
    form->addRow(tr("Letter &number:"), m_reference);
    form->addRow(tr("P&lace:"), m_place);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reminderMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::attention().name()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_letterButton = buttons->addButton(tr("Create &letter (PDF)..."), QDialogButtonBox::ActionRole);
    m_letterButton->setObjectName(QStringLiteral("letterPushButton"));
    connect(m_letterButton, &QPushButton::clicked, this, &ReminderDialog::createLetter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    auto targets = reminders.targets(rows, schoolYear, grade);
    if (targets)
        m_targets = *targets;
    else
        m_message->setText(targets.errorString());
    if (!m_canSend)
        m_message->setText(m_canSend.errorString());
    m_message->setVisible(!m_message->text().isEmpty());
    fillTable();
    updateButtons();
    // Wide enough for a school's name, its contact and the figures; never wider than the screen.
    resizeWithinScreen(this, QSize(900, 480));
}

ReminderDialog::~ReminderDialog()
{
    // Waits for a letter still being written: the work refers to this dialog's data.
    delete m_task.data();
}

void ReminderDialog::fillTable()
{
    const QStringList keep = m_table->rowCount() > 0 ? checkedCodes() : QStringList();
    const bool first = m_table->rowCount() == 0;
    m_table->setRowCount(int(m_targets.size()));
    const QLocale locale;
    for (int r = 0; r < m_targets.size(); ++r) {
        const services::ReminderTarget& t = m_targets.at(r);
        auto* school = new QTableWidgetItem(t.school.name);
        school->setData(Qt::UserRole, t.school.code);
        school->setToolTip(tr("%1 (%2)").arg(t.school.name, t.school.code));
        school->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        school->setCheckState(first || keep.contains(t.school.code) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, SchoolColumn, school);
        const QString none = tr("Not recorded");
        auto* contact = new QTableWidgetItem(t.contact.person.isEmpty() ? none : t.contact.person);
        auto* phone = new QTableWidgetItem(t.contact.phone.isEmpty() ? none : t.contact.phone);
        for (QTableWidgetItem* item : {contact, phone}) {
            if (item->text() == none)
                item->setForeground(Palette::muted());
        }
        m_table->setItem(r, ContactColumn, contact);
        m_table->setItem(r, PhoneColumn, phone);
        const QString share = t.figures.expected > 0
                                  ? locale.toString(t.figures.percentSent(), 'f', 1) + QLatin1Char('%')
                                  : QStringLiteral("–");
        auto* sent = new QTableWidgetItem(
            tr("%1 of %2 (%3)").arg(locale.toString(t.figures.sent), locale.toString(t.figures.expected), share));
        sent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, SentColumn, sent);
        auto* reminded = new QTableWidgetItem(
            t.reminders > 0 ? tr("%1 (%n time(s))", "", t.reminders).arg(text::dayText(t.lastSentAt)) : tr("Never"));
        reminded->setData(Qt::UserRole, t.reminders);
        m_table->setItem(r, RemindedColumn, reminded);
    }
}

bool ReminderDialog::isBusy() const
{
    return m_task != nullptr;
}

QStringList ReminderDialog::checkedCodes() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* item = m_table->item(r, SchoolColumn);
        if (item && item->checkState() == Qt::Checked)
            out.append(item->data(Qt::UserRole).toString());
    }
    return out;
}

void ReminderDialog::updateButtons()
{
    m_letterButton->setEnabled(m_canSend.ok() && !m_targets.isEmpty() && !m_task);
    if (!m_canSend)
        m_letterButton->setToolTip(m_canSend.errorString());
}

void ReminderDialog::createLetter()
{
    if (!m_canSend || m_task)
        return;
    const QStringList codes = checkedCodes();
    QList<services::ReminderTarget> chosen;
    for (const services::ReminderTarget& t : std::as_const(m_targets)) {
        if (codes.contains(t.school.code))
            chosen.append(t);
    }
    const QString caption = tr("Create reminder letter");
    if (chosen.isEmpty()) {
        m_prompter.refuse(this, caption, tr("Tick at least one school."));
        return;
    }
    services::Reminders reminders(m_context);
    auto issuer = reminders.issuer(chosen);
    if (!issuer) {
        m_prompter.refuse(this, caption, issuer.errorString());
        return;
    }
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDate today = m_context.clock.today();
    const QString suggested = QDir(m_lastDirectory).filePath(services::ReminderLetter::suggestedFileName(today));
    const QString filter = tr("PDF files (*.pdf)");
    QString path = m_fileChooser ? m_fileChooser(caption, suggested, filter)
                                 : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    const QFileInfo target(path);
    m_lastDirectory = target.absolutePath();

    services::ReminderLetterInput input;
    input.issuer = *issuer;
    input.reference = m_reference->text().simplified();
    input.place = m_place->text().simplified();
    input.date = today;
    input.schoolYear = m_schoolYear;
    input.grade = m_grade;
    input.schools = chosen;
    // Written beside the target and renamed at the end, so that a failure leaves an existing file
    // as it was; the reminders are logged only once the letter is there.
    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.part.pdf").arg(target.fileName()));
    auto status = std::make_shared<Status>();
    auto work = [input, partial, status](BackgroundTask&) {
        *status = services::ReminderLetter::write(input, partial);
    };
    m_task = new BackgroundTask(this, caption, tr("Saving %1...").arg(QDir::toNativeSeparators(path)), work);
    connect(m_task, &BackgroundTask::finished, this, [this, status, partial, path, chosen] {
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        finishLetter(partial, path, *status, chosen);
    });
    updateButtons();
    m_task->start();
}

void ReminderDialog::finishLetter(const QString& partial, const QString& path, const Status& written,
                                  const QList<services::ReminderTarget>& chosen)
{
    const QString caption = tr("Create reminder letter");
    const auto fail = [&](const QString& why) {
        QFile::remove(partial);
        updateButtons();
        m_prompter.refuse(this, caption, why);
        Q_EMIT letterFinished(false, path);
    };
    if (!written)
        return fail(written.errorString().replace(partial, path));
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(tr("Cannot replace %1: it may be open in another program.").arg(QDir::toNativeSeparators(path)));
    services::Reminders reminders(m_context);
    auto logged = reminders.log(chosen, m_schoolYear, m_reference->text());
    if (!logged)
        return fail(logged.errorString());
    if (!QFile::rename(partial, path)) {
        // The reminders are logged; the letter can be created again from the same dialog.
        fail(tr("The reminders were logged, but %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto s = reminders.refreshLog(m_targets, m_schoolYear); s)
        fillTable();
    updateButtons();
    m_prompter.inform(
        this, caption,
        tr("The letter for %n school(s) was saved to %1 and the reminders were logged.", "", int(chosen.size()))
            .arg(QDir::toNativeSeparators(path)));
    Q_EMIT letterFinished(true, path);
}

} // namespace hocbaso::ui
