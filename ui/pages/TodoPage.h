#pragma once

#include "Page.h"
#include "services/TodoList.h"

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hocbaso::ui {

// "Việc cần làm": the first tab after sign-in. One line per kind of work waiting in the actor's
// units (services::TodoList), with its number; a line opened (double-click or Enter) asks the main
// window for the tab that lists that work, with the filter that lists exactly it. Reloaded each
// time the tab is shown and on [Refresh], since decisions on the other tabs change the numbers.
class TodoPage : public Page
{
    Q_OBJECT
public:
    enum class Item
    {
        PendingCertificates,   // 6.1, pending
        ExpiringCertificates,  // 6.1, approved and expiring soon
        PendingRevocations,    // 6.5, pending
        SchoolsBelowThreshold, // 6.4, schools marked below the share
        LockSoon               // 6.2, one school's lock date
    };
    // Where a line leads.
    struct Target
    {
        Item item = Item::PendingCertificates;
        int schoolYear = 0;
        int thresholdPercent = 0;
        QString schoolCode; // LockSoon
        int grade = 0;      // LockSoon: the first grade locked that day
    };

    explicit TodoPage(QWidget* parent = nullptr);
    ~TodoPage() override;

    void setSession(Session* session) override;
    QTreeWidget* treeWidget() const { return m_tree; }
    std::optional<services::TodoSummary> summary() const { return m_summary; }
    // The line of an item (LockSoon: the first school's line), null when it is not listed.
    QTreeWidgetItem* lineOf(Item item) const;
    // Opens a line as a double-click does; false for a line that leads nowhere (a heading).
    bool activate(QTreeWidgetItem* line);

public Q_SLOTS:
    void refresh();
    void othersChanged() override { refresh(); }
    void clear() override;

Q_SIGNALS:
    void openRequested(const hocbaso::ui::TodoPage::Target& target);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    QTreeWidgetItem* addLine(QTreeWidgetItem* parent, const QString& text, qint64 count, PageId opens,
                             const Target& target);

    QLabel* m_titleLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_refreshButton = nullptr;
    std::optional<services::TodoSummary> m_summary;
    QList<Target> m_targets; // a line's Qt::UserRole is its index here
};

} // namespace hocbaso::ui
