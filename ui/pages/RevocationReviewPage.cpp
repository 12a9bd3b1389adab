#include "RevocationReviewPage.h"

#include "Palette.h"
#include "Prompter.h"
#include "Session.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "dialogs/RejectNoteDialog.h"
#include "models/RevocationTableModel.h"
#include "services/RecordDetails.h"
#include "services/Statistics.h"
#include "ui_RevocationReviewPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/FillingColumn.h"
#include "widgets/TechnicalDetailsPane.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QStyle>
#include <QToolButton>

#include <memory>
#include <optional>

namespace hocbaso::ui {
namespace {

using services::DecisionOutcome;

constexpr int kRefusalsListed = 10;

enum VersionColumn
{
    VersionNumberColumn,
    VersionStatusColumn,
    VersionConfirmedColumn,
    VersionSentColumn,
    VersionRevokedColumn,
    VersionSignaturesColumn,
    VersionColumnCount
};

} // namespace

RevocationReviewPage::RevocationReviewPage(QWidget* parent)
    : Page(PageId::RevocationReview, parent), m_ui(std::make_unique<Ui::RevocationReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    m_ui->messageLabel->hide();

    m_model = new RevocationTableModel(this);
    QTableView* table = m_ui->requestsTableView;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The school's reason is what the officer decides on: it takes the room left and wraps (the
    // whole text is also its tooltip).
    m_reasonColumn = new FillingColumn(table, RevocationTableModel::ReasonColumn, 200);
    // The lookup code is an identifier, not what an officer decides on: the record pane has it
    // under "Thông tin kỹ thuật".
    table->setColumnHidden(RevocationTableModel::LookupCodeColumn, true);
    table->installEventFilter(this);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RevocationReviewPage::onCurrentRowChanged);
    // A double click or the space bar ticks a row as well as a click on its box.
    connect(table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->isCheckable(index.row()))
            m_model->setChecked(index.row(), !m_model->checkedIds().contains(
                                                 index.data(RevocationTableModel::RequestIdRole).toLongLong()));
    });
    // The lookup code is a UUID: it waits under "Technical details" until the reader opens it.
    connect(m_ui->technicalDetailsToolButton, &QToolButton::toggled, this, [this](bool shown) {
        TechnicalDetailsPane::rememberShown(QStringLiteral("revocation"), shown);
        showTechnicalDetails(shown);
    });
    connect(m_model, &RevocationTableModel::checkedChanged, this, &RevocationReviewPage::updateSelection);
    connect(m_model, &RevocationTableModel::fetchFailed, this, &RevocationReviewPage::showMessage);
    connect(m_ui->selectAllCheckBox, &QCheckBox::clicked, this, [this] {
        // Any click on a partly ticked list ticks everything, the requests not read yet too (by
        // id: every pending request of the filter); on a fully ticked one clears it.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = m_model->setAllChecked(m_model->checkedCount() < m_model->checkableCount());
        QGuiApplication::restoreOverrideCursor();
        if (!s)
            showMessage(s.errorString());
        updateSelection();
    });

    QTableWidget* versions = m_ui->versionsTableWidget;
    versions->setColumnCount(VersionColumnCount);
    versions->verticalHeader()->hide();
    versions->horizontalHeader()->setStretchLastSection(true);
    versions->horizontalHeader()->setHighlightSections(false);
    versions->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshRevocationsAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &RevocationReviewPage::refresh);
    m_ui->refreshPushButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &RevocationReviewPage::refresh);

    for (QComboBox* box : {m_ui->schoolComboBox, m_ui->gradeComboBox, m_ui->statusComboBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    }
    m_ui->approvePushButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->rejectPushButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_ui->approvePushButton, &QPushButton::clicked, this, &RevocationReviewPage::approveTicked);
    connect(m_ui->rejectPushButton, &QPushButton::clicked, this, &RevocationReviewPage::rejectTicked);
    connect(m_ui->recordPanePushButton, &QPushButton::toggled, m_ui->recordGroupBox, &QWidget::setVisible);

    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    // The list gets most of the width; the pane enough for a record's fields and history.
    m_ui->contentSplitter->setSizes({880, 440});
    m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordHintLabel);
    m_ui->requestsStackedWidget->setCurrentWidget(m_ui->requestsTableView);

    retranslate();
    updateButtons();
}

