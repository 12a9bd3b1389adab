// 6.2 locks, the school side (confirm, send, revocation request), 6.5 decisions and 6.4 counts,
// on SQLite and PostgreSQL.

#include "support/DemoStore.h"

#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RecordDetails.h"
#include "services/RevocationReview.h"
#include "services/SchoolActions.h"
#include "services/SigningKeys.h"
#include "services/Statistics.h"
#include "store/CertificateRepository.h"
#include "store/RecordRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

// A demo district with its simulation keys, and the clock at 20/11/2026 (school year 2026-2027).
struct World
{
    std::unique_ptr<TestStore> store;
    QTemporaryDir dir;
    std::optional<services::SigningKeys> keys;

    services::ServiceContext& ctx() { return store->context(); }
    QString one(const QString& sql)
    {
        QSqlQuery q(store->db().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
};

QString schoolCodeOf(World& w, const QString& uuid)
{
    return w.one(QStringLiteral("SELECT s.code FROM records r JOIN schools s ON s.id = r.school_id WHERE r.uuid = '%1'")
                     .arg(uuid));
}

} // namespace

class Workflows : public ::testing::TestWithParam<store::Dialect>
{
protected:
    bool makeWorld(World& w, QString* why)
    {
        w.store = TestStore::create(GetParam(), why);
        if (!w.store)
            return false;
        const QString keyFile = w.dir.filePath(QStringLiteral("keys.json"));
        auto demo = test::fillWithDemo(*w.store, 4, 160, true, keyFile);
        if (!demo) {
            *why = demo.errorString();
            return false;
        }
        auto keys = services::SigningKeys::load(keyFile);
        if (!keys) {
            *why = keys.errorString();
            return false;
        }
        w.keys = std::move(*keys);
        return true;
    }
};

#define MAKE_WORLD(w)                                                                                                  \
    World w;                                                                                                           \
    {                                                                                                                  \
        QString why;                                                                                                   \
        if (!makeWorld(w, &why)) {                                                                                     \
            if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())                                 \
                FAIL() << why.toStdString();                                                                           \
            GTEST_SKIP() << why.toStdString();                                                                         \
        }                                                                                                              \
    }

TEST_P(Workflows, LockSettingsInheritAndOverride)
{
    MAKE_WORLD(w);
    services::LockService locks(w.ctx());
    const QString school = w.one(QStringLiteral("SELECT code FROM schools ORDER BY code LIMIT 1 OFFSET 1"));
    services::LockChange all;
    all.allSchools = true;
    all.grades = {1, 2};
    all.receive = QDate(2027, 5, 20);
    all.revoke = QDate(2027, 6, 10);
    ASSERT_TRUE(locks.set(all, {}).ok());
    services::LockChange own;
    own.schoolCodes = {school};
    own.grades = {1};
    own.receive = QDate(2027, 5, 25);
    ASSERT_TRUE(locks.set(own, {}).ok());
    auto rows = locks.effective(2026);
    ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
    int checked = 0;
    for (const services::EffectiveLock& e : *rows) {
        if (e.grade >= 3) {
            EXPECT_FALSE(e.receive.isValid());
            EXPECT_FALSE(e.revoke.isValid());
            EXPECT_EQ(e.source, services::LockSource::None);
        } else if (e.schoolCode == school && e.grade == 1) {
            EXPECT_EQ(e.receive, QDate(2027, 5, 25));
            EXPECT_EQ(e.receiveSource, services::LockSource::School);
            EXPECT_EQ(e.revoke, QDate(2027, 6, 10));
            EXPECT_EQ(e.revokeSource, services::LockSource::Unit);
            EXPECT_EQ(e.source, services::LockSource::School);
            ++checked;
        } else {
            EXPECT_EQ(e.receive, QDate(2027, 5, 20));
            EXPECT_EQ(e.revoke, QDate(2027, 6, 10));
            EXPECT_EQ(e.source, services::LockSource::Unit);
        }
    }
    EXPECT_EQ(checked, 1);
    // Back to the unit-wide setting.
    ASSERT_TRUE(locks.clear(school, {1}, 2026).ok());
    auto back = locks.effectiveFor(
        w.one(QStringLiteral("SELECT id FROM schools WHERE code = '%1'").arg(school)).toLongLong(), 2026, 1);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->receive, QDate(2027, 5, 20));
    EXPECT_EQ(back->receiveSource, services::LockSource::Unit);
    services::AuditLog audit(w.ctx());
    EXPECT_TRUE(audit.verify()->ok);
}

