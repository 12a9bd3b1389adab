#include "UserTableModel.h"

#include "Palette.h"
#include "core/DisplayDates.h"

#include <QBrush>
#include <QColor>

namespace hocbaso::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User>& users, const QDateTime& now)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(users.size());
    for (const User& u : users) {
        Row r;
        r.user = u;
        r.locked = u.lockedUntil.isValid() && u.lockedUntil > now;
        if (u.disabled)
            r.state = tr("Disabled");
        else if (r.locked)
            r.state = tr("Locked until %1").arg(text::timeDayText(u.lockedUntil));
        else
            r.state = tr("Active");
        // The table has no use for the hash: do not keep it in memory.
        r.user.passwordHash.clear();
        m_rows.append(r);
    }
    endResetModel();
}

void UserTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const User* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).user : nullptr;
}

int UserTableModel::rowOf(const QString& username) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).user.username == username)
            return i;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const User& u = r.user;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn:
            return u.username;
        case DisplayNameColumn:
            return u.displayName;
        case RoleColumn:
            return label(u.role);
        case UnitColumn:
            return u.unitCode;
        case SchoolColumn:
            return u.schoolCode;
        case StateColumn:
            return r.state;
        case CreatedColumn:
            return text::dayText(u.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (u.disabled)
            return QBrush(Palette::rejected());
        if (r.locked)
            return QBrush(Palette::pending());
    }
    if (role == Qt::UserRole)
        return u.username;
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case UnitColumn:
        return tr("Unit");
    case SchoolColumn:
        return tr("School");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace hocbaso::ui