RevocationReviewPage::~RevocationReviewPage()
{
    // A decision still running refers to this page: wait for it to stop after its batch.
    delete m_task.data();
}

RejectNoteDialog* RevocationReviewPage::rejectNoteDialog() const
{
    return m_rejectDialog.data();
}

bool RevocationReviewPage::isBusy() const
{
    return m_task != nullptr;
}

void RevocationReviewPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
    m_model->setContext(session ? &session->context() : nullptr);
    if (session && isVisible())
        refresh();
}

void RevocationReviewPage::clear()
{
    delete m_task.data();
    if (m_rejectDialog)
        m_rejectDialog->reject();
    m_model->clear();
    m_counts.clear();
    m_shownLookupCode.clear();
    m_schoolsLoaded = false;
    m_filling = true;
    m_ui->schoolComboBox->clear();
    m_filling = false;
    m_ui->countsLabel->clear();
    m_ui->countsLabel->hide();
    m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordHintLabel);
    showMessage({});
    updateSelection();
    updateButtons();
    Page::clear();
}

void RevocationReviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Requests arrive from schools all the time: each visit shows the list as it is now.
    if (!event->spontaneous() && session() && !m_task)
        refresh();
}

bool RevocationReviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->requestsTableView && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            const int row = m_ui->requestsTableView->currentIndex().row();
            if (m_model->isCheckable(row)) {
                const QModelIndex box = m_model->index(row, RevocationTableModel::PupilColumn);
                m_model->setChecked(row, box.data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Checked);
            }
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void RevocationReviewPage::fillChoosers()
{
    m_filling = true;
    const int grade = std::max(m_ui->gradeComboBox->currentIndex(), 0);
    m_ui->gradeComboBox->clear();
    m_ui->gradeComboBox->addItem(tr("All grades"), 0);
    for (int g = 1; g <= 5; ++g)
        m_ui->gradeComboBox->addItem(tr("Grade %1").arg(g), g);
    m_ui->gradeComboBox->setCurrentIndex(grade);

    const int status = std::max(m_ui->statusComboBox->currentIndex(), 0);
    m_ui->statusComboBox->clear();
    // Pending first: it is the work to do.
    m_ui->statusComboBox->addItem(tr("Pending"), int(RevocationStatus::Pending));
    m_ui->statusComboBox->addItem(tr("Approved"), int(RevocationStatus::Approved));
    m_ui->statusComboBox->addItem(tr("Rejected"), int(RevocationStatus::Rejected));
    m_ui->statusComboBox->addItem(tr("All statuses"), -1);
    m_ui->statusComboBox->setCurrentIndex(status);

    if (m_ui->schoolComboBox->count() > 0)
        m_ui->schoolComboBox->setItemText(0, tr("All schools"));
    m_filling = false;
}

void RevocationReviewPage::fillSchools()
{
    const QString keep = m_ui->schoolComboBox->currentData().toString();
    m_filling = true;
    m_ui->schoolComboBox->clear();
    m_ui->schoolComboBox->addItem(tr("All schools"), QString());
    // The unit's schools in Vietnamese order, as the statistics list them (every school appears
    // there, even one without records).
    services::Statistics stats(session()->context());
    auto report = stats.report(stats.defaultYear());
    if (report) {
        for (const services::ProgressRow& r : report->rows) {
            m_ui->schoolComboBox->addItem(r.schoolName, r.schoolCode);
            m_ui->schoolComboBox->setItemData(m_ui->schoolComboBox->count() - 1,
                                              tr("%1 (%2)").arg(r.schoolName, r.schoolCode), Qt::ToolTipRole);
        }
    }
    m_ui->schoolComboBox->setCurrentIndex(std::max(m_ui->schoolComboBox->findData(keep), 0));
    m_filling = false;
    m_schoolsLoaded = true;
}

bool RevocationReviewPage::setFilter(const QString& schoolCode, int grade, std::optional<RevocationStatus> status)
{
    if (session() && !m_schoolsLoaded)
        fillSchools();
    const int school = m_ui->schoolComboBox->findData(schoolCode);
    const int gradeIndex = m_ui->gradeComboBox->findData(grade);
    const int statusIndex = m_ui->statusComboBox->findData(status ? int(*status) : -1);
    if (school < 0 || gradeIndex < 0 || statusIndex < 0)
        return false;
    m_filling = true;
    m_ui->schoolComboBox->setCurrentIndex(school);
    m_ui->gradeComboBox->setCurrentIndex(gradeIndex);
    m_ui->statusComboBox->setCurrentIndex(statusIndex);
    m_filling = false;
    refresh();
    return true;
}