TEST_P(Workflows, LockValidationSavesNothing)
{
    MAKE_WORLD(w);
    services::LockService locks(w.ctx());
    const QString before =
        w.one(QStringLiteral("SELECT count(*) || ':' || COALESCE(max(row_version), 0) FROM lock_settings"));
    auto attempt = [&](services::LockChange c, const services::LockService::Confirm& confirm = {}) {
        return locks.set(c, confirm);
    };
    services::LockChange c;
    c.allSchools = true;
    c.grades = {1};
    c.receive = QDate(2027, 6, 20);
    c.revoke = QDate(2027, 6, 10);
    EXPECT_FALSE(attempt(c).ok()); // revoke before receive
    c.revoke.reset();
    c.receive = QDate(2027, 9, 1);
    EXPECT_FALSE(attempt(c).ok()); // outside the school year
    c.receive = QDate(2027, 5, 20);
    c.grades = {6};
    EXPECT_FALSE(attempt(c).ok()); // no grade 6
    c.grades = {1};
    c.allSchools = false;
    c.schoolCodes = {QStringLiteral("NOPE")};
    EXPECT_FALSE(attempt(c).ok()); // unknown school
    c.allSchools = true;
    c.schoolCodes.clear();
    c.receive = QDate(2026, 11, 1); // already past on 20/11/2026
    bool asked = false;
    EXPECT_FALSE(attempt(c, [&](const QString&) {
                     asked = true;
                     return false;
                 }).ok());
    EXPECT_TRUE(asked);
    EXPECT_EQ(w.one(QStringLiteral("SELECT count(*) || ':' || COALESCE(max(row_version), 0) FROM lock_settings")),
              before);
    EXPECT_TRUE(attempt(c, [](const QString&) { return true; }).ok());
}

