// central_load: many officers at once against the central store (issue 9). 16 connections, each
// signed in as an officer's own login role (row-level security and the database's rules apply), do
// 20,000 mixed operations on their unit: revocation decisions (approve or reject one request through
// RevocationReview, as the 6.5 page does: the request, the record sent back, an audit event) and
// lookups through RecordLookup (by lookup code, and by name). The officers of a unit race for the
// same pending requests, so first-decision-wins is exercised for real; afterwards every request must
// carry exactly the decision of the one officer who was told it won. central_lost_decisions counts
// the requests where that is not so (lost or duplicated decisions): 0 is the only good value.
//
// Needs --pg as the store's owner, on a demo province (`hocbaso-cli --pg ... demo --units 2 ...`).
// It adds its officers (login roles bench_<unit>_<n>, password below) and pending requests, and
// leaves the decided requests behind. HOCBASO_BENCH_CENTRAL_OPS / _CONNECTIONS change the load.

#include "Bench.h"

#include "core/Clock.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/RecordLookup.h"
#include "services/RevocationReview.h"
#include "store/LockRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>

namespace hocbaso::bench {
namespace {

constexpr const char* kPassword = "Bench#Load2026";
constexpr int kRequestsPerUnit = 2500;

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct UnitWork
{
    qint64 unitId = 0;
    QList<qint64> requests; // pending when the run starts
    QStringList uuids;      // records to look up
    QStringList names;      // name queries
};

struct Report
{
    qint64 request = 0;
    QString officer;
    QString status;
};

} // namespace

int centralLoadConnections()
{
    return envInt("HOCBASO_BENCH_CENTRAL_CONNECTIONS", 16);
}

QList<Figure> centralLoad(BenchEnv& env)
{
    QTextStream err(stderr);
    if (!env.db.isPostgres()) {
        err << "central_load: needs a central store (--pg CONNINFO as its owner)\n";
        return {};
    }
    const int connections = centralLoadConnections();
    const int operations = envInt("HOCBASO_BENCH_CENTRAL_OPS", 20000);
    SystemClock clock;
    // The units that have schools of their own (the communes of a province, not its Sở), two
    // officers to a unit so that they race for the same requests: 8 units at 16 connections. Those
    // with the most sent records come first: an approval returns its record to the school, so earlier
    // runs leave fewer records to ask about in the units they used.
    QList<qint64> units;
    {
        QSqlQuery q(env.db.connection());
        if (q.exec(QStringLiteral("SELECT s.unit_id FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                  "s.deleted = FALSE AND r.status = 'sent' GROUP BY s.unit_id ORDER BY count(*) DESC, "
                                  "s.unit_id"))) {
            while (q.next() && units.size() < std::max(1, connections / 2))
                units.append(q.value(0).toLongLong());
        }
    }
    if (units.isEmpty()) {
        err << "central_load: the store has no unit with schools (run the demo first)\n";
        return {};
    }

    // Setup (not measured): officers, pending requests on sent records, lookup material.
    QList<UnitWork> work;
    QList<QPair<int, QString>> officers; // unit index, login
    for (qint64 unitId : std::as_const(units))
        work.append(UnitWork{unitId, {}, {}, {}});
    for (int c = 0; c < connections; ++c) {
        const int u = c % int(work.size());
        const QString login = QStringLiteral("bench_%1_%2").arg(work[u].unitId).arg(c / int(work.size()) + 1);
        if (!ensureOfficer(env.db, clock, work[u].unitId, login, QString::fromLatin1(kPassword),
                           QStringLiteral("central_load"), err))
            return {};
        officers.append({u, login});
    }
    for (UnitWork& w : work) {
        QSqlQuery q(env.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT r.id, r.version FROM records r JOIN schools s ON s.id = r.school_id WHERE s.unit_id = ? AND "
            "r.status = 'sent' AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE q.record_id = r.id AND "
            "q.status = 'pending') ORDER BY r.id LIMIT ?"));
        q.addBindValue(w.unitId);
        q.addBindValue(kRequestsPerUnit);
        QList<QPair<qint64, int>> records;
        if (q.exec()) {
            while (q.next())
                records.append({q.value(0).toLongLong(), q.value(1).toInt()});
        }
        store::Transaction tx(env.db);
        store::RevocationRepository requests(env.db);
        for (const auto& [recordId, version] : std::as_const(records)) {
            RevocationRequest r;
            r.recordId = recordId;
            r.recordVersion = version;
            r.reason = QStringLiteral("Sai điểm môn Toán cuối năm");
            r.requestedAt = clock.now();
            r.requestedBy = QStringLiteral("bench");
            auto id = requests.insert(r);
            if (!id) {
                err << "central_load: " << id.errorString() << "\n";
                return {};
            }
            w.requests.append(*id);
        }
        if (auto s = tx.commit(); !s) {
            err << "central_load: " << s.errorString() << "\n";
            return {};
        }
        q.prepare(QStringLiteral("SELECT r.uuid, p.full_name FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN "
                                 "schools s ON s.id = r.school_id WHERE s.unit_id = ? ORDER BY r.id LIMIT 2000"));
        q.addBindValue(w.unitId);
        if (q.exec()) {
            while (q.next()) {
                w.uuids.append(q.value(0).toString());
                // The given name and the family name: a typical two-word query.
                const QStringList parts = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (parts.size() >= 2)
                    w.names.append(parts.first() + QLatin1Char(' ') + parts.last());
            }
        }
        if (w.requests.isEmpty() || w.uuids.isEmpty()) {
            err << "central_load: unit " << w.unitId << " has no sent records to work on\n";
            return {};
        }
    }