services::RevocationReview::Filter RevocationReviewPage::filter() const
{
    services::RevocationReview::Filter f;
    f.schoolCode = m_ui->schoolComboBox->currentData().toString();
    f.grade = m_ui->gradeComboBox->currentData().toInt();
    const int status = m_ui->statusComboBox->currentData().toInt();
    if (status < 0)
        f.status.reset();
    else
        f.status = RevocationStatus(status);
    return f;
}

void RevocationReviewPage::refresh()
{
    if (!session() || m_task)
        return;
    if (!m_schoolsLoaded)
        fillSchools();
    const qint64 keep = currentRequestId();
    const services::RevocationReview::Filter f = filter();
    // The counts and the first page; the next pages come as the list scrolls.
    const Result<QHash<RevocationStatus, qint64>> counts = m_model->load(f);
    if (!counts) {
        m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordHintLabel);
        m_shownLookupCode.clear();
        updateCounts({});
        showMessage(counts.errorString());
        updateEmptyText();
        updateSelection();
        updateButtons();
        return;
    }
    showMessage({});
    updateCounts(*counts);
    // Columns that say nothing for this choice give their room to the others: the school when one
    // is chosen, the status and the (empty) decision note when only pending requests are listed.
    QTableView* table = m_ui->requestsTableView;
    table->setColumnHidden(RevocationTableModel::SchoolColumn, !f.schoolCode.isEmpty());
    const bool onlyPending = f.status == RevocationStatus::Pending;
    table->setColumnHidden(RevocationTableModel::StatusColumn, onlyPending);
    table->setColumnHidden(RevocationTableModel::NoteColumn, onlyPending);
    // The record beside the list is the point of the pane: show the first one when the row the
    // officer was on has gone (decided, or filtered out) or is not on the first page.
    if (!(keep > 0 && selectRequest(keep)) &&
        !(m_model->rowCount() > 0 && selectRequest(m_model->requestAt(0)->request.id)))
        showRecord(nullptr);
    updateEmptyText();
    updateSelection();
    updateButtons();
}

bool RevocationReviewPage::selectRequest(qint64 id)
{
    const int row = m_model->rowOfRequest(id);
    if (row < 0)
        return false;
    QTableView* table = m_ui->requestsTableView;
    const QModelIndex index = m_model->index(row, RevocationTableModel::PupilColumn);
    const bool same = table->currentIndex().row() == row;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
    if (same)
        showRecord(m_model->requestAt(row));
    return true;
}

qint64 RevocationReviewPage::currentRequestId() const
{
    const RevocationListing* l = m_model->requestAt(m_ui->requestsTableView->currentIndex().row());
    return l ? l->request.id : 0;
}

void RevocationReviewPage::onCurrentRowChanged()
{
    showRecord(m_model->requestAt(m_ui->requestsTableView->currentIndex().row()));
    updateButtons();
}

QList<qint64> RevocationReviewPage::decisionIds() const
{
    // One selection: the ticked requests, or with nothing ticked the highlighted one (the request
    // whose record the pane shows), if it can still be decided.
    if (m_model->checkedCount() > 0)
        return m_model->checkedIds();
    const int row = m_ui->requestsTableView->currentIndex().row();
    if (row >= 0 && m_model->isCheckable(row))
        if (const RevocationListing* l = m_model->requestAt(row))
            return {l->request.id};
    return {};
}

QString RevocationReviewPage::schoolsText(const QList<qint64>& ids)
{
    // Named from the store, not from the rows read so far: a select-all ticks rows not yet shown.
    auto schools = services::RevocationReview(session()->context()).schoolsOf(ids);
    if (!schools || schools->isEmpty())
        return {};
    constexpr int kNamed = 3;
    QStringList named;
    for (qsizetype i = 0; i < schools->size() && i < kNamed; ++i)
        named.append(tr("%1 (%2)").arg(schools->at(i).first, QLocale().toString(schools->at(i).second)));
    QString text = named.join(QStringLiteral(", "));
    if (schools->size() > kNamed)
        text += tr(" and %n other school(s)", "", int(schools->size() - kNamed));
    return text;
}

