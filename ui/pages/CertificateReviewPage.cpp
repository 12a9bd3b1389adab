#include "CertificateReviewPage.h"

#include "Palette.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "Session.h"
#include "dialogs/RejectNoteDialog.h"
#include "dialogs/TrustAnchorsDialog.h"
#include "models/CertificateTableModel.h"
#include "net/HttpFetcher.h"
#include "services/AuthService.h"
#include "services/RevocationAnswers.h"
#include "services/RevocationRefresh.h"
#include "ui_CertificateReviewPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/CertificateDetailView.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>

#include <memory>
#include <optional>

namespace hocbaso::ui {
namespace {

using services::CertificateDecisions;
using services::CertificateRefusal;

constexpr int kRefusalsListed = 10;
// Typing in the school box filters after a short pause, not on every key.
constexpr int kSearchDelayMs = 300;
// The status chooser's "Revoked by the CA" entry (the others carry a CertificateStatus, or -1).
constexpr int kCaRevokedChoice = 100;
// Approved certificates the expiry_soon check warns about: the schools must register new ones.
constexpr int kExpiringChoice = 101;

// A wait cursor for work on the GUI thread, lifted while a question is on screen.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

CertificateReviewPage::CertificateReviewPage(QWidget* parent)
    : Page(PageId::CertificateReview, parent), m_ui(std::make_unique<Ui::CertificateReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    m_ui->messageLabel->hide();

    m_model = new CertificateTableModel(this);
    QTableView* table = m_ui->certificatesTableView;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setIconSize(QSize(12, 12));
    table->installEventFilter(this);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificateReviewPage::onCurrentRowChanged);
    // A double click or the space bar ticks a row as well as a click on its box.
    connect(table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->isCheckable(index.row()))
            m_model->setChecked(index.row(), !m_model->checkedIds().contains(
                                                 index.data(CertificateTableModel::CertificateIdRole).toLongLong()));
    });
    connect(m_model, &CertificateTableModel::checkedChanged, this, &CertificateReviewPage::updateSelection);
    connect(m_model, &CertificateTableModel::fetchFailed, this, &CertificateReviewPage::showMessage);
    connect(m_ui->selectAllCheckBox, &QCheckBox::clicked, this, [this] {
        // Any click on a partly ticked list ticks everything, the rows not read yet too (by id:
        // every row of the filter that a decision can take); on a fully ticked one clears it.
        Status s;
        {
            WaitCursor wait;
            s = m_model->setAllChecked(m_model->checkedCount() < m_model->checkableCount());
        }
        if (!s)
            showMessage(s.errorString());
        updateSelection();
    });

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshCertificatesAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &CertificateReviewPage::refresh);
    m_ui->refreshPushButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &CertificateReviewPage::refresh);
    connect(m_ui->trustPushButton, &QPushButton::clicked, this, &CertificateReviewPage::openTrustAnchors);
    connect(m_ui->checkRevocationPushButton, &QPushButton::clicked, this, &CertificateReviewPage::checkRevocationNow);
    m_ui->caRevokedBannerLabel->hide();
    connect(m_ui->caRevokedBannerLabel, &QLabel::linkActivated, this, [this] { showCaRevoked(); });
    m_revocationTimer = new QTimer(this);
    // First soon after sign-in (setSession), then every kRevocationIntervalHours.
    connect(m_revocationTimer, &QTimer::timeout, this, [this] {
        m_revocationTimer->setInterval(std::chrono::hours(kRevocationIntervalHours));
        checkRevocationInBackground();
    });

    for (QComboBox* box : {m_ui->statusComboBox, m_ui->kindComboBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
        // The filter row fits a laptop's screen; the lists still open as wide as their entries.
        letShrink(box, 10);
    }
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CertificateReviewPage::refresh);
    connect(m_ui->schoolLineEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter, and the clear button, filter at once.
    connect(m_ui->schoolLineEdit, &QLineEdit::returnPressed, this, &CertificateReviewPage::refresh);
    connect(m_ui->schoolLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_filling)
            refresh();
    });

    m_ui->approvePushButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->rejectPushButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_ui->revokePushButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    // Revoking ends a certificate in use for good: set apart from approve and reject, in the colour
    // of a destructive action.
    m_ui->revokePushButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: %1; }").arg(Palette::rejected().name()));
    connect(m_ui->approvePushButton, &QPushButton::clicked, this, &CertificateReviewPage::approveTicked);
    connect(m_ui->rejectPushButton, &QPushButton::clicked, this, &CertificateReviewPage::rejectTicked);
    connect(m_ui->revokePushButton, &QPushButton::clicked, this, &CertificateReviewPage::revokeTicked);
    connect(m_ui->detailPanePushButton, &QPushButton::toggled, m_ui->detailGroupBox, &QWidget::setVisible);

    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    // The list gets most of the width; the pane enough for a certificate's names and checks.
    m_ui->contentSplitter->setSizes({800, 520});
    m_ui->certificatesStackedWidget->setCurrentWidget(m_ui->certificatesTableView);

    retranslate();
    updateButtons();
}

