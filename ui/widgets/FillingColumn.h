#pragma once

#include <QObject>

class QTableView;

namespace hocbaso::ui {

// Gives one column of a table the width the other columns leave, never less than `minimum`
// pixels: the column holding long free text (a school's reason) grows with the window and its
// text wraps, while a narrow window scrolls sideways instead of squeezing it to a sliver, as
// QHeaderView::Stretch would. Rows grow to the wrapped text. Owned by the table.
class FillingColumn : public QObject
{
    Q_OBJECT
public:
    FillingColumn(QTableView* table, int column, int minimum);

    void setMinimum(int minimum);
    // Sizes the column again; call after the other columns changed width.
    void update();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    int m_column;
    int m_minimum;
    bool m_updating = false;
};

} // namespace hocbaso::ui
