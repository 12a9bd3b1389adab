#include "CheckableTableModel.h"

#include <utility>

namespace hocbaso::ui {

CheckableTableModel::CheckableTableModel(int checkColumn, QObject* parent)
    : QAbstractTableModel(parent), m_checkColumn(checkColumn)
{}

bool CheckableTableModel::isCheckable(int row) const
{
    return row >= 0 && row < rowCount() && canCheck(row);
}

void CheckableTableModel::setChecked(int row, bool checked)
{
    if (!isCheckable(row))
        return;
    const qint64 id = idAt(row);
    if (checked == m_checked.contains(id))
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const QModelIndex i = index(row, m_checkColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void CheckableTableModel::setAllChecked(bool checked)
{
    bool changed = false;
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!canCheck(row))
            continue;
        const qint64 id = idAt(row);
        if (checked && !m_checked.contains(id)) {
            m_checked.insert(id);
            changed = true;
        } else if (!checked && m_checked.remove(id)) {
            changed = true;
        }
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(0, m_checkColumn), index(rows - 1, m_checkColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QList<qint64> CheckableTableModel::checkedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_checked.size());
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_checked.contains(idAt(row)))
            ids.append(idAt(row));
    }
    return ids;
}

bool CheckableTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != m_checkColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isCheckable(index.row()))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags CheckableTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == m_checkColumn && isCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QSet<qint64> CheckableTableModel::takeChecks()
{
    m_checkable = 0;
    return std::exchange(m_checked, {});
}

void CheckableTableModel::keepChecks(const QSet<qint64>& previous)
{
    m_checked.clear();
    m_checkable = 0;
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!canCheck(row))
            continue;
        ++m_checkable;
        if (previous.contains(idAt(row)))
            m_checked.insert(idAt(row));
    }
}

QVariant CheckableTableModel::checkState(int row) const
{
    if (!canCheck(row))
        return {};
    return m_checked.contains(idAt(row)) ? Qt::Checked : Qt::Unchecked;
}

} // namespace hocbaso::ui
