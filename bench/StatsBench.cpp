// 6.4 statistics as the province's Sở sees them (the dataset's Sở above its communes: 1,000 schools
// at province scale), through the service, against the same counter query bare on the engine and
// the naive GROUP BY over every record of the year.
// stats_unit_ms: Statistics::byUnit, what the Sở's 6.4 page opens with (one line per commune);
// bare: the counters summed per commune in one statement. stats_unit_schools_ms: Statistics::report,
// one line per school of the province (the page's school view); bare: StatsRepository::bySchool's
// statement. naive (both): GROUP BY school, grade, status over the records of the year.

#include "Bench.h"

#include "core/Clock.h"
#include "services/Statistics.h"
#include "store/StatsRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace hocbaso::bench {
namespace {

constexpr int kRuns = 20;
constexpr int kNaiveRuns = 10;
constexpr int kWarmUp = 2;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The schools of the unit and of the units below it, as the store's statements say it.
const QString kUnitsUnder =
    QStringLiteral("IN (WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT "
                   "u.id FROM units u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)");
const QString kSums =
    QStringLiteral("COALESCE(sum(c.n), 0), COALESCE(sum(CASE WHEN c.status = 'confirmed' THEN c.n ELSE 0 END), 0), "
                   "COALESCE(sum(CASE WHEN c.status = 'sent' THEN c.n ELSE 0 END), 0)");

// p95 of `runs` timed calls after the warm-up; empty when a call fails.
QList<double> timed(int runs, const std::function<bool()>& call)
{
    QList<double> ms;
    for (int i = 0; i < kWarmUp + runs; ++i) {
        QElapsedTimer t;
        t.start();
        const bool ok = call();
        const double elapsed = msSince(t);
        if (!ok)
            return {};
        if (i >= kWarmUp)
            ms.append(elapsed);
    }
    return ms;
}

// A statement prepared once and run bare through QSqlQuery, its rows read.
QList<double> bareRuns(store::Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return {};
    return timed(kRuns, [&] {
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return false;
        qint64 total = 0;
        while (q.next())
            total += q.value(1).toLongLong();
        q.finish();
        return total >= 0;
    });
}

Registration stats(QStringLiteral("stats"), [](BenchEnv& env) -> QList<Figure> {
    QTextStream err(stderr);
    const std::optional<Unit> so = provinceUnit(env.db, QStringLiteral("stats"), err);
    if (!so)
        return {};
    SystemClock clock;
    services::ServiceContext ctx{env.db, clock, officerOf(env.db, *so), {}};
    services::Statistics statistics(ctx);
    int year = statistics.defaultYear();
    if (auto years = statistics.schoolYears(); years && !years->isEmpty() && !years->contains(year))
        year = years->last();

    qsizetype communes = 0, schools = 0;
    const QList<double> byUnit = timed(kRuns, [&] {
        auto report = statistics.byUnit(year);
        mustSucceed(report, "Statistics::byUnit");
        communes = report->rows.size();
        return true;
    });
    const QList<double> bySchool = timed(kRuns, [&] {
        auto report = statistics.report(year);
        mustSucceed(report, "Statistics::report");
        schools = report->rows.size();
        return true;
    });

    // The counters of the province summed per unit in the engine (what byUnit adds up in the program).
    const QList<double> bareByUnit = bareRuns(
        env.db,
        QStringLiteral("SELECT s.unit_id, ") + kSums +
            QStringLiteral(" FROM schools s LEFT JOIN record_counts c ON c.school_id = s.id AND c.school_year = ? "
                           "WHERE s.deleted = FALSE AND s.unit_id ") +
            kUnitsUnder + QStringLiteral(" GROUP BY s.unit_id"),
        {year, so->id});
    // StatsRepository::bySchool's statement.
    const QList<double> bareBySchool = bareRuns(
        env.db,
        QStringLiteral("SELECT s.id, ") + kSums +
            QStringLiteral(", s.code, s.name, s.unit_id FROM schools s LEFT JOIN record_counts c ON c.school_id = s.id "
                           "AND c.school_year = ? WHERE s.deleted = FALSE AND s.unit_id ") +
            kUnitsUnder +
            QStringLiteral(" GROUP BY s.id, s.code, s.name, s.name_sort, s.unit_id ORDER BY s.name_sort, s.id"),
        {year, so->id});

    store::StatsRepository repository(env.db);
    QList<double> naive;
    for (int i = 0; i < 1 + kNaiveRuns; ++i) {
        QElapsedTimer t;
        t.start();
        auto counts = repository.countsByScan(so->id, year, 0);
        const double ms = msSince(t);
        if (!counts)
            break;
        if (i >= 1)
            naive.append(ms);
    }

    err << QStringLiteral("stats: as an officer of %1, year %2: by unit (%3 lines) p50 %4 ms, p95 %5 ms; by school "
                          "(%6 lines) p50 %7 ms, p95 %8 ms; naive scan p50 %9 ms\n")
               .arg(so->code)
               .arg(year)
               .arg(communes)
               .arg(percentile(byUnit, 0.5), 0, 'f', 3)
               .arg(percentile(byUnit, 0.95), 0, 'f', 3)
               .arg(schools)
               .arg(percentile(bySchool, 0.5), 0, 'f', 3)
               .arg(percentile(bySchool, 0.95), 0, 'f', 3)
               .arg(percentile(naive, 0.5), 0, 'f', 3);
    const auto figure = [&](const char* name, const QList<double>& service, const QList<double>& bare) {
        Figure f{QString::fromLatin1(name), percentile(service, 0.95), QStringLiteral("ms"), {}, {}};
        if (!bare.isEmpty())
            f.bare = percentile(bare, 0.95);
        if (!naive.isEmpty())
            f.naive = percentile(naive, 0.95);
        return f;
    };
    return {figure("stats_unit_ms", byUnit, bareByUnit), figure("stats_unit_schools_ms", bySchool, bareBySchool)};
});

} // namespace
} // namespace hocbaso::bench
