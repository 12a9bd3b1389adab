#pragma once

#include "services/Reminders.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hocbaso::ui {

class BackgroundTask;
class Prompter;

// 6.4's "Đôn đốc" (issue #23, item 9): the lagging schools with whom to call (contact person and
// phone, school data kept by administrators), their figures and when each was last reminded this
// school year; "Create letter (PDF)..." writes one official reminder letter per ticked school
// (services::ReminderLetter, off the GUI thread) and then logs a reminder per school
// (services::Reminders, audited). Officers and administrators send; a viewer only reads.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save (a QFileDialog by default); an empty answer cancels. Tests set their own.
    using FileChooser =
        std::function<QString(const QString& caption, const QString& suggestedPath, const QString& filter)>;

    ReminderDialog(services::ServiceContext& context, Prompter& prompter, const QList<services::ProgressRow>& rows,
                   int schoolYear, int grade, QWidget* parent = nullptr);
    ~ReminderDialog() override;

    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    const QList<services::ReminderTarget>& targets() const { return m_targets; }
    // The ticked schools' codes, in the table's order.
    QStringList checkedCodes() const;
    bool isBusy() const;

public Q_SLOTS:
    void createLetter();

Q_SIGNALS:
    // The letter was written and the reminders logged (saved), or not (for tests).
    void letterFinished(bool saved, const QString& path);

private:
    void fillTable();
    void updateButtons();
    void finishLetter(const QString& partial, const QString& path, const Status& written,
                      const QList<services::ReminderTarget>& chosen);

    services::ServiceContext& m_context;
    Prompter& m_prompter;
    int m_schoolYear = 0;
    int m_grade = 0;
    QList<services::ReminderTarget> m_targets;
    Status m_canSend;
    FileChooser m_fileChooser;
    QPointer<BackgroundTask> m_task;
    QString m_lastDirectory;

    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_letterButton = nullptr;
};

} // namespace hocbaso::ui
