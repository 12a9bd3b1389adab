// The sync pushes offline operations in batches, one server transaction each (issue 19): each
// operation still applied once when a batch is retried after a lost answer, a refused operation in
// the middle of a batch undone alone, and the operations applied in the order they were made.
// PostgreSQL only.

#include "support/ReplicaSupport.h"

#include "core/LookupCode.h"
#include "services/AuditLog.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "store/ReplicaRepository.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::Devices;
using hocbaso::test::pendingRequest;

namespace {

// n pending requests of unit 1, each approved offline in its own action (one operation each), in
// this order.
QList<qint64> approveOffline(CentralStore& c, test::Device& laptop, int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        const qint64 id = pendingRequest(c, 1, i);
        if (id <= 0)
            return {};
        ids.append(id);
    }
    for (qint64 id : std::as_const(ids)) {
        if (!services::RevocationReview(laptop.context()).approve({id}).ok())
            return {};
    }
    return ids;
}

QString idText(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

} // namespace

// Five operations in batches of two; the connection drops after the server committed the second
// batch and before its answer arrived. The retry finds both operations of that batch applied, takes
// their answers and applies nothing twice; the third batch goes through after it.
TEST(SyncBatches, BatchRetriedAfterALostAnswerIsAppliedOnce)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 30, 300); // enough schools for five pending requests in the unit
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const QList<qint64> requests = approveOffline(*c, *laptop, 5);
    ASSERT_EQ(requests.size(), 5);
    sync::SyncOptions options;
    options.pushBatch = 2;
    QList<int> committed;
    options.checkpoint = [&](const QString& stage, int n) {
        if (stage == QLatin1String("push-commit"))
            committed.append(n);
    };
    int faults = 0;
    options.fault = [&](const QString& stage, int n) {
        if (stage != QLatin1String("push-commit") || n != 2 || faults++ > 0)
            return false;
        test::execAs(c->super(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                "usename = '%1' AND datname = current_database()")
                                     .arg(laptop->login));
        return true;
    };
    SYNC_OK(report, devices, *laptop, options);
    EXPECT_EQ(faults, 1);
    // Batch 2 committed once: its retry committed nothing (its operations were claimed before).
    EXPECT_EQ(committed, QList<int>({1, 2, 3}));
    EXPECT_EQ(report->pushed, 5);
    EXPECT_TRUE(report->conflicts.isEmpty());
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM applied_ops WHERE outcome = 'applied'")), 5);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'revocation.approve' AND "
                                      "entity_id IN (SELECT unnest(string_to_array('%1', ',')))")
                           .arg(idText(requests))),
              5);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE status = 'approved' AND id IN "
                                      "(%1)")
                           .arg(idText(requests))),
              5);
    auto ops = store::ReplicaRepository(laptop->database()).ops(false);
    ASSERT_TRUE(ops.ok());
    for (const store::OutboxOp& op : *ops)
        EXPECT_EQ(op.outcome, QStringLiteral("applied")) << op.entityKey.toStdString();
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// The server's rules refuse the second of three operations of one batch after it has written part
// of its change (the request is decided, then the record refuses): that operation is undone whole
// and answered as refused, its neighbours before and after it are applied, in the order they were
// made, and the next sync changes nothing.
TEST(SyncBatches, RefusedOperationInTheMiddleOfABatchLeavesItsNeighbours)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 30, 300); // enough schools for three pending requests in the unit
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const QList<qint64> requests = approveOffline(*c, *laptop, 3);
    ASSERT_EQ(requests.size(), 3);
    const QString refusedRecord =
        c->one(QStringLiteral("SELECT record_id FROM revocation_requests WHERE id = %1").arg(requests.at(1)));
    // A rule of the server's that refuses to revoke this one record (as the triggers of schema 9
    // refuse what breaks the rules), run after the request's own row was already changed.
    ASSERT_TRUE(test::execAs(c->super(),
                             QStringLiteral("CREATE FUNCTION test_refuse_record() RETURNS trigger LANGUAGE plpgsql AS "
                                            "$$ BEGIN RAISE EXCEPTION 'this record may not be revoked today'; END $$"))
                    .ok);
    ASSERT_TRUE(test::execAs(c->super(), QStringLiteral("CREATE TRIGGER test_refuse_record BEFORE UPDATE ON records "
                                                        "FOR EACH ROW WHEN (OLD.id = %1) EXECUTE FUNCTION "
                                                        "test_refuse_record()")
                                             .arg(refusedRecord))
                    .ok);
    const QString recordStatus = c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(refusedRecord));

    sync::SyncOptions options;
    int batches = 0;
    options.checkpoint = [&](const QString& stage, int) {
        if (stage == QLatin1String("push-commit"))
            ++batches;
    };
    SYNC_OK(report, devices, *laptop, options);
    EXPECT_EQ(batches, 1); // the three operations went in one batch
    EXPECT_EQ(report->pushed, 3);
    ASSERT_EQ(report->conflicts.size(), 1);
    EXPECT_EQ(report->conflicts.first().outcome, QStringLiteral("refused"));
    EXPECT_EQ(report->conflicts.first().key, QString::number(requests.at(1)));
    EXPECT_TRUE(report->conflicts.first().message.contains(QStringLiteral("may not be revoked today")))
        << report->conflicts.first().message.toStdString();

    // The refused one changed nothing, not even its request's row.
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(status, ',' ORDER BY array_position(ARRAY[%1]::bigint[], id)) "
                                    "FROM revocation_requests WHERE id IN (%1)")
                         .arg(idText(requests))),
              QStringLiteral("approved,pending,approved"));
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(refusedRecord)), recordStatus);
    // The audit chain holds the two applied decisions, in the order they were made.
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(entity_id, ',' ORDER BY seq) FROM audit_events WHERE action "
                                    "= 'revocation.approve' AND entity_id IN (SELECT unnest(string_to_array('%1', "
                                    "',')))")
                         .arg(idText(requests))),
              QStringLiteral("%1,%2").arg(requests.at(0)).arg(requests.at(2)));
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(outcome, ',' ORDER BY array_position(ARRAY[%1]::text[], "
                                    "entity_key)) FROM applied_ops")
                         .arg(idText(requests))),
              QStringLiteral("applied,refused,applied"));
    EXPECT_EQ(laptop->pending(), 0);

    // Every operation has its answer: the next sync pushes nothing, and the refused one stays undone.
    ASSERT_TRUE(test::execAs(c->super(), QStringLiteral("DROP TRIGGER test_refuse_record ON records")).ok);
    SYNC_OK(again, devices, *laptop);
    EXPECT_EQ(again->pushed, 0);
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(requests.at(1))),
              QStringLiteral("pending"));
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// Six decisions made offline one by one: three approvals, two rejections with one note, one with
// another note. The approvals go to the server in one decision, the two alike rejections in another,
// the last alone. One approval meets a rejection another officer synced first: it alone is answered
// as a conflict, naming who decided, while the rest of its group is applied. Each applied decision's
// audit event names its own offline operation.
TEST(SyncBatches, DecisionsOfOneKindGoTogetherEachWithItsOwnAnswer)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 30, 300); // enough schools for six pending requests in the unit
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    MAKE_DEVICE(admin, devices, QStringLiteral("admin1"));
    QList<qint64> requests;
    for (int i = 0; i < 6; ++i)
        requests.append(pendingRequest(*c, 1, i));
    ASSERT_FALSE(requests.contains(0));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(services::RevocationReview(laptop->context()).approve({requests.at(i)}).ok());
    for (int i = 3; i < 5; ++i)
        ASSERT_TRUE(services::RevocationReview(laptop->context())
                        .reject({requests.at(i)}, QStringLiteral("Thiếu chữ ký."))
                        .ok());
    ASSERT_TRUE(
        services::RevocationReview(laptop->context()).reject({requests.at(5)}, QStringLiteral("Sai lớp.")).ok());
    ASSERT_TRUE(
        services::RevocationReview(admin->context()).reject({requests.at(1)}, QStringLiteral("Đã xử lý.")).ok());
    SYNC_OK(first, devices, *admin);

    sync::SyncOptions options;
    QList<int> together;
    options.checkpoint = [&](const QString& stage, int n) {
        if (stage == QLatin1String("push-together"))
            together.append(n);
    };
    SYNC_OK(report, devices, *laptop, options);
    EXPECT_EQ(together, QList<int>({3, 2}));
    EXPECT_EQ(report->pushed, 6);
    ASSERT_EQ(report->conflicts.size(), 1);
    const sync::SyncConflict& k = report->conflicts.first();
    EXPECT_EQ(k.outcome, QStringLiteral("conflict"));
    EXPECT_EQ(k.key, QString::number(requests.at(1)));
    EXPECT_EQ(k.winner, QStringLiteral("rejected"));
    EXPECT_EQ(k.by, admin->login);

    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(status || ':' || coalesce(decision_note, ''), '|' ORDER BY "
                                    "array_position(ARRAY[%1]::bigint[], id)) FROM revocation_requests WHERE id IN "
                                    "(%1)")
                         .arg(idText(requests))),
              QStringLiteral("approved:|rejected:Đã xử lý.|approved:|rejected:Thiếu chữ ký.|rejected:Thiếu chữ "
                             "ký.|rejected:Sai lớp."));
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(outcome, ',' ORDER BY array_position(ARRAY[%1]::text[], "
                                    "entity_key)) FROM applied_ops WHERE login = '%2'")
                         .arg(idText(requests), laptop->login)),
              QStringLiteral("applied,conflict,applied,applied,applied,applied"));
    // Five events of the laptop's decisions, each noting the operation that made it.
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events e JOIN applied_ops a ON a.entity_key = "
                                      "e.entity_id AND lower(e.detail::jsonb->>'op') = a.op_id::text WHERE "
                                      "e.entity = 'revocation_request' AND e.actor = '%1'")
                           .arg(laptop->login)),
              5);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'revocation_request' AND "
                                      "actor = '%1' AND entity_id IN (SELECT unnest(string_to_array('%2', ',')))")
                           .arg(laptop->login, idText(requests))),
              5);
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
    EXPECT_EQ(laptop->pending(), 0);
    EXPECT_SAME_AS_SERVER(devices, *laptop);
}

