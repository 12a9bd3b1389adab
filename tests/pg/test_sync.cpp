// Offline replicas and their sync against a real PostgreSQL central store (issue 10): the officers
// download their unit, decide and change lock dates offline, and sync while others change the
// central data. Every server connection is a person's own login role, so row-level security and the
// database's rules apply to the sync as they do online. PostgreSQL only.

#include "support/CliRunner.h"
#include "support/ReplicaSupport.h"

#include "core/LookupCode.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "services/UserAdmin.h"
#include "store/ReplicaRepository.h"

#include <iostream>
#include <random>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::cliEnv;
using hocbaso::test::Device;
using hocbaso::test::Devices;
using hocbaso::test::pendingCertificate;
using hocbaso::test::pendingRequest;

namespace {

const auto yes = [](const QString&) { return true; };

// One unit-wide lock row of grade 1 this school year.
services::LockChange unitWideGrade1(const SchoolYear& year, std::optional<QDate> receive)
{
    services::LockChange change;
    change.allSchools = true;
    change.grades = {1};
    change.schoolYear = year.startYear;
    change.receive = receive;
    return change;
}

QString receiveOnServer(CentralStore& c, const SchoolYear& year)
{
    return c.one(QStringLiteral("SELECT receive_lock::text || ':' || updated_by FROM lock_settings WHERE unit_id = %1 "
                                "AND school_year = %2 AND school_id IS NULL AND grade = 1")
                     .arg(c.unitId(1))
                     .arg(year.startYear));
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
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM record_search")),
              laptop->one(QStringLiteral("SELECT count(*) FROM records")));
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'nguyen*'")),
              laptop->one(QStringLiteral("SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE ' "
                                         "' || p.name_folded LIKE '% nguyen%'")));
    EXPECT_EQ(laptop->actor.username, c->user(QStringLiteral("canbo1")));
    EXPECT_EQ(laptop->actor.unitId, c->unitId(1));

    // Offline sign-in: the right password, never a wrong one, never another person.
    services::SignIn signIn(laptop->clock);
    const store::ConnectionSpec file = store::ConnectionSpec::sqlite(laptop->path, false);
    auto wrong = signIn.signIn(file, services::Edition::ManagingUnit, laptop->login, QStringLiteral("sai mật khẩu"));
    EXPECT_FALSE(wrong.ok());
    auto other = signIn.signIn(file, services::Edition::ManagingUnit, c->user(QStringLiteral("admin1")),
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

// A revocation by the CA that an officer recorded online (schema 19) reaches the officer's offline
// copy with the rest of the certificate's row, so that 6.1 offline shows it too.
TEST(SyncReplica, ARevocationByTheCaReachesTheReplica)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const QString certificate =
        c->one(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id WHERE s.unit_id = "
                              "%1 AND c.status = 'approved' ORDER BY c.id LIMIT 1")
                   .arg(c->unitId(1)));
    ASSERT_FALSE(certificate.isEmpty());
    QString why;
    auto officer = c->signIn(c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(officer) << why.toStdString();
    const auto recorded = test::execAs(
        officer->database(),
        QStringLiteral("UPDATE certificates SET ca_revoked_at = '2026-11-15 00:00+00', ca_revocation_reason = "
                       "'keyCompromise', ca_revocation_source = 'CN=Test CA', ca_revocation_seen_at = '2026-11-20 "
                       "09:00+00' WHERE id = %1")
            .arg(certificate));
    // (A time the program would write: to the millisecond, as replicas keep it.)
    ASSERT_TRUE(recorded.ok && recorded.rows == 1) << recorded.error.toStdString();

    SYNC_OK(report, devices, *laptop);
    EXPECT_GT(report->pulled, 0);
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT ca_revoked_at || ' ' || ca_revocation_reason FROM certificates "
                                         "WHERE id = %1")
                              .arg(certificate)),
              QStringLiteral("2026-11-15T00:00:00.000Z keyCompromise"));
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
    MAKE_DEVICE(admin, devices, QStringLiteral("admin1"));
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

