#include "ProgressChart.h"

#include "Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hocbaso::ui {
namespace {

constexpr int kLabelChars = 28;
constexpr int kChartChrome = 58; // value axis and margins around the bars

QLabel* legendLabel(const QColor& color, QWidget* parent, const char* name)
{
    auto* swatch = new QLabel(parent);
    swatch->setFixedSize(12, 12);
    swatch->setStyleSheet(
        QStringLiteral("background: %1; border: 1px solid %2;").arg(color.name(), Palette::chartSwatchBorder().name()));
    auto* text = new QLabel(parent);
    text->setObjectName(QString::fromLatin1(name));
    auto* row = qobject_cast<QHBoxLayout*>(parent->layout());
    row->addWidget(swatch);
    row->addWidget(text);
    row->addSpacing(10);
    return text;
}

// Words every name starts with ("Trường Tiểu học"): repeating them on every bar only hides the
// part that tells schools apart. At least one word of each name is kept.
int commonLeadingWords(const QList<QStringList>& names)
{
    if (names.size() < 2)
        return 0;
    int common = int(names.first().size());
    for (const QStringList& words : names)
        common = std::min(common, int(words.size()) - 1);
    for (int w = 0; w < common; ++w) {
        for (const QStringList& words : names) {
            if (words.at(w).compare(names.first().at(w), Qt::CaseInsensitive) != 0)
                return w;
        }
    }
    return std::max(common, 0);
}

} // namespace

