#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace hocbaso::ui {

// A table whose rows carry a tick box in one column, keyed by the row's id, for the pages that
// decide on ticked rows (6.1, 6.5). Subclasses hold the rows and say which may be ticked; ticks
// live here, survive a refresh for the ids still listed and tickable, and are reported in the
// table's order.
class CheckableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    bool isCheckable(int row) const;
    void setChecked(int row, bool checked);
    // Ticks or unticks every row that can be ticked.
    void setAllChecked(bool checked);
    // The ticked rows' ids in the table's order.
    QList<qint64> checkedIds() const;
    bool isChecked(qint64 id) const { return m_checked.contains(id); }
    int checkedCount() const { return int(m_checked.size()); }
    int checkableCount() const { return m_checkable; }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void checkedChanged();

protected:
    CheckableTableModel(int checkColumn, QObject* parent);

    // The id of a row (0 <= row < rowCount()), and whether it may be ticked now.
    virtual qint64 idAt(int row) const = 0;
    virtual bool canCheck(int row) const = 0;

    // Between beginResetModel() and endResetModel(): the ticks before the rows changed, and after
    // them the ticks kept (ids still listed and tickable). Emit checkedChanged() after the reset.
    QSet<qint64> takeChecks();
    void keepChecks(const QSet<qint64>& previous);
    // Qt::CheckStateRole of a row, for data().
    QVariant checkState(int row) const;

private:
    int m_checkColumn;
    QSet<qint64> m_checked;
    int m_checkable = 0;
};

} // namespace hocbaso::ui
