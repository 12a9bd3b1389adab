#pragma once

#include "Page.h"
#include "services/RevocationReview.h"

#include <QPointer>

#include <memory>

class QAction;

namespace hocbaso::ui {

namespace Ui {
class RevocationReviewPage;
}

class BackgroundTask;
class RejectNoteDialog;
class RevocationTableModel;
class FillingColumn;

// 6.5: the schools' requests to revoke sent records, filtered by school, grade and status, with a
// tick box per request, the record of the current request beside the list, and [Approve] /
// [Reject...] for the ticked ones. The list is read a page at a time as it scrolls
// (RevocationTableModel); ticking every row ticks the requests not read yet by id. Big selections are decided on a
// worker thread with its own connection, batch by batch, behind a progress dialog that can stop between batches.
class RevocationReviewPage : public Page
{
    Q_OBJECT
public:
    enum class Decision
    {
        Approve,
        Reject
    };
    // Selections up to this size are decided at once on the GUI thread (a fraction of a second);
    // bigger ones on a worker thread with a progress dialog.
    static constexpr int kBackgroundThreshold = 200;

    explicit RevocationReviewPage(QWidget* parent = nullptr);
    ~RevocationReviewPage() override;

    void setSession(Session* session) override;
    // Tests lower it to drive the worker-thread path with a few requests.
    void setBackgroundThreshold(int ids) { m_backgroundThreshold = ids; }

    RevocationTableModel* model() const { return m_model; }
    // Chooses the filters as a user would (school code empty = all schools, grade 0 = all,
    // status empty = every status).
    bool setFilter(const QString& schoolCode, int grade, std::optional<RevocationStatus> status);
    bool selectRequest(qint64 id);
    qint64 currentRequestId() const;
    // The record shown in the pane (its lookup code), empty when none.
    QString shownLookupCode() const { return m_shownLookupCode; }
    RejectNoteDialog* rejectNoteDialog() const;
    QString countsText() const;
    // A decision is running on its worker thread.
    bool isBusy() const;
    QAction* refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void refresh();
    void othersChanged() override { refresh(); }
    void clear() override;
    void approveTicked();
    void rejectTicked();

Q_SIGNALS:
    // After each decision, with what it decided (tests; other pages may refresh on it).
    void decided(int decidedCount, int refusedCount);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillChoosers();
    void fillSchools();
    services::RevocationReview::Filter filter() const;
    void decide(Decision decision, const QList<qint64>& ids, const QString& note);
    void finishDecision(Decision decision, const Result<services::DecisionOutcome>& result, int requested,
                        bool cancelled, const QHash<qint64, QString>& pupils);
    // What the decision buttons act on: the ticked requests, or the highlighted pending one.
    QList<qint64> decisionIds() const;
    QString schoolsText(const QList<qint64>& ids);
    void onCurrentRowChanged();
    void showRecord(const RevocationListing* listing);
    void updateSelection();
    void updateCounts(const QHash<RevocationStatus, qint64>& counts);
    void updateButtons();
    void updateEmptyText();
    void showMessage(const QString& text);
    // The lookup code row under "Technical details", open or closed.
    void showTechnicalDetails(bool shown);
    void resizeColumns();

    std::unique_ptr<Ui::RevocationReviewPage> m_ui;
    RevocationTableModel* m_model = nullptr;
    FillingColumn* m_reasonColumn = nullptr;
    QAction* m_refreshAction = nullptr;
    QPointer<BackgroundTask> m_task;
    QPointer<RejectNoteDialog> m_rejectDialog;
    QHash<RevocationStatus, qint64> m_counts;
    QString m_shownLookupCode;
    int m_backgroundThreshold = kBackgroundThreshold;
    bool m_filling = false;
    bool m_schoolsLoaded = false;
};

} // namespace hocbaso::ui
