// Receipt verification (issue #18): verify_all_records_per_s, sent record versions verified per
// second by RecordVerification::verifyAll (every signature's CMS over the content, the registered
// certificates' approval at signing time, their chains and the store's CRLs, each batch's results
// committed), on a scratch store, never the measured dataset: a copy of the dataset when it carries
// signatures, else (the province datasets are built without them) a signed demo province of a few
// thousand records made for the purpose.
// bare: the CMS verifications alone (crypto::verifyDetached over each version's signatures, read
// beforehand), the limit of the machine. naive: each record through RecordDetailsService::load, as
// `record verify UUID` does one at a time (on a sample).

#include "Bench.h"

#include "core/Clock.h"
#include "crypto/Cms.h"
#include "services/DemoGenerator.h"
#include "services/RecordDetails.h"
#include "services/RecordVerification.h"
#include "services/StoreSetup.h"
#include "store/RecordContentCodec.h"
#include "store/RecordRepository.h"
#include "store/SignatureCodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace hocbaso::bench {
namespace {

constexpr int kNaiveSample = 300;

qint64 scalarOf(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QList<Figure> run(BenchEnv& env)
{
    QTextStream err(stderr);
    SystemClock clock;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "verify_all: no temporary folder\n";
        return {};
    }
    const QString scratch = dir.filePath(QStringLiteral("verify.sqlite"));
    const bool datasetSigned = env.db.isSqlite() && !env.dbPath.isEmpty() &&
                               scalarOf(env.db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM signatures)")) == 1;
    if (datasetSigned && !QFile::copy(env.dbPath, scratch)) {
        err << "verify_all: the dataset could not be copied to " << scratch << "\n";
        return {};
    }
    auto opened = services::StoreSetup::open(store::ConnectionSpec::sqlite(scratch), clock);
    mustSucceed(opened, "opening the scratch store");
    store::Database& db = **opened;
    services::ServiceContext system{db, clock, services::Actor::systemActor(), {}};
    if (!datasetSigned) {
        err << "verify_all: the dataset carries no signatures; verifying a signed demo province instead\n";
        services::DemoOptions o;
        o.seed = 18;
        o.units = 4;
        o.schools = 16;
        o.students = 1600;
        o.years = 2;
        o.password = QStringLiteral("Bench@2026");
        mustSucceed(services::DemoGenerator(system, o).run(), "building the signed demo province");
    }
    const qint64 sent = scalarOf(db, QStringLiteral("SELECT count(*) FROM record_versions WHERE sent_at IS NOT NULL"));

    // The program: every sent version, in batches, results stored.
    services::VerificationFilter all;
    all.everything = true;
    QElapsedTimer t;
    t.start();
    auto summary = services::RecordVerification(system).verifyAll(all);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    mustSucceed(summary, "RecordVerification::verifyAll");
    if (summary->checked != sent)
        err << "verify_all: checked " << summary->checked << " of " << sent << " sent versions\n";
    err << "verify_all: " << summary->checked << " versions, " << summary->valid << " valid, " << summary->invalid
        << " invalid, " << summary->unverifiable << " unverifiable in " << seconds << " s\n";

    // Bare: the CMS verifications alone, over signatures read beforehand.
    struct Item
    {
        QByteArray content;
        QList<QByteArray> cms;
    };
    QList<Item> items;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT v.content, g.cms, v.id, c.der FROM record_versions v JOIN signatures g ON "
                                   "g.record_id = v.record_id AND g.version = v.version LEFT JOIN certificates c ON "
                                   "c.id = g.certificate_id WHERE v.sent_at IS NOT NULL ORDER BY v.id")))
            qFatal("bench: reading the signatures failed");
        qint64 last = -1;
        while (q.next()) {
            if (q.value(2).toLongLong() != last) {
                items.append({store::RecordContentCodec::contentOf(q.value(0)), {}});
                last = q.value(2).toLongLong();
            }
            items.last().cms.append(store::SignatureCodec::cmsOf(q.value(1).toByteArray(), q.value(3).toByteArray()));
        }
    }
    t.restart();
    qint64 valid = 0;
    for (const Item& item : std::as_const(items)) {
        bool ok = true;
        for (const QByteArray& cms : item.cms)
            ok = crypto::verifyDetached(cms, item.content).valid && ok;
        valid += ok ? 1 : 0;
    }
    const double bareSeconds = double(t.nsecsElapsed()) / 1e9;
    if (valid == 0 && !items.isEmpty())
        err << "verify_all: no CMS verified in the bare run\n";

    // Naive: one record at a time through the detail view's service.
    QStringList uuids;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT r.uuid FROM records r WHERE r.sent_at IS NOT NULL ORDER BY r.id LIMIT %1")
                       .arg(kNaiveSample))) {
            while (q.next())
                uuids.append(q.value(0).toString());
        }
    }
    t.restart();
    for (const QString& uuid : std::as_const(uuids))
        mustSucceed(services::RecordDetailsService(system).load(uuid), "RecordDetailsService::load");
    const double naiveSeconds = double(t.nsecsElapsed()) / 1e9;

    const auto rate = [](qint64 n, double s) { return s > 0 ? double(n) / s : 0.0; };
    return {Figure{QStringLiteral("verify_all_records_per_s"), rate(summary->checked, seconds),
                   QStringLiteral("records/s"), rate(qint64(items.size()), bareSeconds),
                   rate(qint64(uuids.size()), naiveSeconds)}};
}

Registration verifyAll(QStringLiteral("verify_all"), run);

} // namespace
} // namespace hocbaso::bench