ProgressChart::ProgressChart(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("legendWidget"));
    auto* legendRow = new QHBoxLayout(legend);
    legendRow->setContentsMargins(4, 0, 4, 0);
    legendRow->setSpacing(5);
    m_sentLegendLabel = legendLabel(Palette::chartSent(), legend, "sentLegendLabel");
    m_confirmedLegendLabel = legendLabel(Palette::chartConfirmed(), legend, "confirmedLegendLabel");
    m_restLegendLabel = legendLabel(Palette::chartRest(), legend, "restLegendLabel");
    legendRow->addStretch(1);
    layout->addWidget(legend);

    m_chart = new QChart();
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 8, 2));
    m_chartView = new QChartView(m_chart);
    m_chartView->setObjectName(QStringLiteral("progressChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("chartScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(m_chartView);
    layout->addWidget(m_scrollArea, 1);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("chartEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::muted().name()));
    layout->addWidget(m_emptyLabel, 1);

    retranslate();
    rebuild();
}

void ProgressChart::setRows(const QList<services::ProgressRow>& rows)
{
    m_rows = rows;
    rebuild();
}

void ProgressChart::clear()
{
    m_rows.clear();
    m_currentSchool.clear();
    rebuild();
}

void ProgressChart::setCurrentSchool(const QString& schoolCode)
{
    if (schoolCode == m_currentSchool)
        return;
    m_currentSchool = schoolCode;
    // Only the labels change: rebuilding here would delete the bar set whose click led here.
    if (!m_categoryAxis)
        return;
    for (int i = 0; i < m_bars.size(); ++i) {
        const QString label = barLabel(i);
        if (label != m_labels.at(i)) {
            m_categoryAxis->replace(m_labels.at(i), label);
            m_labels[i] = label;
        }
    }
}

QString ProgressChart::barLabel(int bar) const
{
    const Bar& b = m_bars.at(bar);
    return !b.code.isEmpty() && b.code == m_currentSchool ? QStringLiteral("\u25B8 ") + m_plainLabels.at(bar)
                                                          : m_plainLabels.at(bar);
}

int ProgressChart::barIndexFromSeriesIndex(int seriesIndex) const
{
    // Horizontal bar series draw their first category at the bottom: the bars go in reversed.
    const int i = int(m_bars.size()) - 1 - seriesIndex;
    return i >= 0 && i < m_bars.size() ? i : -1;
}

void ProgressChart::rebuild()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categoryAxis = nullptr;
    m_bars.clear();
    m_labels.clear();
    m_plainLabels.clear();

    const bool empty = m_rows.isEmpty();
    m_scrollArea->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    if (empty)
        return;

    const qsizetype shown = m_rows.size() > kMaxBars ? kMaxBars - 1 : m_rows.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const services::ProgressRow& r = m_rows.at(i);
        m_bars.append({r.schoolCode, r.schoolName, r.sent, r.confirmed - r.sent, r.expected - r.confirmed});
    }
    if (shown < m_rows.size()) {
        Bar other;
        other.fullName = tr("Other schools (%n)", "", int(m_rows.size() - shown));
        for (qsizetype i = shown; i < m_rows.size(); ++i) {
            const services::ProgressRow& r = m_rows.at(i);
            other.sent += r.sent;
            other.confirmedOnly += r.confirmed - r.sent;
            other.notConfirmed += r.expected - r.confirmed;
        }
        m_bars.append(other);
    }

    QList<QStringList> words;
    for (const Bar& b : std::as_const(m_bars)) {
        if (!b.code.isEmpty())
            words.append(b.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    const int skip = commonLeadingWords(words);
    QSet<QString> used;
    for (const Bar& b : std::as_const(m_bars)) {
        QString text = b.fullName;
        if (!b.code.isEmpty() && skip > 0)
            text = b.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(skip).join(QLatin1Char(' '));
        if (text.size() > kLabelChars)
            text = text.left(kLabelChars - 1).trimmed() + QChar(0x2026);
        // The category axis merges equal labels: two schools of the same name get their codes.
        if (used.contains(text))
            text += QStringLiteral(" (%1)").arg(b.code);
        used.insert(text);
        m_plainLabels.append(text);
    }
    for (int i = 0; i < m_bars.size(); ++i)
        m_labels.append(barLabel(i));

    auto* sent = new QBarSet(m_sentLegendLabel->text());
    auto* confirmed = new QBarSet(m_confirmedLegendLabel->text());
    auto* rest = new QBarSet(m_restLegendLabel->text());
    sent->setColor(Palette::chartSent());
    confirmed->setColor(Palette::chartConfirmed());
    rest->setColor(Palette::chartRest());
    for (QBarSet* set : {sent, confirmed, rest})
        set->setBorderColor(Qt::white);
    QStringList categories;
    qint64 widest = 0;
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        const Bar& b = m_bars.at(i);
        sent->append(double(b.sent));
        confirmed->append(double(b.confirmedOnly));
        rest->append(double(b.notConfirmed));
        categories.append(m_labels.at(i));
        widest = std::max(widest, b.sent + b.confirmedOnly + b.notConfirmed);
    }
    auto* series = new QHorizontalStackedBarSeries();
    series->append(sent);
    series->append(confirmed);
    series->append(rest);
    series->setBarWidth(0.72);
    m_chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis();
    categoryAxis->append(categories);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.0));
    categoryAxis->setLabelsFont(small);
    categoryAxis->setGridLineVisible(false);
    // The names are already shortened above; Qt Charts would otherwise cut them to "..." when it
    // lays the chart out before the scroll area has given it its width.
    categoryAxis->setTruncateLabels(false);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    m_categoryAxis = categoryAxis;

    auto* valueAxis = new QValueAxis();
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setLabelsFont(small);
    valueAxis->setRange(0, double(std::max<qint64>(widest, 1)));
    valueAxis->applyNiceNumbers();
    valueAxis->setGridLineColor(Palette::chartGrid());
    // At the top, where it stays in sight above the first bars.
    m_chart->addAxis(valueAxis, Qt::AlignTop);
    series->attachAxis(valueAxis);

    for (QBarSet* set : {sent, confirmed, rest}) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const int bar = barIndexFromSeriesIndex(index);
            if (bar >= 0 && !m_bars.at(bar).code.isEmpty())
                Q_EMIT schoolClicked(m_bars.at(bar).code);
        });
        connect(set, &QBarSet::hovered, this, &ProgressChart::showBarTip);
    }
    m_chartView->setMinimumHeight(int(m_bars.size()) * kBarHeight + kChartChrome);
}

void ProgressChart::showBarTip(bool hovering, int index)
{
    const int bar = barIndexFromSeriesIndex(index);
    if (!hovering || bar < 0) {
        QToolTip::hideText();
        return;
    }
    const Bar& b = m_bars.at(bar);
    const qint64 expected = b.sent + b.confirmedOnly + b.notConfirmed;
    const QLocale locale;
    const QString percent = expected > 0
                                ? locale.toString(100.0 * double(b.sent) / double(expected), 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("–");
    QToolTip::showText(QCursor::pos(),
                       tr("<b>%1</b><br>Sent: %2 (%3)<br>Confirmed, not sent: %4<br>Not confirmed: %5")
                           .arg(b.fullName.toHtmlEscaped(), locale.toString(b.sent), percent,
                                locale.toString(b.confirmedOnly), locale.toString(b.notConfirmed)),
                       m_chartView);
}

void ProgressChart::retranslate()
{
    m_sentLegendLabel->setText(tr("Sent"));
    m_confirmedLegendLabel->setText(tr("Confirmed, not sent"));
    m_restLegendLabel->setText(tr("Not confirmed"));
    m_emptyLabel->setText(tr("No schools to show."));
}

void ProgressChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace hocbaso::ui
