#pragma once

#include "Session.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hocbaso::ui {

class AuditLogModel;
class BackgroundTask;
class Prompter;

// The audit log for administrators and officers, within their units: filters (action, person,
// days, object), the rows read page after page as the list scrolls, "Verify the chain" on a
// worker thread with its answer in words (naming the first altered event), and the filtered rows
// exported to CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel* model() const { return m_model; }
    QString verificationText() const;
    QString statusText() const;
    bool isBusy() const;
    // Asks for the CSV file to write (QFileDialog by default); tests answer themselves.
    using FileChooser = std::function<QString(const QString& suggestion)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    void verifyChain();
    void exportCsv();

Q_SIGNALS:
    void verified();
    void exported();

private:
    void retranslate();
    void updateStatus();
    void rememberChoices();
    void setBusy(bool busy);

    Session& m_session;
    Prompter& m_prompter;
    AuditLogModel* m_model = nullptr;
    QComboBox* m_actionComboBox = nullptr;
    QLineEdit* m_actorLineEdit = nullptr;
    QComboBox* m_entityComboBox = nullptr;
    QLineEdit* m_entityIdLineEdit = nullptr;
    QCheckBox* m_sinceCheckBox = nullptr;
    QDateEdit* m_sinceDateEdit = nullptr;
    QCheckBox* m_untilCheckBox = nullptr;
    QDateEdit* m_untilDateEdit = nullptr;
    QPushButton* m_applyPushButton = nullptr;
    QPushButton* m_clearPushButton = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_verifyLabel = nullptr;
    QPushButton* m_verifyPushButton = nullptr;
    QPushButton* m_exportPushButton = nullptr;
    QPushButton* m_closePushButton = nullptr;
    QLabel* m_actionLabel = nullptr;
    QLabel* m_actorLabel = nullptr;
    QLabel* m_entityLabel = nullptr;
    QLabel* m_entityIdLabel = nullptr;
    QPointer<BackgroundTask> m_task;
    FileChooser m_fileChooser;
};

} // namespace hocbaso::ui