TEST_P(Workflows, SendFollowsReceiveLockAndApprovals)
{
    MAKE_WORLD(w);
    // A confirmed record of a school with an approved seal.
    const QString uuid = w.one(QStringLiteral(
        "SELECT r.uuid FROM records r WHERE r.status = 'confirmed' AND r.school_year = 2026 AND EXISTS (SELECT 1 FROM "
        "certificates c WHERE c.school_id = r.school_id AND c.kind = 'unit' AND c.status = 'approved') ORDER BY r.id "
        "LIMIT 1"));
    ASSERT_FALSE(uuid.isEmpty());
    const int grade = w.one(QStringLiteral("SELECT grade FROM records WHERE uuid = '%1'").arg(uuid)).toInt();
    services::LockService locks(w.ctx());
    services::LockChange c;
    c.allSchools = true;
    c.grades = {grade};
    c.receive = QDate(2027, 5, 20);
    c.revoke = QDate(2027, 6, 10);
    ASSERT_TRUE(locks.set(c, {}).ok());

    services::SchoolActions school(w.ctx(), &*w.keys);
    w.store->clock().set(QDateTime(QDate(2027, 5, 21), QTime(9, 0), Qt::UTC));
    auto late = school.send(uuid);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.errorString().contains(QStringLiteral("20/05/2027"))) << late.errorString().toStdString();
    EXPECT_EQ(w.one(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(uuid)),
              QStringLiteral("confirmed"));
    w.store->clock().set(QDateTime(QDate(2027, 5, 20), QTime(16, 0), Qt::UTC));
    auto onTime = school.send(uuid);
    ASSERT_TRUE(onTime.ok()) << onTime.errorString().toStdString();
    EXPECT_EQ(onTime->status, RecordStatus::Sent);

    // Revocation requests follow the revoke lock.
    w.store->clock().set(QDateTime(QDate(2027, 6, 11), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(school.requestRevocation(uuid, QStringLiteral("Sai điểm")).ok());
    w.store->clock().set(QDateTime(QDate(2027, 6, 10), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(school.requestRevocation(uuid, QStringLiteral("  ")).ok()); // a reason is required
    auto req = school.requestRevocation(uuid, QStringLiteral("Sai điểm"));
    ASSERT_TRUE(req.ok()) << req.errorString().toStdString();
    EXPECT_FALSE(school.requestRevocation(uuid, QStringLiteral("lần nữa")).ok()); // one pending per record
}

TEST_P(Workflows, PendingSealBlocksSendUntilApproved)
{
    MAKE_WORLD(w);
    // The school whose only seal is pending has confirmed records.
    const QString uuid = w.one(QStringLiteral(
        "SELECT r.uuid FROM records r WHERE r.status = 'confirmed' AND r.school_year = 2026 AND NOT EXISTS (SELECT 1 "
        "FROM certificates c WHERE c.school_id = r.school_id AND c.kind = 'unit' AND c.status <> 'pending') ORDER BY "
        "r.id LIMIT 1"));
    ASSERT_FALSE(uuid.isEmpty());
    const QString code = schoolCodeOf(w, uuid);
    const qint64 seal = w.one(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id "
                                             "WHERE s.code = '%1' AND c.kind = 'unit'")
                                  .arg(code))
                            .toLongLong();
    const qint64 principal =
        w.one(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id "
                             "WHERE s.code = '%1' AND c.kind = 'signer'")
                  .arg(code))
            .toLongLong();
    services::SchoolActions school(w.ctx(), &*w.keys);
    auto refused = school.send(uuid);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("#%1").arg(seal))) << refused.errorString().toStdString();
    store::CertificateRepository certs(w.store->db());
    const QDateTime at = w.store->clock().now();
    ASSERT_TRUE(*certs.decide(seal, CertificateStatus::Pending, CertificateStatus::Approved, at, "canbo1", {}));
    ASSERT_TRUE(*certs.decide(principal, CertificateStatus::Pending, CertificateStatus::Approved, at, "canbo1", {}));
    auto sent = school.send(uuid);
    ASSERT_TRUE(sent.ok()) << sent.errorString().toStdString();
    // A revoked seal stops sends again.
    const QString other =
        w.one(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                             "s.code = '%1' AND r.status = 'confirmed' AND r.school_year = 2026 AND "
                             "r.uuid <> '%2' LIMIT 1")
                  .arg(code, uuid));
    ASSERT_FALSE(other.isEmpty());
    ASSERT_TRUE(*certs.decide(seal, CertificateStatus::Approved, CertificateStatus::Revoked, at, "canbo1", "lộ khóa"));
    EXPECT_FALSE(school.send(other).ok());
}

