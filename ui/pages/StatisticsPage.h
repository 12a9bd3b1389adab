#pragma once

#include "Page.h"
#include "services/Statistics.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;

namespace hocbaso::ui {

namespace Ui {
class StatisticsPage;
}

class BackgroundTask;
class ProgressChart;
class ReminderDialog;
class ProgressTableModel;

// 6.4: progress per school (confirmed complete, sent, not sent) for a school year and grade, with
// a totals footer, a chart, a school's grades on a click, marking of schools below a share, and
// exports (.xlsx, .csv, PDF) and printing. A unit with units below it (a Sở) starts with one line
// per unit; a double-click (or Enter) opens a unit's schools, Up (Alt+Up) goes back, and the
// exports follow what is on screen. Reloaded each time the page is shown and on F5; the
// counts come from maintained counters, so a reload is cheap.
class StatisticsPage : public Page
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Xlsx,
        Csv,
        Pdf
    };
    // Asks where to save (a QFileDialog by default); an empty answer cancels. Tests set their own.
    using FileChooser =
        std::function<QString(const QString& caption, const QString& suggestedPath, const QString& filter)>;

    explicit StatisticsPage(QWidget* parent = nullptr);
    ~StatisticsPage() override;

    void setSession(Session* session) override;
    void setFileChooser(FileChooser chooser);

    ProgressTableModel* schoolsModel() const { return m_schoolsModel; }
    ProgressTableModel* totalsModel() const { return m_totalsModel; }
    ProgressTableModel* gradesModel() const { return m_gradesModel; }
    ProgressChart* chart() const;
    // The report on screen (rows in the table's order), if one is loaded.
    std::optional<services::ProgressReport> currentReport() const;
    QString currentSchoolCode() const { return m_gradesSchoolCode; }
    bool selectSchool(const QString& schoolCode);
    // The lines are units (a Sở's communes) rather than schools.
    bool showsUnits() const;
    // Opens the unit of a line of the unit view (its schools, or its own units below); false when
    // the page does not show that unit's line.
    bool openUnit(const QString& unitCode, bool ownSchools = false);
    // Back to the unit above; false at the top.
    bool goUp();
    // Marks the schools below `percent` sent and sorts the lowest share first (the to-do list's
    // "schools under the threshold").
    bool showSchoolsBelow(int percent);
    int highlightPercent() const;
    // The table as HTML for printing: title, date, the rows in the table's order and the totals.
    QString reportHtml() const;
    // The schools "Đôn đốc" acts on: the rows selected in the table when two or more are (Ctrl+click,
    // Shift+click), else the schools marked below the share, else the highlighted school. None in
    // the view by unit (its lines are units).
    QList<services::ProgressRow> reminderRows() const;
    // The "Đôn đốc" dialog while it is open.
    ReminderDialog* reminderDialog() const;
    // An export is running on its worker thread.
    bool isBusy() const;
    QAction* refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void refresh();
    void othersChanged() override { refresh(); }
    void clear() override;
    void exportReport(ExportFormat format);
    void print();
    // Opens the "Đôn đốc" dialog on reminderRows().
    void openReminders();

Q_SIGNALS:
    // An export ended: saved, failed or cancelled (for tests and the status bar).
    void exportFinished(bool saved, const QString& path);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void fillChoosers();
    void fillYears();
    int chosenYear() const;
    int chosenGrade() const;
    void onCurrentSchoolChanged();
    void loadGrades(const QString& schoolCode);
    void updateHighlight();
    void updateSummary();
    void updateButtons();
    void updateUnitBar();
    void onActivated(const QModelIndex& index);
    void sizeColumns();
    void syncFooterWidths();
    void showMessage(const QString& text);
    QString suggestedFileName(const QString& suffix) const;

    std::unique_ptr<Ui::StatisticsPage> m_ui;
    FileChooser m_fileChooser;
    ProgressTableModel* m_schoolsModel = nullptr;
    ProgressTableModel* m_totalsModel = nullptr;
    ProgressTableModel* m_gradesModel = nullptr;
    QAction* m_refreshAction = nullptr;
    std::optional<services::ProgressReport> m_report;
    QString m_gradesSchoolCode;
    QDateTime m_loadedAt;
    bool m_yearsLoaded = false;
    bool m_filling = false;
    QPointer<BackgroundTask> m_task;
    // The units opened from the actor's unit down, the last one on screen.
    struct OpenedUnit
    {
        QString code;
        QString name;
        bool ownSchools = false; // the line of the schools the unit manages itself
    };
    QList<OpenedUnit> m_opened;
    QString m_topUnitName;
    QAction* m_upAction = nullptr;
    QString m_lastDirectory;
    QPointer<ReminderDialog> m_reminderDialog;
};

} // namespace hocbaso::ui
