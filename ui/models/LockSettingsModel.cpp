#include "LockSettingsModel.h"

#include "Palette.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "services/LockInheritance.h"

#include <QColor>
#include <QDateEdit>
#include <QFont>

namespace hocbaso::ui {

using services::EffectiveLock;
using services::LockSource;

namespace {

const QString kNone = QStringLiteral("—");

QString dateText(const QDate& d)
{
    return d.isValid() ? text::dayText(d) : kNone;
}

} // namespace

LockSettingsModel::LockSettingsModel(QObject* parent) : QAbstractItemModel(parent) {}

bool LockSettingsModel::School::pending() const
{
    for (const Grade& g : grades) {
        if (g.pending())
            return true;
    }
    return false;
}

void LockSettingsModel::setLocks(int schoolYear, const QList<EffectiveLock>& locks)
{
    const bool hadPending = hasPendingEdits();
    QList<School> old = m_year == schoolYear ? m_schools : QList<School>();
    beginResetModel();
    m_year = schoolYear;
    m_schools.clear();
    for (const EffectiveLock& lock : locks) {
        if (lock.grade < 1 || lock.grade > 5)
            continue;
        if (m_schools.isEmpty() || m_schools.last().code != lock.schoolCode) {
            School s;
            s.code = lock.schoolCode;
            s.name = lock.schoolName;
            for (int g = 0; g < 5; ++g) {
                s.grades[g].saved.schoolCode = s.code;
                s.grades[g].saved.schoolName = s.name;
                s.grades[g].saved.grade = g + 1;
                s.grades[g].saved.schoolYear = schoolYear;
            }
            m_schools.append(s);
        }
        m_schools.last().grades[lock.grade - 1].saved = lock;
    }
    for (const School& o : old) {
        for (School& s : m_schools) {
            if (s.code != o.code)
                continue;
            for (int g = 0; g < 5; ++g) {
                s.grades[g].receive = o.grades[g].receive;
                s.grades[g].revoke = o.grades[g].revoke;
            }
        }
    }
    endResetModel();
    if (hadPending != hasPendingEdits())
        Q_EMIT pendingChanged(hasPendingEdits());
}

void LockSettingsModel::clear()
{
    const bool hadPending = hasPendingEdits();
    beginResetModel();
    m_schools.clear();
    m_year = 0;
    endResetModel();
    if (hadPending)
        Q_EMIT pendingChanged(false);
}

bool LockSettingsModel::hasPendingEdits() const
{
    for (const School& s : m_schools) {
        if (s.pending())
            return true;
    }
    return false;
}

QList<LockSettingsModel::PendingEdit> LockSettingsModel::pendingEdits() const
{
    QList<PendingEdit> out;
    for (const School& s : m_schools) {
        for (const Grade& g : s.grades) {
            if (g.pending())
                out.append({s.code, s.name, g.saved.grade, g.receive, g.revoke, g.saved});
        }
    }
    return out;
}

void LockSettingsModel::discardPendingEdits()
{
    if (!hasPendingEdits())
        return;
    for (School& s : m_schools) {
        for (Grade& g : s.grades) {
            g.receive.reset();
            g.revoke.reset();
        }
    }
    if (!m_schools.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_schools.size()) - 1, ColumnCount - 1));
        for (int i = 0; i < m_schools.size(); ++i) {
            const QModelIndex p = index(i, 0);
            Q_EMIT dataChanged(index(0, 0, p), index(4, ColumnCount - 1, p));
        }
    }
    Q_EMIT pendingChanged(false);
}

void LockSettingsModel::discardPendingEdit(const QString& schoolCode, int grade)
{
    const bool hadPending = hasPendingEdits();
    for (int i = 0; i < m_schools.size(); ++i) {
        if (m_schools[i].code != schoolCode)
            continue;
        for (int g = 0; g < 5; ++g) {
            if (grade != 0 && grade != g + 1)
                continue;
            m_schools[i].grades[g].receive.reset();
            m_schools[i].grades[g].revoke.reset();
            emitRowChanged(i, g);
        }
    }
    if (hadPending != hasPendingEdits())
        Q_EMIT pendingChanged(hasPendingEdits());
}

QModelIndex LockSettingsModel::indexOf(const QString& schoolCode, int grade, int column) const
{
    for (int i = 0; i < m_schools.size(); ++i) {
        if (m_schools[i].code != schoolCode)
            continue;
        const QModelIndex school = index(i, grade == 0 ? column : 0);
        return grade == 0 ? school : index(grade - 1, column, school);
    }
    return {};
}

const EffectiveLock* LockSettingsModel::lockAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_schools[int(index.internalId()) - 1].grades[index.row()].saved;
}

QList<QPair<QString, QString>> LockSettingsModel::schools() const
{
    QList<QPair<QString, QString>> out;
    for (const School& s : m_schools)
        out.append({s.code, s.name});
    return out;
}

