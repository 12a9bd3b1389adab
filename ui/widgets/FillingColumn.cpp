#include "FillingColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace hocbaso::ui {

FillingColumn::FillingColumn(QTableView* table, int column, int minimum)
    : QObject(table), m_table(table), m_column(column), m_minimum(minimum)
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    // Rows as tall as their wrapped text; pages are short (a hundred rows), so measuring is cheap.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            update();
    });
    update();
}

void FillingColumn::setMinimum(int minimum)
{
    m_minimum = minimum;
    update();
}

void FillingColumn::update()
{
    if (m_updating)
        return;
    m_updating = true;
    const QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int room = m_table->viewport()->width() - others;
    m_table->setColumnWidth(m_column, qMax(m_minimum, room));
    m_updating = false;
}

bool FillingColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace hocbaso::ui
