#pragma once

#include "Page.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QPushButton;
class QComboBox;
class QModelIndex;
class QTimer;

namespace hocbaso::ui {

class BackgroundTask;

namespace Ui {
class RecordLookupPage;
}

class RecordLookupModel;
class RecordLookupRunner;

// 6.3: find records by name, personal ID, school or lookup code; read one (content, versions,
// verified signatures), export it as the Ministry's printed form (PDF) or print it.
class RecordLookupPage : public Page
{
    Q_OBJECT
public:
    // Search as you type runs on a worker thread and a newer keystroke supersedes an older query,
    // so it need not wait for a pause: 0 only gathers the keystrokes that arrive together (a paste,
    // a key held down) into one query.
    static constexpr int kTypingDelayMs = 0;

    explicit RecordLookupPage(QWidget* parent = nullptr);
    ~RecordLookupPage() override;

    void setSession(Session* session) override;

    RecordLookupModel* model() const { return m_model; }
    // Runs the lookups typed (tests hold a query back through its hook; the bench waits for it).
    RecordLookupRunner* lookupRunner() const { return m_runner; }
    // The generation (RecordLookupRunner) of the result the list shows.
    quint64 shownGeneration() const { return m_shownGeneration; }
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
    void showResult(const services::LookupRequest& request, const services::LookupResult& result);
    void rowsFound(quint64 generation, const services::LookupRequest& request, const services::LookupResult& result);
    void counted(quint64 generation, qint64 total);
    void searchFailed(quint64 generation, const QString& message);
    QString openLookupCode() const;
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
    RecordLookupRunner* m_runner = nullptr;
    quint64 m_shownGeneration = 0;
    std::optional<services::RecordDetails> m_details;
    QList<School> m_schools;
    QList<int> m_schoolYears;
    QString m_exportDirectory;
    bool m_columnsSized = false;
    QCheckBox* m_invalidCheckBox = nullptr;
    QPushButton* m_recordPaneButton = nullptr;
    QAction* m_refreshAction = nullptr;
    BackgroundTask* m_verifyTask = nullptr;
};

} // namespace hocbaso::ui
