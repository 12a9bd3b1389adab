#pragma once

#include "core/Entities.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace hocbaso::ui {

// The users of the store for the administrator's dialog. A unit has tens of users, not
// thousands, so the whole list is held; the state text is worked out once per refresh.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        UnitColumn,
        SchoolColumn,
        StateColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);

    // `now` decides whether a lock-out is still running.
    void setUsers(const QList<User>& users, const QDateTime& now);
    void clear();
    const User* userAt(int row) const;
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        User user;
        QString state;
        bool locked = false;
    };
    QList<Row> m_rows;
};

} // namespace hocbaso::ui
