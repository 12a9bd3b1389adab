#include "SchoolImportDialog.h"

#include "Palette.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "StandardButtons.h"
#include "models/SchoolImportPreviewModel.h"
#include "services/SchoolImport.h"
#include "widgets/BackgroundTask.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hocbaso::ui {

SchoolImportDialog::SchoolImportDialog(Session& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setWindowTitle(tr("Import a school list"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("A CSV file (UTF-8) or an Excel workbook (.xlsx) with the columns Mã trường, Tên "
                                "trường, Đơn vị quản lý and Loại hình (and, if you have them, Mã số thuế and Địa "
                                "chỉ). Nothing is written until you press Import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file chosen."), this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("&Choose file..."), this);
    choose->setObjectName(QStringLiteral("chooseFilePushButton"));
    connect(choose, &QPushButton::clicked, this, &SchoolImportDialog::chooseFile);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(Palette::heading().name()));
    layout->addWidget(m_summaryLabel);
    m_fileErrorsLabel = new QLabel(this);
    m_fileErrorsLabel->setObjectName(QStringLiteral("fileErrorsLabel"));
    m_fileErrorsLabel->setWordWrap(true);
    m_fileErrorsLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: %1; border: 1px solid "
                                                    "#f1b0a9; border-radius: 4px; padding: 6px 8px; }")
                                         .arg(Palette::rejected().name()));
    m_fileErrorsLabel->hide();
    layout->addWidget(m_fileErrorsLabel);

    auto* showRow = new QHBoxLayout;
    m_showComboBox = new QComboBox(this);
    m_showComboBox->setObjectName(QStringLiteral("showComboBox"));
    m_showComboBox->addItem(tr("Every line"), -1);
    for (auto a : {services::SchoolImportAction::Refused, services::SchoolImportAction::Add,
                   services::SchoolImportAction::Update, services::SchoolImportAction::Unchanged})
        m_showComboBox->addItem(SchoolImportPreviewModel::actionLabel(a), int(a));
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_showComboBox);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_showComboBox);
    showRow->addStretch(1);
    layout->addLayout(showRow);

    m_model = new SchoolImportPreviewModel(this);
    m_filter = new SchoolImportActionFilter(this);
    m_filter->setSourceModel(m_model);
    connect(m_showComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int a = m_showComboBox->currentData().toInt();
        m_filter->setAction(a < 0 ? std::nullopt : std::optional(services::SchoolImportAction(a)));
    });
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("previewTableView"));
    m_tableView->setModel(m_filter);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_tableView, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    translateButtons(m_buttons);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    connect(m_importButton, &QPushButton::clicked, this, &SchoolImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SchoolImportDialog::reject);
    layout->addWidget(m_buttons);

    resizeWithinScreen(this, QSize(1000, 600));
    updateButtons();
}

SchoolImportDialog::~SchoolImportDialog() = default;

bool SchoolImportDialog::isBusy() const
{
    return m_task && m_task->isRunning();
}

QPushButton* SchoolImportDialog::importButton() const
{
    return m_importButton;
}

QString SchoolImportDialog::summary() const
{
    return m_summaryLabel->text();
}

void SchoolImportDialog::chooseFile()
{
    const QString start =
        m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_path;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the school list"), start,
        tr("School lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SchoolImportDialog::openFile(const QString& path)
{
    if (isBusy())
        return;
    m_path = path;
    m_planned = false;
    m_model->clear();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_summaryLabel->setText(tr("Reading the file..."));
    m_fileErrorsLabel->hide();
    updateButtons();

    const Session::WorkerSpec spec = m_session.workerSpec();
    auto result = std::make_shared<Result<services::SchoolImportPlan>>(services::SchoolImportPlan{});
    auto work = [spec, path, result](BackgroundTask&) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *result = worker.error();
            return;
        }
        *result = services::SchoolImport(*worker->context).plan(path);
    };
    m_task = new BackgroundTask(this, windowTitle(), tr("Reading %1...").arg(QFileInfo(path).fileName()), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        if (cancelled) {
            m_summaryLabel->setText(tr("Reading the file was cancelled."));
        } else if (!*result) {
            m_summaryLabel->clear();
            m_fileErrorsLabel->setText(result->errorString());
            m_fileErrorsLabel->show();
        } else {
            m_plan = std::move(**result);
            m_planned = true;
            showPlan();
        }
        updateButtons();
        Q_EMIT planned();
    });
    m_task->start();
}

void SchoolImportDialog::showPlan()
{
    m_model->setPlan(m_plan);
    QString text = tr("%n new school(s), ", "", m_plan.added) + tr("%n updated, ", "", m_plan.updated) +
                   tr("%n without change, ", "", m_plan.unchanged) + tr("%n refused.", "", m_plan.refused);
    if (!m_plan.canApply())
        text += QLatin1Char(' ') + tr("Correct the refused lines in the file and choose it again: nothing is "
                                      "imported while a line is refused.");
    else if (m_plan.added + m_plan.updated == 0)
        text += QLatin1Char(' ') + tr("The store already holds this list: there is nothing to import.");
    m_summaryLabel->setText(text);
    const QStringList fileErrors = m_model->fileErrors();
    m_fileErrorsLabel->setText(fileErrors.join(QLatin1Char('\n')));
    m_fileErrorsLabel->setVisible(!fileErrors.isEmpty());
    // Refusals first when there are any: they are what the user has to fix.
    m_showComboBox->setCurrentIndex(
        m_plan.canApply() ? 0 : m_showComboBox->findData(int(services::SchoolImportAction::Refused)));
    m_tableView->resizeColumnsToContents();
    m_tableView->setColumnWidth(SchoolImportPreviewModel::NameColumn,
                                std::min(m_tableView->columnWidth(SchoolImportPreviewModel::NameColumn), 320));
}

void SchoolImportDialog::updateButtons()
{
    const int writes = m_planned ? m_plan.added + m_plan.updated : 0;
    m_importButton->setEnabled(!isBusy() && m_planned && m_plan.canApply() && writes > 0);
    m_importButton->setText(writes > 0 && m_plan.canApply() ? tr("&Import %n school(s)", "", writes) : tr("&Import"));
}

void SchoolImportDialog::startImport()
{
    if (isBusy() || !m_planned || !m_plan.canApply())
        return;
    const Session::WorkerSpec spec = m_session.workerSpec();
    auto status = std::make_shared<Status>();
    const services::SchoolImportPlan plan = m_plan;
    auto work = [spec, plan, status](BackgroundTask& task) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *status = worker.error();
            return;
        }
        *status = services::SchoolImport(*worker->context).apply(plan, [&task](int done, int total) {
            task.reportProgress(done, total);
            return !task.isCancelled();
        });
    };
    const int writes = m_plan.added + m_plan.updated;
    m_task = new BackgroundTask(this, windowTitle(), tr("Importing %n school(s)...", "", writes), work);
    connect(m_task, &BackgroundTask::finished, this, [this, status, plan] {
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        updateButtons();
        if (!*status) {
            m_prompter.refuse(this, windowTitle(), status->errorString());
            return;
        }
        Q_EMIT imported();
        m_prompter.inform(this, windowTitle(),
                          tr("The school list was imported: %n new school(s)", "", plan.added) +
                              tr(" and %n updated.", "", plan.updated));
        accept();
    });
    updateButtons();
    m_task->start(int(m_plan.steps.size()));
}

void SchoolImportDialog::reject()
{
    // The work refers to this dialog's plan; a running import is cancelled by its own dialog.
    if (isBusy())
        return;
    QDialog::reject();
}

void SchoolImportDialog::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace hocbaso::ui
