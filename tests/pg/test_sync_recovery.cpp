// Offline replicas and their sync when something goes wrong (issue 10): the command line killed in
// the middle of a download, a pull or a push, an acknowledgement lost on the way, a download
// cancelled, a replica of the previous schema version, a server restored from a backup. Each time
// the next run continues, nothing is applied twice or lost, and the replica ends equal to the
// server. PostgreSQL only.

#include "support/CliRunner.h"
#include "support/ReplicaSupport.h"

#include "services/CertificateReview.h"
#include "services/RevocationReview.h"
#include "store/Migrator.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::cliEnv;
using hocbaso::test::Device;
using hocbaso::test::Devices;
using hocbaso::test::pendingCertificate;
using hocbaso::test::pendingRequest;

namespace {

// Changes many rows of unit 1 in one transaction of the server (as the school side would over a
// day), so that a pull needs several pages.
void changeManyRows(CentralStore& c, const QString& address)
{
    ASSERT_TRUE(test::execAs(c.super(), QStringLiteral("UPDATE records SET updated_at = updated_at + interval '1 "
                                                       "second', row_version = row_version + 1 WHERE school_id IN "
                                                       "(SELECT id FROM schools WHERE unit_id = %1)")
                                            .arg(c.unitId(1)))
                    .ok);
    ASSERT_TRUE(test::execAs(c.super(), QStringLiteral("UPDATE schools SET address = '%1', row_version = row_version "
                                                       "+ 1 WHERE unit_id = %2")
                                            .arg(address)
                                            .arg(c.unitId(1)))
                    .ok);
}

// The embedded migrations of a dialect copied into `dir`, plus a later one: the next program
// version, which adds a column with a default (no UPDATE, so nothing in the change log).
QString migrationsWithAFutureStep(const QTemporaryDir& dir, store::Dialect dialect)
{
    const QString name = dialect == store::Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
    QDir().mkpath(dir.filePath(name));
    const QDir embedded(store::Migrator::embeddedDirectory(dialect));
    for (const QString& f : embedded.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QFile::copy(embedded.filePath(f), dir.filePath(name + QLatin1Char('/') + f));
    QFile future(dir.filePath(name + QStringLiteral("/099_school_phone.sql")));
    future.open(QIODevice::WriteOnly);
    future.write(dialect == store::Dialect::Sqlite
                     ? "ALTER TABLE schools ADD COLUMN phone TEXT;\n"
                     : "ALTER TABLE schools ADD COLUMN phone text NOT NULL DEFAULT '024 3942 0000';\n");
    return dir.filePath(name);
}

} // namespace

// `replica create` killed (kill -9) after its third batch, then run again: it continues where it
// stopped, and the replica equals the server's rows of the unit.
TEST(SyncReplica, DownloadKilledMidwayResumes)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.sqlite"));
    const QStringList args = {QStringLiteral("--user"),  c->user(QStringLiteral("canbo1")),
                              QStringLiteral("replica"), QStringLiteral("create"),
                              QStringLiteral("--from"),  devices.serverConninfo(),
                              QStringLiteral("--db"),    path,
                              QStringLiteral("--batch"), QStringLiteral("50"),
                              QStringLiteral("--json")};
    auto killed = test::runCli(args, cliEnv(QStringLiteral("download-batch:3")));
    EXPECT_EQ(killed.exitCode, -1) << killed.err.toStdString();
    {
        auto partial = store::Database::open(store::ConnectionSpec::sqlite(path, false));
        ASSERT_TRUE(partial.ok());
        EXPECT_EQ(test::oneOn(**partial, QStringLiteral("SELECT value FROM sync_state WHERE key = 'download'")),
                  QStringLiteral("running"));
        // The units came first (all of them: the tree is read by everyone), the records not yet.
        EXPECT_EQ(test::oneOn(**partial, QStringLiteral("SELECT count(*) FROM units")),
                  c->one(QStringLiteral("SELECT count(*) FROM units")));
        EXPECT_EQ(test::oneOn(**partial, QStringLiteral("SELECT count(*) FROM records")), QStringLiteral("0"));
    }
    // Meanwhile the server moves on; the resumed download and the pull that follows catch up.
    changeManyRows(*c, QStringLiteral("Đường trong lúc tải"));
    auto resumed = test::runCli(args, cliEnv());
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_TRUE(resumed.json().value(QStringLiteral("resumed")).toBool());
    EXPECT_GT(resumed.json().value(QStringLiteral("records")).toInteger(), 0);
    EXPECT_GT(resumed.json().value(QStringLiteral("schools")).toInteger(), 0);
    EXPECT_FALSE(resumed.json().value(QStringLiteral("cursor")).toString().isEmpty());
    {
        // The resumed download packed every signature by a registered certificate (SignatureCodec).
        auto copy = store::Database::open(store::ConnectionSpec::sqlite(path, false));
        ASSERT_TRUE(copy.ok());
        EXPECT_NE(test::oneOn(**copy, QStringLiteral("SELECT count(*) FROM signatures WHERE certificate_id IS NOT "
                                                     "NULL")),
                  QStringLiteral("0"));
        EXPECT_EQ(test::oneOn(**copy, QStringLiteral("SELECT count(*) FROM signatures WHERE certificate_id IS NOT "
                                                     "NULL AND substr(cms, 1, 1) <> x'02'")),
                  QStringLiteral("0"));
    }
    Device laptop;
    laptop.login = c->user(QStringLiteral("canbo1"));
    laptop.path = path;
    laptop.clock.set(c->store().clock().now());
    QString why;
    ASSERT_TRUE(devices.open(laptop, &why)) << why.toStdString();
    SYNC_OK(report, devices, laptop);
    EXPECT_SAME_AS_SERVER(devices, laptop);
}

