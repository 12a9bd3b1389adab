#pragma once

#include "Page.h"
#include "services/CertificateReview.h"
#include "services/RevocationRefresh.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QTimer;

namespace hocbaso::ui {

namespace Ui {
class CertificateReviewPage;
}

class BackgroundTask;
class CertificateDetailView;
class CertificateTableModel;
class RejectNoteDialog;
class TrustAnchorsDialog;

// 6.1: the seal certificates and signing accounts that the unit's schools registered, filtered by
// status (pending first), kind and school, with a tick box per row, the current certificate's
// fields, chain, checks and history beside the list, and [Approve] / [Reject...] for the ticked
// pending ones and [Revoke...] for the ticked approved ones. Approving a certificate whose checks
// fail asks the officer first (the service's Confirm, outside any transaction). The list is read a
// page at a time as it scrolls (CertificateTableModel); ticking every row ticks the rows not read
// yet by id. Big selections are decided on a worker thread with its own connection, in batches,
// behind a progress dialog.
class CertificateReviewPage : public Page
{
    Q_OBJECT
public:
    enum class Decision
    {
        Approve,
        Reject,
        Revoke
    };
    // Selections up to this size are decided at once on the GUI thread (well under a second);
    // bigger ones on a worker thread in batches of kBatchSize.
    static constexpr int kBackgroundThreshold = 100;
    static constexpr int kBatchSize = 50;

    explicit CertificateReviewPage(QWidget* parent = nullptr);
    ~CertificateReviewPage() override;

    void setSession(Session* session) override;
    // Tests lower it to drive the worker-thread path with a few certificates.
    void setBackgroundThreshold(int ids) { m_backgroundThreshold = ids; }

    CertificateTableModel* model() const { return m_model; }
    CertificateDetailView* detailView() const;
    // Chooses the filters as a user would (empty status = every status, empty kind = both kinds).
    bool setFilter(std::optional<CertificateStatus> status, std::optional<CertificateKind> kind = {},
                   const QString& schoolSearch = {});
    bool selectCertificate(qint64 id);
    qint64 currentCertificateId() const;
    RejectNoteDialog* noteDialog() const;
    TrustAnchorsDialog* trustAnchorsDialog() const;
    QString countsText() const;
    // A decision is running on its worker thread.
    bool isBusy() const;
    QAction* refreshAction() const { return m_refreshAction; }
    // The CAs are asked quietly this long after sign-in and then every kRevocationIntervalHours;
    // tests set -1 to leave it to them (checkRevocationInBackground()).
    static constexpr int kRevocationStartDelayMs = 5000;
    static constexpr int kRevocationIntervalHours = 4;
    void setRevocationStartDelay(int ms);
    // The line beside "Check revocation now": when the CAs were last asked, what failed, and how old
    // the newest answer kept is.
    QString revocationStatusText() const;
    bool isCheckingRevocation() const;
    // Lists the certificates their CA revoked (the banner's link, the "Revoked by the CA" status).
    bool showCaRevoked();
    // Lists the approved certificates expiring within crypto::kExpiryWarningDays, of every kind and
    // school (the to-do list's line).
    bool showExpiring();
    bool showsExpiring() const;
    // Approved certificates their CA has revoked since, as the banner counts them.
    qint64 caRevokedApprovedCount() const { return m_caRevokedApproved; }

public Q_SLOTS:
    // Asks the certificate authorities now (CRLs and OCSP, services::RevocationRefresh) on a worker
    // thread, then reads the list again and says what changed and which addresses failed.
    void checkRevocationNow();
    // The same behind the window, without a dialog (at start and every few hours): the list and the
    // line beside the button follow, and nothing is asked of the person.
    void checkRevocationInBackground();
    void refresh();
    void othersChanged() override { refresh(); }
    void clear() override;
    void approveTicked();
    void rejectTicked();
    void revokeTicked();
    void openTrustAnchors();

Q_SIGNALS:
    // After each decision, with what it decided (tests; other pages may refresh on it).
    void decided(int decidedCount, int refusedCount);
    // After each check with the CAs, manual or in the background (tests).
    void revocationChecked(int revokedCount, int unreachableCount);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome
    {
        services::CertificateDecisions decisions;
        QString error;
        bool cancelled = false;
        int requested = 0;
    };

    void fillChoosers();
    services::CertificateQuery query() const;
    void applyList(const Result<QHash<CertificateStatus, qint64>>& counts, qint64 keep);
    void askForNote(Decision decision, const QList<qint64>& ids);
    void decide(Decision decision, const QList<qint64>& ids, const QString& note);
    void decideInBackground(Decision decision, const QList<qint64>& ids, const QString& note, Outcome outcome,
                            const QHash<qint64, QString>& names);
    void finishDecision(Decision decision, const Outcome& outcome, const QHash<qint64, QString>& names);
    Result<services::CertificateDecisions> decideHere(Decision decision, const QList<qint64>& ids, const QString& note);
    QString decisionTitle(Decision decision) const;
    // What a decision button acts on: the ticked certificates in that status, or the highlighted
    // one when nothing is ticked.
    QList<qint64> decisionIds(CertificateStatus status) const;
    void onCurrentRowChanged();
    void updateSelection();
    void updateCounts(const QHash<CertificateStatus, qint64>& counts);
    void updateButtons();
    void updateRevocationStatus();
    void updateCaRevokedBanner();
    void startRevocationCheck(bool quiet);
    void updateEmptyText();
    void showMessage(const QString& text);
    void resizeColumns();

    std::unique_ptr<Ui::CertificateReviewPage> m_ui;
    CertificateTableModel* m_model = nullptr;
    QAction* m_refreshAction = nullptr;
    QTimer* m_searchTimer = nullptr;
    QPointer<BackgroundTask> m_task;
    QPointer<BackgroundTask> m_revocationTask; // the quiet check, beside a decision
    QTimer* m_revocationTimer = nullptr;
    int m_revocationStartDelayMs = kRevocationStartDelayMs;
    qint64 m_caRevokedApproved = 0;
    std::optional<services::RevocationRefresh::LastAttempts> m_lastAttempts;
    QPointer<RejectNoteDialog> m_noteDialog;
    QPointer<TrustAnchorsDialog> m_trustDialog;
    QHash<CertificateStatus, qint64> m_counts;
    int m_backgroundThreshold = kBackgroundThreshold;
    bool m_filling = false;
    bool m_canDecide = false;
};

} // namespace hocbaso::ui