    // The run: every connection signs in and works through its share.
    std::mutex lock;
    QList<double> latencies;
    QList<double> byKind[3]; // decisions, lookups by code, lookups by name
    QList<Report> reports;
    std::atomic<int> failures{0};
    std::atomic<int> refusals{0};
    QStringList firstErrors;
    const int perConnection = operations / connections;
    auto worker = [&](int index) {
        const auto& [u, login] = officers.at(index);
        const UnitWork& w = work.at(u);
        store::ConnectionSpec spec = env.db.spec();
        spec.userName = login;
        spec.password = QString::fromLatin1(kPassword);
        auto opened = store::Database::open(spec);
        auto fail = [&](const QString& why) {
            ++failures;
            std::lock_guard<std::mutex> g(lock);
            if (firstErrors.size() < 5)
                firstErrors.append(login + QStringLiteral(": ") + why);
        };
        if (!opened) {
            fail(opened.errorString());
            return;
        }
        store::Database& db = **opened;
        auto me = store::UserRepository(db).byUsername(login);
        if (!me || !me->has_value()) {
            fail(QStringLiteral("cannot read its own user row"));
            return;
        }
        services::ServiceContext ctx{db, clock, services::AuthService::actorFor(**me), {}};
        services::RevocationReview review(ctx);
        services::RecordLookup lookup(ctx);
        std::mt19937 rng(quint32(1000 + index));
        QList<double> mine;
        QList<double> mineByKind[3];
        QList<Report> won;
        mine.reserve(perConnection);
        for (int i = 0; i < perConnection; ++i) {
            QElapsedTimer t;
            t.start();
            int kind = 0;
            if (i % 2 == 0) {
                const qint64 id = w.requests.at(int(rng() % quint32(w.requests.size())));
                const bool approve = rng() % 2 == 0;
                auto outcome =
                    approve ? review.approve({id}) : review.reject({id}, QStringLiteral("Không đủ căn cứ để thu hồi."));
                if (!outcome)
                    fail(outcome.errorString());
                else if (outcome->decided.contains(id))
                    won.append({id, login, approve ? QStringLiteral("approved") : QStringLiteral("rejected")});
                else
                    ++refusals;
            } else {
                services::LookupRequest r;
                if (rng() % 10 < 7) {
                    kind = 1;
                    r.lookupCode = w.uuids.at(int(rng() % quint32(w.uuids.size())));
                } else {
                    kind = 2;
                    r.name = w.names.at(int(rng() % quint32(w.names.size())));
                    r.limit = 100;
                }
                auto found = lookup.find(r);
                if (!found)
                    fail(found.errorString());
            }
            mine.append(double(t.nsecsElapsed()) / 1e6);
            mineByKind[kind].append(mine.last());
        }
        std::lock_guard<std::mutex> g(lock);
        latencies += mine;
        for (int k = 0; k < 3; ++k)
            byKind[k] += mineByKind[k];
        reports += won;
    };
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c)
        threads.emplace_back(worker, c);
    for (std::thread& t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    // Every request: exactly the decision of the officer told they won, or still pending when
    // nobody was; an approved request's record is revoked.
    QHash<qint64, QList<Report>> byRequest;
    for (const Report& r : std::as_const(reports))
        byRequest[r.request].append(r);
    qint64 lost = 0, decidedInStore = 0;
    for (const UnitWork& w : std::as_const(work)) {
        for (qint64 id : w.requests) {
            QSqlQuery q(env.db.connection());
            q.prepare(QStringLiteral("SELECT q.status, coalesce(q.decided_by, ''), r.status FROM revocation_requests q "
                                     "JOIN records r ON r.id = q.record_id WHERE q.id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next()) {
                ++lost;
                continue;
            }
            const QString status = q.value(0).toString(), by = q.value(1).toString(), record = q.value(2).toString();
            const QList<Report> told = byRequest.value(id);
            if (status != QLatin1String("pending"))
                ++decidedInStore;
            if (told.size() > 1)
                lost += told.size() - 1; // duplicated
            if (told.isEmpty() && status != QLatin1String("pending"))
                ++lost;
            if (told.size() >= 1 && (told.first().status != status || told.first().officer != by))
                ++lost;
            if (status == QLatin1String("approved") && record != QLatin1String("revoked"))
                ++lost;
        }
    }
    services::ServiceContext owner{env.db, clock, services::Actor::systemActor(), {}};
    auto audit = services::AuditLog(owner).verify();
    const bool auditOk = audit && audit->ok;
    if (!auditOk)
        ++lost; // a decision whose audit event broke the chain is not a sound decision
    const double tps = double(latencies.size()) / std::max(seconds, 1e-9);
    err << QStringLiteral("central_load: %1 connections, %2 operations in %3 s; %4 decisions won, %5 refused (decided "
                          "first by another officer), %6 decided in the store, %7 failed; audit chain %8\n")
               .arg(connections)
               .arg(latencies.size())
               .arg(seconds, 0, 'f', 1)
               .arg(reports.size())
               .arg(refusals.load())
               .arg(decidedInStore)
               .arg(failures.load())
               .arg(auditOk ? QStringLiteral("intact") : QStringLiteral("BROKEN"));
    const char* kinds[] = {"decision", "lookup by code", "lookup by name"};
    for (int k = 0; k < 3; ++k)
        err << QStringLiteral("  %1: %2 ops, p50 %3 ms, p95 %4 ms\n")
                   .arg(QString::fromLatin1(kinds[k]))
                   .arg(byKind[k].size())
                   .arg(percentile(byKind[k], 0.5), 0, 'f', 2)
                   .arg(percentile(byKind[k], 0.95), 0, 'f', 2);
    for (const QString& e : std::as_const(firstErrors))
        err << "  " << e << "\n";
    return {Figure{QStringLiteral("central_load_tps"), tps, QStringLiteral("ops/s"), std::nullopt, std::nullopt},
            Figure{QStringLiteral("central_load_p95_ms"), percentile(latencies, 0.95), QStringLiteral("ms"),
                   std::nullopt, std::nullopt},
            Figure{QStringLiteral("central_lost_decisions"), double(lost), QStringLiteral("count"), std::nullopt,
                   std::nullopt}};
}

namespace {
Registration registration(QStringLiteral("central_load"), centralLoad);
} // namespace
} // namespace hocbaso::bench
