#include "SchoolImportPreviewModel.h"

#include "Palette.h"

#include <QSet>

#include <algorithm>

namespace hocbaso::ui {

SchoolImportPreviewModel::SchoolImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

QString SchoolImportPreviewModel::actionLabel(services::SchoolImportAction action)
{
    switch (action) {
    case services::SchoolImportAction::Add:
        return tr("New");
    case services::SchoolImportAction::Update:
        return tr("Updated");
    case services::SchoolImportAction::Unchanged:
        return tr("No change");
    case services::SchoolImportAction::Refused:
        return tr("Refused");
    }
    return {};
}

void SchoolImportPreviewModel::setPlan(const services::SchoolImportPlan& plan)
{
    beginResetModel();
    m_rows.clear();
    m_fileErrors.clear();
    m_rows.reserve(plan.steps.size());
    QSet<int> stepLines;
    for (const services::SchoolImportStep& step : plan.steps) {
        m_rows.append(
            {step.line, step.school.code, step.school.name, step.school.unitCode, step.action, step.description()});
        stepLines.insert(step.line);
    }
    // The reader's own refusals (an empty name, a code twice): a line with no step. Several errors
    // on one line read as one sentence each.
    QHash<int, int> rowOfErrorLine;
    for (const services::SchoolImportError& e : plan.errors) {
        if (e.line <= 0) {
            m_fileErrors.append(e.message);
            continue;
        }
        if (stepLines.contains(e.line))
            continue;
        if (auto it = rowOfErrorLine.constFind(e.line); it != rowOfErrorLine.cend()) {
            m_rows[*it].detail += QLatin1Char(' ') + e.message;
            continue;
        }
        rowOfErrorLine.insert(e.line, int(m_rows.size()));
        m_rows.append({e.line, {}, {}, {}, services::SchoolImportAction::Refused, e.message});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.line < b.line; });
    endResetModel();
}

void SchoolImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fileErrors.clear();
    endResetModel();
}

int SchoolImportPreviewModel::rowOfLine(int line) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), line, [](const Row& r, int l) { return r.line < l; });
    return it != m_rows.cend() && it->line == line ? int(it - m_rows.cbegin()) : -1;
}

int SchoolImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchoolImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == ActionRole)
        return int(r.action);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return role == Qt::DisplayRole ? QVariant(r.line) : QVariant();
        case CodeColumn:
            return r.code;
        case NameColumn:
            return r.name;
        case UnitColumn:
            return r.unitCode;
        case ActionColumn:
            return actionLabel(r.action);
        case DetailColumn:
            return r.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ActionColumn) {
        switch (r.action) {
        case services::SchoolImportAction::Add:
            return Palette::approved();
        case services::SchoolImportAction::Update:
            return Palette::pending();
        case services::SchoolImportAction::Unchanged:
            return Palette::muted();
        case services::SchoolImportAction::Refused:
            return Palette::rejected();
        }
    }
    if (role == Qt::ForegroundRole && r.action == services::SchoolImportAction::Refused &&
        index.column() == DetailColumn)
        return Palette::rejected();
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SchoolImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("School code");
    case NameColumn:
        return tr("School name");
    case UnitColumn:
        return tr("Managing unit");
    case ActionColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

void SchoolImportActionFilter::setAction(std::optional<services::SchoolImportAction> action)
{
    m_action = action;
    invalidateFilter();
}

bool SchoolImportActionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_action)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(SchoolImportPreviewModel::ActionRole).toInt() ==
           int(*m_action);
}

} // namespace hocbaso::ui