void RevocationReviewPage::showRecord(const RevocationListing* listing)
{
    QTableWidget* versions = m_ui->versionsTableWidget;
    if (!listing || !session()) {
        m_shownLookupCode.clear();
        versions->setRowCount(0);
        m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordHintLabel);
        return;
    }
    m_shownLookupCode = listing->uuid;
    const RevocationRequest& req = listing->request;

    // The request itself, from the list: it is there even when the record cannot be read.
    QString request = tr("<b>School's reason:</b> %1").arg(req.reason.toHtmlEscaped());
    request += QStringLiteral("<br>") + tr("Requested on %1 by %2")
                                            .arg(text::dateTimeText(req.requestedAt),
                                                 RevocationTableModel::requesterText(*listing).toHtmlEscaped());
    if (req.status != RevocationStatus::Pending) {
        request += QStringLiteral("<br>") +
                   tr("<b>%1</b> by %2 on %3")
                       .arg(label(req.status),
                            (listing->deciderName.isEmpty() ? req.decidedBy : listing->deciderName).toHtmlEscaped(),
                            text::dateTimeText(req.decidedAt));
        if (!req.decisionNote.isEmpty())
            request += QStringLiteral("<br>") + tr("Note: %1").arg(req.decisionNote.toHtmlEscaped());
    } else {
        request += QStringLiteral("<br>") + tr("<b>Waiting for your decision.</b>");
    }
    m_ui->requestValueLabel->setText(request);
    m_ui->lookupCodeValueLabel->setText(listing->uuid);
    {
        // Open or closed as the reader left it this session.
        const bool shown = TechnicalDetailsPane::shownFor(QStringLiteral("revocation"));
        const QSignalBlocker block(m_ui->technicalDetailsToolButton);
        m_ui->technicalDetailsToolButton->setChecked(shown);
        showTechnicalDetails(shown);
    }

    services::RecordDetailsService details(session()->context());
    auto d = details.load(listing->uuid);
    if (!d) {
        m_ui->pupilNameLabel->setText(listing->fullName);
        m_ui->personalIdValueLabel->setText(listing->personalId);
        m_ui->birthDateValueLabel->clear();
        m_ui->schoolValueLabel->setText(tr("%1 (%2)").arg(listing->schoolName, listing->schoolCode));
        m_ui->classValueLabel->setText(tr("%1, grade %2, school year %3")
                                           .arg(listing->className)
                                           .arg(listing->grade)
                                           .arg(SchoolYear{listing->schoolYear}.label()));
        m_ui->recordStatusValueLabel->setText(label(listing->recordStatus));
        m_ui->resultValueLabel->clear();
        versions->setRowCount(0);
        m_ui->signaturesValueLabel->setText(
            QStringLiteral("<span style=\"color: #8a1c14;\">%1</span>").arg(d.errorString().toHtmlEscaped()));
        m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordScrollArea);
        return;
    }

    const Record& r = d->record;
    m_ui->pupilNameLabel->setText(d->pupil.fullName);
    m_ui->personalIdValueLabel->setText(d->pupil.personalId);
    m_ui->birthDateValueLabel->setText(text::dayText(d->pupil.birthDate));
    m_ui->schoolValueLabel->setText(tr("%1 (%2)").arg(d->school.name, d->school.code));
    m_ui->classValueLabel->setText(tr("%1, grade %2, school year %3")
                                       .arg(d->schoolClass.name.isEmpty() ? listing->className : d->schoolClass.name)
                                       .arg(r.grade)
                                       .arg(SchoolYear{r.schoolYear}.label()));
    m_ui->recordStatusValueLabel->setText(tr("%1, version %2").arg(label(r.status)).arg(r.version));
    m_ui->resultValueLabel->setText(d->content ? d->content->yearEndResult : d->contentProblem);

    versions->setRowCount(int(d->versions.size()));
    for (int i = 0; i < d->versions.size(); ++i) {
        const services::VersionDetails& v = d->versions.at(i);
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            versions->setItem(i, column, item);
            return item;
        };
        set(VersionNumberColumn, QString::number(v.version))->setTextAlignment(Qt::AlignCenter);
        set(VersionStatusColumn, label(v.status));
        set(VersionConfirmedColumn, text::dayText(v.confirmedAt));
        set(VersionSentColumn, text::dayText(v.sentAt));
        set(VersionRevokedColumn, text::dayText(v.revokedAt));
        int bad = 0;
        QStringList tip;
        for (const services::SignatureCheck& s : v.signatures) {
            bad += s.valid ? 0 : 1;
            tip.append(s.valid ? tr("%1 (%2): valid").arg(label(s.role), s.signer)
                               : tr("%1 (%2): not valid, %3").arg(label(s.role), s.signer, s.reason));
        }
        QTableWidgetItem* sig = nullptr;
        if (v.signatures.isEmpty()) {
            sig = set(VersionSignaturesColumn, tr("none"));
            sig->setForeground(Palette::muted());
        } else if (bad == 0) {
            sig = set(VersionSignaturesColumn, tr("%n valid", "", int(v.signatures.size())));
            sig->setForeground(Palette::approved());
        } else {
            sig = set(VersionSignaturesColumn, tr("%1 of %2 not valid").arg(bad).arg(v.signatures.size()));
            sig->setForeground(Palette::rejected());
        }
        sig->setToolTip(tip.join(QLatin1Char('\n')));
    }
    versions->resizeColumnsToContents();
    versions->horizontalHeader()->setSectionResizeMode(VersionSignaturesColumn, QHeaderView::Stretch);
    // Room for the horizontal scroll bar too: the pane is often narrower than the dates, and a
    // bar drawn over the only row would hide it.
    versions->setFixedHeight(versions->horizontalHeader()->height() +
                             versions->verticalHeader()->defaultSectionSize() * std::max(1, versions->rowCount()) +
                             versions->horizontalScrollBar()->sizeHint().height() + 2 * versions->frameWidth() + 2);

    // The current version's signatures spelled out: what the officer checks before deciding.
    QStringList lines;
    if (const services::VersionDetails* cur = d->current()) {
        for (const services::SignatureCheck& s : cur->signatures) {
            const QString who = tr("%1 (%2)").arg(label(s.role), s.signer).toHtmlEscaped();
            lines.append(s.valid ? QStringLiteral("<span style=\"color: #1b6e20;\">&#10004;</span> %1").arg(who)
                                 : QStringLiteral("<span style=\"color: #8a1c14;\">&#10008;</span> %1: %2")
                                       .arg(who, s.reason.toHtmlEscaped()));
        }
        m_ui->signaturesValueLabel->setText(lines.isEmpty()
                                                ? tr("Version %1 carries no signatures.").arg(cur->version)
                                                : tr("Signatures of version %1:").arg(cur->version) +
                                                      QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    } else {
        m_ui->signaturesValueLabel->clear();
    }
    m_ui->recordStackedWidget->setCurrentWidget(m_ui->recordScrollArea);
}