// `sync` killed in the middle of its pull, then run again: the pull continues from the last page
// it committed and the replica equals the server.
TEST(SyncReplica, PullKilledMidwayResumes)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const QString cursorBefore = laptop->one(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
    laptop->close();
    changeManyRows(*c, QStringLiteral("Số 2, đường Láng"));
    const QStringList args = {QStringLiteral("sync"),   QStringLiteral("--db"), laptop->path,
                              QStringLiteral("--page"), QStringLiteral("40"),   QStringLiteral("--json")};
    auto killed = test::runCli(args, cliEnv(QStringLiteral("pull-page:2")));
    EXPECT_EQ(killed.exitCode, -1) << killed.err.toStdString();
    QString why;
    ASSERT_TRUE(devices.open(*laptop, &why)) << why.toStdString();
    EXPECT_NE(laptop->one(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")), cursorBefore);
    EXPECT_FALSE(devices.differences(*laptop).isEmpty());
    laptop->close();
    auto resumed = test::runCli(args, cliEnv());
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_GT(resumed.json().value(QStringLiteral("pulled")).toInteger(), 0);
    EXPECT_TRUE(resumed.json().value(QStringLiteral("conflicts")).toArray().isEmpty());
    ASSERT_TRUE(devices.open(*laptop, &why)) << why.toStdString();
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// The connection drops after the server committed a pushed decision and before the answer reached
// the replica: the retry (on a new connection) finds the operation applied and takes its answer;
// the decision is made once.
TEST(SyncReplica, LostAcknowledgementIsRetriedAndAppliedOnce)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 request = pendingRequest(*c, 1);
    ASSERT_TRUE(services::RevocationReview(laptop->context()).approve({request}).ok());
    sync::SyncOptions options;
    int faults = 0;
    options.fault = [&](const QString& stage, int) {
        if (stage != QLatin1String("push-commit") || faults++ > 0)
            return false;
        // The server's side of the connection goes away, as on a dropped network.
        test::execAs(c->super(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                "usename = '%1' AND datname = current_database()")
                                     .arg(laptop->login));
        return true;
    };
    SYNC_OK(report, devices, *laptop, options);
    EXPECT_EQ(faults, 1); // the retry found the operation applied and committed nothing new
    EXPECT_EQ(report->pushed, 1);
    EXPECT_TRUE(report->conflicts.isEmpty());
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops")), 1);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'revocation.approve' AND "
                                      "entity_id = '%1'")
                           .arg(request)),
              1);
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("approved"));
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// The same with the command line killed (kill -9) right after the server's commit: the next run
// pushes again and the server answers from applied_ops.
TEST(SyncReplica, SyncKilledAfterTheServersCommitPushesOnce)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 request = pendingRequest(*c, 1);
    ASSERT_TRUE(
        services::RevocationReview(laptop->context()).reject({request}, QStringLiteral("Thiếu minh chứng.")).ok());
    laptop->close();
    const QStringList args = {QStringLiteral("sync"), QStringLiteral("--db"), laptop->path, QStringLiteral("--json")};
    auto killed = test::runCli(args, cliEnv(QStringLiteral("push-commit:1")));
    EXPECT_EQ(killed.exitCode, -1);
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("rejected"));
    QString why;
    ASSERT_TRUE(devices.open(*laptop, &why)) << why.toStdString();
    EXPECT_EQ(laptop->pending(), 1);
    laptop->close();
    auto again = test::runCli(args, cliEnv());
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("pushed")).toInt(), 1);
    EXPECT_TRUE(again.json().value(QStringLiteral("conflicts")).toArray().isEmpty());
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops")), 1);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'revocation.reject' AND "
                                      "entity_id = '%1'")
                           .arg(request)),
              1);
    ASSERT_TRUE(devices.open(*laptop, &why)) << why.toStdString();
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// A replica made by the previous schema version, with a decision still pending, meets a server
// upgraded to the next one: the new program migrates the replica, pushes the decision and
// downloads the unit again (a new column's values never went through the change log), after which
// the replica equals the server, the new column included.
TEST(SyncReplica, ReplicaOfThePreviousSchemaVersionCatchesUp)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 request = pendingRequest(*c, 1);
    ASSERT_TRUE(services::RevocationReview(laptop->context()).approve({request}).ok());
    laptop->close();

    QTemporaryDir next;
    const QString sqliteDir = migrationsWithAFutureStep(next, store::Dialect::Sqlite);
    const QString postgresDir = migrationsWithAFutureStep(next, store::Dialect::Postgres);
    auto upgraded = store::Migrator(c->super(), postgresDir).migrate();
    ASSERT_TRUE(upgraded.ok()) << upgraded.errorString().toStdString();
    ASSERT_EQ(*upgraded, 99);

    // The next program: it knows schema 99 for both stores.
    auto replica = store::Database::open(store::ConnectionSpec::sqlite(laptop->path, false));
    ASSERT_TRUE(replica.ok());
    auto migrated = store::Migrator(**replica, sqliteDir).migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.errorString().toStdString();
    QString why;
    std::unique_ptr<store::Database> server = devices.serverAs(laptop->login, &why);
    ASSERT_TRUE(server) << why.toStdString();
    auto user = store::UserRepository(*server).byUsername(laptop->login);
    ASSERT_TRUE(user.ok() && user->has_value());
    auto report = sync::SyncService(**replica, laptop->clock, server, services::AuthService::actorFor(**user)).run();
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    EXPECT_TRUE(report->downloadedAgain);
    EXPECT_EQ(report->pushed, 1);
    EXPECT_TRUE(report->conflicts.isEmpty());
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("approved"));
    EXPECT_EQ(test::oneOn(**replica, QStringLiteral("SELECT DISTINCT phone FROM schools")),
              QStringLiteral("024 3942 0000"));
    auto asOwner = devices.serverAs(laptop->login, &why);
    ASSERT_TRUE(asOwner);
    const QString diff = Devices::compare(*asOwner, **replica);
    EXPECT_TRUE(diff.isEmpty()) << diff.toStdString();
}

