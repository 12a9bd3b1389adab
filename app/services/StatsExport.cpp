#include "StatsExport.h"

#include "core/DisplayDates.h"
#include "core/LookupCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace hocbaso::services {
namespace {

// The first two columns name what a line is: a school, or a unit in a report by unit.
QStringList headers(const ProgressReport& r)
{
    const bool units = r.lines == ProgressReport::Lines::Units;
    return {units ? QCoreApplication::translate("hocbaso::services::StatsExport", "Unit code")
                  : QCoreApplication::translate("hocbaso::services::StatsExport", "School code"),
            units ? QCoreApplication::translate("hocbaso::services::StatsExport", "Unit")
                  : QCoreApplication::translate("hocbaso::services::StatsExport", "School"),
            QCoreApplication::translate("hocbaso::services::StatsExport", "Expected"),
            QCoreApplication::translate("hocbaso::services::StatsExport", "Confirmed complete"),
            QCoreApplication::translate("hocbaso::services::StatsExport", "Sent"),
            QCoreApplication::translate("hocbaso::services::StatsExport", "Not sent"),
            QCoreApplication::translate("hocbaso::services::StatsExport", "% sent")};
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

struct WorkbookCloser
{
    void operator()(lxw_workbook* w) const
    {
        if (w)
            workbook_close(w);
    }
};

} // namespace

QString StatsExport::title(const ProgressReport& r)
{
    QString t = QCoreApplication::translate("hocbaso::services::StatsExport",
                                            "Progress of digital school records, school year %1")
                    .arg(SchoolYear{r.schoolYear}.label());
    if (r.grade > 0)
        t += QCoreApplication::translate("hocbaso::services::StatsExport", ", grade %1").arg(r.grade);
    if (r.lines == ProgressReport::Lines::Units)
        t += QCoreApplication::translate("hocbaso::services::StatsExport", ", by unit");
    if (!r.unitName.isEmpty())
        t += QStringLiteral(" — ") + r.unitName;
    return t;
}

Status StatsExport::toCsv(const ProgressReport& r, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(QCoreApplication::translate("hocbaso::services::StatsExport", "Cannot write %1: %2")
                                  .arg(path, f.errorString()));
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel reads UTF-8 only with it
    out += headers(r).join(QLatin1Char(',')).toUtf8() + "\r\n";
    auto line = [&](const ProgressRow& row, const QString& code, const QString& name) {
        QStringList fields{csvField(code),
                           csvField(name),
                           QString::number(row.expected),
                           QString::number(row.confirmed),
                           QString::number(row.sent),
                           QString::number(row.notSent()),
                           QString::number(row.percentSent(), 'f', 1)};
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    for (const ProgressRow& row : r.rows)
        line(row, row.schoolCode, row.schoolName);
    line(r.totals, QString(), QCoreApplication::translate("hocbaso::services::StatsExport", "Total"));
    f.write(out);
    if (!f.commit())
        return Error::storage(QCoreApplication::translate("hocbaso::services::StatsExport", "Cannot write %1: %2")
                                  .arg(path, f.errorString()));
    return {};
}

Status StatsExport::toXlsx(const ProgressReport& r, const QString& path, const QDate& today)
{
    const QByteArray file = QFile::encodeName(path);
    std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new(file.constData()));
    if (!wb)
        return Error::storage(
            QCoreApplication::translate("hocbaso::services::StatsExport", "Cannot write %1.").arg(path));
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), nullptr);
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(wb.get());
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F1);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* percent = workbook_add_format(wb.get());
    format_set_num_format(percent, "0.0");
    lxw_format* totalNum = workbook_add_format(wb.get());
    format_set_bold(totalNum);
    lxw_format* totalPercent = workbook_add_format(wb.get());
    format_set_bold(totalPercent);
    format_set_num_format(totalPercent, "0.0");

    const QByteArray titleText = title(r).toUtf8();
    worksheet_write_string(ws, 0, 0, titleText.constData(), bold);
    const QByteArray dated =
        QCoreApplication::translate("hocbaso::services::StatsExport", "Made on %1").arg(text::dayText(today)).toUtf8();
    worksheet_write_string(ws, 1, 0, dated.constData(), nullptr);
    const QStringList h = headers(r);
    for (int c = 0; c < h.size(); ++c) {
        const QByteArray text = h.at(c).toUtf8();
        worksheet_write_string(ws, 3, lxw_col_t(c), text.constData(), header);
    }
    lxw_row_t row = 4;
    auto write = [&](const ProgressRow& p, const QString& code, const QString& name, bool total) {
        const QByteArray c = code.toUtf8(), n = name.toUtf8();
        worksheet_write_string(ws, row, 0, c.constData(), total ? bold : nullptr);
        worksheet_write_string(ws, row, 1, n.constData(), total ? bold : nullptr);
        lxw_format* num = total ? totalNum : nullptr;
        worksheet_write_number(ws, row, 2, double(p.expected), num);
        worksheet_write_number(ws, row, 3, double(p.confirmed), num);
        worksheet_write_number(ws, row, 4, double(p.sent), num);
        worksheet_write_number(ws, row, 5, double(p.notSent()), num);
        worksheet_write_number(ws, row, 6, p.percentSent(), total ? totalPercent : percent);
        ++row;
    };
    for (const ProgressRow& p : r.rows)
        write(p, p.schoolCode, p.schoolName, false);
    write(r.totals, QString(), QCoreApplication::translate("hocbaso::services::StatsExport", "Total"), true);
    worksheet_set_column(ws, 0, 0, 11, nullptr);
    worksheet_set_column(ws, 1, 1, 44, nullptr);
    worksheet_set_column(ws, 2, 6, 14, nullptr);
    worksheet_freeze_panes(ws, 4, 2);
    const lxw_error err = workbook_close(wb.release());
    if (err != LXW_NO_ERROR)
        return Error::storage(QCoreApplication::translate("hocbaso::services::StatsExport", "Cannot write %1: %2")
                                  .arg(path, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

Status StatsExport::toPdf(const ProgressReport& r, const QString& path, const QDate& today)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::internal(
            QCoreApplication::translate("hocbaso::services::StatsExport", "PDF export needs the graphical subsystem."));
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setTitle(title(r));
    pdf.setCreator(QStringLiteral("hocbaso"));
    pdf.setResolution(150);
    QPainter p;
    if (!p.begin(&pdf))
        return Error::storage(
            QCoreApplication::translate("hocbaso::services::StatsExport", "Cannot write %1.").arg(path));
    const QRect page = p.viewport();
    const int w = page.width();
    QFont base(QStringLiteral("DejaVu Sans"), 9);
    QFont bold = base;
    bold.setBold(true);
    QFont big = bold;
    big.setPointSize(13);
    int y = 0;
    auto newPageIfNeeded = [&](int needed) {
        if (y + needed > page.height()) {
            pdf.newPage();
            y = 0;
        }
    };
    p.setFont(big);
    const int titleH = QFontMetrics(big, &pdf).height();
    p.drawText(QRect(0, y, w, titleH * 2), Qt::AlignLeft | Qt::TextWordWrap, title(r));
    y += titleH * 2;
    p.setFont(base);
    const int lineH = QFontMetrics(base, &pdf).height() + 8;
    p.drawText(QRect(0, y, w, lineH), Qt::AlignLeft,
               QCoreApplication::translate("hocbaso::services::StatsExport", "Made on %1").arg(text::dayText(today)));
    y += lineH * 2;

    // Chart: one bar per school (sent, confirmed not yet sent, not confirmed), the 30 lowest
    // percentages first when there are many schools, so the ones that need a call stand out.
    QList<ProgressRow> chartRows = r.rows;
    std::sort(chartRows.begin(), chartRows.end(),
              [](const ProgressRow& a, const ProgressRow& b) { return a.percentSent() < b.percentSent(); });
    if (chartRows.size() > 30)
        chartRows = chartRows.mid(0, 30);
    const int labelW = w / 3;
    const int barH = lineH;
    newPageIfNeeded(barH * (int(chartRows.size()) + 3));
    p.setFont(bold);
    p.drawText(QRect(0, y, w, lineH), Qt::AlignLeft,
               r.rows.size() > chartRows.size()
                   ? QCoreApplication::translate("hocbaso::services::StatsExport",
                                                 "Schools with the lowest share sent (%1 of %2)")
                         .arg(chartRows.size())
                         .arg(r.rows.size())
                   : QCoreApplication::translate("hocbaso::services::StatsExport", "Records per school"));
    y += lineH;
    p.setFont(base);
    const QColor sentColor(0x2E, 0x7D, 0x32), confirmedColor(0xF9, 0xA8, 0x25), restColor(0xCF, 0xD8, 0xDC);
    for (const ProgressRow& row : chartRows) {
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, labelW - 10, barH), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetrics(base, &pdf).elidedText(row.schoolName, Qt::ElideRight, labelW - 10));
        const int full = w - labelW - 120;
        if (row.expected > 0) {
            const int sentW = int(double(full) * double(row.sent) / double(row.expected));
            const int confW = int(double(full) * double(row.confirmed - row.sent) / double(row.expected));
            p.fillRect(QRect(labelW, y + 3, sentW, barH - 6), sentColor);
            p.fillRect(QRect(labelW + sentW, y + 3, confW, barH - 6), confirmedColor);
            p.fillRect(QRect(labelW + sentW + confW, y + 3, full - sentW - confW, barH - 6), restColor);
        }
        p.drawText(QRect(labelW + full + 10, y, 110, barH), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 %").arg(row.percentSent(), 0, 'f', 1));
        y += barH;
    }
    // Legend.
    int lx = labelW;
    for (const auto& [color, text] :
         {std::pair<QColor, QString>{sentColor, QCoreApplication::translate("hocbaso::services::StatsExport", "Sent")},
          {confirmedColor, QCoreApplication::translate("hocbaso::services::StatsExport", "Confirmed, not sent")},
          {restColor, QCoreApplication::translate("hocbaso::services::StatsExport", "Not confirmed")}}) {
        p.fillRect(QRect(lx, y + 6, barH - 12, barH - 12), color);
        p.drawText(QRect(lx + barH, y, 400, barH), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 450;
    }
    y += lineH * 2;

    // Table.
    const QStringList h = headers(r);
    const QList<double> widths{0.09, 0.39, 0.1, 0.12, 0.1, 0.1, 0.1};
    auto drawRow = [&](const QStringList& cells, bool isHeader) {
        newPageIfNeeded(lineH);
        int x = 0;
        p.setFont(isHeader ? bold : base);
        if (isHeader)
            p.fillRect(QRect(0, y, w, lineH), QColor(0xDC, 0xE6, 0xF1));
        for (int c = 0; c < cells.size(); ++c) {
            const int cw = int(widths.at(c) * w);
            const Qt::Alignment a = c >= 2 ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter);
            p.drawText(QRect(x + 6, y, cw - 12, lineH), a,
                       QFontMetrics(p.font(), &pdf).elidedText(cells.at(c), Qt::ElideRight, cw - 12));
            x += cw;
        }
        p.setPen(QColor(0xB0, 0xB0, 0xB0));
        p.drawLine(0, y + lineH, w, y + lineH);
        p.setPen(Qt::black);
        y += lineH;
    };
    auto cells = [](const ProgressRow& row, const QString& code, const QString& name) {
        return QStringList{code,
                           name,
                           QString::number(row.expected),
                           QString::number(row.confirmed),
                           QString::number(row.sent),
                           QString::number(row.notSent()),
                           QString::number(row.percentSent(), 'f', 1)};
    };
    drawRow(h, true);
    for (const ProgressRow& row : r.rows)
        drawRow(cells(row, row.schoolCode, row.schoolName), false);
    drawRow(cells(r.totals, QString(), QCoreApplication::translate("hocbaso::services::StatsExport", "Total")), true);
    p.end();
    return {};
}

} // namespace hocbaso::services
