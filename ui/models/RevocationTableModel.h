#pragma once

#include "core/Entities.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace hocbaso::ui {

// Revocation requests of 6.5 with a tick box per row. The service returns the requests of one
// filter (a unit has hundreds, at most a few thousand pending), so they are held; display texts
// that need formatting are made once per refresh, not in data(). Only pending requests can be
// ticked: a decided one cannot be decided again.
class RevocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PupilColumn, // carries the tick box
        SchoolColumn,
        ClassColumn,
        ReasonColumn,
        RequestedAtColumn,
        RequestedByColumn,
        StatusColumn,
        NoteColumn,
        // Last: it is long, and the record pane shows it in full beside the list.
        LookupCodeColumn,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1,
        LookupCodeRole
    };

    explicit RevocationTableModel(QObject* parent = nullptr);

    // Ticks survive a refresh for the requests still listed and still pending.
    void setRequests(const QList<RevocationListing>& requests);
    void clear();
    const RevocationListing* requestAt(int row) const;
    int rowOfRequest(qint64 id) const;

    bool isCheckable(int row) const;
    void setChecked(int row, bool checked);
    // Ticks or unticks every pending row.
    void setAllChecked(bool checked);
    // The ticked requests in the table's order.
    QList<qint64> checkedIds() const;
    int checkedCount() const { return int(m_checked.size()); }
    int checkableCount() const { return m_checkable; }
    // Headers and status texts in the language now in use.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row;
    static void describe(Row& r);

    struct Row
    {
        RevocationListing listing;
        QString requestedAt; // dd/MM/yyyy HH:mm, local time
        QString status;      // label, with who and when for decided ones
        QString decidedTip;
    };
    QList<Row> m_rows;
    QSet<qint64> m_checked;
    int m_checkable = 0;
};

} // namespace hocbaso::ui
