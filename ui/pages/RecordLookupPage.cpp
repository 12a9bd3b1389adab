#include "RecordLookupPage.h"

#include "Palette.h"
#include "ScreenFit.h"
#include "Session.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "models/RecordLookupModel.h"
#include "models/RecordLookupRunner.h"
#include "services/RecordPdf.h"
#include "services/RecordVerification.h"
#include "services/SchoolDirectory.h"
#include "ui_RecordLookupPage.h"
#include "widgets/BackgroundTask.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace hocbaso::ui {
namespace {

// Refills a choice list in the current language, keeping what was chosen.
void refill(QComboBox* box, const QList<std::pair<QString, QVariant>>& items)
{
    const QVariant keep = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    const int at = keep.isValid() ? box->findData(keep) : -1;
    box->setCurrentIndex(std::max(at, 0));
}

QString messageStyle(const QColor& text, const QColor& background, const QColor& border)
{
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 3px; padding: 5px "
                          "8px; }")
        .arg(text.name(), background.name(), border.name());
}

const QString kErrorStyle =
    messageStyle(Palette::lookupErrorText(), Palette::invalidBackground(), Palette::lookupErrorBorder());
const QString kNoticeStyle =
    messageStyle(Palette::lookupNoticeText(), Palette::validBackground(), Palette::lookupNoticeBorder());
const QString kCountStyle = QStringLiteral("QLabel { font-weight: 600; color: %1; }").arg(Palette::heading().name());
const QString kHintStyle = QStringLiteral("QLabel { color: %1; }").arg(Palette::muted().name());

} // namespace

