#include "StatisticsPage.h"

#include "Palette.h"
#include "Prompter.h"
#include "Session.h"
#include "core/DisplayDates.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "dialogs/ReminderDialog.h"
#include "models/ProgressTableModel.h"
#include "services/StatsExport.h"
#include "ui_StatisticsPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ProgressChart.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStyle>
#include <QTextDocument>

#include <memory>

namespace hocbaso::ui {
namespace {

using services::ProgressRow;
using services::StatsExport;

QString percentText(const ProgressRow& row)
{
    return row.expected > 0 ? QLocale().toString(row.percentSent(), 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

// Room for the header text or a seven-digit number, whichever is wider.
// A number column is as wide as its numbers or its header set on two lines, whichever is wider:
// "Đã xác nhận hoàn thành" on one line took the room of the schools' names at 1366x768.
// A number column as wide as its header on two lines or its widest figure (`widest`: the totals
// row's, the largest), whichever is wider: a sample such as "9.999.999" would take from the
// school names room that a district's figures never use.
int numberColumnWidth(const QFontMetrics& fm, const QString& header, const QString& widest)
{
    const QStringList words = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int best = fm.horizontalAdvance(header);
    for (qsizetype split = 1; split < words.size(); ++split) {
        const int first = fm.horizontalAdvance(words.mid(0, split).join(QLatin1Char(' ')));
        const int second = fm.horizontalAdvance(words.mid(split).join(QLatin1Char(' ')));
        best = std::min(best, std::max(first, second));
    }
    return std::max(best, fm.horizontalAdvance(widest)) + 16;
}

} // namespace

StatisticsPage::StatisticsPage(QWidget* parent)
    : Page(PageId::Statistics, parent), m_ui(std::make_unique<Ui::StatisticsPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    m_ui->messageLabel->hide();

    m_schoolsModel = new ProgressTableModel(ProgressTableModel::Kind::Schools, this);
    m_totalsModel = new ProgressTableModel(ProgressTableModel::Kind::Totals, this);
    m_gradesModel = new ProgressTableModel(ProgressTableModel::Kind::Grades, this);

    QTableView* schools = m_ui->schoolsTableView;
    schools->setModel(m_schoolsModel);
    schools->verticalHeader()->hide();
    schools->horizontalHeader()->setSortIndicator(ProgressTableModel::NameColumn, Qt::AscendingOrder);
    schools->horizontalHeader()->setHighlightSections(false);
    schools->setSortingEnabled(true);

    // The totals stay in sight below the schools whatever the sort or scroll: a one-row table
    // without a header whose columns follow the schools table.
    QTableView* totals = m_ui->totalsTableView;
    totals->setModel(m_totalsModel);
    totals->horizontalHeader()->hide();
    totals->verticalHeader()->hide();
    totals->setStyleSheet(QStringLiteral("QTableView#totalsTableView { border-top: 0px; }"));

    QTableView* grades = m_ui->gradesTableView;
    grades->setModel(m_gradesModel);
    grades->verticalHeader()->hide();
    grades->setColumnHidden(ProgressTableModel::CodeColumn, true);
    grades->horizontalHeader()->setHighlightSections(false);
    // Five short rows: the numbers take what they need and the grade names the rest.
    grades->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    grades->horizontalHeader()->setSectionResizeMode(ProgressTableModel::NameColumn, QHeaderView::Stretch);

    connect(schools->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_ui->totalsTableView->setColumnWidth(logical, size); });
    connect(schools->horizontalScrollBar(), &QScrollBar::valueChanged, totals->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(schools->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatisticsPage::onCurrentSchoolChanged);
    // A new sort order reorders the chart too, so that "lowest % first" reads the same in both.
    connect(m_schoolsModel, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_filling)
            m_ui->progressChart->setRows(m_schoolsModel->rows());
    });
    connect(m_ui->progressChart, &ProgressChart::schoolClicked, this, &StatisticsPage::selectSchool);
    connect(schools, &QAbstractItemView::activated, this, &StatisticsPage::onActivated);

