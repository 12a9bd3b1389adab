// hocbaso-bench: builds the province dataset and measures the program against the budget of
// ARCHITECTURE.md. Prints ratios-ready figures (value beside bare-engine and naive versions).

#include "Bench.h"

#include "core/Clock.h"
#include "services/CentralDataset.h"
#include "services/DemoGenerator.h"
#include "services/StoreSetup.h"
#include "store/BulkLoad.h"
#include "store/MetaRepository.h"
#include "store/PartitionedLayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace hocbaso;

namespace {

int buildDataset(const QString& path, int schools, qint64 records, QTextStream& err)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto db = services::StoreSetup::open(store::ConnectionSpec::sqlite(path), clock);
    if (!db) {
        err << db.errorString() << "\n";
        return 1;
    }
    // A throwaway file being filled once: no journal, no syncs. It is switched back to WAL after.
    for (const char* p : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"})
        logIfFailed((*db)->execDirect(QString::fromLatin1(p)), p);
    services::ServiceContext ctx{**db, clock, services::Actor::systemActor(), {}};
    services::DemoOptions o = services::provinceDemoOptions(100, schools, records);
    int lastPercent = -1;
    o.progress = [&](int percent, const QString&) {
        if (percent / 10 != lastPercent / 10)
            err << percent << "% (" << timer.elapsed() / 1000.0 << " s) " << Qt::flush;
        lastPercent = percent;
    };
    // The generator's rows, whose CHECK constraints the tests' demos keep verifying.
    store::BulkLoad bulk(**db, store::BulkLoad::Checks::Skip);
    if (auto s = bulk.begin(); !s) {
        err << s.errorString() << "\n";
        return 1;
    }
    services::DemoGenerator generator(ctx, o);
    auto summary = generator.run();
    if (!summary) {
        err << "\n" << summary.errorString() << "\n";
        return 1;
    }
    err << "\nindexing (" << timer.elapsed() / 1000.0 << " s)" << Qt::flush;
    if (auto s = bulk.finish(); !s) {
        err << s.errorString() << "\n";
        return 1;
    }
    for (const auto& [step, stepSeconds] : bulk.timings())
        err << "\n  " << step << " " << QString::number(stepSeconds, 'f', 2) << " s";
    logIfFailed((*db)->execDirect(QStringLiteral("PRAGMA journal_mode = WAL")), "PRAGMA journal_mode = WAL");
    // Planner statistics from a sample of each index (what PRAGMA optimize does): a full ANALYZE
    // reads all 3 GB again for numbers the planner needs only roughly.
    logIfFailed((*db)->execDirect(QStringLiteral("PRAGMA analysis_limit = 1000")), "PRAGMA analysis_limit = 1000");
    logIfFailed((*db)->execDirect(QStringLiteral("ANALYZE")), "ANALYZE");
    const double seconds = double(timer.elapsed()) / 1000.0;
    logIfFailed(
        store::MetaRepository(**db).set(QStringLiteral("bench.build_seconds"), QString::number(seconds, 'f', 2)),
        "recording the build time");
    err << "\n"
        << QStringLiteral("built %1 schools, %2 pupils, %3 records in %4 s")
               .arg(summary->schools)
               .arg(summary->students)
               .arg(summary->records)
               .arg(seconds, 0, 'f', 1)
        << "\n";
    return 0;
}

// The province in the PostgreSQL store of `conninfo` (its owner connects), CLI.md's
// `--build-dataset central`; its time is kept in the store for central_dataset_build_s. With
// `nation`, the store takes the partitioned layout first (store::PartitionedLayout, a province's
// 1,000 school ids a partition) and the time is nation_dataset_build_s's.
int buildCentralDataset(const QString& conninfo, int units, int schools, qint64 records, bool nation, bool signatures,
                        QTextStream& err)
{
    SystemClock clock;
    auto db = services::StoreSetup::open(store::ConnectionSpec::postgres(conninfo), clock);
    if (!db) {
        err << db.errorString() << "\n";
        return 1;
    }
    services::CentralDatasetOptions o;
    o.units = units;
    o.schools = schools;
    o.records = records;
    o.password = QStringLiteral("Bench@2026");
    o.signatures = signatures;
    if (nation) {
        o.partitionWidth = store::PartitionedLayout::kDefaultWidth;
        o.partitionCount = store::PartitionedLayout::kDefaultCount;
    }
    o.scratchPath =
        QDir::temp().filePath(QStringLiteral("hocbaso-central-%1.sqlite").arg(QCoreApplication::applicationPid()));
    o.log = [&](const QString& step) { err << "  " << step << "\n" << Qt::flush; };
    auto report = services::buildCentralDataset(**db, clock, o);
    if (!report) {
        err << report.errorString() << "\n";
        return 1;
    }
    logIfFailed(store::MetaRepository(**db).set(nation ? QStringLiteral("bench.nation_build_seconds")
                                                       : QStringLiteral("bench.central_build_seconds"),
                                                QString::number(report->seconds, 'f', 2)),
                "recording the build time");
    err << QStringLiteral("built %1 schools, %2 records, %3 signatures, %4 login roles in %5 s\n")
               .arg(report->summary.schools)
               .arg(report->records)
               .arg(report->signatures)
               .arg(report->loginRoles)
               .arg(report->seconds, 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Widgets are needed by the main-window figures; offscreen when there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("SQLite store to measure."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL store to measure."), QStringLiteral("CONNINFO")});
    p.addOption({QStringLiteral("pg-read"), QStringLiteral("A streaming replica of --pg (replica_read_* figures)."),
                 QStringLiteral("CONNINFO")});
    p.addOption({QStringLiteral("only"), QStringLiteral("Only these benchmarks or figures."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.addOption(
        {QStringLiteral("build-dataset"), QStringLiteral("Build the province dataset."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("schools"), QStringLiteral("Schools in the dataset."), QStringLiteral("N"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("records"), QStringLiteral("Records in the dataset."), QStringLiteral("N"),
                 QStringLiteral("1000000")});
    p.addOption({QStringLiteral("units"), QStringLiteral("Communes under the Sở (central dataset)."),
                 QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("nation"),
                 QStringLiteral("With --build-dataset central: the nation, partitioned (10,000,000 records, 10,000 "
                                "schools, 1,000 communes unless given).")});
    p.addOption({QStringLiteral("no-signatures"),
                 QStringLiteral("With --build-dataset central: no signature rows (they are 60 % of the bytes and "
                                "no lookup or statistic reads them).")});
    p.process(app);
    QTextStream out(stdout), err(stderr);

    if (p.isSet(QStringLiteral("build-dataset")) &&
        p.value(QStringLiteral("build-dataset")) == QLatin1String("central")) {
        if (!p.isSet(QStringLiteral("pg"))) {
            err << "--build-dataset central needs --pg CONNINFO (the store's owner)\n";
            return 2;
        }
        const bool nation = p.isSet(QStringLiteral("nation"));
        // The nation's sizes unless given: ten provinces' worth of the province's.
        auto sized = [&](const char* option, qint64 nationDefault) {
            const QString name = QString::fromLatin1(option);
            return nation && !p.isSet(name) ? nationDefault : p.value(name).toLongLong();
        };
        const int rc =
            buildCentralDataset(p.value(QStringLiteral("pg")), int(sized("units", 1000)), int(sized("schools", 10000)),
                                sized("records", 10000000), nation, !p.isSet(QStringLiteral("no-signatures")), err);
        if (rc != 0 || !p.isSet(QStringLiteral("json")))
            return rc;
    } else if (p.isSet(QStringLiteral("build-dataset"))) {
        const int rc =
            buildDataset(p.value(QStringLiteral("build-dataset")), p.value(QStringLiteral("schools")).toInt(),
                         p.value(QStringLiteral("records")).toLongLong(), err);
        if (rc != 0 || !p.isSet(QStringLiteral("json")))
            return rc;
    }
    const QString path =
        p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : p.value(QStringLiteral("build-dataset"));
    store::ConnectionSpec spec = p.isSet(QStringLiteral("pg"))
                                     ? store::ConnectionSpec::postgres(p.value(QStringLiteral("pg")))
                                     : store::ConnectionSpec::sqlite(path, false);
    SystemClock clock;
    auto db = services::StoreSetup::open(spec, clock);
    if (!db) {
        err << db.errorString() << "\n";
        return 1;
    }
    bench::BenchEnv env{**db, spec.dialect == store::Dialect::Sqlite ? path : QString(), p.value(QStringLiteral("pg")),
                        p.value(QStringLiteral("pg-read"))};
    const QStringList only = p.values(QStringLiteral("only"));
    QJsonArray figures;
    // The main window's memory is measured first, before other benchmarks fill caches in this process.
    QList<bench::Benchmark> order = bench::registry();
    std::stable_sort(order.begin(), order.end(), [](const bench::Benchmark& a, const bench::Benchmark& b) {
        return (a.name == QLatin1String("main_window")) > (b.name == QLatin1String("main_window"));
    });
    // --only names benchmarks ("lookup") or single figures ("lookup_name_p95_ms", which runs its
    // benchmark and shows that figure). A figure belongs to the benchmark that names it among its
    // prefixes, else to the one with the longest name it begins with ("central_load_tps" is
    // central_load's, not central's).
    auto owner = [&](const QString& figure) -> QString {
        QString best;
        for (const bench::Benchmark& b : std::as_const(order)) {
            if (b.name == figure)
                return b.name;
        }
        for (const bench::Benchmark& b : std::as_const(order)) {
            for (const QString& prefix : b.figurePrefixes) {
                if (figure.startsWith(prefix))
                    return b.name;
            }
            if (figure.startsWith(b.name + QLatin1Char('_')) && b.name.size() > best.size())
                best = b.name;
        }
        return best;
    };
    auto wanted = [&](const bench::Benchmark& b) {
        return only.isEmpty() || only.contains(b.name) ||
               std::any_of(only.cbegin(), only.cend(), [&](const QString& o) { return owner(o) == b.name; });
    };
    for (const bench::Benchmark& b : order) {
        if (!wanted(b))
            continue;
        for (const bench::Figure& f : b.run(env)) {
            if (!only.isEmpty() && !only.contains(b.name) && !only.contains(f.name))
                continue;
            figures.append(f.toJson());
            if (!p.isSet(QStringLiteral("json"))) {
                out << f.name << " = " << f.value << " " << f.unit;
                if (f.bare)
                    out << "  (bare " << *f.bare << ", ratio " << (f.value / std::max(*f.bare, 1e-9)) << ")";
                if (f.naive)
                    out << "  (naive " << *f.naive << ")";
                out << "\n";
            }
        }
    }
    QSqlQuery q((*db)->connection());
    qint64 schools = 0, records = 0;
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM schools), (SELECT count(*) FROM records)")) && q.next()) {
        schools = q.value(0).toLongLong();
        records = q.value(1).toLongLong();
    }
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject doc{{QStringLiteral("dataset"),
                               QJsonObject{{QStringLiteral("schools"), schools}, {QStringLiteral("records"), records}}},
                              {QStringLiteral("figures"), figures}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    return 0;
}