CertificateReviewPage::~CertificateReviewPage()
{
    // A decision or check still running refers to this page: wait for it to stop after its step.
    delete m_task.data();
    delete m_revocationTask.data();
}

CertificateDetailView* CertificateReviewPage::detailView() const
{
    return m_ui->certificateDetailView;
}

RejectNoteDialog* CertificateReviewPage::noteDialog() const
{
    return m_noteDialog.data();
}

TrustAnchorsDialog* CertificateReviewPage::trustAnchorsDialog() const
{
    return m_trustDialog.data();
}

bool CertificateReviewPage::isBusy() const
{
    return m_task != nullptr;
}

void CertificateReviewPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
    m_model->setContext(session ? &session->context() : nullptr);
    m_canDecide = session && services::permissions::canDecide(session->actor(), session->actor().unitId).ok();
    updateButtons();
    updateRevocationStatus();
    if (session && isVisible())
        refresh();
    // A certificate authority may have revoked an approved certificate since the last visit: ask
    // behind the window soon after sign-in, then every few hours.
    if (session && m_canDecide && services::requireOnline(session->context())) {
        const std::chrono::milliseconds every = std::chrono::hours(kRevocationIntervalHours);
        m_revocationTimer->start(m_revocationStartDelayMs >= 0 ? std::chrono::milliseconds(m_revocationStartDelayMs)
                                                               : every);
    }
}

void CertificateReviewPage::clear()
{
    delete m_task.data();
    delete m_revocationTask.data();
    m_revocationTimer->stop();
    m_lastAttempts.reset();
    m_ui->revocationStatusLabel->clear();
    m_ui->revocationStatusLabel->hide();
    m_searchTimer->stop();
    if (m_noteDialog)
        m_noteDialog->reject();
    if (m_trustDialog)
        m_trustDialog->reject();
    m_model->clear();
    m_counts.clear();
    m_ui->certificateDetailView->clearCertificate();
    m_ui->countsLabel->clear();
    m_ui->countsLabel->hide();
    m_ui->caRevokedBannerLabel->clear();
    m_ui->caRevokedBannerLabel->hide();
    m_caRevokedApproved = 0;
    showMessage({});
    updateSelection();
    updateEmptyText();
    updateButtons();
    Page::clear();
}

void CertificateReviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Schools register certificates all the time: each visit shows the list as it is now.
    if (!event->spontaneous() && session() && !m_task)
        refresh();
}

bool CertificateReviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->certificatesTableView && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            const int row = m_ui->certificatesTableView->currentIndex().row();
            if (m_model->isCheckable(row)) {
                const QModelIndex box = m_model->index(row, CertificateTableModel::SchoolColumn);
                m_model->setChecked(row, box.data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Checked);
            }
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void CertificateReviewPage::fillChoosers()
{
    m_filling = true;
    const int status = std::max(m_ui->statusComboBox->currentIndex(), 0);
    m_ui->statusComboBox->clear();
    // Pending first: it is the work to do.
    for (CertificateStatus s : {CertificateStatus::Pending, CertificateStatus::Approved, CertificateStatus::Rejected,
                                CertificateStatus::Revoked})
        m_ui->statusComboBox->addItem(label(s), int(s));
    m_ui->statusComboBox->addItem(tr("Revoked by the CA"), kCaRevokedChoice);
    m_ui->statusComboBox->addItem(tr("Expiring within %n day(s)", "", crypto::kExpiryWarningDays), kExpiringChoice);
    m_ui->statusComboBox->addItem(tr("All statuses"), -1);
    m_ui->statusComboBox->setCurrentIndex(status);

    const int kind = std::max(m_ui->kindComboBox->currentIndex(), 0);
    m_ui->kindComboBox->clear();
    m_ui->kindComboBox->addItem(tr("All kinds"), -1);
    m_ui->kindComboBox->addItem(tr("Unit seals"), int(CertificateKind::Unit));
    m_ui->kindComboBox->addItem(tr("Signing accounts"), int(CertificateKind::Signer));
    m_ui->kindComboBox->setCurrentIndex(kind);
    m_filling = false;
}

bool CertificateReviewPage::setFilter(std::optional<CertificateStatus> status, std::optional<CertificateKind> kind,
                                      const QString& schoolSearch)
{
    const int statusIndex = m_ui->statusComboBox->findData(status ? int(*status) : -1);
    const int kindIndex = m_ui->kindComboBox->findData(kind ? int(*kind) : -1);
    if (statusIndex < 0 || kindIndex < 0)
        return false;
    m_filling = true;
    m_ui->statusComboBox->setCurrentIndex(statusIndex);
    m_ui->kindComboBox->setCurrentIndex(kindIndex);
    m_ui->schoolLineEdit->setText(schoolSearch);
    m_filling = false;
    m_searchTimer->stop();
    refresh();
    return true;
}