// Three changes of one lock date made offline one after the other go in one batch and are applied
// in the order they were made: each wins over the one before it (no conflict), the server ends with
// the last, and the audit chain has the three in order. The same with a batch boundary between
// the second and the third.
TEST(SyncBatches, ChangesOfOneRowKeepTheirOrderWithinAndAcrossBatches)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    Devices devices(*c);
    MAKE_DEVICE(laptop, devices, QStringLiteral("canbo1"));
    const SchoolYear year = SchoolYear::containing(c->store().clock().today());
    const auto yes = [](const QString&) { return true; };
    const auto setReceive = [&](const QDate& d) {
        services::LockChange change;
        change.allSchools = true;
        change.grades = {1};
        change.schoolYear = year.startYear;
        change.receive = d;
        return services::LockService(laptop->context()).set(change, yes).ok();
    };
    const auto receiveOnServer = [&]() {
        return c->one(QStringLiteral("SELECT receive_lock::text FROM lock_settings WHERE unit_id = %1 AND school_year "
                                     "= %2 AND school_id IS NULL AND grade = 1")
                          .arg(c->unitId(1))
                          .arg(year.startYear));
    };
    const auto auditedOrder = [&]() {
        return c->one(QStringLiteral("SELECT string_agg(detail::jsonb->>'receive', ',' ORDER BY seq) FROM "
                                     "audit_events WHERE action = 'lock.set' AND detail::jsonb ? 'op'"));
    };

    for (int batch : {100, 2}) {
        SCOPED_TRACE(batch);
        const int shift = batch == 100 ? 0 : 3;
        QStringList dates;
        for (int i = 0; i < 3; ++i) {
            const QDate d = year.lastDay().addDays(-40 + 5 * (i + shift));
            dates.append(d.toString(Qt::ISODate));
            ASSERT_TRUE(setReceive(d));
            laptop->clock.advanceSecs(60);
        }
        sync::SyncOptions options;
        options.pushBatch = batch;
        int batches = 0;
        options.checkpoint = [&](const QString& stage, int) {
            if (stage == QLatin1String("push-commit"))
                ++batches;
        };
        SYNC_OK(report, devices, *laptop, options);
        EXPECT_EQ(batches, batch == 100 ? 1 : 2);
        EXPECT_EQ(report->pushed, 3);
        EXPECT_TRUE(report->conflicts.isEmpty());
        EXPECT_EQ(receiveOnServer(), dates.last());
        EXPECT_TRUE(auditedOrder().endsWith(dates.join(QLatin1Char(',')))) << auditedOrder().toStdString();
        EXPECT_EQ(laptop->pending(), 0);
        EXPECT_SAME_AS_SERVER(devices, *laptop);
    }
    EXPECT_EQ(auditedOrder().count(QLatin1Char(',')), 5);
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
}
