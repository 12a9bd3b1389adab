// 6.5 bulk decision: approving 10,000 pending revocation requests through the service (batches of
// RevocationReview::kBatchSize, one transaction each, with the record sent back and an audit event
// per request), against the bare UPDATE of the same requests in one transaction. Runs on a copy of
// the dataset so that the dataset itself stays as built.

#include "Bench.h"

#include "core/Clock.h"
#include "services/RevocationReview.h"
#include "store/LockRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"
#include "store/SqlValues.h"
#include "store/UnitRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace hocbaso::bench {
namespace {

constexpr int kRequests = 10000;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool execAll(QSqlQuery& q, const QList<qint64>& ids, const QVariant& at)
{
    for (qint64 id : ids) {
        if (at.isValid())
            q.addBindValue(at);
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return true;
}

Registration bulkDecide(QStringLiteral("bulk_decide"), [](BenchEnv& env) -> QList<Figure> {
    QTextStream err(stderr);
    if (env.dbPath.isEmpty()) {
        err << "bulk_decide: needs a SQLite dataset (--db)\n";
        return {};
    }
    // The copy goes beside the dataset: /tmp may be too small for the province file.
    QTemporaryDir dir(QFileInfo(env.dbPath).absoluteDir().filePath(QStringLiteral("bulk-decide-XXXXXX")));
    if (!dir.isValid()) {
        err << "bulk_decide: cannot create a folder beside " << env.dbPath << "\n";
        return {};
    }
    // Everything into the main file first, so that copying it alone copies the whole store.
    if (auto s = env.db.execDirect(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s) {
        err << "bulk_decide: " << s.errorString() << "\n";
        return {};
    }
    const QString copyPath = dir.filePath(QStringLiteral("bulk.sqlite"));
    if (!QFile::copy(env.dbPath, copyPath)) {
        err << "bulk_decide: cannot copy " << env.dbPath << "\n";
        return {};
    }
    auto opened = store::Database::open(store::ConnectionSpec::sqlite(copyPath, false));
    if (!opened) {
        err << "bulk_decide: " << opened.errorString() << "\n";
        return {};
    }
    store::Database& db = **opened;
    // The province's Sở decides on requests of every commune.
    const std::optional<Unit> so = provinceUnit(db, QStringLiteral("bulk_decide"), err);
    if (!so)
        return {};
    const Unit unit = *so;
    SystemClock clock;

    // Setup (not measured): a pending request on each of 10,000 sent records of the unit.
    QList<QPair<qint64, int>> records;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT r.id, r.version FROM records r JOIN schools s ON s.id = r.school_id WHERE (s.unit_id = ? OR "
            "s.unit_id IN (SELECT id FROM units WHERE parent_id = ?)) AND r.status = 'sent' AND NOT EXISTS (SELECT 1 "
            "FROM revocation_requests q WHERE q.record_id = r.id AND "
            "q.status = 'pending') ORDER BY r.id LIMIT ?"));
        q.addBindValue(unit.id);
        q.addBindValue(unit.id);
        q.addBindValue(kRequests);
        if (!q.exec()) {
            err << "bulk_decide: cannot read the sent records\n";
            return {};
        }
        while (q.next())
            records.append({q.value(0).toLongLong(), q.value(1).toInt()});
    }
    if (records.size() < kRequests)
        err << "bulk_decide: only " << records.size() << " sent records without a pending request\n";
    QList<qint64> ids;
    {
        store::Transaction tx(db);
        store::RevocationRepository requests(db);
        const QDateTime now = clock.now();
        for (const auto& [recordId, version] : std::as_const(records)) {
            RevocationRequest r;
            r.recordId = recordId;
            r.recordVersion = version;
            r.reason = QStringLiteral("Sai điểm môn Toán cuối năm");
            r.requestedAt = now;
            r.requestedBy = QStringLiteral("bench");
            auto id = requests.insert(r);
            if (!id) {
                err << "bulk_decide: " << id.errorString() << "\n";
                return {};
            }
            ids.append(*id);
        }
        if (auto s = tx.commit(); !s) {
            err << "bulk_decide: " << s.errorString() << "\n";
            return {};
        }
    }

    // Bare: the same first-decision-wins UPDATE of every request in one transaction, then put
    // back (not measured) so that the service finds them pending.
    std::optional<double> bare;
    {
        QSqlQuery q(db.connection());
        const QVariant at = store::sql::timestamp(db, clock.now());
        QElapsedTimer t;
        t.start();
        bool ok = db.execDirect(QStringLiteral("BEGIN IMMEDIATE")).ok() &&
                  q.prepare(QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_at = ?, "
                                           "decided_by = 'bench', row_version = row_version + 1 "
                                           "WHERE id = ? AND status = 'pending'")) &&
                  execAll(q, ids, at) && db.execDirect(QStringLiteral("COMMIT")).ok();
        if (ok)
            bare = msSince(t);
        else
            logIfFailed(db.execDirect(QStringLiteral("ROLLBACK")), "ROLLBACK");
        q.finish();
        ok = db.execDirect(QStringLiteral("BEGIN IMMEDIATE")).ok() &&
             q.prepare(QStringLiteral("UPDATE revocation_requests SET status = 'pending', decided_at = NULL, "
                                      "decided_by = NULL WHERE id = ?")) &&
             execAll(q, ids, {}) && db.execDirect(QStringLiteral("COMMIT")).ok();
        q.finish();
        if (!ok) {
            err << "bulk_decide: cannot put the requests back to pending\n";
            return {};
        }
    }

    services::ServiceContext ctx{db, clock, officerOf(db, unit), {}};
    services::RevocationReview review(ctx);
    QElapsedTimer t;
    t.start();
    auto outcome = review.approve(ids);
    const double ms = msSince(t);
    if (!outcome) {
        err << "bulk_decide: " << outcome.errorString() << "\n";
        return {};
    }
    err << QStringLiteral("bulk_decide: %1 requests approved, %2 refused in %3 ms\n")
               .arg(outcome->decided.size())
               .arg(outcome->refused.size())
               .arg(ms, 0, 'f', 1);
    return {Figure{QStringLiteral("bulk_decide_10k_ms"), ms, QStringLiteral("ms"), bare, std::nullopt}};
});

} // namespace
} // namespace hocbaso::bench
