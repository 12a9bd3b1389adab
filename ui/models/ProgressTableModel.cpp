#include "ProgressTableModel.h"

#include "Palette.h"
#include "core/VietnameseText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace hocbaso::ui {
namespace {

// A school with nothing expected has no share to speak of: it sorts below every real one.
double percentKey(const services::ProgressRow& p)
{
    return p.expected > 0 ? p.percentSent() : -1.0;
}

qint64 numberAt(const services::ProgressRow& p, int column)
{
    switch (column) {
    case ProgressTableModel::ExpectedColumn:
        return p.expected;
    case ProgressTableModel::ConfirmedColumn:
        return p.confirmed;
    case ProgressTableModel::SentColumn:
        return p.sent;
    case ProgressTableModel::NotSentColumn:
        return p.notSent();
    case ProgressTableModel::InvalidSignaturesColumn:
        return p.invalidSignatures;
    default:
        return 0;
    }
}

} // namespace

ProgressTableModel::ProgressTableModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind) {}

void ProgressTableModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    m_rows.clear();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool ProgressTableModel::listsNames() const
{
    return m_kind == Kind::Schools || m_kind == Kind::Units;
}

void ProgressTableModel::setRows(const QList<services::ProgressRow>& rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const services::ProgressRow& p : rows)
        m_rows.append({p, listsNames() ? text::textSortKey(p.schoolName) : QString()});
    endResetModel();
}

void ProgressTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const services::ProgressRow* ProgressTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).progress : nullptr;
}

int ProgressTableModel::rowOfSchool(const QString& schoolCode) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).progress.schoolCode == schoolCode)
            return i;
    }
    return -1;
}

int ProgressTableModel::rowOfGrade(int grade) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).progress.grade == grade)
            return i;
    }
    return -1;
}

QList<services::ProgressRow> ProgressTableModel::rows() const
{
    QList<services::ProgressRow> out;
    out.reserve(m_rows.size());
    for (const Row& r : m_rows)
        out.append(r.progress);
    return out;
}

void ProgressTableModel::setHighlightBelow(double percent)
{
    if (qFuzzyCompare(percent + 1.0, m_highlightBelow + 1.0))
        return;
    m_highlightBelow = percent;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

bool ProgressTableModel::isHighlighted(int row) const
{
    return row >= 0 && row < m_rows.size() && highlighted(m_rows.at(row));
}

bool ProgressTableModel::highlighted(const Row& r) const
{
    return listsNames() && services::Statistics::isBelow(r.progress, m_highlightBelow);
}

void ProgressTableModel::setEmphasizedGrade(int grade)
{
    if (grade == m_emphasizedGrade)
        return;
    m_emphasizedGrade = grade;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::FontRole});
}

void ProgressTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ProgressTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgressTableModel::firstText(const Row& r) const
{
    switch (m_kind) {
    case Kind::Schools:
    case Kind::Units:
        return r.progress.schoolName;
    case Kind::Grades:
        return tr("Grade %1").arg(r.progress.grade);
    case Kind::Totals:
        return r.progress.schoolName.isEmpty() ? tr("Total") : r.progress.schoolName;
    }
    return {};
}