    m_upAction = new QAction(this);
    m_upAction->setObjectName(QStringLiteral("statisticsUpAction"));
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_upAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    addAction(m_upAction);
    connect(m_upAction, &QAction::triggered, this, &StatisticsPage::goUp);
    m_ui->upToolButton->setDefaultAction(m_upAction);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshStatisticsAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &StatisticsPage::refresh);
    m_ui->refreshPushButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &StatisticsPage::refresh);

    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_ui->gradeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    // The service's share, so that the to-do list counts the schools this page marks.
    m_ui->highlightSpinBox->setValue(services::Statistics::kDefaultLowSharePercent);
    connect(m_ui->highlightSpinBox, &QSpinBox::valueChanged, this, &StatisticsPage::updateHighlight);

    m_ui->exportXlsxPushButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_ui->exportXlsxPushButton, &QPushButton::clicked, this, [this] { exportReport(ExportFormat::Xlsx); });
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this, [this] { exportReport(ExportFormat::Csv); });
    connect(m_ui->exportPdfPushButton, &QPushButton::clicked, this, [this] { exportReport(ExportFormat::Pdf); });
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &StatisticsPage::print);
    connect(m_ui->remindPushButton, &QPushButton::clicked, this, &StatisticsPage::openReminders);
    // The button counts the schools it acts on, which follow the selection and the marked share.
    connect(schools->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });

    // The table gets most of the width, and all that a wider window adds: school names are long,
    // the chart reads as well at 300 pixels as at 500.
    m_ui->contentSplitter->setStretchFactor(0, 1);
    m_ui->contentSplitter->setStretchFactor(1, 0);
    m_ui->contentSplitter->setSizes({900, 360});
    m_ui->sideSplitter->setStretchFactor(0, 1);
    m_ui->sideSplitter->setStretchFactor(1, 0);
    // The grades get what their five rows need; the chart everything else.
    m_ui->sideSplitter->setSizes({1000, 1});
    m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesHintLabel);

    retranslate();
    updateButtons();
}

StatisticsPage::~StatisticsPage()
{
    // A running export's thread must end before its QThread object goes.
    delete m_task.data();
}

bool StatisticsPage::isBusy() const
{
    return m_task != nullptr;
}

ProgressChart* StatisticsPage::chart() const
{
    return m_ui->progressChart;
}

void StatisticsPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
    if (session && isVisible())
        refresh();
}

void StatisticsPage::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void StatisticsPage::clear()
{
    delete m_task.data();
    // The dialog works on the session that is ending.
    delete m_reminderDialog.data();
    m_report.reset();
    m_gradesSchoolCode.clear();
    m_opened.clear();
    m_topUnitName.clear();
    m_loadedAt = {};
    m_yearsLoaded = false;
    m_filling = true;
    m_ui->yearComboBox->clear();
    m_filling = false;
    m_schoolsModel->clear();
    m_totalsModel->clear();
    m_gradesModel->clear();
    m_ui->progressChart->clear();
    m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesHintLabel);
    m_ui->gradesGroupBox->setTitle(tr("Grades"));
    m_ui->summaryLabel->clear();
    m_ui->updatedLabel->clear();
    m_ui->highlightCountLabel->clear();
    showMessage({});
    updateButtons();
    Page::clear();
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Each visit shows fresh numbers (decisions of 6.5 change them); a window restored from the
    // task bar (a spontaneous show) keeps what it had.
    if (!event->spontaneous() && session() && !m_task)
        refresh();
}

void StatisticsPage::fillChoosers()
{
    const int grade = m_ui->gradeComboBox->currentIndex();
    m_filling = true;
    m_ui->gradeComboBox->clear();
    m_ui->gradeComboBox->addItem(tr("All grades"), 0);
    for (int g : allGrades())
        m_ui->gradeComboBox->addItem(tr("Grade %1").arg(g), g);
    m_ui->gradeComboBox->setCurrentIndex(std::max(grade, 0));
    m_filling = false;
}

