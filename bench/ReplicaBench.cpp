// replica: an officer's offline replica of the central store (issues 10 and 19).
//
// replica_300k_s / replica_1m_s: ReplicaDownload of the unit of a Sở officer (the Sở at the top of
// the dataset, whose officers see every commune below it; the unit with the most records when
// there is no Sở), read through the officer's own login role (row-level security) in batches and
// written into a new SQLite file with its name index and counters. The figure is named after the
// size of what was copied: replica_1m_s from 900,000 records up (budget 45 s, issue 19), else
// replica_300k_s (budget 15 s, ARCHITECTURE.md). The datasets:
//   300k: hocbaso-cli --pg "... dbname=X" demo --units 1 --schools 300 --students 167000 --years 2
//             --no-signatures --password P
//   1M:   hocbaso-bench --pg "... dbname=X" --build-dataset central
// bare: the same rows read in the same batches through the same role, without writing them.
//
// sync_1k_ops_s: 1,000 revocation decisions made offline on that replica (not timed), then one
// sync (SyncService::run): the decisions pushed in batches (applied_ops keeps each applied once),
// the answers recorded, the changes pulled. bare: 1,000 other requests decided online through the
// same service (RevocationReview, one call), as the same officer.
//
// Needs --pg as the store's owner. It adds an officer (login role bench_replica_<unit>) and 2,000
// pending requests, and leaves them decided.

#include "Bench.h"

#include "core/Clock.h"
#include "services/AuthService.h"
#include "services/RevocationReview.h"
#include "services/SignIn.h"
#include "store/CentralSyncRepository.h"
#include "store/LockRepository.h"
#include "store/Migrator.h"
#include "store/RevocationRepository.h"
#include "store/SyncRepository.h"
#include "sync/ReplicaDownload.h"
#include "sync/ReplicaOutbox.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

namespace hocbaso::bench {
namespace {

constexpr const char* kPassword = "Bench#Replica2026";
constexpr int kOps = 1000;

// Pending revocation requests on sent records of the unit (the owner writes them, as the schools would).
QList<qint64> makeRequests(store::Database& db, const Clock& clock, qint64 unitId, int n, QTextStream& err)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.version FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                             "s.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = ?) AND r.status = "
                             "'sent' AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE q.record_id = r.id AND "
                             "q.status = 'pending') ORDER BY r.id LIMIT ?"));
    q.addBindValue(unitId);
    q.addBindValue(n);
    QList<QPair<qint64, int>> records;
    if (q.exec()) {
        while (q.next())
            records.append({q.value(0).toLongLong(), q.value(1).toInt()});
    }
    QList<qint64> ids;
    store::Transaction tx(db);
    store::RevocationRepository requests(db);
    for (const auto& [recordId, version] : std::as_const(records)) {
        RevocationRequest r;
        r.recordId = recordId;
        r.recordVersion = version;
        r.reason = QStringLiteral("Sai điểm môn Toán cuối năm");
        r.requestedAt = clock.now();
        r.requestedBy = QStringLiteral("bench");
        auto id = requests.insert(r);
        if (!id) {
            err << "replica: " << id.errorString() << "\n";
            return {};
        }
        ids.append(*id);
    }
    if (!tx.commit())
        return {};
    return ids;
}

