#include "RevocationTableModel.h"

#include "AccountNames.h"
#include "Palette.h"
#include "core/DisplayDates.h"

#include <QBrush>
#include <QColor>

namespace hocbaso::ui {
namespace {} // namespace

RevocationTableModel::RevocationTableModel(QObject* parent) : CheckableTableModel(PupilColumn, kPageSize, parent) {}

RevocationTableModel::Row RevocationTableModel::makeRow(const RevocationListing& listing)
{
    Row r;
    r.listing = listing;
    describe(r);
    return r;
}

void RevocationTableModel::setRequests(const QList<RevocationListing>& requests)
{
    beginReset();
    const QHash<qint64, int> previouslyChecked = takeChecks();
    m_rows.clear();
    m_rows.reserve(requests.size());
    for (const RevocationListing& l : requests)
        m_rows.append(makeRow(l));
    setComplete(true);
    keepChecks(previouslyChecked);
    endReset();
    Q_EMIT checkedChanged();
}

void RevocationTableModel::setContext(services::ServiceContext* context)
{
    clear();
    m_context = context;
}

Result<QHash<RevocationStatus, qint64>> RevocationTableModel::load(const services::RevocationReview::Filter& filter)
{
    if (!m_context) {
        clear();
        return QHash<RevocationStatus, qint64>();
    }
    services::RevocationReview review(*m_context);
    services::RevocationReview::Filter first = filter;
    first.limit = pageSize();
    first.after.reset();
    auto rows = review.list(first);
    if (!rows) {
        clear();
        return rows.error();
    }
    // One GROUP BY; the pending count is also how many rows can be ticked in all.
    auto counts = review.countsByStatus(filter.schoolCode, filter.grade);
    if (!counts) {
        clear();
        return counts.error();
    }
    const qint64 checkable =
        !filter.status || *filter.status == RevocationStatus::Pending ? counts->value(RevocationStatus::Pending) : 0;
    beginReset();
    const QHash<qint64, int> previouslyChecked = takeChecks();
    m_filter = first;
    m_rows.clear();
    m_rows.reserve(rows->size());
    for (const RevocationListing& l : std::as_const(*rows))
        m_rows.append(makeRow(l));
    setComplete(rows->size() < pageSize());
    keepChecks(previouslyChecked, checkable);
    endReset();
    Q_EMIT checkedChanged();
    return *counts;
}

Status RevocationTableModel::fetchNextPage()
{
    if (!m_context || m_rows.isEmpty()) {
        setComplete(true);
        return {};
    }
    services::RevocationReview::Filter next = m_filter;
    next.after = m_rows.constLast().listing;
    auto rows = services::RevocationReview(*m_context).list(next);
    if (!rows)
        return rows.error();
    // Settled before the rows are announced, so that views hearing of them see the final state.
    setComplete(rows->size() < pageSize());
    if (rows->isEmpty())
        return {};
    beginAppend(int(rows->size()));
    for (const RevocationListing& l : std::as_const(*rows))
        m_rows.append(makeRow(l));
    endAppend();
    return {};
}

Result<CheckableTableModel::TaggedIds> RevocationTableModel::fetchCheckableIds()
{
    if (!m_context)
        return TaggedIds();
    auto ids = services::RevocationReview(*m_context).pendingIds(m_filter);
    if (!ids)
        return ids.error();
    TaggedIds out;
    out.reserve(ids->size());
    for (qint64 id : std::as_const(*ids))
        out.append({id, 0});
    return out;
}

QString RevocationTableModel::requesterText(const RevocationListing& l)
{
    // A person and their role, not an account's identifier: "Nguyễn Văn An (School)". A request the
    // school's system sent under the school's own name ("school:CODE") is said to be the school's.
    if (!l.requesterName.isEmpty())
        return l.requesterRole ? tr("%1 (%2)").arg(l.requesterName, label(*l.requesterRole)) : l.requesterName;
    if (l.request.requestedBy == QStringLiteral("school:") + l.schoolCode)
        return tr("The school's account");
    return l.request.requestedBy;
}

void RevocationTableModel::describe(Row& r)
{
    const RevocationRequest& q = r.listing.request;
    r.requestedAt = text::dateTimeText(q.requestedAt);
    r.requestedBy = requesterText(r.listing);
    r.status = label(q.status);
    r.decidedTip =
        q.status == RevocationStatus::Pending
            ? QString()
            : tr("%1 by %2 on %3")
                  .arg(r.status, accountText(q.decidedBy, r.listing.deciderName), text::dateTimeText(q.decidedAt));
}

void RevocationTableModel::retranslate()
{
    for (Row& r : m_rows)
        describe(r);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RevocationTableModel::clear()
{
    beginReset();
    m_rows.clear();
    takeChecks();
    setComplete(true);
    m_filter = {};
    endReset();
    Q_EMIT checkedChanged();
}

const RevocationListing* RevocationTableModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).listing : nullptr;
}

int RevocationTableModel::rowOfRequest(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).listing.request.id == id)
            return i;
    }
    return -1;
}

int RevocationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevocationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevocationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const RevocationListing& l = r.listing;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PupilColumn:
            return l.fullName;
        case SchoolColumn:
            return l.schoolName;
        case ClassColumn:
            return l.className;
        case LookupCodeColumn:
            return l.uuid;
        case ReasonColumn:
            return l.request.reason;
        case RequestedAtColumn:
            return r.requestedAt;
        case RequestedByColumn:
            return r.requestedBy;
        case StatusColumn:
            return r.status;
        case NoteColumn:
            return l.request.decisionNote;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return column == PupilColumn ? checkState(index.row()) : QVariant();
    case Qt::ToolTipRole:
        switch (column) {
        case PupilColumn:
            return tr("%1, personal ID %2").arg(l.fullName, l.personalId);
        case SchoolColumn:
            return tr("%1 (%2)").arg(l.schoolName, l.schoolCode);
        case ReasonColumn:
            return l.request.reason;
        case RequestedByColumn:
            // The account itself stays at hand for a phone call to the school's support.
            return l.request.requestedBy;
        case StatusColumn:
            return r.decidedTip;
        case NoteColumn:
            return l.request.decisionNote;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            switch (l.request.status) {
            case RevocationStatus::Pending:
                return QBrush(Palette::pending());
            case RevocationStatus::Approved:
                return QBrush(Palette::approved());
            case RevocationStatus::Rejected:
                return QBrush(Palette::rejected());
            }
        }
        return {};
    case RequestIdRole:
        return l.request.id;
    case LookupCodeRole:
        return l.uuid;
    default:
        return {};
    }
}

QVariant RevocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PupilColumn:
        return tr("Pupil");
    case SchoolColumn:
        return tr("School");
    case ClassColumn:
        return tr("Class");
    case LookupCodeColumn:
        return tr("Lookup code");
    case ReasonColumn:
        return tr("School's reason");
    case RequestedAtColumn:
        return tr("Requested at");
    case RequestedByColumn:
        return tr("Requested by");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Decision note");
    default:
        return {};
    }
}

} // namespace hocbaso::ui
