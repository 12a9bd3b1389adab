#include "AuditLogDialog.h"

#include "Prompter.h"
#include "ScreenFit.h"
#include "models/AuditLogModel.h"
#include "services/AuditLog.h"
#include "widgets/BackgroundTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hocbaso::ui {

AuditLogDialog::AuditLogDialog(Session& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("AuditLogDialog"));
    m_model = new AuditLogModel(session.context(), this);

    auto makeCombo = [this](const char* name) {
        auto* c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
        c->setMinimumContentsLength(16);
        c->addItem(QString());
        return c;
    };
    auto makeLabel = [this](QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_actionComboBox = makeCombo("actionComboBox");
    m_entityComboBox = makeCombo("entityComboBox");
    m_actorLineEdit = new QLineEdit(this);
    m_actorLineEdit->setObjectName(QStringLiteral("actorLineEdit"));
    m_actorLineEdit->setClearButtonEnabled(true);
    m_entityIdLineEdit = new QLineEdit(this);
    m_entityIdLineEdit->setObjectName(QStringLiteral("entityIdLineEdit"));
    m_entityIdLineEdit->setClearButtonEnabled(true);
    const QDate today = session.context().clock.now().toLocalTime().date();
    auto makeDate = [this, today](const char* name) {
        auto* d = new QDateEdit(today, this);
        d->setObjectName(QLatin1String(name));
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setEnabled(false);
        return d;
    };
    m_sinceCheckBox = new QCheckBox(this);
    m_sinceCheckBox->setObjectName(QStringLiteral("sinceCheckBox"));
    m_sinceDateEdit = makeDate("sinceDateEdit");
    m_sinceDateEdit->setDate(today.addDays(-30));
    m_untilCheckBox = new QCheckBox(this);
    m_untilCheckBox->setObjectName(QStringLiteral("untilCheckBox"));
    m_untilDateEdit = makeDate("untilDateEdit");
    connect(m_sinceCheckBox, &QCheckBox::toggled, m_sinceDateEdit, &QWidget::setEnabled);
    connect(m_untilCheckBox, &QCheckBox::toggled, m_untilDateEdit, &QWidget::setEnabled);
    m_actionLabel = makeLabel(m_actionComboBox);
    m_actorLabel = makeLabel(m_actorLineEdit);
    m_entityLabel = makeLabel(m_entityComboBox);
    m_entityIdLabel = makeLabel(m_entityIdLineEdit);

    m_applyPushButton = new QPushButton(this);
    m_applyPushButton->setObjectName(QStringLiteral("applyPushButton"));
    m_applyPushButton->setDefault(true);
    m_clearPushButton = new QPushButton(this);
    m_clearPushButton->setObjectName(QStringLiteral("clearPushButton"));
    connect(m_applyPushButton, &QPushButton::clicked, this, &AuditLogDialog::applyFilter);
    connect(m_clearPushButton, &QPushButton::clicked, this, &AuditLogDialog::clearFilter);
    connect(m_actorLineEdit, &QLineEdit::returnPressed, this, &AuditLogDialog::applyFilter);
    connect(m_entityIdLineEdit, &QLineEdit::returnPressed, this, &AuditLogDialog::applyFilter);

    auto* filters = new QGridLayout;
    filters->addWidget(m_actionLabel, 0, 0);
    filters->addWidget(m_actionComboBox, 0, 1);
    filters->addWidget(m_actorLabel, 0, 2);
    filters->addWidget(m_actorLineEdit, 0, 3);
    filters->addWidget(m_sinceCheckBox, 0, 4);
    filters->addWidget(m_sinceDateEdit, 0, 5);
    filters->addWidget(m_applyPushButton, 0, 6);
    filters->addWidget(m_entityLabel, 1, 0);
    filters->addWidget(m_entityComboBox, 1, 1);
    filters->addWidget(m_entityIdLabel, 1, 2);
    filters->addWidget(m_entityIdLineEdit, 1, 3);
    filters->addWidget(m_untilCheckBox, 1, 4);
    filters->addWidget(m_untilDateEdit, 1, 5);
    filters->addWidget(m_clearPushButton, 1, 6);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("auditTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_tableView->setColumnWidth(AuditLogModel::ActorColumn, 110);
    m_tableView->setColumnWidth(AuditLogModel::ActionColumn, 190);
    m_tableView->setColumnWidth(AuditLogModel::EntityColumn, 140);
    m_tableView->setColumnWidth(AuditLogModel::EntityIdColumn, 150);
    m_tableView->setColumnWidth(AuditLogModel::ChainColumn, 90);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyPushButton = new QPushButton(this);
    m_verifyPushButton->setObjectName(QStringLiteral("verifyPushButton"));
    m_exportPushButton = new QPushButton(this);
    m_exportPushButton->setObjectName(QStringLiteral("exportPushButton"));
    m_closePushButton = new QPushButton(this);
    m_closePushButton->setObjectName(QStringLiteral("closePushButton"));
    m_closePushButton->setAutoDefault(false);
    connect(m_verifyPushButton, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    connect(m_exportPushButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(m_closePushButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyPushButton);
    buttons->addWidget(m_exportPushButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closePushButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_verifyLabel);
    layout->addLayout(buttons);

    connect(m_model, &AuditLogModel::loaded, this, [this] {
        rememberChoices();
        updateStatus();
    });
    retranslate();
    resizeWithinScreen(this, QSize(1100, 640));
    m_model->setFilter({});
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_actionLabel->setText(tr("&Action:"));
    m_actorLabel->setText(tr("&Person:"));
    m_entityLabel->setText(tr("&Object:"));
    m_entityIdLabel->setText(tr("Object &ID:"));
    m_actionComboBox->lineEdit()->setPlaceholderText(tr("any action"));
    m_entityComboBox->lineEdit()->setPlaceholderText(tr("any object"));
    m_actorLineEdit->setPlaceholderText(tr("user name"));
    m_sinceCheckBox->setText(tr("From"));
    m_untilCheckBox->setText(tr("To"));
    m_applyPushButton->setText(tr("&Filter"));
    m_clearPushButton->setText(tr("Clea&r filters"));
    m_verifyPushButton->setText(tr("&Verify the chain"));
    m_verifyPushButton->setToolTip(
        tr("Recompute the hash chains of your units' audit log and say whether any event was changed or removed"));
    m_exportPushButton->setText(tr("E&xport CSV..."));
    m_exportPushButton->setToolTip(tr("Save every event the filters keep as a CSV file"));
    m_closePushButton->setText(tr("Close"));
}

void AuditLogDialog::applyFilter()
{
    services::AuditLog::Filter f;
    f.action = m_actionComboBox->currentText().trimmed();
    f.actor = m_actorLineEdit->text().trimmed();
    f.entity = m_entityComboBox->currentText().trimmed();
    f.entityId = m_entityIdLineEdit->text().trimmed();
    if (m_sinceCheckBox->isChecked())
        f.since = m_sinceDateEdit->date();
    if (m_untilCheckBox->isChecked())
        f.until = m_untilDateEdit->date();
    m_model->setFilter(f);
}

void AuditLogDialog::clearFilter()
{
    m_actionComboBox->setCurrentIndex(0);
    m_actionComboBox->setEditText(QString());
    m_entityComboBox->setCurrentIndex(0);
    m_entityComboBox->setEditText(QString());
    m_actorLineEdit->clear();
    m_entityIdLineEdit->clear();
    m_sinceCheckBox->setChecked(false);
    m_untilCheckBox->setChecked(false);
    applyFilter();
}

void AuditLogDialog::rememberChoices()
{
    // The actions and objects seen so far become choices (the typed text stays as it is).
    auto add = [](QComboBox* box, const QString& value) {
        if (value.isEmpty() || box->findText(value) >= 0)
            return;
        const QString typed = box->currentText();
        int at = 1;
        while (at < box->count() && box->itemText(at) < value)
            ++at;
        box->insertItem(at, value);
        box->setEditText(typed);
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        add(m_actionComboBox, m_model->event(row).action);
        add(m_entityComboBox, m_model->event(row).entity);
    }
}

void AuditLogDialog::updateStatus()
{
    if (!m_model->errorString().isEmpty()) {
        m_statusLabel->setText(m_model->errorString());
        return;
    }
    const int n = m_model->rowCount();
    if (n == 0)
        m_statusLabel->setText(tr("No event matches the filters."));
    else if (m_model->hasMore())
        m_statusLabel->setText(tr("The newest %n event(s) shown; scroll down for older ones.", "", n));
    else
        m_statusLabel->setText(tr("%n event(s) match the filters.", "", n));
}

QString AuditLogDialog::statusText() const
{
    return m_statusLabel->text();
}

QString AuditLogDialog::verificationText() const
{
    return m_verifyLabel->text();
}

bool AuditLogDialog::isBusy() const
{
    return m_task && m_task->isRunning();
}

void AuditLogDialog::setBusy(bool busy)
{
    m_verifyPushButton->setEnabled(!busy);
    m_exportPushButton->setEnabled(!busy);
}

void AuditLogDialog::verifyChain()
{
    if (m_task)
        return;
    m_verifyLabel->setText(tr("Verifying the chain..."));
    setBusy(true);
    const Session::WorkerSpec spec = m_session.workerSpec();
    auto result = std::make_shared<Result<services::AuditLog::Verification>>(services::AuditLog::Verification{});
    auto work = [spec, result](BackgroundTask&) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *result = worker.error();
            return;
        }
        *result = services::AuditLog(*worker->context).verify(services::AuditLog::Reach::ActorUnits);
    };
    m_task = new BackgroundTask(this, tr("Verify the chain"), tr("Recomputing the audit log's hash chains..."), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result] {
        m_task->deleteLater();
        m_task = nullptr;
        setBusy(false);
        if (!*result)
            m_verifyLabel->setText(tr("The chain could not be verified: %1").arg(result->errorString()));
        else if ((*result)->ok)
            m_verifyLabel->setText(tr("The audit log is intact: %n event(s) checked, each one linked to the one "
                                      "before it and unchanged since it was written.",
                                      "", int((*result)->events)));
        else
            m_verifyLabel->setText(tr("The audit log was altered: %1. The first bad event is %2; what follows it "
                                      "on its chain cannot be trusted either.")
                                       .arg((*result)->problem)
                                       .arg((*result)->firstBadId));
        Q_EMIT verified();
    });
    m_task->start();
}

