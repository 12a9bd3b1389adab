#pragma once

#include "Session.h"
#include "services/SchoolImportPlan.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hocbaso::ui {

class BackgroundTask;
class Prompter;
class SchoolImportActionFilter;
class SchoolImportPreviewModel;

// Imports a school list (CSV or Excel) in two steps: the file is read and compared with the store,
// and the preview shows line by line what would be added, updated, left alone or refused; only then
// does "Import" write it, all at once or not at all, with a progress bar. Both steps run on a
// worker thread with its own connection, so that a list of 10,000 schools never freezes the window.
class SchoolImportDialog : public QDialog
{
    Q_OBJECT
public:
    SchoolImportDialog(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~SchoolImportDialog() override;

    // Reads and plans `path` (the "Choose file" button asks for one).
    void openFile(const QString& path);
    bool isBusy() const;
    const services::SchoolImportPlan& plan() const { return m_plan; }
    SchoolImportPreviewModel* model() const { return m_model; }
    QPushButton* importButton() const;
    QString summary() const;
    QString filePath() const { return m_path; }

public Q_SLOTS:
    void chooseFile();
    void startImport();
    // Closes unless an import is being written (its own progress dialog cancels it).
    void reject() override;

Q_SIGNALS:
    // The store changed: the organisation window reads it again.
    void imported();
    void planned();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showPlan();
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    QString m_path;
    services::SchoolImportPlan m_plan;
    bool m_planned = false;
    SchoolImportPreviewModel* m_model = nullptr;
    SchoolImportActionFilter* m_filter = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_fileErrorsLabel = nullptr;
    QComboBox* m_showComboBox = nullptr;
    QTableView* m_tableView = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
    QPointer<BackgroundTask> m_task;
};

} // namespace hocbaso::ui