services::CertificateQuery CertificateReviewPage::query() const
{
    services::CertificateQuery q;
    const int status = m_ui->statusComboBox->currentData().toInt();
    if (status == kCaRevokedChoice) {
        q.caRevoked = true; // whatever the unit decided
    } else if (status == kExpiringChoice) {
        q.status = CertificateStatus::Approved;
        q.expiringWithinDays = crypto::kExpiryWarningDays;
    } else if (status >= 0) {
        q.status = CertificateStatus(status);
    }
    const int kind = m_ui->kindComboBox->currentData().toInt();
    if (kind >= 0)
        q.kind = CertificateKind(kind);
    q.schoolSearch = m_ui->schoolLineEdit->text().trimmed();
    q.withChecks = true;
    return q;
}

void CertificateReviewPage::refresh()
{
    m_searchTimer->stop();
    if (!session() || m_task)
        return;
    const qint64 keep = currentCertificateId();
    Result<QHash<CertificateStatus, qint64>> counts = Error::internal(QString());
    {
        // The counts and the first page, whose checks run here: a millisecond or two a row. The
        // next pages come as the list scrolls.
        WaitCursor wait;
        counts = m_model->load(query());
    }
    applyList(counts, keep);
}

void CertificateReviewPage::applyList(const Result<QHash<CertificateStatus, qint64>>& counts, qint64 keep)
{
    if (!counts) {
        m_ui->certificateDetailView->clearCertificate();
        updateCounts({});
        showMessage(counts.errorString());
        updateEmptyText();
        updateSelection();
        return;
    }
    showMessage({});
    updateCounts(*counts);
    updateCaRevokedBanner();
    updateEmptyText();
    // The certificate that was open stays open when it is on the first page; otherwise the first
    // one opens, so that the pane never sits empty beside a list.
    if (!selectCertificate(keep) && m_model->rowCount() > 0)
        m_ui->certificatesTableView->setCurrentIndex(m_model->index(0, CertificateTableModel::SchoolColumn));
    if (m_model->rowCount() == 0)
        onCurrentRowChanged();
    updateSelection();
}

bool CertificateReviewPage::showCaRevoked()
{
    const int index = m_ui->statusComboBox->findData(kCaRevokedChoice);
    if (index < 0 || !session())
        return false;
    m_ui->statusComboBox->setCurrentIndex(index); // refreshes the list
    return true;
}

bool CertificateReviewPage::showExpiring()
{
    const int index = m_ui->statusComboBox->findData(kExpiringChoice);
    if (index < 0 || !session())
        return false;
    // Every kind and school: the list then holds what the to-do list counted.
    m_filling = true;
    m_ui->statusComboBox->setCurrentIndex(index);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(-1));
    m_ui->schoolLineEdit->clear();
    m_filling = false;
    m_searchTimer->stop();
    refresh();
    return true;
}

bool CertificateReviewPage::showsExpiring() const
{
    return m_ui->statusComboBox->currentData().toInt() == kExpiringChoice;
}

void CertificateReviewPage::updateCaRevokedBanner()
{
    qint64 count = 0;
    if (session() && m_canDecide) {
        if (auto n = services::CertificateReview(session()->context()).caRevokedApprovedCount())
            count = *n;
    }
    m_caRevokedApproved = count;
    QLabel* banner = m_ui->caRevokedBannerLabel;
    if (count == 0) {
        banner->hide();
        banner->clear();
        return;
    }
    QString text = tr("%n approved certificate(s) have since been revoked by their certificate authority: those "
                      "schools cannot send records until a new certificate is approved.",
                      "", int(count))
                       .toHtmlEscaped();
    if (m_ui->statusComboBox->currentData().toInt() != kCaRevokedChoice)
        text += QStringLiteral(" <a href=\"#ca-revoked\">%1</a>").arg(tr("Show them").toHtmlEscaped());
    banner->setText(text);
    banner->show();
}

bool CertificateReviewPage::selectCertificate(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfCertificate(id) : -1;
    if (row < 0)
        return false;
    QTableView* table = m_ui->certificatesTableView;
    table->setCurrentIndex(m_model->index(row, CertificateTableModel::SchoolColumn));
    table->scrollTo(table->currentIndex());
    return true;
}

qint64 CertificateReviewPage::currentCertificateId() const
{
    const services::CertificateView* v = m_model->certificateAt(m_ui->certificatesTableView->currentIndex().row());
    return v ? v->registration.id : 0;
}

