// 6.4 statistics for one managing unit (the dataset's: 1,000 schools at province scale), through
// the service, against the same counter query bare on the engine and the naive GROUP BY over every
// record of the year.

#include "Bench.h"

#include "core/Clock.h"
#include "services/Statistics.h"
#include "store/StatsRepository.h"
#include "store/UnitRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

namespace hocbaso::bench {
namespace {

constexpr int kRuns = 20;
constexpr int kNaiveRuns = 10;
constexpr int kWarmUp = 2;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

Registration stats(QStringLiteral("stats"), [](BenchEnv& env) -> QList<Figure> {
    QTextStream err(stderr);
    auto units = store::UnitRepository(env.db).all();
    if (!units || units->isEmpty()) {
        err << "stats: the dataset has no managing unit\n";
        return {};
    }
    const Unit unit = units->first();
    SystemClock clock;
    services::ServiceContext ctx{env.db, clock, {}, {}};
    ctx.actor.username = QStringLiteral("bench");
    ctx.actor.role = Role::Officer;
    ctx.actor.unitId = unit.id;
    services::Statistics statistics(ctx);
    int year = statistics.defaultYear();
    if (auto years = statistics.schoolYears(); years && !years->isEmpty() && !years->contains(year))
        year = years->last();

    QList<double> service;
    qint64 schools = 0;
    for (int i = 0; i < kWarmUp + kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        auto report = statistics.report(year);
        const double ms = msSince(t);
        if (!report) {
            err << "stats: " << report.errorString() << "\n";
            return {};
        }
        schools = report->rows.size();
        if (i >= kWarmUp)
            service.append(ms);
    }

    // The counter query of StatsRepository::bySchool, prepared once and run bare through QSqlQuery.
    QList<double> bare;
    QSqlQuery q(env.db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT s.id, s.code, s.name, COALESCE(sum(c.n), 0), COALESCE(sum(CASE WHEN c.status = 'confirmed' THEN c.n "
        "ELSE 0 END), 0), COALESCE(sum(CASE WHEN c.status = 'sent' THEN c.n ELSE 0 END), 0) FROM schools s LEFT JOIN "
        "record_counts c ON c.school_id = s.id AND c.school_year = ? WHERE s.deleted = FALSE AND s.unit_id = ? "
        "GROUP BY s.id, s.code, s.name, s.name_sort ORDER BY s.name_sort, s.id"));
    for (int i = 0; prepared && i < kWarmUp + kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        q.addBindValue(year);
        q.addBindValue(unit.id);
        if (!q.exec())
            break;
        qint64 total = 0;
        while (q.next())
            total += q.value(3).toLongLong();
        q.finish();
        const double ms = msSince(t);
        if (i >= kWarmUp)
            bare.append(ms);
        Q_UNUSED(total);
    }

    QList<double> naive;
    store::StatsRepository repository(env.db);
    for (int i = 0; i < 1 + kNaiveRuns; ++i) {
        QElapsedTimer t;
        t.start();
        auto counts = repository.countsByScan(unit.id, year, 0);
        const double ms = msSince(t);
        if (!counts)
            break;
        if (i >= 1)
            naive.append(ms);
    }

    err << QStringLiteral("stats: unit %1, %2 schools, year %3: service p50 %4 ms, p95 %5 ms\n")
               .arg(unit.code)
               .arg(schools)
               .arg(year)
               .arg(percentile(service, 0.5), 0, 'f', 3)
               .arg(percentile(service, 0.95), 0, 'f', 3);
    Figure f{QStringLiteral("stats_unit_ms"), percentile(service, 0.95), QStringLiteral("ms"), {}, {}};
    if (!bare.isEmpty())
        f.bare = percentile(bare, 0.95);
    if (!naive.isEmpty())
        f.naive = percentile(naive, 0.95);
    return {f};
});

} // namespace
} // namespace hocbaso::bench
