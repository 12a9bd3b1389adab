// --pg-read: lookups, record details, lists and statistics read from a streaming replica, every
// change goes to the primary, and a client reads its own changes (read your writes). Runs against
// the replica of `tools/pg-test-cluster.sh start --replica` (HOCBASO_TEST_PG_READ); skipped without.

#include "support/CentralStore.h"
#include "support/CliRunner.h"

#include "services/RecordLookup.h"
#include "services/RevocationReview.h"
#include "services/Statistics.h"
#include "store/ReadReplica.h"
#include "workspace/Workspace.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::oneOn;
using hocbaso::test::runCli;

namespace {

QString replicaConninfo()
{
    return qEnvironmentVariable("HOCBASO_TEST_PG_READ");
}

#define HOCBASO_NEED_REPLICA()                                                                                         \
    if (replicaConninfo().isEmpty())                                                                                   \
    GTEST_SKIP() << "HOCBASO_TEST_PG_READ is not set (tools/pg-test-cluster.sh start --replica)"

// The replica's conninfo for the test's database (the superuser's; sign-in overrides the user).
QString replicaOf(CentralStore& c)
{
    return replicaConninfo() + QStringLiteral(" dbname=") + c.databaseName();
}

// The superuser on the replica, in the store's database, once the replica has replayed everything
// the primary has now (the test's new database and its demo included). Null on timeout.
std::unique_ptr<store::Database> caughtUpReplica(CentralStore& c, QString* why)
{
    const auto target = store::Database::parseLsn(c.one(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text")));
    if (!target) {
        *why = QStringLiteral("cannot read the primary's log position");
        return nullptr;
    }
    QDeadlineTimer deadline(60000);
    std::unique_ptr<store::Database> db;
    while (!deadline.hasExpired()) {
        if (!db) {
            // The database exists on the replica only once its creation is replayed.
            auto opened = store::Database::open(store::ConnectionSpec::postgres(replicaOf(c)));
            if (opened)
                db = std::move(opened).value();
            else
                *why = opened.errorString();
        }
        if (db) {
            const auto replayed =
                store::Database::parseLsn(oneOn(*db, QStringLiteral("SELECT pg_last_wal_replay_lsn()::text")));
            if (replayed && *replayed >= *target)
                return db;
            *why = QStringLiteral("the replica has not replayed the primary's log in time");
        }
        QThread::msleep(20);
    }
    return nullptr;
}

// Pauses the replica's replay for the scope (the replica lags behind every later change), and
// resumes it whatever the test's outcome, so that no other test finds it paused.
class ReplayPause
{
public:
    explicit ReplayPause(store::Database& replicaSuper) : m_db(replicaSuper)
    {
        m_paused = test::execAs(m_db, QStringLiteral("SELECT pg_wal_replay_pause()")).ok;
    }
    ~ReplayPause() { resume(); }
    bool paused() const { return m_paused; }
    void resume()
    {
        if (m_paused)
            test::execAs(m_db, QStringLiteral("SELECT pg_wal_replay_resume()"));
        m_paused = false;
    }

private:
    store::Database& m_db;
    bool m_paused = false;
};

std::unique_ptr<workspace::Workspace> signInWithReplica(CentralStore& c, const QString& login, QString* why)
{
    workspace::StoreLocation where = workspace::StoreLocation::server(c.store().conninfo());
    where.readConninfo = replicaOf(c);
    auto ws =
        workspace::Workspace::signInAnyRole(where, login, QString::fromLatin1(CentralStore::kPassword), c.clock());
    if (!ws) {
        *why = ws.errorString();
        return nullptr;
    }
    return std::move(ws).value();
}

bool listHas(const QList<RevocationListing>& rows, qint64 id)
{
    return std::any_of(rows.cbegin(), rows.cend(), [id](const RevocationListing& l) { return l.request.id == id; });
}

} // namespace

TEST(ReadReplica, ReadsGoToTheReplicaDecisionsToThePrimaryAndAClientReadsItsOwnDecision)
{
    HOCBASO_NEED_REPLICA();
    HOCBASO_MAKE_CENTRAL_STORE(c, 10, 100); // enough schools for two pending requests in the unit
    QString why;
    auto replicaSuper = caughtUpReplica(*c, &why);
    ASSERT_TRUE(replicaSuper) << why.toStdString();
    auto ws = signInWithReplica(*c, c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(ws) << why.toStdString();
    store::ReadReplica* rr = ws->readReplica();
    ASSERT_NE(rr, nullptr);
    store::Database& primary = ws->database();
    store::Database& replica = rr->replica();
    services::ServiceContext& ctx = ws->context();

    // What is only shown is read from the replica: the primary runs nothing for it.
    const quint64 primaryBefore = primary.statementCount();
    const quint64 replicaBefore = replica.statementCount();
    auto found = services::RecordLookup(ctx).find(services::LookupRequest{});
    ASSERT_TRUE(found) << found.errorString().toStdString();
    EXPECT_GT(found->total, 0);
    auto years = services::Statistics(ctx).schoolYears();
    ASSERT_TRUE(years && !years->isEmpty());
    auto report = services::Statistics(ctx).report(years->first());
    ASSERT_TRUE(report) << report.errorString().toStdString();
    EXPECT_FALSE(report->rows.isEmpty());
    services::RevocationReview review(ctx);
    auto pending = review.list({});
    ASSERT_TRUE(pending) << pending.errorString().toStdString();
    ASSERT_GE(pending->size(), 2) << "the demo gives the unit pending revocation requests";
    EXPECT_EQ(primary.statementCount(), primaryBefore);
    EXPECT_GT(replica.statementCount(), replicaBefore);

    // A decision goes to the primary only.
    const qint64 first = pending->at(0).request.id;
    const quint64 replicaBeforeDecision = replica.statementCount();
    auto decided = review.approve({first});
    ASSERT_TRUE(decided) << decided.errorString().toStdString();
    ASSERT_EQ(decided->decided, QList<qint64>{first});
    EXPECT_EQ(replica.statementCount(), replicaBeforeDecision);
    EXPECT_GT(primary.lastCommitLsn(), 0u);

    // Read your writes: the list read at once shows the decision, from the replica once it has
    // replayed it (it is healthy: well within the wait bound).
    services::RevocationReview::Filter approved;
    approved.status = RevocationStatus::Approved;
    const quint64 replicaReads = rr->replicaReads();
    auto after = review.list(approved);
    ASSERT_TRUE(after) << after.errorString().toStdString();
    EXPECT_TRUE(listHas(*after, first));
    auto stillPending = review.list({});
    ASSERT_TRUE(stillPending);
    EXPECT_FALSE(listHas(*stillPending, first));
    EXPECT_GT(rr->replicaReads(), replicaReads);
    EXPECT_EQ(rr->primaryFallbacks(), 0u);

    // A replica that does not catch up within the bound: the read comes from the primary and still
    // shows the client's own decision.
    const qint64 second = pending->at(1).request.id;
    {
        ReplayPause pause(*replicaSuper);
        ASSERT_TRUE(pause.paused());
        rr->setWaitBound(150);
        auto again = review.approve({second});
        ASSERT_TRUE(again) << again.errorString().toStdString();
        ASSERT_EQ(again->decided, QList<qint64>{second});
        auto seen = review.list(approved);
        ASSERT_TRUE(seen) << seen.errorString().toStdString();
        EXPECT_TRUE(listHas(*seen, second));
        EXPECT_EQ(rr->primaryFallbacks(), 1u);
        // The replica itself has not got it: the read really had to go to the primary.
        EXPECT_EQ(
            oneOn(*replicaSuper, QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(second)),
            QStringLiteral("pending"));
        auto lag = rr->lag();
        ASSERT_TRUE(lag) << lag.errorString().toStdString();
        EXPECT_TRUE(lag->standby);
        EXPECT_GT(lag->bytes, 0);
        pause.resume();
    }

    // Once the replica has replayed the decision, reads go back to it.
    rr->setWaitBound(store::ReadReplica::kDefaultWaitMs);
    QDeadlineTimer deadline(30000);
    while (oneOn(*replicaSuper, QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(second)) !=
               QLatin1String("approved") &&
           !deadline.hasExpired())
        QThread::msleep(20);
    const quint64 readsBefore = rr->replicaReads();
    auto later = review.list(approved);
    ASSERT_TRUE(later);
    EXPECT_TRUE(listHas(*later, second));
    EXPECT_GT(rr->replicaReads(), readsBefore);
}

TEST(ReadReplica, TheReadConnectionRefusesAChangeSentThereByMistake)
{
    HOCBASO_NEED_REPLICA();
    HOCBASO_MAKE_CENTRAL_STORE(c);
    QString why;
    auto replicaSuper = caughtUpReplica(*c, &why);
    ASSERT_TRUE(replicaSuper) << why.toStdString();
    auto ws = signInWithReplica(*c, c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(ws) << why.toStdString();
    store::Database& replica = ws->readReplica()->replica();
    const QString pendingBefore =
        c->one(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE status = 'pending'"));
    ASSERT_NE(pendingBefore.toInt(), 0);

    // A statement straight on the read connection.
    auto updated =
        replica.run(QStringLiteral("UPDATE revocation_requests SET decision_note = 'x' WHERE status = 'pending'"));
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(updated.errorString().contains(QStringLiteral("read-only"))) << updated.errorString().toStdString();

    // A decision through a context whose store is, by mistake, the read connection.
    services::ServiceContext wrong{replica, c->clock(), ws->actor(), {}};
    auto ids = services::RevocationReview(ws->context()).pendingIds({});
    ASSERT_TRUE(ids && !ids->isEmpty());
    auto decided = services::RevocationReview(wrong).approve({ids->first()});
    EXPECT_TRUE(!decided || decided->decided.isEmpty());
    // Nothing changed, on the primary nor (so) on the replica.
    EXPECT_EQ(c->one(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE status = 'pending'")),
              pendingBefore);
    EXPECT_EQ(c->one(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE decision_note = 'x'")),
              QStringLiteral("0"));

    // A read-write server named as the read server by mistake refuses changes on that connection too.
    auto notAReplica = store::ReadReplica::open(ws->database(), c->store().spec());
    ASSERT_TRUE(notAReplica) << notAReplica.errorString().toStdString();
    auto write = (*notAReplica)->replica().run(QStringLiteral("UPDATE revocation_requests SET decision_note = 'x'"));
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().kind, ErrorKind::Refused);
    EXPECT_EQ(c->one(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE decision_note = 'x'")),
              QStringLiteral("0"));
}

TEST(ReadReplica, CliLooksUpOnTheReplicaAndDecidesOnThePrimary)
{
    HOCBASO_NEED_REPLICA();
    HOCBASO_MAKE_CENTRAL_STORE(c);
    QString why;
    auto replicaSuper = caughtUpReplica(*c, &why);
    ASSERT_TRUE(replicaSuper) << why.toStdString();
    const QString pg = c->store().conninfo();
    const QString read = replicaOf(*c);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(CentralStore::kPassword));
    const QStringList as{QStringLiteral("--pg"),      pg,
                         QStringLiteral("--pg-read"), read,
                         QStringLiteral("--user"),    c->user(QStringLiteral("canbo1")),
                         QStringLiteral("--json")};
    // The sessions the replica has seen in the store's database: a run that reads there adds one.
    auto replicaSessions = [&] {
        test::execAs(*replicaSuper, QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        return oneOn(*replicaSuper,
                     QStringLiteral("SELECT sessions FROM pg_stat_database WHERE datname = current_database()"))
            .toLongLong();
    };
    const qint64 sessionsBefore = replicaSessions();

    const auto lookup = runCli(as + QStringList{QStringLiteral("lookup")}, env);
    ASSERT_EQ(lookup.exitCode, 0) << lookup.err.toStdString();
    const auto direct = runCli({QStringLiteral("--pg"), pg, QStringLiteral("--user"), c->user(QStringLiteral("canbo1")),
                                QStringLiteral("--json"), QStringLiteral("lookup")},
                               env);
    ASSERT_EQ(direct.exitCode, 0) << direct.err.toStdString();
    EXPECT_GT(lookup.json().value(QStringLiteral("total")).toInt(), 0);
    EXPECT_EQ(lookup.json().value(QStringLiteral("total")), direct.json().value(QStringLiteral("total")));
    // The session of the run with --pg-read is counted when its server process ends, just after the
    // program's: polled.
    QDeadlineTimer deadline(10000);
    while (replicaSessions() <= sessionsBefore && !deadline.hasExpired())
        QThread::msleep(20);
    EXPECT_GT(replicaSessions(), sessionsBefore);

    const auto list = runCli(as + QStringList{QStringLiteral("revocation"), QStringLiteral("list")}, env);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray rows = list.json().value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    const QString id = QString::number(rows.first().toObject().value(QStringLiteral("id")).toInteger());
    const auto approve = runCli(as + QStringList{QStringLiteral("revocation"), QStringLiteral("approve"), id}, env);
    ASSERT_EQ(approve.exitCode, 0) << approve.err.toStdString();
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = ") + id),
              QStringLiteral("approved"));

    // Another run (another client) sees the decision once the replica has it, within its lag.
    bool shown = false;
    QDeadlineTimer listed(30000);
    while (!shown && !listed.hasExpired()) {
        const auto approved = runCli(as + QStringList{QStringLiteral("revocation"), QStringLiteral("list"),
                                                      QStringLiteral("--status"), QStringLiteral("approved")},
                                     env);
        ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
        for (const QJsonValue& v : approved.json().value(QStringLiteral("rows")).toArray())
            shown = shown || QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id;
    }
    EXPECT_TRUE(shown);

    // --pg-read names a replica of --pg: alone it is a usage error.
    const auto alone = runCli({QStringLiteral("--pg-read"), read, QStringLiteral("--user"),
                               c->user(QStringLiteral("canbo1")), QStringLiteral("lookup")},
                              env);
    EXPECT_EQ(alone.exitCode, 2) << alone.err.toStdString();
}