// A laptop whose clock is a day behind: once it has pulled a lock date set online, its own later
// change still wins (its stamps order after every stamp it has seen), and the value it overwrote
// is audited. A change it made without having seen the online one is older by the clocks and loses,
// reported as a conflict.
TEST(SyncReplica, ClockSkewOfADayKeepsLastWriterWinsCausal)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    laptop->clock.set(c->store().clock().now().addDays(-1));
    QString why;
    auto admin = c->signIn(c->user(QStringLiteral("admin1")), &why);
    ASSERT_TRUE(admin) << why.toStdString();
    const SchoolYear year = SchoolYear::containing(c->store().clock().today());
    const QDate d1 = year.lastDay().addDays(-40), d2 = year.lastDay().addDays(-30), d3 = year.lastDay().addDays(-20),
                d4 = year.lastDay().addDays(-10);

    auto set1 = services::LockService(admin->context()).set(unitWideGrade1(year, d1), yes);
    ASSERT_TRUE(set1.ok()) << set1.errorString().toStdString();
    SYNC_OK(seen, devices, *laptop);
    ASSERT_TRUE(services::LockService(laptop->context()).set(unitWideGrade1(year, d2), yes).ok());
    const QString offlineStamp = laptop->one(QStringLiteral("SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1"));
    const QString onlineStamp = c->one(QStringLiteral("SELECT hlc FROM lock_settings WHERE unit_id = %1 AND "
                                                      "school_year = %2 AND school_id IS NULL AND grade = 1")
                                           .arg(c->unitId(1))
                                           .arg(year.startYear));
    // By its wall clock the laptop is a day earlier; by its stamp it is after what it saw.
    EXPECT_GT(offlineStamp, onlineStamp);
    SYNC_OK(won, devices, *laptop);
    EXPECT_EQ(won->pushed, 1);
    EXPECT_TRUE(won->conflicts.isEmpty());
    EXPECT_EQ(receiveOnServer(*c, year), d2.toString(Qt::ISODate) + QLatin1Char(':') + laptop->login);
    EXPECT_EQ(c->one(QStringLiteral("SELECT detail::jsonb->>'overwrote_by' || ':' || (detail::jsonb->>'old_receive') "
                                    "FROM audit_events WHERE action = 'lock.set' AND detail::jsonb ? 'op'")),
              admin->ctx->actor.username + QLatin1Char(':') + d1.toString(Qt::ISODate));

    // The administrator changes it again an hour later; the laptop, not having synced, changes it
    // too: by the stamps its change is the older one.
    c->store().clock().advanceSecs(3600);
    ASSERT_TRUE(services::LockService(admin->context()).set(unitWideGrade1(year, d3), yes).ok());
    ASSERT_TRUE(services::LockService(laptop->context()).set(unitWideGrade1(year, d4), yes).ok());
    SYNC_OK(lost, devices, *laptop);
    ASSERT_EQ(lost->conflicts.size(), 1);
    EXPECT_EQ(lost->conflicts.first().entity, QStringLiteral("lock_setting"));
    EXPECT_EQ(lost->conflicts.first().winner, QStringLiteral("set"));
    EXPECT_EQ(lost->conflicts.first().by, admin->ctx->actor.username);
    EXPECT_EQ(receiveOnServer(*c, year), d3.toString(Qt::ISODate) + QLatin1Char(':') + admin->ctx->actor.username);
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
}

