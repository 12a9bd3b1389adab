// The central figures (issue 19) on the province built by `--build-dataset central`: what the Sở's
// officer waits for, connected as their own login role (row-level security and the database's
// rules apply), with `bare` the same service calls for the same officer made on the bench's own
// connection (the store's owner; a superuser or a role with BYPASSRLS sees no row-level security).
// Then central_load on the same store and pgbench's own mix on the same server as its anchor.

#include "Bench.h"
#include "LookupMix.h"

#include "core/LookupCode.h"
#include "services/AuthService.h"
#include "services/LockService.h"
#include "services/RecordLookup.h"
#include "services/RevocationReview.h"
#include "services/Statistics.h"
#include "store/MetaRepository.h"
#include "store/PartitionedLayout.h"
#include "store/ReadReplica.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>

namespace hocbaso::bench {
namespace {

constexpr const char* kPassword = "Bench#Central2026";
constexpr int kSamples = 200;
constexpr int kRuns = 20;

QList<double> timed(int runs, int warmUp, const std::function<void(int)>& call)
{
    for (int i = 0; i < warmUp; ++i)
        call(i);
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        call(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// One figure: the officer's p95 (or median for the pages opened once), the owner's beside it.
Figure figure(const QString& name, const QList<double>& officer, const QList<double>& owner, double p = 0.95)
{
    return Figure{name, percentile(officer, p), QStringLiteral("ms"), percentile(owner, p), std::nullopt};
}

// pgbench's built-in TPC-B-like mix on a scratch database of the same server, with the clients of
// central_load: what the server itself reaches, the anchor of central_load_tps.
std::optional<Figure> pgbench(BenchEnv& env, int clients, QTextStream& err)
{
    const QString bin = qEnvironmentVariable("HOCBASO_PGBENCH", QStringLiteral("/usr/lib/postgresql/15/bin/pgbench"));
    const int seconds = qEnvironmentVariableIsSet("HOCBASO_BENCH_PGBENCH_SECONDS")
                            ? qEnvironmentVariableIntValue("HOCBASO_BENCH_PGBENCH_SECONDS")
                            : 30;
    const QString scratch = QStringLiteral("hocbaso_pgbench_scratch");
    QSqlQuery q(env.db.connection());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(scratch))) {
        err << "pgbench: cannot make a scratch database (the bench's role needs CREATEDB): " << q.lastError().text()
            << "\n";
        return std::nullopt;
    }
    // A later dbname in a conninfo string overrides the first.
    const QString conninfo = env.pgConninfo + QStringLiteral(" dbname=") + scratch;
    auto run = [&](const QStringList& args, QString* output) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(bin, args + QStringList{conninfo});
        p.waitForFinished(-1);
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QString output;
    std::optional<Figure> f;
    // Scale 16: one branch per client, so that the clients do not all queue on one branch row.
    if (!run({QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(clients)}, &output)) {
        err << "pgbench -i failed: " << output << "\n";
    } else if (!run({QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"), QStringLiteral("2"),
                     QStringLiteral("-T"), QString::number(seconds), QStringLiteral("-n")},
                    &output)) {
        err << "pgbench failed: " << output << "\n";
    } else {
        const auto m = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(output);
        if (m.hasMatch())
            f = Figure{QStringLiteral("pgbench_tps"), m.captured(1).toDouble(), QStringLiteral("tps"), {}, {}};
        err << "pgbench (" << clients << " clients, " << seconds
            << " s): " << output.section(QLatin1Char('\n'), -4).simplified() << "\n";
    }
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch));
    return f;
}