void StatisticsPage::fillYears()
{
    services::Statistics stats(session()->context());
    auto years = stats.schoolYears();
    QList<int> list = years ? *years : QList<int>();
    const int current = stats.defaultYear();
    if (!list.contains(current))
        list.append(current);
    // The latest year first: it is the one officers follow.
    std::sort(list.begin(), list.end(), std::greater<>());
    const int keep = m_ui->yearComboBox->currentData().isValid() ? m_ui->yearComboBox->currentData().toInt() : current;
    m_filling = true;
    m_ui->yearComboBox->clear();
    for (int y : std::as_const(list))
        m_ui->yearComboBox->addItem(SchoolYear{y}.label(), y);
    const int index = m_ui->yearComboBox->findData(keep);
    m_ui->yearComboBox->setCurrentIndex(index >= 0 ? index : m_ui->yearComboBox->findData(current));
    m_filling = false;
    m_yearsLoaded = true;
}

int StatisticsPage::chosenYear() const
{
    const QVariant y = m_ui->yearComboBox->currentData();
    if (y.isValid())
        return y.toInt();
    return SchoolYear::containing(session() ? session()->clock().today() : QDate::currentDate()).startYear;
}

int StatisticsPage::chosenGrade() const
{
    return m_ui->gradeComboBox->currentData().toInt();
}

void StatisticsPage::refresh()
{
    if (!session() || m_task)
        return;
    if (!m_yearsLoaded)
        fillYears();
    services::Statistics stats(session()->context());
    const OpenedUnit opened = m_opened.isEmpty() ? OpenedUnit() : m_opened.last();
    // A unit with units below it is read by unit first; its own schools' line and a unit without
    // units below are read by school.
    bool byUnit = false;
    if (!opened.ownSchools) {
        auto below = stats.hasUnitsBelow(opened.code);
        byUnit = below && *below;
    }
    auto report = byUnit ? stats.byUnit(chosenYear(), chosenGrade(), opened.code)
                         : stats.report(chosenYear(), chosenGrade(), opened.code, opened.ownSchools);
    m_filling = true;
    m_schoolsModel->setKind(byUnit ? ProgressTableModel::Kind::Units : ProgressTableModel::Kind::Schools);
    m_filling = false;
    if (!report) {
        m_report.reset();
        m_schoolsModel->clear();
        m_totalsModel->clear();
        m_gradesModel->clear();
        m_ui->progressChart->clear();
        m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesHintLabel);
        showMessage(report.errorString());
        updateSummary();
        updateButtons();
        updateUnitBar();
        return;
    }
    if (m_opened.isEmpty())
        m_topUnitName = report->unitName;
    showMessage({});
    const QString keep = m_gradesSchoolCode;
    m_gradesSchoolCode.clear();
    m_report = *report;

    m_filling = true;
    m_schoolsModel->setRows(report->rows);
    const QHeaderView* header = m_ui->schoolsTableView->horizontalHeader();
    if (header->sortIndicatorSection() >= 0)
        m_schoolsModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_filling = false;
    m_ui->progressChart->setRows(m_schoolsModel->rows());

    ProgressRow totals = report->totals;
    totals.schoolName = byUnit ? tr("Total: %n unit(s)", "", int(report->rows.size()))
                               : tr("Total: %n school(s)", "", int(report->rows.size()));
    m_totalsModel->setRows({totals});
    m_loadedAt = session()->clock().now();
    updateUnitBar();
    updateHighlight();
    updateSummary();

    if (keep.isEmpty() || !selectSchool(keep)) {
        m_gradesModel->clear();
        m_ui->progressChart->setCurrentSchool({});
        m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesHintLabel);
        m_ui->gradesGroupBox->setTitle(tr("Grades"));
    }
    sizeColumns();
    updateButtons();
}