QVariant ProgressTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const services::ProgressRow& p = r.progress;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return listsNames() ? p.schoolCode : QString();
        case NameColumn:
            return firstText(r);
        case PercentColumn:
            // One decimal in the user's notation (58,2% in Vietnamese); nothing expected, no share.
            return p.expected > 0 ? QLocale().toString(p.percentSent(), 'f', 1) + QLatin1Char('%')
                                  : QStringLiteral("–");
        default:
            // With the locale's digit grouping (the item delegate leaves it out of bare numbers):
            // a province counts in hundreds of thousands.
            return QLocale().toString(numberAt(p, column));
        }
    case ValueRole:
        switch (column) {
        case CodeColumn:
            return p.schoolCode;
        case NameColumn:
            return m_kind == Kind::Grades ? QVariant(p.grade) : QVariant(p.schoolName);
        case PercentColumn:
            return p.percentSent();
        default:
            return numberAt(p, column);
        }
    case Qt::TextAlignmentRole:
        if (column >= ExpectedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_kind == Kind::Totals || (m_kind == Kind::Grades && m_emphasizedGrade == p.grade)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (highlighted(r))
            return QBrush(Palette::lowRowBackground());
        if (m_kind == Kind::Totals)
            return QBrush(Palette::totalsBackground());
        return {};
    case Qt::ForegroundRole:
        if (highlighted(r) && column == PercentColumn)
            return QBrush(Palette::lowFigure());
        if (column == InvalidSignaturesColumn && p.invalidSignatures > 0)
            return QBrush(Palette::invalid());
        return {};
    case Qt::ToolTipRole:
        if (m_kind == Kind::Schools && column <= NameColumn)
            return tr("%1 (%2): click to see its grades").arg(p.schoolName, p.schoolCode);
        if (m_kind == Kind::Units && column <= NameColumn)
            return tr("%1: double-click to see its schools").arg(p.schoolName);
        if (highlighted(r))
            return tr("Below %1% sent").arg(QLocale().toString(m_highlightBelow, 'f', 0));
        return {};
    case SchoolCodeRole:
        // A unit's line is not a school: the grades panel only follows schools.
        return m_kind == Kind::Units ? QVariant() : QVariant(p.schoolCode);
    case UnitCodeRole:
        return m_kind == Kind::Units ? QVariant(p.schoolCode) : QVariant();
    case GradeRole:
        return p.grade;
    default:
        return {};
    }
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        // Wrapped: the number columns are sized for their header on two lines (StatisticsPage).
        return QVariant::fromValue((section >= ExpectedColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter |
                                   Qt::TextWordWrap);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExpectedColumn:
            return tr("Records of the school year: one per pupil enrolled");
        case ConfirmedColumn:
            return tr("Confirmed complete and signed by the school (sent ones included)");
        case SentColumn:
            return tr("Sent to the managing unit");
        case NotSentColumn:
            return tr("Expected minus sent");
        case PercentColumn:
            return tr("Sent as a share of expected");
        case InvalidSignaturesColumn:
            return tr("Received records whose signatures failed the verification on receipt");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return m_kind == Kind::Units ? tr("Unit code") : tr("Code");
    case NameColumn:
        if (m_kind == Kind::Units)
            return tr("Unit");
        return m_kind == Kind::Grades ? tr("Grade") : tr("School");
    case ExpectedColumn:
        return tr("Expected");
    case ConfirmedColumn:
        return tr("Confirmed complete");
    case SentColumn:
        return tr("Sent");
    case NotSentColumn:
        return tr("Not sent");
    case PercentColumn:
        return tr("% sent");
    case InvalidSignaturesColumn:
        return tr("Invalid signature");
    default:
        return {};
    }
}

void ProgressTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_kind == Kind::Totals || column < 0 || column >= ColumnCount || m_rows.size() < 2)
        return;
    auto less = [this, column](const Row& a, const Row& b) {
        const services::ProgressRow& x = a.progress;
        const services::ProgressRow& y = b.progress;
        switch (column) {
        case CodeColumn:
            return x.schoolCode < y.schoolCode;
        case NameColumn:
            if (m_kind == Kind::Grades)
                return x.grade < y.grade;
            return a.nameKey < b.nameKey;
        case PercentColumn:
            return percentKey(x) < percentKey(y);
        default:
            return numberAt(x, column) < numberAt(y, column);
        }
    };
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    // Stable both ways, so that equal rows keep the order of the previous sort.
    std::stable_sort(permutation.begin(), permutation.end(), [&](int i, int j) {
        return order == Qt::AscendingOrder ? less(m_rows.at(i), m_rows.at(j)) : less(m_rows.at(j), m_rows.at(i));
    });
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int i = 0; i < permutation.size(); ++i) {
        sorted.append(m_rows.at(permutation.at(i)));
        newRowOf[permutation.at(i)] = i;
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& i : before)
        after.append(index(newRowOf.at(i.row()), i.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace hocbaso::ui
