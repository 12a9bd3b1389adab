#pragma once

#include "services/LockService.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>
#include <QStyledItemDelegate>

#include <array>
#include <optional>

namespace hocbaso::ui {

// 6.2: the unit's schools, each expanding to grades 1-5 with the receive-lock and revoke-lock dates
// that apply and where each comes from. Grade rows' dates are editable; edits stay pending (marked)
// until the page saves them, so that one [Save] applies a whole screen of changes.
class LockSettingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ReceiveColumn,
        ReceiveSourceColumn,
        RevokeColumn,
        RevokeSourceColumn,
        ColumnCount
    };
    enum Role
    {
        // The date shown (pending or saved), a QDate; invalid when there is none.
        DateRole = Qt::UserRole + 1,
        // "unit", "school" or "" (LockSource as text), what the saved setting comes from.
        SourceRole,
        SchoolCodeRole,
        // 1-5 on grade rows, 0 on school rows.
        GradeRole,
        // The row (or, on a school row, one of its grades) has an unsaved edit.
        PendingRole
    };

    // One grade's unsaved change. A date that is set but invalid means "remove the school's own
    // date" (back to the unit-wide one); nullopt means unchanged.
    struct PendingEdit
    {
        QString schoolCode;
        QString schoolName;
        int grade = 0;
        std::optional<QDate> receive;
        std::optional<QDate> revoke;
        services::EffectiveLock saved;
    };

    explicit LockSettingsModel(QObject* parent = nullptr);

    // Replaces the rows; pending edits of schools and grades still listed are kept when the year
    // is the same, so that a reload after Cách 1 does not throw away Cách 2 work.
    void setLocks(int schoolYear, const QList<services::EffectiveLock>& locks);
    void clear();
    int schoolYear() const { return m_year; }

    bool hasPendingEdits() const;
    QList<PendingEdit> pendingEdits() const;
    void discardPendingEdits();
    // One school's grade (0 = all its grades).
    void discardPendingEdit(const QString& schoolCode, int grade);

    QModelIndex indexOf(const QString& schoolCode, int grade = 0, int column = NameColumn) const;
    // The saved lock of a grade row, null on school rows.
    const services::EffectiveLock* lockAt(const QModelIndex& index) const;
    QList<QPair<QString, QString>> schools() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pendingChanged(bool hasPending);

private:
    struct Grade
    {
        services::EffectiveLock saved;
        std::optional<QDate> receive;
        std::optional<QDate> revoke;
        bool pending() const { return receive || revoke; }
    };
    struct School
    {
        QString code;
        QString name;
        std::array<Grade, 5> grades;
        bool pending() const;
    };

    QVariant schoolData(const School& school, int column, int role) const;
    // A school row's receive or revoke column: the grades' dates in one phrase, and one per grade.
    static QList<QDate> shownDates(const School& school, bool receive);
    static QString summaryText(const School& school, bool receive);
    static QString gradesTip(const School& school, bool receive);
    QVariant gradeData(const Grade& grade, int column, int role) const;
    void emitRowChanged(int schoolRow, int gradeRow);

    int m_year = 0;
    QList<School> m_schools;
};

// Edits a lock date in the tree with a QDateEdit (dd/MM/yyyy, calendar popup) limited to the
// school year. Its lowest value, shown as "—", clears the date; an editor opened and left
// without a change writes nothing, so a glance does not turn the unit's date into the school's.
class LockDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LockDateDelegate(QObject* parent = nullptr);

    void setSchoolYear(int startYear) { m_year = startYear; }
    void setToday(const QDate& today) { m_today = today; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_year = 0;
    QDate m_today;
};

} // namespace hocbaso::ui
