#pragma once

#include "Page.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QModelIndex;
class QTimer;

namespace hocbaso::ui {

class BackgroundTask;

namespace Ui {
class RecordLookupPage;
}

class RecordLookupModel;

// 6.3: find records by name, personal ID, school or lookup code; read one (content, versions,
// verified signatures), export it as the Ministry's printed form (PDF) or print it.
class RecordLookupPage : public Page
{
    Q_OBJECT
public:
    // Search-as-you-type waits this long after the last keystroke.
    static constexpr int kTypingDelayMs = 300;

    explicit RecordLookupPage(QWidget* parent = nullptr);
    ~RecordLookupPage() override;

    void setSession(Session* session) override;

    RecordLookupModel* model() const { return m_model; }
    // The record in the detail pane, if any.
    const services::RecordDetails* currentDetails() const { return m_details ? &*m_details : nullptr; }
    // Writes the open record as PDF to `path` (what [Export PDF...] does after asking for a file).
    Status exportPdf(const QString& path);

    QCheckBox* invalidSignatureCheckBox() const { return m_invalidCheckBox; }
    QAction* refreshAction() const { return m_refreshAction; }
    bool isVerifying() const { return m_verifyTask != nullptr; }

public Q_SLOTS:
    void clear() override;
    // [Look up], or Enter in a search field: runs the lookup now.
    void search();
    // Verifies the received records not verified yet (receipt verification, issue #18) on a thread
    // of its own, without a dialog: the page stays usable, the badges appear when it ends. Officers
    // and administrators only; nothing when one already runs.
    void verifyInBackground();
    // F5: verifies what arrived since the last run, then looks up again.
    void refresh();

Q_SIGNALS:
    // A background verification ended (done or cancelled), with what it found.
    void verificationFinished(qint64 checked, qint64 invalid);

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleSearch();
    void searchAsTyped();
    void runSearch();
    void resetCriteria();
    services::LookupRequest request() const;
    bool hasCriteria() const;
    bool stillTyping() const;

    void loadChoices();
    void fillChoices();
    void setUpColumns();

    void currentRowChanged(const QModelIndex& current);
    void openRecord(const QModelIndex& index);
    void showRecord(const QString& lookupCode);
    void clearDetails();
    void chooseExportFile();
    void printRecord();

    void showError(const QString& message);
    void showNotice(const QString& message);
    void hideMessage();
    void updateCount();
    void updateDetailHeader();

    std::unique_ptr<Ui::RecordLookupPage> m_ui;
    RecordLookupModel* m_model = nullptr;
    QTimer* m_searchTimer = nullptr;
    std::optional<services::RecordDetails> m_details;
    QList<School> m_schools;
    QList<int> m_schoolYears;
    QString m_exportDirectory;
    bool m_columnsSized = false;
    QCheckBox* m_invalidCheckBox = nullptr;
    QAction* m_refreshAction = nullptr;
    BackgroundTask* m_verifyTask = nullptr;
};

} // namespace hocbaso::ui