void RevocationReviewPage::approveTicked()
{
    if (!session() || m_task)
        return;
    const QList<qint64> ids = decisionIds();
    const QString title = tr("Agree to revoke sent records");
    if (ids.isEmpty()) {
        prompter().refuse(this, title, tr("Tick the requests to decide, or highlight one, first."));
        return;
    }
    // A deliberate decision: signed records leave the unit for their schools, often dozens at once
    // after "Select all", so the question says how many and from where.
    const int n = int(ids.size());
    const QString schools = schoolsText(ids);
    QString question = tr("Agree to revoke %n sent record(s)?", "", n);
    if (!schools.isEmpty())
        question += QLatin1Char('\n') + tr("From: %1.").arg(schools);
    question += QLatin1Char('\n') + tr("The records go back to their schools, which correct them, confirm them and "
                                       "send them again. This cannot be undone.");
    if (!prompter().confirm(this, title, question, tr("Agree to revoke (%n)", "", n)))
        return;
    decide(Decision::Approve, ids, {});
}

void RevocationReviewPage::rejectTicked()
{
    if (!session() || m_task || (m_rejectDialog && m_rejectDialog->isVisible()))
        return;
    const QList<qint64> ids = decisionIds();
    if (ids.isEmpty()) {
        prompter().refuse(this, tr("Reject revocation requests"),
                          tr("Tick the requests to decide, or highlight one, first."));
        return;
    }
    auto* dialog = new RejectNoteDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rejectDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { decide(Decision::Reject, ids, dialog->note()); });
    dialog->open();
}

