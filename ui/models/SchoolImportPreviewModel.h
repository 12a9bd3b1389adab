#pragma once

#include "services/SchoolImportPlan.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace hocbaso::ui {

// The rows of a school list file as the import would treat them, line by line, for the preview
// shown before anything is written. 10,000 rows are held as the plan gives them.
class SchoolImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        CodeColumn,
        NameColumn,
        UnitColumn,
        ActionColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int ActionRole = Qt::UserRole + 1; // the step's SchoolImportAction as int

    explicit SchoolImportPreviewModel(QObject* parent = nullptr);

    void setPlan(const services::SchoolImportPlan& plan);
    void clear();
    // The row of a file line, or -1.
    int rowOfLine(int line) const;
    // The file's own errors that belong to no row (a missing column, an unreadable file).
    const QStringList& fileErrors() const { return m_fileErrors; }

    static QString actionLabel(services::SchoolImportAction action);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One line of the file: a step of the plan, or a line the file reader already refused (those
    // have no step, only an error).
    struct Row
    {
        int line = 0;
        QString code;
        QString name;
        QString unitCode;
        services::SchoolImportAction action = services::SchoolImportAction::Refused;
        QString detail; // worked out once, not per paint
    };
    QList<Row> m_rows;
    QStringList m_fileErrors;
};

// Shows one kind of step (or every kind), for "show only the refused lines".
class SchoolImportActionFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Empty: every row.
    void setAction(std::optional<services::SchoolImportAction> action);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<services::SchoolImportAction> m_action;
};

} // namespace hocbaso::ui
