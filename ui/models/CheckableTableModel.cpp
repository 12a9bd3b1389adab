#include "CheckableTableModel.h"

#include <algorithm>
#include <utility>

namespace hocbaso::ui {

CheckableTableModel::CheckableTableModel(int checkColumn, int pageSize, QObject* parent)
    : QAbstractTableModel(parent), m_checkColumn(checkColumn), m_pageSize(std::max(1, pageSize))
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
        m_checked.insert(id, tagAt(row));
    else
        m_checked.remove(id);
    const QModelIndex i = index(row, m_checkColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

Status CheckableTableModel::setAllChecked(bool checked)
{
    const int rows = rowCount();
    QHash<qint64, int> ticks;
    if (checked && !m_complete) {
        // Rows not read yet are ticked by id: reading them all would defeat the paging. The ids
        // are read now, so rows decided since the page was read are left out.
        auto ids = fetchCheckableIds();
        if (!ids)
            return ids.error();
        ticks.reserve(ids->size());
        for (const auto& [id, tag] : std::as_const(*ids))
            ticks.insert(id, tag);
        m_checkable = int(ticks.size());
    } else if (checked) {
        for (int row = 0; row < rows; ++row) {
            if (canCheck(row))
                ticks.insert(idAt(row), tagAt(row));
        }
    }
    if (ticks == m_checked)
        return {};
    m_checked = std::move(ticks);
    if (rows > 0)
        Q_EMIT dataChanged(index(0, m_checkColumn), index(rows - 1, m_checkColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return {};
}

QList<qint64> CheckableTableModel::checkedIdsTagged(std::optional<int> tag) const
{
    QList<qint64> ids;
    QSet<qint64> listed;
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const qint64 id = idAt(row);
        const auto tick = m_checked.constFind(id);
        if (tick != m_checked.constEnd() && (!tag || *tick == *tag)) {
            ids.append(id);
            listed.insert(id);
        }
    }
    // Ticks of rows not read yet (a select-all over a paged list): their order in the list is not
    // known here, and the decisions do not depend on it.
    QList<qint64> rest;
    for (auto it = m_checked.cbegin(); it != m_checked.cend(); ++it) {
        if ((!tag || it.value() == *tag) && !listed.contains(it.key()))
            rest.append(it.key());
    }
    std::sort(rest.begin(), rest.end());
    return ids + rest;
}

QList<qint64> CheckableTableModel::checkedIds() const
{
    return checkedIdsTagged(std::nullopt);
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

bool CheckableTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void CheckableTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more while they hear of a reset or an insert; rows
    // inserted inside that notice would reach them before the change they are still handling.
    // They ask again when they need the rows.
    if (m_announcing || !canFetchMore(parent))
        return;
    if (auto s = fetchNextPage(); !s) {
        m_complete = true;
        Q_EMIT fetchFailed(s.errorString());
    }
}

QHash<qint64, int> CheckableTableModel::takeChecks()
{
    m_checkable = 0;
    return std::exchange(m_checked, {});
}

void CheckableTableModel::keepChecks(const QHash<qint64, int>& previous)
{
    m_checked.clear();
    m_checkable = 0;
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!canCheck(row))
            continue;
        ++m_checkable;
        if (previous.contains(idAt(row)))
            m_checked.insert(idAt(row), tagAt(row));
    }
}

void CheckableTableModel::keepChecks(const QHash<qint64, int>& previous, qint64 checkable)
{
    if (m_complete) {
        keepChecks(previous);
        return;
    }
    m_checked.clear();
    m_checkable = int(checkable);
    if (previous.isEmpty())
        return;
    // The ticked rows may be on pages not read again yet: the ids of the list tell which are still
    // listed and tickable (and their tags now). If they cannot be read, the ticks go: deciding on
    // rows nobody can see listed would be worse than ticking again.
    auto ids = fetchCheckableIds();
    if (!ids)
        return;
    for (const auto& [id, tag] : std::as_const(*ids)) {
        if (previous.contains(id))
            m_checked.insert(id, tag);
    }
    m_checkable = int(std::max<qsizetype>(m_checkable, ids->size()));
}

void CheckableTableModel::beginAppend(int count)
{
    m_appendFrom = rowCount();
    m_announcing = true;
    beginInsertRows(QModelIndex(), m_appendFrom, m_appendFrom + count - 1);
}

void CheckableTableModel::endAppend()
{
    // A ticked row read now may have been decided since it was ticked (by id, with a select-all):
    // its tick goes, and the others take the row's tag as it is now.
    bool changed = false;
    for (int row = std::max(m_appendFrom, 0); row < rowCount(); ++row) {
        const qint64 id = idAt(row);
        const auto tick = m_checked.find(id);
        if (tick == m_checked.end())
            continue;
        if (!canCheck(row)) {
            m_checked.erase(tick);
            changed = true;
        } else {
            *tick = tagAt(row);
        }
    }
    m_appendFrom = -1;
    endInsertRows();
    m_announcing = false;
    if (changed)
        Q_EMIT checkedChanged();
}

void CheckableTableModel::beginReset()
{
    m_announcing = true;
    beginResetModel();
}

void CheckableTableModel::endReset()
{
    endResetModel();
    m_announcing = false;
}

QVariant CheckableTableModel::checkState(int row) const
{
    if (!canCheck(row))
        return {};
    return m_checked.contains(idAt(row)) ? Qt::Checked : Qt::Unchecked;
}

} // namespace hocbaso::ui