void RevocationReviewPage::decide(Decision decision, const QList<qint64>& ids, const QString& note)
{
    if (!session() || m_task)
        return;
    // Names for the report of refusals: the list is reloaded before that report is read.
    QHash<qint64, QString> pupils;
    for (qint64 id : ids) {
        if (const RevocationListing* l = m_model->requestAt(m_model->rowOfRequest(id)))
            pupils.insert(id, l->fullName);
    }
    const int requested = int(ids.size());
    if (requested <= m_backgroundThreshold) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        services::RevocationReview review(session()->context());
        const Result<DecisionOutcome> result =
            decision == Decision::Approve ? review.approve(ids) : review.reject(ids, note);
        QGuiApplication::restoreOverrideCursor();
        finishDecision(decision, result, requested, false, pupils);
        return;
    }

    // The worker gets copies and its own connection: the session's belongs to this thread.
    const Session::WorkerSpec spec = session()->workerSpec();
    auto result = std::make_shared<std::optional<Result<DecisionOutcome>>>();
    const QString title =
        decision == Decision::Approve ? tr("Approve revocation requests") : tr("Reject revocation requests");
    const QString text = decision == Decision::Approve ? tr("Approving %n request(s)...", "", requested)
                                                       : tr("Rejecting %n request(s)...", "", requested);
    auto work = [spec, result, decision, ids, note](BackgroundTask& task) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *result = Result<DecisionOutcome>(worker.error());
            return;
        }
        services::ServiceContext& ctx = *worker->context;
        services::RevocationReview review(ctx);
        // Checked between batches of RevocationReview::kBatchSize; each batch is committed whole.
        auto progress = [&task](int done, int total) {
            task.reportProgress(done, total);
            return !task.isCancelled();
        };
        *result = decision == Decision::Approve ? review.approve(ids, progress) : review.reject(ids, note, progress);
    };
    m_task = new BackgroundTask(this, title, text, work);
    connect(m_task, &BackgroundTask::finished, this, [this, decision, result, requested, pupils] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        finishDecision(decision,
                       result->has_value() ? **result
                                           : Result<DecisionOutcome>(Error::internal(tr("The decision did not run."))),
                       requested, cancelled, pupils);
    });
    updateButtons();
    m_task->start(requested);
}

void RevocationReviewPage::finishDecision(Decision decision, const Result<DecisionOutcome>& result, int requested,
                                          bool cancelled, const QHash<qint64, QString>& pupils)
{
    const bool approve = decision == Decision::Approve;
    const QString title = approve ? tr("Approve revocation requests") : tr("Reject revocation requests");
    // The list behind the message shows the new state while the officer reads it.
    refresh();
    if (!result) {
        prompter().refuse(this, title, result.errorString());
        Q_EMIT decided(0, 0);
        return;
    }
    const DecisionOutcome& o = *result;
    const int done = int(o.decided.size());
    const int refused = int(o.refused.size());
    const int left = std::max(0, requested - done - refused);
    QStringList parts;
    if (done > 0 || (refused == 0 && left == 0)) {
        parts.append(approve ? tr("Approved %n request(s): the records went back to their schools.", "", done)
                             : tr("Rejected %n request(s): the records stay sent.", "", done));
    }
    if (cancelled && left > 0)
        parts.append(tr("Stopped before the end: %n request(s) were not decided and are still pending.", "", left));
    if (refused > 0) {
        parts.append(tr("%n request(s) could not be decided:", "", refused));
        for (int i = 0; i < std::min(refused, kRefusalsListed); ++i) {
            const services::Refusal& r = o.refused.at(i);
            const QString who = pupils.value(r.id, QStringLiteral("#%1").arg(r.id));
            parts.append(QStringLiteral("\u2022 %1: %2").arg(who, r.reason));
        }
        if (refused > kRefusalsListed)
            parts.append(tr("...and %n more.", "", refused - kRefusalsListed));
    }
    const QString text = parts.join(QLatin1Char('\n'));
    if (refused > 0 || left > 0)
        prompter().refuse(this, title, text);
    else
        prompter().inform(this, title, text);
    Q_EMIT decided(done, refused);
}

void RevocationReviewPage::updateSelection()
{
    const int checked = m_model->checkedCount();
    const int checkable = m_model->checkableCount();
    QCheckBox* all = m_ui->selectAllCheckBox;
    all->setEnabled(checkable > 0 && !m_task);
    all->setCheckState(checked == 0 ? Qt::Unchecked : checked < checkable ? Qt::PartiallyChecked : Qt::Checked);
    m_ui->selectionLabel->setText(checkable > 0 ? tr("%1 of %n pending request(s) ticked", "", checkable).arg(checked)
                                                : QString());
    updateButtons();
}