// School rows carry internal id 0; grade rows carry their school's row + 1.
QModelIndex LockSettingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_schools.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_schools.size() || row >= 5)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LockSettingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int LockSettingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_schools.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return 5;
    return 0;
}

int LockSettingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant LockSettingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == 0)
        return schoolData(m_schools[index.row()], index.column(), role);
    return gradeData(m_schools[int(index.internalId()) - 1].grades[index.row()], index.column(), role);
}

QVariant LockSettingsModel::schoolData(const School& school, int column, int role) const
{
    const bool dateColumn = column == ReceiveColumn || column == RevokeColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return QStringLiteral("%1 – %2%3")
                .arg(school.code, school.name, school.pending() ? QStringLiteral(" *") : QString());
        if (dateColumn)
            return summaryText(school, column == ReceiveColumn);
        return {};
    case Qt::ToolTipRole:
        if (dateColumn)
            return gradesTip(school, column == ReceiveColumn);
        return {};
    case DateRole: {
        // One date for the school only when every grade shows it.
        if (!dateColumn)
            return {};
        const auto summary = services::GradeDatesSummary::of(shownDates(school, column == ReceiveColumn));
        return summary.kind == services::GradeDatesSummary::Kind::Same ? QVariant(summary.date) : QVariant();
    }
    case Qt::FontRole:
        if (school.pending()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SchoolCodeRole:
        return school.code;
    case GradeRole:
        return 0;
    case PendingRole:
        return school.pending();
    default:
        return {};
    }
}

QList<QDate> LockSettingsModel::shownDates(const School& school, bool receive)
{
    // What each grade row shows: its unsaved edit, else its saved date.
    QList<QDate> dates;
    for (const Grade& g : school.grades) {
        const std::optional<QDate>& edit = receive ? g.receive : g.revoke;
        dates.append(edit ? *edit : (receive ? g.saved.receive : g.saved.revoke));
    }
    return dates;
}

QString LockSettingsModel::summaryText(const School& school, bool receive)
{
    using Kind = services::GradeDatesSummary::Kind;
    const auto summary = services::GradeDatesSummary::of(shownDates(school, receive));
    switch (summary.kind) {
    case Kind::NotSet:
        return tr("Not set");
    case Kind::Same:
        return text::dayText(summary.date);
    case Kind::Differ:
        return tr("%n different date(s)", "", summary.distinctDates);
    case Kind::Partial:
        return tr("Differs by grade");
    }
    return {};
}

QString LockSettingsModel::gradesTip(const School& school, bool receive)
{
    // The collapsed row's dates grade by grade, so that a differing summary can be read without
    // expanding the row.
    const QList<QDate> dates = shownDates(school, receive);
    QStringList lines;
    lines.append(receive ? tr("Receive lock by grade:") : tr("Revoke lock by grade:"));
    for (int i = 0; i < dates.size(); ++i)
        lines.append(tr("Grade %1: %2")
                         .arg(school.grades[i].saved.grade)
                         .arg(dates.at(i).isValid() ? text::dayText(dates.at(i)) : tr("not set")));
    return lines.join(QLatin1Char('\n'));
}

QVariant LockSettingsModel::gradeData(const Grade& grade, int column, int role) const
{
    const bool isReceive = column == ReceiveColumn || column == ReceiveSourceColumn;
    const std::optional<QDate>& edit = isReceive ? grade.receive : grade.revoke;
    const QDate savedDate = isReceive ? grade.saved.receive : grade.saved.revoke;
    const LockSource savedSource = isReceive ? grade.saved.receiveSource : grade.saved.revokeSource;
    const bool dateColumn = column == ReceiveColumn || column == RevokeColumn;
    const bool sourceColumn = column == ReceiveSourceColumn || column == RevokeSourceColumn;
    const QString mark = edit ? QStringLiteral(" *") : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("Grade %1").arg(grade.saved.grade) + (grade.pending() ? QStringLiteral(" *") : QString());
        if (dateColumn)
            return dateText(edit ? *edit : savedDate) + mark;
        if (sourceColumn) {
            // A pending date will be the school's own; a pending clear falls back to the unit's.
            LockSource s = savedSource;
            if (edit)
                s = edit->isValid() ? LockSource::School : LockSource::Unit;
            switch (s) {
            case LockSource::Unit: {
                // Which unit: the school's own or one above it (a commune may take the Sở's date).
                const QString& unitName = isReceive ? grade.saved.receiveUnitName : grade.saved.revokeUnitName;
                return (edit || unitName.isEmpty() ? tr("Unit") : unitName) + mark;
            }
            case LockSource::School:
                return tr("School") + mark;
            case LockSource::None:
                break;
            }
            return kNone + mark;
        }
        return {};
    case Qt::EditRole:
    case DateRole:
        if (dateColumn || sourceColumn)
            return edit ? *edit : savedDate;
        return {};
    case Qt::ToolTipRole:
        if (edit && (dateColumn || sourceColumn))
            return edit->isValid() ? tr("Not saved yet: press Save to apply it.")
                                   : tr("Not saved yet: the school's own date is removed and the unit-wide date "
                                        "applies again when you press Save.");
        if (dateColumn)
            return tr("Double-click or press F2 to change the date; its lowest value \"—\" clears it.");
        return {};
    case Qt::FontRole:
        if (edit || (column == NameColumn && grade.pending())) {
            QFont f;
            f.setBold(true);
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (edit && column != NameColumn)
            // Unsaved rows stand out, as the marker the officer sees before [Save].
            return Palette::unsavedBackground();
        return {};
    case SourceRole:
        if (dateColumn || sourceColumn)
            return services::toText(savedSource);
        return services::toText(grade.saved.source);
    case SchoolCodeRole:
        return grade.saved.schoolCode;
    case GradeRole:
        return grade.saved.grade;
    case PendingRole:
        return column == NameColumn ? grade.pending() : bool(edit);
    default:
        return {};
    }
}