void CertificateReviewPage::onCurrentRowChanged()
{
    const services::CertificateView* v = m_model->certificateAt(m_ui->certificatesTableView->currentIndex().row());
    if (v)
        m_ui->certificateDetailView->setCertificate(*v);
    else
        m_ui->certificateDetailView->clearCertificate();
    updateButtons();
}

QList<qint64> CertificateReviewPage::decisionIds(CertificateStatus status) const
{
    // One selection: the ticked certificates in that status, or with nothing ticked the
    // highlighted one (the certificate the detail pane shows) if it is in that status.
    if (m_model->checkedCount() > 0)
        return m_model->checkedIds(status);
    const int row = m_ui->certificatesTableView->currentIndex().row();
    if (row >= 0 && m_model->isCheckable(row))
        if (const services::CertificateView* v = m_model->certificateAt(row); v && v->registration.status == status)
            return {v->registration.id};
    return {};
}

QString CertificateReviewPage::decisionTitle(Decision decision) const
{
    switch (decision) {
    case Decision::Approve:
        return tr("Approve certificates");
    case Decision::Reject:
        return tr("Reject certificates");
    case Decision::Revoke:
        return tr("Revoke certificates");
    }
    return {};
}

void CertificateReviewPage::approveTicked()
{
    if (!session() || m_task)
        return;
    const QList<qint64> ids = decisionIds(CertificateStatus::Pending);
    const QString title = decisionTitle(Decision::Approve);
    if (ids.isEmpty()) {
        prompter().refuse(this, title, tr("Tick the pending certificates to approve, or highlight one, first."));
        return;
    }
    int failing = 0;
    for (qint64 id : ids) {
        if (const services::CertificateView* v = m_model->certificateAt(m_model->rowOfCertificate(id)))
            failing += v->hasFailedCheck() ? 1 : 0;
    }
    QString question =
        tr("Approve %n certificate(s)? The schools can then sign and send records with them.", "", int(ids.size()));
    if (failing > 0)
        question +=
            QLatin1Char('\n') + tr("%n of them failed checks: you will be asked about each of those.", "", failing);
    if (!prompter().confirm(this, title, question, tr("Approve")))
        return;
    decide(Decision::Approve, ids, {});
}

void CertificateReviewPage::rejectTicked()
{
    if (!session() || m_task || (m_noteDialog && m_noteDialog->isVisible()))
        return;
    const QList<qint64> ids = decisionIds(CertificateStatus::Pending);
    if (ids.isEmpty()) {
        prompter().refuse(this, decisionTitle(Decision::Reject),
                          tr("Tick the pending certificates to reject, or highlight one, first."));
        return;
    }
    askForNote(Decision::Reject, ids);
}

void CertificateReviewPage::revokeTicked()
{
    if (!session() || m_task || (m_noteDialog && m_noteDialog->isVisible()))
        return;
    const QList<qint64> ids = decisionIds(CertificateStatus::Approved);
    if (ids.isEmpty()) {
        prompter().refuse(this, decisionTitle(Decision::Revoke),
                          tr("Tick the approved certificates to revoke first: only an approved certificate can be "
                             "revoked."));
        return;
    }
    askForNote(Decision::Revoke, ids);
}

void CertificateReviewPage::askForNote(Decision decision, const QList<qint64>& ids)
{
    auto* dialog = new RejectNoteDialog(decision == Decision::Revoke ? RejectNoteDialog::Purpose::RevokeCertificates
                                                                     : RejectNoteDialog::Purpose::RejectCertificates,
                                        int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_noteDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, decision] { decide(decision, ids, dialog->note()); });
    dialog->open();
}

Result<CertificateDecisions> CertificateReviewPage::decideHere(Decision decision, const QList<qint64>& ids,
                                                               const QString& note)
{
    services::CertificateReview review(session()->context());
    WaitCursor wait;
    switch (decision) {
    case Decision::Approve: {
        const QString title = decisionTitle(decision);
        // The service asks between its reads and its one short transaction.
        auto confirm = [this, &title](const QString& question) {
            QGuiApplication::restoreOverrideCursor();
            const bool yes = prompter().confirm(this, title, question, tr("Approve anyway"));
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            return yes;
        };
        return review.approve(ids, confirm, note);
    }
    case Decision::Reject:
        return review.reject(ids, note);
    case Decision::Revoke:
        return review.revoke(ids, note);
    }
    return Error::internal(QString());
}