void AuditLogDialog::exportCsv()
{
    if (m_task)
        return;
    const QString suggestion =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("nhat-ky-%1.csv")
                          .arg(m_session.context().clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        m_fileChooser ? m_fileChooser(suggestion)
                      : QFileDialog::getSaveFileName(this, tr("Export CSV"), suggestion, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    const Session::WorkerSpec spec = m_session.workerSpec();
    services::AuditLog::Filter filter = m_model->filter();
    filter.limit = 2000;
    auto result = std::make_shared<Result<qint64>>(qint64(0));
    auto work = [spec, filter, path, result](BackgroundTask&) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *result = worker.error();
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *result = Error::storage(file.errorString());
            return;
        }
        *result = services::AuditLog(*worker->context).writeCsv(filter, file);
        if (*result && !file.commit())
            *result = Error::storage(file.errorString());
    };
    m_task = new BackgroundTask(this, tr("Export CSV"), tr("Saving %1...").arg(QDir::toNativeSeparators(path)), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, path] {
        m_task->deleteLater();
        m_task = nullptr;
        setBusy(false);
        if (!*result)
            m_prompter.refuse(
                this, tr("Export CSV"),
                tr("The file %1 was not written: %2").arg(QDir::toNativeSeparators(path), result->errorString()));
        else
            m_prompter.inform(this, tr("Export CSV"),
                              tr("%n event(s) saved to %1.", "", int(**result)).arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported();
    });
    m_task->start();
}

} // namespace hocbaso::ui
