// Offline replicas and their sync against a real PostgreSQL central store (issue 10): the officers
// download their unit, decide and change lock dates offline, and sync while others change the
// central data. Every server connection is a person's own login role, so row-level security and the
// database's rules apply to the sync as they do online. PostgreSQL only.

#include "support/CliRunner.h"
#include "support/ReplicaSupport.h"

#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "services/UserAdmin.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::Device;
using hocbaso::test::Devices;

namespace {

#define MAKE_DEVICE(var, devices, base, ...)                                                                           \
    QString var##Why;                                                                                                  \
    auto var = (devices).make((base), &var##Why __VA_OPT__(, ) __VA_ARGS__);                                           \
    ASSERT_TRUE(var) << var##Why.toStdString();

#define SYNC_OK(var, devices, device, ...)                                                                             \
    auto var = (devices).sync((device)__VA_OPT__(, ) __VA_ARGS__);                                                     \
    ASSERT_TRUE(var.ok()) << var.errorString().toStdString();

#define EXPECT_SAME_AS_SERVER(devices, device)                                                                         \
    do {                                                                                                               \
        const QString diff = (devices).differences(device);                                                            \
        EXPECT_TRUE(diff.isEmpty()) << diff.toStdString();                                                             \
    } while (false)

// A pending revocation request of unit `unit` (the n-th by id).
qint64 pendingRequest(CentralStore& c, int unit, int n = 0)
{
    return c.count(QStringLiteral("SELECT r.id FROM revocation_requests r JOIN records rec ON rec.id = r.record_id "
                                  "JOIN schools s ON s.id = rec.school_id WHERE s.unit_id = %1 AND r.status = "
                                  "'pending' ORDER BY r.id OFFSET %2 LIMIT 1")
                       .arg(c.unitId(unit))
                       .arg(n));
}

qint64 pendingCertificate(CentralStore& c, int unit, int n = 0)
{
    return c.count(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id WHERE "
                                  "s.unit_id = %1 AND c.status = 'pending' ORDER BY c.id OFFSET %2 LIMIT 1")
                       .arg(c.unitId(unit))
                       .arg(n));
}

} // namespace

// The replica holds exactly the unit's rows as the officer sees them on the server, nothing of the
// other unit, and no password hash; the officer signs in to it offline with the password of the
// last online sign-in.
TEST(SyncReplica, DownloadHoldsTheUnitAndSignsInOffline)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"), 97);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM records")).toLongLong(),
              c->count(QStringLiteral("SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                      "s.unit_id = %1")
                           .arg(c->unitId(1))));
    EXPECT_GT(laptop->one(QStringLiteral("SELECT count(*) FROM records")).toLongLong(), 0);
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM schools WHERE unit_id <> %1").arg(c->unitId(1))),
              QStringLiteral("0"));
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''")), QStringLiteral("0"));
    EXPECT_TRUE(
        laptop->one(QStringLiteral("SELECT verifier FROM sync_credentials")).startsWith(QStringLiteral("$argon2id$")));
    // Statistics and the name index were built as the rows arrived.
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT sum(n) FROM record_counts")),
              laptop->one(QStringLiteral("SELECT count(*) FROM records")));
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM pupils_fts WHERE pupils_fts MATCH 'nguyen*'")),
              laptop->one(QStringLiteral("SELECT count(*) FROM pupils WHERE ' ' || name_folded LIKE '% nguyen%'")));
    EXPECT_EQ(laptop->actor.username, c->user(QStringLiteral("canbo1")));
    EXPECT_EQ(laptop->actor.unitId, c->unitId(1));

    // Offline sign-in: the right password, never a wrong one, never another person.
    services::SignIn signIn(laptop->clock);
    const store::ConnectionSpec file = store::ConnectionSpec::sqlite(laptop->path, false);
    auto wrong = signIn.signIn(file, services::Edition::ManagingUnit, laptop->login, QStringLiteral("sai mật khẩu"));
    EXPECT_FALSE(wrong.ok());
    auto other = signIn.signIn(file, services::Edition::ManagingUnit, c->user(QStringLiteral("admin")),
                               QString::fromLatin1(CentralStore::kPassword));
    EXPECT_FALSE(other.ok());
    auto right = signIn.signIn(file, services::Edition::ManagingUnit, laptop->login,
                               QString::fromLatin1(CentralStore::kPassword));
    ASSERT_TRUE(right.ok()) << right.errorString().toStdString();
    EXPECT_TRUE(right->offline);
    // What only the server can do is refused offline.
    auto stats = services::UserAdmin(laptop->context()).unlock(laptop->login);
    EXPECT_FALSE(stats.ok());
}

