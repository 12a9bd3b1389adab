#pragma once

#include "Page.h"
#include "dialogs/CommonLockDialog.h"

#include <QModelIndex>
#include <QPointer>

#include <memory>

class QHideEvent;
class QShowEvent;

namespace hocbaso::ui {

namespace Ui {
class LockSettingsPage;
}

class LockDateDelegate;
class LockSettingsModel;

// 6.2: the receive-lock and revoke-lock dates, unit-wide or per school and grade. A school year
// chooser; a tree of the unit's schools expanding to grades 1-5 with both dates and where each
// comes from; Cách 1 through CommonLockDialog; Cách 2 by editing dates in the tree, kept pending
// (marked) until [Save]. Page has no "may I leave?" hook, so leaving the tab with unsaved edits is
// caught in hideEvent: the answer "stay" switches back to this tab.
class LockSettingsPage : public Page
{
    Q_OBJECT
public:
    explicit LockSettingsPage(QWidget* parent = nullptr);
    ~LockSettingsPage() override;

    void setSession(Session* session) override;

    LockSettingsModel* model() const { return m_model; }
    int schoolYear() const;
    // Chooses the year as the officer does (the unsaved-edits question included); false if the
    // year is not offered or the officer chose to stay.
    bool setSchoolYear(int startYear);
    // Shows a school's grade (0: the school's row) of a school year, opened and current: where the
    // to-do list's lock date is. False when the year or the school is not listed.
    bool showSchool(int startYear, const QString& schoolCode, int grade = 0);
    // The tree's current row (SchoolCodeRole and GradeRole say which).
    QModelIndex currentIndex() const;
    // The Cách 1 dialog while it is open (it is opened window-modal, not exec()'d).
    CommonLockDialog* commonLockDialog() const { return m_dialog; }
    // The inline message under the tree (the last refusal or result).
    QString messageText() const;

public Q_SLOTS:
    void refresh();
    void clear() override;
    // Cách 2: applies the pending edits; false when something was refused (then nothing more is
    // saved, and what was not saved stays pending).
    bool save();
    void discard();
    void configureReceiveLock();
    void configureRevokeLock();
    // The selected school (all grades) or grade back to the unit-wide setting.
    void useUnitSetting();
    // Marks the selected date cell to be cleared on [Save].
    void clearSelectedDate();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    enum class Leave
    {
        Saved,
        Discarded,
        Stay
    };
    // Asks what to do with unsaved edits: save, discard or stay.
    Leave askAboutPendingEdits();
    void fillYears();
    void openCommonDialog(bool receive);
    void onYearChosen(int index);
    void updateButtons();
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::LockSettingsPage> m_ui;
    LockSettingsModel* m_model = nullptr;
    LockDateDelegate* m_delegate = nullptr;
    QPointer<CommonLockDialog> m_dialog;
    // The year whose rows are on screen, to go back to when the officer stays.
    int m_shownYear = 0;
    bool m_asking = false;
};

} // namespace hocbaso::ui
