#include "Commands.h"

#include "core/Grades.h"
#include "core/LookupCode.h"
#include "services/Statistics.h"
#include "services/StatsExport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

QJsonObject rowJson(const services::ProgressRow& r)
{
    return QJsonObject{{QStringLiteral("expected"), r.expected},
                       {QStringLiteral("confirmed"), r.confirmed},
                       {QStringLiteral("sent"), r.sent},
                       {QStringLiteral("not_sent"), r.notSent()},
                       {QStringLiteral("percent_sent"), qRound(r.percentSent() * 10) / 10.0}};
}

} // namespace

int cmdStats(CliContext& c)
{
    const Arguments& a = c.args();
    auto grade = c.intOption(QStringLiteral("grade"), 0, kFirstGrade, kLastGrade);
    if (!grade)
        return c.fail(grade.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::Statistics stats(**ctx);
    int year = stats.defaultYear();
    if (a.has(QStringLiteral("year"))) {
        auto y = SchoolYear::parse(a.value(QStringLiteral("year")));
        if (!y)
            return c.fail(y.error());
        year = y->startYear;
    }
    const QString by = a.value(QStringLiteral("by"));
    if (a.has(QStringLiteral("by")) && by != QLatin1String("unit") && by != QLatin1String("school"))
        return c.fail(
            Error::invalid(QCoreApplication::translate("hocbaso::cli", "--by takes unit or school, not %1.").arg(by)));
    const QString unitCode = a.value(QStringLiteral("unit"));
    auto report =
        by == QLatin1String("unit") ? stats.byUnit(year, *grade, unitCode) : stats.report(year, *grade, unitCode);
    if (!report)
        return c.fail(report.error());
    const QDate today = (*ctx)->clock.today();
    if (a.has(QStringLiteral("csv"))) {
        if (auto s = services::StatsExport::toCsv(*report, a.value(QStringLiteral("csv"))); !s)
            return c.fail(s.error());
    }
    if (a.has(QStringLiteral("xlsx"))) {
        if (auto s = services::StatsExport::toXlsx(*report, a.value(QStringLiteral("xlsx")), today); !s)
            return c.fail(s.error());
    }
    if (a.has(QStringLiteral("pdf"))) {
        if (auto s = services::StatsExport::toPdf(*report, a.value(QStringLiteral("pdf")), today); !s)
            return c.fail(s.error());
    }
    if (c.json()) {
        QJsonArray rows;
        const bool units = report->lines == services::ProgressReport::Lines::Units;
        for (const services::ProgressRow& r : report->rows) {
            QJsonObject o = rowJson(r);
            o.insert(units ? QStringLiteral("unit") : QStringLiteral("school"), r.schoolCode);
            o.insert(units ? QStringLiteral("unit_name") : QStringLiteral("school_name"), r.schoolName);
            if (units)
                o.insert(QStringLiteral("own_schools"), r.ownSchools);
            rows.append(o);
        }
        QJsonObject doc{{QStringLiteral("year"), SchoolYear{year}.label()},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("totals"), rowJson(report->totals)}};
        if (*grade > 0)
            doc.insert(QStringLiteral("grade"), *grade);
        return c.printJson(doc);
    }
    c.out() << services::StatsExport::title(*report) << "\n";
    const bool units = report->lines == services::ProgressReport::Lines::Units;
    c.out() << (units ? QCoreApplication::translate("hocbaso::cli", "Unit")
                      : QCoreApplication::translate("hocbaso::cli", "School"))
                   .leftJustified(46)
            << QCoreApplication::translate("hocbaso::cli", "Expected").rightJustified(10)
            << QCoreApplication::translate("hocbaso::cli", "Confirmed").rightJustified(11)
            << QCoreApplication::translate("hocbaso::cli", "Sent").rightJustified(8)
            << QCoreApplication::translate("hocbaso::cli", "Not sent").rightJustified(10)
            << QCoreApplication::translate("hocbaso::cli", "% sent").rightJustified(8) << "\n";
    auto line = [&](const services::ProgressRow& r, const QString& name) {
        c.out() << name.left(45).leftJustified(46) << QString::number(r.expected).rightJustified(10)
                << QString::number(r.confirmed).rightJustified(11) << QString::number(r.sent).rightJustified(8)
                << QString::number(r.notSent()).rightJustified(10)
                << QString::number(r.percentSent(), 'f', 1).rightJustified(8) << "\n";
    };
    for (const services::ProgressRow& r : report->rows)
        line(r, r.schoolCode + QLatin1Char(' ') + r.schoolName);
    line(report->totals, QCoreApplication::translate("hocbaso::cli", "Total"));
    return Done;
}

} // namespace hocbaso::cli
