#pragma once

#include "Statistics.h"

namespace hocbaso::services {

// Exports of 6.4: the table as .csv (UTF-8 with BOM, so that Excel shows Vietnamese), .xlsx
// (real numbers, a header row, widths, a totals row, the unit, year and date in the title) and
// PDF (A4 landscape: table and chart). PDF needs a QGuiApplication.
class StatsExport
{
public:
    static Status toCsv(const ProgressReport& report, const QString& path);
    static Status toXlsx(const ProgressReport& report, const QString& path, const QDate& today);
    static Status toPdf(const ProgressReport& report, const QString& path, const QDate& today);
    static QString title(const ProgressReport& report);
};

} // namespace hocbaso::services