// "Approved at signing time" (6.3, the record's signatures): a signature made while the seal was
// approved stays approved after the seal is revoked; one made after the revocation does not.
TEST_P(Workflows, ApprovedAtSigningTimeHonoursTheRevocation)
{
    MAKE_WORLD(w);
    const QString code = w.one(QStringLiteral(
        "SELECT s.code FROM schools s WHERE EXISTS (SELECT 1 FROM certificates c WHERE c.school_id = s.id AND "
        "c.kind = 'unit' AND c.status = 'approved') AND (SELECT count(*) FROM records r WHERE r.school_id = s.id AND "
        "r.status = 'draft' AND r.school_year = 2026) >= 2 ORDER BY s.code LIMIT 1"));
    ASSERT_FALSE(code.isEmpty());
    const auto idOf = [&](const QString& kind) {
        return w
            .one(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id WHERE s.code = "
                                "'%1' AND c.kind = '%2' AND c.status = 'approved' ORDER BY c.id LIMIT 1")
                     .arg(code, kind))
            .toLongLong();
    };
    const qint64 seal = idOf(QStringLiteral("unit"));
    const qint64 principal = idOf(QStringLiteral("signer"));
    ASSERT_GT(seal, 0);
    ASSERT_GT(principal, 0);
    QStringList drafts;
    {
        QSqlQuery q(w.store->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                          "s.code = '%1' AND r.status = 'draft' AND r.school_year = 2026 ORDER BY r.id "
                                          "LIMIT 2")
                               .arg(code)));
        while (q.next())
            drafts.append(q.value(0).toString());
    }
    ASSERT_EQ(drafts.size(), 2);

    // Signed on the 21st; the seal revoked on the 22nd (the principal's certificate the old way,
    // through the bare repository, which loses the approval's time); signed again on the 23rd.
    services::SchoolActions school(w.ctx(), &*w.keys);
    w.store->clock().set(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(school.confirm(drafts.at(0)).ok());
    w.store->clock().set(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    auto revoked = services::CertificateReview(w.ctx()).revoke({seal}, QStringLiteral("Lộ khóa bí mật"));
    ASSERT_TRUE(revoked.ok()) << revoked.errorString().toStdString();
    ASSERT_EQ(revoked->decided, QList<qint64>{seal});
    store::CertificateRepository certs(w.store->db());
    ASSERT_TRUE(*certs.decide(principal, CertificateStatus::Approved, CertificateStatus::Revoked,
                              w.store->clock().now(), QStringLiteral("canbo1"), QStringLiteral("nghỉ việc")));
    w.store->clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(school.confirm(drafts.at(1)).ok());

    services::RecordDetailsService details(w.ctx());
    const auto signature = [&](const QString& uuid, SignatureRole role) {
        auto d = details.load(uuid);
        EXPECT_TRUE(d.ok()) << d.errorString().toStdString();
        services::SignatureCheck found;
        if (d && d->current()) {
            for (const services::SignatureCheck& s : d->current()->signatures) {
                if (s.role == role)
                    found = s;
            }
        }
        return found;
    };
    const services::SignatureCheck before = signature(drafts.at(0), SignatureRole::Seal);
    EXPECT_TRUE(before.valid) << before.reason.toStdString();
    EXPECT_EQ(before.registrationStatus, QStringLiteral("revoked"));
    EXPECT_EQ(before.approvedAtSigning, std::optional<bool>(true)) << "signed before the revocation";
    const services::SignatureCheck after = signature(drafts.at(1), SignatureRole::Seal);
    EXPECT_EQ(after.registrationStatus, QStringLiteral("revoked"));
    EXPECT_EQ(after.approvedAtSigning, std::optional<bool>(false)) << "signed after the revocation";

    // Without the revocation's own time, a signature after the decision is refused and one before
    // it cannot be judged.
    EXPECT_EQ(signature(drafts.at(1), SignatureRole::Principal).approvedAtSigning, std::optional<bool>(false));
    EXPECT_EQ(signature(drafts.at(0), SignatureRole::Principal).approvedAtSigning, std::nullopt);
}

TEST_P(Workflows, RevocationDecisionsAndNewVersion)
{
    MAKE_WORLD(w);
    services::RevocationReview review(w.ctx());
    services::Statistics stats(w.ctx());
    auto pending = review.list({});
    ASSERT_TRUE(pending.ok());
    ASSERT_GE(pending->size(), 3);
    const RevocationListing a = pending->at(0), b = pending->at(1), c = pending->at(2);
    const qint64 sentBefore = stats.report(2026)->totals.sent;
    auto approved = review.approve({a.request.id, b.request.id});
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved->decided.size(), 2);
    EXPECT_FALSE(review.reject({c.request.id}, QStringLiteral(" ")).ok()); // a note is required
    auto rejected = review.reject({c.request.id}, QStringLiteral("Thông tin đã chính xác"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->decided.size(), 1);
    EXPECT_EQ(w.one(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(a.uuid)),
              QStringLiteral("revoked"));
    EXPECT_EQ(w.one(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(c.uuid)),
              QStringLiteral("sent"));
    const qint64 revokedThisYear = (a.schoolYear == 2026 ? 1 : 0) + (b.schoolYear == 2026 ? 1 : 0);
    EXPECT_EQ(stats.report(2026)->totals.sent, sentBefore - revokedThisYear);
    // Deciding again is refused with who decided.
    auto again = review.reject({a.request.id}, QStringLiteral("muộn"));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->decided.isEmpty());
    ASSERT_EQ(again->refused.size(), 1);
    EXPECT_TRUE(again->refused.first().reason.contains(QStringLiteral("system")));
    // The school corrects, confirms and sends a new version under the same lookup code.
    services::SchoolActions school(w.ctx(), &*w.keys);
    auto confirmed = school.confirm(a.uuid);
    ASSERT_TRUE(confirmed.ok()) << confirmed.errorString().toStdString();
    EXPECT_EQ(confirmed->version, 2);
    auto resent = school.send(a.uuid);
    ASSERT_TRUE(resent.ok()) << resent.errorString().toStdString();
    EXPECT_EQ(resent->uuid, a.uuid);
    auto versions = store::RecordRepository(w.store->db()).versions(resent->id);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).status, RecordStatus::Revoked);
    EXPECT_EQ(versions->at(1).status, RecordStatus::Sent);
    EXPECT_TRUE(services::AuditLog(w.ctx()).verify()->ok);
}

