#pragma once

#include "sync/SyncService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace hocbaso::ui {

// What a sync did: how many changes went to the server and came back, and each offline change
// that was not applied, in words ("The revocation request of ... was already approved by ... on
// ...; your decision (reject) was not applied.").
class SyncReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncReportDialog(const sync::SyncReport& report, QWidget* parent = nullptr);

    QLabel* summaryLabel() const { return m_summary; }
    // One row per change that was not applied: your change, what happened, the whole story.
    QTableWidget* conflictTable() const { return m_table; }

    // "Reject revocation request #12", as the officer reads their own change.
    static QString describe(const sync::SyncConflict& c);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace hocbaso::ui