// The property: many random operations on the server and on two laptops (decisions of 6.1 and 6.5,
// lock dates set and cleared), random syncs in between, then everybody syncs. Every replica then
// equals the server, no offline decision is lost (each was applied or answered with a conflict or
// a refusal, and an applied one stands on the server in its author's name) and none was applied
// twice. The seed comes from HOCBASO_SYNC_SEED when set, so a failure can be replayed.
TEST(SyncReplica, RandomOperationsConverge)
{
    const quint32 seed =
        qEnvironmentVariableIsSet("HOCBASO_SYNC_SEED") ? qEnvironmentVariable("HOCBASO_SYNC_SEED").toUInt() : 20261120u;
    SCOPED_TRACE("HOCBASO_SYNC_SEED=" + std::to_string(seed));
    HOCBASO_MAKE_CENTRAL_STORE(c, 4, 240);
    Devices devices(*c);
    MAKE_DEVICE(a, devices, QStringLiteral("canbo1"));
    MAKE_DEVICE(b, devices, QStringLiteral("admin1"));
    QString why;
    auto online = c->signIn(c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(online) << why.toStdString();
    const QString unit = QString::number(c->unitId(1));
    const QStringList requests =
        c->one(
             QStringLiteral("SELECT string_agg(r.id::text, ',') FROM revocation_requests r JOIN records rec ON rec.id "
                            "= r.record_id JOIN schools s ON s.id = rec.school_id WHERE s.unit_id = %1")
                 .arg(unit))
            .split(QLatin1Char(','));
    const QStringList certificates =
        c->one(QStringLiteral("SELECT string_agg(c.id::text, ',') FROM certificates c JOIN "
                              "schools s ON s.id = c.school_id WHERE s.unit_id = %1")
                   .arg(unit))
            .split(QLatin1Char(','));
    const QStringList schoolCodes =
        c->one(QStringLiteral("SELECT string_agg(code, ',') FROM schools WHERE unit_id = %1").arg(unit))
            .split(QLatin1Char(','));
    ASSERT_FALSE(requests.isEmpty() || certificates.isEmpty() || schoolCodes.isEmpty());
    const SchoolYear year = SchoolYear::containing(c->store().clock().today());
    std::mt19937 rng(seed);
    const auto pick = [&rng](const QStringList& l) { return l.at(int(rng() % l.size())); };

    for (int step = 0; step < 160; ++step) {
        const int who = int(rng() % 6);
        if (who >= 4) {
            Device& d = who == 4 ? *a : *b;
            SYNC_OK(report, devices, d);
            continue;
        }
        services::ServiceContext& ctx = who == 0 ? a->context() : who == 1 ? b->context() : online->context();
        // Each laptop's and the server's clock move on a little.
        a->clock.advanceSecs(60);
        b->clock.advanceSecs(60);
        c->store().clock().advanceSecs(60);
        const bool approve = rng() % 2 == 0;
        Status done;
        switch (rng() % 4) {
        case 0: {
            const qint64 id = pick(requests).toLongLong();
            auto r = approve ? services::RevocationReview(ctx).approve({id})
                             : services::RevocationReview(ctx).reject({id}, QStringLiteral("Ngẫu nhiên %1").arg(step));
            done = r ? Status() : Status(r.error());
            break;
        }
        case 1: {
            const qint64 id = pick(certificates).toLongLong();
            services::CertificateReview review(ctx);
            const int what = int(rng() % 5);
            auto r = what < 2   ? review.approve({id}, yes)
                     : what < 4 ? review.reject({id}, QStringLiteral("Ngẫu nhiên %1").arg(step))
                                : review.revoke({id}, QStringLiteral("Lộ khóa %1").arg(step));
            done = r ? Status() : Status(r.error());
            break;
        }
        case 2: {
            services::LockChange change;
            if (rng() % 3 == 0)
                change.allSchools = true;
            else
                change.schoolCodes = {pick(schoolCodes)};
            change.grades = {int(rng() % 5) + 1};
            change.schoolYear = year.startYear;
            const QDate receive = year.lastDay().addDays(-20 - int(rng() % 100));
            change.receive = receive;
            if (rng() % 2 == 0)
                change.revoke = receive.addDays(int(rng() % 20));
            done = services::LockService(ctx).set(change, yes);
            break;
        }
        default:
            done = services::LockService(ctx).clear(pick(schoolCodes), {int(rng() % 5) + 1}, year.startYear);
            break;
        }
        // Refusals are part of the game (decided already, a date outside the year); the store failing is not.
        ASSERT_TRUE(done.ok() || (done.error().kind != ErrorKind::Storage && done.error().kind != ErrorKind::Internal))
            << "step " << step << ": " << done.errorString().toStdString();
    }
    for (Device* d : {a.get(), b.get(), a.get()}) {
        SYNC_OK(report, devices, *d);
    }

    EXPECT_SAME_AS_SERVER(devices, *a);
    EXPECT_SAME_AS_SERVER(devices, *b);
    int applied = 0, total = 0;
    for (Device* d : {a.get(), b.get()}) {
        auto ops = store::ReplicaRepository(d->database()).ops(false);
        ASSERT_TRUE(ops.ok());
        for (const store::OutboxOp& op : *ops) {
            ++total;
            ASSERT_TRUE(op.acked) << op.intent.toStdString() << " " << op.entityKey.toStdString();
            EXPECT_TRUE(QStringList({QStringLiteral("applied"), QStringLiteral("conflict"), QStringLiteral("refused")})
                            .contains(op.outcome));
            EXPECT_EQ(c->one(QStringLiteral("SELECT outcome FROM applied_ops WHERE op_id = '%1'").arg(op.opId)),
                      op.outcome);
            if (op.outcome != QLatin1String("applied"))
                continue;
            ++applied;
            // An applied decision stands on the server in its author's name (a certificate approved
            // offline may have been revoked since; the approval's author stays).
            if (op.entity == QLatin1String("revocation_request") ||
                (op.entity == QLatin1String("certificate") && op.intent != QLatin1String("certificate.revoke"))) {
                const QString table = op.entity == QLatin1String("certificate") ? QStringLiteral("certificates")
                                                                                : QStringLiteral("revocation_requests");
                EXPECT_EQ(c->one(QStringLiteral("SELECT decided_by FROM %1 WHERE id = %2").arg(table, op.entityKey)),
                          op.createdBy)
                    << op.intent.toStdString() << " " << op.entityKey.toStdString();
            }
        }
    }
    std::cout << "[          ] " << total << " offline operations, " << applied << " applied\n";
    EXPECT_GT(total, 15);
    EXPECT_GT(applied, 5);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops")), total);
    // Each applied operation wrote its audit event once.
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE detail::jsonb ? 'op'")), applied);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(DISTINCT detail::jsonb->>'op') FROM audit_events WHERE "
                                      "detail::jsonb ? 'op'")),
              applied);
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
}

