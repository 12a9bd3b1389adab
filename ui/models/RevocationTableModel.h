#pragma once

#include "CheckableTableModel.h"
#include "core/Entities.h"

#include <QList>

namespace hocbaso::ui {

// Revocation requests of 6.5 with a tick box per row. The service returns the requests of one
// filter (a unit has hundreds, at most a few thousand pending), so they are held; display texts
// that need formatting are made once per refresh, not in data(). Only pending requests can be
// ticked: a decided one cannot be decided again.
class RevocationTableModel : public CheckableTableModel
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

    // Headers and status texts in the language now in use.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idAt(int row) const override { return m_rows.at(row).listing.request.id; }
    bool canCheck(int row) const override { return m_rows.at(row).listing.request.status == RevocationStatus::Pending; }

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
};

} // namespace hocbaso::ui