// Decisions made offline reach the server at the next sync, in the officer's own name, once; the
// replica then holds the server's version of everything (its audit chain included).
TEST(SyncReplica, OfflineDecisionsArePushedAndTheReplicaFollowsTheServer)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 request = pendingRequest(*c, 1);
    const qint64 certificate = pendingCertificate(*c, 1);
    ASSERT_GT(request, 0);
    ASSERT_GT(certificate, 0);

    auto approved = services::RevocationReview(laptop->context()).approve({request});
    ASSERT_TRUE(approved.ok()) << approved.errorString().toStdString();
    EXPECT_EQ(approved->decided, QList<qint64>{request});
    auto rejected = services::CertificateReview(laptop->context()).reject({certificate}, QStringLiteral("Sai tên."));
    ASSERT_TRUE(rejected.ok()) << rejected.errorString().toStdString();
    EXPECT_EQ(rejected->decided, QList<qint64>{certificate});
    EXPECT_EQ(laptop->pending(), 2);
    // Nothing reached the server yet.
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("pending"));

    // Meanwhile the school side and others change the central store.
    ASSERT_TRUE(test::execAs(c->super(), QStringLiteral("UPDATE schools SET address = 'Số 1, đường mới' WHERE id = "
                                                        "(SELECT min(id) FROM schools WHERE unit_id = %1)")
                                             .arg(c->unitId(1)))
                    .ok);

    SYNC_OK(report, devices, *laptop);
    EXPECT_EQ(report->pushed, 2);
    EXPECT_TRUE(report->conflicts.isEmpty());
    EXPECT_GT(report->pulled, 0);
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_EQ(
        c->one(
            QStringLiteral("SELECT status || ':' || decided_by FROM revocation_requests WHERE id = %1").arg(request)),
        QStringLiteral("approved:") + laptop->login);
    EXPECT_EQ(
        c->one(QStringLiteral("SELECT status || ':' || decided_by FROM certificates WHERE id = %1").arg(certificate)),
        QStringLiteral("rejected:") + laptop->login);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops")), 2);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE detail::jsonb ? 'op'")), 2);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
    EXPECT_TRUE(services::AuditLog(laptop->context()).verify()->ok);
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);

    // A second sync has nothing to do.
    SYNC_OK(again, devices, *laptop);
    EXPECT_EQ(again->pushed, 0);
    EXPECT_EQ(again->pulled, 0);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

namespace {

QProcessEnvironment cliEnv(const QString& crashAt = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(CentralStore::kPassword));
    env.insert(QStringLiteral("HOCBASO_SYNC_CRASH_AT"), crashAt);
    return env;
}

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
        EXPECT_EQ(test::oneOn(**partial, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("1"));
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

// A transaction that wrote the log before another but commits after it is not skipped: the pull
// serves only what is below the oldest running transaction, and takes it once it has ended.
TEST(SyncReplica, LateCommitIsNotSkipped)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const QStringList schools = c->schoolIdsOfUnit(1).split(QLatin1Char(','));
    ASSERT_GE(schools.size(), 2);
    auto early = c->store().openAnother();
    auto late = c->store().openAnother();
    ASSERT_TRUE(early && late);
    // `early` writes first (the lower log sequence number) but commits last.
    ASSERT_TRUE(test::execAs(*early, QStringLiteral("BEGIN")).ok);
    ASSERT_TRUE(test::execAs(*early, QStringLiteral("UPDATE schools SET address = 'early', row_version = row_version "
                                                    "+ 1 WHERE id = %1")
                                         .arg(schools.at(0)))
                    .ok);
    ASSERT_TRUE(test::execAs(*late, QStringLiteral("BEGIN")).ok);
    ASSERT_TRUE(test::execAs(*late, QStringLiteral("UPDATE schools SET address = 'late', row_version = row_version "
                                                   "+ 1 WHERE id = %1")
                                        .arg(schools.at(1)))
                    .ok);
    ASSERT_TRUE(test::execAs(*late, QStringLiteral("COMMIT")).ok);
    SYNC_OK(first, devices, *laptop);
    // The late commit is above the horizon while `early` runs: nothing of either arrived, and the
    // cursor did not pass them.
    EXPECT_NE(laptop->one(QStringLiteral("SELECT address FROM schools WHERE id = %1").arg(schools.at(1))),
              QStringLiteral("late"));
    ASSERT_TRUE(test::execAs(*early, QStringLiteral("COMMIT")).ok);
    EXPECT_LT(c->count(QStringLiteral("SELECT seq FROM sync_changes WHERE tbl = 'schools' AND row_id = %1 ORDER BY "
                                      "seq DESC LIMIT 1")
                           .arg(schools.at(0))),
              c->count(QStringLiteral("SELECT seq FROM sync_changes WHERE tbl = 'schools' AND row_id = %1 ORDER BY "
                                      "seq DESC LIMIT 1")
                           .arg(schools.at(1))));
    SYNC_OK(second, devices, *laptop);
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT address FROM schools WHERE id = %1").arg(schools.at(0))),
              QStringLiteral("early"));
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT address FROM schools WHERE id = %1").arg(schools.at(1))),
              QStringLiteral("late"));
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// The same revocation request decided offline on two laptops (an approval and a rejection): the
// first to sync wins, the second is told who decided what and when, in both orders; afterwards
// both laptops equal the server.
class SyncTwoDevices : public ::testing::TestWithParam<bool>
{};