bool LockSettingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index) || index.internalId() == 0)
        return false;
    if (index.column() != ReceiveColumn && index.column() != RevokeColumn)
        return false;
    const int schoolRow = int(index.internalId()) - 1;
    Grade& grade = m_schools[schoolRow].grades[index.row()];
    const bool isReceive = index.column() == ReceiveColumn;
    std::optional<QDate>& edit = isReceive ? grade.receive : grade.revoke;
    const QDate savedDate = isReceive ? grade.saved.receive : grade.saved.revoke;
    const LockSource savedSource = isReceive ? grade.saved.receiveSource : grade.saved.revokeSource;
    const QDate date = value.toDate();
    if (value.isValid() && value.typeId() != QMetaType::QDate && !date.isValid())
        return false;
    const bool hadPending = hasPendingEdits();
    // Only a real change stays pending: the school's own date again, or clearing a date the school
    // does not own, is no edit at all.
    if (date.isValid())
        edit = (savedSource == LockSource::School && date == savedDate) ? std::nullopt : std::optional<QDate>(date);
    else
        edit = savedSource == LockSource::School ? std::optional<QDate>(QDate()) : std::nullopt;
    emitRowChanged(schoolRow, index.row());
    if (hadPending != hasPendingEdits())
        Q_EMIT pendingChanged(hasPendingEdits());
    return true;
}

void LockSettingsModel::emitRowChanged(int schoolRow, int gradeRow)
{
    const QModelIndex school = index(schoolRow, 0);
    Q_EMIT dataChanged(index(gradeRow, 0, school), index(gradeRow, ColumnCount - 1, school));
    Q_EMIT dataChanged(school, index(schoolRow, ColumnCount - 1));
}

Qt::ItemFlags LockSettingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0)
        return f;
    if (index.column() == ReceiveColumn || index.column() == RevokeColumn)
        f |= Qt::ItemIsEditable;
    return f | Qt::ItemNeverHasChildren;
}

QVariant LockSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("School / grade");
    case ReceiveColumn:
        return tr("Receive lock");
    case ReceiveSourceColumn:
        return tr("Receive lock set by");
    case RevokeColumn:
        return tr("Revoke lock");
    case RevokeSourceColumn:
        return tr("Revoke lock set by");
    default:
        return {};
    }
}

// --- LockDateDelegate ------------------------------------------------------------------------

LockDateDelegate::LockDateDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* LockDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("lockDateEdit"));
    edit->setDisplayFormat(text::kDayFormat);
    edit->setCalendarPopup(true);
    const SchoolYear year{m_year};
    // One day before the year is the "no date" value, so the editor can also clear.
    edit->setDateRange(year.firstDay().addDays(-1), year.lastDay());
    edit->setSpecialValueText(kNone);
    connect(edit, &QDateEdit::dateChanged, edit, [edit] { edit->setProperty("touched", true); });
    return edit;
}

void LockDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QDateEdit*>(editor);
    if (!edit)
        return;
    const SchoolYear year{m_year};
    QDate d = index.data(Qt::EditRole).toDate();
    // With no date yet, start from today (within the year) so the calendar opens somewhere useful.
    if (!d.isValid())
        d = m_today.isValid() && year.contains(m_today) ? m_today : year.lastDay();
    const QSignalBlocker blocker(edit);
    edit->setDate(d);
    edit->setProperty("touched", false);
}

void LockDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QDateEdit*>(editor);
    if (!edit || !edit->property("touched").toBool())
        return;
    if (edit->date() == edit->minimumDate())
        model->setData(index, QVariant(), Qt::EditRole);
    else
        model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace hocbaso::ui