// A decision made on the laptop while a sync runs (after the push, before the pull) is neither
// lost nor sent twice: the pull puts the server's rows back, the decision is applied again on top,
// and it waits for the next sync.
TEST(SyncReplica, ActionDuringASyncIsAppliedAgainAfterThePull)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const qint64 request = pendingRequest(*c, 1);
    const qint64 certificate = pendingCertificate(*c, 1);
    ASSERT_TRUE(services::CertificateReview(laptop->context()).reject({certificate}, QStringLiteral("Sai tên.")).ok());
    sync::SyncOptions options;
    bool decided = false;
    options.checkpoint = [&](const QString& stage, int) {
        if (stage == QLatin1String("push-ack") && !decided) {
            decided = true;
            auto r = services::RevocationReview(laptop->context()).approve({request});
            EXPECT_TRUE(r.ok() && r->decided.size() == 1);
        }
    };
    SYNC_OK(report, devices, *laptop, options);
    EXPECT_TRUE(decided);
    EXPECT_EQ(report->pushed, 1);
    EXPECT_EQ(report->reapplied, 1);
    EXPECT_EQ(laptop->pending(), 1);
    EXPECT_EQ(laptop->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("approved"));
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("pending"));
    SYNC_OK(next, devices, *laptop);
    EXPECT_EQ(next->pushed, 1);
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_EQ(
        c->one(
            QStringLiteral("SELECT status || ':' || decided_by FROM revocation_requests WHERE id = %1").arg(request)),
        QStringLiteral("approved:") + laptop->login);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// The command line on a replica works offline (its decisions go to the outbox), and `sync --json`
// reports the conflict with the keys CLI.md fixes.
TEST(SyncReplica, CommandLineWorksOfflineAndReportsConflicts)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(officer, devices, QStringLiteral("canbo1"));
    MAKE_DEVICE(admin, devices, QStringLiteral("admin1"));
    admin->close();
    const qint64 request = pendingRequest(*c, 1);
    ASSERT_TRUE(services::RevocationReview(officer->context()).approve({request}).ok());
    SYNC_OK(first, devices, *officer);

    auto decided =
        test::runCli({QStringLiteral("--db"), admin->path, QStringLiteral("--user"), admin->login,
                      QStringLiteral("--json"), QStringLiteral("revocation"), QStringLiteral("reject"),
                      QString::number(request), QStringLiteral("--reason"), QStringLiteral("Chưa đủ hồ sơ.")},
                     cliEnv());
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_EQ(decided.json().value(QStringLiteral("decided")).toArray().size(), 1);
    // What only the server can do is refused on the replica, with exit code 1.
    auto refused = test::runCli({QStringLiteral("--db"), admin->path, QStringLiteral("--user"), admin->login,
                                 QStringLiteral("user"), QStringLiteral("disable"), officer->login},
                                cliEnv());
    EXPECT_EQ(refused.exitCode, 1);

    auto synced =
        test::runCli({QStringLiteral("sync"), QStringLiteral("--db"), admin->path, QStringLiteral("--json")}, cliEnv());
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    const QJsonObject report = synced.json();
    EXPECT_EQ(report.value(QStringLiteral("pushed")).toInt(), 1);
    EXPECT_TRUE(report.contains(QStringLiteral("pulled")));
    const QJsonArray conflicts = report.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    const QJsonObject k = conflicts.first().toObject();
    for (const char* key : {"op", "entity", "id", "yours", "winner", "by", "at", "message"})
        EXPECT_TRUE(k.contains(QLatin1String(key))) << key;
    EXPECT_EQ(k.value(QStringLiteral("entity")).toString(), QStringLiteral("revocation_request"));
    EXPECT_EQ(k.value(QStringLiteral("id")).toString(), QString::number(request));
    EXPECT_EQ(k.value(QStringLiteral("yours")).toString(), QStringLiteral("reject"));
    EXPECT_EQ(k.value(QStringLiteral("winner")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(k.value(QStringLiteral("by")).toString(), officer->login);
    EXPECT_FALSE(k.value(QStringLiteral("message")).toString().isEmpty());
    QString why;
    ASSERT_TRUE(devices.open(*admin, &why)) << why.toStdString();
    EXPECT_EQ(admin->pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, *admin);
}