TEST_P(SyncTwoDevices, FirstDecisionToArriveWinsAndTheOtherIsReported)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(officer, devices, QStringLiteral("canbo1"));
    MAKE_DEVICE(admin, devices, QStringLiteral("admin"));
    const qint64 request = pendingRequest(*c, 1);
    ASSERT_GT(request, 0);
    ASSERT_TRUE(services::RevocationReview(officer->context()).approve({request}).ok());
    ASSERT_TRUE(services::RevocationReview(admin->context()).reject({request}, QStringLiteral("Hồ sơ chưa đủ.")).ok());
    Device& first = GetParam() ? *officer : *admin;
    Device& second = GetParam() ? *admin : *officer;
    const QString firstStatus = GetParam() ? QStringLiteral("approved") : QStringLiteral("rejected");

    SYNC_OK(won, devices, first);
    EXPECT_TRUE(won->conflicts.isEmpty());
    SYNC_OK(lost, devices, second);
    ASSERT_EQ(lost->conflicts.size(), 1);
    const sync::SyncConflict& k = lost->conflicts.first();
    EXPECT_EQ(k.outcome, QStringLiteral("conflict"));
    EXPECT_EQ(k.entity, QStringLiteral("revocation_request"));
    EXPECT_EQ(k.key, QString::number(request));
    EXPECT_EQ(k.yours, GetParam() ? QStringLiteral("reject") : QStringLiteral("approve"));
    EXPECT_EQ(k.winner, firstStatus);
    EXPECT_EQ(k.by, first.login);
    EXPECT_TRUE(k.at.isValid());
    const QString pupil = c->one(QStringLiteral("SELECT p.full_name FROM revocation_requests r JOIN records rec ON "
                                                "rec.id = r.record_id JOIN pupils p ON p.id = rec.pupil_id WHERE r.id "
                                                "= %1")
                                     .arg(request));
    EXPECT_TRUE(k.message.contains(pupil)) << k.message.toStdString();
    EXPECT_TRUE(k.message.contains(first.login)) << k.message.toStdString();

    EXPECT_EQ(
        c->one(
            QStringLiteral("SELECT status || ':' || decided_by FROM revocation_requests WHERE id = %1").arg(request)),
        firstStatus + QLatin1Char(':') + first.login);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'revocation_request' AND "
                                      "entity_id = '%1' AND detail::jsonb ? 'op'")
                           .arg(request)),
              1);
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(outcome, ',' ORDER BY outcome) FROM applied_ops")),
              QStringLiteral("applied,conflict"));
    SYNC_OK(firstAgain, devices, first);
    EXPECT_TRUE(firstAgain->conflicts.isEmpty());
    EXPECT_EQ(first.pending(), 0);
    EXPECT_EQ(second.pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, first);
    EXPECT_SAME_AS_SERVER(devices, second);
}

INSTANTIATE_TEST_SUITE_P(BothOrders, SyncTwoDevices, ::testing::Bool(), [](const testing::TestParamInfo<bool>& info) {
    return info.param ? std::string("ApprovalFirst") : std::string("RejectionFirst");
});