// The server is restored from a backup taken before the laptop's last sync (its epoch is renewed
// and the log and the decision are gone): the laptop notices, pushes every operation it ever made
// again (the server applies what it lost, once), and downloads the unit again.
TEST(SyncReplica, RestoredServerGetsTheOperationsAgain)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 first = pendingRequest(*c, 1);
    const qint64 second = pendingCertificate(*c, 1);
    ASSERT_TRUE(first > 0 && second > 0);
    ASSERT_TRUE(services::RevocationReview(laptop->context()).approve({first}).ok());
    SYNC_OK(before, devices, *laptop);
    ASSERT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(first)),
              QStringLiteral("approved"));
    ASSERT_TRUE(
        services::CertificateReview(laptop->context()).reject({second}, QStringLiteral("Sai tên trường.")).ok());

    // The restore: the state before the first decision, a new epoch, no log after the backup.
    const qint64 backupSeq = c->count(QStringLiteral("SELECT min(seq) FROM sync_changes WHERE tbl = "
                                                     "'revocation_requests' AND row_id = %1")
                                          .arg(first));
    const qint64 record =
        c->count(QStringLiteral("SELECT record_id FROM revocation_requests WHERE id = %1").arg(first));
    for (const QString& sql :
         {QStringLiteral("UPDATE revocation_requests SET status = 'pending', decided_at = NULL, decided_by = NULL, "
                         "decision_note = NULL WHERE id = %1")
              .arg(first),
          QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(record),
          QStringLiteral("UPDATE record_versions SET status = 'sent', revoked_at = NULL WHERE record_id = %1 AND "
                         "status = 'revoked'")
              .arg(record),
          QStringLiteral("DELETE FROM applied_ops"),
          QStringLiteral("DELETE FROM sync_changes WHERE seq >= %1").arg(backupSeq),
          QStringLiteral("SELECT hocbaso_sync_new_epoch()")}) {
        const auto done = test::execAs(c->super(), sql);
        ASSERT_TRUE(done.ok) << sql.toStdString() << ": " << done.error.toStdString();
    }
    SYNC_OK(after, devices, *laptop);
    EXPECT_TRUE(after->downloadedAgain);
    EXPECT_EQ(after->pushed, 2);
    EXPECT_TRUE(after->conflicts.isEmpty());
    EXPECT_EQ(
        c->one(QStringLiteral("SELECT status || ':' || decided_by FROM revocation_requests WHERE id = %1").arg(first)),
        QStringLiteral("approved:") + laptop->login);
    EXPECT_EQ(c->one(QStringLiteral("SELECT status || ':' || decided_by FROM certificates WHERE id = %1").arg(second)),
              QStringLiteral("rejected:") + laptop->login);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops")), 2);
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// A download cancelled from its progress window keeps what it committed, the copy refuses to be
// signed in to until it is complete, and the next try continues and completes it.
TEST(SyncReplica, CancelledDownloadContinuesLater)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.sqlite"));
    const QString login = c->user(QStringLiteral("canbo1"));
    auto signedIn = services::SignIn(c->store().clock())
                        .signInCentral(store::ConnectionSpec::postgres(devices.serverConninfo()), login,
                                       QString::fromLatin1(CentralStore::kPassword));
    ASSERT_TRUE(signedIn.ok()) << signedIn.errorString().toStdString();
    auto replica = store::Database::open(store::ConnectionSpec::sqlite(path));
    ASSERT_TRUE(replica.ok());
    ASSERT_TRUE(store::Migrator(**replica).migrate().ok());
    sync::DownloadOptions options;
    options.batchSize = 40;
    int calls = 0;
    qint64 reportedTotal = 0;
    options.progress = [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        reportedTotal = total;
        return ++calls < 4;
    };
    auto cancelled = sync::ReplicaDownload(*signedIn->db, **replica, signedIn->actor, c->store().clock())
                         .create(devices.serverConninfo(), options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Refused);
    EXPECT_GT(reportedTotal, 0);
    EXPECT_EQ(test::oneOn(**replica, QStringLiteral("SELECT value FROM sync_state WHERE key = 'download'")),
              QStringLiteral("running"));
    ASSERT_TRUE(services::SignIn::rememberForOffline(**replica, login, QString::fromLatin1(CentralStore::kPassword),
                                                     c->store().clock())
                    .ok());
    auto early = services::SignIn(c->store().clock())
                     .signIn(store::ConnectionSpec::sqlite(path, false), services::Edition::ManagingUnit, login,
                             QString::fromLatin1(CentralStore::kPassword));
    EXPECT_FALSE(early.ok());

    auto resumed = sync::ReplicaDownload(*signedIn->db, **replica, signedIn->actor, c->store().clock())
                       .create(devices.serverConninfo(), {});
    ASSERT_TRUE(resumed.ok()) << resumed.errorString().toStdString();
    EXPECT_TRUE(resumed->resumed);
    replica->reset();
    Device laptop;
    laptop.login = login;
    laptop.path = path;
    laptop.clock.set(c->store().clock().now());
    QString why;
    ASSERT_TRUE(devices.open(laptop, &why)) << why.toStdString();
    EXPECT_SAME_AS_SERVER(devices, laptop);
}