Registration replicaBench(QStringLiteral("replica"), [](BenchEnv& env) -> QList<Figure> {
    QTextStream err(stderr);
    if (!env.db.isPostgres()) {
        err << "replica: needs a central store (--pg CONNINFO as its owner)\n";
        return {};
    }
    SystemClock clock;
    // A Sở officer's replica holds every commune below the Sở: what a province officer takes along.
    QSqlQuery q(env.db.connection());
    QString silent;
    QTextStream quiet(&silent);
    const std::optional<Unit> province = provinceUnit(env.db, QStringLiteral("replica"), quiet);
    const QString biggest = QStringLiteral("(SELECT s.unit_id FROM records r JOIN schools s ON s.id = r.school_id "
                                           "GROUP BY s.unit_id ORDER BY count(*) DESC LIMIT 1)");
    if (!q.exec(QStringLiteral("SELECT u.id, (SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id "
                               "WHERE s.unit_id IN (SELECT c.unit_id FROM unit_closure c WHERE c.ancestor_id = u.id)) "
                               "FROM units u WHERE u.id = %1")
                    .arg(province ? QString::number(province->id) : biggest)) ||
        !q.next() || q.value(1).toLongLong() == 0) {
        err << "replica: the store has no records (run the demo first)\n";
        return {};
    }
    const qint64 unitId = q.value(0).toLongLong();
    const qint64 unitRecords = q.value(1).toLongLong();
    q.finish();
    const QString downloadFigure =
        unitRecords >= 900000 ? QStringLiteral("replica_1m_s") : QStringLiteral("replica_300k_s");
    const QString login = QStringLiteral("bench_replica_%1").arg(unitId);
    if (!ensureOfficer(env.db, clock, unitId, login, QString::fromLatin1(kPassword), QStringLiteral("replica"), err))
        return {};
    const QList<qint64> requests = makeRequests(env.db, clock, unitId, 2 * kOps, err);
    if (requests.size() < 2 * kOps) {
        err << "replica: the unit has fewer than " << 2 * kOps << " sent records without a pending request\n";
        return {};
    }

    auto signIn = [&]() {
        return services::SignIn(clock).signInCentral(env.db.spec(), login, QString::fromLatin1(kPassword));
    };
    auto officer = signIn();
    if (!officer) {
        err << "replica: " << officer.errorString() << "\n";
        return {};
    }

    // bare: the rows the download copies, read in the same batches through the same role.
    double bare = 0;
    {
        QTemporaryDir scratch;
        auto empty = store::Database::open(store::ConnectionSpec::sqlite(scratch.filePath(QStringLiteral("s.sqlite"))));
        if (!empty || !store::Migrator(**empty).migrate()) {
            err << "replica: cannot make a scratch file\n";
            return {};
        }
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        store::CentralSyncRepository central(*officer->db);
        mustSucceed(central.beginSnapshot(), "beginning the snapshot");
        for (const QString& table : store::replicaTables()) {
            auto described = store::ReplicaTable::describe(*officer->db, **empty, table);
            if (!described)
                break;
            qint64 after = 0;
            for (;;) {
                auto batch = described->readAfter(*officer->db, after, 5000);
                if (!batch || batch->size() == 0)
                    break;
                rows += batch->size();
                after = batch->integer(batch->size() - 1, described->idIndex());
                if (batch->size() < 5000)
                    break;
            }
        }
        mustSucceed(central.endSnapshot(), "ending the snapshot");
        bare = double(t.elapsed()) / 1000.0;
        err << "replica: read " << rows << " rows bare in " << bare << " s\n";
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replica.sqlite"));
    auto replica = store::Database::open(store::ConnectionSpec::sqlite(path));
    if (!replica || !store::Migrator(**replica).migrate()) {
        err << "replica: cannot make the replica file\n";
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    auto downloaded =
        sync::ReplicaDownload(*officer->db, **replica, officer->actor, clock).create(env.db.spec().conninfo, {});
    const double downloadSeconds = double(timer.elapsed()) / 1000.0;
    if (!downloaded) {
        err << "replica: " << downloaded.errorString() << "\n";
        return {};
    }
    err << "replica: " << downloaded->records << " records of " << downloaded->schools << " schools (the unit has "
        << unitRecords << ") in " << downloadSeconds << " s\n";
    for (const auto& [step, stepSeconds] : downloaded->indexing)
        err << "  " << step << " " << QString::number(stepSeconds, 'f', 2) << " s\n";
    // The replica's bytes on the officer's disk, as the download left them (issue 22).
    qint64 replicaBytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        replicaBytes += QFileInfo(path + suffix).size();
    const Figure replicaSize{
        unitRecords >= 900000 ? QStringLiteral("replica_1m_mb") : QStringLiteral("replica_300k_mb"),
        double(replicaBytes) / (1024.0 * 1024.0), QStringLiteral("MB"), std::nullopt, std::nullopt};

    // 1,000 decisions offline (not timed), then one sync.
    auto outbox = sync::ReplicaOutbox::open(**replica, clock, login);
    if (!outbox) {
        err << "replica: " << outbox.errorString() << "\n";
        return {};
    }
    services::ServiceContext offline{**replica, clock, officer->actor, {}, outbox->get(), {}};
    auto decided = services::RevocationReview(offline).approve(requests.mid(0, kOps));
    if (!decided || decided->decided.size() != kOps) {
        err << "replica: the offline decisions failed\n";
        return {};
    }
    timer.restart();
    std::unique_ptr<store::Database> server = std::move(officer->db);
    // Where the sync's time goes: when each stage last reported progress, from the start.
    QList<QPair<QString, double>> stages;
    sync::SyncOptions syncOptions;
    syncOptions.progress = [&](const QString& stage, qint64, qint64) {
        if (stages.isEmpty() || stages.last().first != stage)
            stages.append({stage, 0});
        stages.last().second = double(timer.elapsed()) / 1000.0;
        return true;
    };
    auto report = sync::SyncService(**replica, clock, server, officer->actor).run(syncOptions);
    const double syncSeconds = double(timer.elapsed()) / 1000.0;
    for (const auto& [stage, at] : std::as_const(stages))
        err << "  " << stage << " done at " << QString::number(at, 'f', 2) << " s\n";
    if (!report) {
        err << "replica: " << report.errorString() << "\n";
        return {};
    }
    err << "replica: sync pushed " << report->pushed << ", pulled " << report->pulled << ", "
        << report->conflicts.size() << " conflicts in " << syncSeconds << " s\n";

    auto online = signIn();
    if (!online) {
        err << "replica: " << online.errorString() << "\n";
        return {};
    }
    services::ServiceContext direct{*online->db, clock, online->actor, {}, nullptr, {}};
    timer.restart();
    auto bareDecided = services::RevocationReview(direct).approve(requests.mid(kOps));
    const double bareSync = double(timer.elapsed()) / 1000.0;
    if (!bareDecided)
        err << "replica: " << bareDecided.errorString() << "\n";

    return {Figure{downloadFigure, downloadSeconds, QStringLiteral("s"), bare, std::nullopt}, replicaSize,
            Figure{QStringLiteral("sync_1k_ops_s"), syncSeconds, QStringLiteral("s"), bareSync, std::nullopt}};
});

} // namespace
} // namespace hocbaso::bench
