#include "RevocationTableModel.h"

#include <QBrush>
#include <QColor>

namespace hocbaso::ui {
namespace {

const QString kDateTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

RevocationTableModel::RevocationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RevocationTableModel::setRequests(const QList<RevocationListing>& requests)
{
    beginResetModel();
    const QSet<qint64> previouslyChecked = m_checked;
    m_rows.clear();
    m_checked.clear();
    m_checkable = 0;
    m_rows.reserve(requests.size());
    for (const RevocationListing& l : requests) {
        Row r;
        r.listing = l;
        describe(r);
        if (l.request.status == RevocationStatus::Pending) {
            ++m_checkable;
            if (previouslyChecked.contains(l.request.id))
                m_checked.insert(l.request.id);
        }
        m_rows.append(r);
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

void RevocationTableModel::describe(Row& r)
{
    const RevocationRequest& q = r.listing.request;
    r.requestedAt = q.requestedAt.toLocalTime().toString(kDateTimeFormat);
    r.status = label(q.status);
    r.decidedTip =
        q.status == RevocationStatus::Pending
            ? QString()
            : tr("%1 by %2 on %3").arg(r.status, q.decidedBy, q.decidedAt.toLocalTime().toString(kDateTimeFormat));
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
    beginResetModel();
    m_rows.clear();
    m_checked.clear();
    m_checkable = 0;
    endResetModel();
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

bool RevocationTableModel::isCheckable(int row) const
{
    const RevocationListing* l = requestAt(row);
    return l && l->request.status == RevocationStatus::Pending;
}

void RevocationTableModel::setChecked(int row, bool checked)
{
    if (!isCheckable(row))
        return;
    const qint64 id = m_rows.at(row).listing.request.id;
    if (checked == m_checked.contains(id))
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const QModelIndex i = index(row, PupilColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void RevocationTableModel::setAllChecked(bool checked)
{
    bool changed = false;
    for (const Row& r : std::as_const(m_rows)) {
        if (r.listing.request.status != RevocationStatus::Pending)
            continue;
        const qint64 id = r.listing.request.id;
        if (checked && !m_checked.contains(id)) {
            m_checked.insert(id);
            changed = true;
        } else if (!checked && m_checked.remove(id)) {
            changed = true;
        }
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(0, PupilColumn), index(int(m_rows.size()) - 1, PupilColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QList<qint64> RevocationTableModel::checkedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_checked.size());
    for (const Row& r : m_rows) {
        if (m_checked.contains(r.listing.request.id))
            ids.append(r.listing.request.id);
    }
    return ids;
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
            return l.request.requestedBy;
        case StatusColumn:
            return r.status;
        case NoteColumn:
            return l.request.decisionNote;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == PupilColumn && l.request.status == RevocationStatus::Pending)
            return m_checked.contains(l.request.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case PupilColumn:
            return tr("%1, personal ID %2").arg(l.fullName, l.personalId);
        case SchoolColumn:
            return tr("%1 (%2)").arg(l.schoolName, l.schoolCode);
        case ReasonColumn:
            return l.request.reason;
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
                return QBrush(QColor(0x9A, 0x5B, 0x00));
            case RevocationStatus::Approved:
                return QBrush(QColor(0x1B, 0x6E, 0x20));
            case RevocationStatus::Rejected:
                return QBrush(QColor(0x8A, 0x1C, 0x14));
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

bool RevocationTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != PupilColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isCheckable(index.row()))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags RevocationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PupilColumn && isCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
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