bool StatisticsPage::showsUnits() const
{
    return m_schoolsModel->kind() == ProgressTableModel::Kind::Units;
}

bool StatisticsPage::openUnit(const QString& unitCode, bool ownSchools)
{
    if (!showsUnits() || m_task)
        return false;
    for (const ProgressRow& line : m_schoolsModel->rows()) {
        if (line.schoolCode != unitCode || line.ownSchools != ownSchools)
            continue;
        m_opened.append({unitCode, line.schoolName, ownSchools});
        m_gradesSchoolCode.clear();
        refresh();
        m_ui->schoolsTableView->setFocus();
        return true;
    }
    return false;
}

bool StatisticsPage::goUp()
{
    if (m_opened.isEmpty() || m_task)
        return false;
    const OpenedUnit left = m_opened.takeLast();
    m_gradesSchoolCode.clear();
    refresh();
    // Back on the unit's line, so that Enter opens it again and the arrows go on from there.
    for (int row = 0; row < m_schoolsModel->rowCount(); ++row) {
        const ProgressRow* line = m_schoolsModel->rowAt(row);
        if (line && line->schoolCode == left.code && line->ownSchools == left.ownSchools) {
            m_ui->schoolsTableView->setCurrentIndex(m_schoolsModel->index(row, ProgressTableModel::NameColumn));
            break;
        }
    }
    m_ui->schoolsTableView->setFocus();
    return true;
}

void StatisticsPage::onActivated(const QModelIndex& index)
{
    if (!showsUnits() || !index.isValid())
        return;
    if (const ProgressRow* line = m_schoolsModel->rowAt(index.row()))
        openUnit(line->schoolCode, line->ownSchools);
}

void StatisticsPage::updateUnitBar()
{
    QStringList names;
    if (!m_topUnitName.isEmpty())
        names.append(m_topUnitName);
    for (const OpenedUnit& u : std::as_const(m_opened))
        names.append(u.name);
    QStringList escaped;
    for (int i = 0; i < names.size(); ++i)
        escaped.append(i + 1 == names.size() ? QStringLiteral("<b>%1</b>").arg(names.at(i).toHtmlEscaped())
                                             : names.at(i).toHtmlEscaped());
    m_ui->unitPathLabel->setText(escaped.join(QStringLiteral(" &rsaquo; ")));
    m_upAction->setEnabled(!m_opened.isEmpty() && !m_task);
    m_upAction->setText(tr("&Up"));
    m_upAction->setToolTip(tr("Back to the unit above (Alt+Up)"));
    // Nothing to climb and nothing to open: a commune's officer never sees the bar.
    m_ui->unitBarWidget->setVisible(showsUnits() || !m_opened.isEmpty());
    m_ui->unitHintLabel->setVisible(showsUnits());
    m_ui->chartGroupBox->setTitle(showsUnits() ? tr("Records per unit") : tr("Records per school"));
    if (m_gradesSchoolCode.isEmpty())
        m_ui->gradesHintLabel->setText(showsUnits() ? tr("Double-click a unit to see its schools, then click a "
                                                         "school to see its grades 1 to 5.")
                                                    : tr("Click a school in the table or a bar of the chart to see "
                                                         "its grades 1 to 5."));
}

bool StatisticsPage::selectSchool(const QString& schoolCode)
{
    const int row = m_schoolsModel->rowOfSchool(schoolCode);
    if (row < 0)
        return false;
    if (showsUnits()) {
        // A bar of the unit chart: the unit's line becomes current; its schools open on Enter.
        m_ui->schoolsTableView->setCurrentIndex(m_schoolsModel->index(row, ProgressTableModel::NameColumn));
        return true;
    }
    QTableView* view = m_ui->schoolsTableView;
    const QModelIndex index = m_schoolsModel->index(row, ProgressTableModel::NameColumn);
    if (view->currentIndex().row() == row && m_gradesSchoolCode == schoolCode)
        return true;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    if (m_gradesSchoolCode != schoolCode)
        loadGrades(schoolCode);
    return true;
}