TEST_P(Workflows, BulkDecisionSpansBatchesAndSkipsWhatItCannotDecide)
{
    MAKE_WORLD(w);
    // A pending request on every sent record that has none, directly in the store, decided in
    // batches of 40: several batches.
    QSqlQuery q(w.store->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, requested_by, status) "
        "SELECT r.id, r.version, 'Sai điểm', r.sent_at, 'truong1', 'pending' FROM records r WHERE r.status = 'sent' "
        "AND NOT EXISTS (SELECT 1 FROM revocation_requests x WHERE x.record_id = r.id AND x.status = 'pending')")))
        << q.lastError().text().toStdString();
    services::RevocationReview review(w.ctx());
    review.setBatchSize(40);
    services::RevocationReview::Filter pendingOnly;
    pendingOnly.status = RevocationStatus::Pending;
    auto pending = review.list(pendingOnly);
    ASSERT_TRUE(pending.ok());
    ASSERT_GT(pending->size(), 3 * 40);
    QList<qint64> ids;
    for (const auto& l : *pending)
        ids.append(l.request.id);
    const qsizetype wanted = ids.size();
    ids.append(ids.first()); // twice in one call (it would fall in another batch): decided once
    ids.append(987654321);   // no such request
    const qint64 eventsBefore = w.one(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
    int lastDone = 0, calls = 0;
    auto outcome = review.approve(ids, [&](int done, int total) {
        EXPECT_EQ(total, wanted + 1); // each id once
        EXPECT_GT(done, lastDone);
        lastDone = done;
        ++calls;
        return true;
    });
    ASSERT_TRUE(outcome.ok()) << outcome.errorString().toStdString();
    EXPECT_EQ(outcome->decided.size(), wanted);
    EXPECT_TRUE(std::is_sorted(outcome->decided.begin(), outcome->decided.end())) << "in id order";
    ASSERT_EQ(outcome->refused.size(), 1);
    EXPECT_EQ(outcome->refused.at(0).id, 987654321);
    EXPECT_EQ(outcome->refused.at(0).why, services::Refusal::Why::NotFound);
    EXPECT_GE(calls, 4);
    EXPECT_EQ(lastDone, wanted + 1);
    EXPECT_EQ(w.one(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE status = 'pending'")),
              QStringLiteral("0"));
    // Every record of an approved request went back to its school, its sent version with it.
    EXPECT_EQ(w.one(QStringLiteral("SELECT count(*) FROM revocation_requests x JOIN records r ON r.id = x.record_id "
                                   "WHERE x.status = 'approved' AND r.status <> 'revoked'")),
              QStringLiteral("0"));
    EXPECT_EQ(w.one(QStringLiteral("SELECT count(*) FROM records r JOIN record_versions v ON v.record_id = r.id AND "
                                   "v.version = r.version WHERE r.status = 'revoked' AND (v.status <> 'revoked' OR "
                                   "v.revoked_at IS NULL)")),
              QStringLiteral("0"));
    EXPECT_EQ(w.one(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong() - eventsBefore, wanted);
    auto verified = services::AuditLog(w.ctx()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
}

TEST_P(Workflows, ConcurrentDecisionsLeaveOne)
{
    MAKE_WORLD(w);
    auto pending = services::RevocationReview(w.ctx()).list({});
    ASSERT_TRUE(pending.ok() && !pending->isEmpty());
    const qint64 id = pending->first().request.id;
    auto other = w.store->openAnother();
    ASSERT_TRUE(other);
    services::ServiceContext otherCtx{*other, w.store->clock(), services::Actor::systemActor(), {}};
    otherCtx.actor.username = QStringLiteral("canbo2");
    // The second officer read the request as pending before the first decided.
    auto first = services::RevocationReview(w.ctx()).approve({id});
    auto second = services::RevocationReview(otherCtx).reject({id}, QStringLiteral("không đồng ý"));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->decided.size() + second->decided.size(), 1);
    EXPECT_EQ(
        w.one(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'revocation_request' AND "
                             "entity_id = '%1' AND action LIKE 'revocation.%%' AND action <> 'revocation.request'")
                  .arg(id)),
        QStringLiteral("1"));
}

TEST_P(Workflows, StatisticsEqualIndependentCounts)
{
    MAKE_WORLD(w);
    services::Statistics stats(w.ctx());
    auto report = stats.report(2026);
    ASSERT_TRUE(report.ok());
    QSqlQuery q(w.store->db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT s.code, count(*), sum(CASE WHEN r.status IN ('confirmed', 'sent') THEN 1 "
                              "ELSE 0 END), sum(CASE WHEN r.status = 'sent' THEN 1 ELSE 0 END) FROM records r "
                              "JOIN schools s ON s.id = r.school_id WHERE r.school_year = 2026 GROUP BY s.code")));
    QHash<QString, std::array<qint64, 3>> expected;
    while (q.next())
        expected.insert(q.value(0).toString(),
                        {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    ASSERT_EQ(report->rows.size(), expected.size());
    qint64 total = 0;
    for (const services::ProgressRow& r : report->rows) {
        const auto e = expected.value(r.schoolCode);
        EXPECT_EQ(r.expected, e[0]) << r.schoolCode.toStdString();
        EXPECT_EQ(r.confirmed, e[1]);
        EXPECT_EQ(r.sent, e[2]);
        EXPECT_EQ(r.notSent(), e[0] - e[2]);
        total += e[0];
    }
    EXPECT_EQ(report->totals.expected, total);
    auto grades = stats.byGrade(report->rows.first().schoolCode, 2026);
    ASSERT_TRUE(grades.ok());
    qint64 sum = 0;
    for (const auto& g : *grades)
        sum += g.expected;
    EXPECT_EQ(sum, report->rows.first().expected);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Workflows, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