void CertificateReviewPage::decide(Decision decision, const QList<qint64>& ids, const QString& note)
{
    if (!session() || m_task || ids.isEmpty())
        return;
    // Names for the report of refusals: the list is reloaded before that report is read.
    QHash<qint64, QString> names;
    QList<qint64> here, later;
    for (qint64 id : ids) {
        const services::CertificateView* v = m_model->certificateAt(m_model->rowOfCertificate(id));
        if (v)
            names.insert(id, QStringLiteral("%1 (#%2)").arg(v->schoolName).arg(id));
        // A certificate with failed checks needs a person's answer, so it is decided here even in
        // a big selection; the rest can go to the worker.
        const bool needsAnswer = decision == Decision::Approve && v && v->hasFailedCheck();
        (needsAnswer ? here : later).append(id);
    }
    if (ids.size() <= m_backgroundThreshold) {
        here = ids;
        later.clear();
    }
    Outcome outcome;
    outcome.requested = int(ids.size());
    if (!here.isEmpty()) {
        const Result<CertificateDecisions> result = decideHere(decision, here, note);
        if (!result) {
            outcome.error = result.errorString();
            finishDecision(decision, outcome, names);
            return;
        }
        outcome.decisions = *result;
    }
    if (later.isEmpty())
        finishDecision(decision, outcome, names);
    else
        decideInBackground(decision, later, note, outcome, names);
}

void CertificateReviewPage::decideInBackground(Decision decision, const QList<qint64>& ids, const QString& note,
                                               Outcome outcome, const QHash<qint64, QString>& names)
{
    // The worker gets copies and its own connection: the session's belongs to this thread.
    const Session::WorkerSpec spec = session()->workerSpec();
    auto result = std::make_shared<Outcome>(outcome);
    const int requested = int(ids.size());
    QString text;
    switch (decision) {
    case Decision::Approve:
        text = tr("Approving %n certificate(s)...", "", requested);
        break;
    case Decision::Reject:
        text = tr("Rejecting %n certificate(s)...", "", requested);
        break;
    case Decision::Revoke:
        text = tr("Revoking %n certificate(s)...", "", requested);
        break;
    }
    auto work = [spec, result, decision, ids, note](BackgroundTask& task) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            result->error = worker.errorString();
            return;
        }
        services::ServiceContext& ctx = *worker->context;
        services::CertificateReview review(ctx);
        // Nobody can answer a question on this thread: a certificate whose checks started to fail
        // after the list was read is left pending, and the report says so.
        const auto no = [](const QString&) { return false; };
        for (qsizetype done = 0; done < ids.size(); done += kBatchSize) {
            if (task.isCancelled()) {
                result->cancelled = true;
                return;
            }
            const QList<qint64> batch = ids.mid(done, kBatchSize);
            // Each batch is one transaction of the service: a cancel leaves whole batches decided.
            const Result<CertificateDecisions> r = decision == Decision::Approve  ? review.approve(batch, no, note)
                                                   : decision == Decision::Reject ? review.reject(batch, note)
                                                                                  : review.revoke(batch, note);
            if (!r) {
                result->error = r.errorString();
                return;
            }
            result->decisions.decided += r->decided;
            result->decisions.refused += r->refused;
            task.reportProgress(int(std::min(ids.size(), done + kBatchSize)), int(ids.size()));
        }
    };
    m_task = new BackgroundTask(this, decisionTitle(decision), text, work);
    const QSet<qint64> toWorker(ids.begin(), ids.end());
    connect(m_task, &BackgroundTask::finished, this, [this, decision, result, names, note, toWorker] {
        if (m_task) {
            result->cancelled = result->cancelled || m_task->wasCancelled();
            m_task->deleteLater();
        }
        m_task = nullptr;
        if (decision == Decision::Approve && result->error.isEmpty() && session()) {
            // The worker cannot ask: a certificate whose checks fail and that was not asked about
            // here (its row was not read when it was ticked, or it started failing since) comes back
            // unconfirmed, and is asked about now, one by one.
            QList<qint64> ask;
            QList<CertificateRefusal> refused;
            for (const CertificateRefusal& r : std::as_const(result->decisions.refused)) {
                if (r.why == CertificateRefusal::Why::NotConfirmed && toWorker.contains(r.id))
                    ask.append(r.id);
                else
                    refused.append(r);
            }
            if (!ask.isEmpty()) {
                const Result<CertificateDecisions> asked = decideHere(decision, ask, note);
                if (asked) {
                    result->decisions.refused = refused + asked->refused;
                    result->decisions.decided += asked->decided;
                } else {
                    result->error = asked.errorString();
                }
            }
        }
        finishDecision(decision, *result, names);
    });
    updateButtons();
    updateSelection();
    m_task->start(requested);
}