void StatisticsPage::onCurrentSchoolChanged()
{
    const QModelIndex current = m_ui->schoolsTableView->currentIndex();
    const QString code = current.isValid() ? current.data(ProgressTableModel::SchoolCodeRole).toString() : QString();
    if (code.isEmpty() || code == m_gradesSchoolCode)
        return;
    loadGrades(code);
}

void StatisticsPage::loadGrades(const QString& schoolCode)
{
    if (!session())
        return;
    services::Statistics stats(session()->context());
    auto rows = stats.byGrade(schoolCode, chosenYear());
    if (!rows) {
        showMessage(rows.errorString());
        m_gradesModel->clear();
        m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesHintLabel);
        return;
    }
    m_gradesSchoolCode = schoolCode;
    m_gradesModel->setRows(*rows);
    m_gradesModel->setEmphasizedGrade(chosenGrade());
    const ProgressRow* school = m_schoolsModel->rowAt(m_schoolsModel->rowOfSchool(schoolCode));
    m_ui->gradesGroupBox->setTitle(tr("Grades of %1").arg(school ? school->schoolName : schoolCode));
    m_ui->gradesStackedWidget->setCurrentWidget(m_ui->gradesTableView);
    m_ui->progressChart->setCurrentSchool(schoolCode);
}

void StatisticsPage::updateHighlight()
{
    const int below = m_ui->highlightSpinBox->value();
    m_schoolsModel->setHighlightBelow(below);
    int marked = 0;
    for (int r = 0; r < m_schoolsModel->rowCount(); ++r)
        marked += m_schoolsModel->isHighlighted(r) ? 1 : 0;
    m_ui->highlightCountLabel->setText(below > 0 && m_report ? (showsUnits() ? tr("%n unit(s) below", "", marked)
                                                                             : tr("%n school(s) below", "", marked))
                                                             : QString());
    updateButtons();
}

void StatisticsPage::updateSummary()
{
    if (!m_report) {
        m_ui->summaryLabel->clear();
        m_ui->updatedLabel->clear();
        return;
    }
    const ProgressRow& t = m_report->totals;
    const QLocale locale;
    m_ui->summaryLabel->setText(tr("<b>%1</b> sent of %2 expected (%3); %4 confirmed complete; %5 not sent.")
                                    .arg(locale.toString(t.sent), locale.toString(t.expected), percentText(t),
                                         locale.toString(t.confirmed), locale.toString(t.notSent())));
    const QString unit = m_report->unitName.isEmpty() ? tr("All units") : m_report->unitName;
    m_ui->updatedLabel->setText(tr("%1<br>Updated %2").arg(unit.toHtmlEscaped(), text::dateTimeText(m_loadedAt)));
}

void StatisticsPage::updateButtons()
{
    const bool loaded = m_report.has_value() && !m_task;
    for (QPushButton* b :
         {m_ui->exportXlsxPushButton, m_ui->exportCsvPushButton, m_ui->exportPdfPushButton, m_ui->printPushButton})
        b->setEnabled(loaded);
    m_ui->refreshPushButton->setEnabled(session() != nullptr && !m_task);
    m_refreshAction->setEnabled(session() != nullptr && !m_task);
    const int remind = loaded ? int(reminderRows().size()) : 0;
    m_ui->remindPushButton->setText(tr("Re&mind (%n)...", "", remind));
    m_ui->remindPushButton->setEnabled(remind > 0);
}

