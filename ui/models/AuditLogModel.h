#pragma once

#include "services/AuditLog.h"

#include <QAbstractTableModel>

namespace hocbaso::ui {

// The audit log's rows, newest first, read page after page as the view scrolls (canFetchMore /
// fetchMore): each page starts after the key (time, id) of the last row read, never at an offset,
// so the log stays as quick to page through at a million events as at a hundred.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        ChainColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditLogModel(services::ServiceContext& ctx, QObject* parent = nullptr);

    // Forgets the rows and reads the first page of what `filter` keeps.
    void setFilter(const services::AuditLog::Filter& filter);
    const services::AuditLog::Filter& filter() const { return m_filter; }
    bool hasMore() const { return m_next.has_value(); }
    const AuditEvent& event(int row) const { return m_rows.at(row); }
    // The last reading's refusal or failure; empty when it went well.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // After each page read (or failed).
    void loaded();

private:
    void readPage();

    services::ServiceContext& m_ctx;
    services::AuditLog::Filter m_filter;
    std::optional<services::AuditLog::Cursor> m_next;
    QList<AuditEvent> m_rows;
    QString m_error;
};

} // namespace hocbaso::ui