void CertificateReviewPage::finishDecision(Decision decision, const Outcome& outcome,
                                           const QHash<qint64, QString>& names)
{
    const QString title = decisionTitle(decision);
    // The list behind the message shows the new state while the officer reads it.
    refresh();
    const CertificateDecisions& o = outcome.decisions;
    const int done = int(o.decided.size());
    QList<CertificateRefusal> unconfirmed, refused;
    for (const CertificateRefusal& r : o.refused)
        (r.why == CertificateRefusal::Why::NotConfirmed ? unconfirmed : refused).append(r);
    const int left = std::max(0, outcome.requested - done - int(o.refused.size()));
    QStringList parts;
    if (done > 0 || (o.refused.isEmpty() && left == 0 && outcome.error.isEmpty())) {
        switch (decision) {
        case Decision::Approve:
            parts.append(tr("Approved %n certificate(s): the schools can sign and send records with them.", "", done));
            break;
        case Decision::Reject:
            parts.append(tr("Rejected %n certificate(s); the schools read your reason.", "", done));
            break;
        case Decision::Revoke:
            parts.append(tr("Revoked %n certificate(s): records they sign from now on are refused.", "", done));
            break;
        }
    }
    if (!outcome.error.isEmpty())
        parts.append(outcome.error);
    if (outcome.cancelled && left > 0)
        parts.append(tr("Stopped before the end: %n certificate(s) were not decided.", "", left));
    if (!unconfirmed.isEmpty())
        parts.append(tr("%n certificate(s) with failed checks stay pending: approving them anyway was not confirmed.",
                        "", int(unconfirmed.size())));
    if (!refused.isEmpty()) {
        parts.append(tr("%n certificate(s) could not be decided:", "", int(refused.size())));
        for (int i = 0; i < std::min(int(refused.size()), kRefusalsListed); ++i) {
            const CertificateRefusal& r = refused.at(i);
            parts.append(
                QStringLiteral("\u2022 %1: %2").arg(names.value(r.id, QStringLiteral("#%1").arg(r.id)), r.reason));
        }
        if (refused.size() > kRefusalsListed)
            parts.append(tr("...and %n more.", "", int(refused.size()) - kRefusalsListed));
    }
    const QString text = parts.join(QLatin1Char('\n'));
    if (!outcome.error.isEmpty() || !refused.isEmpty() || (outcome.cancelled && left > 0))
        prompter().refuse(this, title, text);
    else
        prompter().inform(this, title, text);
    Q_EMIT decided(done, int(o.refused.size()));
}