QList<services::ProgressRow> StatisticsPage::reminderRows() const
{
    QList<ProgressRow> out;
    if (!m_report || showsUnits())
        return out;
    const QModelIndexList selected = m_ui->schoolsTableView->selectionModel()->selectedRows();
    if (selected.size() >= 2) {
        QList<int> rows;
        for (const QModelIndex& i : selected)
            rows.append(i.row());
        std::sort(rows.begin(), rows.end());
        for (int r : std::as_const(rows)) {
            if (const ProgressRow* row = m_schoolsModel->rowAt(r))
                out.append(*row);
        }
        return out;
    }
    for (int r = 0; r < m_schoolsModel->rowCount(); ++r) {
        if (m_schoolsModel->isHighlighted(r))
            out.append(*m_schoolsModel->rowAt(r));
    }
    if (out.isEmpty() && selected.size() == 1) {
        if (const ProgressRow* row = m_schoolsModel->rowAt(selected.first().row()))
            out.append(*row);
    }
    return out;
}

ReminderDialog* StatisticsPage::reminderDialog() const
{
    return m_reminderDialog.data();
}

void StatisticsPage::openReminders()
{
    const QList<ProgressRow> rows = reminderRows();
    if (!session() || rows.isEmpty() || m_reminderDialog)
        return;
    auto* dialog = new ReminderDialog(session()->context(), prompter(), rows, chosenYear(), chosenGrade(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_fileChooser)
        dialog->setFileChooser(m_fileChooser);
    m_reminderDialog = dialog;
    dialog->open();
}

void StatisticsPage::sizeColumns()
{
    // Widths follow the header texts of the language in use and the figures shown.
    QTableView* schools = m_ui->schoolsTableView;
    const QFontMetrics fm = schools->fontMetrics();
    const QString code = m_schoolsModel->headerData(ProgressTableModel::CodeColumn, Qt::Horizontal).toString();
    int codeWidth = std::max(fm.horizontalAdvance(code), fm.horizontalAdvance(QStringLiteral("TH00000")));
    for (int r = 0; r < m_schoolsModel->rowCount(); ++r)
        codeWidth =
            std::max(codeWidth,
                     fm.horizontalAdvance(m_schoolsModel->index(r, ProgressTableModel::CodeColumn).data().toString()));
    schools->setColumnWidth(ProgressTableModel::CodeColumn, codeWidth + 16);
    for (int c = ProgressTableModel::ExpectedColumn; c < ProgressTableModel::ColumnCount; ++c) {
        // The widest figure: the totals row's, or a row's percentage ("100,0%" beside a "39,8%" total).
        QString widest = QStringLiteral("9.999");
        auto consider = [&](const QString& text) {
            if (fm.horizontalAdvance(text) > fm.horizontalAdvance(widest))
                widest = text;
        };
        for (int r = 0; r < m_totalsModel->rowCount(); ++r)
            consider(m_totalsModel->index(r, c).data().toString());
        for (int r = 0; r < m_schoolsModel->rowCount(); ++r)
            consider(m_schoolsModel->index(r, c).data().toString());
        schools->setColumnWidth(
            c, numberColumnWidth(fm, m_schoolsModel->headerData(c, Qt::Horizontal).toString(), widest));
    }
    syncFooterWidths();
}

void StatisticsPage::syncFooterWidths()
{
    QTableView* schools = m_ui->schoolsTableView;
    QTableView* totals = m_ui->totalsTableView;
    for (int c = 0; c < ProgressTableModel::ColumnCount; ++c)
        totals->setColumnWidth(c, schools->columnWidth(c));
    const int rowHeight = totals->verticalHeader()->defaultSectionSize();
    totals->setFixedHeight(rowHeight + 2 * totals->frameWidth());
}

void StatisticsPage::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString StatisticsPage::suggestedFileName(const QString& suffix) const
{
    QString name =
        tr("progress-%1", "suggested file name; keep it ASCII, without spaces").arg(SchoolYear{chosenYear()}.label());
    if (chosenGrade() > 0)
        name += tr("-grade-%1", "suggested file name; keep it ASCII, without spaces").arg(chosenGrade());
    return name + QLatin1Char('.') + suffix;
}

std::optional<services::ProgressReport> StatisticsPage::currentReport() const
{
    if (!m_report)
        return std::nullopt;
    services::ProgressReport r = *m_report;
    r.rows = m_schoolsModel->rows();
    return r;
}

void StatisticsPage::exportReport(ExportFormat format)
{
    if (!m_report || m_task || !session())
        return;
    QString suffix, filter, caption;
    switch (format) {
    case ExportFormat::Xlsx:
        suffix = QStringLiteral("xlsx");
        caption = tr("Export statistics to Excel");
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    case ExportFormat::Csv:
        suffix = QStringLiteral("csv");
        caption = tr("Export statistics to CSV");
        filter = tr("CSV files (*.csv)");
        break;
    case ExportFormat::Pdf:
        suffix = QStringLiteral("pdf");
        caption = tr("Export statistics to PDF");
        filter = tr("PDF files (*.pdf)");
        break;
    }
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(m_lastDirectory).filePath(suggestedFileName(suffix));
    QString path = m_fileChooser ? m_fileChooser(caption, suggested, filter)
                                 : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    const QFileInfo target(path);
    m_lastDirectory = target.absolutePath();

    // Written beside the target and renamed at the end, so that a cancel or a failure leaves an
    // existing file as it was.
    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.part.%2").arg(target.fileName(), suffix));
    const services::ProgressReport report = *currentReport();
    const QDate today = session()->clock().today();
    auto status = std::make_shared<Status>();
    auto work = [format, report, partial, today, status](BackgroundTask&) {
        switch (format) {
        case ExportFormat::Xlsx:
            *status = StatsExport::toXlsx(report, partial, today);
            break;
        case ExportFormat::Csv:
            *status = StatsExport::toCsv(report, partial);
            break;
        case ExportFormat::Pdf:
            *status = StatsExport::toPdf(report, partial, today);
            break;
        }
    };
    m_task = new BackgroundTask(this, caption, tr("Saving %1...").arg(QDir::toNativeSeparators(path)), work);
    connect(m_task, &BackgroundTask::finished, this, [this, status, partial, path, caption] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        updateButtons();
        if (cancelled || !status->ok()) {
            QFile::remove(partial);
            if (!cancelled)
                prompter().refuse(this, caption, status->errorString().replace(partial, path));
            Q_EMIT exportFinished(false, path);
            return;
        }
        if (QFile::exists(path) && !QFile::remove(path)) {
            QFile::remove(partial);
            prompter().refuse(
                this, caption,
                tr("Cannot replace %1: it may be open in another program.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(false, path);
            return;
        }
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            prompter().refuse(this, caption, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(false, path);
            return;
        }
        prompter().inform(this, caption, tr("The statistics were saved to %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exportFinished(true, path);
    });
    updateButtons();
    m_task->start();
}

int StatisticsPage::highlightPercent() const
{
    return m_ui->highlightSpinBox->value();
}

bool StatisticsPage::showSchoolsBelow(int percent)
{
    if (!session())
        return false;
    m_ui->highlightSpinBox->setValue(percent);
    // The marked schools first: the lowest share sent at the top.
    m_ui->schoolsTableView->sortByColumn(ProgressTableModel::PercentColumn, Qt::AscendingOrder);
    if (!m_report)
        refresh();
    updateHighlight();
    return true;
}

QString StatisticsPage::reportHtml() const
{
    const std::optional<services::ProgressReport> report = currentReport();
    if (!report)
        return {};
    const QLocale locale;
    const QDate today = session() ? session()->clock().today() : QDate::currentDate();
    const double below = m_schoolsModel->highlightBelow();
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h2 style=\"color: %1;\">%2</h2>")
                .arg(Palette::heading().name(), StatsExport::title(*report).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Printed on %1").arg(text::dayText(today)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: %1;\"><thead><tr "
                           "style=\"background-color: %2;\">")
                .arg(Palette::printBorder().name(), Palette::printHeadBackground().name());
    for (int c = 0; c < ProgressTableModel::ColumnCount; ++c) {
        const QString align =
            c >= ProgressTableModel::ExpectedColumn ? QStringLiteral("right") : QStringLiteral("left");
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(align, m_schoolsModel->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    auto row = [&](const ProgressRow& r, const QString& code, const QString& name, const QString& style) {
        html += QStringLiteral("<tr%1>").arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style));
        html += QStringLiteral("<td>%1</td><td>%2</td>").arg(code.toHtmlEscaped(), name.toHtmlEscaped());
        for (qint64 n : {r.expected, r.confirmed, r.sent, r.notSent()})
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(locale.toString(n));
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(percentText(r));
        html += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(locale.toString(r.invalidSignatures));
    };
    for (const ProgressRow& r : report->rows) {
        const bool marked = services::Statistics::isBelow(r, below);
        row(r, r.schoolCode, r.schoolName,
            marked ? QStringLiteral("background-color: %1;").arg(Palette::lowRowBackground().name()) : QString());
    }
    row(report->totals, QString(), tr("Total: %n school(s)", "", int(report->rows.size())),
        QStringLiteral("font-weight: bold; background-color: %1;").arg(Palette::totalsBackground().name()));
    html += QStringLiteral("</tbody></table>");
    if (below > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Schools below %1% sent are shaded.").arg(locale.toString(below, 'f', 0)).toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

void StatisticsPage::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(StatsExport::title(*m_report));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print statistics"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&printer);
}

void StatisticsPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
    m_ui->highlightSpinBox->setSpecialValueText(tr("Off"));
    for (ProgressTableModel* model : {m_schoolsModel, m_totalsModel, m_gradesModel})
        model->retranslate();
    m_refreshAction->setText(tr("Refresh"));
    m_ui->refreshPushButton->setToolTip(tr("Load the numbers again (F5)"));
    m_ui->printPushButton->setToolTip(tr("Print the table"));
    m_ui->remindPushButton->setToolTip(tr("Remind the lagging schools with an official letter: the schools selected "
                                          "in the table (Ctrl+click), or else those marked below the share"));
    fillChoosers();
    if (m_yearsLoaded && session())
        fillYears();
    if (m_gradesSchoolCode.isEmpty())
        m_ui->gradesGroupBox->setTitle(tr("Grades"));
    else if (const ProgressRow* s = m_schoolsModel->rowAt(m_schoolsModel->rowOfSchool(m_gradesSchoolCode)))
        m_ui->gradesGroupBox->setTitle(tr("Grades of %1").arg(s->schoolName));
    if (m_report) {
        ProgressRow totals = m_report->totals;
        totals.schoolName = tr("Total: %n school(s)", "", int(m_report->rows.size()));
        m_totalsModel->setRows({totals});
    }
    updateHighlight();
    updateSummary();

    QTableView* schools = m_ui->schoolsTableView;
    const QFontMetrics fm = schools->fontMetrics();
    QHeaderView* header = schools->horizontalHeader();
    header->setSectionResizeMode(ProgressTableModel::NameColumn, QHeaderView::Stretch);
    // Headers wrap onto two lines, the widths (sizeColumns()) are made for it.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setFixedHeight(2 * fm.height() + 10);
    sizeColumns();

    // Compact rows, so that a district's schools mostly fit without scrolling; the grades table is
    // exactly tall enough for its five grades.
    const int rowHeight = fm.height() + 8;
    for (QTableView* view : {schools, m_ui->totalsTableView, m_ui->gradesTableView})
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
    QTableView* grades = m_ui->gradesTableView;
    grades->setFixedHeight(grades->horizontalHeader()->sizeHint().height() + 5 * rowHeight + 2 * grades->frameWidth());
    m_ui->gradesGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    syncFooterWidths();
}

} // namespace hocbaso::ui
