#pragma once

#include "services/Statistics.h"

#include <QAbstractTableModel>
#include <QList>

namespace hocbaso::ui {

// Rows of 6.4: one per school (or per grade of one school, or the single totals row of the
// footer). A unit has tens of schools (a province about a thousand), so the rows are held; the
// Vietnamese sort key of each name is worked out once per report, never in data() or sort().
class ProgressTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ExpectedColumn,
        ConfirmedColumn,
        SentColumn,
        NotSentColumn,
        PercentColumn,
        InvalidSignaturesColumn, // records whose signatures failed receipt verification
        ColumnCount
    };
    // What a row stands for: it changes the first columns' header and text.
    enum class Kind
    {
        Schools, // one row per school
        Units,   // one row per unit below (a Sở's communes), and one for a unit's own schools
        Grades,  // one row per grade of one school
        Totals   // the footer: one row summing every school
    };
    enum Role
    {
        SchoolCodeRole = Qt::UserRole + 1,
        GradeRole,
        UnitCodeRole, // a unit's line: the unit's code
        // The number behind a cell (qint64, or double for % sent), for sorting and tests.
        ValueRole
    };

    explicit ProgressTableModel(Kind kind = Kind::Schools, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // Schools and units share the page's table: switching empties the rows.
    void setKind(Kind kind);
    void setRows(const QList<services::ProgressRow>& rows);
    void clear();
    const services::ProgressRow* rowAt(int row) const;
    int rowOfSchool(const QString& schoolCode) const;
    int rowOfGrade(int grade) const;
    QList<services::ProgressRow> rows() const;

    // Rows whose share sent is below `percent` get a warning background; 0 turns it off. Rows
    // with nothing expected are never marked: there is nothing to send.
    void setHighlightBelow(double percent);
    double highlightBelow() const { return m_highlightBelow; }
    bool isHighlighted(int row) const;
    // A grade to show in bold in the grade rows (the grade chosen above), 0 for none.
    void setEmphasizedGrade(int grade);
    // Headers and texts in the language now in use.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Names in Vietnamese order, numbers numerically; ties keep the previous order (stable).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        services::ProgressRow progress;
        QString nameKey; // textSortKey of the school name
    };
    QString firstText(const Row& r) const;
    bool listsNames() const; // schools or units: rows with a code and a name
    bool highlighted(const Row& r) const;

    Kind m_kind;
    QList<Row> m_rows;
    double m_highlightBelow = 0;
    int m_emphasizedGrade = 0;
};

} // namespace hocbaso::ui
