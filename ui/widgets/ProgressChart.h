#pragma once

#include "services/Statistics.h"

#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QScrollArea;
class QValueAxis;

namespace hocbaso::ui {

// 6.4's chart: one horizontal bar per school, stacked as sent / confirmed but not sent / not
// confirmed. Bars keep a fixed height and the chart scrolls, so that 60 schools stay readable;
// past kMaxBars the remaining schools share one "Other schools" bar. The legend sits outside the
// scrolling part so that it is always visible.
class ProgressChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 150;
    static constexpr int kBarHeight = 22;

    explicit ProgressChart(QWidget* parent = nullptr);

    // Rows in the order to show them, top to bottom (the table's order).
    void setRows(const QList<services::ProgressRow>& rows);
    void clear();
    // The bar labels, top to bottom (for tests and the screen reader).
    QStringList barLabels() const { return m_labels; }
    // Marks the bar of this school (the table's current school); empty for none.
    void setCurrentSchool(const QString& schoolCode);

Q_SIGNALS:
    void schoolClicked(const QString& schoolCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Bar
    {
        QString code; // empty for "Other schools"
        QString fullName;
        qint64 sent = 0;
        qint64 confirmedOnly = 0;
        qint64 notConfirmed = 0;
    };
    void rebuild();
    void retranslate();
    void showBarTip(bool hovering, int index);
    int barIndexFromSeriesIndex(int seriesIndex) const;
    QString barLabel(int bar) const;

    QLabel* m_sentLegendLabel = nullptr;
    QLabel* m_confirmedLegendLabel = nullptr;
    QLabel* m_restLegendLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QList<services::ProgressRow> m_rows;
    QList<Bar> m_bars;
    QStringList m_plainLabels; // without the current-school mark
    QStringList m_labels;      // as shown
    QString m_currentSchool;
};

} // namespace hocbaso::ui