// replica_read_lookup_p95_ms: the officer's name mix with reads sent to the replica (bare: the same
// calls on the owner's replica connection). replica_read_lag_ms: the officer sets the Sở's lock dates
// (a 6.2 decision: the service, its audit event, one commit) and the replica is asked, as the same
// officer, until it shows the new date; p95 of 20 decisions, each from the service's return (the
// commit) to the first read that shows it. The dates are set at the end of the current school year.
QList<Figure> replicaRead(BenchEnv& env, store::Database& mine, services::ServiceContext& officerCtx,
                          const services::ServiceContext& ownerCtx, const Unit& so, const QList<Sample>& s,
                          const QString& login, QTextStream& err)
{
    QList<Figure> out;
    store::ConnectionSpec officerSpec = store::ConnectionSpec::postgres(env.pgReadConninfo);
    officerSpec.userName = login;
    officerSpec.password = QString::fromLatin1(kPassword);
    auto officerReplica = store::ReadReplica::open(mine, officerSpec);
    auto ownerReplica = store::ReadReplica::open(env.db, store::ConnectionSpec::postgres(env.pgReadConninfo));
    if (!officerReplica || !ownerReplica) {
        err << "replica_read: " << (officerReplica ? ownerReplica.errorString() : officerReplica.errorString()) << "\n";
        return out;
    }
    services::ServiceContext officer = officerCtx, owner = ownerCtx;
    officer.readReplica = officerReplica->get();
    owner.readReplica = ownerReplica->get();

    Random rng(2026);
    QList<services::LookupRequest> requests;
    for (const Sample& x : s)
        requests.append(nameRequest(x, rng));
    const int n = int(requests.size());
    services::RecordLookup officerLookup(officer), ownerLookup(owner);
    const auto a = timed(n, 5, [&](int i) { mustSucceed(officerLookup.find(requests.at(i)), "lookup (replica)"); });
    const auto b =
        timed(n, 5, [&](int i) { mustSucceed(ownerLookup.find(requests.at(i)), "lookup (replica, owner)"); });
    err << "replica_read_lookup: " << n << " queries: p50 " << percentile(a, 0.5) << " ms, p95 " << percentile(a, 0.95)
        << " ms; bare p95 " << percentile(b, 0.95) << " ms; replica reads " << (*officerReplica)->replicaReads()
        << ", sent to the primary " << (*officerReplica)->primaryFallbacks() << "\n";
    out.append(figure(QStringLiteral("replica_read_lookup_p95_ms"), a, b));

    const SchoolYear sy = SchoolYear::containing(officerCtx.clock.today());
    const auto yes = [](const QString&) { return true; };
    QSqlQuery seen(officerReplica->get()->replica().connection());
    seen.setForwardOnly(true);
    if (!seen.prepare(QStringLiteral("SELECT receive_lock FROM lock_settings WHERE unit_id = ? AND school_year = ? AND "
                                     "grade = 5 AND school_id IS NULL"))) {
        err << "replica_read_lag: " << seen.lastError().text() << "\n";
        return out;
    }
    QList<double> lag;
    for (int i = 0; i < 25; ++i) {
        services::LockChange change;
        change.allSchools = true;
        change.grades = {5};
        change.schoolYear = sy.startYear;
        change.receive = sy.lastDay().addDays(-30 - i % 7);
        change.revoke = sy.lastDay();
        mustSucceed(services::LockService(officerCtx).set(change, yes), "LockService::set");
        QElapsedTimer t;
        t.start();
        for (;;) {
            seen.bindValue(0, so.id);
            seen.bindValue(1, sy.startYear);
            if (!seen.exec()) {
                err << "replica_read_lag: " << seen.lastError().text() << "\n";
                return out;
            }
            const bool shown = seen.next() && seen.value(0).toDate() == *change.receive;
            seen.finish();
            if (shown)
                break;
            if (t.elapsed() > 10000) {
                err << "replica_read_lag: the replica did not show a decision within 10 s\n";
                return out;
            }
        }
        if (i >= 5) // the first decisions warm the officer's statements
            lag.append(double(t.nsecsElapsed()) / 1e6);
    }
    err << "replica_read_lag: " << lag.size() << " decisions: p50 " << percentile(lag, 0.5) << " ms, p95 "
        << percentile(lag, 0.95) << " ms, max " << percentile(lag, 1.0) << " ms\n";
    out.append(Figure{QStringLiteral("replica_read_lag_ms"), percentile(lag, 0.95), QStringLiteral("ms"), {}, {}});
    return out;
}