void RevocationReviewPage::updateCounts(const QHash<RevocationStatus, qint64>& counts)
{
    m_counts = counts;
    m_ui->countsLabel->setText(countsText());
    m_ui->countsLabel->setVisible(!counts.isEmpty());
}

QString RevocationReviewPage::countsText() const
{
    if (m_counts.isEmpty())
        return {};
    const QLocale locale;
    return tr("Pending: %1, approved: %2, rejected: %3")
        .arg(locale.toString(m_counts.value(RevocationStatus::Pending)),
             locale.toString(m_counts.value(RevocationStatus::Approved)),
             locale.toString(m_counts.value(RevocationStatus::Rejected)));
}

void RevocationReviewPage::updateButtons()
{
    // The buttons say how many requests they act on, ticks out of view included.
    const int n = session() != nullptr && !m_task ? int(decisionIds().size()) : 0;
    m_ui->approvePushButton->setText(n > 0 ? tr("&Agree to revoke (%n)", "", n) : tr("&Agree to revoke"));
    m_ui->rejectPushButton->setText(n > 0 ? tr("Re&ject (%n)...", "", n) : tr("Re&ject..."));
    m_ui->approvePushButton->setEnabled(n > 0);
    m_ui->rejectPushButton->setEnabled(n > 0);
    m_ui->refreshPushButton->setEnabled(session() != nullptr && !m_task);
    m_refreshAction->setEnabled(session() != nullptr && !m_task);
}

void RevocationReviewPage::updateEmptyText()
{
    if (m_model->rowCount() > 0 || !session()) {
        m_ui->requestsStackedWidget->setCurrentWidget(m_ui->requestsTableView);
        return;
    }
    const std::optional<RevocationStatus> status = filter().status;
    m_ui->emptyLabel->setText(status == RevocationStatus::Pending
                                  ? tr("No pending revocation requests for this school and grade.")
                                  : tr("No revocation requests for this choice."));
    m_ui->requestsStackedWidget->setCurrentWidget(m_ui->emptyLabel);
}

void RevocationReviewPage::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void RevocationReviewPage::resizeColumns()
{
    QTableView* table = m_ui->requestsTableView;
    const QFontMetrics fm = table->fontMetrics();
    auto width = [&](int column, const QString& sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 28);
    };
    width(RevocationTableModel::PupilColumn, QStringLiteral("Nguyễn Thị Phương Thảo__"));
    width(RevocationTableModel::SchoolColumn, QStringLiteral("Trường Tiểu học Nguyễn Trãi"));
    width(RevocationTableModel::ClassColumn, QStringLiteral("5A"));
    width(RevocationTableModel::LookupCodeColumn, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_reasonColumn->setMinimum(fm.horizontalAdvance(QStringLiteral("Sai điểm môn Toán cuối năm học")) + 28);
    width(RevocationTableModel::RequestedAtColumn, QStringLiteral("00/00/0000 00:00"));
    width(RevocationTableModel::RequestedByColumn, QStringLiteral("Nguyễn Thị Phương (Nhà trường)"));
    width(RevocationTableModel::StatusColumn, label(RevocationStatus::Pending));
}

void RevocationReviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
    m_refreshAction->setText(tr("Refresh"));
    m_ui->refreshPushButton->setToolTip(tr("Load the requests again (F5)"));
    m_ui->approvePushButton->setToolTip(
        tr("Agree to the ticked requests (with none ticked, the highlighted one): the records go back to their "
           "schools"));
    m_ui->rejectPushButton->setToolTip(
        tr("Reject the ticked requests (with none ticked, the highlighted one) with a note for the school"));
    m_ui->versionsTableWidget->setHorizontalHeaderLabels(
        {tr("Version"), tr("Status"), tr("Confirmed"), tr("Sent"), tr("Revoked"), tr("Signatures")});
    fillChoosers();
    m_model->retranslate();
    m_ui->countsLabel->setText(countsText());
    m_ui->countsLabel->setVisible(!m_counts.isEmpty());
    resizeColumns();
    updateSelection();
    updateEmptyText();
    showRecord(m_model->requestAt(m_ui->requestsTableView->currentIndex().row()));
}

void RevocationReviewPage::showTechnicalDetails(bool shown)
{
    m_ui->technicalDetailsWidget->setVisible(shown);
    m_ui->technicalDetailsToolButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

} // namespace hocbaso::ui