RecordLookupPage::RecordLookupPage(QWidget* parent)
    : Page(PageId::RecordLookup, parent), m_ui(std::make_unique<Ui::RecordLookupPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));

    m_model = new RecordLookupModel(this);
    m_model->setObjectName(QStringLiteral("recordLookupModel"));
    m_ui->resultsTableView->setModel(m_model);
    setUpColumns();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kTypingDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RecordLookupPage::searchAsTyped);
    m_runner = new RecordLookupRunner(this);
    connect(m_runner, &RecordLookupRunner::rowsFound, this, &RecordLookupPage::rowsFound);
    connect(m_runner, &RecordLookupRunner::counted, this, &RecordLookupPage::counted);
    connect(m_runner, &RecordLookupRunner::failed, this, &RecordLookupPage::searchFailed);

    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->personalIdLineEdit, m_ui->lookupCodeLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &RecordLookupPage::scheduleSearch);
        connect(edit, &QLineEdit::returnPressed, this, &RecordLookupPage::search);
    }
    // A choice is deliberate: no need to wait for more typing.
    for (QComboBox* box : {m_ui->schoolComboBox, m_ui->schoolYearComboBox, m_ui->gradeComboBox, m_ui->statusComboBox}) {
        connect(box, &QComboBox::activated, this, &RecordLookupPage::searchAsTyped);
        box->installEventFilter(this);
    }
    // Boxes as wide as their longest school name would push the page past a laptop's screen.
    letShrink(m_ui->schoolComboBox, 14);
    letShrink(m_ui->statusComboBox, 10);
    letShrink(m_ui->schoolYearComboBox, 9);
    letShrink(m_ui->gradeComboBox, 12);
    // What a wider window adds goes to the boxes, the school's most.
    m_ui->searchGridLayout->setColumnStretch(1, 3);
    m_ui->searchGridLayout->setColumnStretch(3, 2);
    m_ui->searchGridLayout->setColumnStretch(5, 1);
    m_ui->searchGridLayout->setColumnStretch(7, 1);
    // Showing the tab (Ctrl+3) puts the cursor where a lookup starts.
    setFocusProxy(m_ui->nameLineEdit);
    m_ui->personalIdLineEdit->setMaxLength(12);
    m_ui->lookupCodeLineEdit->setMaxLength(40);
    // "Chữ ký không hợp lệ": only records whose signatures failed receipt verification.
    m_invalidCheckBox = new QCheckBox(this);
    m_invalidCheckBox->setObjectName(QStringLiteral("invalidSignatureCheckBox"));
    m_ui->searchGridLayout->addWidget(m_invalidCheckBox, 2, 1, 1, 3);
    connect(m_invalidCheckBox, &QCheckBox::toggled, this, &RecordLookupPage::searchAsTyped);
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshRecordLookupAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &RecordLookupPage::refresh);
    connect(m_ui->lookUpPushButton, &QPushButton::clicked, this, &RecordLookupPage::search);
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, &RecordLookupPage::resetCriteria);

    connect(m_ui->resultsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordLookupPage::currentRowChanged);
    // Enter on a row and a double-click both arrive as activated().
    connect(m_ui->resultsTableView, &QAbstractItemView::activated, this, &RecordLookupPage::openRecord);
    connect(m_model, &RecordLookupModel::fetchFailed, this, &RecordLookupPage::showError);
    connect(m_ui->exportPdfPushButton, &QPushButton::clicked, this, &RecordLookupPage::chooseExportFile);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &RecordLookupPage::printRecord);
    // The usual keys, active while this tab is shown: Ctrl+F back to the name, Ctrl+P prints.
    auto* find = new QShortcut(QKeySequence::Find, this, this, [this] {
        m_ui->nameLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->nameLineEdit->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto* print = new QShortcut(QKeySequence::Print, this, this, &RecordLookupPage::printRecord);
    print->setContext(Qt::WidgetWithChildrenShortcut);

    m_ui->resultSplitter->setStretchFactor(0, 3);
    m_ui->resultSplitter->setStretchFactor(1, 2);
    // The list gets room for every column up to the status; the lookup code scrolls into view.
    m_ui->resultSplitter->setSizes({830, 500});
    // The record pane folds away to give a small screen's width to the list, as in 6.1 and 6.5.
    m_recordPaneButton = new QPushButton(m_ui->resultsWidget);
    m_recordPaneButton->setObjectName(QStringLiteral("recordPanePushButton"));
    m_recordPaneButton->setCheckable(true);
    m_recordPaneButton->setChecked(true);
    m_recordPaneButton->setAutoDefault(false);
    auto* header = new QHBoxLayout;
    m_ui->resultsVBoxLayout->removeWidget(m_ui->resultCountLabel);
    header->addWidget(m_ui->resultCountLabel, 1);
    header->addWidget(m_recordPaneButton);
    m_ui->resultsVBoxLayout->insertLayout(0, header);
    connect(m_recordPaneButton, &QPushButton::toggled, m_ui->detailWidget, &QWidget::setVisible);

    retranslate();
    hideMessage();
    updateDetailHeader();
}

RecordLookupPage::~RecordLookupPage()
{
    // The task's work uses a connection of its own; stop it before the page goes.
    delete m_verifyTask;
}

void RecordLookupPage::setSession(Session* session)
{
    // A verification of the previous session stops (its results so far are stored per batch).
    delete m_verifyTask;
    m_verifyTask = nullptr;
    clear();
    m_runner->setSession(session);
    Page::setSession(session);
    m_model->setContext(session ? &session->context() : nullptr);
    m_schools.clear();
    m_schoolYears.clear();
    if (session)
        loadChoices();
    else
        fillChoices();
}

void RecordLookupPage::clear()
{
    m_searchTimer->stop();
    m_shownGeneration = m_runner->supersede();
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->personalIdLineEdit, m_ui->lookupCodeLineEdit})
        edit->clear();
    for (QComboBox* box : {m_ui->schoolComboBox, m_ui->schoolYearComboBox, m_ui->gradeComboBox, m_ui->statusComboBox}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_invalidCheckBox);
        m_invalidCheckBox->setChecked(false);
    }
    m_model->clear();
    clearDetails();
    hideMessage();
    updateCount();
    Page::clear();
}

void RecordLookupPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
    m_invalidCheckBox->setText(tr("Invalid signature only"));
    m_recordPaneButton->setText(tr("Record &details"));
    m_recordPaneButton->setToolTip(tr("Show or hide the record of the current line"));
    m_invalidCheckBox->setToolTip(tr("Records whose signatures failed the verification on receipt"));
    m_refreshAction->setText(tr("Refresh"));
    fillChoices();
    m_model->retranslate();
    updateCount();
    updateDetailHeader();
}