// The central figures (`bench` "central") or the nation's ("nation": the dataset built with
// --nation, partitioned; its name lookup and statistics only), named after the bench.
QList<Figure> officerFigures(BenchEnv& env, const QString& bench)
{
    QTextStream err(stderr);
    if (!env.db.isPostgres()) {
        err << bench << ": needs the central store (--pg CONNINFO as its owner)\n";
        return {};
    }
    const bool nation = bench == QLatin1String("nation");
    const auto named = [&](const char* figure) { return bench + QLatin1Char('_') + QLatin1String(figure); };
    QList<Figure> out;
    if (const QString built = *store::MetaRepository(env.db).get(QStringLiteral("bench.%1_build_seconds").arg(bench));
        !built.isEmpty())
        out.append({named("dataset_build_s"), built.toDouble(), QStringLiteral("s"), {}, {}});
    if (nation) {
        auto parted = store::PartitionedLayout::isPartitioned(env.db);
        mustSucceed(parted, "PartitionedLayout::isPartitioned");
        const QString layout = *store::MetaRepository(env.db).get(QStringLiteral("layout"));
        err << "nation: layout " << (*parted ? layout : QStringLiteral("plain (not built with --nation)")) << "\n";
    }

    SystemClock clock;
    const std::optional<Unit> so = provinceUnit(env.db, bench, err);
    if (!so)
        return out;
    // The Sở's officer, signed in as their own login role: they see every commune of the province.
    const QString login = QStringLiteral("bench_%1_%2").arg(bench).arg(so->id);
    if (!ensureOfficer(env.db, clock, so->id, login, QString::fromLatin1(kPassword), bench, err))
        return out;
    store::ConnectionSpec spec = env.db.spec();
    spec.userName = login;
    spec.password = QString::fromLatin1(kPassword);
    auto opened = store::Database::open(spec);
    if (!opened) {
        err << bench << ": " << opened.errorString() << "\n";
        return out;
    }
    store::Database& mine = **opened;
    auto me = store::UserRepository(mine).byUsername(login);
    if (!me || !me->has_value()) {
        err << bench << ": the officer cannot read their own user row\n";
        return out;
    }
    auto actor = services::AuthService::actorFor(mine, **me);
    mustSucceed(actor, "the officer's actor");
    services::ServiceContext officerCtx{mine, clock, *actor, {}};
    // Bare: the same officer's calls on the owner's connection.
    services::ServiceContext ownerCtx{env.db, clock, *actor, {}};

    const QList<Sample> s = samples(env.db, kSamples);
    if (s.isEmpty()) {
        err << bench << ": the store has no records (run --build-dataset central first)\n";
        return out;
    }
    const int n = int(s.size());

    // 6.3 by name: the SQLite bench's mix.
    {
        Random rng(2026);
        QList<services::LookupRequest> requests;
        for (const Sample& x : s)
            requests.append(nameRequest(x, rng));
        services::RecordLookup officer(officerCtx), owner(ownerCtx);
        QList<qint64> totals(n, 0), ownerTotals(n, 0);
        const auto a = timed(n, 5, [&](int i) {
            auto found = officer.find(requests.at(i));
            mustSucceed(found, "lookup by name");
            totals[i] = found->total;
        });
        const auto b = timed(n, 5, [&](int i) {
            auto found = owner.find(requests.at(i));
            mustSucceed(found, "lookup by name (owner)");
            ownerTotals[i] = found->total;
        });
        // The officer of the Sở sees the whole province: both must find the same.
        int differ = 0;
        for (int i = 0; i < n; ++i)
            differ += totals.at(i) != ownerTotals.at(i) ? 1 : 0;
        err << named("lookup_name") << ": " << n << " queries as " << login << ": p50 " << percentile(a, 0.5)
            << " ms, p95 " << percentile(a, 0.95) << " ms, max " << percentile(a, 1.0) << " ms; bare p50 "
            << percentile(b, 0.5) << " ms, p95 " << percentile(b, 0.95) << " ms; totals differing: " << differ << "\n";
        if (qEnvironmentVariableIsSet("HOCBASO_BENCH_VERBOSE")) {
            QList<int> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int x, int y) { return a.at(x) > a.at(y); });
            for (int k = 0; k < std::min(n, qEnvironmentVariableIntValue("HOCBASO_BENCH_VERBOSE") > 1 ? n : 20); ++k) {
                const services::LookupRequest& r = requests.at(order.at(k));
                err << "  " << a.at(order.at(k)) << " ms (bare " << b.at(order.at(k)) << ") \"" << r.name << "\" year "
                    << r.schoolYear.value_or(0) << " grade " << r.grade << " status "
                    << (r.status ? toText(*r.status) : QString()) << " school " << r.schoolCode << ": "
                    << totals.at(order.at(k)) << "\n";
            }
        }
        out.append(figure(named("lookup_name_p95_ms"), a, b));
    }
    // 6.3 by personal ID.
    if (!nation) {
        services::RecordLookup officer(officerCtx), owner(ownerCtx);
        auto call = [&](services::RecordLookup& l, int i) {
            services::LookupRequest r;
            r.personalId = s.at(i).personalId;
            mustSucceed(l.find(r), "lookup by personal ID");
        };
        const auto a = timed(n, 5, [&](int i) { call(officer, i); });
        const auto b = timed(n, 5, [&](int i) { call(owner, i); });
        out.append(figure(QStringLiteral("central_lookup_pid_p95_ms"), a, b));
    }
    // 6.4: the Sở's statistics over all its schools, one line per commune.
    {
        services::Statistics officer(officerCtx), owner(ownerCtx);
        int year = officer.defaultYear();
        if (auto years = officer.schoolYears(); years && !years->isEmpty() && !years->contains(year))
            year = years->last();
        qsizetype lines = 0;
        const auto a = timed(kRuns, 2, [&](int) {
            auto r = officer.byUnit(year);
            mustSucceed(r, "Statistics::byUnit");
            lines = r->rows.size();
        });
        const auto b = timed(kRuns, 2, [&](int) { mustSucceed(owner.byUnit(year), "Statistics::byUnit (owner)"); });
        err << named("stats_unit") << ": year " << year << ", " << lines << " lines: p50 " << percentile(a, 0.5)
            << " ms, p95 " << percentile(a, 0.95) << " ms; bare p95 " << percentile(b, 0.95) << " ms\n";
        out.append(figure(named("stats_unit_ms"), a, b));
    }
    if (nation)
        return out;
    // 6.5: the first page of pending requests and the counts by status, as the page opens.
    {
        services::RevocationReview officer(officerCtx), owner(ownerCtx);
        qsizetype rows = 0;
        auto page = [&](services::RevocationReview& r) {
            services::RevocationReview::Filter f;
            f.limit = 100;
            auto list = r.list(f);
            mustSucceed(list, "RevocationReview::list");
            rows = list->size();
            mustSucceed(r.countsByStatus(), "RevocationReview::countsByStatus");
        };
        const auto a = timed(kRuns, 2, [&](int) { page(officer); });
        const auto b = timed(kRuns, 2, [&](int) { page(owner); });
        err << "central_revocation_page: " << rows << " rows: p50 " << percentile(a, 0.5) << " ms, p95 "
            << percentile(a, 0.95) << " ms; bare p95 " << percentile(b, 0.95) << " ms\n";
        out.append(figure(QStringLiteral("central_revocation_page_ms"), a, b));
    }
    // Through a streaming replica (--pg-read): the same name mix read there by the same officer, and
    // how long a decision committed on the primary takes to show on the replica.
    if (!env.pgReadConninfo.isEmpty())
        out += replicaRead(env, mine, officerCtx, ownerCtx, *so, s, login, err);

    // Many officers at once, and what the server does with its own mix at the same clients.
    if (!qEnvironmentVariableIsSet("HOCBASO_BENCH_CENTRAL_NO_LOAD")) {
        out += centralLoad(env);
        if (auto f = pgbench(env, centralLoadConnections(), err))
            out.append(*f);
    }
    return out;
}

Registration central(QStringLiteral("central"),
                     [](BenchEnv& env) { return officerFigures(env, QStringLiteral("central")); },
                     {QStringLiteral("replica_read_"), QStringLiteral("pgbench_")});
Registration nation(QStringLiteral("nation"),
                    [](BenchEnv& env) { return officerFigures(env, QStringLiteral("nation")); });

} // namespace
} // namespace hocbaso::bench
