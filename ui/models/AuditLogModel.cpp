#include "AuditLogModel.h"

#include "core/DisplayDates.h"

#include <QJsonDocument>

namespace hocbaso::ui {

AuditLogModel::AuditLogModel(services::ServiceContext& ctx, QObject* parent) : QAbstractTableModel(parent), m_ctx(ctx)
{}

void AuditLogModel::setFilter(const services::AuditLog::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.after.reset();
    m_rows.clear();
    m_next.reset();
    endResetModel();
    readPage();
}

void AuditLogModel::readPage()
{
    services::AuditLog::Filter f = m_filter;
    f.after = m_next;
    auto page = services::AuditLog(m_ctx).list(f);
    if (!page) {
        m_error = page.errorString();
        m_next.reset();
        Q_EMIT loaded();
        return;
    }
    m_error.clear();
    m_next = page->next;
    if (!page->rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        m_rows += page->rows;
        endInsertRows();
    }
    Q_EMIT loaded();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEvent& e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented));
    // The identifiers the filters and the CSV use, under the titles the column shows.
    if ((role == Qt::ToolTipRole || role == Qt::UserRole) && index.column() == ActionColumn)
        return e.action;
    if ((role == Qt::ToolTipRole || role == Qt::UserRole) && index.column() == EntityColumn)
        return e.entity;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return text::dateTimeSecondsText(e.at);
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return services::AuditLog::actionTitle(e.action);
    case EntityColumn:
        return services::AuditLog::entityTitle(e.entity);
    case EntityIdColumn:
        return e.entityId;
    case ChainColumn:
        return QStringLiteral("%1 / %2").arg(e.chain).arg(e.seq);
    case DetailColumn:
        return e.detail.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Person");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Object");
    case EntityIdColumn:
        return tr("Object ID");
    case ChainColumn:
        return tr("Chain / No.");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_next.has_value();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        readPage();
}

} // namespace hocbaso::ui