void CertificateReviewPage::openTrustAnchors()
{
    if (!session())
        return;
    if (m_trustDialog) {
        m_trustDialog->raise();
        m_trustDialog->activateWindow();
        return;
    }
    auto* dialog = new TrustAnchorsDialog(session()->context(), prompter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_trustDialog = dialog;
    // A root added (or not) changes the chain checks of the list.
    connect(dialog, &QDialog::finished, this, [this] {
        if (session() && !m_task)
            refresh();
    });
    dialog->open();
}

void CertificateReviewPage::checkRevocationNow()
{
    startRevocationCheck(false);
}

void CertificateReviewPage::checkRevocationInBackground()
{
    startRevocationCheck(true);
}

void CertificateReviewPage::startRevocationCheck(bool quiet)
{
    if (!session() || !m_canDecide || m_task || !services::requireOnline(session()->context()))
        return;
    if (quiet && m_revocationTask)
        return;
    // Asked now by the person: a quiet check still running gives way (it stops after its current
    // address, keeping what it stored).
    delete m_revocationTask.data();
    const Session::WorkerSpec spec = session()->workerSpec();
    auto result = std::make_shared<Result<services::RevocationRefreshReport>>(services::RevocationRefreshReport{});
    auto work = [spec, result](BackgroundTask& task) {
        auto worker = Session::openWorker(spec);
        if (!worker) {
            *result = worker.error();
            return;
        }
        net::HttpFetcher fetcher;
        fetcher.setCancelled([&task] { return task.isCancelled(); });
        *result = services::RevocationRefresh(*worker->context, fetcher).refresh({}, [&task](int done, int total) {
            task.reportProgress(done, total);
            return !task.isCancelled();
        });
    };
    const QString title = tr("Check revocation");
    auto* task = new BackgroundTask(this, title, tr("Asking the certificate authorities..."), work,
                                    quiet ? BackgroundTask::Display::Quiet : BackgroundTask::Display::Dialog);
    (quiet ? m_revocationTask : m_task) = task;
    if (quiet)
        m_ui->revocationStatusLabel->setText(tr("Asking the certificate authorities..."));
    connect(task, &BackgroundTask::finished, this, [this, task, result, title, quiet] {
        task->deleteLater();
        (quiet ? m_revocationTask : m_task) = nullptr;
        updateButtons();
        if (!*result) {
            updateRevocationStatus();
            if (quiet)
                m_ui->revocationStatusLabel->setToolTip(result->errorString());
            else
                prompter().refuse(this, title, result->errorString());
            return;
        }
        const services::RevocationRefreshReport& r = **result;
        // A quiet check reads the list again only when it learnt something, so that the person's
        // place in the list is not disturbed for nothing.
        if (!quiet || !r.revoked.isEmpty() || r.crlsAdded > 0 || r.ocspAnswers > 0)
            refresh();
        updateRevocationStatus();
        Q_EMIT revocationChecked(int(r.revoked.size()), int(r.unreachable.size()));
        if (quiet)
            return;
        QString text = tr("%n certificate(s) checked with their certificate authorities.", "", r.checked);
        if (!r.revoked.isEmpty()) {
            QStringList ids;
            for (qint64 id : r.revoked)
                ids.append(QStringLiteral("#%1").arg(id));
            text += QLatin1Char(' ') +
                    tr("Revoked by their certificate authority: %1.").arg(ids.join(QStringLiteral(", ")));
        }
        if (!r.unreachable.isEmpty()) {
            QStringList lines;
            for (const auto& u : r.unreachable)
                lines.append(QStringLiteral("\u2022 %1: %2").arg(u.url, u.reason));
            text += QStringLiteral("\n\n") +
                    tr("These addresses could not be used; the answers stored before still count:") +
                    QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        }
        if (r.revoked.isEmpty() && r.unreachable.isEmpty())
            text += QLatin1Char(' ') + tr("None is revoked.");
        prompter().inform(this, title, text);
    });
    updateButtons();
    task->start();
}

void CertificateReviewPage::setRevocationStartDelay(int ms)
{
    m_revocationStartDelayMs = ms;
    // Signed in already: the first check waits for the new delay (or for the interval).
    if (m_revocationTimer->isActive())
        m_revocationTimer->start(ms >= 0 ? std::chrono::milliseconds(ms)
                                         : std::chrono::milliseconds(std::chrono::hours(kRevocationIntervalHours)));
}

bool CertificateReviewPage::isCheckingRevocation() const
{
    return !m_revocationTask.isNull();
}

QString CertificateReviewPage::revocationStatusText() const
{
    if (!session() || !m_lastAttempts)
        return {};
    const QDateTime now = session()->context().clock.now();
    const services::RevocationRefresh::LastAttempts& a = *m_lastAttempts;
    const QString newest = a.newestAnswer.isValid()
                               ? tr("newest answer kept: %1 old").arg(services::ageText(a.newestAnswer, now))
                               : tr("no answer kept yet");
    if (!services::requireOnline(session()->context()))
        return tr("Offline: revocation is judged from the answers copied at the last sync (%1).").arg(newest);
    if (!a.lastTried.isValid())
        return tr("The certificate authorities have not been asked about revocation yet.");
    QString text = tr("Revocation checked %1 ago").arg(services::ageText(a.lastTried, now));
    if (a.failing > 0)
        text += QStringLiteral("; ") + tr("%n address(es) did not answer", "", a.failing);
    return text + QStringLiteral(" (") + newest + QStringLiteral(").");
}

void CertificateReviewPage::updateRevocationStatus()
{
    m_lastAttempts.reset();
    if (session() && m_canDecide) {
        if (auto a = services::RevocationRefresh::lastAttempts(session()->context()))
            m_lastAttempts = *a;
    }
    const QString text = revocationStatusText();
    m_ui->revocationStatusLabel->setText(text);
    m_ui->revocationStatusLabel->setToolTip(text);
    m_ui->revocationStatusLabel->setVisible(!text.isEmpty());
}

void CertificateReviewPage::updateSelection()
{
    const int checked = m_model->checkedCount();
    const int checkable = m_model->checkableCount();
    QCheckBox* all = m_ui->selectAllCheckBox;
    all->setEnabled(checkable > 0 && !m_task && m_canDecide);
    all->setCheckState(checked == 0 ? Qt::Unchecked : checked < checkable ? Qt::PartiallyChecked : Qt::Checked);
    m_ui->selectionLabel->setText(checkable > 0 ? tr("%1 of %n certificate(s) ticked", "", checkable).arg(checked)
                                                : QString());
    updateButtons();
}

void CertificateReviewPage::updateCounts(const QHash<CertificateStatus, qint64>& counts)
{
    m_counts = counts;
    m_ui->countsLabel->setText(countsText());
    m_ui->countsLabel->setVisible(session() != nullptr);
}

QString CertificateReviewPage::countsText() const
{
    if (!session())
        return {};
    const QLocale locale;
    return tr("Pending: %1, approved: %2, rejected: %3, revoked: %4")
        .arg(locale.toString(m_counts.value(CertificateStatus::Pending)),
             locale.toString(m_counts.value(CertificateStatus::Approved)),
             locale.toString(m_counts.value(CertificateStatus::Rejected)),
             locale.toString(m_counts.value(CertificateStatus::Revoked)));
}

void CertificateReviewPage::updateButtons()
{
    const bool can = session() != nullptr && !m_task && m_canDecide;
    // The buttons say how many certificates they act on, ticks out of view included.
    const int pending = can ? int(decisionIds(CertificateStatus::Pending).size()) : 0;
    const int approved = can ? int(decisionIds(CertificateStatus::Approved).size()) : 0;
    m_ui->approvePushButton->setText(pending > 0 ? tr("&Approve %n certificate(s)", "", pending) : tr("&Approve"));
    m_ui->rejectPushButton->setText(pending > 0 ? tr("Re&ject (%n)...", "", pending) : tr("Re&ject..."));
    m_ui->revokePushButton->setText(approved > 0 ? tr("Re&voke (%n)...", "", approved) : tr("Re&voke..."));
    m_ui->approvePushButton->setEnabled(pending > 0);
    m_ui->rejectPushButton->setEnabled(pending > 0);
    m_ui->revokePushButton->setEnabled(approved > 0);
    m_ui->refreshPushButton->setEnabled(session() != nullptr && !m_task);
    m_ui->trustPushButton->setEnabled(session() != nullptr);
    // Asking the CAs stores their answers: a decider's work, online (an offline copy keeps what it
    // downloaded).
    m_ui->checkRevocationPushButton->setEnabled(can && !session()->isOffline());
    m_refreshAction->setEnabled(session() != nullptr && !m_task);
}

void CertificateReviewPage::updateEmptyText()
{
    if (m_model->rowCount() > 0 || !session()) {
        m_ui->certificatesStackedWidget->setCurrentWidget(m_ui->certificatesTableView);
        return;
    }
    const services::CertificateQuery q = query();
    if (q.status == CertificateStatus::Pending && q.schoolSearch.isEmpty())
        m_ui->emptyLabel->setText(tr("No certificate waits for approval."));
    else
        m_ui->emptyLabel->setText(tr("No certificates for this choice."));
    m_ui->certificatesStackedWidget->setCurrentWidget(m_ui->emptyLabel);
}

void CertificateReviewPage::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void CertificateReviewPage::resizeColumns()
{
    QTableView* table = m_ui->certificatesTableView;
    const QFontMetrics fm = table->fontMetrics();
    auto width = [&](int column, const QString& sample, int extra = 28) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + extra);
    };
    // The tick box and the icon take room of their own.
    width(CertificateTableModel::SchoolColumn, QStringLiteral("Trường Tiểu học Nguyễn Trãi"), 40);
    width(CertificateTableModel::SchoolCodeColumn, QStringLiteral("TH000000"));
    width(CertificateTableModel::KindColumn, QStringLiteral("Tài khoản ký số: Nguyễn Thị Thu"), 16);
    width(CertificateTableModel::ChecksColumn,
          CertificateTableModel::severityText(crypto::Check::Warning) + QStringLiteral(" (0)"), 44);
    width(CertificateTableModel::StatusColumn, label(CertificateStatus::Pending));
    width(CertificateTableModel::SubjectColumn, QStringLiteral("Trường Tiểu học Nguyễn Trãi"));
    width(CertificateTableModel::IssuerColumn, QStringLiteral("CA phục vụ các cơ quan Nhà nước"));
    width(CertificateTableModel::ValidFromColumn, QStringLiteral("00/00/0000"));
    width(CertificateTableModel::ValidToColumn, QStringLiteral("00/00/0000"));
    width(CertificateTableModel::RegisteredAtColumn, QStringLiteral("00/00/0000 00:00"));
}

void CertificateReviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
    m_refreshAction->setText(tr("Refresh"));
    m_ui->refreshPushButton->setToolTip(tr("Load the certificates again (F5)"));
    m_ui->checkRevocationPushButton->setToolTip(
        tr("Ask the certificate authorities now whether the pending and approved certificates were revoked (CRLs "
           "and OCSP)"));
    m_ui->trustPushButton->setToolTip(
        tr("The root and intermediate CA certificates that school certificates must chain to"));
    m_ui->approvePushButton->setToolTip(
        tr("Approve the ticked pending certificates (with none ticked, the highlighted one): the schools can then "
           "sign records with them"));
    m_ui->rejectPushButton->setToolTip(
        tr("Reject the ticked pending certificates (with none ticked, the highlighted one) with a reason for the "
           "school"));
    m_ui->revokePushButton->setToolTip(
        tr("Revoke the ticked approved certificates (with none ticked, the highlighted one): for a lost or "
           "compromised key or a manager who left. The school can no longer sign with it; this cannot be undone."));
    fillChoosers();
    m_model->retranslate();
    if (session()) {
        m_ui->countsLabel->setText(countsText());
        m_ui->countsLabel->setVisible(true);
    }
    resizeColumns();
    updateSelection();
    updateEmptyText();
}

} // namespace hocbaso::ui
