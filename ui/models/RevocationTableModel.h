#pragma once

#include "CheckableTableModel.h"
#include "core/Entities.h"
#include "services/RevocationReview.h"

#include <QList>

namespace hocbaso::ui {

// Revocation requests of 6.5 with a tick box per row. Every status of a province runs to tens of
// thousands of requests, so load() reads the first page and the view the next ones as it scrolls
// (keyset paging on school, grade, pupil and id); setRequests() shows a given list whole. Display
// texts that need formatting are made when rows arrive, not in data(). Only pending requests can
// be ticked: a decided one cannot be decided again.
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

    static constexpr int kPageSize = 100;

    explicit RevocationTableModel(QObject* parent = nullptr);

    // The session's services, which load() and the next pages read through; null drops every row.
    void setContext(services::ServiceContext* context);
    // The first page of the filter (its limit and after are ignored), with the counts of every
    // status for its school and grade; ticks survive for requests still listed and pending, read
    // or not. A failure empties the list and returns the service's error.
    Result<QHash<RevocationStatus, qint64>> load(const services::RevocationReview::Filter& filter);
    // A whole list, no more pages. Ticks survive a refresh for the requests still listed and still
    // pending.
    void setRequests(const QList<RevocationListing>& requests);
    void clear();
    const RevocationListing* requestAt(int row) const;
    int rowOfRequest(qint64 id) const;

    // Headers and status texts in the language now in use.
    void retranslate();
    // Who sent the request, as a person reads it: name and role, or "The school's account".
    static QString requesterText(const RevocationListing& l);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idAt(int row) const override { return m_rows.at(row).listing.request.id; }
    bool canCheck(int row) const override { return m_rows.at(row).listing.request.status == RevocationStatus::Pending; }
    Status fetchNextPage() override;
    Result<TaggedIds> fetchCheckableIds() override;

private:
    struct Row;
    static void describe(Row& r);

    struct Row
    {
        RevocationListing listing;
        QString requestedAt; // dd/MM/yyyy HH:mm, local time
        QString requestedBy; // the requester's name and role
        QString status;      // label, with who and when for decided ones
        QString decidedTip;
    };
    static Row makeRow(const RevocationListing& listing);

    services::ServiceContext* m_context = nullptr;
    services::RevocationReview::Filter m_filter; // of the pages read, with the page size as its limit
    QList<Row> m_rows;
};

} // namespace hocbaso::ui