void RecordLookupPage::setUpColumns()
{
    QHeaderView* header = m_ui->resultsTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    m_ui->resultsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Widths from typical contents, so that same-named pupils can be told apart at a glance and
    // only the long tail of a name or school is elided (the tooltip has it whole).
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics head(header->font());
    auto width = [&](int column, int contents) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(contents, head.horizontalAdvance(title)) + 20;
    };
    int statusWidth = 0;
    for (RecordStatus s : {RecordStatus::Draft, RecordStatus::Confirmed, RecordStatus::Sent, RecordStatus::Revoked})
        statusWidth = std::max(statusWidth, fm.horizontalAdvance(label(s)));
    using M = RecordLookupModel;
    header->resizeSection(M::NameColumn,
                          width(M::NameColumn, fm.horizontalAdvance(QStringLiteral("Nguyễn Thị Phương Thảo"))));
    header->resizeSection(M::BirthDateColumn,
                          width(M::BirthDateColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000"))));
    header->resizeSection(M::PersonalIdColumn,
                          width(M::PersonalIdColumn, fm.horizontalAdvance(QStringLiteral("000000000000"))));
    header->resizeSection(M::SchoolColumn,
                          width(M::SchoolColumn, fm.horizontalAdvance(QStringLiteral("TH Nguyễn Bỉnh Khiêm"))));
    header->resizeSection(M::ClassColumn, width(M::ClassColumn, fm.horizontalAdvance(QStringLiteral("5A"))));
    header->resizeSection(M::GradeColumn, width(M::GradeColumn, fm.horizontalAdvance(QStringLiteral("5"))));
    header->resizeSection(M::SchoolYearColumn,
                          width(M::SchoolYearColumn, fm.horizontalAdvance(QStringLiteral("2025-2026"))));
    header->resizeSection(M::StatusColumn, width(M::StatusColumn, statusWidth));
    header->resizeSection(M::SignatureColumn,
                          width(M::SignatureColumn, fm.horizontalAdvance(label(VerificationResult::Invalid)) + 20));
    header->resizeSection(
        M::LookupCodeColumn,
        width(M::LookupCodeColumn, mono.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000"))));
}

void RecordLookupPage::loadChoices()
{
    services::SchoolDirectory directory(session()->context());
    auto schools = directory.schools();
    if (schools)
        m_schools = *schools;
    else
        showError(schools.errorString());
    auto years = directory.schoolYears();
    if (years)
        m_schoolYears = *years;
    else
        showError(years.errorString());
    fillChoices();
}

void RecordLookupPage::fillChoices()
{
    QList<std::pair<QString, QVariant>> schools{{tr("All schools"), QString()}};
    for (const School& s : std::as_const(m_schools))
        schools.append({s.name, s.code});
    refill(m_ui->schoolComboBox, schools);
    for (int i = 1; i < m_ui->schoolComboBox->count(); ++i)
        m_ui->schoolComboBox->setItemData(
            i, QStringLiteral("%1 (%2)").arg(m_schools.at(i - 1).name, m_schools.at(i - 1).code), Qt::ToolTipRole);
    // The closed box is narrow; the open list shows whole names.
    m_ui->schoolComboBox->view()->setMinimumWidth(m_ui->schoolComboBox->view()->sizeHintForColumn(0) + 24);

    QList<std::pair<QString, QVariant>> years{{tr("All school years"), 0}};
    for (int y : std::as_const(m_schoolYears))
        years.append({SchoolYear{y}.label(), y});
    refill(m_ui->schoolYearComboBox, years);

    QList<std::pair<QString, QVariant>> grades{{tr("All grades"), 0}};
    for (int g : allGrades())
        grades.append({tr("Grade %1").arg(g), g});
    refill(m_ui->gradeComboBox, grades);

    QList<std::pair<QString, QVariant>> statuses{{tr("All statuses"), QString()}};
    for (RecordStatus s : {RecordStatus::Draft, RecordStatus::Confirmed, RecordStatus::Sent, RecordStatus::Revoked})
        statuses.append({label(s), toText(s)});
    refill(m_ui->statusComboBox, statuses);
}

services::LookupRequest RecordLookupPage::request() const
{
    services::LookupRequest r;
    r.name = m_ui->nameLineEdit->text();
    r.personalId = m_ui->personalIdLineEdit->text().trimmed();
    r.lookupCode = m_ui->lookupCodeLineEdit->text().trimmed();
    r.schoolCode = m_ui->schoolComboBox->currentData().toString();
    if (const int year = m_ui->schoolYearComboBox->currentData().toInt(); year > 0)
        r.schoolYear = year;
    r.grade = m_ui->gradeComboBox->currentData().toInt();
    r.status = recordStatusFromText(m_ui->statusComboBox->currentData().toString());
    r.invalidSignature = m_invalidCheckBox->isChecked();
    return r;
}

bool RecordLookupPage::hasCriteria() const
{
    for (const QLineEdit* edit : {m_ui->nameLineEdit, m_ui->personalIdLineEdit, m_ui->lookupCodeLineEdit}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    for (const QComboBox* box :
         {m_ui->schoolComboBox, m_ui->schoolYearComboBox, m_ui->gradeComboBox, m_ui->statusComboBox}) {
        if (box->currentIndex() > 0)
            return true;
    }
    return m_invalidCheckBox->isChecked();
}

void RecordLookupPage::scheduleSearch()
{
    if (!m_searchTimer->isActive())
        m_searchTimer->start();
}

bool RecordLookupPage::stillTyping() const
{
    // Half an ID or lookup code would only flash the service's refusal, and a single letter
    // matches half a province. Enter still looks up what is there, and explains a refusal.
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const QString id = m_ui->personalIdLineEdit->text().trimmed();
    const QString code = m_ui->lookupCodeLineEdit->text().trimmed();
    const bool idDigits = std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
    if (!id.isEmpty() && id.size() < 6 && idDigits)
        return true;
    if (!code.isEmpty() && code.size() < 32)
        return true;
    return name.size() == 1 && id.isEmpty() && code.isEmpty();
}

void RecordLookupPage::searchAsTyped()
{
    m_searchTimer->stop();
    // Emptied fields empty the list; listing a whole unit takes an explicit [Look up].
    if (!hasCriteria() || stillTyping()) {
        m_shownGeneration = m_runner->supersede();
        m_model->clear();
        clearDetails();
        hideMessage();
        updateCount();
        return;
    }
    if (session())
        m_runner->submit(RecordLookupModel::firstPage(request()));
}

void RecordLookupPage::search()
{
    m_searchTimer->stop();
    runSearch();
}

void RecordLookupPage::runSearch()
{
    if (!session())
        return;
    // Asked for now (Enter, F5, a verification's new badges): answered at once, and whatever is
    // still on its way from the typing is older.
    m_shownGeneration = m_runner->supersede();
    const services::LookupRequest first = RecordLookupModel::firstPage(request());
    auto result = services::RecordLookup(session()->context()).find(first);
    if (!result) {
        m_model->clear();
        clearDetails();
        updateCount();
        showError(result.errorString());
        return;
    }
    showResult(first, *result);
}

void RecordLookupPage::rowsFound(quint64 generation, const services::LookupRequest& request,
                                 const services::LookupResult& result)
{
    // A query that took longer than a later one must not bring its older rows back.
    if (generation <= m_shownGeneration)
        return;
    m_shownGeneration = generation;
    showResult(request, result);
}

void RecordLookupPage::counted(quint64 generation, qint64 total)
{
    if (generation != m_shownGeneration)
        return;
    m_model->setTotal(total);
    updateCount();
}

void RecordLookupPage::searchFailed(quint64 generation, const QString& message)
{
    if (generation < m_shownGeneration)
        return;
    m_shownGeneration = generation;
    m_model->clear();
    clearDetails();
    updateCount();
    showError(message);
}

QString RecordLookupPage::openLookupCode() const
{
    if (m_details)
        return m_details->record.uuid;
    const QModelIndex current = m_ui->resultsTableView->selectionModel()->currentIndex();
    const RecordListing* listing = current.isValid() ? m_model->listingAt(current.row()) : nullptr;
    return listing ? listing->uuid : QString();
}

void RecordLookupPage::showResult(const services::LookupRequest& request, const services::LookupResult& result)
{
    // The open record stays open, and its row selected, while it is among the matches. Otherwise
    // the selection goes first: the view would move it to a neighbour and open that one.
    const QString open = openLookupCode();
    const bool kept = !open.isEmpty() && std::any_of(result.rows.cbegin(), result.rows.cend(),
                                                     [&](const RecordListing& l) { return l.uuid == open; });
    if (!kept) {
        m_ui->resultsTableView->selectionModel()->clear();
        clearDetails();
    }
    m_model->showResult(request, result);
    hideMessage();
    updateCount();
    // A single match opens straight away.
    if (!kept && m_model->total() == 1)
        m_ui->resultsTableView->selectRow(0);
}

void RecordLookupPage::resetCriteria()
{
    clear();
    m_ui->nameLineEdit->setFocus();
}

void RecordLookupPage::currentRowChanged(const QModelIndex& current)
{
    const RecordListing* listing = current.isValid() ? m_model->listingAt(current.row()) : nullptr;
    if (!listing) {
        clearDetails();
        return;
    }
    showRecord(listing->uuid);
}

void RecordLookupPage::openRecord(const QModelIndex& index)
{
    const RecordListing* listing = index.isValid() ? m_model->listingAt(index.row()) : nullptr;
    if (!listing)
        return;
    showRecord(listing->uuid);
    m_ui->recordDetailView->setFocus(Qt::OtherFocusReason);
}

void RecordLookupPage::showRecord(const QString& lookupCode)
{
    if (!session() || (m_details && m_details->record.uuid == lookupCode))
        return;
    // Loading verifies every signature of every version: a few milliseconds per record.
    auto details = services::RecordDetailsService(session()->context()).load(lookupCode);
    if (!details) {
        m_details.reset();
        m_ui->recordDetailView->showProblem(details.errorString());
    } else {
        m_details = std::move(details).value();
        m_ui->recordDetailView->setDetails(*m_details);
    }
    updateDetailHeader();
}

void RecordLookupPage::clearDetails()
{
    m_details.reset();
    m_ui->recordDetailView->clearDetails();
    updateDetailHeader();
}

void RecordLookupPage::updateDetailHeader()
{
    const bool open = m_details.has_value();
    m_ui->exportPdfPushButton->setEnabled(open);
    m_ui->printPushButton->setEnabled(open);
    if (!open) {
        m_ui->detailTitleLabel->setText(tr("Record"));
        m_ui->detailTitleLabel->setStyleSheet(kHintStyle);
        return;
    }
    const services::RecordDetails& d = *m_details;
    m_ui->detailTitleLabel->setStyleSheet(QString());
    m_ui->detailTitleLabel->setText(
        QStringLiteral("<span style='font-size: 12pt; font-weight: 600; color: %1;'>%2</span>"
                       "&nbsp;&nbsp;<span style='color: %3;'>%4</span>")
            .arg(Palette::heading().name(), d.pupil.fullName.toHtmlEscaped(), Palette::secondary().name(),
                 tr("class %1, %2").arg(d.schoolClass.name, SchoolYear{d.record.schoolYear}.label()).toHtmlEscaped()));
    m_ui->detailTitleLabel->setToolTip(d.pupil.fullName);
}

void RecordLookupPage::updateCount()
{
    if (!m_model->hasSearched()) {
        m_ui->resultCountLabel->setStyleSheet(kHintStyle);
        m_ui->resultCountLabel->setText(
            tr("Type a name, a personal ID or a lookup code, or choose a school; press Enter to look up."));
        return;
    }
    m_ui->resultCountLabel->setStyleSheet(kCountStyle);
    if (m_model->total() < 0)
        m_ui->resultCountLabel->setText(tr("At least %1 records found; counting...").arg(m_model->rowCount()));
    else if (m_model->total() == 0)
        m_ui->resultCountLabel->setText(tr("No record matches."));
    else
        m_ui->resultCountLabel->setText(
            tr("%n record(s) found", nullptr, int(std::min<qint64>(m_model->total(), INT_MAX))));
}

void RecordLookupPage::showError(const QString& message)
{
    m_ui->messageLabel->setStyleSheet(kErrorStyle);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setAccessibleName(tr("Error"));
    m_ui->messageLabel->show();
}

void RecordLookupPage::showNotice(const QString& message)
{
    m_ui->messageLabel->setStyleSheet(kNoticeStyle);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setAccessibleName(tr("Notice"));
    m_ui->messageLabel->show();
}

void RecordLookupPage::hideMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

bool RecordLookupPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in a closed choice list looks up, as it does in the text fields.
    if (event->type() == QEvent::KeyPress) {
        auto* box = qobject_cast<QComboBox*>(watched);
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (box && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            search();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

Status RecordLookupPage::exportPdf(const QString& path)
{
    if (!m_details)
        return Error::invalid(tr("Open a record first."));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = services::RecordPdf::write(*m_details, path);
    QGuiApplication::restoreOverrideCursor();
    if (!s)
        showError(tr("The PDF was not written: %1").arg(s.errorString()));
    else
        showNotice(tr("The record was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

void RecordLookupPage::chooseExportFile()
{
    if (!m_details)
        return;
    const QString folder = m_exportDirectory.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : m_exportDirectory;
    QPointer<RecordLookupPage> guard(this);
    QPointer<QFileDialog> dialog = new QFileDialog(
        this, tr("Export the record as PDF"), QDir(folder).filePath(services::RecordPdf::suggestedFileName(*m_details)),
        tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("exportPdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    const bool accepted = dialog->exec() == QDialog::Accepted;
    // Sign-out (idle or by hand) may have closed the page while the dialog was open.
    if (!guard)
        return;
    const QString path = accepted && dialog ? dialog->selectedFiles().value(0) : QString();
    delete dialog;
    if (path.isEmpty() || !m_details)
        return;
    m_exportDirectory = QFileInfo(path).absolutePath();
    // The page shows the outcome itself (the notice or the refusal); nothing more to do here.
    logIfFailed(exportPdf(path), "exporting the record as PDF");
}

void RecordLookupPage::printRecord()
{
    if (!m_details)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 15, 15, 12), QPageLayout::Millimeter);
    printer.setDocName(services::RecordPdf::documentTitle(*m_details));
    QPointer<RecordLookupPage> guard(this);
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, this);
    dialog->setObjectName(QStringLiteral("printRecordPrintDialog"));
    dialog->setWindowTitle(tr("Print the record"));
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!guard)
        return;
    delete dialog;
    if (!accepted || !m_details)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        showError(tr("The printer could not be started."));
        return;
    }
    services::RecordPdf::paint(*m_details, painter, printer);
    painter.end();
    showNotice(tr("The record was sent to the printer."));
}

void RecordLookupPage::verifyInBackground()
{
    if (!session() || m_verifyTask || !services::RecordVerification::canVerify(session()->context().actor))
        return;
    const Session::WorkerSpec spec = session()->workerSpec();
    auto outcome =
        std::make_shared<Result<services::VerificationSummary>>(Error::internal(tr("The verification did not run.")));
    auto work = [spec, outcome](BackgroundTask& task) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *outcome = worker.error();
            return;
        }
        services::VerificationFilter filter; // what arrived since the last run
        *outcome = services::RecordVerification(*worker->context)
                       .verifyAll(
                           filter,
                           [&task](qint64 done, qint64 total) {
                               task.reportProgress(int(std::min<qint64>(done, INT_MAX)),
                                                   int(std::min<qint64>(total, INT_MAX)));
                           },
                           [&task] { return task.isCancelled(); });
    };
    m_verifyTask =
        new BackgroundTask(this, tr("Signature verification"), QString(), work, BackgroundTask::Display::Quiet);
    connect(m_verifyTask, &BackgroundTask::progressed, this, [this](int done, int total) {
        if (total > 0)
            m_ui->resultCountLabel->setToolTip(tr("Verifying received signatures: %1 of %2").arg(done).arg(total));
    });
    connect(m_verifyTask, &BackgroundTask::finished, this, [this, outcome] {
        if (m_verifyTask)
            m_verifyTask->deleteLater();
        m_verifyTask = nullptr;
        m_ui->resultCountLabel->setToolTip(QString());
        if (!*outcome) {
            showError(outcome->errorString());
            Q_EMIT verificationFinished(0, 0);
            return;
        }
        const services::VerificationSummary& found = **outcome;
        // The badges of the rows on screen follow the results.
        if (m_model->hasSearched() && found.checked > 0)
            runSearch();
        if (found.invalid > 0)
            showNotice(tr("%n received record(s) have an invalid signature; tick \"Invalid signature only\" to "
                          "list them.",
                          "", int(found.invalid)));
        Q_EMIT verificationFinished(found.checked, found.invalid);
    });
    m_verifyTask->start();
}

void RecordLookupPage::refresh()
{
    if (!session())
        return;
    if (m_model->hasSearched())
        runSearch();
    verifyInBackground();
}

} // namespace hocbaso::ui
